/* select.c: filtering a graph down to what is drawn or queried (see entgraph/select.h). */
#include "entgraph/select.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "entgraph/paths.h"

void eg_select_options_init(eg_select_options *o)
{
    memset(o, 0, sizeof *o);
    o->drop_orphans = 1;
    o->radius = 1;
    o->by = EG_CENT_STRENGTH;
}

int eg_name_in_list(const char *list, const char *s)
{
    size_t n = strlen(s);
    const char *p = list;
    while (*p) {
        size_t k = strcspn(p, ","), a = 0, b = k;
        while (a < b && p[a] == ' ')
            a++;
        while (b > a && p[b - 1] == ' ')
            b--;
        if (b - a == n && strncasecmp(p + a, s, n) == 0)
            return 1;
        p += k;
        if (*p)
            p++;
    }
    return 0;
}

/* Steps 1-3 of the selection: edge and type filters, orphans. *focus (an index of g, or -1) becomes its index in
 * the result, or -1 when it is filtered away. */
static eg_status filter(eg_graph **out, const eg_graph *g, const eg_select_options *o, igraph_integer_t *focus,
                        eg_error *err)
{
    eg_status ret = EG_OK;
    igraph_integer_t nv = igraph_vcount(&g->g), ne = igraph_ecount(&g->g), i, before = 0;
    char *kv = calloc(nv ? (size_t)nv : 1, 1), *ke = calloc(ne ? (size_t)ne : 1, 1);
    unsigned char *had = calloc(nv ? (size_t)nv : 1, 1), *has = calloc(nv ? (size_t)nv : 1, 1);
    if (!kv || !ke || !had || !has) {
        ret = eg_error_set(err, EG_ENOMEM, "out of memory");
        goto cleanup;
    }
    for (i = 0; i < nv; i++)
        kv[i] = !o->types || eg_name_in_list(o->types, eg_graph_vstr(g, "type", i));
    for (i = 0; i < ne; i++) {
        igraph_integer_t a = IGRAPH_FROM(&g->g, i), b = IGRAPH_TO(&g->g, i);
        double w = eg_graph_enum(g, "weight", i);
        if (!isfinite(w) || w <= 0)
            w = 1;
        had[a] = had[b] = 1;
        ke[i] = w >= o->min_weight && (!o->kinds || eg_name_in_list(o->kinds, eg_graph_estr(g, "kind", i))) &&
                kv[a] && kv[b];
        if (ke[i])
            has[a] = has[b] = 1;
    }
    if (o->drop_orphans)
        for (i = 0; i < nv; i++)
            if (had[i] && !has[i])
                kv[i] = 0;
    if (*focus >= 0) {
        for (i = 0; i < *focus; i++)
            before += kv[i] != 0;
        *focus = kv[*focus] ? before : -1;
    }
    ret = eg_graph_subgraph(out, g, kv, ke, err);
cleanup:
    free(kv);
    free(ke);
    free(had);
    free(has);
    return ret;
}

/* The index of v in the induced subgraph of the vertices in keep (which keeps their order), or -1. */
static igraph_integer_t index_after(const igraph_vector_int_t *keep, igraph_integer_t v)
{
    igraph_integer_t i, before = 0, in = 0;
    for (i = 0; i < igraph_vector_int_size(keep); i++) {
        before += VECTOR(*keep)[i] < v;
        in |= VECTOR(*keep)[i] == v;
    }
    return in ? before : -1;
}

eg_status eg_graph_select(eg_graph **out, const eg_graph *g, const eg_select_options *opts, eg_error *err)
{
    eg_status ret = EG_OK;
    eg_select_options o;
    eg_graph *cur = NULL, *next = NULL;
    igraph_integer_t focus = -1, i;
    igraph_vector_int_t keep, hops;
    igraph_vector_t scores;
    int have_keep = 0, have_hops = 0, have_scores = 0;
    *out = NULL;
    if (opts)
        o = *opts;
    else
        eg_select_options_init(&o);
    if (igraph_vector_int_init(&keep, 0) != IGRAPH_SUCCESS)
        goto oom;
    have_keep = 1;
    if (igraph_vector_int_init(&hops, 0) != IGRAPH_SUCCESS)
        goto oom;
    have_hops = 1;
    if (igraph_vector_init(&scores, 0) != IGRAPH_SUCCESS)
        goto oom;
    have_scores = 1;
    if (o.focus && (ret = eg_graph_find(g, o.focus, &focus, err)) != EG_OK)
        goto cleanup;
    i = focus;
    if ((ret = filter(&cur, g, &o, &focus, err)) != EG_OK)
        goto cleanup;
    if (o.focus && focus < 0) {
        ret = eg_error_set(err, EG_ENOTFOUND, "\"%s\" is left out by the filters", eg_graph_vstr(g, "label", i));
        goto cleanup;
    }
    if (o.focus) {
        if ((ret = eg_graph_ego(cur, focus, o.radius, &keep, &hops, NULL, NULL, err)) != EG_OK ||
            (ret = eg_graph_induced(&next, cur, &keep, err)) != EG_OK)
            goto cleanup;
        focus = index_after(&keep, focus);
        eg_graph_free(cur);
        cur = next;
        next = NULL;
    }
    if (o.top && (size_t)igraph_vcount(&cur->g) > o.top) {
        if ((ret = eg_graph_centrality(cur, o.by, &scores, err)) != EG_OK ||
            (ret = eg_rank(cur, &scores, &keep, err)) != EG_OK)
            goto cleanup;
        igraph_vector_int_resize(&keep, (igraph_integer_t)o.top);   /* shrinking cannot fail */
        if (focus >= 0 && index_after(&keep, focus) < 0)
            VECTOR(keep)[o.top - 1] = focus;   /* the focus replaces the last one */
        if ((ret = eg_graph_induced(&next, cur, &keep, err)) != EG_OK)
            goto cleanup;
        eg_graph_free(cur);
        cur = next;
        next = NULL;
    }
    *out = cur;
    cur = NULL;
    goto cleanup;
oom:
    ret = eg_error_set(err, EG_ENOMEM, "out of memory");
cleanup:
    if (have_keep)
        igraph_vector_int_destroy(&keep);
    if (have_hops)
        igraph_vector_int_destroy(&hops);
    if (have_scores)
        igraph_vector_destroy(&scores);
    eg_graph_free(cur);
    eg_graph_free(next);
    return ret;
}
