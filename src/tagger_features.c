/* tagger_features.c: what the tagger sees of each token (see tagger_internal.h).
 *
 * Tokens of a sentence window come in as eg_token + folded form; eg_tagger_describe reduces each to an eg_tokf
 * (32-bit FNV-1a hashes of its surface, folded form, shapes, prefixes and suffixes, plus gazetteer kinds and
 * flags), and eg_tagger_features combines those of a token and its neighbours into feature ids, hashed into
 * 2^bits buckets. No feature string is ever built on this path. eg_tagger_features_text computes the same
 * features the slow way, as strings, so that the tests can check the two against each other. */
#include "tagger_internal.h"

#include <stdio.h>
#include <string.h>

#include "ascii8.h"

/* Feature templates. The numbers are part of the model format: changing them means a new
 * EG_TAGGER_FEATURES_VERSION. */
enum {
    F_BIAS, F_WORD, F_LOWER, F_SHAPE, F_SSHAPE,
    F_PRE1, F_PRE2, F_PRE3, F_PRE4, F_SUF1, F_SUF2, F_SUF3, F_SUF4,
    F_LOWER_M2, F_LOWER_M1, F_LOWER_P1, F_LOWER_P2,
    F_SHAPE_M1, F_SHAPE_P1, F_SSHAPE_M2, F_SSHAPE_P2,
    F_BI_M1, F_BI_P1, F_SHBI_M1, F_SHBI_P1, F_LOWER_M1_SHAPE, F_SHAPE_LOWER_P1, F_BI_M2_M1,
    F_GZ, F_GZ_CASE, F_GZ_BEGIN, F_GZ_INSIDE, F_GZ_M1, F_GZ_P1,
    F_FLAG, F_POS,
    F_NTEMPLATES
};

static const char *const template_names[F_NTEMPLATES] = {
    "bias", "word", "lower", "shape", "sshape",
    "pre1", "pre2", "pre3", "pre4", "suf1", "suf2", "suf3", "suf4",
    "lower-2", "lower-1", "lower+1", "lower+2",
    "shape-1", "shape+1", "sshape-2", "sshape+2",
    "lower-1|lower", "lower|lower+1", "sshape-1|sshape", "sshape|sshape+1", "lower-1|shape", "shape|lower+1",
    "lower-2|lower-1",
    "gz", "gz|case", "gz-begin", "gz-inside", "gz-1", "gz+1",
    "flag", "pos|case",
};

static const char *const kind_names[12] = {
    "country", "demonym", "city", "place", "title", "honorific",
    "orgword", "org", "firstname", "stopword", "month", "weekday",
};

/* Flags that become features (bit index = value); the others are seen through the shape. */
#define FEATURE_FLAGS                                                                                              \
    (EG_TOK_SENT_START | EG_TOK_CAPS_LINE | EG_TOK_HEADLINE | EG_TOK_ALLCAPS | EG_TOK_INITIAL | EG_TOK_POSS |      \
     EG_TOK_ABBR | EG_TOK_LINE_START | EG_TOK_PARA_START | EG_TOK_DASH)

static const char *const flag_names[16] = {
    "word", "num", "punct", "cap", "allcaps", "abbr", "initial", "sent-start",
    "line-start", "invalid", "poss", "caps-line", "headline", "dash", "para-start", "terminal",
};

#define GZ_KINDS 0x0FFFu
#define SHAPE_MAX 16     /* characters of a shape */
#define SSHAPE_MAX 8
#define RUN_MAX 4        /* "Xxxx": a long shape keeps at most four of a run */

#define FNV_OFFSET 0xCBF29CE484222325ULL
#define FNV_PRIME 1099511628211ULL

uint64_t eg_tagger_fnv(const char *s, size_t n)
{
    uint64_t h = FNV_OFFSET;
    size_t i;
    for (i = 0; i < n; i++) {
        h ^= (unsigned char)s[i];
        h *= FNV_PRIME;
    }
    return h;
}

/* Out-of-sentence neighbours. */
#define LEFT_STR "<S>"
#define RIGHT_STR "</S>"

/* The shape class of one code point: X upper, x lower, d digit, the character itself for other ASCII, o for
 * anything else. */
