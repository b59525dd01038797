/* write_dot.c: DOT through cgraph (see entgraph/write.h).
 *
 * Style: shape by type (person ellipse, organization box, country hexagon, place octagon), fill colour by type or
 * by community, size by a centrality (strength unless told), pen width by weight (log scale), meetings (links of
 * kind "met") bold in their own colour and labelled with their place, tooltips with the evidence sentences. Past
 * 150 entities only the largest are named and the others are drawn as dots, so that big drawings stay legible.
 * cgraph quotes and escapes the DOT syntax itself; eg_dot_escape makes values safe for Graphviz's own label
 * escapes and entities, and the legend (an HTML-like label) is markup-escaped. */
#include "dot_build.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "entgraph/community.h"
#include "entgraph/corpus.h"
#include "entgraph/neighbors.h"
#include "entgraph/outfile.h"
#include "entgraph/query.h"
#include "escape.h"

#define ALL_LABELS_MAX 150    /* up to this many entities, every one is named */
#define TOOLTIP_SENTENCES 3   /* evidence sentences in a link's tooltip */
#define LEGEND_COMMUNITIES 8   /* communities named in the legend */
#define LEGEND_COLUMNS 4
#define MET_COLOR "#c2185b"

typedef struct {
    const char *type, *shape, *fill, *border;
} type_style;

static const type_style styles[] = {
    {"person", "ellipse", "#a6cee3", "#1f78b4"},
    {"organization", "box", "#fdbf6f", "#ff7f00"},
    {"country", "hexagon", "#b2df8a", "#33a02c"},
    {"place", "octagon", "#fb9a99", "#e31a1c"},
};
#define NSTYLES (sizeof styles / sizeof *styles)

static const char *const palette[] = {"#8dd3c7", "#ffffb3", "#bebada", "#fb8072", "#80b1d3", "#fdb462",
                                      "#b3de69", "#fccde5", "#bc80bd", "#ccebc5", "#ffed6f", "#a6cee3"};
#define NPALETTE (sizeof palette / sizeof *palette)

const char *eg_dot_community_color(igraph_integer_t k)
{
    return k >= 0 && (size_t)k < NPALETTE ? palette[k] : "#e0e0e0";
}

static const type_style *style_of(const char *type)
{
    size_t i;
    for (i = 0; i < NSTYLES; i++)
        if (strcmp(styles[i].type, type) == 0)
            return &styles[i];
    return NULL;
}

