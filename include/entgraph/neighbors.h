/* entgraph/neighbors.h: the links of one entity, and its meetings.
 *
 * A meeting is an edge of kind "met" (EG_KIND_MET) with the string attributes place, date (ISO 8601, possibly
 * partial: "2024", "2024-03", "2024-03-05"), status and mode; any of them may be missing or empty. */
#ifndef ENTGRAPH_NEIGHBORS_H
#define ENTGRAPH_NEIGHBORS_H

#include <igraph.h>
#include "entgraph/error.h"
#include "entgraph/graph.h"

#define EG_KIND_MET "met"

/* The links of v, every kind or only those whose kind attribute equals kind (when non-NULL), heaviest first, ties
 * by the other entity's label, then by edge index. edges (initialised by the caller) receives edge indices; the
 * other end of edge e is IGRAPH_OTHER(&g->g, e, v). O(d log d) for d links. */
eg_status eg_graph_links_of(const eg_graph *g, igraph_integer_t v, const char *kind, igraph_vector_int_t *edges,
                            eg_error *err);

/* The meetings of v: its links of kind "met", by date (undated last), then by the other entity's label. */
eg_status eg_graph_meetings_of(const eg_graph *g, igraph_integer_t v, igraph_vector_int_t *edges, eg_error *err);

/* Number of edges of the given kind in g. O(E). */
igraph_integer_t eg_graph_count_kind(const eg_graph *g, const char *kind);

#endif
