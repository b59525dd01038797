/* jsonrec.c: one JSON Lines record's fields (see jsonrec.h): a one-pass decoder for flat records, jansson for the
 * rest. */
#define _POSIX_C_SOURCE 200809L
#include "jsonrec.h"

#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "entgraph/text.h"

void eg_jsonrec_init(eg_jsonrec *r)
{
    memset(r, 0, sizeof *r);
}

void eg_jsonrec_release(eg_jsonrec *r)
{
    free(r->text);
    free(r->id);
    free(r->date);
    free(r->title);
    free(r->url);
    eg_jsonrec_init(r);
}

/* ---- the fast path ---- */

typedef struct {
    const unsigned char *p, *end;
} cursor;

static void skip_ws(cursor *c)
{
    while (c->p < c->end && (*c->p == ' ' || *c->p == '\t' || *c->p == '\n' || *c->p == '\r'))
        c->p++;
}

static int hex4(const unsigned char *p, unsigned *v)
{
    unsigned i, x = 0;
    for (i = 0; i < 4; i++) {
        unsigned d = p[i];
        if (d >= '0' && d <= '9')
            d -= '0';
        else if (d >= 'a' && d <= 'f')
            d -= 'a' - 10;
        else if (d >= 'A' && d <= 'F')
            d -= 'A' - 10;
        else
            return 0;
        x = x << 4 | d;
    }
    *v = x;
    return 1;
}

/* The string whose opening quote c->p has just passed, decoded into out (when not NULL; room for as many bytes as
 * remain) with its length in *n; c->p ends past the closing quote. 0 on anything jansson would refuse. */
static int string_body(cursor *c, unsigned char *out, size_t *n)
{
    const unsigned char *p = c->p, *end = c->end;
    size_t o = 0;
    while (p < end) {
        unsigned ch = *p;
        if (ch == '"') {
            c->p = p + 1;
            *n = o;
            return 1;
        }
        if (ch < 0x20)
            return 0;
        if (ch < 0x80 && ch != '\\') {
            if (out)
                out[o] = (unsigned char)ch;
            o++;
            p++;
        } else if (ch >= 0x80) {
            /* eg_utf8_decode refuses what jansson does: overlong forms, surrogates, past U+10FFFF */
            uint32_t cp;
            size_t k = eg_utf8_decode(p, (size_t)(end - p), &cp);
            if (cp == (uint32_t)-1)
                return 0;
            if (out)
                memcpy(out + o, p, k);
            o += k;
            p += k;
        } else {
            unsigned cp;
            char tmp[4];   /* where a code point goes when only the length is wanted */
            if (end - p < 2)
                return 0;
            switch (p[1]) {
            case '"': case '\\': case '/': cp = p[1]; break;
            case 'b': cp = '\b'; break;
            case 'f': cp = '\f'; break;
            case 'n': cp = '\n'; break;
            case 'r': cp = '\r'; break;
            case 't': cp = '\t'; break;
            case 'u':
                if (end - p < 6 || !hex4(p + 2, &cp))
                    return 0;
                if (cp >= 0xDC00 && cp <= 0xDFFF)
                    return 0;
                if (cp >= 0xD800 && cp <= 0xDBFF) {
                    unsigned low;
                    if (end - p < 12 || p[6] != '\\' || p[7] != 'u' || !hex4(p + 8, &low) || low < 0xDC00 ||
                        low > 0xDFFF)
                        return 0;
                    cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
                    p += 6;
                }
                p += 4;
                break;
            default:
                return 0;
            }
            p += 2;
            o += eg_utf8_encode(cp, out ? (char *)out + o : tmp);
        }
    }
    return 0;
}

enum { K_OTHER, K_ID, K_TEXT, K_DATE, K_TITLE, K_URL };

/* A key of printable ASCII without escapes, as one of ours; -1 for any other key (then jansson decides). */
static int key(cursor *c)
{
    static const char *const names[] = {"id", "text", "date", "title", "url"};
    const unsigned char *s = c->p;
    size_t n, i;
    while (c->p < c->end && *c->p != '"') {
        if (*c->p < 0x20 || *c->p >= 0x7F || *c->p == '\\')
            return -1;
        c->p++;
    }
    if (c->p == c->end)
        return -1;
    n = (size_t)(c->p - s);
    c->p++;
    for (i = 0; i < sizeof names / sizeof *names; i++)
        if (strlen(names[i]) == n && memcmp(names[i], s, n) == 0)
            return K_ID + (int)i;
    return K_OTHER;
}

/* An integer as jansson reads one (-?(0|[1-9][0-9]*), no fraction or exponent, 18 digits at most so that it
 * always fits); its decimal form (as jansson's value would print) into buf when not NULL. */
static int integer(cursor *c, char *buf)
{
    long long v = 0;
    int neg = 0, digits = 0;
    if (c->p < c->end && *c->p == '-') {
        neg = 1;
        c->p++;
    }
    if (c->p < c->end && *c->p == '0' && c->p + 1 < c->end && c->p[1] >= '0' && c->p[1] <= '9')
        return 0;
    while (c->p < c->end && *c->p >= '0' && *c->p <= '9') {
        if (++digits > 18)
            return 0;
        v = v * 10 + (*c->p - '0');
        c->p++;
    }
    if (!digits || (c->p < c->end && (*c->p == '.' || *c->p == 'e' || *c->p == 'E')))
        return 0;
    if (buf)
        snprintf(buf, 24, "%lld", neg ? -v : v);
    return 1;
}

