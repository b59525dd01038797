/* test_resolve.c: one entity per real entity across documents (src/resolve.c), on documents the project wrote:
 * each rule, each never-merge case, stable ids, and the user's merge/split/label rules. */
#define _POSIX_C_SOURCE 200809L
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "check.h"
#include "corpus_internal.h"
#include "entgraph/aliases.h"
#include "entgraph/corpus.h"
#include "entgraph/extract.h"
#include "entgraph/gazetteer.h"
#include "entgraph/graph.h"
#include "entgraph/meetings.h"
#include "entgraph/query.h"

static eg_gazetteer *gz;
static int entities_only;   /* run_docs turns the corpus's relations off (eg_corpus_set_relations) */
static int with_meetings;   /* run_docs reads the documents' meetings and affiliations (eg_meetings_extract) */

/* Up to 8 documents, their resolved ids by mention text. */
typedef struct {
    eg_corpus *c;
    size_t ndocs;
    char text[8][64][64];
    uint32_t base[8][64];
    size_t n[8];
} run;

static void run_docs(run *r, const char *const *docs, size_t ndocs, const eg_alias_rules *rules)
{
    eg_extractor *ex;
    eg_text t;
    eg_extraction x;
    size_t d, m;
    eg_error err;
    memset(r, 0, sizeof *r);
    eg_corpus_new(&r->c, NULL);
    eg_corpus_set_relations(r->c, !entities_only);
    eg_extractor_new(&ex, gz, NULL, NULL);
    eg_text_init(&t);
    eg_extraction_init(&x);
    for (d = 0; d < ndocs; d++) {
        uint32_t bases[64];
        char name[32];
        snprintf(name, sizeof name, "doc%zu", d);
        eg_text_analyze(&t, docs[d], strlen(docs[d]), NULL);
        eg_extract_document(ex, &t, &x, NULL);
        if (with_meetings)
            eg_meetings_extract(gz, &t, &x, NULL, NULL);
        eg_corpus_add(r->c, name, &t, &x, bases, NULL);
        for (m = 0; m < x.nmentions && m < 64; m++) {
            snprintf(r->text[d][m], 64, "%.*s", (int)(x.mentions[m].end - x.mentions[m].start),
                     docs[d] + x.mentions[m].start);
            r->base[d][m] = bases[x.mentions[m].entity];
        }
        r->n[d] = m;
    }
    r->ndocs = ndocs;
    if (eg_corpus_resolve(r->c, gz, rules, &err) != EG_OK && err.code != EG_ENOTFOUND)
        fprintf(stderr, "resolve: %s\n", err.msg);
    eg_extraction_release(&x);
    eg_text_release(&t);
    eg_extractor_free(ex);
}

/* The resolved id of the first mention with this text in document d. */
static const char *id_of(const run *r, size_t d, const char *text)
{
    size_t m;
    for (m = 0; m < r->n[d]; m++)
        if (strcmp(r->text[d][m], text) == 0)
            return eg_corpus_entity(r->c, eg_corpus_resolved_of(r->c, r->base[d][m]))->id;
    return "(no such mention)";
}

#define DOCS(...) static const char *const docs_[] = {__VA_ARGS__}
#define RUN(r, rules) run_docs(&(r), docs_, sizeof docs_ / sizeof *docs_, rules)

static void test_person_rules(void)
{
    static run r;
    DOCS("Secretary Dana J. Whitlock arrived in Lima on Monday.",          /* 0: middle initial */
         "Dana Whitlock spoke to reporters in Quito.",                      /* 1: no initial */
         "Whitlock said he left early.",                                   /* 2: surname alone */
         "Matthew Okonjo, the envoy, flew to Accra.",                        /* 3 */
         "Matt Okonjo said the talks went well.",                           /* 4: nickname */
         "Anthony Marwell met the press.", "Antony Marwell declined.",      /* 5, 6: one edit, long given name */
         "Daniel Kritzenberg and Daniel Kritzenburg were cited.");          /* 7: one edit, long surname */
    RUN(r, NULL);
    CHECK_STR(id_of(&r, 0, "Dana J. Whitlock"), "person:dana-whitlock");
    CHECK_STR(id_of(&r, 1, "Dana Whitlock"), "person:dana-whitlock");
    CHECK_STR(id_of(&r, 2, "Whitlock"), "person:dana-whitlock");
    CHECK_STR(id_of(&r, 4, "Matt Okonjo"), id_of(&r, 3, "Matthew Okonjo"));
    CHECK_STR(id_of(&r, 6, "Antony Marwell"), id_of(&r, 5, "Anthony Marwell"));
    CHECK_STR(id_of(&r, 7, "Daniel Kritzenburg"), id_of(&r, 7, "Daniel Kritzenberg"));
    eg_corpus_free(r.c);
}

