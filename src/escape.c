/* escape.c: XML and HTML escaping (see escape.h). */
#include "escape.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "entgraph/corpus.h"

eg_status eg_markup_escape(eg_buf *b, const char *s, size_t max)
{
    eg_status ret = EG_OK;
    char *clean = eg_clean_text(s, strlen(s), max);
    const char *p, *run;
    if (!clean)
        return EG_ENOMEM;
    for (p = run = clean; *p && ret == EG_OK; p++) {
        const char *rep;
        switch (*p) {
        case '&': rep = "&amp;"; break;
        case '<': rep = "&lt;"; break;
        case '>': rep = "&gt;"; break;
        case '"': rep = "&quot;"; break;
        case '\'': rep = "&#39;"; break;
        default: continue;
        }
        if ((ret = eg_buf_add(b, run, (size_t)(p - run))) == EG_OK)
            ret = eg_buf_adds(b, rep);
        run = p + 1;
    }
    if (ret == EG_OK)
        ret = eg_buf_add(b, run, strlen(run));
    free(clean);
    return ret;
}

char *eg_markup_escape_new(const char *s, size_t max)
{
    eg_buf b;
    eg_buf_init(&b, 6 * max + 64);
    if (eg_markup_escape(&b, s, max) != EG_OK) {
        eg_buf_release(&b);
        return NULL;
    }
    return eg_buf_detach(&b);
}

eg_status eg_json_put_str(eg_buf *b, const char *s, size_t n)
{
    size_t i, run = 0;
    eg_status st = eg_buf_addc(b, '"');
    for (i = 0; i < n && st == EG_OK; i++) {
        unsigned char ch = (unsigned char)s[i];
        const char *esc = NULL;
        char u[8];
        switch (ch) {
        case '"': esc = "\\\""; break;
        case '\\': esc = "\\\\"; break;
        case '\b': esc = "\\b"; break;
        case '\f': esc = "\\f"; break;
        case '\n': esc = "\\n"; break;
        case '\r': esc = "\\r"; break;
        case '\t': esc = "\\t"; break;
        default:
            if (ch < 0x20 || ch == 0x7F) {
                snprintf(u, sizeof u, "\\u%04X", ch);
                esc = u;
            }
        }
        if (!esc)
            continue;
        /* the plain bytes before this one, then its escape */
        if ((st = eg_buf_add(b, s + run, i - run)) == EG_OK)
            st = eg_buf_adds(b, esc);
        run = i + 1;
    }
    if (st == EG_OK)
        st = eg_buf_add(b, s + run, n - run);
    return st == EG_OK ? eg_buf_addc(b, '"') : st;
}
