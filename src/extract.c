/* extract.c: rule-based mention extraction over tokens and gazetteers (see entgraph/extract.h).
 *
 * Pass 1 walks each sentence and cuts candidate spans: runs of capitalised words, joined through "of", "for",
 * name particles and the like where an organization word or a known phrase needs them, broken before titles and
 * possessives. Titles and honorifics are consumed and remembered ("titled"). Pass 2 types each span from the
 * gazetteers (countries, demonyms, cities, places, organizations), organization words, titles and given names.
 * Pass 3 groups mentions into document entities: full names first, then bare surnames, given names and acronyms to
 * the nearest fitting full form. The trained tagger (a later stage) will replace pass 2's rules, not this shape. */
#define _POSIX_C_SOURCE 200809L
#include "entgraph/extract.h"

#include <assert.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "article.h"
#include "clock.h"
#include "buf.h"
#include "strtab.h"

#define MAX_SPAN_TOKENS 16

typedef enum {
    C_UNKNOWN = -1,   /* a capitalised word whose type only the rest of the document can tell */
    C_DROP = -2,
} cand_kind;

typedef struct {
    uint32_t a, b;         /* tokens [a, b) */
    int type;              /* eg_type, or a cand_kind */
    uint8_t demonym;
    uint8_t titled;
    char cc[3];
    const char *canon;     /* gazetteer display name (borrowed) */
    uint32_t acronym_of;   /* index+1 of the candidate this acronym was introduced for, or 0 */
    uint8_t strength;      /* how sure the rules are: 2 a gazetteer or a title says so, 1 a word says so, 0 a guess */
    uint8_t head_only;     /* "the Commission": a body's word alone, standing for the one body named with it here */
} cand;

struct eg_extractor {
    const eg_gazetteer *gz;
    const eg_tagger *tagger;  /* NULL: rules only */
    uint8_t *labels;          /* the tagger's label of each token */
    eg_tagger_cache *tcache;  /* owned; NULL without a tagger */
    size_t alabels;
    uint8_t *chrome;          /* per sentence: 1 when it is page chrome */
    size_t achrome;
    eg_tag_span *spans;       /* the tagger's names, in order */
    size_t nspans, aspans;
    cand *cands;
    size_t ncands, acands;
    uint32_t *cand_entity;   /* per candidate: entity index + 1, or 0 */
    size_t acand_entity;
    size_t *last_full;       /* per entity: last candidate with its full form before the current one, or -1 */
    size_t *first_full;      /* per entity: first candidate with its full form */
    size_t alast;
    eg_strtab index;         /* "type:key" -> entity index, for the current document */
    eg_strtab words;         /* scratch: a word -> head of a list of person entities that have it (+1) */
    eg_strtab initials;      /* scratch: an organization's initials -> entity index, or UINT32_MAX when several */
    eg_strtab lower;         /* scratch: the words the document writes in lower case (lower_words) */
    eg_strtab org_first;     /* scratch: the first word of a multi-word organization -> entity index, or UINT32_MAX */
    eg_strtab firm_first;    /* scratch: the first word of a company named with its legal form -> entity index, or
                              * UINT32_MAX */
    eg_strtab place_first;   /* scratch: the first word of a natural feature's name ("Debed River") -> entity index */
    eg_strtab short_orgs;    /* scratch: lone words read as organizations that may be a longer one's short name */
    eg_strtab bracketed;     /* scratch: acronyms given in brackets after a name in this document */
    eg_strtab firms;         /* scratch: first word of a company named with its legal form -> its latest candidate */
    eg_strtab storms;        /* scratch: the names of storms in the document ("Phailin" of "Cyclone Phailin") */
    eg_strtab org_last;      /* scratch: the last word of a multi-word organization that ends in a name ("Royal
                              * Dutch Shell") -> entity index, or UINT32_MAX */
    eg_strtab org_head;      /* scratch: the last word of a multi-word organization that is a body's word ("European
                              * Commission" -> "commission") -> entity index, or UINT32_MAX when several */
    eg_strtab long_names;    /* scratch: the last word of a multi-word person -> head of a list of its distinct names */
    uint32_t *wl_ent, *wl_next; /* the lists behind words */
    uint8_t *wl_part;
    size_t nwl, awl;
    eg_buf scratch;
    eg_gz_memo memo;          /* the gazetteer's matches of the current document's tokens */
    double tag_seconds;       /* time spent in the tagger, over all documents */
};

/* ---- word lists ---- */

/* Which lists a folded word is on: one look-up answers every list (see rule_words). */
enum {
    W_PARTICLE = 1 << 0,      /* name particles between capitalised words ("Luiz da Silva") */
    W_CONNECTOR = 1 << 1,     /* words that may join the parts of a name ("Bank of England") */
    W_GEO_HEAD = 1 << 2,      /* a geographic feature, which may take "of" ("Gulf of") */
    W_VENUE_HEAD = 1 << 3,    /* ends the name of a building or venue */
    W_CHROME = 1 << 4,        /* page chrome: sharing buttons, menus */
    W_BYLINE = 1 << 5,        /* a byline that names only a site or agency */
    W_SUFFIX = 1 << 6,        /* generational suffix of a name */
    W_SPEECH_VERB = 1 << 7,
    W_KEY_PARTICLE = 1 << 8,  /* particles that are not a middle name in an entity key */
    W_LANDFORM = 1 << 9,      /* ends the name of a natural feature ("Rift Valley", "Golan Heights") */
    W_LEGAL_FORM = 1 << 10,   /* ends a company's name: "of" or "and" after it starts something else */
    W_VENUE_FIRST = 1 << 11,  /* starts the name of a building ("Palais des Nations") */
    W_MEETING_HALL = 1 << 12, /* before "Centre" or "Center", makes it a venue ("Convention Centre") */
    W_ARTICLE = 1 << 13,      /* an Arabic article, joined to a name by a hyphen ("al-Mansouri", "ul-Haq") */
    W_NAMESAKE = 1 << 14,     /* a royal or religious title that an institution named for its bearer keeps */
    W_FIRM_TITLE = 1 << 15,   /* a title only a company, a team or a body has: "Nvidia chief executive" */
    W_FIRM_STAFF = 1 << 16,   /* people who work at a company: "analysts at Morgan Stanley" */
    W_FIRM_STAKE = 1 << 17,   /* what one holds of a company: "shares of", "a stake in" */
    W_COLLECTIVE = 1 << 18,   /* a people whose possessive a body's name holds: "People's Army", "Workers' Party" */
    W_BODY_HEAD = 1 << 19,    /* ends the name of an institution of its own: "... and Ohio State University" */
    W_LEGISLATURE = 1 << 20,  /* a legislature named by its word alone: "Congress", "the Senate", "the Knesset"
                               * (not "Parliament": every country has one, and one id would join them all) */
    W_FAITH = 1 << 21,        /* a faith, a people that is no country, a disease: alone it names nothing a graph
                               * holds ("Sunni militias", "AIDS patients") */
    W_COMPASS = 1 << 22,      /* starts a region's adjective: "East" Asian, "Middle" Eastern, "Latin" American */
    W_CONTINENT_ADJ = 1 << 23, /* ends one: East "Asian", West "African", Middle "Eastern" */
    W_MEET_VERB = 1 << 24,    /* what a person does to another: "Russia's X met", "Japan's X phoned" */
    W_PARTY_BEFORE = 1 << 25, /* opens the place of a party to a meeting: "met", "with", "between", "and" */
    W_MEDIA = 1 << 26,        /* what a news organization is, before its name: "the daily Le Monde" */
    W_SHIP_PREFIX = 1 << 27,  /* opens a ship's name: "USS", "HMS", "BRP" */
    W_FIRM_PREFIX = 1 << 28,  /* a legal form written before a company's name: "PT", "PJSC" */
    W_HOTEL_BRAND = 1 << 29,  /* a hotel chain, which makes a venue of the name it is in: "Sheraton Grand Doha" */
    W_PLACE_NOUN = 1 << 30,   /* after a name, says it is a place's: "the Agua Caliente crossing", "Abiya region" */
};
#define W_PATRONYM_END ((uint64_t)1 << 31)   /* "son of", "daughter of" after the father's name: "Bakyt kyzy" */
#define W_ROMANCE_HEAD ((uint64_t)1 << 32)   /* opens a body's name with small words: "Compagnie ... de ... et ..." */
#define W_STREET ((uint64_t)1 << 34)   /* a street's word: "Road", "Street", "Avenue" */
#define W_ROMANCE_SMALL ((uint64_t)1 << 35)   /* a small word of a Romance body's name: "et", "pour", "du" */
#define W_SEA ((uint64_t)1 << 36)   /* an ocean's or a sea's name alone: "Pacific", "Arctic" */
#define W_FOLLOWERS ((uint64_t)1 << 33)   /* a movement's people or bodies: "Islamist group", "Maoist rebels" */
#define W_STORM ((uint64_t)1 << 37)   /* opens a storm's name: "Cyclone", "Typhoon", "Tropical Storm" */
#define W_KIN ((uint64_t)1 << 38)   /* a person's relation to another, before the name: "his wife", "her counterpart" */
#define W_AGENCY_FIELD ((uint64_t)1 << 39)   /* see agency_field_words */
#define W_INSTITUTION ((uint64_t)1 << 40)   /* see institution_words */
#define W_COMMON_ACRONYM ((uint64_t)1 << 41)   /* see common_acronyms */
#define W_DEAL_VERB ((uint64_t)1 << 42)   /* what is done to a company in a deal: "valued", "bought", "acquire" */
#define W_PORTFOLIO ((uint64_t)1 << 43)   /* see portfolio_words */

static const char *const particle_words[] = {"al", "bin", "binti", "da", "das", "de", "del", "della", "der", "des",
                                             "di", "do", "dos", "du", "ibn", "la", "le", "van", "von", "y", "el",
                                             "den", "ter", "zu", "los", "las", "ole", "oglu", "oğlu", "ogly",
                                             "qizi", "gizi", "kyzy", "uulu", "ul", "ur", "i", "dela", "af", "wa",
                                             "arap", "na", "bint", "te", "ait", "degli", "dei", "dello", "delle",
                                             "dalla", "ap", NULL};
static const char *const patronym_end_words[] = {"oglu", "oğlu", "ogly", "qizi", "gizi", "kyzy", "qyzy", "uulu",
                                                  "uly", "ulı", NULL};
static const char *const namesake_words[] = {"king", "queen", "prince", "princess", "sultan", "sheikh", "sheik", "emir",
                                             "saint", "pope", "imam", "shah", "tsar", "czar", "ayatollah", "sir",
                                             NULL};
static const char *const connector_words[] = {"of", "for", "on", "and", "the", "&", NULL};
static const char *const geo_head_words[] = {"bay", "cape", "gulf", "isle", "islands", "lake", "mount", "republic",
                                             "sea", "strait", "kingdom", "straits", "state", "city", "port", "river",
                                             "salar", "bight", "firth", NULL};
static const char *const venue_head_words[] = {"airport", "bridge", "castle", "cathedral", "guesthouse", "hotel",
                                               "mosque", "museum", "palace", "park", "square", "stadium", "station",
                                               "temple", "tower", "arena", "embassy", "residence", "compound",
                                               "buildings", "building", "fortress", "citadel", "street", "avenue",
                                               "boulevard", "durbar", "villa", "chancellery", "port", "dam", "base",
                                               "haus", "mansion", "dzong", "road", "resort", "terminal", "complex",
                                               "bhawan", "bhavan", "inn", NULL};
static const char *const landform_words[] = {"valley", "mountains", "hills", "highlands", "desert", "peninsula",
                                             "plateau", "delta", "basin", "coast", "ocean", "sea", "island", "islands",
                                             "falls", "canyon", "glacier", "reef", "heights", "plains", "strait",
                                             "straits", "gulf", "river", "lake", "archipelago", "lagoon", "steppe",
                                             "shoal", "atoll", "darya", "pass", "gorge", "oasis", "volcano", "province",
                                             "region", "governorate", "prefecture", "oblast", "gap", "range",
                                             "reservoir", "harbour", "harbor", "spit", "depression", "krai", "kray",
                                             "bay", "fjord", "passage", "canal",
                                             NULL};
static const char *const legal_form_words[] = {"ltd", "ltd.", "limited", "inc", "inc.", "llc", "llp", "plc", "gmbh",
                                               "ag", "sa", "s.a.", "nv", "n.v.", "spa", "s.p.a.", "bv", "b.v.", "co.",
                                               "corp", "corp.", "pty", "pty.", "bhd", "bhd.", "asa", "oyj", "sarl",
                                               "srl", "tbk", "ltda", "ltda.", "w.l.l.", "wll", "k.k.", "s.a.l.",
                                               "s.r.l.", "sdn", "kgaa", "e.p.", "d.o.o.", "d.d.", "a.ş.", "jsc", "cjsc",
                                               "ojsc", "pjsc", "zrt", "zrt.", "kft", "kft.", "nyrt", "nyrt.", "a.s.",
                                               "s.r.o.", "lda", "lda.", "sp.", "c.v.", "s.a.b.", "s.a.p.i.", "s.a.s.",
                                               "ab", "oy", "a/s", "aps", "hf.", "ehf.", "sh.a.", "sh.p.k.", "k.s.c.p.",
                                               "k.s.c.", "k.s.c.c.", "b.s.c.", "q.p.s.c.", "q.s.c.", "p.j.s.c.",
                                               "s.a.o.g.", "o.o.", "r.l.", "s.à.r.l.", "sàrl", "s.a.r.l.", "s.l.",
                                               "s.l.u.", "s.a.u.",
                                               NULL};
static const char *const firm_prefixes[] = {"pt", "pjsc", "jsc", "oao", "ooo", "zao", "cv", NULL};
static const char *const firm_title_words[] = {"ceo", "cfo", "coo", "cto", "chairman", "chairwoman", "founder",
                                               "co-founder", "cofounder", "chief", "boss", "coach", NULL};
static const char *const firm_staff_words[] = {"analysts", "analyst", "economists", "economist", "strategists",
                                               "strategist", "researchers", "engineers", "executives", "employees",
                                               "bankers", "traders", NULL};
static const char *const firm_stake_words[] = {"shares", "stake", "stakes", "shareholders", NULL};
static const char *const collective_words[] = {"people", "peoples", "workers", "women", "children", "men",
                                              "veterans", "farmers", "peasants", "writers", "teachers",
                                              "journalists", "citizens", "consumers", "students", "traders",
                                              "fishermen", "fishers", "miners", "doctors", "nurses", "lawyers",
                                              "employers", "growers", "producers", "pensioners", "seafarers",
                                              "dockers", "truckers", NULL};
static const char *const body_head_words[] = {"university", "college", "institute", "ministry", "department",
                                              "agency", "bank", "company", "corporation", "council", "commission",
                                              "association", "party", "foundation", "fund", "organization",
                                              "organisation", "authority", "bureau", "office", "court", "museum",
                                              "school", "hospital", "union", "federation", "society", "academy",
                                              "center", "centre", "committee", "board", "army", "police", "church",
                                              NULL};
static const char *const legislature_words[] = {"congress", "senate", "knesset", "duma", "bundestag", "bundesrat",
                                                "majlis", "storting", "riksdag", "sejm", "folketing", "eduskunta",
                                                "althing", "oireachtas", "dail", "dáil", "seanad", "nationalrat",
                                                "seimas", "saeima", "riigikogu", "stortinget", "folketinget",
                                                "sangsad", "mazhilis", "kenesh", "khural", "hural", "sabor",
                                                "skupstina", "hluttaw", "senedd", "mejlis", "sobranie", "inatsisartut",
                                                "løgting", "logting", "lagting", "tynwald", "diet", NULL};
static const char *const faith_words[] = {"sunni", "sunnis", "shiite", "shiites", "shia", "shi'ite", "shi'ites",
                                          "muslim", "muslims", "christian", "christians", "catholic", "catholics",
                                          "protestant", "protestants", "jewish", "jews", "hindu", "hindus", "buddhist",
                                          "buddhists", "sikh", "sikhs", "druze", "alawite", "alawites", "yazidi",
                                          "yazidis", "coptic", "copts", "evangelical", "orthodox", "sufi", "salafist",
                                          "salafi", "arab", "arabs", "kurd", "kurds", "kurdish", "pashtun", "pashtuns",
                                          "baloch", "hazara", "hutu", "hutus", "tutsi", "tutsis", "uighur", "uighurs",
                                          "uyghur", "uyghurs", "rohingya", "tamil", "tamils", "sinhalese", "bedouin",
                                          "inuit", "sami", "saami", "aids", "hiv", "hiv-aids", "ebola", "sars", "mers",
                                          "covid", "covid-19", "mpox", "zika", "h5n1", "h1n1", NULL};
static const char *const compass_words[] = {"east", "west", "north", "south", "central", "southeast", "southwest",
                                           "northeast", "northwest", "middle", "latin", "sub-saharan", NULL};
static const char *const continent_adj_words[] = {"asian", "african", "european", "american", "eastern", "western",
                                                  NULL};
static const char *const venue_first_words[] = {"palais", "palácio", "palacio", "palazzo", "edificio",
                                                "edifício", "château", "chateau", "schloss", "castello",
                                                "castillo", "hotel", "hôtel", "plaza", "casa", "villa", "quinta",
                                                "kokhi", "cité", NULL};
/* not "Fairmont", a town as often ("Fairmont State"); "Hilton" only after a word (see hotel_at) */
static const char *const hotel_brand_words[] = {"intercontinental", "sheraton", "hilton", "marriott", "hyatt",
                                                "radisson", "kempinski", "ritz-carlton", "sofitel", "novotel",
                                                "mövenpick", "movenpick", "westin", "shangri-la", "pullman", "rotana",
                                                "jumeirah", "swissôtel", "swissotel", "méridien", "meridien",
                                                "mercure", "oberoi", "crowne", "anantara", "serena", NULL};
static const char *const place_noun_words[] = {"crossing", "crossings", "dam", "dams", "barrage", "canal",
                                               "checkpoint", "checkpoints", "deposit", "deposits", "mine", "mines",
                                               "province", "district", "governorate", "county", "municipality",
                                               "prefecture", "region", "valley", "mountains", "hills",
                                               "highlands", "plateau", "gorge", "steppe", "pass", "basin",
                                               "corridor", "river", "rivers", "hotel", "refinery", "airport",
                                               "stadium", "oilfield", "wetlands", "marshes", "building",
                                               "reservoir", "lagoon", "fjord", "fjords", "fiord", "estuary",
                                               "harbour", "harbor", "beach", "lake", "foothills", "field",
                                               "fields", "desert", "delta", "oasis", "glacier", "shipyard", "shipyards",
                                               "port", "peninsula", "island", "islands", "archipelago", "atoll",
                                               "volcano", "plain", "plains",
                                               NULL};
static const char *const deal_verb_words[] = {"valued", "values", "value", "valuing", "buy", "buys", "bought",
                                              "buying", "acquire", "acquires", "acquired", "acquiring", "sell",
                                              "sells", "sold", "selling", "sue", "sues", "sued", "suing", "fined",
                                              "merge", "merges", "merged", "merging", NULL};
static const char *const street_words[] = {"road", "street", "avenue", "boulevard", "highway", NULL};
static const char *const romance_small_words[] = {"et", "pour", "la", "le", "les", "du", "des", "de", "y", "para",
                                                  "por", "e", "do", "da", "dos", "das", "del", "sur", "en", NULL};
static const char *const sea_words[] = {"pacific", "arctic", "atlantic", "antarctic", "caribbean", "mediterranean",
                                        NULL};
static const char *const followers_words[] = {"group", "groups", "militants", "militant", "rebels", "rebel",
                                              "insurgents", "insurgency", "fighters", "movement", "movements",
                                              "party", "parties", "regime", "faction", "factions", "extremists",
                                              "militia", "militias", "cells", "networks", "guerrillas", NULL};
static const char *const romance_head_words[] = {"compagnie", "société", "societe", "mouvement", "banque", "agence",
                                                 "syndicat", "conseil", "groupement", "fédération", "federation",
                                                 "caisse", "compañía", "compania", "sociedad", "empresa", "companhia",
                                                 "sociedade", "movimiento", "movimento", "rassemblement", "régie",
                                                 "regie", "établissement", "etablissement", "confédération",
                                                 "confederación", "asociación", "associação", "instituto", "union",
                                                 "front", "frente", "parti", "partido", "office", "autorité",
                                                 "direction", "centre", "comité", "bourse", "boursa", "borsa",
                                                 "bolsa", "électricité", "electricite", "électricite", "grupo",
                                                 "gruppo", "groupe", NULL};
/* what "Executive" qualifies as an adjective: "the American Executive branch" */
static const char *const executive_nouns[] = {"branch", "order", "orders", "power", "powers", "privilege", "action",
                                              "actions", "decree", "decrees", "authority", NULL};
/* common nouns after "County" or "Port" that make no place: "County Fair", "Port Security" (a club too: "Port
 * Vale") */
static const char *const county_port_nouns[] = {"fair", "championship", "jail", "prison", "court", "courthouse",
                                                "sheriff", "police", "security", "health", "operations", "workers",
                                                "officials", "vale", "commission", "board", "hospital", NULL};
static const char *const royal_words[] = {"queen", "king", "prince", "princess", NULL};
static const char *const article_words[] = {"al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "ul", "ud", "ur",
                                            NULL};
static const char *const meeting_hall_words[] = {"convention", "conference", "exhibition", "congress", "expo",
                                                 NULL};
static const char *const chrome_word_list[] = {"share", "tweet", "facebook", "twitter", "whatsapp", "linkedin",
                                               "email", "print", "comments", "comment", "reddit", "telegram",
                                               "pinterest", "copy", "link", "menu", "home", "search", "subscribe",
                                               "published", "updated", "a-", "a+", "cookies", "accept", "reject",
                                               "close", "%", NULL};
static const char *const byline_words[] = {"staff", "news", "desk", "agency", "wire", "reporters", "correspondent",
                                           NULL};
static const char *const suffix_words[] = {"jr.", "sr.", "jr", "sr", "ii", "iii", "iv", NULL};
static const char *const speech_verbs[] = {"said", "says", "told", "added", "wrote", "noted", "argued", "asked",
                                           "stated", "explained", "insisted", "warned", "tweeted", "declined", NULL};
static const char *const meet_verbs[] = {"met", "meets", "spoke", "speaks", "visited", "visits", "hosted", "hosts",
                                         "phoned", "welcomed", "welcomes", "greeted", "received", "urged", "urges",
                                         "called", "discussed", "held", "will", "has", NULL};
static const char *const party_before_words[] = {"met", "meet", "meets", "meeting", "with", "between", "and", "told",
                                                 "visited", "hosted", "received", "welcomed", "phoned", NULL};
static const char *const media_words[] = {"daily", "newspaper", "weekly", "magazine", "tabloid", "broadcaster",
                                          "broadsheet", "website", "outlet", NULL};
static const char *const ship_prefixes[] = {"uss", "hms", "hmas", "hmcs", "hmnzs", "brp", "mv", "ins", "rfs", "kri",
                                            "roks", "hnlms", "ss", "rv", "mt", NULL};
static const char *const storm_words[] = {"hurricane", "typhoon", "cyclone", "storm", "superstorm", NULL};
static const char *const kin_words[] = {"counterpart", "wife", "husband", "son", "daughter", "brother", "sister",
                                        "mother", "father", "widow", "widower", "fiancée", "fiancee", "fiancé",
                                        "fiance", "grandson", "granddaughter", "nephew", "niece", "cousin", NULL};
/* a government agency named by its field and its country: "Statistics Norway", "Environment Canada" */
static const char *const agency_field_words[] = {"statistics", "environment", "health", "transport", "parks",
                                                 "elections", "fisheries", "infrastructure", "resources", "affairs",
                                                 "oceans", "safety", NULL};
/* a minister's portfolio, which no table of bodies' words holds: "Minister of Economy, Trade and Industry" */
static const char *const portfolio_words[] = {
    "trade", "economy", "finance", "commerce", "tourism", "fisheries", "labour", "labor", "justice", "interior",
    "defence", "defense", "health", "education", "agriculture", "transport", "affairs", "planning", "culture",
    "environment", "water", "housing", "youth", "sports", "infrastructure", "information", "science",
    "innovation", "welfare", "development", "investment", "forestry", "livestock", "works", "security",
    "integration", "budget", "employment", "heritage", "resources", "aviation", "maritime", "climate", "public",
    "posts", "telecommunications", "communications", "family", "women", "gender", "rural", "urban", "land", "lands",
    "mines", "mining", "energy", "industry", "petroleum", "social", "civil", "religious", "veterans", "solidarity",
    "digital", "wildlife", "marine", "ports", "foreign", "home", "national", NULL};
/* ends the name of a public body, never of a place: what the tagger reads as a place with one is a body */
static const char *const institution_words[] = {"assembly", "parliament", "council", "commission", "ministry",
                                                "department", "agency", "authority", "committee", "party",
                                                "organization", "organisation", "federation", "association",
                                                "senate", "bureau", "directorate", "secretariat", "administration",
                                                NULL};
/* acronyms of common nouns, written in capitals but naming nothing a graph holds: "an LNG terminal", "NGOs" */
static const char *const common_acronyms[] = {"lng", "lpg", "cng", "ipo", "ipos", "fdi", "ngo", "ngos", "vat", "gmt",
                                              "utc", "gdp", "ceo", "ceos", "cfo", "cfos", "mou", "mous", "ev", "evs",
                                              "suv", "suvs", "gps", "dna", "cctv", "uav", "uavs", "icbm", "icbms",
                                              "mw", "gw", "kwh", "mwh", "gwh", "teu", "teus", "etf", "etfs", "vip",
                                              "vips", "phd", NULL};
static const char *const key_particles[] = {"da", "de", "do", "dos", "das", "del", "della", "di", "du", "van", "von",
                                            "der", "den", "bin", "binti", "ibn", "al", "el", "la", "le", "y", "los",
                                            "las", "degli", "dei", "dello", "delle", "dalla", "ap", NULL};

/* Phrases that mark a short line as page chrome: navigation, sharing, comment and cookie prompts. Searched as
 * substrings of the line's folded words joined by spaces. */
static const char *const chrome_phrases[] = {
    "read more", "leave a reply", "leave a comment", "post a comment", "add a comment", "font size",
    "source link", "share this", "share on", "share via", "share article", "sign up", "log in", "sign in",
    "subscribe to", "skip to", "click here", "all rights reserved", "accept cookies", "cookie policy",
    "cookie settings", "privacy policy", "terms of use", "follow us", "related articles", "related stories",
    "read mode", "enable read mode", "listen to this", "print this", "email this", "advertisement",
    "most popular", "recommended for you", "you may also like", "comments are closed", "back to top",
    "view comments", "show comments", "this website uses cookies", "we use cookies", "newsletter",
    "our standards", "trust principles", "editorial standards", "all times are", NULL};

#define NCHROME_PHRASES (sizeof chrome_phrases / sizeof *chrome_phrases - 1)

static eg_wordset rule_words;
/* The phrases are looked for in a sentence's folded words as the text keeps them, each followed by a NUL (see
 * eg_text_norm): a phrase's space stands for that NUL (as_text). chrome_byte: the phrases by each of their first
 * four bytes (bit k: phrase k), so that a line is scanned once instead of once per phrase, and a phrase is
 * compared only where four bytes agree (two let "re" of every "there" through). */
static uint64_t chrome_byte[4][256];
static size_t chrome_len[NCHROME_PHRASES];
static eg_status rule_words_status = EG_OK;
static pthread_once_t rule_words_once = PTHREAD_ONCE_INIT;

/* A byte of a chrome phrase as the folded words of a text hold it. */
static unsigned char as_text(char c)
{
    return c == ' ' ? 0 : (unsigned char)c;
}

static void build_rule_words(void)
{
    size_t k, i;
    eg_status ret = EG_OK;
    _Static_assert(NCHROME_PHRASES <= 64, "chrome phrases must fit a 64-bit mask");
    eg_wordset_init(&rule_words);
    if ((ret = eg_wordset_add(&rule_words, particle_words, W_PARTICLE)) != EG_OK ||
        (ret = eg_wordset_add(&rule_words, connector_words, W_CONNECTOR)) != EG_OK ||
        (ret = eg_wordset_add(&rule_words, geo_head_words, W_GEO_HEAD)) != EG_OK ||
        (ret = eg_wordset_add(&rule_words, venue_head_words, W_VENUE_HEAD)) != EG_OK ||
        (ret = eg_wordset_add(&rule_words, landform_words, W_LANDFORM)) != EG_OK ||
        (ret = eg_wordset_add(&rule_words, legal_form_words, W_LEGAL_FORM)) != EG_OK ||
        (ret = eg_wordset_add(&rule_words, venue_first_words, W_VENUE_FIRST)) != EG_OK ||
        (ret = eg_wordset_add(&rule_words, hotel_brand_words, W_HOTEL_BRAND)) != EG_OK ||
        (ret = eg_wordset_add(&rule_words, place_noun_words, W_PLACE_NOUN)) != EG_OK ||
        (ret = eg_wordset_add(&rule_words, meeting_hall_words, W_MEETING_HALL)) != EG_OK ||
        (ret = eg_wordset_add(&rule_words, article_words, W_ARTICLE)) != EG_OK ||
        (ret = eg_wordset_add(&rule_words, namesake_words, W_NAMESAKE)) != EG_OK ||
        (ret = eg_wordset_add(&rule_words, firm_title_words, W_FIRM_TITLE)) != EG_OK ||
        (ret = eg_wordset_add(&rule_words, firm_staff_words, W_FIRM_STAFF)) != EG_OK ||
        (ret = eg_wordset_add(&rule_words, firm_stake_words, W_FIRM_STAKE)) != EG_OK ||
        (ret = eg_wordset_add(&rule_words, collective_words, W_COLLECTIVE)) != EG_OK ||
        (ret = eg_wordset_add(&rule_words, body_head_words, W_BODY_HEAD)) != EG_OK ||
        (ret = eg_wordset_add(&rule_words, legislature_words, W_LEGISLATURE)) != EG_OK ||
        (ret = eg_wordset_add(&rule_words, faith_words, W_FAITH)) != EG_OK ||
        (ret = eg_wordset_add(&rule_words, compass_words, W_COMPASS)) != EG_OK ||
        (ret = eg_wordset_add(&rule_words, continent_adj_words, W_CONTINENT_ADJ)) != EG_OK ||
        (ret = eg_wordset_add(&rule_words, chrome_word_list, W_CHROME)) != EG_OK ||
        (ret = eg_wordset_add(&rule_words, byline_words, W_BYLINE)) != EG_OK ||
        (ret = eg_wordset_add(&rule_words, suffix_words, W_SUFFIX)) != EG_OK ||
        (ret = eg_wordset_add(&rule_words, patronym_end_words, W_PATRONYM_END)) != EG_OK ||
        (ret = eg_wordset_add(&rule_words, romance_head_words, W_ROMANCE_HEAD)) != EG_OK ||
        (ret = eg_wordset_add(&rule_words, followers_words, W_FOLLOWERS)) != EG_OK ||
        (ret = eg_wordset_add(&rule_words, street_words, W_STREET)) != EG_OK ||
        (ret = eg_wordset_add(&rule_words, deal_verb_words, W_DEAL_VERB)) != EG_OK ||
        (ret = eg_wordset_add(&rule_words, romance_small_words, W_ROMANCE_SMALL)) != EG_OK ||
        (ret = eg_wordset_add(&rule_words, sea_words, W_SEA)) != EG_OK ||
        (ret = eg_wordset_add(&rule_words, storm_words, W_STORM)) != EG_OK ||
        (ret = eg_wordset_add(&rule_words, kin_words, W_KIN)) != EG_OK ||
        (ret = eg_wordset_add(&rule_words, agency_field_words, W_AGENCY_FIELD)) != EG_OK ||
        (ret = eg_wordset_add(&rule_words, institution_words, W_INSTITUTION)) != EG_OK ||
        (ret = eg_wordset_add(&rule_words, common_acronyms, W_COMMON_ACRONYM)) != EG_OK ||
        (ret = eg_wordset_add(&rule_words, portfolio_words, W_PORTFOLIO)) != EG_OK ||
        (ret = eg_wordset_add(&rule_words, speech_verbs, W_SPEECH_VERB)) != EG_OK ||
        (ret = eg_wordset_add(&rule_words, meet_verbs, W_MEET_VERB)) != EG_OK ||
        (ret = eg_wordset_add(&rule_words, party_before_words, W_PARTY_BEFORE)) != EG_OK ||
        (ret = eg_wordset_add(&rule_words, media_words, W_MEDIA)) != EG_OK ||
        (ret = eg_wordset_add(&rule_words, ship_prefixes, W_SHIP_PREFIX)) != EG_OK ||
        (ret = eg_wordset_add(&rule_words, firm_prefixes, W_FIRM_PREFIX)) != EG_OK ||
        (ret = eg_wordset_add(&rule_words, key_particles, W_KEY_PARTICLE)) != EG_OK)
        goto cleanup;
    for (k = 0; k < NCHROME_PHRASES; k++) {
        chrome_len[k] = strlen(chrome_phrases[k]);
        assert(chrome_len[k] >= 4);
        for (i = 0; i < 4; i++)
            chrome_byte[i][as_text(chrome_phrases[k][i])] |= (uint64_t)1 << k;
    }
cleanup:
    rule_words_status = ret;
}

static uint64_t word_bits(const eg_text *t, size_t i)
{
    return eg_wordset_get(&rule_words, eg_text_norm(t, i), t->toks[i].norm_len);
}

/* Does line[0..n) (words separated by a NUL) contain one of chrome_phrases? (Every one has at least four bytes.) */
static int has_chrome_phrase(const char *line, size_t n)
{
    size_t i, k, j;
    for (i = 0; i + 3 < n; i++) {
        uint64_t m = chrome_byte[0][(unsigned char)line[i]] & chrome_byte[1][(unsigned char)line[i + 1]] &
                     chrome_byte[2][(unsigned char)line[i + 2]] & chrome_byte[3][(unsigned char)line[i + 3]];
        for (; m; m &= m - 1) {   /* each set bit, lowest first */
#if defined(__GNUC__)
            k = (size_t)__builtin_ctzll(m);
#else
            for (k = 0; !((m >> k) & 1); k++)
                ;
#endif
            if (chrome_len[k] > n - i)
                continue;
            for (j = 4; j < chrome_len[k] && (unsigned char)line[i + j] == as_text(chrome_phrases[k][j]); j++)
                ;
            if (j == chrome_len[k])
                return 1;
        }
    }
    return 0;
}

static const char *const type_names[EG_NTYPES] = {"person", "organization", "country", "place"};

const char *eg_type_name(eg_type type)
{
    return (unsigned)type < EG_NTYPES ? type_names[type] : "unknown";
}

int eg_type_parse(const char *name, size_t len, eg_type *type)
{
    int i;
    for (i = 0; i < EG_NTYPES; i++) {
        if (strlen(type_names[i]) == len && strncmp(type_names[i], name, len) == 0) {
            *type = (eg_type)i;
            return 1;
        }
    }
    if (len == 3 && strncmp(name, "org", 3) == 0) {
        *type = EG_TYPE_ORGANIZATION;
        return 1;
    }
    return 0;
}

void eg_extraction_init(eg_extraction *x)
{
    memset(x, 0, sizeof *x);
}

void eg_extraction_reset(eg_extraction *x)
{
    size_t i;
    for (i = 0; i < x->nentities; i++) {
        free(x->entities[i].name);
        free(x->entities[i].key);
    }
    x->nentities = 0;
    x->nmentions = 0;
    x->nmeetings = 0;
    x->naffiliations = 0;
}

void eg_extraction_release(eg_extraction *x)
{
    eg_extraction_reset(x);
    free(x->mentions);
    free(x->entities);
    free(x->meetings);
    free(x->affiliations);
    eg_extraction_init(x);
}

eg_status eg_extractor_new(eg_extractor **out, const eg_gazetteer *gz, const eg_tagger *tagger, eg_error *err)
{
    eg_extractor *ex;
    eg_status ret;
    if (pthread_once(&rule_words_once, build_rule_words) != 0 || rule_words_status != EG_OK)
        return eg_error_set(err, EG_ELIMIT, "the rules' word lists do not fit their table");
    ex = calloc(1, sizeof *ex);
    if (!ex)
        return eg_error_set(err, EG_ENOMEM, "out of memory");
    ex->gz = gz;
    ex->tagger = tagger;
    if (tagger && (ret = eg_tagger_cache_new(&ex->tcache, tagger, gz, err)) != EG_OK) {
        free(ex);
        return ret;
    }
    eg_buf_init(&ex->scratch, 1 << 20);
    eg_gz_memo_init(&ex->memo);
    *out = ex;
    return EG_OK;
}

void eg_extractor_free(eg_extractor *ex)
{
    if (!ex)
        return;
    free(ex->cands);
    free(ex->labels);
    eg_tagger_cache_free(ex->tcache);
    free(ex->chrome);
    free(ex->spans);
    free(ex->cand_entity);
    free(ex->last_full);
    free(ex->first_full);
    eg_strtab_release(&ex->index);
    eg_strtab_release(&ex->words);
    eg_strtab_release(&ex->initials);
    eg_strtab_release(&ex->lower);
    eg_strtab_release(&ex->org_first);
    eg_strtab_release(&ex->firm_first);
    eg_strtab_release(&ex->place_first);
    eg_strtab_release(&ex->short_orgs);
    eg_strtab_release(&ex->bracketed);
    eg_strtab_release(&ex->firms);
    eg_strtab_release(&ex->storms);
    eg_strtab_release(&ex->org_last);
    eg_strtab_release(&ex->org_head);
    eg_strtab_release(&ex->long_names);
    free(ex->wl_ent);
    free(ex->wl_next);
    free(ex->wl_part);
    eg_buf_release(&ex->scratch);
    eg_gz_memo_release(&ex->memo);
    free(ex);
}

/* ---- token predicates ---- */

static const eg_gz_entry *tok_entry(eg_extractor *ex, const eg_text *t, size_t i)
{
    (void)t;
    return eg_gz_memo_word(&ex->memo, i);
}

static int tok_kind(eg_extractor *ex, const eg_text *t, size_t i, uint32_t kinds)
{
    const eg_gz_entry *e = tok_entry(ex, t, i);
    if (e && e->ntoks == 1 && (e->kinds & kinds))
        return 1;
    /* a given name written with its marks is the name the list has without them ("Hélène", "José") */
    return (kinds & EG_GZ_FIRSTNAME) && (t->toks[i].flags & EG_TOK_WORD) && t->toks[i].end - t->toks[i].start > 2 &&
           eg_gazetteer_marked_given_name(ex->gz, eg_text_norm(t, i), t->toks[i].norm_len);
}

