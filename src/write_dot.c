/* write_dot.c: DOT through cgraph (see entgraph/write.h).
 *
 * Style: shape by type (person ellipse, organization box, country hexagon, place octagon), fill colour by type or
 * by community, size by a centrality (strength unless told), pen width by weight (log scale), meetings (links of
 * kind "met") bold in their own colour and labelled with their place, tooltips with the evidence sentences. Past
 * 150 entities only the largest are named and the others are drawn as dots, so that big drawings stay legible.
 * One builder makes both the cgraph graph that is laid out and rendered, and the text of graph.dot, written as it
 * is made (see sink). Values are quoted DOT strings; eg_dot_escape makes them safe for Graphviz's own label
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
    const char *p, *run;
    eg_status st = EG_OK;
    if (!clean)
        return NULL;
    eg_buf_init(&b, 32000);   /* never reached: 4,000 bytes at most 5 times longer */
    for (p = run = clean; *p && st == EG_OK; p++) {
        if (*p != '\\' && *p != '&')
            continue;
        /* the plain run before this byte, then its escape */
        if ((st = eg_buf_add(&b, run, (size_t)(p - run))) == EG_OK)
            st = *p == '\\' ? eg_buf_add(&b, "\\\\", 2) : eg_buf_add(&b, "&amp;", 5);
        run = p + 1;
    }
    if (st == EG_OK)
        eg_buf_add(&b, run, (size_t)(p - run));
    free(clean);
    return eg_buf_detach(&b);
}

/* Where a drawing goes: a cgraph graph (to lay out and render), or DOT text written statement by statement (for
 * graph.dot: a large graph is then never held a second time, and cgraph's cost per attribute is not paid). */
typedef struct {
    Agraph_t *ag;        /* cgraph: the graph being built */
    Agnode_t **nodes;    /* cgraph: vertex -> node */
    FILE *fp;            /* text: where statements go */
    eg_buf line;         /* text: the statement being made */
    int nattrs;          /* text: attributes in line so far */
    int failed;          /* text: out of memory or a write error */
} sink;

enum { S_GRAPH, S_NODE_DEFAULTS, S_EDGE_DEFAULTS, S_NODE, S_EDGE };

/* A DOT quoted string: quotes escaped; a trailing backslash would escape the closing quote, so it is dropped. */
static void put_quoted(eg_buf *b, const char *v)
{
    size_t n = strlen(v);
    const char *p, *run;
    while (n > 0 && v[n - 1] == '\\')
        n--;
    eg_buf_addc(b, '"');
    for (p = run = v; p < v + n; p++) {
        if (*p != '"')
            continue;
        eg_buf_add(b, run, (size_t)(p - run));
        eg_buf_add(b, "\\\"", 2);
        run = p + 1;
    }
    eg_buf_add(b, run, (size_t)(p - run));
    eg_buf_addc(b, '"');
}

/* Start a statement: the graph's attributes, the defaults of nodes or edges, node v, or the edge v -- w (name is
 * its cgraph name). Returns the cgraph object (the sink itself in text mode), or NULL when out of memory. */
static void *begin(sink *s, int what, igraph_integer_t v, igraph_integer_t w, const char *name)
{
    if (s->ag) {
        switch (what) {
        case S_NODE: return s->nodes[v] = agnode(s->ag, (char *)name, 1);
        case S_EDGE: return agedge(s->ag, s->nodes[v], s->nodes[w], (char *)name, 1);
        default: return s->ag;
        }
    }
    eg_buf_reset(&s->line);
    s->nattrs = 0;
    switch (what) {
    case S_GRAPH: eg_buf_adds(&s->line, "\tgraph"); break;
    case S_NODE_DEFAULTS: eg_buf_adds(&s->line, "\tnode"); break;
    case S_EDGE_DEFAULTS: eg_buf_adds(&s->line, "\tedge"); break;
    case S_NODE: eg_buf_printf(&s->line, "\tn%lld", (long long)v); break;
    default: eg_buf_printf(&s->line, "\tn%lld -- n%lld", (long long)v, (long long)w); break;
    }
    return s;
}

/* End the statement begun last (text mode: write it). */
static void end(sink *s)
{
    if (s->ag)
        return;
    if (eg_buf_adds(&s->line, s->nattrs ? "];\n" : ";\n") != EG_OK ||
        fwrite(s->line.data, 1, s->line.len, s->fp) != s->line.len)
        s->failed = 1;
}

