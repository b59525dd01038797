/* segment.c: sentence segmentation over tokens (see segment.h).
 *
 * Tokens arrive with their periods already attached to abbreviations, so a lone '.', '!', '?' or ellipsis is the
 * usual end of a sentence. Other boundaries: a blank line, a line break before a capitalised word (headlines,
 * one-sentence-per-line text), and an abbreviation such as "U.S." followed by a word that typically opens a
 * sentence. A line break before a lower-case word is a wrapped line, not a boundary. */
#include "segment.h"

#include <stdlib.h>
#include <string.h>

/* Abbreviations that keep their period; folded, sorted, without the period. */
static const char *const abbrevs[] = {
    "adm", "apr", "assn", "aug", "ave", "bhd", "brig", "bros", "capt", "cmdr", "co", "col", "corp", "cpl", "dec",
    "dept", "dr", "ehf", "eng", "esq", "etc", "feb", "fig", "fri", "ft", "gen", "gov", "govt", "hf", "hon", "inc",
    "ing", "intl", "jan", "jr", "jul", "jun", "kft", "lda", "lic", "lt", "ltd", "ltda", "maj", "mar", "messrs", "mon",
    "mr", "mrs", "ms", "mt", "natl", "no", "nov", "nyrt", "oct", "pres", "prof", "pty", "pvt", "rep", "reps", "rev",
    "sat", "sen", "sens", "sep", "sept", "sgt", "sp", "sr", "st", "sun", "supt", "thu", "thurs", "tue", "tues", "univ",
    "vs", "wed", "zrt",
};

/* Abbreviations that never end a sentence: they always precede something. */
static const char *const prefix_abbrevs[] = {
    "adm", "brig", "capt", "cmdr", "col", "cpl", "dr", "eng", "gen", "gov", "hon", "ing", "lic", "lt", "maj", "messrs",
    "mr", "mrs", "ms", "mt", "pres", "prof", "rep", "reps", "rev", "sen", "sens", "sgt", "st", "supt",
};

/* Words that, capitalised after an abbreviation like "U.S.", almost always open a new sentence. */
static const char *const openers[] = {
    "a", "after", "an", "and", "as", "at", "but", "he", "her", "his", "however", "i", "in", "it", "its", "mr.", "mrs.",
    "ms.", "on", "our", "she", "so", "that", "the", "their", "there", "these", "they", "this", "those", "we", "when",
    "while", "you",
};

static int in_list(const char *const *list, size_t n, const char *w, size_t len)
{
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        int c = strncmp(list[mid], w, len);
        if (c == 0 && list[mid][len] != '\0')
            c = 1;
        if (c == 0)
            return 1;
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return 0;
}

int eg_segment_is_opener(const char *folded, size_t len)
{
    return in_list(openers, sizeof openers / sizeof *openers, folded, len);
}

int eg_segment_is_abbrev(const char *folded, size_t len)
{
    return in_list(abbrevs, sizeof abbrevs / sizeof *abbrevs, folded, len);
}

static int is_prefix_abbrev(const eg_text *t, size_t i)
{
    const char *w = eg_text_norm(t, i);
    size_t n = t->toks[i].norm_len;
    if (n > 1 && w[n - 1] == '.')
        n--;
    return in_list(prefix_abbrevs, sizeof prefix_abbrevs / sizeof *prefix_abbrevs, w, n);
}

static int is_closer(const eg_text *t, size_t i)
{
    const char *w = eg_text_norm(t, i);
    return (t->toks[i].flags & EG_TOK_PUNCT) && (strcmp(w, "\"") == 0 || strcmp(w, "'") == 0 ||
                                                 strcmp(w, ")") == 0 || strcmp(w, "]") == 0);
}

static int is_opener_punct(const eg_text *t, size_t i)
{
    const char *w = eg_text_norm(t, i);
    return (t->toks[i].flags & EG_TOK_PUNCT) &&
           (strcmp(w, "\"") == 0 || strcmp(w, "'") == 0 || strcmp(w, "(") == 0 || strcmp(w, "[") == 0);
}

static int starts_lower(const eg_text *t, size_t i)
{
    uint32_t cp;
    const eg_token *tok = &t->toks[i];
    if (!(tok->flags & EG_TOK_WORD) || (tok->flags & EG_TOK_NUM))
        return 0;
    eg_utf8_decode((const unsigned char *)t->src + tok->start, tok->end - tok->start, &cp);
    return eg_cp_is_letter(cp) && !eg_cp_is_upper(cp);
}

