/* entgraph/community.h: groups of entities: modularity communities (Louvain, Leiden) and k-cores.
 *
 * Communities are found on the weighted graph (weight as strength of tie, parallel edges add up). Both methods
 * use igraph's random number generator, seeded here from the caller's seed, so the same graph and seed give the
 * same communities. Communities are numbered 0, 1, ... by decreasing size (ties: the one holding the lowest vertex
 * index first), so numbers are stable for a given partition. */
#ifndef ENTGRAPH_COMMUNITY_H
#define ENTGRAPH_COMMUNITY_H

#include <igraph.h>
#include "entgraph/error.h"
#include "entgraph/graph.h"

typedef enum {
    EG_COMM_LOUVAIN = 0,   /* igraph_community_multilevel */
    EG_COMM_LEIDEN,        /* igraph_community_leiden with the modularity quality function */
    EG_NCOMM_METHODS
} eg_community_method;

/* "louvain", "leiden" */
const char *eg_community_method_name(eg_community_method m);
int eg_community_method_parse(const char *name, eg_community_method *m);

typedef struct {
    igraph_vector_int_t membership;   /* vertex -> community number */
    igraph_vector_int_t sizes;        /* community -> number of vertices (decreasing) */
    double modularity;                /* of membership, weighted, at the given resolution */
} eg_communities;

/* In-place lifecycle: init before use, release after (also after a failed eg_graph_communities). */
eg_status eg_communities_init(eg_communities *c, eg_error *err);
void eg_communities_release(eg_communities *c);

/* Partition g into communities that maximise modularity with the given resolution (1 = classic modularity).
 * Leiden: igraph 0.10.2 optimises the constant Potts model, so it is given node weights = strength and
 * resolution / (2m), which makes its quality modularity; it runs one iteration at a time until the partition stops
 * changing (at most 100), as 0.10.2's "until convergence" mode does not converge. Louvain is igraph's multilevel
 * method, its last level. Near-linear time. */
eg_status eg_graph_communities(const eg_graph *g, eg_community_method m, double resolution, unsigned long seed,
                               eg_communities *out, eg_error *err);

/* The core number of every vertex: the largest k such that it belongs to a subgraph where every vertex has at
 * least k distinct neighbours (parallel edges and self-loops are not counted twice). cores is initialised by the
 * caller. O(V + E). */
eg_status eg_graph_coreness(const eg_graph *g, igraph_vector_int_t *cores, eg_error *err);

#endif
