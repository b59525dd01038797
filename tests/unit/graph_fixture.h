/* graph_fixture.h: small eg_graphs built by hand for the unit tests: n vertices labelled and typed as given,
 * undirected edges with weights and kinds. */
#ifndef ENTGRAPH_TEST_GRAPH_FIXTURE_H
#define ENTGRAPH_TEST_GRAPH_FIXTURE_H

#include <stdio.h>
#include <stdlib.h>
#include "entgraph/graph.h"

typedef struct {
    int a, b;
    double w;
    const char *kind;   /* NULL: "cooccurrence" */
} fx_edge;

/* labels[i] and types[i] for every vertex (types may be NULL: all "person"); ids are "t:<label>". */
static eg_graph *fx_graph(int n, const char *const *labels, const char *const *types, const fx_edge *edges, int m)
{
    eg_graph *g = calloc(1, sizeof *g);
    igraph_vector_int_t ev;
    int i;
    char id[256];
    eg_igraph_setup();
    if (!g)
        abort();
    igraph_vector_int_init(&g->relation, 0);
    igraph_empty(&g->g, n, IGRAPH_UNDIRECTED);
    igraph_vector_int_init(&ev, 2 * m);
    for (i = 0; i < m; i++) {
        VECTOR(ev)[2 * i] = edges[i].a;
        VECTOR(ev)[2 * i + 1] = edges[i].b;
    }
    igraph_add_edges(&g->g, &ev, NULL);
    igraph_vector_int_destroy(&ev);
    for (i = 0; i < n; i++) {
        snprintf(id, sizeof id, "t:%s", labels[i]);
        SETVAS(&g->g, "id", i, id);
        SETVAS(&g->g, "label", i, labels[i]);
        SETVAS(&g->g, "type", i, types ? types[i] : "person");
    }
    for (i = 0; i < m; i++) {
        SETEAN(&g->g, "weight", i, edges[i].w);
        SETEAS(&g->g, "kind", i, edges[i].kind ? edges[i].kind : "cooccurrence");
        snprintf(id, sizeof id, "%s and %s, %g times.", labels[edges[i].a], labels[edges[i].b], edges[i].w);
        SETEAS(&g->g, "sentence", i, id);
        SETEAS(&g->g, "doc", i, "doc.txt");
    }
    return g;
}

#endif
