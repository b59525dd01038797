/* evpool.c: the corpus's allocator for evidence arrays (see evpool.h). */
#include "evpool.h"

#include <stdlib.h>
#include <string.h>

/* The capacities: growing by about half keeps the unused tail small; the last is EG_EVIDENCE_MAX. */
static const uint32_t class_cap[EG_EVPOOL_NCLASSES] = {1, 2, 3, 4, 6, 8, 12, 16, 24, 32, 48, 64, EG_EVIDENCE_MAX};

#define BLOCK_BYTES ((size_t)1 << 20)

struct eg_evpool_block {
    eg_evpool_block *next;
    eg_evidence first[];   /* the arrays */
};

static int class_of(size_t n)
{
    int k;
    for (k = 0; k < EG_EVPOOL_NCLASSES; k++)
        if (class_cap[k] >= n)
            return k;
    return -1;
}

void eg_evpool_init(eg_evpool *p) { memset(p, 0, sizeof *p); }

void eg_evpool_release(eg_evpool *p)
{
    while (p->blocks) {
        eg_evpool_block *b = p->blocks;
        p->blocks = b->next;
        free(b);
    }
    eg_evpool_init(p);
}

eg_evidence *eg_evpool_alloc(eg_evpool *p, size_t n, uint32_t *cap)
{
    int k = class_of(n ? n : 1);
    size_t bytes;
    eg_evidence *a;
    if (k < 0) {   /* larger than any class */
        if (n > UINT32_MAX || !(a = malloc(n * sizeof *a)))
            return NULL;
        *cap = (uint32_t)n;
        return a;
    }
    if (p->free[k]) {
        a = p->free[k];
        memcpy(&p->free[k], a, sizeof(void *));
        *cap = class_cap[k];
        return a;
    }
    bytes = class_cap[k] * sizeof *a;
    if (p->left < bytes) {
        eg_evpool_block *b = malloc(BLOCK_BYTES);
        if (!b)
            return NULL;
        b->next = p->blocks;
        p->blocks = b;
        p->next = (char *)b->first;
        p->left = BLOCK_BYTES - offsetof(eg_evpool_block, first);
        /* the rest of the previous block is lost: under one largest array in every megabyte */
    }
    a = (eg_evidence *)p->next;
    p->next += bytes;
    p->left -= bytes;
    *cap = class_cap[k];
    return a;
}

void eg_evpool_free(eg_evpool *p, eg_evidence *a, uint32_t cap)
{
    int k;
    if (!a)
        return;
    k = class_of(cap);
    if (k < 0 || class_cap[k] != cap) {   /* a malloc block */
        free(a);
        return;
    }
    memcpy(a, &p->free[k], sizeof(void *));
    p->free[k] = a;
}

eg_evidence *eg_evpool_grow(eg_evpool *p, eg_evidence *a, uint32_t used, uint32_t *cap)
{
    uint32_t got;
    eg_evidence *b = eg_evpool_alloc(p, (size_t)*cap + 1, &got);
    if (!b)
        return NULL;
    if (used)
        memcpy(b, a, used * sizeof *a);
    eg_evpool_free(p, a, *cap);
    *cap = got;
    return b;
}
