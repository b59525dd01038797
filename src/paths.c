/* paths.c: chains and neighbourhoods (see entgraph/paths.h).
 *
 * One breadth-first search does both: it visits vertices level by level, and since every vertex of level L - 1
 * leaves the queue before any vertex of level L, a vertex's best (lightest 1 / weight) predecessor edge is final
 * when it leaves the queue itself. */
#include "entgraph/paths.h"

#include <math.h>
#include <stdlib.h>

#include "entgraph/query.h"

typedef struct {
    igraph_integer_t *level;     /* links from the source, -1 unreached */
    igraph_integer_t *pred;      /* edge used to reach the vertex, -1 for the source */
    double *dist;                /* sum of 1 / weight along the chain */
    igraph_integer_t *order;     /* vertices in the order they left the queue */
    igraph_integer_t norder;
} bfs_result;

static void bfs_free(bfs_result *r)
{
    free(r->level);
    free(r->pred);
    free(r->dist);
    free(r->order);
}

/* Search from src up to maxhops links (-1: no limit), stopping once stop (-1: none) has left the queue. */
static eg_status bfs_strongest(const eg_graph *g, igraph_integer_t src, igraph_integer_t maxhops,
                               igraph_integer_t stop, bfs_result *r, eg_error *err)
{
    eg_status ret = EG_OK;
    igraph_integer_t n = igraph_vcount(&g->g), head = 0, tail = 0, i;
    size_t sz = (n ? (size_t)n : 1);
    igraph_inclist_t inc;
    igraph_vector_t w;
    int have_inc = 0, have_w = 0;
    r->level = malloc(sz * sizeof *r->level);
    r->pred = malloc(sz * sizeof *r->pred);
    r->dist = malloc(sz * sizeof *r->dist);
    r->order = malloc(sz * sizeof *r->order);
    r->norder = 0;
    if (!r->level || !r->pred || !r->dist || !r->order) {
        ret = eg_error_set(err, EG_ENOMEM, "out of memory");
        goto cleanup;
    }
    if ((ret = eg_graph_weights(g, 1, &w, err)) != EG_OK)
        goto cleanup;
    have_w = 1;
    if (igraph_inclist_init(&g->g, &inc, IGRAPH_ALL, IGRAPH_LOOPS_ONCE) != IGRAPH_SUCCESS) {
        ret = eg_error_set(err, EG_EGRAPH, "igraph: %s", eg_igraph_last_error());
        goto cleanup;
    }
    have_inc = 1;
    for (i = 0; i < n; i++) {
        r->level[i] = -1;
        r->pred[i] = -1;
        r->dist[i] = INFINITY;
    }
    /* r->order doubles as the queue: [head, tail) waits, [0, head) has left */
    r->level[src] = 0;
    r->dist[src] = 0;
    r->order[tail++] = src;
    while (head < tail) {
        igraph_integer_t u = r->order[head++];
        igraph_vector_int_t *es;
        if (u == stop)
            break;
        if (maxhops >= 0 && r->level[u] >= maxhops)
            continue;
        es = igraph_inclist_get(&inc, u);
        for (i = 0; i < igraph_vector_int_size(es); i++) {
            igraph_integer_t e = VECTOR(*es)[i], v = IGRAPH_OTHER(&g->g, e, u);
            double d = r->dist[u] + VECTOR(w)[e];
            if (r->level[v] < 0) {
                r->level[v] = r->level[u] + 1;
                r->order[tail++] = v;
            }
            if (r->level[v] == r->level[u] + 1 && d < r->dist[v]) {
                r->dist[v] = d;
                r->pred[v] = e;
            }
        }
    }
    r->norder = tail;
cleanup:
    if (have_inc)
        igraph_inclist_destroy(&inc);
    if (have_w)
        igraph_vector_destroy(&w);
    if (ret != EG_OK) {
        bfs_free(r);
        r->level = r->pred = r->order = NULL;
        r->dist = NULL;
    }
    return ret;
}

