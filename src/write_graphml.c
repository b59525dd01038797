/* write_graphml.c: GraphML through igraph's writer (see entgraph/write.h). Attribute names carry no v_/e_
 * prefixes; vertex and edge attribute names are distinct, so the keys are unique. Every string in the model was
 * made safe when it entered it (eg_clean_text), because igraph refuses control characters and writes invalid UTF-8
 * through. */
#include "entgraph/write.h"

#include "entgraph/outfile.h"

eg_status eg_graph_write_graphml(const eg_graph *g, const char *path, eg_error *err)
{
    eg_status ret;
    eg_outfile f;
    ret = eg_outfile_open(&f, path, err);
    if (ret != EG_OK)
        return ret;
    if (igraph_write_graph_graphml(&g->g, f.fp, 0) != IGRAPH_SUCCESS) {
        eg_outfile_abort(&f);
        return eg_error_set(err, EG_EGRAPH, "%s: igraph could not write GraphML: %s", path, eg_igraph_last_error());
    }
    return eg_outfile_commit(&f, err);
}