static void test_family_name_first(void)
{
    static run r;
    DOCS("Zhao Minghua arrived in Jakarta.", "Mr. Zhao thanked the hosts.", "Minghua is a common name.");
    RUN(r, NULL);
    CHECK_STR(id_of(&r, 0, "Zhao Minghua"), "person:zhao-minghua");
    CHECK_STR(id_of(&r, 1, "Zhao"), "person:zhao-minghua");
    eg_corpus_free(r.c);
}

static void test_arabic_article(void)
{
    static run r;
    DOCS("Foreign Minister Tareq Nasser Al-Haddadin arrived in Amman.", "Haddadin told reporters he was pleased.",
         "Lin An-sheng arrived in Taipei.", "Sheng said he was pleased.");
    RUN(r, NULL);
    /* the name after the article alone is the person's; a syllable of a given name is no article */
    CHECK_STR(id_of(&r, 1, "Haddadin"), id_of(&r, 0, "Tareq Nasser Al-Haddadin"));
    CHECK(strcmp(id_of(&r, 3, "Sheng"), id_of(&r, 2, "Lin An-sheng")) != 0);
    eg_corpus_free(r.c);
}

static void test_never_merge(void)
{
    static run r;
    DOCS("Li Kai visited Hanoi.", "Li Shangwen visited Seoul.", "Mr. Li declined to comment.",
         "Wang Yi spoke.", "Wang Yu spoke.", "Tomas Varga and Peter Varga were named.",
         "Florence Adeyemi spoke in Florence on Friday.");
    RUN(r, NULL);
    CHECK(strcmp(id_of(&r, 0, "Li Kai"), id_of(&r, 1, "Li Shangwen")) != 0);
    /* "Mr. Li" fits two people: kept apart, never merged by guess */
    CHECK_STR(id_of(&r, 2, "Li"), "person:li");
    CHECK(strcmp(id_of(&r, 3, "Wang Yi"), id_of(&r, 4, "Wang Yu")) != 0);
    CHECK(strcmp(id_of(&r, 5, "Tomas Varga"), id_of(&r, 5, "Peter Varga")) != 0);
    CHECK_STR(id_of(&r, 6, "Florence Adeyemi"), "person:florence-adeyemi");
    CHECK_STR(id_of(&r, 6, "Florence"), "place:florence");
    eg_corpus_free(r.c);
}

static void test_countries_and_orgs(void)
{
    static run r;
    DOCS("The U.S. and the United States of America are one. So is America.", "USA officials agreed.",
         "The Coastal Trade Council met in Mombasa.", "The CTC issued a statement.",
         "The House of Representatives Foreign Affairs Committee held a hearing.",
         "The House Foreign Affairs Committee adjourned.",
         "The African Union Mission in Somalia (AMISOM) left.",
         "The African Union Support and Stabilization Mission in Somalia (AUSSOM) arrived.");
    RUN(r, NULL);
    CHECK_STR(id_of(&r, 0, "U.S."), "country:us");
    CHECK_STR(id_of(&r, 0, "United States of America"), "country:us");
    CHECK_STR(id_of(&r, 0, "America"), "country:us");
    CHECK_STR(id_of(&r, 1, "USA"), "country:us");
    CHECK_STR(id_of(&r, 3, "CTC"), "organization:coastal-trade-council");
    CHECK_STR(id_of(&r, 5, "House Foreign Affairs Committee"), id_of(&r, 4, "House of Representatives Foreign Affairs Committee"));
    /* each written with an acronym of its own: two missions */
    CHECK(strcmp(id_of(&r, 6, "African Union Mission in Somalia"),
                 id_of(&r, 7, "African Union Support and Stabilization Mission in Somalia")) != 0);
    eg_corpus_free(r.c);
}

