/* entgraph/graph.h: the igraph model of a corpus.
 *
 * An eg_graph is an undirected igraph_t with C attributes. Vertices: id, label, type, mentions, documents,
 * country. Edges: kind, weight, evidence (count), sentence (the first evidence sentence), doc (its document), and
 * for meetings and affiliations place, date, status, mode, role. Built from a corpus, the graph stores no edge
 * attribute in igraph and reads them and each edge's full evidence list from the corpus (a large graph then holds
 * no copy of its sentences); loaded from GraphML it has igraph attributes and the first sentence only. The library installs igraph's C attribute handler and a non-aborting error handler the
 * first time a graph is made (process-wide, not thread-safe: make graphs from one thread). */
#ifndef ENTGRAPH_GRAPH_H
#define ENTGRAPH_GRAPH_H

#include <igraph.h>
#include <stddef.h>
#include "entgraph/corpus.h"
#include "entgraph/error.h"

typedef struct {
    igraph_t g;
    const eg_corpus *corpus;        /* borrowed, or NULL when loaded from a file */
    igraph_vector_int_t relation;   /* edge -> corpus relation index (empty without a corpus, and when every
                                     * relation is an edge: edge e is then relation e; see eg_graph_relation) */
} eg_graph;

typedef struct {
    double min_weight;      /* edges lighter than this are left out (default 1) */
    unsigned types;         /* bit (1 << eg_type) for each type kept; 0 = all */
    int drop_isolated;      /* leave out vertices without edges */
} eg_graph_options;

/* Install the igraph attribute and error handlers (idempotent). Called by every function here that makes a graph. */
void eg_igraph_setup(void);
/* The message of the last igraph error caught by the library's handler (static buffer). */
const char *eg_igraph_last_error(void);

/* Build the graph of corpus c (borrowed: it must outlive the graph). opts may be NULL. Caller frees. Edges are
 * added in one batch. O(V + E). */
eg_status eg_graph_from_corpus(eg_graph **out, const eg_corpus *c, const eg_graph_options *opts, eg_error *err);

/* Read a GraphML file written by eg_graph_write_graphml (or any GraphML with at least a label or id). */
eg_status eg_graph_load_graphml(eg_graph **out, const char *path, eg_error *err);

/* The subgraph of the vertices v with keep_vertex[v] and the edges e with keep_edge[e] between them (NULL keeps
 * all); attributes and corpus evidence are kept, in the original order. Caller frees *out. O(V + E). */
eg_status eg_graph_subgraph(eg_graph **out, const eg_graph *g, const char *keep_vertex, const char *keep_edge,
                            eg_error *err);
/* The subgraph of the vertices in keep (indices of g); evidence lists are kept. Caller frees. */
eg_status eg_graph_induced(eg_graph **out, const eg_graph *g, const igraph_vector_int_t *keep, eg_error *err);

void eg_graph_free(eg_graph *g);

/* The edge attributes of a graph built from a corpus, in GraphML order: kind, weight, evidence, sentence, doc,
 * place, date, status, mode, role (numeric: weight and evidence). They are read from the corpus when asked for
 * (eg_graph_estr, eg_graph_enum), not stored in igraph: a graph of millions of links holds only its structure. */
typedef struct {
    const char *name;
    int numeric;
} eg_attr_info;
#define EG_CORPUS_EDGE_ATTRS 10
extern const eg_attr_info eg_graph_corpus_edge_attrs[EG_CORPUS_EDGE_ATTRS];

/* The corpus relation behind edge e (borrowed from g's corpus), or NULL when g was not built from a corpus. */
const eg_relation *eg_graph_relation(const eg_graph *g, igraph_integer_t e);

/* String and numeric attribute helpers: "" / NaN when the attribute is missing. The string is borrowed from g or
 * its corpus. */
const char *eg_graph_vstr(const eg_graph *g, const char *name, igraph_integer_t v);
double eg_graph_vnum(const eg_graph *g, const char *name, igraph_integer_t v);
const char *eg_graph_estr(const eg_graph *g, const char *name, igraph_integer_t e);
double eg_graph_enum(const eg_graph *g, const char *name, igraph_integer_t e);

/* Find a vertex by name, case-insensitively (UTF-8 lower case): first by id (ids are unique), then by label, then,
 * when the graph has an `aliases` vertex attribute (names separated by '|' or ';'), by alias; the first of these
 * that matches anything decides. Returns EG_ENOTFOUND, or EG_EINVAL when several match (err lists up to 10 of
 * them as "label (id)"). O(V). */
eg_status eg_graph_find(const eg_graph *g, const char *name, igraph_integer_t *v, eg_error *err);

/* 1 when every vertex has a non-empty id and no two share one (exporters then use ids as keys; otherwise they
 * use "n<index>"). O(V log V). */
int eg_graph_ids_unique(const eg_graph *g);

/* The evidence of edge e: the number of sentences kept, and the i-th one's document name and text (borrowed from
 * g or its corpus, valid while both live; text is NULL for the sentences whose text the corpus did not keep, and
 * both are NULL when i is out of range). A graph built from a corpus has every sentence (texts of the first
 * EG_EVIDENCE_TEXTS); one loaded from GraphML has its first sentence only. Strings are not cleaned: writers must
 * escape them. */
size_t eg_graph_evidence_count(const eg_graph *g, igraph_integer_t e);
void eg_graph_evidence(const eg_graph *g, igraph_integer_t e, size_t i, const char **doc, const char **text);

#endif
