/* graph_load.c: reading a graph back from GraphML (see entgraph/graph.h). igraph's reader does the parsing; this
 * module checks what came back and reports errors by file name. */
#include "entgraph/graph.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

eg_status eg_graph_load_graphml(eg_graph **out, const char *path, eg_error *err)
{
    eg_status ret = EG_OK;
    FILE *fp = NULL;
    eg_graph *g = NULL;
    *out = NULL;
    eg_igraph_setup();
    fp = fopen(path, "rb");
    if (!fp) {
        ret = eg_error_set(err, EG_EIO, "%s: %s", path, strerror(errno));
        goto cleanup;
    }
    g = calloc(1, sizeof *g);
    if (!g || igraph_vector_int_init(&g->relation, 0) != IGRAPH_SUCCESS) {
        free(g);
        g = NULL;
        ret = eg_error_set(err, EG_ENOMEM, "out of memory");
        goto cleanup;
    }
    if (igraph_read_graph_graphml(&g->g, fp, 0) != IGRAPH_SUCCESS) {
        igraph_vector_int_destroy(&g->relation);
        free(g);
        g = NULL;
        ret = eg_error_set(err, EG_EFORMAT, "%s: not a readable GraphML file: %s", path, eg_igraph_last_error());
        goto cleanup;
    }
    if (igraph_is_directed(&g->g)) {
        /* entgraph graphs are undirected; a directed file is read as its undirected version */
        if (igraph_to_undirected(&g->g, IGRAPH_TO_UNDIRECTED_EACH, NULL) != IGRAPH_SUCCESS) {
            ret = eg_error_set(err, EG_EGRAPH, "%s: %s", path, eg_igraph_last_error());
            goto cleanup;
        }
    }
    *out = g;
    g = NULL;
cleanup:
    eg_graph_free(g);
    if (fp)
        fclose(fp);
    return ret;
}