/* names compared without the marks on their letters */
static void test_marks(void)
{
    static run r;
    DOCS("President Tomás Erdoğan spoke in Ankara.", "Erdogan said so. Tomas Erdogan left.");
    RUN(r, NULL);
    CHECK_STR(id_of(&r, 1, "Erdogan"), id_of(&r, 0, "Tomás Erdoğan"));
    CHECK_STR(id_of(&r, 1, "Tomas Erdogan"), id_of(&r, 0, "Tomás Erdoğan"));
    eg_corpus_free(r.c);
}

/* a short form the gazetteer knows is the body it stands for; a company is the same without its legal form */
static void test_short_forms(void)
{
    static run r;
    DOCS("The Federal Reserve held rates. Harlow Keane Inc. agreed.", "The Fed may cut, Harlow Keane analysts said.");
    RUN(r, NULL);
    CHECK_STR(id_of(&r, 1, "Fed"), id_of(&r, 0, "Federal Reserve"));
    CHECK_STR(id_of(&r, 1, "Harlow Keane"), id_of(&r, 0, "Harlow Keane Inc."));
    eg_corpus_free(r.c);
}

static void test_stable_ids(void)
{
    static run a, b;
    DOCS("Amara Okafor met Li Wen in Geneva.", "Ms. Okafor returned to Nairobi.", "Okafor said Kenya agreed.");
    RUN(a, NULL);
    RUN(b, NULL);
    CHECK_STR(id_of(&a, 0, "Amara Okafor"), "person:amara-okafor");
    CHECK_STR(id_of(&a, 1, "Okafor"), "person:amara-okafor");
    CHECK_STR(id_of(&a, 2, "Okafor"), "person:amara-okafor");
    CHECK_STR(id_of(&b, 2, "Okafor"), id_of(&a, 2, "Okafor"));
    CHECK_STR(id_of(&b, 2, "Kenya"), "country:ke");
    {
        /* the relations own their evidence and read their sentences back from the corpus */
        size_t i, found = 0;
        eg_error err;
        for (i = 0; i < eg_corpus_nrelations(a.c); i++) {
            const eg_relation *r = eg_corpus_relation(a.c, i);
            if (r->kind == EG_REL_COOCCURRENCE &&
                strcmp(eg_corpus_entity(a.c, r->a)->id, "person:amara-okafor") * strcmp(eg_corpus_entity(a.c, r->b)->id, "person:amara-okafor") == 0 &&
                strcmp(eg_corpus_entity(a.c, r->a)->id, "person:li-wen") * strcmp(eg_corpus_entity(a.c, r->b)->id, "person:li-wen") == 0) {
                found++;
                CHECK_INT(r->nevidence, 1);
                CHECK_STR(eg_corpus_text(a.c, &r->evidence[0]), "Amara Okafor met Li Wen in Geneva.");
                CHECK_STR(eg_corpus_doc_name(a.c, r->evidence[0].doc), "doc0");
            }
        }
        CHECK_INT(found, 1);
        /* a shard is what was collected: a resolved corpus no longer has it */
        CHECK_INT(eg_corpus_save_shard(a.c, "test_resolve.shard", &err), EG_EINVAL);
        CHECK(access("test_resolve.shard", F_OK) != 0);
    }
    eg_corpus_free(a.c);
    eg_corpus_free(b.c);
}

