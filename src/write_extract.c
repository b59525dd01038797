/* write_extract.c: the JSON Lines records of `entgraph extract` (see entgraph/write.h and the README).
 *
 * Each document's record is built (eg_extract_record, in the worker threads) with placeholders in place of ids and
 * names: the string "\x01I<i>" (and "\x01N<i>" for a name) for the document's entity i, which JSON writes as
 * "\u0001I<i>" and which nothing else can produce (names and mentions hold no control characters). The record is
 * spooled to an anonymous temporary file, each spool line starting with the base entity of each document entity.
 * eg_extract_writer_finish reads the spool back line by line and, when the document's entities stay distinct after
 * resolution, only replaces the placeholders in the text; when two of them resolved to one entity, it parses the
 * record and merges them. Memory holds one record at a time. */
#define _POSIX_C_SOURCE 200809L
#include "entgraph/write.h"

#include <errno.h>
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "escape.h"
#include "stream.h"

struct eg_extract_writer {
    FILE *out;
    FILE *spool;
    char *spool_buf; /* its stdio buffer (owned, may be NULL) */
    eg_buf line;     /* the record being written */
};

eg_status eg_extract_writer_new(eg_extract_writer **out, FILE *fp, eg_error *err)
{
    eg_extract_writer *w = calloc(1, sizeof *w);
    if (!w)
        return eg_error_set(err, EG_ENOMEM, "out of memory");
    w->out = fp;
    eg_buf_init(&w->line, (size_t)1 << 31);
    w->spool = tmpfile();
    if (!w->spool) {
        free(w);
        return eg_error_set(err, EG_EIO, "cannot create a temporary file: %s", strerror(errno));
    }
    w->spool_buf = eg_stream_buffer(w->spool);
    *out = w;
    return EG_OK;
}

void eg_extract_writer_free(eg_extract_writer *w)
{
    if (!w)
        return;
    if (w->spool)
        fclose(w->spool);
    free(w->spool_buf);
    eg_buf_release(&w->line);
    free(w);
}

/* The base of a placeholder string, or -1. */
static long ph_base(json_t *v)
{
    const char *s = json_string_value(v);
    if (!s || s[0] != '\x01' || (s[1] != 'I' && s[1] != 'N'))
        return -1;
    return strtol(s + 2, NULL, 10);
}

/* JSON text, written directly (eg_json_put_str): jansson's object building and dumping cost more than the
 * extraction itself. The output is byte for byte what json_dumpf(JSON_COMPACT) writes for the same values. */

/* A placeholder for the id ('I') or name ('N') of the document's entity i: see the file comment. */
static void put_ph(eg_buf *b, char kind, uint32_t i)
{
    eg_buf_adds(b, "\"\\u0001");
    eg_buf_addc(b, kind);
    eg_buf_addu(b, i);
    eg_buf_addc(b, '"');
}

/* ',"evidence":{"start":S,"end":E}}': the end of a meeting or affiliation. */
static void put_evidence(eg_buf *b, uint32_t start, uint32_t end)
{
    eg_buf_adds(b, ",\"evidence\":{\"start\":");
    eg_buf_addu(b, start);
    eg_buf_adds(b, ",\"end\":");
    eg_buf_addu(b, end);
    eg_buf_adds(b, "}}");
}

static void put_side(eg_buf *b, const eg_meeting *mt, int side)
{
    size_t k;
    int first = 1;
    eg_buf_addc(b, '[');
    for (k = 0; k < mt->nparts; k++) {
        if (side >= 0 && mt->side[k] != side)
            continue;
        if (!first)
            eg_buf_addc(b, ',');
        first = 0;
        put_ph(b, 'I', (uint32_t)mt->part[k]);
    }
    eg_buf_addc(b, ']');
}