/* name=value on obj; html: value is an HTML-like label. what says whether obj is a default declaration (cgraph
 * declares those with agattr). */
static void set_attr(sink *s, void *obj, int what, const char *name, const char *value, int html)
{
    if (s->ag) {
        if (html) {
            char *label = agstrdup_html(s->ag, (char *)value);
            Agsym_t *sym = agattr(s->ag, what == S_GRAPH ? AGRAPH : AGEDGE, (char *)name, "");
            if (!label || !sym) {
                s->failed = 1;
                if (label)
                    agstrfree(s->ag, label);
                return;
            }
            agxset(obj, sym, label);
            agstrfree(s->ag, label);
        } else if (what == S_NODE_DEFAULTS || what == S_EDGE_DEFAULTS)
            agattr(s->ag, what == S_NODE_DEFAULTS ? AGNODE : AGEDGE, (char *)name, (char *)value);
        else
            agsafeset(obj, (char *)name, (char *)value, "");
        return;
    }
    eg_buf_adds(&s->line, s->nattrs++ ? ",\n\t\t" : "\t[");
    eg_buf_adds(&s->line, name);
    eg_buf_addc(&s->line, '=');
    if (html) {
        eg_buf_addc(&s->line, '<');
        eg_buf_adds(&s->line, value);
        eg_buf_addc(&s->line, '>');
    } else
        put_quoted(&s->line, value);
}

static void set(sink *s, void *obj, const char *name, const char *value)
{
    set_attr(s, obj, S_NODE, name, value, 0);
}

/* set() with eg_dot_escape; returns 0 on out of memory */
static int set_escaped(sink *s, void *obj, const char *name, const char *value)
{
    char *e = eg_dot_escape(value);
    if (!e)
        return 0;
    set(s, obj, name, e);
    free(e);
    return 1;
}

/* A tooltip: lines joined by newlines, each escaped on its own (escaping turns line breaks into spaces). */
static int set_tooltip(sink *s, void *obj, const eg_buf *lines, size_t nlines)
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
        set(s, obj, "tooltip", joined.data ? joined.data : "");
    eg_buf_release(&joined);
    return ok;
}

