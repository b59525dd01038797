/* dot_build.h (internal): an eg_graph as a styled cgraph graph, shared by the DOT and SVG/PNG writers. */
#ifndef ENTGRAPH_DOT_BUILD_H
#define ENTGRAPH_DOT_BUILD_H

#include <graphviz/cgraph.h>
#include "entgraph/error.h"
#include "entgraph/graph.h"
#include "entgraph/write.h"

/* Build the cgraph graph (caller closes with agclose). layout is the layout the drawing will use, so that
 * layout-specific attributes can be set. */
eg_status eg_dot_build(const eg_graph *g, const char *layout, const eg_render_options *opts, Agraph_t **out,
                       eg_error *err);

/* Escape a value for a Graphviz string attribute: backslashes doubled (labels interpret \n, \N ...), control
 * characters dropped, invalid UTF-8 replaced. Caller frees. */
char *eg_dot_escape(const char *s);

#endif
