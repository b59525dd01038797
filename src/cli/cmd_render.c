/* cmd_render.c: `entgraph render`: a GraphML file to an SVG, PNG or DOT drawing. */
#include <getopt.h>
#include <string.h>

#include "cli.h"
#include "entgraph/graph.h"
#include "entgraph/write.h"

const char cmd_render_usage[] =
    "usage: entgraph render [OPTIONS] GRAPH.graphml -o FILE\n"
    "\n"
    "Draws a graph written by 'entgraph build'. The format follows FILE's extension: .svg, .png or .dot (DOT with\n"
    "the layout's positions); --format overrides it.\n"
    "\n"
    "Options:\n"
    "  -o, --output FILE   the drawing to write (required; written whole or not at all)\n"
    "      --format FMT    svg, png or dot\n"
    "      --layout NAME   dot, neato, fdp, sfdp, circo or twopi (default: neato up to 300 nodes, else sfdp)\n"
    "      --no-legend     leave out the legend of types\n"
    "  -h, --help          this help\n"
    "\n"
    "Exit status: 0 success; 1 the graph could not be read or the drawing not written; 2 usage error.\n";

int cmd_render(int argc, char **argv)
{
    static const struct option longopts[] = {
        {"output", required_argument, NULL, 'o'}, {"format", required_argument, NULL, 'f'},
        {"layout", required_argument, NULL, 'L'}, {"no-legend", no_argument, NULL, 'N'},
        {"help", no_argument, NULL, 'h'},         {NULL, 0, NULL, 0},
    };
    const char *output = NULL, *format = NULL, *ext;
    eg_render_options ro = {NULL, 1};
    eg_graph *g = NULL;
    eg_error err;
    int opt, status = EXIT_OK;
    eg_error_clear(&err);
    optind = 1;
    while ((opt = getopt_long(argc, argv, "o:h", longopts, NULL)) != -1) {
        switch (opt) {
        case 'o': output = optarg; break;
        case 'f': format = optarg; break;
        case 'L': ro.layout = optarg; break;
        case 'N': ro.legend = 0; break;
        case 'h': fputs(cmd_render_usage, stdout); return cli_close_stdout(EXIT_OK);
        default: return cli_usage_error("render", "unknown option");
        }
    }
    if (optind != argc - 1)
        return cli_usage_error("render", "give exactly one graph file");
    if (!output)
        return cli_usage_error("render", "no output file: use -o FILE");
    if (!format) {
        ext = strrchr(output, '.');
        if (!ext || (strcmp(ext, ".svg") && strcmp(ext, ".png") && strcmp(ext, ".dot") && strcmp(ext, ".gv")))
            return cli_usage_error("render", "cannot tell the format of '%s': use .svg, .png, .dot or --format",
                                   output);
        format = strcmp(ext, ".gv") == 0 ? "dot" : ext + 1;
    }
    if (strcmp(output, argv[optind]) == 0)
        return cli_usage_error("render", "the output would overwrite the input");
    if (eg_graph_load_graphml(&g, argv[optind], &err) != EG_OK ||
        eg_graph_render(g, output, format, &ro, &err) != EG_OK) {
        cli_error("%s", err.msg);
        status = err.code == EG_EINVAL ? EXIT_USAGE : EXIT_INPUT;
    }
    eg_graph_free(g);
    return cli_close_stdout(status);
}
