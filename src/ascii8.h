/* ascii8.h (internal): eight bytes of text at a time. */
#ifndef ENTGRAPH_ASCII8_H
#define ENTGRAPH_ASCII8_H

#include <stdint.h>

/* The high bit of each byte of x (eight bytes loaded with memcpy) that is an ASCII capital 'A'..'Z', the other
 * bits clear. Per byte, with no carry from one byte to the next. */
static inline uint64_t eg_ascii8_upper(uint64_t x)
{
    const uint64_t y = x & 0x7F7F7F7F7F7F7F7FULL;
    return (y + 0x3F3F3F3F3F3F3F3FULL) & ~(y + 0x2525252525252525ULL) & ~x & 0x8080808080808080ULL;
}

#endif
