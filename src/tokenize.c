/* tokenize.c: bytes to tokens with byte offsets and folded forms (see entgraph/text.h).
 *
 * One pass over the bytes. Words keep inner hyphens and apostrophes ("Asia-Pacific", "O'Brien") and an ampersand
 * between capitals ("AT&T"), but a name's "-based", "-led" is a word of its own ("Abu Dhabi-based"); a possessive
 * "'s" is a token of its own; abbreviations keep their period ("U.S.", "Mr.", "J.", "Dec.") so that the sentence
 * splitter sees only periods that may end a sentence. Then segment.c groups the tokens into sentences. */
#include "entgraph/text.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "ascii8.h"
#include "segment.h"

void eg_text_init(eg_text *t)
{
    memset(t, 0, sizeof *t);
}

void eg_text_release(eg_text *t)
{
    free(t->toks);
    free(t->sents);
    free(t->norm);
    eg_text_init(t);
}

/* The folded form of the n bytes s into out (room for n + 1), as eg_utf8_fold, when they are all ASCII: eight
 * bytes at a time. Returns 0, with out undefined, when one is not. Tokens hold no white space, the one other
 * thing eg_utf8_fold changes in ASCII. */
static int fold_ascii(const char *s, size_t n, char *out)
{
    const uint64_t high = 0x8080808080808080ULL;
    uint64_t seen = 0;
    size_t k = 0;
    for (; k + 8 <= n; k += 8) {
        uint64_t x;
        memcpy(&x, s + k, 8);
        seen |= x;
        x |= eg_ascii8_upper(x) >> 2;   /* 0x80 >> 2 is the case bit */
        memcpy(out + k, &x, 8);
    }
    for (; k < n; k++) {
        unsigned char c = (unsigned char)s[k];
        seen |= c;
        out[k] = (char)((unsigned)(c - 'A') < 26u ? c + 32 : c);
    }
    out[n] = '\0';
    return !(seen & high);
}

static eg_status push_token(eg_text *t, uint32_t start, uint32_t end, uint16_t flags)
{
    eg_token *tok;
    size_t need, n = end - start;
    if (t->ntoks == t->atoks) {
        size_t na = t->atoks ? t->atoks * 2 : 1024;
        eg_token *p = realloc(t->toks, na * sizeof *p);
        if (!p)
            return EG_ENOMEM;
        t->toks = p;
        t->atoks = na;
    }
    /* a folded form is at most 3 bytes per input byte ("..." for an ellipsis is 3 for 3); cap a token's form */
    if (n > 4096)
        n = 4096;
    need = t->norm_len + n * 2 + 8;
    if (need > t->norm_alloc) {
        size_t na = t->norm_alloc ? t->norm_alloc : 4096;
        char *p;
        while (na < need)
            na *= 2;
        p = realloc(t->norm, na);
        if (!p)
            return EG_ENOMEM;
        t->norm = p;
        t->norm_alloc = na;
    }
    tok = &t->toks[t->ntoks++];
    tok->start = start;
    tok->end = end;
    tok->flags = flags;
    tok->sent = 0;
    tok->norm = (uint32_t)t->norm_len;
    if (fold_ascii(t->src + start, n, t->norm + t->norm_len))
        tok->norm_len = (uint16_t)n;
    else
        tok->norm_len = (uint16_t)eg_utf8_fold(t->src + start, n, t->norm + t->norm_len, n * 2 + 8);
    t->norm_len += tok->norm_len + 1u;
    return EG_OK;
}

static size_t dec(const eg_text *t, size_t i, uint32_t *cp)
{
    if (i >= t->len) {
        *cp = 0;
        return 0;
    }
    if ((unsigned char)t->src[i] < 0x80) {
        *cp = (unsigned char)t->src[i];   /* ASCII: no call */
        return 1;
    }
    return eg_utf8_decode((const unsigned char *)t->src + i, t->len - i, cp);
}