static void test_rules(void)
{
    static run r;
    eg_alias_rules rules;
    FILE *fp;
    eg_error err;
    const char *path = "test_resolve_rules.json";
    DOCS("Secretary Dana Whitlock arrived.", "Whitlock said he left.", "Ruth Obi and Ruth Obiora spoke.");
    fp = fopen(path, "w");
    fputs("{\"merge\": [[\"person:ruth-obi\", \"person:ruth-obiora\"]], \"split\": [\"person:whitlock\"],"
          " \"label\": {\"person:ruth-obi\": \"Ruth Obi-Ora\"}}",
          fp);
    fclose(fp);
    eg_alias_rules_init(&rules);
    CHECK_INT(eg_alias_rules_load(&rules, path, &err), EG_OK);
    RUN(r, &rules);
    CHECK_STR(id_of(&r, 1, "Whitlock"), "person:whitlock");   /* split: kept apart */
    CHECK_STR(id_of(&r, 2, "Ruth Obi"), id_of(&r, 2, "Ruth Obiora"));
    CHECK_STR(eg_corpus_entity(r.c, eg_corpus_resolved_of(r.c, r.base[2][0]))->label, "Ruth Obi-Ora");
    CHECK_INT(eg_corpus_write_aliases(r.c, "test_resolve_aliases.json", &err), EG_OK);
    eg_corpus_free(r.c);
    eg_alias_rules_release(&rules);
    /* malformed rules are refused with the file's name */
    fp = fopen(path, "w");
    fputs("{\"merge\": [\"person:a\"]}", fp);
    fclose(fp);
    eg_alias_rules_init(&rules);
    CHECK_INT(eg_alias_rules_load(&rules, path, &err), EG_EFORMAT);
    CHECK(strstr(err.msg, path) != NULL);
    CHECK_INT(eg_alias_rules_load(&rules, "no-such-rules.json", &err), EG_EIO);
    remove(path);
    remove("test_resolve_aliases.json");
}

/* Storage a large corpus depends on: evidence arrays from the pool keep their contents as they grow and are
 * reused when freed; a statement said by many sentences is kept once; relations merged by resolution keep the
 * first EG_EVIDENCE_MAX sentences and count the rest. */
static void test_storage(void)
{
    static run r;
    static char doc[2][16384];
    const char *docs[2] = {doc[0], doc[1]};
    eg_evpool p;
    eg_evidence *a = NULL, *big, *again;
    uint32_t cap = 0, i, n;
    int ok = 1;
    eg_stated s1 = {3, EG_NO_ENTITY, "2026-05-01", 1, 0, NULL}, s2 = s1, s3 = s1;
    uint32_t i1, i2, i3;

    eg_evpool_init(&p);
    for (i = 0; i < EG_EVIDENCE_MAX; i++) {
        if (i == cap && !(a = eg_evpool_grow(&p, a, i, &cap)))
            break;
        a[i].doc = i;
        a[i].start = 7 * i;
    }
    CHECK_INT(cap, EG_EVIDENCE_MAX);
    for (i = 0; a && i < EG_EVIDENCE_MAX; i++)
        ok &= a[i].doc == i && a[i].start == 7 * i;
    CHECK(ok);
    eg_evpool_free(&p, a, cap);
    again = eg_evpool_alloc(&p, 70, &cap);   /* the freed array of capacity 100 comes back */
    CHECK(again == a);
    CHECK_INT(cap, EG_EVIDENCE_MAX);
    big = eg_evpool_alloc(&p, 250, &cap);    /* past the classes: a block of its own */
    CHECK(big != NULL);
    CHECK_INT(cap, 250);
    eg_evpool_free(&p, big, cap);
    eg_evpool_release(&p);

    eg_corpus_new(&r.c, NULL);
    s3.status = 2;
    CHECK_INT(eg_corpus_keep_stated(r.c, &s1, &i1), EG_OK);
    CHECK_INT(eg_corpus_keep_stated(r.c, &s2, &i2), EG_OK);
    CHECK_INT(eg_corpus_keep_stated(r.c, &s3, &i3), EG_OK);
    CHECK_INT(i2, i1);
    CHECK(i3 != i1);
    CHECK_INT(r.c->nstated, 2);
    eg_corpus_free(r.c);

    /* 80 sentences under the full name, 80 under the short one: one relation of weight 160, 100 sentences */
    for (n = 0, i = 0; i < 80; i++)
        n += (uint32_t)snprintf(doc[0] + n, sizeof doc[0] - n, "Gerald Voskuijlen spoke with Idris Nakamatsu. ");
    for (n = 0, i = 0; i < 80; i++)
        n += (uint32_t)snprintf(doc[1] + n, sizeof doc[1] - n, "Mr. Voskuijlen spoke with Mr. Nakamatsu. ");
    run_docs(&r, docs, 2, NULL);
    CHECK_STR(id_of(&r, 1, "Voskuijlen"), id_of(&r, 0, "Gerald Voskuijlen"));
    CHECK_INT(eg_corpus_nrelations(r.c), 1);
    if (eg_corpus_nrelations(r.c) == 1) {
        const eg_relation *rel = eg_corpus_relation(r.c, 0);
        CHECK_INT(rel->weight, 160);
        CHECK_INT(rel->nevidence, EG_EVIDENCE_MAX);
        CHECK_INT(rel->evidence[79].doc, 0);
        CHECK_INT(rel->evidence[80].doc, 1);
        CHECK(rel->evidence[80].start < rel->evidence[81].start);
    }
    eg_corpus_free(r.c);
}

