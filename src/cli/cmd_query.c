/* cmd_query.c: `entgraph query`: centralities, communities, k-cores, chains, neighbourhoods and meetings of a
 * GraphML file. Parses the question, asks the library, prints a table, CSV or JSON (table.h). */
#include <getopt.h>
#include <jansson.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "entgraph/community.h"
#include "entgraph/extract.h"
#include "entgraph/graph.h"
#include "entgraph/neighbors.h"
#include "entgraph/paths.h"
#include "entgraph/query.h"
#include "entgraph/select.h"
#include "table.h"

const char cmd_query_usage[] =
    "usage: entgraph query GRAPH.graphml [QUESTION] [OPTIONS]\n"
    "\n"
    "Asks one question of a graph written by 'entgraph build'. Names (NAME, A, B) are matched case-insensitively\n"
    "against ids, then labels, then aliases; an ambiguous name lists the candidates (give the id then).\n"
    "\n"
    "Questions (one; the default is --centrality pagerank):\n"
    "  -c, --centrality LIST  rank entities by one or more centralities (comma-separated, or 'all'), ranked by\n"
    "                         the first: degree, strength, betweenness, closeness, harmonic, eigenvector, pagerank\n"
    "      --communities M    communities by modularity: M is louvain or leiden (seeded, reproducible)\n"
    "      --kcore            core numbers: the largest k such that the entity is in a group where everyone has\n"
    "                         at least k distinct neighbours\n"
    "      --path A B         the shortest chain from A to B (fewest links; among those, the strongest) with the\n"
    "                         evidence sentence of every hop\n"
    "      --ego NAME         the entities within --radius links of NAME, and how each is reached\n"
    "      --neighbors NAME   the links of NAME, heaviest first, with their evidence\n"
    "      --meetings NAME    the meetings of NAME (links of kind 'met'): date, place, status, mode, evidence\n"
    "\n"
    "Options:\n"
    "  -n, --top N            show the N first rows (default 20; 0 = all); communities: the N largest\n"
    "  -t, --type LIST        only list entities of these types: person,organization,country,place\n"
    "  -w, --min-weight W     leave out links seen in fewer than W sentences before computing anything\n"
    "      --radius K         for --ego: links from NAME (default 1)\n"
    "      --resolution R     for --communities: modularity resolution (default 1; larger: smaller groups)\n"
    "      --seed S           for --communities and --sources: random seed (default 1)\n"
    "      --sources N        betweenness estimated from N sampled sources (for graphs past ~50,000 entities)\n"
    "      --json             JSON (centralities: an array of {rank, id, label, type, score, <measure>...})\n"
    "      --csv              CSV with a header line\n"
    "  -h, --help             this help\n"
    "\n"
    "Centralities, computed on every link of the graph (parallel links of different kinds included), weighted by\n"
    "the number of sentences behind each link; each equals the networkx function named after it:\n"
    "  degree       number of links                                         G.degree()\n"
    "  strength     sum of link weights                                     G.degree(weight='weight')\n"
    "  betweenness  shortest paths through the entity, each pair once, NOT normalised, with distance = 1/weight\n"
    "               (a link seen in many sentences is short)    betweenness_centrality(normalized=False)\n"
    "  closeness    r/(sum of distances to the r reachable entities) * r/(n-1), distance = 1/weight\n"
    "               (Wasserman-Faust, so small components do not rank first)  closeness_centrality()\n"
    "  harmonic     sum of 1/distance to the others, divided by n-1, distance = 1/weight\n"
    "                                                                       harmonic_centrality() / (n-1)\n"
    "  eigenvector  weighted, scaled so that the largest is 1       eigenvector_centrality_numpy() / max\n"
    "  pagerank     damping 0.85, weighted                                  pagerank(alpha=0.85)\n"
    "\n"
    "Exit status: 0 answered; 1 the graph could not be read, a name was not found or is ambiguous, or there is\n"
    "no chain between A and B; 2 usage error.\n";

#define DEFAULT_TOP 20

typedef enum { Q_CENTRALITY, Q_COMMUNITIES, Q_KCORE, Q_PATH, Q_EGO, Q_NEIGHBORS, Q_MEETINGS } question;

typedef struct {
    question q;
    const char *graph, *name, *name_b, *centralities, *types;
    eg_community_method method;
    size_t top, sources;
    double min_weight, resolution;
    long radius;
    unsigned long seed;
    cli_format format;
} query_args;

