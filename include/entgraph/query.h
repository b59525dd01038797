/* entgraph/query.h: questions asked of a graph.
 *
 * Centralities are computed by igraph on the graph's edges, weighted by the `weight` attribute where weight means
 * something: strength, PageRank and eigenvector centrality use weight as strength of tie; betweenness, closeness
 * and harmonic centrality use distance = 1 / weight (a tie seen in many sentences is a short path). */
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

/* scores (initialised by the caller, any size) receives one value per vertex. */
eg_status eg_graph_centrality(const eg_graph *g, eg_centrality c, igraph_vector_t *scores, eg_error *err);

/* order (initialised by the caller) receives the vertex indices by decreasing score, ties by label then index. */
eg_status eg_rank(const eg_graph *g, const igraph_vector_t *scores, igraph_vector_int_t *order, eg_error *err);

#endif
