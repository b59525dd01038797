/* test_tagger.c: the statistical tagger: feature strings of one token (and the fast hashed path agreeing with
 * them), Viterbi on hand-computed cases, label spans, model save/load round trips and malformed files, training
 * determinism, and a tiny corpus the project wrote (invented people and organizations, real places) that the
 * tagger must learn perfectly. Uses its own small gazetteer (tests/unit/tagger_data, path in TAGGER_TEST_DATA)
 * so that edits to data/ never change what is checked. */
#define _POSIX_C_SOURCE 200809L
#include <stdlib.h>
#include <unistd.h>

#include "check.h"
#include "entgraph/tagger.h"
#include "entgraph/tagger_train.h"
#include "tagger_internal.h"

#ifndef TAGGER_TEST_DATA
#define TAGGER_TEST_DATA "tests/unit/tagger_data"
#endif

static eg_gazetteer *gz;

static int write_file(const char *path, const unsigned char *data, size_t len);

/* ---- features ---- */

static int cmp_u32(const void *a, const void *b)
{
    uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
    return x < y ? -1 : x > y;
}

/* The features of token `tok` of the first sentence of text, as strings; also checks that the fast path
 * produces the same buckets. Returns a malloc'd string. */
static char *features_of(const char *text, size_t tok)
{
    eg_text t;
    eg_buf out;
    eg_tokf tf[EG_TAGGER_WINDOW + 2 * EG_TAGGER_CONTEXT];
    uint32_t slow[EG_TAGGER_MAX_FEATS], fast[EG_TAGGER_MAX_FEATS];
    size_t n, m, ntf, off;
    char *s;
    eg_text_init(&t);
    eg_buf_init(&out, 1 << 16);
    CHECK(eg_text_analyze(&t, text, strlen(text), NULL) == EG_OK);
    n = eg_tagger_features_text(gz, &t, 0, tok, 16, &out, slow);
    off = eg_tagger_describe(gz, &t, t.sents[0].tok_begin, t.sents[0].tok_end, t.sents[0].tok_begin,
                             t.sents[0].tok_end, t.sents[0].tok_begin, t.sents[0].tok_end, tf, &ntf);
    m = eg_tagger_features(tf, 0, ntf, off + tok - t.sents[0].tok_begin, 16, fast);
    CHECK_INT(m, n);
    if (m == n) {
        qsort(slow, n, sizeof *slow, cmp_u32);
        qsort(fast, m, sizeof *fast, cmp_u32);
        CHECK(memcmp(slow, fast, n * sizeof *slow) == 0);
    }
    s = eg_buf_detach(&out);
    eg_buf_release(&out);
    eg_text_release(&t);
    return s;
}

static void test_features(void)
{
    char *s;
    /* FNV-1a 64 reference values */
    CHECK(eg_tagger_fnv("", 0) == 0xCBF29CE484222325ULL);
    CHECK(eg_tagger_fnv("a", 1) == 0xAF63DC4C8601EC8CULL);
    CHECK(eg_tagger_fnv("foobar", 6) == 0x85944171F73967E8ULL);

    /* "Okafor": word, case, shapes, prefixes and suffixes, neighbours (a given name before it), position */
    s = features_of("Ms. Amara Okafor visited Geneva on Tuesday.", 2);
    CHECK_STR(s, "bias=\n"
                 "word=Okafor\n"
                 "lower=okafor\n"
                 "shape=Xxxxx\n"
                 "sshape=Xx\n"
                 "pre1=o\nsuf1=r\npre2=ok\nsuf2=or\npre3=oka\nsuf3=for\npre4=okaf\nsuf4=afor\n"
                 "lower-2=ms.\n"
                 "lower-1=amara\n"
                 "lower+1=visited\n"
                 "lower+2=geneva\n"
                 "shape-1=Xxxxx\n"
                 "shape+1=xxxx\n"
                 "sshape-2=Xx.\n"
                 "sshape+2=Xx\n"
                 "lower-1|lower=amara|okafor\n"
                 "lower|lower+1=okafor|visited\n"
                 "sshape-1|sshape=Xx|Xx\n"
                 "sshape|sshape+1=Xx|x\n"
                 "lower-1|shape=amara|Xxxxx\n"
                 "shape|lower+1=Xxxxx|visited\n"
                 "lower-2|lower-1=ms.|amara\n"
                 "gz-1=firstname\n"
                 "pos|case=2|cap\n");
    free(s);

    /* the first token: sentence start, sentinels on the left, a honorific */
    s = features_of("Ms. Okafor left.", 0);
    CHECK_STR(s, "bias=\nword=Ms.\nlower=ms.\nshape=Xx.\nsshape=Xx.\n"
                 "pre1=m\nsuf1=.\npre2=ms\nsuf2=s.\npre3=ms.\nsuf3=ms.\n"
                 "lower-2=<S>\nlower-1=<S>\nlower+1=okafor\nlower+2=left\n"
                 "shape-1=<S>\nshape+1=Xxxxx\nsshape-2=<S>\nsshape+2=x\n"
                 "lower-1|lower=<S>|ms.\nlower|lower+1=ms.|okafor\nsshape-1|sshape=<S>|Xx.\n"
                 "sshape|sshape+1=Xx.|Xx\nlower-1|shape=<S>|Xx.\nshape|lower+1=Xx.|okafor\n"
                 "lower-2|lower-1=<S>|<S>\n"
                 "gz=honorific\ngz|case=honorific|cap\n"
                 "flag=abbr\nflag=sent-start\nflag=line-start\nflag=para-start\n"
                 "pos|case=0|cap\n");
    free(s);

    /* multi-token phrases: "Lake Victoria" (a place) begins at "Lake", continues over "Victoria"; a title phrase
     * before a name; UTF-8 suffixes never cut a character ("é" is two bytes) */
    s = features_of("Fishing on Lake Victoria resumed.", 3);
    CHECK(strstr(s, "\ngz-inside=place\n") != NULL);
    CHECK(strstr(s, "\ngz-begin=") == NULL);
    free(s);
    s = features_of("Fishing on Lake Victoria resumed.", 2);
    CHECK(strstr(s, "\ngz-begin=place\n") != NULL);
    CHECK(strstr(s, "\ngz-1=stopword\n") != NULL);
    free(s);
    s = features_of("The Foreign Minister Tomas Verhoeven spoke.", 3);
    CHECK(strstr(s, "\ngz-1=title\n") != NULL);
    CHECK(strstr(s, "\ngz=firstname\n") != NULL);
    free(s);
    s = features_of("Renée left.", 0);
    CHECK(strstr(s, "\npre1=r\nsuf1=e\npre2=re\npre3=ren\nsuf3=\xc3\xa9" "e\nsuf4=n\xc3\xa9" "e\nlower-2=") != NULL);
    free(s);
    /* all capitals */
    s = features_of("GENEVA TALKS END", 0);
    CHECK(strstr(s, "\nshape=XXXX\n") != NULL);
    CHECK(strstr(s, "\nflag=allcaps\n") != NULL);
    CHECK(strstr(s, "\ngz|case=city|allcaps\n") != NULL);
    free(s);
}