static int is_cap_word(const eg_text *t, size_t i)
{
    uint16_t f = t->toks[i].flags;
    size_t n = t->toks[i].end - t->toks[i].start, k = 0;
    const char *s = t->src + t->toks[i].start;
    uint32_t cp;
    if ((f & EG_TOK_WORD) && (f & EG_TOK_CAP) && !(f & EG_TOK_NUM))
        return 1;
    if (!(f & EG_TOK_WORD) || n < 4 || s[0] < 'a' || s[0] > 'z')
        return 0;
    /* a particle joined to a capitalised name: elided ("d'Ettorre", "l'Orange", "d’Alema") or an Arabic article
     * ("al-Mansouri", "el-Sisi", "ash-Shami") */
    if (s[0] == 'd' || s[0] == 'l')
        k = s[1] == '\'' ? 2 : (!strncmp(s + 1, "\xE2\x80\x99", 3) ? 4 : 0);
    if (!k && n > 4) {
        const char *h = memchr(s + 2, '-', 2);
        if (h && (eg_wordset_get(&rule_words, s, (size_t)(h - s)) & W_ARTICLE))
            k = (size_t)(h - s) + 1;
    }
    if (!k || k >= n)
        return 0;
    eg_utf8_decode((const unsigned char *)s + k, n - k, &cp);
    return eg_cp_is_upper(cp);
}

static int norm_is_n(const eg_text *t, size_t i, const char *w, size_t n)
{
    return t->toks[i].norm_len == n && memcmp(eg_text_norm(t, i), w, n) == 0;
}

/* norm_is(t, i, "word"): token i's folded form is the literal, its length known at compile time (the length is
 * compared first: these run at almost every token); norm_is_word for a string that is not a literal */
#define norm_is(t, i, w) norm_is_n((t), (i), "" w, sizeof(w) - 1)

static int norm_is_word(const eg_text *t, size_t i, const char *w)
{
    return norm_is_n(t, i, w, strlen(w));
}

/* Is token i's folded text one of the words of the NULL-ended list? */
static int norm_in(const eg_text *t, size_t i, const char *const *list)
{
    for (; *list; list++)
        if (norm_is_word(t, i, *list))
            return 1;
    return 0;
}

/* "and", "&" or a comma, which join the words of a list inside a name or a portfolio ("Trade, Industry and
 * Energy") */
static int list_joiner(const eg_text *t, size_t i)
{
    return norm_is(t, i, "and") || norm_is(t, i, "&") || norm_is(t, i, ",");
}

/* "Minister", or the one word "Vice-Minister" ("Japan's Vice-Minister of Economy, Trade and Industry X") */
static int minister_title(const eg_text *t, size_t i)
{
    return norm_is(t, i, "minister") || norm_is(t, i, "vice-minister");
}

static int is_particle(const eg_text *t, size_t i)
{
    if (!(t->toks[i].flags & EG_TOK_WORD) || (t->toks[i].flags & EG_TOK_CAP))
        return 0;
    return (word_bits(t, i) & W_PARTICLE) != 0;
}

/* The words of name [a, b) that count for its length: not its initials nor its particles ("Óscar R. Villalba de la
 * Cruz" has four). */
static size_t name_words(const eg_text *t, size_t a, size_t b)
{
    size_t n = 0;
    for (; a < b; a++)
        n += !(t->toks[a].flags & EG_TOK_INITIAL) && !is_particle(t, a);
    return n;
}

static int is_connector(const eg_text *t, size_t i)
{
    return (word_bits(t, i) & W_CONNECTOR) != 0;
}

static int span_has_orgword(eg_extractor *ex, const eg_text *t, size_t a, size_t b)
{
    size_t i;
    for (i = a; i < b; i++) {
        const eg_gz_entry *e = NULL;
        size_t L = eg_gz_memo_match(&ex->memo, i, b, EG_GZ_ORGWORD, &e);
        /* a legal form of two letters is written in capitals: "Abdoulaye Ag Mohamed" is no "AG" */
        if (L && !(L == 1 && t->toks[i].norm_len == 2 && !(t->toks[i].flags & EG_TOK_ALLCAPS) &&
                   (word_bits(t, i) & W_LEGAL_FORM)))
            return 1;
    }
    return 0;
}

/* The words [a, s) in front of a tagger's organization [s, b) belong to it: the name ends in an organization word,
 * its words are all capitalised, the first is not capitalised only for starting a sentence or line, and none of
 * the front words is a place, a demonym or a title, which the tagger is right to leave out ("Iraqi Army"). */
static int org_front(eg_extractor *ex, const eg_text *t, size_t a, size_t s, size_t b)
{
    size_t i;
    if (!tok_kind(ex, t, b - 1, EG_GZ_ORGWORD) || (t->toks[a].flags & (EG_TOK_SENT_START | EG_TOK_LINE_START)))
        return 0;
    for (i = a; i < b; i++)
        if (!is_cap_word(t, i) ||
            (i < s && tok_kind(ex, t, i, EG_GZ_COUNTRY | EG_GZ_DEMONYM | EG_GZ_CITY | EG_GZ_PLACE | EG_GZ_TITLE |
                                             EG_GZ_HONORIFIC)))
            return 0;
    return 1;
}

/* Does a ministry's name of its own start at token k ("Ministry of Water Resources")? A people's word before it is
 * a mention of the country ("Iraqi" Ministry of Water Resources), as the gold corpora and GMB read it. */
static int ministry_of(const eg_text *t, size_t k)
{
    return k + 2 < t->ntoks && norm_is(t, k, "ministry") && norm_is(t, k + 1, "of") && is_cap_word(t, k + 2);
}

/* Are tokens [a, b) a branch of a country's armed forces, which keeps its people's word ("Nigerian Navy",
 * "Indian Army", "Egyptian Armed Forces")? */
static int armed_force(const eg_text *t, size_t a, size_t b)
{
    if (b - a == 1)
        return norm_is(t, a, "navy") || norm_is(t, a, "army") || norm_is(t, a, "marines") ||
               norm_is(t, a, "gendarmerie");
    return b - a == 2 && is_cap_word(t, a + 1) &&
           ((norm_is(t, a, "air") && norm_is(t, a + 1, "force")) ||
            (norm_is(t, a, "coast") && norm_is(t, a + 1, "guard")) ||
            (norm_is(t, a, "border") && norm_is(t, a + 1, "guard")) ||
            (norm_is(t, a, "national") && norm_is(t, a + 1, "guard")) ||
            (norm_is(t, a, "armed") && norm_is(t, a + 1, "forces")) ||
            ((norm_is(t, a, "defence") || norm_is(t, a, "defense")) && norm_is(t, a + 1, "forces")));
}

/* Words that tell a geographic feature ("Gulf of", "Bay of") and so may take "of". */
static int is_geo_head(const eg_text *t, size_t i)
{
    return (word_bits(t, i) & W_GEO_HEAD) != 0;
}

/* "Palace of Independence", "Castle of ...": token j is the "of" after a palace's word (not "Station of Sound
 * Transit"). */
static int palace_of(const eg_text *t, size_t j)
{
    return j > 0 && norm_is(t, j, "of") && (norm_is(t, j - 1, "palace") || norm_is(t, j - 1, "castle") ||
                                            norm_is(t, j - 1, "fortress") || norm_is(t, j - 1, "citadel") ||
                                            norm_is(t, j - 1, "chancellery") ||
                                            /* "Great Hall of the People" */
                                            (norm_is(t, j - 1, "hall") && j >= 2 && norm_is(t, j - 2, "great")));
}

/* Is a name particle among the tokens [a, b)? */
static int particle_in(const eg_text *t, size_t a, size_t b)
{
    for (; a < b; a++)
        if (is_particle(t, a))
            return 1;
    return 0;
}

/* Whether the name [a, b) is that of a building or venue, by its last word ("Diaoyutai State Guesthouse",
 * "Kenyatta International Convention Centre") or its first ("Palais des Nations"). */
static int is_venue(const eg_text *t, size_t a, size_t b)
{
    size_t p;
    if ((word_bits(t, b - 1) & W_VENUE_HEAD) || (word_bits(t, a) & W_VENUE_FIRST))
        return 1;
    /* "Speke Resort Munyonyo", "Serena Hotel Kampala", "Raffles Hotel Le Royal": a hotel's word and the place it
     * is at, or its name */
    for (p = b - 2; b - a >= 3 && p > a && p + 3 >= b && is_cap_word(t, p + 1); p--)
        if (norm_is(t, p, "hotel") || norm_is(t, p, "resort"))
            return 1;
    /* "Government House", "State House", "Blair House", "Tafawa Balewa House" (not "White House", the office, nor
     * "House of ...") */
    if (b - a >= 2 && b - a <= 3 && norm_is(t, b - 1, "house") && !norm_is(t, b - 2, "white") &&
        !(b < t->ntoks && norm_is(t, b, "of")))
        return 1;
    /* "State Guest House Padma", "the Jamuna Guest House": a guest house, named after its words or before them */
    for (p = a; p + 1 < b && p + 4 >= b; p++)
        if (norm_is(t, p, "guest") && (norm_is(t, p + 1, "house") || norm_is(t, p + 1, "houses")))
            return 1;
    /* "Mansudae Assembly Hall", "Concert Hall", "Great Hall of the People" */
    if (b - a >= 2 && norm_is(t, b - 1, "hall") &&
        ((word_bits(t, b - 2) & W_MEETING_HALL) || norm_is(t, b - 2, "assembly") || norm_is(t, b - 2, "concert") ||
         norm_is(t, b - 2, "city") || norm_is(t, b - 2, "town") || norm_is(t, b - 2, "great")))
        return 1;
    if (b - a >= 5 && norm_is(t, a, "great") && norm_is(t, a + 1, "hall") && norm_is(t, a + 2, "of"))
        return 1;
    /* "Palace of Brigades", "Castle of the Counts" */
    if (b - a >= 3 && palace_of(t, a + 1))
        return 1;
    return b - a >= 2 && (norm_is(t, b - 1, "centre") || norm_is(t, b - 1, "center")) &&
           (word_bits(t, b - 2) & W_MEETING_HALL);
}

/* "Tran Quoc Hung", "Le Thi Thu Ha", "Nguyen Phu Trong": a Vietnamese family name, then a middle name of the common
 * ones, and one or two more words: a person's name, family name first. */
static int vietnamese_name(const eg_text *t, size_t a, size_t b)
{
    static const char *const family[] = {"nguyen", "tran", "le", "pham", "hoang", "huynh", "phan", "vu", "vo",
                                         "dang", "bui", "do", "ho", "ngo", "duong", "ly", "dinh", "truong", NULL};
    static const char *const middle[] = {"van", "thi", "quoc", "duc", "minh", "xuan", "thanh", "ngoc", "hong", "huu",
                                         "phu", "tan", "trong", "cong", "tien", "thu", "ba", "viet", "dinh", "manh",
                                         "kim", "hai", "anh", "hoang", NULL};
    size_t k;
    int f = 0, m = 0;
    if (b - a < 3 || b - a > 4 || !is_cap_word(t, a + 1) || !is_cap_word(t, b - 1))
        return 0;
    for (k = 0; family[k] && !f; k++)
        f = norm_is_word(t, a, family[k]);
    for (k = 0; middle[k] && f && !m; k++)
        m = norm_is_word(t, a + 1, middle[k]);
    return m;
}

/* "Mohamed Abdallahi Ould Ebnou", "Mariem Mint Sidi Baba", "Mint Sidi Baba": "son of" and "daughter of" of
 * Mauritanian and Sahelian names, written with a capital, before the father's name; Azeri and Central Asian ones
 * after it. */
static int patronym_in(const eg_text *t, size_t a, size_t b)
{
    size_t k;
    for (k = a; k + 1 < b; k++)
        if ((norm_is(t, k, "ould") || norm_is(t, k, "mint")) && is_cap_word(t, k) && is_cap_word(t, k + 1))
            return 1;
    /* and "oglu", "qizi", "kyzy", "uulu" after the father's name, before the surname: "Elnur Rauf oglu Mammadli" */
    for (k = a + 2; k + 1 < b; k++)
        if ((word_bits(t, k) & W_PATRONYM_END) && !(t->toks[k].flags & EG_TOK_CAP) && is_cap_word(t, k - 1) &&
            is_cap_word(t, k + 1))
            return 1;
    return 0;
}

/* After the name [a, b), a small word for what a place is ("the Agua Caliente crossing", "the Bayan Del deposit",
 * "Dornogovi province", "the Tamar gas field"), also after a second name joined by "and" ("the Shalamcheh and
 * Mehran border crossings")? */
/* A word that opens a natural feature's name, or a town's: "Sierra", "Mount", "Lake", "Cerro", "Río", "Ras",
 * "Jebel", "Wadi", "São" ("São Gabriel da Cachoeira"). */
static int feature_first(const eg_text *t, size_t a)
{
    return is_cap_word(t, a) && (norm_is(t, a, "sierra") || norm_is(t, a, "mount") || norm_is(t, a, "lake") ||
                                 norm_is(t, a, "cerro") || norm_is(t, a, "volcán") || norm_is(t, a, "lago") ||
                                 norm_is(t, a, "laguna") || norm_is(t, a, "isla") || norm_is(t, a, "mont") ||
                                 norm_is(t, a, "são") || norm_is(t, a, "río") || norm_is(t, a, "ras") ||
                                 norm_is(t, a, "jebel") || norm_is(t, a, "jabal") || norm_is(t, a, "wadi") ||
                                 norm_is(t, a, "cordillera") || norm_is(t, a, "lough") || norm_is(t, a, "loch") ||
                                 norm_is(t, a, "llyn"));
}

/* "from Eagle Pass to Del Rio", "between Nogales and Agua Prieta": the candidate ci after a place and "to" or "and",
 * that place after "from" or "between" */
static int from_place_to(eg_extractor *ex, const eg_text *t, size_t ci)
{
    const cand *c = &ex->cands[ci], *p;
    if (ci == 0 || c->a < 3)
        return 0;
    p = &ex->cands[ci - 1];
    if (p->b + 1 != c->a || p->type != EG_TYPE_PLACE || p->a < 1 ||
        tok_kind(ex, t, c->a, EG_GZ_TITLE | EG_GZ_HONORIFIC) ||
        (tok_kind(ex, t, c->a, EG_GZ_FIRSTNAME) && !(word_bits(t, c->a) & W_PARTICLE)))   /* ("Del Rio") */
        return 0;
    return (norm_is(t, c->a - 1, "to") && norm_is(t, p->a - 1, "from")) ||
           (norm_is(t, c->a - 1, "and") && norm_is(t, p->a - 1, "between"));
}

/* "from Egersund to Ålesund": the weak candidate ci of one or two words that no list knows, after "from" and before
 * "to" and a place (from_place_to's other half) */
static int to_place_after(eg_extractor *ex, const eg_text *t, size_t ci)
{
    const cand *c = &ex->cands[ci], *d;
    if (ci + 1 >= ex->ncands)
        return 0;
    d = &ex->cands[ci + 1];
    return (c->type == C_UNKNOWN || c->type == C_DROP || (c->type == EG_TYPE_PERSON && !c->titled)) &&
           c->strength < 2 && c->b - c->a <= 2 && c->a > 0 && norm_is(t, c->a - 1, "from") && d->a == c->b + 1 &&
           norm_is(t, c->b, "to") && d->type == EG_TYPE_PLACE && is_cap_word(t, c->a) &&
           !(t->toks[c->a].flags & EG_TOK_ALLCAPS) &&
           !tok_kind(ex, t, c->a, EG_GZ_TITLE | EG_GZ_HONORIFIC | EG_GZ_FIRSTNAME | EG_GZ_STOPWORD | EG_GZ_ORGWORD |
                                      EG_GZ_MONTH | EG_GZ_WEEKDAY);
}

/* "transship via Laem Chabang", "killed near Chaman": a weak name of two words after "via", or of one or two after
 * "near", that opens with no word a list knows is the place goods or people pass through, or where something
 * happened (one word after "via" is as often a carrier's: "via Greyhound") */
static int via_place(eg_extractor *ex, const eg_text *t, size_t ci)
{
    const cand *c = &ex->cands[ci];
    int weak = c->type == C_UNKNOWN || c->type == C_DROP;   /* (near a person: "gathered near Ortega") */
    return (weak || (c->type == EG_TYPE_PERSON && !c->titled)) && c->strength < 2 && c->a > 0 &&
           ((c->b - c->a == 2 && norm_is(t, c->a - 1, "via")) ||
            (weak && c->b - c->a <= 2 && norm_is(t, c->a - 1, "near"))) &&
           is_cap_word(t, c->a) && !tok_kind(ex, t, c->b - 1, EG_GZ_ORGWORD) &&
           !(t->toks[c->a].flags & EG_TOK_ALLCAPS) &&
           !tok_kind(ex, t, c->a, EG_GZ_TITLE | EG_GZ_HONORIFIC | EG_GZ_FIRSTNAME | EG_GZ_STOPWORD | EG_GZ_ORGWORD |
                                      EG_GZ_MONTH | EG_GZ_WEEKDAY);
}

/* "sending it to Darwin in northern Australia", "flew from Tromso in Norway": a name of one or two words after "to",
 * "from" or "near" and before "in", a compass word and a country, is a town's */
static int town_in_country(eg_extractor *ex, const eg_text *t, size_t a, size_t b)
{
    static const char *const compass[] = {"northern", "southern", "eastern", "western", "central", "northeastern",
                                          "northwestern", "southeastern", "southwestern", "north", "south", "east",
                                          "west", "rural", "remote", NULL};
    size_t k = b + 1;
    if (b - a > 2 || a < 1 || b + 1 >= t->ntoks || !norm_is(t, b, "in") ||
        !(norm_is(t, a - 1, "to") || norm_is(t, a - 1, "from") || norm_is(t, a - 1, "near")))
        return 0;
    if (norm_in(t, k, compass) && !(t->toks[k].flags & EG_TOK_CAP))
        k++;
    return k < t->ntoks && eg_gz_memo_match(&ex->memo, k, t->ntoks, EG_GZ_COUNTRY, NULL) > 0;
}

/* "the ports of Ras Lanuf and Es Sider", "the village of Kirants": a lower-case kind of place and "of" before the
 * name at token a, or before a list of names it ends */
static int kind_of_before(const eg_text *t, size_t a)
{
    static const char *const kinds[] = {"port", "ports", "town", "towns", "city", "cities", "village", "villages",
                                        "hamlet", "hamlets", "settlement", "settlements", "suburb", "suburbs",
                                        "oasis", "enclave", "island", "islands", NULL};
    size_t j = a;
    while (j >= 2 && j + 12 > a && (norm_is(t, j - 1, "and") || norm_is(t, j - 1, ",")) && is_cap_word(t, j - 2))
        for (j -= 2; j >= 1 && is_cap_word(t, j - 1) && j + 12 > a;)
            j--;
    if (j < 2 || !norm_is(t, j - 1, "of") || (t->toks[j - 2].flags & EG_TOK_CAP))
        return 0;
    return norm_in(t, j - 2, kinds);
}

/* "the Likud party", "the Solidarity trade union", "Russia's Wagner group": after "the" or a possessive, a name of
 * one or two words that no table has as a place, people or person, then a body's noun in small letters. A word in
 * small letters may come between "the" and the name, and its acronym in brackets after it ("the opposition Odnowa
 * (OD) party"). */
static int org_noun_after(eg_extractor *ex, const eg_text *t, size_t a, size_t b)
{
    static const char *const nouns[] = {"party", "union", "movement", "coalition", "militia", "group", "faction",
                                        "bloc", "alliance", NULL};
    size_t k = b, n;
    const char *word;
    if (b - a > 2 || a == 0 ||
        !(norm_is(t, a - 1, "the") || (t->toks[a - 1].flags & EG_TOK_POSS) ||
          (a >= 2 && norm_is(t, a - 2, "the") && (t->toks[a - 1].flags & EG_TOK_WORD) &&
           !(t->toks[a - 1].flags & (EG_TOK_CAP | EG_TOK_NUM)))))
        return 0;
    if (k + 3 < t->ntoks && norm_is(t, k, "(") && (t->toks[k + 1].flags & EG_TOK_ALLCAPS) && norm_is(t, k + 2, ")"))
        k += 3;
    if (k + 1 < t->ntoks && (norm_is(t, k, "trade") || norm_is(t, k, "labour") || norm_is(t, k, "labor")) &&
        norm_is(t, k + 1, "union"))
        k++;
    if (k >= t->ntoks || (t->toks[k].flags & (EG_TOK_CAP | EG_TOK_NUM)) || t->toks[k].sent != t->toks[a].sent)
        return 0;
    if (!norm_in(t, k, nouns))
        return 0;
    for (k = a; k < b; k++)
        if (!is_cap_word(t, k) || (t->toks[k].flags & EG_TOK_ALLCAPS) ||
            tok_kind(ex, t, k, EG_GZ_COUNTRY | EG_GZ_DEMONYM | EG_GZ_CITY | EG_GZ_PLACE | EG_GZ_FIRSTNAME |
                                   EG_GZ_TITLE))
            return 0;
    /* (not an adjective: "the Paralympic movement", "the dovish Labor party", "the Islamist group") */
    for (k = a; k < b; k++) {
        n = t->toks[k].norm_len;
        word = eg_text_norm(t, k);
        if (n > 4 && (!memcmp(word + n - 2, "ic", 2) || !memcmp(word + n - 3, "ish", 3) ||
                      !memcmp(word + n - 3, "ist", 3) || !memcmp(word + n - 3, "ian", 3)))
            return 0;
    }
    return !eg_gz_memo_match(&ex->memo, a, b, EG_GZ_COUNTRY | EG_GZ_DEMONYM | EG_GZ_CITY | EG_GZ_PLACE, NULL);
}

/* "Sweden's coast guard, Kustbevakningen,", "the state oil company, Sonatrach,": a name of up to three words set off
 * by commas right after a body's noun in small letters, in a phrase opened by "the" or a possessive. */
static int body_appositive(eg_extractor *ex, const eg_text *t, size_t a, size_t b)
{
    static const char *const nouns[] = {"company", "firm", "agency", "guard", "regulator", "broadcaster", "newspaper",
                                        "bank", "operator", "carrier", "airline", "insurer", "utility", "producer",
                                        "miner", "conglomerate", "lender", "exporter", "manufacturer", "maker",
                                        "retailer", "trader", "daily", "watchdog", "fund", "subsidiary", "unit",
                                        "arm", NULL};
    size_t k;
    if (b - a > 3 || a < 3 || b >= t->ntoks || !norm_is(t, a - 1, ",") || !norm_is(t, b, ",") ||
        (t->toks[a - 2].flags & (EG_TOK_CAP | EG_TOK_NUM)) || t->toks[a - 2].sent != t->toks[b].sent)
        return 0;
    if (!norm_in(t, a - 2, nouns))
        return 0;
    for (k = a - 2; k-- > 0 && k + 6 > a && !(t->toks[k].flags & EG_TOK_POSS) && !norm_is(t, k, "the");)
        if (!(t->toks[k].flags & EG_TOK_WORD) || (t->toks[k].flags & EG_TOK_CAP))
            return 0;   /* (small words only between: "the state oil company") */
    if (k == (size_t)-1 || k + 6 <= a)
        return 0;
    return !eg_gz_memo_match(&ex->memo, a, b, EG_GZ_COUNTRY | EG_GZ_DEMONYM | EG_GZ_CITY | EG_GZ_PLACE, NULL) &&
           !tok_kind(ex, t, a, EG_GZ_FIRSTNAME | EG_GZ_TITLE | EG_GZ_HONORIFIC);
}

static int place_noun_after(eg_extractor *ex, const eg_text *t, size_t a, size_t b)
{
    const char *last = t->src + t->toks[b - 1].start;
    size_t k = b, n = t->toks[b - 1].end - t->toks[b - 1].start;
    int found;
    if (k + 1 < t->ntoks && norm_is(t, k, "and") && is_cap_word(t, k + 1))
        for (k++; k < t->ntoks && k < b + 5 && is_cap_word(t, k); k++)
            ;
    if (k + 1 < t->ntoks &&
        (norm_is(t, k, "border") || norm_is(t, k, "gas") || norm_is(t, k, "oil") || norm_is(t, k, "coal")))
        k++;
    /* "the Sundahöfn container port", "the Tema fishing harbour" */
    if (k + 1 < t->ntoks &&
        (norm_is(t, k, "container") || norm_is(t, k, "cargo") || norm_is(t, k, "ferry") ||
         norm_is(t, k, "fishing")) &&
        (norm_is(t, k + 1, "port") || norm_is(t, k + 1, "harbour") || norm_is(t, k + 1, "harbor")))
        return !span_has_orgword(ex, t, a, b) && !(t->toks[b - 1].flags & EG_TOK_ALLCAPS);
    /* "the Cintermex convention centre", "the Jacob Javits convention center" (not "the Labour conference centre":
     * a party holds conferences) */
    if (k + 1 < t->ntoks && (norm_is(t, k, "convention") || norm_is(t, k, "exhibition")) &&
        (norm_is(t, k + 1, "centre") || norm_is(t, k + 1, "center")))
        return !span_has_orgword(ex, t, a, b) && !(t->toks[b - 1].flags & EG_TOK_ALLCAPS) &&
               !eg_gz_memo_match(&ex->memo, a, b, EG_GZ_ORG | EG_GZ_DEMONYM | EG_GZ_COUNTRY, NULL);
    /* "the Mochovce nuclear power plant", "the Ringhals nuclear plant", "the Kusile power station" */
    if (k + 2 < t->ntoks && norm_is(t, k, "nuclear") && norm_is(t, k + 1, "power"))
        k++;
    if (k + 1 < t->ntoks && (((norm_is(t, k, "nuclear") || norm_is(t, k, "power")) &&
                              (norm_is(t, k + 1, "plant") || norm_is(t, k + 1, "station"))) ||
                             ((norm_is(t, k, "naval") || norm_is(t, k, "air") || norm_is(t, k, "military")) &&
                              norm_is(t, k + 1, "base"))))
        return !span_has_orgword(ex, t, a, b);   /* (and "the Sattahip naval base") */
    if (k >= t->ntoks || !(t->toks[k].flags & EG_TOK_WORD) || (t->toks[k].flags & (EG_TOK_CAP | EG_TOK_ALLCAPS)) ||
        t->toks[k].sent != t->toks[b - 1].sent || (b - a == 1 && (t->toks[a].flags & EG_TOK_SENT_START)))
        return 0;   /* (not an adjective that opens a sentence: "Rugged mountains dominate") */
    found = (word_bits(t, k) & W_PLACE_NOUN) != 0;
    /* "Chui regional envoy X", "the Sindh provincial government" */
    found = found || (k + 1 < t->ntoks && (norm_is(t, k, "regional") || norm_is(t, k, "provincial")) &&
                      (norm_is(t, k + 1, "government") || norm_is(t, k + 1, "council") ||
                       norm_is(t, k + 1, "administration") || norm_is(t, k + 1, "authorities") ||
                       norm_is(t, k + 1, "assembly") || norm_is(t, k + 1, "capital") ||
                       tok_kind(ex, t, k + 1, EG_GZ_TITLE)));
    /* "the Tamar gas field", "the El Amatillo border post" (not "a Facebook post", "Army field post offices") */
    found = found || (k > b && (((norm_is(t, k - 1, "gas") || norm_is(t, k - 1, "oil") || norm_is(t, k - 1, "coal")) &&
                                 (norm_is(t, k, "field") || norm_is(t, k, "fields"))) ||
                                (norm_is(t, k - 1, "border") && norm_is(t, k, "post"))));
    /* not a company's mine ("the Xingguang Coal Industry Co. mine"), nor an adjective's region ("a long Islamized
     * region", "the Eastern European region") */
    return found && !span_has_orgword(ex, t, a, b) && !(word_bits(t, b - 1) & (W_CONTINENT_ADJ | W_LEGAL_FORM)) &&
           !(n > 4 && (memcmp(last + n - 4, "ized", 4) == 0 || memcmp(last + n - 4, "ised", 4) == 0)) &&
           /* nor an adjective's ("the first Islamic building", "a Victorian building") */
           !(b - a == 1 && n > 4 && (memcmp(last + n - 2, "ic", 2) == 0 || memcmp(last + n - 3, "ian", 3) == 0));
}

/* A hotel by its chain's name: "Sheraton Grand Doha", "Real InterContinental Guatemala", "the Sheraton"; not a
 * person ("Conrad Hilton") nor the chain's company ("Marriott International", "Hyatt Hotels Corp."). */
static int hotel_at(eg_extractor *ex, const eg_text *t, size_t a, size_t b)
{
    /* the chain's name is first or second ("Sheraton Grand Doha", "Real InterContinental Guatemala"), last of three
     * or more ("Djibouti Palace Kempinski"), or after one word that is no given name, nor for a Hilton a town's
     * ("Transcorp Hilton", "the Erbil Rotana"; not "Paris Hilton") */
    if (!(word_bits(t, a) & W_HOTEL_BRAND) &&
        !(b - a >= 3 && ((word_bits(t, a + 1) & W_HOTEL_BRAND) || (word_bits(t, b - 1) & W_HOTEL_BRAND))) &&
        /* (a chain whose name is a town's or a college's too, only before a town's: "the Fairmont Baku") */
        !(b - a == 2 && norm_is(t, a, "fairmont") && tok_kind(ex, t, a + 1, EG_GZ_CITY)) &&
        !(b - a == 2 && (word_bits(t, a + 1) & W_HOTEL_BRAND) &&
          !(norm_is(t, a + 1, "hilton") && tok_kind(ex, t, a, EG_GZ_CITY | EG_GZ_PLACE | EG_GZ_COUNTRY))))
        return 0;
    /* (a given name is no chain's, unless a town's name follows: "the Hilton Windhoek") */
    return (b - a >= 2 || (a > 0 && norm_is(t, a - 1, "the"))) &&
           (!tok_kind(ex, t, a, EG_GZ_FIRSTNAME) || (b - a == 2 && tok_kind(ex, t, a + 1, EG_GZ_CITY))) &&
           !span_has_orgword(ex, t, a, b) && !(b < t->ntoks && (word_bits(t, b) & W_LEGAL_FORM)) &&
           !norm_is(t, b - 1, "international") && !norm_is(t, b - 1, "worldwide") && !norm_is(t, b - 1, "hotels") &&
           !norm_is(t, b - 1, "resorts");
}

/* "Mr. da Veiga", "da Veiga said", "de Villiers-Marchand": a surname's particle, written small, opens the name
 * where no capitalised word comes before it. Only the particles of surnames ("la", "le", "y", "el" are articles
 * and a conjunction in running text), and not before a known place ("de Paris"). */
static int particle_opens_name(eg_extractor *ex, const eg_text *t, size_t i, size_t end)
{
    static const char *const opening[] = {"da", "de", "del", "della", "di", "dos", "das", "du", "van", "von", "bin",
                                          "ibn", "al", "af", "arap", "dela", "delos", "degli", "dei",
                                          "dello", "delle", "dalla", "ap", "zu", "vom", NULL};
    size_t k, n = i + 1;
    /* two particles: "van der Wal said", "de la Cruz" (the flag tests first: this runs on every small word) */
    if (n + 1 < end && !(t->toks[n].flags & EG_TOK_CAP) && (t->toks[n + 1].flags & EG_TOK_CAP) &&
        is_particle(t, n) && !norm_is(t, n, "y") && is_particle(t, i))
        n++;
    if (n >= end || !(t->toks[n].flags & EG_TOK_CAP) || !is_cap_word(t, n) ||
        (t->toks[n].flags & EG_TOK_ALLCAPS) || !is_particle(t, i) ||
        (i > 0 && is_cap_word(t, i - 1) &&
         !eg_gz_memo_match(&ex->memo, i - 1, i, EG_GZ_TITLE | EG_GZ_HONORIFIC, NULL)) ||
        eg_gz_memo_match(&ex->memo, n, end, EG_GZ_COUNTRY | EG_GZ_CITY | EG_GZ_PLACE | EG_GZ_ORG, NULL))
        return 0;
    for (k = 0; opening[k]; k++)
        if (norm_is_word(t, i, opening[k]))
            return 1;
    return 0;
}

/* A title or honorific at i that introduces a capitalised name; returns its length or 0. */
/* Does a hyphen inside token k join its first part to a capital ("Verhoeven-Dijkstra"), or with small_ok to any
 * letter ("Ming-yu")? */
static int hyphen_joins(const eg_text *t, size_t k, int small_ok)
{
    const char *w = t->src + t->toks[k].start, *h;
    size_t n = t->toks[k].end - t->toks[k].start;
    h = memchr(w, '-', n);
    return h && h > w && h + 1 < w + n && ((h[1] >= 'A' && h[1] <= 'Z') || (small_ok && h[1] >= 'a' && h[1] <= 'z'));
}

/* Is token k a given name of two syllables joined by a hyphen, the second in small letters ("Se-jin", "Hsin-yi")? */
static int syllable_given(const eg_text *t, size_t k)
{
    const char *w = t->src + t->toks[k].start, *h;
    size_t n = t->toks[k].end - t->toks[k].start, i;
    if (!is_cap_word(t, k) || !(h = memchr(w, '-', n)) || h - w < 2 || h - w > 5 || n - (size_t)(h - w) - 1 < 2 ||
        n - (size_t)(h - w) - 1 > 5)
        return 0;
    for (i = 1; i < n; i++)
        if (w + i != h && !(w[i] >= 'a' && w[i] <= 'z'))
            return 0;
    return 1;
}

/* After a title and "of" or "for", the portfolio's capitalised words from k (joined by "and", "&" or a comma) up
 * to a person's name: a given name and one to three more capitalised words or initials. The token where the name
 * starts, or 0 when there is no such name, or the portfolio names something known ("President of Russia Vladimir
 * Putin" keeps its country). */
static size_t portfolio_end(eg_extractor *ex, const eg_text *t, size_t k, size_t end)
{
    const uint32_t known = EG_GZ_COUNTRY | EG_GZ_CITY | EG_GZ_PLACE | EG_GZ_ORG | EG_GZ_DEMONYM;
    size_t p, q, start = k;
    for (p = k; p < end && p < k + 8; p++) {
        /* "Norway's Minister of Trade and Industry, Halvard J. Tveiten,": a minister's portfolio ends at a comma
         * before the holder's name with its initial (not "Trade, Industry and Fisheries") */
        if (p > start && norm_is(t, p, ",") && p + 1 < end && is_cap_word(t, p + 1) && start >= 2 &&
            (minister_title(t, start - 2) || norm_is(t, start - 2, "secretary") ||
             (start >= 3 && norm_is(t, start - 2, "delegate") && norm_is(t, start - 3, "minister"))) &&
            !tok_kind(ex, t, p + 1, EG_GZ_TITLE | EG_GZ_HONORIFIC | EG_GZ_STOPWORD) &&
            !eg_gz_memo_match(&ex->memo, p + 1, end, known, NULL)) {
            /* (or a known given name, or a double surname: "Minister Delegate for African Cooperation, Yasmine El
             * Ouazzani-Benkirane") */
            int initial = tok_kind(ex, t, p + 1, EG_GZ_FIRSTNAME) != 0;
            for (q = p + 1; q < end && q < p + 6 && ((t->toks[q].flags & EG_TOK_INITIAL) || is_cap_word(t, q)); q++)
                initial |= (t->toks[q].flags & EG_TOK_INITIAL) != 0;
            /* (or a name of two words or more set off by commas before a word in small letters: "Minister of Ports
             * and Marine Transport, Abdiqani Mohamud Cawaale, was received"; not a list of portfolios) */
            if (!initial && q >= p + 3 && q + 1 < end && norm_is(t, q, ",") && !is_cap_word(t, q + 1) &&
                !norm_is(t, q + 1, "and") && !norm_is(t, q + 1, "or"))
                initial = 1;
            if (initial && !span_has_orgword(ex, t, p + 1, q) &&
                !(q < end && (norm_is(t, q, "and") || norm_is(t, q, "&"))))
                return p;
        }
        if (p > start && list_joiner(t, p) && p + 1 < end &&
            is_cap_word(t, p + 1))
            continue;
        if (!is_cap_word(t, p))
            break;
        /* (a people's adjective is a portfolio's word: "Minister Delegate for African Cooperation") */
        if (eg_gz_memo_match(&ex->memo, p, end, known & ~(uint32_t)EG_GZ_DEMONYM, NULL))
            return 0;
        /* "Affairs" ends one before its holder's name: "Deputy Oil Minister for Gas Affairs Basim al-Saadi" */
        if (p > start && norm_is(t, p, "affairs") && p + 1 < end && is_cap_word(t, p + 1) &&
            !tok_kind(ex, t, p + 1, EG_GZ_ORGWORD | EG_GZ_TITLE | EG_GZ_STOPWORD) &&
            !eg_gz_memo_match(&ex->memo, p + 1, end, known, NULL))
            return p + 1;
        /* an honorific ends the portfolio: "Minister for Foreign Affairs Dr. Meseret Haile Gebremariam" */
        if (p > start && p + 1 < end && is_cap_word(t, p + 1) && tok_kind(ex, t, p, EG_GZ_HONORIFIC))
            return p;
        /* so does a person's initial: "Minister of State for External Affairs P. V. Raghunathan" */
        if (p > start && (t->toks[p].flags & EG_TOK_INITIAL)) {
            for (q = p; q < end && q < p + 6 && ((t->toks[q].flags & EG_TOK_INITIAL) || is_cap_word(t, q)); q++)
                ;
            /* (after the given name no list has: "Minister of Construction, Transport and Infrastructure Nenad
             * Z. Stojiljković") */
            if (q > p + 1 && (q == end || !is_cap_word(t, q)))
                return p - 1 > start && is_cap_word(t, p - 1) && !list_joiner(t, p - 2) &&
                               !tok_kind(ex, t, p - 1, EG_GZ_ORGWORD | EG_GZ_TITLE) &&
                               !(word_bits(t, p - 1) & W_PORTFOLIO) &&
                               !eg_gz_memo_match(&ex->memo, p - 1, end, known, NULL)
                           ? p - 1
                           : p;
        }
        if (p > start && tok_kind(ex, t, p, EG_GZ_FIRSTNAME) && !tok_kind(ex, t, p, EG_GZ_ORGWORD)) {
            /* (particles too: "Nasser bin Saad al-Mohannadi") */
            for (q = p + 1; q < end && q < p + 6 &&
                            (is_cap_word(t, q) || (t->toks[q].flags & EG_TOK_INITIAL) ||
                             (q + 1 < end && is_particle(t, q) && is_cap_word(t, q + 1)));
                 q++)
                ;
            /* not a body's name ("Director for Amnesty International Catherine Baber"; but a minister's
             * "Industry and Commerce" is a portfolio), nor across a comma ("The founder of Yukos, Mikhail
             * Khodorkovsky") */
            if (q > p + 1 && (q == end || !is_cap_word(t, q)))
                return norm_is(t, p - 1, ",") || (span_has_orgword(ex, t, start, p) &&
                                                   !(start >= 2 && (minister_title(t, start - 2) ||
                                                                    norm_is(t, start - 2, "secretary"))))
                           ? 0
                           : p;
        }
    }
    /* "Minister of Energy and Mines Souksavanh Phommachanh": a minister's portfolio of organization words, then two
     * or three words no table knows that end the run: a given name no list has, and the rest of the name */
    if (start >= 2 && minister_title(t, start - 2)) {
        /* (a list too: "Minister of Economy, Trade and Industry Haruka Mitsuhashi") */
        for (p = start; p < end && p < start + 8 &&
                        ((is_cap_word(t, p) &&
                          (tok_kind(ex, t, p, EG_GZ_ORGWORD) || (word_bits(t, p) & W_PORTFOLIO))) ||
                         (p > start && list_joiner(t, p) && p + 1 < end && is_cap_word(t, p + 1)));
             p++)
            ;
        for (q = p; q < end && q < p + 4 && is_cap_word(t, q) && !tok_kind(ex, t, q, EG_GZ_ORGWORD) &&
                    !eg_gz_memo_match(&ex->memo, q, end, known | EG_GZ_TITLE, NULL);
             q++)
            ;
        if (p > start && !norm_is(t, p - 1, "and") && q >= p + 2 && q <= p + 3 && (q == end || !is_cap_word(t, q)))
            return p;
    }
    /* "Commissioner for Home Affairs Annelies Verhoeven-Dijkstra": a run that ends in a double surname joined by a
     * hyphen ends in the holder's given name and that surname */
    /* (through a list: "Minister of Planning and International Cooperation Hala Odeh-Nsour") */
    for (p = start; p < end && p < start + 10 &&
                    (is_cap_word(t, p) || (p > start && p + 1 < end && list_joiner(t, p) && is_cap_word(t, p + 1)));
         p++)
        ;
    if (p >= start + 3 && (p == end || !is_cap_word(t, p)) && !tok_kind(ex, t, p - 2, EG_GZ_ORGWORD) &&
        is_cap_word(t, p - 2) && !eg_gz_memo_match(&ex->memo, p - 2, end, known, NULL) &&
        !tok_kind(ex, t, p - 1, EG_GZ_ORGWORD | EG_GZ_TITLE) &&
        /* (or a given name of two syllables after a family name: "Deputy Minister of Economic Affairs Hsueh
         * Ming-yu"; or two given names joined by a hyphen and a surname: "Priit-Olev Saar") */
        (hyphen_joins(t, p - 1, 1) || hyphen_joins(t, p - 2, 0)))
        return p - 2;
    return 0;
}

