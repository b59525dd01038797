/* tagger_cache.c: tagging with a memory of words (see eg_tagger_tag_text_cached in entgraph/tagger.h).
 *
 * Most of a token's features depend on the token alone (its word, folded word, shapes, affixes, gazetteer kinds)
 * or on one neighbour alone (the folded word and a shape two tokens either side). For a word seen before, the sum
 * of those weight rows is read from a direct-mapped table keyed by the word's bytes and case flags, instead of
 * hashing a dozen features and reading a dozen rows; only the features of pairs, phrases, flags and position are
 * computed per token. Integer sums do not depend on their order, so the labels are exactly those of the plain
 * path (tagger.c), which the tests check on texts with more words than the table has slots. */
#include "tagger_internal.h"

#include <stdlib.h>
#include <string.h>

#define SLOTS 8192              /* a power of two; about 1.8 MB */
#define KEY_MAX 42              /* longer words are described afresh every time */
/* Flags that, with the bytes, decide a token's own features: the word gate of the affixes, the punctuation gate
 * of the gazetteer look-up, and the case class. */
#define KEY_FLAGS (EG_TOK_WORD | EG_TOK_NUM | EG_TOK_PUNCT | EG_TOK_CAP | EG_TOK_ALLCAPS)

typedef struct {
    uint32_t lower, shape, sshape;         /* the token's hashes (eg_tokf; word is the key's) */
    uint16_t gz, kflags;
    uint16_t len;                          /* of key; 0 for an empty slot */
    char key[KEY_MAX];
    int32_t self[EG_TAGGER_STRIDE];        /* sum of the rows of eg_tagger_features_self */
    int32_t nb[EG_NB_SLOTS][EG_TAGGER_STRIDE];   /* of eg_tagger_features_neighbour, per slot */
} entry;

struct eg_tagger_cache {
    const eg_tagger *tg;
    const eg_gazetteer *gz;
    entry *slots;                               /* owned, SLOTS */
    int32_t edge[EG_NB_SLOTS][EG_TAGGER_STRIDE];  /* what no neighbour (a sentence edge) contributes, per slot */
    eg_tagger_scratch sc;
    uint64_t hash[EG_TAGGER_WINDOW + 2 * EG_TAGGER_CONTEXT];   /* of each token's bytes, in a window */
    uint32_t ids[EG_TAGGER_WINDOW * EG_TAGGER_MAX_FEATS];      /* the pair features of a window's tokens */
    uint16_t nids[EG_TAGGER_WINDOW];
    unsigned long long hits, misses;
};

/* The weight rows and slots a window reads are scattered over megabytes: asking for them all before adding any
 * lets the memory system fetch many at once (one token's worth at a time leaves it waiting). */
#if defined(__GNUC__)
#define PREFETCH(p) __builtin_prefetch(p)
#else
#define PREFETCH(p) ((void)(p))
#endif

static void add_vec(int32_t *acc, const int32_t *v)
{
    unsigned y;
    for (y = 0; y < EG_TAGGER_STRIDE; y++)
        acc[y] += v[y];
}

eg_status eg_tagger_cache_new(eg_tagger_cache **out, const eg_tagger *tg, const eg_gazetteer *gz, eg_error *err)
{
    eg_tagger_cache *c = calloc(1, sizeof *c);
    uint32_t ids[2];
    unsigned s;
    *out = NULL;
    if (c)
        c->slots = calloc(SLOTS, sizeof *c->slots);
    if (!c || !c->slots) {
        eg_tagger_cache_free(c);
        return eg_error_set(err, EG_ENOMEM, "out of memory for the tagger's word cache");
    }
    c->tg = tg;
    c->gz = gz;
    for (s = 0; s < EG_NB_SLOTS; s++)
        eg_tagger_add_rows(tg->w, ids, eg_tagger_features_neighbour(NULL, s, tg->bits, ids), c->edge[s]);
    *out = c;
    return EG_OK;
}

void eg_tagger_cache_free(eg_tagger_cache *c)
{
    if (!c)
        return;
    free(c->slots);
    free(c);
}

void eg_tagger_cache_stats(const eg_tagger_cache *c, unsigned long long *hits, unsigned long long *misses)
{
    *hits = c->hits;
    *misses = c->misses;
}

/* Fills e from token i of t (described into f). */
static void fill(eg_tagger_cache *c, const eg_text *t, size_t i, eg_tokf *f, entry *e)
{
    uint32_t ids[EG_TAGGER_MAX_FEATS];
    unsigned s;
    eg_tagger_describe_token(c->gz, t, i, f);
    e->lower = f->lower;
    e->shape = f->shape;
    e->sshape = f->sshape;
    e->gz = f->gz;
    memset(e->self, 0, sizeof e->self);
    memset(e->nb, 0, sizeof e->nb);
    eg_tagger_add_rows(c->tg->w, ids, eg_tagger_features_self(f, c->tg->bits, ids), e->self);
    for (s = 0; s < EG_NB_SLOTS; s++)
        eg_tagger_add_rows(c->tg->w, ids, eg_tagger_features_neighbour(f, s, c->tg->bits, ids), e->nb[s]);
}

static entry *slot_of(eg_tagger_cache *c, uint64_t h)
{
    return &c->slots[(h ^ (h >> 29)) & (SLOTS - 1)];
}

/* Describes token i, whose bytes hash to h, into f and returns its entry: from the table, or filled in (into the
 * table, or into *tmp for a word too long to keep). */
