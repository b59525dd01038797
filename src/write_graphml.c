/* write_graphml.c: GraphML (see entgraph/write.h), written element by element in the layout of igraph's own
 * writer (igraph_write_graph_graphml without prefixes), so files read the same everywhere igraph's do: keys named
 * after the attributes, node ids n0, n1..., numbers as doubles with 15 significant digits, NaN left out, strings
 * with & < > " ' escaped. Writing it here lets a graph built from a corpus stream its edge strings from the corpus
 * (eg_graph_estr) instead of holding them as igraph attributes. Where igraph refuses a string (a control character
 * other than tab, line feed and carriage return, which XML 1.0 cannot carry), the character is written as a
 * space. */
#include "entgraph/write.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "entgraph/outfile.h"

typedef struct {
    const char *name;
    int numeric;
} column;

/* The attributes of one kind of element: igraph's, and for the edges of a graph built from a corpus first the
 * corpus's (eg_graph_corpus_edge_attrs). */
typedef struct {
    igraph_strvector_t names;
    igraph_vector_int_t types;
    column *cols;
    size_t n;
} columns;

static void escaped(FILE *fp, const char *s)
{
    const char *run = s;
    for (; *s; s++) {
        unsigned char ch = (unsigned char)*s;
        const char *rep;
        switch (ch) {
        case '&': rep = "&amp;"; break;
        case '<': rep = "&lt;"; break;
        case '>': rep = "&gt;"; break;
        case '"': rep = "&quot;"; break;
        case '\'': rep = "&apos;"; break;
        default:
            if (ch >= ' ' || ch == '\t' || ch == '\n' || ch == '\r')
                continue;
            rep = " ";
        }
        fwrite(run, 1, (size_t)(s - run), fp);
        fputs(rep, fp);
        run = s + 1;
    }
    fputs(run, fp);
}

static int add_column(columns *c, const char *name, int numeric)
{
    column *p = realloc(c->cols, (c->n + 1) * sizeof *p);
    if (!p)
        return 0;
    c->cols = p;
    c->cols[c->n].name = name;
    c->cols[c->n++].numeric = numeric;
    return 1;
}

static void release_columns(columns *c)
{
    igraph_strvector_destroy(&c->names);
    igraph_vector_int_destroy(&c->types);
    free(c->cols);
}

/* Fills c with the vertex (edges == 0) or edge attributes of g that GraphML can carry. 0 when out of memory (c is
 * then released). */
static int list_columns(const eg_graph *g, int edges, columns *c)
{
    igraph_strvector_t other_names, graph_names;
    igraph_vector_int_t other_types, graph_types;
    igraph_integer_t i;
    int ok = 0, from_corpus = edges && g->corpus;
    size_t k;
    memset(c, 0, sizeof *c);
    if (igraph_strvector_init(&c->names, 0) != IGRAPH_SUCCESS)
        return 0;
    if (igraph_vector_int_init(&c->types, 0) != IGRAPH_SUCCESS) {
        igraph_strvector_destroy(&c->names);
        return 0;
    }
    if (igraph_strvector_init(&graph_names, 0) == IGRAPH_SUCCESS) {
        if (igraph_strvector_init(&other_names, 0) == IGRAPH_SUCCESS) {
            if (igraph_vector_int_init(&graph_types, 0) == IGRAPH_SUCCESS) {
                if (igraph_vector_int_init(&other_types, 0) == IGRAPH_SUCCESS) {
                    ok = igraph_cattribute_list(&g->g, &graph_names, &graph_types,
                                                edges ? &other_names : &c->names, edges ? &other_types : &c->types,
                                                edges ? &c->names : &other_names,
                                                edges ? &c->types : &other_types) == IGRAPH_SUCCESS;
                    igraph_vector_int_destroy(&other_types);
                }
                igraph_vector_int_destroy(&graph_types);
            }
            igraph_strvector_destroy(&other_names);
        }
        igraph_strvector_destroy(&graph_names);
    }
    for (k = 0; ok && from_corpus && k < EG_CORPUS_EDGE_ATTRS; k++)
        ok = add_column(c, eg_graph_corpus_edge_attrs[k].name, eg_graph_corpus_edge_attrs[k].numeric);
    for (i = 0; ok && i < igraph_vector_int_size(&c->types); i++) {
        const char *name = igraph_strvector_get(&c->names, i);
        int type = (int)VECTOR(c->types)[i];
        if (type != IGRAPH_ATTRIBUTE_NUMERIC && type != IGRAPH_ATTRIBUTE_STRING)
            continue;
        for (k = 0; from_corpus && k < EG_CORPUS_EDGE_ATTRS && strcmp(eg_graph_corpus_edge_attrs[k].name, name); k++)
            ;
        if (!from_corpus || k == EG_CORPUS_EDGE_ATTRS)
            ok = add_column(c, name, type == IGRAPH_ATTRIBUTE_NUMERIC);
    }
    if (!ok)
        release_columns(c);
    return ok;
}

