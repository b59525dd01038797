/* test_export.c: escaping, and the GEXF, Neo4j, HTML and DOT writers on a two-entity graph whose names need
 * escaping everywhere. Expected bytes are written out in full where the format is ours. */
#define _POSIX_C_SOURCE 200809L
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "check.h"
#include "dot_build.h"
#include "entgraph/write.h"
#include "escape.h"
#include "graph_fixture.h"

static char *slurp(const char *path)
{
    FILE *fp = fopen(path, "rb");
    char *buf;
    long n;
    if (!fp)
        return NULL;
    fseek(fp, 0, SEEK_END);
    n = ftell(fp);
    fseek(fp, 0, SEEK_SET);
    buf = malloc((size_t)n + 1);
    if (buf && fread(buf, 1, (size_t)n, fp) != (size_t)n) {
        free(buf);
        buf = NULL;
    }
    if (buf)
        buf[n] = '\0';
    fclose(fp);
    return buf;
}

static void test_escape(void)
{
    char *s = eg_markup_escape_new("a&b<c>\"d'e\x01 f\xff", 100);
    CHECK_STR(s, "a&amp;b&lt;c&gt;&quot;d&#39;e f\xEF\xBF\xBD");
    free(s);
    s = eg_dot_escape("C:\\dir & <x>");
    CHECK_STR(s, "C:\\\\dir &amp; <x>");
    free(s);
    CHECK_STR(eg_dot_community_color(0), "#8dd3c7");
    CHECK_STR(eg_dot_community_color(99), "#e0e0e0");
}

static eg_graph *odd_graph(void)
{
    static const char *const labels[] = {"Ann & <Bo>", "Cy \"C\" </script>"};
    static const char *const types[] = {"person", "organization"};
    const fx_edge e[] = {{0, 1, 2, "met"}};
    eg_graph *g = fx_graph(2, labels, types, e, 1);
    SETEAS(&g->g, "place", 0, "Oslo, \"Quay\"");
    SETEAS(&g->g, "date", 0, "2024-02-03");
    SETEAS(&g->g, "sentence", 0, "Ann met Cy\xE2\x80\xA8 in </script> Oslo & more.");
    return g;
}

static void test_neo4j(const char *dir)
{
    eg_graph *g = odd_graph();
    eg_error err;
    char path[4096], *s;
    CHECK(eg_graph_write_neo4j(g, dir, &err) == EG_OK);
    snprintf(path, sizeof path, "%s/nodes.csv", dir);
    s = slurp(path);
    CHECK_STR(s, "id:ID,label,type,:LABEL,mentions:int,documents:int,country\n"
                 "\"t:Ann & <Bo>\",\"Ann & <Bo>\",\"person\",\"Entity;Person\",0,0,\"\"\n"
                 "\"t:Cy \"\"C\"\" </script>\",\"Cy \"\"C\"\" </script>\",\"organization\",\"Entity;Organization\",0,0,\"\"\n");
    free(s);
    snprintf(path, sizeof path, "%s/relationships.csv", dir);
    s = slurp(path);
    CHECK_STR(s, ":START_ID,:END_ID,:TYPE,weight:int,evidence:int,sentence,doc,place,date,status,mode\n"
                 "\"t:Ann & <Bo>\",\"t:Cy \"\"C\"\" </script>\",\"MET\",2,1,\"Ann met Cy in </script> Oslo & more.\","
                 "\"doc.txt\",\"Oslo, \"\"Quay\"\"\",\"2024-02-03\",\"\",\"\"\n");
    free(s);
    eg_graph_free(g);
}

static void test_gexf(const char *dir)
{
    eg_graph *g = odd_graph();
    eg_error err;
    char path[4096], *s;
    snprintf(path, sizeof path, "%s/g.gexf", dir);
    CHECK(eg_graph_write_gexf(g, path, &err) == EG_OK);
    s = slurp(path);
    CHECK(s && strstr(s, "<node id=\"t:Ann &amp; &lt;Bo&gt;\" label=\"Ann &amp; &lt;Bo&gt;\">"));
    CHECK(s && strstr(s, "<edge id=\"0\" source=\"t:Ann &amp; &lt;Bo&gt;\" target=\"t:Cy &quot;C&quot; &lt;/script&gt;\" "
                         "weight=\"2\" label=\"Oslo, &quot;Quay&quot;\">"));
    CHECK(s && strstr(s, "<attvalue for=\"kind\" value=\"met\"/>"));
    CHECK(s && strstr(s, "<viz:color r=\"255\" g=\"127\" b=\"0\"/>"));   /* organization orange */
    free(s);
    eg_graph_free(g);
}

static void test_html(const char *dir)
{
    eg_graph *g = odd_graph();
    eg_error err;
    eg_render_options ro;
    char path[4096], *s, *data, *end;
    memset(&ro, 0, sizeof ro);
    ro.legend = 1;
    snprintf(path, sizeof path, "%s/g.html", dir);
    CHECK(eg_graph_write_html(g, path, &ro, &err) == EG_OK);
    s = slurp(path);
    data = s ? strstr(s, "<script type=\"application/json\" id=\"eg-data\">") : NULL;
    end = data ? strstr(data, "</script>") : NULL;
    CHECK(data && end);
    if (data && end) {
        *end = '\0';
        CHECK(strstr(data, "\"label\":\"Ann \\u0026 \\u003cBo\\u003e\"") != NULL);
        CHECK(strstr(data, "\"place\":\"Oslo, \\\"Quay\\\"\"") != NULL);
        CHECK(strstr(data + 10, "<") == NULL && strchr(data + 10, '&') == NULL);
    }
    CHECK(s && strstr(s, "Content-Security-Policy") && strstr(s, "<svg") && !strstr(s, "<?xml"));
    CHECK(s && strstr(s, "id=\"n0\"") && strstr(s, "id=\"e0\""));
    free(s);
    ro.color_by = "rainbow";
    CHECK(eg_graph_write_html(g, path, &ro, &err) == EG_EINVAL);
    eg_graph_free(g);
}

static void test_dot(const char *dir)
{
    eg_graph *g = odd_graph();
    eg_error err;
    eg_render_options ro;
    char path[4096], *s;
    memset(&ro, 0, sizeof ro);
    ro.legend = 1;
    snprintf(path, sizeof path, "%s/g.dot", dir);
    CHECK(eg_graph_write_dot(g, path, &ro, &err) == EG_OK);
    s = slurp(path);
    CHECK(s && strstr(s, "label=\"Ann &amp; <Bo>\""));
    CHECK(s && strstr(s, "class=\"met\""));
    CHECK(s && strstr(s, "color=\"#c2185b\""));
    CHECK(s && strstr(s, "<b>Oslo, &quot;Quay&quot;</b>"));   /* the place, in an HTML-like label */
    CHECK(s && !strstr(s, "URL") && !strstr(s, "href"));
    free(s);
    ro.size_by = "fame";
    CHECK(eg_graph_write_dot(g, path, &ro, &err) == EG_EINVAL);
    eg_graph_free(g);
}

int main(void)
{
    char dir[] = "/tmp/entgraph-test-export-XXXXXX", cmd[256];
    if (!mkdtemp(dir))
        return 1;
    test_escape();
    test_neo4j(dir);
    test_gexf(dir);
    test_html(dir);
    test_dot(dir);
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    if (system(cmd) != 0)
        fprintf(stderr, "could not remove %s\n", dir);
    CHECK_DONE();
}
