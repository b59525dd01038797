/* cmd_build.c: `entgraph build`: articles to the graph files of a directory (see outputs.h), or to a shard. */
#include <getopt.h>
#include <string.h>

#include "cli.h"
#include "entgraph/aliases.h"
#include "entgraph/corpus.h"
#include "outputs.h"

const char cmd_build_usage[] =
    "usage: entgraph build [OPTIONS] INPUT... -o DIR\n"
    "       entgraph build [OPTIONS] INPUT... --shard FILE   (for 'entgraph merge')\n"
    "\n"
    "Reads the articles, finds their entities and links every two entities named in the same sentence (weight:\n"
    "the number of sentences; evidence: each sentence). Writes into DIR (created if needed):\n"
    "  graph.graphml  for igraph, networkx, Gephi, Cytoscape (attributes: id, label, type, mentions, documents,\n"
    "                 country; kind, weight, evidence, sentence, doc)\n"
    "  graph.dot      Graphviz source: shape and colour by type, pen width by weight, evidence in tooltips\n"
    "  graph.svg      the drawing (the --svg-max strongest entities of a larger graph)\n"
    "  graph.json     node-link JSON with the full evidence of every link\n"
    "  aliases.json   every entity with the forms merged into it, their counts and documents (see the README)\n"
    "  graph.html     the drawing in one self-contained page: pan, zoom, search, and the evidence of a click\n"
    "Each file is written to a temporary name and renamed, so a failed run never leaves half a file.\n"
    "\n"
    "Options:\n"
    "  -o, --output DIR      where to write\n"
    "      --shard FILE      also (or, without -o, only) save what was collected, for 'entgraph merge'\n"
    "      --min-weight N    leave out links seen in fewer than N sentences (default 1)\n"
    "      --types LIST      keep only these types: person,organization,country,place\n"
    "      --drop-isolated   leave out entities without links\n"
    "      --layout NAME     dot, neato, fdp, sfdp, circo or twopi (default: neato up to 300 nodes, else sfdp)\n"
    "      --svg-max N       draw at most N entities, the strongest by weighted degree (default 300; 0 = all)\n"
    "      --aliases FILE    apply the user's merge and split decisions before the graph is built:\n"
    "                        {\"merge\": [[id, id], ...], \"split\": [id, ...], \"label\": {id: name}}\n"
    "      --jsonl           inputs are JSON Lines documents (see 'entgraph help extract')\n"
    "      --model FILE      the tagger model (default: tagger.model in the data directory)\n"
    "      --rules-only      extract with gazetteers and rules alone, without the trained tagger\n"
    "      --data DIR        the data directory (default: $ENTGRAPH_DATA, else the built-in one)\n"
    "  -j, --jobs N          analyse documents in N threads (default: all processors); the output is the same\n"
    "  -q, --quiet           no progress line on standard error\n"
    "      --timings         where the time went, by stage, on standard error\n"
    "  -h, --help            this help\n"
    "\n"
    "Exit status: 0 success; 1 some input could not be read (reported; the rest is processed and written) or an\n"
    "output could not be written; 2 usage error.\n";

/* The shard is saved from the corpus as collected, before resolution turns its relations into the graph's. */
static eg_status save_shard(void *path, const eg_corpus *c, eg_error *err)
{
    return eg_corpus_save_shard(c, path, err);
}