/* A corpus graph reads each edge's relation from the corpus: every relation is an edge (edge e is relation e),
 * or the filters keep some and the graph maps edge -> relation; strength summed from the corpus equals igraph's. */
static int edges_match(const eg_graph *g, const eg_corpus *c, double min_weight)
{
    igraph_integer_t e;
    int ok = 1;
    for (e = 0; e < igraph_ecount(&g->g); e++) {
        const eg_relation *r = eg_graph_relation(g, e);
        const char *a = eg_graph_vstr(g, "id", IGRAPH_FROM(&g->g, e)), *b = eg_graph_vstr(g, "id", IGRAPH_TO(&g->g, e));
        const char *ra = r ? eg_corpus_entity(c, r->a)->id : "", *rb = r ? eg_corpus_entity(c, r->b)->id : "";
        /* igraph keeps an undirected edge's ends in its own order */
        ok &= r && r->weight >= min_weight && eg_graph_enum(g, "weight", e) == r->weight &&
              ((!strcmp(a, ra) && !strcmp(b, rb)) || (!strcmp(a, rb) && !strcmp(b, ra)));
    }
    return ok;
}

static void test_graph_relations(void)
{
    static run r;
    eg_graph *all = NULL, *heavy = NULL, *sub = NULL;
    eg_graph_options o = {2.0, 0, 0};
    igraph_vector_t ours, w, theirs;
    igraph_vector_int_t keep;
    igraph_integer_t v;
    int ok = 1;
    DOCS("Harriet Olufemi met Teodor Varga in Vienna. Harriet Olufemi and Teodor Varga spoke again on Friday.",
         "Teodor Varga called Ines Kallweit. Ines Kallweit thanked Harriet Olufemi in Graz.");
    RUN(r, NULL);
    CHECK_INT(eg_graph_from_corpus(&all, r.c, NULL, NULL), EG_OK);
    CHECK_INT(eg_graph_from_corpus(&heavy, r.c, &o, NULL), EG_OK);
    if (!all || !heavy)
        return;
    CHECK_INT(igraph_ecount(&all->g), eg_corpus_nrelations(r.c));
    CHECK(igraph_ecount(&heavy->g) > 0 && igraph_ecount(&heavy->g) < igraph_ecount(&all->g));
    CHECK(edges_match(all, r.c, 0));
    CHECK(edges_match(heavy, r.c, 2));
    CHECK(eg_graph_relation(all, igraph_ecount(&all->g)) == NULL);
    igraph_vector_int_init(&keep, 0);
    for (v = igraph_vcount(&all->g) - 1; v >= 1; v--)   /* all but the first, in another order */
        igraph_vector_int_push_back(&keep, v);
    CHECK_INT(eg_graph_induced(&sub, all, &keep, NULL), EG_OK);
    CHECK(sub && edges_match(sub, r.c, 0));

    igraph_vector_init(&ours, 0);
    igraph_vector_init(&theirs, 0);
    CHECK_INT(eg_graph_centrality(all, EG_CENT_STRENGTH, &ours, NULL), EG_OK);
    eg_graph_weights(all, 0, &w, NULL);
    igraph_strength(&all->g, &theirs, igraph_vss_all(), IGRAPH_ALL, IGRAPH_LOOPS, &w);
    CHECK_INT(igraph_vector_size(&ours), igraph_vcount(&all->g));
    for (v = 0; v < igraph_vector_size(&ours) && v < igraph_vector_size(&theirs); v++)
        ok &= VECTOR(ours)[v] == VECTOR(theirs)[v];
    CHECK(ok);
    igraph_vector_destroy(&ours);
    igraph_vector_destroy(&theirs);
    igraph_vector_destroy(&w);
    igraph_vector_int_destroy(&keep);
    eg_graph_free(sub);
    eg_graph_free(heavy);
    eg_graph_free(all);
    eg_corpus_free(r.c);
}