/* Is token i an ordinal in figures: "6th", "82nd", "1st", "3rd"? */
static int ordinal_at(const eg_text *t, size_t i)
{
    const char *w = t->src + t->toks[i].start;
    size_t n = t->toks[i].end - t->toks[i].start, d = 0;
    while (d < n && w[d] >= '0' && w[d] <= '9')
        d++;
    return d >= 1 && d <= 3 && n == d + 2 &&
           (!strncmp(w + d, "st", 2) || !strncmp(w + d, "nd", 2) || !strncmp(w + d, "rd", 2) ||
            !strncmp(w + d, "th", 2));
}

/* Capitalised words from token k that end in a building's word: "Wright-Patterson Air Force Base" after "and". */
static int building_at(const eg_text *t, size_t k, size_t end)
{
    size_t q = k;
    while (q < end && q < k + 8 && is_cap_word(t, q))
        q++;
    return q > k && (word_bits(t, q - 1) & W_VENUE_HEAD) != 0;
}

/* Whether an entity's name ends in a legal form ("Flugwerk Rhein-Main GmbH"; its key leaves the form out). */
static int ends_in_legal_form(const char *name)
{
    const char *sp = name ? strrchr(name, ' ') : NULL;
    char w[16];
    size_t n, k;
    if (!sp || (n = strlen(sp + 1)) >= sizeof w)
        return 0;
    for (k = 0; k < n; k++)
        w[k] = (char)(sp[1 + k] >= 'A' && sp[1 + k] <= 'Z' ? sp[1 + k] + 32 : sp[1 + k]);
    return (eg_wordset_get(&rule_words, w, n) & W_LEGAL_FORM) != 0;
}

/* Is token i a double quote? */
static int is_dquote(const eg_text *t, size_t i)
{
    /* the length first: this runs at every word of every name */
    size_t n = t->toks[i].norm_len;
    return (n == 1 && norm_is(t, i, "\"")) || (n == 3 && (norm_is(t, i, "\u201c") || norm_is(t, i, "\u201d")));
}

/* Token i is "AS", the Estonian and Norwegian legal form, in capitals (the word "as" is none) */
static int caps_as(const eg_text *t, size_t i)
{
    return t->toks[i].end - t->toks[i].start == 2 && t->src[t->toks[i].start] == 'A' &&
           t->src[t->toks[i].start + 1] == 'S' && i > 0 && is_cap_word(t, i - 1);
}

/* Does token i end a company's name as its legal form ("Ltd.", "Oyj", or "AS" in capitals after a name)? */
static int legal_form_end(const eg_text *t, size_t i)
{
    return (word_bits(t, i) & W_LEGAL_FORM) || caps_as(t, i);
}

/* A legal form written small with its periods at token j: "a.s.", "s.r.o.", "hf."; or a British "plc" */
static int dotted_legal_form(const eg_text *t, size_t j)
{
    return !(t->toks[j].flags & EG_TOK_CAP) && t->toks[j].end - t->toks[j].start >= 3 &&
           (t->src[t->toks[j].end - 1] == '.' || norm_is(t, j, "plc")) && (word_bits(t, j) & W_LEGAL_FORM);
}

/* Are tokens [a, b) words in capitals of two letters or more, none a function word, inside a sentence in small
 * letters, the first no given name ("By JOHN SMITH") and the whole no place a table knows? */
static int all_caps_run(eg_extractor *ex, const eg_text *t, size_t a, size_t b)
{
    size_t k;
    for (k = a; k < b; k++)
        if (!(t->toks[k].flags & EG_TOK_ALLCAPS) || (t->toks[k].flags & EG_TOK_CAPS_LINE) ||
            t->toks[k].end - t->toks[k].start < 2 || tok_kind(ex, t, k, EG_GZ_STOPWORD))
            return 0;
    return !tok_kind(ex, t, a, EG_GZ_FIRSTNAME) &&
           eg_gz_memo_match(&ex->memo, a, b, EG_GZ_COUNTRY | EG_GZ_CITY | EG_GZ_PLACE, NULL) != b - a;
}

/* Do the capitalised words from token k (one to four) end in a company's legal form ("Kent Capital PLC", "Kent
 * Capital plc")? */
static int legal_form_ahead(const eg_text *t, size_t k, size_t end)
{
    size_t q;
    for (q = k; q < end && q < k + 5 && is_cap_word(t, q); q++)
        if (q > k && legal_form_end(t, q))
            return 1;
    return q > k + 1 && q < end && dotted_legal_form(t, q);   /* ("Harrow & Kent Capital plc") */
}

/* The Polish legal form of three words at tokens j to j + 2: "sp. z o.o." ("Orlen Serwis sp. z o.o.") */
static int polish_form_at(const eg_text *t, size_t j)
{
    return j + 2 < t->ntoks && norm_is(t, j, "sp.") && norm_is(t, j + 1, "z") && norm_is(t, j + 2, "o.o.");
}

/* A nickname in quotes from token j, then a capitalised word, or a surname's particle before one: '"Teddy"
 * Dimaculangan', 'Maria Consuelo "Connie" dela Paz'. */
static size_t nickname_at(const eg_text *t, size_t j, size_t end)
{
    size_t q = j + 1;
    if (j + 3 >= end || !is_dquote(t, j))
        return 0;
    /* (of up to three words: 'Sebastián Andrés "El Mono" Quintero Villamizar') */
    while (q < end && q < j + 4 && (is_cap_word(t, q) || (q > j + 1 && is_particle(t, q))))
        q++;
    if (q == j + 1 || q + 1 >= end || !is_dquote(t, q))
        return 0;
    if (is_cap_word(t, q + 1))
        return q + 1 - j;
    /* ('Juan Miguel "Migz" de los Reyes') */
    if (q + 2 < end && is_particle(t, q + 1) &&
        (is_cap_word(t, q + 2) || (q + 3 < end && is_particle(t, q + 2) && is_cap_word(t, q + 3))))
        return q + 1 - j;
    return 0;
}

/* "Deputy", "Vice" or "Acting" before a minister's portfolio ("Deputy State Assets Minister X")? */
static int deputy_word(const eg_text *t, size_t i)
{
    return norm_is(t, i, "deputy") || norm_is(t, i, "vice") || norm_is(t, i, "acting");
}

/* Is token k a word that makes a listed title with "Minister" after it ("Economy", as "Economy Minister" is)? */
static int minister_word(eg_extractor *ex, const eg_text *t, size_t k)
{
    char key[48];
    const eg_gz_entry *e;
    size_t n = t->toks[k].norm_len;
    if (n + sizeof " minister" > sizeof key)
        return 0;
    memcpy(key, eg_text_norm(t, k), n);
    memcpy(key + n, " minister", sizeof " minister" - 1);
    e = eg_gazetteer_lookup(ex->gz, key, n + sizeof " minister" - 1);
    return e && (e->kinds & EG_GZ_TITLE);
}

/* "Plantation and Commodities Minister X", "Natural Resources and Environmental Sustainability Minister X",
 * "Energy and Petroleum Minister X": the capitalised words from a (joined by "and", "&" or commas) up to a title
 * that ends in "Minister" are its portfolio, not names. */
static int portfolio_before_minister(eg_extractor *ex, const eg_text *t, size_t a)
{
    size_t k, j, L, d, end = t->sents[t->toks[a].sent].tok_end;
    /* the words' shapes first, the tables only when "Minister" ends them: this runs for every name */
    for (k = a; k < end && k < a + 10; k++) {
        if (list_joiner(t, k))
            continue;
        if (!is_cap_word(t, k))
            return 0;
        if (k > a && norm_is(t, k, "minister"))
            break;
        /* "Argentine Transport Secretary X" (not "A and PIF Secretary General X") */
        if (k > a && norm_is(t, k, "secretary") && k + 1 < end && is_cap_word(t, k + 1) &&
            !tok_kind(ex, t, k + 1, EG_GZ_TITLE)) {
            for (j = a; j < k && !list_joiner(t, j); j++)
                ;
            if (j < k)
                return 0;
            break;
        }
    }
    if (k >= end || k >= a + 10)
        return 0;
    /* the title is "Minister" alone, after words no title lists, none a given name or a country's ("Ruth Obi and
     * Energy Minister Dana ..." is a person and a listed title); or a listed title after organization words only
     * ("Energy and Petroleum Minister X") */
    /* (a deputy's too: "Deputy Oil Minister for Gas Affairs X") */
    d = k > a + 1 && deputy_word(t, a);
    a += d;
    for (j = a + !d; j < k; j++)
        if (is_cap_word(t, j) && (L = eg_gz_memo_match(&ex->memo, j, end, EG_GZ_TITLE, NULL)) != 0 &&
            j + L == k + 1) {
            /* (or a minister's own word of the tables: "Economy, Trade and Industry Minister X", as "Economy
             * Minister" is a title) */
            for (; a < j; a++)
                if (is_cap_word(t, a) && !tok_kind(ex, t, a, EG_GZ_ORGWORD) && !minister_word(ex, t, a))
                    return 0;
            return 1;
        }
    for (j = a; j < k; j++)
        if (is_cap_word(t, j) &&
            (tok_kind(ex, t, j, EG_GZ_COUNTRY | EG_GZ_DEMONYM | EG_GZ_FIRSTNAME) ||
             eg_gz_memo_match(&ex->memo, j, end, EG_GZ_TITLE | EG_GZ_COUNTRY | EG_GZ_DEMONYM, NULL)))
            return 0;   /* (a people's word of two: "Sri Lankan Ports Minister X") */
    return 1;
}

static int acronym_after(const eg_text *t, size_t a, size_t b);
static int acronym_letters(const eg_text *t, size_t a, size_t b, int parts);

/* A title among the capitalised words from token k: "Executive Vice-President Margarida Sousa Coutinho". */
static int title_in_run(eg_extractor *ex, const eg_text *t, size_t k, size_t end)
{
    size_t q;
    for (q = k; q < end && q < k + 4 && is_cap_word(t, q); q++)
        if (eg_gz_memo_match(&ex->memo, q, end, EG_GZ_TITLE | EG_GZ_HONORIFIC, NULL))
            return 1;
    return 0;
}

static size_t title_at(eg_extractor *ex, const eg_text *t, size_t i, size_t end)
{
    const eg_gz_entry *e = NULL;
    size_t L = eg_gz_memo_match(&ex->memo, i, end, EG_GZ_TITLE | EG_GZ_HONORIFIC, &e);
    size_t j;
    if (!L)
        return 0;
    /* "DR Congo": an honorific in capitals, outside a shouted line, is an initialism */
    if (L == 1 && (e->kinds & EG_GZ_HONORIFIC) && (t->toks[i].flags & EG_TOK_ALLCAPS) &&
        !(t->toks[i].flags & EG_TOK_CAPS_LINE) && t->toks[i].end - t->toks[i].start == 2)
        return 0;
    j = i + L;
    /* "Foreign Trade Minister Emir Hadžiselimović": a ruler's title after a minister's is a given name (not "Deputy
     * Emir Sheikh Nawaf") */
    if (L == 1 && i > 0 && (norm_is(t, i, "emir") || norm_is(t, i, "amir")) && norm_is(t, i - 1, "minister") &&
        j < end && is_cap_word(t, j) && !tok_kind(ex, t, j, EG_GZ_TITLE | EG_GZ_HONORIFIC))
        return 0;
    /* "Minister of Social Action Mahamat Nour Abdelkerim", "Special Envoy for Water Security Daniel R. Whitcombe":
     * the portfolio belongs to the title, up to the given name that starts the person's */
    if (!(e->kinds & EG_GZ_HONORIFIC) && j + 3 < end && (norm_is(t, j, "of") || norm_is(t, j, "for"))) {
        size_t p = portfolio_end(ex, t, j + 1, end), L2;
        if (p != 0)
            return p - i;
        /* "World Bank Vice President for South Asia Amara Okafor": a title for a known place, then a person's
         * given name, is a title still (the place and the person are names of their own) */
        return is_cap_word(t, j + 1) &&
                       (L2 = eg_gz_memo_match(&ex->memo, j + 1, end, EG_GZ_COUNTRY | EG_GZ_CITY | EG_GZ_PLACE,
                                              NULL)) != 0 &&
                       j + 1 + L2 < end && is_cap_word(t, j + 1 + L2) &&
                       tok_kind(ex, t, j + 1 + L2, EG_GZ_FIRSTNAME)
                   ? L
                   : 0;
    }
    /* "Secretary of State Antony J. Blinken", "spokesman Ned Price", "Mr. Blinken" */
    if (j < end && (t->toks[j].flags & EG_TOK_PUNCT) && norm_is(t, j, ",") == 0 && (t->toks[j].flags & EG_TOK_DASH) == 0)
        return 0;
    /* "Iceland's Fisheries Minister, Hrafnhildur Ösp Sveinbjörnsdóttir,", "Senegal's infrastructure minister, X,": a
     * capitalised title after a possessive, "the" or its portfolio, or one in small letters after a possessive, a
     * comma, then the holder's name set off (not a list: "included Baron, Gigi's", "Speaker, Business Developer,
     * Producer") */
    if (j + 1 < end && norm_is(t, j, ",") && is_cap_word(t, j + 1) && !(e->kinds & EG_GZ_HONORIFIC) && i > 0 &&
        ((t->toks[i - 1].flags & EG_TOK_POSS) ||
         (is_cap_word(t, i) &&
          (norm_is(t, i - 1, "the") || (is_cap_word(t, i - 1) && !tok_kind(ex, t, i - 1, EG_GZ_FIRSTNAME)))) ||
         (i > 1 && (t->toks[i - 2].flags & EG_TOK_POSS) && !(t->toks[i - 1].flags & EG_TOK_CAP))) &&
        !(t->toks[j + 1].flags & EG_TOK_ALLCAPS) && !(word_bits(t, j + 1) & W_SUFFIX) &&
        !tok_kind(ex, t, j + 1, EG_GZ_TITLE | EG_GZ_HONORIFIC | EG_GZ_STOPWORD | EG_GZ_COUNTRY | EG_GZ_DEMONYM |
                                    EG_GZ_CITY | EG_GZ_MONTH | EG_GZ_WEEKDAY) &&
        !title_in_run(ex, t, j + 1, end)) {
        size_t q = j + 1;
        while (q < end && q < j + 7 && (is_cap_word(t, q) || (t->toks[q].flags & EG_TOK_INITIAL) || is_particle(t, q)))
            q++;
        if (!(q + 1 < end && norm_is(t, q, ",") && is_cap_word(t, q + 1)) &&
            !(q < end && (t->toks[q].flags & EG_TOK_POSS)))
            return L;
    }
    /* "Nigeria's Chief of the Naval Staff, Vice Admiral X": a title of several words, then a rank and the name */
    if (L >= 2 && j + 1 < end && norm_is(t, j, ",") && is_cap_word(t, j + 1) &&
        eg_gz_memo_match(&ex->memo, j + 1, end, EG_GZ_TITLE | EG_GZ_HONORIFIC, NULL))
        return L;
    if (j >= end || (!is_cap_word(t, j) && !particle_opens_name(ex, t, j, end)))
        return 0;
    /* a capitalised title word that starts an organization name ("General Assembly") is not a title; nor is a
     * king's or a sultan's in the name of what is named for them ("Sultan Qaboos University", "King Fahd
     * International Airport") */
    if (L == 1 && is_cap_word(t, i) && (word_bits(t, i) & W_NAMESAKE)) {
        size_t k = j;
        while (k < end && k < j + 5 && is_cap_word(t, k))
            k++;
        if (k > j + 1 && (span_has_orgword(ex, t, j, k) || is_venue(t, j, k)))
            return 0;
    }
    /* "the Sultan Hotel", "the President Hotel": a title word and a building's word alone name the building; so
     * does one with a name between, on a street ("Ratu Sukuna Road") */
    if (L == 1 && is_cap_word(t, i) && (word_bits(t, j) & W_VENUE_HEAD) && (j + 1 >= end || !is_cap_word(t, j + 1)))
        return 0;
    if (L == 1 && is_cap_word(t, i) && j + 1 < end && is_cap_word(t, j) && (word_bits(t, j + 1) & W_STREET) &&
        (j + 2 >= end || !is_cap_word(t, j + 2)))
        return 0;
    if (L == 1 && is_cap_word(t, i) && !(e->kinds & EG_GZ_HONORIFIC)) {
        size_t k = j;
        while (k < end && k < j + 4 && is_cap_word(t, k))
            k++;
        /* "Tunisian General Labour Union": "General" after a people's word, inside a body's name */
        if (norm_is(t, i, "general") && i > 0 && tok_kind(ex, t, i - 1, EG_GZ_DEMONYM | EG_GZ_COUNTRY) &&
            is_cap_word(t, i - 1) && span_has_orgword(ex, t, j, k))
            return 0;
        /* (nor one whose initial its acronym holds: "General Intelligence Service (GIS)") */
        if ((span_has_orgword(ex, t, i, k) && !span_has_orgword(ex, t, j, k)) || acronym_after(t, i, k))
            return 0;
        if (tok_kind(ex, t, j, EG_GZ_ORGWORD))
            return 0;
    }
    return L;
}

/* ---- pass 1: candidate spans ---- */

static eg_status push_cand(eg_extractor *ex, size_t a, size_t b, int type, int titled)
{
    cand *c;
    if (ex->ncands == ex->acands) {
        size_t na = ex->acands ? ex->acands * 2 : 256;
        cand *p = realloc(ex->cands, na * sizeof *p);
        if (!p)
            return EG_ENOMEM;
        ex->cands = p;
        ex->acands = na;
    }
    c = &ex->cands[ex->ncands++];
    memset(c, 0, sizeof *c);
    c->a = (uint32_t)a;
    c->b = (uint32_t)b;
    c->type = type;
    c->titled = (uint8_t)titled;
    return EG_OK;
}

/* A list of what a body deals in before its word, from token i, its first separator (a comma, "and" or "&") at j:
 * "Foreign, Commonwealth & Development Office", "Competition and Consumer Commission". The items are capitalised
 * words that name nothing known (not "Britain, France and Germany"), though a people's name may open the list
 * ("Australian Competition and Consumer Commission"), and the last word, after "and" or "&", is an organization
 * word. */
static int list_before_orgword(eg_extractor *ex, const eg_text *t, size_t i, size_t j, size_t end)
{
    size_t k;
    int joined = !norm_is(t, j, ",");
    const uint32_t known = EG_GZ_COUNTRY | EG_GZ_CITY | EG_GZ_PLACE | EG_GZ_ORG | EG_GZ_FIRSTNAME | EG_GZ_DEMONYM;
    /* "Senate Energy and Natural Resources Committee", "House Oversight and Accountability Committee": after a
     * legislature's name, a committee's subjects may be words of bodies */
    int chamber = (word_bits(t, i + norm_is(t, i, "the")) & W_LEGISLATURE) != 0;
    for (k = i; k < j; k++) {
        int opens = k == i || (k == i + 1 && norm_is(t, i, "the"));
        if (!is_cap_word(t, k) ||
            tok_kind(ex, t, k, (opens ? known & ~EG_GZ_DEMONYM : known) | (chamber ? 0 : EG_GZ_ORGWORD)))
            return 0;
    }
    if (j - i >= 2 && eg_gz_memo_match(&ex->memo, i, j, EG_GZ_TITLE, NULL) == j - i)
        return 0;   /* "Vice Prime Minister and Labor Party leader X": a title is no item (but "Justice and ...") */
    /* not two bodies: "Serb Republic and Muslim-Croat Federation" */
    if (j + 1 >= end || !is_cap_word(t, j + 1) || (word_bits(t, j - 1) & (W_GEO_HEAD | W_BODY_HEAD)))
        return 0;
    for (k = j + 1; k < end && k < j + 10; k++) {
        if (!joined && (norm_is(t, k, ",") || norm_is(t, k, "&") || norm_is(t, k, "and"))) {
            joined = !norm_is(t, k, ",");
            if (!is_cap_word(t, k - 1) || k + 1 >= end || !is_cap_word(t, k + 1))
                return 0;
            continue;
        }
        if (!is_cap_word(t, k))
            break;
        if (tok_kind(ex, t, k, known) || eg_gz_memo_match(&ex->memo, k, end, known, NULL))
            return 0;
    }
    if (chamber)
        return joined && (norm_is(t, k - 1, "committee") || norm_is(t, k - 1, "subcommittee"));
    return joined && tok_kind(ex, t, k - 1, EG_GZ_ORGWORD);
}

/* Inside an "ORGWORD of ..." name starting at i, does the comma at j join a list of what the body is of, closed by
 * "and" ("Ministry of Ports, Shipping and Waterways")? Its items are capitalised words that name nothing known
 * (not "the Department of Justice, Texas and California"). */
static int comma_list_in_name(eg_extractor *ex, const eg_text *t, size_t i, size_t j, size_t end)
{
    size_t k, of = 0;
    for (k = i; k + 1 < j && !of; k++)
        if ((norm_is(t, k + 1, "of") || norm_is(t, k + 1, "for")) && tok_kind(ex, t, k, EG_GZ_ORGWORD))
            of = k + 1;
    if (!of)
        return list_before_orgword(ex, t, i, j, end);
    for (k = j + 1; k < end && k < j + 10; k++) {
        if (norm_is(t, k, ","))
            continue;
        if (norm_is(t, k, "and"))
            return k + 1 < end && is_cap_word(t, k + 1) && k > j + 1 &&
                   !eg_gz_memo_match(&ex->memo, k + 1, end, EG_GZ_COUNTRY | EG_GZ_CITY | EG_GZ_PLACE | EG_GZ_ORG, NULL);
        if (!is_cap_word(t, k) || tok_kind(ex, t, k, EG_GZ_FIRSTNAME | EG_GZ_DEMONYM | EG_GZ_TITLE) ||
            eg_gz_memo_match(&ex->memo, k, end, EG_GZ_COUNTRY | EG_GZ_CITY | EG_GZ_PLACE | EG_GZ_ORG, NULL))
            return 0;
    }
    return 0;
}

/* Is [a, b) one name holding a list ("Foreign, Commonwealth & Development Office", "Australian Competition and
 * Consumer Commission", "Ministry of Economy, Trade and Industry"), which the tagger, reading commas and "and" as
 * the ends of names, would cut? */
static int listed_before_orgword(eg_extractor *ex, const eg_text *t, size_t a, size_t b)
{
    size_t k;
    for (k = a + 1; k + 2 < b; k++) {
        if (norm_is(t, k, ","))
            return comma_list_in_name(ex, t, a, k, b);
        if (norm_is(t, k, "and") || norm_is(t, k, "&"))
            return list_before_orgword(ex, t, a, k, b);
    }
    return 0;
}

/* "Sheikh" as the second of three names ("Hassan Sheikh Mohamud", "Sharif Sheikh Ahmed") is a name, not the title
 * of the name after it. */
static int sheikh_in_name(eg_extractor *ex, const eg_text *t, size_t i, size_t j, size_t end)
{
    return j == i + 1 && (norm_is(t, j, "sheikh") || norm_is(t, j, "sheik")) && j + 1 < end &&
           is_cap_word(t, j + 1) && !title_at(ex, t, j + 1, end) && is_cap_word(t, i) &&
           !tok_kind(ex, t, i, EG_GZ_TITLE | EG_GZ_HONORIFIC | EG_GZ_COUNTRY | EG_GZ_DEMONYM | EG_GZ_STOPWORD);
}

/* Does token k start a citation's year or number: "2010", ", 2010", "(2010)", "[7]"? */
static int cited_after(const eg_text *t, size_t k)
{
    if (k < t->ntoks && (t->toks[k].flags & EG_TOK_NUM))
        return 1;
    return k + 1 < t->ntoks && (t->toks[k + 1].flags & EG_TOK_NUM) &&
           (norm_is(t, k, ",") || norm_is(t, k, "(") || norm_is(t, k, "["));
}

/* After "and" inside an "ORGWORD of ..." name, does what starts at k name a body of its own ("University of Texas
 * and Ohio State University", "... and University of Colorado", "... and NATO"), not the rest of what the first
 * one is of ("Department of Health and Human Services")? */
static int own_body_at(eg_extractor *ex, const eg_text *t, size_t k, size_t end)
{
    size_t e = k;
    if (eg_gz_memo_match(&ex->memo, k, end, EG_GZ_ORG, NULL))
        return 1;
    while (e < end && e < k + 6 && is_cap_word(t, e))
        e++;
    return e > k && (word_bits(t, e - 1) & W_BODY_HEAD) && (e - k >= 2 || (e < end && norm_is(t, e, "of")));
}

/* One to three capitalised words from k, a possessive "'s", then another capitalised word ("Guatemala's Congress",
 * "South Korea's National Assembly"; not "Central Bank of Nigeria's governor")? */
static int possessive_name_at(const eg_text *t, size_t k, size_t end)
{
    size_t q;
    for (q = k; q < end && q < k + 3 && is_cap_word(t, q); q++)
        ;
    return q > k && q + 1 < end && (t->toks[q].flags & EG_TOK_POSS) && is_cap_word(t, q + 1);
}

/* Does token i end in "ing" ("Saving", "Promoting")? */
static int ing_word(const eg_text *t, size_t i)
{
    const char *w = eg_text_norm(t, i);
    size_t n = t->toks[i].norm_len;
    return n > 5 && memcmp(w + n - 3, "ing", 3) == 0;
}

/* Is "for", a capitalised "-ing" word and "the" inside [a, b) ("Fund for Saving the Aral Sea")? */
static int for_gerund_in(const eg_text *t, size_t a, size_t b)
{
    size_t k;
    for (k = a + 1; k + 3 < b; k++)
        if (norm_is(t, k, "for") && is_cap_word(t, k + 1) && ing_word(t, k + 1) && norm_is(t, k + 2, "the"))
            return 1;
    return 0;
}

/* How far a span starting at i extends (exclusive end). */
static int mixed_acronym_of(const eg_text *t, size_t k, size_t a, size_t b);

/* The capitalised words from token k end a name from token a that its acronym in brackets spells: "Union for the
 * Mediterranean (UfM)". */
static int acronym_through(const eg_text *t, size_t a, size_t k, size_t end)
{
    size_t q = k;
    while (q < end && q < k + 4 && is_cap_word(t, q))
        q++;
    return q > k && (acronym_after(t, a, q) || (q + 2 < t->ntoks && norm_is(t, q, "(") && norm_is(t, q + 2, ")") &&
                                                  mixed_acronym_of(t, q + 1, a, q)));
}

/* Token i is a small word of a French, Spanish or Portuguese name: "et", "pour", "la", "du", "y", "para". */
static int romance_small(const eg_text *t, size_t i)
{
    return !(t->toks[i].flags & EG_TOK_CAP) && (word_bits(t, i) & W_ROMANCE_SMALL);
}

/* "Yıldız Tersanecilik ve Denizcilik A.S.", "Müller und Söhne GmbH": "and" in another language at token j, between
 * capitalised words that go on to a company's legal form within four words */
static int and_in_firm(const eg_text *t, size_t j, size_t end)
{
    size_t k;
    if (j == 0 || j + 2 >= end || t->toks[j].norm_len > 3 || (t->toks[j].flags & EG_TOK_CAP) ||
        !(norm_is(t, j, "ve") || norm_is(t, j, "und") || norm_is(t, j, "og") || norm_is(t, j, "och") ||
          norm_is(t, j, "en") || norm_is(t, j, "e") || norm_is(t, j, "y") || norm_is(t, j, "et") ||
          norm_is(t, j, "i") || norm_is(t, j, "a")) ||
        !is_cap_word(t, j - 1))
        return 0;
    for (k = j + 1; k < end && k <= j + 4 && is_cap_word(t, k); k++)
        if (k > j + 1 && (word_bits(t, k) & W_LEGAL_FORM) && (t->toks[k].flags & EG_TOK_CAP))
            return 1;
    return 0;
}

