/* graph.c: the igraph model (see entgraph/graph.h).
 *
 * Vertices and edges are created in one batch each and their attributes set with the vector setters, so building
 * is linear. The igraph error handler records the message and frees igraph's cleanup stack instead of aborting. */
#include "entgraph/graph.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "entgraph/extract.h"
#include "entgraph/text.h"

static char last_error[512];
static int igraph_ready;

static void on_igraph_error(const char *reason, const char *file, int line, igraph_error_t code)
{
    snprintf(last_error, sizeof last_error, "%s (%s)", reason, igraph_strerror(code));
    (void)file;
    (void)line;
    IGRAPH_FINALLY_FREE();
}

static void on_igraph_warning(const char *reason, const char *file, int line)
{
    (void)reason;
    (void)file;
    (void)line;
}

void eg_igraph_setup(void)
{
    if (igraph_ready)
        return;
    igraph_set_attribute_table(&igraph_cattribute_table);
    igraph_set_error_handler(on_igraph_error);
    igraph_set_warning_handler(on_igraph_warning);
    igraph_ready = 1;
}

const char *eg_igraph_last_error(void)
{
    return last_error[0] ? last_error : "unknown igraph error";
}

void eg_graph_free(eg_graph *g)
{
    if (!g)
        return;
    igraph_destroy(&g->g);
    igraph_vector_int_destroy(&g->relation);
    free(g);
}

static eg_status graph_alloc(eg_graph **out, igraph_integer_t nv, eg_error *err)
{
    eg_graph *g = calloc(1, sizeof *g);
    eg_igraph_setup();
    if (!g)
        return eg_error_set(err, EG_ENOMEM, "out of memory");
    if (igraph_vector_int_init(&g->relation, 0) != IGRAPH_SUCCESS) {
        free(g);
        return eg_error_set(err, EG_ENOMEM, "out of memory");
    }
    if (igraph_empty(&g->g, nv, IGRAPH_UNDIRECTED) != IGRAPH_SUCCESS) {
        igraph_vector_int_destroy(&g->relation);
        free(g);
        return eg_error_set(err, EG_EGRAPH, "igraph: %s", eg_igraph_last_error());
    }
    *out = g;
    return EG_OK;
}

static igraph_integer_t relation_index(const eg_graph *g, igraph_integer_t e);

static int edge_passes(const eg_corpus *c, const eg_relation *r, const eg_graph_options *o)
{
    const eg_entity *a = eg_corpus_entity(c, r->a), *b = eg_corpus_entity(c, r->b);
    if ((double)r->weight < o->min_weight)
        return 0;
    return !o->types || ((o->types & (1u << a->type)) && (o->types & (1u << b->type)));
}

