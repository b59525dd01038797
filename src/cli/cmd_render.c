/* cmd_render.c: `entgraph render`: a GraphML file to an SVG, PNG, DOT or HTML drawing, after optional filters. */
#include <getopt.h>
#include <string.h>

#include "cli.h"
#include "entgraph/graph.h"
#include "entgraph/query.h"
#include "entgraph/select.h"
#include "entgraph/write.h"

#define LARGE_DRAWING 5000

const char cmd_render_usage[] =
    "usage: entgraph render [OPTIONS] GRAPH.graphml -o FILE\n"
    "\n"
    "Draws a graph written by 'entgraph build'. The format follows FILE's extension: .svg, .png, .dot (DOT with\n"
    "the layout's positions) or .html (a self-contained page: the drawing with pan and zoom, a search box, and\n"
    "the evidence sentences of a clicked entity or link); --format overrides it.\n"
    "\n"
    "What to draw (applied in this order):\n"
    "  -w, --min-weight W  leave out links seen in fewer than W sentences\n"
    "      --kinds LIST    only links of these kinds (e.g. met, cooccurrence)\n"
    "  -t, --types LIST    only entities of these types: person,organization,country,place\n"
    "                      (entities that lose all their links to these filters go too)\n"
    "      --focus NAME    only the entities within --radius links of NAME\n"
    "      --radius K      for --focus (default 1)\n"
    "  -n, --top N         only the N highest by --by (the focus always stays)\n"
    "      --by NAME       centrality for --top: degree, strength, betweenness, closeness, harmonic,\n"
    "                      eigenvector or pagerank (default strength; see 'entgraph query --help')\n"
    "\n"
    "How:\n"
    "  -o, --output FILE   the drawing to write (required; written whole or not at all)\n"
    "      --format FMT    svg, png, dot or html\n"
    "      --layout NAME   dot, neato, fdp, sfdp, circo or twopi (default: neato up to 300 entities, else sfdp\n"
    "                      with overlap removal)\n"
    "      --size NAME     centrality that sizes the entities (default: --by)\n"
    "      --color WHAT    fill colour by 'type' (default) or 'community' (Louvain, seeded)\n"
    "      --seed S        seed for the communities (default 1)\n"
    "      --labels N      name only the N largest entities (default: all up to 150, else about 1 in 15)\n"
    "      --no-legend     leave out the legend\n"
    "  -h, --help          this help\n"
    "\n"
    "Line width follows the number of sentences behind a link; meetings (links of kind 'met') are bold, in their\n"
    "own colour, and labelled with their place. Tooltips (SVG, HTML) show the evidence sentences.\n"
    "\n"
    "Exit status: 0 success; 1 the graph could not be read, the focus was not found, or the drawing not written;\n"
    "2 usage error.\n";

