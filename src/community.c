/* community.c: Louvain, Leiden and k-cores (see entgraph/community.h). igraph does the work; this module seeds its
 * random number generator, drives Leiden to convergence, and numbers communities by size. */
#include "entgraph/community.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "entgraph/query.h"

#define LEIDEN_MAX_ITERATIONS 100
#define LEIDEN_BETA 0.01

static const char *const method_names[EG_NCOMM_METHODS] = {"louvain", "leiden"};

const char *eg_community_method_name(eg_community_method m)
{
    return (unsigned)m < EG_NCOMM_METHODS ? method_names[m] : "unknown";
}

int eg_community_method_parse(const char *name, eg_community_method *m)
{
    int i;
    for (i = 0; i < EG_NCOMM_METHODS; i++) {
        if (strcmp(method_names[i], name) == 0) {
            *m = (eg_community_method)i;
            return 1;
        }
    }
    return 0;
}

eg_status eg_communities_init(eg_communities *c, eg_error *err)
{
    eg_igraph_setup();
    c->modularity = 0;
    if (igraph_vector_int_init(&c->membership, 0) != IGRAPH_SUCCESS)
        return eg_error_set(err, EG_ENOMEM, "out of memory");
    if (igraph_vector_int_init(&c->sizes, 0) != IGRAPH_SUCCESS) {
        igraph_vector_int_destroy(&c->membership);
        return eg_error_set(err, EG_ENOMEM, "out of memory");
    }
    return EG_OK;
}

void eg_communities_release(eg_communities *c)
{
    igraph_vector_int_destroy(&c->membership);
    igraph_vector_int_destroy(&c->sizes);
}

typedef struct {
    igraph_integer_t size, first;
} comm_key;

static int cmp_comm(const void *pa, const void *pb)
{
    const comm_key *a = pa, *b = pb;
    if (a->size != b->size)
        return a->size > b->size ? -1 : 1;
    return a->first < b->first ? -1 : a->first > b->first;
}

/* Renumber membership by decreasing community size and fill sizes. */
static eg_status renumber(eg_communities *c, eg_error *err)
{
    eg_status ret = EG_OK;
    igraph_integer_t n = igraph_vector_int_size(&c->membership), k = 0, i, *seen = NULL, *newid = NULL;
    comm_key *keys = NULL;
    seen = malloc((n ? (size_t)n : 1) * sizeof *seen);   /* old id -> dense id, or -1 */
    keys = malloc((n ? (size_t)n : 1) * sizeof *keys);
    newid = malloc((n ? (size_t)n : 1) * sizeof *newid);
    if (!seen || !keys || !newid) {
        ret = eg_error_set(err, EG_ENOMEM, "out of memory");
        goto cleanup;
    }
    for (i = 0; i < n; i++)
        seen[i] = -1;
    for (i = 0; i < n; i++) {
        igraph_integer_t m = VECTOR(c->membership)[i];
        if (m < 0 || m >= n) {
            ret = eg_error_set(err, EG_EGRAPH, "igraph returned a community number out of range");
            goto cleanup;
        }
        if (seen[m] < 0) {
            seen[m] = k;
            keys[k].size = 0;
            keys[k].first = k;   /* dense ids are given in order of first vertex */
            k++;
        }
        keys[seen[m]].size++;
        VECTOR(c->membership)[i] = seen[m];
    }
    qsort(keys, (size_t)k, sizeof *keys, cmp_comm);
    if (igraph_vector_int_resize(&c->sizes, k) != IGRAPH_SUCCESS) {
        ret = eg_error_set(err, EG_ENOMEM, "out of memory");
        goto cleanup;
    }
    for (i = 0; i < k; i++) {
        newid[keys[i].first] = i;
        VECTOR(c->sizes)[i] = keys[i].size;
    }
    for (i = 0; i < n; i++)
        VECTOR(c->membership)[i] = newid[VECTOR(c->membership)[i]];
cleanup:
    free(seen);
    free(keys);
    free(newid);
    return ret;
}

/* Leiden with the modularity quality: node weights = strength, resolution / 2m; one iteration at a time until
 * nothing moves. */