eg_status eg_graph_from_corpus(eg_graph **out, const eg_corpus *c, const eg_graph_options *opts, eg_error *err)
{
    eg_status ret = EG_OK;
    eg_graph_options o = {1.0, 0, 0};
    size_t ne = eg_corpus_nentities(c), nr = eg_corpus_nrelations(c), i;
    igraph_integer_t *vmap = NULL, nv = 0, nedges = 0;
    char *has_edge = NULL;
    eg_graph *g = NULL;
    igraph_vector_int_t edges, rels;
    igraph_strvector_t sv;
    igraph_vector_t nums;
    int have_edges = 0, have_rels = 0, have_sv = 0, have_nums = 0;
    *out = NULL;
    if (opts)
        o = *opts;
    vmap = malloc((ne ? ne : 1) * sizeof *vmap);
    has_edge = calloc(ne ? ne : 1, 1);
    if (!vmap || !has_edge)
        goto oom;
    if (igraph_vector_int_init(&edges, 0) != IGRAPH_SUCCESS)
        goto oom;
    have_edges = 1;
    if (igraph_vector_int_init(&rels, 0) != IGRAPH_SUCCESS)
        goto oom;
    have_rels = 1;
    /* edges that pass the filters, and the vertices they need; counted first, so that no vector of millions of
     * them is grown by doubling */
    for (i = 0; i < nr; i++) {
        const eg_relation *r = eg_corpus_relation(c, i);
        if (edge_passes(c, r, &o)) {
            has_edge[r->a] = has_edge[r->b] = 1;
            nedges++;
        }
    }
    /* the edge -> relation map, unless every relation is an edge (the usual case: it is then edge e -> e) */
    if ((size_t)nedges < nr) {
        if (igraph_vector_int_resize(&rels, nedges) != IGRAPH_SUCCESS)
            goto oom;
        for (i = 0, nedges = 0; i < nr; i++)
            if (edge_passes(c, eg_corpus_relation(c, i), &o))
                VECTOR(rels)[nedges++] = (igraph_integer_t)i;
    }
    for (i = 0; i < ne; i++) {
        const eg_entity *e = eg_corpus_entity(c, i);
        vmap[i] = -1;
        if (o.types && !(o.types & (1u << e->type)))
            continue;
        if (o.drop_isolated && !has_edge[i])
            continue;
        vmap[i] = nv++;
    }
    if (igraph_vector_int_resize(&edges, 2 * nedges) != IGRAPH_SUCCESS)
        goto oom;
    for (i = 0; i < (size_t)nedges; i++) {
        const eg_relation *r = eg_corpus_relation(c, (size_t)nedges < nr ? (size_t)VECTOR(rels)[i] : i);
        VECTOR(edges)[2 * i] = vmap[r->a];
        VECTOR(edges)[2 * i + 1] = vmap[r->b];
    }
    if ((ret = graph_alloc(&g, nv, err)) != EG_OK)
        goto cleanup;
    g->corpus = c;
    if (igraph_add_edges(&g->g, &edges, NULL) != IGRAPH_SUCCESS)
        goto igraph_fail;
    igraph_vector_int_destroy(&edges);   /* igraph has its own copy */
    have_edges = 0;
    igraph_vector_int_swap(&g->relation, &rels);

    /* vertex attributes */
    if (igraph_strvector_init(&sv, nv) != IGRAPH_SUCCESS)
        goto oom;
    have_sv = 1;
    if (igraph_vector_init(&nums, nv) != IGRAPH_SUCCESS)
        goto oom;
    have_nums = 1;
#define SET_VSTR(attr, expr)                                                                                         \
    do {                                                                                                             \
        for (i = 0; i < ne; i++)                                                                                     \
            if (vmap[i] >= 0 && igraph_strvector_set(&sv, vmap[i], (expr)) != IGRAPH_SUCCESS)                        \
                goto oom;                                                                                            \
        if (igraph_cattribute_VAS_setv(&g->g, attr, &sv) != IGRAPH_SUCCESS)                                          \
            goto igraph_fail;                                                                                        \
    } while (0)
#define SET_VNUM(attr, expr)                                                                                         \
    do {                                                                                                             \
        for (i = 0; i < ne; i++)                                                                                     \
            if (vmap[i] >= 0)                                                                                        \
                VECTOR(nums)[vmap[i]] = (expr);                                                                      \
        if (igraph_cattribute_VAN_setv(&g->g, attr, &nums) != IGRAPH_SUCCESS)                                        \
            goto igraph_fail;                                                                                        \
    } while (0)
    SET_VSTR("id", eg_corpus_entity(c, i)->id);
    SET_VSTR("label", eg_corpus_entity(c, i)->label);
    SET_VSTR("type", eg_type_name(eg_corpus_entity(c, i)->type));
    SET_VNUM("mentions", (double)eg_corpus_entity(c, i)->mentions);
    SET_VNUM("documents", (double)eg_corpus_entity(c, i)->documents);
    SET_VSTR("country", eg_corpus_entity(c, i)->cc);
    /* every other form the entity was written in, separated by '|' (for look-ups by alias) */
    for (i = 0; i < ne; i++) {
        char *al;
        if (vmap[i] < 0)
            continue;
        al = eg_corpus_aliases(c, i);
        if (!al || igraph_strvector_set(&sv, vmap[i], al) != IGRAPH_SUCCESS) {
            free(al);
            goto oom;
        }
        free(al);
    }
    if (igraph_cattribute_VAS_setv(&g->g, "aliases", &sv) != IGRAPH_SUCCESS)
        goto igraph_fail;
#undef SET_VSTR
#undef SET_VNUM

    /* the edge attributes are read from the corpus: see eg_graph_estr and eg_graph_enum */
    *out = g;
    g = NULL;
    goto cleanup;
igraph_fail:
    ret = eg_error_set(err, EG_EGRAPH, "igraph: %s", eg_igraph_last_error());
    goto cleanup;
oom:
    ret = eg_error_set(err, EG_ENOMEM, "out of memory building the graph");
cleanup:
    if (have_sv)
        igraph_strvector_destroy(&sv);
    if (have_nums)
        igraph_vector_destroy(&nums);
    if (have_edges)
        igraph_vector_int_destroy(&edges);
    if (have_rels)
        igraph_vector_int_destroy(&rels);
    eg_graph_free(g);
    free(vmap);
    free(has_edge);
    return ret;
}

