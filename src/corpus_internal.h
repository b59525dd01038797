/* corpus_internal.h (internal): the corpus's own data, shared by corpus.c (collecting), resolve.c (merging) and
 * aliases.c (the alias table). Nothing else includes it. */
#ifndef ENTGRAPH_CORPUS_INTERNAL_H
#define ENTGRAPH_CORPUS_INTERNAL_H

#include "entgraph/corpus.h"
#include "strtab.h"
#include "evpool.h"
#include "textstore.h"

#define EG_FORM_DOCS 8   /* documents listed per surface form in the alias table (all are counted) */

typedef struct {
    char *text;             /* the surface form (owned) */
    uint32_t len;           /* strlen(text) */
    uint32_t count;         /* mentions */
    uint32_t ndocs;         /* documents */
    uint32_t last_doc;
    uint32_t docs[EG_FORM_DOCS];  /* the first documents */
} eg_form;

/* One (type, identity key) seen in some document. */
typedef struct {
    char *id;               /* "<type>:<slug of key>" (owned) */
    char *key;              /* folded identity key (owned) */
    char *label;            /* fullest form seen (owned) */
    eg_type type;
    char cc[3];
    uint8_t acronym;        /* an organization written as one all-capital word */
    uint32_t mentions;
    uint32_t *docs;         /* distinct documents, increasing (owned) */
    size_t ndocs, adocs;
    eg_form *forms;         /* owned */
    size_t nforms, aforms;
} eg_base;

/* The index of base relations: (a, b, kind) -> index, open addressing; a slot holds the index (UINT32_MAX: empty)
 * and 32 bits of the hash. Released by eg_corpus_resolve (rebuilt if needed again). */
typedef struct {
    uint32_t tag, idx;
} eg_relslot;

typedef struct {
    eg_relslot *slots;
    size_t nslots;
} eg_relmap;

#define EG_DOC_NAME_MAX 1024   /* document names are kept cleaned and cut to this many bytes */
#define EG_NSUMMARY 5          /* place, date, status, mode, role */

/* The summary attributes of one resolved meeting or affiliation (strings: entity labels, the corpus's texts or
 * static names; NULL for none). */
typedef struct {
    uint32_t rel;
    const char *s[EG_NSUMMARY];
} eg_relsum;

struct eg_corpus {
    char **docs;
    size_t ndocs, adocs;
    eg_base *bases;
    size_t nbases, abases;
    eg_strtab base_index;   /* base id -> base index */
    eg_evpool evpool;       /* every relation's evidence array (base and resolved) */
    eg_relation *brels;     /* relations between base entities */
    size_t nbrels, abrels;
    eg_relmap brel_index;   /* (a, b, kind) -> base relation index */
    eg_strtab texts;        /* roles, dates and other short strings, once: relations point into it */
    eg_textstore *store;    /* the evidence sentences (made at the first one) */
    size_t text_memory;     /* bytes of them kept in memory */
    int no_relations;       /* eg_corpus_add records entities only (eg_corpus_set_relations) */
    eg_stated *stated;      /* what meeting and affiliation sentences say (eg_evidence.stated) */
    size_t nstated, astated;
    eg_strtab stated_index; /* an entry's bytes -> its index: each distinct one is kept once */
    uint32_t *map;          /* scratch: document entity -> base */
    size_t amap;
    uint32_t *sent_ents;    /* scratch: distinct bases of one sentence */
    size_t asent;
    /* the resolved view, made by eg_corpus_resolve */
    int resolved;
    uint32_t *rep;          /* base -> resolved entity */
    eg_entity *ents;
    size_t nents;
    eg_relation *rels;
    size_t nrels;
    eg_relsum *sums;        /* of the meetings and affiliations among rels, by relation index */
    size_t nsums;
};

/* The base relation (a, b, kind) of c, created (weight 0, no evidence) when new. *out stays valid until the next
 * call. */
eg_status eg_relation_find(eg_corpus *c, uint32_t a, uint32_t b, eg_rel_kind kind, eg_relation **out);
/* The corpus's one copy of s (see texts), or NULL when out of memory. */
const char *eg_corpus_keep(eg_corpus *c, const char *s);
/* Store an evidence sentence: *ref receives its number (eg_evidence.text). */
eg_status eg_corpus_keep_text(eg_corpus *c, const char *s, uint64_t *ref, eg_error *err);
/* Store what a sentence says: *idx receives its number (eg_evidence.stated). */
eg_status eg_corpus_keep_stated(eg_corpus *c, const eg_stated *st, uint32_t *idx);
/* Append src to r's evidence, its text too when with_text (src's strings must be the corpus's, from
 * eg_corpus_keep). The weight is not touched. */
eg_status eg_relation_append(eg_corpus *c, eg_relation *r, const eg_evidence *src, int with_text);
/* How many of a relation's kept sentences carry their text. */
size_t eg_relation_texts(eg_rel_kind kind);
/* Count one more sentence (doc, span) behind the relation (a, b, kind); it is kept as evidence while the relation
 * has fewer than EG_EVIDENCE_MAX, with its text while fewer than eg_relation_texts(kind). Used while collecting
 * (documents arrive in order, so the kept evidence is the first). ev's strings must come from eg_corpus_keep. */
eg_status eg_relation_add(eg_corpus *c, uint32_t a, uint32_t b, eg_rel_kind kind, const eg_evidence *ev);
/* Return r's evidence array to the corpus's pool (r is not changed). */
void eg_relation_release(eg_corpus *c, eg_relation *r);

/* Append a document name (cleaned for display, see EG_DOC_NAME_MAX). */
eg_status eg_corpus_add_doc_name(eg_corpus *c, const char *name);

/* Is cand a fuller label than cur? More words, then longer. Ties keep cur (the earlier). */
int eg_label_fuller(const char *cand, const char *cur);

/* The base entity of a document entity (created when new; its label kept the fullest). */
eg_status eg_corpus_base_for(eg_corpus *c, const eg_doc_entity *d, uint32_t *out);
/* Count document doc for b (documents arrive in increasing order). */
eg_status eg_corpus_base_add_doc(eg_base *b, uint32_t doc);
/* Join a form seen in later documents (from a shard) to b's. */
eg_status eg_corpus_base_merge_form(eg_base *b, const char *text, uint32_t count, uint32_t ndocs, uint32_t last,
                                    const uint32_t *listed, size_t nlisted);

#endif