static void keys(FILE *fp, const columns *c, const char *what)
{
    size_t k;
    for (k = 0; k < c->n; k++) {
        fputs("  <key id=\"", fp);
        escaped(fp, c->cols[k].name);
        fprintf(fp, "\" for=\"%s\" attr.name=\"", what);
        escaped(fp, c->cols[k].name);
        fprintf(fp, "\" attr.type=\"%s\"/>\n", c->cols[k].numeric ? "double" : "string");
    }
}

static void data(FILE *fp, const eg_graph *g, const columns *c, int edges, igraph_integer_t i)
{
    size_t k;
    for (k = 0; k < c->n; k++) {
        const char *name = c->cols[k].name;
        if (c->cols[k].numeric) {
            double x = edges ? eg_graph_enum(g, name, i) : eg_graph_vnum(g, name, i);
            if (isnan(x))
                continue;
            fputs("      <data key=\"", fp);
            escaped(fp, name);
            if (isinf(x))
                fprintf(fp, "\">%s</data>\n", x < 0 ? "-Inf" : "Inf");
            else
                fprintf(fp, "\">%.15g</data>\n", x);
        } else {
            fputs("      <data key=\"", fp);
            escaped(fp, name);
            fputs("\">", fp);
            escaped(fp, edges ? eg_graph_estr(g, name, i) : eg_graph_vstr(g, name, i));
            fputs("</data>\n", fp);
        }
    }
}

eg_status eg_graph_write_graphml(const eg_graph *g, const char *path, eg_error *err)
{
    eg_status ret;
    eg_outfile f;
    columns vc, ec;
    igraph_integer_t i, nv = igraph_vcount(&g->g), ne = igraph_ecount(&g->g);
    FILE *fp;
    if (!list_columns(g, 0, &vc))
        return eg_error_set(err, EG_ENOMEM, "out of memory");
    if (!list_columns(g, 1, &ec)) {
        release_columns(&vc);
        return eg_error_set(err, EG_ENOMEM, "out of memory");
    }
    if ((ret = eg_outfile_open(&f, path, err)) != EG_OK)
        goto cleanup;
    fp = f.fp;
    fputs("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
          "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"\n"
          "         xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
          "         xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns\n"
          "         http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n"
          "<!-- Created by entgraph -->\n",
          fp);
    keys(fp, &vc, "node");
    keys(fp, &ec, "edge");
    fputs("  <graph id=\"G\" edgedefault=\"undirected\">\n", fp);
    for (i = 0; i < nv; i++) {
        fprintf(fp, "    <node id=\"n%lld\">\n", (long long)i);
        data(fp, g, &vc, 0, i);
        fputs("    </node>\n", fp);
    }
    for (i = 0; i < ne; i++) {
        igraph_integer_t from, to;
        igraph_edge(&g->g, i, &from, &to);
        fprintf(fp, "    <edge source=\"n%lld\" target=\"n%lld\">\n", (long long)from, (long long)to);
        data(fp, g, &ec, 1, i);
        fputs("    </edge>\n", fp);
    }
    fputs("  </graph>\n</graphml>\n", fp);
    ret = eg_outfile_commit(&f, err);
cleanup:
    release_columns(&vc);
    release_columns(&ec);
    return ret;
}