/* Copy the attributes of one kind (vertices or edges) of src to dst, for the elements whose index is in pick
 * (in that order). Empty strings are left unset (igraph reads them back as ""). */
static igraph_error_t copy_attrs(const igraph_t *src, igraph_t *dst, int edges, const igraph_strvector_t *names,
                                 const igraph_vector_int_t *types, const igraph_vector_int_t *pick)
{
    igraph_integer_t k, j, n = igraph_vector_int_size(pick);
    for (k = 0; k < igraph_strvector_size(names); k++) {
        const char *name = igraph_strvector_get(names, k);
        if (VECTOR(*types)[k] == IGRAPH_ATTRIBUTE_NUMERIC) {
            igraph_vector_t v;
            IGRAPH_CHECK(igraph_vector_init(&v, n));
            for (j = 0; j < n; j++)
                VECTOR(v)[j] = edges ? EAN(src, name, VECTOR(*pick)[j]) : VAN(src, name, VECTOR(*pick)[j]);
            if ((edges ? igraph_cattribute_EAN_setv(dst, name, &v) : igraph_cattribute_VAN_setv(dst, name, &v)) !=
                IGRAPH_SUCCESS) {
                igraph_vector_destroy(&v);
                return IGRAPH_ENOMEM;
            }
            igraph_vector_destroy(&v);
        } else if (VECTOR(*types)[k] == IGRAPH_ATTRIBUTE_STRING) {
            igraph_strvector_t v;
            IGRAPH_CHECK(igraph_strvector_init(&v, n));
            for (j = 0; j < n; j++) {
                const char *x = edges ? EAS(src, name, VECTOR(*pick)[j]) : VAS(src, name, VECTOR(*pick)[j]);
                if (*x && igraph_strvector_set(&v, j, x) != IGRAPH_SUCCESS) {
                    igraph_strvector_destroy(&v);
                    return IGRAPH_ENOMEM;
                }
            }
            if ((edges ? igraph_cattribute_EAS_setv(dst, name, &v) : igraph_cattribute_VAS_setv(dst, name, &v)) !=
                IGRAPH_SUCCESS) {
                igraph_strvector_destroy(&v);
                return IGRAPH_ENOMEM;
            }
            igraph_strvector_destroy(&v);
        }
    }
    return IGRAPH_SUCCESS;
}

/* Built from scratch with only what is kept: copying the whole graph and deleting the rest held the full graph
 * twice (a third of the peak memory of build on large corpora). Orders are those deleting would leave. */