/* The meetings that are encounters (held, planned, possible), or those that are not (cancelled, refused). */
static void put_meetings(eg_buf *b, const eg_extraction *x, int encounters)
{
    size_t i;
    int first = 1;
    for (i = 0; i < x->nmeetings; i++) {
        const eg_meeting *mt = &x->meetings[i];
        if (eg_meeting_is_encounter(mt) != encounters)
            continue;
        if (!first)
            eg_buf_addc(b, ',');
        first = 0;
        eg_buf_adds(b, "{\"participants\":");
        put_side(b, mt, -1);
        eg_buf_adds(b, ",\"sides\":[");
        put_side(b, mt, 0);
        eg_buf_addc(b, ',');
        put_side(b, mt, 1);
        eg_buf_adds(b, "],\"place\":");
        if (mt->place >= 0)
            put_ph(b, 'I', (uint32_t)mt->place);
        else
            eg_buf_adds(b, "null");
        if (mt->venue >= 0) {
            eg_buf_adds(b, ",\"venue\":");
            put_ph(b, 'I', (uint32_t)mt->venue);
        }
        eg_buf_adds(b, ",\"date\":");
        if (mt->date[0])
            eg_json_put_str(b, mt->date, strlen(mt->date));
        else
            eg_buf_adds(b, "null");
        eg_buf_adds(b, ",\"status\":\"");
        eg_buf_adds(b, eg_meeting_status_name((eg_meeting_status)mt->status));
        eg_buf_addc(b, '"');
        if (mt->mode) {
            eg_buf_adds(b, ",\"mode\":\"");
            eg_buf_adds(b, eg_meeting_mode_name((eg_meeting_mode)mt->mode));
            eg_buf_addc(b, '"');
        }
        put_evidence(b, mt->start, mt->end);
    }
}

eg_status eg_extract_record(const char *doc_name, const eg_text *t, const eg_extraction *x, char **out, size_t *len,
                            eg_error *err)
{
    eg_status ret = EG_OK;
    eg_buf line, *b = &line;
    char *name = eg_clean_text(doc_name, strlen(doc_name), 4096);
    size_t i, m, *first = NULL, *next = NULL;
    if (!name)
        goto oom;
    /* mentions grouped by entity, in document order: a linked list per entity */
    first = malloc((x->nentities ? x->nentities : 1) * sizeof *first);
    next = malloc((x->nmentions ? x->nmentions : 1) * sizeof *next);
    if (!first || !next)
        goto oom;
    for (i = 0; i < x->nentities; i++)
        first[i] = (size_t)-1;
    for (m = x->nmentions; m-- > 0;) {
        next[m] = first[x->mentions[m].entity];
        first[x->mentions[m].entity] = m;
    }
    eg_buf_init(b, (size_t)1 << 31);
    eg_buf_adds(b, "{\"doc\":");
    eg_json_put_str(b, name, strlen(name));
    eg_buf_adds(b, ",\"entities\":[");
    for (i = 0; i < x->nentities; i++) {
        const eg_doc_entity *d = &x->entities[i];
        if (i)
            eg_buf_addc(b, ',');
        eg_buf_adds(b, "{\"id\":");
        put_ph(b, 'I', (uint32_t)i);
        eg_buf_adds(b, ",\"name\":");
        put_ph(b, 'N', (uint32_t)i);
        eg_buf_adds(b, ",\"type\":\"");
        eg_buf_adds(b, eg_type_name(d->type));
        eg_buf_addc(b, '"');
        if (d->cc[0]) {
            eg_buf_adds(b, ",\"country\":\"");
            eg_buf_adds(b, d->cc);
            eg_buf_addc(b, '"');
        }
        eg_buf_adds(b, ",\"mentions\":[");
        for (m = first[i]; m != (size_t)-1; m = next[m]) {
            const eg_mention *mn = &x->mentions[m];
            if (m != first[i])
                eg_buf_addc(b, ',');
            eg_buf_adds(b, "{\"start\":");
            eg_buf_addu(b, mn->start);
            eg_buf_adds(b, ",\"end\":");
            eg_buf_addu(b, mn->end);
            eg_buf_adds(b, ",\"text\":");
            eg_json_put_str(b, t->src + mn->start, mn->end - mn->start);
            if (mn->form == EG_FORM_DEMONYM)
                eg_buf_adds(b, ",\"form\":\"demonym\"");
            eg_buf_addc(b, '}');
        }
        eg_buf_adds(b, "]}");
    }
    eg_buf_adds(b, "],\"meetings\":[");
    put_meetings(b, x, 1);
    eg_buf_adds(b, "],\"meetings_not_held\":[");
    put_meetings(b, x, 0);
    eg_buf_adds(b, "],\"affiliations\":[");
    for (i = 0; i < x->naffiliations; i++) {
        const eg_affiliation *af = &x->affiliations[i];
        if (i)
            eg_buf_addc(b, ',');
        eg_buf_adds(b, "{\"person\":");
        put_ph(b, 'I', (uint32_t)af->person);
        eg_buf_adds(b, ",\"org\":");
        put_ph(b, 'I', (uint32_t)af->org);
        eg_buf_adds(b, ",\"role\":");
        eg_json_put_str(b, af->role, strlen(af->role));
        put_evidence(b, af->start, af->end);
    }
    if (eg_buf_adds(b, "]}\n") != EG_OK) {
        ret = eg_error_set(err, EG_ELIMIT, "%s: the record is too large to write", doc_name);
        goto cleanup;
    }
    *len = b->len;
    *out = eg_buf_detach(b);
    goto cleanup;
oom:
    ret = eg_error_set(err, EG_ENOMEM, "out of memory writing the record of %s", doc_name);
cleanup:
    eg_buf_release(b);
    free(first);
    free(next);
    free(name);
    return ret;
}

