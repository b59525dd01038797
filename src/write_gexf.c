/* write_gexf.c: GEXF 1.2 for Gephi (see entgraph/write.h).
 *
 * Written by hand, element by element, with every value markup-escaped; node ids are the entity ids when they are
 * unique, else "n<index>". Colours follow the drawings' type colours and sizes the weighted degree, so that Gephi
 * opens the file looking like entgraph's pictures. */
#include "entgraph/write.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "entgraph/outfile.h"
#include "entgraph/query.h"
#include "escape.h"

#define VALUE_MAX 4096

typedef struct {
    const char *type;
    int r, g, b;
} type_color;

static const type_color colors[] = {
    {"person", 0x1f, 0x78, 0xb4},
    {"organization", 0xff, 0x7f, 0x00},
    {"country", 0x33, 0xa0, 0x2c},
    {"place", 0xe3, 0x1a, 0x1c},
};

static const char *const edge_strings[] = {"kind", "sentence", "doc", "place", "date", "status", "mode"};
#define NEDGE_STRINGS (sizeof edge_strings / sizeof *edge_strings)

/* Writes "<attvalue for=... value=.../>" for a non-empty value. Returns 0 on failure. */
static int attvalue(FILE *fp, eg_buf *tmp, const char *key, const char *value)
{
    if (!*value)
        return 1;
    eg_buf_reset(tmp);
    if (eg_markup_escape(tmp, value, VALUE_MAX) != EG_OK)
        return 0;
    return fprintf(fp, "          <attvalue for=\"%s\" value=\"%s\"/>\n", key, tmp->data ? tmp->data : "") >= 0;
}

/* The number of sentences behind edge e: its `evidence` attribute, or what the graph keeps. */
static double evidence_of(const eg_graph *g, igraph_integer_t e)
{
    double n = eg_graph_enum(g, "evidence", e);
    return isfinite(n) && n >= 0 ? n : (double)eg_graph_evidence_count(g, e);
}

/* The escaped key of vertex v into out. */
static int node_key(const eg_graph *g, igraph_integer_t v, int use_ids, eg_buf *out)
{
    eg_buf_reset(out);
    if (!use_ids)
        return eg_buf_printf(out, "n%lld", (long long)v) == EG_OK;
    return eg_markup_escape(out, eg_graph_vstr(g, "id", v), VALUE_MAX) == EG_OK;
}

