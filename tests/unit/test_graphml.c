/* test_graphml.c: the GraphML reader (src/graph_load.c) on small files written here: keys, defaults, types, edges
 * that name nodes declared later, nested graphs, escaping, errors; and a round trip through the writer. */
#define _POSIX_C_SOURCE 200809L
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "check.h"
#include "entgraph/write.h"
#include "graph_fixture.h"

static char dir[] = "/tmp/entgraph-test-graphml-XXXXXX";

static const char *file_with(const char *name, const char *text)
{
    static char path[4096];
    FILE *fp;
    snprintf(path, sizeof path, "%s/%s", dir, name);
    fp = fopen(path, "wb");
    if (!fp || fputs(text, fp) < 0 || fclose(fp) != 0)
        abort();
    return path;
}

static eg_status load(const char *text, eg_graph **g, eg_error *err)
{
    return eg_graph_load_graphml(g, file_with("t.graphml", text), err);
}

#define HEAD "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n"

static void test_keys_and_defaults(void)
{
    eg_graph *g = NULL;
    eg_error err;
    CHECK(load(HEAD "<key id=\"k0\" for=\"node\" attr.name=\"label\" attr.type=\"string\"><default>none</default></key>"
                    "<key id=\"k1\" for=\"edge\" attr.name=\"weight\" attr.type=\"double\"><default>1</default></key>"
                    "<key id=\"k2\" for=\"all\" attr.name=\"flag\" attr.type=\"boolean\"/>"
                    "<key id=\"k3\" for=\"node\" attr.name=\"mentions\" attr.type=\"int\"/>"
                    "<graph edgedefault=\"directed\">"
                    "<edge source=\"b\" target=\"a\"><data key=\"k1\">2.5</data><data key=\"k2\">true</data></edge>"
                    "<node id=\"a\"><data key=\"k0\">Ann &amp; &lt;Bo&gt; \xC3\xA9</data><data key=\"k3\"> 7 </data></node>"
                    "<node id=\"b\"><graph><node id=\"inner\"/></graph></node>"
                    "<edge source=\"a\" target=\"c\"/>"
                    "</graph><graph><node id=\"second-graph\"/></graph></graphml>",
               &g, &err) == EG_OK);
    if (!g)
        return;
    CHECK_INT(igraph_vcount(&g->g), 3);   /* b (named by the first edge), a, c; not "inner", not the 2nd graph */
    CHECK_INT(igraph_ecount(&g->g), 2);
    CHECK(!igraph_is_directed(&g->g));
    CHECK_STR(eg_graph_vstr(g, "id", 0), "b");   /* no "id" key: the GraphML ids, as igraph does */
    CHECK_STR(eg_graph_vstr(g, "id", 1), "a");
    CHECK_STR(eg_graph_vstr(g, "label", 1), "Ann & <Bo> \xC3\xA9");
    CHECK_STR(eg_graph_vstr(g, "label", 0), "none");   /* the default */
    CHECK(eg_graph_vnum(g, "mentions", 1) == 7);
    CHECK(isnan(eg_graph_vnum(g, "mentions", 0)));
    CHECK(eg_graph_enum(g, "weight", 0) == 2.5);
    CHECK(eg_graph_enum(g, "weight", 1) == 1);       /* the default */
    CHECK(eg_graph_enum(g, "flag", 0) == 1);
    CHECK(isnan(eg_graph_vnum(g, "flag", 0)));
    CHECK_INT(IGRAPH_FROM(&g->g, 1) + IGRAPH_TO(&g->g, 1), 1 + 2);
    eg_graph_free(g);
}

static void test_errors(void)
{
    eg_graph *g = NULL;
    eg_error err;
    char big[6000];
    CHECK(load(HEAD "<graph><node id=\"a\"></graph></graphml>", &g, &err) == EG_EFORMAT);
    CHECK(strstr(err.msg, "line") != NULL && g == NULL);
    CHECK(load(HEAD "<graph><node id=\"a\"><data key=\"nope\">x</data></node></graph></graphml>", &g, &err) ==
          EG_EFORMAT);
    CHECK(strstr(err.msg, "nope") != NULL);
    CHECK(load(HEAD "</graphml>", &g, &err) == EG_EFORMAT);   /* no graph */
    CHECK(load(HEAD "<graph><edge source=\"a\"/></graph></graphml>", &g, &err) == EG_EFORMAT);
    CHECK(load("<?xml version=\"1.0\"?><!DOCTYPE g [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
               "<graphml><key id=\"l\" for=\"node\" attr.name=\"label\"/><graph><node id=\"a\"><data key=\"l\">&x;"
               "</data></node></graph></graphml>",
               &g, &err) == EG_EFORMAT);   /* external entities are never read */
    memset(big, 'x', sizeof big - 1);
    big[sizeof big - 1] = '\0';
    {
        char doc[8000];
        snprintf(doc, sizeof doc, HEAD "<graph><node id=\"%s\"/></graph></graphml>", big);
        CHECK(load(doc, &g, &err) == EG_ELIMIT);
    }
    CHECK(eg_graph_load_graphml(&g, "/nonexistent/graph.graphml", &err) == EG_EIO);
    CHECK(g == NULL);
}