static char shape_class(uint32_t cp)
{
    if (cp < 0x80) {
        if (cp >= 'A' && cp <= 'Z')
            return 'X';
        if (cp >= 'a' && cp <= 'z')
            return 'x';
        if (cp >= '0' && cp <= '9')
            return 'd';
        return cp > ' ' && cp < 0x7F ? (char)cp : 'o';
    }
    if (eg_cp_is_letter(cp))
        return eg_cp_is_upper(cp) ? 'X' : 'x';
    return 'o';
}

/* Shapes of src[0..n) as strings (for the slow path) and/or hashes. */
static void shapes(const char *src, size_t n, char *shape, char *sshape, uint64_t *hshape, uint64_t *hsshape)
{
    uint64_t h1 = FNV_OFFSET, h2 = FNV_OFFSET;
    size_t i = 0, n1 = 0, n2 = 0, run = 0;
    char prev = 0;
    while (i < n && n1 < SHAPE_MAX) {
        uint32_t cp;
        unsigned char c = (unsigned char)src[i];
        char k;
        if (c < 0x80) {
            cp = c;
            i++;
        } else
            i += eg_utf8_decode((const unsigned char *)src + i, n - i, &cp);
        k = shape_class(cp);
        run = k == prev ? run + 1 : 1;
        if (run <= RUN_MAX) {
            if (shape)
                shape[n1] = k;
            n1++;
            h1 = (h1 ^ (unsigned char)k) * FNV_PRIME;
        }
        if (run == 1 && n2 < SSHAPE_MAX) {
            if (sshape)
                sshape[n2] = k;
            n2++;
            h2 = (h2 ^ (unsigned char)k) * FNV_PRIME;
        }
        prev = k;
    }
    if (shape)
        shape[n1] = '\0';
    if (sshape)
        sshape[n2] = '\0';
    if (hshape)
        *hshape = h1;
    if (hsshape)
        *hsshape = h2;
}

static int is_boundary(const char *s, size_t len, size_t at)
{
    return at == len || ((unsigned char)s[at] & 0xC0) != 0x80;
}

static void describe_token(const eg_text *t, size_t i, eg_tokf *f)
{
    const eg_token *tok = &t->toks[i];
    const char *raw = t->src + tok->start, *low = t->norm + tok->norm;
    size_t n = tok->end - tok->start, m = tok->norm_len, k;
    uint64_t h = FNV_OFFSET, hs, hss;
    f->word = (uint32_t)eg_tagger_fnv(raw, n);
    memset(f->pre, 0, sizeof f->pre);
    memset(f->suf, 0, sizeof f->suf);
    for (k = 0; k < m; k++) {
        h = (h ^ (unsigned char)low[k]) * FNV_PRIME;
        if (k < 4 && is_boundary(low, m, k + 1))
            f->pre[k] = (uint32_t)h;
    }
    f->lower = (uint32_t)h;
    for (k = 1; k <= 4 && k <= m; k++)
        if (is_boundary(low, m, m - k))
            f->suf[k - 1] = (uint32_t)eg_tagger_fnv(low + m - k, k);
    shapes(raw, n, NULL, NULL, &hs, &hss);
    f->shape = (uint32_t)hs;
    f->sshape = (uint32_t)hss;
    f->flags = tok->flags;
    f->gz = f->gzb = f->gzi = 0;
}

void eg_tagger_describe_token(const eg_gazetteer *gz, const eg_text *t, size_t i, eg_tokf *f)
{
    const eg_gz_entry *e;
    describe_token(t, i, f);
    f->pos = 0;
    if (f->flags & EG_TOK_PUNCT)
        return;   /* no table lists a lone punctuation mark */
    e = eg_gazetteer_lookup(gz, eg_text_norm(t, i), t->toks[i].norm_len);
    if (e && e->ntoks == 1)
        f->gz = (uint16_t)(e->kinds & GZ_KINDS);
}

