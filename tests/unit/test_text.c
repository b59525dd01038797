/* test_text.c: UTF-8 helpers, tokens and sentences, with exact offsets, on sentences the project wrote. */
#include <stdlib.h>

#include "check.h"
#include "entgraph/text.h"
#include "strtab.h"

/* the text of token i */
static const char *tok(const eg_text *t, size_t i, char *buf, size_t cap)
{
    size_t n = t->toks[i].end - t->toks[i].start;
    if (n >= cap)
        n = cap - 1;
    memcpy(buf, t->src + t->toks[i].start, n);
    buf[n] = '\0';
    return buf;
}

static const char *sent(const eg_text *t, size_t i, char *buf, size_t cap)
{
    size_t n = t->sents[i].end - t->sents[i].start;
    if (n >= cap)
        n = cap - 1;
    memcpy(buf, t->src + t->sents[i].start, n);
    buf[n] = '\0';
    return buf;
}

static void test_utf8(void)
{
    uint32_t cp;
    char out[64];
    CHECK_INT(eg_utf8_decode((const unsigned char *)"\xC3\xA9", 2, &cp), 2);
    CHECK_INT(cp, 0xE9);
    CHECK_INT(eg_utf8_decode((const unsigned char *)"\xE2\x80\x93", 3, &cp), 3);
    CHECK_INT(cp, 0x2013);
    CHECK_INT(eg_utf8_decode((const unsigned char *)"\xC0\xAF", 2, &cp), 1); /* overlong */
    CHECK_INT(cp, (uint32_t)-1);
    CHECK_INT(eg_utf8_decode((const unsigned char *)"\xED\xA0\x80", 3, &cp), 1); /* surrogate */
    CHECK_INT(eg_utf8_decode((const unsigned char *)"\xE2\x80", 2, &cp), 1);     /* truncated */
    CHECK(eg_utf8_valid("Zoë Kowalczyk", strlen("Zoë Kowalczyk")));
    /* Romanian and Vietnamese capitals: "Țurcanu", "Ștefan", "Ễ" */
    CHECK(eg_cp_is_upper(0x21A) && eg_cp_is_upper(0x218) && !eg_cp_is_upper(0x21B) && eg_cp_is_upper(0x1EC4));
    /* a capital with a comma below folds to the small letter with a cedilla, as "ţurcanu" does */
    eg_utf8_fold("\xC8\x9A" "urcanu", 8, out, sizeof out);
    CHECK_STR(out, "\xC5\xA3" "urcanu");
    eg_utf8_fold("\xC5\xA2" "urcanu", 8, out, sizeof out);
    CHECK_STR(out, "\xC5\xA3" "urcanu");
    eg_utf8_fold("Constan\xC8\x9B" "a Bra\xC8\x99ov", 18, out, sizeof out);
    CHECK_STR(out, "constan\xC5\xA3" "a bra\xC5\x9F" "ov");
    CHECK(!eg_utf8_valid("a\xFF" "b", 3));
    {
        const char *in = "O\xE2\x80\x99" "Brien \xE2\x80\x93 \xC3\x89LYS\xC3\x89" "E\xC2\xA0X";
        eg_utf8_fold(in, strlen(in), out, sizeof out);
    }
    CHECK_STR(out, "o'brien - élysée x");
    eg_utf8_fold("\xE2\x80\x9CQuoted\xE2\x80\x9D", 12, out, sizeof out);
    CHECK_STR(out, "\"quoted\"");
    /* marks off Latin letters, for given-name look-ups; letters that are two, and other scripts, give 0 */
    CHECK_INT(eg_utf8_strip_marks("hélène", strlen("hélène"), out, sizeof out), 6);
    CHECK_STR(out, "helene");
    CHECK_INT(eg_utf8_strip_marks("łukasz", strlen("łukasz"), out, sizeof out), 6);
    CHECK_STR(out, "lukasz");
    CHECK_INT(eg_utf8_strip_marks("françois", strlen("françois"), out, sizeof out), 8);
    CHECK_STR(out, "francois");
    CHECK_INT(eg_utf8_strip_marks("straße", strlen("straße"), out, sizeof out), 0);
    CHECK_INT(eg_utf8_strip_marks("東京", strlen("東京"), out, sizeof out), 0);
    CHECK_INT(eg_utf8_strip_marks("josé", strlen("josé"), out, 4), 0);
}

