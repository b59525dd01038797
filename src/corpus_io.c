/* corpus_io.c: a corpus's collected state as a shard file, and shards merged back into one corpus (see
 * eg_corpus_save_shard and eg_corpus_merge_shard in entgraph/corpus.h).
 *
 * A shard holds what eg_corpus_add collected before resolution: the document names, the base entities (id, key,
 * label, type, country, mentions, documents, surface forms) and the base relations with their weight and kept
 * evidence. It is JSON Lines, one record per line ({"shard": 2, ...} first, then "doc", "base" and "rel" records),
 * written and read one record at a time. Merging appends a shard's documents after those already in the corpus, so
 * shards merged in the order of their documents give exactly the corpus one run over all the documents would give. */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "corpus_internal.h"
#include "entgraph/outfile.h"

#define SHARD_VERSION 2   /* 2: relations carry their weight (1: all their evidence, weight = count) */

static int put(FILE *fp, json_t *rec)
{
    int ok = rec && json_dumpf(rec, fp, JSON_COMPACT) == 0 && fputc('\n', fp) != EOF;
    json_decref(rec);
    return ok;
}

static json_t *u32_array(const uint32_t *v, size_t n)
{
    json_t *a = json_array();
    size_t i;
    for (i = 0; a && i < n; i++)
        if (json_array_append_new(a, json_integer(v[i]))) {
            json_decref(a);
            return NULL;
        }
    return a;
}

eg_status eg_corpus_save_shard(const eg_corpus *c, const char *path, eg_error *err)
{
    eg_outfile f;
    eg_status ret;
    size_t i, k;
    if (c->resolved)
        return eg_error_set(err, EG_EINVAL, "%s: a shard is saved before the corpus is resolved", path);
    if ((ret = eg_outfile_open(&f, path, err)) != EG_OK)
        return ret;
    if (!put(f.fp, json_pack("{si si si si}", "shard", SHARD_VERSION, "docs", (json_int_t)c->ndocs, "bases",
                             (json_int_t)c->nbases, "relations", (json_int_t)c->nbrels)))
        goto fail;
    for (i = 0; i < c->ndocs; i++)
        if (!put(f.fp, json_pack("{ss}", "doc", c->docs[i])))
            goto fail;
    for (i = 0; i < c->nbases; i++) {
        const eg_base *b = &c->bases[i];
        json_t *forms = json_array();
        for (k = 0; forms && k < b->nforms; k++) {
            const eg_form *fm = &b->forms[k];
            size_t nd = fm->ndocs < EG_FORM_DOCS ? fm->ndocs : EG_FORM_DOCS;
            if (json_array_append_new(forms, json_pack("{ss si si si so}", "text", fm->text, "count",
                                                       (json_int_t)fm->count, "ndocs", (json_int_t)fm->ndocs,
                                                       "last", (json_int_t)fm->last_doc, "docs",
                                                       u32_array(fm->docs, nd))))
                goto fail;
        }
        if (!forms || !put(f.fp, json_pack("{ss ss ss si ss si si so so}", "base", b->id, "key", b->key, "label",
                                           b->label, "type", (int)b->type, "cc", b->cc, "acronym", (int)b->acronym,
                                           "mentions", (json_int_t)b->mentions, "docs", u32_array(b->docs, b->ndocs),
                                           "forms", forms)))
            goto fail;
    }
    for (i = 0; i < c->nbrels; i++) {
        const eg_relation *r = &c->brels[i];
        json_t *ev = json_array();
        for (k = 0; ev && k < r->nevidence; k++) {
            static const eg_stated none = {EG_NO_ENTITY, EG_NO_ENTITY, "", 0, 0, NULL};
            const eg_evidence *e = &r->evidence[k];
            const eg_stated *st = eg_corpus_stated(c, e) ? eg_corpus_stated(c, e) : &none;
            json_t *o = json_pack("{si si si si si ss si si}", "doc", (json_int_t)e->doc, "start", (json_int_t)e->start,
                                  "end", (json_int_t)e->end, "place", (json_int_t)st->place, "venue",
                                  (json_int_t)st->venue, "date", st->date, "status", (int)st->status, "mode",
                                  (int)st->mode);
            if (!o || (e->text && json_object_set_new(o, "text", json_string(eg_corpus_text(c, e)))) ||
                (st->role && json_object_set_new(o, "role", json_string(st->role))) || json_array_append_new(ev, o))
                goto fail;
        }
        if (!ev || !put(f.fp, json_pack("{si si si si so}", "rel", (json_int_t)r->a, "b", (json_int_t)r->b, "kind",
                                        (int)r->kind, "weight", (json_int_t)r->weight, "evidence", ev)))
            goto fail;
    }
    return eg_outfile_commit(&f, err);
fail:
    eg_outfile_abort(&f);
    return eg_error_set(err, EG_EIO, "%s: writing the shard failed: %s", path, strerror(errno ? errno : ENOMEM));
}