void eg_tagger_mark_phrases(const eg_gazetteer *gz, eg_gz_memo *memo, const eg_text *t, size_t pa, size_t pb,
                            size_t lo, size_t hi, eg_tokf *tf)
{
    /* a phrase that covers lo starts at most EG_TAGGER_MAX_PHRASE - 1 words before it */
    size_t i = lo >= pa + EG_TAGGER_MAX_PHRASE - 1 ? lo - (EG_TAGGER_MAX_PHRASE - 1) : pa;
    for (; i + 1 < pb && i < hi; i++) {
        const eg_gz_entry *e = NULL;
        size_t L, k, end = pb - i > EG_TAGGER_MAX_PHRASE ? i + EG_TAGGER_MAX_PHRASE : pb;
        if ((t->toks[i].flags & (EG_TOK_PUNCT | EG_TOK_NUM)) ||
            !eg_gazetteer_may_start_phrase(gz, t->norm + t->toks[i].norm, t->toks[i].norm_len))
            continue;
        L = memo ? eg_gz_memo_match(memo, i, end, GZ_KINDS, &e) : eg_gazetteer_match(gz, t, i, end, GZ_KINDS, &e);
        if (L < 2)
            continue;
        for (k = 0; k < L; k++) {
            if (i + k < lo || i + k >= hi)
                continue;
            if (k == 0)
                tf[i - lo].gzb |= (uint16_t)(e->kinds & GZ_KINDS);
            else
                tf[i + k - lo].gzi |= (uint16_t)(e->kinds & GZ_KINDS);
        }
    }
}

size_t eg_tagger_describe(const eg_gazetteer *gz, const eg_text *t, size_t sb, size_t se, size_t a, size_t b,
                          size_t pa, size_t pb, eg_tokf *tf, size_t *ntf)
{
    size_t lo, hi, i;
    eg_tagger_context(sb, se, a, b, &lo, &hi);
    for (i = lo; i < hi; i++) {
        eg_tagger_describe_token(gz, t, i, &tf[i - lo]);
        tf[i - lo].pos = eg_tagger_pos(i - sb);
    }
    eg_tagger_mark_phrases(gz, NULL, t, pa, pb, lo, hi, tf);
    *ntf = hi - lo;
    return a - lo;
}

static unsigned case_class(uint16_t flags)
{
    if (flags & EG_TOK_ALLCAPS)
        return 3;
    if (flags & EG_TOK_CAP)
        return 2;
    return (flags & EG_TOK_WORD) && !(flags & EG_TOK_NUM) ? 1 : 0;
}

#define EMIT(tmpl, a, b) (out[n++] = (uint32_t)(eg_tagger_feature((tmpl), (a), (b)) >> (64 - bits)))

size_t eg_tagger_features_self(const eg_tokf *f, unsigned bits, uint32_t *out)
{
    unsigned cc = case_class(f->flags), j;
    size_t n = 0;
    EMIT(F_BIAS, 0, 0);
    EMIT(F_WORD, f->word, 0);
    EMIT(F_LOWER, f->lower, 0);
    EMIT(F_SHAPE, f->shape, 0);
    EMIT(F_SSHAPE, f->sshape, 0);
    if (f->flags & EG_TOK_WORD) {
        for (j = 0; j < 4; j++) {
            if (f->pre[j])
                EMIT(F_PRE1 + j, f->pre[j], 0);
            if (f->suf[j])
                EMIT(F_SUF1 + j, f->suf[j], 0);
        }
    }
    for (j = 0; j < 12; j++) {
        if (f->gz & (1u << j)) {
            EMIT(F_GZ, j, 0);
            EMIT(F_GZ_CASE, j, cc);
        }
    }
    return n;
}

/* The values a sentence edge stands for. */
static uint32_t edge_value(unsigned slot)
{
    return slot < 2 ? (uint32_t)eg_tagger_fnv(LEFT_STR, sizeof LEFT_STR - 1)
                    : (uint32_t)eg_tagger_fnv(RIGHT_STR, sizeof RIGHT_STR - 1);
}

