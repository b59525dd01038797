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
/* The record of one document, with placeholders for the ids and names of its entities; it needs no writer and no
 * corpus, so worker threads make it. *out (len bytes, ending in a newline) is the caller's to free. */
eg_status eg_extract_record(const char *doc_name, const eg_text *t, const eg_extraction *x, char **out, size_t *len,
                            eg_error *err);
/* Keep a record made by eg_extract_record: bases[i] is the base entity of the document's entity i (see
 * eg_corpus_add). */
eg_status eg_extract_writer_put(eg_extract_writer *w, const char *record, size_t len, size_t nentities,
                                const uint32_t *bases, eg_error *err);
/* Both in one: keep the record of one document. */
eg_status eg_extract_writer_add(eg_extract_writer *w, const char *doc_name, const eg_text *t, const eg_extraction *x,
                                const uint32_t *bases, eg_error *err);
/* Write every record with the resolved ids of c: {"doc", "entities": [...], "meetings": [...]} per line. Document
 * entities that resolved to one entity become one entry. Checks every write. */
eg_status eg_extract_writer_finish(eg_extract_writer *w, const eg_corpus *c, eg_error *err);
void eg_extract_writer_free(eg_extract_writer *w);

/* GraphML laid out exactly as igraph's writer lays it out (keys named after the attributes, nodes n0, n1...,
 * numbers as doubles): node attributes id, label, type, mentions, documents, country, aliases; edge attributes
 * kind, weight, evidence, sentence, doc, place, date, status, mode, role. A graph built from a corpus streams its
 * edge strings from the corpus, so a graph of millions of links is written without holding its sentences. */
eg_status eg_graph_write_graphml(const eg_graph *g, const char *path, eg_error *err);

/* Node-link JSON through jansson: {"directed": false, "nodes": [...], "links": [...]} with each link's evidence. */
eg_status eg_graph_write_json(const eg_graph *g, const char *path, eg_error *err);

/* Styling shared by the DOT, SVG, PNG and HTML writers. All zero means the defaults. */
typedef struct {
    const char *layout;     /* "dot", "neato", "fdp", "sfdp", "circo", "twopi"; NULL: chosen by size */
    int legend;             /* draw the legend (types or communities, link kinds, what size means) */
    const char *size_by;    /* centrality that sizes the entities (entgraph/query.h names); NULL: strength */
    const char *color_by;   /* "type" (NULL) or "community" (Louvain, seeded with seed) */
    size_t labels;          /* name only the N largest entities; 0: all up to 150 entities, else about 1 in 15 */
    unsigned long seed;     /* for the communities */
} eg_render_options;

/* DOT built with cgraph, not laid out. Entities: shape by type, fill colour by type or community, size by a
 * centrality; links: pen width by weight (log scale), meetings (kind "met") in their own colour, bold, labelled
 * with their place; tooltips with the evidence sentences and their documents; a legend under the title. cgraph
 * quotes the DOT syntax; every value is cleaned and escaped first for Graphviz's own label escapes (backslashes)
 * and entities (&). No URL or href is ever set. */
eg_status eg_graph_write_dot(const eg_graph *g, const char *path, const eg_render_options *opts, eg_error *err);

/* A laid-out drawing through gvc; format "svg", "png" or "dot" (laid-out DOT with positions). opts may be NULL.
 * Layout cost grows fast with size (sfdp: about 0.2 s at 1,000 entities, 4 s at 10,000): select first. */
eg_status eg_graph_render(const eg_graph *g, const char *path, const char *format, const eg_render_options *opts,
                          eg_error *err);

/* The layout eg_graph_render picks for a graph of n nodes when none is given: neato up to 300, else sfdp. */
const char *eg_render_default_layout(size_t n);

/* One self-contained HTML page: the SVG drawing inline with pan and zoom, a search box, and a panel listing the
 * evidence sentences (with their documents) of a clicked entity or link. The graph's data are embedded as JSON in
 * a <script type="application/json"> with <, >, & and U+2028/U+2029 escaped; the page's script only ever writes
 * them with textContent, loads nothing (a Content-Security-Policy forbids any request) and needs no network. */
eg_status eg_graph_write_html(const eg_graph *g, const char *path, const eg_render_options *opts, eg_error *err);

/* graph.svg and the HTML page from one layout (laying out is the slow part): the same drawing, with the entities'
 * ids in the SVG file and index ids in the page. Both files are written whole or not at all. */
eg_status eg_graph_write_svg_html(const eg_graph *g, const char *svg_path, const char *html_path,
                                  const eg_render_options *opts, eg_error *err);

/* GEXF 1.2 for Gephi: nodes with label and the attributes type, mentions, documents, country (and aliases when
 * present), colour and size (viz); edges with weight, and the attributes kind, evidence, sentence, doc, and for
 * meetings place, date, status, mode. Every value is XML-escaped. */
eg_status eg_graph_write_gexf(const eg_graph *g, const char *path, eg_error *err);

/* CSV files for `neo4j-admin database import full`, into directory dir (created if needed): nodes.csv
 * (id:ID, label, type, :LABEL = "Entity;<Type>", mentions:int, documents:int, country) and relationships.csv
 * (:START_ID, :END_ID, :TYPE = the kind in upper case, weight:int, evidence:int, sentence, doc, place, date, status,
 * mode). Fields are quoted as RFC 4180 says and never hold a line break. Links are undirected: each is written once,
 * from the entity listed first in the graph to the other. */
eg_status eg_graph_write_neo4j(const eg_graph *g, const char *dir, eg_error *err);

#endif
