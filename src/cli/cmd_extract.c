/* cmd_extract.c: `entgraph extract`: one JSON Lines record per document. */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "entgraph/aliases.h"
#include "entgraph/corpus.h"
#include "entgraph/outfile.h"
#include "entgraph/write.h"

const char cmd_extract_usage[] =
    "usage: entgraph extract [OPTIONS] INPUT...\n"
    "\n"
    "Finds the persons, organizations, countries and places in each document and writes one JSON object per\n"
    "document, one per line (the JSON Lines contract in the README). INPUT is a text file, a directory (its *.txt\n"
    "files, recursively, in sorted order) or - for standard input. All documents of one call form one corpus: the\n"
    "same entity has the same id in every document.\n"
    "\n"
    "Options:\n"
    "  -o, --output FILE   write to FILE (written whole or not at all) instead of standard output\n"
    "      --jsonl         inputs are JSON Lines: {\"id\", \"text\", \"date\", \"title\", \"url\"} per line\n"
    "                      (directories then contribute their *.jsonl files)\n"
    "      --data DIR      the data directory (default: $ENTGRAPH_DATA, else the built-in one)\n"
    "      --max-doc BYTES skip documents larger than this, with a message (default 64 MiB)\n"
    "      --aliases FILE  the user's merge and split decisions (see 'entgraph help build')\n"
    "      --model FILE    the tagger model (default: tagger.model in the data directory)\n"
    "      --rules-only    extract with gazetteers and rules alone, without the trained tagger\n"
    "  -j, --jobs N        analyse documents in N threads (default: all processors); the output is the same\n"
    "  -q, --quiet         no progress line on standard error\n"
    "      --timings       where the time went, by stage, on standard error\n"
    "  -h, --help          this help\n"
    "\n"
    "Exit status: 0 success; 1 some input could not be read (reported with its path; the others are written)\n"
    "or the output could not be written; 2 usage error.\n";

typedef struct {
    eg_extract_writer *writer;
    cli_progress progress;
} run_ctx;

/* In a worker thread: the document's record (JSON text holds no NUL byte). */
static eg_status prepare(void *ctx, const eg_doc *doc, const eg_text *t, const eg_extraction *x, void **prepared,
                         eg_error *err)
{
    char *text = NULL;
    size_t len = 0;
    eg_status ret = eg_extract_record(doc->name, t, x, &text, &len, err);
    (void)ctx;
    *prepared = text;
    return ret;
}

static eg_status on_doc(void *ctx, const eg_doc *doc, const eg_text *t, const eg_extraction *x,
                        const uint32_t *bases, void *prepared, eg_error *err)
{
    const char *record = prepared;
    (void)doc;
    (void)t;
    return eg_extract_writer_put(((run_ctx *)ctx)->writer, record, strlen(record), x->nentities, bases, err);
}

static void on_progress(void *ctx, size_t docs, size_t bytes)
{
    cli_progress_update(&((run_ctx *)ctx)->progress, docs, bytes);
}

static void on_skip(void *ctx, const eg_error *why)
{
    cli_report_skip(&((run_ctx *)ctx)->progress, why);
}

static void on_skip_warning(void *ctx, const eg_error *why)
{
    (void)ctx;
    cli_error("warning: %s", why->msg);
}

