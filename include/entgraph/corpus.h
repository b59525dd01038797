/* entgraph/corpus.h: everything learned from all documents of one call.
 *
 * Documents are added one at a time (eg_corpus_add) and then released by the caller; the corpus keeps only what
 * the graph needs: entities with corpus-wide ids (the same real entity gets the same id in every document),
 * mention and document counts, and co-occurrence relations between the distinct entities of each sentence, with
 * the evidence for each (document, sentence byte span, and the sentence text for the first few). */
#ifndef ENTGRAPH_CORPUS_H
#define ENTGRAPH_CORPUS_H

#include <stddef.h>
#include <stdint.h>
#include "entgraph/error.h"
#include "entgraph/extract.h"
#include "entgraph/text.h"

/* Sentence texts kept per relation (all spans are kept); longer sentences are cut at a character boundary. */
#define EG_EVIDENCE_TEXTS 5
#define EG_EVIDENCE_TEXT_MAX 600
/* Co-occurrence pairs are made among at most this many distinct entities of one sentence (the first ones). */
#define EG_SENTENCE_PAIR_MAX 64

typedef struct {
    uint32_t doc;           /* index of the document (eg_corpus_doc_name) */
    uint32_t start, end;    /* sentence bytes in that document */
    char *text;             /* the sentence, whitespace collapsed, valid UTF-8 (owned), or NULL past the first few */
} eg_evidence;

typedef struct {
    char *id;               /* "<type>:<slug>" (owned) */
    char *label;            /* display name: the fullest form seen (owned) */
    eg_type type;
    char cc[3];             /* ISO 3166-1 alpha-2 when known */
    uint32_t mentions;      /* over all documents */
    uint32_t documents;     /* number of documents that mention it */
    uint32_t last_doc;      /* internal: last document counted, + 1 */
} eg_entity;

typedef enum {
    EG_REL_COOCCURRENCE = 0,
    EG_NKINDS
} eg_rel_kind;

/* "cooccurrence" */
const char *eg_rel_kind_name(eg_rel_kind kind);

typedef struct {
    uint32_t a, b;          /* entity indices, a < b */
    eg_rel_kind kind;
    uint32_t weight;        /* number of sentences (or statements) behind it */
    eg_evidence *evidence;  /* weight entries, in input order (owned) */
    size_t nevidence, aevidence;
} eg_relation;

typedef struct eg_corpus eg_corpus;

eg_status eg_corpus_new(eg_corpus **out, eg_error *err);
void eg_corpus_free(eg_corpus *c);

/* Add one analysed and extracted document. t and x are borrowed for the call only. When ids is non-NULL it must
 * have room for x->nentities pointers and receives each document entity's corpus id (borrowed from the corpus,
 * valid until eg_corpus_free). O(mentions + pairs per sentence). */
eg_status eg_corpus_add(eg_corpus *c, const char *doc_name, const eg_text *t, const eg_extraction *x,
                        const char **ids, eg_error *err);

size_t eg_corpus_ndocs(const eg_corpus *c);
const char *eg_corpus_doc_name(const eg_corpus *c, size_t i);
size_t eg_corpus_nentities(const eg_corpus *c);
const eg_entity *eg_corpus_entity(const eg_corpus *c, size_t i);
size_t eg_corpus_nrelations(const eg_corpus *c);
const eg_relation *eg_corpus_relation(const eg_corpus *c, size_t i);

/* Write the slug of s (lower-case words joined by '-', UTF-8 letters kept) into out (cap bytes, NUL-terminated). */
void eg_slugify(const char *s, char *out, size_t cap);

/* Copy s[0..n) for display: control characters and runs of white space become one space, invalid UTF-8 becomes
 * U+FFFD, and the result is cut at a character boundary to at most max bytes (plus "…" when cut). Caller frees. */
char *eg_clean_text(const char *s, size_t n, size_t max);

#endif