size_t eg_tagger_features_neighbour(const eg_tokf *f, unsigned slot, unsigned bits, uint32_t *out)
{
    uint32_t e = f ? 0 : edge_value(slot);
    uint32_t lower = f ? f->lower : e, shape = f ? f->shape : e, sshape = f ? f->sshape : e;
    size_t n = 0;
    switch (slot) {
    case EG_NB_M2:
        EMIT(F_LOWER_M2, lower, 0);
        EMIT(F_SSHAPE_M2, sshape, 0);
        break;
    case EG_NB_M1:
        EMIT(F_LOWER_M1, lower, 0);
        EMIT(F_SHAPE_M1, shape, 0);
        break;
    case EG_NB_P1:
        EMIT(F_LOWER_P1, lower, 0);
        EMIT(F_SHAPE_P1, shape, 0);
        break;
    default:
        EMIT(F_LOWER_P2, lower, 0);
        EMIT(F_SSHAPE_P2, sshape, 0);
        break;
    }
    return n;
}

/* The index of the lowest set bit of m (m != 0). */
static unsigned lowest_bit(unsigned m)
{
#if defined(__GNUC__)
    return (unsigned)__builtin_ctz(m);
#else
    unsigned j = 0;
    while (!(m & 1u)) {
        m >>= 1;
        j++;
    }
    return j;
#endif
}

size_t eg_tagger_features_pairs(const eg_tokf *tf, size_t lo, size_t hi, size_t k, unsigned bits, uint32_t *out)
{
    const uint32_t left = edge_value(EG_NB_M1), right = edge_value(EG_NB_P1);
    const eg_tokf *f = &tf[k];
    unsigned cc = case_class(f->flags), j, m;
    uint32_t lm2, lm1, lp1, ssm1, ssp1;
    uint16_t gzm1, gzp1, fl;
    size_t n = 0;
    lm1 = k >= lo + 1 ? tf[k - 1].lower : left;
    lm2 = k >= lo + 2 ? tf[k - 2].lower : left;
    lp1 = k + 1 < hi ? tf[k + 1].lower : right;
    ssm1 = k >= lo + 1 ? tf[k - 1].sshape : left;
    ssp1 = k + 1 < hi ? tf[k + 1].sshape : right;
    gzm1 = k >= lo + 1 ? (uint16_t)(tf[k - 1].gz | tf[k - 1].gzb | tf[k - 1].gzi) : 0;
    gzp1 = k + 1 < hi ? (uint16_t)(tf[k + 1].gz | tf[k + 1].gzb | tf[k + 1].gzi) : 0;

    EMIT(F_BI_M1, lm1, f->lower);
    EMIT(F_BI_P1, f->lower, lp1);
    EMIT(F_SHBI_M1, ssm1, f->sshape);
    EMIT(F_SHBI_P1, f->sshape, ssp1);
    EMIT(F_LOWER_M1_SHAPE, lm1, f->shape);
    EMIT(F_SHAPE_LOWER_P1, f->shape, lp1);
    EMIT(F_BI_M2_M1, lm2, lm1);
    /* the set bits only, lowest first (most tokens have none or one) */
    for (m = (f->gzb | f->gzi | gzm1 | gzp1) & 0xFFFu; m; m &= m - 1) {
        uint16_t bit;
        j = lowest_bit(m);
        bit = (uint16_t)(1u << j);
        if (f->gzb & bit)
            EMIT(F_GZ_BEGIN, j, 0);
        if (f->gzi & bit)
            EMIT(F_GZ_INSIDE, j, 0);
        if (gzm1 & bit)
            EMIT(F_GZ_M1, j, 0);
        if (gzp1 & bit)
            EMIT(F_GZ_P1, j, 0);
    }
    fl = f->flags & FEATURE_FLAGS;
    for (m = fl; m; m &= m - 1) {
        j = lowest_bit(m);
        EMIT(F_FLAG, j, 0);
    }
    EMIT(F_POS, f->pos < 3 ? f->pos : 3, cc);
    return n;
}
#undef EMIT