int cmd_build(int argc, char **argv)
{
    static const struct option longopts[] = {
        {"output", required_argument, NULL, 'o'},    {"min-weight", required_argument, NULL, 'w'},
        {"types", required_argument, NULL, 't'},     {"drop-isolated", no_argument, NULL, 'I'},
        {"layout", required_argument, NULL, 'L'},    {"svg-max", required_argument, NULL, 'S'},
        {"jsonl", no_argument, NULL, 'J'},           {"data", required_argument, NULL, 'D'},
        {"quiet", no_argument, NULL, 'q'},           {"jobs", required_argument, NULL, 'j'},
        {"model", required_argument, NULL, 'm'},     {"rules-only", no_argument, NULL, 'R'},
        {"help", no_argument, NULL, 'h'},            {"aliases", required_argument, NULL, 'A'},
        {"timings", no_argument, NULL, 'T'},
        {"shard", required_argument, NULL, 's'},     {NULL, 0, NULL, 0},
    };
    const char *outdir = NULL, *datadir = NULL, *aliases = NULL, *model = NULL, *shard = NULL;
    int opt, quiet = 0, rules_only = 0, status = EXIT_OK, r;
    size_t skipped = 0;
    cli_output_options wo;
    eg_alias_rules rules;
    eg_pipeline_options po;
    eg_pipeline_stats stats;
    cli_progress progress;
    eg_gazetteer *gz = NULL;
    eg_tagger *tagger = NULL;
    eg_corpus *corpus = NULL;
    eg_error err;
    memset(&po, 0, sizeof po);
    po.threads = eg_pipeline_default_threads();
    cli_output_options_init(&wo);
    eg_alias_rules_init(&rules);
    eg_error_clear(&err);
    optind = 1;
    while ((opt = getopt_long(argc, argv, "o:j:qh", longopts, NULL)) != -1) {
        if ((r = cli_output_option(&wo, opt, optarg, "build")) >= 0) {
            if (r)
                return r;
            continue;
        }
        switch (opt) {
        case 'o': outdir = optarg; break;
        case 's': shard = optarg; break;
        case 'A': aliases = optarg; break;
        case 'J': po.input.jsonl = 1; break;
        case 'D': datadir = optarg; break;
        case 'm': model = optarg; break;
        case 'R': rules_only = 1; break;
        case 'j':
            if (!cli_parse_size(optarg, &po.threads) || po.threads == 0 || po.threads > 256)
                return cli_usage_error("build", "--jobs needs a number of threads from 1 to 256, not '%s'", optarg);
            break;
        case 'q': quiet = 1; break;
        case 'T':
            po.stats = &stats;
            wo.timings = 1;
            break;
        case 'h': fputs(cmd_build_usage, stdout); return cli_close_stdout(EXIT_OK);
        default: return cli_usage_error("build", "unknown option");
        }
    }
    wo.quiet = quiet;
    if (!outdir && !shard)
        return cli_usage_error("build", "no output: use -o DIR (and/or --shard FILE)");
    if (optind >= argc)
        return cli_usage_error("build", "no input given (a file, a directory, or - for standard input)");
    cli_hint_jsonl(po.input.jsonl, argv + optind, argc - optind);
    if (shard && cli_is_input(shard, argv + optind, argc - optind))
        return cli_usage_error("build", "%s is one of the inputs; choose another shard file", shard);
    if (outdir && (status = cli_prepare_outputs(outdir, argv + optind, argc - optind)) != EXIT_OK)
        goto cleanup;
    if ((aliases && eg_alias_rules_load(&rules, aliases, &err) != EG_OK) ||
        eg_gazetteer_load(&gz, datadir, NULL, &err) != EG_OK || cli_corpus_new(&corpus, &err) != EG_OK ||
        (!rules_only && cli_load_tagger(datadir, model, &tagger, &err) != EG_OK)) {
        cli_error("%s", err.msg);
        status = EXIT_INPUT;
        goto cleanup;
    }
    cli_progress_init(&progress, quiet);
    po.on_progress = cli_progress_update;
    po.on_skip = cli_report_skip;
    po.on_warning = cli_report_warning;
    po.rules = &rules;
    po.tagger = tagger;
    po.ctx = &progress;
    if (shard) {
        po.on_collected = save_shard;
        po.collected_ctx = (void *)shard;
    }
    if (eg_pipeline_run(corpus, gz, (const char *const *)argv + optind, (size_t)(argc - optind), &po, &skipped,
                        &err) != EG_OK) {
        cli_error("%s", err.msg);
        status = EXIT_INPUT;
        goto cleanup;
    }
    cli_progress_done(&progress, eg_corpus_ndocs(corpus), 0);
    if (skipped)
        status = EXIT_INPUT;
    if (outdir) {
        double t0 = cli_now();
        if (cli_write_outputs(corpus, outdir, &wo) != EXIT_OK)
            status = EXIT_INPUT;
        if (po.stats)
            cli_print_timings(po.stats, cli_now() - t0);
    } else if (po.stats)
        cli_print_timings(po.stats, -1);
cleanup:
    eg_alias_rules_release(&rules);
    eg_corpus_free(corpus);
    eg_gazetteer_free(gz);
    eg_tagger_free(tagger);
    return cli_close_stdout(status);
}
