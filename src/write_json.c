/* write_json.c: node-link JSON (see entgraph/write.h). The format networkx's node_link_graph reads: {"directed",
 * "multigraph", "graph", "nodes": [{"id", ...}], "links": [{"source", "target", ...}]}; each link also lists its
 * evidence (document, sentence byte span, and the sentence text where kept).
 *
 * The text is written one node and one link at a time, as jansson's json_dumpf(JSON_INDENT(1)) writes the whole
 * document: building the document in jansson first cost most of the outputs' memory and time on large corpora. */
#include "entgraph/write.h"

#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "entgraph/outfile.h"
#include "entgraph/text.h"
#include "escape.h"

/* One object being written: its members, each on a line of its own at one indentation. */
typedef struct {
    eg_buf *b;
    const char *indent;   /* the members' indentation */
    int n;                /* members so far */
} obj;

static void member(obj *o, const char *key)
{
    eg_buf_adds(o->b, o->n++ ? ",\n" : "{\n");
    eg_buf_adds(o->b, o->indent);
    eg_json_put_str(o->b, key, strlen(key));
    eg_buf_adds(o->b, ": ");
}

/* A string member; a value that is not valid UTF-8 is written empty, as before (the model holds cleaned text). */
static void str_member(obj *o, const char *key, const char *v)
{
    size_t n = strlen(v);
    member(o, key);
    eg_json_put_str(o->b, eg_utf8_valid(v, n) ? v : "", eg_utf8_valid(v, n) ? n : 0);
}

static void int_member(obj *o, const char *key, long long v)
{
    member(o, key);
    eg_buf_printf(o->b, "%lld", v);
}

/* Close the object; outer is the indentation of its braces. */
static void close_obj(obj *o, const char *outer)
{
    if (!o->n) {
        eg_buf_adds(o->b, "{}");
        return;
    }
    eg_buf_addc(o->b, '\n');
    eg_buf_adds(o->b, outer);
    eg_buf_addc(o->b, '}');
}

/* place (id), venue, date, status and mode of one meeting's evidence */
static void meeting_fields(const eg_corpus *c, const eg_stated *st, obj *o)
{
    if (st->place != EG_NO_ENTITY)
        str_member(o, "place", eg_corpus_entity(c, eg_corpus_resolved_of(c, st->place))->id);
    if (st->venue != EG_NO_ENTITY)
        str_member(o, "venue", eg_corpus_entity(c, eg_corpus_resolved_of(c, st->venue))->id);
    if (st->date[0])
        str_member(o, "date", st->date);
    str_member(o, "status", eg_meeting_status_name((eg_meeting_status)st->status));
    if (st->mode)
        str_member(o, "mode", eg_meeting_mode_name((eg_meeting_mode)st->mode));
}

/* The evidence list of link e, at depth 3. Returns 0 when out of memory. */
static int put_evidence(const eg_graph *g, igraph_integer_t e, eg_buf *b)
{
    size_t k, n = 0;
    const eg_relation *r = eg_graph_relation(g, e);
    if (r) {
        for (k = 0; k < r->nevidence; k++) {
            const char *dn = eg_corpus_doc_name(g->corpus, r->evidence[k].doc);
            char *clean = eg_clean_text(dn, strlen(dn), 4096);
            obj o = {b, "     ", 0};
            if (!clean)
                return 0;
            eg_buf_adds(b, n++ ? ",\n    " : "[\n    ");
            str_member(&o, "doc", clean);
            int_member(&o, "start", r->evidence[k].start);
            int_member(&o, "end", r->evidence[k].end);
            const eg_stated *st = eg_corpus_stated(g->corpus, &r->evidence[k]);
            if (r->evidence[k].text)
                str_member(&o, "text", eg_corpus_text(g->corpus, &r->evidence[k]));
            if (r->kind == EG_REL_MET && st)
                meeting_fields(g->corpus, st, &o);
            if (st && st->role)
                str_member(&o, "role", st->role);
            close_obj(&o, "    ");
            free(clean);
        }
    } else if (*eg_graph_estr(g, "sentence", e)) {
        obj o = {b, "     ", 0};
        eg_buf_adds(b, "[\n    ");
        str_member(&o, "doc", eg_graph_estr(g, "doc", e));
        str_member(&o, "text", eg_graph_estr(g, "sentence", e));
        close_obj(&o, "    ");
        n = 1;
    }
    eg_buf_adds(b, n ? "\n   ]" : "[]");
    return 1;
}

