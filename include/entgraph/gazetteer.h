/* entgraph/gazetteer.h: what the program knows before reading a word.
 *
 * Countries come from Debian's iso-codes (ISO 3166-1 names, common and official names, alpha-2 codes; ISO 3166-2
 * states and provinces of large countries as places). The project's own tables in data/ add country short forms,
 * demonyms, cities (GeoNames), other places, titles, honorifics, organization words and acronyms, given names,
 * stop words, months and weekdays (see data/README.md). Phrases are matched on folded token forms (see
 * entgraph/text.h), so "U.S.", "CHINA" and "Côte d’Ivoire" match as written in any case or quote style. */
#ifndef ENTGRAPH_GAZETTEER_H
#define ENTGRAPH_GAZETTEER_H

#include <stddef.h>
#include <stdint.h>
#include "entgraph/error.h"
#include "entgraph/text.h"

enum {
    EG_GZ_COUNTRY = 1 << 0,
    EG_GZ_DEMONYM = 1 << 1,
    EG_GZ_CITY = 1 << 2,
    EG_GZ_PLACE = 1 << 3,      /* regions, seas, islands, states and provinces */
    EG_GZ_TITLE = 1 << 4,
    EG_GZ_HONORIFIC = 1 << 5,
    EG_GZ_ORGWORD = 1 << 6,
    EG_GZ_ORG = 1 << 7,        /* a known organization acronym or name */
    EG_GZ_FIRSTNAME = 1 << 8,
    EG_GZ_STOPWORD = 1 << 9,
    EG_GZ_MONTH = 1 << 10,
    EG_GZ_WEEKDAY = 1 << 11,
    EG_GZ_CAPS = 1 << 12,      /* with EG_GZ_ORG: an acronym the table writes in capitals ("ILO", not "Fed") */
};

/* What one phrase is. A phrase may be several kinds at once ("Jordan": country and given name). */
typedef struct {
    uint32_t kinds;
    char cc[3];            /* ISO 3166-1 alpha-2 of the country, city or place; "" when none */
    uint8_t number;        /* month 1-12 or weekday 1-7 */
    uint8_t ntoks;         /* length of the phrase in tokens */
    const char *canon;     /* display name: a country's common name, an acronym's expansion; or NULL */
} eg_gz_entry;

typedef struct eg_gazetteer eg_gazetteer;

/* Loads every table. datadir: the project's data/ (NULL: eg_gazetteer_default_datadir()); isodir: iso-codes JSON
 * directory (NULL: the one found at build time). Caller frees with eg_gazetteer_free. */
eg_status eg_gazetteer_load(eg_gazetteer **out, const char *datadir, const char *isodir, eg_error *err);
void eg_gazetteer_free(eg_gazetteer *g);

/* The data directory used when none is given: $ENTGRAPH_DATA, else the source tree's data/ when it exists (a
 * build that has not been installed), else the installed one. Static string. */
const char *eg_gazetteer_default_datadir(void);

/* The entry for an exact folded phrase (tokens' folded forms joined by single spaces), or NULL. */
const eg_gz_entry *eg_gazetteer_lookup(const eg_gazetteer *g, const char *folded, size_t len);

/* Longest phrase starting at token i and ending before token end whose entry has any of `kinds`. Returns its
 * length in tokens (0 when none) and the entry through *entry. O(longest phrase); one look-up for a word that
 * starts no phrase. */
size_t eg_gazetteer_match(const eg_gazetteer *g, const eg_text *t, size_t i, size_t end, uint32_t kinds,
                          const eg_gz_entry **entry);

/* 0 when no phrase of two words or more starts with the folded word w[0..n) (1 may be wrong: it means "look"). A
 * few instructions, no look-up. */
int eg_gazetteer_may_start_phrase(const eg_gazetteer *g, const char *w, size_t n);

/* A document's phrase matches, worked out once per token: the rules ask about the same tokens many times.
 * Init once, reset for each document, release at the end. Across documents it also remembers the table's answer
 * for the last word seen at each of 4096 slots (128 KB), so that a frequent word costs no trip to the large table.
 * One thread at a time. */
typedef struct eg_gz_memo_tok eg_gz_memo_tok;
typedef struct eg_gz_word_slot eg_gz_word_slot;
typedef struct {
    const eg_gazetteer *g;     /* borrowed */
    const eg_text *t;          /* borrowed, valid until the next reset */
    eg_gz_memo_tok *toks;      /* owned: one slot per token */
    size_t atoks;
    uint32_t gen;              /* slots of another generation are not filled in yet */
    eg_gz_word_slot *words;    /* owned: the table's answer for recent single words, kept across documents of g */
} eg_gz_memo;

void eg_gz_memo_init(eg_gz_memo *m);
void eg_gz_memo_release(eg_gz_memo *m);
/* Start on document t (borrowed; it must not change until the next reset). O(1) but for growth. */
eg_status eg_gz_memo_reset(eg_gz_memo *m, const eg_gazetteer *g, const eg_text *t);
/* Same answer as eg_gazetteer_match(g, t, i, end, kinds, entry) for the memo's g and t. */
size_t eg_gz_memo_match(eg_gz_memo *m, size_t i, size_t end, uint32_t kinds, const eg_gz_entry **entry);
/* Same answer as eg_gazetteer_lookup of token i's folded form. */
const eg_gz_entry *eg_gz_memo_word(eg_gz_memo *m, size_t i);

/* The display name of a country by alpha-2 code (any case), or NULL. */
const char *eg_gazetteer_country_name(const eg_gazetteer *g, const char *cc);

/* 1 when the folded word w[0..n) has marks on Latin letters and is a given name of the list without them
 * ("hélène" -> "helene": the list comes from records written without marks), or joins two given names with a hyphen
 * ("pierre-alain", "hans-jürgen"); 0 otherwise (a plain ASCII word in the list is the caller's look-up). */
int eg_gazetteer_marked_given_name(const eg_gazetteer *g, const char *w, size_t n);

/* The formal given name for a nickname ("bill" -> "william"), folded; NULL when none. Several formal names may
 * exist: index k = 0, 1, ... until NULL. */
const char *eg_gazetteer_nickname(const eg_gazetteer *g, const char *folded, size_t k);

/* An eg_text_cut_fn (ctx: the gazetteer): where a word of two names joined by a hyphen, each a country, a demonym
 * or a city written with a capital ("Russia-Ukraine", "Israeli-Palestinian", "US-Mexico", "Dakar-Bamako"), ends
 * its first name; so too when only one is, before a word of a route ("the Olbia-Barcelona route", "the Addis
 * Ababa-Djibouti railway"); 0 for any other word and for one the tables know whole ("Guinea-Bissau"). */
size_t eg_gazetteer_hyphen_cut(const void *g, const char *w, size_t n, const char *next, size_t next_n);

/* Number of phrases loaded (for diagnostics). */
size_t eg_gazetteer_size(const eg_gazetteer *g);

#endif