static const char *str(json_t *o, const char *k)
{
    const char *s = json_string_value(json_object_get(o, k));
    return s ? s : "";
}

static uint32_t u32(json_t *o, const char *k)
{
    return (uint32_t)json_integer_value(json_object_get(o, k));
}

eg_status eg_corpus_merge_shard(eg_corpus *c, const char *path, eg_error *err)
{
    eg_status ret = EG_OK;
    FILE *fp = NULL;
    char *line = NULL;
    size_t cap = 0, lineno = 0, ndocs = 0, nbases = 0;
    ssize_t n;
    uint32_t doc0 = (uint32_t)c->ndocs, *bmap = NULL;
    json_t *rec = NULL;
    json_error_t jerr;
    if (c->resolved)
        return eg_error_set(err, EG_EINVAL, "%s: the corpus is already resolved", path);
    if (!(fp = fopen(path, "rb")))
        return eg_error_set(err, EG_EIO, "%s: %s", path, strerror(errno));
    while ((n = getline(&line, &cap, fp)) > 0) {
        json_t *v;
        lineno++;
        json_decref(rec);
        if (!(rec = json_loadb(line, (size_t)n, 0, &jerr)) || !json_is_object(rec)) {
            ret = eg_error_set(err, EG_EFORMAT, "%s:%zu: not a shard record: %s", path, lineno, rec ? "" : jerr.text);
            goto cleanup;
        }
        if (lineno == 1) {
            json_int_t version = json_integer_value(json_object_get(rec, "shard"));
            if (version != 1 && version != SHARD_VERSION) {
                ret = eg_error_set(err, EG_EFORMAT, "%s: not an entgraph shard (version %d)", path, SHARD_VERSION);
                goto cleanup;
            }
            nbases = (size_t)json_integer_value(json_object_get(rec, "bases"));
            if (nbases > (size_t)1 << 30 || !(bmap = calloc(nbases ? nbases : 1, sizeof *bmap))) {
                ret = eg_error_set(err, EG_ENOMEM, "%s: out of memory", path);
                goto cleanup;
            }
            continue;
        }
        if ((v = json_object_get(rec, "doc")) && json_is_string(v)) {
            if (eg_corpus_add_doc_name(c, json_string_value(v)) != EG_OK)
                goto oom;
            ndocs++;
        } else if ((v = json_object_get(rec, "base")) && json_is_string(v)) {
            /* the same id in two shards is one base: its counts, documents and forms are joined */
            eg_doc_entity d;
            uint32_t bi;
            size_t k, i;
            json_t *docs = json_object_get(rec, "docs"), *forms = json_object_get(rec, "forms"), *fm;
            eg_base *b;
            size_t ord = lineno - 2 - ndocs;
            if (ord >= nbases) {
                ret = eg_error_set(err, EG_EFORMAT, "%s:%zu: more bases than announced", path, lineno);
                goto cleanup;
            }
            memset(&d, 0, sizeof d);
            d.type = (eg_type)json_integer_value(json_object_get(rec, "type"));
            d.name = (char *)str(rec, "label");
            d.key = (char *)str(rec, "key");
            snprintf(d.cc, sizeof d.cc, "%s", str(rec, "cc"));
            if ((unsigned)d.type >= EG_NTYPES) {
                ret = eg_error_set(err, EG_EFORMAT, "%s:%zu: bad type", path, lineno);
                goto cleanup;
            }
            if (eg_corpus_base_for(c, &d, &bi) != EG_OK)
                goto oom;
            bmap[ord] = bi;
            b = &c->bases[bi];
            if (!json_integer_value(json_object_get(rec, "acronym")))
                b->acronym = 0;
            b->mentions += u32(rec, "mentions");
            for (k = 0; k < json_array_size(docs); k++)
                if (eg_corpus_base_add_doc(b, doc0 + (uint32_t)json_integer_value(json_array_get(docs, k))) != EG_OK)
                    goto oom;
            json_array_foreach(forms, i, fm) {
                json_t *fd = json_object_get(fm, "docs");
                uint32_t listed[EG_FORM_DOCS];
                size_t nl = json_array_size(fd) < EG_FORM_DOCS ? json_array_size(fd) : EG_FORM_DOCS;
                for (k = 0; k < nl; k++)
                    listed[k] = doc0 + (uint32_t)json_integer_value(json_array_get(fd, k));
                if (eg_corpus_base_merge_form(b, str(fm, "text"), u32(fm, "count"), u32(fm, "ndocs"),
                                              doc0 + u32(fm, "last"), listed, nl) != EG_OK)
                    goto oom;
            }
        } else if ((v = json_object_get(rec, "rel")) && json_is_integer(v)) {
            json_t *ev = json_object_get(rec, "evidence"), *e;
            uint32_t a = u32(rec, "rel"), b = u32(rec, "b");
            int kind = (int)json_integer_value(json_object_get(rec, "kind"));
            size_t i;
            if (a >= nbases || b >= nbases || kind < 0 || kind >= EG_NKINDS) {
                ret = eg_error_set(err, EG_EFORMAT, "%s:%zu: relation out of range", path, lineno);
                goto cleanup;
            }
            json_array_foreach(ev, i, e) {
                eg_evidence x;
                eg_stated st;
                uint32_t place = u32(e, "place"), venue = u32(e, "venue");
                const char *text = json_string_value(json_object_get(e, "text"));
                const char *role = json_string_value(json_object_get(e, "role"));
                memset(&x, 0, sizeof x);
                memset(&st, 0, sizeof st);
                x.doc = doc0 + u32(e, "doc");
                x.start = u32(e, "start");
                x.end = u32(e, "end");
                x.stated = EG_NO_STATED;
                if (kind == EG_REL_MET || kind == EG_REL_AFFILIATION) {
                    st.place = place < nbases ? bmap[place] : EG_NO_ENTITY;
                    st.venue = venue < nbases ? bmap[venue] : EG_NO_ENTITY;
                    snprintf(st.date, sizeof st.date, "%s", str(e, "date"));
                    st.status = (uint8_t)json_integer_value(json_object_get(e, "status"));
                    st.mode = (uint8_t)json_integer_value(json_object_get(e, "mode"));
                    if ((role && !(st.role = eg_corpus_keep(c, role))) || eg_corpus_keep_stated(c, &st, &x.stated) != EG_OK)
                        goto oom;
                }
                if (text && (ret = eg_corpus_keep_text(c, text, &x.text, err)) != EG_OK)
                    goto cleanup;
                if (eg_relation_add(c, bmap[a], bmap[b], (eg_rel_kind)kind, &x) != EG_OK)
                    goto oom;
            }
            /* the sentences past the kept evidence (a version 1 shard kept them all) */
            if (json_is_integer(json_object_get(rec, "weight"))) {
                json_int_t w = json_integer_value(json_object_get(rec, "weight"));
                eg_relation *r;
                if (w < 0 || (size_t)w < json_array_size(ev) || w > UINT32_MAX) {
                    ret = eg_error_set(err, EG_EFORMAT, "%s:%zu: relation weight out of range", path, lineno);
                    goto cleanup;
                }
                if (eg_relation_find(c, bmap[a], bmap[b], (eg_rel_kind)kind, &r) != EG_OK)
                    goto oom;
                r->weight += (uint32_t)(w - (json_int_t)json_array_size(ev));
            }
        } else {
            ret = eg_error_set(err, EG_EFORMAT, "%s:%zu: unknown shard record", path, lineno);
            goto cleanup;
        }
    }
    if (ferror(fp))
        ret = eg_error_set(err, EG_EIO, "%s: read error", path);
    else if (lineno == 0)
        ret = eg_error_set(err, EG_EFORMAT, "%s: empty shard", path);
    goto cleanup;
oom:
    ret = eg_error_set(err, EG_ENOMEM, "%s: out of memory", path);
cleanup:
    json_decref(rec);
    free(line);
    free(bmap);
    fclose(fp);
    return ret;
}
