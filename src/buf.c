/* buf.c: capped growable buffer (see buf.h). */
#include "buf.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void eg_buf_init(eg_buf *b, size_t cap)
{
    b->data = NULL;
    b->len = b->alloc = 0;
    b->cap = cap;
}

void eg_buf_release(eg_buf *b)
{
    free(b->data);
    eg_buf_init(b, b->cap);
}

void eg_buf_reset(eg_buf *b)
{
    b->len = 0;
    if (b->data)
        b->data[0] = '\0';
}

static eg_status grow(eg_buf *b, size_t extra)
{
    size_t need, n;
    char *p;
    if (extra > b->cap || b->len > b->cap - extra)
        return EG_ELIMIT;
    need = b->len + extra + 1;
    if (need <= b->alloc)
        return EG_OK;
    n = b->alloc ? b->alloc : 64;
    while (n < need)
        n = n > SIZE_MAX / 2 ? need : n * 2;
    p = realloc(b->data, n);
    if (!p)
        return EG_ENOMEM;
    b->data = p;
    b->alloc = n;
    return EG_OK;
}

eg_status eg_buf_add_grow(eg_buf *b, const void *data, size_t len)
{
    eg_status ret = grow(b, len);
    if (ret != EG_OK)
        return ret;
    if (len)
        memcpy(b->data + b->len, data, len);
    b->len += len;
    b->data[b->len] = '\0';
    return EG_OK;
}

eg_status eg_buf_addu(eg_buf *b, unsigned long long v)
{
    char tmp[24];
    size_t i = sizeof tmp;
    do {
        tmp[--i] = (char)('0' + v % 10);
        v /= 10;
    } while (v);
    return eg_buf_add(b, tmp + i, sizeof tmp - i);
}

eg_status eg_buf_printf(eg_buf *b, const char *fmt, ...)
{
    va_list ap;
    int n;
    eg_status ret;
    char small[256];
    va_start(ap, fmt);
    n = vsnprintf(small, sizeof small, fmt, ap);
    va_end(ap);
    if (n < 0)
        return EG_EINVAL;
    if ((size_t)n < sizeof small)
        return eg_buf_add(b, small, (size_t)n);
    ret = grow(b, (size_t)n);
    if (ret != EG_OK)
        return ret;
    va_start(ap, fmt);
    vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
    va_end(ap);
    b->len += (size_t)n;
    return EG_OK;
}

char *eg_buf_detach(eg_buf *b)
{
    char *p = b->data;
    if (!p) {
        p = malloc(1);
        if (p)
            p[0] = '\0';
    }
    eg_buf_init(b, b->cap);
    return p;
}
