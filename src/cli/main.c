/* main.c: the entgraph command: global options and the table of subcommands (git's builtin table). */
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"
#include "entgraph/graph.h"

const cli_command cli_commands[] = {
    {"extract", cmd_extract, "find entities in articles; write JSON Lines", cmd_extract_usage},
    {"build", cmd_build, "build the entity graph; write GraphML, DOT, SVG and JSON", cmd_build_usage},
    {"merge", cmd_merge, "combine shards of a corpus built apart into one graph", cmd_merge_usage},
    {"render", cmd_render, "draw a graph file as SVG, PNG, DOT or an HTML page", cmd_render_usage},
    {"query", cmd_query, "centralities, communities, chains, neighbours and meetings", cmd_query_usage},
    {"export", cmd_export, "write a graph file for Gephi (GEXF) or Neo4j (CSV)", cmd_export_usage},
    {"train", cmd_train, "train the name tagger from annotated documents", cmd_train_usage},
    {"tag", cmd_tag, NULL, cmd_tag_usage},
    {NULL, NULL, NULL, NULL},
};

const cli_command *cli_find(const char *name)
{
    const cli_command *c;
    for (c = cli_commands; c->name; c++)
        if (strcmp(c->name, name) == 0)
            return c;
    return NULL;
}

static void usage(FILE *fp)
{
    const cli_command *c;
    fputs("usage: entgraph [--version] [--help] COMMAND [ARGS]\n\n"
          "Reads news articles and answers who met whom, where, and how they are connected.\n\n"
          "Commands:\n",
          fp);
    for (c = cli_commands; c->name; c++)
        if (c->summary)
            fprintf(fp, "  %-9s %s\n", c->name, c->summary);
    fputs("\n'entgraph help COMMAND' or 'entgraph COMMAND --help' describes a command.\n"
          "Exit status: 0 success, 1 some input could not be read or an output not written (the rest is still\n"
          "processed and written), 2 usage error.\n",
          fp);
}

int main(int argc, char **argv)
{
    const cli_command *c;
    eg_igraph_setup();
    /* a megabyte per read and write (see src/stream.h); a terminal keeps its line buffering */
    static char inbuf[1 << 20], outbuf[1 << 20];
    setvbuf(stdin, inbuf, _IOFBF, sizeof inbuf);
    if (!isatty(STDOUT_FILENO))
        setvbuf(stdout, outbuf, _IOFBF, sizeof outbuf);
    if (argc < 2) {
        usage(stderr);
        return EXIT_USAGE;
    }
    if (strcmp(argv[1], "--version") == 0 || strcmp(argv[1], "version") == 0) {
        printf("entgraph %s\n", ENTGRAPH_VERSION);
        return cli_close_stdout(EXIT_OK);
    }
    if (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0) {
        usage(stdout);
        return cli_close_stdout(EXIT_OK);
    }
    if (strcmp(argv[1], "help") == 0) {
        if (argc < 3) {
            usage(stdout);
            return cli_close_stdout(EXIT_OK);
        }
        c = cli_find(argv[2]);
        if (!c) {
            cli_error("'%s' is not a command; see 'entgraph --help'", argv[2]);
            return EXIT_USAGE;
        }
        fputs(c->usage, stdout);
        return cli_close_stdout(EXIT_OK);
    }
    c = cli_find(argv[1]);
    if (!c) {
        cli_error("'%s' is not a command; see 'entgraph --help'", argv[1]);
        return EXIT_USAGE;
    }
    return c->run(argc - 1, argv + 1);
}
