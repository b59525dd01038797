/* write_extract.c: the JSON Lines records of `entgraph extract` (see entgraph/write.h and the README).
 *
 * Each document's record is built with jansson and spooled to an anonymous temporary file with base entity
 * numbers in place of ids. eg_extract_writer_finish reads the spool back line by line, puts in the resolved ids and
 * names, merges document entities that resolved to one entity, and writes the final records. Memory holds one
 * record at a time. */
#define _POSIX_C_SOURCE 200809L
#include "entgraph/write.h"

#include <errno.h>
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

struct eg_extract_writer {
    FILE *out;
    FILE *spool;
};

eg_status eg_extract_writer_new(eg_extract_writer **out, FILE *fp, eg_error *err)
{
    eg_extract_writer *w = calloc(1, sizeof *w);
    if (!w)
        return eg_error_set(err, EG_ENOMEM, "out of memory");
    w->out = fp;
    w->spool = tmpfile();
    if (!w->spool) {
        free(w);
        return eg_error_set(err, EG_EIO, "cannot create a temporary file: %s", strerror(errno));
    }
    *out = w;
    return EG_OK;
}

void eg_extract_writer_free(eg_extract_writer *w)
{
    if (!w)
        return;
    if (w->spool)
        fclose(w->spool);
    free(w);
}

eg_status eg_extract_writer_add(eg_extract_writer *w, const char *doc_name, const eg_text *t, const eg_extraction *x,
                                const uint32_t *bases, eg_error *err)
{
    eg_status ret = EG_OK;
    json_t *root = json_object(), *ents = json_array(), **mlists = NULL;
    char *name = eg_clean_text(doc_name, strlen(doc_name), 4096);
    size_t i;
    if (!root || !ents || !name)
        goto oom;
    mlists = calloc(x->nentities ? x->nentities : 1, sizeof *mlists);
    if (!mlists)
        goto oom;
    if (json_object_set_new(root, "doc", json_string(name)) || json_object_set(root, "entities", ents))
        goto oom;
    for (i = 0; i < x->nentities; i++) {
        const eg_doc_entity *d = &x->entities[i];
        json_t *e = json_object();
        mlists[i] = json_array();
        if (!e || !mlists[i] || json_array_append_new(ents, e) ||
            json_object_set_new(e, "base", json_integer(bases[i])) ||
            json_object_set_new(e, "name", json_string(d->name)) ||
            json_object_set_new(e, "type", json_string(eg_type_name(d->type))))
            goto oom;
        if (d->cc[0] && json_object_set_new(e, "country", json_string(d->cc)))
            goto oom;
        if (json_object_set(e, "mentions", mlists[i]))
            goto oom;
    }
    for (i = 0; i < x->nmentions; i++) {
        const eg_mention *m = &x->mentions[i];
        json_t *o = json_object();
        if (!o || json_array_append_new(mlists[m->entity], o) ||
            json_object_set_new(o, "start", json_integer(m->start)) ||
            json_object_set_new(o, "end", json_integer(m->end)) ||
            json_object_set_new(o, "text", json_stringn(t->src + m->start, m->end - m->start)))
            goto oom;
        if (m->form == EG_FORM_DEMONYM && json_object_set_new(o, "form", json_string("demonym")))
            goto oom;
    }
    {
        json_t *ms = json_array(), *afs = json_array();
        if (!ms || json_object_set_new(root, "meetings", ms) || !afs)
            goto oom;
        for (i = 0; i < x->nmeetings; i++) {
            const eg_meeting *mt = &x->meetings[i];
            json_t *o = json_object(), *parts = json_array(), *sides = json_array(), *s0 = json_array(),
                   *s1 = json_array(), *ev = json_object();
            size_t k;
            if (!o || !parts || !sides || !s0 || !s1 || !ev || json_array_append_new(ms, o) ||
                json_object_set_new(o, "participants", parts) || json_object_set_new(o, "sides", sides) ||
                json_array_append_new(sides, s0) || json_array_append_new(sides, s1))
                goto oom;
            for (k = 0; k < mt->nparts; k++)
                if (json_array_append_new(parts, json_integer(bases[mt->part[k]])) ||
                    json_array_append_new(mt->side[k] ? s1 : s0, json_integer(bases[mt->part[k]])))
                    goto oom;
            if (json_object_set_new(o, "place", mt->place >= 0 ? json_integer(bases[mt->place]) : json_null()) ||
                (mt->venue >= 0 && json_object_set_new(o, "venue", json_integer(bases[mt->venue]))) ||
                json_object_set_new(o, "date", mt->date[0] ? json_string(mt->date) : json_null()) ||
                json_object_set_new(o, "status", json_string(eg_meeting_status_name((eg_meeting_status)mt->status))) ||
                (mt->mode && json_object_set_new(o, "mode", json_string(eg_meeting_mode_name((eg_meeting_mode)mt->mode)))) ||
                json_object_set_new(ev, "start", json_integer(mt->start)) ||
                json_object_set_new(ev, "end", json_integer(mt->end)) || json_object_set_new(o, "evidence", ev))
                goto oom;
        }
        if (json_object_set_new(root, "affiliations", afs))
            goto oom;
        for (i = 0; i < x->naffiliations; i++) {
            const eg_affiliation *af = &x->affiliations[i];
            json_t *o = json_object(), *ev = json_object();
            if (!o || !ev || json_array_append_new(afs, o) ||
                json_object_set_new(o, "person", json_integer(bases[af->person])) ||
                json_object_set_new(o, "org", json_integer(bases[af->org])) ||
                json_object_set_new(o, "role", json_string(af->role)) ||
                json_object_set_new(ev, "start", json_integer(af->start)) ||
                json_object_set_new(ev, "end", json_integer(af->end)) || json_object_set_new(o, "evidence", ev))
                goto oom;
        }
    }
    errno = 0;
    if (json_dumpf(root, w->spool, JSON_COMPACT) != 0 || fputc('\n', w->spool) == EOF || ferror(w->spool)) {
        ret = eg_error_set(err, EG_EIO, "writing a temporary file: %s", strerror(errno ? errno : EIO));
        goto cleanup;
    }
    goto cleanup;
oom:
    ret = eg_error_set(err, EG_ENOMEM, "out of memory writing the record of %s", doc_name);
cleanup:
    if (mlists) {
        for (i = 0; i < x->nentities; i++)
            json_decref(mlists[i]);
        free(mlists);
    }
    json_decref(ents);
    json_decref(root);
    free(name);
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
    return eg_corpus_entity(c, eg_corpus_resolved_of(c, (uint32_t)json_integer_value(v)))->id;
}

