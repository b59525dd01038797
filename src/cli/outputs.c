/* outputs.c: the graph files that `build` and `merge` write into a directory, and the options that shape them. */
#define _POSIX_C_SOURCE 200809L
#include "outputs.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "entgraph/aliases.h"
#include "entgraph/graph.h"
#include "entgraph/query.h"
#include "entgraph/write.h"

static const char *const files[] = {"graph.graphml", "graph.dot", "graph.svg", "graph.json", "aliases.json",
                                    "graph.html"};
enum { F_GRAPHML, F_DOT, F_SVG, F_JSON, F_ALIASES, F_HTML, NFILES };

void cli_output_options_init(cli_output_options *o)
{
    memset(o, 0, sizeof *o);
    o->graph.min_weight = 1.0;
    o->render.legend = 1;
    o->svg_max = CLI_SVG_MAX_DEFAULT;
}

int cli_output_option(cli_output_options *o, int opt, const char *arg, const char *cmd)
{
    switch (opt) {
    case 'w':
        if (!cli_parse_double(arg, &o->graph.min_weight))
            return cli_usage_error(cmd, "--min-weight needs a non-negative number, not '%s'", arg);
        return 0;
    case 't':
        if (!(o->graph.types = cli_parse_types(arg)))
            return cli_usage_error(cmd, "--types takes person,organization,country,place, not '%s'", arg);
        return 0;
    case 'I':
        o->graph.drop_isolated = 1;
        return 0;
    case 'L':
        if (strcmp(arg, "dot") && strcmp(arg, "neato") && strcmp(arg, "fdp") && strcmp(arg, "sfdp") &&
            strcmp(arg, "circo") && strcmp(arg, "twopi"))
            return cli_usage_error(cmd, "unknown layout '%s' (dot, neato, fdp, sfdp, circo, twopi)", arg);
        o->render.layout = arg;
        return 0;
    case 'S':
        if (!cli_parse_size(arg, &o->svg_max))
            return cli_usage_error(cmd, "--svg-max needs a number, not '%s'", arg);
        return 0;
    default:
        return -1;
    }
}

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

int cli_prepare_outputs(const char *outdir, char **inputs, int ninputs)
{
    size_t k;
    int status = EXIT_OK;
    for (k = 0; k < NFILES && status == EXIT_OK; k++) {
        char *p = join(outdir, files[k]);
        if (!p) {
            cli_error("out of memory");
            return EXIT_INPUT;
        }
        if (cli_is_input(p, inputs, ninputs)) {
            cli_error("%s is one of the inputs; choose another output directory", p);
            status = EXIT_USAGE;
        }
        free(p);
    }
    if (status == EXIT_OK && mkdir_p(outdir) != 0) {
        cli_error("%s: cannot create directory: %s", outdir, strerror(errno));
        status = EXIT_INPUT;
    }
    return status;
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

int cli_write_outputs(const eg_corpus *c, const char *outdir, const cli_output_options *o)
{
    eg_status ret = EG_OK;
    eg_graph *g = NULL, *drawn = NULL;
    eg_error err;
    char *paths[NFILES] = {NULL};
    size_t k;
    eg_error_clear(&err);
    for (k = 0; k < NFILES; k++)
        if (!(paths[k] = join(outdir, files[k]))) {
            ret = eg_error_set(&err, EG_ENOMEM, "out of memory");
            goto cleanup;
        }
#define TIMED(what, call)                                                                                            \
    do {                                                                                                             \
        double t0_ = cli_now();                                                                                      \
        if ((ret = (call)) != EG_OK)                                                                                 \
            goto cleanup;                                                                                            \
        if (o->timings)                                                                                              \
            fprintf(stderr, "  %-14s %9.3f s  (peak memory so far %ld MB)\n", what, cli_now() - t0_, cli_peak_mb());  \
    } while (0)
    TIMED("graph", eg_graph_from_corpus(&g, c, &o->graph, &err));
    TIMED("graph.graphml", eg_graph_write_graphml(g, paths[F_GRAPHML], &err));
    TIMED("graph.dot", eg_graph_write_dot(g, paths[F_DOT], &o->render, &err));
    TIMED("aliases.json", eg_corpus_write_aliases(c, paths[F_ALIASES], &err));
    TIMED("graph.json", eg_graph_write_json(g, paths[F_JSON], &err));
    TIMED("strongest", strongest(g, o->svg_max, &drawn, &err));
    if (drawn && !o->quiet)
        cli_error("graph.svg and graph.html show the %zu strongest of %lld entities (--svg-max)", o->svg_max,
                  (long long)igraph_vcount(&g->g));
    TIMED("svg and html", eg_graph_write_svg_html(drawn ? drawn : g, paths[F_SVG], paths[F_HTML], &o->render, &err));
#undef TIMED
    if (eg_corpus_text_failed(c)) {
        ret = eg_error_set(&err, EG_EIO, "some evidence sentences could not be read back from the temporary file in "
                                         "$TMPDIR; the files written lack them");
        goto cleanup;
    }
    if (!o->quiet)
        fprintf(stderr, "entgraph: %zu documents, %lld entities, %lld links -> %s/{graph.graphml,graph.dot,graph.svg,"
                        "graph.json,aliases.json,graph.html}\n",
                eg_corpus_ndocs(c), (long long)igraph_vcount(&g->g), (long long)igraph_ecount(&g->g), outdir);
cleanup:
    if (ret != EG_OK)
        cli_error("%s", err.msg);
    for (k = 0; k < NFILES; k++)
        free(paths[k]);
    eg_graph_free(drawn);
    eg_graph_free(g);
    return ret == EG_OK ? EXIT_OK : EXIT_INPUT;
}