static const entry *lookup(eg_tagger_cache *c, const eg_text *t, size_t i, uint64_t h, eg_tokf *f, entry *tmp)
{
    const eg_token *tok = &t->toks[i];
    const char *raw = t->src + tok->start;
    size_t n = tok->end - tok->start;
    uint16_t kf = tok->flags & KEY_FLAGS;
    entry *e;
    if (n > KEY_MAX) {
        c->misses++;
        fill(c, t, i, f, tmp);
        return tmp;
    }
    e = slot_of(c, h);
    if (e->len == n && e->kflags == kf && memcmp(e->key, raw, n) == 0) {
        c->hits++;
        f->word = (uint32_t)h;
        f->lower = e->lower;
        f->shape = e->shape;
        f->sshape = e->sshape;
        f->gz = e->gz;
        f->gzb = f->gzi = 0;
        f->flags = tok->flags;
        return e;
    }
    c->misses++;
    fill(c, t, i, f, e);
    e->len = (uint16_t)n;
    e->kflags = kf;
    memcpy(e->key, raw, n);
    return e;
}

/* Tags tokens [a, b) of the sentence [sb, se) into labels[0..b-a), between the labels prev and next (see
 * eg_tagger_next_window). */
static void tag_window(eg_tagger_cache *c, eg_gz_memo *memo, const eg_text *t, size_t sb, size_t se, size_t a,
                       size_t b, unsigned prev, unsigned next, uint8_t *labels)
{
    static const int shift[EG_NB_SLOTS] = {2, 1, -1, -2};   /* a token in slot s of token k + shift[s] */
    eg_tagger_scratch *sc = &c->sc;
    const eg_tagger *tg = c->tg;
    size_t lo, hi, ntf, off, n = b - a, i, j, f;
    unsigned s;
    entry tmp;
    eg_tagger_context(sb, se, a, b, &lo, &hi);
    ntf = hi - lo;
    off = a - lo;
    for (i = 0; i < ntf; i++) {
        const eg_token *tok = &t->toks[lo + i];
        c->hash[i] = eg_tagger_fnv(t->src + tok->start, tok->end - tok->start);
        PREFETCH(slot_of(c, c->hash[i]));
    }
    memset(sc->emit, 0, n * sizeof sc->emit[0]);
    /* each token adds its own sum to itself and its neighbour sums to the tokens around it */
    for (i = 0; i < ntf; i++) {
        const entry *e = lookup(c, t, lo + i, c->hash[i], &sc->tf[i], &tmp);
        sc->tf[i].pos = eg_tagger_pos(lo + i - sb);
        if (i >= off && i < off + n)
            add_vec(sc->emit[i - off], e->self);
        for (s = 0; s < EG_NB_SLOTS; s++) {
            size_t k = i + (size_t)(ptrdiff_t)shift[s];   /* wraps below 0: then never in range */
            if (k >= off && k < off + n)
                add_vec(sc->emit[k - off], e->nb[s]);
        }
    }
    {
        /* the features read phrase marks of the window and of one word either side */
        size_t m0 = a > lo ? a - 1 : a, m1 = b < lo + ntf ? b + 1 : b;
        eg_tagger_mark_phrases(c->gz, memo, t, sb, se, m0, m1, sc->tf + (m0 - lo));
    }
    for (j = 0; j < n; j++) {
        uint32_t *ids = c->ids + j * EG_TAGGER_MAX_FEATS;
        c->nids[j] = (uint16_t)eg_tagger_features_pairs(sc->tf, 0, ntf, off + j, tg->bits, ids);
        for (f = 0; f < c->nids[j]; f++)
            PREFETCH(tg->w + ((size_t)ids[f] << 3));
    }
    for (j = 0; j < n; j++) {
        size_t k = off + j;
        int32_t *acc = sc->emit[j];
        if (k < 2)
            add_vec(acc, c->edge[EG_NB_M2]);
        if (k < 1)
            add_vec(acc, c->edge[EG_NB_M1]);
        if (k + 1 >= ntf)
            add_vec(acc, c->edge[EG_NB_P1]);
        if (k + 2 >= ntf)
            add_vec(acc, c->edge[EG_NB_P2]);
        eg_tagger_add_rows(tg->w, c->ids + j * EG_TAGGER_MAX_FEATS, c->nids[j], acc);
    }
    eg_tagger_viterbi((const int32_t (*)[EG_TAGGER_STRIDE])sc->emit, (const int32_t (*)[EG_TAGGER_STRIDE])tg->trans, n,
                      prev, next, sc->back, labels);
}

eg_status eg_tagger_tag_text_cached(eg_tagger_cache *c, eg_gz_memo *memo, const eg_text *t, uint8_t *labels,
                                    eg_error *err)
{
    size_t i;
    (void)err;
    if (t->ntoks)
        memset(labels, EG_LABEL_O, t->ntoks);
    for (i = 0; i < t->nsents; i++) {
        const eg_sentence *s = &t->sents[i];
        size_t a, b = s->tok_begin;
        unsigned prev, next;
        while ((a = eg_tagger_next_window(t, s->tok_begin, s->tok_end, b, &b, &prev, &next)) < s->tok_end)
            tag_window(c, memo, t, s->tok_begin, s->tok_end, a, b, prev, next, labels + a);
    }
    return EG_OK;
}