/* Is there a boundary between token i-1 and token i? */
static int boundary_before(const eg_text *t, size_t i)
{
    const eg_token *prev = &t->toks[i - 1], *cur = &t->toks[i];
    size_t j;
    if (cur->flags & EG_TOK_PARA_START)
        return 1;
    if (cur->flags & EG_TOK_LINE_START) {
        const char *pw = eg_text_norm(t, i - 1);
        if (starts_lower(t, i))
            return 0;
        if ((prev->flags & EG_TOK_PUNCT) && (strcmp(pw, ",") == 0 || (prev->flags & EG_TOK_DASH)))
            return 0;
        return 1;
    }
    /* the previous token ends a sentence, possibly followed by closing quotes */
    j = i - 1;
    while (j > 0 && is_closer(t, j) && t->toks[j].start == t->toks[j - 1].end)
        j--;
    if (t->toks[j].flags & EG_TOK_TERMINAL) {
        if (j + 1 < i && j + 1 != i - 0) {
            /* closers after the terminal belong to this sentence; the break is after them */
        }
        if (is_closer(t, i) && cur->start == t->toks[i - 1].end)
            return 0;   /* the closer is glued to the terminal */
        if (starts_lower(t, i))
            return 0;   /* '"Why?" she asked.' or an unknown abbreviation */
        if ((cur->flags & EG_TOK_PUNCT) && cur->norm_len == 1 && strchr(",;:", eg_text_norm(t, i)[0]))
            return 0;   /* "Sen. Mary Okafor, D-Calif., met": a comma goes on with the sentence */
        return 1;
    }
    /* "... Aguas del Golfo S.A. de C.V. Saguaro Aquatech's chief executive": a Mexican company's last legal form
     * ends its name, and a capital after it opens a sentence */
    if (j == i - 1 && j >= 2 && (cur->flags & EG_TOK_CAP) && prev->norm_len == 4 &&
        memcmp(eg_text_norm(t, j), "c.v.", 4) == 0 && t->toks[j - 1].norm_len == 2 &&
        memcmp(eg_text_norm(t, j - 1), "de", 2) == 0)
        return 1;
    if ((t->toks[j].flags & EG_TOK_ABBR) && !(t->toks[j].flags & EG_TOK_INITIAL) && j == i - 1 &&
        !is_prefix_abbrev(t, j) && (cur->flags & EG_TOK_CAP)) {
        const char *w = eg_text_norm(t, i);
        return in_list(openers, sizeof openers / sizeof *openers, w, cur->norm_len);
    }
    return 0;
}

static eg_status push_sentence(eg_text *t, size_t b, size_t e)
{
    eg_sentence *s;
    if (t->nsents == t->asents) {
        size_t na = t->asents ? t->asents * 2 : 128;
        eg_sentence *p = realloc(t->sents, na * sizeof *p);
        if (!p)
            return EG_ENOMEM;
        t->sents = p;
        t->asents = na;
    }
    s = &t->sents[t->nsents++];
    s->tok_begin = (uint32_t)b;
    s->tok_end = (uint32_t)e;
    s->start = t->toks[b].start;
    s->end = t->toks[e - 1].end;
    return EG_OK;
}

/* Mark sentence-level flags on the tokens of sentence si. */
static void mark_sentence(eg_text *t, size_t si)
{
    eg_sentence *s = &t->sents[si];
    size_t i, words = 0, caps = 0;
    uint16_t extra = 0;
    const eg_token *last = &t->toks[s->tok_end - 1];
    int ends_line = s->tok_end == t->ntoks || (t->toks[s->tok_end].flags & EG_TOK_LINE_START);
    int starts_line = (t->toks[s->tok_begin].flags & EG_TOK_LINE_START) != 0;
    for (i = s->tok_begin; i < s->tok_end; i++) {
        t->toks[i].sent = (uint32_t)si;
        if ((t->toks[i].flags & EG_TOK_WORD) && !(t->toks[i].flags & EG_TOK_NUM)) {
            words++;
            if (t->toks[i].flags & EG_TOK_ALLCAPS)
                caps++;
        }
    }
    /* (two words when they are a line of their own: a subheading, "RAILWAY ROUTE") */
    if ((words >= 3 || (words == 2 && starts_line && ends_line && !(last->flags & EG_TOK_TERMINAL))) &&
        caps * 10 >= words * 8)
        extra |= EG_TOK_CAPS_LINE;
    if (starts_line && ends_line && !(last->flags & EG_TOK_TERMINAL) && !is_closer(t, s->tok_end - 1) &&
        s->tok_end - s->tok_begin <= 25)
        extra |= EG_TOK_HEADLINE;
    for (i = s->tok_begin; i < s->tok_end; i++)
        t->toks[i].flags |= extra;
    for (i = s->tok_begin; i < s->tok_end && is_opener_punct(t, i); i++)
        ;
    if (i < s->tok_end)
        t->toks[i].flags |= EG_TOK_SENT_START;
}

eg_status eg_segment_sentences(eg_text *t, eg_error *err)
{
    eg_status ret = EG_OK;
    size_t i, b = 0;
    t->nsents = 0;
    if (t->ntoks == 0)
        goto cleanup;
    for (i = 1; i <= t->ntoks; i++) {
        if (i == t->ntoks || boundary_before(t, i)) {
            ret = push_sentence(t, b, i);
            if (ret != EG_OK) {
                ret = eg_error_set(err, ret, "out of memory while splitting sentences");
                goto cleanup;
            }
            mark_sentence(t, t->nsents - 1);
            b = i;
        }
    }
cleanup:
    return ret;
}