/* ---- Viterbi ---- */

static void test_viterbi(void)
{
    int32_t emit[3][EG_TAGGER_STRIDE] = {{0}}, trans[EG_TAGGER_STRIDE][EG_TAGGER_STRIDE] = {{0}};
    uint8_t back[3][EG_TAGGER_STRIDE], out[3];
    /* token 0 prefers I-PER (9), which cannot start a sentence; B-PER (5) is next */
    emit[0][EG_LABEL_B_PER] = 5;
    emit[0][EG_LABEL_I_PER] = 9;
    emit[1][EG_LABEL_O] = 2;
    emit[1][EG_LABEL_I_PER] = 3;
    emit[2][EG_LABEL_O] = 4;
    emit[2][EG_LABEL_I_PER] = 3;
    trans[EG_LABEL_B_PER][EG_LABEL_I_PER] = 1;
    trans[EG_LABEL_I_PER][EG_LABEL_I_PER] = 1;
    trans[EG_LABEL_I_PER][EG_TAGGER_STRIDE - 1] = -2;   /* ending inside a name */
    /* by hand: B I O = 5 + (1+3) + (0+4) + 0 = 13; B I I = 5 + 4 + 4 - 2 = 11; B O O = 11; O O O = 6;
     * B I B-PER = 9; (I I O = 17 is forbidden) */
    eg_tagger_viterbi((const int32_t (*)[EG_TAGGER_STRIDE])emit, (const int32_t (*)[EG_TAGGER_STRIDE])trans, 3,
                      EG_TAGGER_START, EG_TAGGER_END, back,
                      out);
    CHECK_INT(out[0], EG_LABEL_B_PER);
    CHECK_INT(out[1], EG_LABEL_I_PER);
    CHECK_INT(out[2], EG_LABEL_O);
    /* make ending on O cost 5: B I O = 8, B I I = 11, B O O = 6, B I B-PER = 9 */
    trans[EG_LABEL_O][EG_TAGGER_STRIDE - 1] = -5;
    eg_tagger_viterbi((const int32_t (*)[EG_TAGGER_STRIDE])emit, (const int32_t (*)[EG_TAGGER_STRIDE])trans, 3,
                      EG_TAGGER_START, EG_TAGGER_END, back,
                      out);
    CHECK_INT(out[0], EG_LABEL_B_PER);
    CHECK_INT(out[1], EG_LABEL_I_PER);
    CHECK_INT(out[2], EG_LABEL_I_PER);
    /* I-ORG may not follow B-PER even where it scores best: B-PER I-ORG O would be 10 + 6 + 1 = 17; the allowed
     * B-PER B-ORG O = 12 beats B-PER O O = 11, B-PER I-PER O = 11, B-PER B-ORG I-ORG = 11, B-ORG I-ORG O = 7 */
    memset(emit, 0, sizeof emit);
    memset(trans, 0, sizeof trans);
    emit[0][EG_LABEL_B_PER] = 10;
    emit[1][EG_LABEL_I_ORG] = 6;
    emit[1][EG_LABEL_B_ORG] = 1;
    emit[2][EG_LABEL_O] = 1;
    eg_tagger_viterbi((const int32_t (*)[EG_TAGGER_STRIDE])emit, (const int32_t (*)[EG_TAGGER_STRIDE])trans, 3,
                      EG_TAGGER_START, EG_TAGGER_END, back,
                      out);
    CHECK_INT(out[0], EG_LABEL_B_PER);
    CHECK_INT(out[1], EG_LABEL_B_ORG);
    CHECK_INT(out[2], EG_LABEL_O);
}

/* Random scores: the path Viterbi returns scores as high as the best of every allowed path (brute force over
 * all 7^n label sequences), and it is allowed. */
static uint64_t rng_state = 88172645463325252ULL;

static uint32_t rng(void)
{
    rng_state ^= rng_state << 13;
    rng_state ^= rng_state >> 7;
    rng_state ^= rng_state << 17;
    return (uint32_t)(rng_state >> 16);
}

static int64_t path_score(const int32_t (*emit)[EG_TAGGER_STRIDE], const int32_t (*trans)[EG_TAGGER_STRIDE],
                          const uint8_t *y, size_t n, unsigned prev, unsigned next)
{
    int64_t sc = 0;
    size_t i;
    for (i = 0; i < n; i++) {
        if (!eg_tagger_allowed(prev, y[i]))
            return INT64_MIN;
        sc += trans[prev][y[i]] + emit[i][y[i]];
        prev = y[i];
    }
    return sc + trans[prev][next];
}

