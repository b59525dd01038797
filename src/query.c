/* query.c: centralities and ranking (see entgraph/query.h). The graph's weights become igraph weight vectors here;
 * every measure is one igraph call plus the normalisation the header states. */
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

/* The weight of edge e as the algorithms take it: 1 when missing (NaN), not finite or not positive. */
static double weight_of(const eg_graph *g, igraph_integer_t e)
{
    double x = eg_graph_enum(g, "weight", e);
    return isfinite(x) && x > 0 ? x : 1;
}

eg_status eg_graph_weights(const eg_graph *g, int distance, igraph_vector_t *w, eg_error *err)
{
    igraph_integer_t i, ne = igraph_ecount(&g->g);
    eg_igraph_setup();
    if (igraph_vector_init(w, ne) != IGRAPH_SUCCESS)
        return eg_error_set(err, EG_ENOMEM, "out of memory");
    for (i = 0; i < ne; i++)
        VECTOR(*w)[i] = distance ? 1.0 / weight_of(g, i) : weight_of(g, i);
    return EG_OK;
}

/* Non-finite scores (igraph's NaN for isolated vertices) become 0. */
static void finite_or_zero(igraph_vector_t *v)
{
    igraph_integer_t i;
    for (i = 0; i < igraph_vector_size(v); i++)
        if (!isfinite(VECTOR(*v)[i]))
            VECTOR(*v)[i] = 0;
}

/* ARPACK leaves round-off (1e-17, -0) where the leading eigenvector is zero (other components): make it 0. */
static void round_off(igraph_vector_t *v)
{
    igraph_integer_t i;
    for (i = 0; i < igraph_vector_size(v); i++)
        if (!(VECTOR(*v)[i] > 1e-13))
            VECTOR(*v)[i] = 0;
}

/* igraph's closeness (over the reachable vertices only) times r / (n - 1): Wasserman and Faust's form. */
static igraph_error_t closeness_wf(const igraph_t *g, igraph_vector_t *scores, const igraph_vector_t *w)
{
    igraph_vector_int_t reach;
    igraph_integer_t i, n = igraph_vcount(g);
    IGRAPH_VECTOR_INT_INIT_FINALLY(&reach, 0);
    IGRAPH_CHECK(igraph_closeness(g, scores, &reach, NULL, igraph_vss_all(), IGRAPH_ALL, w, 1));
    for (i = 0; i < n; i++)
        VECTOR(*scores)[i] = n > 1 && VECTOR(reach)[i] > 0
                                 ? VECTOR(*scores)[i] * (double)VECTOR(reach)[i] / (double)(n - 1)
                                 : 0;
    igraph_vector_int_destroy(&reach);
    IGRAPH_FINALLY_CLEAN(1);
    return IGRAPH_SUCCESS;
}

static igraph_error_t degree_of(const igraph_t *g, igraph_vector_t *scores)
{
    igraph_vector_int_t deg;
    igraph_integer_t i;
    IGRAPH_VECTOR_INT_INIT_FINALLY(&deg, 0);
    IGRAPH_CHECK(igraph_degree(g, &deg, igraph_vss_all(), IGRAPH_ALL, IGRAPH_LOOPS));
    IGRAPH_CHECK(igraph_vector_resize(scores, igraph_vector_int_size(&deg)));
    for (i = 0; i < igraph_vector_int_size(&deg); i++)
        VECTOR(*scores)[i] = (double)VECTOR(deg)[i];
    igraph_vector_int_destroy(&deg);
    IGRAPH_FINALLY_CLEAN(1);
    return IGRAPH_SUCCESS;
}

/* Strength summed edge by edge, without a vector of every edge's weight (a corpus graph reads its weights from the
 * corpus, and has millions of edges); the same weights as eg_graph_weights. */
static eg_status strength_of(const eg_graph *g, igraph_vector_t *scores, eg_error *err)
{
    igraph_integer_t e, ne = igraph_ecount(&g->g);
    if (igraph_vector_resize(scores, igraph_vcount(&g->g)) != IGRAPH_SUCCESS)
        return eg_error_set(err, EG_ENOMEM, "out of memory");
    igraph_vector_null(scores);
    for (e = 0; e < ne; e++) {
        double x = weight_of(g, e);
        VECTOR(*scores)[IGRAPH_FROM(&g->g, e)] += x;
        VECTOR(*scores)[IGRAPH_TO(&g->g, e)] += x;
    }
    return EG_OK;
}

eg_status eg_graph_centrality(const eg_graph *g, eg_centrality c, igraph_vector_t *scores, eg_error *err)
{
    eg_status ret;
    igraph_vector_t w;
    igraph_error_t rc = IGRAPH_SUCCESS;
    igraph_real_t value;
    igraph_integer_t nv = igraph_vcount(&g->g);
    int distance = c == EG_CENT_BETWEENNESS || c == EG_CENT_CLOSENESS || c == EG_CENT_HARMONIC;
    if ((unsigned)c >= EG_NCENTRALITIES)
        return eg_error_set(err, EG_EINVAL, "unknown centrality");
    if (c == EG_CENT_STRENGTH && g->corpus)   /* integer weights: the order of the sums does not matter */
        return strength_of(g, scores, err);
    if ((ret = eg_graph_weights(g, distance, &w, err)) != EG_OK)
        return ret;
    switch (c) {
    case EG_CENT_DEGREE:
        rc = degree_of(&g->g, scores);
        break;
    case EG_CENT_STRENGTH:
        rc = igraph_strength(&g->g, scores, igraph_vss_all(), IGRAPH_ALL, IGRAPH_LOOPS, &w);
        break;
    case EG_CENT_BETWEENNESS:
        rc = igraph_betweenness(&g->g, scores, igraph_vss_all(), IGRAPH_UNDIRECTED, &w);
        break;
    case EG_CENT_CLOSENESS:
        rc = closeness_wf(&g->g, scores, &w);
        break;
    case EG_CENT_HARMONIC:
        rc = igraph_harmonic_centrality(&g->g, scores, igraph_vss_all(), IGRAPH_ALL, &w, 1);
        if (rc == IGRAPH_SUCCESS)
            finite_or_zero(scores);
        break;
    case EG_CENT_EIGENVECTOR:
        if (igraph_ecount(&g->g) == 0) {
            /* no links: every entity is equally central, as networkx's power iteration leaves it */
            rc = igraph_vector_resize(scores, nv);
            if (rc == IGRAPH_SUCCESS)
                igraph_vector_fill(scores, 1.0);
        } else
            rc = igraph_eigenvector_centrality(&g->g, scores, &value, IGRAPH_UNDIRECTED, 1, &w, NULL);
        if (rc == IGRAPH_SUCCESS)
            round_off(scores);
        break;
    case EG_CENT_PAGERANK:
        igraph_vector_destroy(&w);
        return eg_graph_pagerank(g, 0.85, scores, err);
    default:
        break;
    }
    igraph_vector_destroy(&w);
    if (rc != IGRAPH_SUCCESS)
        return eg_error_set(err, EG_EGRAPH, "igraph (%s): %s", names[c], eg_igraph_last_error());
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