int cmd_extract(int argc, char **argv)
{
    static const struct option longopts[] = {
        {"output", required_argument, NULL, 'o'}, {"jsonl", no_argument, NULL, 'J'},
        {"data", required_argument, NULL, 'D'},   {"max-doc", required_argument, NULL, 'M'},
        {"quiet", no_argument, NULL, 'q'}, {"jobs", required_argument, NULL, 'j'},
        {"model", required_argument, NULL, 'm'}, {"rules-only", no_argument, NULL, 'R'},
        {"help", no_argument, NULL, 'h'},         {"timings", no_argument, NULL, 'T'},
        {"aliases", required_argument, NULL, 'A'},
        {NULL, 0, NULL, 0},
    };
    const char *output = NULL, *datadir = NULL, *aliases = NULL;
    eg_alias_rules rules;
    const char *model = NULL;
    int rules_only = 0;
    eg_tagger *tagger = NULL;
    int opt, quiet = 0, status = EXIT_OK;
    eg_pipeline_options po;
    eg_pipeline_stats stats;
    run_ctx rc;
    eg_gazetteer *gz = NULL;
    eg_corpus *corpus = NULL;
    eg_outfile of = {0};
    eg_error err;
    size_t skipped = 0;
    double tfinish;
    memset(&po, 0, sizeof po);
    po.threads = eg_pipeline_default_threads();
    memset(&rc, 0, sizeof rc);
    eg_alias_rules_init(&rules);
    eg_error_clear(&err);
    optind = 1;
    while ((opt = getopt_long(argc, argv, "o:j:qh", longopts, NULL)) != -1) {
        switch (opt) {
        case 'o': output = optarg; break;
        case 'J': po.input.jsonl = 1; break;
        case 'D': datadir = optarg; break;
        case 'M':
            if (!cli_parse_size(optarg, &po.input.max_doc) || po.input.max_doc == 0)
                return cli_usage_error("extract", "--max-doc needs a positive number of bytes, not '%s'", optarg);
            break;
        case 'A': aliases = optarg; break;
        case 'm': model = optarg; break;
        case 'R': rules_only = 1; break;
        case 'j':
            if (!cli_parse_size(optarg, &po.threads) || po.threads == 0 || po.threads > 256)
                return cli_usage_error("extract", "--jobs needs a number of threads from 1 to 256, not '%s'", optarg);
            break;
        case 'q': quiet = 1; break;
        case 'T': po.stats = &stats; break;
        case 'h': fputs(cmd_extract_usage, stdout); return cli_close_stdout(EXIT_OK);
        default: return cli_usage_error("extract", "unknown option");
        }
    }
    if (optind >= argc)
        return cli_usage_error("extract", "no input given (a file, a directory, or - for standard input)");
    cli_hint_jsonl(po.input.jsonl, argv + optind, argc - optind);
    if (output && strcmp(output, "-") != 0 && cli_is_input(output, argv + optind, argc - optind))
        return cli_usage_error("extract", "%s is one of the inputs; choose another output", output);
    if ((aliases && eg_alias_rules_load(&rules, aliases, &err) != EG_OK) ||
        eg_gazetteer_load(&gz, datadir, NULL, &err) != EG_OK || cli_corpus_new(&corpus, &err) != EG_OK ||
        (!rules_only && cli_load_tagger(datadir, model, &tagger, &err) != EG_OK)) {
        cli_error("%s", err.msg);
        status = EXIT_INPUT;
        goto cleanup;
    }
    if (output && strcmp(output, "-") != 0 && eg_outfile_open(&of, output, &err) != EG_OK) {
        cli_error("%s", err.msg);
        status = EXIT_INPUT;
        goto cleanup;
    }
    if (eg_extract_writer_new(&rc.writer, of.fp ? of.fp : stdout, &err) != EG_OK) {
        cli_error("%s", err.msg);
        status = EXIT_INPUT;
        goto cleanup;
    }
    /* the records name entities only: the corpus need not build relations and keep their evidence */
    eg_corpus_set_relations(corpus, 0);
    cli_progress_init(&rc.progress, quiet);
    po.prepare = prepare;
    po.on_document = on_doc;
    po.on_warning = on_skip_warning;
    po.rules = &rules;
    po.tagger = tagger;
    po.on_progress = on_progress;
    po.on_skip = on_skip;
    po.ctx = &rc;
    if (eg_pipeline_run(corpus, gz, (const char *const *)argv + optind, (size_t)(argc - optind), &po, &skipped,
                        &err) != EG_OK) {
        cli_error("%s", err.msg);
        status = EXIT_INPUT;
        goto cleanup;
    }
    cli_progress_done(&rc.progress, eg_corpus_ndocs(corpus), 0);
    if (skipped)
        status = EXIT_INPUT;
    tfinish = cli_now();
    if (eg_extract_writer_finish(rc.writer, corpus, &err) != EG_OK) {
        cli_error("%s: %s", output ? output : "standard output", err.msg);
        status = EXIT_INPUT;
        goto cleanup;
    }
    if (of.fp && eg_outfile_commit(&of, &err) != EG_OK) {
        cli_error("%s", err.msg);
        status = EXIT_INPUT;
    }
    if (po.stats)
        cli_print_timings(po.stats, cli_now() - tfinish);
cleanup:
    eg_extract_writer_free(rc.writer);
    eg_alias_rules_release(&rules);
    eg_outfile_abort(&of);
    eg_corpus_free(corpus);
    eg_gazetteer_free(gz);
    eg_tagger_free(tagger);
    return cli_close_stdout(status);
}