static void test_viterbi_random(void)
{
    int32_t emit[5][EG_TAGGER_STRIDE], trans[EG_TAGGER_STRIDE][EG_TAGGER_STRIDE];
    uint8_t back[5][EG_TAGGER_STRIDE], out[5], y[5];
    int round, bad = 0;
    for (round = 0; round < 300; round++) {
        size_t n = 1 + (size_t)round % 5, i, k, total = 1;
        /* a whole sentence, or a window between words left O */
        unsigned prev = round & 8 ? EG_LABEL_O : EG_TAGGER_START, next = round & 16 ? EG_LABEL_O : EG_TAGGER_END;
        int64_t best = INT64_MIN, got;
        for (i = 0; i < n; i++)
            for (k = 0; k < EG_TAGGER_STRIDE; k++)
                emit[i][k] = (int32_t)(rng() % 20001) - 10000;
        for (i = 0; i < EG_TAGGER_STRIDE; i++)
            for (k = 0; k < EG_TAGGER_STRIDE; k++)
                trans[i][k] = (int32_t)(rng() % 20001) - 10000;
        for (i = 0; i < n; i++)
            total *= EG_NLABELS;
        for (k = 0; k < total; k++) {
            size_t v = k;
            int64_t sc;
            for (i = 0; i < n; i++, v /= EG_NLABELS)
                y[i] = (uint8_t)(v % EG_NLABELS);
            sc = path_score((const int32_t (*)[EG_TAGGER_STRIDE])emit, (const int32_t (*)[EG_TAGGER_STRIDE])trans, y, n,
                            prev, next);
            if (sc > best)
                best = sc;
        }
        eg_tagger_viterbi((const int32_t (*)[EG_TAGGER_STRIDE])emit, (const int32_t (*)[EG_TAGGER_STRIDE])trans, n,
                          prev, next, back, out);
        got = path_score((const int32_t (*)[EG_TAGGER_STRIDE])emit, (const int32_t (*)[EG_TAGGER_STRIDE])trans, out, n,
                         prev, next);
        bad += got != best;
    }
    CHECK_INT(bad, 0);
}

/* ---- the word cache ---- */

/* A random word of 1..max letters; capitalised or in capitals now and then. */
static void random_word(eg_buf *b, size_t max)
{
    static const char letters[] = "aeioubcdfghklmnprstvwz";
    size_t n = 1 + rng() % max, i;
    unsigned style = rng() % 6;
    for (i = 0; i < n; i++) {
        char ch = letters[rng() % (sizeof letters - 1)];
        if (style == 0 || (style == 1 && i == 0))
            ch = (char)(ch - 'a' + 'A');
        eg_buf_addc(b, ch);
    }
}

/* Labels with and without the cache (and with and without the gazetteer memo) are the same, under a random
 * model that makes every feature count: on a text with more distinct words than the cache has slots, words too
 * long to keep, gazetteer words and phrases, and a sentence longer than a window. Tagging the text a second time
 * answers most words from the cache. */
static void test_cache_same_labels(void)
{
    static const char *const known[] = {"Geneva", "Nairobi", "Lake Victoria", "Ms.", "Dr.", "Amara", "Kenyan",
                                        "January", "UN", "Council", "Bank", "Britain", "Swiss", ",", ".", "\"",
                                        "'s", "2024", "U.S.", "Mr."};
    const unsigned bits = 14;
    size_t nw = ((size_t)1 << bits) * EG_TAGGER_STRIDE, i, w, diff_plain = 0, diff_memo = 0;
    int16_t *wt = malloc(nw * sizeof *wt);
    int32_t trans[EG_TAGGER_STRIDE][EG_TAGGER_STRIDE];
    eg_tagger *tg = NULL;
    eg_tagger_cache *cache = NULL;
    eg_gz_memo memo;
    eg_text t;
    eg_buf text;
    eg_error err;
    uint8_t *plain, *cached, *again;
    unsigned long long hits, misses;
    CHECK(wt != NULL);
    if (!wt)
        return;
    for (i = 0; i < nw; i++)
        wt[i] = (int16_t)((int)(rng() % 2001) - 1000);
    for (i = 0; i < EG_TAGGER_STRIDE * EG_TAGGER_STRIDE; i++)
        trans[i / EG_TAGGER_STRIDE][i % EG_TAGGER_STRIDE] = (int32_t)(rng() % 4001) - 2000;
    CHECK(eg_tagger_from_weights(&tg, bits, wt, (const int32_t (*)[EG_TAGGER_STRIDE])trans, &err) == EG_OK);
    CHECK(eg_tagger_cache_new(&cache, tg, gz, &err) == EG_OK);
    eg_buf_init(&text, 1 << 24);
    /* 30,000 words in sentences of 1 to 40 words, then one of 700 */
    for (w = 0; w < 30000; w++) {
        unsigned r = rng() % 10;
        if (r < 2)
            eg_buf_printf(&text, "%s", known[rng() % (sizeof known / sizeof *known)]);
        else if (r == 2 && rng() % 20 == 0)
            random_word(&text, 60);   /* over 42 bytes now and then */
        else
            random_word(&text, 9);
        eg_buf_adds(&text, rng() % 40 == 0 ? ". " : " ");
    }
    eg_buf_adds(&text, ".\n\n");
    for (w = 0; w < 700; w++) {
        random_word(&text, 7);
        eg_buf_addc(&text, ' ');
    }
    eg_buf_adds(&text, ".\n");
    eg_text_init(&t);
    eg_gz_memo_init(&memo);
    CHECK(eg_text_analyze(&t, text.data, text.len, NULL) == EG_OK);
    CHECK(t.ntoks > 30000);
    plain = malloc(t.ntoks);
    cached = malloc(t.ntoks);
    again = malloc(t.ntoks);
    if (plain && cached && again && tg && cache) {
        CHECK(eg_tagger_tag_text(tg, gz, &t, plain, &err) == EG_OK);
        CHECK(eg_tagger_tag_text_cached(cache, NULL, &t, cached, &err) == EG_OK);
        CHECK(eg_gz_memo_reset(&memo, gz, &t) == EG_OK);
        CHECK(eg_tagger_tag_text_cached(cache, &memo, &t, again, &err) == EG_OK);
        for (i = 0; i < t.ntoks; i++) {
            diff_plain += plain[i] != cached[i];
            diff_memo += plain[i] != again[i];
        }
        CHECK_INT(diff_plain, 0);
        CHECK_INT(diff_memo, 0);
        /* a random model still gives every label somewhere */
        for (w = 0; w < EG_NLABELS; w++)
            CHECK(memchr(plain, (int)w, t.ntoks) != NULL);
        eg_tagger_cache_stats(cache, &hits, &misses);
        CHECK(hits + misses >= 2 * t.ntoks);
        CHECK(hits > t.ntoks / 2);
    }
    free(plain);
    free(cached);
    free(again);
    eg_gz_memo_release(&memo);
    eg_text_release(&t);
    eg_buf_release(&text);
    eg_tagger_cache_free(cache);
    eg_tagger_free(tg);
    free(wt);
}