static int type_ok(const eg_graph *g, const query_args *a, igraph_integer_t v)
{
    return !a->types || eg_name_in_list(a->types, eg_graph_vstr(g, "type", v));
}

static double weight_of(const eg_graph *g, igraph_integer_t e)
{
    double w = eg_graph_enum(g, "weight", e);
    return isfinite(w) && w > 0 ? w : 1;
}

/* Every evidence sentence of e as [{doc, text}] (new reference), or NULL when out of memory. */
static json_t *evidence_json(const eg_graph *g, igraph_integer_t e)
{
    json_t *arr = json_array();
    size_t k, n = eg_graph_evidence_count(g, e);
    for (k = 0; arr && k < n; k++) {
        const char *doc, *text;
        char *cd, *ct;
        json_t *o;
        eg_graph_evidence(g, e, k, &doc, &text);
        if (!text)
            continue;
        cd = eg_clean_text(doc ? doc : "", doc ? strlen(doc) : 0, 4096);
        ct = eg_clean_text(text, strlen(text), 4096);
        o = json_object();
        if (!cd || !ct || !o || json_object_set_new(o, "doc", json_string(cd)) ||
            json_object_set_new(o, "text", json_string(ct)) || json_array_append_new(arr, o)) {
            json_decref(arr);
            arr = NULL;
        }
        free(cd);
        free(ct);
    }
    return arr;
}

/* The first evidence sentence of e and its document ("" when none). */
static void first_evidence(const eg_graph *g, igraph_integer_t e, const char **doc, const char **text)
{
    size_t k, n = eg_graph_evidence_count(g, e);
    for (k = 0; k < n; k++) {
        eg_graph_evidence(g, e, k, doc, text);
        if (*text) {
            if (!*doc)
                *doc = "";
            return;
        }
    }
    *doc = *text = "";
}

static int finish(cli_table *t, const query_args *a)
{
    if (!cli_table_print(t, a->format, stdout)) {
        cli_error("out of memory or write error");
        return EXIT_INPUT;
    }
    return EXIT_OK;
}

/* ---- centralities and k-cores ---- */


/* One row per entity of order (those of the asked types, the first --top): rank, name, type, each of the n score
 * vectors, the id, and with trailing the first score again (JSON's "score"). */
static void ranked_rows(cli_table *t, const eg_graph *g, const query_args *a, const igraph_vector_int_t *order,
                        const igraph_vector_t *scores, size_t n, int trailing)
{
    igraph_integer_t i;
    size_t shown = 0, k;
    for (i = 0; i < igraph_vector_int_size(order) && (a->top == 0 || shown < a->top); i++) {
        igraph_integer_t v = VECTOR(*order)[i];
        if (!type_ok(g, a, v))
            continue;
        shown++;
        cli_table_row(t);
        cli_table_num(t, 0, (double)shown);
        cli_table_str(t, 1, eg_graph_vstr(g, "label", v));
        cli_table_str(t, 2, eg_graph_vstr(g, "type", v));
        for (k = 0; k < n; k++)
            cli_table_num(t, 3 + k, VECTOR(scores[k])[v]);
        cli_table_str(t, 3 + n, eg_graph_vstr(g, "id", v));
        if (trailing)
            cli_table_num(t, 4 + n, VECTOR(scores[0])[v]);
    }
}

