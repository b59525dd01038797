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
    if (json_object_set_new(root, "meetings", json_array()))
        goto oom;
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
