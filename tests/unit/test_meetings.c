/* test_meetings.c: meetings and affiliations (src/meetings.c) on sentences the project wrote: every trigger and
 * construction of the issue, statuses, modes, places, dates, and the cases that are not meetings. Each meeting is
 * written "A,B > C,D @ place / venue | date | status | mode" (sides separated by '>', " / venue" only where there is
 * one). */
#include <stdlib.h>

#include "check.h"
#include "entgraph/extract.h"
#include "entgraph/gazetteer.h"
#include "entgraph/meetings.h"

static eg_gazetteer *gz;
static eg_extractor *ex;

static void format(const eg_extraction *x, const eg_meeting *m, char *out, size_t cap)
{
    size_t k, o = 0;
    int side;
    out[0] = '\0';
    for (side = 0; side < 2; side++) {
        int first = 1;
        if (side)
            o += (size_t)snprintf(out + o, cap - o, " > ");
        for (k = 0; k < m->nparts; k++) {
            if (m->side[k] != side)
                continue;
            o += (size_t)snprintf(out + o, cap - o, "%s%s", first ? "" : ",", x->entities[m->part[k]].name);
            first = 0;
        }
    }
    snprintf(out + o, cap - o, " @ %s%s%s | %s | %s | %s", m->place >= 0 ? x->entities[m->place].name : "-",
             m->venue >= 0 ? " / " : "", m->venue >= 0 ? x->entities[m->venue].name : "", m->date[0] ? m->date : "-", eg_meeting_status_name((eg_meeting_status)m->status),
             m->mode ? eg_meeting_mode_name((eg_meeting_mode)m->mode) : "-");
}

static void expect(const char *text, const char *date, const char *const *want, size_t nwant, int line)
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
    if (eg_text_analyze(&t, text, strlen(text), NULL) != EG_OK || eg_extract_document(ex, &t, &x, NULL) != EG_OK ||
        eg_meetings_extract(gz, &t, &x, date, NULL) != EG_OK) {
        check_failed++;
        return;
    }
    if (x.nmeetings != nwant)
        ok = 0;
    for (i = 0; i < x.nmeetings && ok; i++) {
        format(&x, &x.meetings[i], buf, sizeof buf);
        if (strcmp(buf, want[i]) != 0)
            ok = 0;
    }
    if (ok)
        check_passed++;
    else {
        check_failed++;
        fprintf(stderr, "test_meetings.c:%d: for \"%s\"\n  got:\n", line, text);
        for (i = 0; i < x.nmeetings; i++) {
            format(&x, &x.meetings[i], buf, sizeof buf);
            fprintf(stderr, "    %s\n", buf);
        }
        fprintf(stderr, "  expected:\n");
        for (i = 0; i < nwant; i++)
            fprintf(stderr, "    %s\n", want[i]);
    }
    eg_extraction_release(&x);
    eg_text_release(&t);
}

#define EXPECT(text, date, ...)                                                                                      \
    do {                                                                                                             \
        static const char *const want_[] = {__VA_ARGS__};                                                            \
        expect(text, date, want_, sizeof want_ / sizeof *want_, __LINE__);                                           \
    } while (0)
#define EXPECT_NONE(text)                                                                                            \
    expect(text, NULL, NULL, 0, __LINE__)

static void affiliation(const char *text, const char *want, int line)
{
    eg_text t;
    eg_extraction x;
    char buf[256] = "(none)";
    eg_text_init(&t);
    t.cut = eg_gazetteer_hyphen_cut;   /* as the pipeline does */
    t.cut_ctx = gz;
    eg_extraction_init(&x);
    eg_text_analyze(&t, text, strlen(text), NULL);
    eg_extract_document(ex, &t, &x, NULL);
    eg_meetings_extract(gz, &t, &x, NULL, NULL);
    if (x.naffiliations)
        snprintf(buf, sizeof buf, "%s -> %s (%s)", x.entities[x.affiliations[0].person].name,
                 x.entities[x.affiliations[0].org].name, x.affiliations[0].role);
    if (strcmp(buf, want) == 0)
        check_passed++;
    else {
        check_failed++;
        fprintf(stderr, "test_meetings.c:%d: affiliation in \"%s\"\n  got      %s\n  expected %s\n", line, text, buf,
                want);
    }
    eg_extraction_release(&x);
    eg_text_release(&t);
}

