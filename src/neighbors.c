/* neighbors.c: the links and meetings of one entity (see entgraph/neighbors.h). */
#include "entgraph/neighbors.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
    const eg_graph *g;
    igraph_integer_t v;
    int by_date;
} links_ctx;

static const links_ctx *the_ctx;   /* qsort has no context argument in C11 */

static double weight_of(const eg_graph *g, igraph_integer_t e)
{
    double w = eg_graph_enum(g, "weight", e);
    return isfinite(w) && w > 0 ? w : 1;
}

static int cmp_links(const void *pa, const void *pb)
{
    igraph_integer_t a = *(const igraph_integer_t *)pa, b = *(const igraph_integer_t *)pb;
    const eg_graph *g = the_ctx->g;
    int c;
    if (the_ctx->by_date) {
        const char *da = eg_graph_estr(g, "date", a), *db = eg_graph_estr(g, "date", b);
        if (!*da != !*db)
            return *da ? -1 : 1;
        if ((c = strcmp(da, db)) != 0)
            return c;
    } else {
        double wa = weight_of(g, a), wb = weight_of(g, b);
        if (wa != wb)
            return wa > wb ? -1 : 1;
    }
    c = strcmp(eg_graph_vstr(g, "label", IGRAPH_OTHER(&g->g, a, the_ctx->v)),
               eg_graph_vstr(g, "label", IGRAPH_OTHER(&g->g, b, the_ctx->v)));
    if (c)
        return c;
    return a < b ? -1 : a > b;
}

static int listed(const igraph_vector_int_t *edges, igraph_integer_t k, igraph_integer_t e)
{
    igraph_integer_t i;
    for (i = 0; i < k; i++)
        if (VECTOR(*edges)[i] == e)
            return 1;
    return 0;
}

static eg_status links(const eg_graph *g, igraph_integer_t v, const char *kind, int by_date,
                       igraph_vector_int_t *edges, eg_error *err)
{
    igraph_integer_t i, k = 0;
    links_ctx ctx = {g, v, by_date};
    if (v < 0 || v >= igraph_vcount(&g->g))
        return eg_error_set(err, EG_EINVAL, "no such vertex");
    if (igraph_incident(&g->g, edges, v, IGRAPH_ALL) != IGRAPH_SUCCESS)
        return eg_error_set(err, EG_EGRAPH, "igraph: %s", eg_igraph_last_error());
    for (i = 0; i < igraph_vector_int_size(edges); i++) {
        igraph_integer_t e = VECTOR(*edges)[i];
        if (IGRAPH_FROM(&g->g, e) == IGRAPH_TO(&g->g, e) && listed(edges, k, e))
            continue;   /* igraph_incident lists a self-loop twice */
        if (kind && strcmp(eg_graph_estr(g, "kind", e), kind) != 0)
            continue;
        VECTOR(*edges)[k++] = e;
    }
    igraph_vector_int_resize(edges, k);   /* shrinking cannot fail */
    the_ctx = &ctx;
    qsort(VECTOR(*edges), (size_t)k, sizeof(igraph_integer_t), cmp_links);
    the_ctx = NULL;
    return EG_OK;
}

eg_status eg_graph_links_of(const eg_graph *g, igraph_integer_t v, const char *kind, igraph_vector_int_t *edges,
                            eg_error *err)
{
    return links(g, v, kind, 0, edges, err);
}

eg_status eg_graph_meetings_of(const eg_graph *g, igraph_integer_t v, igraph_vector_int_t *edges, eg_error *err)
{
    return links(g, v, EG_KIND_MET, 1, edges, err);
}

igraph_integer_t eg_graph_count_kind(const eg_graph *g, const char *kind)
{
    igraph_integer_t e, ne = igraph_ecount(&g->g), n = 0;
    for (e = 0; e < ne; e++)
        if (strcmp(eg_graph_estr(g, "kind", e), kind) == 0)
            n++;
    return n;
}