/* The gazetteer memo (with its cache of single words, kept across documents) answers as the gazetteer does: every
 * token, several ends and kinds, over two documents with more distinct words than the cache has slots, and after
 * switching to another gazetteer (the cache must not answer for the old one). */
static size_t memo_disagreements(eg_gz_memo *m, const eg_gazetteer *g, const char *text, size_t len)
{
    eg_text t;
    size_t i, bad = 0;
    eg_text_init(&t);
    if (eg_text_analyze(&t, text, len, NULL) != EG_OK || eg_gz_memo_reset(m, g, &t) != EG_OK) {
        eg_text_release(&t);
        return 1;
    }
    for (i = 0; i < t.ntoks; i++) {
        size_t end;
        bad += eg_gz_memo_word(m, i) != eg_gazetteer_lookup(g, eg_text_norm(&t, i), t.toks[i].norm_len);
        for (end = i + 1; end <= t.ntoks && end <= i + 4; end++) {
            const eg_gz_entry *e1 = NULL, *e2 = NULL;
            size_t a = eg_gz_memo_match(m, i, end, 0xFFFFFFFFu, &e1), b = eg_gazetteer_match(g, &t, i, end, 0xFFFFFFFFu, &e2);
            bad += a != b || (a && e1 != e2);
            a = eg_gz_memo_match(m, i, end, EG_GZ_CITY | EG_GZ_PLACE, &e1);
            b = eg_gazetteer_match(g, &t, i, end, EG_GZ_CITY | EG_GZ_PLACE, &e2);
            bad += a != b || (a && e1 != e2);
        }
    }
    eg_text_release(&t);
    return bad;
}

static void test_memo_same_answers(void)
{
    static const char *const known[] = {"Geneva", "Nairobi", "Lake Victoria", "Lake", "Ms.", "Amara", "Kenyan",
                                        "January", "UN", "Council", "Bank", "Britain", "Swiss", "the", "of", ",",
                                        "Paris", "New York", "United Nations", "Mr."};
    eg_gazetteer *full = NULL;
    eg_gz_memo m;
    eg_buf text;
    eg_error err;
    int doc;
    size_t w;
    eg_gz_memo_init(&m);
    eg_buf_init(&text, 1 << 24);
    for (doc = 0; doc < 2; doc++) {
        eg_buf_reset(&text);
        for (w = 0; w < 12000; w++) {
            if (rng() % 3 == 0)
                eg_buf_adds(&text, known[rng() % (sizeof known / sizeof *known)]);
            else
                random_word(&text, 8);
            eg_buf_adds(&text, rng() % 30 == 0 ? ". " : " ");
        }
        CHECK_INT(memo_disagreements(&m, gz, text.data, text.len), 0);
    }
    CHECK(eg_gazetteer_load(&full, NULL, NULL, &err) == EG_OK);
    if (full)
        CHECK_INT(memo_disagreements(&m, full, text.data, text.len), 0);
    eg_gazetteer_free(full);
    eg_gz_memo_release(&m);
    eg_buf_release(&text);
}

static void test_labels_and_spans(void)
{
    static const uint8_t labels[] = {EG_LABEL_O, EG_LABEL_B_PER, EG_LABEL_I_PER, EG_LABEL_B_PER, EG_LABEL_O,
                                     EG_LABEL_I_LOC, EG_LABEL_B_ORG, EG_LABEL_I_ORG};
    eg_tag_span sp;
    size_t pos = 0;
    eg_label l;
    char *p;
    CHECK_STR(eg_label_name(EG_LABEL_I_LOC), "I-LOC");
    CHECK_STR(eg_label_name(99), "?");
    CHECK(eg_label_parse("B-ORG", 5, &l) && l == EG_LABEL_B_ORG);
    CHECK(!eg_label_parse("B-MISC", 6, &l));
    CHECK(eg_label_is_begin(EG_LABEL_B_LOC) && !eg_label_is_begin(EG_LABEL_O) && eg_label_is_inside(EG_LABEL_I_PER));
    CHECK_INT(eg_label_type(EG_LABEL_I_ORG), EG_TAG_ORG);
    CHECK(eg_tag_next_span(labels, 8, &pos, &sp) && sp.tok_begin == 1 && sp.tok_end == 3 && sp.type == EG_TAG_PER);
    CHECK(eg_tag_next_span(labels, 8, &pos, &sp) && sp.tok_begin == 3 && sp.tok_end == 4 && sp.type == EG_TAG_PER);
    CHECK(eg_tag_next_span(labels, 8, &pos, &sp) && sp.tok_begin == 5 && sp.tok_end == 6 && sp.type == EG_TAG_LOC);
    CHECK(eg_tag_next_span(labels, 8, &pos, &sp) && sp.tok_begin == 6 && sp.tok_end == 8 && sp.type == EG_TAG_ORG);
    CHECK(!eg_tag_next_span(labels, 8, &pos, &sp));
    p = eg_tagger_default_path("/some/data");
    CHECK_STR(p, "/some/data/tagger.model");
    free(p);
}