/* What the writer writes, the reader reads back the same. */
static void test_round_trip(void)
{
    static const char *const labels[] = {"A \"quoted\" <name>", "B", "C"};
    const fx_edge e[] = {{0, 1, 3, NULL}, {1, 2, 1, "met"}, {0, 1, 1, "met"}};
    eg_graph *g = fx_graph(3, labels, NULL, e, 3), *h = NULL;
    eg_error err;
    char path[4096];
    igraph_integer_t i;
    snprintf(path, sizeof path, "%s/rt.graphml", dir);
    CHECK(eg_graph_write_graphml(g, path, &err) == EG_OK);
    CHECK(eg_graph_load_graphml(&h, path, &err) == EG_OK);
    if (h) {
        CHECK_INT(igraph_vcount(&h->g), 3);
        CHECK_INT(igraph_ecount(&h->g), 3);
        for (i = 0; i < 3; i++) {
            CHECK_STR(eg_graph_vstr(h, "label", i), labels[i]);
            CHECK(eg_graph_enum(h, "weight", i) == e[i].w);
            CHECK_STR(eg_graph_estr(h, "kind", i), e[i].kind ? e[i].kind : "cooccurrence");
            CHECK_STR(eg_graph_estr(h, "sentence", i), eg_graph_estr(g, "sentence", i));
        }
    }
    eg_graph_free(g);
    eg_graph_free(h);
}

/* The whole file, or NULL. Caller frees. */
static char *slurp(const char *path)
{
    FILE *fp = fopen(path, "rb");
    char *buf = NULL;
    long n;
    if (fp && fseek(fp, 0, SEEK_END) == 0 && (n = ftell(fp)) >= 0 && fseek(fp, 0, SEEK_SET) == 0 &&
        (buf = calloc((size_t)n + 1, 1)) && fread(buf, 1, (size_t)n, fp) != (size_t)n) {
        free(buf);
        buf = NULL;
    }
    if (fp)
        fclose(fp);
    return buf;
}

/* Our writer lays a graph out exactly as igraph's does (its comment line aside): keys in attribute order, n<i> ids,
 * %.15g numbers, NaN left out, the five characters escaped, tab and newline kept. */
static void test_same_as_igraph(void)
{
    static const char *const labels[] = {"A 'quoted' \"name\" & <co>", "B\tand\nC", "\xC3\xA9t\xC3\xA9"};
    const fx_edge e[] = {{0, 1, 3, NULL}, {1, 2, 0.1, "met"}, {2, 0, 1e20, "met"}};
    eg_graph *g = fx_graph(3, labels, NULL, e, 3);
    eg_error err;
    char ours[4096], theirs[4096];
    char *a, *b, *a6, *b6;
    FILE *fp;
    SETVAN(&g->g, "mentions", 0, 12);
    SETVAN(&g->g, "mentions", 1, NAN);
    SETVAN(&g->g, "mentions", 2, 1234567.125);
    snprintf(ours, sizeof ours, "%s/ours.graphml", dir);
    snprintf(theirs, sizeof theirs, "%s/igraph.graphml", dir);
    CHECK(eg_graph_write_graphml(g, ours, &err) == EG_OK);
    fp = fopen(theirs, "wb");
    CHECK(fp && igraph_write_graph_graphml(&g->g, fp, 0) == IGRAPH_SUCCESS);
    if (fp)
        fclose(fp);
    a = slurp(ours);
    b = slurp(theirs);
    CHECK(a && b);
    if (a && b) {
        /* line 6 is the comment that names the writer */
        a6 = strstr(a, "<!-- Created by entgraph -->\n");
        b6 = strstr(b, "<!-- Created by igraph -->\n");
        CHECK(a6 && b6);
        if (a6 && b6) {
            CHECK(a6 - a == b6 - b && strncmp(a, b, (size_t)(a6 - a)) == 0);
            CHECK_STR(a6 + strlen("<!-- Created by entgraph -->\n"), b6 + strlen("<!-- Created by igraph -->\n"));
        }
    }
    free(a);
    free(b);
    eg_graph_free(g);
}

int main(void)
{
    char cmd[256];
    if (!mkdtemp(dir))
        return 1;
    test_keys_and_defaults();
    test_errors();
    test_round_trip();
    test_same_as_igraph();
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    if (system(cmd) != 0)
        fprintf(stderr, "could not remove %s\n", dir);
    CHECK_DONE();
}
