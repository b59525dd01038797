/* entgraph/corpus.h: everything learned from all documents of one call.
 *
 * Documents are added one at a time (eg_corpus_add) and released by the caller; the corpus keeps only what the
 * graph and the alias table need. Each document entity maps to a *base entity* by its type and identity key
 * ("Antony J. Blinken" and "Antony Blinken" share the key "antony blinken"). When all documents are in,
 * eg_corpus_resolve merges base entities that name the same real entity across documents (surname-only mentions,
 * nicknames, one-letter spelling variants, acronyms and their expansions, organization name variants; see
 * src/resolve.c) and applies the user's merge and split decisions; the resolved entities and relations are what
 * the graph is built from. Relations are co-occurrences of distinct entities in one sentence, each with its
 * evidence (document, sentence byte span, sentence text for the first few). */
#ifndef ENTGRAPH_CORPUS_H
#define ENTGRAPH_CORPUS_H

#include <stddef.h>
#include <stdint.h>
#include "entgraph/error.h"
#include "entgraph/extract.h"
#include "entgraph/gazetteer.h"
#include "entgraph/text.h"

/* Evidence kept per relation: its first EG_EVIDENCE_MAX sentences in corpus order (document, position); the weight
 * counts them all. Memory then grows with the graph, not with the corpus. */
#define EG_EVIDENCE_MAX 100
/* Sentence texts kept per relation (of its first sentences); longer sentences are cut at a character boundary. */
#define EG_EVIDENCE_TEXTS 5
#define EG_EVIDENCE_TEXTS_STATED 100   /* for meetings and affiliations */
#define EG_EVIDENCE_TEXT_MAX 600
/* Co-occurrence pairs are made among at most this many distinct entities of one sentence (the first ones). */
#define EG_SENTENCE_PAIR_MAX 64

#define EG_NO_ENTITY UINT32_MAX

#define EG_NO_STATED UINT32_MAX

/* One sentence behind a relation. 24 bytes: a large corpus has tens of millions. */
typedef struct {
    uint32_t doc;           /* index of the document (eg_corpus_doc_name) */
    uint32_t start, end;    /* sentence bytes in that document */
    uint32_t stated;        /* what a meeting's or affiliation's sentence says (eg_corpus_stated), or EG_NO_STATED */
    uint64_t text;          /* the sentence, spaces collapsed, valid UTF-8 (eg_corpus_text), or 0 when not kept */
} eg_evidence;

/* What a meeting's or an affiliation's sentence says. */
typedef struct {
    uint32_t place, venue;  /* base entity indices (eg_corpus_resolved_of gives the entity), or EG_NO_ENTITY */
    char date[11];          /* "YYYY-MM-DD", "YYYY-MM" or "" */
    uint8_t status, mode;   /* eg_meeting_status, eg_meeting_mode */
    const char *role;       /* an affiliation's role (the corpus's), or NULL */
} eg_stated;

/* A resolved entity. */
typedef struct {
    char *id;               /* "<type>:<slug>" (owned) */
    char *label;            /* display name: the fullest form seen (owned) */
    eg_type type;
    char cc[3];             /* ISO 3166-1 alpha-2 when known */
    uint32_t mentions;      /* over all documents */
    uint32_t documents;     /* number of documents that mention it */
    uint32_t *members;      /* base entities merged into it (owned), first = the one that gave id and label */
    size_t nmembers;
} eg_entity;

typedef enum {
    EG_REL_COOCCURRENCE = 0,  /* named in one sentence */
    EG_REL_MET,               /* the two took part in one meeting */
    EG_REL_AFFILIATION,       /* a person (a or b) belongs to an organization or country, in a role */
    EG_REL_LOCATED_IN,        /* a place is in a country (from the gazetteer; no evidence sentence) */
    EG_NKINDS
} eg_rel_kind;

/* "cooccurrence", "met", "affiliation", "located_in" */
const char *eg_rel_kind_name(eg_rel_kind kind);

typedef struct {
    uint32_t a, b;          /* entity indices, a < b; for located_in, a is the place and b its country */
    uint32_t weight;        /* number of distinct sentences behind it */
    uint8_t kind;           /* eg_rel_kind */
    eg_evidence *evidence;  /* the first min(weight, EG_EVIDENCE_MAX) of them, by document then position (owned) */
    uint32_t nevidence, aevidence;
} eg_relation;              /* 32 bytes: a large corpus has millions */

/* The user's decisions, applied by eg_corpus_resolve (see entgraph/aliases.h for the file that holds them). */
typedef struct {
    char **merge;           /* pairs: merge[2k] and merge[2k+1] are one entity (ids of entities or members) */
    size_t nmerge;          /* number of pairs */
    char **split;           /* member ids kept apart from every automatic merge */
    size_t nsplit;
    char **label;           /* pairs: label[2k] is an id, label[2k+1] its display name */
    size_t nlabel;
} eg_alias_rules;

typedef struct eg_corpus eg_corpus;