static size_t span_end(eg_extractor *ex, const eg_text *t, size_t i, size_t end)
{
    size_t j = i + 1, L;
    const eg_gz_entry *e;
    /* a known phrase may contain lower-case words or connectors ("Bay of Bengal", "Côte d'Ivoire") */
    L = eg_gz_memo_match(&ex->memo, i, end, EG_GZ_COUNTRY | EG_GZ_CITY | EG_GZ_PLACE | EG_GZ_ORG, &e);
    if (L > 1)
        j = i + L;
    /* "the Gobi desert", "the Niger river": the table's feature word written small is the kind of thing named, not
     * part of its name */
    if (L > 1 && !(t->toks[i + L - 1].flags & EG_TOK_CAP) && (word_bits(t, i + L - 1) & W_LANDFORM) &&
        eg_gz_memo_match(&ex->memo, i, i + L - 1, EG_GZ_COUNTRY | EG_GZ_CITY | EG_GZ_PLACE, NULL) == L - 1)
        j = i + L - 1;
    /* "Japan's Kyodo news agency": a body's table name with its last word written small is the short name the
     * table also holds, and what kind of body it is */
    else if (L > 1 && (t->toks[i + L - 1].flags & EG_TOK_WORD) && !(t->toks[i + L - 1].flags & EG_TOK_CAP) &&
             !memchr(t->src + t->toks[i + L - 1].start, '-', t->toks[i + L - 1].end - t->toks[i + L - 1].start) &&
             (e->kinds & EG_GZ_ORG) && eg_gz_memo_match(&ex->memo, i, i + L - 1, EG_GZ_ORG, NULL) == L - 1)
        j = i + L - 1;
    else if (L <= 1 && i + 2 < end && norm_is(t, i, "the") &&
             (L = eg_gz_memo_match(&ex->memo, i + 1, end, EG_GZ_COUNTRY | EG_GZ_CITY | EG_GZ_PLACE | EG_GZ_ORG,
                                   &e)) > 1)
        j = i + 1 + L;   /* after a capitalised "The": "The Group of 77 said" */
    while (j < end && j - i < MAX_SPAN_TOKENS) {
        uint16_t f = t->toks[j].flags;
        /* 'Teodoro M. "Teddy" Dimaculangan': a nickname in quotes after the given names, then the surname */
        if ((L = nickname_at(t, j, end)) != 0 &&
            (tok_kind(ex, t, i, EG_GZ_FIRSTNAME) || (t->toks[j - 1].flags & EG_TOK_INITIAL) ||
             (t->toks[i].flags & EG_TOK_INITIAL))) {   /* ('Ma. Cristina "Tina" Lopez-Dizon') */
            j += L;
            continue;
        }
        if (is_cap_word(t, j) || (f & EG_TOK_INITIAL)) {
            /* "Chinese Foreign Minister Wang Yi": the title starts a new span; but inside a name a capital and
             * a period are a middle initial, not "M." for Monsieur, and a title word after a particle is a name
             * ("Tariq bin Sultan al-Ruqaishi") */
            size_t tl = !(f & EG_TOK_INITIAL) && !is_particle(t, j - 1) ? title_at(ex, t, j, end) : 0;
            /* (a title set off by a comma ends a run of its own: "Mexico's Security Secretary, X") */
            if (tl && j + tl < end && norm_is(t, j + tl, ","))
                tl = 0;
            /* "Council of Ministers", "Board of Governors": titles in the plural after "of" are what a body is of */
            if (tl == 1 && norm_is(t, j - 1, "of") && t->toks[j].norm_len > 3 &&
                eg_text_norm(t, j)[t->toks[j].norm_len - 1] == 's')
                tl = 0;
            /* an organization word starts no title ("Federal Police chief"), unless it is a minister's portfolio
             * ("Energy Minister", "Mining Minister", "EU Energy Commissioner"; not "Federal Police Commissioner") */
            if (tl && (!tok_kind(ex, t, j, EG_GZ_ORGWORD) || (tl > 1 && (norm_is(t, j + tl - 1, "minister") ||
                                                                          norm_is(t, j + tl - 1, "secretary") ||
                                                                          (norm_is(t, j + tl - 1, "commissioner") &&
                                                                           (word_bits(t, j) & W_PORTFOLIO))))) &&
                !sheikh_in_name(ex, t, i, j, end))
                break;
            /* "a student at Harvard University Amneh Jafari": after a body's last word, a given name and a name
             * start a person */
            if (j + 1 < end && is_cap_word(t, j + 1) && (word_bits(t, j - 1) & W_BODY_HEAD) &&
                tok_kind(ex, t, j, EG_GZ_FIRSTNAME) && !tok_kind(ex, t, j, EG_GZ_ORGWORD | EG_GZ_CITY | EG_GZ_PLACE))
                break;
            j++;
            continue;
        }
        if (j + 1 < end && is_particle(t, j) && (is_cap_word(t, j + 1) || is_particle(t, j + 1))) {
            j++;
            continue;
        }
        /* "Khyber Logistics (Pvt) Ltd", "Konkan Ports (Private) Limited", "Mokoena Civils (Pty) Ltd" */
        if (j + 3 < end && norm_is(t, j, "(") &&
            (norm_is(t, j + 1, "pvt") || norm_is(t, j + 1, "private") || norm_is(t, j + 1, "pty")) &&
            norm_is(t, j + 2, ")") && (word_bits(t, j + 3) & W_LEGAL_FORM) && is_cap_word(t, j - 1)) {
            j += 4;
            break;
        }
        /* "Valorem Infrastructure S.à r.l.": the Luxembourg form of three tokens ends the name */
        if (j + 1 < end && norm_is(t, j, "à") && norm_is(t, j - 1, "s.") && norm_is(t, j + 1, "r.l.")) {
            j += 2;
            break;
        }
        if (dotted_legal_form(t, j)) {
            /* "Považská Oceľ a.s.", "Beta s.r.o.": a legal form written small ends the name, the Polish one after
             * its three words */
            if (j + 2 < end && polish_form_at(t, j))
                j += 2;
            j++;
            break;
        }
        /* "Hidroeléctrica do Vale do Zambeze, S.A.", "Acme Widgets, Inc.": a legal form after a comma ends the
         * company's name (written with its periods, or one of the forms no other word is) */
        if (j + 1 < end && norm_is(t, j, ",") && t->toks[j].start == t->toks[j - 1].end &&
            (word_bits(t, j + 1) & W_LEGAL_FORM) && (t->toks[j + 1].flags & EG_TOK_CAP) && is_cap_word(t, j - 1) &&
            !(word_bits(t, j - 1) & W_LEGAL_FORM) &&
            (((t->toks[j + 1].flags & EG_TOK_ABBR) && t->toks[j + 1].end - t->toks[j + 1].start >= 4) ||
             norm_is(t, j + 1, "ltd") || norm_is(t, j + 1, "inc") || norm_is(t, j + 1, "llc") ||
             norm_is(t, j + 1, "plc") || norm_is(t, j + 1, "gmbh"))) {
            j += 2;   /* (and on: "Grupo Norte, S.A. de C.V.") */
            continue;
        }
        /* "Seorin Heavy Industries Co., Ltd.": two legal forms on either side of a comma */
        if (j + 1 < end && norm_is(t, j, ",") && (word_bits(t, j - 1) & W_LEGAL_FORM) &&
            (word_bits(t, j + 1) & W_LEGAL_FORM) && (t->toks[j + 1].flags & EG_TOK_CAP)) {
            j++;
            continue;
        }
        /* "People's Liberation Army", "Workers' Party": a people's possessive inside a body's name; so is any
         * trade's plural before an organization word ("Busan Dockworkers' Union") */
        if (j + 1 < end && (t->toks[j].flags & EG_TOK_POSS) && is_cap_word(t, j - 1) && is_cap_word(t, j + 1) &&
            ((word_bits(t, j - 1) & W_COLLECTIVE) ||
             (norm_is(t, j, "'") && t->toks[j - 1].norm_len > 4 &&
              eg_text_norm(t, j - 1)[t->toks[j - 1].norm_len - 1] == 's' &&
              tok_kind(ex, t, j + 1, EG_GZ_ORGWORD)))) {
            j++;
            continue;
        }
        /* "St Andrew's House", "St Paul's Cathedral": a saint's possessive opens a building's name */
        if (j == i + 2 && j + 1 < end && norm_is(t, j, "'s") && is_cap_word(t, j + 1) &&
            (norm_is(t, i, "st") || norm_is(t, i, "st.") || norm_is(t, i, "saint")) && is_cap_word(t, i)) {
            j++;
            continue;
        }
        /* "the Grandmaster's Palace", "the Governor's Mansion": an office's possessive that opens a building's
         * name, the building's word last */
        if (j == i + 1 && j + 1 < end && norm_is(t, j, "'s") && tok_kind(ex, t, i, EG_GZ_TITLE) &&
            (word_bits(t, j + 1) & W_VENUE_HEAD) && (t->toks[j + 1].flags & EG_TOK_CAP) &&
            (j + 2 >= end || !is_cap_word(t, j + 2))) {
            j++;
            continue;
        }
        /* "Queen's University Belfast", "King's College London", "Queen's Island": a sovereign's possessive that
         * opens a body's, a building's or an island's name */
        if (j == i + 1 && j + 1 < end && norm_is(t, j, "'s") && norm_in(t, i, royal_words) &&
            is_cap_word(t, j + 1) &&
            ((word_bits(t, j + 1) & (W_VENUE_HEAD | W_BODY_HEAD)) || tok_kind(ex, t, j + 1, EG_GZ_ORGWORD) ||
             norm_is(t, j + 1, "island"))) {
            j++;
            continue;
        }
        if (norm_is(t, j, ",") && (comma_list_in_name(ex, t, i, j, end) ||
                                   /* "Senate Commerce, Science and Transportation Committee" */
                                   ((word_bits(t, i + norm_is(t, i, "the")) & W_LEGISLATURE) &&
                                    list_before_orgword(ex, t, i, j, end)))) {
            j++;
            continue;
        }
        /* "the Agriculture Committee of Iraq's Council of Representatives": what "of" opens there is another
         * name, its possessive a part of that one's */
        if (norm_is(t, j, "of") && possessive_name_at(t, j + 1, end))
            break;
        if (and_in_firm(t, j, end)) {
            j++;
            continue;
        }
        /* "Compagnie Sénégalaise de Transit et d'Acconage", "Mouvement pour la Défense du Kivu": the small words of
         * a French, Spanish or Portuguese body's name, after the word that opens it */
        if (j + 1 < end && (word_bits(t, i + norm_is(t, i, "the")) & W_ROMANCE_HEAD) && romance_small(t, j) &&
            (is_cap_word(t, j + 1) || (j + 2 < end && romance_small(t, j + 1) && is_cap_word(t, j + 2)))) {
            j++;
            continue;
        }
        /* "European Union Mission in Armenia (EUMA)", "Djibouti Ports and Free Zones Authority (DPFZA)",
         * "International Conference on the Great Lakes Region (ICGLR)": "in", "and" or "on" inside a name its
         * acronym spells whole */
        if (j + 1 < end && (norm_is(t, j, "in") || norm_is(t, j, "and") || norm_is(t, j, "on")) &&
            (is_cap_word(t, j + 1) || (j + 2 < end && norm_is(t, j + 1, "the") && is_cap_word(t, j + 2)))) {
            size_t q = j + 1 + norm_is(t, j + 1, "the"), a0 = i + norm_is(t, i, "the");
            int the = norm_is(t, j + 1, "the");
            /* (through more small words: "African Union Support and Stabilization Mission in Somalia (AUSSOM)") */
            while (q < end && q < j + 8 &&
                   (is_cap_word(t, q) || (q + 1 < end && is_cap_word(t, q + 1) &&
                                          (norm_is(t, q, "in") || norm_is(t, q, "and") || norm_is(t, q, "of") ||
                                           norm_is(t, q, "the")))))
                the |= norm_is(t, q++, "the");
            /* (across a "the", only an acronym of every word's capital: not "the Debed River and the Djibouti Ports
             * and Free Zones Authority (DPFZA)") */
            if (the ? acronym_letters(t, a0, q, 0) || acronym_letters(t, a0, q, 1) : acronym_after(t, a0, q)) {
                j = q;
                continue;
            }
        }
        /* "European Union Border Assistance Mission to Moldova and Ukraine", "UN Mission in South Sudan": the
         * countries or places a mission is to are in its name */
        if (j + 1 < end && (norm_is(t, j, "to") || norm_is(t, j, "in")) && norm_is(t, j - 1, "mission") &&
            is_cap_word(t, j - 1)) {
            size_t q = j + 1, len;
            while ((len = eg_gz_memo_match(&ex->memo, q, end, EG_GZ_COUNTRY | EG_GZ_CITY | EG_GZ_PLACE, NULL)) > 0) {
                q += len;
                if (!(q + 1 < end && norm_is(t, q, "and")))
                    break;
                if (!eg_gz_memo_match(&ex->memo, q + 1, end, EG_GZ_COUNTRY | EG_GZ_CITY | EG_GZ_PLACE, NULL))
                    break;
                q++;
            }
            if (q > j + 1) {
                j = q;
                continue;
            }
        }
        /* "International Fund for Saving the Aral Sea", "Society for Protecting the Rural Environment": what a body
         * is for, a verb's "-ing" and its object */
        if (j + 1 < end && j >= i + 3 && norm_is(t, j, "the") && is_cap_word(t, j + 1) && norm_is(t, j - 2, "for") &&
            is_cap_word(t, j - 1) && ing_word(t, j - 1) && span_has_orgword(ex, t, i, j - 2)) {
            j++;
            continue;
        }
        /* (a feature's name ends before "for": "a terminal on Golden Horn Bay for Zolotoy Rog Seafood JSC") */
        if (norm_is(t, j, "for") && (word_bits(t, j - 1) & W_LANDFORM))
            break;   /* (not "Minister of State for Energy Affairs") */
        if (j + 1 < end && is_connector(t, j) && !(word_bits(t, j - 1) & W_LEGAL_FORM) &&
            (is_cap_word(t, j + 1) ||
             /* "Office for the Coordination of ...", "Palace of the Republic": "of the" or "for the" inside an
              * organization's or a building's name, but not before a known name ("Communist Party of the
              * Philippines" is the party and the country) */
             (j + 2 < end && (norm_is(t, j, "of") || norm_is(t, j, "for")) && norm_is(t, j + 1, "the") &&
              is_cap_word(t, j + 2) &&
              (span_has_orgword(ex, t, i, j) ||
               (norm_is(t, j, "of") && ((word_bits(t, j - 1) & W_VENUE_HEAD) || palace_of(t, j)))) &&
              (!eg_gz_memo_match(&ex->memo, j + 2, end, EG_GZ_COUNTRY | EG_GZ_CITY | EG_GZ_PLACE | EG_GZ_ORG,
                                 NULL) ||
               /* "Union for the Mediterranean (UfM)": a name its acronym spells, known place and all */
               acronym_through(t, i + norm_is(t, i, "the"), j + 2, end) ||
               /* "the Second Committee of the House of Representatives": a chamber's committee */
               ((norm_is(t, j - 1, "committee") || norm_is(t, j - 1, "subcommittee")) && norm_is(t, j, "of") &&
                ((word_bits(t, j + 2) & W_LEGISLATURE) || norm_is(t, j + 2, "house"))))))) {
            int ok = 0;
            if (norm_is(t, j, "and")) {
                /* "Department of Health and Human Services", "Committee on Energy and Mining": only inside an
                 * "ORGWORD of/for/on ..." name, or a list before its word ("Foreign, Commonwealth and Development
                 * Office") */
                size_t k;
                for (k = i; k + 1 < j && !ok; k++)
                    ok = (norm_is(t, k + 1, "of") || norm_is(t, k + 1, "for") || norm_is(t, k + 1, "on")) &&
                         tok_kind(ex, t, k, EG_GZ_ORGWORD);
                if (ok && (own_body_at(ex, t, j + 1, end) || building_at(t, j + 1, end) ||
                           /* (nor a person after it: "the Council of Ministers and Jordi Puigverd") */
                           (tok_kind(ex, t, j + 1, EG_GZ_FIRSTNAME) &&
                            !tok_kind(ex, t, j + 1, EG_GZ_ORGWORD | EG_GZ_COUNTRY | EG_GZ_CITY | EG_GZ_PLACE))))
                    ok = 0;
                for (k = i; k <= j && !ok; k++)
                    ok = (k == j || norm_is(t, k, ",")) && list_before_orgword(ex, t, i, k, end);
                /* "Doha Exhibition and Convention Center": two kinds of hall before a centre */
                if (!ok && j + 2 < end && (word_bits(t, j - 1) & W_MEETING_HALL) &&
                    (word_bits(t, j + 1) & W_MEETING_HALL) &&
                    (norm_is(t, j + 2, "center") || norm_is(t, j + 2, "centre")))
                    ok = 1;
            } else if (norm_is(t, j, "&")) {
                /* "Procter & Gamble", "Johnson & Johnson": capitalised words on both sides make a firm's name;
                 * not two places ("Tempe & Mesa") nor two authors cited ("Dye & Bavelier 2010", "Dye &
                 * Bavelier (2010)", "Dye & Bavelier [7]"); a legal form after them makes a firm of places
                 * ("Harrow & Kent Capital PLC") */
                ok = is_cap_word(t, j - 1) && !cited_after(t, j + 2) &&
                     (!eg_gz_memo_match(&ex->memo, j + 1, end, EG_GZ_COUNTRY | EG_GZ_CITY | EG_GZ_PLACE, NULL) ||
                      legal_form_ahead(t, j + 1, end));
            } else if (norm_is(t, j, "the")) {
                ok = j > i && norm_is(t, j - 1, "of") ? 0 : 0;
            } else if ((norm_is(t, j, "on") || norm_is(t, j, "for")) && (word_bits(t, j - 1) & W_VENUE_HEAD)) {
                ok = 0;   /* a building ends its name: "the Dirksen Senate Office Building on Capitol Hill" */
            } else {
                ok = span_has_orgword(ex, t, i, j) || is_geo_head(t, j - 1) || palace_of(t, j);
                /* "Group of Seven", "Bank of England": an organization word may also come after */
                if (!ok && norm_is(t, j, "of")) {
                    size_t k = j + 1;
                    while (k < end && is_cap_word(t, k) && k < j + 5)
                        k++;
                    ok = tok_kind(ex, t, j - 1, EG_GZ_ORGWORD) || span_has_orgword(ex, t, j + 1, k);
                    if (ok && !span_has_orgword(ex, t, i, j))
                        ok = 0;
                }
            }
            if (ok) {
                j++;
                if (j + 1 < end && norm_is(t, j, "the") && is_cap_word(t, j + 1))
                    j++;
                continue;
            }
        }
        break;
    }
    return j;
}

/* A headline line in title case ("Baltic Grain Exchange Launches Wheat Futures"), not in capitals. */
static int headline_is_title_case(const eg_text *t, const eg_sentence *s)
{
    size_t i, words = 0, caps = 0;
    if (s->tok_end == s->tok_begin || (t->toks[s->tok_begin].flags & EG_TOK_CAPS_LINE) ||
        !(t->toks[s->tok_begin].flags & EG_TOK_HEADLINE))
        return 0;
    for (i = s->tok_begin; i < s->tok_end; i++) {
        if ((t->toks[i].flags & EG_TOK_WORD) && !(t->toks[i].flags & EG_TOK_NUM)) {
            words++;
            if (t->toks[i].flags & EG_TOK_CAP)
                caps++;
        }
    }
    return words >= 3 && caps * 10 >= words * 6;
}

/* Page chrome: navigation, sharing, comment and cookie prompts, font-size controls, "Read more", "Source link",
 * bylines that name only a site. A line of that kind holds no names worth a node. */
static int is_chrome(const eg_extractor *ex, const eg_text *t, const eg_sentence *s)
{
    size_t i, nwords = 0, chrome_words = 0, n = s->tok_end - s->tok_begin, o = 0;
    (void)ex;
    if (n == 0 || n > 40)
        return 0;
    /* the phrases count only in a short line, and only in its first 254 bytes of folded words (a line buffer's) */
    if (n <= 20) {
        for (i = s->tok_begin; i < s->tok_end && o + t->toks[i].norm_len + 2 < 256; i++)
            o += (o ? 1 : 0) + t->toks[i].norm_len;
        if (has_chrome_phrase(eg_text_norm(t, s->tok_begin), o))
            return 1;
    }
    /* the rest is about lines that do not end a sentence */
    if (!(t->toks[s->tok_begin].flags & EG_TOK_LINE_START) || (t->toks[s->tok_end - 1].flags & EG_TOK_TERMINAL))
        return 0;
    for (i = s->tok_begin; i < s->tok_end; i++) {
        if (t->toks[i].flags & (EG_TOK_WORD | EG_TOK_NUM))
            nwords++;
        if (word_bits(t, i) & W_CHROME)
            chrome_words++;
    }
    /* "Share  Tweet  Email", "Published: Updated:" */
    if (nwords && chrome_words * 2 >= nwords)
        return 1;
    /* a byline that is only a site or agency: "By Global News Staff" */
    if (norm_is(t, s->tok_begin, "by") && n <= 6) {
        for (i = s->tok_begin + 1; i < s->tok_end; i++)
            if (word_bits(t, i) & W_BYLINE)
                return 1;
    }
    return 0;
}

/* Into ex->lower (released first): the folded words the text writes without a capital. */
static eg_status lower_words(eg_extractor *ex, const eg_text *t)
{
    size_t i;
    eg_strtab_release(&ex->lower);
    for (i = 0; i < t->ntoks; i++)
        if ((t->toks[i].flags & (EG_TOK_WORD | EG_TOK_CAP | EG_TOK_NUM)) == EG_TOK_WORD &&
            eg_strtab_put(&ex->lower, eg_text_norm(t, i), t->toks[i].norm_len, 0, NULL, NULL, NULL) != EG_OK)
            return EG_ENOMEM;
    return EG_OK;
}

/* A span of a headline, ending before b, ends in a word the document also writes in lower case ("Geothermal
 * Push"), not in a word that ends names (an organization word, a venue, a feature). */
static int ends_in_common_word(eg_extractor *ex, const eg_text *t, size_t b)
{
    size_t i = b - 1;
    return !tok_kind(ex, t, i, EG_GZ_ORGWORD) && !(word_bits(t, i) & (W_VENUE_HEAD | W_LANDFORM)) &&
           eg_strtab_get(&ex->lower, eg_text_norm(t, i), t->toks[i].norm_len, NULL);
}

/* A long span of a headline, [a, b), holds two words or more that the document also writes in lower case
 * ("Fast-Track Shared Gas Field Ahead of Regional Summit"): a run of title-case words, not a name the body does not
 * write ("New People Party" has one). */
static int holds_common_word(eg_extractor *ex, const eg_text *t, size_t a, size_t b)
{
    size_t i, n = 0;
    for (i = a; i + 1 < b && b - a >= 4; i++)
        if (is_cap_word(t, i) && !tok_kind(ex, t, i, EG_GZ_ORGWORD) &&
            eg_strtab_get(&ex->lower, eg_text_norm(t, i), t->toks[i].norm_len, NULL))
            n++;
    return n >= 2;
}

/* "Downstream, Mozambique has voiced concern": a word that opens a sentence before a comma, which the document
 * writes in lower case elsewhere and no longer name holds, is no name, whatever the tagger guessed ("Young, the
 * senator," after "Don Young" stays). *lowered: ex->lower is made (made here when needed). */
static eg_status drop_common_openers(eg_extractor *ex, const eg_text *t, int *lowered)
{
    size_t ci, k;
    int words = 0;
    for (ci = 0; ci < ex->ncands; ci++) {
        cand *c = &ex->cands[ci];
        if (c->b - c->a != 1 || c->strength == 2 || c->type == C_DROP ||
            !(t->toks[c->a].flags & EG_TOK_SENT_START) || c->b >= t->ntoks || !norm_is(t, c->b, ",") ||
            tok_kind(ex, t, c->a, EG_GZ_FIRSTNAME | EG_GZ_COUNTRY | EG_GZ_DEMONYM | EG_GZ_CITY | EG_GZ_PLACE |
                                      EG_GZ_ORG))
            continue;
        if (!*lowered && lower_words(ex, t) != EG_OK)
            return EG_ENOMEM;
        *lowered = 1;
        if (!eg_strtab_get(&ex->lower, eg_text_norm(t, c->a), t->toks[c->a].norm_len, NULL))
            continue;
        if (!words) {   /* the words of the longer names, once */
            size_t i;
            eg_strtab_release(&ex->words);
            for (i = 0; i < ex->ncands; i++)
                for (k = ex->cands[i].a; ex->cands[i].b - ex->cands[i].a >= 2 && k < ex->cands[i].b; k++)
                    if (eg_strtab_put(&ex->words, eg_text_norm(t, k), t->toks[k].norm_len, 0, NULL, NULL, NULL) !=
                        EG_OK)
                        return EG_ENOMEM;
            words = 1;
        }
        if (!eg_strtab_get(&ex->words, eg_text_norm(t, c->a), t->toks[c->a].norm_len, NULL))
            c->type = C_DROP;
    }
    return EG_OK;
}

/* "an Arctic fisheries conference", "into Pacific waters", "China's envoy for Pacific affairs": an ocean's or a
 * sea's name alone between small words, with no "the" before it, says what kind of thing follows; it names no
 * place ("the Pacific is", "across the Atlantic" stay) */
static void drop_modifiers(eg_extractor *ex, const eg_text *t)
{
    size_t ci;
    for (ci = 0; ci < ex->ncands; ci++) {
        cand *c = &ex->cands[ci];
        size_t a = c->a, b = c->b;
        if (b - a != 1 || a == 0 || b >= t->ntoks || t->toks[a].sent != t->toks[b].sent)
            continue;
        /* "214 billion CFA francs": a currency's initials name no body */
        if ((t->toks[a].flags & EG_TOK_ALLCAPS) && (norm_is(t, b, "francs") || norm_is(t, b, "franc")) &&
            !tok_kind(ex, t, a, EG_GZ_COUNTRY)) {
            c->type = C_DROP;
            continue;
        }
        /* "the Islamist group al-Shabaab", "Maoist rebels": a word of a creed before a small word says what kind */
        if (c->type != C_DROP && c->type != EG_TYPE_PLACE && !c->canon && c->strength < 2 &&
            t->toks[a].norm_len > 5 && !memcmp(eg_text_norm(t, a) + t->toks[a].norm_len - 3, "ist", 3) &&
            (word_bits(t, b) & W_FOLLOWERS) && !(t->toks[b].flags & EG_TOK_CAP) &&
            !tok_kind(ex, t, a, EG_GZ_ORG | EG_GZ_FIRSTNAME)) {
            c->type = C_DROP;
            continue;
        }
        if (c->type != EG_TYPE_PLACE || (t->toks[a].flags & EG_TOK_ALLCAPS))
            continue;
        /* (not in a list, nor before a small word: "the Camden and Atlantic until they crossed") */
        if (!(word_bits(t, a) & W_SEA) || !(t->toks[b].flags & EG_TOK_WORD) ||
            (t->toks[b].flags & (EG_TOK_CAP | EG_TOK_NUM)) || tok_kind(ex, t, b, EG_GZ_STOPWORD) ||
            norm_is(t, b, "is") || norm_is(t, b, "was") ||
            norm_is(t, b, "has"))
            continue;
        if (((t->toks[a - 1].flags & EG_TOK_WORD) && !(t->toks[a - 1].flags & (EG_TOK_CAP | EG_TOK_NUM)) &&
             !norm_is(t, a - 1, "the") && !norm_is(t, a - 1, "and") && !norm_is(t, a - 1, "or")) ||
            norm_is(t, a - 1, "an") || norm_is(t, a - 1, "a") ||
            (t->toks[a - 1].flags & EG_TOK_POSS))
            c->type = C_DROP;
    }
}

/* "the Accursed Mountains (Prokletije)", "the Jordan News Agency (Petra)", "the Sámi Parliament, or Sámediggi,": a
 * word in brackets right after a place's or a body's name, not in capitals, or set off by ", or" after it, is its
 * other name */
static void other_names(eg_extractor *ex, const eg_text *t)
{
    size_t ci;
    for (ci = 1; ci < ex->ncands; ci++) {
        cand *c = &ex->cands[ci];
        const cand *p = &ex->cands[ci - 1];
        int bracket, after_or;
        if (c->b - c->a != 1 || c->a < 3 || c->b >= t->ntoks || c->strength == 2 || c->canon ||
            (t->toks[c->a].flags & EG_TOK_ALLCAPS))
            continue;
        bracket = norm_is(t, c->a - 1, "(") && norm_is(t, c->b, ")") && p->b == c->a - 1 &&
                  (p->type == EG_TYPE_PLACE || p->type == EG_TYPE_ORGANIZATION);
        after_or = norm_is(t, c->a - 1, "or") && norm_is(t, c->a - 2, ",") && norm_is(t, c->b, ",") &&
                   p->b == c->a - 2 && (p->type == EG_TYPE_PLACE || p->type == EG_TYPE_ORGANIZATION);
        if ((bracket || after_or) && c->type != p->type) {
            c->type = p->type;
            c->strength = 2;
        }
    }
}

/* "the Vakhsh site" after "the Vakhsh River": a lone word after "the" that opens a natural feature's name read here
 * is that feature, whatever the tagger guessed; pass 3 joins it to the feature (ex->place_first is scratch here). */
static eg_status features_alone(eg_extractor *ex, const eg_text *t)
{
    size_t ci;
    eg_strtab_release(&ex->place_first);
    for (ci = 0; ci < ex->ncands; ci++) {
        const cand *c = &ex->cands[ci];
        if (c->type == EG_TYPE_PLACE && c->b - c->a == 2 && (word_bits(t, c->a + 1) & W_LANDFORM) &&
            eg_strtab_put(&ex->place_first, eg_text_norm(t, c->a), t->toks[c->a].norm_len, 0, NULL, NULL, NULL) !=
                EG_OK)
            return EG_ENOMEM;
    }
    for (ci = 0; ex->place_first.count && ci < ex->ncands; ci++) {
        cand *c = &ex->cands[ci];
        /* (a river the tables know by its name alone too: "the Vakhsh River" then "the Vakhsh") */
        if (c->b - c->a == 1 && c->a > 0 && norm_is(t, c->a - 1, "the") &&
            (((c->type == EG_TYPE_ORGANIZATION || c->type == EG_TYPE_PERSON) && !c->canon && c->strength < 2) ||
             (c->type == EG_TYPE_PLACE && c->canon)) &&
            eg_strtab_get(&ex->place_first, eg_text_norm(t, c->a), t->toks[c->a].norm_len, NULL))
            c->type = C_UNKNOWN;
    }
    return EG_OK;
}

/* A lawmaker's party and state after the name: ", R-La.,", "(D-N.Y.)". Token k is the party's letter; the letter
 * and its hyphen name nothing, nor does the state's abbreviation unless it is a known place. */
static int party_letter(const eg_text *t, size_t k)
{
    const eg_token *tk = &t->toks[k];
    return k > 0 && k + 2 < t->ntoks && tk->end - tk->start == 1 &&
           (t->src[tk->start] == 'R' || t->src[tk->start] == 'D' || t->src[tk->start] == 'I') &&
           (norm_is(t, k - 1, ",") || norm_is(t, k - 1, "(")) && norm_is(t, k + 1, "-") &&
           t->toks[k + 1].start == tk->end && t->toks[k + 2].start == t->toks[k + 1].end &&
           (t->toks[k + 2].flags & EG_TOK_CAP);
}

/* Is token k part of a party label that names nothing: its letter, hyphen, or an unknown state abbreviation? */
static int in_party_label(eg_extractor *ex, const eg_text *t, size_t k)
{
    /* the letter is one byte; most capitalised words are neither it nor two tokens after one */
    if (t->toks[k].end - t->toks[k].start == 1)
        return party_letter(t, k);
    return k >= 2 && t->toks[k - 2].end - t->toks[k - 2].start == 1 && party_letter(t, k - 2) &&
           !tok_kind(ex, t, k, EG_GZ_CITY | EG_GZ_PLACE | EG_GZ_COUNTRY);
}

/* Do tokens a to a + 2 read a saint's name in the possessive: "St. Ann's", "Saint Paul's", "Ste. Anne's"? */
static int saint_possessive(const eg_text *t, size_t a)
{
    static const char *const saint[] = {"st", "st.", "saint", "ste.", "ste", "sainte", NULL};
    return a + 2 < t->ntoks && (t->toks[a + 2].flags & EG_TOK_POSS) && norm_is(t, a + 2, "'s") &&
           is_cap_word(t, a + 1) && norm_in(t, a, saint);
}

/* Do tokens k, k + 1 read "'s House", "'s Palace", "'s Residence" or "'s Lodge" (after an office's title)? */
static int office_building(const eg_text *t, size_t k, size_t end)
{
    static const char *const buildings[] = {"house", "palace", "residence", "lodge", NULL};
    return k + 1 < end && (t->toks[k].flags & EG_TOK_POSS) && is_cap_word(t, k + 1) && norm_in(t, k + 1, buildings);
}

/* Is there an office's building a few tokens after token i ("Prime Minister's House")? (a cheap test before the
 * title's) */
static int office_ahead(const eg_text *t, size_t i, size_t end)
{
    size_t k;
    for (k = i + 1; k < end && k < i + 5; k++)
        if (t->toks[k].flags & EG_TOK_POSS)
            return office_building(t, k, end);
    return 0;
}

static eg_status cut_sentence(eg_extractor *ex, const eg_text *t, const eg_sentence *s)
{
    eg_status ret = EG_OK;
    size_t i = s->tok_begin, end = s->tok_end;
    int titled = 0;
    int caps_line = s->tok_end > s->tok_begin && (t->toks[s->tok_begin].flags & EG_TOK_CAPS_LINE);
    int title_case = headline_is_title_case(t, s);
    if (ex->chrome[s - t->sents])
        return EG_OK;
    while (i < end && ret == EG_OK) {
        const eg_token *tok = &t->toks[i];
        size_t L, j, the;
        const eg_gz_entry *e = NULL;
        if (!(tok->flags & EG_TOK_WORD) || (tok->flags & EG_TOK_NUM)) {
            /* "President Biden's national security adviser" keeps nothing; a comma after a title does */
            if (!((tok->flags & EG_TOK_PUNCT) && norm_is(t, i, ",")))
                titled = 0;
            i++;
            continue;
        }
        /* (and "the" before one: "The Chief of the Air Staff, Air Marshal X" opens no name) */
        the = i + 1 < end && norm_is(t, i, "the");
        /* "at the Prime Minister's House": a building named for the office (type_cand types it) */
        if ((t->toks[i + the].flags & EG_TOK_CAP) && office_ahead(t, i + the, end) &&
            (L = eg_gz_memo_match(&ex->memo, i + the, end, EG_GZ_TITLE, NULL)) != 0 &&
            office_building(t, i + the + L, end)) {
            ret = push_cand(ex, i + the, i + the + L + 2, C_UNKNOWN, 0);
            i += the + L + 2;
            titled = 0;
            continue;
        }
        if ((L = title_at(ex, t, i + the, end)) != 0) {
            titled = 1;
            i += the + L;
            continue;
        }
        if (caps_line || title_case) {
            /* shouted or title-case headlines: known phrases only, and single words for pass 3 to match */
            size_t n0 = ex->ncands;
            L = eg_gz_memo_match(&ex->memo, i, end,
                                   EG_GZ_COUNTRY | EG_GZ_DEMONYM | EG_GZ_CITY | EG_GZ_PLACE | EG_GZ_ORG, &e);
            if (L && L == 1 && !(e->kinds & EG_GZ_COUNTRY) && i > s->tok_begin && is_cap_word(t, i - 1) &&
                tok_kind(ex, t, i - 1, EG_GZ_FIRSTNAME))
                L = 1;   /* "By Lucas Pereira": after a given name, a city's name is a surname */
            else if (L && (is_cap_word(t, i) || (tok->flags & EG_TOK_ALLCAPS)))
                ret = push_cand(ex, i, i + L, C_UNKNOWN, 0);
            else if (is_cap_word(t, i) && !tok_kind(ex, t, i, EG_GZ_STOPWORD | EG_GZ_TITLE) && !ex->tagger)
                ret = push_cand(ex, i, i + 1, C_UNKNOWN, 0), L = 1;   /* with a tagger, its spans say more */
            else
                L = 1;
            if (ret == EG_OK && ex->ncands > n0)   /* (not the name before, when this word pushed none) */
                ex->cands[ex->ncands - 1].demonym = 2;   /* mark: from a headline; typed only by gazetteer */
            i += L ? L : 1;
            titled = 0;
            continue;
        }
        if ((!is_cap_word(t, i) && !particle_opens_name(ex, t, i, end)) || in_party_label(ex, t, i)) {
            titled = 0;
            i++;
            continue;
        }
        j = span_end(ex, t, i, end);
        /* "in St. Ann's", "St. Paul's": a saint's possessive is the place's name */
        if (j <= i + 2 && i + 2 < end && saint_possessive(t, i))
            j = i + 3;
        /* "the 6th U.S. Circuit Court of Appeals", "the 82nd Airborne Division": a body's ordinal is in its name */
        ret = push_cand(ex, i > s->tok_begin && j >= i + 2 && ordinal_at(t, i - 1) && span_has_orgword(ex, t, i, j)
                                ? i - 1
                                : i,
                        j,
                        C_UNKNOWN, titled);
        /* "New Zealand's Associate Foreign Minister, Miriama Te Whata": a run that ends in a title set off by a
         * comma titles the name after it */
        titled = j > i + 1 && j < end && norm_is(t, j, ",") && tok_kind(ex, t, j - 1, EG_GZ_TITLE) &&
                 title_at(ex, t, j - 1, end) == 1;
        i = j;
    }
    return ret;
}

/* ---- pass 2: typing ---- */

/* Is there an "and" or "&" among tokens (a, b - 1)? */
static int and_inside(const eg_text *t, size_t a, size_t b)
{
    size_t k;
    for (k = a + 1; k + 1 < b; k++)
        if (norm_is(t, k, "and") || norm_is(t, k, "&"))
            return 1;
    return 0;
}

static size_t portfolio_open(const eg_text *t, size_t a);
static int minister_portfolio(const eg_text *t, size_t a, size_t b);

static void set_from_entry(eg_extractor *ex, cand *c, const eg_gz_entry *e)
{
    memcpy(c->cc, e->cc, 3);
    c->canon = e->canon;
    /* a demonym of one word or several ("Kenyan", "South Korean", "Sri Lankan") is a mention of its country */
    if (!(e->kinds & EG_GZ_COUNTRY) && (e->kinds & EG_GZ_DEMONYM))
        c->canon = eg_gazetteer_country_name(ex->gz, e->cc);
    if (e->kinds & EG_GZ_COUNTRY)
        c->type = EG_TYPE_COUNTRY;
    else if (e->kinds & EG_GZ_DEMONYM) {
        c->type = EG_TYPE_COUNTRY;
        c->demonym = 1;
    } else if (e->kinds & EG_GZ_ORG)
        c->type = EG_TYPE_ORGANIZATION;
    else if (e->kinds & (EG_GZ_CITY | EG_GZ_PLACE))
        c->type = EG_TYPE_PLACE;
}

static int all_letters_caps_acronym(const eg_text *t, size_t i)
{
    const eg_token *tok = &t->toks[i];
    size_t n = tok->end - tok->start;
    return (tok->flags & EG_TOK_ALLCAPS) && n >= 2 && n <= 8;
}

/* Do tokens b, b + 1 read "-based", "-born" or "-headquartered" (the tokenizer keeps the suffix apart)? */
static int place_suffix_after(const eg_text *t, size_t b)
{
    return b + 1 < t->ntoks && t->toks[b].start == t->toks[b - 1].end && norm_is(t, b, "-") &&
           (norm_is(t, b + 1, "based") || norm_is(t, b + 1, "born") || norm_is(t, b + 1, "headquartered"));
}

/* Does token k's normalised form end in the word w (and hold more than it)? */
static int ends_with(const eg_text *t, size_t k, const char *w)
{
    size_t n = strlen(w), len = t->toks[k].norm_len;
    return len > n && !memcmp(eg_text_norm(t, k) + len - n, w, n);
}

/* Is the name at token a what a place's noun in small letters is called: "the islets called Dokdo", "a town known
 * as X", "the river named X"? */
static int called_place(const eg_text *t, size_t a)
{
    static const char *const nouns[] = {"islet", "islets", "island", "islands", "town", "village", "city", "river",
                                        "lake", "mountain", "region", "area", "district", "valley", "reef", "atoll",
                                        "rocks", "peninsula", "settlement", "camp", NULL};
    size_t k;
    if (norm_is(t, a - 1, "called") || norm_is(t, a - 1, "named"))
        k = a - 2;
    else if (a >= 3 && norm_is(t, a - 1, "as") && norm_is(t, a - 2, "known"))
        k = a - 3;
    else
        return 0;
    if (t->toks[k].flags & EG_TOK_CAP)
        return 0;
    return norm_in(t, k, nouns);
}

static int street_word(const eg_text *t, size_t k)
{
    return norm_is(t, k, "street") || norm_is(t, k, "avenue") || norm_is(t, k, "boulevard");
}

/* Does token k end in ".com", ".org", ".net" or ".io" (the tokenizer keeps a site's name whole)? */
static int web_name(const eg_text *t, size_t k)
{
    const char *w = eg_text_norm(t, k);
    size_t n = t->toks[k].norm_len;
    return (n > 4 && (!memcmp(w + n - 4, ".com", 4) || !memcmp(w + n - 4, ".org", 4) ||
                      !memcmp(w + n - 4, ".net", 4))) ||
           (n > 3 && !memcmp(w + n - 3, ".io", 3));
}

/* Do tokens a, a + 1 read a region's adjective: a compass word and a continent's ("East Asian", "West African",
 * "Middle Eastern", "Latin American")? */
static int region_adjective(const eg_text *t, size_t a)
{
    return (word_bits(t, a) & W_COMPASS) && (word_bits(t, a + 1) & W_CONTINENT_ADJ);
}

/* Is one of the inner tokens of [a, b) an ampersand? */
static int span_has_amp(const eg_text *t, size_t a, size_t b)
{
    size_t k;
    for (k = a + 1; k + 1 < b; k++)
        if (norm_is(t, k, "&"))
            return 1;
    return 0;
}

/* Do the words before token k end in a body's word, "of" and words in capitals ("Federation of Independent Garment
 * Unions", "National Union of Students"), all after token a, so that the word at k, a plural, is what the body is
 * of? */
static int body_of_words(eg_extractor *ex, const eg_text *t, size_t a, size_t k)
{
    size_t j;
    for (j = k; j > a + 1 && is_cap_word(t, j - 1); j--)
        ;
    return j > a + 1 && norm_is(t, j - 1, "of") && tok_kind(ex, t, j - 2, EG_GZ_ORGWORD);
}

/* A function word, weekday or month at the edge of a span; "US" in capitals is not the pronoun. */
static int trimmable(eg_extractor *ex, const eg_text *t, size_t i)
{
    /* (verbs of a title written large: "50 Reasons why Anwar Can Not Be Prime Minister") */
    static const char *const title_verbs[] = {"can", "may", "is", "was", "are", "has", "had", "did", "not", "will",
                                              "be", "got", "let", NULL};
    if ((t->toks[i].flags & EG_TOK_ALLCAPS) && !(t->toks[i].flags & EG_TOK_CAPS_LINE))
        return 0;
    /* "Workers" is a sentence's subject, but "Workers' Party" a name */
    if (i + 1 < t->ntoks && (t->toks[i + 1].flags & EG_TOK_POSS) && (word_bits(t, i) & W_COLLECTIVE))
        return 0;
    /* "Oh Se-jin of Hanbit Securities": a Korean family name before a given name of two syllables */
    if (i + 1 < t->ntoks && (norm_is(t, i, "oh") || norm_is(t, i, "an")) && is_cap_word(t, i) &&
        syllable_given(t, i + 1))
        return 0;
    /* "James To", "Wilson Or": a short function word written large inside a sentence after a given name is a
     * family name (not a verb of a title) */
    if (i > 0 && (t->toks[i].flags & EG_TOK_CAP) && !(t->toks[i].flags & (EG_TOK_SENT_START | EG_TOK_CAPS_LINE)) &&
        t->toks[i].norm_len <= 3 && is_cap_word(t, i - 1) && tok_kind(ex, t, i - 1, EG_GZ_FIRSTNAME) &&
        !tok_kind(ex, t, i, EG_GZ_WEEKDAY | EG_GZ_MONTH) && !norm_in(t, i, title_verbs))
        return 0;
    return tok_kind(ex, t, i, EG_GZ_STOPWORD | EG_GZ_WEEKDAY | EG_GZ_MONTH);
}

/* Is token a a "The" written large inside a sentence, after a word in small letters or a comma, that opens a name
 * no table has without it ("published by The Abuja Chronicle", "on The Pearl-Qatar island"; but "said The
 * Associated Press")? */
static int the_in_name(eg_extractor *ex, const eg_text *t, size_t a, size_t b)
{
    const eg_token *p;
    if (a == 0 || b - a < 2 || !norm_is(t, a, "the") || !(t->toks[a].flags & EG_TOK_CAP) ||
        (t->toks[a].flags & (EG_TOK_SENT_START | EG_TOK_CAPS_LINE | EG_TOK_ALLCAPS)))
        return 0;
    p = &t->toks[a - 1];
    if (!(norm_is(t, a - 1, ",") || ((p->flags & EG_TOK_WORD) && !(p->flags & (EG_TOK_CAP | EG_TOK_NUM)))))
        return 0;
    return eg_gz_memo_match(&ex->memo, a + 1, b, EG_GZ_COUNTRY | EG_GZ_CITY | EG_GZ_PLACE | EG_GZ_ORG, NULL) !=
           b - a - 1;
}

/* Do the words before token a say a company follows: "analysts at", "shares of", "a stake in"? */
static int firm_context(const eg_text *t, size_t a)
{
    uint64_t w;
    if (a < 2)
        return 0;
    w = word_bits(t, a - 2);
    return ((w & W_FIRM_STAFF) && norm_is(t, a - 1, "at")) ||
           ((w & W_FIRM_STAKE) && (norm_is(t, a - 1, "of") || norm_is(t, a - 1, "in")));
}

/* After a name ending at token b, an appositive that opens with a title: ", Tuvalu's Minister for ...", ", the
 * governor of ...", ", a senior official of ...", ", chief executive of ...". */
static int title_follows(eg_extractor *ex, const eg_text *t, size_t b)
{
    size_t i = b + 1, end = t->ntoks, L;
    if (i >= end || !norm_is(t, b, ","))
        return 0;
    if (norm_is(t, i, "the") || norm_is(t, i, "a") || norm_is(t, i, "an"))
        i++;
    /* a country's or a body's possessive before the title: "Tuvalu's", "the ministry's" */
    if (i + 2 < end && is_cap_word(t, i) && (t->toks[i + 1].flags & EG_TOK_POSS))
        i += 2;
    else if (i + 3 < end && is_cap_word(t, i) && is_cap_word(t, i + 1) && (t->toks[i + 2].flags & EG_TOK_POSS))
        i += 3;
    if (i < end && (norm_is(t, i, "senior") || norm_is(t, i, "former") || norm_is(t, i, "deputy")))
        i++;
    if (i >= end || t->toks[i].sent != t->toks[b].sent || (L = eg_gz_memo_match(&ex->memo, i, end, EG_GZ_TITLE,
                                                                                  NULL)) == 0)
        return 0;
    /* (not the title of the next name: "the governor of North Kivu, Lieutenant-General Aimé-Désiré Kasongo") */
    return !(i + L < end && is_cap_word(t, i + L) && !(t->toks[i + L].flags & EG_TOK_ALLCAPS) &&
             !tok_kind(ex, t, i + L, EG_GZ_TITLE | EG_GZ_ORGWORD));
}

/* After a name ending at token b, an appositive that says it is a body of a people or a country: ", the Kyrgyz
 * parliament", ", Nepal's ruling party", ", the country's state broadcaster". */