static int put_node(const eg_graph *g, igraph_integer_t i, eg_buf *b)
{
    obj o = {b, "   ", 0};
    const char *cc = eg_graph_vstr(g, "country", i);
    double m = eg_graph_vnum(g, "mentions", i), d = eg_graph_vnum(g, "documents", i);
    str_member(&o, "id", eg_graph_vstr(g, "id", i));
    str_member(&o, "label", eg_graph_vstr(g, "label", i));
    str_member(&o, "type", eg_graph_vstr(g, "type", i));
    if (isfinite(m))
        int_member(&o, "mentions", (long long)m);
    if (isfinite(d))
        int_member(&o, "documents", (long long)d);
    if (*cc)
        str_member(&o, "country", cc);
    close_obj(&o, "  ");
    return 1;
}

static int put_link(const eg_graph *g, igraph_integer_t i, eg_buf *b)
{
    static const char *const optional[] = {"place", "date", "status", "mode", "role"};
    obj o = {b, "   ", 0};
    double w = eg_graph_enum(g, "weight", i);
    size_t k;
    str_member(&o, "source", eg_graph_vstr(g, "id", IGRAPH_FROM(&g->g, i)));
    str_member(&o, "target", eg_graph_vstr(g, "id", IGRAPH_TO(&g->g, i)));
    str_member(&o, "kind", eg_graph_estr(g, "kind", i));
    for (k = 0; k < sizeof optional / sizeof *optional; k++)
        if (*eg_graph_estr(g, optional[k], i))
            str_member(&o, optional[k], eg_graph_estr(g, optional[k], i));
    int_member(&o, "weight", isfinite(w) ? (long long)w : 1);
    member(&o, "evidence");
    if (!put_evidence(g, i, b))
        return 0;
    close_obj(&o, "  ");
    return 1;
}

eg_status eg_graph_write_json(const eg_graph *g, const char *path, eg_error *err)
{
    eg_status ret;
    igraph_integer_t nv = igraph_vcount(&g->g), ne = igraph_ecount(&g->g), i;
    eg_outfile f;
    eg_buf b;
    int ok;
    if ((ret = eg_outfile_open(&f, path, err)) != EG_OK)
        return ret;
    eg_buf_init(&b, (size_t)1 << 30);
    errno = 0;
    ok = fputs("{\n \"directed\": false,\n \"multigraph\": true,\n \"graph\": {},\n \"nodes\": [", f.fp) != EOF;
    for (i = 0; ok && i < nv + ne; i++) {
        eg_buf_reset(&b);
        if (i == nv)
            eg_buf_adds(&b, nv ? "\n ],\n \"links\": [" : "],\n \"links\": [");
        eg_buf_adds(&b, i == 0 || i == nv ? "\n  " : ",\n  ");
        ok = (i < nv ? put_node(g, i, &b) : put_link(g, i - nv, &b)) && b.data &&
             fwrite(b.data, 1, b.len, f.fp) == b.len;
    }
    if (ok && ne == 0)
        ok = fputs(nv ? "\n ],\n \"links\": [" : "],\n \"links\": [", f.fp) != EOF;
    ok = ok && fputs(ne ? "\n ]\n}\n" : "]\n}\n", f.fp) != EOF;
    eg_buf_release(&b);
    if (!ok) {
        eg_outfile_abort(&f);
        return eg_error_set(err, errno ? EG_EIO : EG_ENOMEM, "%s: write failed: %s", path,
                            strerror(errno ? errno : ENOMEM));
    }
    return eg_outfile_commit(&f, err);
}