int main(void)
{
    eg_error err;
    if (eg_gazetteer_load(&gz, NULL, NULL, &err) != EG_OK || eg_extractor_new(&ex, gz, NULL, &err) != EG_OK) {
        fprintf(stderr, "%s\n", err.msg);
        return 1;
    }
    /* verbs, with the place and the weekday resolved against the document date (2024-03-14 is a Thursday) */
    EXPECT("Amara Okafor met Li Wen in Geneva on Tuesday.", "2024-03-14",
           "Amara Okafor > Li Wen @ Geneva | 2024-03-12 | held | -");
    EXPECT("Amara Okafor will meet Li Wen in Geneva on Tuesday.", "2024-03-14",
           "Amara Okafor > Li Wen @ Geneva | 2024-03-19 | planned | -");
    EXPECT("Tomas Lindqvist held talks with Karin Ekdahl in Oslo on March 3, 2024.", NULL,
           "Tomas Lindqvist > Karin Ekdahl @ Oslo | 2024-03-03 | held | -");
    EXPECT("Ruth Obi spoke with Dana Whitlock on Monday.", NULL, "Ruth Obi > Dana Whitlock @ - | - | held | -");
    EXPECT("Ruth Obi phoned Dana Whitlock.", NULL, "Ruth Obi > Dana Whitlock @ - | - | held | call");
    EXPECT("Ruth Obi spoke by phone with Dana Whitlock.", NULL, "Ruth Obi > Dana Whitlock @ - | - | held | call");
    EXPECT("Ruth Obi hosted Dana Whitlock at the Marble Palace in Lima.", NULL,
           "Ruth Obi > Dana Whitlock @ Lima / Marble Palace | - | held | in-person");
    EXPECT("Ruth Obi received Dana Whitlock in Quito.", NULL, "Ruth Obi > Dana Whitlock @ Quito | - | held | in-person");
    EXPECT("Ruth Obi welcomed Dana Whitlock to Accra.", NULL,
           "Ruth Obi > Dana Whitlock @ Accra | - | held | in-person");
    EXPECT("Ruth Obi had dinner with Dana Whitlock in Rome.", NULL,
           "Ruth Obi > Dana Whitlock @ Rome | - | held | in-person");
    EXPECT("Ruth Obi and Dana Whitlock shook hands in Cairo.", NULL,
           "Ruth Obi > Dana Whitlock @ Cairo | - | held | in-person");
    EXPECT("Ruth Obi called on Dana Whitlock in Hanoi.", NULL, "Ruth Obi > Dana Whitlock @ Hanoi | - | held | in-person");
    EXPECT("Ruth Obi sat down with Dana Whitlock in Lagos.", NULL,
           "Ruth Obi > Dana Whitlock @ Lagos | - | held | in-person");
    EXPECT("Ruth Obi visited Dana Whitlock in Kigali.", NULL, "Ruth Obi > Dana Whitlock @ Kigali | - | held | in-person");
    EXPECT("Ruth Obi had a conversation with Dana Whitlock.", NULL, "Ruth Obi > Dana Whitlock @ - | - | held | -");
    EXPECT("Ruth Obi held a video call with Dana Whitlock.", NULL, "Ruth Obi > Dana Whitlock @ - | - | held | virtual");
    /* coordinated sides, possessive and appositive participants */
    EXPECT("Amara Okafor and Ruth Obi will meet in Geneva with Kenya's Foreign Minister Li Wen and his deputy, "
           "Peter Varga.",
           NULL, "Amara Okafor,Ruth Obi > Li Wen,Peter Varga @ Geneva | - | planned | -");
    EXPECT("Ruth Obi met her counterpart, Dana Whitlock, in Nairobi.", NULL,
           "Ruth Obi > Dana Whitlock @ Nairobi | - | held | -");
    EXPECT("A meeting between Ruth Obi and Dana Whitlock took place in Lima.", NULL,
           "Ruth Obi > Dana Whitlock @ Lima | - | held | -");
    EXPECT("Talks were held by Ruth Obi with Dana Whitlock in Lima.", NULL,
           "Ruth Obi > Dana Whitlock @ Lima | - | held | -");
    /* a sentence-initial pronoun is the most recent person (and where she landed, where they met) */
    EXPECT("Dana Whitlock landed in Lima. She met Ruth Obi on Friday.", NULL,
           "Dana Whitlock > Ruth Obi @ Lima | - | held | -");
    /* statuses */
    EXPECT("Ruth Obi plans to meet Dana Whitlock in Lima.", NULL, "Ruth Obi > Dana Whitlock @ Lima | - | planned | -");
    EXPECT("Ruth Obi is scheduled to meet Dana Whitlock.", NULL, "Ruth Obi > Dana Whitlock @ - | - | planned | -");
    EXPECT("It is unclear whether Ruth Obi will meet Dana Whitlock.", NULL,
           "Ruth Obi > Dana Whitlock @ - | - | possible | -");
    EXPECT("Ruth Obi refused to meet Dana Whitlock.", NULL, "Ruth Obi > Dana Whitlock @ - | - | refused | -");
    EXPECT("Ruth Obi did not meet Dana Whitlock.", NULL, "Ruth Obi > Dana Whitlock @ - | - | refused | -");
    EXPECT("The meeting between Ruth Obi and Dana Whitlock was cancelled.", NULL,
           "Ruth Obi > Dana Whitlock @ - | - | cancelled | -");
    /* the dateline is the place of an in-person meeting the sentence does not place */
    EXPECT("LIMA \xE2\x80\x93 Ruth Obi met Dana Whitlock on Monday.", NULL,
           "Ruth Obi > Dana Whitlock @ Lima | - | held | -");
    EXPECT("WASHINGTON (AP) \xE2\x80\x94 Ruth Obi hosted Dana Whitlock at the White House on Monday.", NULL,
           "Ruth Obi > Dana Whitlock @ Washington / White House | - | held | in-person");
    /* a body's seat after "at" is the venue, not the place; not set off by a comma, where it says where one works */
    EXPECT("The report was short. Ruth Obi met Dana Whitlock at the State Department on Monday.", NULL,
           "Ruth Obi > Dana Whitlock @ - / State Department | - | held | -");
    EXPECT("The report was short. Ruth Obi met Dana Whitlock, an economist at the World Bank, on Monday.", NULL,
           "Ruth Obi > Dana Whitlock @ - | - | held | -");
    EXPECT("The report was short. Ruth Obi welcomed Dana Whitlock to the White House on Monday.", NULL,
           "Ruth Obi > Dana Whitlock @ - / White House | - | held | in-person");
    /* a verb in the past tense is what happened, whatever "later" says */
    EXPECT("Ruth Obi later sat down with Dana Whitlock.", NULL, "Ruth Obi > Dana Whitlock @ - | - | held | in-person");
    /* a pronoun just before the trigger after a relative clause; "to PLACE, where" */
    EXPECT("Ruth Obi is due to travel to Lima next month, where she will hold talks with Kenya's envoy, Dana Whitlock.",
           NULL, "Ruth Obi > Dana Whitlock @ Lima | - | planned | -");
    /* not meetings */
    /* the place is the one named in the trigger's clause, not a region before it or the topic after it */
    EXPECT("Kenya and Chile agreed to patrol the Gulf of Aden after Ruth Obi held talks with Dana Whitlock at the "
           "Marble Palace in Lima.",
           NULL, "Ruth Obi > Dana Whitlock @ Lima / Marble Palace | - | held | -");
    EXPECT("Ruth Obi met Dana Whitlock in Quito on Tuesday to seek support for a railway that would link farms in "
           "Mato Grosso.",
           NULL, "Ruth Obi > Dana Whitlock @ Quito | - | held | -");
    EXPECT("Ruth Obi met Dana Whitlock on Crete on Tuesday to discuss the crisis in Sudan.", NULL,
           "Ruth Obi > Dana Whitlock @ Crete | - | held | -");
    /* a relative clause between the subject and the trigger; what a title is of */
    EXPECT("Gen. Peter Varga, who commands the task group in the region, held talks with Dana Whitlock on Sunday.",
           NULL, "Peter Varga > Dana Whitlock @ - | - | held | -");
    EXPECT("Ruth Obi met Kenya's mines secretary, Li Wen, and Ghanaian Vice Minister of Energy and Mines Dr. Dana "
           "Whitlock.",
           NULL, "Ruth Obi > Li Wen,Dana Whitlock @ - | - | held | -");
    /* an organization whose people are met, where no person is named; "Chinese officials" name no body */
    EXPECT("Ruth Obi held talks with officials of the African Union Commission in Addis Ababa.", NULL,
           "Ruth Obi > African Union Commission @ Addis Ababa | - | held | -");
    EXPECT_NONE("Ruth Obi will meet with Chinese officials in Lima.");
    EXPECT_NONE("The proposal by Ruth Obi met with criticism from Dana Whitlock.");
    EXPECT_NONE("The meeting was cancelled.");
    EXPECT_NONE("Ruth Obi will meet with officials in Lima.");
    EXPECT_NONE("Ruth Obi said the Biden administration met its goals.");
    /* where a visit or a journey went is where they met */
    EXPECT("Ruth Obi visited Nairobi on Tuesday, where she met Dana Whitlock.", NULL,
           "Ruth Obi > Dana Whitlock @ Nairobi | - | held | in-person");
    EXPECT("During a visit to Lima, Ruth Obi met Dana Whitlock.", NULL,
           "Ruth Obi > Dana Whitlock @ Lima | - | held | in-person");
    EXPECT("Ruth Obi will travel to Quito next week to meet Dana Whitlock.", NULL,
           "Ruth Obi > Dana Whitlock @ Quito | - | planned | -");
    /* a trigger in an opening clause: the subject starts the main clause */
    EXPECT("After meeting Kenyan President Dana Whitlock in Lima, Ruth Obi said the talks went well.", NULL,
           "Ruth Obi > Dana Whitlock @ Lima | - | held | -");
    EXPECT("In a meeting with Dana Whitlock, Ghanaian Foreign Minister Ruth Obi pledged closer ties.", NULL,
           "Ruth Obi > Dana Whitlock @ - | - | held | -");
    EXPECT_NONE("During the early nineties the show hosted by Ruth Obi, Dana Whitlock, Amara Okafor and Peter Varga "
                "grew.");
    EXPECT_NONE("During a visit to Lima, she will meet Dana Whitlock.");
    /* what was received is a call; nobody meets themself */
    EXPECT("Ruth Obi received a phone call from Dana Whitlock.", NULL,
           "Ruth Obi > Dana Whitlock @ - | - | held | call");
    EXPECT_NONE("Dana Whitlock landed in Lima. She then met Dana Whitlock.");
    EXPECT_NONE("Ruth Obi wept at what she called Dana Whitlock's glorious legacy.");
    /* the trigger of a relative clause; a second verb of the same subject, and its own mode */
    EXPECT("Ruth Obi, who met Dana Whitlock in Lima last week, said a deal was close.", NULL,
           "Ruth Obi > Dana Whitlock @ Lima | - | held | -");
    EXPECT("Ruth Obi met Dana Whitlock on Thursday and later spoke by phone with Peter Varga.", NULL,
           "Ruth Obi > Dana Whitlock @ - | - | held | -", "Ruth Obi > Peter Varga @ - | - | held | call");
    EXPECT("Ruth Obi is due to visit Quito next month for talks with Dana Whitlock.", NULL,
           "Ruth Obi > Dana Whitlock @ Quito | - | planned | in-person");
    /* greeted, had lunch with, held a bilateral with; discussed with, or A and B discussed: not what is discussed */
    EXPECT("Ruth Obi greeted Dana Whitlock at the airport in Lima.", NULL,
           "Ruth Obi > Dana Whitlock @ Lima | - | held | in-person");
    EXPECT("Ruth Obi had lunch with Dana Whitlock in Lima.", NULL,
           "Ruth Obi > Dana Whitlock @ Lima | - | held | in-person");
    EXPECT("Ruth Obi discussed trade with Dana Whitlock in Lima on Monday.", NULL,
           "Ruth Obi > Dana Whitlock @ Lima | - | held | -");
    EXPECT("Ruth Obi and Dana Whitlock discussed trade in Lima.", NULL,
           "Ruth Obi > Dana Whitlock @ Lima | - | held | -");
    EXPECT_NONE("Ruth Obi discussed Dana Whitlock's proposal.");
    EXPECT_NONE("Ruth Obi discussed the plan, Dana Whitlock said.");
    /* a body named right before its people takes part; a people's adjective names no body */
    EXPECT("Ruth Obi welcomed Harlow Keane negotiators in Doha.", NULL,
           "Ruth Obi > Harlow Keane @ Doha | - | held | in-person");
    EXPECT("Ruth Obi met senior European Union officials in Brussels.", NULL,
           "Ruth Obi > European Union @ Brussels | - | held | -");
    EXPECT_NONE("Ruth Obi met Chinese officials in Beijing.");
    /* "in a phone call", "during a meeting" with nobody after it: the subject and the one named before */
    EXPECT("President Ruth Obi congratulated Dana Whitlock on her victory in a phone call.", NULL,
           "Ruth Obi > Dana Whitlock @ - | - | held | call");
    EXPECT("Ruth Obi told Dana Whitlock during a meeting in Lima that the deal was off.", NULL,
           "Ruth Obi > Dana Whitlock @ Lima | - | held | -");
    EXPECT_NONE("Ruth Obi said in a phone call that Dana Whitlock was wrong.");
    EXPECT_NONE("Ruth Obi criticised Dana Whitlock in a televised debate.");
    /* where the news came from is not where they meet */
    EXPECT("Ruth Obi will travel to Tokyo for a summit with Dana Whitlock, the foreign ministry in Jakarta said.",
           NULL, "Ruth Obi > Dana Whitlock @ Tokyo | - | planned | in-person");
    /* a pronoun after a possessive, where the sentence names nobody else, is its owner */
    EXPECT("Ruth Obi's campaign said on Tuesday that she would meet Dana Whitlock at Mar-a-Lago.", NULL,
           "Ruth Obi > Dana Whitlock @ Mar-a-Lago | - | planned | -");
    /* where the one who meets arrived in the sentence before is where they met; not for a call, not another's */
    EXPECT("Ruth Obi arrived in Hanoi on Monday. Ms. Obi met Dana Whitlock.", NULL,
           "Ruth Obi > Dana Whitlock @ Hanoi | - | held | -");
    EXPECT("Ruth Obi arrived in Hanoi on Monday. She spoke by phone with Dana Whitlock.", NULL,
           "Ruth Obi > Dana Whitlock @ - | - | held | call");
    EXPECT("Peter Varga arrived in Hanoi on Monday. Ruth Obi met Dana Whitlock.", NULL,
           "Ruth Obi > Dana Whitlock @ - | - | held | -");
    /* "X said after meeting Y": the speaker met them */
    EXPECT("Ruth Obi told reporters after talks with Dana Whitlock in Lima that a deal was close.", NULL,
           "Ruth Obi > Dana Whitlock @ Lima | - | held | -");
    EXPECT("Ruth Obi said after meeting Dana Whitlock that the talks were useful.", NULL,
           "Ruth Obi > Dana Whitlock @ - | - | held | -");
    /* the same meeting told again in the next sentence keeps its place */
    EXPECT("Ruth Obi hosted Dana Whitlock in Lima. Obi and Whitlock discussed trade.", NULL,
           "Ruth Obi > Dana Whitlock @ Lima | - | held | in-person", "Ruth Obi > Dana Whitlock @ Lima | - | held | -");
    /* "The vice president" is the latest person named with that title */
    EXPECT("Vice President Ruth Obi met Dana Whitlock in Lima. The vice president also held a meeting with Foreign "
           "Minister Peter Varga.",
           NULL, "Ruth Obi > Dana Whitlock @ Lima | - | held | -", "Ruth Obi > Peter Varga @ - | - | held | -");
    EXPECT_NONE("Ruth Obi met nobody. The president also held a meeting with Foreign Minister Peter Varga.");
    /* the past verb of a noun trigger states what happened, whatever "later" says */
    EXPECT("Ruth Obi later had a video call with Dana Whitlock.", NULL,
           "Ruth Obi > Dana Whitlock @ - | - | held | virtual");
    /* "The two leaders" are the pair who just met; "Both sides" with nobody met after is no meeting */
    EXPECT("Ruth Obi and Dana Whitlock held talks in Lima on Friday. The two leaders later spoke by phone with Peter "
           "Varga.",
           NULL, "Ruth Obi > Dana Whitlock @ Lima | - | held | -",
           "Ruth Obi,Dana Whitlock > Peter Varga @ - | - | held | call");
    EXPECT("Ruth Obi met Dana Whitlock in Lima. Both ministers said trade grew.", NULL,
           "Ruth Obi > Dana Whitlock @ Lima | - | held | -");
    /* "He" is the previous sentence's subject, not a name that only modifies a noun there */
    EXPECT("Ruth Obi, who took office in May, said Peter Varga's plan would fail. She is expected to travel to "
           "Quito for talks with Dana Whitlock.",
           NULL, "Ruth Obi > Dana Whitlock @ Quito | - | planned | -");
    /* after a meeting with X, the main clause's subject after a title of two words ("Chief Executive") */
    EXPECT("After a meeting with Ruth Obi in Lima on Tuesday, Harlow Keane Chief Executive Dana Whitlock told "
           "reporters the company was ready.",
           NULL, "Dana Whitlock > Ruth Obi @ Lima | - | held | -");
    /* an honorific of two words between "and" and the second person ("Tan Sri") */
    EXPECT("Rosnah Karim met Lim Chee Keong and Tan Sri Mohd Faizal in Jakarta on Monday.", NULL,
           "Rosnah Karim > Lim Chee Keong,Mohd Faizal @ Jakarta | - | held | -");
    /* "had spoken by telephone ... with"; a long portfolio between "with" and the person met */
    EXPECT("Budi Santoso had spoken by telephone on Monday with Lim Chee Keong.", NULL,
           "Budi Santoso > Lim Chee Keong @ - | - | held | call");
    EXPECT("Ratna Siregar held talks with her Malaysian counterpart, Natural Resources and Environmental "
           "Sustainability Minister Tan Sri Mohd Faizal bin Hashim, and with Maria Reyes at the Sultan Hotel.", NULL,
           "Ratna Siregar > Mohd Faizal bin Hashim,Maria Reyes @ Sultan Hotel | - | held | -");
    /* the place a ", when" or ", where" clause hangs on, not a place of a second verb in it */
    EXPECT("Ruth Obi is due to visit Seoul in June, when she will meet Kim Tae-soo and tour a plant in Ulsan.", NULL,
           "Ruth Obi > Kim Tae-soo @ Seoul | - | planned | in-person");
    EXPECT("On Monday the talks moved to the Sheraton Grand Doha, where Nasser al-Saadi held talks with Farideh "
           "Mousavi.",
           NULL, "Nasser al-Saadi > Farideh Mousavi @ Sheraton Grand Doha | - | held | -");
    /* "at the hotel": the hotel named before, by its word or as the latest building met in */
    EXPECT("Ruth Obi hosted Amara Okafor at the Hotel Indonesia Kempinski. Li Wen, who met Okafor over breakfast at "
           "the hotel on Wednesday, said so.",
           NULL, "Ruth Obi > Amara Okafor @ Hotel Indonesia Kempinski | - | held | in-person",
           "Li Wen > Amara Okafor @ Hotel Indonesia Kempinski | - | held | -");
    EXPECT("Ana Mendez hosted Hector Padilla at the Real InterContinental Guatemala. Ms. Cienfuegos, who met Mendez "
           "privately at the hotel, said so.",
           NULL, "Ana Mendez > Hector Padilla @ Real InterContinental Guatemala | - | held | in-person",
           "Cienfuegos > Ana Mendez @ Real InterContinental Guatemala | - | held | -");
    /* "joined ... by C ... for a session": C meets those joined, the pair who just met when no one is named */
    EXPECT("Arsen Hakobyan met Irakli Gogoladze at the Iveria Hotel on Tuesday. The two ministers were later joined "
           "at the hotel by Kenji Morimoto, a director at the bank, for a three-way session on financing.",
           NULL, "Arsen Hakobyan > Irakli Gogoladze @ Iveria Hotel | - | held | -",
           "Arsen Hakobyan,Irakli Gogoladze > Kenji Morimoto @ Iveria Hotel | - | held | -");
    EXPECT("Binod Shrestha, chief executive of Himal Urja, and Arvind Mehta were then joined by video link from Dhaka "
           "by Md. Shafiqul Islam for a three-way discussion.",
           NULL, "Binod Shrestha,Arvind Mehta > Md. Shafiqul Islam @ - | - | held | virtual");
    EXPECT_NONE("France was joined by Germany in calling for calm, and Ruth Obi was joined by Peter Obi at the fair.");
    /* "They" right after a pair met; "for the session" before "by"; a long title after a body's possessive */
    EXPECT("Ibrahim Yakasai held talks with Jean-Pierre Mbarga at the Transcorp Hilton hotel in Abuja. They were "
           "joined for the afternoon session by the African Union's Commissioner for Political Affairs, Peace and "
           "Security, Grace Mwale-Banda.",
           NULL, "Ibrahim Yakasai > Jean-Pierre Mbarga @ Abuja / Transcorp Hilton | - | held | -",
           "Ibrahim Yakasai,Jean-Pierre Mbarga > Grace Mwale-Banda @ Abuja / Transcorp Hilton | - | held | -");
    EXPECT_NONE("Kim Jong-il has met with a high-ranking Chinese delegation that delivered a message from Chinese "
                "President Hu Jintao.");
    /* "C joined the session by video link": C and those of the latest meeting; not "joined the European Union" */
    EXPECT("Ruth Obi met Tran Quoc Hung in Hanoi on Tuesday. Pieter Dekeyser joined the three-hour session by video "
           "link from Brussels. Amara Okafor joined the European Union in 2004.",
           NULL, "Ruth Obi > Tran Quoc Hung @ Hanoi | - | held | -",
           "Pieter Dekeyser > Ruth Obi,Tran Quoc Hung @ - | - | held | virtual");
    /* "A and B crossed to the hotel, where they met C": those who open the main clause */
    EXPECT("Later on Sunday, Hassan el-Sayed and Nasser al-Mohannadi crossed the Nile to the Kempinski Nile Hotel, "
           "where they met Sami Abu Rumman for nearly four hours.",
           NULL, "Hassan el-Sayed,Nasser al-Mohannadi > Sami Abu Rumman @ Kempinski Nile Hotel | - | held | -");
    /* "a phone call on Sunday between A and B" */
    EXPECT("The deal followed a phone call on Sunday between Prime Minister Leszek Adamczewski and Prime Minister "
           "Andriy Melnychuk.",
           NULL, "Leszek Adamczewski > Andriy Melnychuk @ - | - | held | call");
    /* refused: in the main clause after a relative one that planned it, or turned down a while before */
    EXPECT("Aynur Huseynova, who had been due to meet Irakli Gogoladze on the sidelines of the talks, declined the "
           "invitation.",
           NULL, "Aynur Huseynova > Irakli Gogoladze @ - | - | refused | -");
    EXPECT("Maria Villalba said she had turned down an invitation to join the Palacio de Lopez meeting with Marcos "
           "Silva.",
           NULL, "Maria Villalba > Marcos Silva @ - | - | refused | -");
    EXPECT("Irakli Gogoladze, who met Aynur Huseynova on Monday, declined to comment.", NULL,
           "Irakli Gogoladze > Aynur Huseynova @ - | - | held | -");
    /* "A and B spoke by phone": a call between the two */
    EXPECT("Energy Minister Ruth Obi and Petroleum Minister Dana Whitlock spoke by phone on Sunday.", NULL,
           "Ruth Obi > Dana Whitlock @ - | - | held | call");
    /* "The Kenyan minister ..., where she met": the one described, by her people's name and her title */
    EXPECT("Kenyan Foreign Minister Ruth Obi met French Foreign Minister Peter Varga in Paris. The Kenyan minister "
           "later travelled to Berlin, where she met Dana Whitlock.",
           NULL, "Ruth Obi > Peter Varga @ Paris | - | held | -", "Ruth Obi > Dana Whitlock @ Berlin | - | held | -");
    /* "will visit Y" is a meeting planned; "to visit Washington" names no one met */
    EXPECT("Ruth Obi will visit Dana Whitlock, chief executive of Harlow Keane Inc., in Lima next month.", NULL,
           "Ruth Obi > Dana Whitlock @ Lima | - | planned | in-person");
    EXPECT_NONE("Ruth Obi invited Li Wen to visit Lima, and the invitation was accepted, spokesman Peter Varga said.");
    /* where the subject opened the event in the sentence before is where the meeting was */
    EXPECT("Minister Ruth Obi opened a two-day meeting at the Union Buildings in Pretoria. Obi met Dana Whitlock on "
           "the sidelines.",
           NULL, "Ruth Obi > Dana Whitlock @ Union Buildings | - | held | -");
    /* "welcomed Y to Z": Z is where they met, after an appositive too; not a body Y was welcomed to */
    EXPECT("Foreign Minister Ruth Obi welcomed her counterpart, Dana Whitlock, to Lima for talks.", NULL,
           "Ruth Obi > Dana Whitlock @ Lima | - | held | in-person");
    EXPECT("Ruth Obi welcomed Dana Whitlock to the Coastal Trade Council.", NULL,
           "Ruth Obi > Dana Whitlock @ - | - | held | in-person");
    /* lawmakers with their party and state are one list; a name after ", and" that the subjects hold is no one
     * met */
    EXPECT("Sen. Ruth Obi, D-N.Y., and Sen. Dana Whitlock, R-Texas, met with Peter Varga in Washington.", NULL,
           "Ruth Obi,Dana Whitlock > Peter Varga @ Washington | - | held | -");
    EXPECT("Ruth Obi and Energy Minister Dana Whitlock are expected to meet in Vilnius, and Obi will stop in Riga.",
           NULL, "Ruth Obi > Dana Whitlock @ Vilnius | - | planned | -");
    /* a ship is a place people meet aboard */
    EXPECT("Vice Admiral Ruth Obi met Rear Admiral Dana Whitlock aboard the frigate BRP Leonor Salvacion on Monday.",
           NULL, "Ruth Obi > Dana Whitlock @ BRP Leonor Salvacion | - | held | -");
    /* the talks that "brought together" two parties, with the mediator who led them */
    EXPECT("The talks, mediated by envoy Ruth Obi, brought together Dana Whitlock and Peter Varga in Geneva.", NULL,
           "Ruth Obi > Dana Whitlock,Peter Varga @ Geneva | - | held | in-person");
    /* the host's building the sentence before; those who sat across the table from the host */
    EXPECT("Daniel Whitcombe hosted three premiers at the Marble Palace on Tuesday. Gordon McAllister, Keith Ostrowski "
           "and Dale Hutchings sat across the table from Whitcombe.",
           NULL, "Gordon McAllister,Keith Ostrowski,Dale Hutchings > Daniel Whitcombe @ Marble Palace | - | held | in-person");
    EXPECT("Ruth Obi and Peter Varga dined on Monday evening at the Marble Palace with Dana Whitlock.", NULL,
           "Ruth Obi,Peter Varga > Dana Whitlock @ Marble Palace | - | held | in-person");
    /* a briefing is a meeting with the persons briefed, not with a body ("briefed the Security Council") */
    EXPECT("Ruth Obi briefed Dana Whitlock and Peter Varga on the talks.", NULL,
           "Ruth Obi > Dana Whitlock,Peter Varga @ - | - | held | in-person");
    EXPECT_NONE("The report was short. Ruth Obi briefed the Security Council on Tuesday.");
    /* a subject set off by an appositive, with a relative clause in it or a verb phrase after it; not a list */
    EXPECT("On Wednesday, Ruth Obi, a former Kenyan foreign minister who chairs the panel, held talks with Dana "
           "Whitlock in Geneva.",
           NULL, "Ruth Obi > Dana Whitlock @ Geneva | - | held | -");
    EXPECT("Ruth Obi, head of the agency in Kenya, flew in from Nairobi and briefed Dana Whitlock at the Marble "
           "Palace.",
           NULL, "Ruth Obi > Dana Whitlock @ Marble Palace | - | held | in-person");
    /* a pronoun that opens the trigger's clause further back; "fly on to" a place */
    EXPECT("Ruth Obi stayed in Ottawa for a vote. Obi's office said she will travel to Winnipeg next week to meet "
           "Dana Whitlock.",
           NULL, "Ruth Obi > Dana Whitlock @ Winnipeg | - | planned | -");
    EXPECT("Ruth Obi is expected to fly on to Port Sudan on Sunday to meet Dana Whitlock.", NULL,
           "Ruth Obi > Dana Whitlock @ Port Sudan | - | planned | -");
    /* a list of subjects, each set off by an appositive or a relative clause; a clause that holds a meeting of
     * its own is no appositive */
    EXPECT("Adm. Ruth Obi, the navy chief of staff, Rear Adm. Dana Whitlock, commander of the southern fleet, and Air "
           "Marshal Peter Varga held three-way talks in Surabaya.",
           NULL, "Ruth Obi > Dana Whitlock,Peter Varga @ Surabaya | - | held | -");
    EXPECT("Ruth Obi, who leads the party, and Dana Whitlock met Peter Varga.", NULL,
           "Ruth Obi,Dana Whitlock > Peter Varga @ - | - | held | -");
    EXPECT("Ruth Obi, who chaired the forum's opening session, and Dana Whitlock, who stayed in Lima, spoke by video "
           "call on Wednesday.",
           NULL, "Ruth Obi > Dana Whitlock @ - | - | held | virtual");
    EXPECT("Ruth Obi, who met Dana Whitlock on Monday, and Peter Varga held talks in Lima.", NULL,
           "Ruth Obi > Dana Whitlock @ - | - | held | -");
    /* what a call was about names no one on it; a signing called off; a name that ends in a speech verb's word */
    EXPECT("Ruth Obi and Dana Whitlock spoke by video call about a plan drafted by Peter Varga.", NULL,
           "Ruth Obi > Dana Whitlock @ - | - | held | virtual");
    EXPECT("A ceremony at which Ruth Obi and Dana Whitlock were to sign a supply agreement, planned for Thursday at "
           "the Hotel Marine Crest in Mumbai, was called off.",
           NULL, "Ruth Obi > Dana Whitlock @ Mumbai / Hotel Marine Crest | - | cancelled | in-person");
    EXPECT("Ruth Obi was received on Tuesday by Marwan bin Faisal Al Said, the deputy prime minister, at Al Alam "
           "Palace.",
           NULL, "Ruth Obi > Marwan bin Faisal Al Said @ Al Alam Palace | - | held | in-person");
    /* those met "separately" meet the subject, not each other; "X was joined by Y for talks with Z" */
    EXPECT("Ruth Obi briefed Dana Whitlock and Peter Varga in separate sessions on Monday.", NULL,
           "Ruth Obi > Dana Whitlock @ - | - | held | in-person", "Ruth Obi > Peter Varga @ - | - | held | in-person");
    EXPECT("Ruth Obi was later joined by Dana Whitlock for talks with Peter Varga.", NULL,
           "Ruth Obi,Dana Whitlock > Peter Varga @ - | - | held | -");
    /* a document signed together is a meeting of those who sign it; not a decree, nor a letter */
    EXPECT("Ruth Obi and Dana Whitlock signed a memorandum in Lima on Tuesday.", NULL,
           "Ruth Obi > Dana Whitlock @ Lima | - | held | in-person");
    EXPECT("Ruth Obi signed a trade agreement with Dana Whitlock in Lima.", NULL,
           "Ruth Obi > Dana Whitlock @ Lima | - | held | in-person");
    EXPECT_NONE("Ruth Obi signed a decree appointing Dana Whitlock.");
    EXPECT_NONE("Ruth Obi and Dana Whitlock signed a letter urging restraint.");
    /* "to" far before the verb is no future ("ambassador to Norway, held talks"); "turned down" refuses */
    EXPECT("On Tuesday, Ruth Obi and Dana Whitlock, Kenya's ambassador to Norway, held talks in Oslo.", NULL,
           "Ruth Obi > Dana Whitlock @ Oslo | - | held | -");
    EXPECT("Ruth Obi said he had turned down an offer to meet Dana Whitlock.", NULL,
           "Ruth Obi > Dana Whitlock @ - | - | refused | -");
    /* a surname's particle opens the name of the one met */
    EXPECT("Ruth Obi held talks with de Villiers-Marchand in Geneva.", NULL,
           "Ruth Obi > de Villiers-Marchand @ Geneva | - | held | -");
    /* a clause after the main verb: its trigger has the sentence's subject ("made the remarks after talks with") */
    EXPECT("Ruth Obi made the remarks on Monday after talks with Finance Minister Dana Whitlock.", NULL,
           "Ruth Obi > Dana Whitlock @ - | - | held | -");
    EXPECT("Ruth Obi spoke on Sunday, in the port city of Mombasa, after meeting with Dana Whitlock.", NULL,
           "Ruth Obi > Dana Whitlock @ Mombasa | - | held | -");
    EXPECT("Ruth Obi, the head of the water agency, announced the plan during a televised meeting with Dana "
           "Whitlock.", NULL, "Ruth Obi > Dana Whitlock @ - | - | held | -");
    EXPECT("Ruth Obi, who was in Lima for talks with Dana Whitlock, called for calm.", NULL,
           "Ruth Obi > Dana Whitlock @ Lima | - | held | -");
    EXPECT("Ruth Obi is to make her first visit to Peru next week to meet with Dana Whitlock.", NULL,
           "Ruth Obi > Dana Whitlock @ Peru | - | planned | in-person");
    EXPECT("Ruth Obi, who is expected to meet with Dana Whitlock within days, insists on a deal.", NULL,
           "Ruth Obi > Dana Whitlock @ - | - | planned | -");
    /* not when another person, or another clause, stands between */
    EXPECT_NONE("Ruth Obi said Peter Varga was tired after talks with Dana Whitlock.");
    EXPECT_NONE("Ruth Obi said that the plan would fail after talks with Dana Whitlock.");
    EXPECT_NONE("Ruth Obi said on Monday that the ministry would send an envoy to Lima to meet with Dana Whitlock.");
    /* those who open the sentence met each other */
    EXPECT("Ruth Obi and Dana Whitlock said after meeting in Lima that a deal was close.", NULL,
           "Ruth Obi > Dana Whitlock @ Lima | - | held | -");
    EXPECT("Ruth Obi and visiting President Dana Whitlock agreed on a plan when they met in Lima.", NULL,
           "Ruth Obi > Dana Whitlock @ Lima | - | held | -");
    EXPECT("After meeting all night in Lima, President Ruth Obi and Peru's President Dana Whitlock pledged calm.",
           NULL, "Ruth Obi > Dana Whitlock @ Lima | - | held | -");
    /* a date or a place between the noun and "between"; a comma or "to" there is another clause */
    EXPECT("They agreed to reopen the border, following a meeting on Friday between Ruth Obi and Dana Whitlock.",
           NULL, "Ruth Obi > Dana Whitlock @ - | - | held | -");
    EXPECT("The idea came up during a meeting in Lima between Ruth Obi and Dana Whitlock.", NULL,
           "Ruth Obi > Dana Whitlock @ Lima | - | held | -");
    EXPECT_NONE("The alliance met on Saturday, to choose between Ruth Obi and Dana Whitlock.");
    /* the one a possessive introduces, named right after it, is the one met */
    EXPECT("Ruth Obi met with Ms. Whitlock's widower, Senator Peter Varga, in Lima.", NULL,
           "Ruth Obi > Peter Varga @ Lima | - | held | -");
    /* "a summit between"; a participle's clause before the subject; "besides", "in addition to" */
    EXPECT("Officials began preparing the first summit between Ruth Obi and Dana Whitlock.", NULL,
           "Ruth Obi > Dana Whitlock @ - | - | planned | in-person");
    EXPECT("Speaking at a news conference in Lima after a meeting with Dana Whitlock, Ruth Obi said the deal was "
           "close.", NULL, "Ruth Obi > Dana Whitlock @ Lima | - | held | -");
    EXPECT("Besides holding talks with Dana Whitlock, Ruth Obi opened a school.", NULL,
           "Ruth Obi > Dana Whitlock @ - | - | held | -");
    EXPECT("In addition to his meeting with Dana Whitlock, Peter Varga also spoke with soldiers.", NULL,
           "Peter Varga > Dana Whitlock @ - | - | held | -");
    /* "he and Y" is the person before, "when they meet" the two the sentence names; a minister's portfolio */
    EXPECT("Ruth Obi's office says she and Kenyan leader Dana Whitlock spoke by telephone on Sunday.", NULL,
           "Ruth Obi > Dana Whitlock @ - | - | held | call");
    EXPECT("Ruth Obi told reporters she will inform President Dana Whitlock of her decision when they meet.", NULL,
           "Ruth Obi > Dana Whitlock @ - | - | held | -");
    EXPECT("The vote follows a meeting between Ruth Obi and Palestinian Cabinet Minister Dana Whitlock.", NULL,
           "Ruth Obi > Dana Whitlock @ - | - | held | -");
    /* "the Kenyan leader": the latest person named with that people's name before */
    EXPECT("Kenyan President Ruth Obi arrived in Lima on Friday. The Kenyan leader met Dana Whitlock on Saturday.",
           NULL, "Ruth Obi > Dana Whitlock @ Lima | - | held | -");
    EXPECT("Kenyan President Ruth Obi arrived in Lima on Friday. The Kenyan leader spoke to reporters after talks "
           "with Dana Whitlock.", NULL, "Ruth Obi > Dana Whitlock @ Lima | - | held | -");
    EXPECT_NONE("Kenyan President Ruth Obi arrived in Lima on Friday. The Peruvian leader met Dana Whitlock.");
    /* an adjective before the title; a conversation by phone; words between "spoke" and "with" */
    EXPECT("Ruth Obi will meet conservative leader Dana Whitlock and opposition leader Peter Varga.", NULL,
           "Ruth Obi > Dana Whitlock,Peter Varga @ - | - | planned | -");
    EXPECT("President Ruth Obi congratulated Dana Whitlock in a telephone conversation.", NULL,
           "Ruth Obi > Dana Whitlock @ - | - | held | call");
    EXPECT("Ruth Obi also spoke in her native Swahili with Dana Whitlock.", NULL,
           "Ruth Obi > Dana Whitlock @ - | - | held | -");
    /* "will welcome B for talks"; "the two discussed" after both are named; an invitation to talks */
    EXPECT("Ruth Obi will welcome President Dana Whitlock next week for talks.", NULL,
           "Ruth Obi > Dana Whitlock @ - | - | planned | in-person");
    EXPECT("Ruth Obi praised President Dana Whitlock and said the two discussed trade.", NULL,
           "Ruth Obi > Dana Whitlock @ - | - | held | -");
    EXPECT("Ruth Obi has invited the opposition leader, Dana Whitlock, for talks on the dispute.", NULL,
           "Ruth Obi > Dana Whitlock @ - | - | planned | -");
    /* "between" names all who meet: not the one who prepares for it or carries its messages */
    EXPECT("Ruth Obi carried messages from last week's summit between Dana Whitlock and Peter Varga.", NULL,
           "Dana Whitlock > Peter Varga @ - | - | held | in-person");
    EXPECT("In May, Ruth Obi hosted talks between Dana Whitlock and Peter Varga in Geneva.", NULL,
           "Ruth Obi > Dana Whitlock,Peter Varga @ Geneva | - | held | in-person");
    /* "was not in X but spoke with": the subject before "but"; a post "in" a city names neither group nor place */
    EXPECT("Kenya's Defence Minister, Ruth Obi, was not in Lima but spoke by phone with Dana Whitlock on Monday.", NULL,
           "Ruth Obi > Dana Whitlock @ - | - | held | call");
    EXPECT("Ruth Obi hosted Peter Varga and India's High Commissioner in Lima, Dana Whitlock, for lunch.", NULL,
           "Ruth Obi > Peter Varga,Dana Whitlock @ - | - | held | in-person");
    /* "called on X to resign" demands; "called for" calls no one; the topic's country is not the place */
    EXPECT_NONE("Ruth Obi called on Dana Whitlock to resign.");
    EXPECT_NONE("Ruth Obi and Dana Whitlock have called for new elections.");
    EXPECT("Ruth Obi held talks with Dana Whitlock on the situation in Iraq.", NULL,
           "Ruth Obi > Dana Whitlock @ - | - | held | -");
    /* a session with someone; not one spoken of after it; nor the one whose deputy was met */
    EXPECT("Ruth Obi held a three-way session at the Fram Centre with Dana Whitlock, Li Wen's deputy, and Peter "
           "Varga.", NULL, "Ruth Obi > Dana Whitlock,Peter Varga @ - / Fram Centre | - | held | in-person");
    EXPECT_NONE("Ruth Obi, speaking to reporters after the session, accused Dana Whitlock of stalling.");
    /* a loan or a charter signed together */
    EXPECT("Ruth Obi and Dana Whitlock signed a $48 million loan in Suva on Wednesday.", NULL,
           "Ruth Obi > Dana Whitlock @ Suva | - | held | in-person");
    /* a call has no one place; "speak by phone", "speaking by phone" */
    EXPECT("In Lima, Ruth Obi spoke by phone with Dana Whitlock.", NULL,
           "Ruth Obi > Dana Whitlock @ - | - | held | call");
    EXPECT("Ruth Obi did, however, speak by phone with Dana Whitlock on Sunday.", NULL,
           "Ruth Obi > Dana Whitlock @ - | - | held | call");
    EXPECT("Ruth Obi arrived in Lima on Monday after speaking by phone on Sunday with Dana Whitlock.", NULL,
           "Ruth Obi > Dana Whitlock @ - | - | held | call");
    /* two persons, the first set off by an appositive that names a body */
    EXPECT("Ruth Obi, a vice president of the Lima-based Andean Water Bank (AWB), and Dana Whitlock signed a "
           "memorandum on Wednesday.", NULL, "Ruth Obi > Dana Whitlock @ - | - | held | in-person");
    /* a possessive after the verb names whose people were met, not someone met */
    EXPECT_NONE("Ruth Obi will travel to Lima today to meet with Dana Whitlock's mourners.");
    /* what is received from someone is no meeting with them, but a delegation or a call is */
    EXPECT_NONE("Ruth Obi said she received a letter from Dana Whitlock.");
    EXPECT("Ruth Obi received a delegation led by Dana Whitlock in Lima.", NULL,
           "Ruth Obi > Dana Whitlock @ Lima | - | held | in-person");
    /* a passive "received" with where and when before the "by" of those who received */
    EXPECT("Ruth Obi was received at the Palacio de Carondelet on Monday by President Dana Whitlock.", NULL,
           "Ruth Obi > Dana Whitlock @ Palacio de Carondelet | - | held | in-person");
    EXPECT_NONE("Ruth Obi received a letter on Monday signed by Dana Whitlock.");
    EXPECT("Ruth Obi was received by Santa Fe Governor Dana Whitlock at the Casa Gris.", NULL,
           "Ruth Obi > Dana Whitlock @ Casa Gris | - | held | in-person");
    /* a meeting told twice in a sentence takes the place the second telling gives */
    EXPECT("Ruth Obi and Dana Whitlock discussed the mine when the two leaders met on the sidelines of a summit in "
           "Quito in December.", NULL, "Ruth Obi > Dana Whitlock @ Quito | - | held | -");
    /* preparations for a summit, and talks it is ahead of, are to come; the one who met first goes on to them */
    EXPECT("Officials have begun preparations for the first summit between Ruth Obi and Dana Whitlock.", NULL,
           "Ruth Obi > Dana Whitlock @ - | - | planned | in-person");
    EXPECT("Ruth Obi met Dana Whitlock in Quito, ahead of talks with Peter Varga.", NULL,
           "Ruth Obi > Dana Whitlock @ Quito | - | held | -", "Ruth Obi > Peter Varga @ Quito | - | planned | -");
    /* where the meeting was, then a body's envoy named far after "with"; a role that opens the sentence stands
     * for the one named with it before */
    EXPECT("Ruth Obi held a joint meeting at the Marble Palace in Mogadishu with the African Union (AU) special envoy "
           "for the Horn of Africa, Ambassador Dana Whitlock, and Peter Varga.", NULL,
           "Ruth Obi > Dana Whitlock,Peter Varga @ Mogadishu / Marble Palace | - | held | -");
    EXPECT("Ruth Obi held talks with Turkish Deputy Energy Minister Dana Whitlock.\n\nThe Turkish minister and Peter "
           "Varga first met in Vienna.", NULL, "Ruth Obi > Dana Whitlock @ - | - | held | -",
           "Dana Whitlock > Peter Varga @ Vienna | - | held | -");
    /* "The talks, held at the seaside X": the venue of the meeting told just before; not where a summit it came
     * before opens */
    EXPECT("Ruth Obi met Dana Whitlock in Quito on Monday.\n\nThe talks, held at the seaside Hotel Colon on the bay, "
           "went well.", NULL, "Ruth Obi > Dana Whitlock @ Quito / Hotel Colon | - | held | -");
    EXPECT("Ruth Obi met Dana Whitlock in Quito on Monday.\n\nThe meeting came on the eve of a summit which opens at "
           "the Hotel Colon.", NULL, "Ruth Obi > Dana Whitlock @ Quito | - | held | -");
    /* past an appositive after the first one met to the one after its ", and"; "at the same hotel" */
    EXPECT("Ruth Obi met Peter Varga at the Hotel Colon.\n\nLater Ruth Obi sat down with Dana Whitlock, chief "
           "executive of Quito shipbuilder Astilleros Andinos SA, and Ana Lima of the firm Naviera Sur SA for a "
           "three-way meeting at the same hotel.", NULL, "Ruth Obi > Peter Varga @ Hotel Colon | - | held | -",
           "Ruth Obi > Dana Whitlock,Ana Lima @ Hotel Colon | - | held | in-person");
    /* the pair that just met, told again with where they talked: the same meeting, its venue */
    EXPECT("Ruth Obi met Dana Whitlock in Quito.\n\nThe two ministers held three hours of talks at the Hotel Colon "
           "and agreed to meet again.", NULL, "Ruth Obi > Dana Whitlock @ Quito / Hotel Colon | - | held | -");
    /* whose kin were met, or one dead, is no one met */
    EXPECT_NONE("Ruth Obi has met the editors and the son of slain journalist Dana Whitlock.");
    EXPECT("Ruth Obi met Peter Varga and relatives of Dana Whitlock in Quito.", NULL,
           "Ruth Obi > Peter Varga @ Quito | - | held | -");
    /* what talks are about is no one met */
    EXPECT_NONE("Former Ambassador Ruth Obi talks about Dana Whitlock's trip.");
    EXPECT("Ruth Obi held talks about trade with Dana Whitlock in Lima.", NULL,
           "Ruth Obi > Dana Whitlock @ Lima | - | held | -");
    /* "between" eight words after the meeting; a firm's chief technology officer among those listed */
    EXPECT("Financing was the subject of a three-way meeting at the Lima shipyard on Oct. 28 between Ruth Obi, Acme "
           "chief technology officer Dana Whitlock and Peter Varga.", NULL,
           "Ruth Obi > Dana Whitlock,Peter Varga @ Lima | - | held | -");
    /* a place's appositive before "between" */
    EXPECT("A meeting scheduled for Saturday in Quito, the capital of Ecuador, between Ruth Obi and Dana Whitlock, "
           "chair of the Landowners Association, was called off.", NULL,
           "Ruth Obi > Dana Whitlock @ Quito | - | cancelled | -");
    /* a body's title word between those listed */
    EXPECT("Ruth Obi, IDB country representative Dana Whitlock and Ana Lima met in Quito.", NULL,
           "Ruth Obi > Dana Whitlock,Ana Lima @ Quito | - | held | -");
    /* a lawmaker's party rank and state between those listed */
    EXPECT("The panel's chairman, Sen. Ruth Obi, and its ranking Democrat, Sen. Dana Whitlock (D-Calif.), met Ana "
           "Lima in Quito.", NULL, "Ruth Obi,Dana Whitlock > Ana Lima @ Quito | - | held | -");
    /* those spoken to are the reporters; the one named in another clause is not the verb's object */
    EXPECT_NONE("Ruth Obi spoke to reporters aboard the plane as she accompanied President Dana Whitlock home.");
    EXPECT_NONE("Ruth Obi announced that Dana Whitlock will outline a plan during a visit to Lima.");
    /* "to cancel" a clause away cancels nothing; "what he calls" is no call */
    EXPECT("Ruth Obi and Dana Whitlock said after meeting in Lima that they would propose a plan to cancel all debt.",
           NULL, "Ruth Obi > Dana Whitlock @ Lima | - | held | -");
    EXPECT("Ruth Obi said during talks with Dana Whitlock that the border was what he calls a scar.", NULL,
           "Ruth Obi > Dana Whitlock @ - | - | held | -");
    /* the place of a kind: "in the seaside suburb of X"; what talks are about is not where they are */
    EXPECT("Ruth Obi sat down with Dana Whitlock for talks at a hotel in the seaside suburb of Gammarth.", NULL,
           "Ruth Obi > Dana Whitlock @ Gammarth | - | held | in-person");
    EXPECT("Ruth Obi held talks with Dana Whitlock on Thursday about financing for desalination plants in Quito.",
           NULL, "Ruth Obi > Dana Whitlock @ - | - | held | -");
    EXPECT("Ruth Obi spoke to Dana Whitlock about the treatment of protesters in Quito.", NULL,
           "Ruth Obi > Dana Whitlock @ - | - | held | -");
    /* past a relative clause about the last one named to the meeting's place */
    EXPECT("A meeting between Ruth Obi and Dana Whitlock, who heads Asian operations at Acme SpA, scheduled for "
           "Friday in Quito, was called off.", NULL, "Ruth Obi > Dana Whitlock @ Quito | - | cancelled | -");
    /* "the two men first met" after a colon: the two named before */
    EXPECT("Ruth Obi is no stranger to Dana Whitlock: the two men first met in Lima in May.", NULL,
           "Ruth Obi > Dana Whitlock @ Lima | - | held | -");
    /* "C joined A and B ... for a three-way session"; "The two officials met ... at X" retells the meeting before */
    EXPECT("Sen. Ana Lima, D-N.M., joined Ruth Obi and Dana Whitlock at the Hotel Cortez Plaza for a three-way "
           "session.", NULL, "Ana Lima > Ruth Obi,Dana Whitlock @ Hotel Cortez Plaza | - | held | -");
    EXPECT("Ruth Obi held talks with Dana Whitlock in Lima on Tuesday. The two officials met for three hours at the "
           "Hotel Cortez Plaza.", NULL, "Ruth Obi > Dana Whitlock @ Lima / Hotel Cortez Plaza | - | held | -");
    /* a body's participle and an honorific between those listed; the reach from a "with" a few words on; where a
     * counterpart serves is not where they met */
    EXPECT("Chief Minister Ruth Obi and Nangarhar's Taliban-appointed governor, Maulvi Dana Whitlock, spoke by video "
           "call on Sunday.", NULL, "Ruth Obi > Dana Whitlock @ - | - | held | virtual");
    EXPECT("Governor Ruth Obi spoke by telephone on Sunday with her counterpart in Afghanistan's Nimruz province, "
           "Mullah Dana Whitlock.", NULL, "Ruth Obi > Dana Whitlock @ - | - | held | call");
    /* no plans to meet; a county seat; what a post is on is not a place */
    EXPECT("The council said Ruth Obi had no plans to meet Dana Whitlock.", NULL,
           "Ruth Obi > Dana Whitlock @ - | - | refused | -");
    EXPECT("Ruth Obi met Dana Whitlock, the magistrate of outlying Kinmen, in the county seat of Jincheng on Tuesday.",
           NULL, "Ruth Obi > Dana Whitlock @ Jincheng | - | held | -");
    EXPECT("Ruth Obi is due to meet China's special representative on Korean Peninsula affairs, Dana Whitlock, next "
           "week in Seoul.", NULL, "Ruth Obi > Dana Whitlock @ Seoul | - | planned | -");
    /* "A and B were to discuss": a planned meeting */
    EXPECT("Ruth Obi and Ms. Dana Whitlock were to discuss the aftermath of the elections.", NULL,
           "Ruth Obi > Dana Whitlock @ - | - | planned | -");
    /* the subject's meeting told after "after" */
    EXPECT("Pakistani Foreign Minister Ruth Obi made the comment after Tuesday's meeting with her Iranian "
           "counterpart, Dana Whitlock, in Islamabad.", NULL, "Ruth Obi > Dana Whitlock @ Islamabad | - | held | -");
    /* party tags in brackets between those listed; "the governor" after "Gov. X"; a building ends at "on" */
    EXPECT("On Wednesday, Ana Lima, Sen. Ruth Obi (R-Ohio) and Rep. Dana Whitlock (R-Ohio) met over breakfast at the "
           "Hay-Adams Hotel.", NULL, "Ana Lima > Ruth Obi,Dana Whitlock @ Hay-Adams Hotel | - | held | -");
    EXPECT("Arizona Gov. Ana Lima arrived. The governor later held talks with Sen. Dale R. Overstreet (R-Wyo.) in "
           "the Dirksen Senate Office Building on Capitol Hill.", NULL,
           "Ana Lima > Dale R. Overstreet @ Dirksen Senate Office Building | - | held | -");
    /* "the two men were joined by C" after a fronted "For the final session" */
    EXPECT("Ruth Obi met Dana Whitlock in Baku on Tuesday. For the final session the two men were joined by the "
           "OSCE's special representative, Ana Lima, in a three-way meeting.", NULL,
           "Ruth Obi > Dana Whitlock @ Baku | - | held | -",
           "Ruth Obi,Dana Whitlock > Ana Lima @ Baku | - | held | -");
    /* "spent four hours discussing"; "received by the chief of the Royal Court, X" */
    EXPECT("Ruth Obi, Syrian Minister of Water Resources Dana Whitlock and Lebanese Energy Minister Ana Lima spent "
           "more than four hours discussing flows.", NULL, "Ruth Obi > Dana Whitlock,Ana Lima @ - | - | held | -");
    EXPECT("On Monday, Ruth Obi was received by the chief of the Royal Court, Dana Whitlock, at the Basman Palace.",
           NULL, "Ruth Obi > Dana Whitlock @ Basman Palace | - | held | in-person");
    /* past an appositive to ", and the military governor of X, B"; "with" several words after the talks */
    EXPECT("On Wednesday, Ruth Obi held a three-way meeting in Goma with Ingrid van der Velde, head of the U.N. "
           "stabilisation mission MONUSCO, and the military governor of North Kivu, Lieutenant-General Dana "
           "Whitlock.", NULL, "Ruth Obi > Ingrid van der Velde,Dana Whitlock @ Goma | - | held | -");
    EXPECT("Ruth Obi held talks later on Monday in Nairobi with Tanzania's Minister of Foreign Affairs and East "
           "African Cooperation, Ambassador Dana Whitlock, whose government favours a rival route.", NULL,
           "Ruth Obi > Dana Whitlock @ Nairobi | - | held | -");
    /* "expects a meeting" is planned; "democracy in X" is what was talked about */
    EXPECT("Ruth Obi said Tuesday he expects a meeting with Dana Whitlock Thursday in Caracas.", NULL,
           "Ruth Obi > Dana Whitlock @ Caracas | - | planned | -");
    EXPECT("After meeting with Ruth Obi, Dana Whitlock thanked Poland for its support for democracy in Belarus.",
           NULL, "Dana Whitlock > Ruth Obi @ - | - | held | -");
    /* a country's possessive and a Burmese honorific before the one received */
    EXPECT("Prime Minister Ruth Obi received Myanmar's Foreign Minister U Dana Whitlock in Putrajaya on Thursday.",
           NULL, "Ruth Obi > Dana Whitlock @ Putrajaya | - | held | in-person");
    /* two countries joined by a hyphen count as one word in the reach of "expected to" */
    EXPECT("Ms. Obi is expected to discuss US-India relations when she meets with Prime Minister Dana Whitlock on "
           "Thursday in New Delhi.",
           NULL, "Obi > Dana Whitlock @ New Delhi | - | planned | -");
    /* a second meeting's clause after ", and" is no one the first met with */
    EXPECT("Ruth Obi and Ms. Dana Whitlock spoke by video call on Tuesday, and Amara Okafor is due to meet Obi next "
           "week in Kingston, the ministry said.",
           NULL, "Ruth Obi > Dana Whitlock @ - | - | held | virtual",
           "Amara Okafor > Ruth Obi @ Kingston | - | planned | -");
    /* a title's body with its acronym and what it is for, in small letters, before the one met */
    EXPECT("Ruth Obi met the special envoy of the European Union (EU) for regional energy, Dana Whitlock, at the "
           "Palace of Serbia on Tuesday.",
           NULL, "Ruth Obi > Dana Whitlock @ Palace of Serbia | - | held | -");
    /* an appositive and a relative clause with "whose" between the one received and the verb */
    EXPECT("Ruth Obi, the chief executive of Minera Andina S.A.C., whose dams have drawn protests, was received by "
           "Vice President Dana Whitlock at the Casa Grande del Pueblo on Wednesday.",
           NULL, "Ruth Obi > Dana Whitlock @ Casa Grande del Pueblo | - | held | in-person");
    /* "the two ministers ... when they met", with no meeting told before: the two the sentence before names */
    EXPECT("Ruth Obi said Dana Whitlock's timetable ignores the river. The two ministers first clashed over the issue "
           "when they met on the sidelines of a summit in Gaborone in January.",
           NULL, "Ruth Obi > Dana Whitlock @ Gaborone | - | held | -");

    /* a passive "received by" with a title and its portfolio set off by commas */
    EXPECT("Ruth Obi was received on Monday by Norway's Minister of Trade and Industry, Dana K. Whitlock, at the "
           "Palace of Serbia.",
           NULL, "Ruth Obi > Dana K. Whitlock @ Palace of Serbia | - | held | in-person");
    /* "The two met", right after the two are named */
    EXPECT("Talks went on between Acme chief executive Ruth Obi and Zenith founder Dana Whitlock. The two met in "
           "Gaborone on Feb. 3 to settle the price.",
           NULL, "Ruth Obi > Dana Whitlock @ Gaborone | - | held | -");
    /* an invitation declined, with a word between */
    EXPECT("Ruth Obi declined, however, an invitation to meet Dana Whitlock in Gaborone.",
           NULL, "Ruth Obi > Dana Whitlock @ Gaborone | - | refused | -");
    /* a second meeting "then" held, a sentence later, where the first one was */
    EXPECT("Ruth Obi met Dana Whitlock at the Palace of Serbia on Tuesday. The talks were brokered by Ana Ruiz. "
           "Obi, Whitlock and Ruiz then held a three-way meeting.",
           NULL, "Ruth Obi > Dana Whitlock @ Palace of Serbia | - | held | -",
           "Ruth Obi > Dana Whitlock,Ana Ruiz @ Palace of Serbia | - | held | -");

    /* "The talks, held at X, were joined in the afternoon by C": C and the two who met, at X */
    EXPECT("Ruth Obi met Dana Whitlock in Gaborone on Tuesday. The talks, held at the Palace of Serbia, were joined "
           "in the afternoon by Vice Minister Ana Ruiz.",
           NULL, "Ruth Obi > Dana Whitlock @ Gaborone / Palace of Serbia | - | held | -",
           "Ruth Obi,Dana Whitlock > Ana Ruiz @ Palace of Serbia | - | held | -");
    /* "The meeting at X lasted": where the meeting before was */
    EXPECT("Ruth Obi held talks with Dana Whitlock in Gaborone on Tuesday. The meeting at the Palace of Serbia "
           "lasted three hours.",
           NULL, "Ruth Obi > Dana Whitlock @ Gaborone / Palace of Serbia | - | held | -");
    /* a relative clause on the meeting says where it was to be; a courtesy call by A on B */
    EXPECT("A meeting between Ruth Obi and Dana Whitlock, which had been scheduled for Thursday in Gaborone, was "
           "cancelled. A courtesy call by Obi on Prime Minister Ana Ruiz was called off.",
           NULL, "Ruth Obi > Dana Whitlock @ Gaborone | - | cancelled | -",
           "Ruth Obi > Ana Ruiz @ - | - | cancelled | in-person");
    /* "she and" a partner with a company, a title and an honorific before his name */
    EXPECT("Ruth Obi said the idea took shape when she and Acme chief executive Sir Dana Whitlock met in Toronto.",
           NULL, "Ruth Obi > Dana Whitlock @ Toronto | - | held | -");

    /* "a meeting between the two men", the two the sentence before names */
    EXPECT("Ruth Obi criticised Dana Whitlock for the delay. A meeting between the two men scheduled for Thursday in "
           "Gaborone was cancelled.",
           NULL, "Ruth Obi > Dana Whitlock @ Gaborone | - | cancelled | -");
    /* a long portfolio set off between two of those who met */
    EXPECT("In February, Ruth Obi, Namibia's Minister of Agriculture, Water and Land Reform, Dana Whitlock, and SADC "
           "Executive Secretary Ana Ruiz held three-way talks at the Palace of Serbia.",
           NULL, "Ruth Obi > Dana Whitlock,Ana Ruiz @ Palace of Serbia | - | held | -");

    /* "and was later received by" (the first meeting's place is not the second's); a title whose holder's company
     * is told in small words */
    EXPECT("Ruth Obi met Minister Dana Whitlock in Gaborone on Tuesday, and was later received by Chairman Ana Ruiz "
           "at the Palace of Serbia. A meeting between Obi and the German crane maker's chief executive, Lena "
           "Brandt, set for Friday in Gaborone, was cancelled.",
           NULL, "Ruth Obi > Dana Whitlock @ Gaborone | - | held | -",
           "Ruth Obi > Ana Ruiz @ Palace of Serbia | - | held | in-person",
           "Ruth Obi > Lena Brandt @ Gaborone | - | cancelled | -");

    /* received a country of two words' minister */
    EXPECT("President Ruth Obi received Sierra Leone's Foreign Minister Dana Whitlock at the Palace of Serbia.",
           NULL, "Ruth Obi > Dana Whitlock @ Palace of Serbia | - | held | in-person");

    /* a venue in the clause of what they met for; a request declined by the one asked */
    EXPECT("Ruth Obi met Dana Whitlock in Gaborone on Thursday to sign the agreement at the Palace of Serbia. Ana Ruiz "
           "said she had requested a meeting with Obi but she had declined.",
           NULL, "Ruth Obi > Dana Whitlock @ Gaborone / Palace of Serbia | - | held | -",
           "Ana Ruiz > Ruth Obi @ - | - | refused | -");
    /* "and the two ministers met" in the middle of the sentence that names them: both, not the nearest alone */
    EXPECT("Ruth Obi opened the session alongside Dana Whitlock, and the two ministers met in Gaborone.",
           NULL, "Ruth Obi > Dana Whitlock @ Gaborone | - | held | -");

    /* where a meeting was to be, in a clause on it after "that"; one who joined "the two ministers" of the meeting
     * just told, not who joined them in a stance */
    EXPECT("A meeting between Ruth Obi and Dana Whitlock that had been scheduled for Friday in Gaborone was cancelled "
           "after Whitlock was recalled to Windhoek.",
           NULL, "Ruth Obi > Dana Whitlock @ Gaborone | - | cancelled | -");
    EXPECT("Ruth Obi met Dana Whitlock in Gaborone on Tuesday. The talks became a three-way meeting when Ana Ruiz, an "
           "envoy of the bank, joined the two ministers. Lena Brandt joined the two leaders in condemning the attack.",
           NULL, "Ruth Obi > Dana Whitlock @ Gaborone | - | held | -",
           "Ana Ruiz > Ruth Obi,Dana Whitlock @ Gaborone | - | held | -");
    /* a body's building after its possessive is the venue; "the two executives" are the two just named */
    EXPECT("Ruth Obi was received by Dana Whitlock at the ACP's Administration Building in Panama City on Wednesday.",
           NULL, "Ruth Obi > Dana Whitlock @ Panama City / Administration Building | - | held | in-person");
    EXPECT("Ruth Obi and Dana Whitlock, rivals in the bid, keep channels open. The two executives met in Gaborone.",
           NULL, "Ruth Obi > Dana Whitlock @ Gaborone | - | held | -");

    /* a guest house and a "Cité" are buildings met in; "She" is not the man last named "Mr." */
    EXPECT("Ms. Ruth Obi met Mr. Tom Hale at the State Guest House Padma in Dhaka. Mr. Hale later spoke by phone "
           "with Mr. Omar Brandt.\n\nShe is due to meet Dana Whitlock at the Cité Administrative in Bamako next week.",
           NULL, "Ruth Obi > Tom Hale @ Dhaka / State Guest House Padma | - | held | -",
           "Tom Hale > Omar Brandt @ - | - | held | call",
           "Ruth Obi > Dana Whitlock @ Bamako / Cité Administrative | - | planned | -");

    /* a call, then after ", but" a meeting of its own that was cancelled: each its status and mode; a cancelled
     * visit after ", but" is the meeting's own */
    EXPECT("Ruth Obi spoke with Dana Whitlock by video call on Friday, but a meeting between Obi and Lena Brandt "
           "planned in Gaborone was cancelled.",
           NULL, "Ruth Obi > Dana Whitlock @ - | - | held | virtual",
           "Ruth Obi > Lena Brandt @ Gaborone | - | cancelled | -");
    EXPECT("Ruth Obi was due to meet Dana Whitlock in Gaborone, but the visit was cancelled.",
           NULL, "Ruth Obi > Dana Whitlock @ Gaborone | - | cancelled | in-person");

    /* where a clause hangs on the town someone came from; a role declining with nothing after it refuses; the
     * mode of a call is not the mode of a meeting planned in the clause after "and" */
    EXPECT("Ruth Obi flew in from Gaborone, where on Tuesday she met Dana Whitlock.", NULL,
           "Ruth Obi > Dana Whitlock @ Gaborone | - | held | -");
    EXPECT("Ruth Obi said she had asked to meet Dana Whitlock before the signing but the chief executive declined.",
           NULL, "Ruth Obi > Dana Whitlock @ - | - | refused | -");
    EXPECT("Ruth Obi spoke with Dana Whitlock by video call on Friday and is due to meet Lena Brandt next month in "
           "Gaborone.",
           NULL, "Ruth Obi > Dana Whitlock @ - | - | held | virtual",
           "Ruth Obi > Lena Brandt @ Gaborone | - | planned | -");

    /* the subject after an opening of time: a role with its people's word, a pronoun */
    EXPECT("Kenyan Foreign Minister Ruth Obi met Dana Whitlock in Gaborone on Monday. Later on Tuesday the Kenyan "
           "minister met Lena Brandt in Maun. Obi said the talks went well. On Wednesday, she held talks with Omar "
           "Hale in Lusaka.",
           NULL, "Ruth Obi > Dana Whitlock @ Gaborone | - | held | -", "Ruth Obi > Lena Brandt @ Maun | - | held | -",
           "Ruth Obi > Omar Hale @ Lusaka | - | held | -");

    /* ", and" opens another clause before the first person met; a clause of where inside a relative one */
    EXPECT("Ms. Ruth Obi and Ms. Dana Whitlock spoke by video call on Monday, and Sir Tom Hale is due to meet "
           "Baroness Lena Brandt in Cardiff next week, officials said.",
           NULL, "Ruth Obi > Dana Whitlock @ - | - | held | virtual",
           "Tom Hale > Lena Brandt @ Cardiff | - | planned | -");
    EXPECT("Ruth Obi, who flew in from Gaborone, where her government has been based since 2023, was received on "
           "Tuesday by President Tom Hale at the State House in Lusaka.",
           NULL, "Ruth Obi > Tom Hale @ Lusaka / State House | - | held | in-person");

    /* those a colon lists after talks no person held; a where-clause after a short aside; a title with
     * "executive" before it */
    EXPECT("Last week the coast guard chiefs of the three countries held three-way talks in Davao: Admiral Tom Hale "
           "of the Coast Guard, Vice Admiral Ruth Obi, head of the Maritime Agency, and Lena Brandt, its director.",
           NULL, "Tom Hale > Ruth Obi,Lena Brandt @ Davao | - | held | -");
    EXPECT("Ruth Obi later travelled to the river port of Mombasa, south of the capital, where she held talks with "
           "Tom Hale on dredging.",
           NULL, "Ruth Obi > Tom Hale @ Mombasa | - | held | -");
    /* a contract signed in the passive by two; how the meeting was told after a comma is not how it was held */
    EXPECT("The ten-year contract was signed on Tuesday by Ruth Obi and Dana Whitlock at the Pearl Continental Hotel "
           "in Karachi.",
           NULL, "Ruth Obi > Dana Whitlock @ Karachi / Pearl Continental Hotel | - | held | in-person");
    EXPECT_NONE("The decree was signed by Ruth Obi on Tuesday.");
    EXPECT("Ruth Obi and Dana Whitlock met on the sidelines of a conference in Lahore last month, she told analysts "
           "on a call.",
           NULL, "Ruth Obi > Dana Whitlock @ Lahore | - | held | -");
    EXPECT("Ruth Obi was received by Prime Minister Tom Hale at the Prime Minister's House.", NULL,
           "Ruth Obi > Tom Hale @ Prime Minister's House | - | held | in-person");
    /* a request to meet turned down after it, an invitation declined after "but" with no subject */
    EXPECT("His office said a request for Ruth Obi to meet Tom Hale during a visit to Rabat last month had been "
           "turned down by the Moroccan side.",
           NULL, "Ruth Obi > Tom Hale @ Rabat | - | refused | in-person");
    EXPECT("Ruth Obi had been invited to meet Tom Hale in the town of Bender this week but declined, citing "
           "procedural questions.",
           NULL, "Ruth Obi > Tom Hale @ Bender | - | refused | -");
    /* the building named by the sentence after, which opens with those who met; an owner's word before a
     * building; an adjective before a title */
    EXPECT("Ruth Obi met Tom Hale in Rabat on Tuesday. The ministers talked for three hours at the Sofitel Jardin des "
           "Roses hotel before signing a memorandum.",
           NULL, "Ruth Obi > Tom Hale @ Rabat / Sofitel Jardin des Roses | - | held | -");
    EXPECT("Ruth Obi held talks in Porto on Monday with Tom Hale and Dana Whitlock. The three met at the Palácio da "
           "Bolsa, a spokeswoman said.",
           NULL, "Ruth Obi > Tom Hale,Dana Whitlock @ Porto / Palácio da Bolsa | - | held | -");
    EXPECT("Ruth Obi met Tom Hale at the government's Villa Vodno residence in Skopje.", NULL,
           "Ruth Obi > Tom Hale @ Skopje / Villa Vodno | - | held | -");
    EXPECT("On Wednesday Ruth Obi was received by royal adviser Tom Hale at the Royal Palace.", NULL,
           "Ruth Obi > Tom Hale @ Royal Palace | - | held | in-person");
    /* two appositives in a row after the second subject */
    EXPECT("Ruth Obi and Tom Hale, president of the port authority, the Ente Administrador Puerto Rosario (ENAPRO), "
           "spoke by video call last Thursday.",
           NULL, "Ruth Obi > Tom Hale @ - | - | held | virtual");
    /* where the meeting was, after a relative clause on the last one named, after ", where" and after ", set for" */
    EXPECT("Ruth Obi sat down on Monday with Tom Hale and Dana Whitlock, who leads a breakaway state in the north, at "
           "the Ledra Palace Hotel in the buffer zone.",
           NULL, "Ruth Obi > Tom Hale,Dana Whitlock @ Ledra Palace Hotel | - | held | in-person");
    EXPECT("Ruth Obi flew to Beijing from Macau, where on Monday she held talks with Tom Hale.", NULL,
           "Ruth Obi > Tom Hale @ Macau | - | held | -");
    EXPECT("A planned meeting between Ruth Obi and Tom Hale, set for Thursday at the Ministry of Commerce, was "
           "cancelled.",
           NULL, "Ruth Obi > Tom Hale @ - / Ministry of Commerce | - | cancelled | -");
    /* not a body named after a comma for another reason, nor the country a town is in */
    EXPECT("Ruth Obi met Tom Hale and Dana Whitlock, at the United Nations' request, on Tuesday.", NULL,
           "Ruth Obi > Tom Hale,Dana Whitlock @ - | - | held | -");
    EXPECT("Ruth Obi flew to Amman from Sochi, Russia, where she met Tom Hale.", NULL,
           "Ruth Obi > Tom Hale @ Sochi | - | held | -");
    EXPECT("A meeting between Ruth Obi and the bank's executive vice-president, Tom Hale, set for Monday, was "
           "cancelled.",
           NULL, "Ruth Obi > Tom Hale @ - | - | cancelled | -");
    affiliation("Kenya's Foreign Minister Amara Okafor arrived.", "Amara Okafor -> Kenya (Foreign Minister)", __LINE__);
    affiliation("State Department spokesman Dan Whitlock spoke.", "Dan Whitlock -> State Department (spokesman)", __LINE__);
    affiliation("Ruth Obi, the top Asia official at the Coastal Trade Council, agreed.", "Ruth Obi -> Coastal Trade Council (top Asia official)", __LINE__);
    affiliation("Germany's climate envoy, Ruth Obi, spoke.", "Ruth Obi -> Germany (climate envoy)", __LINE__);
    affiliation("A spokesman for the Ministry of Energy, Tomas Lindqvist, declined.", "Tomas Lindqvist -> Ministry of Energy (spokesman)", __LINE__);
    affiliation("Kenya tried to overthrow President Ruth Obi.", "(none)", __LINE__);
    eg_extractor_free(ex);
    eg_gazetteer_free(gz);
    CHECK_DONE();
}
