/* cmd_train.c: `entgraph train`: train the name tagger from gold JSON Lines files and their documents. */
#define _POSIX_C_SOURCE 200809L
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "cli.h"
#include "entgraph/tagger.h"
#include "entgraph/tagger_train.h"

const char cmd_train_usage[] =
    "usage: entgraph train [OPTIONS] -o MODEL GOLD.jsonl:DOCS_DIR...\n"
    "\n"
    "Trains the statistical name tagger (averaged perceptron over BIO labels, see doc/tagger.md) and writes the\n"
    "model file. Each source is a gold file in the JSON Lines format of 'entgraph extract' (entities with\n"
    "byte-offset mentions; person -> PER, organization -> ORG, country and place -> LOC; demonym mentions are\n"
    "not names) and the directory holding its documents (each record's \"doc\" basename is read from there).\n"
    "Documents are tokenized with entgraph's own tokenizer; a mention whose ends are not token boundaries is\n"
    "skipped and counted. The same sources and options always give the same model bytes.\n"
    "\n"
    "Options:\n"
    "  -o, --output FILE   the model to write, e.g. data/tagger.model (written whole or not at all)\n"
    "  -e, --epochs N      passes over the data (default 10)\n"
    "      --bits N        log2 of the feature table's rows, 10..24 (default 17: a 2 MB model)\n"
    "      --seed N        seed of the shuffling of sentences (default 1)\n"
    "      --data DIR      the data directory whose gazetteers the features use (default: $ENTGRAPH_DATA, else\n"
    "                      the built-in one); the tagger must later run with the same tables\n"
    "  -q, --quiet         no per-source and per-epoch report on standard error\n"
    "  -h, --help          this help\n"
    "\n"
    "Exit status: 0 success; 1 a source could not be read or the model not written; 2 usage error.\n";

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

static void on_epoch(void *ctx, unsigned epoch, unsigned epochs, double accuracy, double seconds)
{
    (void)ctx;
    fprintf(stderr, "entgraph train: epoch %u/%u: token accuracy on train %.4f, %.1f s\n", epoch, epochs, accuracy,
            seconds);
}

static void report_source(const char *src, const eg_train_stats *a, const eg_train_stats *b)
{
    fprintf(stderr,
            "entgraph train: %s: %zu documents, %zu sentences, %zu tokens; %zu names used (PER %zu, ORG %zu, "
            "LOC %zu); skipped %zu not on token boundaries, %zu across sentences, %zu overlapping; %zu demonyms "
            "left O, %zu mentions of other types\n",
            src, b->docs - a->docs, b->sentences - a->sentences, b->tokens - a->tokens,
            (b->used[0] + b->used[1] + b->used[2]) - (a->used[0] + a->used[1] + a->used[2]), b->used[0] - a->used[0],
            b->used[1] - a->used[1], b->used[2] - a->used[2], b->unaligned - a->unaligned, b->crossing - a->crossing,
            b->overlapping - a->overlapping, b->demonyms - a->demonyms, b->other_types - a->other_types);
}

int cmd_train(int argc, char **argv)
{
    static const struct option longopts[] = {
        {"output", required_argument, NULL, 'o'}, {"epochs", required_argument, NULL, 'e'},
        {"bits", required_argument, NULL, 'B'},   {"seed", required_argument, NULL, 'S'},
        {"data", required_argument, NULL, 'D'},   {"quiet", no_argument, NULL, 'q'},
        {"help", no_argument, NULL, 'h'},         {NULL, 0, NULL, 0},
    };
    const char *output = NULL, *datadir = NULL;
    int opt, quiet = 0, status = EXIT_OK, i;
    size_t n;
    eg_train_options to;
    eg_train_set *set = NULL;
    eg_gazetteer *gz = NULL;
    eg_tagger *tg = NULL;
    eg_error err;
    char *spec = NULL;
    double t0 = now(), t1;
    memset(&to, 0, sizeof to);
    eg_error_clear(&err);
    optind = 1;
    while ((opt = getopt_long(argc, argv, "o:e:qh", longopts, NULL)) != -1) {
        switch (opt) {
        case 'o': output = optarg; break;
        case 'e':
            if (!cli_parse_size(optarg, &n) || n == 0 || n > 1000)
                return cli_usage_error("train", "--epochs needs a number from 1 to 1000, not '%s'", optarg);
            to.epochs = (unsigned)n;
            break;
        case 'B':
            if (!cli_parse_size(optarg, &n) || n < 10 || n > 24)
                return cli_usage_error("train", "--bits needs a number from 10 to 24, not '%s'", optarg);
            to.bits = (unsigned)n;
            break;
        case 'S':
            if (!cli_parse_size(optarg, &n) || n == 0)
                return cli_usage_error("train", "--seed needs a positive number, not '%s'", optarg);
            to.seed = (uint64_t)n;
            break;
        case 'D': datadir = optarg; break;
        case 'q': quiet = 1; break;
        case 'h': fputs(cmd_train_usage, stdout); return cli_close_stdout(EXIT_OK);
        default: return cli_usage_error("train", "unknown option");
        }
    }
    if (!output)
        return cli_usage_error("train", "no model file given (-o MODEL)");
    if (optind >= argc)
        return cli_usage_error("train", "no training source given (GOLD.jsonl:DOCS_DIR)");
    for (i = optind; i < argc; i++)
        if (!strrchr(argv[i], ':') || strrchr(argv[i], ':') == argv[i] || !strrchr(argv[i], ':')[1])
            return cli_usage_error("train", "'%s' is not GOLD.jsonl:DOCS_DIR", argv[i]);
    if (eg_gazetteer_load(&gz, datadir, NULL, &err) != EG_OK || eg_train_set_new(&set, &err) != EG_OK) {
        cli_error("%s", err.msg);
        status = EXIT_INPUT;
        goto cleanup;
    }
    for (i = optind; i < argc; i++) {
        eg_train_stats before = *eg_train_set_stats(set);
        char *colon;
        free(spec);
        spec = strdup(argv[i]);
        if (!spec) {
            cli_error("out of memory");
            status = EXIT_INPUT;
            goto cleanup;
        }
        colon = strrchr(spec, ':');
        *colon = '\0';
        if (eg_train_set_add_gold(set, spec, colon + 1, &err) != EG_OK) {
            cli_error("%s", err.msg);
            status = EXIT_INPUT;
            goto cleanup;
        }
        if (!quiet)
            report_source(spec, &before, eg_train_set_stats(set));
    }
    if (!quiet)
        to.on_epoch = on_epoch;
    t1 = now();
    if (eg_tagger_train(&tg, set, gz, &to, &err) != EG_OK || eg_tagger_save(tg, output, &err) != EG_OK) {
        cli_error("%s", err.msg);
        status = EXIT_INPUT;
        goto cleanup;
    }
    if (!quiet)
        fprintf(stderr, "entgraph train: wrote %s (2^%u buckets); reading %.1f s, training %.1f s, total %.1f s\n",
                output, eg_tagger_bits(tg), t1 - t0, now() - t1, now() - t0);
cleanup:
    free(spec);
    eg_tagger_free(tg);
    eg_train_set_free(set);
    eg_gazetteer_free(gz);
    return cli_close_stdout(status);
}