eg_status eg_graph_subgraph(eg_graph **out, const eg_graph *src, const char *keep_vertex, const char *keep_edge,
                            eg_error *err)
{
    eg_status ret = EG_OK;
    igraph_integer_t nv = igraph_vcount(&src->g), ne = igraph_ecount(&src->g), i, nkept = 0;
    igraph_integer_t *newid = NULL;
    igraph_vector_int_t vpick, epick, ends, gtypes, vtypes, etypes;
    igraph_strvector_t gnames, vnames, enames;
    int made = 0, inited = 0;
    eg_graph *g = NULL;
    *out = NULL;
    eg_igraph_setup();
    newid = malloc((nv ? (size_t)nv : 1) * sizeof *newid);
    g = calloc(1, sizeof *g);
    if (!newid || !g)
        goto oom;
    /* inited counts the structures made, in this order, so that cleanup destroys exactly those */
    if (igraph_vector_int_init(&vpick, 0) || (++inited, igraph_vector_int_init(&epick, 0)) ||
        (++inited, igraph_vector_int_init(&ends, 0)) || (++inited, igraph_vector_int_init(&gtypes, 0)) ||
        (++inited, igraph_vector_int_init(&vtypes, 0)) || (++inited, igraph_vector_int_init(&etypes, 0)) ||
        (++inited, igraph_strvector_init(&gnames, 0)) || (++inited, igraph_strvector_init(&vnames, 0)) ||
        (++inited, igraph_strvector_init(&enames, 0)) || (++inited, igraph_vector_int_init(&g->relation, 0)))
        goto oom;
    ++inited;
    for (i = 0; i < nv; i++) {
        newid[i] = -1;
        if (!keep_vertex || keep_vertex[i]) {
            newid[i] = nkept++;
            if (igraph_vector_int_push_back(&vpick, i) != IGRAPH_SUCCESS)
                goto oom;
        }
    }
    for (i = 0; i < ne; i++) {
        igraph_integer_t from = IGRAPH_FROM(&src->g, i), to = IGRAPH_TO(&src->g, i);
        if ((keep_edge && !keep_edge[i]) || newid[from] < 0 || newid[to] < 0)
            continue;
        if (igraph_vector_int_push_back(&epick, i) || igraph_vector_int_push_back(&ends, newid[from]) ||
            igraph_vector_int_push_back(&ends, newid[to]) ||
            (src->corpus && igraph_vector_int_push_back(&g->relation, relation_index(src, i)) != IGRAPH_SUCCESS))
            goto oom;
    }
    if (igraph_empty(&g->g, nkept, igraph_is_directed(&src->g)) != IGRAPH_SUCCESS)
        goto igraph_fail;
    made = 1;
    g->corpus = src->corpus;
    if (igraph_add_edges(&g->g, &ends, NULL) != IGRAPH_SUCCESS ||
        igraph_cattribute_list(&src->g, &gnames, &gtypes, &vnames, &vtypes, &enames, &etypes) != IGRAPH_SUCCESS ||
        copy_attrs(&src->g, &g->g, 0, &vnames, &vtypes, &vpick) != IGRAPH_SUCCESS ||
        copy_attrs(&src->g, &g->g, 1, &enames, &etypes, &epick) != IGRAPH_SUCCESS)
        goto igraph_fail;
    for (i = 0; i < igraph_strvector_size(&gnames); i++) {
        const char *name = igraph_strvector_get(&gnames, i);
        if ((VECTOR(gtypes)[i] == IGRAPH_ATTRIBUTE_NUMERIC &&
             igraph_cattribute_GAN_set(&g->g, name, GAN(&src->g, name))) ||
            (VECTOR(gtypes)[i] == IGRAPH_ATTRIBUTE_STRING &&
             igraph_cattribute_GAS_set(&g->g, name, GAS(&src->g, name))))
            goto igraph_fail;
    }
    *out = g;
    g = NULL;
    goto cleanup;
igraph_fail:
    ret = eg_error_set(err, EG_EGRAPH, "igraph: %s", eg_igraph_last_error());
    goto cleanup;
oom:
    ret = eg_error_set(err, EG_ENOMEM, "out of memory");
cleanup:
    if (inited > 0)
        igraph_vector_int_destroy(&vpick);
    if (inited > 1)
        igraph_vector_int_destroy(&epick);
    if (inited > 2)
        igraph_vector_int_destroy(&ends);
    if (inited > 3)
        igraph_vector_int_destroy(&gtypes);
    if (inited > 4)
        igraph_vector_int_destroy(&vtypes);
    if (inited > 5)
        igraph_vector_int_destroy(&etypes);
    if (inited > 6)
        igraph_strvector_destroy(&gnames);
    if (inited > 7)
        igraph_strvector_destroy(&vnames);
    if (inited > 8)
        igraph_strvector_destroy(&enames);
    if (g && !made) {
        if (inited > 9)
            igraph_vector_int_destroy(&g->relation);
        free(g);
        g = NULL;
    }
    eg_graph_free(g);
    free(newid);
    return ret;
}

eg_status eg_graph_induced(eg_graph **out, const eg_graph *src, const igraph_vector_int_t *keep, eg_error *err)
{
    igraph_integer_t nv = igraph_vcount(&src->g), i;
    char *in = calloc(nv ? (size_t)nv : 1, 1);
    eg_status ret;
    *out = NULL;
    if (!in)
        return eg_error_set(err, EG_ENOMEM, "out of memory");
    for (i = 0; i < igraph_vector_int_size(keep); i++)
        if (VECTOR(*keep)[i] >= 0 && VECTOR(*keep)[i] < nv)
            in[VECTOR(*keep)[i]] = 1;
    ret = eg_graph_subgraph(out, src, in, NULL, err);
    free(in);
    return ret;
}

