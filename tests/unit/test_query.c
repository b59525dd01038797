/* test_query.c: centralities, communities, k-cores, chains, neighbourhoods, meetings, selection and name lookup on
 * small graphs whose answers are worked out by hand in the comments. */
#include <math.h>
#include <string.h>

#include "check.h"
#include "entgraph/community.h"
#include "entgraph/neighbors.h"
#include "entgraph/paths.h"
#include "entgraph/query.h"
#include "entgraph/select.h"
#include "graph_fixture.h"

#define CHECK_NEAR(a, b)                                                                                             \
    do {                                                                                                             \
        double near_a = (a), near_b = (b);                                                                           \
        if (fabs(near_a - near_b) <= 1e-9 * fmax(1.0, fabs(near_b)))                                                 \
            check_passed++;                                                                                          \
        else {                                                                                                       \
            check_failed++;                                                                                          \
            fprintf(stderr, "%s:%d: %s == %.17g, expected %.17g\n", __FILE__, __LINE__, #a, near_a, near_b);         \
        }                                                                                                            \
    } while (0)

static const char *const L[] = {"A", "B", "C", "D", "E", "F", "G", "H"};

static void score(const eg_graph *g, eg_centrality c, igraph_vector_t *v)
{
    eg_error err;
    CHECK(eg_graph_centrality(g, c, v, &err) == EG_OK);
}

/* The path A-B-C-D, unweighted. */
static void test_path_graph(void)
{
    const fx_edge e[] = {{0, 1, 1, NULL}, {1, 2, 1, NULL}, {2, 3, 1, NULL}};
    eg_graph *g = fx_graph(4, L, NULL, e, 3);
    igraph_vector_t v;
    double phi = (1 + sqrt(5.0)) / 2;
    igraph_vector_init(&v, 0);
    score(g, EG_CENT_DEGREE, &v);
    CHECK_NEAR(VECTOR(v)[0], 1);
    CHECK_NEAR(VECTOR(v)[1], 2);
    score(g, EG_CENT_BETWEENNESS, &v);   /* B lies on A-C and A-D */
    CHECK_NEAR(VECTOR(v)[0], 0);
    CHECK_NEAR(VECTOR(v)[1], 2);
    score(g, EG_CENT_CLOSENESS, &v);     /* A: 3 / (1+2+3); B: 3 / (1+1+2) */
    CHECK_NEAR(VECTOR(v)[0], 0.5);
    CHECK_NEAR(VECTOR(v)[1], 0.75);
    score(g, EG_CENT_HARMONIC, &v);      /* A: (1 + 1/2 + 1/3) / 3; B: (1 + 1 + 1/2) / 3 */
    CHECK_NEAR(VECTOR(v)[0], 11.0 / 18);
    CHECK_NEAR(VECTOR(v)[1], 5.0 / 6);
    score(g, EG_CENT_EIGENVECTOR, &v);   /* (1, phi, phi, 1) scaled to a maximum of 1 */
    CHECK_NEAR(VECTOR(v)[0], 1 / phi);
    CHECK_NEAR(VECTOR(v)[1], 1);
    CHECK_NEAR(VECTOR(v)[3], 1 / phi);
    igraph_vector_destroy(&v);
    eg_graph_free(g);
}

/* The star A-{B,C,D}: PageRank solves l = 0.15/4 + 0.85 c/3, c = 1 - 3l, so l = 0.048125 / 0.2775. */
static void test_pagerank_star(void)
{
    const fx_edge e[] = {{0, 1, 1, NULL}, {0, 2, 1, NULL}, {0, 3, 1, NULL}};
    eg_graph *g = fx_graph(4, L, NULL, e, 3);
    igraph_vector_t v;
    igraph_vector_int_t order;
    eg_error err;
    double l = 0.048125 / 0.2775;
    igraph_vector_init(&v, 0);
    igraph_vector_int_init(&order, 0);
    score(g, EG_CENT_PAGERANK, &v);
    CHECK_NEAR(VECTOR(v)[1], l);
    CHECK_NEAR(VECTOR(v)[0], 1 - 3 * l);
    CHECK(eg_rank(g, &v, &order, &err) == EG_OK);
    CHECK_INT(VECTOR(order)[0], 0);
    CHECK_INT(VECTOR(order)[1], 1);   /* ties by label */
    igraph_vector_destroy(&v);
    igraph_vector_int_destroy(&order);
    eg_graph_free(g);
}

/* The triangle A-B (1 sentence), B-C (4), A-C (4): as distances 1/w, A to B is shorter through C (1/4 + 1/4). */
static void test_weighted(void)
{
    const fx_edge e[] = {{0, 1, 1, NULL}, {1, 2, 4, NULL}, {0, 2, 4, NULL}};
    eg_graph *g = fx_graph(3, L, NULL, e, 3);
    igraph_vector_t v, s;
    eg_error err;
    igraph_vector_init(&v, 0);
    igraph_vector_init(&s, 0);
    score(g, EG_CENT_STRENGTH, &v);
    CHECK_NEAR(VECTOR(v)[0], 5);
    CHECK_NEAR(VECTOR(v)[2], 8);
    score(g, EG_CENT_BETWEENNESS, &v);
    CHECK_NEAR(VECTOR(v)[0], 0);
    CHECK_NEAR(VECTOR(v)[2], 1);
    score(g, EG_CENT_CLOSENESS, &v);   /* A: distances 1/2 (B, via C) and 1/4 (C): 2 / 0.75 */
    CHECK_NEAR(VECTOR(v)[0], 2 / 0.75);
    /* sampled from every vertex: the exact value; from fewer: the same for the same seed */
    CHECK(eg_graph_betweenness_sampled(g, 3, 1, &s, &err) == EG_OK);
    CHECK_NEAR(VECTOR(s)[2], 1);
    CHECK(eg_graph_betweenness_sampled(g, 2, 42, &s, &err) == EG_OK);
    CHECK(eg_graph_betweenness_sampled(g, 2, 42, &v, &err) == EG_OK);
    CHECK(igraph_vector_all_e(&s, &v));
    CHECK(eg_graph_betweenness_sampled(g, 0, 1, &s, &err) == EG_EINVAL);
    igraph_vector_destroy(&v);
    igraph_vector_destroy(&s);
    eg_graph_free(g);
}

/* Brandes over every source (src/betweenness.c) equals igraph's exact betweenness on a random multigraph with
 * many ties: weights 1 to 4 (distances 1, 1/2, 1/3, 1/4 add up to equal lengths often), parallel links. */
static void test_betweenness_all_sources(void)
{
    fx_edge e[260];
    static const char *labels[60];
    static char names[60][8];
    eg_graph *g;
    igraph_vector_t exact, mine;
    eg_error err;
    int i, bad = 0;
    unsigned x = 12345;
    for (i = 0; i < 60; i++) {
        snprintf(names[i], sizeof names[i], "v%d", i);
        labels[i] = names[i];
    }
    for (i = 0; i < 240; i++) {
        x = x * 1103515245u + 12345u;
        e[i].a = (int)((x >> 8) % 60);
        x = x * 1103515245u + 12345u;
        e[i].b = (int)((x >> 8) % 60);
        if (e[i].b == e[i].a)
            e[i].b = (e[i].a + 1) % 60;
        e[i].w = 1 + (double)((x >> 20) % 4);
        e[i].kind = NULL;
    }
    for (i = 240; i < 260; i++)   /* parallel copies of earlier links, same weight */
        e[i] = e[i - 240];
    g = fx_graph(60, labels, NULL, e, 260);
    igraph_vector_init(&exact, 0);
    igraph_vector_init(&mine, 0);
    score(g, EG_CENT_BETWEENNESS, &exact);
    CHECK(eg_graph_betweenness_sampled(g, 60, 1, &mine, &err) == EG_OK);
    for (i = 0; i < 60; i++)
        bad += fabs(VECTOR(mine)[i] - VECTOR(exact)[i]) > 1e-9 * fmax(1.0, VECTOR(exact)[i]);
    CHECK_INT(bad, 0);
    CHECK(igraph_vector_max(&exact) > 10);
    igraph_vector_destroy(&exact);
    igraph_vector_destroy(&mine);
    eg_graph_free(g);
}

/* Two 4-cliques joined by one link: m = 13, each side has 6 inner links and degree sum 13, so modularity is
 * 2 (6/13 - (13/26)^2) = 11/26. */
static void test_communities(void)
{
    fx_edge e[13];
    int k = 0, i, j, side, m;
    eg_graph *g;
    eg_communities c;
    eg_error err;
    for (side = 0; side < 2; side++)
        for (i = 0; i < 4; i++)
            for (j = i + 1; j < 4; j++)
                e[k++] = (fx_edge){4 * side + i, 4 * side + j, 1, NULL};
    e[k++] = (fx_edge){3, 4, 1, NULL};
    g = fx_graph(8, L, NULL, e, k);
    for (m = 0; m < EG_NCOMM_METHODS; m++) {
        CHECK(eg_communities_init(&c, &err) == EG_OK);
        CHECK(eg_graph_communities(g, (eg_community_method)m, 1.0, 7, &c, &err) == EG_OK);
        CHECK_INT(igraph_vector_int_size(&c.sizes), 2);
        CHECK_INT(VECTOR(c.sizes)[0], 4);
        for (i = 0; i < 8; i++)
            CHECK_INT(VECTOR(c.membership)[i], i < 4 ? 0 : 1);
        CHECK_NEAR(c.modularity, 11.0 / 26);
        eg_communities_release(&c);
    }
    CHECK_STR(eg_community_method_name(EG_COMM_LEIDEN), "leiden");
    CHECK(eg_communities_init(&c, &err) == EG_OK);
    CHECK(eg_graph_communities(g, EG_COMM_LOUVAIN, 0, 1, &c, &err) == EG_EINVAL);
    eg_communities_release(&c);
    eg_graph_free(g);
}

/* A 4-clique with a pendant E linked twice (parallel links count once). */
static void test_coreness(void)
{
    const fx_edge e[] = {{0, 1, 1, NULL}, {0, 2, 1, NULL}, {0, 3, 1, NULL}, {1, 2, 1, NULL},
                         {1, 3, 1, NULL}, {2, 3, 1, NULL}, {3, 4, 1, NULL}, {3, 4, 2, "met"}};
    eg_graph *g = fx_graph(5, L, NULL, e, 8);
    igraph_vector_int_t cores;
    eg_error err;
    igraph_vector_int_init(&cores, 0);
    CHECK(eg_graph_coreness(g, &cores, &err) == EG_OK);
    CHECK_INT(VECTOR(cores)[0], 3);
    CHECK_INT(VECTOR(cores)[3], 3);
    CHECK_INT(VECTOR(cores)[4], 1);
    igraph_vector_int_destroy(&cores);
    eg_graph_free(g);
}

/* The square A-B-C-D-A: A-B and B-C seen once, A-D and D-C five times; and E alone. */
static void test_chain_and_ego(void)
{
    const fx_edge e[] = {{0, 1, 1, NULL}, {1, 2, 1, NULL}, {0, 3, 5, NULL}, {3, 2, 5, NULL}, {2, 5, 2, NULL}};
    eg_graph *g = fx_graph(6, L, NULL, e, 5);
    igraph_vector_int_t vs, es, hops, via, via_e;
    eg_error err;
    igraph_vector_int_init(&vs, 0);
    igraph_vector_int_init(&es, 0);
    igraph_vector_int_init(&hops, 0);
    igraph_vector_int_init(&via, 0);
    igraph_vector_int_init(&via_e, 0);
    CHECK(eg_graph_chain(g, 0, 2, &vs, &es, &err) == EG_OK);   /* two links either way: through D, stronger */
    CHECK_INT(igraph_vector_int_size(&vs), 3);
    CHECK_INT(VECTOR(vs)[1], 3);
    CHECK_INT(VECTOR(es)[0], 2);
    CHECK_INT(VECTOR(es)[1], 3);
    CHECK(eg_graph_chain(g, 0, 1, &vs, &es, &err) == EG_OK);   /* a direct link beats any detour */
    CHECK_INT(igraph_vector_int_size(&vs), 2);
    CHECK(eg_graph_chain(g, 0, 4, &vs, &es, &err) == EG_ENOTFOUND);
    CHECK(strstr(err.msg, "not connected") != NULL);
    CHECK(eg_graph_chain(g, 2, 2, &vs, &es, &err) == EG_OK);
    CHECK_INT(igraph_vector_int_size(&vs), 1);
    CHECK_INT(igraph_vector_int_size(&es), 0);
    /* ego of A, radius 1: A, then D (weight 5) before B (weight 1) */
    CHECK(eg_graph_ego(g, 0, 1, &vs, &hops, &via, &via_e, &err) == EG_OK);
    CHECK_INT(igraph_vector_int_size(&vs), 3);
    CHECK_INT(VECTOR(vs)[0], 0);
    CHECK_INT(VECTOR(vs)[1], 3);
    CHECK_INT(VECTOR(vs)[2], 1);
    CHECK_INT(VECTOR(via)[0], -1);
    /* radius 2 adds C, reached through D */
    CHECK(eg_graph_ego(g, 0, 2, &vs, &hops, &via, &via_e, &err) == EG_OK);
    CHECK_INT(igraph_vector_int_size(&vs), 4);
    CHECK_INT(VECTOR(vs)[3], 2);
    CHECK_INT(VECTOR(hops)[3], 2);
    CHECK_INT(VECTOR(via)[3], 3);
    CHECK_INT(VECTOR(via_e)[3], 3);
    CHECK(eg_graph_ego(g, 0, 0, &vs, &hops, NULL, NULL, &err) == EG_OK);
    CHECK_INT(igraph_vector_int_size(&vs), 1);
    igraph_vector_int_destroy(&vs);
    igraph_vector_int_destroy(&es);
    igraph_vector_int_destroy(&hops);
    igraph_vector_int_destroy(&via);
    igraph_vector_int_destroy(&via_e);
    eg_graph_free(g);
}

/* A met B (undated), C (2024-05) and D (2023-11); A and B also co-occur three times. */
static void test_links_and_meetings(void)
{
    const fx_edge e[] = {{0, 1, 3, NULL}, {0, 1, 1, "met"}, {0, 2, 1, "met"}, {3, 0, 2, "met"}, {1, 2, 1, NULL}};
    eg_graph *g = fx_graph(4, L, NULL, e, 5);
    igraph_vector_int_t es;
    eg_error err;
    SETEAS(&g->g, "date", 2, "2024-05");
    SETEAS(&g->g, "date", 3, "2023-11");
    SETEAS(&g->g, "place", 3, "Oslo");
    igraph_vector_int_init(&es, 0);
    CHECK(eg_graph_links_of(g, 0, NULL, &es, &err) == EG_OK);   /* by weight: 3, 2, then 1 (B before C) */
    CHECK_INT(igraph_vector_int_size(&es), 4);
    CHECK_INT(VECTOR(es)[0], 0);
    CHECK_INT(VECTOR(es)[1], 3);
    CHECK_INT(VECTOR(es)[2], 1);
    CHECK_INT(VECTOR(es)[3], 2);
    CHECK(eg_graph_meetings_of(g, 0, &es, &err) == EG_OK);      /* by date, undated last */
    CHECK_INT(igraph_vector_int_size(&es), 3);
    CHECK_INT(VECTOR(es)[0], 3);
    CHECK_INT(VECTOR(es)[1], 2);
    CHECK_INT(VECTOR(es)[2], 1);
    CHECK_STR(eg_graph_estr(g, "place", VECTOR(es)[0]), "Oslo");
    CHECK(eg_graph_links_of(g, 2, "met", &es, &err) == EG_OK);
    CHECK_INT(igraph_vector_int_size(&es), 1);
    CHECK_INT(eg_graph_count_kind(g, EG_KIND_MET), 3);
    igraph_vector_int_destroy(&es);
    eg_graph_free(g);
}

static void test_select(void)
{
    static const char *const types[] = {"person", "person", "place", "organization", "person", "place"};
    const fx_edge e[] = {{0, 1, 3, NULL}, {0, 2, 1, NULL}, {1, 3, 2, "met"}, {3, 4, 1, NULL}};
    eg_graph *g = fx_graph(6, L, types, e, 4), *s = NULL;
    eg_select_options o;
    eg_error err;
    eg_select_options_init(&o);
    o.min_weight = 2;   /* C and E lose their only links; F had none and stays */
    CHECK(eg_graph_select(&s, g, &o, &err) == EG_OK);
    CHECK_INT(igraph_vcount(&s->g), 4);
    CHECK_INT(igraph_ecount(&s->g), 2);
    CHECK_STR(eg_graph_vstr(s, "label", 2), "D");
    CHECK_STR(eg_graph_vstr(s, "label", 3), "F");
    eg_graph_free(s);
    eg_select_options_init(&o);
    o.types = "person, organization";
    o.kinds = "cooccurrence";   /* A-B, D-E; C is a place; F a place */
    CHECK(eg_graph_select(&s, g, &o, &err) == EG_OK);
    CHECK_INT(igraph_vcount(&s->g), 4);
    CHECK_INT(igraph_ecount(&s->g), 2);
    eg_graph_free(s);
    eg_select_options_init(&o);
    o.focus = "b";
    o.radius = 1;   /* B, A, D */
    CHECK(eg_graph_select(&s, g, &o, &err) == EG_OK);
    CHECK_INT(igraph_vcount(&s->g), 3);
    eg_graph_free(s);
    o.top = 1;   /* the focus stays even when it is not the strongest */
    o.by = EG_CENT_DEGREE;
    o.focus = "e";
    CHECK(eg_graph_select(&s, g, &o, &err) == EG_OK);
    CHECK_INT(igraph_vcount(&s->g), 1);
    CHECK_STR(eg_graph_vstr(s, "label", 0), "E");
    eg_graph_free(s);
    eg_select_options_init(&o);
    o.top = 2;
    CHECK(eg_graph_select(&s, g, &o, &err) == EG_OK);   /* by strength: B (5), A (4) */
    CHECK_INT(igraph_vcount(&s->g), 2);
    CHECK_STR(eg_graph_vstr(s, "label", 0), "A");
    CHECK_STR(eg_graph_vstr(s, "label", 1), "B");
    CHECK_INT(igraph_ecount(&s->g), 1);
    eg_graph_free(s);
    o.focus = "nobody";
    CHECK(eg_graph_select(&s, g, &o, &err) == EG_ENOTFOUND);
    CHECK(s == NULL);
    eg_select_options_init(&o);
    o.types = "place";
    o.focus = "A";
    CHECK(eg_graph_select(&s, g, &o, &err) == EG_ENOTFOUND);
    CHECK(strstr(err.msg, "left out") != NULL);
    CHECK(eg_name_in_list("met, cooccurrence", "cooccurrence"));
    CHECK(!eg_name_in_list("met,cooccurrence", "co"));
    eg_graph_free(g);
}

static void test_find(void)
{
    static const char *const labels[] = {"Élif Şahin", "Sam Reyes", "Sam Reyes", "Delta Port Authority"};
    const fx_edge e[] = {{0, 1, 1, NULL}};
    eg_graph *g = fx_graph(4, labels, NULL, e, 1);
    igraph_integer_t v = -1;
    eg_error err;
    SETVAS(&g->g, "id", 2, "t:Sam Reyes 2");
    SETVAS(&g->g, "aliases", 3, "DPA|the Authority");
    SETVAS(&g->g, "aliases", 0, "");
    SETVAS(&g->g, "aliases", 1, "");
    SETVAS(&g->g, "aliases", 2, "");
    CHECK(eg_graph_find(g, "élif şahin", &v, &err) == EG_OK);   /* lower case beyond ASCII */
    CHECK_INT(v, 0);
    CHECK(eg_graph_find(g, "dpa", &v, &err) == EG_OK);
    CHECK_INT(v, 3);
    CHECK(eg_graph_find(g, "THE AUTHORITY", &v, &err) == EG_OK);
    CHECK_INT(v, 3);
    CHECK(eg_graph_find(g, "sam reyes", &v, &err) == EG_EINVAL);
    CHECK(strstr(err.msg, "t:Sam Reyes)") && strstr(err.msg, "t:Sam Reyes 2)"));
    CHECK(eg_graph_find(g, "t:sam reyes 2", &v, &err) == EG_OK);   /* the id settles it */
    CHECK_INT(v, 2);
    CHECK(eg_graph_find(g, "Authority", &v, &err) == EG_ENOTFOUND);
    eg_graph_free(g);
}

int main(void)
{
    test_path_graph();
    test_pagerank_star();
    test_weighted();
    test_betweenness_all_sources();
    test_communities();
    test_coreness();
    test_chain_and_ego();
    test_links_and_meetings();
    test_select();
    test_find();
    CHECK_DONE();
}