size_t eg_tagger_features(const eg_tokf *tf, size_t lo, size_t hi, size_t k, unsigned bits, uint32_t *out)
{
    size_t n = eg_tagger_features_self(&tf[k], bits, out);
    n += eg_tagger_features_neighbour(k >= lo + 2 ? &tf[k - 2] : NULL, EG_NB_M2, bits, out + n);
    n += eg_tagger_features_neighbour(k >= lo + 1 ? &tf[k - 1] : NULL, EG_NB_M1, bits, out + n);
    n += eg_tagger_features_neighbour(k + 1 < hi ? &tf[k + 1] : NULL, EG_NB_P1, bits, out + n);
    n += eg_tagger_features_neighbour(k + 2 < hi ? &tf[k + 2] : NULL, EG_NB_P2, bits, out + n);
    return n + eg_tagger_features_pairs(tf, lo, hi, k, bits, out + n);
}

/* ---- the slow path: the same features as strings ---- */

typedef struct {
    eg_buf *out;
    uint32_t *ids;
    unsigned bits;
    size_t n;
    int full;
} text_sink;

static uint64_t str_value(const char *s)
{
    return (uint32_t)eg_tagger_fnv(s, strlen(s));
}

/* One feature: its template, its values as strings (vb may be NULL) or, for numbered values, their names. */
static void put(text_sink *k, unsigned tmpl, uint64_t a, uint64_t b, const char *va, const char *vb)
{
    if (k->ids && k->n < EG_TAGGER_MAX_FEATS)
        k->ids[k->n] = (uint32_t)(eg_tagger_feature(tmpl, a, b) >> (64 - k->bits));
    k->n++;
    if (eg_buf_printf(k->out, "%s=%s%s%s\n", template_names[tmpl], va, vb ? "|" : "", vb ? vb : "") != EG_OK)
        k->full = 1;
}

static void put_str(text_sink *k, unsigned tmpl, const char *va, const char *vb)
{
    put(k, tmpl, str_value(va), vb ? str_value(vb) : 0, va, vb);
}

static const char *const case_names[4] = {"none", "lower", "cap", "allcaps"};

