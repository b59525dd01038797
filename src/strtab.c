/* strtab.c: string hash table (see strtab.h). FNV-1a hashing, power-of-two table, load factor <= 1/2; slots hold a
 * tag and the value, the keys lie in a parallel array read only when a tag matches. */
#include "strtab.h"

#include <stdlib.h>
#include <string.h>

#define CHUNK_SIZE 65536

struct eg_strtab_chunk {
    eg_strtab_chunk *next;
    size_t used, size;
    char data[];
};

void eg_strtab_init(eg_strtab *t)
{
    memset(t, 0, sizeof *t);
}

void eg_strtab_release(eg_strtab *t)
{
    eg_strtab_chunk *c = t->chunks;
    while (c) {
        eg_strtab_chunk *n = c->next;
        free(c);
        c = n;
    }
    free(t->slots);
    free(t->keys);
    eg_strtab_init(t);
}

uint64_t eg_strtab_hash(const char *key, size_t len)
{
    uint64_t h = 1469598103934665603ULL;
    size_t i;
    for (i = 0; i < len; i++) {
        h ^= (unsigned char)key[i];
        h *= 1099511628211ULL;
    }
    return h ^ (h >> 29);
}

/* A slot's tag: high bits of the hash (the low bits pick the slot), never 0. */
static uint32_t tag_of(uint64_t h)
{
    return (uint32_t)(h >> 32) | 1u;
}

static size_t find(const eg_strtab *t, uint64_t h, const char *key, size_t len)
{
    size_t mask = t->nslots - 1, i = (size_t)h & mask;
    uint32_t tag = tag_of(h);
    for (;;) {
        const eg_strtab_slot *s = &t->slots[i];
        if (!s->tag || (s->tag == tag && t->keys[i].len == len && memcmp(t->keys[i].key, key, len) == 0))
            return i;
        i = (i + 1) & mask;
    }
}

int eg_strtab_get(const eg_strtab *t, const char *key, size_t len, uint32_t *val)
{
    size_t i;
    if (!t->nslots)
        return 0;
    i = find(t, eg_strtab_hash(key, len), key, len);
    if (!t->slots[i].tag)
        return 0;
    if (val)
        *val = t->slots[i].val;
    return 1;
}

int eg_strtab_set(eg_strtab *t, const char *key, size_t len, uint32_t val)
{
    size_t i;
    if (!t->nslots)
        return 0;
    i = find(t, eg_strtab_hash(key, len), key, len);
    if (!t->slots[i].tag)
        return 0;
    t->slots[i].val = val;
    return 1;
}

static eg_status rehash(eg_strtab *t)
{
    size_t n = t->nslots ? t->nslots * 2 : 64, i;
    eg_strtab_slot *old = t->slots, *ns = calloc(n, sizeof *ns);
    eg_strtab_key *oldk = t->keys, *nk = malloc(n * sizeof *nk);
    size_t oldn = t->nslots;
    if (!ns || !nk) {
        free(ns);
        free(nk);
        return EG_ENOMEM;
    }
    t->slots = ns;
    t->keys = nk;
    t->nslots = n;
    for (i = 0; i < oldn; i++) {
        if (old[i].tag) {
            /* keys are distinct: this finds the first free slot of the key's probe sequence */
            size_t j = find(t, eg_strtab_hash(oldk[i].key, oldk[i].len), oldk[i].key, oldk[i].len);
            t->slots[j] = old[i];
            t->keys[j] = oldk[i];
        }
    }
    free(old);
    free(oldk);
    return EG_OK;
}

static const char *store_key(eg_strtab *t, const char *key, size_t len)
{
    eg_strtab_chunk *c = t->chunks;
    char *p;
    if (!c || c->size - c->used < len + 1) {
        size_t size = len + 1 > CHUNK_SIZE ? len + 1 : CHUNK_SIZE;
        c = malloc(sizeof *c + size);
        if (!c)
            return NULL;
        c->used = 0;
        c->size = size;
        c->next = t->chunks;
        t->chunks = c;
    }
    p = c->data + c->used;
    memcpy(p, key, len);
    p[len] = '\0';
    c->used += len + 1;
    return p;
}

eg_status eg_strtab_put(eg_strtab *t, const char *key, size_t len, uint32_t val, int *inserted, uint32_t *existing,
                        const char **stored)
{
    uint64_t h = eg_strtab_hash(key, len);
    size_t i;
    eg_strtab_slot *s;
    if (len > UINT32_MAX)
        return EG_ELIMIT;
    if ((t->count + 1) * 2 > t->nslots && rehash(t) != EG_OK)
        return EG_ENOMEM;
    i = find(t, h, key, len);
    s = &t->slots[i];
    if (s->tag) {
        if (inserted)
            *inserted = 0;
        if (existing)
            *existing = s->val;
        if (stored)
            *stored = t->keys[i].key;
        return EG_OK;
    }
    t->keys[i].key = store_key(t, key, len);
    if (!t->keys[i].key)
        return EG_ENOMEM;
    t->keys[i].len = (uint32_t)len;
    s->tag = tag_of(h);
    s->val = val;
    t->count++;
    if (inserted)
        *inserted = 1;
    if (existing)
        *existing = val;
    if (stored)
        *stored = t->keys[i].key;
    return EG_OK;
}

void eg_wordset_init(eg_wordset *s)
{
    memset(s, 0, sizeof *s);
}

eg_status eg_wordset_add(eg_wordset *s, const char *const *words, uint64_t bits)
{
    for (; *words; words++) {
        size_t len = strlen(*words), i = (size_t)eg_strtab_hash(*words, len) & (EG_WORDSET_SLOTS - 1);
        eg_wordset_slot *sl;
        for (;;) {
            sl = &s->slots[i];
            if (!sl->word || (sl->len == len && memcmp(sl->word, *words, len) == 0))
                break;
            i = (i + 1) & (EG_WORDSET_SLOTS - 1);
        }
        if (!sl->word) {
            if ((s->count + 1) * 2 > EG_WORDSET_SLOTS)
                return EG_ELIMIT;
            sl->word = *words;
            sl->len = (uint32_t)len;
            s->count++;
        }
        sl->bits |= bits;
        i = eg_word_slot(*words, len, EG_WORDSET_FILTER_BITS);
        s->filter[i / 64] |= (uint64_t)1 << (i % 64);
    }
    return EG_OK;
}

uint64_t eg_wordset_get(const eg_wordset *s, const char *word, size_t len)
{
    size_t i = eg_word_slot(word, len, EG_WORDSET_FILTER_BITS);
    if (!(s->filter[i / 64] & ((uint64_t)1 << (i % 64))))
        return 0;   /* most words of a text are in no list */
    i = (size_t)eg_strtab_hash(word, len) & (EG_WORDSET_SLOTS - 1);
    for (;;) {
        const eg_wordset_slot *sl = &s->slots[i];
        if (!sl->word)
            return 0;
        if (sl->len == len && memcmp(sl->word, word, len) == 0)
            return sl->bits;
        i = (i + 1) & (EG_WORDSET_SLOTS - 1);
    }
}