char *eg_dot_escape(const char *s)
{
    char *clean = eg_clean_text(s, strlen(s), 4000);
    eg_buf b;
    const char *p;
    eg_status st = EG_OK;
    if (!clean)
        return NULL;
    eg_buf_init(&b, 32000);
    for (p = clean; *p && st == EG_OK; p++)
        st = *p == '\\' ? eg_buf_add(&b, "\\\\", 2) : *p == '&' ? eg_buf_add(&b, "&amp;", 5) : eg_buf_addc(&b, *p);
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

/* A tooltip: lines joined by newlines, each escaped on its own (escaping turns line breaks into spaces). */
static int set_tooltip(void *obj, const eg_buf *lines, size_t nlines)
{
    eg_buf joined;
    size_t i;
    int ok = 1;
    eg_buf_init(&joined, 64000);
    for (i = 0; i < nlines && ok; i++) {
        char *e = eg_dot_escape(lines[i].data ? lines[i].data : "");
        ok = e && (i == 0 || eg_buf_addc(&joined, '\n') == EG_OK) && eg_buf_adds(&joined, e) == EG_OK;
        free(e);
    }
    if (ok)
        set(obj, "tooltip", joined.data ? joined.data : "");
    eg_buf_release(&joined);
    return ok;
}

/* A meeting's place as an HTML-like label: bold, on a white ground, so that it stays legible over lines. */
static int set_met_label(Agraph_t *ag, Agedge_t *e, const char *text, int big)
{
    eg_buf html;
    char *label = NULL;
    Agsym_t *sym = agattr(ag, AGEDGE, "label", "");
    int ok;
    eg_buf_init(&html, 8192);
    ok = eg_buf_printf(&html, "<table border=\"0\" cellborder=\"0\" cellpadding=\"1\" bgcolor=\"#ffffffd9\"><tr><td>"
                              "<font point-size=\"%d\" color=\"" MET_COLOR "\"><b>",
                       big ? 10 : 12) == EG_OK &&
         eg_markup_escape(&html, text, 200) == EG_OK && eg_buf_adds(&html, "</b></font></td></tr></table>") == EG_OK;
    if (ok && sym && (label = agstrdup_html(ag, html.data)) != NULL) {
        agxset(e, sym, label);
        agstrfree(ag, label);
    } else
        ok = 0;
    eg_buf_release(&html);
    return ok;
}

static double weight_of(const eg_graph *g, igraph_integer_t e)
{
    double w = eg_graph_enum(g, "weight", e);
    return isfinite(w) && w > 0 ? w : 1;
}

static const char *label_of(const eg_graph *g, igraph_integer_t v)
{
    const char *l = eg_graph_vstr(g, "label", v);
    return *l ? l : eg_graph_vstr(g, "id", v);
}

/* The legend under the title: an HTML-like table (clusters are ignored by neato and sfdp). */
static eg_status legend_label(Agraph_t *ag, const eg_graph *g, const eg_render_options *opts,
                              const eg_communities *comm, const igraph_vector_int_t *order, const char *size_by,
                              size_t labels, int has_met, eg_error *err)
{
    eg_status ret = EG_OK;
    eg_buf html;
    size_t k, ncells = NSTYLES, ncols;
    double scale;
    igraph_integer_t nv = igraph_vcount(&g->g), ne = igraph_ecount(&g->g), i;
    Agsym_t *sym = agattr(ag, AGRAPH, "label", "");
    char *label = NULL;
    eg_buf_init(&html, 64000);
    if (comm) {
        ncells = (size_t)igraph_vector_int_size(&comm->sizes);
        if (ncells > LEGEND_COMMUNITIES)
            ncells = LEGEND_COMMUNITIES;
        if (ncells == 0)
            ncells = 1;
    }
    ncols = ncells < LEGEND_COLUMNS ? ncells : LEGEND_COLUMNS;
    /* large drawings are large: the legend grows with them, as about the square root of the entities */
    scale = sqrt((double)nv / ALL_LABELS_MAX);
    scale = scale < 1 ? 1 : scale > 3 ? 3 : scale;
    eg_buf_printf(&html,
                  "<table border=\"0\" cellspacing=\"%.0f\"><tr><td colspan=\"%zu\"><font point-size=\"%.0f\">"
                  "entgraph: %lld entities, %lld links</font></td></tr>",
                  6 * scale, ncols, 18 * scale, (long long)nv, (long long)ne);
    if (!opts || opts->legend) {
        eg_buf_adds(&html, "<tr>");
        if (!comm) {
            for (k = 0; k < NSTYLES; k++)
                eg_buf_printf(&html, "<td bgcolor=\"%s\" color=\"%s\" border=\"1\"><font point-size=\"%.0f\"> %s "
                                     "</font></td>",
                              styles[k].fill, styles[k].border, 14 * scale, styles[k].type);
        } else {
            /* each community by its largest member (order ranks the vertices by size) */
            for (k = 0; k < ncells && k < (size_t)igraph_vector_int_size(&comm->sizes); k++) {
                const char *name = "";
                if (k > 0 && k % ncols == 0)
                    eg_buf_adds(&html, "</tr><tr>");
                for (i = 0; i < igraph_vector_int_size(order); i++)
                    if (VECTOR(comm->membership)[VECTOR(*order)[i]] == (igraph_integer_t)k) {
                        name = label_of(g, VECTOR(*order)[i]);
                        break;
                    }
                eg_buf_printf(&html, "<td bgcolor=\"%s\" border=\"1\"><font point-size=\"%.0f\"> %zu: ",
                              eg_dot_community_color((igraph_integer_t)k), 14 * scale, k + 1);
                eg_markup_escape(&html, name, 60);
                eg_buf_printf(&html, " (%lld) </font></td>", (long long)VECTOR(comm->sizes)[k]);
            }
        }
        eg_buf_printf(&html, "</tr><tr><td colspan=\"%zu\"><font point-size=\"%.0f\" color=\"#555555\">size: %s",
                      ncols, 12 * scale, size_by);
        if (labels < (size_t)nv)
            eg_buf_printf(&html, ", names of the %zu largest", labels);
        eg_buf_adds(&html, "; line width: sentences");
        if (has_met)
            eg_buf_adds(&html, "; <font color=\"" MET_COLOR "\"><b>bold: met, at the place shown</b></font>");
        eg_buf_adds(&html, "</font></td></tr>");
    }
    if (eg_buf_adds(&html, "</table>") != EG_OK) {
        ret = eg_error_set(err, EG_ELIMIT, "the legend is too long");
        goto cleanup;
    }
    label = agstrdup_html(ag, html.data);
    if (!sym || !label) {
        ret = eg_error_set(err, EG_ENOMEM, "out of memory building the legend");
        goto cleanup;
    }
    agxset(ag, sym, label);
cleanup:
    if (label)
        agstrfree(ag, label);
    eg_buf_release(&html);
    return ret;
}

eg_status eg_dot_build(const eg_graph *g, const char *layout, const eg_render_options *opts, int index_ids,
                       Agraph_t **out, eg_error *err)
{
    eg_status ret = EG_OK;
    igraph_integer_t nv = igraph_vcount(&g->g), ne = igraph_ecount(&g->g), i;
    Agraph_t *ag = NULL;
    Agnode_t **nodes = NULL;
    igraph_vector_t scores;
    igraph_vector_int_t order;
    eg_communities comm;
    int have_scores = 0, have_order = 0, have_comm = 0, by_community = 0, has_met = 0, big;
    char *named = NULL;
    char buf[256];
    eg_buf tip[2 + TOOLTIP_SENTENCES];
    size_t k, labels;
    double maxs = 0;
    eg_centrality size_by = EG_CENT_STRENGTH;
    const char *size_name = opts && opts->size_by ? opts->size_by : "strength";
    for (k = 0; k < 2 + TOOLTIP_SENTENCES; k++)
        eg_buf_init(&tip[k], 8192);
    *out = NULL;
    if (!eg_centrality_parse(size_name, &size_by))
        return eg_error_set(err, EG_EINVAL, "unknown centrality \"%s\" to size entities by", size_name);
    if (opts && opts->color_by && strcmp(opts->color_by, "type") != 0) {
        if (strcmp(opts->color_by, "community") != 0)
            return eg_error_set(err, EG_EINVAL, "colour by \"type\" or \"community\", not \"%s\"", opts->color_by);
        by_community = 1;
    }
    labels = opts && opts->labels ? opts->labels
                                  : (size_t)nv <= ALL_LABELS_MAX ? (size_t)nv : (size_t)(nv / 15 > 40 ? nv / 15 : 40);
    if (labels > (size_t)nv)
        labels = (size_t)nv;
    big = labels < (size_t)nv;

    /* sizes, names and colours */
    if (igraph_vector_init(&scores, 0) != IGRAPH_SUCCESS)
        goto oom;
    have_scores = 1;
    if (igraph_vector_int_init(&order, 0) != IGRAPH_SUCCESS)
        goto oom;
    have_order = 1;
    if ((ret = eg_graph_centrality(g, size_by, &scores, err)) != EG_OK || (ret = eg_rank(g, &scores, &order, err)) != EG_OK)
        goto cleanup;
    for (i = 0; i < nv; i++)
        if (VECTOR(scores)[i] > maxs)
            maxs = VECTOR(scores)[i];
    named = calloc(nv ? (size_t)nv : 1, 1);
    if (!named)
        goto oom;
    for (k = 0; k < labels; k++)
        named[VECTOR(order)[k]] = 1;
    if (by_community) {
        if ((ret = eg_communities_init(&comm, err)) != EG_OK)
            goto cleanup;
        have_comm = 1;
        if ((ret = eg_graph_communities(g, EG_COMM_LOUVAIN, 1.0, opts->seed, &comm, err)) != EG_OK)
            goto cleanup;
    }
    has_met = eg_graph_count_kind(g, EG_KIND_MET) > 0;

    ag = agopen("entgraph", Agundirected, NULL);
    nodes = malloc((nv ? (size_t)nv : 1) * sizeof *nodes);
    if (!ag || !nodes)
        goto oom;
    /* small drawings: curved links that avoid the entities, drawn over them so that meeting labels stay on top;
     * large ones: straight links under the entities (routing splines costs too much there) */
    set(ag, "outputorder", big ? "edgesfirst" : "nodesfirst");
    if (!big && (!layout || strcmp(layout, "dot") != 0))
        set(ag, "splines", "true");
    set(ag, "fontname", "DejaVu Sans");
    set(ag, "bgcolor", "white");
    set(ag, "pad", "0.3");
    if (!layout || strcmp(layout, "dot") != 0) {
        set(ag, "overlap", "prism");
        set(ag, "overlap_scaling", big ? "1" : "2");
        set(ag, "sep", big ? "+3" : "+6");
    } else
        set(ag, "rankdir", "LR");
    if (layout && strcmp(layout, "sfdp") == 0) {
        set(ag, "K", big ? "0.6" : "1.2");
        set(ag, "repulsiveforce", "2");
    }
    if ((ret = legend_label(ag, g, opts, have_comm ? &comm : NULL, &order, size_name, labels, has_met, err)) != EG_OK)
        goto cleanup;
    set(ag, "labelloc", "t");
    agattr(ag, AGNODE, "fontname", "DejaVu Sans");
    agattr(ag, AGNODE, "style", "filled");
    agattr(ag, AGEDGE, "fontname", "DejaVu Sans");
    agattr(ag, AGEDGE, "color", big ? "#7a7a7a59" : "#6b6b6b80");

    for (i = 0; i < nv; i++) {
        const char *type = eg_graph_vstr(g, "type", i), *label = label_of(g, i);
        const type_style *st = style_of(type);
        double mentions = eg_graph_vnum(g, "mentions", i), docs = eg_graph_vnum(g, "documents", i);
        double t = maxs > 0 && VECTOR(scores)[i] > 0 ? sqrt(VECTOR(scores)[i] / maxs) : 0;
        snprintf(buf, sizeof buf, "n%lld", (long long)i);
        nodes[i] = agnode(ag, buf, 1);
        if (!nodes[i])
            goto oom;
        if (index_ids)
            set(nodes[i], "id", buf);
        else if (!set_escaped(nodes[i], "id", eg_graph_vstr(g, "id", i)))
            goto oom;
        if (by_community)
            snprintf(buf, sizeof buf, "%s c%lld", st ? st->type : "other", (long long)VECTOR(comm.membership)[i]);
        else
            snprintf(buf, sizeof buf, "%s", st ? st->type : "other");
        set(nodes[i], "class", buf);
        set(nodes[i], "fillcolor", by_community ? eg_dot_community_color(VECTOR(comm.membership)[i])
                                                : st ? st->fill : "#dddddd");
        set(nodes[i], "color", st ? st->border : "#777777");
        if (named[i]) {
            if (!set_escaped(nodes[i], "label", label))
                goto oom;
            set(nodes[i], "shape", st ? st->shape : "ellipse");
            snprintf(buf, sizeof buf, "%.1f", big ? 11.0 + 16.0 * t : 10.0 + 14.0 * t);
            set(nodes[i], "fontsize", buf);
            if (big)
                set(nodes[i], "margin", "0.05,0.02");
        } else {
            /* a dot whose area follows the score */
            set(nodes[i], "label", "");
            set(nodes[i], "shape", "circle");
            set(nodes[i], "fixedsize", "true");
            snprintf(buf, sizeof buf, "%.3f", 0.07 + 0.28 * t);
            set(nodes[i], "width", buf);
            set(nodes[i], "penwidth", "0.6");
        }
        eg_buf_reset(&tip[0]);
        eg_buf_printf(&tip[0], "%s (%s)", label, *type ? type : "entity");
        if (isfinite(mentions))
            eg_buf_printf(&tip[0], ": %.0f mentions in %.0f documents", mentions, isfinite(docs) ? docs : 0);
        eg_buf_reset(&tip[1]);
        eg_buf_printf(&tip[1], "%s %.4g", size_name, VECTOR(scores)[i]);
        if (by_community)
            eg_buf_printf(&tip[1], ", community %lld", (long long)VECTOR(comm.membership)[i] + 1);
        if (!set_tooltip(nodes[i], tip, 2))
            goto oom;
    }
    for (i = 0; i < ne; i++) {
        Agedge_t *e;
        double w = weight_of(g, i);
        const char *kind = eg_graph_estr(g, "kind", i);
        int met = strcmp(kind, EG_KIND_MET) == 0;
        igraph_integer_t from = IGRAPH_FROM(&g->g, i), to = IGRAPH_TO(&g->g, i);
        size_t nev = eg_graph_evidence_count(g, i), shown = 0, lines = 1;
        snprintf(buf, sizeof buf, "e%lld", (long long)i);
        e = agedge(ag, nodes[from], nodes[to], buf, 1);
        if (!e)
            goto oom;
        if (index_ids)
            set(e, "id", buf);
        snprintf(buf, sizeof buf, "%.2f", big ? fmin(5.0, 0.4 + 1.0 * log2(w)) : fmin(6.0, 0.7 + 1.3 * log2(w)));
        set(e, "penwidth", buf);
        snprintf(buf, sizeof buf, "%g", w);
        set(e, "weight", buf);
        set(e, "class", *kind ? (met ? "met" : "link") : "link");
        eg_buf_reset(&tip[0]);
        if (met) {
            const char *place = eg_graph_estr(g, "place", i), *date = eg_graph_estr(g, "date", i);
            const char *status = eg_graph_estr(g, "status", i), *mode = eg_graph_estr(g, "mode", i);
            set(e, "color", MET_COLOR);
            set(e, "fontcolor", MET_COLOR);
            set(e, "style", "bold");
            snprintf(buf, sizeof buf, "%.2f", big ? fmin(6.0, 1.5 + 1.0 * log2(w)) : fmin(9.0, 2.2 + 1.6 * log2(w)));
            set(e, "penwidth", buf);
            if ((*place || *date) && !set_met_label(ag, e, *place ? place : date, big))
                goto oom;
            eg_buf_printf(&tip[0], "%s met %s", label_of(g, from), label_of(g, to));
            if (*place)
                eg_buf_printf(&tip[0], " in %s", place);
            if (*date)
                eg_buf_printf(&tip[0], " on %s", date);
            if (*status || *mode)
                eg_buf_printf(&tip[0], " (%s%s%s)", status, *status && *mode ? ", " : "", mode);
        } else
            eg_buf_printf(&tip[0], "%s - %s: %g sentence%s", label_of(g, from), label_of(g, to), w, w == 1 ? "" : "s");
        for (k = 0; k < nev && shown < TOOLTIP_SENTENCES; k++) {
            const char *doc, *text;
            eg_graph_evidence(g, i, k, &doc, &text);
            if (!text || !*text)
                continue;
            eg_buf_reset(&tip[lines]);
            eg_buf_printf(&tip[lines], "\"%.600s\"", text);
            if (doc && *doc)
                eg_buf_printf(&tip[lines], " (%.200s)", doc);
            lines++;
            shown++;
        }
        if (!set_tooltip(e, tip, lines))
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
    free(named);
    if (have_scores)
        igraph_vector_destroy(&scores);
    if (have_order)
        igraph_vector_int_destroy(&order);
    if (have_comm)
        eg_communities_release(&comm);
    for (k = 0; k < 2 + TOOLTIP_SENTENCES; k++)
        eg_buf_release(&tip[k]);
    return ret;
}

eg_status eg_graph_write_dot(const eg_graph *g, const char *path, const eg_render_options *opts, eg_error *err)
{
    eg_status ret;
    Agraph_t *ag = NULL;
    eg_outfile f;
    const char *layout = opts && opts->layout ? opts->layout : eg_render_default_layout((size_t)igraph_vcount(&g->g));
    ret = eg_dot_build(g, layout, opts, 0, &ag, err);
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