static int body_follows(eg_extractor *ex, const eg_text *t, size_t b)
{
    static const char *const bodies[] = {"parliament", "legislature", "senate", "congress", "cabinet", "party",
                                         "militia", "regulator", "broadcaster", "newspaper", "agency", NULL};
    size_t i = b + 2, k, end = t->ntoks;
    if (i + 1 >= end || !norm_is(t, b, ",") || t->toks[i].sent != t->toks[b].sent)
        return 0;
    if (norm_is(t, b + 1, "the") && tok_kind(ex, t, i, EG_GZ_DEMONYM))
        i++;
    else if (is_cap_word(t, b + 1) && (t->toks[i].flags & EG_TOK_POSS) && tok_kind(ex, t, b + 1, EG_GZ_COUNTRY))
        i++;
    else
        return 0;
    if (i + 1 < end && !(t->toks[i].flags & EG_TOK_CAP) && (t->toks[i + 1].flags & EG_TOK_WORD) &&
        !(t->toks[i + 1].flags & EG_TOK_CAP) && !norm_is_word(t, i, "and"))
        i++;   /* "ruling party", "state broadcaster", "lower house" */
    for (k = 0; bodies[k]; k++)
        if (norm_is_word(t, i, bodies[k]))
            return !(t->toks[i].flags & EG_TOK_CAP);
    return 0;
}

/* ", the harbourside convention centre built for the summit": an appositive after token b - 1 that says the name is a
 * building's (a building's word within four small words after "the", then no noun: not "the hotel group"). */
static int venue_follows(const eg_text *t, size_t b)
{
    static const char *const words[] = {"centre", "center", "hotel", "palace", "stadium", "venue", "residence",
                                        "compound", "resort", "guesthouse", "arena", "auditorium", "mansion", NULL};
    static const char *const after[] = {",", ".", "in", "on", "at", "built", "where", "which", "that", "near",
                                        "overlooking", "outside", "opened", ";", ")", NULL};
    size_t i, end = t->ntoks;
    if (b + 3 >= end || !norm_is(t, b, ",") || !norm_is(t, b + 1, "the"))
        return 0;
    for (i = b + 2; i < end && i < b + 6 && (t->toks[i].flags & EG_TOK_WORD) && !(t->toks[i].flags & EG_TOK_CAP);
         i++) {
        if (!norm_in(t, i, words))
            continue;
        if (i + 1 >= end)
            return 1;
        return norm_in(t, i + 1, after);
    }
    return 0;
}

/* Is the name at tokens [a, b) a company's: named where a company is ("analysts at X and Y"), with a title only
 * a company has after it ("Nvidia chief executive Jensen Huang"), or its staff ("Goldman Sachs analysts said")? */
static int firm_named(eg_extractor *ex, const eg_text *t, size_t ci, size_t a, size_t b)
{
    uint64_t after = b < t->ntoks ? word_bits(t, b) : 0;
    if ((after & W_FIRM_STAFF) && b - a == 1) {
        /* a word alone before "analysts" is a firm only where a capital tells: not "Business analysts say", not
         * a people's adjective ("two African employees") */
        const char *w = eg_text_norm(t, a);
        size_t n = t->toks[a].norm_len;
        if ((t->toks[a].flags & EG_TOK_SENT_START) || (n > 2 && !strcmp(w + n - 2, "an")) ||
            tok_kind(ex, t, a, EG_GZ_DEMONYM | EG_GZ_COUNTRY | EG_GZ_CITY | EG_GZ_PLACE))
            after = 0;
    }
    if ((after & (W_FIRM_TITLE | W_FIRM_STAFF)) && t->toks[b].sent == t->toks[a].sent && b + 1 < t->ntoks &&
        t->toks[b + 1].sent == t->toks[a].sent && (t->toks[b + 1].flags & EG_TOK_WORD))
        return 1;
    /* "Cordillera Austral's chief executive": only a company has one (not "Obama's chief of staff") */
    if (b + 2 < t->ntoks && (t->toks[b].flags & EG_TOK_POSS) && t->toks[b + 2].sent == t->toks[a].sent &&
        ((norm_is(t, b + 1, "chief") && (norm_is(t, b + 2, "executive") || norm_is(t, b + 2, "financial") ||
                                         norm_is(t, b + 2, "operating"))) ||
         norm_is(t, b + 1, "ceo") || norm_is(t, b + 1, "cfo")))
        return 1;
    if (firm_context(t, a))
        return 1;
    /* "chief executive of Himal Urja", "managing director of NorthGrid", "the founder of Yukos" */
    if (a >= 3 && norm_is(t, a - 1, "of") &&
        (norm_is(t, a - 2, "ceo") || norm_is(t, a - 2, "chairman") || norm_is(t, a - 2, "chairwoman") ||
         norm_is(t, a - 2, "founder") || norm_is(t, a - 2, "co-founder") ||
         (norm_is(t, a - 2, "executive") && norm_is(t, a - 3, "chief")) ||
         (norm_is(t, a - 2, "director") && norm_is(t, a - 3, "managing"))))
        return 1;
    /* the second of two: "Morgan Stanley and Bernstein" */
    if (ci > 0 && a >= 1 && ex->cands[ci - 1].b + 1 == a && (norm_is(t, a - 1, "and") || norm_is(t, a - 1, ",")))
        return firm_context(t, ex->cands[ci - 1].a);
    return 0;
}

static int same_word(const eg_text *t, size_t i, size_t j);

/* Is [a, b) the name of a company named before with its legal form ("Georgian Railway" after "Georgian Railway
 * JSC")? Asked only where a country's word would otherwise be split off. */
static int short_of_company(eg_extractor *ex, const eg_text *t, size_t ci, size_t a, size_t b)
{
    size_t w, n = b - a;
    uint32_t pj;
    const cand *p;
    /* the latest company named before with its legal form whose name opens with the same word (see ex->firms) */
    if (!ex->firms.count || !eg_strtab_get(&ex->firms, eg_text_norm(t, a), t->toks[a].norm_len, &pj) || pj >= ci)
        return 0;
    p = &ex->cands[pj];
    /* its words (after a legal form that opens it: "Kapuas Energi" of "PT Kapuas Energi Tbk") up to the legal form,
     * or the first two or more of them ("Hidrovia Sul" of "Hidrovia Sul Logística Ltda.") */
    size_t pa = p->a + (p->b - p->a >= 3 && (word_bits(t, p->a) & W_FIRM_PREFIX));
    if (p->type != EG_TYPE_ORGANIZATION || p->b - pa <= n ||
        !((word_bits(t, pa + n) & W_LEGAL_FORM) || (n >= 2 && legal_form_end(t, p->b - 1))))
        return 0;
    /* (the place a company is named for is that place: "on Subic Bay" after "Subic Bay Shipworks, Inc.") */
    if (!(word_bits(t, pa + n) & W_LEGAL_FORM) && !norm_is(t, pa + n, ",") &&
        (word_bits(t, b - 1) & (W_GEO_HEAD | W_LANDFORM)))
        return 0;
    for (w = 0; w < n && same_word(t, pa + w, a + w); w++)
        ;
    return w == n;
}

static int is_suffix(const eg_text *t, size_t k);

/* "Minister of Finance and Economy II", "Minister of Defence II": a word and a number in Roman figures after "of" or
 * "and", a minister or ministry a few words before, are the second holder's portfolio, not a person "Economy II". */
static int numbered_portfolio(const eg_text *t, size_t a, size_t b)
{
    size_t k;
    if (b - a != 2 || !is_suffix(t, b - 1) || a < 2 || !(norm_is(t, a - 1, "and") || norm_is(t, a - 1, "of")))
        return 0;
    for (k = a - 1; k-- > 0 && k + 7 > a;)
        if (norm_is(t, k, "minister") || norm_is(t, k, "ministry"))
            return 1;
    return 0;
}

/* Whether [a, b) ends a minister's portfolio set off by a comma: after "and" and the capitalised words of a
 * "Minister of ..." ("Minister of Foreign Affairs and East African Cooperation, Ambassador X"). */
static int portfolio_tail(eg_extractor *ex, const eg_text *t, size_t a, size_t b)
{
    size_t k;
    /* (no one's name on either side: not "Secretary of State Antony J. Blinken and Jake Sullivan, ...") */
    if (a < 4 || b >= t->ntoks || !norm_is(t, b, ",") || !norm_is(t, a - 1, "and") ||
        tok_kind(ex, t, a, EG_GZ_FIRSTNAME))
        return 0;
    for (k = a - 2; k > a - 12 && k > 0 && (is_cap_word(t, k) || norm_is(t, k, ",")); k--)
        if (tok_kind(ex, t, k, EG_GZ_FIRSTNAME) || (t->toks[k].flags & EG_TOK_INITIAL))
            return 0;
    return k + 2 < a && (norm_is(t, k, "of") || norm_is(t, k, "for")) && k > 0 &&
           (norm_is(t, k - 1, "minister") || norm_is(t, k - 1, "secretary") || norm_is(t, k - 1, "ministry") ||
            norm_is(t, k - 1, "commissioner"));
}

/* Whether [a, b) is a title alone: "Minister" or "Secretary" last, after titles' and bodies' words only ("Deputy
 * Energy Minister", "Vice Foreign Minister"). */
static int title_phrase_only(eg_extractor *ex, const eg_text *t, size_t a, size_t b)
{
    size_t k;
    if (!(norm_is(t, b - 1, "minister") || norm_is(t, b - 1, "secretary")))
        return 0;
    for (k = a; k + 1 < b; k++)
        if (!tok_kind(ex, t, k, EG_GZ_TITLE | EG_GZ_ORGWORD) && !list_joiner(t, k))
            return 0;
    return 1;
}

/* Is token a a word in brackets before a dash, near the start of its line: the agency of a dateline ("LIMA, Peru
 * (AP) -", "WASHINGTON (Reuters) —")? */
static int agency_in_dateline(const eg_text *t, size_t a)
{
    size_t k;
    /* (an agency's initials: a word, "Wire", "Staff", is a placeholder) */
    if (a < 2 || a + 2 >= t->ntoks || !norm_is(t, a - 1, "(") || !norm_is(t, a + 1, ")") ||
        !(t->toks[a + 2].flags & EG_TOK_DASH) || !(t->toks[a].flags & EG_TOK_ALLCAPS) ||
        !(t->toks[a - 2].flags & EG_TOK_CAP))
        return 0;
    for (k = a - 1; k + 12 > a; k--) {
        if (t->toks[k].flags & EG_TOK_LINE_START)
            return 1;
        if ((t->toks[k].flags & EG_TOK_TERMINAL) || k == 0)
            return 0;
    }
    return 0;
}

/* The token of a storm's name that tokens [a, b) hold: "Cyclone Phailin", "Tropical Storm Erin", "Super Typhoon
 * Rai", or "Idai" after "cyclone"; else 0. */
static size_t storm_name(const eg_text *t, size_t a, size_t b)
{
    if (b - a == 1 && a > 0 && (t->toks[a - 1].flags & EG_TOK_WORD) && t->toks[a - 1].norm_len >= 5 &&
        t->toks[a - 1].norm_len <= 10 && (word_bits(t, a - 1) & W_STORM) && is_cap_word(t, a))
        return a;
    if (b - a == 3 && (norm_is(t, a, "tropical") || norm_is(t, a, "super") || norm_is(t, a, "severe") ||
                       norm_is(t, a, "winter")))
        a++;
    return b - a == 2 && is_cap_word(t, a) && (word_bits(t, a) & W_STORM) && is_cap_word(t, a + 1) &&
                   !(t->toks[a + 1].flags & EG_TOK_ALLCAPS)
               ? a + 1
               : 0;
}

static eg_status type_cand(eg_extractor *ex, const eg_text *t, size_t ci);

/* Candidate ci's first L tokens are the gazetteer's entry e and the rest a name of its own (titled or not): types
 * the front from e, then adds and types the rest. */
static eg_status split_front(eg_extractor *ex, const eg_text *t, size_t ci, const eg_gz_entry *e, size_t L,
                             int titled)
{
    cand *c = &ex->cands[ci];
    size_t a = c->a, b = c->b;
    eg_status ret;
    set_from_entry(ex, c, e);
    c->b = (uint32_t)(a + L);
    c->strength = 2;
    if ((ret = push_cand(ex, a + L, b, C_UNKNOWN, titled)) != EG_OK)
        return ret;
    return type_cand(ex, t, ex->ncands - 1);
}

/* Are tokens [a, b) a field of government, then a country's name: "Statistics Norway", "Environment Canada",
 * "Natural Resources Canada", "Fisheries and Oceans Canada"? The field's words are capitalised or "and", and the
 * first or last of them is a field's word. */
static int agency_field_before(eg_extractor *ex, const eg_text *t, size_t a, size_t b)
{
    size_t k, L = 0;
    /* (the last word a country's, or the last two: "Canada", "New Zealand") */
    if (!(t->toks[b - 1].flags & EG_TOK_CAP) || (!eg_gz_memo_match(&ex->memo, b - 1, b, EG_GZ_COUNTRY, NULL) &&
                                                 eg_gz_memo_match(&ex->memo, b - 2, b, EG_GZ_COUNTRY, NULL) != 2))
        return 0;
    for (k = a + 1; k < b && k <= a + 4 && !(L = eg_gz_memo_match(&ex->memo, k, b, EG_GZ_COUNTRY, NULL)); k++)
        ;
    if (!L || k + L != b || norm_is(t, k - 1, "and"))
        return 0;
    for (size_t j = a; j < k; j++)
        if (!is_cap_word(t, j) && !norm_is(t, j, "and"))
            return 0;
    return (word_bits(t, a) & W_AGENCY_FIELD) || (k - a >= 2 && (word_bits(t, k - 1) & W_AGENCY_FIELD));
}

static eg_status type_cand(eg_extractor *ex, const eg_text *t, size_t ci)
{
    cand *c = &ex->cands[ci];
    size_t a = c->a, b = c->b, L;
    const eg_gz_entry *e = NULL;
    int from_headline = c->demonym == 2, country_first;
    int after_honorific = b - a == 1 && a > 0 && tok_kind(ex, t, a - 1, EG_GZ_HONORIFIC);   /* "Ms. An" */
    c->demonym = 0;
    if (b - a >= 2 && is_cap_word(t, a) && agency_field_before(ex, t, a, b)) {
        c->type = EG_TYPE_ORGANIZATION;   /* "Statistics Norway", "Natural Resources Canada": a government's agency */
        c->strength = 2;
        return EG_OK;
    }
    /* trim function words, weekdays and months at the edges: "The Coastal Trade Council", "Blinken Tuesday" */
    while (a < b && !after_honorific && trimmable(ex, t, a) && !the_in_name(ex, t, a, b) &&
           !(eg_gz_memo_match(&ex->memo, a, b, EG_GZ_COUNTRY | EG_GZ_CITY | EG_GZ_PLACE | EG_GZ_ORG, &e) > 1) &&
           /* (nor a word its acronym in brackets spells: "the opposition People Power Party (PPP)") */
           !(b - a >= 3 && is_cap_word(t, a) && !norm_is(t, a, "the") && !norm_is(t, a, "a") &&
             acronym_after(t, a, b)) &&
           /* (an ordinal before a body's word is its name's: "the Second Committee"; a number opens a building's:
            * "the Four Seasons Hotel"), and one written large inside a sentence opens the name ("the Three Seas
            * Initiative", "the Five Star Movement") */
           !(a + 1 < b && (norm_is(t, a, "first") || norm_is(t, a, "second") || norm_is(t, a, "third") ||
                           norm_is(t, a, "fourth") || norm_is(t, a, "fifth")) &&
             tok_kind(ex, t, a + 1, EG_GZ_ORGWORD)) &&
           !(a + 1 < b && (is_venue(t, a, b) ? a + 2 < b : !(t->toks[a].flags & EG_TOK_SENT_START)) &&
             (norm_is(t, a, "two") || norm_is(t, a, "three") || norm_is(t, a, "four") || norm_is(t, a, "five") ||
              norm_is(t, a, "seven") || norm_is(t, a, "one"))))
        a++;
    /* not the end of a known phrase ("Group of Seven"), nor the people a body is of ("National Union of Independent
     * Farmers", "Union of Journalists") */
    while (b > a && !after_honorific && (trimmable(ex, t, b - 1) || is_connector(t, b - 1) || is_particle(t, b - 1)) &&
           !vietnamese_name(t, a, b) &&   /* (not the given name "An" of "Le Thi Hoai An") */
           eg_gz_memo_match(&ex->memo, a, b, EG_GZ_COUNTRY | EG_GZ_CITY | EG_GZ_PLACE | EG_GZ_ORG, NULL) != b - a &&
           !(b - a >= 3 && (word_bits(t, b - 1) & W_COLLECTIVE) && is_cap_word(t, b - 1) &&
             span_has_orgword(ex, t, a, b - 1)) &&
           /* nor a body's or a hall's word and "of" before a plural ("Council of Ministers", "Great Hall of the
            * People") */
           !(b - a >= 3 && is_cap_word(t, b - 1) && !tok_kind(ex, t, b - 1, EG_GZ_WEEKDAY | EG_GZ_MONTH) &&
             ((norm_is(t, b - 2, "of") && (tok_kind(ex, t, b - 3, EG_GZ_ORGWORD) || palace_of(t, b - 2))) ||
              (b - a >= 4 && norm_is(t, b - 2, "the") && norm_is(t, b - 3, "of") &&
               (tok_kind(ex, t, b - 4, EG_GZ_ORGWORD) || palace_of(t, b - 3))) ||
              body_of_words(ex, t, a, b - 1))))
        b--;
    /* "the Liberal-Labour MPP for Kenora", "a Sinn Féin TD": a member's title after the party is none of its name */
    if (b - a >= 2 && (t->toks[b - 1].flags & EG_TOK_ALLCAPS) &&
        (norm_is(t, b - 1, "mp") || norm_is(t, b - 1, "mpp") || norm_is(t, b - 1, "msp") ||
         norm_is(t, b - 1, "mla") || norm_is(t, b - 1, "mep") || norm_is(t, b - 1, "td") ||
         norm_is(t, b - 1, "mps") || norm_is(t, b - 1, "meps"))) {
        b--;
        /* (the party's, unless it is a place's or a person's name: "the Leeds MP", "Tom Hale MP") */
        size_t k;
        for (k = a; k < b && !eg_gz_memo_match(&ex->memo, k, b, EG_GZ_COUNTRY | EG_GZ_CITY | EG_GZ_PLACE |
                                                              EG_GZ_DEMONYM, NULL) &&
                    !norm_is(t, k, "former");
             k++)
            ;
        if (k == b && b - a <= 3 && !tok_kind(ex, t, a, EG_GZ_FIRSTNAME | EG_GZ_CITY | EG_GZ_PLACE | EG_GZ_COUNTRY)) {
            c->a = (uint32_t)a;
            c->b = (uint32_t)b;
            c->type = EG_TYPE_ORGANIZATION;
            c->strength = 2;
            return EG_OK;
        }
    }
    if ((b - a == 3 || b - a == 4) && saint_possessive(t, a)) {
        /* "St Andrew's House", "St Paul's Cathedral": a building named for a saint, or a body ("St Mary's
         * Hospital", "St John's College"); "in St. Ann's", "at St. Paul's": the possessive alone is a place's */
        c->type = b - a == 3 || (word_bits(t, b - 1) & W_VENUE_HEAD) || norm_is(t, b - 1, "house")
                      ? EG_TYPE_PLACE
                      : EG_TYPE_ORGANIZATION;
        c->a = (uint32_t)a;
        c->b = (uint32_t)b;
        c->strength = 2;
        return EG_OK;
    }
    if (b - a >= 3 && office_building(t, b - 2, b) &&
        eg_gz_memo_match(&ex->memo, a, b - 2, EG_GZ_TITLE, NULL) == b - 2 - a) {
        c->type = EG_TYPE_PLACE;   /* "the Prime Minister's House" (cut_sentence) */
        c->a = (uint32_t)a;
        c->b = (uint32_t)b;
        c->strength = 2;
        return EG_OK;
    }
    if (b >= a + 4 && is_dquote(t, b - 1)) {
        /* a nickname whose surname was trimmed ('William Herbert "Buckshot" May', the month) */
        size_t q = b - 2;
        while (q > a + 1 && !is_dquote(t, q))
            q--;
        if (is_dquote(t, q))
            b = q;
    }
    c->a = (uint32_t)a;
    c->b = (uint32_t)b;
    c->strength = 0;
    if (a == b) {
        c->type = C_DROP;
        c->strength = 2;
        return EG_OK;
    }
    if (b - a == 1 && t->toks[a].end - t->toks[a].start >= 2 && (unsigned)(t->src[t->toks[a].start + 1] - 'A') < 26u &&
        !(t->toks[a].flags & EG_TOK_CAPS_LINE) && (word_bits(t, a) & W_COMMON_ACRONYM)) {
        c->type = C_DROP;   /* "a floating LNG terminal", "NGOs said" */
        c->strength = 2;
        return EG_OK;
    }
    if ((b - a == 2 || b - a == 3) && a > 1 && b < t->ntoks && norm_is(t, a - 1, "(") && norm_is(t, b, ")") &&
        is_cap_word(t, a - 2) && all_caps_run(ex, t, a, b)) {
        /* "the Directorate-General for Competition (DG COMP)": a body's short name in capitals, in brackets after
         * a name (not a wire note: "(AFP PHOTO)", "(SEE TABLE)") */
        c->type = EG_TYPE_ORGANIZATION;
        c->strength = 2;
        return EG_OK;
    }
    if ((L = storm_name(t, a, b)) != 0) {
        /* a storm is none of the actors a graph holds, and its name alone later in the document is the storm */
        c->type = C_DROP;
        c->strength = 2;
        return eg_strtab_put(&ex->storms, eg_text_norm(t, L), t->toks[L].norm_len, 0, NULL, NULL, NULL);
    }
    if (b - a == 1 && ex->storms.count && eg_strtab_get(&ex->storms, eg_text_norm(t, a), t->toks[a].norm_len, NULL)) {
        c->type = C_DROP;
        c->strength = 2;
        return EG_OK;
    }
    /* "US$22.50", "HK$ 3 billion": a currency */
    if (b - a == 1 && b < t->ntoks && t->toks[b].start == t->toks[a].end && t->src[t->toks[b].start] == '$') {
        c->type = C_DROP;
        c->strength = 2;
        return EG_OK;
    }
    if (b - a == 1 && agency_in_dateline(t, a)) {
        c->type = EG_TYPE_ORGANIZATION;   /* "SANTO DOMINGO, Dominican Republic (AP) -": the agency that sent it */
        c->strength = 2;
        return EG_OK;
    }
    if (b - a == 1 && (norm_is(t, a, "democrat") || norm_is(t, a, "republican") || norm_is(t, a, "democrats") ||
                       norm_is(t, a, "republicans"))) {
        c->type = C_DROP;   /* "X, a Democrat, said": a member's party, not the party named */
        c->strength = 2;
        return EG_OK;
    }
    if (portfolio_tail(ex, t, a, b)) {
        c->type = C_DROP;   /* "Minister of Foreign Affairs and East African Cooperation, Ambassador X" */
        c->strength = 2;
        return EG_OK;
    }
    if (b - a >= 2 && title_phrase_only(ex, t, a, b)) {
        c->type = C_DROP;   /* "Azerbaijan's Deputy Energy Minister, X": a title set off by a comma names no body */
        c->strength = 2;
        return EG_OK;
    }
    if (numbered_portfolio(t, a, b)) {
        c->type = C_DROP;   /* "Minister of Finance and Economy II" */
        c->strength = 2;
        return EG_OK;
    }
    L = eg_gz_memo_match(&ex->memo, a, b, EG_GZ_COUNTRY | EG_GZ_DEMONYM | EG_GZ_CITY | EG_GZ_PLACE | EG_GZ_ORG, &e);
    /* "the port of Ilo" is no ILO: a short acronym names its body in capitals only (the British "Nato" is longer;
     * "Fed" is written so) */
    if (L == 1 && e->kinds == (EG_GZ_ORG | EG_GZ_CAPS) && t->toks[a].end - t->toks[a].start <= 3 &&
        t->src[t->toks[a].end - 1] >= 'a' && t->src[t->toks[a].end - 1] <= 'z')
        L = 0;
    /* "known by its French acronym", "its Spanish name": a people's word for its language names no country */
    if (L == b - a && (e->kinds & EG_GZ_DEMONYM) && !(e->kinds & EG_GZ_COUNTRY) && b + 1 < t->ntoks &&
        (norm_is_word(t, b, "acronym") || norm_is_word(t, b, "name") || norm_is_word(t, b, "initials") ||
         norm_is_word(t, b, "abbreviation") || norm_is_word(t, b, "translation") ||
         norm_is_word(t, b, "spelling"))) {
        c->type = C_DROP;
        c->strength = 2;
        return EG_OK;
    }
    if (L == b - a && !(c->titled && !(e->kinds & (EG_GZ_COUNTRY | EG_GZ_ORG)) && b - a == 1)) {
        set_from_entry(ex, c, e);
        c->strength = 2;
        if (c->type >= 0)
            return EG_OK;
    }
    /* "the islets called Dokdo by South Korea", "a village known as Ein Hawa": what a place's noun is called */
    if (b - a <= 2 && a >= 2 && is_cap_word(t, a) && called_place(t, a) &&
        !tok_kind(ex, t, a, EG_GZ_TITLE | EG_GZ_HONORIFIC | EG_GZ_FIRSTNAME | EG_GZ_ORGWORD | EG_GZ_STOPWORD)) {
        c->type = EG_TYPE_PLACE;
        c->strength = 2;
        return EG_OK;
    }
    /* "the Sognefjord", "Hardangerfjorden": a fjord's name is one word that ends in the word */
    if (b - a == 1 && is_cap_word(t, a) && t->toks[a].norm_len > 6 &&
        (ends_with(t, a, "fjord") || ends_with(t, a, "fjorden"))) {
        c->type = EG_TYPE_PLACE;
        c->strength = 2;
        return EG_OK;
    }
    /* "County Wicklow", "County Durham": an Irish or British county named with its word first (not "County
     * Council"); "Port Talbot", "Port Hedland": a port town's (not "Port Authority") */
    if ((b - a == 2 || b - a == 3) && (norm_is(t, a, "county") || (b - a == 2 && norm_is(t, a, "port"))) &&
        is_cap_word(t, a) && !norm_in(t, b - 1, county_port_nouns) &&
        !span_has_orgword(ex, t, a + 1, b) && !tok_kind(ex, t, a + 1, EG_GZ_TITLE)) {
        c->type = EG_TYPE_PLACE;
        c->strength = 2;
        return EG_OK;
    }
    /* "the Northern Ireland Executive", "the Scottish Executive": a place's or a people's executive is its
     * government (the word alone opens titles: "Executive Director"; and it is an adjective before "branch",
     * "order", "power") */
    if (b - a >= 2 && norm_is(t, b - 1, "executive") && is_cap_word(t, b - 1) &&
        !(b < t->ntoks && norm_in(t, b, executive_nouns)) &&
        eg_gz_memo_match(&ex->memo, a, b - 1, EG_GZ_COUNTRY | EG_GZ_CITY | EG_GZ_PLACE | EG_GZ_DEMONYM, NULL) ==
            b - 1 - a) {
        c->type = EG_TYPE_ORGANIZATION;
        c->strength = 2;
        return EG_OK;
    }
    /* "Zeeuwse Kustpartij", "Bayernpartei", "Senterpartiet": a party named in one word that ends in the word */
    if (is_cap_word(t, b - 1) && t->toks[b - 1].norm_len > 8 &&
        (ends_with(t, b - 1, "partij") || ends_with(t, b - 1, "partei") || ends_with(t, b - 1, "partiet"))) {
        c->type = EG_TYPE_ORGANIZATION;
        c->strength = 2;
        return EG_OK;
    }
    /* a faith, a people or a disease alone names nobody: "Sunni militias", "Rohingya refugees", "AIDS patients" */
    if (b - a == 1 && (word_bits(t, a) & W_FAITH) && !(L == 1 && (e->kinds & (EG_GZ_COUNTRY | EG_GZ_DEMONYM)))) {
        c->type = C_DROP;
        c->strength = 2;
        return EG_OK;
    }
    /* a region's adjective names nobody either: "East Asian leaders", "Middle Eastern states" (a country's, such as
     * "South African", is the gazetteer's and was typed above) */
    if ((b - a == 2 && region_adjective(t, a)) ||
        /* ("the bloc's Balkan portfolio", "Nordic governments") */
        (b - a == 1 && (norm_is(t, a, "balkan") || norm_is(t, a, "nordic")) && b < t->ntoks &&
         (t->toks[b].flags & (EG_TOK_WORD | EG_TOK_CAP)) == EG_TOK_WORD)) {
        c->type = C_DROP;
        c->strength = 2;
        return EG_OK;
    }
    /* (after a deputy's word too: "Deputy State Assets Minister X") */
    /* "Tamil Nadu Industries Minister X": a state's or a city's name before a minister's portfolio is a mention of
     * its own */
    if (L > 0 && L < b - a && (e->kinds & (EG_GZ_CITY | EG_GZ_PLACE)) &&
        !(e->kinds & (EG_GZ_COUNTRY | EG_GZ_DEMONYM | EG_GZ_ORG)) && portfolio_before_minister(ex, t, a + L)) {
        set_from_entry(ex, c, e);
        c->b = (uint32_t)(a + L);
        c->strength = 2;
        return EG_OK;
    }
    if ((!c->titled || (a > 0 && deputy_word(t, a - 1))) && portfolio_before_minister(ex, t, a)) {
        c->type = C_DROP;
        c->strength = 2;
        return EG_OK;
    }
    /* a title with no name after it ("State Councilor and Foreign Minister ...") is not a name */
    if (eg_gz_memo_match(&ex->memo, a, b, EG_GZ_TITLE | EG_GZ_HONORIFIC, &e) == b - a &&
        !(L == b - a && L > 0)) {
        c->type = C_DROP;
        c->strength = 2;
        return EG_OK;
    }
    if (from_headline) {
        c->type = C_UNKNOWN;   /* only a match with a name from the body can type it */
        return EG_OK;
    }
    if (b - a >= 2 && legal_form_end(t, b - 1) &&
        ((t->toks[b - 1].flags & EG_TOK_CAP) || dotted_legal_form(t, b - 1)) && is_cap_word(t, a)) {
        /* "Sonangol E.P.", "Tasman Marine Systems Ltd.", "Georgian Railway JSC": a company by the legal form after
         * its name, a country's word in it or not */
        int inserted;
        size_t f = a + (b - a >= 3 && (word_bits(t, a) & W_FIRM_PREFIX));   /* (its name after "PT") */
        c->type = EG_TYPE_ORGANIZATION;
        c->strength = 2;
        if (eg_strtab_put(&ex->firms, eg_text_norm(t, f), t->toks[f].norm_len, (uint32_t)ci, &inserted, NULL, NULL) !=
            EG_OK)
            return EG_ENOMEM;
        if (!inserted)
            eg_strtab_set(&ex->firms, eg_text_norm(t, f), t->toks[f].norm_len, (uint32_t)ci);
        return EG_OK;
    }
    country_first = L > 0 && L < b - a && (e->kinds & (EG_GZ_COUNTRY | EG_GZ_DEMONYM));
    if (b - a >= 2 && (norm_is(t, a, "nasdaq") || norm_is(t, a, "euronext")) &&
        eg_gz_memo_match(&ex->memo, a + 1, b, EG_GZ_CITY, NULL) == b - a - 1) {
        c->type = EG_TYPE_ORGANIZATION;   /* an exchange's name holds its city: "Nasdaq Helsinki", "Euronext Paris" */
        c->strength = 2;
        return EG_OK;
    }
    if (L > 0 && L < b - a && (e->kinds & EG_GZ_ORG) && !(e->kinds & (EG_GZ_COUNTRY | EG_GZ_DEMONYM)) &&
        eg_gz_memo_match(&ex->memo, a + L, b, EG_GZ_CITY | EG_GZ_COUNTRY, NULL) == b - a - L) {
        /* "Reuters Brussels bureau": a listed body, then a city, are two names */
        return split_front(ex, t, ci, e, L, 0);
    }
    if (L > 0 && L < b - a && a >= 2 && (e->kinds & (EG_GZ_CITY | EG_GZ_PLACE)) &&
        !(e->kinds & (EG_GZ_COUNTRY | EG_GZ_DEMONYM | EG_GZ_ORG)) &&
        (norm_is(t, a - 1, "of") || norm_is(t, a - 1, "for")) && tok_kind(ex, t, a - 2, EG_GZ_TITLE) &&
        is_cap_word(t, a + L) && !span_has_orgword(ex, t, a + L, b)) {
        /* "Governor of Washington Chris Gregoire", "the Mayor of London Sadiq Khan": a title's city, then the
         * person who holds it; "Vice President for South Asia X": the region a title is for */
        return split_front(ex, t, ci, e, L, 1);
    }
    if (country_first && (e->kinds & EG_GZ_DEMONYM) && ministry_of(t, a + L))
        return split_front(ex, t, ci, e, L, 0);   /* "the Iraqi Ministry of Water Resources": the people's word */
    if (country_first && (e->kinds & EG_GZ_DEMONYM) && b == a + L + 1 && (word_bits(t, a + L) & W_LEGISLATURE))
        return split_front(ex, t, ci, e, L, 0);   /* "the Danish Folketing", "the Russian Duma": the people's word */
    if (country_first && armed_force(t, a + L, b)) {
        c->type = EG_TYPE_ORGANIZATION;   /* "the Pakistani Army", "Japan Coast Guard": a country's armed force */
        c->strength = 2;
        return EG_OK;
    }
    if (country_first && portfolio_before_minister(ex, t, a + L)) {
        set_from_entry(ex, c, e);   /* "Senegalese Energy and Petroleum Minister X": the people's word alone */
        c->b = (uint32_t)(a + L);
        c->strength = 2;
        return EG_OK;
    }
    if (country_first && short_of_company(ex, t, ci, a, b)) {
        c->type = EG_TYPE_ORGANIZATION;   /* "Georgian Railway" after "Georgian Railway JSC" */
        c->strength = 2;
        return EG_OK;
    }
    if (country_first &&
        !span_has_orgword(ex, t, a + L, b) &&   /* "United States Hamdullah Mohib": "United" is the country's */
        /* but "Hong Kong Island", "Korea Strait" are natural features of their own, "Djibouti Palace Kempinski" a
         * hotel */
        !(b == a + L + 1 && (e->kinds & EG_GZ_COUNTRY) && (word_bits(t, b - 1) & W_LANDFORM)) &&
        !hotel_at(ex, t, a, b) &&
        /* "the Jamaica Pegasus hotel": a hotel named with its country's name */
        !((e->kinds & EG_GZ_COUNTRY) && b < t->ntoks && norm_is(t, b, "hotel") && !(t->toks[b].flags & EG_TOK_CAP)) &&
        /* nor a building of three words or more after it ("the Colombia Solidarity International Bridge") */
        !(b >= a + L + 3 && is_venue(t, a, b))) {
        /* "Kenyan Amara Okafor", "China Li Wen": the place word is a mention of its own */
        cand rest;
        eg_status ret;
        set_from_entry(ex, c, e);
        c->b = (uint32_t)(a + L);
        c->strength = 2;   /* the gazetteer decided: the tagger's longer span does not make "British" a body */
        rest = *c;
        ret = push_cand(ex, a + L, b, C_UNKNOWN, c->titled);
        if (ret != EG_OK)
            return ret;
        (void)rest;
        return type_cand(ex, t, ex->ncands - 1);
    }
    if (a > 0 && (word_bits(t, a - 1) & W_MEDIA) && !(t->toks[a - 1].flags & EG_TOK_CAP) &&
        !(L > 0 && (e->kinds & (EG_GZ_COUNTRY | EG_GZ_DEMONYM)))) {
        /* "the Nouakchott daily Le Courrier du Sahel", "the newspaper Yangi Tong": a news organization */
        c->type = EG_TYPE_ORGANIZATION;
        c->strength = 2;
        return EG_OK;
    }
    if (L == 0 && place_suffix_after(t, b)) {
        /* "a Hwaseong-based chipmaker", "the Lagos-born singer": what comes before "-based" is a place */
        c->type = EG_TYPE_PLACE;
        c->strength = 2;
        return EG_OK;
    }
    if (L == 0 && b - a >= 2 && b - a <= 4 && a > 0 && (word_bits(t, a - 1) & W_KIN) &&
        !(t->toks[a - 1].flags & EG_TOK_CAP) &&
        !span_has_orgword(ex, t, a, b)) {
        c->type = EG_TYPE_PERSON;   /* "her Estonian counterpart Mart Põldsaar", "his wife Manju Sam" */
        c->strength = 2;
        return EG_OK;
    }
    if (L == 0 && b - a >= 2 && !c->titled && a > 0 &&
        ((t->toks[a - 1].flags & EG_TOK_POSS) || tok_kind(ex, t, a - 1, EG_GZ_DEMONYM)) && acronym_after(t, a, b)) {
        /* "Pakistan's Inter-Services Intelligence (ISI)": a country's name its acronym spells is a body's (not
         * "Compact Fluorescent Light (CFL)") */
        c->type = EG_TYPE_ORGANIZATION;
        c->strength = 2;
        return EG_OK;
    }
    if (L == 0 && b - a >= 2 && feature_first(t, a) && !span_has_orgword(ex, t, a, b) &&
        !firm_named(ex, t, ci, a, b)) {   /* (not "Cordillera Austral's chief executive") */
        c->type = EG_TYPE_PLACE;   /* "the Sierra Madre Occidental", "Lake Tanwe" (not "Sierra Club") */
        c->strength = 2;
        return EG_OK;
    }
    if (L == 0 && town_in_country(ex, t, a, b)) {
        c->type = EG_TYPE_PLACE;   /* "sending it to Darwin in northern Australia" */
        c->strength = 2;
        return EG_OK;
    }
    if (L == 0 && b - a >= 2 && b < t->ntoks &&
        (norm_is(t, b - 1, "regional") || norm_is(t, b - 1, "provincial") || norm_is(t, b - 1, "county") ||
         norm_is(t, b - 1, "municipal") || norm_is(t, b - 1, "prefectural")) &&
        tok_kind(ex, t, b, EG_GZ_TITLE) && !span_has_orgword(ex, t, a, b - 1)) {
        /* "Loreto Regional Governor X", "Seminole County Sheriff X": the region a title is of */
        c->b = (uint32_t)(b - !norm_is(t, b - 1, "county"));
        c->type = EG_TYPE_PLACE;
        c->strength = 2;
        return EG_OK;
    }
    if (L == 0 && kind_of_before(t, a)) {
        c->type = EG_TYPE_PLACE;   /* "the ports of Ras Lanuf and Es Sider" */
        c->strength = 2;
        return EG_OK;
    }
    if (patronym_in(t, a, b) || vietnamese_name(t, a, b)) {
        c->type = EG_TYPE_PERSON;
        c->strength = 2;
        return EG_OK;
    }
    if (org_noun_after(ex, t, a, b) || body_appositive(ex, t, a, b)) {
        c->type = EG_TYPE_ORGANIZATION;   /* "the Likud party", "the Solidarity trade union" */
        c->strength = 2;
        return EG_OK;
    }
    if (place_noun_after(ex, t, a, b)) {
        c->type = EG_TYPE_PLACE;   /* "the Agua Caliente crossing", "the Shalamcheh and Mehran border crossings" */
        c->strength = 2;
        return EG_OK;
    }
    if (hotel_at(ex, t, a, b) || venue_follows(t, b)) {
        c->type = EG_TYPE_PLACE;   /* (and "APEC Haus, the harbourside convention centre") */
        c->strength = 2;
        return EG_OK;
    }
    if (b - a >= 2 && is_venue(t, a, b) && !(b - a == 2 && tok_kind(ex, t, a, EG_GZ_HONORIFIC)) &&   /* "Ms. Park" */
        /* "Sharon Street", "Pancho Villa", "Barbara Castle" are persons, "Downing Street" a place */
        !(b - a == 2 && (street_word(t, b - 1) || norm_is(t, b - 1, "villa") || norm_is(t, b - 1, "park") ||
                         norm_is(t, b - 1, "castle")) &&
          tok_kind(ex, t, a, EG_GZ_FIRSTNAME)) &&
        /* (a shop named for its owners is a firm: "Casa Luiz Caloi", "Casa Irmãos Caloi"; not "Casa Rosada", "Casa
         * de Nariño", "Casa Grande del Pueblo") */
        !(norm_is(t, a, "casa") &&
          (tok_kind(ex, t, a + 1, EG_GZ_FIRSTNAME) || (b - a > 2 && !particle_in(t, a + 1, b))))) {
        /* "Diaoyutai State Guesthouse", "Kenyatta International Convention Centre": a building is a place; a
         * street that speaks is the office it houses ("Downing Street said") */
        /* (so does a house: "Chatham House said") */
        c->type = (street_word(t, b - 1) || norm_is(t, b - 1, "house")) && b < t->ntoks &&
                          (word_bits(t, b) & W_SPEECH_VERB)
                      ? EG_TYPE_ORGANIZATION
                      : EG_TYPE_PLACE;
        c->strength = 2;
        return EG_OK;
    }
    if (((b - a >= 3 && and_inside(t, a, b)) || norm_is(t, b - 1, "affairs")) && portfolio_open(t, a) == a &&
        minister_portfolio(t, a, b)) {
        /* "Minister of Trade, Industry and Energy, X": a list before "Industry" names no body; nor does "Minister
         * of Foreign Affairs and East African Cooperation, Ambassador X" */
        c->type = C_DROP;
        c->strength = 2;
        return EG_OK;
    }
    if (span_has_orgword(ex, t, a, b)) {
        /* an organization word alone ("Administration", "Group") names no organization, but a legislature's
         * name alone is the country's legislature ("Congress", "the Senate", "the Knesset") */
        c->type = b - a == 1 && tok_kind(ex, t, a, EG_GZ_ORGWORD) && !(t->toks[a].flags & EG_TOK_ALLCAPS) &&
                          (!(word_bits(t, a) & W_LEGISLATURE) ||
                           /* ("Diet and exercise": Japan's Diet is named after "the" or inside a sentence) */
                           (norm_is(t, a, "diet") && (t->toks[a].flags & EG_TOK_SENT_START)))
                      ? C_DROP
                      : EG_TYPE_ORGANIZATION;
        /* (a title only a company has after it decides too: "Sahyadri Steel chairman Sudhir M. Hegde") */
        c->strength = c->type == C_DROP || listed_before_orgword(ex, t, a, b) ||
                              (c->type == EG_TYPE_ORGANIZATION && !c->titled && b < t->ntoks &&
                               (word_bits(t, b) & W_FIRM_TITLE) && firm_named(ex, t, ci, a, b))
                          ? 2
                          : 1;
        /* "the Commission's funding assessment" after "the European Commission": the one body named here whose name
         * ends in the word (pass 3b decides) */
        if (c->type == C_DROP && a > 0 && norm_is(t, a - 1, "the") && !(t->toks[a].flags & EG_TOK_SENT_START)) {
            c->type = EG_TYPE_ORGANIZATION;
            c->head_only = 1;
        }
        return EG_OK;
    }
    if (b - a >= 2 && (t->toks[a].flags & EG_TOK_ALLCAPS) && (word_bits(t, a) & W_SHIP_PREFIX)) {
        /* "the frigate BRP Leonor Salvacion", "USS Gerald R. Ford": a ship, a place people meet aboard */
        c->type = EG_TYPE_PLACE;
        c->strength = 2;
        return EG_OK;
    }
    if (b - a >= 2 && (t->toks[a].flags & EG_TOK_ALLCAPS) && (word_bits(t, a) & W_FIRM_PREFIX)) {
        /* "PT Samudra Karya Perkasa", "PJSC Gazprom": a company by the legal form before its name */
        c->type = EG_TYPE_ORGANIZATION;
        c->strength = 2;
        return EG_OK;
    }
    if (b - a >= 2 && b - a <= 4 && is_particle(t, a) && !norm_is(t, a, "al") && !norm_is(t, a, "el") &&
        !span_has_orgword(ex, t, a, b)) {
        /* "de Villiers-Marchand said": a surname's particle opens only a person's name */
        c->type = EG_TYPE_PERSON;
        c->strength = 2;
        return EG_OK;
    }
    if (b - a == 1 && web_name(t, a)) {
        /* "Amazon.com": a site's name is a firm's */
        c->type = EG_TYPE_ORGANIZATION;
        c->strength = 2;
        return EG_OK;
    }
    if (b - a >= 3 && span_has_amp(t, a, b)) {
        /* "Procter & Gamble": a name joined by an ampersand is a firm's */
        c->type = EG_TYPE_ORGANIZATION;
        c->strength = 2;
        return EG_OK;
    }
    if (b - a >= 2 && (norm_is(t, a, "lake") || norm_is(t, a, "mount") || norm_is(t, a, "salar") ||
                       norm_is(t, a, "laguna") || norm_is(t, a, "cerro") || norm_is(t, a, "lough") ||
                       norm_is(t, a, "loch") || norm_is(t, a, "llyn") || norm_is(t, a, "river")) &&
        is_cap_word(t, b - 1) && !span_has_orgword(ex, t, a, b)) {
        /* "Lake Turkana", "Salar de Uyuni": a natural feature's word first */
        c->type = EG_TYPE_PLACE;
        c->strength = 2;
        return EG_OK;
    }
    if (b - a >= 2 && (word_bits(t, b - 1) & W_LANDFORM) && is_cap_word(t, a)) {
        /* "Rift Valley", "Golan Heights": a natural feature is a place */
        c->type = EG_TYPE_PLACE;
        c->strength = 2;
        return EG_OK;
    }
    if (a >= 2 && norm_is(t, a - 1, "by") &&
        (norm_is(t, a - 2, "reporting") || norm_is(t, a - 2, "editing") || norm_is(t, a - 2, "writing")) &&
        b - a >= 2 && b - a <= 3 && L == 0 &&
        /* (not a newsroom: "Reporting by Reuters Brussels bureau") */
        !(b < t->ntoks && (norm_is(t, b, "bureau") || norm_is(t, b, "newsroom") || norm_is(t, b, "desk") ||
                           norm_is(t, b, "staff") || norm_is(t, b, "team")))) {
        c->type = EG_TYPE_PERSON;   /* a wire story's credit line: "(Reporting by Dinuka Senanayake in Colombo" */
        c->strength = 2;
        return EG_OK;
    }
    if (!c->titled && (firm_named(ex, t, ci, a, b) || body_follows(ex, t, b) ||
                       (b - a >= 2 && short_of_company(ex, t, ci, a, b)))) {
        c->type = EG_TYPE_ORGANIZATION;
        c->strength = 2;
        return EG_OK;
    }
    for (size_t q = a + 1; q + 3 < b; q++)
        if (nickname_at(t, q, b)) {
            c->type = EG_TYPE_PERSON;   /* a nickname in quotes inside: a person's name */
            c->strength = 2;
            return EG_OK;
        }
    if (b - a == 1) {
        c->strength = c->titled ? 2 : 0;
        if (c->titled)
            c->type = EG_TYPE_PERSON;
        else if (all_letters_caps_acronym(t, a) && !tok_kind(ex, t, a, EG_GZ_STOPWORD | EG_GZ_FIRSTNAME))
            c->type = EG_TYPE_ORGANIZATION;
        else
            c->type = C_UNKNOWN;
        return EG_OK;
    }
    {
        size_t k, connectors = 0, initials = 0;
        for (k = a; k < b; k++) {
            if (!is_cap_word(t, k) && !(t->toks[k].flags & EG_TOK_INITIAL))
                connectors += !is_particle(t, k);
            if (t->toks[k].flags & EG_TOK_INITIAL)
                initials++;
        }
        if (connectors) {
            /* "Cape of Good Hope", "Sea of Azov", "Palace of Independence": a feature's or a palace's word and "of"
             * before a name make a place */
            int feature = 0;
            for (k = a + 1; k + 1 < b && !feature; k++)
                feature = norm_is(t, k, "of") && (is_geo_head(t, k - 1) || palace_of(t, k));
            c->type = feature ? EG_TYPE_PLACE : C_DROP;
            c->strength = feature ? 2 : 0;
            return EG_OK;
        }
        if (name_words(t, a, b) > 5 || eg_gz_memo_match(&ex->memo, a, b, EG_GZ_TITLE, NULL) == b - a)
            c->type = C_DROP;   /* no one's name has six words (a list, a title-case line), nor is a title alone
                                 * ("Vice Prime Minister and Labor Party leader X") */
        else if (c->titled || tok_kind(ex, t, a, EG_GZ_FIRSTNAME) || (t->toks[a].flags & EG_TOK_INITIAL) ||
                 initials || b - a <= 3) {
            c->type = EG_TYPE_PERSON;
            c->strength = c->titled ? 2 : b - a <= 3 && !tok_kind(ex, t, a, EG_GZ_FIRSTNAME) && !initials ? 0 : 1;
            /* "Kh. Bolormaa", "Md. Shafiqul Islam": an initial of more than one letter (see tokenize.c) is a
             * person's, whatever the tagger says */
            if ((t->toks[a].flags & EG_TOK_INITIAL) && t->toks[a].end - t->toks[a].start > 2)
                c->strength = 2;
            /* "Eliala Fakaua Teone, Tuvalu's Minister for Climate Change, ...": a title set off after the name says
             * whose it is, however unknown its words */
            if (!c->titled && title_follows(ex, t, b))
                c->strength = 2;
        } else
            c->type = C_DROP;
    }
    return EG_OK;
}