/* Replace the base number under key (when it is a number) by its id. */
static int map_one(json_t *o, const char *key, const eg_corpus *c)
{
    json_t *v = json_object_get(o, key);
    if (!json_is_integer(v))
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
        uint32_t r = eg_corpus_resolved_of(c, (uint32_t)json_integer_value(json_object_get(e, "base")));
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
        json_t *ms = json_object_get(root, "meetings"), *afs = json_object_get(root, "affiliations"), *o;
        json_array_foreach(ms, i, o) {
            json_t *side;
            if (!map_list(json_object_get(o, "participants"), c) || !map_one(o, "place", c) || !map_one(o, "venue", c))
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

eg_status eg_extract_writer_finish(eg_extract_writer *w, const eg_corpus *c, eg_error *err)
{
    eg_status ret = EG_OK;
    char *line = NULL;
    size_t cap = 0;
    ssize_t n;
    json_t *root = NULL;
    json_error_t jerr;
    if (fflush(w->spool) != 0 || fseek(w->spool, 0, SEEK_SET) != 0)
        return eg_error_set(err, EG_EIO, "reading a temporary file: %s", strerror(errno));
    while ((n = getline(&line, &cap, w->spool)) > 0) {
        root = json_loadb(line, (size_t)n, 0, &jerr);
        if (!root) {
            ret = eg_error_set(err, EG_EIO, "temporary file damaged: %s", jerr.text);
            goto cleanup;
        }
        if (!finalize(root, c)) {
            ret = eg_error_set(err, EG_ENOMEM, "out of memory");
            goto cleanup;
        }
        errno = 0;
        if (json_dumpf(root, w->out, JSON_COMPACT) != 0 || fputc('\n', w->out) == EOF || ferror(w->out)) {
            ret = eg_error_set(err, EG_EIO, "write failed: %s", strerror(errno ? errno : EIO));
            goto cleanup;
        }
        json_decref(root);
        root = NULL;
    }
    if (ferror(w->spool))
        ret = eg_error_set(err, EG_EIO, "reading a temporary file failed");
cleanup:
    json_decref(root);
    free(line);
    return ret;
}