/* The weight of the "met" relation between the entities whose ids contain x and y, or 0. */
static uint32_t met_weight(const eg_corpus *c, const char *x, const char *y)
{
    size_t i;
    for (i = 0; i < eg_corpus_nrelations(c); i++) {
        const eg_relation *rel = eg_corpus_relation(c, i);
        const char *a = eg_corpus_entity(c, rel->a)->id, *b = eg_corpus_entity(c, rel->b)->id;
        if (rel->kind == EG_REL_MET && ((strstr(a, x) && strstr(b, y)) || (strstr(a, y) && strstr(b, x))))
            return rel->weight;
    }
    return 0;
}

/* A meeting links every participant with every other, as extract lists them: three at one table make three pairs,
 * those on the same side of the verb too; those met separately are not linked to each other. */
static void test_meeting_pairs(void)
{
    static run r;
    size_t i, met = 0;
    DOCS("The summit opened on Monday. Harriet Olufemi, Teodor Varga and Ines Kallweit held three-way talks in Graz. "
         "Later, Olufemi and Varga met Ruth Obi in Vienna.",
         "The envoy arrived on Tuesday. Amara Okafor briefed Li Wen and Tomas Lindqvist separately in Geneva. "
         "Okafor declined to meet Pavel Sorokin. Her meeting with Ines Kallweit was cancelled.");
    with_meetings = 1;
    RUN(r, NULL);
    with_meetings = 0;
    for (i = 0; i < eg_corpus_nrelations(r.c); i++)
        met += eg_corpus_relation(r.c, i)->kind == EG_REL_MET;
    /* Olufemi, Varga, Kallweit: 3; Olufemi, Varga, Obi: 2 more (Olufemi-Varga again); Okafor with each: 2 */
    CHECK_INT(met, 7);
    CHECK_INT(met_weight(r.c, "olufemi", "varga"), 2);
    CHECK_INT(met_weight(r.c, "varga", "kallweit"), 1);
    CHECK_INT(met_weight(r.c, "varga", "obi"), 1);
    CHECK_INT(met_weight(r.c, "okafor", "lindqvist"), 1);
    CHECK_INT(met_weight(r.c, "li-wen", "lindqvist"), 0);
    /* refused and cancelled: no encounter, no link */
    CHECK_INT(met_weight(r.c, "okafor", "sorokin"), 0);
    CHECK_INT(met_weight(r.c, "okafor", "kallweit"), 0);
    eg_corpus_free(r.c);
}

/* A corpus without the documents' relations (what the extract command uses) resolves the same entities, ids,
 * labels, counts and forms as one with them. */