static int run_centrality(const eg_graph *g, const query_args *a)
{
    eg_centrality which[EG_NCENTRALITIES];
    cli_column cols[4 + EG_NCENTRALITIES + 1];
    size_t n = 0, k;
    igraph_vector_t scores[EG_NCENTRALITIES];
    igraph_vector_int_t order;
    cli_table t;
    eg_error err;
    int status = EXIT_OK;
    eg_error_clear(&err);
    if (strcmp(a->centralities, "all") == 0) {
        for (n = 0; n < EG_NCENTRALITIES; n++)
            which[n] = (eg_centrality)n;
    } else {
        const char *p = a->centralities;
        while (*p) {
            size_t len = strcspn(p, ",");
            char name[32];
            eg_centrality c;
            snprintf(name, sizeof name, "%.*s", (int)(len < 31 ? len : 31), p);
            if (len >= 31 || !eg_centrality_parse(name, &c))
                return cli_usage_error("query", "unknown centrality '%.*s'", (int)len, p);
            for (k = 0; k < n && which[k] != c; k++)
                ;
            if (k == n && n < EG_NCENTRALITIES)
                which[n++] = c;
            p += len;
            if (*p)
                p++;
        }
        if (n == 0)
            return cli_usage_error("query", "--centrality needs a name");
    }
    /* rank, entity, type, the measures; then id (CSV, JSON) and score (JSON: the first measure again) */
    cols[0] = (cli_column){"rank", COL_INT};
    cols[1] = (cli_column){a->format == OUT_TEXT ? "entity" : "label", COL_STR};
    cols[2] = (cli_column){"type", COL_STR};
    for (k = 0; k < n; k++)
        cols[3 + k] = (cli_column){eg_centrality_name(which[k]), COL_NUM};
    cols[3 + n] = (cli_column){"id", COL_STR};
    cols[4 + n] = (cli_column){"score", COL_NUM};
    cli_table_init(&t, cols, a->format == OUT_JSON ? 5 + n : a->format == OUT_CSV ? 4 + n : 3 + n);
    igraph_vector_int_init(&order, 0);
    for (k = 0; k < n; k++)
        igraph_vector_init(&scores[k], 0);
    for (k = 0; k < n; k++) {
        eg_status st = which[k] == EG_CENT_BETWEENNESS && a->sources
                           ? eg_graph_betweenness_sampled(g, (igraph_integer_t)a->sources, a->seed, &scores[k], &err)
                           : eg_graph_centrality(g, which[k], &scores[k], &err);
        if (st != EG_OK) {
            cli_error("%s: %s", a->graph, err.msg);
            status = EXIT_INPUT;
            goto cleanup;
        }
    }
    if (eg_rank(g, &scores[0], &order, &err) != EG_OK) {
        cli_error("%s", err.msg);
        status = EXIT_INPUT;
        goto cleanup;
    }
    ranked_rows(&t, g, a, &order, scores, n, 1);
    status = finish(&t, a);
cleanup:
    cli_table_release(&t);
    igraph_vector_int_destroy(&order);
    for (k = 0; k < n; k++)
        igraph_vector_destroy(&scores[k]);
    return status;
}

static int run_kcore(const eg_graph *g, const query_args *a)
{
    static const cli_column cols[] = {{"rank", COL_INT}, {"entity", COL_STR}, {"type", COL_STR},
                                      {"core", COL_INT}, {"id", COL_STR}};
    igraph_vector_int_t cores, order;
    igraph_vector_t s;
    igraph_integer_t i;
    cli_table t;
    eg_error err;
    int status = EXIT_OK;
    eg_error_clear(&err);
    cli_table_init(&t, cols, a->format == OUT_TEXT ? 4 : 5);
    igraph_vector_int_init(&cores, 0);
    igraph_vector_int_init(&order, 0);
    igraph_vector_init(&s, 0);
    if (eg_graph_coreness(g, &cores, &err) != EG_OK) {
        cli_error("%s: %s", a->graph, err.msg);
        status = EXIT_INPUT;
        goto cleanup;
    }
    if (igraph_vector_resize(&s, igraph_vector_int_size(&cores)) != IGRAPH_SUCCESS) {
        cli_error("out of memory");
        status = EXIT_INPUT;
        goto cleanup;
    }
    for (i = 0; i < igraph_vector_int_size(&cores); i++)
        VECTOR(s)[i] = (double)VECTOR(cores)[i];
    if (eg_rank(g, &s, &order, &err) != EG_OK) {
        cli_error("%s", err.msg);
        status = EXIT_INPUT;
        goto cleanup;
    }
    ranked_rows(&t, g, a, &order, &s, 1, 0);
    status = finish(&t, a);
cleanup:
    cli_table_release(&t);
    igraph_vector_int_destroy(&cores);
    igraph_vector_int_destroy(&order);
    igraph_vector_destroy(&s);
    return status;
}

/* ---- communities ---- */

