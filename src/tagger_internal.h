/* tagger_internal.h (internal): what the tagger (tagger.c), its feature extractor (tagger_features.c), its trainer
 * (tagger_train.c) and the unit tests share: token descriptions, feature hashing, Viterbi and the model image. */
#ifndef ENTGRAPH_TAGGER_INTERNAL_H
#define ENTGRAPH_TAGGER_INTERNAL_H

#include <stddef.h>
#include <stdint.h>
#include "buf.h"
#include "entgraph/tagger.h"

#define EG_TAGGER_STRIDE 8          /* labels per weight row (7 used, padded for alignment) */
#define EG_TAGGER_START 7           /* the "previous label" before a sentence's first token */
#define EG_TAGGER_END 7             /* the "next label" after its last */
#define EG_TAGGER_HEADER 64
#define EG_TAGGER_TRANS_BYTES (EG_TAGGER_STRIDE * EG_TAGGER_STRIDE * 4)
#define EG_TAGGER_WEIGHTS_OFF (EG_TAGGER_HEADER + EG_TAGGER_TRANS_BYTES)
#define EG_TAGGER_MIN_BITS 10
#define EG_TAGGER_MAX_BITS 24
#define EG_TAGGER_MAX_FEATS 128     /* features of one token, at most (109 when every gazetteer kind fires) */
#define EG_TAGGER_CONTEXT 2         /* neighbours seen on each side */
#define EG_TAGGER_MAX_PHRASE 6      /* longest gazetteer phrase (in tokens) the features look for */

/* What the features need to know of one token: hashes of its strings (low 32 bits of 64-bit FNV-1a), its
 * gazetteer kinds and flags. Computed once per token per sentence. */
typedef struct {
    uint32_t word, lower, shape, sshape;  /* surface, folded, shape ("Xxxx"), short shape ("Xx") */
    uint32_t pre[4], suf[4];              /* first / last 1..4 bytes of the folded form; 0 when not a boundary */
    uint16_t gz;                          /* kinds (EG_GZ_*) of the token alone */
    uint16_t gzb, gzi;                    /* kinds of multi-token phrases that begin at / continue over it */
    uint16_t flags;                       /* EG_TOK_* */
    uint16_t pos;                         /* index in its sentence (saturated) */
} eg_tokf;

/* Scratch for one window; on the stack of eg_tagger_tag, in the trainer's heap. */
typedef struct {
    eg_tokf tf[EG_TAGGER_WINDOW + 2 * EG_TAGGER_CONTEXT];
    int32_t emit[EG_TAGGER_WINDOW][EG_TAGGER_STRIDE];
    uint8_t back[EG_TAGGER_WINDOW][EG_TAGGER_STRIDE];
} eg_tagger_scratch;

struct eg_tagger {
    unsigned char *image;   /* the file bytes, 64-byte aligned (owned) */
    size_t size;
    int mapped;             /* image is an anonymous mapping (munmap), not aligned_alloc memory (free) */
    unsigned bits;
    const int16_t *w;       /* [2^bits][8] in host order: into image on little-endian hosts, else `swapped` */
    int16_t *swapped;       /* owned; big-endian hosts only */
    int32_t trans[EG_TAGGER_STRIDE][EG_TAGGER_STRIDE];
};

/* 64-bit FNV-1a. */
uint64_t eg_tagger_fnv(const char *s, size_t n);
/* The feature id of template tmpl with values a and b (64 bits; the bucket is its top `bits` bits). */
static inline uint64_t eg_tagger_feature(uint32_t tmpl, uint64_t a, uint64_t b)
{
    uint64_t h = (a ^ ((uint64_t)(tmpl + 1) * 0x9E3779B97F4A7C15ULL)) * 0xC2B2AE3D27D4EB4FULL + b;
    h ^= h >> 33;
    h *= 0xFF51AFD7ED558CCDULL;
    h ^= h >> 33;
    h *= 0xC4CEB9FE1A85EC53ULL;
    h ^= h >> 33;
    return h;
}

/* The tokens a window [a, b) of the sentence [sb, se) sees: itself and EG_TAGGER_CONTEXT neighbours on each side,
 * clipped to the sentence, as [*lo, *hi). */
static inline void eg_tagger_context(size_t sb, size_t se, size_t a, size_t b, size_t *lo, size_t *hi)
{
    *lo = a >= sb + EG_TAGGER_CONTEXT ? a - EG_TAGGER_CONTEXT : sb;
    *hi = b + EG_TAGGER_CONTEXT <= se ? b + EG_TAGGER_CONTEXT : se;
}

/* Adds the weight rows of the n feature buckets ids to acc (one token's emission scores). */
static inline void eg_tagger_add_rows(const int16_t *w, const uint32_t *ids, size_t n, int32_t *acc)
{
    size_t f;
    unsigned y;
    for (f = 0; f < n; f++) {
        const int16_t *row = w + ((size_t)ids[f] << 3);
        for (y = 0; y < EG_TAGGER_STRIDE; y++)
            acc[y] += row[y];
    }
}

/* The end (exclusive) of the window that starts at token a of a sentence ending at se: se when at most
 * EG_TAGGER_WINDOW tokens remain, else a cut before a punctuation or lower-case token in the second half. */
size_t eg_tagger_window_end(const eg_text *t, size_t a, size_t se);

