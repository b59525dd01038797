/* write_dot.c: DOT through cgraph (see entgraph/write.h).
 *
 * Style: shape and colour by type (person ellipse blue, organization box orange, country hexagon green, place
 * octagon pink), font size by weighted degree, pen width by weight (log scale), tooltips with the evidence sentence.
 * cgraph quotes and escapes the DOT syntax itself; eg_dot_escape makes values safe for Graphviz's own label
 * escapes. */
#include "dot_build.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "entgraph/corpus.h"
#include "entgraph/outfile.h"

typedef struct {
    const char *type, *shape, *fill, *border;
} type_style;

static const type_style styles[] = {
    {"person", "ellipse", "#a6cee3", "#1f78b4"},
    {"organization", "box", "#fdbf6f", "#ff7f00"},
    {"country", "hexagon", "#b2df8a", "#33a02c"},
    {"place", "octagon", "#fb9a99", "#e31a1c"},
};

static const type_style *style_of(const char *type)
{
    size_t i;
    for (i = 0; i < sizeof styles / sizeof *styles; i++)
        if (strcmp(styles[i].type, type) == 0)
            return &styles[i];
    return NULL;
}

char *eg_dot_escape(const char *s)
{
    char *clean = eg_clean_text(s, strlen(s), 4000);
    eg_buf b;
    const char *p;
    if (!clean)
        return NULL;
    eg_buf_init(&b, 16000);
    for (p = clean; *p; p++) {
        if (*p == '\\' ? eg_buf_add(&b, "\\\\", 2) != EG_OK : eg_buf_addc(&b, *p) != EG_OK)
            break;
    }
    free(clean);
    return eg_buf_detach(&b);
}

static void set(void *obj, const char *name, const char *value)
{
    agsafeset(obj, (char *)name, (char *)value, "");
}

/* set() with eg_dot_escape; returns 0 on out of memory */
static int set_escaped(void *obj, const char *name, const char *value)
{
    char *e = eg_dot_escape(value);
    if (!e)
        return 0;
    set(obj, name, e);
    free(e);
    return 1;
}