eg_status eg_graph_write_gexf(const eg_graph *g, const char *path, eg_error *err)
{
    eg_status ret = EG_OK;
    igraph_integer_t nv = igraph_vcount(&g->g), ne = igraph_ecount(&g->g), i;
    int use_ids = eg_graph_ids_unique(g), ok = 1, have_aliases, have_s = 0;
    eg_buf tmp, a, b;
    eg_outfile f = {0};
    igraph_vector_t strength;
    double maxs = 0;
    size_t k;
    FILE *fp;
    eg_buf_init(&tmp, 8 * VALUE_MAX);
    eg_buf_init(&a, 8 * VALUE_MAX);
    eg_buf_init(&b, 8 * VALUE_MAX);
    have_aliases = igraph_cattribute_has_attr(&g->g, IGRAPH_ATTRIBUTE_VERTEX, "aliases");
    if (igraph_vector_init(&strength, 0) != IGRAPH_SUCCESS) {
        ret = eg_error_set(err, EG_ENOMEM, "out of memory");
        goto cleanup;
    }
    have_s = 1;
    if ((ret = eg_graph_centrality(g, EG_CENT_STRENGTH, &strength, err)) != EG_OK)
        goto cleanup;
    for (i = 0; i < nv; i++)
        if (VECTOR(strength)[i] > maxs)
            maxs = VECTOR(strength)[i];
    if ((ret = eg_outfile_open(&f, path, err)) != EG_OK)
        goto cleanup;
    fp = f.fp;
    ok = fputs("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
               "<gexf xmlns=\"http://www.gexf.net/1.2draft\" xmlns:viz=\"http://www.gexf.net/1.2draft/viz\" "
               "version=\"1.2\">\n"
               "  <meta>\n    <creator>entgraph</creator>\n"
               "    <description>entities of news articles; links are sentences that name both</description>\n"
               "  </meta>\n"
               "  <graph mode=\"static\" defaultedgetype=\"undirected\">\n"
               "    <attributes class=\"node\" mode=\"static\">\n"
               "      <attribute id=\"type\" title=\"type\" type=\"string\"/>\n"
               "      <attribute id=\"mentions\" title=\"mentions\" type=\"integer\"/>\n"
               "      <attribute id=\"documents\" title=\"documents\" type=\"integer\"/>\n"
               "      <attribute id=\"country\" title=\"country\" type=\"string\"/>\n",
               fp) >= 0;
    if (ok && have_aliases)
        ok = fputs("      <attribute id=\"aliases\" title=\"aliases\" type=\"string\"/>\n", fp) >= 0;
    ok = ok && fputs("    </attributes>\n    <attributes class=\"edge\" mode=\"static\">\n", fp) >= 0 &&
         fputs("      <attribute id=\"evidence\" title=\"evidence\" type=\"integer\"/>\n", fp) >= 0;
    for (k = 0; ok && k < NEDGE_STRINGS; k++)
        ok = fprintf(fp, "      <attribute id=\"%s\" title=\"%s\" type=\"string\"/>\n", edge_strings[k],
                     edge_strings[k]) >= 0;
    ok = ok && fputs("    </attributes>\n    <nodes>\n", fp) >= 0;
    for (i = 0; ok && i < nv; i++) {
        const char *type = eg_graph_vstr(g, "type", i), *label = eg_graph_vstr(g, "label", i);
        double m = eg_graph_vnum(g, "mentions", i), d = eg_graph_vnum(g, "documents", i);
        const type_color *c = NULL;
        for (k = 0; k < sizeof colors / sizeof *colors; k++)
            if (strcmp(colors[k].type, type) == 0)
                c = &colors[k];
        eg_buf_reset(&b);
        ok = node_key(g, i, use_ids, &a) && eg_markup_escape(&b, *label ? label : eg_graph_vstr(g, "id", i), VALUE_MAX) == EG_OK &&
             fprintf(fp, "      <node id=\"%s\" label=\"%s\">\n        <attvalues>\n", a.data ? a.data : "",
                     b.data ? b.data : "") >= 0 &&
             attvalue(fp, &tmp, "type", type) && attvalue(fp, &tmp, "country", eg_graph_vstr(g, "country", i)) &&
             (!have_aliases || attvalue(fp, &tmp, "aliases", eg_graph_vstr(g, "aliases", i))) &&
             (!isfinite(m) || fprintf(fp, "          <attvalue for=\"mentions\" value=\"%.0f\"/>\n", m) >= 0) &&
             (!isfinite(d) || fprintf(fp, "          <attvalue for=\"documents\" value=\"%.0f\"/>\n", d) >= 0) &&
             fputs("        </attvalues>\n", fp) >= 0 &&
             fprintf(fp, "        <viz:color r=\"%d\" g=\"%d\" b=\"%d\"/>\n", c ? c->r : 0x77, c ? c->g : 0x77,
                     c ? c->b : 0x77) >= 0 &&
             fprintf(fp, "        <viz:size value=\"%.2f\"/>\n      </node>\n",
                     5.0 + 25.0 * (maxs > 0 ? sqrt(VECTOR(strength)[i] / maxs) : 0)) >= 0;
    }
    ok = ok && fputs("    </nodes>\n    <edges>\n", fp) >= 0;
    for (i = 0; ok && i < ne; i++) {
        double w = eg_graph_enum(g, "weight", i);
        const char *place = eg_graph_estr(g, "place", i);
        igraph_integer_t u = IGRAPH_FROM(&g->g, i), v = IGRAPH_TO(&g->g, i);
        if (!isfinite(w) || w <= 0)
            w = 1;
        ok = node_key(g, u < v ? u : v, use_ids, &a) && node_key(g, u < v ? v : u, use_ids, &b) &&
             fprintf(fp, "      <edge id=\"%lld\" source=\"%s\" target=\"%s\" weight=\"%.17g\"", (long long)i,
                     a.data ? a.data : "", b.data ? b.data : "", w) >= 0;
        if (ok && *place) {
            eg_buf_reset(&tmp);
            ok = eg_markup_escape(&tmp, place, VALUE_MAX) == EG_OK &&
                 fprintf(fp, " label=\"%s\"", tmp.data ? tmp.data : "") >= 0;
        }
        ok = ok && fprintf(fp, ">\n        <attvalues>\n          <attvalue for=\"evidence\" value=\"%.0f\"/>\n",
                           evidence_of(g, i)) >= 0;
        for (k = 0; ok && k < NEDGE_STRINGS; k++)
            ok = attvalue(fp, &tmp, edge_strings[k], eg_graph_estr(g, edge_strings[k], i));
        ok = ok && fputs("        </attvalues>\n      </edge>\n", fp) >= 0;
    }
    ok = ok && fputs("    </edges>\n  </graph>\n</gexf>\n", fp) >= 0;
    if (!ok) {
        eg_outfile_abort(&f);
        ret = eg_error_set(err, EG_EIO, "%s: write failed (or a value too long)", path);
        goto cleanup;
    }
    ret = eg_outfile_commit(&f, err);
cleanup:
    if (have_s)
        igraph_vector_destroy(&strength);
    eg_buf_release(&tmp);
    eg_buf_release(&a);
    eg_buf_release(&b);
    return ret;
}