/* What tagging looks at in the sentence [sb, se) from token `from` on: returns the start of the next window and
 * sets *end (se and se when none is left). Names are written with capitals: a window holds the words with a
 * capital letter, each with EG_TAGGER_MARGIN words either side, cut as eg_tagger_window_end when longer than
 * EG_TAGGER_WINDOW; the other words are O. *prev and *next are the labels assumed around it for Viterbi:
 * EG_TAGGER_START / EG_TAGGER_END at the sentence's edges and at cuts, EG_LABEL_O next to words left O. */
#define EG_TAGGER_MARGIN 1
size_t eg_tagger_next_window(const eg_text *t, size_t sb, size_t se, size_t from, size_t *end, unsigned *prev,
                             unsigned *next);

/* Describes the window [a, b) of the sentence [sb, se) with its context, tokens [a - 2, b + 2) clipped to the
 * sentence, into tf (tf[0] is token max(a - 2, sb); *ntf receives the count); returns the index in tf of token a.
 * Gazetteer phrases are matched within [pa, pb) (see eg_tagger_mark_phrases): the sentence when tagging, the
 * window [a, b) when training. */
size_t eg_tagger_describe(const eg_gazetteer *gz, const eg_text *t, size_t sb, size_t se, size_t a, size_t b,
                          size_t pa, size_t pb, eg_tokf *tf, size_t *ntf);

/* Token i of t alone (hashes, flags, single-word gazetteer kinds); pos, gzb and gzi are left 0. */
void eg_tagger_describe_token(const eg_gazetteer *gz, const eg_text *t, size_t i, eg_tokf *f);

/* Marks on the tokens [lo, hi) described in tf (tf[0] is token lo) the multi-token gazetteer phrases that cover
 * them among those of [pa, pb): the longest phrase starting at each word, at most EG_TAGGER_MAX_PHRASE tokens,
 * within [pa, pb). Tagging passes the sentence, so that a window cut out of it sees the phrases that reach past
 * its edges as the whole sentence does; training passes its window. memo (may be NULL) is the document's
 * gazetteer memo, reset for t; the answer is the same with or without it. */
void eg_tagger_mark_phrases(const eg_gazetteer *gz, eg_gz_memo *memo, const eg_text *t, size_t pa, size_t pb,
                            size_t lo, size_t hi, eg_tokf *tf);

/* A token's position feature value: its index in its sentence, saturated. */
static inline uint16_t eg_tagger_pos(size_t i)
{
    return (uint16_t)(i < 0xFFFF ? i : 0xFFFF);
}

/* Feature buckets of the token tf[k] whose sentence neighbours are tf[lo..hi) (lo <= k < hi), written to out
 * (at most EG_TAGGER_MAX_FEATS). Returns the count. They are the union of three parts, which the word cache
 * (tagger_cache.c) keeps apart: */
size_t eg_tagger_features(const eg_tokf *tf, size_t lo, size_t hi, size_t k, unsigned bits, uint32_t *out);
/* 1. what depends on the token alone (its strings, its case and single-word gazetteer kinds): bias, word, lower,
 *    shapes, prefixes and suffixes, gz and gz|case; */
size_t eg_tagger_features_self(const eg_tokf *f, unsigned bits, uint32_t *out);
/* 2. what one neighbour contributes alone (two features each) from where it stands: f seen at offset -2, -1, +1
 *    or +2 (slot) of the token tagged, or f NULL for no token there (past the sentence's edge); */
enum { EG_NB_M2, EG_NB_M1, EG_NB_P1, EG_NB_P2, EG_NB_SLOTS };
size_t eg_tagger_features_neighbour(const eg_tokf *f, unsigned slot, unsigned bits, uint32_t *out);
/* 3. the rest: pairs of words and shapes, phrase and neighbour gazetteer kinds, flags and position. */
size_t eg_tagger_features_pairs(const eg_tokf *tf, size_t lo, size_t hi, size_t k, unsigned bits, uint32_t *out);

/* The same features as readable strings ("lower=okafor", "suf2=or", ...), one per line, appended to out, computed
 * from the token strings by a separate slow path; ids[] (may be NULL, room for EG_TAGGER_MAX_FEATS) receives their
 * buckets, so a test can check that both paths agree. Returns the count or (size_t)-1 when out is full. */
size_t eg_tagger_features_text(const eg_gazetteer *gz, const eg_text *t, size_t sent, size_t tok, unsigned bits,
                               eg_buf *out, uint32_t *ids);

/* Best label sequence for n tokens given emission scores emit[n][8] and transitions trans[prev][cur] (prev 7 =
 * start, cur 7 = end), after the label prev and before next (EG_TAGGER_START and EG_TAGGER_END for a whole
 * sentence, EG_LABEL_O next to words left O). I-X only after B-X or I-X. back is scratch of n rows. */
void eg_tagger_viterbi(const int32_t (*emit)[EG_TAGGER_STRIDE], const int32_t (*trans)[EG_TAGGER_STRIDE], size_t n,
                       unsigned prev, unsigned next, uint8_t (*back)[EG_TAGGER_STRIDE], uint8_t *out);

/* 1 when label cur may follow prev (prev EG_TAGGER_START at a sentence start). */
static inline int eg_tagger_allowed(unsigned prev, unsigned cur)
{
    if (!eg_label_is_inside(cur))
        return 1;
    return prev == cur || prev + 1 == cur;
}

/* A new model from quantized weights: w[2^bits][8] and trans[8][8] (host order; copied). Caller frees. */
eg_status eg_tagger_from_weights(eg_tagger **out, unsigned bits, const int16_t *w,
                                 const int32_t (*trans)[EG_TAGGER_STRIDE], eg_error *err);

#endif
