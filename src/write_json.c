/* write_json.c: node-link JSON through jansson, one node or link at a time (see entgraph/write.h). The format networkx's node_link_graph
 * reads: {"directed", "multigraph", "graph", "nodes": [{"id", ...}], "links": [{"source", "target", ...}]}; each
 * link also lists its evidence (document, sentence byte span, and the sentence text where kept). */
#include "entgraph/write.h"

#include <errno.h>
#include <jansson.h>
#include <math.h>
#include <stdlib.h>
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

/* Write one node or link at nesting depth 2, as json_dumpf(JSON_INDENT(1)) of the whole document would: each line
 * of its own dump indented by two more spaces (strings hold no raw newline). Takes the reference to item. */
static int put_item(FILE *fp, json_t *item, int first)
{
    char *text = item ? json_dumps(item, JSON_INDENT(1)) : NULL, *p, *nl;
    int ok = text != NULL && fputs(first ? "\n  " : ",\n  ", fp) != EOF;
    for (p = text; ok && (nl = strchr(p, '\n')) != NULL; p = nl + 1)
        ok = fwrite(p, 1, (size_t)(nl + 1 - p), fp) == (size_t)(nl + 1 - p) && fputs("  ", fp) != EOF;
    ok = ok && fputs(p, fp) != EOF;
    free(text);
    json_decref(item);
    return ok;
}

static json_t *node_of(const eg_graph *g, igraph_integer_t i)
{
    json_t *n = json_object();
    const char *cc = eg_graph_vstr(g, "country", i);
    double m = eg_graph_vnum(g, "mentions", i), d = eg_graph_vnum(g, "documents", i);
    if (!n || set_str(n, "id", eg_graph_vstr(g, "id", i)) || set_str(n, "label", eg_graph_vstr(g, "label", i)) ||
        set_str(n, "type", eg_graph_vstr(g, "type", i)) ||
        (isfinite(m) && json_object_set_new(n, "mentions", json_integer((json_int_t)m))) ||
        (isfinite(d) && json_object_set_new(n, "documents", json_integer((json_int_t)d))) ||
        (*cc && set_str(n, "country", cc))) {
        json_decref(n);
        return NULL;
    }
    return n;
}

static json_t *link_of(const eg_graph *g, igraph_integer_t i)
{
    json_t *l = json_object();
    double w = eg_graph_enum(g, "weight", i);
    if (!l || set_str(l, "source", eg_graph_vstr(g, "id", IGRAPH_FROM(&g->g, i))) ||
        set_str(l, "target", eg_graph_vstr(g, "id", IGRAPH_TO(&g->g, i))) ||
        set_str(l, "kind", eg_graph_estr(g, "kind", i)) ||
        (*eg_graph_estr(g, "place", i) && set_str(l, "place", eg_graph_estr(g, "place", i))) ||
        (*eg_graph_estr(g, "date", i) && set_str(l, "date", eg_graph_estr(g, "date", i))) ||
        (*eg_graph_estr(g, "status", i) && set_str(l, "status", eg_graph_estr(g, "status", i))) ||
        (*eg_graph_estr(g, "mode", i) && set_str(l, "mode", eg_graph_estr(g, "mode", i))) ||
        (*eg_graph_estr(g, "role", i) && set_str(l, "role", eg_graph_estr(g, "role", i))) ||
        json_object_set_new(l, "weight", json_integer(isfinite(w) ? (json_int_t)w : 1)) ||
        json_object_set_new(l, "evidence", evidence_of(g, i))) {
        json_decref(l);
        return NULL;
    }
    return l;
}

/* The document is written one node and one link at a time: memory holds one of them, not the whole graph's. */
eg_status eg_graph_write_json(const eg_graph *g, const char *path, eg_error *err)
{
    eg_status ret;
    igraph_integer_t nv = igraph_vcount(&g->g), ne = igraph_ecount(&g->g), i;
    eg_outfile f;
    int ok;
    if ((ret = eg_outfile_open(&f, path, err)) != EG_OK)
        return ret;
    errno = 0;
    ok = fputs("{\n \"directed\": false,\n \"multigraph\": true,\n \"graph\": {},\n \"nodes\": [", f.fp) != EOF;
    for (i = 0; ok && i < nv; i++)
        ok = put_item(f.fp, node_of(g, i), i == 0);
    ok = ok && fputs(nv ? "\n ],\n \"links\": [" : "],\n \"links\": [", f.fp) != EOF;
    for (i = 0; ok && i < ne; i++)
        ok = put_item(f.fp, link_of(g, i), i == 0);
    ok = ok && fputs(ne ? "\n ]\n}\n" : "]\n}\n", f.fp) != EOF;
    if (!ok) {
        eg_outfile_abort(&f);
        return eg_error_set(err, errno ? EG_EIO : EG_ENOMEM, "%s: write failed: %s", path,
                            strerror(errno ? errno : ENOMEM));
    }
    return eg_outfile_commit(&f, err);
}