/* ASCII answered here, the rest by utf8.c: most text is ASCII, and these run for every character. */
static int is_letter(uint32_t cp) { return cp < 0x80 ? (cp | 0x20) - 'a' < 26u : eg_cp_is_letter(cp); }
static int is_upper(uint32_t cp) { return cp < 0x80 ? cp - 'A' < 26u : eg_cp_is_upper(cp); }
static int is_space(uint32_t cp) { return cp < 0x80 ? cp == ' ' || (cp >= '\t' && cp <= '\r') : eg_cp_is_space(cp); }
static int is_digit(uint32_t cp) { return cp >= '0' && cp <= '9'; }
static int is_alnum(uint32_t cp) { return is_digit(cp) || is_letter(cp); }
static int is_apos(uint32_t cp) { return cp == '\'' || cp == 0x2019 || cp == 0x2018 || cp == 0x02BC; }
static int is_hyphen(uint32_t cp) { return cp == '-' || cp == 0x2010 || cp == 0x2011; }
static int is_dash(uint32_t cp) { return cp == '-' || (cp >= 0x2010 && cp <= 0x2015) || cp == 0x2212; }

/* The n bytes at w, before a period, shorten a name: "Ch", "Sh", "Ts", "Kh", "Zh", a capital and a small letter
 * that write one sound, the initials of Mongolian (and other Cyrillic-script) patronymics; "Md", "Mohd", "Muhd",
 * Muhammad in South and Southeast Asian names; "Ma", Maria in Filipino ones ("Ma. Cristina"). */
static int name_abbrev(const char *w, size_t n)
{
    static const char *const abbrevs[] = {"Ch", "Sh", "Ts", "Kh", "Zh", "Md", "Mohd", "Muhd", "Ma", "Th", "Yu",
                                          "Ya", "Ye", NULL};
    size_t k;
    for (k = 0; abbrevs[k]; k++)
        if (strlen(abbrevs[k]) == n && memcmp(w, abbrevs[k], n) == 0)
            return 1;
    return 0;
}

/* Does the word at src[i..] open a sentence ("The", "He")? */
static int opener_at(const char *src, size_t len, size_t i)
{
    char low[8];
    size_t n = 0;
    while (i + n < len && n < sizeof low && (unsigned)((unsigned char)src[i + n] | 0x20) - 'a' < 26u) {
        low[n] = (char)(src[i + n] | 0x20);
        n++;
    }
    return n > 0 && n < sizeof low && eg_segment_is_opener(low, n);
}

/* "-based", "-led", "-backed" after a name: a suffix that makes an adjective of it ("Abu Dhabi-based", "Saudi-led",
 * "Iran-backed"). Is the text at i (just after the hyphen) one, followed by no letter? */
static int name_suffix_at(const eg_text *t, size_t i)
{
    static const char *const suffixes[] = {"based", "led", "backed", "born", "owned", "run", "made", "funded",
                                           "brokered", "sponsored", "allied", "aligned", "controlled", "held",
                                           "headquartered", "listed", "registered", "designed", "built",
                                           "supplied", "trained", "flagged", "operated", NULL};
    size_t k, n = 0;
    /* the letters up to the next non-letter, compared whole */
    while (i + n < t->len && n < 14 && (unsigned)((unsigned char)t->src[i + n] - 'a') < 26u)
        n++;
    if (n < 3 || (i + n < t->len && is_letter((unsigned char)t->src[i + n])))
        return 0;
    for (k = 0; suffixes[k]; k++)
        if (suffixes[k][0] == t->src[i] && strlen(suffixes[k]) == n && memcmp(t->src + i, suffixes[k], n) == 0)
            return 1;
    return 0;
}

/* "com", "org", "net", "io" after a name's period, followed by no letter or digit? */
static int web_suffix_at(const eg_text *t, size_t i)
{
    size_t n = 0;
    const char *p = t->src + i;
    while (i + n < t->len && n < 4 && (unsigned)((unsigned char)p[n] - 'a') < 26u)
        n++;
    if (i + n < t->len && (unsigned char)p[n] < 0x80 && is_alnum((unsigned char)p[n]))
        return 0;
    return (n == 3 && (!memcmp(p, "com", 3) || !memcmp(p, "org", 3) || !memcmp(p, "net", 3))) ||
           (n == 2 && !memcmp(p, "io", 2));
}

