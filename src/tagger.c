/* tagger.c: the model file and decoding (see entgraph/tagger.h).
 *
 * A model is one image of its file: header, transition weights, int16 feature weights. Loading reads it with one
 * fread into 64-byte-aligned memory (so that a weight row never straddles a cache line), checks it and points the
 * weight table into it; saving writes the image back.
 * Tagging describes the tokens of a sentence window (tagger_features.c), sums the weight rows of each token's
 * feature buckets into emission scores and runs Viterbi. */
#define _POSIX_C_SOURCE 200809L
#define _DEFAULT_SOURCE   /* MAP_ANONYMOUS, MAP_POPULATE */
#include "tagger_internal.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>

#include "entgraph/outfile.h"

static const char magic[8] = {'E', 'G', 'T', 'A', 'G', 'G', 'E', 'R'};
#define FORMAT_VERSION 1

static const char *const label_names[EG_NLABELS] = {"O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC"};
static const char *const tag_type_names[EG_NTAGTYPES] = {"PER", "ORG", "LOC"};

const char *eg_label_name(unsigned label)
{
    return label < EG_NLABELS ? label_names[label] : "?";
}

int eg_label_parse(const char *name, size_t len, eg_label *label)
{
    unsigned i;
    for (i = 0; i < EG_NLABELS; i++) {
        if (strlen(label_names[i]) == len && memcmp(label_names[i], name, len) == 0) {
            *label = (eg_label)i;
            return 1;
        }
    }
    return 0;
}

const char *eg_tag_type_name(eg_tag_type type)
{
    return (unsigned)type < EG_NTAGTYPES ? tag_type_names[type] : "?";
}

char *eg_tagger_default_path(const char *datadir)
{
    static const char name[] = "/tagger.model";
    size_t n;
    char *p;
    if (!datadir)
        datadir = eg_gazetteer_default_datadir();
    n = strlen(datadir);
    p = malloc(n + sizeof name);
    if (p) {
        memcpy(p, datadir, n);
        memcpy(p + n, name, sizeof name);
    }
    return p;
}

/* ---- little-endian image ---- */

static int host_is_le(void)
{
    const uint16_t one = 1;
    return *(const unsigned char *)&one == 1;
}

