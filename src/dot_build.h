/* dot_build.h (internal): an eg_graph as a styled cgraph graph, shared by the DOT, SVG/PNG and HTML writers. */
#ifndef ENTGRAPH_DOT_BUILD_H
#define ENTGRAPH_DOT_BUILD_H

#include <graphviz/cgraph.h>
#include "entgraph/error.h"
#include "entgraph/graph.h"
#include "entgraph/write.h"

/* Build the cgraph graph (caller closes with agclose). layout is the layout the drawing will use, so that
 * layout-specific attributes can be set. With index_ids, SVG ids are "n<vertex index>" and "e<edge index>" (the
 * HTML view finds its data by them); otherwise a node's id is its entity id. EG_EINVAL for an unknown size_by or
 * color_by. */
eg_status eg_dot_build(const eg_graph *g, const char *layout, const eg_render_options *opts, int index_ids,
                       Agraph_t **out, eg_error *err);

/* Lay g out and render it into memory in format ("svg", "png", "dot"): *data (caller frees with free()) and *len.
 * Checks the layout and format names (EG_EINVAL). */
eg_status eg_dot_render_data(const eg_graph *g, const char *format, const eg_render_options *opts, int index_ids,
                             char **data, size_t *len, eg_error *err);

/* Escape a value for a Graphviz string attribute: cleaned (control characters dropped, invalid UTF-8 replaced),
 * backslashes doubled (labels interpret \n, \N ...) and & written &amp; (Graphviz reads entities in labels and
 * passes them through to SVG unescaped). Caller frees; NULL when out of memory. */
char *eg_dot_escape(const char *s);

/* The colour of community k in drawings: 12 distinct fills, then grey. */
const char *eg_dot_community_color(igraph_integer_t k);

/* Write the HTML page around an SVG drawing rendered with index ids (svg[0..len), borrowed). */
eg_status eg_html_write_page(const eg_graph *g, const char *path, const eg_render_options *opts, const char *svg,
                             size_t len, eg_error *err);


#endif
