/* cmd_build.c: `entgraph build`: articles to graph.graphml, graph.dot, graph.svg and graph.json in a directory. */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "cli.h"
#include "entgraph/aliases.h"
#include "entgraph/corpus.h"
#include "entgraph/graph.h"
#include "entgraph/query.h"
#include "entgraph/write.h"

#define SVG_MAX_DEFAULT 300

const char cmd_build_usage[] =
    "usage: entgraph build [OPTIONS] INPUT... -o DIR\n"
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
    "  -o, --output DIR      where to write (required)\n"
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
    "  -h, --help            this help\n"
    "\n"
    "Exit status: 0 success; 1 some input could not be read (reported; the rest is processed and written) or an\n"
    "output could not be written; 2 usage error.\n";

static int mkdir_p(const char *dir)
{
    char *p, *tmp = strdup(dir);
    int rc = 0;
    if (!tmp)
        return -1;
    for (p = tmp + 1; *p && rc == 0; p++) {
        if (*p == '/') {
            *p = '\0';
            if (mkdir(tmp, 0777) != 0 && errno != EEXIST)
                rc = -1;
            *p = '/';
        }
    }
    if (rc == 0 && mkdir(tmp, 0777) != 0 && errno != EEXIST)
        rc = -1;
    free(tmp);
    return rc;
}

static char *join(const char *dir, const char *name)
{
    size_t a = strlen(dir), b = strlen(name);
    char *p = malloc(a + b + 2);
    if (p) {
        memcpy(p, dir, a);
        p[a] = '/';
        memcpy(p + a + 1, name, b + 1);
    }
    return p;
}

/* The strongest `max` vertices of g, as a new graph; or NULL (and EG_OK) when g is small enough. */
static eg_status strongest(const eg_graph *g, size_t max, eg_graph **out, eg_error *err)
{
    eg_status ret = EG_OK;
    igraph_vector_t s;
    igraph_vector_int_t order;
    *out = NULL;
    if (max == 0 || (size_t)igraph_vcount(&g->g) <= max)
        return EG_OK;
    if (igraph_vector_init(&s, 0) != IGRAPH_SUCCESS)
        return eg_error_set(err, EG_ENOMEM, "out of memory");
    if (igraph_vector_int_init(&order, 0) != IGRAPH_SUCCESS) {
        igraph_vector_destroy(&s);
        return eg_error_set(err, EG_ENOMEM, "out of memory");
    }
    if ((ret = eg_graph_centrality(g, EG_CENT_STRENGTH, &s, err)) == EG_OK &&
        (ret = eg_rank(g, &s, &order, err)) == EG_OK) {
        igraph_vector_int_resize(&order, (igraph_integer_t)max);
        ret = eg_graph_induced(out, g, &order, err);
    }
    igraph_vector_destroy(&s);
    igraph_vector_int_destroy(&order);
    return ret;
}

static void on_warning(void *ctx, const eg_error *what)
{
    (void)ctx;
    cli_error("warning: %s", what->msg);
}

