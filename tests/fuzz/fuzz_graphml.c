#define _POSIX_C_SOURCE 200809L
/* fuzz_graphml.c: libFuzzer target for GraphML loading as `render` and `query` do it, then centralities and the
 * DOT drawing of what was loaded (no layout: layouts are slow and not parsers of input). */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "entgraph/graph.h"
#include "entgraph/query.h"
#include "entgraph/write.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char path[] = "/tmp/eg-fuzz-graphml-XXXXXX";
    int fd = mkstemp(path);
    eg_graph *g = NULL;
    if (fd < 0)
        return 0;
    if (write(fd, data, size) != (ssize_t)size) {
        close(fd);
        unlink(path);
        return 0;
    }
    close(fd);
    if (eg_graph_load_graphml(&g, path, NULL) == EG_OK && igraph_vcount(&g->g) < 2000) {
        igraph_vector_t s;
        igraph_vector_int_t order;
        char out[] = "/tmp/eg-fuzz-graphml-out-XXXXXX";
        int ofd = mkstemp(out);
        igraph_vector_init(&s, 0);
        igraph_vector_int_init(&order, 0);
        if (eg_graph_centrality(g, EG_CENT_PAGERANK, &s, NULL) == EG_OK)
            eg_rank(g, &s, &order, NULL);
        if (ofd >= 0) {
            close(ofd);
            eg_graph_write_dot(g, out, NULL, NULL);
            unlink(out);
        }
        igraph_vector_destroy(&s);
        igraph_vector_int_destroy(&order);
    }
    eg_graph_free(g);
    unlink(path);
    return 0;
}
