/* entgraph/tagger.h: the statistical name tagger (averaged perceptron, BIO labels, first-order Viterbi).
 *
 * The tagger reads an analysed document (entgraph/text.h) and gives every token one of seven labels: O, or the
 * beginning (B-) or inside (I-) of a person, organization or location name. Each token is described by hashed
 * features (its word, lower-cased word, shape, prefixes and suffixes, the words and shapes two tokens either side,
 * gazetteer kinds of the token and of the phrases covering it, token flags, position in the sentence); a linear
 * model scores the labels and Viterbi picks the best label sequence under learned transition weights, never
 * letting I-X follow anything but B-X or I-X. Typing a location as country or place, demonyms, titles and
 * document-level consistency are the extractor's business (entgraph/extract.h), not the tagger's.
 *
 * The model is one file, data/tagger.model by default (see eg_tagger_default_path), made by `entgraph train`
 * (entgraph/tagger_train.h, doc/tagger.md). Layout, all integers little-endian:
 *   bytes 0..63    header: magic "EGTAGGER", u32 version (1), u32 label count (7), u32 label stride (8),
 *                  u32 bucket bits, u32 feature-set version, u32 reserved (0) x 7, u64 checksum of bytes 64..end
 *   bytes 64..319  i32 transition weights [previous label; row 7: sentence start][label; column 7: sentence end]
 *   bytes 320..    i16 feature weights [2^bits buckets][8 labels] (the 8th label column is always 0)
 * A file whose size, header or checksum does not match is refused. */
#ifndef ENTGRAPH_TAGGER_H
#define ENTGRAPH_TAGGER_H

#include <stddef.h>
#include <stdint.h>
#include "entgraph/error.h"
#include "entgraph/gazetteer.h"
#include "entgraph/text.h"

/* Token labels. B_x = 2t+1, I_x = 2t+2 for the span type t (eg_tag_type). */
typedef enum {
    EG_LABEL_O = 0,
    EG_LABEL_B_PER,
    EG_LABEL_I_PER,
    EG_LABEL_B_ORG,
    EG_LABEL_I_ORG,
    EG_LABEL_B_LOC,
    EG_LABEL_I_LOC,
    EG_NLABELS
} eg_label;

/* Span types the tagger knows (coarse: a location is a country or a place). */
typedef enum { EG_TAG_PER = 0, EG_TAG_ORG, EG_TAG_LOC, EG_NTAGTYPES } eg_tag_type;

/* Sentences longer than this many tokens are tagged in windows of at most this length, cut before a
 * punctuation or lower-case token where there is one (a name is then never split across windows). */
#define EG_TAGGER_WINDOW 256

/* Feature-set version: a model trained with another feature set is refused at load time. */
#define EG_TAGGER_FEATURES_VERSION 1

/* "O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC"; "?" for anything else. Static strings. */
const char *eg_label_name(unsigned label);
/* Parses a label name as above; returns 0 when unknown. */
int eg_label_parse(const char *name, size_t len, eg_label *label);
/* "PER", "ORG", "LOC". */
const char *eg_tag_type_name(eg_tag_type type);

static inline int eg_label_is_begin(unsigned label) { return label != EG_LABEL_O && label < EG_NLABELS && (label & 1); }
static inline int eg_label_is_inside(unsigned label) { return label != EG_LABEL_O && label < EG_NLABELS && !(label & 1); }
/* The span type of a B- or I- label (meaningless for O). */
static inline eg_tag_type eg_label_type(unsigned label) { return (eg_tag_type)((label - 1) / 2); }
static inline eg_label eg_label_begin(eg_tag_type type) { return (eg_label)(2 * type + 1); }
static inline eg_label eg_label_inside(eg_tag_type type) { return (eg_label)(2 * type + 2); }

typedef struct eg_tagger eg_tagger;

/* The model file used when none is given: <datadir>/tagger.model, datadir NULL meaning
 * eg_gazetteer_default_datadir() ($ENTGRAPH_DATA, the source tree's data/, or the installed one).
 * Caller frees the returned string; NULL when out of memory. */
char *eg_tagger_default_path(const char *datadir);

/* Loads a model file (read with one fread and checked: magic, version, label count, feature-set version, size,
 * checksum). Caller frees with eg_tagger_free. 2 MB for the default 2^17 buckets. */
eg_status eg_tagger_load(eg_tagger **out, const char *path, eg_error *err);
void eg_tagger_free(eg_tagger *tg);

/* Writes the model to path (to a temporary file renamed into place). The bytes are exactly those loaded or
 * trained: saving a loaded model gives an identical file. */
eg_status eg_tagger_save(const eg_tagger *tg, const char *path, eg_error *err);

/* Bucket bits of the model (its feature table has 2^bits rows). */
unsigned eg_tagger_bits(const eg_tagger *tg);

/* Tags sentence `sent` of t: labels[k] receives the label of token t->sents[sent].tok_begin + k. gz must be the
 * gazetteer the model was trained with (the same data files). Only the words with a capital letter and their
 * neighbours are scored (a stretch of lower-case words is O; Viterbi runs over the rest with O around it), in
 * windows of at most EG_TAGGER_WINDOW tokens. Allocates nothing: its scratch (about 30 KB) is on the stack.
 * Thread-safe: tg and gz are
 * only read. O(tokens x features x labels). Fails only on a bad sentence index (EG_EINVAL). */
eg_status eg_tagger_tag(const eg_tagger *tg, const eg_gazetteer *gz, const eg_text *t, size_t sent,
                        uint8_t *labels, eg_error *err);

/* Tags every sentence of t: labels[i] for token i (t->ntoks entries; tokens outside any sentence get O). */
eg_status eg_tagger_tag_text(const eg_tagger *tg, const eg_gazetteer *gz, const eg_text *t, uint8_t *labels,
                             eg_error *err);

/* A tagger's memory of words, for tagging many documents in one thread: the summed weights of what each word
 * contributes alone (about two thirds of its features), for the last word seen at each of 8192 slots (about 1.8 MB).
 * The labels are exactly those of eg_tagger_tag_text; only the time differs. Bound to one model and gazetteer,
 * which must outlive it; used by one thread at a time. */
typedef struct eg_tagger_cache eg_tagger_cache;
eg_status eg_tagger_cache_new(eg_tagger_cache **out, const eg_tagger *tg, const eg_gazetteer *gz, eg_error *err);
void eg_tagger_cache_free(eg_tagger_cache *c);
/* Words found in the cache and words described afresh, since it was made. */
void eg_tagger_cache_stats(const eg_tagger_cache *c, unsigned long long *hits, unsigned long long *misses);
/* As eg_tagger_tag_text, with the cache's model and gazetteer. memo (may be NULL) is t's gazetteer memo, already
 * reset for t (eg_gz_memo_reset), shared with whoever else looks phrases up in t. Allocates nothing. */
eg_status eg_tagger_tag_text_cached(eg_tagger_cache *c, eg_gz_memo *memo, const eg_text *t, uint8_t *labels,
                                    eg_error *err);

/* One tagged name: tokens [tok_begin, tok_end). */
typedef struct {
    uint32_t tok_begin, tok_end;
    eg_tag_type type;
} eg_tag_span;

/* Iterates over the spans of labels[0..n): start with *pos = 0; each call stores the next span (token indices
 * relative to labels) and returns 1, or returns 0 at the end. An I-X that does not continue a span of type X
 * (possible only in hand-made label arrays) starts one. */
int eg_tag_next_span(const uint8_t *labels, size_t n, size_t *pos, eg_tag_span *span);

#endif
