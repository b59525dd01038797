/* cli.h: what the subcommands of the entgraph tool share. The tool only parses arguments, calls the library and
 * prints; exit statuses: 0 success, 1 some input could not be read or an output could not be written, 2 usage. */
#ifndef ENTGRAPH_CLI_H
#define ENTGRAPH_CLI_H

#include <stddef.h>
#include <stdio.h>
#include "entgraph/error.h"
#include "entgraph/gazetteer.h"
#include "entgraph/pipeline.h"
#include "entgraph/tagger.h"

enum { EXIT_OK = 0, EXIT_INPUT = 1, EXIT_USAGE = 2 };

typedef struct {
    const char *name;
    int (*run)(int argc, char **argv);
    const char *summary; /* NULL: a developer command, not listed in --help */
    const char *usage;   /* full --help text */
} cli_command;

extern const cli_command cli_commands[];
const cli_command *cli_find(const char *name);

extern const char cmd_extract_usage[], cmd_build_usage[], cmd_render_usage[], cmd_query_usage[];
int cmd_extract(int argc, char **argv);
int cmd_build(int argc, char **argv);
int cmd_render(int argc, char **argv);
int cmd_query(int argc, char **argv);
extern const char cmd_export_usage[];
int cmd_export(int argc, char **argv);
extern const char cmd_merge_usage[];
int cmd_merge(int argc, char **argv);
extern const char cmd_train_usage[], cmd_tag_usage[];
int cmd_train(int argc, char **argv);
int cmd_tag(int argc, char **argv);   /* developer command: the tagger alone (not listed in --help) */

/* "entgraph: <message>" on stderr. */
void cli_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* A usage error: the message, a pointer to --help, returns EXIT_USAGE. */
int cli_usage_error(const char *cmd, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* Progress on stderr when it is a terminal and not quiet; pass as the pipeline's on_progress/on_skip context. */
typedef struct {
    int enabled;
    double start, last;
    size_t skipped;
} cli_progress;
void cli_progress_init(cli_progress *p, int quiet);
void cli_progress_update(void *ctx, size_t docs, size_t bytes);
void cli_progress_done(cli_progress *p, size_t docs, size_t bytes);
void cli_report_skip(void *ctx, const eg_error *why);
/* "entgraph: warning: ..." (a pipeline's on_warning). */
void cli_report_warning(void *ctx, const eg_error *what);
/* The process's peak resident memory so far, in MB. */
long cli_peak_mb(void);
/* A new corpus that keeps $ENTGRAPH_TEXT_MEMORY megabytes of evidence sentences in memory (default 32; the rest go
 * to a temporary file in $TMPDIR). */
eg_status cli_corpus_new(eg_corpus **out, eg_error *err);
/* Seconds on a monotonic clock. */
double cli_now(void);
/* --timings: where the time of a run went, on standard error; outputs < 0 when none were written. */
void cli_print_timings(const eg_pipeline_stats *st, double outputs);

/* Parse "person,organization" into a bit mask of (1 << eg_type); 0 on error. */
unsigned cli_parse_types(const char *list);
/* Parse a non-negative number; returns 0 on error. */
int cli_parse_double(const char *s, double *out);
int cli_parse_size(const char *s, size_t *out);

/* Load the tagger model: FILE when given, else the data directory's tagger.model. */
eg_status cli_load_tagger(const char *datadir, const char *model, eg_tagger **out, eg_error *err);

/* Is path the same file as one of the inputs (an output must never overwrite an input)? */
int cli_is_input(const char *path, char **inputs, int n);

/* Without --jsonl, a file named *.jsonl or *.ndjson is read as one text document: say so on standard error, with
 * the option that reads it a document per line. */
void cli_hint_jsonl(int jsonl, char **inputs, int n);

/* Close stdout and report a failed write; returns the exit status to use. */
int cli_close_stdout(int status);

#endif