static int run_communities(const eg_graph *g, const query_args *a)
{
    static const cli_column cols[] = {{"community", COL_INT}, {"size", COL_INT}, {"members", COL_STR}};
    static const cli_column csv_cols[] = {{"community", COL_INT}, {"id", COL_STR}, {"label", COL_STR},
                                          {"type", COL_STR}};
    eg_communities c;
    igraph_vector_t strength;
    igraph_vector_int_t order;
    igraph_integer_t i, k, ncomm;
    cli_table t;
    eg_error err;
    json_t *root = NULL, *list = NULL;
    char *members = NULL;
    size_t cap = 0, len = 0;
    int status = EXIT_OK, have_c = 0;
    eg_error_clear(&err);
    cli_table_init(&t, a->format == OUT_CSV ? csv_cols : cols, a->format == OUT_CSV ? 4 : 3);
    igraph_vector_init(&strength, 0);
    igraph_vector_int_init(&order, 0);
    if (eg_communities_init(&c, &err) != EG_OK) {
        cli_error("%s", err.msg);
        status = EXIT_INPUT;
        goto cleanup;
    }
    have_c = 1;
    if (eg_graph_communities(g, a->method, a->resolution, a->seed, &c, &err) != EG_OK ||
        eg_graph_centrality(g, EG_CENT_STRENGTH, &strength, &err) != EG_OK ||
        eg_rank(g, &strength, &order, &err) != EG_OK) {
        cli_error("%s: %s", a->graph, err.msg);
        status = EXIT_INPUT;
        goto cleanup;
    }
    ncomm = igraph_vector_int_size(&c.sizes);
    if (a->top && (size_t)ncomm > a->top)
        ncomm = (igraph_integer_t)a->top;
    if (a->format == OUT_JSON) {
        root = json_pack("{s:s, s:f, s:I, s:f, s:I, s:[]}", "method", eg_community_method_name(a->method),
                         "resolution", a->resolution, "seed", (json_int_t)a->seed, "modularity", c.modularity,
                         "count", (json_int_t)igraph_vector_int_size(&c.sizes), "communities");
        list = root ? json_object_get(root, "communities") : NULL;
        for (k = 0; list && k < ncomm; k++) {
            json_t *m = json_array(), *o = json_pack("{s:I, s:I}", "community", (json_int_t)(k + 1), "size",
                                                     (json_int_t)VECTOR(c.sizes)[k]);
            if (!m || !o || json_object_set_new(o, "members", m) || json_array_append_new(list, o)) {
                json_decref(m);
                list = NULL;
                break;
            }
            for (i = 0; i < igraph_vector_int_size(&order); i++) {
                igraph_integer_t v = VECTOR(order)[i];
                if (VECTOR(c.membership)[v] != k || !type_ok(g, a, v))
                    continue;
                json_array_append_new(m, json_pack("{s:s, s:s, s:s}", "id", eg_graph_vstr(g, "id", v), "label",
                                                   eg_graph_vstr(g, "label", v), "type", eg_graph_vstr(g, "type", v)));
            }
        }
        if (!list || !cli_print_json(root, stdout)) {
            cli_error("out of memory or write error");
            status = EXIT_INPUT;
        }
        goto cleanup;
    }
    if (a->format == OUT_TEXT &&
        printf("%s: %lld communities, modularity %.4f (resolution %g, seed %lu)\n", eg_community_method_name(a->method),
               (long long)igraph_vector_int_size(&c.sizes), c.modularity, a->resolution, a->seed) < 0) {
        status = EXIT_INPUT;
        goto cleanup;
    }
    for (k = 0; k < ncomm; k++) {
        size_t listed = 0;
        len = 0;
        if (a->format == OUT_TEXT) {
            cli_table_row(&t);
            cli_table_num(&t, 0, (double)(k + 1));
            cli_table_num(&t, 1, (double)VECTOR(c.sizes)[k]);
        }
        for (i = 0; i < igraph_vector_int_size(&order); i++) {
            igraph_integer_t v = VECTOR(order)[i];
            const char *label = eg_graph_vstr(g, "label", v);
            if (VECTOR(c.membership)[v] != k || !type_ok(g, a, v))
                continue;
            if (a->format == OUT_CSV) {
                cli_table_row(&t);
                cli_table_num(&t, 0, (double)(k + 1));
                cli_table_str(&t, 1, eg_graph_vstr(g, "id", v));
                cli_table_str(&t, 2, label);
                cli_table_str(&t, 3, eg_graph_vstr(g, "type", v));
                continue;
            }
            /* text: the members by strength, comma-separated, the first 12 */
            if (listed == 12) {
                label = "...";
            } else if (listed > 12)
                continue;
            listed++;
            if (len + strlen(label) + 3 > cap) {
                size_t ncap = 2 * (len + strlen(label) + 3);
                char *p = realloc(members, ncap);
                if (!p) {
                    cli_error("out of memory");
                    status = EXIT_INPUT;
                    goto cleanup;
                }
                members = p;
                cap = ncap;
            }
            len += (size_t)sprintf(members + len, "%s%s", listed > 1 ? ", " : "", label);
        }
        if (a->format == OUT_TEXT)
            cli_table_str(&t, 2, len ? members : "");
    }
    status = finish(&t, a);
cleanup:
    free(members);
    json_decref(root);
    cli_table_release(&t);
    if (have_c)
        eg_communities_release(&c);
    igraph_vector_destroy(&strength);
    igraph_vector_int_destroy(&order);
    return status;
}

