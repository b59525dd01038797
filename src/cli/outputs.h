/* outputs.h: the graph files of `build` and `merge` (graph.graphml, graph.dot, graph.svg, graph.json,
 * aliases.json, graph.html) and the options that shape them (--min-weight, --types, --drop-isolated, --layout,
 * --svg-max: short codes 'w', 't', 'I', 'L', 'S' in the commands' getopt tables). */
#ifndef ENTGRAPH_CLI_OUTPUTS_H
#define ENTGRAPH_CLI_OUTPUTS_H

#include "cli.h"
#include "entgraph/corpus.h"
#include "entgraph/graph.h"
#include "entgraph/write.h"

#define CLI_SVG_MAX_DEFAULT 300

typedef struct {
    eg_graph_options graph;
    eg_render_options render;
    size_t svg_max;      /* entities drawn in graph.svg and graph.html (the strongest); 0 = all */
    int quiet;
    int timings;         /* --timings: the seconds of each file on standard error */
} cli_output_options;

void cli_output_options_init(cli_output_options *o);
/* Handle one option code; returns 0 when handled, -1 when not an output option, EXIT_USAGE on a bad value. */
int cli_output_option(cli_output_options *o, int opt, const char *arg, const char *cmd);
/* Refuse an output directory that would overwrite an input; create it. Returns an exit status. */
int cli_prepare_outputs(const char *outdir, char **inputs, int ninputs);
/* Build the graph of the resolved corpus c and write every file into outdir. Returns an exit status. */
int cli_write_outputs(const eg_corpus *c, const char *outdir, const cli_output_options *o);

#endif
