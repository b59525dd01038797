/* evpool.h (internal): the corpus's allocator for evidence arrays.
 *
 * A million articles give about ten million relations, most with one to three sentences: as separate malloc blocks
 * their headers, rounding and doubling cost about 40 % on top of the evidence itself. The pool carves arrays of a
 * few fixed capacities out of large blocks and keeps the freed ones for reuse; larger arrays (only made when
 * resolution merges relations) are plain malloc blocks. An array is returned with the capacity it was given. The
 * pool frees every block at once. Not thread-safe. */
#ifndef ENTGRAPH_EVPOOL_H
#define ENTGRAPH_EVPOOL_H

#include <stddef.h>
#include <stdint.h>
#include "entgraph/corpus.h"

#define EG_EVPOOL_NCLASSES 13

typedef struct eg_evpool_block eg_evpool_block;

typedef struct {
    void *free[EG_EVPOOL_NCLASSES];   /* freed arrays of each capacity, linked through their first bytes */
    char *next;                       /* the unused rest of the newest block */
    size_t left;
    eg_evpool_block *blocks;          /* owned */
} eg_evpool;

void eg_evpool_init(eg_evpool *p);
void eg_evpool_release(eg_evpool *p);   /* frees every array and block */

/* An array that holds at least n evidence; *cap receives its capacity (n rounded up). NULL when out of memory. */
eg_evidence *eg_evpool_alloc(eg_evpool *p, size_t n, uint32_t *cap);
/* Grow a (capacity *cap, holding used; NULL with capacity 0) to the next capacity: the contents move and a returns
 * to the pool. NULL when out of memory (a is kept). */
eg_evidence *eg_evpool_grow(eg_evpool *p, eg_evidence *a, uint32_t used, uint32_t *cap);
/* Return an array of capacity cap (a may be NULL). */
void eg_evpool_free(eg_evpool *p, eg_evidence *a, uint32_t cap);

#endif