size_t eg_tagger_features_text(const eg_gazetteer *gz, const eg_text *t, size_t sent, size_t tok, unsigned bits,
                               eg_buf *out, uint32_t *ids)
{
    const eg_sentence *s;
    size_t sb, se, a, b, i, j, pos;
    char word[8][256], shape[8][SHAPE_MAX + 1], sshape[8][SSHAPE_MAX + 1], lower[8][256], tmp[16];
    uint16_t gzk[8], gzb[8], gzi[8];
    text_sink k = {out, ids, bits, 0, 0};
    const eg_token *tk;
    unsigned cc;
    if (sent >= t->nsents)
        return (size_t)-1;
    s = &t->sents[sent];
    sb = s->tok_begin;
    se = s->tok_end;
    if (tok < sb || tok >= se)
        return (size_t)-1;
    /* the window holding tok, as the tagger cuts it */
    a = sb;
    while ((b = eg_tagger_window_end(t, a, se)) <= tok)
        a = b;
    /* tokens tok-2 .. tok+2 as strings; slot 2 is tok; slots outside the sentence are sentinels (a window always
     * sees its neighbours: the context extends past its edges) */
    for (j = 0; j < 5; j++) {
        size_t ti = tok + j - 2;
        gzk[j] = gzb[j] = gzi[j] = 0;
        if (tok + j < sb + 2 || ti >= se) {
            const char *sv = j < 2 ? LEFT_STR : RIGHT_STR;
            snprintf(word[j], sizeof word[j], "%s", sv);
            snprintf(lower[j], sizeof lower[j], "%s", sv);
            snprintf(shape[j], sizeof shape[j], "%s", sv);
            snprintf(sshape[j], sizeof sshape[j], "%s", sv);
            gzk[j] = 0xFFFF;   /* mark: outside */
            continue;
        }
        tk = &t->toks[ti];
        snprintf(word[j], sizeof word[j], "%.*s", (int)(tk->end - tk->start), t->src + tk->start);
        snprintf(lower[j], sizeof lower[j], "%s", eg_text_norm(t, ti));
        shapes(t->src + tk->start, tk->end - tk->start, shape[j], sshape[j], NULL, NULL);
        if (!(tk->flags & EG_TOK_PUNCT)) {
            const eg_gz_entry *e = eg_gazetteer_lookup(gz, lower[j], strlen(lower[j]));
            if (e && e->ntoks == 1)
                gzk[j] = (uint16_t)(e->kinds & GZ_KINDS);
        }
    }
    /* phrases: every start in the window, longest match, as the fast path */
    for (i = a; i + 1 < b; i++) {
        const eg_gz_entry *e = NULL;
        size_t L, end = b - i > EG_TAGGER_MAX_PHRASE ? i + EG_TAGGER_MAX_PHRASE : b, m;
        if (t->toks[i].flags & (EG_TOK_PUNCT | EG_TOK_NUM))
            continue;
        L = eg_gazetteer_match(gz, t, i, end, GZ_KINDS, &e);
        if (L < 2)
            continue;
        for (m = 0; m < L; m++) {
            size_t ti = i + m;
            if (ti + 2 < tok || ti > tok + 2 || gzk[ti + 2 - tok] == 0xFFFF)
                continue;
            if (m == 0)
                gzb[ti + 2 - tok] |= (uint16_t)(e->kinds & GZ_KINDS);
            else
                gzi[ti + 2 - tok] |= (uint16_t)(e->kinds & GZ_KINDS);
        }
    }
    tk = &t->toks[tok];
    cc = case_class(tk->flags);
    put(&k, F_BIAS, 0, 0, "", NULL);
    put_str(&k, F_WORD, word[2], NULL);
    put_str(&k, F_LOWER, lower[2], NULL);
    put_str(&k, F_SHAPE, shape[2], NULL);
    put_str(&k, F_SSHAPE, sshape[2], NULL);
    if (tk->flags & EG_TOK_WORD) {
        size_t m = strlen(lower[2]);
        for (j = 1; j <= 4; j++) {
            if (j <= m && is_boundary(lower[2], m, j)) {
                snprintf(tmp, sizeof tmp, "%.*s", (int)j, lower[2]);
                put_str(&k, F_PRE1 + (unsigned)j - 1, tmp, NULL);
            }
            if (j <= m && is_boundary(lower[2], m, m - j)) {
                snprintf(tmp, sizeof tmp, "%s", lower[2] + m - j);
                put_str(&k, F_SUF1 + (unsigned)j - 1, tmp, NULL);
            }
        }
    }
    put_str(&k, F_LOWER_M2, lower[0], NULL);
    put_str(&k, F_LOWER_M1, lower[1], NULL);
    put_str(&k, F_LOWER_P1, lower[3], NULL);
    put_str(&k, F_LOWER_P2, lower[4], NULL);
    put_str(&k, F_SHAPE_M1, shape[1], NULL);
    put_str(&k, F_SHAPE_P1, shape[3], NULL);
    put_str(&k, F_SSHAPE_M2, sshape[0], NULL);
    put_str(&k, F_SSHAPE_P2, sshape[4], NULL);
    put_str(&k, F_BI_M1, lower[1], lower[2]);
    put_str(&k, F_BI_P1, lower[2], lower[3]);
    put_str(&k, F_SHBI_M1, sshape[1], sshape[2]);
    put_str(&k, F_SHBI_P1, sshape[2], sshape[3]);
    put_str(&k, F_LOWER_M1_SHAPE, lower[1], shape[2]);
    put_str(&k, F_SHAPE_LOWER_P1, shape[2], lower[3]);
    put_str(&k, F_BI_M2_M1, lower[0], lower[1]);
    for (j = 0; j < 12; j++) {
        uint16_t bit = (uint16_t)(1u << j);
        uint16_t m1 = gzk[1] == 0xFFFF ? 0 : (uint16_t)(gzk[1] | gzb[1] | gzi[1]);
        uint16_t p1 = gzk[3] == 0xFFFF ? 0 : (uint16_t)(gzk[3] | gzb[3] | gzi[3]);
        if (gzk[2] & bit) {
            put(&k, F_GZ, j, 0, kind_names[j], NULL);
            put(&k, F_GZ_CASE, j, cc, kind_names[j], case_names[cc]);
        }
        if (gzb[2] & bit)
            put(&k, F_GZ_BEGIN, j, 0, kind_names[j], NULL);
        if (gzi[2] & bit)
            put(&k, F_GZ_INSIDE, j, 0, kind_names[j], NULL);
        if (m1 & bit)
            put(&k, F_GZ_M1, j, 0, kind_names[j], NULL);
        if (p1 & bit)
            put(&k, F_GZ_P1, j, 0, kind_names[j], NULL);
    }
    for (j = 0; j < 16; j++)
        if ((tk->flags & FEATURE_FLAGS) & (1u << j))
            put(&k, F_FLAG, j, 0, flag_names[j], NULL);
    pos = tok - sb < 3 ? tok - sb : 3;
    snprintf(tmp, sizeof tmp, "%zu", pos);
    put(&k, F_POS, pos, cc, tmp, case_names[cc]);
    return k.full ? (size_t)-1 : k.n;
}