int cmd_build(int argc, char **argv)
{
    static const struct option longopts[] = {
        {"output", required_argument, NULL, 'o'},    {"min-weight", required_argument, NULL, 'w'},
        {"types", required_argument, NULL, 't'},     {"drop-isolated", no_argument, NULL, 'I'},
        {"layout", required_argument, NULL, 'L'},    {"svg-max", required_argument, NULL, 'S'},
        {"jsonl", no_argument, NULL, 'J'},           {"data", required_argument, NULL, 'D'},
        {"quiet", no_argument, NULL, 'q'}, {"jobs", required_argument, NULL, 'j'},
        {"model", required_argument, NULL, 'm'}, {"rules-only", no_argument, NULL, 'R'},           {"help", no_argument, NULL, 'h'},
        {"aliases", required_argument, NULL, 'A'},
        {NULL, 0, NULL, 0},
    };
    static const char *const files[] = {"graph.graphml", "graph.dot", "graph.svg", "graph.json", "aliases.json",
                                        "graph.html"};
    const char *outdir = NULL, *datadir = NULL, *aliases = NULL;
    eg_alias_rules rules;
    const char *model = NULL;
    int rules_only = 0;
    eg_tagger *tagger = NULL;
    int opt, quiet = 0, status = EXIT_OK;
    size_t svg_max = SVG_MAX_DEFAULT, skipped = 0, k;
    eg_graph_options go = {1.0, 0, 0};
    eg_render_options ro;
    eg_pipeline_options po;
    cli_progress progress;
    eg_gazetteer *gz = NULL;
    eg_corpus *corpus = NULL;
    eg_graph *g = NULL, *drawn = NULL;
    eg_error err;
    char *paths[6] = {NULL, NULL, NULL, NULL, NULL, NULL};
    memset(&po, 0, sizeof po);
    po.threads = eg_pipeline_default_threads();
    memset(&ro, 0, sizeof ro);
    ro.legend = 1;
    eg_alias_rules_init(&rules);
    eg_error_clear(&err);
    optind = 1;
    while ((opt = getopt_long(argc, argv, "o:j:qh", longopts, NULL)) != -1) {
        switch (opt) {
        case 'o': outdir = optarg; break;
        case 'w':
            if (!cli_parse_double(optarg, &go.min_weight))
                return cli_usage_error("build", "--min-weight needs a non-negative number, not '%s'", optarg);
            break;
        case 't':
            if (!(go.types = cli_parse_types(optarg)))
                return cli_usage_error("build", "--types takes person,organization,country,place, not '%s'", optarg);
            break;
        case 'I': go.drop_isolated = 1; break;
        case 'L': ro.layout = optarg; break;
        case 'S':
            if (!cli_parse_size(optarg, &svg_max))
                return cli_usage_error("build", "--svg-max needs a number, not '%s'", optarg);
            break;
        case 'J': po.input.jsonl = 1; break;
        case 'D': datadir = optarg; break;
        case 'A': aliases = optarg; break;
        case 'm': model = optarg; break;
        case 'R': rules_only = 1; break;
        case 'j':
            if (!cli_parse_size(optarg, &po.threads) || po.threads == 0 || po.threads > 256)
                return cli_usage_error("build", "--jobs needs a number of threads from 1 to 256, not '%s'", optarg);
            break;
        case 'q': quiet = 1; break;
        case 'h': fputs(cmd_build_usage, stdout); return cli_close_stdout(EXIT_OK);
        default: return cli_usage_error("build", "unknown option");
        }
    }
    if (!outdir)
        return cli_usage_error("build", "no output directory: use -o DIR");
    if (optind >= argc)
        return cli_usage_error("build", "no input given (a file, a directory, or - for standard input)");
    if (ro.layout && strcmp(ro.layout, "dot") && strcmp(ro.layout, "neato") && strcmp(ro.layout, "fdp") &&
        strcmp(ro.layout, "sfdp") && strcmp(ro.layout, "circo") && strcmp(ro.layout, "twopi"))
        return cli_usage_error("build", "unknown layout '%s' (dot, neato, fdp, sfdp, circo, twopi)", ro.layout);
    for (k = 0; k < 6; k++) {
        if (!(paths[k] = join(outdir, files[k]))) {
            cli_error("out of memory");
            status = EXIT_INPUT;
            goto cleanup;
        }
        if (cli_is_input(paths[k], argv + optind, argc - optind)) {
            cli_error("%s is one of the inputs; choose another output directory", paths[k]);
            status = EXIT_USAGE;
            goto cleanup;
        }
    }
    if (mkdir_p(outdir) != 0) {
        cli_error("%s: cannot create directory: %s", outdir, strerror(errno));
        status = EXIT_INPUT;
        goto cleanup;
    }
    if ((aliases && eg_alias_rules_load(&rules, aliases, &err) != EG_OK) ||
        eg_gazetteer_load(&gz, datadir, NULL, &err) != EG_OK || eg_corpus_new(&corpus, &err) != EG_OK ||
        (!rules_only && cli_load_tagger(datadir, model, &tagger, &err) != EG_OK)) {
        cli_error("%s", err.msg);
        status = EXIT_INPUT;
        goto cleanup;
    }
    cli_progress_init(&progress, quiet);
    po.on_progress = cli_progress_update;
    po.on_skip = cli_report_skip;
    po.on_warning = on_warning;
    po.rules = &rules;
    po.tagger = tagger;
    po.ctx = &progress;
    if (eg_pipeline_run(corpus, gz, (const char *const *)argv + optind, (size_t)(argc - optind), &po, &skipped,
                        &err) != EG_OK) {
        cli_error("%s", err.msg);
        status = EXIT_INPUT;
        goto cleanup;
    }
    cli_progress_done(&progress, eg_corpus_ndocs(corpus), 0);
    if (skipped)
        status = EXIT_INPUT;
    if (eg_graph_from_corpus(&g, corpus, &go, &err) != EG_OK) {
        cli_error("%s", err.msg);
        status = EXIT_INPUT;
        goto cleanup;
    }
    if (eg_graph_write_graphml(g, paths[0], &err) != EG_OK || eg_graph_write_dot(g, paths[1], &ro, &err) != EG_OK ||
        eg_corpus_write_aliases(corpus, paths[4], &err) != EG_OK) {
        cli_error("%s", err.msg);
        status = EXIT_INPUT;
        goto cleanup;
    }
    if (strongest(g, svg_max, &drawn, &err) != EG_OK) {
        cli_error("%s", err.msg);
        status = EXIT_INPUT;
        goto cleanup;
    }
    if (drawn && !quiet)
        cli_error("graph.svg shows the %zu strongest of %lld entities (--svg-max)", svg_max,
                  (long long)igraph_vcount(&g->g));
    if (eg_graph_render(drawn ? drawn : g, paths[2], "svg", &ro, &err) != EG_OK ||
        eg_graph_write_json(g, paths[3], &err) != EG_OK ||
        eg_graph_write_html(drawn ? drawn : g, paths[5], &ro, &err) != EG_OK) {
        cli_error("%s", err.msg);
        status = EXIT_INPUT;
        goto cleanup;
    }
    if (!quiet)
        fprintf(stderr, "entgraph: %zu documents, %lld entities, %lld links -> %s/{graph.graphml,graph.dot,graph.svg,"
                        "graph.json,aliases.json,graph.html}\n",
                eg_corpus_ndocs(corpus), (long long)igraph_vcount(&g->g), (long long)igraph_ecount(&g->g), outdir);
cleanup:
    eg_alias_rules_release(&rules);
    for (k = 0; k < 6; k++)
        free(paths[k]);
    eg_graph_free(drawn);
    eg_graph_free(g);
    eg_corpus_free(corpus);
    eg_gazetteer_free(gz);
    eg_tagger_free(tagger);
    return cli_close_stdout(status);
}
