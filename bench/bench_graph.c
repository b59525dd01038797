/* bench_graph.c: times entgraph's library on one GraphML file, for bench/graph.sh (not a test).
 *
 * usage: entgraph_bench GRAPH.graphml [SOURCES]
 * Prints one JSON object of seconds: GraphML loading, PageRank, betweenness from SOURCES sampled sources (default
 * 100), Louvain; and the graph's size and the modularity found, so that the run can be checked. */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "entgraph/community.h"
#include "entgraph/graph.h"
#include "entgraph/query.h"

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

int main(int argc, char **argv)
{
    eg_graph *g = NULL;
    eg_error err;
    igraph_vector_t s;
    eg_communities c;
    double t0, t_load, t_pr, t_bt, t_lv;
    long sources = argc > 2 ? atol(argv[2]) : 100;
    int status = 1;
    if (argc < 2 || sources <= 0) {
        fprintf(stderr, "usage: entgraph_bench GRAPH.graphml [SOURCES]\n");
        return 2;
    }
    eg_igraph_setup();
    igraph_vector_init(&s, 0);
    if (eg_communities_init(&c, &err) != EG_OK)
        goto fail;
    t0 = now();
    if (eg_graph_load_graphml(&g, argv[1], &err) != EG_OK)
        goto fail;
    t_load = now() - t0;
    t0 = now();
    if (eg_graph_centrality(g, EG_CENT_PAGERANK, &s, &err) != EG_OK)
        goto fail;
    t_pr = now() - t0;
    t0 = now();
    if (eg_graph_betweenness_sampled(g, (igraph_integer_t)sources, 1, &s, &err) != EG_OK)
        goto fail;
    t_bt = now() - t0;
    t0 = now();
    if (eg_graph_communities(g, EG_COMM_LOUVAIN, 1.0, 1, &c, &err) != EG_OK)
        goto fail;
    t_lv = now() - t0;
    printf("{\"nodes\": %lld, \"edges\": %lld, \"load\": %.4f, \"pagerank\": %.4f, \"betweenness\": %.4f, "
           "\"louvain\": %.4f, \"communities\": %lld, \"modularity\": %.4f}\n",
           (long long)igraph_vcount(&g->g), (long long)igraph_ecount(&g->g), t_load, t_pr, t_bt, t_lv,
           (long long)igraph_vector_int_size(&c.sizes), c.modularity);
    status = 0;
    goto done;
fail:
    fprintf(stderr, "entgraph_bench: %s\n", err.msg);
done:
    eg_communities_release(&c);
    igraph_vector_destroy(&s);
    eg_graph_free(g);
    return status;
}