/* ---- the tiny corpus ---- */

/* Written for this test: invented people and organizations, real places. Each sentence lists its names as
 * "text|TYPE" (text found left to right). Demonyms ("Kenyan", "Swiss") are not names. */
static const struct {
    const char *sentence;
    const char *names[4];
} corpus[] = {
    {"Amara Okafor met Jonas Lindqvist in Geneva on Tuesday.", {"Amara Okafor|PER", "Jonas Lindqvist|PER", "Geneva|LOC"}},
    {"The Coastal Trade Council opened an office in Nairobi.", {"Coastal Trade Council|ORG", "Nairobi|LOC"}},
    {"Farida Haddad leads the Harbour Research Institute in Lagos.",
     {"Farida Haddad|PER", "Harbour Research Institute|ORG", "Lagos|LOC"}},
    {"Ms. Okafor said the council would meet again in Kenya.", {"Okafor|PER", "Kenya|LOC"}},
    {"Kenyan officials welcomed Jonas Lindqvist to Nairobi.", {"Jonas Lindqvist|PER", "Nairobi|LOC"}},
    {"The Lakeside Grain Bank lent money to farmers near Lake Victoria.",
     {"Lakeside Grain Bank|ORG", "Lake Victoria|LOC"}},
    {"Foreign Minister Tomas Verhoeven flew from Brussels to Accra.",
     {"Tomas Verhoeven|PER", "Brussels|LOC", "Accra|LOC"}},
    {"Verhoeven praised the Coastal Trade Council.", {"Verhoeven|PER", "Coastal Trade Council|ORG"}},
    {"Delia Marchetti works for the Northern Rail Union in Milan.",
     {"Delia Marchetti|PER", "Northern Rail Union|ORG", "Milan|LOC"}},
    {"The Northern Rail Union called a strike in Turin on Monday.", {"Northern Rail Union|ORG", "Turin|LOC"}},
    {"Haddad and Marchetti spoke in Geneva.", {"Haddad|PER", "Marchetti|PER", "Geneva|LOC"}},
    {"Reporters in Accra asked Delia Marchetti about Ghana.", {"Accra|LOC", "Delia Marchetti|PER", "Ghana|LOC"}},
    {"Okafor visited the Harbour Research Institute last January.", {"Okafor|PER", "Harbour Research Institute|ORG"}},
    {"The Swiss government hosted talks in Bern.", {"Bern|LOC"}},
    {"Jonas Lindqvist thanked the Lakeside Grain Bank.", {"Jonas Lindqvist|PER", "Lakeside Grain Bank|ORG"}},
    {"President Amara Okafor of Kenya arrived in Italy.", {"Amara Okafor|PER", "Kenya|LOC", "Italy|LOC"}},
};
#define NCORPUS (sizeof corpus / sizeof *corpus)

static char corpus_text[4096];
static eg_gold_span corpus_spans[64];
static size_t corpus_nspans;

/* One document: the sentences, one per line, and their spans. */
static void build_corpus(void)
{
    size_t i, k, len = 0;
    for (i = 0; i < NCORPUS; i++) {
        const char *from = corpus_text + len;
        len += (size_t)snprintf(corpus_text + len, sizeof corpus_text - len, "%s\n", corpus[i].sentence);
        for (k = 0; k < 4 && corpus[i].names[k]; k++) {
            const char *bar = strchr(corpus[i].names[k], '|'), *at;
            char name[64];
            eg_gold_span *sp = &corpus_spans[corpus_nspans++];
            snprintf(name, sizeof name, "%.*s", (int)(bar - corpus[i].names[k]), corpus[i].names[k]);
            at = strstr(from, name);
            CHECK(at != NULL);
            sp->start = (uint32_t)(at - corpus_text);
            sp->end = (uint32_t)(sp->start + strlen(name));
            sp->type = strcmp(bar + 1, "PER") == 0 ? EG_TAG_PER : strcmp(bar + 1, "ORG") == 0 ? EG_TAG_ORG : EG_TAG_LOC;
            from = at + strlen(name);
        }
    }
}

static eg_tagger *train(unsigned epochs, uint64_t seed)
{
    eg_train_set *set = NULL;
    eg_tagger *tg = NULL;
    eg_train_options o = {0};
    eg_error err;
    o.epochs = epochs;
    o.bits = 14;
    o.seed = seed;
    CHECK(eg_train_set_new(&set, &err) == EG_OK);
    CHECK(eg_train_set_add_doc(set, corpus_text, strlen(corpus_text), corpus_spans, corpus_nspans, &err) == EG_OK);
    if (eg_tagger_train(&tg, set, gz, &o, &err) != EG_OK) {
        fprintf(stderr, "train: %s\n", err.msg);
        check_failed++;
    }
    eg_train_set_free(set);
    return tg;
}