eg_status eg_extract_writer_put(eg_extract_writer *w, const char *record, size_t len, size_t nentities,
                                const uint32_t *bases, eg_error *err)
{
    eg_buf *b = &w->line;
    size_t i;
    eg_buf_reset(b);
    eg_buf_addu(b, nentities);
    for (i = 0; i < nentities; i++) {
        eg_buf_addc(b, ' ');
        eg_buf_addu(b, bases[i]);
    }
    if (eg_buf_addc(b, '\t') != EG_OK)
        return eg_error_set(err, EG_ENOMEM, "out of memory");
    errno = 0;
    if (fwrite(b->data, 1, b->len, w->spool) != b->len || fwrite(record, 1, len, w->spool) != len)
        return eg_error_set(err, EG_EIO, "writing a temporary file: %s", strerror(errno ? errno : EIO));
    return EG_OK;
}

eg_status eg_extract_writer_add(eg_extract_writer *w, const char *doc_name, const eg_text *t, const eg_extraction *x,
                                const uint32_t *bases, eg_error *err)
{
    char *rec = NULL;
    size_t len = 0;
    eg_status ret = eg_extract_record(doc_name, t, x, &rec, &len, err);
    if (ret == EG_OK)
        ret = eg_extract_writer_put(w, rec, len, x->nentities, bases, err);
    free(rec);
    return ret;
}

static int cmp_mention(const void *a, const void *b)
{
    json_int_t x = json_integer_value(json_object_get(*(json_t *const *)a, "start"));
    json_int_t y = json_integer_value(json_object_get(*(json_t *const *)b, "start"));
    return x < y ? -1 : x > y;
}

static const char *id_of_base(const eg_corpus *c, json_t *v)
{
    return eg_corpus_entity(c, eg_corpus_resolved_of(c, (uint32_t)ph_base(v)))->id;
}

/* Replace the base number under key (when it is a number) by its id. */
static int map_one(json_t *o, const char *key, const eg_corpus *c)
{
    json_t *v = json_object_get(o, key);
    if (ph_base(v) < 0)
        return 1;
    return json_object_set_new(o, key, json_string(id_of_base(c, v))) == 0;
}

/* Replace every base number of a list by its id, keeping each id once. */
static int map_list(json_t *list, const eg_corpus *c)
{
    size_t i, n = json_array_size(list), k;
    json_t *out = json_array();
    if (!out)
        return 0;
    for (i = 0; i < n; i++) {
        const char *id = id_of_base(c, json_array_get(list, i));
        int seen = 0;
        for (k = 0; k < json_array_size(out); k++)
            seen |= strcmp(json_string_value(json_array_get(out, k)), id) == 0;
        if (!seen && json_array_append_new(out, json_string(id))) {
            json_decref(out);
            return 0;
        }
    }
    json_array_clear(list);
    json_array_extend(list, out);
    json_decref(out);
    return 1;
}