/* A meeting's place as an HTML-like label: bold, on a white ground, so that it stays legible over lines. */
static int set_met_label(sink *s, void *e, const char *text, int big)
{
    eg_buf html;
    int ok;
    eg_buf_init(&html, 8192);
    ok = eg_buf_printf(&html, "<table border=\"0\" cellborder=\"0\" cellpadding=\"1\" bgcolor=\"#ffffffd9\"><tr><td>"
                              "<font point-size=\"%d\" color=\"" MET_COLOR "\"><b>",
                       big ? 10 : 12) == EG_OK &&
         eg_markup_escape(&html, text, 200) == EG_OK && eg_buf_adds(&html, "</b></font></td></tr></table>") == EG_OK;
    if (ok)
        set_attr(s, e, S_EDGE, "label", html.data, 1);
    eg_buf_release(&html);
    return ok && !s->failed;
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
static eg_status legend_label(sink *s, const eg_graph *g, const eg_render_options *opts,
                              const eg_communities *comm, const igraph_vector_int_t *order, const char *size_by,
                              size_t labels, int has_met, eg_error *err)
{
    eg_status ret = EG_OK;
    eg_buf html;
    size_t k, ncells = NSTYLES, ncols;
    double scale;
    igraph_integer_t nv = igraph_vcount(&g->g), ne = igraph_ecount(&g->g), i;
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
    set_attr(s, s->ag, S_GRAPH, "label", html.data, 1);
    if (s->failed)
        ret = eg_error_set(err, EG_ENOMEM, "out of memory building the legend");
cleanup:
    eg_buf_release(&html);
    return ret;
}

/* The drawing of g into s: the graph's attributes, the defaults, then every node and every edge. */
static eg_status build(const eg_graph *g, const char *layout, const eg_render_options *opts, int index_ids, sink *s,
                       eg_error *err)
{
    eg_status ret = EG_OK;
    igraph_integer_t nv = igraph_vcount(&g->g), ne = igraph_ecount(&g->g), i;
    void *ag;
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

    ag = begin(s, S_GRAPH, 0, 0, NULL);
    /* small drawings: curved links that avoid the entities, drawn over them so that meeting labels stay on top;
     * large ones: straight links under the entities (routing splines costs too much there) */
    set(s, ag, "outputorder", big ? "edgesfirst" : "nodesfirst");
    if (!big && (!layout || strcmp(layout, "dot") != 0))
        set(s, ag, "splines", "true");
    set(s, ag, "fontname", "DejaVu Sans");
    set(s, ag, "bgcolor", "white");
    set(s, ag, "pad", "0.3");
    if (!layout || strcmp(layout, "dot") != 0) {
        set(s, ag, "overlap", "prism");
        set(s, ag, "overlap_scaling", big ? "1" : "2");
        set(s, ag, "sep", big ? "+3" : "+6");
    } else
        set(s, ag, "rankdir", "LR");
    if (layout && strcmp(layout, "sfdp") == 0) {
        set(s, ag, "K", big ? "0.6" : "1.2");
        set(s, ag, "repulsiveforce", "2");
    }
    if ((ret = legend_label(s, g, opts, have_comm ? &comm : NULL, &order, size_name, labels, has_met, err)) != EG_OK)
        goto cleanup;
    set(s, ag, "labelloc", "t");
    end(s);
    begin(s, S_NODE_DEFAULTS, 0, 0, NULL);
    set_attr(s, NULL, S_NODE_DEFAULTS, "fontname", "DejaVu Sans", 0);
    set_attr(s, NULL, S_NODE_DEFAULTS, "style", "filled", 0);
    end(s);
    begin(s, S_EDGE_DEFAULTS, 0, 0, NULL);
    set_attr(s, NULL, S_EDGE_DEFAULTS, "fontname", "DejaVu Sans", 0);
    set_attr(s, NULL, S_EDGE_DEFAULTS, "color", big ? "#7a7a7a59" : "#6b6b6b80", 0);
    end(s);

    for (i = 0; i < nv; i++) {
        void *nd;
        const char *type = eg_graph_vstr(g, "type", i), *label = label_of(g, i);
        const type_style *st = style_of(type);
        double mentions = eg_graph_vnum(g, "mentions", i), docs = eg_graph_vnum(g, "documents", i);
        double t = maxs > 0 && VECTOR(scores)[i] > 0 ? sqrt(VECTOR(scores)[i] / maxs) : 0;
        snprintf(buf, sizeof buf, "n%lld", (long long)i);
        if (!(nd = begin(s, S_NODE, i, 0, buf)))
            goto oom;
        if (index_ids)
            set(s, nd, "id", buf);
        else if (!set_escaped(s, nd, "id", eg_graph_vstr(g, "id", i)))
            goto oom;
        if (by_community)
            snprintf(buf, sizeof buf, "%s c%lld", st ? st->type : "other", (long long)VECTOR(comm.membership)[i]);
        else
            snprintf(buf, sizeof buf, "%s", st ? st->type : "other");
        set(s, nd, "class", buf);
        set(s, nd, "fillcolor", by_community ? eg_dot_community_color(VECTOR(comm.membership)[i])
                                                : st ? st->fill : "#dddddd");
        set(s, nd, "color", st ? st->border : "#777777");
        if (named[i]) {
            if (!set_escaped(s, nd, "label", label))
                goto oom;
            set(s, nd, "shape", st ? st->shape : "ellipse");
            snprintf(buf, sizeof buf, "%.1f", big ? 11.0 + 16.0 * t : 10.0 + 14.0 * t);
            set(s, nd, "fontsize", buf);
            if (big)
                set(s, nd, "margin", "0.05,0.02");
        } else {
            /* a dot whose area follows the score */
            set(s, nd, "label", "");
            set(s, nd, "shape", "circle");
            set(s, nd, "fixedsize", "true");
            snprintf(buf, sizeof buf, "%.3f", 0.07 + 0.28 * t);
            set(s, nd, "width", buf);
            set(s, nd, "penwidth", "0.6");
        }
        eg_buf_reset(&tip[0]);
        eg_buf_printf(&tip[0], "%s (%s)", label, *type ? type : "entity");
        if (isfinite(mentions))
            eg_buf_printf(&tip[0], ": %.0f mentions in %.0f documents", mentions, isfinite(docs) ? docs : 0);
        eg_buf_reset(&tip[1]);
        eg_buf_printf(&tip[1], "%s %.4g", size_name, VECTOR(scores)[i]);
        if (by_community)
            eg_buf_printf(&tip[1], ", community %lld", (long long)VECTOR(comm.membership)[i] + 1);
        if (!set_tooltip(s, nd, tip, 2))
            goto oom;
        end(s);
    }
    for (i = 0; i < ne; i++) {
        void *e;
        double w = weight_of(g, i);
        const char *kind = eg_graph_estr(g, "kind", i);
        int met = strcmp(kind, EG_KIND_MET) == 0;
        igraph_integer_t from = IGRAPH_FROM(&g->g, i), to = IGRAPH_TO(&g->g, i);
        size_t nev = eg_graph_evidence_count(g, i), shown = 0, lines = 1;
        snprintf(buf, sizeof buf, "e%lld", (long long)i);
        if (!(e = begin(s, S_EDGE, from, to, buf)))
            goto oom;
        if (index_ids)
            set(s, e, "id", buf);
        if (met)
            snprintf(buf, sizeof buf, "%.2f", big ? fmin(6.0, 1.5 + 1.0 * log2(w)) : fmin(9.0, 2.2 + 1.6 * log2(w)));
        else
            snprintf(buf, sizeof buf, "%.2f", big ? fmin(5.0, 0.4 + 1.0 * log2(w)) : fmin(6.0, 0.7 + 1.3 * log2(w)));
        set(s, e, "penwidth", buf);
        snprintf(buf, sizeof buf, "%g", w);
        set(s, e, "weight", buf);
        set(s, e, "class", *kind ? (met ? "met" : "link") : "link");
        eg_buf_reset(&tip[0]);
        if (met) {
            const char *place = eg_graph_estr(g, "place", i), *date = eg_graph_estr(g, "date", i);
            const char *status = eg_graph_estr(g, "status", i), *mode = eg_graph_estr(g, "mode", i);
            set(s, e, "color", MET_COLOR);
            set(s, e, "fontcolor", MET_COLOR);
            set(s, e, "style", "bold");
            if ((*place || *date) && !set_met_label(s, e, *place ? place : date, big))
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
        if (!set_tooltip(s, e, tip, lines))
            goto oom;
        end(s);
    }
    if (s->failed)
        goto oom;
    goto cleanup;
oom:
    ret = eg_error_set(err, EG_ENOMEM, "out of memory building the drawing");
cleanup:
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

eg_status eg_dot_build(const eg_graph *g, const char *layout, const eg_render_options *opts, int index_ids,
                       Agraph_t **out, eg_error *err)
{
    eg_status ret;
    sink s;
    igraph_integer_t nv = igraph_vcount(&g->g);
    memset(&s, 0, sizeof s);
    *out = NULL;
    s.ag = agopen("entgraph", Agundirected, NULL);
    s.nodes = malloc((nv ? (size_t)nv : 1) * sizeof *s.nodes);
    if (!s.ag || !s.nodes)
        ret = eg_error_set(err, EG_ENOMEM, "out of memory building the drawing");
    else if ((ret = build(g, layout, opts, index_ids, &s, err)) == EG_OK) {
        *out = s.ag;
        s.ag = NULL;
    }
    if (s.ag)
        agclose(s.ag);
    free(s.nodes);
    return ret;
}

/* graph.dot is written as it is made, not built in cgraph first: at 100,000 articles cgraph's graph took half a
 * minute to build and free and most of the memory. The statements are the ones cgraph would hold. */
eg_status eg_graph_write_dot(const eg_graph *g, const char *path, const eg_render_options *opts, eg_error *err)
{
    eg_status ret;
    sink s;
    eg_outfile f;
    const char *layout = opts && opts->layout ? opts->layout : eg_render_default_layout((size_t)igraph_vcount(&g->g));
    if ((ret = eg_outfile_open(&f, path, err)) != EG_OK)
        return ret;
    memset(&s, 0, sizeof s);
    s.fp = f.fp;
    eg_buf_init(&s.line, (size_t)1 << 30);
    if (fputs("graph entgraph {\n", f.fp) == EOF)
        s.failed = 1;
    ret = build(g, layout, opts, 0, &s, err);
    if (ret == EG_OK && (s.failed || fputs("}\n", f.fp) == EOF || ferror(f.fp))) {
        ret = eg_error_set(err, EG_EIO, "%s: writing DOT failed", path);
    }
    eg_buf_release(&s.line);
    if (ret != EG_OK) {
        eg_outfile_abort(&f);
        return ret;
    }
    return eg_outfile_commit(&f, err);
}
