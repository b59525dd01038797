/* cmd_merge.c: `entgraph merge`: shards written by `build --shard` into the graph one build over all their
 * documents gives. */
#include <getopt.h>
#include <string.h>

#include "cli.h"
#include "entgraph/aliases.h"
#include "entgraph/corpus.h"
#include "outputs.h"

const char cmd_merge_usage[] =
    "usage: entgraph merge [OPTIONS] SHARD... -o DIR\n"
    "\n"
    "Combines the shards that 'entgraph build --shard FILE' wrote for parts of a corpus into the graph files one\n"
    "build over all their documents would give: the same entity ids, weights, evidence and alias table. Give the\n"
    "shards in the order of their documents (the order decides document numbers and display names, as it would\n"
    "in one build). With --shard, the merged shard is saved too, so that merges can be merged again.\n"
    "\n"
    "  xargs recipe: split the inputs into parts, build each part's shard in parallel, merge them:\n"
    "    ls articles/*.txt | split -n r/8 - part.        # 8 lists of files\n"
    "    ls part.* | xargs -P 8 -I{} sh -c 'entgraph build -j 1 -q $(cat {}) --shard {}.shard'\n"
    "    entgraph merge part.*.shard -o out\n"
    "\n"
    "Options:\n"
    "  -o, --output DIR      where to write the graph files (as 'entgraph build' does)\n"
    "      --shard FILE      save the merged shard\n"
    "      --aliases FILE    the user's merge and split decisions, applied before the graph is built\n"
    "      --min-weight N, --types LIST, --drop-isolated, --layout NAME, --svg-max N   as for build\n"
    "      --data DIR        the data directory (its given names and nicknames guide the resolution)\n"
    "  -q, --quiet           no summary on standard error\n"
    "      --timings         the seconds each graph file took, on standard error\n"
    "  -h, --help            this help\n"
    "\n"
    "Exit status: 0 success; 1 a shard could not be read or an output not written; 2 usage error.\n";

int cmd_merge(int argc, char **argv)
{
    static const struct option longopts[] = {
        {"output", required_argument, NULL, 'o'},    {"min-weight", required_argument, NULL, 'w'},
        {"types", required_argument, NULL, 't'},     {"drop-isolated", no_argument, NULL, 'I'},
        {"layout", required_argument, NULL, 'L'},    {"svg-max", required_argument, NULL, 'S'},
        {"data", required_argument, NULL, 'D'},      {"quiet", no_argument, NULL, 'q'},
        {"timings", no_argument, NULL, 'T'},
        {"aliases", required_argument, NULL, 'A'},   {"shard", required_argument, NULL, 's'},
        {"help", no_argument, NULL, 'h'},            {NULL, 0, NULL, 0},
    };
    const char *outdir = NULL, *datadir = NULL, *aliases = NULL, *shard = NULL;
    int opt, status = EXIT_OK, r, i;
    cli_output_options wo;
    eg_alias_rules rules;
    eg_gazetteer *gz = NULL;
    eg_corpus *corpus = NULL;
    eg_error err;
    cli_output_options_init(&wo);
    eg_alias_rules_init(&rules);
    eg_error_clear(&err);
    optind = 1;
    while ((opt = getopt_long(argc, argv, "o:qh", longopts, NULL)) != -1) {
        if ((r = cli_output_option(&wo, opt, optarg, "merge")) >= 0) {
            if (r)
                return r;
            continue;
        }
        switch (opt) {
        case 'o': outdir = optarg; break;
        case 's': shard = optarg; break;
        case 'A': aliases = optarg; break;
        case 'D': datadir = optarg; break;
        case 'q': wo.quiet = 1; break;
        case 'T': wo.timings = 1; break;
        case 'h': fputs(cmd_merge_usage, stdout); return cli_close_stdout(EXIT_OK);
        default: return cli_usage_error("merge", "unknown option");
        }
    }
    if (!outdir && !shard)
        return cli_usage_error("merge", "no output: use -o DIR (and/or --shard FILE)");
    if (optind >= argc)
        return cli_usage_error("merge", "no shard given");
    if (shard && cli_is_input(shard, argv + optind, argc - optind))
        return cli_usage_error("merge", "%s is one of the shards; choose another file", shard);
    if (outdir && (status = cli_prepare_outputs(outdir, argv + optind, argc - optind)) != EXIT_OK)
        goto cleanup;
    if ((aliases && eg_alias_rules_load(&rules, aliases, &err) != EG_OK) ||
        eg_gazetteer_load(&gz, datadir, NULL, &err) != EG_OK || cli_corpus_new(&corpus, &err) != EG_OK) {
        cli_error("%s", err.msg);
        status = EXIT_INPUT;
        goto cleanup;
    }
    for (i = optind; i < argc; i++)
        if (eg_corpus_merge_shard(corpus, argv[i], &err) != EG_OK) {
            /* a shard read halfway would give a wrong graph: stop */
            cli_error("%s", err.msg);
            status = EXIT_INPUT;
            goto cleanup;
        }
    if (shard && eg_corpus_save_shard(corpus, shard, &err) != EG_OK) {
        cli_error("%s", err.msg);
        status = EXIT_INPUT;
        goto cleanup;
    }
    if (eg_corpus_resolve(corpus, gz, &rules, &err) != EG_OK) {
        if (err.code != EG_ENOTFOUND) {
            cli_error("%s", err.msg);
            status = EXIT_INPUT;
            goto cleanup;
        }
        cli_report_warning(NULL, &err);
    }
    if (outdir && cli_write_outputs(corpus, outdir, &wo) != EXIT_OK)
        status = EXIT_INPUT;
cleanup:
    eg_alias_rules_release(&rules);
    eg_corpus_free(corpus);
    eg_gazetteer_free(gz);
    return cli_close_stdout(status);
}