/* Replace base numbers by resolved ids; merge entries of one entity. Returns 0 on out of memory. */
static int finalize(json_t *root, const eg_corpus *c)
{
    json_t *ents = json_object_get(root, "entities"), *out = json_array(), *e;
    size_t i, k;
    if (!out)
        return 0;
    json_array_foreach(ents, i, e) {
        uint32_t r = eg_corpus_resolved_of(c, (uint32_t)ph_base(json_object_get(e, "id")));
        const eg_entity *ent = eg_corpus_entity(c, r);
        json_t *prev = NULL, *o;
        json_array_foreach(out, k, o) {
            if (strcmp(json_string_value(json_object_get(o, "id")), ent->id) == 0) {
                prev = o;
                break;
            }
        }
        if (prev) {
            json_t *pm = json_object_get(prev, "mentions");
            if (json_array_extend(pm, json_object_get(e, "mentions")))
                goto oom;
            continue;
        }
        o = json_object();
        if (!o || json_array_append_new(out, o) || json_object_set_new(o, "id", json_string(ent->id)) ||
            json_object_set_new(o, "name", json_string(ent->label)) ||
            json_object_set(o, "type", json_object_get(e, "type")))
            goto oom;
        if (ent->cc[0] && json_object_set_new(o, "country", json_string(ent->cc)))
            goto oom;
        if (json_object_set(o, "mentions", json_object_get(e, "mentions")))
            goto oom;
    }
    /* mentions of merged entries back in document order */
    json_array_foreach(out, i, e) {
        json_t *ms = json_object_get(e, "mentions");
        size_t n = json_array_size(ms);
        json_t **v;
        if (n < 2)
            continue;
        v = malloc(n * sizeof *v);
        if (!v)
            goto oom;
        for (k = 0; k < n; k++)
            v[k] = json_incref(json_array_get(ms, k));
        qsort(v, n, sizeof *v, cmp_mention);
        json_array_clear(ms);
        for (k = 0; k < n; k++)
            json_array_append_new(ms, v[k]);
        free(v);
    }
    if (json_object_set_new(root, "entities", out))
        return 0;
    /* meetings and affiliations: base numbers to ids */
    {
        static const char *const lists[] = {"meetings", "meetings_not_held"};
        json_t *afs = json_object_get(root, "affiliations"), *o;
        size_t l;
        for (l = 0; l < 2; l++)
            json_array_foreach(json_object_get(root, lists[l]), i, o) {
                json_t *side;
                if (!map_list(json_object_get(o, "participants"), c) || !map_one(o, "place", c) ||
                    !map_one(o, "venue", c))
                    return 0;
                json_array_foreach(json_object_get(o, "sides"), k, side)
                    if (!map_list(side, c))
                        return 0;
            }
        json_array_foreach(afs, i, o)
            if (!map_one(o, "person", c) || !map_one(o, "org", c))
                return 0;
    }
    return 1;
oom:
    json_decref(out);
    return 0;
}

/* Write s as the inside of a JSON string. */
static int put_escaped(FILE *fp, const char *s)
{
    const char *p;
    for (p = s; *p && *p != '"' && *p != '\\' && (unsigned char)*p >= 0x20; p++)
        ;
    if (!*p) /* nothing to escape: the common case */
        return fwrite(s, 1, (size_t)(p - s), fp) == (size_t)(p - s);
    for (; *s; s++) {
        unsigned char ch = (unsigned char)*s;
        if (ch == '"' || ch == '\\') {
            if (putc('\\', fp) == EOF || putc(ch, fp) == EOF)
                return 0;
        } else if (ch < 0x20) {
            if (fprintf(fp, "\\u%04x", ch) < 0)
                return 0;
        } else if (putc(ch, fp) == EOF)
            return 0;
    }
    return 1;
}

/* The document entity of a placeholder at q (just past its "\u0001" and kind), or -1 when out of range. */
static long ph_index(const char *q, char **end, size_t nb)
{
    unsigned long i = strtoul(q, end, 10);
    return i < nb ? (long)i : -1;
}

/* The fast path: copy json to fp with every placeholder replaced by its id or name. */
static int substitute(FILE *fp, const char *json, size_t n, const eg_corpus *c, const uint32_t *bases, size_t nb)
{
    const char *p = json, *end = json + n, *q;
    while (p < end && (q = strstr(p, "\\u0001")) != NULL && q < end) {
        char kind = q[6];
        char *num_end;
        long i = ph_index(q + 7, &num_end, nb);
        const eg_entity *e;
        if (i < 0)
            return 0;
        e = eg_corpus_entity(c, eg_corpus_resolved_of(c, bases[i]));
        if (fwrite(p, 1, (size_t)(q - p), fp) != (size_t)(q - p) || !put_escaped(fp, kind == 'N' ? e->label : e->id))
            return 0;
        p = num_end;
    }
    return fwrite(p, 1, (size_t)(end - p), fp) == (size_t)(end - p);
}