static int attr_is(const eg_graph *g, igraph_attribute_elemtype_t elem, const char *name,
                   igraph_attribute_type_t want)
{
    igraph_attribute_type_t type;
    if (!igraph_cattribute_has_attr(&g->g, elem, name))
        return 0;
    if (igraph_cattribute_table.gettype(&g->g, &type, elem, name) != IGRAPH_SUCCESS)
        return 0;
    return type == want;
}

const char *eg_graph_vstr(const eg_graph *g, const char *name, igraph_integer_t v)
{
    if (!attr_is(g, IGRAPH_ATTRIBUTE_VERTEX, name, IGRAPH_ATTRIBUTE_STRING))
        return "";
    return VAS(&g->g, name, v);
}

double eg_graph_vnum(const eg_graph *g, const char *name, igraph_integer_t v)
{
    if (!attr_is(g, IGRAPH_ATTRIBUTE_VERTEX, name, IGRAPH_ATTRIBUTE_NUMERIC))
        return NAN;
    return VAN(&g->g, name, v);
}

const eg_attr_info eg_graph_corpus_edge_attrs[EG_CORPUS_EDGE_ATTRS] = {
    {"kind", 0},  {"weight", 1}, {"evidence", 1}, {"sentence", 0}, {"doc", 0},
    {"place", 0}, {"date", 0},   {"status", 0},   {"mode", 0},     {"role", 0},
};

/* The corpus relation index of edge e, or -1 when g was not built from a corpus. */
static igraph_integer_t relation_index(const eg_graph *g, igraph_integer_t e)
{
    if (!g->corpus || e < 0 || e >= igraph_ecount(&g->g))
        return -1;
    if (igraph_vector_int_size(&g->relation) == 0)   /* every relation is an edge */
        return e;
    return VECTOR(g->relation)[e];
}

const eg_relation *eg_graph_relation(const eg_graph *g, igraph_integer_t e)
{
    igraph_integer_t i = relation_index(g, e);
    return i < 0 ? NULL : eg_corpus_relation(g->corpus, (size_t)i);
}

/* Edge string attribute `name` of a graph built from a corpus, or NULL when the corpus does not give it. */
static const char *corpus_estr(const eg_graph *g, const char *name, igraph_integer_t e)
{
    igraph_integer_t rel = relation_index(g, e);
    const eg_relation *r;
    if (rel < 0)
        return NULL;
    r = eg_corpus_relation(g->corpus, (size_t)rel);
    if (strcmp(name, "kind") == 0)
        return eg_rel_kind_name(r->kind);
    if (strcmp(name, "doc") == 0)
        return r->nevidence ? eg_corpus_doc_name(g->corpus, r->evidence[0].doc) : "";
    if (strcmp(name, "sentence") == 0)
        return r->nevidence ? eg_corpus_text(g->corpus, &r->evidence[0]) : "";
    return eg_corpus_relation_summary(g->corpus, (size_t)rel, name);
}

const char *eg_graph_estr(const eg_graph *g, const char *name, igraph_integer_t e)
{
    const char *s = corpus_estr(g, name, e);
    if (s)
        return s;
    if (!attr_is(g, IGRAPH_ATTRIBUTE_EDGE, name, IGRAPH_ATTRIBUTE_STRING))
        return "";
    return EAS(&g->g, name, e);
}

double eg_graph_enum(const eg_graph *g, const char *name, igraph_integer_t e)
{
    const eg_relation *r = eg_graph_relation(g, e);
    if (r && strcmp(name, "weight") == 0)
        return (double)r->weight;
    if (r && strcmp(name, "evidence") == 0)
        return (double)r->nevidence;
    if (!attr_is(g, IGRAPH_ATTRIBUTE_EDGE, name, IGRAPH_ATTRIBUTE_NUMERIC))
        return NAN;
    return EAN(&g->g, name, e);
}

/* Folded (lower-case) copy of s for case-insensitive comparison; NULL when out of memory. Caller frees. */
static char *fold(const char *s, size_t n)
{
    size_t cap = 4 * n + 8;
    char *out = malloc(cap);
    if (out)
        eg_utf8_fold(s, n, out, cap);
    return out;
}

static int equal_folded(const char *folded_name, const char *s, size_t n)
{
    char *f = fold(s, n);
    int eq = f && strcmp(f, folded_name) == 0;
    free(f);
    return eq;
}