/* Counts code point cp into *nletters, and into *nupper or *nlower by its case. */
static void tally_letter(uint32_t cp, int *nletters, int *nupper, int *nlower)
{
    if (!is_letter(cp))
        return;
    (*nletters)++;
    if (is_upper(cp))
        (*nupper)++;
    else if (cp >= 0x80 || (cp >= 'a' && cp <= 'z'))
        (*nlower)++;
}

/* The letters of src[i..end): *nletters, and of them *nupper upper case and *nlower lower case. */
static void count_letters(const eg_text *t, size_t i, size_t end, int *nletters, int *nupper, int *nlower)
{
    uint32_t cp;
    *nletters = *nupper = *nlower = 0;
    while (i < end) {
        size_t k = dec(t, i, &cp);
        if (k == 0)
            break;
        tally_letter(cp, nletters, nupper, nlower);
        i += k;
    }
}

/* Is the next word after i, past spaces on the same line, written with a capital? */
static int cap_word_after(const eg_text *t, size_t i)
{
    uint32_t cp;
    while (i < t->len && (t->src[i] == ' ' || t->src[i] == '\t'))
        i++;
    return i < t->len && dec(t, i, &cp) && is_upper(cp);
}

/* The word of small ASCII letters after the spaces from i: its length (0 when none), its start in *at. */
static size_t word_after(const eg_text *t, size_t i, size_t *at)
{
    size_t k;
    while (i < t->len && (t->src[i] == ' ' || t->src[i] == '\t'))
        i++;
    for (k = i; k < t->len && (unsigned)((unsigned char)t->src[k] - 'a') < 26u; k++)
        ;
    *at = i;
    return k - i;
}

/* Scan a word starting at i; returns its end. Sets *letters and *upper counts, *lower. */
static size_t scan_word(const eg_text *t, size_t i, int *nletters, int *nupper, int *nlower)
{
    uint32_t cp, nx;
    size_t k, start = i;
    *nletters = *nupper = *nlower = 0;
    while (i < t->len) {
        unsigned char c = (unsigned char)t->src[i];
        if ((unsigned)(c | 0x20) - 'a' < 26u) {   /* an ASCII letter: the common case */
            (*nletters)++;
            if (c <= 'Z')
                (*nupper)++;
            else
                (*nlower)++;
            i++;
            continue;
        }
        k = dec(t, i, &cp);
        if (is_alnum(cp)) {
            tally_letter(cp, nletters, nupper, nlower);
            i += k;
            continue;
        }
        if (cp == '&' && i > start && (unsigned)((unsigned char)t->src[i - 1] - 'A') < 26u && i + 1 < t->len &&
            (unsigned)((unsigned char)t->src[i + 1] - 'A') < 26u) {
            i++;   /* "AT&T", "S&P": an ampersand between capitals is inside the name */
            continue;
        }
        if (cp == '/' && i == start + 1 && is_upper((unsigned char)t->src[start]) && i + 1 < t->len &&
            (unsigned)((unsigned char)t->src[i + 1] - 'A') < 26u &&
            (i + 2 >= t->len || !is_alnum((unsigned char)t->src[i + 2]))) {
            i++;   /* "A/S", "K/S": a Danish or Norwegian legal form is one word */
            continue;
        }
        if (is_hyphen(cp) || is_apos(cp) || ((cp == '.' || cp == ',') && i > 0)) {
            size_t k2 = dec(t, i + k, &nx);
            uint32_t prev;
            /* previous code point: walk back over continuation bytes */
            size_t j = i;
            do
                j--;
            while (j > 0 && ((unsigned char)t->src[j] & 0xC0) == 0x80);
            dec(t, j, &prev);
            if (k2 == 0)
                break;
            if (is_hyphen(cp) && is_alnum(prev) && is_alnum(nx)) {
                /* "(R-Texas)", "(D-Calif.)": a party letter before a state is not part of the state's name */
                if (j == start && (prev == 'R' || prev == 'D' || prev == 'I') && is_upper(nx))
                    break;
                if (*nupper && cp == '-' && nx - 'a' < 26u && is_letter(prev) && name_suffix_at(t, i + 1))
                    break;
                i += k;
                continue;
            }
            if ((cp == '.' || cp == ',') && is_digit(prev) && is_digit(nx)) {
                i += k;
                continue;
            }
            if (cp == '.' && is_letter(prev) && web_suffix_at(t, i + 1)) {
                i += k;   /* "Amazon.com", "Secunia.com": a site's name is one word */
                continue;
            }
            if (is_apos(cp) && is_letter(prev) && is_letter(nx)) {
                /* "'s" followed by a non-letter is a possessive, not part of the word */
                uint32_t after;
                if ((nx == 's' || nx == 'S') && (dec(t, i + k + k2, &after) == 0 || !is_letter(after)))
                    break;
                i += k;
                continue;
            }
        }
        break;
    }
    return i;
}