static int literal(cursor *c)
{
    static const char *const words[] = {"true", "false", "null"};
    size_t i;
    for (i = 0; i < 3; i++) {
        size_t n = strlen(words[i]);
        if ((size_t)(c->end - c->p) >= n && memcmp(c->p, words[i], n) == 0) {
            c->p += n;
            return 1;
        }
    }
    return 0;
}

static char **field(eg_jsonrec *r, int k)
{
    switch (k) {
    case K_ID: return &r->id;
    case K_TEXT: return &r->text;
    case K_DATE: return &r->date;
    case K_TITLE: return &r->title;
    case K_URL: return &r->url;
    default: return NULL;
    }
}

/* One member's value for key k (K_OTHER: checked and dropped). 1 done, 0 give up, -1 out of memory. */
static int value(cursor *c, int k, eg_jsonrec *r)
{
    char **dst = field(r, k);
    if (dst) {
        free(*dst);
        *dst = NULL;
    }
    if (*c->p == '"') {
        unsigned char *buf = NULL;
        size_t n;
        c->p++;
        if (dst && !(buf = malloc((size_t)(c->end - c->p) + 1)))
            return -1;
        if (!string_body(c, buf, &n)) {
            free(buf);
            return 0;
        }
        if (buf) {
            unsigned char *shrunk;
            buf[n] = '\0';
            if (k == K_TEXT)
                r->len = n;
            else
                n = strlen((const char *)buf);   /* jansson's C string ends at a NUL */
            shrunk = realloc(buf, n + 1);
            *dst = (char *)(shrunk ? shrunk : buf);
        }
        return 1;
    }
    if (*c->p == '-' || (*c->p >= '0' && *c->p <= '9')) {
        char num[24];
        if (!integer(c, k == K_ID ? num : NULL))
            return 0;
        if (k == K_ID && !(*dst = strdup(num)))
            return -1;
        return 1;
    }
    return literal(c);
}

int eg_jsonrec_fast(const char *data, size_t len, eg_jsonrec *r)
{
    cursor c = {(const unsigned char *)data, (const unsigned char *)data + len};
    int ret = 0;
    eg_jsonrec_init(r);
    skip_ws(&c);
    if (c.p == c.end || *c.p++ != '{')
        goto done;
    skip_ws(&c);
    for (;;) {
        int k;
        if (c.p == c.end || *c.p++ != '"' || (k = key(&c)) < 0)
            goto done;
        skip_ws(&c);
        if (c.p == c.end || *c.p++ != ':')
            goto done;
        skip_ws(&c);
        if (c.p == c.end || (ret = value(&c, k, r)) != 1)
            goto done;
        ret = 0;
        skip_ws(&c);
        if (c.p == c.end)
            goto done;
        if (*c.p == '}')
            break;
        if (*c.p++ != ',')
            goto done;
        skip_ws(&c);
    }
    c.p++;
    skip_ws(&c);
    /* a record without a string "text" is an error, worded by jansson's path */
    if (c.p == c.end && r->text)
        ret = 1;
done:
    if (ret != 1)
        eg_jsonrec_release(r);
    return ret;
}

/* ---- jansson ---- */

static int copy_string(json_t *obj, const char *key, char **dst)
{
    json_t *v = json_object_get(obj, key);
    if (!json_is_string(v))
        return 1;
    *dst = strdup(json_string_value(v));
    return *dst != NULL;
}

eg_status eg_jsonrec_jansson(const char *data, size_t len, eg_jsonrec *r, eg_error *err)
{
    eg_status ret = EG_OK;
    json_error_t jerr;
    json_t *root, *id, *text;
    eg_jsonrec_init(r);
    root = json_loadb(data, len, JSON_ALLOW_NUL, &jerr);
    if (!root) {
        ret = eg_error_set(err, EG_EFORMAT, "not JSON: %s", jerr.text);
        goto cleanup;
    }
    id = json_object_get(root, "id");
    text = json_object_get(root, "text");
    if (!json_is_object(root) || !json_is_string(text)) {
        ret = eg_error_set(err, EG_EFORMAT, "a record needs a string \"text\"");
        goto cleanup;
    }
    r->len = json_string_length(text);
    r->text = malloc(r->len + 1);
    if (!r->text)
        goto oom;
    memcpy(r->text, json_string_value(text), r->len);
    r->text[r->len] = '\0';
    if (json_is_integer(id)) {
        char num[24];
        snprintf(num, sizeof num, "%lld", (long long)json_integer_value(id));
        if (!(r->id = strdup(num)))
            goto oom;
    } else if (!copy_string(root, "id", &r->id))
        goto oom;
    if (!copy_string(root, "date", &r->date) || !copy_string(root, "title", &r->title) ||
        !copy_string(root, "url", &r->url))
        goto oom;
    goto cleanup;
oom:
    ret = eg_error_set(err, EG_ENOMEM, "out of memory");
cleanup:
    if (ret != EG_OK)
        eg_jsonrec_release(r);
    json_decref(root);
    return ret;
}

eg_status eg_jsonrec_decode(const char *data, size_t len, eg_jsonrec *r, eg_error *err)
{
    int fast = eg_jsonrec_fast(data, len, r);
    if (fast == 1)
        return EG_OK;
    if (fast < 0)
        return eg_error_set(err, EG_ENOMEM, "out of memory");
    return eg_jsonrec_jansson(data, len, r, err);
}