static size_t surname_tok(const eg_text *t, const cand *c);

/* "will meet her next week in Tokmok to discuss": a word no list and no other mention types, after "in" and
 * before where a clause goes on, is a town's name; so is one after "the village of", "the port of". */
static int in_unknown_town(eg_extractor *ex, const eg_text *t, size_t a)
{
    static const char *const kinds[] = {"village", "town", "city", "port", "hamlet", "settlement", "enclave",
                                        "island", "islet", "atoll", NULL};
    size_t n = a + 1;
    if (a < 2 || (t->toks[a].flags & (EG_TOK_ALLCAPS | EG_TOK_SENT_START)) || n >= t->ntoks || is_cap_word(t, a - 2))
        return 0;
    if (norm_is(t, a - 1, "of")) {
        /* "the Armenian village of Kirants" */
        return norm_in(t, a - 2, kinds) &&
               !tok_kind(ex, t, a, EG_GZ_STOPWORD | EG_GZ_ORGWORD | EG_GZ_TITLE | EG_GZ_FIRSTNAME);
    }
    if (!norm_is(t, a - 1, "in"))
        return 0;
    static const char *const before[] = {"week", "weekend", "month", "morning", "afternoon", "evening", "night",
                                         "today", "tomorrow", "yesterday", "later", "meet", "met", "talks", "meeting",
                                         "arrived", "summit", "visit", NULL};
    if (!(norm_is(t, n, ",") || norm_is(t, n, ".") || norm_is(t, n, "to") || norm_is(t, n, "on") ||
          norm_is(t, n, "next") || norm_is(t, n, "last") || norm_is(t, n, "this")))
        return 0;
    if (!norm_in(t, a - 2, before) && !tok_kind(ex, t, a - 2, EG_GZ_WEEKDAY))
        return 0;
    return !tok_kind(ex, t, a, EG_GZ_STOPWORD | EG_GZ_ORGWORD | EG_GZ_TITLE | EG_GZ_FIRSTNAME | EG_GZ_DEMONYM |
                                   EG_GZ_MONTH);
}

/* "at Izmail or Reni", "Reni and Izmail": a word no list types, joined by "or"/"and" to a place of the gazetteer
 * next to it, is a place too */
static int listed_with_place(eg_extractor *ex, const eg_text *t, size_t ci)
{
    const cand *c = &ex->cands[ci];
    if (tok_kind(ex, t, c->a, EG_GZ_STOPWORD | EG_GZ_ORGWORD | EG_GZ_TITLE | EG_GZ_FIRSTNAME | EG_GZ_DEMONYM |
                                   EG_GZ_MONTH | EG_GZ_WEEKDAY) ||
        (t->toks[c->a].flags & EG_TOK_ALLCAPS))
        return 0;
    if (ci > 0 && c->a >= 2 && ex->cands[ci - 1].b == c->a - 1 && ex->cands[ci - 1].type == EG_TYPE_PLACE &&
        ex->cands[ci - 1].canon && (norm_is(t, c->a - 1, "or") || norm_is(t, c->a - 1, "and")))
        return 1;
    return ci + 1 < ex->ncands && ex->cands[ci + 1].a == c->b + 1 && ex->cands[ci + 1].type == EG_TYPE_PLACE &&
           ex->cands[ci + 1].canon && (norm_is(t, c->b, "or") || norm_is(t, c->b, "and"));
}

/* "Indonesia's Coordinating Minister for Economic Affairs, Sutrisnohadi, in Jakarta": a word no list knows, set off
 * by commas right after a title and its portfolio, is the holder's one name */
static int titled_appositive(eg_extractor *ex, const eg_text *t, size_t a)
{
    size_t k;
    if (a < 2 || a + 1 >= t->ntoks || !norm_is(t, a - 1, ",") ||
        !(norm_is(t, a + 1, ",") || norm_is(t, a + 1, ".")) || norm_is(t, a, "junior") || norm_is(t, a, "senior") ||
        tok_kind(ex, t, a, EG_GZ_STOPWORD | EG_GZ_ORGWORD | EG_GZ_TITLE | EG_GZ_DEMONYM | EG_GZ_MONTH |
                               EG_GZ_WEEKDAY) ||
        (t->toks[a].flags & EG_TOK_ALLCAPS))
        return 0;
    for (k = a - 2; k + 9 > a; k--) {
        if (tok_kind(ex, t, k, EG_GZ_TITLE) && is_cap_word(t, k))
            return 1;
        /* (a portfolio, not a person's name: "the Reverend Martin Luther King, Junior") */
        if (!(is_cap_word(t, k) || norm_is(t, k, "of") || norm_is(t, k, "for") || norm_is(t, k, "and")) || k == 0 ||
            tok_kind(ex, t, k, EG_GZ_FIRSTNAME))
            return 0;
    }
    return 0;
}

/* ---- pass 2b: the tagger's view ---- */

/* Type a span the tagger found: a location is a country when the gazetteer says so, else a place. */
static void type_from_tagger(eg_extractor *ex, const eg_text *t, cand *c, eg_tag_type tt)
{
    /* no real name is that long: a run of capitalised words, a list, a shouted line */
    static const size_t longest[EG_NTAGTYPES] = {5, 10, 6};
    if ((tt == EG_TAG_PER ? name_words(t, c->a, c->b) : c->b - c->a) > longest[tt]) {
        c->type = C_DROP;
        c->strength = 2;
        return;
    }
    const eg_gz_entry *e = NULL;
    size_t L = eg_gz_memo_match(&ex->memo, c->a, c->b, EG_GZ_COUNTRY | EG_GZ_CITY | EG_GZ_PLACE | EG_GZ_ORG, &e);
    c->canon = NULL;
    c->cc[0] = '\0';
    c->demonym = 0;
    c->strength = 1;
    /* a name its acronym in brackets spells is a body's, not a person's: "the Port Autonome d'Abidjan (PAA)" */
    if (tt == EG_TAG_PER && c->b - c->a >= 2 && !c->titled && acronym_after(t, c->a, c->b))
        tt = EG_TAG_ORG;
    if (tt == EG_TAG_PER)
        c->type = EG_TYPE_PERSON;
    else if (tt == EG_TAG_ORG) {
        c->type = EG_TYPE_ORGANIZATION;
        if (L == c->b - c->a && (e->kinds & EG_GZ_ORG))
            c->canon = e->canon;
    } else if (L == c->b - c->a && (e->kinds & (EG_GZ_COUNTRY | EG_GZ_CITY | EG_GZ_PLACE))) {
        set_from_entry(ex, c, e);
        if (c->type == EG_TYPE_ORGANIZATION)
            c->type = EG_TYPE_PLACE;
    } else if (c->b - c->a == 2 && L == 0 && tok_kind(ex, t, c->a, EG_GZ_FIRSTNAME) &&
               tok_kind(ex, t, c->a + 1, EG_GZ_CITY) &&
               !tok_kind(ex, t, c->a, EG_GZ_CITY | EG_GZ_PLACE | EG_GZ_COUNTRY | EG_GZ_ORGWORD) &&
               !is_venue(t, c->a, c->b) && !(word_bits(t, c->b - 1) & (W_LANDFORM | W_GEO_HEAD | W_PLACE_NOUN)) &&
               !eg_gz_memo_match(&ex->memo, c->a, c->b, EG_GZ_COUNTRY | EG_GZ_CITY | EG_GZ_PLACE, NULL))
        c->type = EG_TYPE_PERSON;   /* a given name no place has, then a town's name: "Rodrigo Ibarra" */
    else if (c->b - c->a == 1 && t->toks[c->a].norm_len > 6 &&
               (!memcmp(eg_text_norm(t, c->a) + t->toks[c->a].norm_len - 4, "nese", 4) ||
                !memcmp(eg_text_norm(t, c->a) + t->toks[c->a].norm_len - 4, "lese", 4)))
        c->type = C_DROP;   /* a people no table has is no place: "like many Javanese", "Sundanese" (not "Cortese") */
    else if (c->b - c->a >= 2 && (word_bits(t, c->b - 1) & W_INSTITUTION) && is_cap_word(t, c->b - 1))
        c->type = EG_TYPE_ORGANIZATION;   /* "Kuwait's National Assembly": a body, whatever the tagger reads */
    else
        c->type = EG_TYPE_PLACE;
}

/* Token i ends as only a family name does: "Vuksanović", "Ionescu", "Ostapenko", "Gelashvili",
 * "Sveinbjörnsdóttir". */
static int surname_ending(const eg_text *t, size_t i)
{
    static const char *const endings[] = {"ović", "ovic", "ević", "evic", "escu", "enko", "shvili", "dóttir",
                                          "dottir", "ovna", "evna", "ovich", "evich", NULL};
    const char *w = eg_text_norm(t, i);
    size_t n = t->toks[i].norm_len, k, l;
    if (n < 6 || !is_cap_word(t, i))
        return 0;
    for (k = 0; endings[k]; k++) {
        l = strlen(endings[k]);
        if (n > l + 1 && memcmp(w + n - l, endings[k], l) == 0)
            return 1;
    }
    return 0;
}