eg_status eg_graph_chain(const eg_graph *g, igraph_integer_t a, igraph_integer_t b, igraph_vector_int_t *vertices,
                         igraph_vector_int_t *edges, eg_error *err)
{
    eg_status ret;
    bfs_result r;
    igraph_integer_t n = igraph_vcount(&g->g), len, v, k;
    if (a < 0 || a >= n || b < 0 || b >= n)
        return eg_error_set(err, EG_EINVAL, "no such vertex");
    if ((ret = bfs_strongest(g, a, -1, b, &r, err)) != EG_OK)
        return ret;
    if (r.level[b] < 0) {
        ret = eg_error_set(err, EG_ENOTFOUND, "\"%s\" and \"%s\" are not connected", eg_graph_vstr(g, "label", a),
                           eg_graph_vstr(g, "label", b));
        goto cleanup;
    }
    len = r.level[b];
    if (igraph_vector_int_resize(vertices, len + 1) != IGRAPH_SUCCESS ||
        igraph_vector_int_resize(edges, len) != IGRAPH_SUCCESS) {
        ret = eg_error_set(err, EG_ENOMEM, "out of memory");
        goto cleanup;
    }
    for (v = b, k = len; k > 0; k--) {
        igraph_integer_t e = r.pred[v];
        VECTOR(*vertices)[k] = v;
        VECTOR(*edges)[k - 1] = e;
        v = IGRAPH_OTHER(&g->g, e, v);
    }
    VECTOR(*vertices)[0] = a;
cleanup:
    bfs_free(&r);
    return ret;
}

typedef struct {
    igraph_integer_t v, hops;
    double w;   /* weight of the link it is reached through */
} ego_key;

static int cmp_ego(const void *pa, const void *pb)
{
    const ego_key *a = pa, *b = pb;
    if (a->hops != b->hops)
        return a->hops < b->hops ? -1 : 1;
    if (a->w != b->w)
        return a->w > b->w ? -1 : 1;
    return a->v < b->v ? -1 : a->v > b->v;
}

eg_status eg_graph_ego(const eg_graph *g, igraph_integer_t center, igraph_integer_t radius,
                       igraph_vector_int_t *vertices, igraph_vector_int_t *hops, igraph_vector_int_t *via,
                       igraph_vector_int_t *via_edge, eg_error *err)
{
    eg_status ret;
    bfs_result r;
    ego_key *keys = NULL;
    igraph_integer_t n = igraph_vcount(&g->g), i;
    if (center < 0 || center >= n)
        return eg_error_set(err, EG_EINVAL, "no such vertex");
    if (radius < 0)
        return eg_error_set(err, EG_EINVAL, "the radius must not be negative");
    if ((ret = bfs_strongest(g, center, radius, -1, &r, err)) != EG_OK)
        return ret;
    keys = malloc((size_t)(r.norder ? r.norder : 1) * sizeof *keys);
    if (!keys || igraph_vector_int_resize(vertices, r.norder) != IGRAPH_SUCCESS ||
        igraph_vector_int_resize(hops, r.norder) != IGRAPH_SUCCESS ||
        (via && igraph_vector_int_resize(via, r.norder) != IGRAPH_SUCCESS) ||
        (via_edge && igraph_vector_int_resize(via_edge, r.norder) != IGRAPH_SUCCESS)) {
        ret = eg_error_set(err, EG_ENOMEM, "out of memory");
        goto cleanup;
    }
    for (i = 0; i < r.norder; i++) {
        igraph_integer_t v = r.order[i];
        keys[i].v = v;
        keys[i].hops = r.level[v];
        keys[i].w = r.pred[v] >= 0 ? eg_graph_enum(g, "weight", r.pred[v]) : INFINITY;
        if (!(keys[i].w > 0))   /* NaN (no weight) or not positive counts as 1 */
            keys[i].w = 1;
    }
    qsort(keys, (size_t)r.norder, sizeof *keys, cmp_ego);
    for (i = 0; i < r.norder; i++) {
        igraph_integer_t v = keys[i].v, e = r.pred[v];
        VECTOR(*vertices)[i] = v;
        VECTOR(*hops)[i] = keys[i].hops;
        if (via)
            VECTOR(*via)[i] = e >= 0 ? IGRAPH_OTHER(&g->g, e, v) : -1;
        if (via_edge)
            VECTOR(*via_edge)[i] = e;
    }
cleanup:
    free(keys);
    bfs_free(&r);
    return ret;
}