/* The record with each document entity's placeholder turned into its base's, for finalize. */
static int rebase(eg_buf *out, const char *json, size_t n, const uint32_t *bases, size_t nb)
{
    const char *p = json, *end = json + n, *q;
    eg_buf_reset(out);
    while (p < end && (q = strstr(p, "\\u0001")) != NULL && q < end) {
        char *num_end;
        long i = ph_index(q + 7, &num_end, nb);
        if (i < 0 || eg_buf_add(out, p, (size_t)(q + 7 - p)) != EG_OK || eg_buf_addu(out, bases[i]) != EG_OK)
            return 0;
        p = num_end;
    }
    return eg_buf_add(out, p, (size_t)(end - p)) == EG_OK;
}

static int cmp_u32(const void *a, const void *b)
{
    uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
    return x < y ? -1 : x > y;
}

eg_status eg_extract_writer_finish(eg_extract_writer *w, const eg_corpus *c, eg_error *err)
{
    eg_status ret = EG_OK;
    char *line = NULL, *json;
    size_t cap = 0;
    ssize_t n;
    json_t *root = NULL;
    json_error_t jerr;
    uint32_t *res = NULL, *raw = NULL;
    size_t ares = 0;
    if (fflush(w->spool) != 0 || fseek(w->spool, 0, SEEK_SET) != 0)
        return eg_error_set(err, EG_EIO, "reading a temporary file: %s", strerror(errno));
    while ((n = getline(&line, &cap, w->spool)) > 0) {
        char *p = line;
        size_t k, nb = strtoul(p, &p, 10);
        int merged = 0;
        if (nb > ares) {
            uint32_t *q = realloc(res, nb * sizeof *q), *r = q ? realloc(raw, nb * sizeof *r) : NULL;
            if (q)
                res = q;
            if (!q || !r) {
                ret = eg_error_set(err, EG_ENOMEM, "out of memory");
                goto cleanup;
            }
            raw = r;
            ares = nb;
        }
        for (k = 0; k < nb; k++) {
            raw[k] = (uint32_t)strtoul(p, &p, 10);
            res[k] = eg_corpus_resolved_of(c, raw[k]);
        }
        json = strchr(p, '\t');
        if (!json) {
            ret = eg_error_set(err, EG_EIO, "temporary file damaged");
            goto cleanup;
        }
        json++;
        if (nb > 1)
            qsort(res, nb, sizeof *res, cmp_u32);
        for (k = 1; k < nb && !merged; k++)
            merged = res[k] == res[k - 1];
        errno = 0;
        if (!merged) {
            if (!substitute(w->out, json, (size_t)(line + n - json), c, raw, nb)) {
                ret = eg_error_set(err, EG_EIO, "write failed: %s", strerror(errno ? errno : EIO));
                goto cleanup;
            }
            continue;
        }
        /* two document entities are one entity now: merge them in the parsed record */
        if (!rebase(&w->line, json, (size_t)(line + n - json), raw, nb)) {
            ret = eg_error_set(err, EG_EIO, "temporary file damaged");
            goto cleanup;
        }
        root = json_loadb(w->line.data, w->line.len, 0, &jerr);
        if (!root) {
            ret = eg_error_set(err, EG_EIO, "temporary file damaged: %s", jerr.text);
            goto cleanup;
        }
        if (!finalize(root, c)) {
            ret = eg_error_set(err, EG_ENOMEM, "out of memory");
            goto cleanup;
        }
        if (json_dumpf(root, w->out, JSON_COMPACT) != 0 || fputc('\n', w->out) == EOF || ferror(w->out)) {
            ret = eg_error_set(err, EG_EIO, "write failed: %s", strerror(errno ? errno : EIO));
            goto cleanup;
        }
        json_decref(root);
        root = NULL;
    }
    if (ferror(w->spool))
        ret = eg_error_set(err, EG_EIO, "reading a temporary file failed");
    else if (ferror(w->out))
        ret = eg_error_set(err, EG_EIO, "write failed: %s", strerror(errno ? errno : EIO));
cleanup:
    json_decref(root);
    free(line);
    free(res);
    free(raw);
    return ret;
}