eg_status eg_dot_build(const eg_graph *g, const char *layout, const eg_render_options *opts, Agraph_t **out,
                       eg_error *err)
{
    eg_status ret = EG_OK;
    igraph_integer_t nv = igraph_vcount(&g->g), ne = igraph_ecount(&g->g), i;
    Agraph_t *ag = NULL;
    Agnode_t **nodes = NULL;
    igraph_vector_t strength;
    int have_strength = 0;
    char buf[256];
    eg_buf tip;
    double maxw = 1;
    eg_buf_init(&tip, 8192);
    *out = NULL;
    ag = agopen("entgraph", Agundirected, NULL);
    nodes = malloc((nv ? (size_t)nv : 1) * sizeof *nodes);
    if (!ag || !nodes)
        goto oom;
    if (igraph_vector_init(&strength, nv) != IGRAPH_SUCCESS)
        goto oom;
    have_strength = 1;
    if (igraph_cattribute_has_attr(&g->g, IGRAPH_ATTRIBUTE_EDGE, "weight")) {
        igraph_vector_t w;
        if (igraph_vector_init(&w, ne) != IGRAPH_SUCCESS)
            goto oom;
        for (i = 0; i < ne; i++) {
            double x = eg_graph_enum(g, "weight", i);
            VECTOR(w)[i] = isfinite(x) && x > 0 ? x : 1;
            if (VECTOR(w)[i] > maxw)
                maxw = VECTOR(w)[i];
        }
        igraph_strength(&g->g, &strength, igraph_vss_all(), IGRAPH_ALL, IGRAPH_LOOPS, &w);
        igraph_vector_destroy(&w);
    } else
        igraph_strength(&g->g, &strength, igraph_vss_all(), IGRAPH_ALL, IGRAPH_LOOPS, NULL);

    set(ag, "outputorder", "edgesfirst");
    set(ag, "fontname", "DejaVu Sans");
    set(ag, "bgcolor", "white");
    set(ag, "pad", "0.3");
    if (!layout || strcmp(layout, "dot") != 0) {
        set(ag, "overlap", "prism");
        set(ag, "overlap_scaling", "2");
        set(ag, "sep", "+6");
    } else
        set(ag, "rankdir", "LR");
    if (layout && strcmp(layout, "sfdp") == 0) {
        set(ag, "K", "1.2");
        set(ag, "repulsiveforce", "2");
    }
    /* the title, and the legend as an HTML-like table under it: clusters do not work with neato or sfdp */
    {
        eg_buf html;
        size_t k;
        Agsym_t *sym = agattr(ag, AGRAPH, "label", "");
        char *label;
        eg_buf_init(&html, 4096);
        eg_buf_printf(&html, "<table border=\"0\" cellspacing=\"6\"><tr><td colspan=\"%zu\"><font point-size=\"18\">"
                             "entgraph: %lld entities, %lld links</font></td></tr>",
                      sizeof styles / sizeof *styles, (long long)nv, (long long)ne);
        if (!opts || opts->legend) {
            eg_buf_adds(&html, "<tr>");
            for (k = 0; k < sizeof styles / sizeof *styles; k++)
                eg_buf_printf(&html, "<td bgcolor=\"%s\" color=\"%s\" border=\"1\"> %s </td>", styles[k].fill,
                              styles[k].border, styles[k].type);
            eg_buf_adds(&html, "</tr>");
        }
        eg_buf_adds(&html, "</table>");
        label = html.data ? agstrdup_html(ag, html.data) : NULL;
        eg_buf_release(&html);
        if (!sym || !label)
            goto oom;
        agxset(ag, sym, label);
        agstrfree(ag, label);
    }
    set(ag, "labelloc", "t");
    agattr(ag, AGNODE, "fontname", "DejaVu Sans");
    agattr(ag, AGNODE, "style", "filled");
    agattr(ag, AGEDGE, "color", "#6b6b6b99");

    for (i = 0; i < nv; i++) {
        const char *type = eg_graph_vstr(g, "type", i);
        const char *label = eg_graph_vstr(g, "label", i);
        const type_style *st = style_of(type);
        double mentions = eg_graph_vnum(g, "mentions", i), docs = eg_graph_vnum(g, "documents", i);
        double s = VECTOR(strength)[i];
        snprintf(buf, sizeof buf, "n%lld", (long long)i);
        nodes[i] = agnode(ag, buf, 1);
        if (!nodes[i])
            goto oom;
        if (!set_escaped(nodes[i], "label", *label ? label : eg_graph_vstr(g, "id", i)) ||
            !set_escaped(nodes[i], "id", eg_graph_vstr(g, "id", i)))
            goto oom;
        set(nodes[i], "class", st ? st->type : "other");
        set(nodes[i], "shape", st ? st->shape : "ellipse");
        set(nodes[i], "fillcolor", st ? st->fill : "#dddddd");
        set(nodes[i], "color", st ? st->border : "#777777");
        snprintf(buf, sizeof buf, "%.1f", 10.0 + fmin(16.0, 3.0 * log2(1.0 + s)));
        set(nodes[i], "fontsize", buf);
        eg_buf_reset(&tip);
        eg_buf_printf(&tip, "%s (%s)", *label ? label : eg_graph_vstr(g, "id", i), *type ? type : "entity");
        if (isfinite(mentions))
            eg_buf_printf(&tip, ": %.0f mentions in %.0f documents", mentions, isfinite(docs) ? docs : 0);
        if (!set_escaped(nodes[i], "tooltip", tip.data ? tip.data : ""))
            goto oom;
    }
    for (i = 0; i < ne; i++) {
        Agedge_t *e;
        double w = eg_graph_enum(g, "weight", i);
        const char *sentence = eg_graph_estr(g, "sentence", i), *doc = eg_graph_estr(g, "doc", i);
        igraph_integer_t from = IGRAPH_FROM(&g->g, i), to = IGRAPH_TO(&g->g, i);
        snprintf(buf, sizeof buf, "e%lld", (long long)i);
        e = agedge(ag, nodes[from], nodes[to], buf, 1);
        if (!e)
            goto oom;
        if (!isfinite(w) || w <= 0)
            w = 1;
        snprintf(buf, sizeof buf, "%.2f", fmin(10.0, 0.7 + 1.6 * log2(w)));
        set(e, "penwidth", buf);
        snprintf(buf, sizeof buf, "%g", w);
        set(e, "weight", buf);
        set(e, "class", *eg_graph_estr(g, "kind", i) ? eg_graph_estr(g, "kind", i) : "cooccurrence");
        eg_buf_reset(&tip);
        eg_buf_printf(&tip, "%s - %s: %g sentence%s", eg_graph_vstr(g, "label", from), eg_graph_vstr(g, "label", to), w,
                      w == 1 ? "" : "s");
        if (*sentence)
            eg_buf_printf(&tip, ". \"%s\"", sentence);
        if (*doc)
            eg_buf_printf(&tip, " (%s)", doc);
        if (!set_escaped(e, "tooltip", tip.data ? tip.data : ""))
            goto oom;
    }
    *out = ag;
    ag = NULL;
    goto cleanup;
oom:
    ret = eg_error_set(err, EG_ENOMEM, "out of memory building the drawing");
cleanup:
    if (ag)
        agclose(ag);
    free(nodes);
    if (have_strength)
        igraph_vector_destroy(&strength);
    eg_buf_release(&tip);
    return ret;
}

eg_status eg_graph_write_dot(const eg_graph *g, const char *path, const eg_render_options *opts, eg_error *err)
{
    eg_status ret;
    Agraph_t *ag = NULL;
    eg_outfile f;
    const char *layout = opts && opts->layout ? opts->layout : eg_render_default_layout((size_t)igraph_vcount(&g->g));
    ret = eg_dot_build(g, layout, opts, &ag, err);
    if (ret != EG_OK)
        return ret;
    ret = eg_outfile_open(&f, path, err);
    if (ret == EG_OK) {
        if (agwrite(ag, f.fp) != 0) {
            eg_outfile_abort(&f);
            ret = eg_error_set(err, EG_EIO, "%s: writing DOT failed", path);
        } else
            ret = eg_outfile_commit(&f, err);
    }
    agclose(ag);
    return ret;
}