/* ---- chains, neighbourhoods, links, meetings ---- */

static int find(const eg_graph *g, const char *name, igraph_integer_t *v)
{
    eg_error err;
    eg_error_clear(&err);
    if (eg_graph_find(g, name, v, &err) != EG_OK) {
        cli_error("%s", err.msg);
        return 0;
    }
    return 1;
}

static int run_path(const eg_graph *g, const query_args *a)
{
    static const cli_column cols[] = {{"hop", COL_INT},    {"from", COL_STR},     {"to", COL_STR},
                                      {"kind", COL_STR},   {"weight", COL_INT},   {"doc", COL_STR},
                                      {"sentence", COL_STR}};
    igraph_integer_t s, d, i;
    igraph_vector_int_t vs, es;
    cli_table t;
    eg_error err;
    int status = EXIT_OK;
    json_t *root = NULL, *chain = NULL;
    eg_error_clear(&err);
    if (!find(g, a->name, &s) || !find(g, a->name_b, &d))
        return EXIT_INPUT;
    cli_table_init(&t, cols, 7);
    igraph_vector_int_init(&vs, 0);
    igraph_vector_int_init(&es, 0);
    if (eg_graph_chain(g, s, d, &vs, &es, &err) != EG_OK) {
        cli_error("%s", err.msg);
        status = EXIT_INPUT;
        goto cleanup;
    }
    for (i = 0; i < igraph_vector_int_size(&es); i++) {
        igraph_integer_t e = VECTOR(es)[i], from = VECTOR(vs)[i], to = VECTOR(vs)[i + 1];
        const char *doc, *text;
        first_evidence(g, e, &doc, &text);
        cli_table_row(&t);
        cli_table_num(&t, 0, (double)(i + 1));
        cli_table_str(&t, 1, eg_graph_vstr(g, "label", from));
        cli_table_str(&t, 2, eg_graph_vstr(g, "label", to));
        cli_table_str(&t, 3, eg_graph_estr(g, "kind", e));
        cli_table_num(&t, 4, weight_of(g, e));
        cli_table_str(&t, 5, doc);
        cli_table_str(&t, 6, text);
        if (a->format == OUT_JSON)
            cli_table_extra(&t, json_pack("{s:s, s:s, s:o*}", "from_id", eg_graph_vstr(g, "id", from), "to_id",
                                          eg_graph_vstr(g, "id", to), "evidence", evidence_json(g, e)));
    }
    if (a->format == OUT_JSON) {
        chain = cli_table_json(&t);
        root = chain ? json_pack("{s:s, s:s, s:I, s:o}", "from", eg_graph_vstr(g, "id", s), "to",
                                 eg_graph_vstr(g, "id", d), "hops", (json_int_t)igraph_vector_int_size(&es), "chain",
                                 chain)
                     : NULL;
        if (!cli_print_json(root, stdout)) {
            cli_error("out of memory or write error");
            status = EXIT_INPUT;
        }
    } else {
        if (a->format == OUT_TEXT && igraph_vector_int_size(&es) == 0)
            printf("%s and %s are the same entity\n", eg_graph_vstr(g, "label", s), eg_graph_vstr(g, "label", d));
        else {
            if (a->format == OUT_TEXT)
                printf("%s to %s: %lld link%s\n", eg_graph_vstr(g, "label", s), eg_graph_vstr(g, "label", d),
                       (long long)igraph_vector_int_size(&es), igraph_vector_int_size(&es) == 1 ? "" : "s");
            status = finish(&t, a);
        }
    }
cleanup:
    json_decref(root);
    cli_table_release(&t);
    igraph_vector_int_destroy(&vs);
    igraph_vector_int_destroy(&es);
    return status;
}

