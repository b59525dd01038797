/* buf.h (internal): a growable byte buffer with a hard cap, after curl's dynbuf.
 *
 * The buffer owns its bytes and keeps them NUL-terminated. Growth past `cap` bytes is refused with EG_ELIMIT, so
 * untrusted input can never make it grow without bound. */
#ifndef ENTGRAPH_BUF_H
#define ENTGRAPH_BUF_H

#include <stddef.h>
#include <string.h>
#include "entgraph/error.h"

typedef struct {
    char *data;   /* NUL-terminated when non-NULL */
    size_t len;
    size_t alloc;
    size_t cap;   /* maximum len */
} eg_buf;

void eg_buf_init(eg_buf *b, size_t cap);
void eg_buf_release(eg_buf *b);
void eg_buf_reset(eg_buf *b);   /* len = 0, memory kept */
/* Appends; the common case (room already there) is inline, growth goes through eg_buf_add_grow. */
eg_status eg_buf_add_grow(eg_buf *b, const void *data, size_t len);
static inline eg_status eg_buf_add(eg_buf *b, const void *data, size_t len)
{
    if (b->alloc - b->len > len && b->cap - b->len >= len) {   /* (alloc > len always once data is set) */
        if (len)
            memcpy(b->data + b->len, data, len);
        b->len += len;
        b->data[b->len] = '\0';
        return EG_OK;
    }
    return eg_buf_add_grow(b, data, len);
}
static inline eg_status eg_buf_addc(eg_buf *b, char c)
{
    return eg_buf_add(b, &c, 1);
}
static inline eg_status eg_buf_adds(eg_buf *b, const char *s)
{
    return eg_buf_add(b, s, strlen(s));
}
/* v in decimal, as printf's %llu (without printf's cost: records are full of offsets). */
eg_status eg_buf_addu(eg_buf *b, unsigned long long v);
eg_status eg_buf_printf(eg_buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Hands the bytes to the caller (caller frees; never NULL) and leaves b empty. */
char *eg_buf_detach(eg_buf *b);

#endif
