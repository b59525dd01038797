/* write_json.c: node-link JSON through jansson (see entgraph/write.h). The format networkx's node_link_graph
 * reads: {"directed", "multigraph", "graph", "nodes": [{"id", ...}], "links": [{"source", "target", ...}]}; each
 * link also lists its evidence (document, sentence byte span, and the sentence text where kept). */
#include "entgraph/write.h"

#include <errno.h>
#include <jansson.h>
#include <math.h>
#include <string.h>

#include "entgraph/outfile.h"

static int set_str(json_t *o, const char *k, const char *v)
{
    json_t *s = json_string(v);
    if (!s)
        s = json_string("");   /* not valid UTF-8: never expected, as the model holds cleaned text */
    return json_object_set_new(o, k, s);
}

/* place (id), date, status and mode of one meeting's evidence; non-zero on out of memory */
static int meeting_fields(const eg_corpus *c, const eg_evidence *ev, json_t *o)
{
    if (ev->place != EG_NO_ENTITY && set_str(o, "place", eg_corpus_entity(c, ev->place)->id))
        return 1;
    if (ev->venue != EG_NO_ENTITY && set_str(o, "venue", eg_corpus_entity(c, ev->venue)->id))
        return 1;
    if (ev->date[0] && set_str(o, "date", ev->date))
        return 1;
    if (set_str(o, "status", eg_meeting_status_name((eg_meeting_status)ev->status)))
        return 1;
    return ev->mode && set_str(o, "mode", eg_meeting_mode_name((eg_meeting_mode)ev->mode));
}

static json_t *evidence_of(const eg_graph *g, igraph_integer_t e)
{
    json_t *list = json_array();
    if (!list)
        return NULL;
    if (g->corpus && igraph_vector_int_size(&g->relation) > e) {
        const eg_relation *r = eg_corpus_relation(g->corpus, (size_t)VECTOR(g->relation)[e]);
        size_t k;
        for (k = 0; k < r->nevidence; k++) {
            json_t *o = json_object();
            const char *dn = eg_corpus_doc_name(g->corpus, r->evidence[k].doc);
            char *clean = eg_clean_text(dn, strlen(dn), 4096);
            if (!o || !clean || json_array_append_new(list, o) || set_str(o, "doc", clean) ||
                json_object_set_new(o, "start", json_integer(r->evidence[k].start)) ||
                json_object_set_new(o, "end", json_integer(r->evidence[k].end)) ||
                (r->evidence[k].text && set_str(o, "text", r->evidence[k].text)) ||
                (r->kind == EG_REL_MET && meeting_fields(g->corpus, &r->evidence[k], o)) ||
                (r->evidence[k].role && set_str(o, "role", r->evidence[k].role))) {
                free(clean);
                json_decref(list);
                return NULL;
            }
            free(clean);
        }
    } else if (*eg_graph_estr(g, "sentence", e)) {
        json_t *o = json_object();
        if (!o || json_array_append_new(list, o) || set_str(o, "doc", eg_graph_estr(g, "doc", e)) ||
            set_str(o, "text", eg_graph_estr(g, "sentence", e))) {
            json_decref(list);
            return NULL;
        }
    }
    return list;
}

eg_status eg_graph_write_json(const eg_graph *g, const char *path, eg_error *err)
{
    eg_status ret = EG_OK;
    json_t *root = json_object(), *nodes = json_array(), *links = json_array();
    igraph_integer_t nv = igraph_vcount(&g->g), ne = igraph_ecount(&g->g), i;
    eg_outfile f;
    if (!root || !nodes || !links || json_object_set_new(root, "directed", json_false()) ||
        json_object_set_new(root, "multigraph", json_true()) || json_object_set_new(root, "graph", json_object()) ||
        json_object_set(root, "nodes", nodes) || json_object_set(root, "links", links))
        goto oom;
    for (i = 0; i < nv; i++) {
        json_t *n = json_object();
        const char *cc = eg_graph_vstr(g, "country", i);
        double m = eg_graph_vnum(g, "mentions", i), d = eg_graph_vnum(g, "documents", i);
        if (!n || json_array_append_new(nodes, n) || set_str(n, "id", eg_graph_vstr(g, "id", i)) ||
            set_str(n, "label", eg_graph_vstr(g, "label", i)) || set_str(n, "type", eg_graph_vstr(g, "type", i)))
            goto oom;
        if (isfinite(m) && json_object_set_new(n, "mentions", json_integer((json_int_t)m)))
            goto oom;
        if (isfinite(d) && json_object_set_new(n, "documents", json_integer((json_int_t)d)))
            goto oom;
        if (*cc && set_str(n, "country", cc))
            goto oom;
    }
    for (i = 0; i < ne; i++) {
        json_t *l = json_object(), *ev;
        double w = eg_graph_enum(g, "weight", i);
        if (!l || json_array_append_new(links, l) ||
            set_str(l, "source", eg_graph_vstr(g, "id", IGRAPH_FROM(&g->g, i))) ||
            set_str(l, "target", eg_graph_vstr(g, "id", IGRAPH_TO(&g->g, i))) ||
            set_str(l, "kind", eg_graph_estr(g, "kind", i)) ||
            (*eg_graph_estr(g, "place", i) && set_str(l, "place", eg_graph_estr(g, "place", i))) ||
            (*eg_graph_estr(g, "date", i) && set_str(l, "date", eg_graph_estr(g, "date", i))) ||
            (*eg_graph_estr(g, "status", i) && set_str(l, "status", eg_graph_estr(g, "status", i))) ||
            (*eg_graph_estr(g, "mode", i) && set_str(l, "mode", eg_graph_estr(g, "mode", i))) ||
            (*eg_graph_estr(g, "role", i) && set_str(l, "role", eg_graph_estr(g, "role", i))) ||
            json_object_set_new(l, "weight", json_integer(isfinite(w) ? (json_int_t)w : 1)))
            goto oom;
        ev = evidence_of(g, i);
        if (!ev || json_object_set_new(l, "evidence", ev))
            goto oom;
    }
    if ((ret = eg_outfile_open(&f, path, err)) != EG_OK)
        goto cleanup;
    if (json_dumpf(root, f.fp, JSON_INDENT(1)) != 0 || fputc('\n', f.fp) == EOF) {
        eg_outfile_abort(&f);
        ret = eg_error_set(err, EG_EIO, "%s: write failed: %s", path, strerror(errno ? errno : EIO));
        goto cleanup;
    }
    ret = eg_outfile_commit(&f, err);
    goto cleanup;
oom:
    ret = eg_error_set(err, EG_ENOMEM, "%s: out of memory", path);
cleanup:
    json_decref(nodes);
    json_decref(links);
    json_decref(root);
    return ret;
}
