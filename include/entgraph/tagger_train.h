/* entgraph/tagger_train.h: training the name tagger (entgraph/tagger.h) from annotated documents.
 *
 * A training set holds documents with their gold names as byte spans. Each document is analysed with the
 * project's own tokenizer (eg_text_analyze) and each span is mapped onto its tokens as BIO labels; a span whose
 * ends do not fall on token boundaries, that crosses a sentence boundary or that overlaps an earlier span is
 * skipped and counted. eg_tagger_train then runs the averaged structured perceptron (Collins 2002) for a number of
 * epochs over the sentences in an order shuffled from a fixed seed, and quantizes the averaged weights to 16 bits.
 * Everything is integer arithmetic until the final average, so the same data, options and gazetteer give the same
 * model bytes on every run. */
#ifndef ENTGRAPH_TAGGER_TRAIN_H
#define ENTGRAPH_TAGGER_TRAIN_H

#include <stddef.h>
#include <stdint.h>
#include "entgraph/error.h"
#include "entgraph/gazetteer.h"
#include "entgraph/tagger.h"

/* One gold name: bytes [start, end) of the document. */
typedef struct {
    uint32_t start, end;
    eg_tag_type type;
} eg_gold_span;

typedef struct {
    size_t docs, sentences, tokens;
    size_t spans;             /* name spans offered (demonyms and other types not included) */
    size_t used[EG_NTAGTYPES];/* spans that became labels, by type */
    size_t unaligned;         /* skipped: an end inside a token */
    size_t crossing;          /* skipped: crosses a sentence boundary of our segmenter */
    size_t overlapping;       /* skipped: overlaps a span already labelled */
    size_t demonyms;          /* "form": "demonym" mentions: left O, not spans */
    size_t other_types;       /* mentions of types that are not person/organization/country/place */
} eg_train_stats;

typedef struct eg_train_set eg_train_set;

/* Caller frees with eg_train_set_free. */
eg_status eg_train_set_new(eg_train_set **out, eg_error *err);
void eg_train_set_free(eg_train_set *s);

/* Adds one document: text[0..len) is copied and analysed; spans (borrowed, any order) become its labels. */
eg_status eg_train_set_add_doc(eg_train_set *s, const char *text, size_t len, const eg_gold_span *spans,
                               size_t nspans, eg_error *err);

/* Adds every document of a gold JSON Lines file in the format of `entgraph extract` (one record per document:
 * "doc" and "entities" with "type" and byte-offset "mentions"; person -> PER, organization -> ORG, country and
 * place -> LOC; mentions with "form": "demonym" are not spans). Each document is read from
 * docs_dir/<basename of "doc">. Fails on a malformed record or a missing document, naming it. */
eg_status eg_train_set_add_gold(eg_train_set *s, const char *gold_path, const char *docs_dir, eg_error *err);

/* Counts over everything added so far (borrowed, valid until the next add). */
const eg_train_stats *eg_train_set_stats(const eg_train_set *s);

typedef struct {
    unsigned epochs;          /* passes over the data; 0: 10 */
    unsigned bits;            /* log2 of the weight table's rows; 0: 17 (a 2 MB model) */
    uint64_t seed;            /* shuffling seed; 0: 1 */
    /* After each epoch: token accuracy of the predictions made during the pass (before each update) and the
     * seconds the epoch took. May be NULL. */
    void (*on_epoch)(void *ctx, unsigned epoch, unsigned epochs, double accuracy, double seconds);
    void *ctx;
} eg_train_options;

/* Trains a model on s with gazetteer gz (the one the model will be used with). opts may be NULL for defaults.
 * Caller frees *out with eg_tagger_free. Memory: 12 bytes x 8 x 2^bits (12 MB at 17 bits) besides the set.
 * Time: about (tokens x epochs) / 1 M seconds on one core. */
eg_status eg_tagger_train(eg_tagger **out, const eg_train_set *s, const eg_gazetteer *gz,
                          const eg_train_options *opts, eg_error *err);

#endif