static void test_training_set(void)
{
    eg_train_set *set = NULL;
    eg_gold_span sp[4] = {
        {0, 12, EG_TAG_PER},   /* "Amara Okafor" */
        {2, 12, EG_TAG_PER},   /* starts inside "Amara": not on a token boundary */
        {6, 12, EG_TAG_ORG},   /* "Okafor", inside the first span: overlapping */
        {36, 42, EG_TAG_LOC},  /* "Geneva" */
    };
    const eg_train_stats *st;
    CHECK(eg_train_set_new(&set, NULL) == EG_OK);
    CHECK(eg_train_set_add_doc(set, corpus[0].sentence, strlen(corpus[0].sentence), sp, 4, NULL) == EG_OK);
    st = eg_train_set_stats(set);
    CHECK_INT(st->docs, 1);
    CHECK_INT(st->sentences, 1);
    CHECK_INT(st->tokens, 10);
    CHECK_INT(st->spans, 4);
    CHECK_INT(st->used[EG_TAG_PER], 1);
    CHECK_INT(st->used[EG_TAG_LOC], 1);
    CHECK_INT(st->unaligned, 1);
    CHECK_INT(st->overlapping, 1);
    eg_train_set_free(set);
}

/* A gold JSON Lines file and its documents folder, as `entgraph train` reads them. */
static void test_gold_file(void)
{
    static const char doc[] = "Kenyan officials met Amara Okafor of the Coastal Trade Council in Nairobi.\n";
    static const char gold[] =
        "{\"doc\": \"some/where/test_tagger.doc.txt\", \"entities\": ["
        "{\"type\": \"country\", \"mentions\": [{\"start\": 0, \"end\": 6, \"form\": \"demonym\"}]},"
        "{\"type\": \"person\", \"mentions\": [{\"start\": 21, \"end\": 33}]},"
        "{\"type\": \"organization\", \"mentions\": [{\"start\": 41, \"end\": 62}]},"
        "{\"type\": \"event\", \"mentions\": [{\"start\": 0, \"end\": 6}]},"
        "{\"type\": \"organization\", \"mentions\": [{\"start\": 66, \"end\": 73, \"type\": \"place\"}]}]}\n"
        "\n";
    eg_train_set *set = NULL;
    const eg_train_stats *st;
    eg_error err;
    CHECK(write_file("test_tagger.doc.txt", (const unsigned char *)doc, strlen(doc)));
    CHECK(write_file("test_tagger.gold.jsonl", (const unsigned char *)gold, strlen(gold)));
    CHECK(eg_train_set_new(&set, &err) == EG_OK);
    CHECK(eg_train_set_add_gold(set, "test_tagger.gold.jsonl", ".", &err) == EG_OK);
    st = eg_train_set_stats(set);
    CHECK_INT(st->docs, 1);
    CHECK_INT(st->spans, 3);
    CHECK_INT(st->used[EG_TAG_PER], 1);
    CHECK_INT(st->used[EG_TAG_ORG], 1);
    CHECK_INT(st->used[EG_TAG_LOC], 1);   /* the mention's own "type" wins over its entity's */
    CHECK_INT(st->demonyms, 1);
    CHECK_INT(st->other_types, 1);
    /* a malformed record and a missing document are errors that name the place */
    CHECK(write_file("test_tagger.gold.jsonl", (const unsigned char *)"{\"doc\": 5}\n", strlen("{\"doc\": 5}\n")));
    CHECK(eg_train_set_add_gold(set, "test_tagger.gold.jsonl", ".", &err) == EG_EFORMAT);
    CHECK(strstr(err.msg, "test_tagger.gold.jsonl:1") != NULL);
    CHECK(eg_train_set_add_gold(set, "test_tagger.gold.jsonl", "no-such-dir", &err) == EG_EFORMAT);
    CHECK(write_file("test_tagger.gold.jsonl", (const unsigned char *)"{\"doc\": \"x.txt\"}\n",
                     strlen("{\"doc\": \"x.txt\"}\n")));
    CHECK(eg_train_set_add_gold(set, "test_tagger.gold.jsonl", "no-such-dir", &err) == EG_EIO);
    CHECK(strstr(err.msg, "no-such-dir/x.txt") != NULL);
    unlink("test_tagger.doc.txt");
    unlink("test_tagger.gold.jsonl");
    eg_train_set_free(set);
}

/* Tags the corpus and compares every token's label with the gold one. */
static size_t corpus_errors(const eg_tagger *tg)
{
    eg_text t;
    uint8_t got[512], want[512];
    size_t i, k, errors = 0;
    eg_text_init(&t);
    CHECK(eg_text_analyze(&t, corpus_text, strlen(corpus_text), NULL) == EG_OK);
    CHECK_INT(t.nsents, NCORPUS);
    CHECK(t.ntoks < sizeof got);
    memset(want, EG_LABEL_O, sizeof want);
    for (i = 0; i < corpus_nspans; i++) {
        for (k = 0; k < t.ntoks; k++) {
            if (t.toks[k].start >= corpus_spans[i].start && t.toks[k].end <= corpus_spans[i].end)
                want[k] = (uint8_t)(t.toks[k].start == corpus_spans[i].start ? eg_label_begin(corpus_spans[i].type)
                                                                              : eg_label_inside(corpus_spans[i].type));
        }
    }
    CHECK(eg_tagger_tag_text(tg, gz, &t, got, NULL) == EG_OK);
    for (k = 0; k < t.ntoks; k++) {
        if (got[k] != want[k]) {
            errors++;
            fprintf(stderr, "token %zu '%.*s': %s, expected %s\n", k, (int)(t.toks[k].end - t.toks[k].start),
                    t.src + t.toks[k].start, eg_label_name(got[k]), eg_label_name(want[k]));
        }
    }
    /* the one-sentence entry point agrees with the whole-text one */
    for (i = 0; i < t.nsents; i++) {
        uint8_t one[64];
        CHECK(eg_tagger_tag(tg, gz, &t, i, one, NULL) == EG_OK);
        CHECK(memcmp(one, got + t.sents[i].tok_begin, t.sents[i].tok_end - t.sents[i].tok_begin) == 0);
    }
    CHECK(eg_tagger_tag(tg, gz, &t, t.nsents, got, NULL) == EG_EINVAL);
    eg_text_release(&t);
    return errors;
}

