/* isojson.c: the lists of Debian's iso-codes JSON files, read without building a tree (see isojson.h). */
#include "isojson.h"

#include <errno.h>
#include <jansson.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "entgraph/text.h"

const char *eg_isojson_get(const eg_isojson_obj *o, const char *key)
{
    size_t i;
    for (i = o->n; i-- > 0;)
        if (strcmp(o->key[i], key) == 0)
            return o->val[i];
    return NULL;
}

/* ---- the scanner: {"LIST": [{"k": "v", ...}, ...]} and nothing else ---- */

typedef struct {
    char *p, *end;
    int emit;            /* second pass: cut the strings and call fn (the first only checks) */
    eg_isojson_fn fn;
    void *ctx;
    eg_status status;    /* fn's first error */
} scan;

static void skip_ws(scan *s)
{
    while (s->p < s->end && (*s->p == ' ' || *s->p == '\n' || *s->p == '\t' || *s->p == '\r'))
        s->p++;
}

static int lit(scan *s, char ch)
{
    skip_ws(s);
    if (s->p < s->end && *s->p == ch) {
        s->p++;
        return 1;
    }
    return 0;
}

/* A string with no escape and no control byte, in valid UTF-8: its bytes start at *out; cut at its closing quote
 * in the second pass. */
static int string(scan *s, char **out)
{
    skip_ws(s);
    if (s->p >= s->end || *s->p != '"')
        return 0;
    *out = ++s->p;
    while (s->p < s->end) {
        unsigned char b = (unsigned char)*s->p;
        uint32_t cp;
        size_t k;
        if (b == '"') {
            if (s->emit)
                *s->p = '\0';
            s->p++;
            return 1;
        }
        if (b == '\\' || b < 0x20)
            return 0;
        if (b < 0x80) {
            s->p++;
            continue;
        }
        k = eg_utf8_decode((const unsigned char *)s->p, (size_t)(s->end - s->p), &cp);
        if (cp == (uint32_t)-1)
            return 0;
        s->p += k;
    }
    return 0;
}

static int object(scan *s)
{
    eg_isojson_obj o;
    o.n = 0;
    if (!lit(s, '{'))
        return 0;
    if (!lit(s, '}')) {
        for (;;) {
            char *k, *v;
            size_t i = 0;
            if (o.n == EG_ISOJSON_FIELDS || !string(s, &k) || !lit(s, ':') || !string(s, &v))
                return 0;
            /* a repeated key keeps its place and takes the last value, as in jansson (the strings are cut only
             * in the second pass, where this matters) */
            if (s->emit)
                while (i < o.n && strcmp(o.key[i], k) != 0)
                    i++;
            else
                i = o.n;
            if (i == o.n)
                o.key[o.n++] = k;
            o.val[i] = v;
            if (lit(s, ','))
                continue;
            if (lit(s, '}'))
                break;
            return 0;
        }
    }
    if (s->emit && s->status == EG_OK)
        s->status = s->fn(s->ctx, &o);
    return 1;
}

static int document(scan *s, const char *list)
{
    char *key;
    if (!lit(s, '{') || !string(s, &key) || !lit(s, ':'))
        return 0;
    /* the first pass has not cut the key: compare up to its closing quote */
    if (strncmp(key, list, strlen(list)) != 0 || (key[strlen(list)] != '"' && key[strlen(list)] != '\0'))
        return 0;
    if (!lit(s, '['))
        return 0;
    if (!lit(s, ']')) {
        for (;;) {
            if (!object(s))
                return 0;
            if (lit(s, ','))
                continue;
            if (lit(s, ']'))
                break;
            return 0;
        }
    }
    if (!lit(s, '}'))
        return 0;
    skip_ws(s);
    return s->p == s->end;
}

/* ---- jansson, for anything else ---- */

static eg_status with_jansson(const char *data, size_t len, const char *name, const char *list, eg_isojson_fn fn,
                              void *ctx, eg_error *err)
{
    eg_status ret = EG_OK;
    json_error_t jerr;
    json_t *root = json_loadb(data, len, 0, &jerr), *arr, *el;
    size_t i;
    if (!root)
        return eg_error_set(err, EG_EFORMAT, "%s: %s (install Debian's iso-codes package)", name, jerr.text);
    arr = json_object_get(root, list);
    if (!json_is_array(arr))
        ret = eg_error_set(err, EG_EFORMAT, "%s: no \"%s\" list", name, list);
    json_array_foreach(arr, i, el) {
        eg_isojson_obj o;
        const char *k;
        json_t *v;
        o.n = 0;
        json_object_foreach(el, k, v) {
            if (json_is_string(v) && o.n < EG_ISOJSON_FIELDS) {
                o.key[o.n] = k;
                o.val[o.n++] = json_string_value(v);
            }
        }
        if (ret == EG_OK)
            ret = fn(ctx, &o);
    }
    json_decref(root);
    return ret;
}

eg_status eg_isojson_each_buf(char *data, size_t len, const char *name, const char *list, eg_isojson_fn fn,
                              void *ctx, eg_error *err)
{
    scan s = {data, data + len, 0, fn, ctx, EG_OK};
    if (!document(&s, list))
        return with_jansson(data, len, name, list, fn, ctx, err);
    s.p = data;
    s.emit = 1;
    document(&s, list);
    return s.status;
}

eg_status eg_isojson_each(const char *path, const char *list, eg_isojson_fn fn, void *ctx, eg_error *err)
{
    eg_status ret;
    FILE *fp = fopen(path, "rb");
    char *data = NULL;
    size_t len = 0, cap = 0, got;
    if (!fp)
        return eg_error_set(err, EG_EIO, "%s: %s (install Debian's iso-codes package)", path, strerror(errno));
    /* read to the end, whatever the file is (a pipe, a file that reports no size) */
    do {
        if (cap - len < 65536) {
            char *p = realloc(data, cap ? cap * 2 : 1 << 20);
            if (!p) {
                ret = eg_error_set(err, EG_ENOMEM, "out of memory");
                goto cleanup;
            }
            data = p;
            cap = cap ? cap * 2 : 1 << 20;
        }
        got = fread(data + len, 1, cap - len - 1, fp);
        len += got;
    } while (got > 0);
    if (ferror(fp)) {
        ret = eg_error_set(err, EG_EIO, "%s: cannot read: %s", path, strerror(errno));
        goto cleanup;
    }
    data[len] = '\0';
    ret = eg_isojson_each_buf(data, len, path, list, fn, ctx, err);
cleanup:
    free(data);
    fclose(fp);
    return ret;
}