static void test_tokens(void)
{
    eg_text t;
    char b[64];
    const char *s = "Mr. Okafor met U.S. envoy Dana J. Whitlock in Nairobi's port.";
    eg_text_init(&t);
    CHECK_INT(eg_text_analyze(&t, s, strlen(s), NULL), EG_OK);
    CHECK_INT(t.ntoks, 13);
    CHECK_STR(tok(&t, 0, b, sizeof b), "Mr.");
    CHECK(t.toks[0].flags & EG_TOK_ABBR);
    CHECK_STR(tok(&t, 3, b, sizeof b), "U.S.");
    CHECK(t.toks[3].flags & EG_TOK_ALLCAPS);
    CHECK_STR(tok(&t, 6, b, sizeof b), "J.");
    CHECK(t.toks[6].flags & EG_TOK_INITIAL);
    CHECK_STR(tok(&t, 9, b, sizeof b), "Nairobi");
    CHECK_STR(tok(&t, 10, b, sizeof b), "'s");
    CHECK(t.toks[10].flags & EG_TOK_POSS);
    CHECK_INT(t.toks[10].start, 53);
    CHECK_STR(tok(&t, 12, b, sizeof b), ".");
    CHECK(t.toks[12].flags & EG_TOK_TERMINAL);
    CHECK_INT(t.nsents, 1);
    /* every abbreviation of the list keeps its period (the list is searched by halves: it must stay sorted) */
    {
        static const char *const abbrevs[] = {"Adm.", "Brig.", "Bros.", "Pvt.", "Pty.", "Bhd.", "Wed.", NULL};
        size_t k;
        for (k = 0; abbrevs[k]; k++) {
            char line[64];
            snprintf(line, sizeof line, "Kestrel %s said so.", abbrevs[k]);
            CHECK_INT(eg_text_analyze(&t, line, strlen(line), NULL), EG_OK);
            CHECK_STR(tok(&t, 1, b, sizeof b), abbrevs[k]);
            CHECK(t.toks[1].flags & EG_TOK_ABBR);
        }
    }
    eg_text_release(&t);
}

