/* test_extract.c: the extractor on sentences the project wrote: spans, types, titles and possessives outside
 * spans, demonyms, and mentions grouped into document entities. Each case lists every mention expected, as
 * "text|type|entity name" (with "|demonym" for demonyms), in document order. */
#include <stdlib.h>

#include "check.h"
#include "entgraph/extract.h"
#include "entgraph/gazetteer.h"
#include "entgraph/tagger.h"

static eg_gazetteer *gz;
static eg_extractor *ex;

static void expect(const char *text, const char *const *want, size_t nwant, int line)
{
    eg_text t;
    eg_extraction x;
    size_t i;
    char buf[512];
    int ok = 1;
    eg_text_init(&t);
    t.cut = eg_gazetteer_hyphen_cut;   /* as the pipeline does */
    t.cut_ctx = gz;
    eg_extraction_init(&x);
    if (eg_text_analyze(&t, text, strlen(text), NULL) != EG_OK || eg_extract_document(ex, &t, &x, NULL) != EG_OK) {
        fprintf(stderr, "line %d: extraction failed\n", line);
        check_failed++;
        return;
    }
    if (x.nmentions != nwant)
        ok = 0;
    for (i = 0; i < x.nmentions; i++) {
        const eg_mention *m = &x.mentions[i];
        const eg_doc_entity *e = &x.entities[m->entity];
        snprintf(buf, sizeof buf, "%.*s|%s|%s%s", (int)(m->end - m->start), text + m->start, eg_type_name(e->type),
                 e->name, m->form == EG_FORM_DEMONYM ? "|demonym" : "");
        if (i >= nwant || strcmp(buf, want[i]) != 0)
            ok = 0;
    }
    if (ok)
        check_passed++;
    else {
        check_failed++;
        fprintf(stderr, "test_extract.c:%d: for \"%s\"\n  got:\n", line, text);
        for (i = 0; i < x.nmentions; i++) {
            const eg_mention *m = &x.mentions[i];
            const eg_doc_entity *e = &x.entities[m->entity];
            fprintf(stderr, "    %.*s|%s|%s%s\n", (int)(m->end - m->start), text + m->start, eg_type_name(e->type),
                    e->name, m->form == EG_FORM_DEMONYM ? "|demonym" : "");
        }
        fprintf(stderr, "  expected:\n");
        for (i = 0; i < nwant; i++)
            fprintf(stderr, "    %s\n", want[i]);
    }
    eg_extraction_release(&x);
    eg_text_release(&t);
}

#define EXPECT(text, ...)                                                                                            \
    do {                                                                                                             \
        static const char *const want_[] = {__VA_ARGS__};                                                            \
        expect(text, want_, sizeof want_ / sizeof *want_, __LINE__);                                                 \
    } while (0)

