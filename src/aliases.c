/* aliases.c: the alias table (aliases.json) and the rules file (see entgraph/aliases.h), with jansson. */
#define _POSIX_C_SOURCE 200809L
#include "entgraph/aliases.h"

#include <errno.h>
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "corpus_internal.h"
#include "entgraph/outfile.h"

void eg_alias_rules_init(eg_alias_rules *r)
{
    memset(r, 0, sizeof *r);
}

static void free_list(char **v, size_t n)
{
    size_t i;
    for (i = 0; i < n; i++)
        free(v[i]);
    free(v);
}

void eg_alias_rules_release(eg_alias_rules *r)
{
    free_list(r->merge, 2 * r->nmerge);
    free_list(r->split, r->nsplit);
    free_list(r->label, 2 * r->nlabel);
    eg_alias_rules_init(r);
}

/* Append strdup(s) to *v (n entries). */
static int push(char ***v, size_t n, const char *s)
{
    char **p = realloc(*v, (n + 1) * sizeof *p);
    if (!p)
        return 0;
    *v = p;
    p[n] = strdup(s);
    return p[n] != NULL;
}

eg_status eg_alias_rules_load(eg_alias_rules *r, const char *path, eg_error *err)
{
    eg_status ret = EG_OK;
    json_error_t jerr;
    json_t *root = json_load_file(path, JSON_REJECT_DUPLICATES, &jerr), *v, *item;
    size_t i;
    const char *key;
    if (!root) {
        if (jerr.line < 0)
            return eg_error_set(err, EG_EIO, "%s: %s", path, jerr.text);
        return eg_error_set(err, EG_EFORMAT, "%s:%d: %s", path, jerr.line, jerr.text);
    }
    if (!json_is_object(root)) {
        ret = eg_error_set(err, EG_EFORMAT, "%s: the rules must be a JSON object with merge, split, label", path);
        goto cleanup;
    }
    json_object_foreach(root, key, v) {
        if (strcmp(key, "merge") && strcmp(key, "split") && strcmp(key, "label")) {
            ret = eg_error_set(err, EG_EFORMAT, "%s: unknown key \"%s\" (merge, split, label)", path, key);
            goto cleanup;
        }
    }
    v = json_object_get(root, "merge");
    if (v && !json_is_array(v)) {
        ret = eg_error_set(err, EG_EFORMAT, "%s: \"merge\" must be a list of [id, id] pairs", path);
        goto cleanup;
    }
    json_array_foreach(v, i, item) {
        size_t k;
        json_t *id;
        if (!json_is_array(item) || json_array_size(item) < 2) {
            ret = eg_error_set(err, EG_EFORMAT, "%s: merge entry %zu must list two or more ids", path, i + 1);
            goto cleanup;
        }
        /* [a, b, c] merges a with b and a with c */
        json_array_foreach(item, k, id) {
            if (!json_is_string(id)) {
                ret = eg_error_set(err, EG_EFORMAT, "%s: merge entry %zu: ids are strings", path, i + 1);
                goto cleanup;
            }
            if (k == 0)
                continue;
            if (!push(&r->merge, 2 * r->nmerge, json_string_value(json_array_get(item, 0))) ||
                !push(&r->merge, 2 * r->nmerge + 1, json_string_value(id)))
                goto oom;
            r->nmerge++;
        }
    }
    v = json_object_get(root, "split");
    if (v && !json_is_array(v)) {
        ret = eg_error_set(err, EG_EFORMAT, "%s: \"split\" must be a list of ids", path);
        goto cleanup;
    }
    json_array_foreach(v, i, item) {
        if (!json_is_string(item)) {
            ret = eg_error_set(err, EG_EFORMAT, "%s: split entry %zu must be an id string", path, i + 1);
            goto cleanup;
        }
        if (!push(&r->split, r->nsplit, json_string_value(item)))
            goto oom;
        r->nsplit++;
    }
    v = json_object_get(root, "label");
    if (v && !json_is_object(v)) {
        ret = eg_error_set(err, EG_EFORMAT, "%s: \"label\" must map ids to names", path);
        goto cleanup;
    }
    json_object_foreach(v, key, item) {
        if (!json_is_string(item)) {
            ret = eg_error_set(err, EG_EFORMAT, "%s: the label of %s must be a string", path, key);
            goto cleanup;
        }
        if (!push(&r->label, 2 * r->nlabel, key) || !push(&r->label, 2 * r->nlabel + 1, json_string_value(item)))
            goto oom;
        r->nlabel++;
    }
    goto cleanup;
oom:
    ret = eg_error_set(err, EG_ENOMEM, "%s: out of memory", path);
cleanup:
    if (ret != EG_OK)
        eg_alias_rules_release(r);
    json_decref(root);
    return ret;
}

static json_t *json_str(const char *s)
{
    char *clean = eg_clean_text(s, strlen(s), 4096);
    json_t *v = clean ? json_string(clean) : NULL;
    free(clean);
    return v;
}

