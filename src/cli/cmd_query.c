/* cmd_query.c: `entgraph query`: rank the entities of a GraphML file by a centrality. */
#include <getopt.h>
#include <jansson.h>
#include <string.h>

#include "cli.h"
#include "entgraph/graph.h"
#include "entgraph/query.h"

const char cmd_query_usage[] =
    "usage: entgraph query GRAPH.graphml --centrality NAME [OPTIONS]\n"
    "\n"
    "Ranks the entities of a graph written by 'entgraph build'. NAME is degree, strength, betweenness,\n"
    "closeness, harmonic, eigenvector or pagerank. Strength, eigenvector and PageRank weigh each link by its\n"
    "weight; betweenness, closeness and harmonic centrality use distance = 1 / weight, so a link seen in many\n"
    "sentences is a short path. Closeness and harmonic centrality are normalised.\n"
    "\n"
    "Options:\n"
    "  -c, --centrality NAME  the measure (required)\n"
    "  -n, --top N            show the N highest (default 20; 0 = all)\n"
    "  -t, --type LIST        only entities of these types: person,organization,country,place\n"
    "      --json             a JSON array of {rank, id, label, type, score}\n"
    "  -h, --help             this help\n"
    "\n"
    "Exit status: 0 success; 1 the graph could not be read; 2 usage error.\n";

int cmd_query(int argc, char **argv)
{
    static const struct option longopts[] = {
        {"centrality", required_argument, NULL, 'c'}, {"top", required_argument, NULL, 'n'},
        {"type", required_argument, NULL, 't'},       {"json", no_argument, NULL, 'j'},
        {"help", no_argument, NULL, 'h'},             {NULL, 0, NULL, 0},
    };
    const char *cname = NULL;
    eg_centrality cent;
    size_t top = 20, shown = 0;
    unsigned types = 0;
    int opt, json = 0, status = EXIT_OK;
    eg_graph *g = NULL;
    eg_error err;
    igraph_vector_t scores;
    igraph_vector_int_t order;
    igraph_integer_t i;
    json_t *arr = NULL;
    eg_error_clear(&err);
    optind = 1;
    while ((opt = getopt_long(argc, argv, "c:n:t:h", longopts, NULL)) != -1) {
        switch (opt) {
        case 'c': cname = optarg; break;
        case 'n':
            if (!cli_parse_size(optarg, &top))
                return cli_usage_error("query", "--top needs a number, not '%s'", optarg);
            break;
        case 't':
            if (!(types = cli_parse_types(optarg)))
                return cli_usage_error("query", "--type takes person,organization,country,place, not '%s'", optarg);
            break;
        case 'j': json = 1; break;
        case 'h': fputs(cmd_query_usage, stdout); return cli_close_stdout(EXIT_OK);
        default: return cli_usage_error("query", "unknown option");
        }
    }
    if (optind != argc - 1)
        return cli_usage_error("query", "give exactly one graph file");
    if (!cname)
        return cli_usage_error("query", "say what to compute: --centrality degree|pagerank|betweenness|...");
    if (!eg_centrality_parse(cname, &cent))
        return cli_usage_error("query", "unknown centrality '%s'", cname);
    if (eg_graph_load_graphml(&g, argv[optind], &err) != EG_OK) {
        cli_error("%s", err.msg);
        return cli_close_stdout(EXIT_INPUT);
    }
    igraph_vector_init(&scores, 0);
    igraph_vector_int_init(&order, 0);
    if (eg_graph_centrality(g, cent, &scores, &err) != EG_OK || eg_rank(g, &scores, &order, &err) != EG_OK) {
        cli_error("%s: %s", argv[optind], err.msg);
        status = EXIT_INPUT;
        goto cleanup;
    }
    if (json)
        arr = json_array();
    else
        printf("%4s  %-40s  %-12s  %s\n", "rank", "entity", "type", cname);
    for (i = 0; i < igraph_vector_int_size(&order) && (top == 0 || shown < top); i++) {
        igraph_integer_t v = VECTOR(order)[i];
        const char *type = eg_graph_vstr(g, "type", v);
        eg_type t;
        if (types && (!eg_type_parse(type, strlen(type), &t) || !(types & (1u << t))))
            continue;
        shown++;
        if (json) {
            json_t *o = json_object();
            json_object_set_new(o, "rank", json_integer((json_int_t)shown));
            json_object_set_new(o, "id", json_string(eg_graph_vstr(g, "id", v)));
            json_object_set_new(o, "label", json_string(eg_graph_vstr(g, "label", v)));
            json_object_set_new(o, "type", json_string(type));
            json_object_set_new(o, "score", json_real(VECTOR(scores)[v]));
            json_array_append_new(arr, o);
        } else
            printf("%4zu  %-40s  %-12s  %.6g\n", shown, eg_graph_vstr(g, "label", v), type, VECTOR(scores)[v]);
    }
    if (json) {
        json_dumpf(arr, stdout, JSON_INDENT(1) | JSON_REAL_PRECISION(17));
        putchar('\n');
    }
cleanup:
    json_decref(arr);
    igraph_vector_destroy(&scores);
    igraph_vector_int_destroy(&order);
    eg_graph_free(g);
    return cli_close_stdout(status);
}