int main(void)
{
    eg_error err;
    if (eg_gazetteer_load(&gz, NULL, NULL, &err) != EG_OK || eg_extractor_new(&ex, gz, NULL, &err) != EG_OK) {
        fprintf(stderr, "%s\n", err.msg);
        return 1;
    }
    /* a demonym, a title outside the span, a family-name-first name, a city */
    EXPECT("Kenyan Foreign Minister Amara Okafor met Li Wen in Geneva on Tuesday.",
           "Kenyan|country|Kenya|demonym", "Amara Okafor|person|Amara Okafor", "Li Wen|person|Li Wen",
           "Geneva|place|Geneva");
    /* demonyms of several words are mentions of their country too, alone or before a title and a name */
    EXPECT("South Korean officials met Sri Lankan diplomats in Colombo.",
           "South Korean|country|South Korea|demonym", "Sri Lankan|country|Sri Lanka|demonym",
           "Colombo|place|Colombo");
    EXPECT("North Korean Foreign Minister Amara Okafor arrived.", "North Korean|country|North Korea|demonym",
           "Amara Okafor|person|Amara Okafor");
    /* honorific + surname resolves to the full name; an acronym introduced in brackets; a possessive */
    EXPECT("Amara Okafor spoke first. Ms. Okafor said the Coastal Trade Council (CTC) would meet again. "
           "The CTC's chief, Dr. Farida Haddad, agreed.",
           "Amara Okafor|person|Amara Okafor", "Okafor|person|Amara Okafor",
           "Coastal Trade Council|organization|Coastal Trade Council", "CTC|organization|Coastal Trade Council",
           "CTC|organization|Coastal Trade Council", "Farida Haddad|person|Farida Haddad");
    /* country short forms, organization words, "of" inside an organization name, possessive country; a
     * country before an organization word is part of the name, as in "US Navy" */
    EXPECT("The U.S. State Department and the Ministry of Energy in Brazil's capital disagreed. Talks in the U.S. "
           "went on.",
           "U.S. State Department|organization|U.S. State Department",
           "Ministry of Energy|organization|Ministry of Energy", "Brazil|country|Brazil",
           "U.S.|country|United States");
    /* title before, possessive after, non-ASCII letters */
    EXPECT("President Ana L\xC3\xBA" "cia Ferreira's plan was praised.",
           "Ana L\xC3\xBA" "cia Ferreira|person|Ana L\xC3\xBA" "cia Ferreira");
    /* family name first: "Mr. Zhao" is Zhao Minghua, never "Minghua" */
    EXPECT("Zhao Minghua arrived in Jakarta. Mr. Zhao left on Friday.", "Zhao Minghua|person|Zhao Minghua",
           "Jakarta|place|Jakarta", "Zhao|person|Zhao Minghua");
    /* a middle initial is part of the span, and the bare surname is the same person */
    EXPECT("Secretary of State Dana J. Whitlock landed. Whitlock said little.",
           "Dana J. Whitlock|person|Dana J. Whitlock", "Whitlock|person|Dana J. Whitlock");
    /* sentence-initial function words and weekdays are not names */
    EXPECT("On Monday, The Hague hosted them. However, nothing changed.", "The Hague|place|The Hague");
    /* a dateline in capitals is a place */
    EXPECT("NAIROBI \xE2\x80\x93 The talks resumed in Kenya.", "NAIROBI|place|Nairobi", "Kenya|country|Kenya");
    /* a middle initial is not "M." for Monsieur; middle names answer; elided particles start names */
    EXPECT("It is co-owned by Jonathan M. Stan and others.", "Jonathan M. Stan|person|Jonathan M. Stan");
    EXPECT("Luiz Inacio Lula da Silva spoke first. Lula then left.",
           "Luiz Inacio Lula da Silva|person|Luiz Inacio Lula da Silva", "Lula|person|Luiz Inacio Lula da Silva");
    EXPECT("She worked under Patrizia d'Ettorre in Lyon.", "Patrizia d'Ettorre|person|Patrizia d'Ettorre",
           "Lyon|place|Lyon");
    /* a party letter before a state: "(R-Texas)" */
    EXPECT("Rep. Dana Whitlock (R-Texas) spoke.", "Dana Whitlock|person|Dana Whitlock", "Texas|place|Texas");
    /* fuzzing found: a document without a single candidate (regression for a memset of a NULL buffer) */
    expect("the end.", NULL, 0, __LINE__);
    expect("", NULL, 0, __LINE__);
    /* page chrome yields nothing; the real sentences around it still yield their names */
    EXPECT("Share  Tweet  Email  WhatsApp\n"
           "100% Font Size A- A+\n"
           "By Coastal Times Staff\n"
           "Amara Okafor met Li Wen in Geneva.\n"
           "Read more: Kenya Trade Talks Resume\n"
           "Leave a Reply\n"
           "We use cookies to improve your experience. Accept Cookies\n"
           "Source link\n"
           "Okafor flew back to Nairobi.\n",
           "Amara Okafor|person|Amara Okafor", "Li Wen|person|Li Wen", "Geneva|place|Geneva",
           "Okafor|person|Amara Okafor", "Nairobi|place|Nairobi");
    /* phrases of two words, at the start and end of a line, and a phrase only in a longer line's words */
    EXPECT("Sign In | Nairobi Herald\nAmara Okafor met Li Wen in Geneva.\nNairobi Herald Newsletter\n"
           "Okafor said on Tuesday that she would read more of the reports from the ministry in Nairobi before the "
           "talks resume next week.\n",
           "Amara Okafor|person|Amara Okafor", "Li Wen|person|Li Wen", "Geneva|place|Geneva",
           "Okafor|person|Amara Okafor", "Nairobi|place|Nairobi");
    eg_extractor_free(ex);

    /* with the trained tagger: the same expectations where the rules decide, and one reading per document */
    {
        eg_tagger *tg = NULL;
        char *path = eg_tagger_default_path(NULL);
        if (!path || eg_tagger_load(&tg, path, &err) != EG_OK || eg_extractor_new(&ex, gz, tg, &err) != EG_OK) {
            fprintf(stderr, "%s\n", err.msg);
            return 1;
        }
        free(path);
        EXPECT("Kenyan Foreign Minister Amara Okafor met Li Wen in Geneva on Tuesday.",
               "Kenyan|country|Kenya|demonym", "Amara Okafor|person|Amara Okafor", "Li Wen|person|Li Wen",
               "Geneva|place|Geneva");
        /* a headline's bare surname, and the surname alone later, are the person named in full */
        EXPECT("Velasquez to visit Nairobi\n\nTrade envoy Marisol Velasquez will travel to Nairobi on Monday. "
               "Velasquez said the visit was long planned. Officials said Velasquez would stay two days.",
               "Velasquez|person|Marisol Velasquez", "Nairobi|place|Nairobi",
               "Marisol Velasquez|person|Marisol Velasquez", "Nairobi|place|Nairobi",
               "Velasquez|person|Marisol Velasquez", "Velasquez|person|Marisol Velasquez");
        /* a byline: after a given name, a city's name (Pereira) is a surname */
        EXPECT("By Maria Costa and Lucas Pereira\n\nThe talks ended in Lima.", "Maria Costa|person|Maria Costa",
               "Lucas Pereira|person|Lucas Pereira", "Lima|place|Lima");
        /* a French particle inside a name keeps it one name, not "Palais" and "Nations"; a palace is a place */
        EXPECT("Amara Okafor met Li Wen at the Palais des Nations in Geneva on Tuesday.",
               "Amara Okafor|person|Amara Okafor", "Li Wen|person|Li Wen",
               "Palais des Nations|place|Palais des Nations", "Geneva|place|Geneva");
        /* Arabic articles joined to a name; a company's legal form ends its name before "of"; venues by their
         * last words; "Pvt." does not end a sentence */
        EXPECT("Sheikh Khalid bin Rashid al-Mansouri met Layla al-Haddad of Nordhafen Getreide GmbH of Hamburg at "
               "the Kenyatta International Convention Centre.",
               "Khalid bin Rashid al-Mansouri|person|Khalid bin Rashid al-Mansouri",
               "Layla al-Haddad|person|Layla al-Haddad", "Nordhafen Getreide GmbH|organization|Nordhafen Getreide GmbH",
               "Hamburg|place|Hamburg",
               "Kenyatta International Convention Centre|place|Kenyatta International Convention Centre");
        EXPECT("Konkan Ports & Logistics Pvt. Ltd. signed a deal at the Union Buildings in Pretoria.",
               "Konkan Ports & Logistics Pvt. Ltd.|organization|Konkan Ports & Logistics Pvt. Ltd.",
               "Union Buildings|place|Union Buildings", "Pretoria|place|Pretoria");
        /* a name whose last word is a person alone elsewhere is that person, though "chaired by" made the tagger
         * read an organization */
        EXPECT("The European Parliament's trade committee, chaired by Bernd Lange, will hold a hearing on the talks "
               "next week. Lange said every option stays on the table.",
               "European Parliament|organization|European Parliament", "Bernd Lange|person|Bernd Lange",
               "Lange|person|Bernd Lange");
        /* a minister's portfolio is part of the title even when it is an organization word; a company's first
         * word alone is its short name */
        EXPECT("Ecuadorian Energy Minister Tomas Aguirre met Helvora Capital. Helvora chief executive Ingrid Maas "
               "agreed.",
               "Ecuadorian|country|Ecuador|demonym", "Tomas Aguirre|person|Tomas Aguirre",
               "Helvora Capital|organization|Helvora Capital", "Helvora|organization|Helvora Capital",
               "Ingrid Maas|person|Ingrid Maas");
        /* "Sheikh" between two names is one of them; before a name it is a title */
        EXPECT("President Abdi Sheikh Warsame met Emir Sheikh Tamim Rashad.",
               "Abdi Sheikh Warsame|person|Abdi Sheikh Warsame", "Tamim Rashad|person|Tamim Rashad");
        /* a company by where it is named: before a title only a company has, after "analysts at" (and the
         * second of two there), after "shares of" */
        EXPECT("Analysts at Harlow Keane and Brightwater said Velmora could lose sales. Velmora chief executive Dana "
               "Whitlock disagreed, and shares of Corvane fell.",
               "Harlow Keane|organization|Harlow Keane", "Brightwater|organization|Brightwater",
               "Velmora|organization|Velmora", "Velmora|organization|Velmora", "Dana Whitlock|person|Dana Whitlock",
               "Corvane|organization|Corvane");
        /* a title-case headline: the tagger's run into common words is no name */
        EXPECT("Baltic Grain Exchange Launches Wheat Futures\n\nThe Baltic Grain Exchange said it launches "
               "wheat futures on Monday.",
               "Baltic Grain Exchange|organization|Baltic Grain Exchange");
        /* an organization named in full keeps its front words when the tagger sees only "Council"; a demonym in
         * front stays the country's own mention */
        EXPECT("The Northern Trade Council (NTC) said on Monday that exports rose. Officials of the Kenyan Trade "
               "Council agreed.",
               "Northern Trade Council|organization|Northern Trade Council",
               "NTC|organization|Northern Trade Council", "Kenyan|country|Kenya|demonym",
               "Trade Council|organization|Trade Council");
        /* natural features are places, with "of" after a feature's word too; foreign organization words */
        EXPECT("Amara Okafor walked from the Rift Valley to the Cape of Good Hope with staff of the Universidade da "
               "Coruña.",
               "Amara Okafor|person|Amara Okafor", "Rift Valley|place|Rift Valley",
               "Cape of Good Hope|place|Cape of Good Hope",
               "Universidade da Coruña|organization|Universidade da Coruña");
        /* a name the tagger splits where it starts a sentence, and reads whole later in the document */
        EXPECT("Porto Atlântico Logística signed a deal on Monday. The deal with Porto Atlântico Logística ends "
               "in May.",
               "Porto Atlântico Logística|organization|Porto Atlântico Logística",
               "Porto Atlântico Logística|organization|Porto Atlântico Logística");
        /* a shorter form of a fuller name in the document is that person: its last words, or its first and last */
        EXPECT("Finance Minister Rafael Gonçalves de Andrade met Sheikh Khalid bin Rashid al-Mansouri. Gonçalves de "
               "Andrade and Khalid al-Mansouri signed the deal.",
               "Rafael Gonçalves de Andrade|person|Rafael Gonçalves de Andrade",
               "Khalid bin Rashid al-Mansouri|person|Khalid bin Rashid al-Mansouri",
               "Gonçalves de Andrade|person|Rafael Gonçalves de Andrade",
               "Khalid al-Mansouri|person|Khalid bin Rashid al-Mansouri");
        /* a lone word read as a person that starts a company's name in the document is the company */
        EXPECT("Tembo Freight Holdings Ltd. agreed on Monday to buy the terminal. The minister met Tembo's managing "
               "director in Nairobi.",
               "Tembo Freight Holdings Ltd.|organization|Tembo Freight Holdings Ltd.",
               "Tembo|organization|Tembo Freight Holdings Ltd.", "Nairobi|place|Nairobi");
        /* a given name with marks is known without them; its bearer is a person the tagger does not see */
        EXPECT("Amara Okafor met Hélène de Villiers-Marchand in Geneva.", "Amara Okafor|person|Amara Okafor",
               "Hélène de Villiers-Marchand|person|Hélène de Villiers-Marchand", "Geneva|place|Geneva");
        /* what is named for a sultan keeps the title; a title word after "bin" is a name */
        EXPECT("Students at Sultan Qaboos University met Gen. Tariq bin Sultan al-Ruqaishi on Monday.",
               "Sultan Qaboos University|organization|Sultan Qaboos University",
               "Tariq bin Sultan al-Ruqaishi|person|Tariq bin Sultan al-Ruqaishi");
        /* a list of what a ministry is of */
        EXPECT("Amara Okafor met officials of the Ministry of Ports, Shipping and Waterways on Monday.",
               "Amara Okafor|person|Amara Okafor",
               "Ministry of Ports, Shipping and Waterways|organization|Ministry of Ports, Shipping and Waterways");
        EXPECT("Share  Tweet  Email\nAmara Okafor met Li Wen in Geneva.\nRead more: Kenya Trade Talks Resume\n",
               "Amara Okafor|person|Amara Okafor", "Li Wen|person|Li Wen", "Geneva|place|Geneva");
        /* "and" joins what a body is of, not a second body ("Health and Human Services" but not "Texas and Ohio
         * State University") */
        EXPECT("Researchers at the University of Texas and Ohio State University said. The Department of Health and "
               "Human Services agreed.",
               "University of Texas|organization|University of Texas",
               "Ohio State University|organization|Ohio State University",
               "Department of Health and Human Services|organization|Department of Health and Human Services");
        /* a people's possessive inside a body's name; the country after "of" stays in it */
        EXPECT("Delegates of the Workers' Party of Korea and the Korean People's Army met in Pyongyang.",
               "Workers' Party of Korea|organization|Workers' Party of Korea",
               "Korean People's Army|organization|Korean People's Army", "Pyongyang|place|Pyongyang");
        /* a national Red Cross society's name holds its people's word (as GUM's gold has it); an island of a
         * country's name is a place; a municipality is a body */
        EXPECT("A spokesman for the British Red Cross said boats left Hong Kong Island. The Municipality of Livorno "
               "approved the tax.",
               "British Red Cross|organization|British Red Cross",
               "Hong Kong Island|place|Hong Kong Island",
               "Municipality of Livorno|organization|Municipality of Livorno");
        /* firms by an ampersand; not two authors cited, not two places */
        EXPECT("Shares of AT&T and Procter & Gamble rose, a study found (Dye & Bavelier 2010). Trains run to Tempe & "
               "Mesa.",
               "AT&T|organization|AT&T", "Procter & Gamble|organization|Procter & Gamble", "Dye|person|Dye",
               "Bavelier|person|Bavelier", "Tempe|place|Tempe", "Mesa|place|Mesa");
        /* a state written without the marks of its official name */
        EXPECT("Floods hit Tamil Nadu and Nuevo Leon.", "Tamil Nadu|place|Tamil N\xC4\x81" "du",
               "Nuevo Leon|place|Nuevo Le\xC3\xB3n");
        /* a region's adjective and a portfolio without its body name nothing; a body's word and "of" open a name
         * the rules read whole, however the tagger cuts it inside */
        EXPECT("East Asian and Middle Eastern leaders met. The Bureau of East Asian and Pacific Affairs said. Ruth "
               "Obi, Assistant Secretary for East Asian and Pacific Affairs, spoke.",
               "Bureau of East Asian and Pacific Affairs|organization|Bureau of East Asian and Pacific Affairs",
               "Ruth Obi|person|Ruth Obi");
        /* a title's country, or a body, before a person's name does not swallow it */
        EXPECT("According to Afghan Ambassador to the United States Hamdullah Mohib, a student at Harvard University "
               "Maria Lopez won.",
               "Afghan|country|Afghanistan|demonym", "United States|country|United States",
               "Hamdullah Mohib|person|Hamdullah Mohib", "Harvard University|organization|Harvard University",
               "Maria Lopez|person|Maria Lopez");
        /* the last word of a company named for it, alone, is the company ("Royal Dutch Shell" ... "Shell said"),
         * unless a person named in full here has it */
        EXPECT("Fighting began at a Royal Dutch Shell plant. Shell said workers were hurt. Officials of Harlow & "
               "Keane met Ruth Keane. Keane said no.",
               "Royal Dutch Shell|organization|Royal Dutch Shell", "Shell|organization|Royal Dutch Shell",
               "Harlow & Keane|organization|Harlow & Keane", "Ruth Keane|person|Ruth Keane",
               "Keane|person|Ruth Keane");
        /* a faith or a people alone names nobody; a name that holds one stays */
        EXPECT("Sunni and Shiite militias clashed as Kurdish fighters and Rohingya refugees fled. The Muslim "
               "Brotherhood and the Arab League met. AIDS and Ebola cases rose.",
               "Muslim Brotherhood|organization|Muslim Brotherhood", "Arab League|organization|Arab League");
        /* a legislature named by its word alone is a body; another organization word alone is not */
        EXPECT("The bill passed Congress on Monday, and the Senate and the Knesset agreed. The Ministry said so.",
               "Congress|organization|Congress", "Senate|organization|Senate", "Knesset|organization|Knesset");
        /* news organizations the copy cites; a known name does not run on into "news agency" */
        EXPECT("The Globe and Mail and Deutsche Welle cited the Xinhua news agency and Yonhap.",
               "Globe and Mail|organization|Globe and Mail", "Deutsche Welle|organization|Deutsche Welle",
               "Xinhua|organization|Xinhua", "Yonhap|organization|Yonhap");
        /* a site's name is a firm's */
        EXPECT("Shares of Harlowkeane.com rose.", "Harlowkeane.com|organization|Harlowkeane.com");
        /* a lawmaker's party letter and state abbreviation name nobody */
        EXPECT("Speaker Dana Whitlock, R-La., and Sen. Ruth Obi (D-Ill.) spoke in Ohio.",
               "Dana Whitlock|person|Dana Whitlock", "Ruth Obi|person|Ruth Obi", "Ohio|place|Ohio");
        /* a known name keeps its last word though it is a common word, and is found after "The" */
        EXPECT("The Group of Seven said it. The Group of 77 spoke. Officials of Human Rights Watch agreed.",
               "Group of Seven|organization|Group of Seven", "Group of 77|organization|Group of 77",
               "Human Rights Watch|organization|Human Rights Watch");
        /* a street is a place, unless it is a given name's bearer; a firm by its analysts */
        EXPECT("Crowds filled Downing Street as Harlow Keane analysts watched. Sharon Street disagreed. Business "
               "analysts say nothing.",
               "Downing Street|place|Downing Street", "Harlow Keane|organization|Harlow Keane",
               "Sharon Street|person|Sharon Street");
        /* what comes before "-based" is a place, known or not; a street that speaks is an office; a given name
         * the tagger leaves out of a full name stays in it; "Korean" is the South's */
        EXPECT("Anatoly Borisovich Zaretsky, an economist at a Hwaseong-based institute, said Korean banks would "
               "lend. Downing Street said no.",
               "Anatoly Borisovich Zaretsky|person|Anatoly Borisovich Zaretsky", "Hwaseong|place|Hwaseong",
               "Korean|country|South Korea|demonym", "Downing Street|organization|Downing Street");
        /* a list before a body's word, after "for" as after "of": one name, however the tagger cuts it; not a
         * list of countries */
        EXPECT("Officials at the Foreign, Commonwealth & Development Office and the Department for Environment, "
               "Food and Rural Affairs met staff of the Office for Democratic Institutions and Human Rights. "
               "Britain, France and Germany agreed.",
               "Foreign, Commonwealth & Development Office|organization|Foreign, Commonwealth & Development Office",
               "Department for Environment, Food and Rural Affairs|organization|Department for Environment, Food "
               "and Rural Affairs",
               "Office for Democratic Institutions and Human Rights|organization|Office for Democratic Institutions "
               "and Human Rights",
               "Britain|country|United Kingdom", "France|country|France", "Germany|country|Germany");
        EXPECT("The Australian Competition and Consumer Commission and the Justice and Equality Movement met "
               "officials of the Ministry of Economy, Trade and Industry (METI).",
               "Australian Competition and Consumer Commission|organization|Australian Competition and Consumer "
               "Commission",
               "Justice and Equality Movement|organization|Justice and Equality Movement",
               "Ministry of Economy, Trade and Industry|organization|Ministry of Economy, Trade and Industry",
               "METI|organization|Ministry of Economy, Trade and Industry");
        /* a nickname in quotes inside a name; a Spanish name's first surname with its particle, also capitalised
         * at a sentence's start, is the person */
        EXPECT("The pact was signed in Manila. Admiral Teodoro M. \"Teddy\" Dimaculangan met Ana María de los Ríos "
               "Gutiérrez and Andrés von Kretschmann Ossa. De los Ríos said so. Von Kretschmann agreed.",
               "Manila|place|Manila",
               "Teodoro M. \"Teddy\" Dimaculangan|person|Teodoro M. \"Teddy\" Dimaculangan",
               "Ana María de los Ríos Gutiérrez|person|Ana María de los Ríos Gutiérrez",
               "Andrés von Kretschmann Ossa|person|Andrés von Kretschmann Ossa",
               "De los Ríos|person|Ana María de los Ríos Gutiérrez",
               "Von Kretschmann|person|Andrés von Kretschmann Ossa");
        /* natural features by their word, first or last; a plaza is a place */
        EXPECT("Boats neared Ayungin Shoal while crowds filled Plaza Murillo and the Salar de Uyuni ran dry.",
               "Ayungin Shoal|place|Ayungin Shoal", "Plaza Murillo|place|Plaza Murillo",
               "Salar de Uyuni|place|Salar de Uyuni");
        /* a body's name that its acronym spells out whole keeps its country; without one, the country is apart,
         * except from an armed force (below) */
        EXPECT("Ships of the Japan Coast Guard (JCG) sailed as the Iraqi Oil Ministry watched.",
               "Japan Coast Guard|organization|Japan Coast Guard", "JCG|organization|Japan Coast Guard",
               "Iraqi|country|Iraq|demonym", "Oil Ministry|organization|Oil Ministry");
        /* a surname after a title is the person first named with that title, not the nearest of the name */
        EXPECT("The visit was announced on Monday. President Amara Okafor and first lady Grace Okafor attended. "
               "Later, President Okafor spoke.",
               "Amara Okafor|person|Amara Okafor", "Grace Okafor|person|Grace Okafor", "Okafor|person|Amara Okafor");
        /* a Maasai particle inside a name; a company by its legal form */
        EXPECT("The talks ended. Peter ole Sankale met officials of Horn Corridor Logistics Ltd. in Nairobi.",
               "Peter ole Sankale|person|Peter ole Sankale",
               "Horn Corridor Logistics Ltd.|organization|Horn Corridor Logistics Ltd.", "Nairobi|place|Nairobi");
        /* a palace's name after "of"; not a station's */
        EXPECT("The ministers met at the Palace of Independence in Astana.",
               "Palace of Independence|place|Palace of Independence", "Astana|place|Astana");
        /* a title is no item of such a list, nor a name alone */
        EXPECT("The vote follows talks between Vice Prime Minister and Labor Party leader Amara Okafor and Li Wen.",
               "Labor Party|organization|Labor Party", "Amara Okafor|person|Amara Okafor", "Li Wen|person|Li Wen");
        /* a title's portfolio after "of" or "for" is the title's, up to the person's given name; not across a
         * comma, nor a known name */
        EXPECT("Chadian Minister of Social Action Mahamat Nour Abdelkerim met Special Envoy for Water Security "
               "Daniel R. Whitcombe. The founder of Harlow Keane, Daniel Osei, and President of Kenya Amara Okafor "
               "agreed.",
               "Chadian|country|Chad|demonym", "Mahamat Nour Abdelkerim|person|Mahamat Nour Abdelkerim",
               "Daniel R. Whitcombe|person|Daniel R. Whitcombe", "Harlow Keane|organization|Harlow Keane",
               "Daniel Osei|person|Daniel Osei", "Kenya|country|Kenya", "Amara Okafor|person|Amara Okafor");
        /* a name after what a news organization is */
        EXPECT("Li Wen told the Nouakchott daily Le Courrier du Sahel and the newspaper Yangi Tong so.",
               "Li Wen|person|Li Wen", "Nouakchott|place|Nouakchott",
               "Le Courrier du Sahel|organization|Le Courrier du Sahel", "Yangi Tong|organization|Yangi Tong");
        /* a company by its chief executive after its possessive; a body's name before its country stays whole;
         * the tail of a person's full name is that person, whatever the tagger reads */
        EXPECT("Cordillera Austral's chief executive, Tomas Aldunate, met officials of the Central Bank of Argentina. "
               "Valentina Orrego Santelices spoke, and Quintana received Orrego Santelices at the palace.",
               "Cordillera Austral|organization|Cordillera Austral", "Tomas Aldunate|person|Tomas Aldunate",
               "Central Bank of Argentina|organization|Central Bank of Argentina",
               "Valentina Orrego Santelices|person|Valentina Orrego Santelices", "Quintana|person|Quintana",
               "Orrego Santelices|person|Valentina Orrego Santelices");
        /* a long title-case run of a headline with words the body writes small is no name */
        EXPECT("Kenya and Chad Agree to Fast-Track Shared Gas Field Ahead of Regional Summit\n\nThe shared field "
               "will be discussed at a regional summit, officials in Nairobi said.",
               "Kenya|country|Kenya", "Chad|country|Chad", "Nairobi|place|Nairobi");
        /* a surname's particle written small opens the name where nothing capitalised comes before it */
        EXPECT("Carlos Alberto da Veiga met Li Wen. A spokesman for Mr. da Veiga said so, and da Veiga left.",
               "Carlos Alberto da Veiga|person|Carlos Alberto da Veiga", "Li Wen|person|Li Wen",
               "da Veiga|person|Carlos Alberto da Veiga", "da Veiga|person|Carlos Alberto da Veiga");
        /* one word after a country's possessive, where a speaker or a party to a meeting stands, is a leader;
         * a place there stays a place */
        EXPECT("Norway's Haldorsen met Chile's Quiroga in Oslo. Kenya's Wanjiru said so. Fighting in Syria's Idlib "
               "went on, and India's Kerala said it would help.",
               "Norway|country|Norway", "Haldorsen|person|Haldorsen", "Chile|country|Chile",
               "Quiroga|person|Quiroga", "Oslo|place|Oslo", "Kenya|country|Kenya", "Wanjiru|person|Wanjiru",
               "Syria|country|Syria", "Idlib|place|Idlib", "India|country|India", "Kerala|place|Kerala");
        /* "Abu Dhabi-based": the place, not a body named "Abu Dhabi-based" */
        EXPECT("The Abu Dhabi-based fund joined the Saudi-led talks.", "Abu Dhabi|place|Abu Dhabi",
               "Saudi|country|Saudi Arabia|demonym");
        /* a building named for a knight; a given name, then particles, then an appositive the tagger misreads */
        EXPECT("The premiers met at the Sir John A. Macdonald Building on Tuesday.",
               "Sir John A. Macdonald Building|place|Sir John A. Macdonald Building");
        EXPECT("Pieter van der Wal, head of the office, flew in.", "Pieter van der Wal|person|Pieter van der Wal");
        /* particles and initials do not count to a name's length; a minister's portfolio names no body */
        EXPECT("She met Paraguay's Minister of Industry and Commerce, Mark R. Villalba de la Cruz, on Monday.",
               "Paraguay|country|Paraguay", "Mark R. Villalba de la Cruz|person|Mark R. Villalba de la Cruz");
        /* legal forms: two across a comma, with their period, dotted, or before the name */
        EXPECT("The order went to Seorin Heavy Industries Co., Ltd. on Monday.",
               "Seorin Heavy Industries Co., Ltd.|organization|Seorin Heavy Industries Co., Ltd.");
        EXPECT("Flights by Gulf Relief Aviation W.L.L. and boats of PT Samudra Karya Perkasa arrived.",
               "Gulf Relief Aviation W.L.L.|organization|Gulf Relief Aviation W.L.L.",
               "PT Samudra Karya Perkasa|organization|PT Samudra Karya Perkasa");
        /* two particles open a surname in running text */
        EXPECT("The talks went well. Later, van der Wal said so.", "van der Wal|person|van der Wal");
        EXPECT("They met at the Edificio Mercosur and later at the Hotel Casino Carrasco.",
               "Edificio Mercosur|place|Edificio Mercosur", "Hotel Casino Carrasco|place|Hotel Casino Carrasco");
        /* Malay honorifics, one of two words among them, stay outside the name; "binti" is a particle; a portfolio
         * of several words before "Minister" names nothing */
        EXPECT("Malaysia's Plantation and Commodities Minister, Datuk Seri Rosnah binti Abdul Karim, met Datuk Lim "
               "Chee Keong and Tan Sri Mohd Faizal bin Hashim in Ulaanbaatar.",
               "Malaysia|country|Malaysia", "Rosnah binti Abdul Karim|person|Rosnah binti Abdul Karim",
               "Lim Chee Keong|person|Lim Chee Keong", "Mohd Faizal bin Hashim|person|Mohd Faizal bin Hashim",
               "Ulaanbaatar|place|Ulaanbaatar");
        /* a title word before a building's word alone; a hotel by its chain's name */
        EXPECT("Natural Resources and Environmental Sustainability Minister Nur Aina Hashim met them at the Sultan "
               "Hotel and later at the Sheraton Grand Doha and the Real InterContinental Guatemala.",
               "Nur Aina Hashim|person|Nur Aina Hashim", "Sultan Hotel|place|Sultan Hotel",
               "Sheraton Grand Doha|place|Sheraton Grand Doha",
               "Real InterContinental Guatemala|place|Real InterContinental Guatemala");
        /* a minister's portfolio that lists an organization word names no body, and ends where the person's
         * given name starts; a committee "of" another body's possessive is not of the country */
        EXPECT("South Korea's Minister of Trade, Industry and Energy, Han Dong-wook, met Minister of Industry and "
               "Commerce Ana Silva and Iraqi Minister of Water Resources Haider Abdul-Karim al-Jubouri.",
               "South Korea|country|South Korea", "Han Dong-wook|person|Han Dong-wook", "Ana Silva|person|Ana Silva",
               "Iraqi|country|Iraq|demonym",
               "Haider Abdul-Karim al-Jubouri|person|Haider Abdul-Karim al-Jubouri");
        EXPECT("Otto Giron, who chairs the Economy and Foreign Trade Committee of Guatemala's Congress, declined.",
               "Otto Giron|person|Otto Giron",
               "Economy and Foreign Trade Committee|organization|Economy and Foreign Trade Committee",
               "Guatemala|country|Guatemala", "Congress|organization|Congress");
        /* a name before a small word for what a place is; not a company's mine nor a post online */
        EXPECT("They toured the Agua Caliente crossing and the Shalamcheh and Mehran border crossings, then the "
               "Bayan Del deposit in Dornogovi province. A Facebook post said the Xingguang Coal Industry Co. mine "
               "had closed.",
               "Agua Caliente|place|Agua Caliente", "Shalamcheh|place|Shalamcheh", "Mehran|place|Mehran",
               "Bayan Del|place|Bayan Del", "Dornogovi|place|Dornogovi",
               "Xingguang Coal Industry Co.|organization|Xingguang Coal Industry Co.");
        /* a patronymic's "daughter of" ends the name; a region before "regional" and a title; mountains and a
         * pass; a body an appositive says is a people's parliament; a town after "next week in" */
        EXPECT("Ruth Obi met Chui regional envoy Aizada Bakyt kyzy below the Kyzyl-Bel Pass in the Kungey Ala-Too "
               "mountains. Ms. Bakyt kyzy chairs a panel of the Jogorku Kenesh, the Kyrgyz parliament, and will meet "
               "Obi next week in Tokmok to talk.",
               "Ruth Obi|person|Ruth Obi", "Chui|place|Chui", "Aizada Bakyt kyzy|person|Aizada Bakyt kyzy",
               "Kyzyl-Bel Pass|place|Kyzyl-Bel Pass", "Kungey Ala-Too|place|Kungey Ala-Too",
               "Bakyt kyzy|person|Aizada Bakyt kyzy", "Jogorku Kenesh|organization|Jogorku Kenesh",
               "Kyrgyz|country|Kyrgyzstan|demonym", "Obi|person|Ruth Obi", "Tokmok|place|Tokmok");
        /* a name its acronym spells (after an elided article too) is a body's; an acronym in brackets stands for
         * the body however its letters run; "Ag" is no legal form */
        EXPECT("The Port Autonome d'Abidjan (PAA) and the Rally for Ivorian Renewal (RRI) met Colonel Abdoulaye Ag "
               "Mohamed. The PAA and the RRI thanked Ag Mohamed.",
               "Port Autonome d'Abidjan|organization|Port Autonome d'Abidjan",
               "PAA|organization|Port Autonome d'Abidjan",
               "Rally for Ivorian Renewal|organization|Rally for Ivorian Renewal",
               "RRI|organization|Rally for Ivorian Renewal", "Abdoulaye Ag Mohamed|person|Abdoulaye Ag Mohamed",
               "PAA|organization|Port Autonome d'Abidjan", "RRI|organization|Rally for Ivorian Renewal",
               "Ag Mohamed|person|Abdoulaye Ag Mohamed");
        /* a hotel after its town; a company by its name without its legal form; rivers; a people's word of two
         * before a portfolio; a province; a dotted legal form of any script; a wire story's credit line */
        EXPECT("Sri Lankan Ports Minister Ravi Kumar met Northern Province officials at the Erbil Rotana. Tigris "
               "Perforazioni SpA drills near the Tigris; Tigris Perforazioni said so. Boru Hatlari A.\xC5\x9E. "
               "agreed.\n\n(Reporting by Dinuka Senanayake in Colombo)",
               "Sri Lankan|country|Sri Lanka|demonym", "Ravi Kumar|person|Ravi Kumar",
               "Northern Province|place|Northern Province", "Erbil Rotana|place|Erbil Rotana",
               "Tigris Perforazioni SpA|organization|Tigris Perforazioni SpA", "Tigris|place|Tigris",
               "Tigris Perforazioni|organization|Tigris Perforazioni SpA",
               "Boru Hatlari A.\xC5\x9E.|organization|Boru Hatlari A.\xC5\x9E.",
               "Dinuka Senanayake|person|Dinuka Senanayake", "Colombo|place|Colombo");
        /* an Azeri patronymic between the names; "in" and "and" inside a name its acronym spells; a hotel chain
         * last after a country's name; a port; a river's name alone after its full name; a village "of"; an
         * honorific ends a portfolio */
        EXPECT("Elnur Rauf oglu Mammadli met the European Union Mission in Armenia (EUMA) near the Debed River and "
               "the Djibouti Ports and Free Zones Authority (DPFZA) at the Djibouti Palace Kempinski. After the "
               "Debed shooting near the village of Kirants, he left. Minister for Foreign Affairs Dr. Meseret Haile "
               "Gebremariam went to the Doraleh Multipurpose Port.",
               "Elnur Rauf oglu Mammadli|person|Elnur Rauf oglu Mammadli",
               "European Union Mission in Armenia|organization|European Union Mission in Armenia",
               "EUMA|organization|European Union Mission in Armenia", "Debed River|place|Debed River",
               "Djibouti Ports and Free Zones Authority|organization|Djibouti Ports and Free Zones Authority",
               "DPFZA|organization|Djibouti Ports and Free Zones Authority",
               "Djibouti Palace Kempinski|place|Djibouti Palace Kempinski", "Debed|place|Debed River",
               "Kirants|place|Kirants", "Meseret Haile Gebremariam|person|Meseret Haile Gebremariam",
               "Doraleh Multipurpose Port|place|Doraleh Multipurpose Port");
        /* a thirteenth blind round: Central European and Portuguese legal forms; "Ma." for Maria before a
         * nickname; "Casa" and "Villa" open a venue's name, but "Ana Villa" is a person; a river written small;
         * a power plant and a naval base; "Russian-designed"; the first words of a company's name, the same company */
        EXPECT("Dunamenti Hidepito Zrt. and Povazska Ocel a.s. met Ma. Cristina \"Tina\" Lopez-Dizon at the Casa Gris "
               "and the Villa Moynier, Ana Villa said. Parts for the Mochovce nuclear power plant and the Sattahip "
               "naval base cross the Vah river. The Czech side runs Russian-designed reactors. Hidrovia Sul "
               "Logistica Ltda. and Hidrovia Sul bid.",
               "Dunamenti Hidepito Zrt.|organization|Dunamenti Hidepito Zrt.",
               "Povazska Ocel a.s.|organization|Povazska Ocel a.s.",
               "Ma. Cristina \"Tina\" Lopez-Dizon|person|Ma. Cristina \"Tina\" Lopez-Dizon",
               "Casa Gris|place|Casa Gris", "Villa Moynier|place|Villa Moynier", "Ana Villa|person|Ana Villa",
               "Mochovce|place|Mochovce", "Sattahip|place|Sattahip", "Vah|place|Vah",
               "Czech|country|Czechia|demonym", "Russian|country|Russian Federation|demonym",
               "Hidrovia Sul Logistica Ltda.|organization|Hidrovia Sul Logistica Ltda.",
               "Hidrovia Sul|organization|Hidrovia Sul Logistica Ltda.");
        /* Romanian capitals; "the Palace of the Republic" */
        EXPECT("Serghei \xC8\x9Aurcanu was received at the Palace of the Republic.",
               "Serghei \xC8\x9Aurcanu|person|Serghei \xC8\x9Aurcanu",
               "Palace of the Republic|place|Palace of the Republic");
        /* the countries a mission is to are in its name; a word joined to a known place by "or" is a place */
        EXPECT("The European Union Border Assistance Mission to Moldova and Ukraine (EUBAM) posted inspectors at "
               "Izmail or Reni, EUBAM said.",
               "European Union Border Assistance Mission to Moldova and Ukraine|organization|European Union Border "
               "Assistance Mission to Moldova and Ukraine",
               "EUBAM|organization|European Union Border Assistance Mission to Moldova and Ukraine",
               "Izmail|place|Izmail", "Reni|place|Reni", "EUBAM|organization|European Union Border Assistance "
               "Mission to Moldova and Ukraine");
        /* the ports of a list of names; a name before "hotel"; a mixed-case acronym in brackets */
        EXPECT("Rebels shut the ports of Ras Lanuf and Es Sider, and talks at the Rixos Al Nasr hotel failed.",
               "Ras Lanuf|place|Ras Lanuf", "Es Sider|place|Es Sider", "Rixos Al Nasr|place|Rixos Al Nasr");
        EXPECT("The House of Representatives (HoR) met. The HoR would vote.",
               "House of Representatives|organization|House of Representatives",
               "HoR|organization|House of Representatives", "HoR|organization|House of Representatives");
        /* a town between "to" and "in" a country; a building by its appositive; a numbered portfolio and a
         * Bruneian honorific; one name set off by commas after a title and its portfolio */
        EXPECT("It was shipped to Darwin in northern Australia.", "Darwin|place|Darwin",
               "Australia|country|Australia");
        EXPECT("Ana Lima spoke at APEC Haus, the harbourside convention centre built for the summit.",
               "Ana Lima|person|Ana Lima", "APEC Haus|place|APEC Haus");
        EXPECT("Brunei's Minister of Finance and Economy II, Dato Seri Setia Khairul Anuar bin Mahmud, arrived.",
               "Brunei|country|Brunei Darussalam", "Khairul Anuar bin Mahmud|person|Khairul Anuar bin Mahmud");
        EXPECT("Ana Lima met Indonesia's Coordinating Minister for Economic Affairs, Sutrisnohadi, in Jakarta.",
               "Ana Lima|person|Ana Lima", "Indonesia|country|Indonesia", "Sutrisnohadi|person|Sutrisnohadi",
               "Jakarta|place|Jakarta");
        /* a town after "from" a place and "to"; a feature's first word; an acronym spelled after "U.S." */
        EXPECT("His district runs from Eagle Pass to Del Rio, below the Sierra Madre Occidental.",
               "Eagle Pass|place|Eagle Pass", "Del Rio|place|Del Rio",
               "Sierra Madre Occidental|place|Sierra Madre Occidental");
        EXPECT("Trucks are checked by U.S. Customs and Border Protection (CBP). CBP said so.",
               "U.S. Customs and Border Protection|organization|U.S. Customs and Border Protection",
               "CBP|organization|U.S. Customs and Border Protection",
               "CBP|organization|U.S. Customs and Border Protection");
        /* a Mexican company's legal forms, whatever the tagger cuts; a bridge named after a country; an exchange */
        EXPECT("Batteries come from Grupo Minero Sierra Alta S.A.B. de C.V., whose shares rose on the Nasdaq, by "
               "rail to the Colombia Solidarity International Bridge.",
               "Grupo Minero Sierra Alta S.A.B. de C.V.|organization|Grupo Minero Sierra Alta S.A.B. de C.V.",
               "Nasdaq|organization|Nasdaq",
               "Colombia Solidarity International Bridge|place|Colombia Solidarity International Bridge");
        /* Pashto, Urdu and Persian honorifics and particles; "(Pvt) Ltd"; an acronym of hyphenated words; a dam;
         * wetlands; an Iranian province with "and" */
        EXPECT("Mullah Gul Agha Noorzai met Syed Ihsan ul Haq Bukhari, and Maulvi Zia-ur-Rahman Mohmand spoke.",
               "Gul Agha Noorzai|person|Gul Agha Noorzai", "Ihsan ul Haq Bukhari|person|Ihsan ul Haq Bukhari",
               "Zia-ur-Rahman Mohmand|person|Zia-ur-Rahman Mohmand");
        EXPECT("Khyber Logistics (Pvt) Ltd said Pakistan's Inter-Services Intelligence (ISI) cleared it.",
               "Khyber Logistics (Pvt) Ltd|organization|Khyber Logistics (Pvt) Ltd", "Pakistan|country|Pakistan",
               "Inter-Services Intelligence|organization|Inter-Services Intelligence",
               "ISI|organization|Inter-Services Intelligence");
        EXPECT("Drought, not the Kajaki Dam, dried the Hamoun wetlands in Sistan and Baluchestan province.",
               "Kajaki Dam|place|Kajaki Dam", "Hamoun|place|Hamoun",
               "Sistan and Baluchestan|place|Sistan and Baluchestan");
        /* a body's word alone after "the" is the one body named here with it; a body of a plural; a building by
         * its lower-case word; a Catalan "i"; a newsroom in a credit line is no person */
        EXPECT("The European Commission met in the Justus Lipsius building. Later the Commission said the Council of "
               "Ministers and Jordi Puigverd i Casals agreed. (Reporting by Reuters Brussels bureau)",
               "European Commission|organization|European Commission", "Justus Lipsius|place|Justus Lipsius",
               "Commission|organization|European Commission",
               "Council of Ministers|organization|Council of Ministers",
               "Jordi Puigverd i Casals|person|Jordi Puigverd i Casals", "Reuters|organization|Reuters",
               "Brussels|place|Brussels");
        /* halls; an honorific before a venue's word; a Filipino "dela"; a financial secretary */
        EXPECT("Ms. Park was received at the Great Hall of the People and the Mansudae Assembly Hall by Hong Kong's "
               "Financial Secretary Vivian Chan Mei-ling and Ramon dela Cruz-Villanueva.",
               "Park|person|Park", "Great Hall of the People|place|Great Hall of the People",
               "Mansudae Assembly Hall|place|Mansudae Assembly Hall", "Hong Kong|country|Hong Kong",
               "Vivian Chan Mei-ling|person|Vivian Chan Mei-ling",
               "Ramon dela Cruz-Villanueva|person|Ramon dela Cruz-Villanueva");
        /* Washington: rooms and buildings, committees of a chamber, a court's ordinal, an air base, a member's
         * party */
        EXPECT("Ana Lima, a Democrat, met him in the Oval Office and the Dirksen Senate Office Building on Capitol "
               "Hill, near the Senate Commerce, Science and Transportation Committee, the 6th U.S. Circuit Court of "
               "Appeals and Wright-Patterson Air Force Base.",
               "Ana Lima|person|Ana Lima", "Oval Office|place|Oval Office",
               "Dirksen Senate Office Building|place|Dirksen Senate Office Building",
               "Capitol Hill|place|Capitol Hill",
               "Senate Commerce, Science and Transportation Committee|organization|Senate Commerce, Science and "
               "Transportation Committee",
               "6th U.S. Circuit Court of Appeals|organization|6th U.S. Circuit Court of Appeals",
               "Wright-Patterson Air Force Base|place|Wright-Patterson Air Force Base");
        /* a sentence ends after "S.A. de C.V."; a company's first word alone after its full name */
        EXPECT("Its partner is Aguas del Golfo S.A. de C.V. Flugwerk Rhein-Main GmbH said so. Flugwerk employs 240.",
               "Aguas del Golfo S.A. de C.V.|organization|Aguas del Golfo S.A. de C.V.",
               "Flugwerk Rhein-Main GmbH|organization|Flugwerk Rhein-Main GmbH",
               "Flugwerk|organization|Flugwerk Rhein-Main GmbH");
        /* a title set off by a comma names no body; the Lesser Caucasus */
        EXPECT("Azerbaijan's Deputy Energy Minister, Leyla Huseynova, toured the Lesser Caucasus.",
               "Azerbaijan|country|Azerbaijan", "Leyla Huseynova|person|Leyla Huseynova",
               "Lesser Caucasus|place|Lesser Caucasus");
        /* a nickname of two words; "São"; a chamber's committee with its ordinal */
        EXPECT("Sebastián Andrés \"El Mono\" Quintero Villamizar flew from São Gabriel da Cachoeira. The Second "
               "Committee of the House of Representatives summoned Quintero Villamizar.",
               "Sebastián Andrés \"El Mono\" Quintero Villamizar|person|Sebastián Andrés \"El Mono\" Quintero "
               "Villamizar",
               "São Gabriel da Cachoeira|place|São Gabriel da Cachoeira",
               "Second Committee of the House of Representatives|organization|Second Committee of the House of "
               "Representatives",
               "Quintero Villamizar|person|Sebastián Andrés \"El Mono\" Quintero Villamizar");
        /* houses are buildings, unless they speak; Arabic and Spanish features' first words */
        EXPECT("Pirates struck in the Bight of Bonny.", "Bight of Bonny|place|Bight of Bonny");
        EXPECT("They met at Blair House near Ras al-Hadd and the Río de la Plata. Chatham House said so.",
               "Blair House|place|Blair House", "Ras al-Hadd|place|Ras al-Hadd",
               "Río de la Plata|place|Río de la Plata", "Chatham House|organization|Chatham House");
        /* a surname with an article in small letters; a number opens a hotel's name */
        EXPECT("Ali Qassem Zein el-Dine declined. Later Zein el-Dine met Ana Lima at the Four Seasons Hotel.",
               "Ali Qassem Zein el-Dine|person|Ali Qassem Zein el-Dine",
               "Zein el-Dine|person|Ali Qassem Zein el-Dine", "Ana Lima|person|Ana Lima",
               "Four Seasons Hotel|place|Four Seasons Hotel");
        /* a counterpart is a person; the Swedish "af"; Swedish and Finnish legal forms; a gap is a feature */
        EXPECT("Aino Holm met her Estonian counterpart Mart Põldsaar near the Suwałki Gap. Henrik af Klercker of "
               "Nordström Marin AB agreed. \"In winter,\" af Klercker said.",
               "Aino Holm|person|Aino Holm", "Estonian|country|Estonia|demonym",
               "Mart Põldsaar|person|Mart Põldsaar", "Suwałki Gap|place|Suwałki Gap",
               "Henrik af Klercker|person|Henrik af Klercker", "Nordström Marin AB|organization|Nordström Marin AB",
               "af Klercker|person|Henrik af Klercker");
        /* Swahili and Kalenjin particles; "DR" is no doctor; a portfolio's tail set off by a comma */
        EXPECT("Uganda and DR Congo signed. Eng. Daniel Kiprono arap Chebet met Aimé-Désiré Kasongo wa Ilunga and "
               "Tanzania's Minister of Foreign Affairs and East African Cooperation, Zuhura Bakari.",
               "Uganda|country|Uganda", "DR Congo|country|DRC",
               "Daniel Kiprono arap Chebet|person|Daniel Kiprono arap Chebet",
               "Aimé-Désiré Kasongo wa Ilunga|person|Aimé-Désiré Kasongo wa Ilunga", "Tanzania|country|Tanzania",
               "Zuhura Bakari|person|Zuhura Bakari");
        /* a title's "of", a person and "and": the person after "and" is no portfolio's tail */
        EXPECT("Secretary of State Ana M. Lima and Ruth Obi, the national security adviser, will meet.",
               "Ana M. Lima|person|Ana M. Lima", "Ruth Obi|person|Ruth Obi");
        /* Burmese and Thai honorifics, the Thai "na", a range; a name read whole before, at a sentence's start */
        EXPECT("Foreign Minister U Kyaw Zeya Htun arrived. Kyaw Zeya Htun said so.",
               "Kyaw Zeya Htun|person|Kyaw Zeya Htun", "Kyaw Zeya Htun|person|Kyaw Zeya Htun");
        EXPECT("Daw Khin Thida Myint and Deputy Minister Chalermkiat na Ayutthaya met near the Dawna Range.",
               "Khin Thida Myint|person|Khin Thida Myint",
               "Chalermkiat na Ayutthaya|person|Chalermkiat na Ayutthaya", "Dawna Range|place|Dawna Range");
        /* a person's initials end a portfolio */
        EXPECT("India's Minister of State for External Affairs P. V. Raghunathan met them.",
               "India|country|India", "P. V. Raghunathan|person|P. V. Raghunathan");
        /* two countries joined by a hyphen are two mentions; a country known whole, or a name that goes on, one */
        EXPECT("The Russia-Ukraine war and Israeli-Palestinian talks hurt Guinea-Bissau and the Chad-Sudan Border "
               "Commission.",
               "Russia|country|Russian Federation", "Ukraine|country|Ukraine", "Israeli|country|Israel|demonym",
               "Palestinian|country|the State of Palestine|demonym", "Guinea-Bissau|country|Guinea-Bissau",
               "Chad-Sudan Border Commission|organization|Chad-Sudan Border Commission");
        /* "bint" in an Arab woman's name; a ruler's title after a minister's is a given name */
        EXPECT("Minister Layla bint Salim Al-Harthy met Trade Minister Emir Hadzic. Al-Harthy spoke.",
               "Layla bint Salim Al-Harthy|person|Layla bint Salim Al-Harthy", "Emir Hadzic|person|Emir Hadzic",
               "Al-Harthy|person|Layla bint Salim Al-Harthy");
        /* companies: a word of another language and particles, a legal form after a comma or in brackets */
        EXPECT("Hidroeléctrica do Vale do Norte, S.A. and Mokoena Civils (Pty) Ltd signed.",
               "Hidroeléctrica do Vale do Norte, S.A.|organization|Hidroeléctrica do Vale do Norte, S.A.",
               "Mokoena Civils (Pty) Ltd|organization|Mokoena Civils (Pty) Ltd");
        /* what a body is for; two kinds of hall; a presidential house; a reservoir; a range */
        EXPECT("The International Fund for Saving the Aral Sea met at the Doha Exhibition and Convention Center, "
               "the Casa Grande del Pueblo, the Kayrakkum Reservoir and the Cordillera Real.",
               "International Fund for Saving the Aral Sea|organization|International Fund for Saving the Aral Sea",
               "Doha Exhibition and Convention Center|place|Doha Exhibition and Convention Center",
               "Casa Grande del Pueblo|place|Casa Grande del Pueblo",
               "Kayrakkum Reservoir|place|Kayrakkum Reservoir", "Cordillera Real|place|Cordillera Real");
        /* a dateline's agency in capitals; a hotel named with its country's name */
        EXPECT("LIMA, Peru (AP) - They met at the Jamaica Pegasus hotel.", "LIMA|place|Lima", "Peru|country|Peru",
               "AP|organization|AP", "Jamaica Pegasus|place|Jamaica Pegasus");
        /* a common word that opens a sentence before a comma is no name; a surname that is one stays */
        EXPECT("Water flows downstream. Downstream, Senator Don Young spoke. Young, the senator, was young.",
               "Don Young|person|Don Young", "Young|person|Don Young");
        /* the place a company is named for, named alone, is the place */
        EXPECT("Subic Bay Shipworks, Inc. runs a yard on Subic Bay.",
               "Subic Bay Shipworks, Inc.|organization|Subic Bay Shipworks, Inc.", "Subic Bay|place|Subic Bay");
        /* a river's name alone after "the" is the river, whatever the tagger reads */
        EXPECT("A dam on the Vakhsh River is planned. Controls at the Vakhsh site, a World Bank spokesman said, work.",
               "Vakhsh River|place|Vakhsh River", "Vakhsh|place|Vakhsh River", "World Bank|organization|World Bank");
        /* Nordic legal forms; a title set off by a comma before its holder, in capitals or after a possessive */
        EXPECT("Brimfjord hf. and Lysvik Frakt A/S signed. Norway's Minister of Fisheries, Oddvar K. Lien, and "
               "Iceland's Energy Minister, Ragnheidur Osp Jonsdottir, came with Chile's labour minister, Tomas "
               "Arrieta Vial.",
               "Brimfjord hf.|organization|Brimfjord hf.", "Lysvik Frakt A/S|organization|Lysvik Frakt A/S",
               "Norway|country|Norway", "Oddvar K. Lien|person|Oddvar K. Lien", "Iceland|country|Iceland",
               "Ragnheidur Osp Jonsdottir|person|Ragnheidur Osp Jonsdottir", "Chile|country|Chile",
               "Tomas Arrieta Vial|person|Tomas Arrieta Vial");
        /* not a list of titles, nor a name's suffix, nor the title of the next name */
        EXPECT("He is a Keynote Speaker, Brand Developer, Producer. The governor of Upper Lomami, General Jean "
               "Kabeya, spoke.",
               "Jean Kabeya|person|Jean Kabeya");
        /* a fjord and a container port by the word after them; two cities joined by a hyphen */
        EXPECT("Ships use the Tasiusaq Kangerlua fjord and the Nordhavn container port on the Dakar-Bamako route.",
               "Tasiusaq Kangerlua|place|Tasiusaq Kangerlua", "Nordhavn|place|Nordhavn", "Dakar|place|Dakar",
               "Bamako|place|Bamako");
        /* an ocean's name as a modifier, a creed's word before a group, a currency's initials: no names */
        EXPECT("An Arctic fisheries forum on Pacific waters met. The Islamist group Boko Haram paid 9 billion CFA "
               "francs. Across the Pacific, costs rose.",
               "Boko Haram|organization|Boko Haram", "Pacific|place|Pacific");
        /* a French body's name with its small words; an acronym made of the openings of its words */
        EXPECT("The Societe Malienne de Fret et d'Entreposage (SOMAFE) and the Syndicat Unifie des Dockers (SUD) "
               "met the Pacific Union Support and Monitoring Mission in Samoa (PUSSAM).",
               "Societe Malienne de Fret et d'Entreposage|organization|Societe Malienne de Fret et d'Entreposage",
               "SOMAFE|organization|Societe Malienne de Fret et d'Entreposage",
               "Syndicat Unifie des Dockers|organization|Syndicat Unifie des Dockers",
               "SUD|organization|Syndicat Unifie des Dockers",
               "Pacific Union Support and Monitoring Mission in Samoa|organization|Pacific Union Support and "
               "Monitoring Mission in Samoa",
               "PUSSAM|organization|Pacific Union Support and Monitoring Mission in Samoa");
        /* a Greek patronymic's digraph initial; Bhutan's honorifics; a mansion and a dzong; an islet; a summit */
        EXPECT("President Nikos Th. Varvaressos met Lyonpo Karma Dechen Zangmo at the Vasilis Mansion and Dasho Pema "
               "Wangchuk at Punakha Dzong. Boats reached the islet of Kofinas. Climbers left Kanchenjunga.",
               "Nikos Th. Varvaressos|person|Nikos Th. Varvaressos",
               "Karma Dechen Zangmo|person|Karma Dechen Zangmo", "Vasilis Mansion|place|Vasilis Mansion",
               "Pema Wangchuk|person|Pema Wangchuk", "Punakha Dzong|place|Punakha Dzong", "Kofinas|place|Kofinas",
               "Kanchenjunga|place|Kanchenjunga");
        /* a body's name its mixed acronym spells, a known place in it; a portfolio before a double surname */
        EXPECT("The Union for the Mediterranean (UfM) met European Commissioner for Home Affairs Liesbeth "
               "Vermeulen-Dekker.",
               "Union for the Mediterranean|organization|Union for the Mediterranean",
               "UfM|organization|Union for the Mediterranean",
               "Liesbeth Vermeulen-Dekker|person|Liesbeth Vermeulen-Dekker");
        /* a coal field, a beach, a lake; a trade's plural possessive inside a union's name; Cambodia's honorific */
        EXPECT("Trucks leave the Ovoot Tolgoi coal field for Gwangalli beach and the Tonle Sap lake. The Incheon "
               "Stevedores' Union (ISU) met Oknha Heng Sovannara.",
               "Ovoot Tolgoi|place|Ovoot Tolgoi", "Gwangalli|place|Gwangalli", "Tonle Sap|place|Tonle Sap",
               "Incheon Stevedores' Union|organization|Incheon Stevedores' Union",
               "ISU|organization|Incheon Stevedores' Union", "Heng Sovannara|person|Heng Sovannara");
        /* a portfolio before a family name and a two-syllable given name; a portfolio before "Secretary"; a
         * Filipino particle opening a surname; a name set off after a role in small letters */
        EXPECT("Deputy Minister of Economic Affairs Hsueh Ming-tao met Peruvian Transport Secretary Horacio Vidal "
               "Rojas. Later, dela Rosa-Aquino spoke. Its managing partner, Desmond Lim Kok Seng, said so.",
               "Hsueh Ming-tao|person|Hsueh Ming-tao", "Peruvian|country|Peru|demonym",
               "Horacio Vidal Rojas|person|Horacio Vidal Rojas", "dela Rosa-Aquino|person|dela Rosa-Aquino",
               "Desmond Lim Kok Seng|person|Desmond Lim Kok Seng");
        /* an initial outside ASCII; the Maori particle "Te" opening a surname at a sentence's start */
        EXPECT("Fisheries Minister Torbjørn Å. Fløgstad met Associate Minister Miriama Te Rangi. Te Rangi said so.",
               "Torbjørn Å. Fløgstad|person|Torbjørn Å. Fløgstad", "Miriama Te Rangi|person|Miriama Te Rangi",
               "Te Rangi|person|Miriama Te Rangi");
        /* a street named for a titled man is a place; a plural noun opening a sentence is no name */
        EXPECT("Its offices are on Ratu Sukuna Road. Aides said so.", "Ratu Sukuna Road|place|Ratu Sukuna Road");
        /* a palace of something; rivers named alone; a mountain range's other name in brackets; an Albanian
         * legal form; a hotel chain's name and a town; a family name's ending against the tagger */
        EXPECT("Talks at the Palace of Brigades covered the Drin and the Prut, and a park in the Accursed Mountains "
               "(Prokletije). Vodafone Albania Sh.p.k. met guests at the Hilton Windhoek with Jelena "
               "Marković Đukanović, for talks.",
               "Palace of Brigades|place|Palace of Brigades", "Drin|place|Drin", "Prut|place|Prut",
               "Accursed Mountains|place|Accursed Mountains", "Prokletije|place|Prokletije",
               "Vodafone Albania Sh.p.k.|organization|Vodafone Albania Sh.p.k.",
               "Hilton Windhoek|place|Hilton Windhoek",
               "Jelena Marković Đukanović|person|Jelena Marković Đukanović");
        /* a process is a body; an executive secretary set off after a name; a flag's country */
        EXPECT("The South-East European Cooperation Process (SEECP) met Osório Macuácua, executive secretary of the "
               "commission. A Panamanian-flagged tanker sank.",
               "South-East European Cooperation Process|organization|South-East European Cooperation Process",
               "SEECP|organization|South-East European Cooperation Process",
               "Osório Macuácua|person|Osório Macuácua", "Panamanian|country|Panama|demonym");
        /* a body's other name set off by ", or" */
        EXPECT("Ruth Obi, president of the Sámi Parliament, or Sámediggi, spoke.",
               "Ruth Obi|person|Ruth Obi", "Sámi Parliament|organization|Sámi Parliament",
               "Sámediggi|organization|Sámediggi");
        /* a harbour's name; a portfolio with a people's word before the holder's given name; an acronym over "and
         * the"; "General" inside a body's name; a Berber particle opening a surname; a Tajik palace */
        EXPECT("Ships use Kingston Harbour. Morocco's Minister Delegate for African Cooperation, Yasmine Idrissi, met "
               "the United Nations Office for West Africa and the Sahel (UNOWAS) and the Tunisian General Labour "
               "Union at Kokhi Sadaf. Ait Larbi said Jean-Baptiste de La Tour agreed.",
               "Kingston Harbour|place|Kingston Harbour", "Morocco|country|Morocco",
               "Yasmine Idrissi|person|Yasmine Idrissi",
               "United Nations Office for West Africa and the Sahel|organization|United Nations Office for West "
               "Africa and the Sahel",
               "UNOWAS|organization|United Nations Office for West Africa and the Sahel",
               "Tunisian General Labour Union|organization|Tunisian General Labour Union",
               "Kokhi Sadaf|place|Kokhi Sadaf", "Ait Larbi|person|Ait Larbi",
               "Jean-Baptiste de La Tour|person|Jean-Baptiste de La Tour");
        /* an engineer's honorific; a Kuwaiti legal form; a bourse; a body's other name in brackets; a portfolio in a
         * list before a double surname; a company's short name after "PT"; Malay and West African names */
        EXPECT("Eng. Samir Haddad met Gulf Star Logistics K.S.C.P. at Boursa Kuwait and the Jordan News Agency "
               "(Petra). Minister of Planning and International Cooperation Rana Odeh-Saleh came. PT Kapuas Energi "
               "Tbk agreed; Kapuas Energi said so. Nur Aisyah Rahman and Haja Fatmata Kamara-Sesay spoke.",
               "Samir Haddad|person|Samir Haddad", "Gulf Star Logistics K.S.C.P.|organization|Gulf Star Logistics "
               "K.S.C.P.", "Boursa Kuwait|organization|Boursa Kuwait",
               "Jordan News Agency|organization|Jordan News Agency", "Petra|organization|Petra",
               "Rana Odeh-Saleh|person|Rana Odeh-Saleh",
               "PT Kapuas Energi Tbk|organization|PT Kapuas Energi Tbk", "Kapuas Energi|organization|Kapuas Energi",
               "Nur Aisyah Rahman|person|Nur Aisyah Rahman",
               "Fatmata Kamara-Sesay|person|Fatmata Kamara-Sesay");
        /* "AS" in capitals; an exchange and its city; a spit; a body before its acronym in another language; a
         * resort and its place; foothills; an acronym over "on the"; a surname that is a town's name */
        EXPECT("Virumaa Laevatehas AS told Nasdaq Helsinki. Boats reached the Curonian Spit. The Confederation of "
               "Indigenous Peoples of the Bolivian Lowlands (CIDOB) met at the Speke Resort Munyonyo near the "
               "Rwenzori foothills with the International Conference on the Great Lakes Region (ICGLR). President "
               "Esteban Guerrero Almeida spoke; Guerrero's plan failed.",
               "Virumaa Laevatehas AS|organization|Virumaa Laevatehas AS",
               "Nasdaq Helsinki|organization|Nasdaq Helsinki", "Curonian Spit|place|Curonian Spit",
               "Confederation of Indigenous Peoples of the Bolivian Lowlands|organization|Confederation of "
               "Indigenous Peoples of the Bolivian Lowlands",
               "CIDOB|organization|Confederation of Indigenous Peoples of the Bolivian Lowlands",
               "Speke Resort Munyonyo|place|Speke Resort Munyonyo", "Rwenzori|place|Rwenzori",
               "International Conference on the Great Lakes Region|organization|International Conference on the "
               "Great Lakes Region",
               "ICGLR|organization|International Conference on the Great Lakes Region",
               "Esteban Guerrero Almeida|person|Esteban Guerrero Almeida",
               "Guerrero|person|Esteban Guerrero Almeida");
        /* a portfolio before a name of unknown words set off by commas; Brunei's honorific Awang; a depression and a
         * krai; a bay's name ends before "for"; the Arab League; a managing partner set off after a name */
        EXPECT("Somalia's Minister of Ports and Marine Transport, Abdiqani Mohamud Cawaale, was received. Dato Seri "
               "Setia Awang Mohd Hazwan spoke of the Danakil Depression and Primorsky Krai. A terminal on Golden Horn "
               "Bay for Zolotoy Rog Seafood JSC was built. The Arab League met Ong Bee Lian, managing partner of "
               "the fund.",
               "Somalia|country|Somalia", "Abdiqani Mohamud Cawaale|person|Abdiqani Mohamud Cawaale",
               "Mohd Hazwan|person|Mohd Hazwan", "Danakil Depression|place|Danakil Depression",
               "Primorsky Krai|place|Primorsky Krai", "Golden Horn Bay|place|Golden Horn Bay",
               "Zolotoy Rog Seafood JSC|organization|Zolotoy Rog Seafood JSC",
               "Arab League|organization|Arab League", "Ong Bee Lian|person|Ong Bee Lian");
        /* a storm is no actor, nor is its name alone after; a title's city, then its holder; an agency named by
         * its field and its country; a name after a relation is a person's */
        EXPECT("Cyclone Marwa struck Dhaka. Marwa later weakened, and Tropical Storm Ines reached Cuba. The Governor "
               "of Mombasa Halima Zuberi cited Statistics Norway. Her husband Okoth Wanjala, 52, agreed.",
               "Dhaka|place|Dhaka", "Cuba|country|Cuba", "Mombasa|place|Mombasa",
               "Halima Zuberi|person|Halima Zuberi", "Statistics Norway|organization|Statistics Norway",
               "Okoth Wanjala|person|Okoth Wanjala");
        /* a deputy's portfolio before "Minister" and one ending in "Affairs" after it; a Vietnamese given name
         * that is a small word, alone after "Ms."; a hotel's name after its word; a body's word against the
         * tagger's place; a company's French word written without its accent; an acronym of a common noun */
        EXPECT("Deputy Oil Minister for Gas Affairs Hamid Kadhim al-Rubaie met Vietnamese Deputy Foreign Minister "
               "Pham Thi Thu An at the Raffles Hotel Le Royal. Ms. An said Kuwait's National Assembly and "
               "Electricite du Laos backed the LNG terminal.",
               "Hamid Kadhim al-Rubaie|person|Hamid Kadhim al-Rubaie", "Vietnamese|country|Vietnam|demonym",
               "Pham Thi Thu An|person|Pham Thi Thu An", "Raffles Hotel Le Royal|place|Raffles Hotel Le Royal",
               "An|person|Pham Thi Thu An", "Kuwait|country|Kuwait", "National Assembly|organization|National Assembly",
               "Electricite du Laos|organization|Electricite du Laos");
        /* a people's word before a ministry's name of its own is the country's */
        EXPECT("The Lao Ministry of Energy and Mines agreed.", "Lao|country|Laos|demonym",
               "Ministry of Energy and Mines|organization|Ministry of Energy and Mines");
        /* a country's armed force keeps its people's word or its country's name */
        EXPECT("The Pakistani Army and the Japan Coast Guard said so.",
               "Pakistani Army|organization|Pakistani Army", "Japan Coast Guard|organization|Japan Coast Guard");
        /* oil fields, an oil terminal and a port by their words; a title of several words set off before a rank;
         * a short acronym's letters in small type name a town; the county or region a title is of; a chain whose
         * name is a town's too, before a town */
        EXPECT("Crude from the Korgan and Tamdy fields reaches the Sarykum Terminal south of Aktau. Nigeria's Chief "
               "of the Naval Staff, Vice Admiral Emeka D. Obiora-Lawal, sailed to the port of Ilo. Ogun County "
               "Sheriff Tobi Adeyemo-Cole met Loreto Regional Governor Rosa Quilca at the Fairmont Baku.",
               "Korgan|place|Korgan", "Tamdy|place|Tamdy", "Sarykum Terminal|place|Sarykum Terminal",
               "Aktau|place|Aktau", "Nigeria|country|Nigeria",
               "Emeka D. Obiora-Lawal|person|Emeka D. Obiora-Lawal", "Ilo|place|Ilo", "Ogun County|place|Ogun County",
               "Tobi Adeyemo-Cole|person|Tobi Adeyemo-Cole", "Loreto|place|Loreto", "Rosa Quilca|person|Rosa Quilca",
               "Fairmont Baku|place|Fairmont Baku");
        /* a deputy's portfolio before "Minister"; a listed title that opens with a word of no list; a given name
         * joined to a word no table has; a given name and a particle before the family name the tagger reads
         * alone; a dam's name before "dam"; a company's first word opening a paragraph, against the tagger's place */
        EXPECT("Poland's Deputy State Assets Minister Marta Lis-Kowalczyk spoke with Swedish Civil Defence Minister "
               "Carl-Johan af Ramsberg and Estonia's Kristjan-Mart Pärnaste. Later, Kapambwe Mulenga and Annelies "
               "van der Berg-Osei, the bank's director, toured the Kwenda Bassa dam. Tianhe Cobalt Co Ltd agreed.\n\n"
               "Tianhe is also looking at copper licences in Zambia.",
               "Poland|country|Poland", "Marta Lis-Kowalczyk|person|Marta Lis-Kowalczyk",
               "Swedish|country|Sweden|demonym", "Carl-Johan af Ramsberg|person|Carl-Johan af Ramsberg",
               "Estonia|country|Estonia", "Kristjan-Mart Pärnaste|person|Kristjan-Mart Pärnaste",
               "Kapambwe Mulenga|person|Kapambwe Mulenga",
               "Annelies van der Berg-Osei|person|Annelies van der Berg-Osei", "Kwenda Bassa|place|Kwenda Bassa",
               "Tianhe Cobalt Co Ltd|organization|Tianhe Cobalt Co Ltd", "Tianhe|organization|Tianhe Cobalt Co Ltd",
               "Zambia|country|Zambia");
        /* a name before a body's noun in small letters is the body's, not an adjective's */
        EXPECT("Amara Okafor courted the Tzomet party, the Solidarity trade union and Russia's Wagner group, but not "
               "the Paralympic movement.",
               "Amara Okafor|person|Amara Okafor", "Tzomet|organization|Tzomet", "Solidarity|organization|Solidarity",
               "Russia|country|Russian Federation", "Wagner|organization|Wagner");
        /* a name set off by commas after a body's noun; not after a kinsman's or a role's */
        EXPECT("Sweden's coast guard, Kustbevakningen, and the state oil company, Tamazgha, said so. His wife, "
               "Mariam, and the firm's chief executive, Olufemi, agreed.",
               "Sweden|country|Sweden", "Kustbevakningen|organization|Kustbevakningen",
               "Tamazgha|organization|Tamazgha", "Mariam|person|Mariam", "Olufemi|person|Olufemi");
        /* honorifics of South Asia and West Africa; a legislature by its own word, against the tagger's place; a
         * minister's portfolio of words each a minister's; a title for a known place before its holder */
        EXPECT("Begum Rokeya Sultana Mirza said the plan would fail in the Jatiya Sangsad. Hadja Oumou Cisse-Toure "
               "was received by Economy, Trade and Industry Minister Tetsuro Iwakami and World Bank Vice President "
               "for South Asia Marguerite Okonjo-Delacroix.",
               "Rokeya Sultana Mirza|person|Rokeya Sultana Mirza", "Jatiya Sangsad|organization|Jatiya Sangsad",
               "Oumou Cisse-Toure|person|Oumou Cisse-Toure", "Tetsuro Iwakami|person|Tetsuro Iwakami",
               "World Bank|organization|World Bank", "South Asia|place|South Asia",
               "Marguerite Okonjo-Delacroix|person|Marguerite Okonjo-Delacroix");
        /* Italian particles; an office's possessive opening a building's name; a people's word before a
         * legislature's own; "and" in another language inside a company's name; a government's agency of two
         * words; a company's short name; a route between a known and an unknown town; a passage */
        EXPECT("Italian Interior Minister Ludovica degli Esposti addressed the Danish Folketing and the Russian Duma, "
               "then went to the Grandmaster's Palace. Yıldız Tersanecilik ve Denizcilik A.S. and Natural Resources "
               "Canada (NRCan) signed. Grupo Atlântico Navegação S.A. agreed; Grupo Atlântico must approve. Ships "
               "use the Northwest Passage and the Olbia-Barcelona route.",
               "Italian|country|Italy|demonym", "Ludovica degli Esposti|person|Ludovica degli Esposti",
               "Danish|country|Denmark|demonym", "Folketing|organization|Folketing",
               "Russian|country|Russian Federation|demonym", "Duma|organization|Duma",
               "Grandmaster's Palace|place|Grandmaster's Palace",
               "Yıldız Tersanecilik ve Denizcilik A.S.|organization|Yıldız Tersanecilik ve Denizcilik A.S.",
               "Natural Resources Canada|organization|Natural Resources Canada",
               "NRCan|organization|Natural Resources Canada",
               "Grupo Atlântico Navegação S.A.|organization|Grupo Atlântico Navegação S.A.",
               "Grupo Atlântico|organization|Grupo Atlântico Navegação S.A.",
               "Northwest Passage|place|Northwest Passage", "Olbia|place|Olbia", "Barcelona|place|Barcelona");
        /* a British "plc" written small; a firth, a lough, a loch, a llyn, a river before their names; the Welsh
         * "ap"; a member's title after a party; "Community" ends a body's word before "of" */
        EXPECT("Irish utility Tolka Energy Group plc agreed to buy Firth Renewables plc near the Firth of Forth. "
               "Baroness Gwenllian ap Rhys toured Lough Neagh, Loch Leven, Llyn Tegid and the River Bann with "
               "Pádraig Ó Súilleabháin, a Sinn Féin TD, and the Liberal-Labour MPP for Kenora. The Economic "
               "Community of Central African States (ECCAS) agreed.",
               "Irish|country|Ireland|demonym", "Tolka Energy Group plc|organization|Tolka Energy Group plc",
               "Firth Renewables plc|organization|Firth Renewables plc", "Firth of Forth|place|Firth of Forth",
               "Gwenllian ap Rhys|person|Gwenllian ap Rhys", "Lough Neagh|place|Lough Neagh",
               "Loch Leven|place|Loch Leven", "Llyn Tegid|place|Llyn Tegid", "River Bann|place|River Bann",
               "Pádraig Ó Súilleabháin|person|Pádraig Ó Súilleabháin", "Sinn Féin|organization|Sinn Féin",
               "Liberal-Labour|organization|Liberal-Labour", "Kenora|place|Kenora",
               "Economic Community of Central African States|organization|Economic Community of Central African "
               "States",
               "ECCAS|organization|Economic Community of Central African States");
        /* a saint's possessive opens a building's name; regions of the places table */
        EXPECT("Crowds gathered in St Peter's Square and at St. Paul's Cathedral on Sunday, and ministers from the "
               "British Isles met at St Andrew's House on Friday.",
               "St Peter's Square|place|St Peter's Square", "St. Paul's Cathedral|place|St. Paul's Cathedral",
               "British Isles|place|British Isles", "St Andrew's House|place|St Andrew's House");
        /* a feature's word written small after a known name is the kind of thing named ("the Gobi desert"), unless
         * the name alone is not a place ("the Yellow sea") */
        EXPECT("Herders crossed the Gobi desert and the Lut desert on Monday, while boats sailed up the Niger river "
               "and the Yellow sea stayed calm.",
               "Gobi|place|Gobi", "Lut|place|Lut", "Niger|country|Niger", "Yellow sea|place|Yellow Sea");
        /* a national news agency keeps its people's word; a number word written large inside a sentence opens a
         * name; a town with "an der"; a party after "the opposition" with its acronym; "Lic." is an honorific;
         * "zu" opens a surname */
        EXPECT("The Polish Press Agency (PAP) said members of the Three Seas Initiative and of the Five Star Movement "
               "met in Frankfurt an der Oder, where members of the opposition Odnowa (OD) party and Lic. Ana Ruiz "
               "joined them. Anna Lenz met Konstantin zu Hardt. A meeting between zu Hardt and Ewa Nowak was called "
               "off.",
               "Polish Press Agency|organization|Polish Press Agency", "PAP|organization|Polish Press Agency",
               "Three Seas Initiative|organization|Three Seas Initiative",
               "Five Star Movement|organization|Five Star Movement",
               "Frankfurt an der Oder|place|Frankfurt an der Oder", "Odnowa|organization|Odnowa",
               "OD|organization|Odnowa", "Ana Ruiz|person|Ana Ruiz", "Anna Lenz|person|Anna Lenz",
               "Konstantin zu Hardt|person|Konstantin zu Hardt", "zu Hardt|person|Konstantin zu Hardt",
               "Ewa Nowak|person|Ewa Nowak");
        /* the Polish legal form of three words, left out of the key; a lone word opening the names of a company and
         * of a body named for a river is the company's; the first of two surnames joined by "y" is the person, not
         * the town of that name; Fijian and Polish given names */
        EXPECT("Coralline Energy Ltd agreed to buy Purari Gas Pty Ltd and Orlen Serwis sp. z o.o. on Monday. Purari's "
               "board backed the offer, landowners along the Purari River said through the Purari River Owners "
               "Association. Orlen Serwis said Talei Naqasima-Brooks would meet Foreign Minister Mariana Ibarra y "
               "Montalvo. Ibarra was received by Agnieszka Dąb.",
               "Coralline Energy Ltd|organization|Coralline Energy Ltd",
               "Purari Gas Pty Ltd|organization|Purari Gas Pty Ltd",
               "Orlen Serwis sp. z o.o.|organization|Orlen Serwis sp. z o.o.",
               "Purari|organization|Purari Gas Pty Ltd", "Purari River|place|Purari River",
               "Purari River Owners Association|organization|Purari River Owners Association",
               "Orlen Serwis|organization|Orlen Serwis sp. z o.o.",
               "Talei Naqasima-Brooks|person|Talei Naqasima-Brooks",
               "Mariana Ibarra y Montalvo|person|Mariana Ibarra y Montalvo",
               "Ibarra|person|Mariana Ibarra y Montalvo", "Agnieszka Dąb|person|Agnieszka Dąb");
        /* a convention centre's name before its kind in small letters; not a party's before its conference's */
        EXPECT("The two first met at the Cintermex convention centre in Monterrey last October, and the Labour "
               "conference centre was full.",
               "Cintermex|place|Cintermex", "Monterrey|place|Monterrey", "Labour|organization|Labour");
        /* a company's short name that a deal is done to, though the tagger reads a place */
        EXPECT("Purari Gas Pty Ltd agreed the deal on Monday. The offer valued Purari at a premium, landowners along "
               "the Purari River said.",
               "Purari Gas Pty Ltd|organization|Purari Gas Pty Ltd", "Purari|organization|Purari Gas Pty Ltd",
               "Purari River|place|Purari River");
        /* Romanian letters with a comma below are those with a cedilla the tables use; the Turkish Straits; a
         * Ukrainian given name after a minister's portfolio; a nickname in quotes before a surname's particle;
         * "Datin Sri" is an honorific */
        EXPECT("CONSTANȚA, Romania (Reuters) - Cargoes must transit the Turkish Straits, said Deputy Minister of "
               "Agrarian Policy and Food Nataliia Serhiivna Hnatiuk. Senator Juan Miguel \"Migz\" de los Reyes and "
               "Datin Sri Farah Nadia binti Zainal Abidin agreed.",
               "CONSTANȚA|place|Constanţa", "Romania|country|Romania", "Reuters|organization|Reuters",
               "Turkish Straits|place|Turkish Straits",
               "Nataliia Serhiivna Hnatiuk|person|Nataliia Serhiivna Hnatiuk",
               "Juan Miguel \"Migz\" de los Reyes|person|Juan Miguel \"Migz\" de los Reyes",
               "Farah Nadia binti Zainal Abidin|person|Farah Nadia binti Zainal Abidin");
        /* a hyphenated "Vice-Minister" and a portfolio that lists words no table of bodies holds; a Korean family
         * name that is also a word ("Oh"); an acronym that spells a word "the" would drop ("People"); Japan's
         * Diet; a news agency's table name written small is its short name */
        EXPECT("Japan's Vice-Minister of Economy, Trade and Industry Haruka Mitsunaga met Oh Se-jin of Hanbit "
               "Securities Co. in Osaka. Jegal Min-seo of the opposition People Power Party (PPP) cited the Diet's "
               "session, Japan's Kyodo news agency reported.",
               "Japan|country|Japan", "Haruka Mitsunaga|person|Haruka Mitsunaga", "Oh Se-jin|person|Oh Se-jin",
               "Hanbit Securities Co.|organization|Hanbit Securities Co.", "Osaka|place|Osaka",
               "Jegal Min-seo|person|Jegal Min-seo", "People Power Party|organization|People Power Party",
               "PPP|organization|People Power Party", "Diet|organization|Diet", "Japan|country|Japan",
               "Kyodo|organization|Kyodo");
        /* "AS" in capitals is a legal form a company's short name leaves out; a body named for a country's river
         * basin; acronyms a body is "known as" or "known by"; "UN" gives two letters of its acronym; a port
         * authority in French; a trade's possessive in a body's name */
        EXPECT("Virulink Energia AS cut prices on Monday. Virulink Energia said the Niger Basin Authority, known as "
               "ABN after its French name, and the Economic Community of West African States, known by its French "
               "acronym CEDEAO, met the UN Office for West Africa and the Sahel (UNOWAS) and the Port Autonome de "
               "Lomé (PAL). The North Sea Fishermen's Alliance (NSFA) agreed.",
               "Virulink Energia AS|organization|Virulink Energia AS",
               "Virulink Energia|organization|Virulink Energia AS",
               "Niger Basin Authority|organization|Niger Basin Authority", "ABN|organization|Niger Basin Authority",
               "Economic Community of West African States|organization|Economic Community of West African States",
               "CEDEAO|organization|Economic Community of West African States",
               "UN Office for West Africa and the Sahel|organization|UN Office for West Africa and the Sahel",
               "UNOWAS|organization|UN Office for West Africa and the Sahel",
               "Port Autonome de Lomé|organization|Port Autonome de Lomé", "PAL|organization|Port Autonome de Lomé",
               "North Sea Fishermen's Alliance|organization|North Sea Fishermen's Alliance",
               "NSFA|organization|North Sea Fishermen's Alliance");
        /* an ocean's part; a county written small; "from X to" a place; a fjord; what islets are called */
        EXPECT("Storms closed airports across the North Atlantic and cut power in half of Lääne county. Vessel "
               "owners from Egersund to Ålesund moored near the Sognefjord, by the islets called Dokdo.",
               "North Atlantic|place|North Atlantic", "Lääne|place|Lääne", "Egersund|place|Egersund",
               "Ålesund|place|Ålesund", "Sognefjord|place|Sognefjord", "Dokdo|place|Dokdo");
        /* a title only a company has after a name with a body's word; a state's name before a minister's
         * portfolio; a building in Hindi; a port or a shipyard in small letters after its name; a canal; the
         * Empty Quarter */
        EXPECT("Sahyadri Steel chairman Sudhir M. Hegde held talks with Tamil Nadu Industries Minister S. R. "
               "Kalaiselvi at Shram Shakti Bhawan. Ships call at Oman's Duqm port and the Yeongdo shipyard, near the "
               "Karakum Canal and the Empty Quarter.",
               "Sahyadri Steel|organization|Sahyadri Steel", "Sudhir M. Hegde|person|Sudhir M. Hegde",
               "Tamil Nadu|place|Tamil Nādu", "S. R. Kalaiselvi|person|S. R. Kalaiselvi",
               "Shram Shakti Bhawan|place|Shram Shakti Bhawan", "Oman|country|Oman", "Duqm|place|Duqm",
               "Yeongdo|place|Yeongdo", "Karakum Canal|place|Karakum Canal", "Empty Quarter|place|Empty Quarter");
        /* "the" and the first word of a place named here is that place, though a company's name opens with it */
        EXPECT("Ferries cross the Caspian Sea for Caspian Ferry Lines CJSC. \"The Caspian does not read contracts,\" "
               "Akhmedov said.",
               "Caspian Sea|place|Caspian Sea", "Caspian Ferry Lines CJSC|organization|Caspian Ferry Lines CJSC",
               "Caspian|place|Caspian Sea", "Akhmedov|person|Akhmedov");
        /* a minister's portfolio of public works; the plural a body is of; a place after "via"; a saint's
         * possessive; a peninsula written small; the Golden Triangle */
        EXPECT("Minister of Public Works and Transport Lim Vannarith met Chhim Sreymom of the Federation of "
               "Independent Garment Unions (FIGU) and the Association of Rice Farmers. Goods pass via Laem Chabang, "
               "St. Ann's and the Palisadoes peninsula, far from the Golden Triangle.",
               "Lim Vannarith|person|Lim Vannarith", "Chhim Sreymom|person|Chhim Sreymom",
               "Federation of Independent Garment Unions|organization|Federation of Independent Garment Unions",
               "FIGU|organization|Federation of Independent Garment Unions",
               "Association of Rice Farmers|organization|Association of Rice Farmers",
               "Laem Chabang|place|Laem Chabang", "St. Ann's|place|St. Ann's", "Palisadoes|place|Palisadoes",
               "Golden Triangle|place|Golden Triangle");
        /* a Thai honorific; an Ethiopian given name before a father's name a list has; an acronym in the name's
         * own language, its letters in another order */
        EXPECT("Foreign Minister M.R. Chatchawal Devakul met State Minister for Transport Hirut Abebe Tadesse and "
               "officers of the Haitian National Police (PNH).",
               "Chatchawal Devakul|person|Chatchawal Devakul", "Hirut Abebe Tadesse|person|Hirut Abebe Tadesse",
               "Haitian National Police|organization|Haitian National Police",
               "PNH|organization|Haitian National Police");
        /* Urdu names' joined article; a Quran reciter's honorific; an office's house; a place near; a
         * portfolio's commissioner; a region's union; a party in one Dutch word; Luxembourg's legal form; a
         * firm of two places; a short name in capitals in brackets; an inn; a people; English names of cities
         * and rivers; a family name that is a function word */
        EXPECT("Imtiaz ul-Haq Rajput met Qari Nasrullah Barakzai at the Prime Minister's House after a bomb near "
               "Chaman. EU Energy Commissioner Inês Salvador chairs the Benelux Union, and the Zeeuwse Kustpartij "
               "sold Valorem Infrastructure S.à r.l. to Harrow & Kent Capital PLC, which the Directorate-General "
               "for Competition (DG COMP) cleared. Inuit met at the Frobisher Inn in Antwerp, on the Scheldt, where "
               "James To spoke.",
               "Imtiaz ul-Haq Rajput|person|Imtiaz ul-Haq Rajput",
               "Nasrullah Barakzai|person|Nasrullah Barakzai",
               "Prime Minister's House|place|Prime Minister's House", "Chaman|place|Chaman", "EU|organization|EU",
               "Inês Salvador|person|Inês Salvador", "Benelux Union|organization|Benelux Union",
               "Zeeuwse Kustpartij|organization|Zeeuwse Kustpartij",
               "Valorem Infrastructure S.à r.l.|organization|Valorem Infrastructure S.à r.l.",
               "Harrow & Kent Capital PLC|organization|Harrow & Kent Capital PLC",
               "Directorate-General for Competition|organization|Directorate-General for Competition",
               "DG COMP|organization|DG COMP", "Frobisher Inn|place|Frobisher Inn", "Antwerp|place|Antwerp",
               "Scheldt|place|Scheldt", "James To|person|James To");
        /* "The" written large inside a sentence opens a name no table has without it */
        EXPECT("The report was published by The Abuja Chronicle, and the talks were held on The Pearl-Qatar island, "
               "The Associated Press said.",
               "The Abuja Chronicle|organization|The Abuja Chronicle", "The Pearl-Qatar|place|The Pearl-Qatar",
               "Associated Press|organization|Associated Press");
        /* a given name no list has before a middle initial after a portfolio; a Ukrainian patronymic's initial;
         * Spain's legal form; "Balkan" as an adjective */
        EXPECT("Minister of Construction, Transport and Infrastructure Nenad Z. Stojiljković met Taras Yu. Pylypenko "
               "of Pesquerías del Estrecho S.L. about the bloc's Balkan portfolio.",
               "Nenad Z. Stojiljković|person|Nenad Z. Stojiljković", "Taras Yu. Pylypenko|person|Taras Yu. Pylypenko",
               "Pesquerías del Estrecho S.L.|organization|Pesquerías del Estrecho S.L.");
        /* Irish and British parties and houses; a place's executive; a sovereign's possessive; counties and
         * port towns named with their word first; a body opened by "Ente" */
        EXPECT("In the Dáil, Sinn Féin, Fianna Fáil and Fine Gael backed the Northern Ireland Executive. Tory MP "
               "Gareth Pryce-Jenkins cited scientists at Queen's University Belfast. Turbines from County Wicklow go "
               "to Holyhead, Port Talbot and Thursday Island, and the Ente Administrador Puerto Rosario (ENAPRO) "
               "agreed.",
               "Dáil|organization|Dáil", "Sinn Féin|organization|Sinn Féin", "Fianna Fáil|organization|Fianna Fáil",
               "Fine Gael|organization|Fine Gael",
               "Northern Ireland Executive|organization|Northern Ireland Executive", "Tory|organization|Tory",
               "Gareth Pryce-Jenkins|person|Gareth Pryce-Jenkins",
               "Queen's University Belfast|organization|Queen's University Belfast",
               "County Wicklow|place|County Wicklow", "Holyhead|place|Holyhead", "Port Talbot|place|Port Talbot",
               "Thursday Island|place|Thursday Island",
               "Ente Administrador Puerto Rosario|organization|Ente Administrador Puerto Rosario",
               "ENAPRO|organization|Ente Administrador Puerto Rosario");
        /* "in" gives its letter to an acronym; the name after a person's Arabic article is the person's */
        EXPECT("The zone is patrolled by the United Nations Peacekeeping Force in Cyprus (UNFICYP). Foreign Minister "
               "Tareq Nasser Al-Haddadin arrived, and Haddadin is due to meet the United Nations envoy.",
               "United Nations Peacekeeping Force in Cyprus|organization|United Nations Peacekeeping Force in Cyprus",
               "UNFICYP|organization|United Nations Peacekeeping Force in Cyprus",
               "Tareq Nasser Al-Haddadin|person|Tareq Nasser Al-Haddadin", "Haddadin|person|Tareq Nasser Al-Haddadin",
               "United Nations|organization|United Nations");
        /* "Executive" before "branch" is an adjective */
        EXPECT("The American Executive branch has wide powers.", "American|country|United States|demonym");
        /* "the Horn" after "the Horn of Africa" */
        EXPECT("Ties in the Horn of Africa are strained, said Peter Wafula, the envoy for the Horn.",
               "Horn of Africa|place|Horn of Africa", "Peter Wafula|person|Peter Wafula", "Horn|place|Horn of Africa");
        /* a people no table has is no place */
        EXPECT("Sutrisnohadi, who like many Javanese uses only one name, spoke in Jakarta.",
               "Sutrisnohadi|person|Sutrisnohadi", "Jakarta|place|Jakarta");
        /* a Directorate-General is a body's word; its short name in capitals in brackets is a body's too */
        EXPECT("The Directorate-General for Competition (DG COMP) said it had doubts.",
               "Directorate-General for Competition|organization|Directorate-General for Competition",
               "DG COMP|organization|DG COMP");
        /* "Western" alone is an adjective, whatever the tagger reads */
        EXPECT("Baku calls the mission a Western \"instrument of pressure\".", "Baku|place|Baku");
        /* a national Red Cross or Red Crescent society keeps its country's word */
        EXPECT("The Egyptian Red Crescent and the Kenya Red Cross sent aid.",
               "Egyptian Red Crescent|organization|Egyptian Red Crescent",
               "Kenya Red Cross|organization|Kenya Red Cross");
        /* a town's name that speaks after a person's full name holding it is the person */
        EXPECT("Otto Rolando Gir\xC3\xB3n Pacay declined. Any change needs Congress, Gir\xC3\xB3n said.",
               "Otto Rolando Gir\xC3\xB3n Pacay|person|Otto Rolando Gir\xC3\xB3n Pacay",
               "Congress|organization|Congress", "Gir\xC3\xB3n|person|Otto Rolando Gir\xC3\xB3n Pacay");
        /* a body's name goes on after "on" or "for" where the tagger stops; a subheading of two words in capitals
         * names nothing, and does not make the name before it a headline's */
        EXPECT("She chairs its Standing Committee on Economic Policy, and others.\n\nRAILWAY ROUTE\n\nThe railway "
               "will run south.",
               "Standing Committee on Economic Policy|organization|Standing Committee on Economic Policy");
        /* "Ould" and "Mint", Azeri patronymics, a legal form after a country's word, a people's word before a
         * portfolio of organization words, a title's first word the tagger reads as a person, a currency */
        EXPECT("Mohamed Abdallahi Ould Ebnou met Rashad Elchin oglu Mammadov at Government House. Georgian Railway "
               "JSC and Senegalese Energy and Petroleum Minister Birame Gueye agreed, as did Deputy Economy Minister "
               "Aynur Huseynova. The tariff is US$22.50.",
               "Mohamed Abdallahi Ould Ebnou|person|Mohamed Abdallahi Ould Ebnou",
               "Rashad Elchin oglu Mammadov|person|Rashad Elchin oglu Mammadov",
               "Government House|place|Government House", "Georgian Railway JSC|organization|Georgian Railway JSC",
               "Senegalese|country|Senegal|demonym", "Birame Gueye|person|Birame Gueye",
               "Aynur Huseynova|person|Aynur Huseynova");
        /* the same when the tagger's span began with the body before ("the National Assembly's Committee") */
        EXPECT("Khady Faye, who chairs the National Assembly's Committee on Rural Development and Fisheries, said so.",
               "Khady Faye|person|Khady Faye", "National Assembly|organization|National Assembly",
               "Committee on Rural Development and Fisheries|organization|Committee on Rural Development and "
               "Fisheries");
        /* West African honorifics and new titles stay outside names; villas and chancelleries are buildings; a
         * body "of" a people; a ministry whose "and" the tagger leaves out after a country's possessive */
        EXPECT("Alhaji Ibrahim Yakasai met Lublin Voivode Anna Lis-Kowalczyk at Aso Rock Villa. Vietnam's Ministry of "
               "Industry and Trade and the National Union of Independent Farmers agreed.",
               "Ibrahim Yakasai|person|Ibrahim Yakasai", "Lublin|place|Lublin",
               "Anna Lis-Kowalczyk|person|Anna Lis-Kowalczyk", "Aso Rock Villa|place|Aso Rock Villa",
               "Vietnam|country|Vietnam", "Ministry of Industry and Trade|organization|Ministry of Industry and Trade",
               "National Union of Independent Farmers|organization|National Union of Independent Farmers");
        /* a minister's portfolio of organization words, then a given name no list has and the rest of the name */
        EXPECT("Lao Minister of Energy and Mines Souksavanh Phommachanh hosted Ruth Obi.", "Lao|country|Laos|demonym",
               "Souksavanh Phommachanh|person|Souksavanh Phommachanh", "Ruth Obi|person|Ruth Obi");
        /* a company's name without its legal form, after it was named with it, keeps its country's word */
        EXPECT("Georgian Railway JSC will build it. Georgian Railway said so, and Georgian officials agreed.",
               "Georgian Railway JSC|organization|Georgian Railway JSC",
               "Georgian Railway|organization|Georgian Railway JSC", "Georgian|country|Georgia|demonym");
        /* a portfolio ends at a given name followed by particles ("Nasser bin Saad al-Mohannadi") */
        EXPECT("Qatar's Minister of State for Foreign Affairs Nasser bin Saad al-Mohannadi met Minister of Mines and "
               "Energy Ricardo Augusto de Almeida Prado.",
               "Qatar|country|Qatar", "Nasser bin Saad al-Mohannadi|person|Nasser bin Saad al-Mohannadi",
               "Ricardo Augusto de Almeida Prado|person|Ricardo Augusto de Almeida Prado");
        /* a title word that opens a body's name its acronym spells is no title */
        EXPECT("Hassan el-Sayed heads Egypt's General Intelligence Service (GIS).",
               "Hassan el-Sayed|person|Hassan el-Sayed", "Egypt|country|Egypt",
               "General Intelligence Service|organization|General Intelligence Service",
               "GIS|organization|General Intelligence Service");
        /* Vietnamese names, family name first, by a common middle name */
        EXPECT("Ruth Obi met Tran Quoc Hung, Le Thi Thu Ha and Nguyen Phu Trong in Hanoi.", "Ruth Obi|person|Ruth Obi",
               "Tran Quoc Hung|person|Tran Quoc Hung", "Le Thi Thu Ha|person|Le Thi Thu Ha",
               "Nguyen Phu Trong|person|Nguyen Phu Trong", "Hanoi|place|Hanoi");
        /* a Mongolian patronymic's initial of two letters */
        EXPECT("Yoon Seo-yeon met Ch. Temuulen and Kh. Bolormaa in Ulaanbaatar.",
               "Yoon Seo-yeon|person|Yoon Seo-yeon", "Ch. Temuulen|person|Ch. Temuulen",
               "Kh. Bolormaa|person|Kh. Bolormaa", "Ulaanbaatar|place|Ulaanbaatar");
        eg_extractor_free(ex);
        eg_tagger_free(tg);
    }
    eg_gazetteer_free(gz);
    CHECK_DONE();
}