size_t eg_tagger_window_end(const eg_text *t, size_t a, size_t se)
{
    size_t k;
    if (se - a <= EG_TAGGER_WINDOW)
        return se;
    for (k = a + EG_TAGGER_WINDOW; k > a + EG_TAGGER_WINDOW / 2; k--) {
        uint16_t f = t->toks[k].flags;
        if ((f & EG_TOK_PUNCT) || ((f & EG_TOK_WORD) && !(f & (EG_TOK_CAP | EG_TOK_NUM))))
            return k;
    }
    return a + EG_TAGGER_WINDOW;
}

/* 1 when token k is written with a capital letter anywhere ("Okafor", "NATO", "iPhone", "al-Shabab"). */
static int has_capital(const eg_text *t, size_t k)
{
    const eg_token *tok = &t->toks[k];
    const unsigned char *p = (const unsigned char *)t->src + tok->start, *e = (const unsigned char *)t->src + tok->end;
    if (tok->flags & (EG_TOK_CAP | EG_TOK_ALLCAPS))
        return 1;
    if (!(tok->flags & EG_TOK_WORD))
        return 0;
    for (; e - p >= 8; p += 8) {
        uint64_t x;
        memcpy(&x, p, 8);
        if (eg_ascii8_upper(x))
            return 1;
    }
    for (; p < e; p++)
        if ((unsigned)(*p - 'A') < 26u)
            return 1;
    return 0;
}

/* 1 when token k of the sentence [sb, se) is within EG_TAGGER_MARGIN tokens of one with a capital. */
static int near_capital(const eg_text *t, size_t sb, size_t se, size_t k)
{
    size_t i = k >= sb + EG_TAGGER_MARGIN ? k - EG_TAGGER_MARGIN : sb;
    size_t e = k + EG_TAGGER_MARGIN < se ? k + EG_TAGGER_MARGIN + 1 : se;
    for (; i < e; i++)
        if (has_capital(t, i))
            return 1;
    return 0;
}

size_t eg_tagger_next_window(const eg_text *t, size_t sb, size_t se, size_t from, size_t *end, unsigned *prev,
                             unsigned *next)
{
    size_t a, b, k, last;
    /* the first capital that reaches `from` (each token is looked at once or twice) */
    for (k = from >= sb + EG_TAGGER_MARGIN ? from - EG_TAGGER_MARGIN : sb; k < se && !has_capital(t, k); k++)
        ;
    if (k >= se) {
        *end = se;
        return se;
    }
    a = k >= from + EG_TAGGER_MARGIN ? k - EG_TAGGER_MARGIN : from;
    /* b is in the window while the last capital up to b + MARGIN is at least b - MARGIN */
    for (last = k++, b = a + 1; b < se && b - a <= EG_TAGGER_WINDOW; b++) {
        for (; k <= b + EG_TAGGER_MARGIN && k < se; k++)
            if (has_capital(t, k))
                last = k;
        if (last + EG_TAGGER_MARGIN < b)
            break;
    }
    b = eg_tagger_window_end(t, a, b);
    /* a window that starts or ends next to a word it does not hold was cut from a longer stretch */
    *prev = a == sb || near_capital(t, sb, se, a - 1) ? EG_TAGGER_START : EG_LABEL_O;
    *next = b == se || near_capital(t, sb, se, b) ? EG_TAGGER_END : EG_LABEL_O;
    *end = b;
    return a;
}