/* One entity of the alias table, with its members and their forms (NULL when out of memory). Every value is
 * handed to its container as soon as it is made (jansson's *_new calls take it even when they fail), so freeing
 * the entity frees all. */
static json_t *entity_json(const eg_corpus *c, const eg_entity *e)
{
    json_t *o = json_object(), *members, *mo, *forms, *fo, *docs;
    size_t m, f, d;
    if (json_object_set_new(o, "id", json_str(e->id)) || json_object_set_new(o, "label", json_str(e->label)) ||
        json_object_set_new(o, "type", json_string(eg_type_name(e->type))) ||
        json_object_set_new(o, "mentions", json_integer(e->mentions)) ||
        json_object_set_new(o, "documents", json_integer(e->documents)) ||
        json_object_set_new(o, "members", members = json_array()))
        goto oom;
    for (m = 0; m < e->nmembers; m++) {
        const eg_base *b = &c->bases[e->members[m]];
        if (json_array_append_new(members, mo = json_object()) || json_object_set_new(mo, "id", json_str(b->id)) ||
            json_object_set_new(mo, "label", json_str(b->label)) ||
            json_object_set_new(mo, "forms", forms = json_array()))
            goto oom;
        for (f = 0; f < b->nforms; f++) {
            const eg_form *fm = &b->forms[f];
            if (json_array_append_new(forms, fo = json_object()) ||
                json_object_set_new(fo, "text", json_str(fm->text)) ||
                json_object_set_new(fo, "count", json_integer(fm->count)) ||
                json_object_set_new(fo, "documents", json_integer(fm->ndocs)) ||
                json_object_set_new(fo, "docs", docs = json_array()))
                goto oom;
            for (d = 0; d < fm->ndocs && d < EG_FORM_DOCS; d++)
                if (json_array_append_new(docs, json_str(c->docs[fm->docs[d]])))
                    goto oom;
        }
    }
    return o;
oom:
    json_decref(o);
    return NULL;
}

/* The file is written one entity at a time (a large corpus has a large table), laid out as jansson lays out the
 * whole document with JSON_INDENT(1): each entity is dumped on its own and indented two more spaces (JSON strings
 * hold no raw newline, so every newline in the dump starts a line). */
eg_status eg_corpus_write_aliases(const eg_corpus *c, const char *path, eg_error *err)
{
    eg_status ret;
    size_t i;
    eg_outfile out;
    char *dump = NULL, *p;
    int failed;
    if (!c->resolved)
        return eg_error_set(err, EG_EINVAL, "%s: the corpus is not resolved yet", path);
    if ((ret = eg_outfile_open(&out, path, err)) != EG_OK)
        return ret;
    failed = fputs(c->nents ? "{\n \"entities\": [\n  " : "{\n \"entities\": []", out.fp) == EOF;
    for (i = 0; i < c->nents && !failed; i++) {
        json_t *o = entity_json(c, &c->ents[i]);
        dump = o ? json_dumps(o, JSON_INDENT(1)) : NULL;
        json_decref(o);
        if (!dump) {
            ret = eg_error_set(err, EG_ENOMEM, "%s: out of memory", path);
            goto fail;
        }
        if (i > 0)
            failed |= fputs(",\n  ", out.fp) == EOF;
        for (p = dump; *p && !failed; p++)
            failed |= (*p == '\n' ? fputs("\n  ", out.fp) : putc(*p, out.fp)) == EOF;
        free(dump);
        dump = NULL;
    }
    if (!failed && fputs(c->nents ? "\n ]\n}\n" : "\n}\n", out.fp) != EOF)
        return eg_outfile_commit(&out, err);
    ret = eg_error_set(err, EG_EIO, "%s: write failed: %s", path, strerror(errno ? errno : EIO));
fail:
    eg_outfile_abort(&out);
    return ret;
}

char *eg_corpus_aliases(const eg_corpus *c, size_t i)
{
    const eg_entity *e = &c->ents[i];
    size_t m, f, n = 0, k;
    char *out;
    for (m = 0; m < e->nmembers; m++) {
        const eg_base *b = &c->bases[e->members[m]];
        for (f = 0; f < b->nforms; f++)
            n += strlen(b->forms[f].text) + 1;
    }
    out = malloc(n + 1);
    if (!out)
        return NULL;
    out[0] = '\0';
    n = 0;
    for (m = 0; m < e->nmembers; m++) {
        const eg_base *b = &c->bases[e->members[m]];
        for (f = 0; f < b->nforms; f++) {
            const char *t = b->forms[f].text;
            size_t tl = strlen(t);
            int seen = strcmp(t, e->label) == 0 || strchr(t, '|') != NULL;
            /* each form once */
            for (k = 0; !seen && k + tl <= n; k++)
                seen = (k == 0 || out[k - 1] == '|') && strncmp(out + k, t, tl) == 0 &&
                       (out[k + tl] == '|' || out[k + tl] == '\0');
            if (seen)
                continue;
            if (n)
                out[n++] = '|';
            memcpy(out + n, t, tl + 1);
            n += tl;
        }
    }
    return out;
}