static void test_entities_only(void)
{
    static run full, bare;
    size_t i, d, m;
    int ok = 1;
    DOCS("Harriet Olufemi met Teodor Varga in Vienna on Monday. Ms. Olufemi, the head of the Danube Water "
         "Authority, and Mr. Varga spoke again on Friday with officials from Austria.",
         "Teodor Varga called Ines Kallweit. Ines Kallweit thanked Harriet Olufemi in Graz. Varga said Austrian "
         "and Hungarian officials would meet in Budapest.",
         "Prime Minister Ines Kallweit met President Teodor Varga at the Danube Water Authority in Vienna.");
    RUN(full, NULL);
    entities_only = 1;
    RUN(bare, NULL);
    entities_only = 0;
    for (i = 0, m = 0; i < eg_corpus_nrelations(full.c); i++)
        m += eg_corpus_relation(full.c, i)->kind == EG_REL_LOCATED_IN;
    CHECK(eg_corpus_nrelations(full.c) > m + 3);
    CHECK_INT(eg_corpus_nrelations(bare.c), m);   /* located_in only: the gazetteer's, not the documents' */
    for (i = 0; i < eg_corpus_nrelations(bare.c); i++)
        ok &= eg_corpus_relation(bare.c, i)->kind == EG_REL_LOCATED_IN;
    CHECK_INT(eg_corpus_nentities(bare.c), eg_corpus_nentities(full.c));
    for (i = 0; i < eg_corpus_nentities(full.c) && i < eg_corpus_nentities(bare.c); i++) {
        const eg_entity *a = eg_corpus_entity(full.c, i), *b = eg_corpus_entity(bare.c, i);
        char *fa = eg_corpus_aliases(full.c, i), *fb = eg_corpus_aliases(bare.c, i);
        ok &= !strcmp(a->id, b->id) && !strcmp(a->label, b->label) && a->type == b->type &&
              a->mentions == b->mentions && a->documents == b->documents && fa && fb && !strcmp(fa, fb);
        free(fa);
        free(fb);
    }
    for (d = 0; d < full.ndocs; d++)
        for (m = 0; m < full.n[d]; m++)
            ok &= eg_corpus_resolved_of(full.c, full.base[d][m]) == eg_corpus_resolved_of(bare.c, bare.base[d][m]);
    CHECK(ok);
    eg_corpus_free(full.c);
    eg_corpus_free(bare.c);
}

/* Evidence text: white space collapsed, control bytes dropped, cut at a byte budget with an ellipsis, never
 * after a space and never inside a character. */
static void test_clean_text(void)
{
    static const struct {
        const char *in;
        size_t max;
        const char *want;
    } cases[] = {
        {"Ana  met\tBo.\n", 600, "Ana met Bo."},
        {"  Ana met\x01 Bo.", 600, "Ana met Bo."},
        {"alpha beta gamma", 16, "alpha beta gamma"},
        {"alpha beta gamma", 10, "alpha beta\xE2\x80\xA6"},
        {"alpha beta gamma", 11, "alpha beta\xE2\x80\xA6"},
        {"alpha beta gamma", 12, "alpha beta g\xE2\x80\xA6"},
        {"alpha beta gamma", 6, "alpha\xE2\x80\xA6"},
        {"alpha   beta gamma", 7, "alpha b\xE2\x80\xA6"},
        {"alpha \xC3\xA9t\xC3\xA9", 7, "alpha\xE2\x80\xA6"},
        {"alpha \xC3\xA9t\xC3\xA9", 8, "alpha \xC3\xA9\xE2\x80\xA6"},
        {"a\xFF b", 600, "a\xEF\xBF\xBD b"},
    };
    size_t i;
    for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char *got = eg_clean_text(cases[i].in, strlen(cases[i].in), cases[i].max);
        CHECK_STR(got, cases[i].want);
        free(got);
    }
}

int main(void)
{
    eg_error err;
    if (eg_gazetteer_load(&gz, NULL, NULL, &err) != EG_OK) {
        fprintf(stderr, "%s\n", err.msg);
        return 1;
    }
    test_person_rules();
    test_family_name_first();
    test_arabic_article();
    test_never_merge();
    test_countries_and_orgs();
    test_short_forms();
    test_marks();
    test_stable_ids();
    test_rules();
    test_storage();
    test_graph_relations();
    test_meeting_pairs();
    test_entities_only();
    test_clean_text();
    eg_gazetteer_free(gz);
    CHECK_DONE();
}