static void test_typographic(void)
{
    eg_text t;
    char b[64];
    /* a typographic possessive, an en dash dateline, a hyphenated name, a non-breaking space */
    const char *s = "NAIROBI \xE2\x80\x93 Kenya\xE2\x80\x99s Asia-Pacific envoy,\xC2\xA0Ruth O\xE2\x80\x99Neill, spoke.";
    eg_text_init(&t);
    CHECK_INT(eg_text_analyze(&t, s, strlen(s), NULL), EG_OK);
    CHECK_STR(tok(&t, 0, b, sizeof b), "NAIROBI");
    CHECK(t.toks[1].flags & EG_TOK_DASH);
    CHECK_STR(eg_text_norm(&t, 1), "-");
    CHECK_STR(tok(&t, 2, b, sizeof b), "Kenya");
    CHECK(t.toks[3].flags & EG_TOK_POSS);
    CHECK_STR(eg_text_norm(&t, 3), "'s");
    CHECK_STR(tok(&t, 4, b, sizeof b), "Asia-Pacific");
    CHECK_STR(tok(&t, 8, b, sizeof b), "O\xE2\x80\x99Neill");
    CHECK_STR(eg_text_norm(&t, 8), "o'neill");
    eg_text_release(&t);
    /* an ampersand between capitals is inside the name; between words it is a token */
    s = "AT&T and Procter & Gamble, not A & B.";
    eg_text_init(&t);
    CHECK_INT(eg_text_analyze(&t, s, strlen(s), NULL), EG_OK);
    CHECK_STR(tok(&t, 0, b, sizeof b), "AT&T");
    CHECK_STR(eg_text_norm(&t, 0), "at&t");
    CHECK_STR(tok(&t, 3, b, sizeof b), "&");
    CHECK_STR(tok(&t, 8, b, sizeof b), "&");
    eg_text_release(&t);
    /* a site's name is one word; a sentence's period before a capital is not */
    s = "Shares of Amazon.com rose. Then they fell.";
    eg_text_init(&t);
    CHECK_INT(eg_text_analyze(&t, s, strlen(s), NULL), EG_OK);
    CHECK_STR(tok(&t, 2, b, sizeof b), "Amazon.com");
    CHECK_INT(t.nsents, 2);
    eg_text_release(&t);
    /* a name's "-based" is a word of its own; other hyphens stay inside */
    s = "Abu Dhabi-based, Saudi-led, state-owned and Asia-Pacific";
    eg_text_init(&t);
    CHECK_INT(eg_text_analyze(&t, s, strlen(s), NULL), EG_OK);
    CHECK_STR(tok(&t, 1, b, sizeof b), "Dhabi");
    CHECK_STR(tok(&t, 3, b, sizeof b), "based");
    CHECK_STR(tok(&t, 5, b, sizeof b), "Saudi");
    CHECK_STR(tok(&t, 9, b, sizeof b), "state-owned");
    CHECK_STR(tok(&t, 11, b, sizeof b), "Asia-Pacific");
    eg_text_release(&t);
}

static void test_sentences(void)
{
    eg_text t;
    char b[256];
    const char *s = "Envoys gather in Lima\n\n"
                    "LIMA \xE2\x80\x93 Foreign Minister Rosa M. Quispe met Gen. Tomas Ibarra on Dec. 4 in Lima. "
                    "She spoke to the U.S. ambassador. The U.S. The talks ended.\n"
                    "\xE2\x80\x9CWe agreed,\xE2\x80\x9D she said. \xE2\x80\x9CWhy?\xE2\x80\x9D asked Mr. Ibarra.\n"
                    "A line that wraps\nin the middle goes on.";
    eg_text_init(&t);
    CHECK_INT(eg_text_analyze(&t, s, strlen(s), NULL), EG_OK);
    CHECK_INT(t.nsents, 8);
    CHECK_STR(sent(&t, 0, b, sizeof b), "Envoys gather in Lima");
    CHECK(t.toks[0].flags & EG_TOK_HEADLINE);
    CHECK_STR(sent(&t, 1, b, sizeof b),
              "LIMA \xE2\x80\x93 Foreign Minister Rosa M. Quispe met Gen. Tomas Ibarra on Dec. 4 in Lima.");
    CHECK_STR(sent(&t, 2, b, sizeof b), "She spoke to the U.S. ambassador.");
    CHECK_STR(sent(&t, 3, b, sizeof b), "The U.S.");
    CHECK_STR(sent(&t, 4, b, sizeof b), "The talks ended.");
    CHECK_STR(sent(&t, 5, b, sizeof b), "\xE2\x80\x9CWe agreed,\xE2\x80\x9D she said.");
    CHECK_STR(sent(&t, 6, b, sizeof b), "\xE2\x80\x9CWhy?\xE2\x80\x9D asked Mr. Ibarra.");
    CHECK_STR(sent(&t, 7, b, sizeof b), "A line that wraps\nin the middle goes on.");
    CHECK_INT(t.sents[1].start, 23);
    /* a Mongolian patronymic's digraph initial ends no sentence; a word of two letters does */
    s = "Yoon met Ch. Temuulen and Ts. Bolormaa. They met in Ulaanbaatar. He met Li. Bo left. Md. Shafiqul Islam "
        "spoke in Rockville, Md. The talks ended.";
    CHECK_INT(eg_text_analyze(&t, s, strlen(s), NULL), EG_OK);
    CHECK_INT(t.nsents, 6);
    CHECK_STR(sent(&t, 4, b, sizeof b), "Md. Shafiqul Islam spoke in Rockville, Md.");
    CHECK_STR(sent(&t, 0, b, sizeof b), "Yoon met Ch. Temuulen and Ts. Bolormaa.");
    CHECK(t.toks[2].flags & EG_TOK_INITIAL);
    /* a period a comma follows ends nothing: a lawmaker's party and state */
    s = "Sen. Ruth Obi, D-Calif., and Rep. Dana Whitlock (R-Ariz.), met in Lima. They left.";
    CHECK_INT(eg_text_analyze(&t, s, strlen(s), NULL), EG_OK);
    CHECK_INT(t.nsents, 2);
    eg_text_release(&t);
}

