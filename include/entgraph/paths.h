/* entgraph/paths.h: how entities are connected: the shortest chain between two, and the neighbourhood of one.
 *
 * Both follow the same rule: fewest links first, and among chains with as few links, the strongest (the smallest
 * sum of 1 / weight); between two entities joined by parallel links the heaviest link is the hop. So a direct
 * link always wins over a detour, and a detour through well-attested links beats one through single mentions. */
#ifndef ENTGRAPH_PATHS_H
#define ENTGRAPH_PATHS_H

#include <igraph.h>
#include "entgraph/error.h"
#include "entgraph/graph.h"

/* The chain from a to b. vertices (initialised by the caller) receives a, ..., b and edges (initialised by the
 * caller) the link of each hop (one fewer). a == b gives the one-vertex chain. EG_ENOTFOUND (with a message naming
 * both labels) when b cannot be reached from a. O(V + E). */
eg_status eg_graph_chain(const eg_graph *g, igraph_integer_t a, igraph_integer_t b, igraph_vector_int_t *vertices,
                         igraph_vector_int_t *edges, eg_error *err);

/* The entities at most radius links from center (radius >= 0). vertices receives them in order of distance (center
 * first, then by decreasing weight of the link they are reached through, then by index); hops[i] is the number of
 * links from the center to vertices[i], via[i] the entity before it on its chain (-1 for the center) and
 * via_edge[i] that link (-1 for the center). Every vector is initialised by the caller; via and via_edge may be
 * NULL. O(V + E) at most. */
eg_status eg_graph_ego(const eg_graph *g, igraph_integer_t center, igraph_integer_t radius,
                       igraph_vector_int_t *vertices, igraph_vector_int_t *hops, igraph_vector_int_t *via,
                       igraph_vector_int_t *via_edge, eg_error *err);

#endif
