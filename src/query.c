/* query.c: centralities and ranking (see entgraph/query.h). */
#include "entgraph/query.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

static const char *const names[EG_NCENTRALITIES] = {"degree", "strength", "betweenness", "closeness",
                                                     "harmonic", "eigenvector", "pagerank"};

const char *eg_centrality_name(eg_centrality c)
{
    return (unsigned)c < EG_NCENTRALITIES ? names[c] : "unknown";
}

int eg_centrality_parse(const char *name, eg_centrality *c)
{
    int i;
    for (i = 0; i < EG_NCENTRALITIES; i++) {
        if (strcmp(names[i], name) == 0) {
            *c = (eg_centrality)i;
            return 1;
        }
    }
    return 0;
}

/* weights (initialised here) from the `weight` attribute, or 1; as distances 1/w when `distance`. */
static igraph_error_t weights_of(const eg_graph *g, igraph_vector_t *w, int distance)
{
    igraph_integer_t i, ne = igraph_ecount(&g->g);
    IGRAPH_CHECK(igraph_vector_init(w, ne));
    for (i = 0; i < ne; i++) {
        double x = eg_graph_enum(g, "weight", i);
        if (!isfinite(x) || x <= 0)
            x = 1;
        VECTOR(*w)[i] = distance ? 1.0 / x : x;
    }
    return IGRAPH_SUCCESS;
}

eg_status eg_graph_centrality(const eg_graph *g, eg_centrality c, igraph_vector_t *scores, eg_error *err)
{
    igraph_vector_t w;
    igraph_vector_int_t deg;
    igraph_error_t rc = IGRAPH_SUCCESS;
    igraph_real_t value;
    igraph_integer_t i;
    int distance = c == EG_CENT_BETWEENNESS || c == EG_CENT_CLOSENESS || c == EG_CENT_HARMONIC;
    eg_igraph_setup();
    if (weights_of(g, &w, distance) != IGRAPH_SUCCESS)
        return eg_error_set(err, EG_ENOMEM, "out of memory");
    switch (c) {
    case EG_CENT_DEGREE:
        rc = igraph_vector_int_init(&deg, 0);
        if (rc == IGRAPH_SUCCESS) {
            rc = igraph_degree(&g->g, &deg, igraph_vss_all(), IGRAPH_ALL, IGRAPH_LOOPS);
            if (rc == IGRAPH_SUCCESS)
                rc = igraph_vector_resize(scores, igraph_vector_int_size(&deg));
            if (rc == IGRAPH_SUCCESS)
                for (i = 0; i < igraph_vector_int_size(&deg); i++)
                    VECTOR(*scores)[i] = (double)VECTOR(deg)[i];
            igraph_vector_int_destroy(&deg);
        }
        break;
    case EG_CENT_STRENGTH:
        rc = igraph_strength(&g->g, scores, igraph_vss_all(), IGRAPH_ALL, IGRAPH_LOOPS, &w);
        break;
    case EG_CENT_BETWEENNESS:
        rc = igraph_betweenness(&g->g, scores, igraph_vss_all(), IGRAPH_UNDIRECTED, &w);
        break;
    case EG_CENT_CLOSENESS:
        rc = igraph_closeness(&g->g, scores, NULL, NULL, igraph_vss_all(), IGRAPH_ALL, &w, 1);
        if (rc == IGRAPH_SUCCESS)
            for (i = 0; i < igraph_vector_size(scores); i++)
                if (!isfinite(VECTOR(*scores)[i]))
                    VECTOR(*scores)[i] = 0;
        break;
    case EG_CENT_HARMONIC:
        rc = igraph_harmonic_centrality(&g->g, scores, igraph_vss_all(), IGRAPH_ALL, &w, 1);
        break;
    case EG_CENT_EIGENVECTOR:
        if (igraph_ecount(&g->g) == 0) {
            rc = igraph_vector_resize(scores, igraph_vcount(&g->g));
            if (rc == IGRAPH_SUCCESS)
                igraph_vector_fill(scores, 1.0);
        } else
            rc = igraph_eigenvector_centrality(&g->g, scores, &value, IGRAPH_UNDIRECTED, 1, &w, NULL);
        break;
    case EG_CENT_PAGERANK:
        rc = igraph_pagerank(&g->g, IGRAPH_PAGERANK_ALGO_PRPACK, scores, &value, igraph_vss_all(), IGRAPH_UNDIRECTED,
                             0.85, &w, NULL);
        break;
    default:
        igraph_vector_destroy(&w);
        return eg_error_set(err, EG_EINVAL, "unknown centrality");
    }
    igraph_vector_destroy(&w);
    if (rc != IGRAPH_SUCCESS)
        return eg_error_set(err, EG_EGRAPH, "igraph: %s", eg_igraph_last_error());
    return EG_OK;
}

typedef struct {
    const eg_graph *g;
    const igraph_vector_t *s;
} rank_ctx;

static rank_ctx *the_ctx;   /* qsort has no context argument in C11 */

static int cmp_rank(const void *pa, const void *pb)
{
    igraph_integer_t a = *(const igraph_integer_t *)pa, b = *(const igraph_integer_t *)pb;
    double x = VECTOR(*the_ctx->s)[a], y = VECTOR(*the_ctx->s)[b];
    int c;
    if (x > y + 1e-12 * fabs(y))
        return -1;
    if (y > x + 1e-12 * fabs(x))
        return 1;
    c = strcmp(eg_graph_vstr(the_ctx->g, "label", a), eg_graph_vstr(the_ctx->g, "label", b));
    if (c)
        return c;
    return a < b ? -1 : a > b;
}

eg_status eg_rank(const eg_graph *g, const igraph_vector_t *scores, igraph_vector_int_t *order, eg_error *err)
{
    igraph_integer_t i, n = igraph_vector_size(scores);
    rank_ctx ctx = {g, scores};
    if (igraph_vector_int_resize(order, n) != IGRAPH_SUCCESS)
        return eg_error_set(err, EG_ENOMEM, "out of memory");
    for (i = 0; i < n; i++)
        VECTOR(*order)[i] = i;
    the_ctx = &ctx;
    qsort(VECTOR(*order), (size_t)n, sizeof(igraph_integer_t), cmp_rank);
    the_ctx = NULL;
    return EG_OK;
}
