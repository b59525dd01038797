/* escape.c: XML and HTML escaping (see escape.h). */
#include "escape.h"

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