static int read_file(const char *path, unsigned char **data, size_t *len)
{
    FILE *fp = fopen(path, "rb");
    long n;
    if (!fp)
        return 0;
    fseek(fp, 0, SEEK_END);
    n = ftell(fp);
    fseek(fp, 0, SEEK_SET);
    *data = malloc((size_t)n + 1);
    *len = (size_t)n;
    if (!*data || fread(*data, 1, (size_t)n, fp) != (size_t)n) {
        fclose(fp);
        return 0;
    }
    fclose(fp);
    return 1;
}

static int write_file(const char *path, const unsigned char *data, size_t len)
{
    FILE *fp = fopen(path, "wb");
    int ok = fp && fwrite(data, 1, len, fp) == len;
    if (fp && fclose(fp) != 0)
        ok = 0;
    return ok;
}

static void expect_refused(const char *path, const char *what)
{
    eg_tagger *tg = NULL;
    eg_error err;
    eg_error_clear(&err);
    CHECK(eg_tagger_load(&tg, path, &err) == EG_EFORMAT);
    CHECK(tg == NULL);
    if (!strstr(err.msg, what)) {
        check_failed++;
        fprintf(stderr, "expected an error about \"%s\", got \"%s\"\n", what, err.msg);
    } else
        check_passed++;
}

/* Windows hold the words with a capital and one word either side; the rest is left O. */
static void test_windows(void)
{
    static const char *text = "the talks went on for weeks, and then ministers of the Bank of Ghana and iPhone makers "
                              "met in a hall near the sea.";
    /* the words of each window, in order */
    static const char *const want[][7] = {{"the", "Bank", "of", "Ghana", "and", "iPhone", "makers"}};
    eg_text t;
    size_t a, b, k, w = 0;
    unsigned prev, next;
    eg_text_init(&t);
    CHECK(eg_text_analyze(&t, text, strlen(text), NULL) == EG_OK);
    CHECK_INT(t.nsents, 1);
    b = t.sents[0].tok_begin;
    while ((a = eg_tagger_next_window(&t, t.sents[0].tok_begin, t.sents[0].tok_end, b, &b, &prev, &next)) <
           t.sents[0].tok_end) {
        CHECK(w < 1);
        if (w >= 1)
            break;
        CHECK_INT(b - a, 7);
        for (k = a; k < b && k - a < 7; k++) {
            const eg_token *tok = &t.toks[k];
            CHECK(strlen(want[w][k - a]) == tok->end - tok->start &&
                  memcmp(t.src + tok->start, want[w][k - a], tok->end - tok->start) == 0);
        }
        /* words left O on both sides */
        CHECK_INT(prev, EG_LABEL_O);
        CHECK_INT(next, EG_LABEL_O);
        w++;
    }
    CHECK_INT(w, 1);
    CHECK_INT(b, t.sents[0].tok_end);
    eg_text_release(&t);
    /* no capital at all: nothing to tag */
    eg_text_init(&t);
    CHECK(eg_text_analyze(&t, "nothing else was said.", 22, NULL) == EG_OK);
    CHECK_INT(eg_tagger_next_window(&t, 0, t.ntoks, 0, &b, &prev, &next), t.ntoks);
    CHECK_INT(b, t.ntoks);
    eg_text_release(&t);
    /* a capital at the sentence's start: the window starts it */
    eg_text_init(&t);
    CHECK(eg_text_analyze(&t, "Rain fell on the city all day.", 30, NULL) == EG_OK);
    a = eg_tagger_next_window(&t, 0, t.ntoks, 0, &b, &prev, &next);
    CHECK_INT(a, 0);
    CHECK_INT(b, 2);
    CHECK_INT(prev, EG_TAGGER_START);
    CHECK_INT(next, EG_LABEL_O);
    eg_text_release(&t);
}

/* A window cut out of a sentence sees the gazetteer phrases that reach past its edges as the whole sentence does
 * ("foreign minister" before "Ana Lima" starts outside the window that holds "minister Ana Lima met"). */
static void test_window_phrases(void)
{
    static const char *const texts[] = {
        "they said that the foreign minister Ana Lima met the press on the shore of Lake Victoria today .",
        "a spokeswoman , and then foreign minister of the day Bo Chen , spoke near lake victoria and Lake Victoria .",
    };
    eg_tokf full[64], win[EG_TAGGER_WINDOW + 2 * EG_TAGGER_CONTEXT];
    size_t i, n, a, b, k, lo, hi, marked = 0;
    unsigned prev, next;
    eg_text t;
    eg_text_init(&t);
    for (i = 0; i < sizeof texts / sizeof texts[0]; i++) {
        CHECK(eg_text_analyze(&t, texts[i], strlen(texts[i]), NULL) == EG_OK);
        CHECK_INT(t.nsents, 1);
        CHECK(t.ntoks <= 64);
        eg_tagger_describe(gz, &t, 0, t.ntoks, 0, t.ntoks, 0, t.ntoks, full, &n);
        b = 0;
        while ((a = eg_tagger_next_window(&t, 0, t.ntoks, b, &b, &prev, &next)) < t.ntoks) {
            eg_tagger_context(0, t.ntoks, a, b, &lo, &hi);
            for (k = lo; k < hi; k++)
                eg_tagger_describe_token(gz, &t, k, &win[k - lo]);
            eg_tagger_mark_phrases(gz, NULL, &t, 0, t.ntoks, lo, hi, win);
            for (k = lo; k < hi; k++) {
                CHECK_INT(win[k - lo].gzb, full[k].gzb);
                CHECK_INT(win[k - lo].gzi, full[k].gzi);
                marked += (win[k - lo].gzb | win[k - lo].gzi) != 0;
            }
        }
    }
    CHECK(marked >= 4);   /* the phrases were there to see */
    eg_text_release(&t);
}