static int run_ego(const eg_graph *g, const query_args *a)
{
    static const cli_column cols[] = {{"hops", COL_INT}, {"entity", COL_STR}, {"type", COL_STR},
                                      {"id", COL_STR},   {"via", COL_STR},    {"kind", COL_STR},
                                      {"weight", COL_INT}};
    igraph_integer_t c, i;
    igraph_vector_int_t vs, hops, via, via_e;
    cli_table t;
    eg_error err;
    int status = EXIT_OK;
    eg_error_clear(&err);
    if (!find(g, a->name, &c))
        return EXIT_INPUT;
    cli_table_init(&t, cols, 7);
    igraph_vector_int_init(&vs, 0);
    igraph_vector_int_init(&hops, 0);
    igraph_vector_int_init(&via, 0);
    igraph_vector_int_init(&via_e, 0);
    if (eg_graph_ego(g, c, (igraph_integer_t)a->radius, &vs, &hops, &via, &via_e, &err) != EG_OK) {
        cli_error("%s", err.msg);
        status = EXIT_INPUT;
        goto cleanup;
    }
    for (i = 0; i < igraph_vector_int_size(&vs) && (a->top == 0 || (size_t)t.nrows < a->top); i++) {
        igraph_integer_t v = VECTOR(vs)[i], e = VECTOR(via_e)[i];
        if (!type_ok(g, a, v) && v != c)
            continue;
        cli_table_row(&t);
        cli_table_num(&t, 0, (double)VECTOR(hops)[i]);
        cli_table_str(&t, 1, eg_graph_vstr(g, "label", v));
        cli_table_str(&t, 2, eg_graph_vstr(g, "type", v));
        cli_table_str(&t, 3, eg_graph_vstr(g, "id", v));
        cli_table_str(&t, 4, e >= 0 ? eg_graph_vstr(g, "label", VECTOR(via)[i]) : "");
        cli_table_str(&t, 5, e >= 0 ? eg_graph_estr(g, "kind", e) : "");
        cli_table_num(&t, 6, e >= 0 ? weight_of(g, e) : 0);
        if (a->format == OUT_JSON && e >= 0)
            cli_table_extra(&t, json_pack("{s:s}", "via_id", eg_graph_vstr(g, "id", VECTOR(via)[i])));
    }
    if (a->format == OUT_TEXT)
        printf("%s: %lld entities within %ld link%s\n", eg_graph_vstr(g, "label", c),
               (long long)igraph_vector_int_size(&vs) - 1, a->radius, a->radius == 1 ? "" : "s");
    status = finish(&t, a);
cleanup:
    cli_table_release(&t);
    igraph_vector_int_destroy(&vs);
    igraph_vector_int_destroy(&hops);
    igraph_vector_int_destroy(&via);
    igraph_vector_int_destroy(&via_e);
    return status;
}

static int run_links(const eg_graph *g, const query_args *a, int meetings)
{
    static const cli_column link_cols[] = {{"entity", COL_STR}, {"type", COL_STR},   {"kind", COL_STR},
                                           {"weight", COL_INT}, {"doc", COL_STR},    {"sentence", COL_STR}};
    static const cli_column meet_cols[] = {{"date", COL_STR},   {"with", COL_STR}, {"place", COL_STR},
                                           {"status", COL_STR}, {"mode", COL_STR}, {"weight", COL_INT},
                                           {"doc", COL_STR},    {"sentence", COL_STR}};
    igraph_integer_t v, i;
    igraph_vector_int_t es;
    cli_table t;
    eg_error err;
    int status = EXIT_OK;
    eg_error_clear(&err);
    if (!find(g, a->name, &v))
        return EXIT_INPUT;
    if (meetings)
        cli_table_init(&t, meet_cols, 8);
    else
        cli_table_init(&t, link_cols, 6);
    igraph_vector_int_init(&es, 0);
    if ((meetings ? eg_graph_meetings_of(g, v, &es, &err) : eg_graph_links_of(g, v, NULL, &es, &err)) != EG_OK) {
        cli_error("%s", err.msg);
        status = EXIT_INPUT;
        goto cleanup;
    }
    if (meetings && igraph_vector_int_size(&es) == 0 && eg_graph_count_kind(g, EG_KIND_MET) == 0)
        cli_error("%s has no meetings (links of kind 'met') at all", a->graph);
    for (i = 0; i < igraph_vector_int_size(&es) && (a->top == 0 || (size_t)t.nrows < a->top); i++) {
        igraph_integer_t e = VECTOR(es)[i], o = IGRAPH_OTHER(&g->g, e, v);
        const char *doc, *text;
        if (!type_ok(g, a, o))
            continue;
        first_evidence(g, e, &doc, &text);
        cli_table_row(&t);
        if (meetings) {
            cli_table_str(&t, 0, eg_graph_estr(g, "date", e));
            cli_table_str(&t, 1, eg_graph_vstr(g, "label", o));
            cli_table_str(&t, 2, eg_graph_estr(g, "place", e));
            cli_table_str(&t, 3, eg_graph_estr(g, "status", e));
            cli_table_str(&t, 4, eg_graph_estr(g, "mode", e));
            cli_table_num(&t, 5, weight_of(g, e));
            cli_table_str(&t, 6, doc);
            cli_table_str(&t, 7, text);
        } else {
            cli_table_str(&t, 0, eg_graph_vstr(g, "label", o));
            cli_table_str(&t, 1, eg_graph_vstr(g, "type", o));
            cli_table_str(&t, 2, eg_graph_estr(g, "kind", e));
            cli_table_num(&t, 3, weight_of(g, e));
            cli_table_str(&t, 4, doc);
            cli_table_str(&t, 5, text);
        }
        if (a->format == OUT_JSON)
            cli_table_extra(&t, json_pack("{s:s, s:o*}", "id", eg_graph_vstr(g, "id", o), "evidence",
                                          evidence_json(g, e)));
    }
    status = finish(&t, a);
cleanup:
    cli_table_release(&t);
    igraph_vector_int_destroy(&es);
    return status;
}

