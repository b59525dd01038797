/* entgraph/text.h: UTF-8, tokens and sentences with byte offsets.
 *
 * eg_text_analyze turns a document's bytes into tokens and sentences. Offsets are byte offsets into the original
 * bytes, which are never changed: invalid UTF-8 bytes become one-byte tokens of their own and never shift anything.
 * Each token also has a folded form for matching (lower case, typographic quotes, dashes and non-breaking spaces
 * mapped to ASCII), kept in one buffer owned by the eg_text. An eg_text is reused from document to document so
 * that steady-state analysis allocates nothing. */
#ifndef ENTGRAPH_TEXT_H
#define ENTGRAPH_TEXT_H

#include <stddef.h>
#include <stdint.h>
#include "entgraph/error.h"

enum {
    EG_TOK_WORD = 1 << 0,      /* letters (and digits, hyphens, apostrophes inside) */
    EG_TOK_NUM = 1 << 1,       /* starts with a digit */
    EG_TOK_PUNCT = 1 << 2,     /* one punctuation or symbol character */
    EG_TOK_CAP = 1 << 3,       /* first letter is upper case */
    EG_TOK_ALLCAPS = 1 << 4,   /* at least two letters, all upper case */
    EG_TOK_ABBR = 1 << 5,      /* ends with a period that belongs to it ("U.S.", "Mr.", "J.") */
    EG_TOK_INITIAL = 1 << 6,   /* a single capital letter with its period ("J.") */
    EG_TOK_SENT_START = 1 << 7,/* first word of its sentence (after opening quotes or brackets) */
    EG_TOK_LINE_START = 1 << 8,/* first token on its line */
    EG_TOK_INVALID = 1 << 9,   /* an invalid UTF-8 byte */
    EG_TOK_POSS = 1 << 10,     /* a possessive "'s" or "’s" (also a bare "’" after a word ending in s) */
    EG_TOK_CAPS_LINE = 1 << 11,/* in a sentence written all in capitals (a shouted headline) */
    EG_TOK_HEADLINE = 1 << 12, /* in a line without final punctuation that stands alone (a headline) */
    EG_TOK_DASH = 1 << 13,     /* a dash (-, –, —) */
    EG_TOK_PARA_START = 1 << 14,/* first token after a blank line */
    EG_TOK_TERMINAL = 1 << 15, /* '.', '!', '?' or an ellipsis */
};

typedef struct {
    uint32_t start, end;   /* bytes [start, end) of the document */
    uint32_t norm;         /* offset of the folded form in eg_text.norm */
    uint16_t norm_len;
    uint16_t flags;
    uint32_t sent;         /* index of its sentence */
} eg_token;

typedef struct {
    uint32_t start, end;       /* bytes, from the first token's start to the last token's end */
    uint32_t tok_begin, tok_end;
} eg_sentence;

/* Where to cut a word joined by a hyphen: the bytes of its first part, or 0 to keep it whole. w[0..n) is the word
 * as written, with at least one '-' inside; next[0..next_n) the word after it, as written (next_n 0 when a
 * punctuation mark or the end comes first). */
typedef size_t (*eg_text_cut_fn)(const void *ctx, const char *w, size_t n, const char *next, size_t next_n);

typedef struct {
    const char *src;       /* borrowed: the document bytes, valid while the caller keeps them */
    size_t len;
    eg_token *toks;
    size_t ntoks, atoks;
    eg_sentence *sents;
    size_t nsents, asents;
    char *norm;            /* folded forms, NUL-separated */
    size_t norm_len, norm_alloc;
    size_t invalid_bytes;  /* count of bytes that were not valid UTF-8 */
    eg_text_cut_fn cut;    /* NULL (eg_text_init's): words keep their hyphens; else asked of each capitalised word
                            * with a '-' inside, which it may cut into two words and the hyphen ("Russia-Ukraine") */
    const void *cut_ctx;   /* borrowed, passed to cut */
} eg_text;

void eg_text_init(eg_text *t);
void eg_text_release(eg_text *t);

/* Tokenize and segment src[0..len). src is borrowed and must outlive the use of t's offsets. len must be below
 * 4 GiB (offsets are 32-bit). O(len). */
eg_status eg_text_analyze(eg_text *t, const char *src, size_t len, eg_error *err);

/* The folded form of token i (NUL-terminated, borrowed from t). */
static inline const char *eg_text_norm(const eg_text *t, size_t i)
{
    return t->norm + t->toks[i].norm;
}

/* ---- UTF-8 helpers ---- */

/* Decode one code point at s[0..n). Returns its byte length (1..4) and stores it in *cp; for an invalid or
 * truncated sequence returns 1 and stores (uint32_t)-1. */
size_t eg_utf8_decode(const unsigned char *s, size_t n, uint32_t *cp);
/* Encode code point cp (at most U+10FFFF) into o[0..4); returns its byte length (1..4). */
size_t eg_utf8_encode(uint32_t cp, char *o);
/* 1 when s[0..n) is entirely valid UTF-8. */
int eg_utf8_valid(const char *s, size_t n);
/* Append the folded form of s[0..n) (see above; also lower case) to out, at most cap bytes, NUL-terminated.
 * Returns the length written. */
size_t eg_utf8_fold(const char *s, size_t n, char *out, size_t cap);
/* Copy the lower-case folded word s[0..n) to out without the marks on its Latin letters ("hélène" -> "helene",
 * "łukasz" -> "lukasz"), at most cap - 1 bytes, NUL-terminated. Returns the length written, or 0 when s has a
 * character that is neither ASCII nor such a letter, or out is too small. */
size_t eg_utf8_strip_marks(const char *s, size_t n, char *out, size_t cap);
/* Code point classes used by the tokenizer. */
int eg_cp_is_space(uint32_t cp);
int eg_cp_is_letter(uint32_t cp);
int eg_cp_is_upper(uint32_t cp);

#endif
