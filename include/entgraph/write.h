/* entgraph/write.h: every output format.
 *
 * The extract writer streams one JSON Lines record per document (the contract in the README and
 * spec/extract.md). The graph writers take an eg_graph (entgraph/graph.h) and write to a temporary file renamed
 * into place (entgraph/outfile.h). Every string that reaches XML, DOT or JSON is made safe first: control
 * characters removed, invalid UTF-8 replaced, and XML/DOT escaping applied. */
#ifndef ENTGRAPH_WRITE_H
#define ENTGRAPH_WRITE_H

#include <stdio.h>
#include "entgraph/corpus.h"
#include "entgraph/error.h"
#include "entgraph/extract.h"
#include "entgraph/graph.h"
#include "entgraph/text.h"

/* The extract writer. Ids are final only once the whole corpus is resolved, so records are kept in a temporary
 * file (not in memory) until eg_extract_writer_finish writes them, in input order, to out. */
typedef struct eg_extract_writer eg_extract_writer;

/* out is borrowed until eg_extract_writer_free. Caller frees. */
eg_status eg_extract_writer_new(eg_extract_writer **w, FILE *out, eg_error *err);
/* Keep the record of one document: bases[i] is the base entity of x->entities[i] (see eg_corpus_add). */
eg_status eg_extract_writer_add(eg_extract_writer *w, const char *doc_name, const eg_text *t, const eg_extraction *x,
                                const uint32_t *bases, eg_error *err);
/* Write every record with the resolved ids of c: {"doc", "entities": [...], "meetings": [...]} per line. Document
 * entities that resolved to one entity become one entry. Checks every write. */
eg_status eg_extract_writer_finish(eg_extract_writer *w, const eg_corpus *c, eg_error *err);
void eg_extract_writer_free(eg_extract_writer *w);

/* GraphML through igraph's writer: node attributes id, label, type, mentions, documents, country; edge attributes
 * kind, weight, evidence, sentence, doc. */
eg_status eg_graph_write_graphml(const eg_graph *g, const char *path, eg_error *err);

/* Node-link JSON through jansson: {"directed": false, "nodes": [...], "links": [...]} with each link's evidence. */
eg_status eg_graph_write_json(const eg_graph *g, const char *path, eg_error *err);

/* Styling shared by the DOT and SVG writers. */
typedef struct {
    const char *layout;     /* "dot", "neato", "fdp", "sfdp", "circo", "twopi"; NULL: chosen by size */
    int legend;             /* draw a legend cluster */
} eg_render_options;

/* DOT built with cgraph: label, shape and colour by type, pen width by weight, tooltips with evidence. */
eg_status eg_graph_write_dot(const eg_graph *g, const char *path, const eg_render_options *opts, eg_error *err);

/* A laid-out drawing through gvc; format "svg", "png" or "dot" (laid-out DOT with positions). */
eg_status eg_graph_render(const eg_graph *g, const char *path, const char *format, const eg_render_options *opts,
                          eg_error *err);

/* The layout eg_graph_render picks for a graph of n nodes when none is given. */
const char *eg_render_default_layout(size_t n);

#endif