/* ---- arguments ---- */

/* Take "--path A B" (or "--path=A B") out of argv before getopt, which knows options of one argument only.
 * Returns 0 when B is missing. */
static int take_path(int *argc, char **argv, const char **a, const char **b)
{
    int i, j, n = *argc;
    for (i = 1; i < n; i++) {
        int skip;
        if (strcmp(argv[i], "--") == 0)
            break;
        if (strcmp(argv[i], "--path") == 0) {
            if (i + 2 >= n)
                return 0;
            *a = argv[i + 1];
            *b = argv[i + 2];
            skip = 3;
        } else if (strncmp(argv[i], "--path=", 7) == 0) {
            if (i + 1 >= n)
                return 0;
            *a = argv[i] + 7;
            *b = argv[i + 1];
            skip = 2;
        } else
            continue;
        for (j = i; j + skip < n; j++)
            argv[j] = argv[j + skip];
        *argc = n - skip;
        argv[*argc] = NULL;
        return 1;
    }
    return 1;
}

int cmd_query(int argc, char **argv)
{
    enum { O_COMM = 256, O_KCORE, O_EGO, O_NEIGH, O_MEET, O_RADIUS, O_RES, O_SEED, O_SOURCES, O_JSON, O_CSV };
    static const struct option longopts[] = {
        {"centrality", required_argument, NULL, 'c'}, {"communities", required_argument, NULL, O_COMM},
        {"kcore", no_argument, NULL, O_KCORE},        {"ego", required_argument, NULL, O_EGO},
        {"neighbors", required_argument, NULL, O_NEIGH}, {"neighbours", required_argument, NULL, O_NEIGH},
        {"meetings", required_argument, NULL, O_MEET}, {"top", required_argument, NULL, 'n'},
        {"type", required_argument, NULL, 't'},       {"types", required_argument, NULL, 't'},
        {"min-weight", required_argument, NULL, 'w'}, {"radius", required_argument, NULL, O_RADIUS},
        {"resolution", required_argument, NULL, O_RES}, {"seed", required_argument, NULL, O_SEED},
        {"sources", required_argument, NULL, O_SOURCES}, {"json", no_argument, NULL, O_JSON},
        {"csv", no_argument, NULL, O_CSV},            {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0},
    };
    query_args a;
    int opt, nquestions = 0, status = EXIT_OK;
    size_t radius = 1, seed = 1;
    const char *path_a = NULL, *path_b = NULL;
    eg_graph *loaded = NULL, *g = NULL;
    eg_select_options so;
    eg_error err;
    memset(&a, 0, sizeof a);
    a.q = Q_CENTRALITY;
    a.centralities = "pagerank";
    a.top = DEFAULT_TOP;
    a.resolution = 1;
    a.radius = 1;
    a.seed = 1;
    a.format = OUT_TEXT;
    eg_error_clear(&err);
    if (!take_path(&argc, argv, &path_a, &path_b))
        return cli_usage_error("query", "--path needs two names: --path A B");
    if (path_a) {
        a.q = Q_PATH;
        a.name = path_a;
        a.name_b = path_b;
        nquestions++;
    }
    optind = 1;
    while ((opt = getopt_long(argc, argv, "c:n:t:w:h", longopts, NULL)) != -1) {
        switch (opt) {
        case 'c': a.q = Q_CENTRALITY; a.centralities = optarg; nquestions++; break;
        case O_COMM:
            if (!eg_community_method_parse(optarg, &a.method))
                return cli_usage_error("query", "--communities takes louvain or leiden, not '%s'", optarg);
            a.q = Q_COMMUNITIES;
            nquestions++;
            break;
        case O_KCORE: a.q = Q_KCORE; nquestions++; break;
        case O_EGO: a.q = Q_EGO; a.name = optarg; nquestions++; break;
        case O_NEIGH: a.q = Q_NEIGHBORS; a.name = optarg; nquestions++; break;
        case O_MEET: a.q = Q_MEETINGS; a.name = optarg; nquestions++; break;
        case 'n':
            if (!cli_parse_size(optarg, &a.top))
                return cli_usage_error("query", "--top needs a number, not '%s'", optarg);
            break;
        case 't':
            if (!cli_parse_types(optarg))
                return cli_usage_error("query", "--type takes person,organization,country,place, not '%s'", optarg);
            a.types = optarg;
            break;
        case 'w':
            if (!cli_parse_double(optarg, &a.min_weight))
                return cli_usage_error("query", "--min-weight needs a non-negative number, not '%s'", optarg);
            break;
        case O_RADIUS:
            if (!cli_parse_size(optarg, &radius) || radius > 1000000)
                return cli_usage_error("query", "--radius needs a number, not '%s'", optarg);
            a.radius = (long)radius;
            break;
        case O_RES:
            if (!cli_parse_double(optarg, &a.resolution) || a.resolution <= 0)
                return cli_usage_error("query", "--resolution needs a positive number, not '%s'", optarg);
            break;
        case O_SEED:
            if (!cli_parse_size(optarg, &seed))
                return cli_usage_error("query", "--seed needs a number, not '%s'", optarg);
            a.seed = (unsigned long)seed;
            break;
        case O_SOURCES:
            if (!cli_parse_size(optarg, &a.sources) || a.sources == 0)
                return cli_usage_error("query", "--sources needs a positive number, not '%s'", optarg);
            break;
        case O_JSON: a.format = OUT_JSON; break;
        case O_CSV: a.format = OUT_CSV; break;
        case 'h': fputs(cmd_query_usage, stdout); return cli_close_stdout(EXIT_OK);
        default: return cli_usage_error("query", "unknown option");
        }
    }
    if (optind != argc - 1)
        return cli_usage_error("query", "give exactly one graph file");
    if (nquestions > 1)
        return cli_usage_error("query", "ask one question at a time");
    a.graph = argv[optind];
    if (eg_graph_load_graphml(&loaded, a.graph, &err) != EG_OK) {
        cli_error("%s", err.msg);
        return cli_close_stdout(EXIT_INPUT);
    }
    g = loaded;
    if (a.min_weight > 0) {
        eg_select_options_init(&so);
        so.min_weight = a.min_weight;
        so.drop_orphans = 0;   /* every entity stays, so that scores are over the same set */
        if (eg_graph_select(&g, loaded, &so, &err) != EG_OK) {
            cli_error("%s", err.msg);
            g = NULL;
            status = EXIT_INPUT;
            goto cleanup;
        }
    }
    switch (a.q) {
    case Q_CENTRALITY: status = run_centrality(g, &a); break;
    case Q_COMMUNITIES: status = run_communities(g, &a); break;
    case Q_KCORE: status = run_kcore(g, &a); break;
    case Q_PATH: status = run_path(g, &a); break;
    case Q_EGO: status = run_ego(g, &a); break;
    case Q_NEIGHBORS: status = run_links(g, &a, 0); break;
    case Q_MEETINGS: status = run_links(g, &a, 1); break;
    }
cleanup:
    if (g != loaded)
        eg_graph_free(g);
    eg_graph_free(loaded);
    return cli_close_stdout(status);
}