static void test_invalid_bytes(void)
{
    eg_text t;
    char b[64];
    const char s[] = "Ana\xFF Lima\x00 met Bo.";
    eg_text_init(&t);
    CHECK_INT(eg_text_analyze(&t, s, sizeof s - 1, NULL), EG_OK);
    CHECK_INT(t.invalid_bytes, 1);
    CHECK_STR(tok(&t, 0, b, sizeof b), "Ana");
    CHECK(t.toks[1].flags & EG_TOK_INVALID);
    CHECK_INT(t.toks[1].start, 3);
    CHECK_INT(t.toks[2].start, 5);
    CHECK_STR(tok(&t, 2, b, sizeof b), "Lima");
    /* the NUL byte is a punctuation token and changes no offset */
    CHECK_INT(t.toks[3].start, 9);
    CHECK_INT(t.toks[4].start, 11);
    eg_text_release(&t);
}

static void test_empty(void)
{
    eg_text t;
    eg_text_init(&t);
    CHECK_INT(eg_text_analyze(&t, "", 0, NULL), EG_OK);
    CHECK_INT(t.ntoks, 0);
    CHECK_INT(t.nsents, 0);
    CHECK_INT(eg_text_analyze(&t, " \n\n \t", 5, NULL), EG_OK);
    CHECK_INT(t.nsents, 0);
    eg_text_release(&t);
}

/* Every token's folded form is eg_utf8_fold of its bytes, whichever path made it (ASCII words are folded eight
 * bytes at a time): random texts of letters of both cases, digits, punctuation, control bytes, UTF-8 and
 * invalid bytes, with words long and short. */
static void test_fold_random(void)
{
    static const char *const pieces[] = {"a", "Z", "q", "M", "0", "7", "-", "'", ".", ",", "!", "\x01", "\x7F",
                                         "\xC3\x89", "\xC3\xA9", "\xE2\x80\x99", "\xCE\xA3", "\xFF", "@", "[",
                                         "`", "{", " ", " ", "\n", "ABCDEFGHIJ", "klmnopqrst", "WXYZwxyz@[`{"};
    uint64_t st = 0x9E3779B97F4A7C15ULL;
    char src[512], want[4096 * 3 + 8];
    int round, bad = 0;
    eg_text t;
    eg_text_init(&t);
    for (round = 0; round < 20000; round++) {
        size_t n = 0, k, i;
        int m = 1 + round % 60;
        while (m-- > 0) {
            const char *p;
            st ^= st << 13;
            st ^= st >> 7;
            st ^= st << 17;
            p = pieces[st % (sizeof pieces / sizeof pieces[0])];
            k = strlen(p);
            if (n + k >= sizeof src)
                break;
            memcpy(src + n, p, k);
            n += k;
        }
        if (eg_text_analyze(&t, src, n, NULL) != EG_OK) {
            bad++;
            continue;
        }
        for (i = 0; i < t.ntoks; i++) {
            const eg_token *tk = &t.toks[i];
            size_t len = eg_utf8_fold(src + tk->start, tk->end - tk->start, want, sizeof want);
            if (len != tk->norm_len || memcmp(want, eg_text_norm(&t, i), len + 1) != 0)
                bad++;
        }
    }
    CHECK_INT(bad, 0);
    eg_text_release(&t);
}