/* A sentence longer than a window: cut before punctuation or a lower-case word, tagged the same through both
 * entry points. */
static void test_long_sentence(const eg_tagger *tg)
{
    eg_text t;
    eg_buf b;
    uint8_t *all, *one;
    size_t i, a, e;
    eg_text_init(&t);
    eg_buf_init(&b, 1 << 20);
    for (i = 0; i < 150; i++)
        CHECK(eg_buf_adds(&b, "Amara Okafor and Jonas Lindqvist, ") == EG_OK);
    CHECK(eg_buf_adds(&b, "and Delia Marchetti met.") == EG_OK);
    CHECK(eg_text_analyze(&t, b.data, b.len, NULL) == EG_OK);
    CHECK_INT(t.nsents, 1);
    CHECK(t.ntoks > 3 * EG_TAGGER_WINDOW);
    for (a = 0; (e = eg_tagger_window_end(&t, a, t.ntoks)) < t.ntoks; a = e) {
        CHECK(e - a <= EG_TAGGER_WINDOW && e - a > EG_TAGGER_WINDOW / 2);
        CHECK((t.toks[e].flags & EG_TOK_PUNCT) || !(t.toks[e].flags & EG_TOK_CAP));
    }
    all = malloc(t.ntoks);
    one = malloc(t.ntoks);
    CHECK(eg_tagger_tag_text(tg, gz, &t, all, NULL) == EG_OK);
    CHECK(eg_tagger_tag(tg, gz, &t, 0, one, NULL) == EG_OK);
    CHECK(memcmp(all, one, t.ntoks) == 0);
    CHECK_INT(all[0], EG_LABEL_B_PER);
    CHECK_INT(all[t.ntoks - 3], EG_LABEL_I_PER);
    free(all);
    free(one);
    eg_buf_release(&b);
    eg_text_release(&t);
}

static void test_learn_save_load(void)
{
    static const char a[] = "test_tagger.a.model", b[] = "test_tagger.b.model", c[] = "test_tagger.c.model",
                      bad[] = "test_tagger.bad.model";
    eg_tagger *t1 = train(20, 7), *t2 = train(20, 7), *t3 = train(20, 8), *loaded = NULL;
    unsigned char *da = NULL, *db = NULL, *dc = NULL;
    size_t la = 0, lb = 0, lc = 0;
    eg_error err;
    if (!t1 || !t2 || !t3)
        return;
    /* learned perfectly */
    CHECK_INT(corpus_errors(t1), 0);
    test_long_sentence(t1);
    /* deterministic: the same data and seed give the same bytes; another seed another model */
    CHECK(eg_tagger_save(t1, a, &err) == EG_OK);
    CHECK(eg_tagger_save(t2, b, &err) == EG_OK);
    CHECK(eg_tagger_save(t3, c, &err) == EG_OK);
    CHECK(read_file(a, &da, &la) && read_file(b, &db, &lb) && read_file(c, &dc, &lc));
    CHECK_INT(la, EG_TAGGER_WEIGHTS_OFF + (1u << 14) * EG_TAGGER_STRIDE * 2);
    CHECK(la == lb && memcmp(da, db, la) == 0);
    CHECK(la == lc && memcmp(da, dc, la) != 0);
    /* round trip: the loaded model tags the same and saves the same bytes */
    CHECK(eg_tagger_load(&loaded, a, &err) == EG_OK);
    if (loaded) {
        CHECK_INT(eg_tagger_bits(loaded), 14);
        CHECK_INT(corpus_errors(loaded), 0);
        CHECK(eg_tagger_save(loaded, b, &err) == EG_OK);
        free(db);
        db = NULL;
        CHECK(read_file(b, &db, &lb) && lb == la && memcmp(da, db, la) == 0);
    }
    /* malformed files are refused with a reason */
    CHECK(write_file(bad, da, la - 16));
    expect_refused(bad, "truncated");
    da[la / 2] ^= 1;
    CHECK(write_file(bad, da, la));
    expect_refused(bad, "checksum");
    da[la / 2] ^= 1;
    da[0] = 'X';
    CHECK(write_file(bad, da, la));
    expect_refused(bad, "not an entgraph tagger model");
    da[0] = 'E';
    da[24] = 99;   /* feature-set version */
    CHECK(write_file(bad, da, la));
    expect_refused(bad, "feature set 99");
    CHECK(write_file(bad, (const unsigned char *)"EGTAGGER", 8));
    expect_refused(bad, "is not the size of a tagger model");
    eg_tagger_free(loaded);
    loaded = NULL;
    CHECK(eg_tagger_load(&loaded, "test_tagger.missing.model", &err) == EG_EIO && loaded == NULL);
    unlink(a);
    unlink(b);
    unlink(c);
    unlink(bad);
    free(da);
    free(db);
    free(dc);
    eg_tagger_free(loaded);
    eg_tagger_free(t1);
    eg_tagger_free(t2);
    eg_tagger_free(t3);
}

int main(void)
{
    eg_error err;
    if (eg_gazetteer_load(&gz, TAGGER_TEST_DATA, NULL, &err) != EG_OK) {
        fprintf(stderr, "%s\n", err.msg);
        return 1;
    }
    test_features();
    test_viterbi();
    test_viterbi_random();
    test_windows();
    test_window_phrases();
    test_cache_same_labels();
    test_memo_same_answers();
    test_labels_and_spans();
    test_training_set();
    test_gold_file();
    build_corpus();
    test_learn_save_load();
    eg_gazetteer_free(gz);
    CHECK_DONE();
}
