/* strtab.h (internal): a string-keyed hash table mapping byte strings to 32-bit values.
 *
 * Open addressing with linear probing over hash tags; keys are copied into chunks owned by the table and stay at the same
 * address for the table's lifetime, so eg_strtab_key pointers may be kept. Used by the gazetteer and the corpus. */
#ifndef ENTGRAPH_STRTAB_H
#define ENTGRAPH_STRTAB_H

#include <stddef.h>
#include <stdint.h>
#include "entgraph/error.h"

/* Probing reads only the slots (8 bytes each, so more of them share a cache line); the key is compared only when
 * the tag, 31 bits of the hash, matches. */
typedef struct {
    uint32_t tag;      /* 0 for an empty slot */
    uint32_t val;
} eg_strtab_slot;

typedef struct {
    const char *key;   /* the stable copy, in the chunks */
    uint32_t len;
} eg_strtab_key;

typedef struct eg_strtab_chunk eg_strtab_chunk;

typedef struct {
    eg_strtab_slot *slots;
    eg_strtab_key *keys;   /* parallel to slots */
    size_t nslots, count;
    eg_strtab_chunk *chunks;
} eg_strtab;

void eg_strtab_init(eg_strtab *t);
void eg_strtab_release(eg_strtab *t);
/* Look up key; returns 1 and sets *val when present. */
int eg_strtab_get(const eg_strtab *t, const char *key, size_t len, uint32_t *val);
/* Insert key -> val unless present. *existing (may be NULL) receives the value in the table afterwards, and the
 * return is EG_OK either way (check *inserted). The stable copy of the key is returned through *stored (may be
 * NULL). */
eg_status eg_strtab_put(eg_strtab *t, const char *key, size_t len, uint32_t val, int *inserted, uint32_t *existing,
                        const char **stored);
/* Replace the value of an existing key; returns 0 when absent. */
int eg_strtab_set(eg_strtab *t, const char *key, size_t len, uint32_t val);
uint64_t eg_strtab_hash(const char *key, size_t len);

/* A cheap slot (0 to 2^bits - 1) of the word w[0..n) from its length and three of its bytes, for filters that
 * answer "certainly not here" before any hashing or comparing. */
static inline size_t eg_word_slot(const char *w, size_t n, unsigned bits)
{
    uint32_t x;
    if (n == 0)
        return 0;
    x = (uint32_t)n * 0x9E3779B1u ^ (unsigned char)w[0] * 0x85EBCA77u ^ (unsigned char)w[n > 1] * 0xC2B2AE3Du ^
        (unsigned char)w[n - 1] * 0x27D4EB2Fu;
    return (x ^ (x >> 15)) & (((size_t)1 << bits) - 1);
}

/* A fixed set of short words, each with a bit mask: the rules test a word against many small lists, and one
 * look-up here answers all of them. Filled once (by one thread, e.g. under pthread_once), then read by any number
 * of threads. No allocation: the words are borrowed (string literals). */
#define EG_WORDSET_SLOTS 2048
typedef struct {
    const char *word;   /* NULL for an empty slot */
    uint32_t len;
    uint64_t bits;
} eg_wordset_slot;

#define EG_WORDSET_FILTER_BITS 14
typedef struct {
    eg_wordset_slot slots[EG_WORDSET_SLOTS];
    size_t count;
    uint64_t filter[((size_t)1 << EG_WORDSET_FILTER_BITS) / 64];   /* eg_word_slot of every word, as bits */
} eg_wordset;

void eg_wordset_init(eg_wordset *s);
/* Adds bits to the mask of each word of a NULL-terminated list. EG_ELIMIT when the set would be over half full. */
eg_status eg_wordset_add(eg_wordset *s, const char *const *words, uint64_t bits);
/* The mask of word[0..len), 0 when it is not in the set. */
uint64_t eg_wordset_get(const eg_wordset *s, const char *word, size_t len);

#endif