/* Case flags of words of every length from 1 to 24 (the tokenizer counts letters eight bytes at a time): all
 * capitals, a capital then lower case, lower case with one capital at each position. */
static void test_case_flags(void)
{
    char w[32];
    size_t n, k;
    eg_text t;
    eg_text_init(&t);
    for (n = 1; n <= 24; n++) {
        memset(w, 'Q', n);
        CHECK_INT(eg_text_analyze(&t, w, n, NULL), EG_OK);
        CHECK_INT(t.ntoks, 1);
        CHECK_INT(t.toks[0].flags & (EG_TOK_CAP | EG_TOK_ALLCAPS), n >= 2 ? EG_TOK_CAP | EG_TOK_ALLCAPS : EG_TOK_CAP);
        memset(w + 1, 'q', n - 1);
        CHECK_INT(eg_text_analyze(&t, w, n, NULL), EG_OK);
        CHECK_INT(t.toks[0].flags & (EG_TOK_CAP | EG_TOK_ALLCAPS), EG_TOK_CAP);
        for (k = 1; k < n; k++) {
            memset(w, 'q', n);
            w[k] = 'Q';
            CHECK_INT(eg_text_analyze(&t, w, n, NULL), EG_OK);
            CHECK_INT(t.ntoks, 1);
            CHECK_INT(t.toks[0].flags & (EG_TOK_CAP | EG_TOK_ALLCAPS), 0);
            CHECK_INT(t.toks[0].end, n);
        }
    }
    eg_text_release(&t);
}

/* A word set answers its members' masks and 0 for anything else (its filter may only say "certainly not"): every
 * member, and 50,000 random strings checked against the list itself. */
static void test_wordset(void)
{
    static const char *const a[] = {"of", "the", "de", "van", "al", "bin", "minister", "met", "talks", "x", NULL};
    static const char *const b[] = {"the", "summit", "in", "at", "ministers", "y", "", NULL};
    static eg_wordset ws;
    uint64_t st = 0xC0FFEE;
    char w[8];
    size_t i, k;
    int bad = 0;
    eg_wordset_init(&ws);
    CHECK_INT(eg_wordset_add(&ws, a, 1), EG_OK);
    CHECK_INT(eg_wordset_add(&ws, b, 2), EG_OK);
    for (i = 0; a[i]; i++)
        CHECK(eg_wordset_get(&ws, a[i], strlen(a[i])) == (strcmp(a[i], "the") == 0 ? 3u : 1u));
    for (i = 0; b[i]; i++)
        CHECK(eg_wordset_get(&ws, b[i], strlen(b[i])) == (strcmp(b[i], "the") == 0 ? 3u : 2u));
    for (i = 0; i < 50000; i++) {
        size_t n;
        uint64_t want = 0;
        st ^= st << 13;
        st ^= st >> 7;
        st ^= st << 17;
        n = 1 + st % 7;
        for (k = 0; k < n; k++)
            w[k] = "aeinostx"[(st >> (8 + 3 * k)) & 7];
        for (k = 0; a[k]; k++)
            want |= strlen(a[k]) == n && memcmp(a[k], w, n) == 0 ? 1 : 0;
        for (k = 0; b[k]; k++)
            want |= strlen(b[k]) == n && memcmp(b[k], w, n) == 0 ? 2 : 0;
        bad += eg_wordset_get(&ws, w, n) != want;
    }
    CHECK_INT(bad, 0);
}

int main(void)
{
    test_utf8();
    test_tokens();
    test_typographic();
    test_sentences();
    test_invalid_bytes();
    test_empty();
    test_fold_random();
    test_case_flags();
    test_wordset();
    CHECK_DONE();
}
