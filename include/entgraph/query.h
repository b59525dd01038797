/* entgraph/query.h: centralities and ranking.
 *
 * Centralities are computed by igraph on all the graph's edges (parallel edges of different kinds included),
 * weighted by the `weight` attribute where weight means something. Definitions, chosen to match networkx's
 * functions (tests/check_centrality.py compares every one to 1e-9):
 *   degree       number of links (networkx G.degree())
 *   strength     sum of link weights (G.degree(weight="weight"))
 *   betweenness  shortest paths through the entity, each pair counted once, not normalised, with distance
 *                1 / weight (betweenness_centrality(normalized=False, weight=1/w))
 *   closeness    r / (sum of distances to the r reachable entities) x r / (n - 1), distance 1 / weight: the
 *                Wasserman-Faust form for disconnected graphs, 0 for an isolated entity (closeness_centrality)
 *   harmonic     sum over the other entities of 1 / distance, divided by n - 1 (harmonic_centrality / (n - 1))
 *   eigenvector  leading eigenvector of the weighted adjacency matrix, scaled so the largest is 1
 *                (eigenvector_centrality_numpy / its maximum)
 *   pagerank     damping 0.85, weighted, dangling entities jump uniformly (pagerank(alpha=0.85))
 * A missing, non-finite or non-positive weight counts as 1. */
#ifndef ENTGRAPH_QUERY_H
#define ENTGRAPH_QUERY_H

#include <igraph.h>
#include "entgraph/error.h"
#include "entgraph/graph.h"

typedef enum {
    EG_CENT_DEGREE = 0,
    EG_CENT_STRENGTH,
    EG_CENT_BETWEENNESS,
    EG_CENT_CLOSENESS,
    EG_CENT_HARMONIC,
    EG_CENT_EIGENVECTOR,
    EG_CENT_PAGERANK,
    EG_NCENTRALITIES
} eg_centrality;

/* "degree", "strength", "betweenness", "closeness", "harmonic", "eigenvector", "pagerank" */
const char *eg_centrality_name(eg_centrality c);
int eg_centrality_parse(const char *name, eg_centrality *c);

/* The edge weights igraph is given: the `weight` attribute (1 where missing or not positive), or with distance
 * set its inverse 1 / weight. w is initialised here (caller destroys it, also on failure it is left destroyed). */
eg_status eg_graph_weights(const eg_graph *g, int distance, igraph_vector_t *w, eg_error *err);

/* scores (initialised by the caller, any size) receives one value per vertex. Betweenness is exact: O(V E log V);
 * use eg_graph_betweenness_sampled past some 50,000 vertices. */
eg_status eg_graph_centrality(const eg_graph *g, eg_centrality c, igraph_vector_t *scores, eg_error *err);

/* Betweenness estimated from nsources sources drawn at random (seeded: the same seed gives the same sample and
 * values), scaled by V / nsources so that it estimates eg_graph_centrality's betweenness; nsources >= V gives the
 * exact value. O(nsources E log V), shared out over the processors (src/betweenness.c). */
eg_status eg_graph_betweenness_sampled(const eg_graph *g, igraph_integer_t nsources, unsigned long seed,
                                       igraph_vector_t *scores, eg_error *err);

/* PageRank with the given damping (0.85 is the usual), weighted, dangling entities jumping uniformly; scores
 * (initialised by the caller) sum to 1 and are within 6e-10 of the fixed point (L1). Power iteration over a compact
 * copy of the graph, on several processors past 20,000 entities (src/pagerank.c). */
eg_status eg_graph_pagerank(const eg_graph *g, double damping, igraph_vector_t *scores, eg_error *err);

/* order (initialised by the caller) receives the vertex indices by decreasing score, ties by label then index. */
eg_status eg_rank(const eg_graph *g, const igraph_vector_t *scores, igraph_vector_int_t *order, eg_error *err);

#endif