static igraph_error_t leiden_modularity(const igraph_t *g, const igraph_vector_t *w, double resolution,
                                        igraph_vector_int_t *membership)
{
    igraph_vector_t strength;
    igraph_vector_int_t before;
    igraph_integer_t nclusters, iter;
    igraph_real_t quality, total = igraph_vector_sum(w);
    IGRAPH_VECTOR_INIT_FINALLY(&strength, 0);
    IGRAPH_VECTOR_INT_INIT_FINALLY(&before, 0);
    IGRAPH_CHECK(igraph_strength(g, &strength, igraph_vss_all(), IGRAPH_ALL, IGRAPH_LOOPS, w));
    for (iter = 0; iter < LEIDEN_MAX_ITERATIONS; iter++) {
        IGRAPH_CHECK(igraph_vector_int_update(&before, membership));
        IGRAPH_CHECK(igraph_community_leiden(g, w, &strength, resolution / (2 * total), LEIDEN_BETA, iter > 0, 1,
                                             membership, &nclusters, &quality));
        if (iter > 0 && igraph_vector_int_all_e(&before, membership))
            break;
    }
    igraph_vector_int_destroy(&before);
    igraph_vector_destroy(&strength);
    IGRAPH_FINALLY_CLEAN(2);
    return IGRAPH_SUCCESS;
}

eg_status eg_graph_communities(const eg_graph *g, eg_community_method m, double resolution, unsigned long seed,
                               eg_communities *out, eg_error *err)
{
    eg_status ret;
    igraph_vector_t w;
    igraph_integer_t nv = igraph_vcount(&g->g), i;
    igraph_error_t rc;
    igraph_real_t q = 0;
    if ((unsigned)m >= EG_NCOMM_METHODS)
        return eg_error_set(err, EG_EINVAL, "unknown community method");
    if (!(resolution > 0) || !isfinite(resolution))
        return eg_error_set(err, EG_EINVAL, "the resolution must be a positive number");
    if ((ret = eg_graph_weights(g, 0, &w, err)) != EG_OK)
        return ret;
    igraph_rng_seed(igraph_rng_default(), (igraph_uint_t)seed);
    if (igraph_ecount(&g->g) == 0) {
        /* no links: every entity alone (igraph's methods need some weight to normalise by) */
        rc = igraph_vector_int_resize(&out->membership, nv);
        for (i = 0; rc == IGRAPH_SUCCESS && i < nv; i++)
            VECTOR(out->membership)[i] = i;
    } else if (m == EG_COMM_LOUVAIN)
        rc = igraph_community_multilevel(&g->g, &w, resolution, &out->membership, NULL, NULL);
    else
        rc = leiden_modularity(&g->g, &w, resolution, &out->membership);
    if (rc == IGRAPH_SUCCESS && igraph_ecount(&g->g) > 0)
        rc = igraph_modularity(&g->g, &out->membership, &w, resolution, IGRAPH_UNDIRECTED, &q);
    igraph_vector_destroy(&w);
    if (rc != IGRAPH_SUCCESS)
        return eg_error_set(err, EG_EGRAPH, "igraph (%s): %s", method_names[m], eg_igraph_last_error());
    out->modularity = isfinite(q) ? q : 0;
    return renumber(out, err);
}

eg_status eg_graph_coreness(const eg_graph *g, igraph_vector_int_t *cores, eg_error *err)
{
    eg_status ret = EG_OK;
    igraph_t simple;
    igraph_vector_int_t edges;
    int have_edges = 0, have_simple = 0;
    eg_igraph_setup();
    /* a copy without attributes, so that simplification needs no attribute combination rules */
    if (igraph_vector_int_init(&edges, 0) != IGRAPH_SUCCESS) {
        ret = eg_error_set(err, EG_ENOMEM, "out of memory");
        goto cleanup;
    }
    have_edges = 1;
    if (igraph_get_edgelist(&g->g, &edges, 0) != IGRAPH_SUCCESS ||
        igraph_create(&simple, &edges, igraph_vcount(&g->g), IGRAPH_UNDIRECTED) != IGRAPH_SUCCESS) {
        ret = eg_error_set(err, EG_EGRAPH, "igraph (coreness): %s", eg_igraph_last_error());
        goto cleanup;
    }
    have_simple = 1;
    if (igraph_simplify(&simple, 1, 1, NULL) != IGRAPH_SUCCESS ||
        igraph_coreness(&simple, cores, IGRAPH_ALL) != IGRAPH_SUCCESS)
        ret = eg_error_set(err, EG_EGRAPH, "igraph (coreness): %s", eg_igraph_last_error());
cleanup:
    if (have_simple)
        igraph_destroy(&simple);
    if (have_edges)
        igraph_vector_int_destroy(&edges);
    return ret;
}
