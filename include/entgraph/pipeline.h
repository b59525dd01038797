/* entgraph/pipeline.h: inputs to corpus, one document at a time.
 *
 * eg_pipeline_run reads every input (entgraph/input.h), analyses and extracts each document, adds it to the
 * corpus, hands it to an optional callback (the extract command writes its JSON Lines record there) and releases
 * it before reading the next. Inputs that cannot be read are reported through on_skip and counted; the run goes on.
 * When every input is read, the corpus is resolved (eg_corpus_resolve) with the given alias rules. With several
 * threads, documents are analysed in parallel and added to the corpus in input order: the results are the same
 * as with one. The callbacks are called from the calling thread only. */
#ifndef ENTGRAPH_PIPELINE_H
#define ENTGRAPH_PIPELINE_H

#include <stddef.h>
#include "entgraph/corpus.h"
#include "entgraph/error.h"
#include "entgraph/extract.h"
#include "entgraph/gazetteer.h"
#include "entgraph/input.h"
#include "entgraph/tagger.h"
#include "entgraph/text.h"

/* Where the time of a run went, in seconds. The worker stages (decode, segment, tag, rules, relations, prepare) are
 * summed over the threads; the others run in the calling thread. */
typedef struct {
    double read;         /* reading inputs */
    double decode;       /* decoding JSON Lines records (in the workers) */
    double segment;      /* tokens and sentences (eg_text_analyze) */
    double tag;          /* the trained tagger */
    double rules;        /* gazetteers, rules and the reconciling of the tagger's names */
    double relations;    /* meetings and affiliations */
    double corpus;       /* adding documents to the corpus: base entities, co-occurrences */
    double prepare;      /* the prepare callback (the extract command builds its records there) */
    double write;        /* the on_document callback (the extract command spools its records there) */
    double resolve;      /* eg_corpus_resolve */
    double wall;         /* the whole run */
    size_t documents, bytes, tokens;
    long peak_collected; /* the process's peak memory in MB once every document was in, and after resolution */
    long peak_resolved;
} eg_pipeline_stats;

typedef struct {
    eg_input_options input;
    size_t threads;      /* threads that extract, the calling thread one of them; 0 or 1: the calling thread only */
    const eg_tagger *tagger;       /* the trained tagger (borrowed), or NULL for rules only */
    const eg_alias_rules *rules;   /* the user's merge and split decisions, or NULL */
    /* In a worker thread, right after a document is extracted (may be NULL): the part of the per-document work
     * that needs no corpus, done in parallel. What it puts in *prepared is handed to on_document, then freed with
     * free(). A non-OK return stops the run. */
    eg_status (*prepare)(void *ctx, const eg_doc *doc, const eg_text *t, const eg_extraction *x, void **prepared,
                         eg_error *err);
    /* After each document, in input order; bases[i] is the base entity of x->entities[i]; prepared is what prepare
     * made, or NULL. A non-OK return stops the run. */
    eg_status (*on_document)(void *ctx, const eg_doc *doc, const eg_text *t, const eg_extraction *x,
                             const uint32_t *bases, void *prepared, eg_error *err);
    /* After the last document, before the corpus is resolved (may be NULL): what was collected, for a shard
     * (eg_corpus_save_shard). Called with collected_ctx. A non-OK return stops the run. */
    eg_status (*on_collected)(void *collected_ctx, const eg_corpus *c, eg_error *err);
    void *collected_ctx;
    /* Something worth telling that changes nothing else (alias rules naming unknown ids). */
    void (*on_warning)(void *ctx, const eg_error *what);
    /* An input or record that was skipped, with the reason. */
    void (*on_skip)(void *ctx, const eg_error *why);
    /* Progress: documents and bytes so far. Called after every document. */
    void (*on_progress)(void *ctx, size_t docs, size_t bytes);
    void *ctx;
    eg_pipeline_stats *stats;      /* filled in when non-NULL */
} eg_pipeline_options;

/* The number of online processors (the default for -j). */
size_t eg_pipeline_default_threads(void);

/* Runs inputs[0..n) into corpus c with gazetteer gz (both borrowed). *skipped receives the number of inputs or
 * records that could not be read. Returns non-OK only for errors that stop the run (out of memory, a callback's
 * error). */
eg_status eg_pipeline_run(eg_corpus *c, const eg_gazetteer *gz, const char *const *inputs, size_t n,
                          const eg_pipeline_options *opts, size_t *skipped, eg_error *err);

#endif
