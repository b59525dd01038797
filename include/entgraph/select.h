/* entgraph/select.h: the part of a graph to draw or query.
 *
 * Filters apply in this order: links lighter than min_weight or of other kinds go; entities of other types go,
 * with their links; entities that lost every link to these filters go (when drop_orphans); then only the entities
 * within `radius` links of `focus` stay; then only the `top` highest by a centrality computed on what is left (the
 * focus always stays). Each step makes a new graph: the input is never changed. */
#ifndef ENTGRAPH_SELECT_H
#define ENTGRAPH_SELECT_H

#include <stddef.h>
#include "entgraph/error.h"
#include "entgraph/graph.h"
#include "entgraph/query.h"

typedef struct {
    double min_weight;     /* links lighter than this go (0: none) */
    const char *types;     /* comma-separated entity types to keep (NULL: all), e.g. "person,organization" */
    const char *kinds;     /* comma-separated link kinds to keep (NULL: all), e.g. "met" */
    int drop_orphans;      /* drop entities whose links were all filtered away (isolated ones in g stay) */
    const char *focus;     /* a name for eg_graph_find (NULL: no focus) */
    int radius;            /* links from the focus */
    size_t top;            /* keep this many (0: all) */
    eg_centrality by;      /* ... ranked by this centrality */
} eg_select_options;

/* Defaults: no filter, drop_orphans on, radius 1, by strength. */
void eg_select_options_init(eg_select_options *o);

/* The selection of g that o describes (o may be NULL: a copy). Caller frees *out. EG_ENOTFOUND or EG_EINVAL
 * (ambiguous) when the focus cannot be found, or when it is filtered away. Near-linear, plus the centrality. */
eg_status eg_graph_select(eg_graph **out, const eg_graph *g, const eg_select_options *o, eg_error *err);

/* Is s one of the comma-separated names in list (ASCII case-insensitive, spaces around names ignored)? */
int eg_name_in_list(const char *list, const char *s);

#endif