/* Does one of the aliases in list (separated by '|' or ';') fold to folded_name? */
static int alias_matches(const char *folded_name, const char *list)
{
    const char *p = list;
    while (*p) {
        size_t n = strcspn(p, "|;");
        const char *a = p, *e = p + n;
        while (a < e && (*a == ' ' || *a == '\t'))
            a++;
        while (e > a && (e[-1] == ' ' || e[-1] == '\t'))
            e--;
        if (e > a && equal_folded(folded_name, a, (size_t)(e - a)))
            return 1;
        p += n;
        if (*p)
            p++;
    }
    return 0;
}

eg_status eg_graph_find(const eg_graph *g, const char *name, igraph_integer_t *v, eg_error *err)
{
    igraph_integer_t i, n = igraph_vcount(&g->g), found = -1, count = 0;
    int tier, have_aliases = attr_is(g, IGRAPH_ATTRIBUTE_VERTEX, "aliases", IGRAPH_ATTRIBUTE_STRING);
    eg_buf list;
    eg_status ret = EG_OK;
    char *key = fold(name, strlen(name));
    eg_buf_init(&list, 4096);
    if (!key) {
        ret = eg_error_set(err, EG_ENOMEM, "out of memory");
        goto cleanup;
    }
    /* tier 0: the id (unique); tier 1: the label; tier 2: an alias. The first tier with a match decides. */
    for (tier = 0; tier < 3 && count == 0; tier++) {
        if (tier == 2 && !have_aliases)
            break;
        for (i = 0; i < n; i++) {
            const char *s = eg_graph_vstr(g, tier == 0 ? "id" : tier == 1 ? "label" : "aliases", i);
            int hit = tier == 2 ? alias_matches(key, s) : equal_folded(key, s, strlen(s));
            if (!hit)
                continue;
            if (count < 10)
                eg_buf_printf(&list, "%s%s (%s)", count ? ", " : "", eg_graph_vstr(g, "label", i),
                              eg_graph_vstr(g, "id", i));
            else if (count == 10)
                eg_buf_adds(&list, ", ...");
            count++;
            found = i;
        }
    }
    if (count == 0)
        ret = eg_error_set(err, EG_ENOTFOUND, "no entity named \"%s\"", name);
    else if (count > 1)
        ret = eg_error_set(err, EG_EINVAL, "\"%s\" is ambiguous (%lld entities): %s; give the id instead", name,
                           (long long)count, list.data ? list.data : "");
    else
        *v = found;
cleanup:
    free(key);
    eg_buf_release(&list);
    return ret;
}

size_t eg_graph_evidence_count(const eg_graph *g, igraph_integer_t e)
{
    const eg_relation *r = eg_graph_relation(g, e);
    if (r)
        return r->nevidence;
    return *eg_graph_estr(g, "sentence", e) ? 1 : 0;
}

void eg_graph_evidence(const eg_graph *g, igraph_integer_t e, size_t i, const char **doc, const char **text)
{
    const eg_relation *r = eg_graph_relation(g, e);
    *doc = *text = NULL;
    if (r) {
        if (i < r->nevidence) {
            *doc = eg_corpus_doc_name(g->corpus, r->evidence[i].doc);
            *text = r->evidence[i].text ? eg_corpus_text(g->corpus, &r->evidence[i]) : NULL;
        }
    } else if (i == 0 && *eg_graph_estr(g, "sentence", e)) {
        *doc = eg_graph_estr(g, "doc", e);
        *text = eg_graph_estr(g, "sentence", e);
    }
}

static int cmp_str_ptr(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

int eg_graph_ids_unique(const eg_graph *g)
{
    igraph_integer_t i, n = igraph_vcount(&g->g);
    const char **ids;
    int ok = 1;
    if (n == 0)
        return 1;
    if (!attr_is(g, IGRAPH_ATTRIBUTE_VERTEX, "id", IGRAPH_ATTRIBUTE_STRING) || !(ids = malloc((size_t)n * sizeof *ids)))
        return 0;
    for (i = 0; i < n && ok; i++) {
        ids[i] = VAS(&g->g, "id", i);
        ok = *ids[i] != '\0';
    }
    if (ok) {
        qsort(ids, (size_t)n, sizeof *ids, cmp_str_ptr);
        for (i = 1; i < n && ok; i++)
            ok = strcmp(ids[i - 1], ids[i]) != 0;
    }
    free(ids);
    return ok;
}