eg_status eg_corpus_new(eg_corpus **out, eg_error *err);
void eg_corpus_free(eg_corpus *c);

/* Add one analysed and extracted document. t and x are borrowed for the call only. When bases is non-NULL it must
 * have room for x->nentities values and receives each document entity's base entity index (see
 * eg_corpus_resolved_of). O(mentions + pairs per sentence). */
eg_status eg_corpus_add(eg_corpus *c, const char *doc_name, const eg_text *t, const eg_extraction *x,
                        uint32_t *bases, eg_error *err);

/* Merge base entities across documents (with gz's given names and nicknames; gz may be NULL for no automatic
 * merges) and apply rules (may be NULL). Call once, after the last eg_corpus_add (and eg_corpus_save_shard) and
 * before reading entities or relations. The base relations are turned into the resolved ones: after a failure other
 * than EG_ENOTFOUND the corpus can only be freed. Unknown ids in rules are reported as EG_ENOTFOUND after everything else
 * was applied. O(entities + relations + evidence log evidence). */
eg_status eg_corpus_resolve(eg_corpus *c, const eg_gazetteer *gz, const eg_alias_rules *rules, eg_error *err);

size_t eg_corpus_ndocs(const eg_corpus *c);
/* Document i's name as given, cleaned for display (see eg_clean_text, at most 1024 bytes). */
const char *eg_corpus_doc_name(const eg_corpus *c, size_t i);
/* Resolved entities and relations (after eg_corpus_resolve). */
size_t eg_corpus_nentities(const eg_corpus *c);
const eg_entity *eg_corpus_entity(const eg_corpus *c, size_t i);
size_t eg_corpus_nrelations(const eg_corpus *c);
const eg_relation *eg_corpus_relation(const eg_corpus *c, size_t i);
/* What the evidence of resolved relation i says, by name: for a meeting "place" (the label of the place most often
 * stated), "date" (the first stated), "status" ("held" when any sentence says so, else the first stated) and
 * "mode" (the first stated); for an affiliation "role" (the first stated). "" when there is none, NULL for another
 * name. The string is the corpus's. O(log relations). */
const char *eg_corpus_relation_summary(const eg_corpus *c, size_t i, const char *name);
/* The text of a sentence kept as evidence (ev->text): "" when none. The corpus keeps most of its sentences in a
 * temporary file once they pass a size (see eg_corpus_set_text_memory), so the string is valid only until the next
 * call of eg_corpus_text on c: use it or copy it. Not thread-safe. */
const char *eg_corpus_text(const eg_corpus *c, const eg_evidence *ev);
/* 1 after a sentence could not be read back from the temporary file (eg_corpus_text then gave ""). */
int eg_corpus_text_failed(const eg_corpus *c);
/* Keep at most `bytes` of evidence sentences in memory, the rest in a temporary file in $TMPDIR (default 32 MB).
 * Call before the first eg_corpus_add. */
void eg_corpus_set_text_memory(eg_corpus *c, size_t bytes);
/* Whether eg_corpus_add records the documents' relations (co-occurrences, meetings, affiliations, with their
 * evidence): on by default. A caller that reads only the resolved entities (the extract command) turns it off
 * before the first eg_corpus_add and gets the same entities with none of the relation work; the only relations
 * are then the located_in ones resolution derives from the gazetteer. */
void eg_corpus_set_relations(eg_corpus *c, int on);
/* What the sentence of a meeting's or affiliation's evidence says, or NULL for a co-occurrence. */
const eg_stated *eg_corpus_stated(const eg_corpus *c, const eg_evidence *ev);
/* Every form entity i was written in except its label, separated by '|', each once (after eg_corpus_resolve).
 * Caller frees; NULL when out of memory. */
char *eg_corpus_aliases(const eg_corpus *c, size_t i);
/* The resolved entity of a base entity (after eg_corpus_resolve). */
uint32_t eg_corpus_resolved_of(const eg_corpus *c, uint32_t base);

/* Save what the corpus collected (documents, base entities, base relations with their evidence) as a shard file,
 * before resolution (EG_EINVAL after); written to a temporary file renamed into place. */
eg_status eg_corpus_save_shard(const eg_corpus *c, const char *path, eg_error *err);

/* Append a shard's documents, base entities and relations to c (not yet resolved). Shards merged in the order of
 * their documents give exactly the corpus that one run over all those documents gives; then resolve as usual. */
eg_status eg_corpus_merge_shard(eg_corpus *c, const char *path, eg_error *err);

/* Write the slug of s (lower-case words joined by '-', UTF-8 letters kept) into out (cap bytes, NUL-terminated). */
void eg_slugify(const char *s, char *out, size_t cap);

/* Copy s[0..n) for display: control characters and runs of white space become one space, invalid UTF-8 becomes
 * U+FFFD, and the result is cut at a character boundary to at most max bytes (plus "…" when cut). Caller frees. */
char *eg_clean_text(const char *s, size_t n, size_t max);

#endif
