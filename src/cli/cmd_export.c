/* cmd_export.c: `entgraph export`: a GraphML file to GEXF (Gephi), Neo4j import CSV, GraphML or node-link JSON. */
#include <getopt.h>
#include <string.h>

#include "cli.h"
#include "entgraph/graph.h"
#include "entgraph/select.h"
#include "entgraph/write.h"

const char cmd_export_usage[] =
    "usage: entgraph export GRAPH.graphml --format FORMAT -o PATH [OPTIONS]\n"
    "\n"
    "Writes a graph written by 'entgraph build' for other tools:\n"
    "  gexf      PATH is a GEXF 1.2 file for Gephi: labels, types, mentions, countries, link weights and kinds,\n"
    "            evidence sentences, meeting places and dates; colours and sizes as in entgraph's drawings\n"
    "  neo4j     PATH is a directory; nodes.csv and relationships.csv are written in it for\n"
    "              neo4j-admin database import full --nodes=PATH/nodes.csv \\\n"
    "                --relationships=PATH/relationships.csv neo4j\n"
    "            (nodes labelled Entity and their type; relationships typed by kind: COOCCURRENCE, MET)\n"
    "  graphml   GraphML, as 'entgraph build' writes it\n"
    "  json      node-link JSON (networkx's node_link_graph reads it)\n"
    "The format follows PATH's extension (.gexf, .graphml, .json) when --format is not given.\n"
    "\n"
    "Options:\n"
    "  -o, --output PATH   where to write (files are written whole or not at all)\n"
    "      --format FMT    gexf, neo4j, graphml or json\n"
    "  -w, --min-weight W  leave out links seen in fewer than W sentences\n"
    "      --kinds LIST    only links of these kinds\n"
    "  -t, --types LIST    only entities of these types: person,organization,country,place\n"
    "  -h, --help          this help\n"
    "\n"
    "Exit status: 0 success; 1 the graph could not be read or the output not written; 2 usage error.\n";

int cmd_export(int argc, char **argv)
{
    enum { O_FORMAT = 256, O_KINDS };
    static const struct option longopts[] = {
        {"output", required_argument, NULL, 'o'},     {"format", required_argument, NULL, O_FORMAT},
        {"min-weight", required_argument, NULL, 'w'}, {"kinds", required_argument, NULL, O_KINDS},
        {"types", required_argument, NULL, 't'},      {"type", required_argument, NULL, 't'},
        {"help", no_argument, NULL, 'h'},             {NULL, 0, NULL, 0},
    };
    const char *output = NULL, *format = NULL, *ext;
    eg_select_options so;
    eg_graph *g = NULL, *part = NULL;
    eg_error err;
    eg_status st;
    int opt, status = EXIT_OK;
    eg_select_options_init(&so);
    so.drop_orphans = 0;
    eg_error_clear(&err);
    optind = 1;
    while ((opt = getopt_long(argc, argv, "o:w:t:h", longopts, NULL)) != -1) {
        switch (opt) {
        case 'o': output = optarg; break;
        case O_FORMAT: format = optarg; break;
        case 'w':
            if (!cli_parse_double(optarg, &so.min_weight))
                return cli_usage_error("export", "--min-weight needs a non-negative number, not '%s'", optarg);
            break;
        case O_KINDS: so.kinds = optarg; break;
        case 't':
            if (!cli_parse_types(optarg))
                return cli_usage_error("export", "--types takes person,organization,country,place, not '%s'", optarg);
            so.types = optarg;
            break;
        case 'h': fputs(cmd_export_usage, stdout); return cli_close_stdout(EXIT_OK);
        default: return cli_usage_error("export", "unknown option");
        }
    }
    if (optind != argc - 1)
        return cli_usage_error("export", "give exactly one graph file");
    if (!output)
        return cli_usage_error("export", "no output: use -o PATH");
    if (!format) {
        ext = strrchr(output, '.');
        if (ext && (strcmp(ext, ".gexf") == 0 || strcmp(ext, ".graphml") == 0 || strcmp(ext, ".json") == 0))
            format = ext + 1;
        else
            return cli_usage_error("export", "say which format: --format gexf|neo4j|graphml|json");
    }
    if (strcmp(format, "gexf") && strcmp(format, "neo4j") && strcmp(format, "graphml") && strcmp(format, "json"))
        return cli_usage_error("export", "--format takes gexf, neo4j, graphml or json, not '%s'", format);
    if (strcmp(output, argv[optind]) == 0)
        return cli_usage_error("export", "the output would overwrite the input");
    if (eg_graph_load_graphml(&g, argv[optind], &err) != EG_OK || eg_graph_select(&part, g, &so, &err) != EG_OK) {
        cli_error("%s", err.msg);
        status = EXIT_INPUT;
        goto cleanup;
    }
    if (strcmp(format, "gexf") == 0)
        st = eg_graph_write_gexf(part, output, &err);
    else if (strcmp(format, "neo4j") == 0)
        st = eg_graph_write_neo4j(part, output, &err);
    else if (strcmp(format, "graphml") == 0)
        st = eg_graph_write_graphml(part, output, &err);
    else
        st = eg_graph_write_json(part, output, &err);
    if (st != EG_OK) {
        cli_error("%s", err.msg);
        status = EXIT_INPUT;
    }
cleanup:
    eg_graph_free(part);
    eg_graph_free(g);
    return cli_close_stdout(status);
}