/* The first tagger span that ends after token a. */
static size_t first_span_after(const eg_extractor *ex, size_t a)
{
    size_t lo = 0, hi = ex->nspans;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (ex->spans[mid].tok_end <= a)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

/* The folded text of candidate c into buf (cap bytes); its length, or 0 when it does not fit. */
static size_t cand_text(const eg_text *t, const cand *c, char *buf, size_t cap)
{
    size_t k, o = 0;
    for (k = c->a; k < c->b; k++) {
        size_t n = t->toks[k].norm_len;
        if (o + n + 2 > cap)
            return 0;
        if (o)
            buf[o++] = ' ';
        memcpy(buf + o, eg_text_norm(t, k), n);
        o += n;
    }
    return o;
}

/* The rules' type of a candidate is the tagger's type tt. */
static int tag_agrees(int type, eg_tag_type tt)
{
    return tt == EG_TAG_PER   ? type == EG_TYPE_PERSON
           : tt == EG_TAG_ORG ? type == EG_TYPE_ORGANIZATION
                              : type == EG_TYPE_COUNTRY || type == EG_TYPE_PLACE;
}

/* Into ex->words (released first): the folded text of each of the first n candidates that one tagger span covers
 * exactly, with that span's type + 1 (the first such reading of a text). */
static eg_status whole_readings(eg_extractor *ex, const eg_text *t, size_t n)
{
    size_t ci;
    char buf[256];
    eg_strtab_release(&ex->words);
    for (ci = 0; ci < n; ci++) {
        const cand *c = &ex->cands[ci];
        size_t k = first_span_after(ex, c->a), len;
        if (k >= ex->nspans || ex->spans[k].tok_begin != c->a || ex->spans[k].tok_end != c->b ||
            !(len = cand_text(t, c, buf, sizeof buf)))
            continue;
        if (eg_strtab_put(&ex->words, buf, len, (uint32_t)ex->spans[k].type + 1, NULL, NULL, NULL) != EG_OK)
            return EG_ENOMEM;
    }
    return EG_OK;
}

/* How the tagger reads candidate c's text where it reads it whole elsewhere in the document (an eg_tag_type), or -1;
 * whole_readings is built on the first call (*built tells). *ret is set on failure. */
static int whole_reading_of(eg_extractor *ex, const eg_text *t, size_t n, const cand *c, int *built, eg_status *ret)
{
    char buf[256];
    size_t len = cand_text(t, c, buf, sizeof buf);
    uint32_t ty;
    if (!*built && (*ret = whole_readings(ex, t, n)) != EG_OK)
        return -1;
    *built = 1;
    return len && eg_strtab_get(&ex->words, buf, len, &ty) ? (int)ty - 1 : -1;
}

static eg_status majority_types(eg_extractor *ex, const eg_text *t)
{
    eg_status ret = EG_OK;
    size_t ci, ngroups = 0;
    uint32_t *group = NULL, (*votes)[EG_NTYPES] = NULL;
    char buf[256];
    eg_strtab_release(&ex->words);
    group = malloc((ex->ncands ? ex->ncands : 1) * sizeof *group);
    votes = calloc(ex->ncands ? ex->ncands : 1, sizeof *votes);
    if (!group || !votes) {
        ret = EG_ENOMEM;
        goto cleanup;
    }
    for (ci = 0; ci < ex->ncands; ci++) {
        const cand *c = &ex->cands[ci];
        size_t n;
        int inserted;
        uint32_t g;
        group[ci] = UINT32_MAX;
        if (c->type < 0 || c->demonym || !(n = cand_text(t, c, buf, sizeof buf)))
            continue;
        if (eg_strtab_put(&ex->words, buf, n, (uint32_t)ngroups, &inserted, &g, NULL) != EG_OK) {
            ret = EG_ENOMEM;
            goto cleanup;
        }
        if (inserted)
            ngroups++;
        group[ci] = g;
        votes[g][c->type] += c->strength == 2 ? 2 : 1;
    }
    for (ci = 0; ci < ex->ncands; ci++) {
        cand *c = &ex->cands[ci];
        uint32_t g = group[ci];
        int ty, best;
        if (g == UINT32_MAX || c->strength == 2)
            continue;
        best = c->type;
        for (ty = 0; ty < EG_NTYPES; ty++)
            if (votes[g][ty] > votes[g][best])
                best = ty;
        if (best != c->type) {
            c->type = best;
            if (best != EG_TYPE_COUNTRY && best != EG_TYPE_PLACE)
                c->cc[0] = '\0';
        }
    }
cleanup:
    free(group);
    free(votes);
    eg_strtab_release(&ex->words);
    return ret;
}

/* Does a word of tokens [a, b) name a country or its people ("Royal Dutch Shell")? */
static int span_names_country(eg_extractor *ex, const eg_text *t, size_t a, size_t b)
{
    size_t k;
    for (k = a; k < b; k++)
        if (tok_kind(ex, t, k, EG_GZ_COUNTRY | EG_GZ_DEMONYM))
            return 1;
    return 0;
}

/* Index key k[0..n) to the one entity ci that has it in tab; a key two entities have answers UINT32_MAX. */
static eg_status index_unique(eg_strtab *tab, const char *k, size_t n, uint32_t ci)
{
    uint32_t prev;
    int inserted;
    if (eg_strtab_put(tab, k, n, ci, &inserted, &prev, NULL) != EG_OK)
        return EG_ENOMEM;
    if (!inserted && prev != ci)
        eg_strtab_set(tab, k, n, UINT32_MAX);
    return EG_OK;
}

/* The organization whose name the folded word w[0..n) opens, if one does; where several do, the one company among
 * them named with its legal form ("Purari" of "Purari Gas Pty Ltd", not of "Purari River Landowners Association");
 * else UINT32_MAX */
static uint32_t org_opened(const eg_extractor *ex, const char *w, size_t n)
{
    uint32_t org;
    if (!ex->org_first.count || !eg_strtab_get(&ex->org_first, w, n, &org))
        return UINT32_MAX;
    if (org == UINT32_MAX && !eg_strtab_get(&ex->firm_first, w, n, &org))
        return UINT32_MAX;
    return org;
}

/* Is the folded word w[0..n) one that may end a company named for it: no organization word, legal form, function
 * word or place ("Shell" of "Royal Dutch Shell", not "Bank" of "World Bank" nor "Kenya" of "Bank of Kenya")? */
static int name_word(eg_extractor *ex, const char *w, size_t n)
{
    const eg_gz_entry *e = eg_gazetteer_lookup(ex->gz, w, n);
    if (e && (e->kinds & (EG_GZ_ORGWORD | EG_GZ_STOPWORD | EG_GZ_COUNTRY | EG_GZ_CITY | EG_GZ_PLACE |
                          EG_GZ_DEMONYM | EG_GZ_TITLE | EG_GZ_FIRSTNAME)))
        return 0;
    return !(eg_wordset_get(&rule_words, w, n) & (W_LEGAL_FORM | W_CONNECTOR | W_BODY_HEAD | W_VENUE_HEAD));
}

/* Is none of the tagger's nin spans from first a person? */
static int no_person_span(const eg_extractor *ex, size_t first, size_t nin)
{
    size_t k;
    for (k = first; k < first + nin; k++)
        if (ex->spans[k].type == EG_TAG_PER)
            return 0;
    return 1;
}

/* Do the tagger's nin spans from first cut a name ending at b only inside it: the last ends at b, none is a person,
 * and the last is no known place ("University of Birmingham and London" is two names)? */
static int split_inside_only(eg_extractor *ex, const eg_text *t, size_t first, size_t nin, size_t b)
{
    const eg_tag_span *last = &ex->spans[first + nin - 1];
    /* (or leave out only what "and" adds: "Ministry of Industry" of "Ministry of Industry and Trade") */
    int and_left = last->tok_end < b && norm_is(t, last->tok_end, "and") &&
                   (first + nin == ex->nspans || ex->spans[first + nin].tok_begin >= b);
    if ((last->tok_end != b && !and_left) ||
        eg_gz_memo_match(&ex->memo, last->tok_begin, b, EG_GZ_COUNTRY | EG_GZ_CITY | EG_GZ_PLACE, NULL) ==
            b - last->tok_begin)
        return 0;
    return no_person_span(ex, first, nin);
}

/* Are tokens [a, b) capitalised given names, all of them? */
static int given_names_only(eg_extractor *ex, const eg_text *t, size_t a, size_t b)
{
    size_t k;
    for (k = a; k < b; k++)
        if (!is_cap_word(t, k) || !tok_kind(ex, t, k, EG_GZ_FIRSTNAME))
            return 0;
    return a < b;
}

/* "Russia's Lavrov met", "talks with China's Wang": the one word after a country's possessive, where a party to a
 * meeting or a speaker stands, is the country's leader or envoy (a place after it does not speak or meet). */
static int leader_of_country(eg_extractor *ex, const eg_text *t, size_t a, size_t b)
{
    size_t sbeg = t->sents[t->toks[a].sent].tok_begin, send = t->sents[t->toks[a].sent].tok_end, L;
    if (b != a + 1 || a < sbeg + 2 || !(t->toks[a - 1].flags & EG_TOK_POSS) || !is_cap_word(t, a) ||
        (t->toks[a].flags & EG_TOK_ALLCAPS) ||
        tok_kind(ex, t, a, EG_GZ_STOPWORD | EG_GZ_ORGWORD | EG_GZ_TITLE | EG_GZ_HONORIFIC | EG_GZ_DEMONYM))
        return 0;
    for (L = 1; L <= 4 && a - 1 - L >= sbeg; L++) {
        if (eg_gz_memo_match(&ex->memo, a - 1 - L, a - 1, EG_GZ_COUNTRY, NULL) != L)
            continue;
        return (b < send && (word_bits(t, b) & (W_SPEECH_VERB | W_MEET_VERB))) ||
               (a - 1 - L > sbeg && (word_bits(t, a - 2 - L) & W_PARTY_BEFORE));
    }
    return 0;
}

static int same_word(const eg_text *t, size_t i, size_t j)
{
    return t->toks[i].norm_len == t->toks[j].norm_len &&
           memcmp(eg_text_norm(t, i), eg_text_norm(t, j), t->toks[i].norm_len) == 0;
}

/* Where the portfolio that token a is in opens: back over capitalised words, "and", "&" and commas to the token
 * after an "of" or "for" (with a word before it), within the sentence; 0 when there is none. */
static size_t portfolio_open(const eg_text *t, size_t a)
{
    const eg_sentence *s = &t->sents[t->toks[a].sent];
    size_t k = a;
    while (k > s->tok_begin && k + 8 > a && (is_cap_word(t, k - 1) || list_joiner(t, k - 1)))
        k--;
    return k > s->tok_begin + 1 && (norm_is(t, k - 1, "of") || norm_is(t, k - 1, "for")) ? k : 0;
}

/* Is [a, b) in a minister's portfolio, which names no body whatever follows it ("Minister of Industry and Commerce,
 * Óscar R. Villalba", "Secretary of Homeland Security")? */
static int minister_portfolio(const eg_text *t, size_t a, size_t b)
{
    size_t k = portfolio_open(t, a);
    if (!k || !(minister_title(t, k - 2) || norm_is(t, k - 2, "secretary") || norm_is(t, k - 2, "commissioner") ||
                (k >= 3 && norm_is(t, k - 2, "delegate") && norm_is(t, k - 3, "minister"))))
        return 0;
    /* not "Minister of Social Action Mahamat Nour" */
    return b >= t->sents[t->toks[a].sent].tok_end || !is_cap_word(t, b);
}

/* Is token a inside the portfolio of a title that runs on to a person's name ("Special Envoy for Water Security
 * Daniel R. Whitcombe")? Pass 1 read it as the title's. */
static int in_portfolio(eg_extractor *ex, const eg_text *t, size_t a)
{
    const eg_sentence *s = &t->sents[t->toks[a].sent];
    size_t k = portfolio_open(t, a), x, L;
    if (!k)
        return 0;
    for (x = k - 1; x-- > s->tok_begin && x + 4 >= k - 1;)
        if ((L = title_at(ex, t, x, s->tok_end)) != 0 && x + L > a)
            return 1;
    return 0;
}

/* ", known as ABN", ", known by its French acronym CEDEAO" after a name ending before token b: the token of the
 * acronym in capitals, or 0. */
static size_t known_as_at(const eg_text *t, size_t b)
{
    static const char *const small[] = {"as", "by", "its", "their", "the", "in", "acronym", "initials",
                                        "abbreviation", NULL};
    size_t k;
    if (b + 3 >= t->ntoks || !norm_is(t, b, ",") || !norm_is(t, b + 1, "known"))
        return 0;
    for (k = b + 2; k < t->ntoks && k < b + 8 && t->toks[k].sent == t->toks[b].sent; k++) {
        const eg_token *tok = &t->toks[k];
        if ((tok->flags & EG_TOK_ALLCAPS) && tok->end - tok->start >= 2 && tok->end - tok->start <= 8)
            return k > b + 2 && (norm_is(t, k - 1, "as") || !(t->toks[k - 1].flags & EG_TOK_CAP)) ? k : 0;
        /* (a language's word: "its French acronym") */
        if (!norm_in(t, k, small) &&
            !((tok->flags & EG_TOK_CAP) && k + 1 < t->ntoks && !(t->toks[k + 1].flags & EG_TOK_CAP)))
            return 0;
    }
    return 0;
}

/* Reconcile the rules' candidates with the tagger's names. What a gazetteer or a title decided stays; the
 * guesses and word-based types follow the tagger's spans and types; names only the tagger found are added. */
/* Is the name [a, b) followed by its acronym in brackets, one capital for each of its capitalised words ("China
 * Coast Guard (CCG)", "Department of Energy (DOE)")? */
static int acronym_after_from(const eg_text *t, size_t a, size_t b);

/* Is there a word in capitals in brackets from token b: "(PNH)"? */
static int caps_in_brackets(const eg_text *t, size_t b)
{
    return b + 2 < t->ntoks && norm_is(t, b, "(") && norm_is(t, b + 2, ")") && (t->toks[b + 1].flags & EG_TOK_ALLCAPS);
}

/* ... or spells it after a country's dotted initials: "U.S. Customs and Border Protection (CBP)" */
static int acronym_after(const eg_text *t, size_t a, size_t b)
{
    return acronym_after_from(t, a, b) ||
           (b > a + 2 && t->toks[a].end - t->toks[a].start >= 4 && t->src[t->toks[a].end - 1] == '.' &&
            (t->toks[a].flags & EG_TOK_ALLCAPS) && acronym_after_from(t, a + 1, b));
}

static int acronym_letters(const eg_text *t, size_t a, size_t b, int parts);

static int acronym_chunks(const char *w, size_t len, const eg_text *t, size_t k, size_t b, size_t used,
                          unsigned *budget);

/* The acronym in brackets after [a, b) holds the capitals that open its three to six words, one each, in any order:
 * the order of the name in its own language ("Haitian National Police (PNH)", Police nationale d'Haïti). */
static int acronym_reordered(const eg_text *t, size_t a, size_t b)
{
    unsigned char count[26] = {0};
    size_t k, len, i;
    const char *w;
    if (!caps_in_brackets(t, b))
        return 0;
    w = t->src + t->toks[b + 1].start;
    len = t->toks[b + 1].end - t->toks[b + 1].start;
    if (len < 3 || len > 6 || b - a != len)
        return 0;
    for (k = a; k < b; k++) {
        char c = t->src[t->toks[k].start];
        if (!is_cap_word(t, k) || c < 'A' || c > 'Z')
            return 0;
        count[c - 'A']++;
    }
    for (i = 0; i < len; i++) {
        if (w[i] < 'A' || w[i] > 'Z' || count[w[i] - 'A'] == 0)
            return 0;
        count[w[i] - 'A']--;
    }
    return 1;
}

static int acronym_after_from(const eg_text *t, size_t a, size_t b)
{
    return acronym_letters(t, a, b, 0) || acronym_letters(t, a, b, 1) || acronym_reordered(t, a, b) ||
           (caps_in_brackets(t, b) && t->toks[b + 1].end - t->toks[b + 1].start >= 4 &&
            is_cap_word(t, a) && t->src[t->toks[b + 1].start] == t->src[t->toks[a].start] &&
            acronym_chunks(t->src + t->toks[b + 1].start, t->toks[b + 1].end - t->toks[b + 1].start, t, a, b, 0,
                           &(unsigned){4096}));
}

/* An acronym of four letters or more made of the opening letters of the capitalised words of [k, b) in order (and
 * of a small "in" between them: "UNFICYP"), one or more from the first and the last, none from some between, and
 * from at least half of them: "African Union Support and Stabilization Mission in Somalia (AUSSOM)", "African Union
 * Mission in Somalia (AMISOM)". used: how many words gave letters so far (its high half counts the words passed);
 * budget: the calls left. */
static int acronym_chunks(const char *w, size_t len, const eg_text *t, size_t k, size_t b, size_t used,
                          unsigned *budget)
{
    size_t given = used & 0xFFFF, passed = used >> 16;
    /* (a bounded search: "Aaa Aaa Aaa ... (AAAAAAAA)" would otherwise branch four ways at every word) */
    if (*budget == 0)
        return 0;
    (*budget)--;
    while (k < b && !is_cap_word(t, k)) {
        /* ("United Nations Peacekeeping Force in Cyprus (UNFICYP)": "in" may give its letter) */
        if (len > 1 && (w[0] | 0x20) == 'i' && norm_is(t, k, "in") &&
            acronym_chunks(w + 1, len - 1, t, k + 1, b, used, budget))
            return 1;
        k++;
    }
    if (k == b)
        return len == 0 && given * 2 >= passed;
    {
        const char *s = t->src + t->toks[k].start;
        size_t sl = t->toks[k].end - t->toks[k].start, n;
        size_t last = k + 1;
        if (sl > 2 && s[1] == '\'' && s[0] >= 'a' && s[0] <= 'z')
            s += 2, sl -= 2;   /* "d'Entreposage": the capital after an elided article */
        while (last < b && !is_cap_word(t, last))
            last++;
        /* none from this word: not the first, nor the last */
        if (passed > 0 && last < b && acronym_chunks(w, len, t, k + 1, b, given | (passed + 1) << 16, budget))
            return 1;
        for (n = 1; n <= len && n <= sl && n <= 3; n++) {
            if ((s[n - 1] | 0x20) != (w[n - 1] | 0x20) || !((unsigned char)s[n - 1] < 0x80))
                break;
            if (acronym_chunks(w + n, len - n, t, k + 1, b, (given + 1) | (passed + 1) << 16, budget))
                return 1;
        }
    }
    return 0;
}

/* The acronym in brackets after [a, b) spells the capitals that open its words, and with parts set the capital of
 * each part of a hyphenated word too ("Inter-Services Intelligence (ISI)"). */
static int acronym_letters(const eg_text *t, size_t a, size_t b, int parts)
{
    const char *w;
    size_t k, n = 0, len;
    if (!caps_in_brackets(t, b))
        return 0;
    w = t->src + t->toks[b + 1].start;
    len = t->toks[b + 1].end - t->toks[b + 1].start;
    for (k = a; k < b; k++) {
        const char *s = t->src + t->toks[k].start;
        size_t sl = t->toks[k].end - t->toks[k].start;
        if (!is_cap_word(t, k))
            continue;
        /* "d'Abidjan" in "Port Autonome d'Abidjan (PAA)": the capital after an elided article */
        if (sl > 2 && s[1] == '\'' && s[0] >= 'a' && s[0] <= 'z')
            s += 2;
        else if (sl > 4 && !strncmp(s + 1, "\xE2\x80\x99", 3) && s[0] >= 'a' && s[0] <= 'z')
            s += 4;
        /* (a word in capitals gives all its letters: "UN Office for West Africa and the Sahel (UNOWAS)") */
        if (parts && (t->toks[k].flags & EG_TOK_ALLCAPS) && sl >= 2 && sl <= 4 && s == t->src + t->toks[k].start) {
            if (n + sl > len || memcmp(w + n, s, sl))
                return 0;
            n += sl;
            continue;
        }
        if (n >= len || w[n] != *s)
            return 0;
        n++;
        for (size_t q = 1; parts && q + 1 < sl; q++)
            if (s[q] == '-' && s[q + 1] >= 'A' && s[q + 1] <= 'Z') {
                if (n >= len || w[n] != s[q + 1])
                    return 0;
                n++;
            }
    }
    return n == len && n >= 2;
}

/* An acronym with small letters for small words: "HoR", "MoU", "MoFA" (ASCII letters, a capital first, two
 * capitals or more, fewer small letters than capitals). */
static int mixed_acronym(const eg_text *t, size_t k)
{
    const char *w = t->src + t->toks[k].start;
    size_t n = t->toks[k].end - t->toks[k].start, i, up = 0, low = 0;
    if (n < 3 || n > 8 || !(w[0] >= 'A' && w[0] <= 'Z'))
        return 0;
    for (i = 0; i < n; i++) {
        if (w[i] >= 'A' && w[i] <= 'Z')
            up++;
        else if (w[i] >= 'a' && w[i] <= 'z')
            low++;
        else
            return 0;
    }
    return up >= 2 && low >= 1 && low < up;
}

/* Token k is a mixed acronym whose capitals are the capitals that open the words of name [a, b), in order:
 * "House of Representatives (HoR)". */
static int mixed_acronym_of(const eg_text *t, size_t k, size_t a, size_t b)
{
    const char *w = t->src + t->toks[k].start;
    size_t n = t->toks[k].end - t->toks[k].start, i = 0, j;
    if (!mixed_acronym(t, k))
        return 0;
    for (j = a; j < b; j++) {
        if (!is_cap_word(t, j))
            continue;
        while (i < n && !(w[i] >= 'A' && w[i] <= 'Z'))
            i++;
        if (i >= n || w[i] != t->src[t->toks[j].start])
            return 0;
        i++;
    }
    while (i < n && !(w[i] >= 'A' && w[i] <= 'Z'))
        i++;
    return i == n;
}

/* A "Committee of the" inside tokens [a, b). */
static int committee_of(const eg_text *t, size_t a, size_t b)
{
    size_t k;
    for (k = a + 1; k + 2 < b; k++)
        if (norm_is(t, k, "of") && norm_is(t, k + 1, "the") &&
            (norm_is(t, k - 1, "committee") || norm_is(t, k - 1, "subcommittee")))
            return 1;
    return 0;
}

/* A "Mission to"/"Mission in" inside tokens [a, b). */
static int mission_to(const eg_text *t, size_t a, size_t b)
{
    size_t k;
    for (k = a + 1; k + 1 < b; k++)
        if ((norm_is(t, k, "to") || norm_is(t, k, "in")) && norm_is(t, k - 1, "mission") && is_cap_word(t, k - 1))
            return 1;
    return 0;
}

/* Do tokens [a, b) lie inside a title that starts before them ("Naval Staff" of "Chief of the Naval Staff")? */
static int inside_title(eg_extractor *ex, const eg_text *t, size_t a, size_t b)
{
    size_t s, sb = t->sents[t->toks[a].sent].tok_begin, se = t->sents[t->toks[a].sent].tok_end;
    for (s = a; s > sb && s + 6 > a; s--)
        if (s - 1 + eg_gz_memo_match(&ex->memo, s - 1, se, EG_GZ_TITLE, NULL) >= b)
            return 1;
    return 0;
}

static eg_status reconcile(eg_extractor *ex, const eg_text *t)
{
    size_t n0 = ex->ncands, ci, k;
    char *covered = NULL;
    int readings = 0, lowered = 0;   /* whole_readings, lower_words made */
    eg_status ret = EG_OK;
    covered = calloc(ex->nspans ? ex->nspans : 1, 1);
    if (!covered)
        return EG_ENOMEM;
    for (ci = 0; ci < n0; ci++) {
        cand *c = &ex->cands[ci];
        size_t first = first_span_after(ex, c->a), nin = 0, c0a;
        for (k = first; k < ex->nspans && ex->spans[k].tok_begin < c->b; k++) {
            covered[k] = 1;
            nin++;
        }
        if (c->strength == 2)
            continue;
        /* "Minister for Economic Affairs, Sutrisnohadi,": whatever the tagger runs on across the comma */
        if (c->b - c->a == 1 && c->type == C_UNKNOWN && titled_appositive(ex, t, c->a)) {
            c->type = EG_TYPE_PERSON;
            c->strength = 2;
            continue;
        }
        /* the tagger's name ran on from the name before into this one, which the rules cut off where a given name
         * starts ("Harvard University Maria Lopez"): its type is the other name's */
        if (nin == 1 && c->type == EG_TYPE_PERSON && ex->spans[first].tok_begin < c->a &&
            ex->spans[first].type != EG_TAG_PER && c->b - c->a >= 2 && tok_kind(ex, t, c->a, EG_GZ_FIRSTNAME))
            continue;
        /* "Oh Se-jin of Hanbit Securities": a family name of one syllable, then a given name of two joined by a
         * hyphen, is a person's name, whatever the tagger reads (it reads "Oh" as the word) */
        if (c->b - c->a == 2 && syllable_given(t, c->a + 1) && is_cap_word(t, c->a) &&
            t->toks[c->a].end - t->toks[c->a].start <= 6 &&
            !tok_kind(ex, t, c->a, EG_GZ_ORGWORD | EG_GZ_COUNTRY | EG_GZ_CITY | EG_GZ_PLACE | EG_GZ_TITLE |
                                       EG_GZ_DEMONYM)) {
            type_from_tagger(ex, t, c, EG_TAG_PER);
            continue;
        }
        if (nin == 0) {
            /* the tagger sees no name here: a guess is dropped, or left to the document's other names */
            if (c->strength == 0)
                c->type = c->b - c->a == 1 ? C_UNKNOWN : C_DROP;
            continue;
        }
        /* an organization's name that its acronym in brackets spells out whole is one name, however the tagger
         * cuts it ("Japan Coast Guard (JCG)"); so is one whose acronym in another language opens with its letter
         * ("Confederation of Indigenous Nationalities of the Ecuadorian Amazon (CONFENIAE)") */
        if (c->type == EG_TYPE_ORGANIZATION &&
            (acronym_after(t, c->a, c->b) ||
             (c->b - c->a >= 4 && c->b + 2 < t->ntoks && norm_is(t, c->b, "(") && norm_is(t, c->b + 2, ")") &&
              (t->toks[c->b + 1].flags & EG_TOK_ALLCAPS) && t->toks[c->b + 1].end - t->toks[c->b + 1].start >= 3 &&
              t->src[t->toks[c->b + 1].start] == t->src[t->toks[c->a].start] && span_has_orgword(ex, t, c->a, c->b))))
            continue;
        /* "the Association of Rice Farmers", "the National Union of Students": the plural a body is of ends its
         * name, where the tagger, which reads such a plural as a sentence's subject, stops before it (and may read
         * a person in "Rice") */
        if (c->type == EG_TYPE_ORGANIZATION && c->b - c->a >= 3 && body_of_words(ex, t, c->a, c->b - 1) &&
            trimmable(ex, t, c->b - 1))
            continue;
        /* "the Benelux Union", "the Caribbean Union": a region's union is a body of its states, though the
         * tagger reads the region */
        if (c->type == EG_TYPE_ORGANIZATION && c->b - c->a >= 2 && norm_is(t, c->b - 1, "union") &&
            is_cap_word(t, c->b - 1) && eg_gz_memo_match(&ex->memo, c->a, c->b, EG_GZ_PLACE, NULL) == c->b - c->a - 1)
            continue;
        /* "the Niger Basin Authority", "the Niger Delta Development Commission": a body named for a country's
         * river basin or delta keeps the name, however the tagger cuts it */
        if (c->type == EG_TYPE_ORGANIZATION && c->b - c->a >= 3 && tok_kind(ex, t, c->b - 1, EG_GZ_ORGWORD) &&
            no_person_span(ex, first, nin)) {
            size_t L = eg_gz_memo_match(&ex->memo, c->a, c->b, EG_GZ_COUNTRY, NULL);
            if (L > 0 && c->a + L + 1 < c->b && is_cap_word(t, c->a + L) &&
                (word_bits(t, c->a + L) & (W_LANDFORM | W_PLACE_NOUN | W_GEO_HEAD)))
                continue;
        }
        /* a country or demonym in front of the tagger's organization is a mention of its own ("Iraqi" Army), but
         * a long official name keeps it ("Korean Central News Agency", "Korean People's Army"), as does a national
         * Red Cross or Red Crescent society ("Egyptian Red Crescent") or news agency ("Polish Press Agency") */
        if (c->type == EG_TYPE_ORGANIZATION && ex->spans[first].type == EG_TAG_ORG &&
            ex->spans[first].tok_begin > c->a) {
            const eg_gz_entry *e = NULL;
            size_t L = eg_gz_memo_match(&ex->memo, c->a, ex->spans[first].tok_begin, EG_GZ_COUNTRY | EG_GZ_DEMONYM,
                                        &e), h = ex->spans[first].tok_begin;
            /* (the long name may open with a word the tagger left out: "Tunisian General Labour Union") */
            if (L > 0 && nin == 1 && (c->a + L == h || (c->a + L + 1 == h && norm_is(t, c->a + L, "general"))) &&
                ex->spans[first].tok_end == c->b && !ministry_of(t, h) &&
                (c->b - h >= 3 || c->b - (c->a + L) >= 3 || (c->b - h == 2 && norm_is(t, h, "red") &&
                                   (norm_is(t, h + 1, "cross") || norm_is(t, h + 1, "crescent"))) ||
                 (c->b - h == 2 && norm_is(t, h + 1, "agency") &&
                  (norm_is(t, h, "news") || norm_is(t, h, "press") || norm_is(t, h, "telegraph"))) ||
                 armed_force(t, h, c->b)))
                continue;
            if (L > 0) {
                cand *d;
                if ((ret = push_cand(ex, c->a, c->a + L, C_UNKNOWN, 0)) != EG_OK)
                    goto cleanup;
                c = &ex->cands[ci];
                d = &ex->cands[ex->ncands - 1];
                set_from_entry(ex, d, e);
                d->strength = 2;
                c->a += (uint32_t)L;
            }
        }
        /* an organization whose last word is an organization word, of capitalised words only, keeps its front
         * when the tagger names only its tail: "Northern Trade Council", not "Council" */
        if (nin == 1 && c->type == EG_TYPE_ORGANIZATION && ex->spans[first].type == EG_TAG_ORG &&
            ex->spans[first].tok_end == c->b && ex->spans[first].tok_begin > c->a &&
            org_front(ex, t, c->a, ex->spans[first].tok_begin, c->b))
            continue;
        /* "Seorin Heavy Industries Co., Ltd.": the tagger stopped before the company's last legal forms */
        if (nin >= 1 && c->type == EG_TYPE_ORGANIZATION && ex->spans[first].type == EG_TAG_ORG &&
            ex->spans[first].tok_begin <= c->a && ex->spans[first].tok_end < c->b) {
            size_t g;
            for (g = ex->spans[first].tok_end; g < c->b && (norm_is(t, g, ",") || (word_bits(t, g) & W_LEGAL_FORM));
                 g++)
                ;
            if (g == c->b)
                continue;
        }
        /* "the 6th U.S. Circuit Court of Appeals": the tagger leaves out the body's ordinal */
        if (c->type == EG_TYPE_ORGANIZATION && ordinal_at(t, c->a) && nin == 1 &&
            ex->spans[first].tok_begin == c->a + 1 && ex->spans[first].tok_end == c->b &&
            ex->spans[first].type == EG_TAG_ORG)
            continue;
        /* "Grupo Minero Sierra Alta S.A.B. de C.V.": a name the rules end with a legal form, which the tagger
         * opens as an organization and nowhere reads as a person, is one company's */
        if (c->type == EG_TYPE_ORGANIZATION && c->b - c->a >= 3 && legal_form_end(t, c->b - 1) &&
            ex->spans[first].type == EG_TAG_ORG && ex->spans[first].tok_begin == c->a && no_person_span(ex, first, nin))
            continue;
        /* "Bureau of East Asian and Pacific Affairs", "Ministry of Ports, Shipping and Waterways": a body's word
         * and "of" open a name the rules read whole, however the tagger cuts it inside */
        if (c->type == EG_TYPE_ORGANIZATION && c->b - c->a >= 4 && tok_kind(ex, t, c->a, EG_GZ_ORGWORD) &&
            (word_bits(t, c->a) & W_BODY_HEAD) && norm_is(t, c->a + 1, "of") &&
            /* (the tagger's span may open with a country's possessive: "Vietnam's Ministry of Industry") */
            (ex->spans[first].tok_begin >= c->a || (t->toks[c->a - 1].flags & EG_TOK_POSS)) &&
            split_inside_only(ex, t, first, nin, c->b))
            continue;
        /* "International Fund for Saving the Aral Sea": what a body is for, read whole by the rules, whatever the
         * tagger makes of its object */
        if (c->type == EG_TYPE_ORGANIZATION && for_gerund_in(t, c->a, c->b) && no_person_span(ex, first, nin))
            continue;
        /* "Hidroeléctrica do Vale do Zambeze", "Société des Mines de Fer": a company's word in another language and
         * a particle open a name the rules read whole, which the tagger cuts where it finds no person */
        if (c->type == EG_TYPE_ORGANIZATION && c->b - c->a >= 3 && tok_kind(ex, t, c->a, EG_GZ_ORGWORD) &&
            is_particle(t, c->a + 1) && ex->spans[first].tok_begin >= c->a && no_person_span(ex, first, nin))
            continue;
        /* "Workers' Party of Korea", "Communist Party of Vietnam": where the tagger names only the country after
         * "of", the body of two words or more before it keeps its whole name */
        if (nin == 1 && c->type == EG_TYPE_ORGANIZATION && ex->spans[first].tok_end == c->b &&
            ex->spans[first].tok_begin >= c->a + 3 && norm_is(t, ex->spans[first].tok_begin - 1, "of") &&
            (word_bits(t, ex->spans[first].tok_begin - 2) & W_BODY_HEAD) &&
            is_cap_word(t, ex->spans[first].tok_begin - 2) && is_cap_word(t, c->a))
            continue;
        /* "Movement for Senegalese Renewal": the tagger names only what the body is for, from a people's word */
        if (c->type == EG_TYPE_ORGANIZATION && ex->spans[first + nin - 1].tok_end == c->b &&
            ex->spans[first].tok_begin >= c->a + 2 && norm_is(t, c->a + 1, "for") &&
            tok_kind(ex, t, c->a, EG_GZ_ORGWORD) && is_cap_word(t, c->a))
            continue;
        /* "Central Bank of Argentina": the tagger cut the body's name before its country; the rules' whole stands
         * (so does "UN Office for West Africa") */
        if (nin >= 1 && c->type == EG_TYPE_ORGANIZATION && ex->spans[first + nin - 1].type == EG_TAG_LOC &&
            ex->spans[first + nin - 1].tok_end == c->b && ex->spans[first + nin - 1].tok_begin >= c->a + 2 &&
            (norm_is(t, ex->spans[first + nin - 1].tok_begin - 1, "of") ||
             (norm_is(t, ex->spans[first + nin - 1].tok_begin - 1, "for") &&
              (word_bits(t, ex->spans[first + nin - 1].tok_begin - 2) & W_BODY_HEAD))) &&
            tok_kind(ex, t, ex->spans[first + nin - 1].tok_begin - 2, EG_GZ_ORGWORD))
            continue;
        /* "UN Mission in South Sudan": the places a mission is to or in, which the rules read into its name; "the
         * Second Committee of the House of Representatives": a chamber's committee */
        if (c->type == EG_TYPE_ORGANIZATION && (mission_to(t, c->a, c->b) || committee_of(t, c->a, c->b)))
            continue;
        /* "National Union of Independent Farmers": the tagger stops before the people a body is of */
        if (c->type == EG_TYPE_ORGANIZATION && nin == 1 && ex->spans[first].tok_end + 1 == c->b &&
            (word_bits(t, c->b - 1) & W_COLLECTIVE) && is_cap_word(t, c->b - 1))
            continue;
        /* "Standing Committee on Economic Policy", "Commission for Human Rights": the tagger ends the body's name
         * at its word, before "on" or "for" and two or more words of what the body is for; the rules' whole
         * stands (not "Kennedy Space Center on STS-120") */
        if ((nin == 1 || (ex->spans[first + 1].tok_begin > ex->spans[first].tok_end &&
                          ex->spans[first + nin - 1].tok_end <= c->b)) &&
            c->type == EG_TYPE_ORGANIZATION && ex->spans[first].tok_begin <= c->a &&
            ex->spans[first].tok_end > c->a && ex->spans[first].tok_end + 2 < c->b &&
            tok_kind(ex, t, ex->spans[first].tok_end - 1, EG_GZ_ORGWORD) &&
            (norm_is(t, ex->spans[first].tok_end, "on") || norm_is(t, ex->spans[first].tok_end, "for")) &&
            !(t->toks[ex->spans[first].tok_end + 1].flags & EG_TOK_ALLCAPS))
            continue;
        /* named for a king or a sultan: the tagger reads the name after the title as a person's */
        if ((c->type == EG_TYPE_ORGANIZATION || c->type == EG_TYPE_PLACE) && (word_bits(t, c->a) & W_NAMESAKE) &&
            ex->spans[first].tok_begin == c->a + 1 && ex->spans[first + nin - 1].tok_end <= c->b &&
            (tok_kind(ex, t, c->b - 1, EG_GZ_ORGWORD) || is_venue(t, c->a, c->b)))
            continue;
        /* a given name the tagger reads as a person (a known one, or one word alone), then a particle: the person's
         * name goes on to the rules' end, whatever the tagger made of the rest ("Pieter van der Wal, head of ...",
         * "Margrethe van der Linden") */
        if (ex->spans[first].type == EG_TAG_PER && ex->spans[first].tok_begin == c->a &&
            ex->spans[first].tok_end + 1 < c->b && is_particle(t, ex->spans[first].tok_end) &&
            (tok_kind(ex, t, c->a, EG_GZ_FIRSTNAME) || ex->spans[first].tok_end == c->a + 1)) {
            type_from_tagger(ex, t, c, EG_TAG_PER);
            continue;
        }
        /* "the Jatiya Sangsad", "the State Great Khural": a legislature's own word ends the body's name, whatever
         * the tagger reads */
        if (c->type == EG_TYPE_ORGANIZATION && (word_bits(t, c->b - 1) & W_LEGISLATURE) && is_cap_word(t, c->b - 1) &&
            ex->spans[first].tok_begin >= c->a && ex->spans[first + nin - 1].tok_end <= c->b &&
            (no_person_span(ex, first, nin) || c->b - c->a == 1))   /* (the word alone: "the Russian Duma") */
            continue;
        /* "Annelies van der Berg-Osei, the bank's director": a given name and a particle the tagger leaves out,
         * then the family name it reads alone (as a place, say): the rules' person stands */
        if (c->type == EG_TYPE_PERSON && c->b - c->a >= 3 && is_cap_word(t, c->a) && is_particle(t, c->a + 1) &&
            tok_kind(ex, t, c->a, EG_GZ_FIRSTNAME) && ex->spans[first].tok_begin > c->a + 1 &&
            ex->spans[first + nin - 1].tok_end <= c->b && !span_has_orgword(ex, t, c->a, c->b) &&
            !is_venue(t, c->a, c->b)) {
            type_from_tagger(ex, t, c, EG_TAG_PER);
            continue;
        }
        /* "Boursa Kuwait", "Bolsa de Santiago", "Compagnie ...": a body's word in another language opens its name,
         * whatever the tagger reads */
        if (c->type == EG_TYPE_ORGANIZATION && c->b - c->a >= 2 && ex->spans[first].type != EG_TAG_ORG &&
            (word_bits(t, c->a) & W_ROMANCE_HEAD) && is_cap_word(t, c->a) &&
            tok_kind(ex, t, c->a, EG_GZ_ORGWORD) && !norm_is(t, c->a, "union") && !norm_is(t, c->a, "front") &&
            !norm_is(t, c->a, "office") && !norm_is(t, c->a, "direction") && !norm_is(t, c->a, "centre"))
            continue;
        /* "Lleshaj and Milica Vuksanović Đurović, for three-way talks": a family name with the ending of one
         * ("-ović", "-escu", "-enko", "-shvili", "-dóttir") closes a person's name, whatever the tagger reads */
        if (c->type == EG_TYPE_PERSON && ex->spans[first].type != EG_TAG_PER && c->b - c->a >= 2 &&
            c->b - c->a <= 4 && surname_ending(t, c->b - 1) && !span_has_orgword(ex, t, c->a, c->b) &&
            !is_venue(t, c->a, c->b) &&
            !eg_gz_memo_match(&ex->memo, c->a, c->b, EG_GZ_COUNTRY | EG_GZ_CITY | EG_GZ_PLACE | EG_GZ_ORG, NULL)) {
            type_from_tagger(ex, t, c, EG_TAG_PER);
            continue;
        }
        /* "Its managing partner, Desmond Tan Kok Wei, said": a given name opens a name set off by commas after a
         * role in small letters; a person's, whatever the tagger makes of the rest */
        if (c->type == EG_TYPE_PERSON && ex->spans[first].type == EG_TAG_ORG && c->b - c->a >= 2 &&
            c->b - c->a <= 4 && c->a >= 2 && c->b < t->ntoks && norm_is(t, c->a - 1, ",") &&
            norm_is(t, c->b, ",") && (t->toks[c->a - 2].flags & EG_TOK_WORD) &&
            !(t->toks[c->a - 2].flags & (EG_TOK_CAP | EG_TOK_NUM)) && tok_kind(ex, t, c->a, EG_GZ_FIRSTNAME) &&
            !tok_kind(ex, t, c->a, EG_GZ_ORGWORD | EG_GZ_CITY | EG_GZ_COUNTRY) &&
            !span_has_orgword(ex, t, c->a, c->b) && !is_venue(t, c->a, c->b)) {
            type_from_tagger(ex, t, c, EG_TAG_PER);
            continue;
        }
        /* "Pierre-Alain de Montmollin", "Jean-Pierre Dubois": two given names joined by a hyphen open a person's
         * name, whatever the tagger makes of it */
        if (c->type == EG_TYPE_PERSON && ex->spans[first].type != EG_TAG_PER && c->b - c->a <= 4 &&
            memchr(t->src + t->toks[c->a].start, '-', t->toks[c->a].end - t->toks[c->a].start) &&
            tok_kind(ex, t, c->a, EG_GZ_FIRSTNAME) && !span_has_orgword(ex, t, c->a, c->b) &&
            !is_venue(t, c->a, c->b) &&
            /* (not a region's name: "Ida-Viru County") */
            !(word_bits(t, c->b - 1) & (W_LANDFORM | W_GEO_HEAD | W_PLACE_NOUN)) && !norm_is(t, c->b - 1, "county")) {
            type_from_tagger(ex, t, c, EG_TAG_PER);
            continue;
        }
        /* "Kyaw Zeya Htun said" at a sentence's start, after "U Kyaw Zeya Htun" before: the tagger leaves out the
         * first word there, where its capital tells it nothing; the name read whole elsewhere in the document
         * stands */
        if (nin == 1 && ex->spans[first].type == EG_TAG_PER && ex->spans[first].tok_begin == c->a + 1 &&
            ex->spans[first].tok_end == c->b && (t->toks[c->a].flags & EG_TOK_SENT_START) && c->b - c->a >= 3) {
            int ty = whole_reading_of(ex, t, n0, c, &readings, &ret);
            if (ret != EG_OK)
                goto cleanup;
            if (ty == EG_TAG_PER) {
                type_from_tagger(ex, t, c, EG_TAG_PER);
                continue;
            }
        }
        /* "Zein el-Dine accused": the tagger stops before a surname that opens with an article in small letters */
        if (nin == 1 && ex->spans[first].type == EG_TAG_PER && ex->spans[first].tok_begin == c->a &&
            ex->spans[first].tok_end + 1 == c->b && is_cap_word(t, c->b - 1) &&
            !(t->toks[c->b - 1].flags & EG_TOK_CAP)) {
            type_from_tagger(ex, t, c, EG_TAG_PER);
            continue;
        }
        /* "De los Ríos said", "Von Kretschmann agreed": a capitalised particle at a sentence's start opens the
         * surname the tagger names without it */
        if (nin == 1 && ex->spans[first].type == EG_TAG_PER && ex->spans[first].tok_end == c->b &&
            ex->spans[first].tok_begin > c->a && ex->spans[first].tok_begin <= c->a + 2 &&
            (word_bits(t, c->a) & W_PARTICLE) && (c->a + 1 == ex->spans[first].tok_begin || is_particle(t, c->a + 1))) {
            type_from_tagger(ex, t, c, EG_TAG_PER);
            continue;
        }
        /* adjacent spans of one type inside a span of the rules are one name ("Gina" "Raimondo") */
        if (nin > 1) {
            size_t last = first + nin - 1, g;
            int same = 1;
            for (k = first + 1; k <= last && same; k++) {
                same = ex->spans[k].type == ex->spans[first].type;
                /* what stands between is a middle initial or a name particle: "Jonathan M. Stan" */
                for (g = ex->spans[k - 1].tok_end; g < ex->spans[k].tok_begin && same; g++)
                    same = (t->toks[g].flags & EG_TOK_INITIAL) || is_particle(t, g);
            }
            if (same) {
                cand tmp = *c;
                tmp.a = ex->spans[first].tok_begin > c->a ? ex->spans[first].tok_begin : c->a;
                tmp.b = ex->spans[last].tok_end < c->b ? ex->spans[last].tok_end : c->b;
                type_from_tagger(ex, t, &tmp, ex->spans[first].type);
                *c = tmp;
                continue;
            }
            {
                /* split here, read whole elsewhere in the document: one name, read as there (a name starting a
                 * sentence, where its capital tells the tagger nothing) */
                int ty = whole_reading_of(ex, t, n0, c, &readings, &ret);
                if (ret != EG_OK)
                    goto cleanup;
                if (ty >= 0 && tag_agrees(c->type, (eg_tag_type)ty)) {
                    type_from_tagger(ex, t, c, (eg_tag_type)ty);
                    continue;
                }
            }
        }
        c0a = c->a;
        for (k = first; k < ex->nspans && ex->spans[k].tok_begin < c->b; k++) {
            const eg_tag_span *sp = &ex->spans[k];
            cand *d;
            if (k == first)
                d = c;
            else {
                if ((ret = push_cand(ex, sp->tok_begin, sp->tok_end, C_UNKNOWN, 0)) != EG_OK)
                    goto cleanup;
                c = &ex->cands[ci];
                d = &ex->cands[ex->ncands - 1];
            }
            d->a = sp->tok_begin > c->a ? sp->tok_begin : c->a;
            d->b = sp->tok_end < c->b ? sp->tok_end : c->b;
            if (d == c && sp->type == EG_TAG_PER && d->a > c0a &&
                (given_names_only(ex, t, c0a, d->a) || (d->a == c0a + 1 && is_particle(t, c0a))))
                d->a = (uint32_t)c0a;   /* "Anatoly Borisovich Zaretsky", "da Veiga": the tagger left it out */
            if (d != c)
                d->titled = 0;
            /* (the tagger's name stops after "of" where the next name starts: "the Association of" of "the
             * Association of Rice Farmers" before the person it reads in "Rice") */
            while (d->b > d->a + 1 && is_connector(t, d->b - 1) && !(t->toks[d->b - 1].flags & EG_TOK_CAP))
                d->b--;
            type_from_tagger(ex, t, d, sp->type);
        }
    }
    /* names the rules did not see: capitalised, not a function word or a title, not on a line of page chrome */
    for (k = 0; k < ex->nspans; k++) {
        const eg_tag_span *sp = &ex->spans[k];
        uint16_t f = t->toks[sp->tok_begin].flags;
        if (covered[k] || ex->chrome[t->toks[sp->tok_begin].sent] || !(f & (EG_TOK_CAP | EG_TOK_ALLCAPS)) ||
            (f & EG_TOK_NUM) || trimmable(ex, t, sp->tok_begin) || in_party_label(ex, t, sp->tok_begin) ||
            in_portfolio(ex, t, sp->tok_begin) || portfolio_before_minister(ex, t, sp->tok_begin) ||
            eg_gz_memo_match(&ex->memo, sp->tok_begin, sp->tok_end, EG_GZ_TITLE | EG_GZ_HONORIFIC, NULL) ==
                sp->tok_end - sp->tok_begin ||
            inside_title(ex, t, sp->tok_begin, sp->tok_end) ||
            /* the first words of an honorific ("Tan" of "Tan Sri"), or of a title read as a person ("Economy" of
             * "Deputy Economy Minister"; but "Treasury" of "Treasury Secretary" is a body) */
            eg_gz_memo_match(&ex->memo, sp->tok_begin, t->sents[t->toks[sp->tok_begin].sent].tok_end,
                             sp->type == EG_TAG_PER ? EG_GZ_HONORIFIC | EG_GZ_TITLE : EG_GZ_HONORIFIC, NULL) >
                sp->tok_end - sp->tok_begin)
            continue;
        if ((ret = push_cand(ex, sp->tok_begin, sp->tok_end, C_UNKNOWN, 0)) != EG_OK)
            goto cleanup;
        /* in a title-case headline every word has a capital, and the tagger's longer spans run on into common
         * words ("Baltic Grain Exchange Launches Wheat Futures"): such a span is a name only as the body names it
         * (pass 3) */
        if (sp->tok_end - sp->tok_begin >= 3 &&
            headline_is_title_case(t, &t->sents[t->toks[sp->tok_begin].sent])) {
            if (!lowered && (ret = lower_words(ex, t)) != EG_OK)
                goto cleanup;
            lowered = 1;
            if (ends_in_common_word(ex, t, sp->tok_end) || holds_common_word(ex, t, sp->tok_begin, sp->tok_end))
                continue;
        }
        type_from_tagger(ex, t, &ex->cands[ex->ncands - 1], sp->type);
    }
    /* one document, one reading: the same name typed differently by the tagger in different sentences takes the
     * type most of its mentions have (what a gazetteer or a title decided counts twice and never changes) */
    if ((ret = majority_types(ex, t)) != EG_OK || (ret = drop_common_openers(ex, t, &lowered)) != EG_OK ||
        (ret = features_alone(ex, t)) != EG_OK)
        goto cleanup;
    drop_modifiers(ex, t);
    other_names(ex, t);
    /* a name whose last word is read alone as a person elsewhere here is that person, whatever the context made
     * the tagger think of the full name ("chaired by Bernd Lange" and "Lange said") */
    eg_strtab_release(&ex->words);
    for (ci = 0; ci < ex->ncands; ci++) {
        const cand *p = &ex->cands[ci];
        if (p->type == EG_TYPE_PERSON && p->b - p->a == 1 &&
            eg_strtab_put(&ex->words, eg_text_norm(t, p->a), t->toks[p->a].norm_len, 0, NULL, NULL, NULL) != EG_OK) {
            ret = EG_ENOMEM;
            goto cleanup;
        }
    }
    for (ci = 0; ex->words.count && ci < ex->ncands; ci++) {
        cand *c = &ex->cands[ci];
        if (c->type == EG_TYPE_ORGANIZATION && c->strength < 2 && c->b - c->a >= 2 && c->b - c->a <= 3 &&
            is_cap_word(t, c->a) && is_cap_word(t, c->b - 1) && !span_has_orgword(ex, t, c->a, c->b) &&
            !span_names_country(ex, t, c->a, c->b) &&
            eg_strtab_get(&ex->words, eg_text_norm(t, c->b - 1), t->toks[c->b - 1].norm_len, NULL))
            c->type = EG_TYPE_PERSON;
    }
    /* "Aizada Bakyt kyzy", "Ms. Bakyt kyzy", "Ilham Rasul oglu": a patronymic's "son of" or "daughter of" after
     * the father's name ends a person's name */
    for (ci = 0; ci < ex->ncands; ci++) {
        cand *c = &ex->cands[ci];
        if (c->type == EG_TYPE_PERSON && c->b < t->ntoks && (word_bits(t, c->b) & W_PATRONYM_END) &&
            !(t->toks[c->b].flags & EG_TOK_CAP) && (ci + 1 == ex->ncands || ex->cands[ci + 1].a > c->b))
            c->b++;
    }
    /* two or three words that end the full name of a person named here are that person ("received Orrego
     * Santelices at the Casa Rosada" after "Valentina Orrego Santelices") */
    for (ci = 0; ci < ex->ncands; ci++) {
        cand *c = &ex->cands[ci];
        size_t pj, w, n = c->b - c->a;
        if ((c->type != EG_TYPE_ORGANIZATION && c->type != EG_TYPE_PLACE) || c->strength >= 2 || n < 2 || n > 3 ||
            span_has_orgword(ex, t, c->a, c->b))
            continue;
        for (pj = 0; pj < ex->ncands && c->type != EG_TYPE_PERSON; pj++) {
            const cand *p = &ex->cands[pj];
            if (p->type != EG_TYPE_PERSON || p->b - p->a <= n)
                continue;
            for (w = 0; w < n && same_word(t, p->b - n + w, c->a + w); w++)
                ;
            if (w == n)
                c->type = EG_TYPE_PERSON;
        }
    }
    /* a single word that is the surname of a person named in full here is that person, whatever the tagger made
     * of it ("Blinken said" after "Antony Blinken") */
    eg_strtab_release(&ex->words);
    for (ci = 0; ci < ex->ncands; ci++) {
        const cand *p = &ex->cands[ci];
        size_t w;
        /* every word of a full name (the family name may come first: "Qin Gang"), and a titled single name */
        if (p->type != EG_TYPE_PERSON || (p->b - p->a < 2 && p->strength < 2))
            continue;
        for (w = p->a; w <= surname_tok(t, p); w++) {
            if ((t->toks[w].flags & EG_TOK_INITIAL) || !is_cap_word(t, w))
                continue;
            if (eg_strtab_put(&ex->words, eg_text_norm(t, w), t->toks[w].norm_len, 0, NULL, NULL, NULL) != EG_OK) {
                ret = EG_ENOMEM;
                goto cleanup;
            }
        }
    }
    for (ci = 0; ci < ex->ncands; ci++) {
        cand *c = &ex->cands[ci];
        /* (a town's name too when it speaks: "Girón said" after "Otto Rolando Girón Pacay") */
        /* (or where no place stands: "a meeting between Guerrero and X", "Guerrero's plan" after "President
         * Esteban Guerrero Almeida"; not "in Guerrero") */
        if (c->b - c->a == 1 && (c->type == EG_TYPE_ORGANIZATION || c->type == EG_TYPE_PLACE) &&
            (c->strength < 2 ||
             (c->type == EG_TYPE_PLACE && c->b < t->ntoks && (word_bits(t, c->b) & W_SPEECH_VERB)) ||
             (c->type == EG_TYPE_PLACE && c->a > 0 && c->b < t->ntoks &&
              ((t->toks[c->b].flags & EG_TOK_POSS) || norm_is(t, c->a - 1, "between")) &&
              !tok_kind(ex, t, c->a, EG_GZ_COUNTRY))) &&
            eg_strtab_get(&ex->words, eg_text_norm(t, c->a), t->toks[c->a].norm_len, NULL))
            c->type = C_UNKNOWN;
        /* "Turkey's Erdogan spoke": a leader, whatever the tagger made of a name it does not know */
        if (c->strength < 2 && (c->type == EG_TYPE_ORGANIZATION || c->type == EG_TYPE_PLACE) &&
            leader_of_country(ex, t, c->a, c->b))
            c->type = C_UNKNOWN;
        /* whatever the tagger read: a region's adjective ("East Asian", "a Western instrument") and a portfolio
         * without the body that holds it ("Pacific Affairs" of "Assistant Secretary for East Asian and Pacific
         * Affairs") name nothing */
        if (c->type >= 0 && c->type != EG_TYPE_COUNTRY && c->strength < 2 &&
            ((c->b - c->a == 2 && region_adjective(t, c->a)) ||
             (c->b - c->a == 1 && (norm_is(t, c->a, "western") || norm_is(t, c->a, "eastern"))) ||
             (c->type != EG_TYPE_PERSON && minister_portfolio(t, c->a, c->b)) ||
             (c->b - c->a <= 3 && norm_is(t, c->b - 1, "affairs") && !span_has_orgword(ex, t, c->a, c->b))))
            c->type = C_DROP;
    }
cleanup:
    free(covered);
    return ret;
}

/* ---- pass 3: entities ---- */

static int is_suffix(const eg_text *t, size_t k)
{
    return (word_bits(t, k) & W_SUFFIX) != 0;
}

/* The token of a person span that holds the surname: the last one that is not a generational suffix. */
static size_t surname_tok(const eg_text *t, const cand *c)
{
    size_t k = c->b - 1;
    while (k > c->a + 1 && is_suffix(t, k))
        k--;
    return k;
}

/* Whether token k of the person span c stays out of its key: a middle initial or a generational suffix ("Antony J.
 * Blinken" and "Antony Blinken", "Lloyd J. Austin III" and "Lloyd Austin"). */
static int left_out_of_key(const eg_text *t, const cand *c, size_t k)
{
    return ((t->toks[k].flags & EG_TOK_INITIAL) && k > c->a) || (k > c->a + 1 && is_suffix(t, k));
}

static eg_status key_of(eg_extractor *ex, const eg_text *t, const cand *c)
{
    size_t k, end = c->b;
    eg_buf *b = &ex->scratch;
    eg_buf_reset(b);
    if (c->type == EG_TYPE_COUNTRY)
        return eg_buf_add(b, c->cc[0] ? c->cc : "??", 2);
    /* a company is the same without its legal form: "Apple Inc." and "Apple", "Orlen Serwis sp. z o.o." and
     * "Orlen Serwis" */
    if (c->type == EG_TYPE_ORGANIZATION && end > c->a + 1 &&
        legal_form_end(t, end - 1)) {   /* (and "Virulink Energia AS") */
        end--;
        if (end > c->a + 2 && polish_form_at(t, end - 2))
            end -= 2;
    }
    for (k = c->a; k < end; k++) {
        const char *w = eg_text_norm(t, k);
        size_t n = t->toks[k].norm_len;
        if (c->type == EG_TYPE_PERSON && left_out_of_key(t, c, k))
            continue;
        if (b->len && eg_buf_addc(b, ' ') != EG_OK)
            return EG_ENOMEM;
        if (eg_buf_add(b, w, n) != EG_OK)
            return EG_ENOMEM;
    }
    /* "the" never starts a key */
    return EG_OK;
}

/* The key words of a person span, as key_of takes them. */
static size_t person_words(const eg_text *t, const cand *c, size_t *w, size_t max)
{
    size_t k, n = 0;
    for (k = c->a; k < c->b && n < max; k++)
        if (!left_out_of_key(t, c, k))
            w[n++] = k;
    return n;
}

/* Is the name of words a[0..na) a shorter form of b[0..nb): b's last words ("Gonçalves de Andrade" of "Rafael
 * Gonçalves de Andrade"), b's first and last word with some of b's words between ("Khalid al-Mansouri" of "Khalid
 * bin Rashid al-Mansouri"), or a first surname after its particle, before the second ("von Kretschmann" of "Andrés
 * von Kretschmann Ossa")? */
static int shorter_form(const eg_text *t, const size_t *a, size_t na, const size_t *b, size_t nb)
{
    size_t i, j;
    if (na >= 2 && na + 1 < nb && (word_bits(t, a[0]) & W_PARTICLE) && same_word(t, a[na - 1], b[nb - 2])) {
        /* a Spanish name's first surname with its particle: "De los Ríos" of "Ana María de los Ríos Gutiérrez" */
        for (i = 0; i < na && same_word(t, a[i], b[nb - 1 - na + i]); i++)
            ;
        if (i == na)
            return 1;
    }
    if (na < 2 || na >= nb || !same_word(t, a[na - 1], b[nb - 1]))
        return 0;
    for (i = 0; i < na && same_word(t, a[i], b[nb - na + i]); i++)
        ;
    if (i == na)
        return 1;
    if (!same_word(t, a[0], b[0]))
        return 0;
    for (i = 1, j = 1; i < na - 1 && j < nb - 1; j++)
        if (same_word(t, a[i], b[j]))
            i++;
    return i == na - 1;
}

/* "Hudson Polar" after "Hudson Polar Shipping Ltd.", "Grupo Atlântico" after "Grupo Atlântico Navegação S.A.": the
 * latest company named before with its legal form whose name the organization candidate ci opens, of two words or
 * more; else ci itself. */
static size_t firm_of(const eg_extractor *ex, const eg_text *t, size_t ci)
{
    const cand *c = &ex->cands[ci];
    size_t n = c->b - c->a, cj, w;
    if (c->type != EG_TYPE_ORGANIZATION || n < 2 || legal_form_end(t, c->b - 1))
        return ci;
    for (cj = ci; cj-- > 0;) {
        const cand *d = &ex->cands[cj];
        if (d->type != EG_TYPE_ORGANIZATION || d->b - d->a <= n + 1 ||
            !legal_form_end(t, d->b - 1) ||
            (word_bits(t, d->a + n) & W_LEGAL_FORM))
            continue;
        for (w = 0; w < n && same_word(t, d->a + w, c->a + w); w++)
            ;
        if (w == n)
            return cj;
    }
    return ci;
}

/* The candidate whose fuller person name the multi-word person candidate ci shortens, if exactly one name in the
 * document fits; else ci itself. The distinct names are listed by their last word (long_names). */
static size_t full_form(const eg_extractor *ex, const eg_text *t, size_t ci)
{
    size_t a[8], b[8], na, nb, found = ci;
    uint32_t head, li;
    na = person_words(t, &ex->cands[ci], a, 8);
    if (na < 2 || !eg_strtab_get(&ex->long_names, eg_text_norm(t, a[na - 1]), t->toks[a[na - 1]].norm_len, &head))
        return ci;
    for (li = head - 1; li != UINT32_MAX; li = ex->wl_next[li]) {
        size_t pi = ex->wl_ent[li];
        nb = person_words(t, &ex->cands[pi], b, 8);
        if (!shorter_form(t, a, na, b, nb))
            continue;
        if (found != ci)
            return ci;
        found = pi;
    }
    return found;
}

/* Is the person span c named after the title word at token title ("President George Bush" for "President")? */
static int titled_like(const eg_text *t, const cand *c, size_t title)
{
    return c->a > 0 && same_word(t, c->a - 1, title);
}

/* Is the person name of words a[0..na) the same as b[0..nb)? */
static int same_name(const eg_text *t, const size_t *a, size_t na, const size_t *b, size_t nb)
{
    size_t i;
    for (i = 0; i < na && na == nb && same_word(t, a[i], b[i]); i++)
        ;
    return na == nb && i == na;
}

static eg_status push_mention(eg_extraction *x, const eg_text *t, const cand *c, uint32_t entity)
{
    eg_mention *m;
    if (x->nmentions == x->amentions) {
        size_t na = x->amentions ? x->amentions * 2 : 256;
        eg_mention *p = realloc(x->mentions, na * sizeof *p);
        if (!p)
            return EG_ENOMEM;
        x->mentions = p;
        x->amentions = na;
    }
    m = &x->mentions[x->nmentions++];
    m->start = t->toks[c->a].start;
    m->end = t->toks[c->b - 1].end;
    m->sent = t->toks[c->a].sent;
    m->entity = entity;
    m->form = c->demonym ? EG_FORM_DEMONYM : EG_FORM_NAME;
    m->titled = c->titled;
    x->entities[entity].nmentions++;
    return EG_OK;
}

static char *dup_span(const eg_text *t, size_t a, size_t b)
{
    size_t s = t->toks[a].start, e = t->toks[b - 1].end;
    char *p = malloc(e - s + 1);
    if (p) {
        memcpy(p, t->src + s, e - s);
        p[e - s] = '\0';
    }
    return p;
}

/* Add entity ent (with its part code: 1 surname, 2 family name first, 3 given name) to the list of word w in tab
 * (ex->words, or ex->long_names with candidates for entities). */
static eg_status list_add(eg_extractor *ex, eg_strtab *tab, const char *w, size_t n, uint32_t ent, int part)
{
    uint32_t head;
    int inserted;
    if (!part)
        return EG_OK;
    if (ex->nwl == ex->awl) {
        size_t na = ex->awl ? ex->awl * 2 : 256;
        uint32_t *a = realloc(ex->wl_ent, na * sizeof *a), *b;
        uint8_t *c;
        if (!a)
            return EG_ENOMEM;
        ex->wl_ent = a;
        if (!(b = realloc(ex->wl_next, na * sizeof *b)))
            return EG_ENOMEM;
        ex->wl_next = b;
        if (!(c = realloc(ex->wl_part, na)))
            return EG_ENOMEM;
        ex->wl_part = c;
        ex->awl = na;
    }
    if (eg_strtab_put(tab, w, n, (uint32_t)ex->nwl + 1, &inserted, &head, NULL) != EG_OK)
        return EG_ENOMEM;
    ex->wl_ent[ex->nwl] = ent;
    ex->wl_part[ex->nwl] = (uint8_t)part;
    ex->wl_next[ex->nwl] = inserted ? UINT32_MAX : head - 1;
    if (!inserted)
        eg_strtab_set(tab, w, n, (uint32_t)ex->nwl + 1);
    ex->nwl++;
    return EG_OK;
}

/* Find or create the entity (type, key). */
static eg_status entity_for(eg_extractor *ex, eg_extraction *x, eg_type type, const char *key, size_t keylen,
                            uint32_t *out)
{
    eg_doc_entity *d;
    char tmp[512];
    int inserted;
    uint32_t idx;
    if (keylen + 2 > sizeof tmp)
        keylen = sizeof tmp - 2;
    tmp[0] = (char)('0' + type);
    memcpy(tmp + 1, key, keylen);
    if (eg_strtab_put(&ex->index, tmp, keylen + 1, (uint32_t)x->nentities, &inserted, &idx, NULL) != EG_OK)
        return EG_ENOMEM;
    if (!inserted) {
        *out = idx;
        return EG_OK;
    }
    if (x->nentities == x->aentities) {
        size_t na = x->aentities ? x->aentities * 2 : 64;
        eg_doc_entity *p = realloc(x->entities, na * sizeof *p);
        if (!p)
            return EG_ENOMEM;
        x->entities = p;
        x->aentities = na;
    }
    d = &x->entities[x->nentities];
    memset(d, 0, sizeof *d);
    d->type = type;
    d->key = malloc(keylen + 1);
    if (!d->key)
        return EG_ENOMEM;
    memcpy(d->key, key, keylen);
    d->key[keylen] = '\0';
    *out = (uint32_t)x->nentities++;
    return EG_OK;
}

/* Keep the fullest name: more tokens, then not all capitals, then longer. */
static eg_status offer_name(eg_doc_entity *d, const eg_text *t, const cand *c, const char *canon)
{
    char *p;
    if (canon) {
        if (d->name && strcmp(d->name, canon) == 0)
            return EG_OK;
        p = strdup(canon);
        if (!p)
            return EG_ENOMEM;
        free(d->name);
        d->name = p;
        return EG_OK;
    }
    if (d->name) {
        /* decided on the span's bytes in the text: most mentions repeat a name already kept */
        const char *w = t->src + t->toks[c->a].start;
        size_t old = strlen(d->name), nw = t->toks[c->b - 1].end - t->toks[c->a].start;
        int old_caps = 1, new_caps = 1;
        size_t k;
        for (k = 0; k < old; k++)
            if (d->name[k] >= 'a' && d->name[k] <= 'z')
                old_caps = 0;
        for (k = 0; k < nw; k++)
            if (w[k] >= 'a' && w[k] <= 'z')
                new_caps = 0;
        if (!(old_caps && !new_caps) && (nw <= old || (new_caps && !old_caps)))
            return EG_OK;
    }
    p = dup_span(t, c->a, c->b);
    if (!p)
        return EG_ENOMEM;
    free(d->name);
    d->name = p;
    return EG_OK;
}

/* Does the single word at token i name part of a person entity's key? Returns 1 for its last word (surname), 2
 * for the first word of a two-word name whose first word is not a known given name (family name first:
 * "Xi Jinping" -> "Xi"), 3 for a first word that is a given name ("Antony"). */
static int person_part(const eg_extractor *ex, const char *key, const char *w, size_t n)
{
    const char *sp = strrchr(key, ' ');
    const char *first_end = strchr(key, ' ');
    if (!sp)
        return 0;
    if (strlen(sp + 1) == n && memcmp(sp + 1, w, n) == 0)
        return 1;
    if ((size_t)(first_end - key) == n && memcmp(key, w, n) == 0) {
        const eg_gz_entry *e = eg_gazetteer_lookup(ex->gz, w, n);
        if (first_end == sp && !(e && (e->kinds & EG_GZ_FIRSTNAME)))
            return 2;
        return 3;
    }
    return 0;
}

static int followed_by_speech_verb(const eg_text *t, size_t b, size_t end)
{
    return b < end && (word_bits(t, b) & W_SPEECH_VERB);
}

static int preceded_by_said(const eg_text *t, size_t a, size_t begin)
{
    return a > begin && (norm_is(t, a - 1, "said") || norm_is(t, a - 1, "says"));
}

double eg_extractor_tag_seconds(const eg_extractor *ex)
{
    return ex->tag_seconds;
}

eg_status eg_extract_document(eg_extractor *ex, const eg_text *t, eg_extraction *x, eg_error *err)
{
    eg_status ret = EG_OK;
    size_t si, ci;
    eg_extraction_reset(x);
    ex->ncands = 0;
    eg_strtab_release(&ex->index);
    if (eg_gz_memo_reset(&ex->memo, ex->gz, t) != EG_OK)
        goto oom;
    if (ex->achrome < t->nsents) {
        uint8_t *p = realloc(ex->chrome, t->nsents);
        if (!p)
            goto oom;
        ex->chrome = p;
        ex->achrome = t->nsents;
    }
    for (si = 0; si < t->nsents; si++)
        ex->chrome[si] = (uint8_t)is_chrome(ex, t, &t->sents[si]);
    for (si = 0; si < t->nsents && ret == EG_OK; si++)
        ret = cut_sentence(ex, t, &t->sents[si]);
    eg_strtab_release(&ex->firms);
    eg_strtab_release(&ex->storms);
    for (ci = 0; ci < ex->ncands && ret == EG_OK; ci++)
        ret = type_cand(ex, t, ci);
    if (ret != EG_OK)
        goto oom;
    if (ex->tagger) {
        size_t pos = 0;
        eg_tag_span sp;
        if (ex->alabels < t->ntoks) {
            uint8_t *p = realloc(ex->labels, t->ntoks);
            if (!p)
                goto oom;
            ex->labels = p;
            ex->alabels = t->ntoks;
        }
        double t0 = eg_clock_now();
        ret = eg_tagger_tag_text_cached(ex->tcache, &ex->memo, t, ex->labels, err);
        ex->tag_seconds += eg_clock_now() - t0;
        if (ret != EG_OK)
            return ret;
        ex->nspans = 0;
        while (eg_tag_next_span(ex->labels, t->ntoks, &pos, &sp)) {
            if (ex->nspans == ex->aspans) {
                size_t na = ex->aspans ? ex->aspans * 2 : 256;
                eg_tag_span *q = realloc(ex->spans, na * sizeof *q);
                if (!q)
                    goto oom;
                ex->spans = q;
                ex->aspans = na;
            }
            ex->spans[ex->nspans++] = sp;
        }
        if (reconcile(ex, t) != EG_OK)
            goto oom;
    }
    /* candidates split in pass 2 were appended: restore document order */
    {
        size_t i, j;
        for (i = 1; i < ex->ncands; i++) {
            cand c = ex->cands[i];
            for (j = i; j > 0 && ex->cands[j - 1].a > c.a; j--)
                ex->cands[j] = ex->cands[j - 1];
            ex->cands[j] = c;
        }
        /* "runs along the river from Eagle Pass to Del Rio": what the tagger reads as a person there is a place */
        for (i = 1; i < ex->ncands; i++)
            if (ex->cands[i].type == EG_TYPE_PERSON && ex->cands[i].strength < 2 && !ex->cands[i].titled &&
                ex->cands[i].b - ex->cands[i].a <= 3 && from_place_to(ex, t, i))
                ex->cands[i].type = EG_TYPE_PLACE;
        /* "vessel owners from Egersund to Ålesund": the word before, after "from", that no list knows is a place
         * too; so is such a word after "via" or "near" */
        for (i = 0; i < ex->ncands; i++)
            if (to_place_after(ex, t, i) || via_place(ex, t, i))
                ex->cands[i].type = EG_TYPE_PLACE;
    }
    if (ex->acand_entity < ex->ncands) {
        uint32_t *p = realloc(ex->cand_entity, ex->ncands * sizeof *p);
        if (!p)
            goto oom;
        ex->cand_entity = p;
        ex->acand_entity = ex->ncands;
    }
    if (ex->ncands)
        memset(ex->cand_entity, 0, ex->ncands * sizeof *ex->cand_entity);

    /* a single word typed as a city or place that is the surname of a person named in full in this document
     * ("Lloyd Austin ... Austin") is that person; so is the first of two surnames joined by "y" or "e" ("Ibarra" of
     * "Mariana Ibarra y Montalvo") */
    eg_strtab_release(&ex->words);
    for (ci = 0; ci < ex->ncands; ci++) {
        const cand *p = &ex->cands[ci];
        size_t sn;
        if (p->type != EG_TYPE_PERSON || p->b - p->a < 2)
            continue;
        sn = surname_tok(t, p);
        /* (and the name after its Arabic article: "Haddadin" of "Tareq Nasser Al-Haddadin") */
        {
            size_t skip = eg_article_prefix(eg_text_norm(t, sn), t->toks[sn].norm_len);
            if (skip && eg_strtab_put(&ex->words, eg_text_norm(t, sn) + skip, t->toks[sn].norm_len - skip, 0, NULL,
                                      NULL, NULL) != EG_OK)
                goto oom;
        }
        if (eg_strtab_put(&ex->words, eg_text_norm(t, sn), t->toks[sn].norm_len, 0, NULL, NULL, NULL) != EG_OK ||
            (sn >= p->a + 3 && (norm_is(t, sn - 1, "y") || norm_is(t, sn - 1, "e")) &&
             eg_strtab_put(&ex->words, eg_text_norm(t, sn - 2), t->toks[sn - 2].norm_len, 0, NULL, NULL, NULL) !=
                 EG_OK))
            goto oom;
    }
    /* the distinct names of three words or more, by their last word, for full_form */
    eg_strtab_release(&ex->long_names);
    ex->nwl = 0;
    for (ci = 0; ci < ex->ncands; ci++) {
        const cand *p = &ex->cands[ci];
        size_t a[8], b[8], na, nb;
        uint32_t head, li;
        int seen = 0;
        if (p->type != EG_TYPE_PERSON || p->b - p->a < 3 || (na = person_words(t, p, a, 8)) < 3)
            continue;
        if (eg_strtab_get(&ex->long_names, eg_text_norm(t, a[na - 1]), t->toks[a[na - 1]].norm_len, &head)) {
            /* a few distinct names end in one word; many (a list, hostile input) are not worth comparing */
            for (li = head - 1; li != UINT32_MAX && seen < 32; li = ex->wl_next[li], seen++) {
                nb = person_words(t, &ex->cands[ex->wl_ent[li]], b, 8);
                if (same_name(t, a, na, b, nb))
                    break;
            }
            if (li != UINT32_MAX)
                continue;
        }
        if (list_add(ex, &ex->long_names, eg_text_norm(t, a[na - 1]), t->toks[a[na - 1]].norm_len, (uint32_t)ci,
                     1) != EG_OK)
            goto oom;
        /* "Andrés von Kretschmann Ossa" is also "von Kretschmann": listed by its first surname too */
        if (na >= 4 && (word_bits(t, a[na - 3]) & W_PARTICLE) && !(word_bits(t, a[na - 2]) & W_PARTICLE) &&
            list_add(ex, &ex->long_names, eg_text_norm(t, a[na - 2]), t->toks[a[na - 2]].norm_len, (uint32_t)ci,
                     1) != EG_OK)
            goto oom;
    }
    for (ci = 0; ci < ex->ncands; ci++) {
        cand *c = &ex->cands[ci];
        /* (or a body only the tagger read, in one word that is a surname of a person named in full here: "Haddadin
         * is due to meet the United Nations envoy") */
        if ((c->type == EG_TYPE_PLACE ||
             (c->type == EG_TYPE_ORGANIZATION && c->strength < 2 && !(t->toks[c->a].flags & EG_TOK_ALLCAPS) &&
              !tok_kind(ex, t, c->a, EG_GZ_ORGWORD | EG_GZ_ORG))) &&
            c->b - c->a == 1 && eg_strtab_get(&ex->words, eg_text_norm(t, c->a), t->toks[c->a].norm_len, NULL))
            c->type = C_UNKNOWN;
    }
    /* the first words of multi-word organizations: a lone word that is one may be the short name (3b decides) */
    eg_strtab_release(&ex->org_first);
    eg_strtab_release(&ex->short_orgs);
    eg_strtab_release(&ex->bracketed);
    for (ci = 0; ci < ex->ncands; ci++) {
        const cand *c = &ex->cands[ci];
        if (c->type == EG_TYPE_ORGANIZATION && c->b - c->a > 1 &&
            eg_strtab_put(&ex->org_first, eg_text_norm(t, c->a), t->toks[c->a].norm_len, 0, NULL, NULL, NULL) !=
                EG_OK)
            goto oom;
    }
    /* "Huaxin is also looking at licences" after "Huaxin Lithium Co Ltd": a lone word the tagger reads as a place
     * no table has, that opens a sentence, owns something or is what a deal is done to ("the offer valued Purari
     * at"), and starts the name of a company named with its legal form (3b decides); not a place named after the
     * firm's ("to the Fezzan", "a full Gulf price") */
    for (ci = 0; ci < ex->ncands && ex->org_first.count; ci++) {
        cand *c = &ex->cands[ci];
        size_t cj;
        if (c->type != EG_TYPE_PLACE || c->b - c->a != 1 || c->strength == 2 || tok_entry(ex, t, c->a) ||
            !((t->toks[c->a].flags & EG_TOK_SENT_START) || (c->b < t->ntoks && (t->toks[c->b].flags & EG_TOK_POSS)) ||
              (c->a > 0 && (word_bits(t, c->a - 1) & W_DEAL_VERB))) ||
            !eg_strtab_get(&ex->org_first, eg_text_norm(t, c->a), t->toks[c->a].norm_len, NULL))
            continue;
        for (cj = 0; cj < ex->ncands; cj++) {
            const cand *d = &ex->cands[cj];
            if (d->type == EG_TYPE_ORGANIZATION && d->b - d->a > 1 && same_word(t, d->a, c->a) &&
                legal_form_end(t, d->b - 1)) {
                c->type = C_UNKNOWN;
                break;
            }
        }
    }
    /* 3a: full forms: multi-word persons, organizations, countries, places */
    for (ci = 0; ci < ex->ncands; ci++) {
        cand *c = &ex->cands[ci];
        uint32_t ent;
        if (c->type < 0 || (c->type == EG_TYPE_PERSON && c->b - c->a == 1) || c->acronym_of)
            continue;
        if (c->type == EG_TYPE_ORGANIZATION && c->b - c->a == 1 && !c->canon && ex->org_first.count &&
            eg_strtab_get(&ex->org_first, eg_text_norm(t, c->a), t->toks[c->a].norm_len, NULL)) {
            if (eg_strtab_put(&ex->short_orgs, eg_text_norm(t, c->a), t->toks[c->a].norm_len, 0, NULL, NULL, NULL) !=
                EG_OK)
                goto oom;
            continue;
        }
        if (c->head_only)
            continue;   /* "the Commission": 3b decides */
        /* a lone acronym may stand for an organization named in full anywhere in the document: 3b decides; so
         * does one a list knows that was given in brackets after a name here ("U.S. Customs and Border Protection
         * (CBP)" ... "CBP said") */
        if (c->type == EG_TYPE_ORGANIZATION && c->b - c->a == 1 && (t->toks[c->a].flags & EG_TOK_ALLCAPS) &&
            (!c->canon || (ex->bracketed.count && eg_strtab_get(&ex->bracketed, eg_text_norm(t, c->a),
                                                                 t->toks[c->a].norm_len, NULL))))
            continue;
        if (key_of(ex, t, &ex->cands[c->type == EG_TYPE_PERSON ? full_form(ex, t, ci) : firm_of(ex, t, ci)]) != EG_OK ||
            entity_for(ex, x, (eg_type)c->type, ex->scratch.data, ex->scratch.len, &ent) != EG_OK)
            goto oom;
        if (c->type == EG_TYPE_COUNTRY || c->type == EG_TYPE_PLACE)
            memcpy(x->entities[ent].cc, c->cc, 3);
        if (offer_name(&x->entities[ent], t, c,
                       c->type == EG_TYPE_COUNTRY || c->type == EG_TYPE_PLACE ? c->canon : NULL) != EG_OK)
            goto oom;
        ex->cand_entity[ci] = ent + 1;
        /* "the Coastal Trade Council (CTC)": the acronym in brackets is the same organization */
        if (c->type == EG_TYPE_ORGANIZATION && ci + 1 < ex->ncands) {
            cand *n = &ex->cands[ci + 1];
            if (n->b - n->a == 1 && n->a == c->b + 1 && norm_is(t, c->b, "(") && n->b < t->ntoks &&
                norm_is(t, n->b, ")") &&
                ((t->toks[n->a].flags & EG_TOK_ALLCAPS) || mixed_acronym_of(t, n->a, c->a, c->b))) {
                n->type = EG_TYPE_ORGANIZATION;
                n->acronym_of = (uint32_t)ci + 1;
                if (eg_strtab_put(&ex->bracketed, eg_text_norm(t, n->a), t->toks[n->a].norm_len, 0, NULL, NULL,
                                  NULL) != EG_OK)
                    goto oom;
            }
        }
        /* "the Economic Community of West African States, known by its French acronym CEDEAO": so is the acronym
         * it is said to be known by */
        if (c->type == EG_TYPE_ORGANIZATION && c->b - c->a >= 2) {
            size_t k = known_as_at(t, c->b), cj;
            for (cj = ci + 1; k && cj < ex->ncands && ex->cands[cj].a <= k; cj++) {
                cand *n = &ex->cands[cj];
                if (n->a == k && n->b == k + 1 && !n->acronym_of) {
                    n->type = EG_TYPE_ORGANIZATION;
                    n->acronym_of = (uint32_t)ci + 1;
                    if (eg_strtab_put(&ex->bracketed, eg_text_norm(t, n->a), t->toks[n->a].norm_len, 0, NULL, NULL,
                                      NULL) != EG_OK)
                        goto oom;
                }
            }
        }
    }
    /* indexes for 3b: each multi-word person by its surname and first word; each organization by its initials */
    eg_strtab_release(&ex->words);
    eg_strtab_release(&ex->initials);
    eg_strtab_release(&ex->org_first);
    eg_strtab_release(&ex->firm_first);
    eg_strtab_release(&ex->org_last);
    eg_strtab_release(&ex->org_head);
    eg_strtab_release(&ex->place_first);
    ex->nwl = 0;
    for (ci = 0; ci < x->nentities; ci++) {
        const eg_doc_entity *d = &x->entities[ci];
        const char *sp = strrchr(d->key, ' '), *first_end = strchr(d->key, ' ');
        size_t skip;
        /* "the Debed shooting" after "the Debed River"; "envoy for the Horn" after "the Horn of Africa" */
        if (d->type == EG_TYPE_PLACE && first_end &&
            ((sp == first_end && (eg_wordset_get(&rule_words, sp + 1, strlen(sp + 1)) & W_LANDFORM)) ||
             !strncmp(first_end, " of ", 4)) &&
            index_unique(&ex->place_first, d->key, (size_t)(first_end - d->key), (uint32_t)ci) != EG_OK)
            goto oom;
        if (d->type == EG_TYPE_ORGANIZATION && first_end) {
            char ini[17];
            size_t o = 0;
            const char *p = d->key;
            while (*p && o < 16) {
                const char *w = p;
                size_t wl = strcspn(p, " ");
                p += wl + (p[wl] == ' ');
                if ((wl == 2 && !strncmp(w, "of", 2)) || (wl == 3 && (!strncmp(w, "the", 3) || !strncmp(w, "and", 3) ||
                                                                      !strncmp(w, "for", 3))))
                    continue;
                ini[o++] = wl > 2 && w[1] == '\'' ? w[2] : w[0];   /* "d'abidjan" */
            }
            if ((o >= 2 && index_unique(&ex->initials, ini, o, (uint32_t)ci) != EG_OK) ||
                index_unique(&ex->org_first, d->key, (size_t)(first_end - d->key), (uint32_t)ci) != EG_OK ||
                (ends_in_legal_form(d->name) &&
                 index_unique(&ex->firm_first, d->key, (size_t)(first_end - d->key), (uint32_t)ci) != EG_OK) ||
                (name_word(ex, sp + 1, strlen(sp + 1)) && !strstr(d->key, " & ") &&   /* not "Dye & Bavelier" */
                 index_unique(&ex->org_last, sp + 1, strlen(sp + 1), (uint32_t)ci) != EG_OK))
                goto oom;
            {
                const eg_gz_entry *ge = eg_gazetteer_lookup(ex->gz, sp + 1, strlen(sp + 1));
                if (ge && (ge->kinds & EG_GZ_ORGWORD) &&
                    index_unique(&ex->org_head, sp + 1, strlen(sp + 1), (uint32_t)ci) != EG_OK)
                    goto oom;
            }
            continue;
        }
        if (d->type != EG_TYPE_PERSON || !sp)
            continue;
        if (list_add(ex, &ex->words, sp + 1, strlen(sp + 1), (uint32_t)ci, 1) != EG_OK ||
            /* ("Haddadin" of "Tareq Nasser Al-Haddadin") */
            ((skip = eg_article_prefix(sp + 1, strlen(sp + 1))) != 0 &&
             list_add(ex, &ex->words, sp + 1 + skip, strlen(sp + 1) - skip, (uint32_t)ci, 1) != EG_OK) ||
            list_add(ex, &ex->words, d->key, (size_t)(first_end - d->key), (uint32_t)ci,
                          person_part(ex, d->key, d->key, (size_t)(first_end - d->key))) != EG_OK)
            goto oom;
        /* the middle names of a long name answer too: "Lula" of "Luiz Inacio Lula da Silva" */
        {
            const char *w = first_end + 1;
            while (w < sp) {
                size_t wl = strcspn(w, " ");
                int particle = (eg_wordset_get(&rule_words, w, wl) & W_KEY_PARTICLE) != 0;
                if (!particle && wl > 1 && list_add(ex, &ex->words, w, wl, (uint32_t)ci, 4) != EG_OK)
                    goto oom;
                w += wl + 1;
            }
        }
    }
    /* an acronym given in brackets after a body's name stands for it anywhere in the document, whatever the
     * order of its letters ("Rally for Ivorian Renewal (RRI)" ... "the RRI said") */
    for (ci = 0; ci < ex->ncands; ci++) {
        const cand *c = &ex->cands[ci];
        if (c->acronym_of && ex->cand_entity[c->acronym_of - 1] &&
            index_unique(&ex->initials, eg_text_norm(t, c->a), t->toks[c->a].norm_len,
                         ex->cand_entity[c->acronym_of - 1] - 1) != EG_OK)
            goto oom;
    }
    /* 3b: single words: surnames, given names, acronyms; the nearest fitting full form wins */
    if (ex->alast < x->nentities + ex->ncands) {
        size_t na = x->nentities + ex->ncands;
        size_t *p = realloc(ex->last_full, na * sizeof *p), *q;
        if (!p)
            goto oom;
        ex->last_full = p;
        q = realloc(ex->first_full, na * sizeof *q);
        if (!q)
            goto oom;
        ex->first_full = q;
        ex->alast = na;
    }
    for (ci = 0; ci < x->nentities + ex->ncands; ci++)
        ex->last_full[ci] = ex->first_full[ci] = (size_t)-1;
    for (ci = ex->ncands; ci-- > 0;)
        if (ex->cand_entity[ci])
            ex->first_full[ex->cand_entity[ci] - 1] = ci;
    for (ci = 0; ci < ex->ncands; ci++) {
        cand *c = &ex->cands[ci];
        if (ex->cand_entity[ci] && c->b - c->a > 1) {
            ex->last_full[ex->cand_entity[ci] - 1] = ci;
            continue;
        }
        const char *w;
        size_t n, e, best = (size_t)-1, bestdist = (size_t)-1;
        int ambiguous = 0;
        uint32_t ent;
        if (ex->cand_entity[ci] || c->type == C_DROP)
            continue;
        if (c->acronym_of) {
            ex->cand_entity[ci] = ex->cand_entity[c->acronym_of - 1];
            continue;
        }
        if (c->head_only) {
            uint32_t org;
            if (ex->org_head.count &&
                eg_strtab_get(&ex->org_head, eg_text_norm(t, c->a), t->toks[c->a].norm_len, &org) &&
                org != UINT32_MAX) {
                c->type = EG_TYPE_ORGANIZATION;
                ex->cand_entity[ci] = org + 1;
            } else
                c->type = C_DROP;
            continue;
        }
        if (c->b - c->a != 1) {
            if (c->type == C_UNKNOWN)
                c->type = C_DROP;
            continue;
        }
        w = eg_text_norm(t, c->a);
        n = t->toks[c->a].norm_len;
        if (c->type == C_UNKNOWN || c->type == EG_TYPE_PERSON) {
            /* the nearest person (before, else after) whose name has this word; first one named with the same title
             * ("President Bush" is President George Bush, not first lady Laura Bush named after him) */
            uint32_t head;
            int bestmatch = 0;
            size_t title = c->a > 0 && tok_kind(ex, t, c->a - 1, EG_GZ_TITLE) ? c->a - 1 : (size_t)-1;
            if (eg_strtab_get(&ex->words, w, n, &head)) {
                uint32_t li;
                for (li = head - 1; li != UINT32_MAX; li = ex->wl_next[li]) {
                    size_t dist;
                    int match;
                    e = ex->wl_ent[li];
                    if (ex->first_full[e] == (size_t)-1)
                        continue;
                    dist = ex->last_full[e] != (size_t)-1 ? ci - ex->last_full[e] : ex->ncands + ex->first_full[e] - ci;
                    match = title != (size_t)-1 && (titled_like(t, &ex->cands[ex->first_full[e]], title) ||
                                                    (ex->last_full[e] != (size_t)-1 &&
                                                     titled_like(t, &ex->cands[ex->last_full[e]], title)));
                    if (dist == bestdist && best != e)
                        ambiguous = 1;
                    if (match > bestmatch || (match == bestmatch && dist < bestdist)) {
                        bestdist = dist;
                        best = e;
                        bestmatch = match;
                        ambiguous = 0;
                    }
                }
            }
            (void)ambiguous;
            if (best != (size_t)-1) {
                c->type = EG_TYPE_PERSON;
                ex->cand_entity[ci] = (uint32_t)best + 1;
                continue;
            }
        }
        if (c->type == C_UNKNOWN || c->type == EG_TYPE_ORGANIZATION) {
            /* an acronym of an organization named in full elsewhere in the document */
            uint32_t org;
            if (((t->toks[c->a].flags & EG_TOK_ALLCAPS) || mixed_acronym(t, c->a)) &&
                eg_strtab_get(&ex->initials, w, n, &org) &&
                org != UINT32_MAX) {
                c->type = EG_TYPE_ORGANIZATION;
                ex->cand_entity[ci] = org + 1;
                continue;
            }
        }
        if (c->type == C_UNKNOWN) {
            /* "..., Psaki said", "said Psaki" */
            size_t send = t->sents[t->toks[c->a].sent].tok_end, sbeg = t->sents[t->toks[c->a].sent].tok_begin;
            if ((followed_by_speech_verb(t, c->b, send) || preceded_by_said(t, c->a, sbeg) ||
                 leader_of_country(ex, t, c->a, c->b)) &&
                !tok_kind(ex, t, c->a, EG_GZ_STOPWORD | EG_GZ_ORGWORD | EG_GZ_TITLE) &&
                !(t->toks[c->a].flags & EG_TOK_ALLCAPS))
                c->type = EG_TYPE_PERSON;
            else {
                /* a single word already typed elsewhere in the document ("Quad", "Reuters") */
                int ty;
                for (ty = 0; ty < EG_NTYPES && c->type == C_UNKNOWN; ty++) {
                    char key[256];
                    if (ty == EG_TYPE_COUNTRY || n + 1 > sizeof key)
                        continue;
                    key[0] = (char)('0' + ty);
                    memcpy(key + 1, w, n);
                    if (eg_strtab_get(&ex->index, key, n + 1, NULL))
                        c->type = ty;
                }
                if (c->type == C_UNKNOWN) {
                    /* read as an organization elsewhere, where it is the short name of the one organization named
                     * in full with it ("CBC" and "CBC News") */
                    uint32_t org;
                    if (ex->short_orgs.count && eg_strtab_get(&ex->short_orgs, w, n, NULL) &&
                        eg_strtab_get(&ex->org_first, w, n, &org) && org != UINT32_MAX) {
                        c->type = EG_TYPE_ORGANIZATION;
                        ex->cand_entity[ci] = org + 1;
                        continue;
                    }
                    /* "Flugwerk employs 240 people" after "Flugwerk Rhein-Main GmbH": the first word of the one
                     * company named here with its legal form */
                    /* (not a place's first word after "the": "The Caspian does not read contracts" after "the
                     * Caspian Sea" and "Caspian Ferry Lines CJSC") */
                    if ((org = org_opened(ex, w, n)) != UINT32_MAX && ends_in_legal_form(x->entities[org].name) &&
                        !tok_kind(ex, t, c->a, EG_GZ_STOPWORD | EG_GZ_ORGWORD | EG_GZ_TITLE | EG_GZ_FIRSTNAME) &&
                        !(c->a > 0 && norm_is(t, c->a - 1, "the") && ex->place_first.count &&
                          eg_strtab_get(&ex->place_first, w, n, NULL))) {
                        c->type = EG_TYPE_ORGANIZATION;
                        ex->cand_entity[ci] = org + 1;
                        continue;
                    }
                    if (ex->place_first.count && eg_strtab_get(&ex->place_first, w, n, &org) && org != UINT32_MAX) {
                        c->type = EG_TYPE_PLACE;   /* "the Debed shooting" after "the Debed River" */
                        ex->cand_entity[ci] = org + 1;
                        continue;
                    }
                    c->type = in_unknown_town(ex, t, c->a) || listed_with_place(ex, t, ci) ? EG_TYPE_PLACE
                              : titled_appositive(ex, t, c->a)                                     ? EG_TYPE_PERSON
                                                                                                   : C_DROP;
                    if (c->type == C_DROP)
                        continue;
                }
            }
        }
        if (((c->type == EG_TYPE_PERSON && !c->titled) || (c->type == EG_TYPE_ORGANIZATION && !c->canon)) &&
            !tok_kind(ex, t, c->a, EG_GZ_STOPWORD | EG_GZ_ORGWORD | EG_GZ_TITLE | EG_GZ_HONORIFIC | EG_GZ_DEMONYM)) {
            /* a lone word read as a person, or as an organization of no list, that starts the name of the one
             * organization named in full here with it, and no person's: the company's short name ("Konkan Ports &
             * Logistics Pvt. Ltd." ... "Konkan shares rose", "Helvora chief executive") */
            uint32_t org;
            if ((org = org_opened(ex, w, n)) != UINT32_MAX) {
                c->type = EG_TYPE_ORGANIZATION;
                ex->cand_entity[ci] = org + 1;
                continue;
            }
            /* "the Horn" after "the Horn of Africa", "the Vakhsh site" after "the Vakhsh River": the place it opens */
            if ((c->type == EG_TYPE_PERSON || c->b - c->a == 1) && c->a > 0 && norm_is(t, c->a - 1, "the") &&
                ex->place_first.count &&
                eg_strtab_get(&ex->place_first, w, n, &org) && org != UINT32_MAX) {
                c->type = EG_TYPE_PLACE;
                ex->cand_entity[ci] = org + 1;
                continue;
            }
            /* or that ends it, where it ends in a name: "Royal Dutch Shell" ... "Shell said" */
            if (c->type == EG_TYPE_PERSON && eg_strtab_get(&ex->org_last, w, n, &org) && org != UINT32_MAX) {
                c->type = EG_TYPE_ORGANIZATION;
                ex->cand_entity[ci] = org + 1;
                continue;
            }
        }
        if (key_of(ex, t, c) != EG_OK || entity_for(ex, x, (eg_type)c->type, ex->scratch.data, ex->scratch.len, &ent) != EG_OK)
            goto oom;
        if (offer_name(&x->entities[ent], t, c, NULL) != EG_OK)
            goto oom;
        ex->cand_entity[ci] = ent + 1;
    }
    /* 3c: mentions in document order */
    for (ci = 0; ci < ex->ncands; ci++) {
        if (!ex->cand_entity[ci])
            continue;
        if (push_mention(x, t, &ex->cands[ci], ex->cand_entity[ci] - 1) != EG_OK)
            goto oom;
    }
    /* entities without a name (only reached through aliases) cannot exist; countries without one get their code */
    for (ci = 0; ci < x->nentities; ci++) {
        if (!x->entities[ci].name && !(x->entities[ci].name = strdup(x->entities[ci].key)))
            goto oom;
    }
    return EG_OK;
oom:
    ret = eg_error_set(err, EG_ENOMEM, "out of memory during extraction");
    return ret;
}