static uint32_t get_u32(const unsigned char *p)
{
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

static uint64_t get_u64(const unsigned char *p)
{
    return (uint64_t)get_u32(p) | (uint64_t)get_u32(p + 4) << 32;
}

static void put_u32(unsigned char *p, uint32_t v)
{
    p[0] = (unsigned char)v;
    p[1] = (unsigned char)(v >> 8);
    p[2] = (unsigned char)(v >> 16);
    p[3] = (unsigned char)(v >> 24);
}

static void put_u64(unsigned char *p, uint64_t v)
{
    put_u32(p, (uint32_t)v);
    put_u32(p + 4, (uint32_t)(v >> 32));
}

static size_t image_size(unsigned bits)
{
    return EG_TAGGER_WEIGHTS_OFF + ((size_t)1 << bits) * EG_TAGGER_STRIDE * sizeof(int16_t);
}

/* FNV-style hash over the 64-bit little-endian words after the header, in four interleaved lanes (four
 * independent multiply chains run four times faster than one). The size after the header is a multiple of 32. */
static uint64_t image_checksum(const unsigned char *img, size_t size)
{
    uint64_t h[4] = {0xCBF29CE484222325ULL, 0x84222325CBF29CE4ULL, 0x9E3779B97F4A7C15ULL, 0xC2B2AE3D27D4EB4FULL};
    size_t i, k;
    for (i = EG_TAGGER_HEADER; i + 32 <= size; i += 32) {
        for (k = 0; k < 4; k++) {
            h[k] ^= get_u64(img + i + 8 * k);
            h[k] *= 0x100000001B3ULL;
        }
    }
    for (k = 1; k < 4; k++) {
        h[0] ^= h[k] + (h[0] << 6) + (h[0] >> 2);
        h[0] *= 0xFF51AFD7ED558CCDULL;
        h[0] ^= h[0] >> 33;
    }
    return h[0];
}

/* Memory for a model image, 64-byte aligned. Where the system can, the pages are mapped and faulted in with one
 * call (MAP_POPULATE): a fresh buffer of megabytes otherwise takes one page fault per 4 KB page while fread fills it,
 * several times the cost of the read itself on virtual machines. */
static unsigned char *alloc_image(eg_tagger *tg, size_t size)
{
#if defined(MAP_ANONYMOUS) && defined(MAP_POPULATE)
    void *p = mmap(NULL, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_POPULATE, -1, 0);
    if (p != MAP_FAILED) {
        tg->mapped = 1;
        return p;
    }
#endif
    tg->mapped = 0;
    return aligned_alloc(64, (size + 63) & ~(size_t)63);
}

static void free_image(eg_tagger *tg)
{
    if (!tg->image)
        return;
#if defined(MAP_ANONYMOUS) && defined(MAP_POPULATE)
    if (tg->mapped) {
        munmap(tg->image, tg->size);
        return;
    }
#endif
    free(tg->image);
}

/* Checks tg->image (tg->size bytes) and sets up the weight pointers. name is for messages. */
static eg_status adopt_image(eg_tagger *tg, const char *name, eg_error *err)
{
    const unsigned char *h = tg->image;
    size_t i, nw;
    unsigned bits;
    if (tg->size < EG_TAGGER_WEIGHTS_OFF || memcmp(h, magic, sizeof magic) != 0)
        return eg_error_set(err, EG_EFORMAT, "%s: not an entgraph tagger model", name);
    if (get_u32(h + 8) != FORMAT_VERSION)
        return eg_error_set(err, EG_EFORMAT, "%s: model format version %u, this program reads version %d", name,
                            get_u32(h + 8), FORMAT_VERSION);
    if (get_u32(h + 12) != EG_NLABELS || get_u32(h + 16) != EG_TAGGER_STRIDE)
        return eg_error_set(err, EG_EFORMAT, "%s: model has %u labels in rows of %u, expected %d in rows of %d", name,
                            get_u32(h + 12), get_u32(h + 16), EG_NLABELS, EG_TAGGER_STRIDE);
    bits = get_u32(h + 20);
    if (bits < EG_TAGGER_MIN_BITS || bits > EG_TAGGER_MAX_BITS)
        return eg_error_set(err, EG_EFORMAT, "%s: model has 2^%u feature buckets, outside 2^%d..2^%d", name, bits,
                            EG_TAGGER_MIN_BITS, EG_TAGGER_MAX_BITS);
    if (get_u32(h + 24) != EG_TAGGER_FEATURES_VERSION)
        return eg_error_set(err, EG_EFORMAT,
                            "%s: model was trained with feature set %u, this program computes feature set %d "
                            "(retrain it: see doc/tagger.md)",
                            name, get_u32(h + 24), EG_TAGGER_FEATURES_VERSION);
    for (i = 28; i < 56; i++)
        if (h[i])
            return eg_error_set(err, EG_EFORMAT, "%s: reserved header bytes are not zero", name);
    if (tg->size != image_size(bits))
        return eg_error_set(err, EG_EFORMAT, "%s: %zu bytes, a model with 2^%u buckets has %zu (truncated file?)",
                            name, tg->size, bits, image_size(bits));
    if (get_u64(h + 56) != image_checksum(tg->image, tg->size))
        return eg_error_set(err, EG_EFORMAT, "%s: checksum mismatch (corrupted file)", name);
    tg->bits = bits;
    for (i = 0; i < EG_TAGGER_STRIDE * EG_TAGGER_STRIDE; i++)
        tg->trans[i / EG_TAGGER_STRIDE][i % EG_TAGGER_STRIDE] = (int32_t)get_u32(h + EG_TAGGER_HEADER + 4 * i);
    nw = ((size_t)1 << bits) * EG_TAGGER_STRIDE;
    if (host_is_le()) {
        tg->w = (const int16_t *)(tg->image + EG_TAGGER_WEIGHTS_OFF);
    } else {
        const unsigned char *p = tg->image + EG_TAGGER_WEIGHTS_OFF;
        tg->swapped = aligned_alloc(64, nw * sizeof(int16_t));
        if (!tg->swapped)
            return eg_error_set(err, EG_ENOMEM, "%s: out of memory", name);
        for (i = 0; i < nw; i++)
            tg->swapped[i] = (int16_t)(uint16_t)(p[2 * i] | p[2 * i + 1] << 8);
        tg->w = tg->swapped;
    }
    return EG_OK;
}

eg_status eg_tagger_load(eg_tagger **out, const char *path, eg_error *err)
{
    eg_status ret = EG_OK;
    eg_tagger *tg = NULL;
    FILE *fp = NULL;
    struct stat st;
    *out = NULL;
    fp = fopen(path, "rb");
    if (!fp) {
        ret = eg_error_set(err, EG_EIO, "%s: %s (make one with 'entgraph train', see doc/tagger.md)", path,
                           strerror(errno));
        goto cleanup;
    }
    if (fstat(fileno(fp), &st) != 0 || !S_ISREG(st.st_mode)) {
        ret = eg_error_set(err, EG_EIO, "%s: not a regular file", path);
        goto cleanup;
    }
    if ((uint64_t)st.st_size < EG_TAGGER_WEIGHTS_OFF || (uint64_t)st.st_size > image_size(EG_TAGGER_MAX_BITS)) {
        ret = eg_error_set(err, EG_EFORMAT, "%s: %lld bytes is not the size of a tagger model", path,
                           (long long)st.st_size);
        goto cleanup;
    }
    tg = calloc(1, sizeof *tg);
    if (tg)
        tg->size = (size_t)st.st_size;
    if (!tg || !(tg->image = alloc_image(tg, tg->size))) {
        ret = eg_error_set(err, EG_ENOMEM, "%s: out of memory", path);
        goto cleanup;
    }
    if (fread(tg->image, 1, tg->size, fp) != tg->size) {
        ret = eg_error_set(err, EG_EIO, "%s: read error or file changed while reading", path);
        goto cleanup;
    }
    if ((ret = adopt_image(tg, path, err)) != EG_OK)
        goto cleanup;
    *out = tg;
    tg = NULL;
cleanup:
    if (fp)
        fclose(fp);
    eg_tagger_free(tg);
    return ret;
}

void eg_tagger_free(eg_tagger *tg)
{
    if (!tg)
        return;
    free_image(tg);
    free(tg->swapped);
    free(tg);
}

eg_status eg_tagger_from_weights(eg_tagger **out, unsigned bits, const int16_t *w,
                                 const int32_t (*trans)[EG_TAGGER_STRIDE], eg_error *err)
{
    eg_status ret = EG_OK;
    eg_tagger *tg = NULL;
    unsigned char *p;
    size_t i, nw;
    *out = NULL;
    if (bits < EG_TAGGER_MIN_BITS || bits > EG_TAGGER_MAX_BITS)
        return eg_error_set(err, EG_EINVAL, "2^%u feature buckets is outside 2^%d..2^%d", bits, EG_TAGGER_MIN_BITS,
                            EG_TAGGER_MAX_BITS);
    tg = calloc(1, sizeof *tg);
    if (tg)
        tg->size = image_size(bits);
    if (!tg || !(tg->image = alloc_image(tg, tg->size))) {
        ret = eg_error_set(err, EG_ENOMEM, "out of memory for a model of 2^%u buckets", bits);
        goto cleanup;
    }
    p = tg->image;
    memset(p, 0, EG_TAGGER_HEADER);
    memcpy(p, magic, sizeof magic);
    put_u32(p + 8, FORMAT_VERSION);
    put_u32(p + 12, EG_NLABELS);
    put_u32(p + 16, EG_TAGGER_STRIDE);
    put_u32(p + 20, bits);
    put_u32(p + 24, EG_TAGGER_FEATURES_VERSION);
    for (i = 0; i < EG_TAGGER_STRIDE * EG_TAGGER_STRIDE; i++)
        put_u32(p + EG_TAGGER_HEADER + 4 * i, (uint32_t)trans[i / EG_TAGGER_STRIDE][i % EG_TAGGER_STRIDE]);
    nw = ((size_t)1 << bits) * EG_TAGGER_STRIDE;
    p += EG_TAGGER_WEIGHTS_OFF;
    for (i = 0; i < nw; i++) {
        /* the padding column never carries weight, so that equal models are equal files */
        uint16_t v = (uint16_t)(i % EG_TAGGER_STRIDE < EG_NLABELS ? w[i] : 0);
        p[2 * i] = (unsigned char)v;
        p[2 * i + 1] = (unsigned char)(v >> 8);
    }
    put_u64(tg->image + 56, image_checksum(tg->image, tg->size));
    if ((ret = adopt_image(tg, "new model", err)) != EG_OK)
        goto cleanup;
    *out = tg;
    tg = NULL;
cleanup:
    eg_tagger_free(tg);
    return ret;
}

eg_status eg_tagger_save(const eg_tagger *tg, const char *path, eg_error *err)
{
    eg_status ret = EG_OK;
    eg_outfile of = {0};
    if ((ret = eg_outfile_open(&of, path, err)) != EG_OK)
        goto cleanup;
    if (fwrite(tg->image, 1, tg->size, of.fp) != tg->size) {
        ret = eg_error_set(err, EG_EIO, "%s: write error: %s", path, strerror(errno ? errno : EIO));
        goto cleanup;
    }
    ret = eg_outfile_commit(&of, err);
cleanup:
    eg_outfile_abort(&of);
    return ret;
}

unsigned eg_tagger_bits(const eg_tagger *tg)
{
    return tg->bits;
}

/* ---- decoding ---- */

/* Below any real path score (at most 256 tokens x 128 features x 2^15, plus transitions: under 2^45): the score
 * of a path that would start inside a name. Every label has a real best predecessor after the first token (O
 * follows anything; I-X follows B-X), so no score below this one is ever chosen and none accumulates. */
#define NEG_INF (-((int64_t)1 << 60))

/* The best of the seven predecessors of a label that may follow any (O, B-X): d[p] + tr[p], the first of equals. */
static inline int64_t best_of_all(const int64_t *d, const int32_t (*trans)[EG_TAGGER_STRIDE], unsigned y,
                                  uint8_t *arg)
{
    int64_t best = d[0] + trans[0][y];
    unsigned p, at = 0;
    for (p = 1; p < EG_NLABELS; p++) {
        int64_t v = d[p] + trans[p][y];
        at = v > best ? p : at;
        best = v > best ? v : best;
    }
    *arg = (uint8_t)at;
    return best;
}

/* The best predecessor of I-X (label y): B-X (y - 1) or I-X itself, B-X when equal. */
static inline int64_t best_of_two(const int64_t *d, const int32_t (*trans)[EG_TAGGER_STRIDE], unsigned y,
                                  uint8_t *arg)
{
    int64_t b = d[y - 1] + trans[y - 1][y], i = d[y] + trans[y][y];
    *arg = (uint8_t)(i > b ? y : y - 1);
    return i > b ? i : b;
}

void eg_tagger_viterbi(const int32_t (*emit)[EG_TAGGER_STRIDE], const int32_t (*trans)[EG_TAGGER_STRIDE], size_t n,
                       unsigned prev, unsigned next, uint8_t (*back)[EG_TAGGER_STRIDE], uint8_t *out)
{
    int64_t d[EG_NLABELS], nd[EG_NLABELS], best;
    unsigned y, arg;
    size_t i;
    if (n == 0)
        return;
    for (y = 0; y < EG_NLABELS; y++)
        d[y] = eg_tagger_allowed(prev, y) ? (int64_t)trans[prev][y] + emit[0][y] : NEG_INF;
    for (i = 1; i < n; i++) {
        const int32_t *e = emit[i];
        uint8_t *bk = back[i];
        nd[EG_LABEL_O] = best_of_all(d, trans, EG_LABEL_O, &bk[EG_LABEL_O]) + e[EG_LABEL_O];
        for (y = EG_LABEL_B_PER; y < EG_NLABELS; y += 2) {
            nd[y] = best_of_all(d, trans, y, &bk[y]) + e[y];
            nd[y + 1] = best_of_two(d, trans, y + 1, &bk[y + 1]) + e[y + 1];
        }
        memcpy(d, nd, sizeof d);
    }
    /* what follows: the end of the sentence (column 7 of the transitions) or an O */
    best = d[0] + trans[0][next];
    arg = 0;
    for (y = 1; y < EG_NLABELS; y++) {
        int64_t v = d[y] + trans[y][next];
        if (v > best) {
            best = v;
            arg = y;
        }
    }
    for (i = n; i-- > 0;) {
        out[i] = (uint8_t)arg;
        if (i)
            arg = back[i][arg];
    }
}

/* Tags tokens [a, b) of the sentence [sb, se) into labels[0..b-a), between the labels prev and next (see
 * eg_tagger_next_window). */
static void tag_window(const eg_tagger *tg, const eg_gazetteer *gz, const eg_text *t, size_t sb, size_t se,
                       size_t a, size_t b, unsigned prev, unsigned next, eg_tagger_scratch *sc, uint8_t *labels)
{
    uint32_t ids[EG_TAGGER_MAX_FEATS];
    size_t ntf, off = eg_tagger_describe(gz, t, sb, se, a, b, sb, se, sc->tf, &ntf), j;
    for (j = 0; j < b - a; j++) {
        int32_t acc[EG_TAGGER_STRIDE] = {0};
        eg_tagger_add_rows(tg->w, ids, eg_tagger_features(sc->tf, 0, ntf, off + j, tg->bits, ids), acc);
        memcpy(sc->emit[j], acc, sizeof acc);
    }
    eg_tagger_viterbi((const int32_t (*)[EG_TAGGER_STRIDE])sc->emit, (const int32_t (*)[EG_TAGGER_STRIDE])tg->trans,
                      b - a, prev, next, sc->back, labels);
}

/* labels: of the sentence's tokens, O already */
static void tag_sentence(const eg_tagger *tg, const eg_gazetteer *gz, const eg_text *t, const eg_sentence *s,
                         eg_tagger_scratch *sc, uint8_t *labels)
{
    size_t a, b = s->tok_begin;
    unsigned prev, next;
    while ((a = eg_tagger_next_window(t, s->tok_begin, s->tok_end, b, &b, &prev, &next)) < s->tok_end)
        tag_window(tg, gz, t, s->tok_begin, s->tok_end, a, b, prev, next, sc, labels + (a - s->tok_begin));
}

eg_status eg_tagger_tag(const eg_tagger *tg, const eg_gazetteer *gz, const eg_text *t, size_t sent,
                        uint8_t *labels, eg_error *err)
{
    eg_tagger_scratch sc;
    if (sent >= t->nsents)
        return eg_error_set(err, EG_EINVAL, "sentence %zu of a text with %zu sentences", sent, t->nsents);
    memset(labels, EG_LABEL_O, t->sents[sent].tok_end - t->sents[sent].tok_begin);
    tag_sentence(tg, gz, t, &t->sents[sent], &sc, labels);
    return EG_OK;
}

eg_status eg_tagger_tag_text(const eg_tagger *tg, const eg_gazetteer *gz, const eg_text *t, uint8_t *labels,
                             eg_error *err)
{
    eg_tagger_scratch sc;
    size_t i;
    if (t->ntoks)
        memset(labels, EG_LABEL_O, t->ntoks);
    for (i = 0; i < t->nsents; i++)
        tag_sentence(tg, gz, t, &t->sents[i], &sc, labels + t->sents[i].tok_begin);
    return EG_OK;
}

int eg_tag_next_span(const uint8_t *labels, size_t n, size_t *pos, eg_tag_span *span)
{
    size_t i = *pos, start;
    eg_tag_type type;
    while (i < n && (labels[i] == EG_LABEL_O || labels[i] >= EG_NLABELS))
        i++;
    if (i >= n) {
        *pos = n;
        return 0;
    }
    type = eg_label_type(labels[i]);
    start = i++;
    while (i < n && labels[i] == eg_label_inside(type))
        i++;
    span->tok_begin = (uint32_t)start;
    span->tok_end = (uint32_t)i;
    span->type = type;
    *pos = i;
    return 1;
}