int cmd_render(int argc, char **argv)
{
    enum { O_FORMAT = 256, O_LAYOUT, O_NOLEGEND, O_KINDS, O_FOCUS, O_RADIUS, O_BY, O_SIZE, O_COLOR, O_SEED, O_LABELS };
    static const struct option longopts[] = {
        {"output", required_argument, NULL, 'o'},     {"format", required_argument, NULL, O_FORMAT},
        {"layout", required_argument, NULL, O_LAYOUT}, {"no-legend", no_argument, NULL, O_NOLEGEND},
        {"min-weight", required_argument, NULL, 'w'}, {"kinds", required_argument, NULL, O_KINDS},
        {"types", required_argument, NULL, 't'},      {"type", required_argument, NULL, 't'},
        {"focus", required_argument, NULL, O_FOCUS},  {"radius", required_argument, NULL, O_RADIUS},
        {"top", required_argument, NULL, 'n'},        {"by", required_argument, NULL, O_BY},
        {"size", required_argument, NULL, O_SIZE},    {"color", required_argument, NULL, O_COLOR},
        {"colour", required_argument, NULL, O_COLOR}, {"seed", required_argument, NULL, O_SEED},
        {"labels", required_argument, NULL, O_LABELS}, {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0},
    };
    const char *output = NULL, *format = NULL, *ext, *by = "strength";
    eg_render_options ro;
    eg_select_options so;
    eg_graph *g = NULL, *drawn = NULL;
    eg_error err;
    size_t n;
    eg_centrality c;
    int opt, status = EXIT_OK;
    memset(&ro, 0, sizeof ro);
    ro.legend = 1;
    ro.seed = 1;
    eg_select_options_init(&so);
    eg_error_clear(&err);
    optind = 1;
    while ((opt = getopt_long(argc, argv, "o:w:t:n:h", longopts, NULL)) != -1) {
        switch (opt) {
        case 'o': output = optarg; break;
        case O_FORMAT: format = optarg; break;
        case O_LAYOUT: ro.layout = optarg; break;
        case O_NOLEGEND: ro.legend = 0; break;
        case 'w':
            if (!cli_parse_double(optarg, &so.min_weight))
                return cli_usage_error("render", "--min-weight needs a non-negative number, not '%s'", optarg);
            break;
        case O_KINDS: so.kinds = optarg; break;
        case 't':
            if (!cli_parse_types(optarg))
                return cli_usage_error("render", "--types takes person,organization,country,place, not '%s'", optarg);
            so.types = optarg;
            break;
        case O_FOCUS: so.focus = optarg; break;
        case O_RADIUS:
            if (!cli_parse_size(optarg, &n) || n > 1000000)
                return cli_usage_error("render", "--radius needs a number, not '%s'", optarg);
            so.radius = (int)n;
            break;
        case 'n':
            if (!cli_parse_size(optarg, &so.top))
                return cli_usage_error("render", "--top needs a number, not '%s'", optarg);
            break;
        case O_BY: by = optarg; break;
        case O_SIZE: ro.size_by = optarg; break;
        case O_COLOR:
            if (strcmp(optarg, "type") != 0 && strcmp(optarg, "community") != 0)
                return cli_usage_error("render", "--color takes type or community, not '%s'", optarg);
            ro.color_by = optarg;
            break;
        case O_SEED:
            if (!cli_parse_size(optarg, &n))
                return cli_usage_error("render", "--seed needs a number, not '%s'", optarg);
            ro.seed = (unsigned long)n;
            break;
        case O_LABELS:
            if (!cli_parse_size(optarg, &ro.labels))
                return cli_usage_error("render", "--labels needs a number, not '%s'", optarg);
            break;
        case 'h': fputs(cmd_render_usage, stdout); return cli_close_stdout(EXIT_OK);
        default: return cli_usage_error("render", "unknown option");
        }
    }
    if (optind != argc - 1)
        return cli_usage_error("render", "give exactly one graph file");
    if (!output)
        return cli_usage_error("render", "no output file: use -o FILE");
    if (!eg_centrality_parse(by, &c))
        return cli_usage_error("render", "--by: unknown centrality '%s'", by);
    so.by = c;
    if (!ro.size_by)
        ro.size_by = by;
    else if (!eg_centrality_parse(ro.size_by, &c))
        return cli_usage_error("render", "--size: unknown centrality '%s'", ro.size_by);
    if (!format) {
        ext = strrchr(output, '.');
        if (!ext || (strcmp(ext, ".svg") && strcmp(ext, ".png") && strcmp(ext, ".dot") && strcmp(ext, ".gv") &&
                     strcmp(ext, ".html") && strcmp(ext, ".htm")))
            return cli_usage_error("render", "cannot tell the format of '%s': use .svg, .png, .dot, .html or --format",
                                   output);
        format = strcmp(ext, ".gv") == 0 ? "dot" : strncmp(ext, ".htm", 4) == 0 ? "html" : ext + 1;
    }
    if (strcmp(format, "svg") && strcmp(format, "png") && strcmp(format, "dot") && strcmp(format, "html"))
        return cli_usage_error("render", "--format takes svg, png, dot or html, not '%s'", format);
    if (strcmp(output, argv[optind]) == 0)
        return cli_usage_error("render", "the output would overwrite the input");
    if (eg_graph_load_graphml(&g, argv[optind], &err) != EG_OK || eg_graph_select(&drawn, g, &so, &err) != EG_OK) {
        cli_error("%s", err.msg);
        status = EXIT_INPUT;
        goto cleanup;
    }
    if (igraph_vcount(&drawn->g) > LARGE_DRAWING)
        cli_error("drawing %lld entities takes a while; --top N or --min-weight W draw fewer",
                  (long long)igraph_vcount(&drawn->g));
    if ((strcmp(format, "html") == 0 ? eg_graph_write_html(drawn, output, &ro, &err)
                                      : eg_graph_render(drawn, output, format, &ro, &err)) != EG_OK) {
        cli_error("%s", err.msg);
        status = err.code == EG_EINVAL ? EXIT_USAGE : EXIT_INPUT;
    }
cleanup:
    eg_graph_free(drawn);
    eg_graph_free(g);
    return cli_close_stdout(status);
}