eg_status eg_text_analyze(eg_text *t, const char *src, size_t len, eg_error *err)
{
    eg_status ret = EG_OK;
    size_t i = 0;
    int newlines = 2; /* the start of the text counts as a paragraph start */
    if (len >= UINT32_MAX)
        return eg_error_set(err, EG_ELIMIT, "document of %zu bytes is too large to analyse (limit 4 GiB)", len);
    t->src = src;
    t->len = len;
    t->ntoks = t->nsents = 0;
    t->norm_len = 0;
    t->invalid_bytes = 0;
    while (i < len) {
        uint32_t cp, nx;
        size_t k = dec(t, i, &cp);
        uint16_t flags = 0;
        size_t end;
        if (cp == '\n') {
            newlines++;
            i += k;
            continue;
        }
        if (cp != (uint32_t)-1 && is_space(cp)) {
            i += k;
            continue;
        }
        if (newlines)
            flags |= EG_TOK_LINE_START;
        if (newlines >= 2)
            flags |= EG_TOK_PARA_START;
        newlines = 0;
        if (cp == (uint32_t)-1) {
            t->invalid_bytes++;
            end = i + 1;
            flags |= EG_TOK_INVALID;
        } else if (is_alnum(cp)) {
            int nl, nu, nlow;
            end = scan_word(t, i, &nl, &nu, &nlow);
            if (t->cut && is_upper(cp) && memchr(src + i, '-', end - i) && !cap_word_after(t, end)) {
                /* "Russia-Ukraine", "Israeli-Palestinian": two names joined, cut where the caller says; not when
                 * a longer name goes on ("Eritrea-Ethiopia Boundary Commission") */
                size_t at, nn = word_after(t, end, &at);
                size_t n = t->cut(t->cut_ctx, src + i, end - i, src + at, nn);
                if (n > 0 && n < end - i) {
                    end = i + n;
                    count_letters(t, i, end, &nl, &nu, &nlow);
                }
            }
            flags |= EG_TOK_WORD;
            if (is_digit(cp))
                flags |= EG_TOK_NUM;
            if (is_upper(cp))
                flags |= EG_TOK_CAP;
            if (nl >= 2 && nlow == 0)
                flags |= EG_TOK_ALLCAPS;
            /* a period that belongs to the word: initials, dotted acronyms, known abbreviations */
            if (end < len && t->src[end] == '.') {
                size_t e2 = end + 1;
                uint32_t c2, c3;
                if (nl == 1 && end - i == k && is_letter(cp)) {
                    /* "J." or the start of "U.S." / "a.m." */
                    size_t n2;
                    /* (a letter of any script: "A.Ş.") */
                    while ((n2 = dec(t, e2, &c2)) != 0 && is_letter(c2) && dec(t, e2 + n2, &c3) == 1 && c3 == '.')
                        e2 += n2 + 1;
                    if (e2 > end + 1) {
                        flags |= EG_TOK_ABBR;
                        if (nu == 1)
                            flags |= EG_TOK_ALLCAPS;
                        end = e2;
                    } else if (nu == 1) {
                        flags |= EG_TOK_ABBR | EG_TOK_INITIAL;
                        end = e2;
                    }
                } else if (end - i == 2 && nu == 1 && e2 + 1 < len && src[e2] >= 'a' && src[e2] <= 'z' &&
                           src[e2 + 1] == '.') {
                    /* "Sh.a.", "Sh.p.k.": an Albanian company's legal form is one word */
                    while (e2 + 1 < len && src[e2] >= 'a' && src[e2] <= 'z' && src[e2 + 1] == '.')
                        e2 += 2;
                    flags |= EG_TOK_ABBR;
                    end = e2;
                } else if (nu == 1 && name_abbrev(src + i, end - i) && end + 2 < len && src[end + 1] == ' ' &&
                           (unsigned)((unsigned char)src[end + 2] - 'A') < 26u &&
                           !(src[i + 1] == 'd' && t->ntoks && src[t->toks[t->ntoks - 1].start] == ',') &&
                           !((src[i + 1] == 'a' || src[i] == 'Y') && t->ntoks &&
                             (t->toks[t->ntoks - 1].flags & EG_TOK_CAP) && opener_at(src, len, end + 2))) {
                    /* (not the state of "Rockville, Md.", nor the surname of "Jack Ma. The talks", "Li Yu. He
                     * said") */
                    /* "Ch. Temuulen", "Ts. Bolormaa": a Mongolian patronymic's initial is a digraph, as is a
                     * Greek one ("Andreas Th. Kyprianides") or a Russian or Ukrainian one ("Taras Yu.
                     * Pylypenko"); "Md. Shafiqul Islam", "Mohd. Faizal": Muhammad shortened */
                    flags |= EG_TOK_ABBR | EG_TOK_INITIAL;
                    end = e2;
                } else {
                    char low[16];
                    size_t n = end - i;
                    if (n < sizeof low) {
                        size_t m = eg_utf8_fold(src + i, n, low, sizeof low);
                        if (eg_segment_is_abbrev(low, m)) {
                            end = end + 1;
                            flags |= EG_TOK_ABBR;
                        }
                    }
                }
            }
        } else if (is_apos(cp) && i > 0 && t->ntoks > 0 && t->toks[t->ntoks - 1].end == i &&
                   (t->toks[t->ntoks - 1].flags & EG_TOK_WORD)) {
            /* possessive "'s", or a bare apostrophe after a plural ("the Smiths' house") */
            size_t k2 = dec(t, i + k, &nx);
            uint32_t after;
            if ((nx == 's' || nx == 'S') && (dec(t, i + k + k2, &after) == 0 || !is_letter(after))) {
                end = i + k + k2;
                flags |= EG_TOK_POSS;
            } else {
                const char *w = src + t->toks[t->ntoks - 1].start;
                size_t wl = t->toks[t->ntoks - 1].end - t->toks[t->ntoks - 1].start;
                end = i + k;
                if (wl > 1 && (w[wl - 1] == 's') && (k2 == 0 || !is_letter(nx)))
                    flags |= EG_TOK_POSS;
                else
                    flags |= EG_TOK_PUNCT;
            }
        } else {
            end = i + k;
            flags |= EG_TOK_PUNCT;
            if (is_dash(cp))
                flags |= EG_TOK_DASH;
            if (cp == '.' || cp == '!' || cp == '?' || cp == 0x2026) {
                flags |= EG_TOK_TERMINAL;
                /* "..." and "?!" are one token */
                while (end < len && (src[end] == '.' || src[end] == '!' || src[end] == '?'))
                    end++;
            }
        }
        ret = push_token(t, (uint32_t)i, (uint32_t)end, flags);
        if (ret != EG_OK) {
            ret = eg_error_set(err, ret, "out of memory while tokenizing");
            goto cleanup;
        }
        i = end;
    }
    ret = eg_segment_sentences(t, err);
cleanup:
    return ret;
}
