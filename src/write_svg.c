/* write_svg.c: laid-out drawings through gvc (see entgraph/write.h).
 *
 * The layout engine is chosen by size unless given: neato (with overlap removal) up to 300 nodes, sfdp beyond.
 * A drawing is rendered into memory and then written to a temporary file renamed into place; the HTML writer
 * takes the same in-memory SVG.
 *
 * One Graphviz context serves the whole process: Graphviz 2.42's pango plugin keeps a pointer to the last font
 * name, which belongs to the context's font table; a second context after the first was freed makes it read freed
 * memory (AddressSanitizer shows it when build draws graph.svg and then graph.html). The context is made once
 * and never freed. */
#include "dot_build.h"

#include <graphviz/gvc.h>
#include <stdio.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "entgraph/outfile.h"

const char *eg_render_default_layout(size_t n)
{
    return n <= 300 ? "neato" : "sfdp";
}

static int known_layout(const char *l)
{
    static const char *const ok[] = {"dot", "neato", "fdp", "sfdp", "circo", "twopi", "osage", "patchwork"};
    size_t i;
    for (i = 0; i < sizeof ok / sizeof *ok; i++)
        if (strcmp(ok[i], l) == 0)
            return 1;
    return 0;
}

static GVC_t *shared_gvc;
static pthread_once_t gvc_once = PTHREAD_ONCE_INIT;

static void make_gvc(void)
{
    shared_gvc = gvContext();
}

eg_status eg_dot_render_data(const eg_graph *g, const char *format, const eg_render_options *opts, int index_ids,
                             char **data, size_t *len, eg_error *err)
{
    eg_status ret = EG_OK;
    GVC_t *gvc = NULL;
    Agraph_t *ag = NULL;
    char *result = NULL;
    unsigned int n = 0;
    int laid_out = 0;
    const char *layout = opts && opts->layout ? opts->layout : eg_render_default_layout((size_t)igraph_vcount(&g->g));
    *data = NULL;
    *len = 0;
    if (!known_layout(layout))
        return eg_error_set(err, EG_EINVAL, "unknown layout \"%s\" (dot, neato, fdp, sfdp, circo, twopi)", layout);
    if (strcmp(format, "svg") != 0 && strcmp(format, "png") != 0 && strcmp(format, "dot") != 0)
        return eg_error_set(err, EG_EINVAL, "unknown drawing format \"%s\" (svg, png, dot)", format);
    if ((ret = eg_dot_build(g, layout, opts, index_ids, &ag, err)) != EG_OK)
        goto cleanup;
    pthread_once(&gvc_once, make_gvc);
    gvc = shared_gvc;
    if (!gvc) {
        ret = eg_error_set(err, EG_EGRAPH, "Graphviz: cannot create a context");
        goto cleanup;
    }
    if (gvLayout(gvc, ag, layout) != 0) {
        ret = eg_error_set(err, EG_EGRAPH, "Graphviz: layout \"%s\" failed (is libgvc's plugin configuration installed?)",
                           layout);
        goto cleanup;
    }
    laid_out = 1;
    if (gvRenderData(gvc, ag, format, &result, &n) != 0 || !result) {
        ret = eg_error_set(err, EG_EGRAPH, "Graphviz could not render %s", format);
        goto cleanup;
    }
    *data = malloc((size_t)n + 1);
    if (!*data) {
        ret = eg_error_set(err, EG_ENOMEM, "out of memory");
        goto cleanup;
    }
    memcpy(*data, result, n);
    (*data)[n] = '\0';
    *len = n;
cleanup:
    if (result)
        gvFreeRenderData(result);
    if (laid_out)
        gvFreeLayout(gvc, ag);
    if (ag)
        agclose(ag);
    return ret;
}

/* data[0..len) to path, through a temporary file renamed into place. */
static eg_status write_whole(const char *path, const char *data, size_t len, eg_error *err)
{
    eg_outfile f;
    eg_status ret = eg_outfile_open(&f, path, err);
    if (ret != EG_OK)
        return ret;
    if (fwrite(data, 1, len, f.fp) != len) {
        eg_outfile_abort(&f);
        return eg_error_set(err, EG_EIO, "%s: write failed", path);
    }
    return eg_outfile_commit(&f, err);
}

eg_status eg_graph_render(const eg_graph *g, const char *path, const char *format, const eg_render_options *opts,
                          eg_error *err)
{
    char *data = NULL;
    size_t len = 0;
    eg_status ret = eg_dot_render_data(g, format, opts, 0, &data, &len, err);
    if (ret == EG_OK)
        ret = write_whole(path, data, len, err);
    free(data);
    return ret;
}

eg_status eg_graph_write_svg_html(const eg_graph *g, const char *svg_path, const char *html_path,
                                   const eg_render_options *opts, eg_error *err)
{
    eg_status ret = EG_OK;
    GVC_t *gvc;
    Agraph_t *ag = NULL;
    Agnode_t *n;
    char *result = NULL;
    unsigned int len = 0;
    int laid_out = 0;
    const char *layout = opts && opts->layout ? opts->layout : eg_render_default_layout((size_t)igraph_vcount(&g->g));
    if (!known_layout(layout))
        return eg_error_set(err, EG_EINVAL, "unknown layout \"%s\" (dot, neato, fdp, sfdp, circo, twopi)", layout);
    /* one layout for both: the page needs index ids ("n<i>", "e<i>"), the drawing the entities' ids */
    if ((ret = eg_dot_build(g, layout, opts, 1, &ag, err)) != EG_OK)
        goto cleanup;
    pthread_once(&gvc_once, make_gvc);
    if (!(gvc = shared_gvc)) {
        ret = eg_error_set(err, EG_EGRAPH, "Graphviz: cannot create a context");
        goto cleanup;
    }
    if (gvLayout(gvc, ag, layout) != 0) {
        ret = eg_error_set(err, EG_EGRAPH, "Graphviz: layout \"%s\" failed", layout);
        goto cleanup;
    }
    laid_out = 1;
    if (gvRenderData(gvc, ag, "svg", &result, &len) != 0 || !result) {
        ret = eg_error_set(err, EG_EGRAPH, "Graphviz could not render svg");
        goto cleanup;
    }
    if ((ret = eg_html_write_page(g, html_path, opts, result, len, err)) != EG_OK)
        goto cleanup;
    gvFreeRenderData(result);
    result = NULL;
    for (n = agfstnode(ag); n; n = agnxtnode(ag, n)) {
        const char *name = agnameof(n);
        Agedge_t *e;
        long long i;
        char *esc;
        if (name[0] == 'n' && sscanf(name + 1, "%lld", &i) == 1 && i >= 0 && i < (long long)igraph_vcount(&g->g)) {
            if (!(esc = eg_dot_escape(eg_graph_vstr(g, "id", (igraph_integer_t)i)))) {
                ret = eg_error_set(err, EG_ENOMEM, "out of memory");
                goto cleanup;
            }
            agsafeset(n, "id", esc, "");
            free(esc);
        }
        for (e = agfstout(ag, n); e; e = agnxtout(ag, e))
            agsafeset(e, "id", "", "");
    }
    if (gvRenderData(gvc, ag, "svg", &result, &len) != 0 || !result) {
        ret = eg_error_set(err, EG_EGRAPH, "Graphviz could not render svg");
        goto cleanup;
    }
    ret = write_whole(svg_path, result, len, err);
cleanup:
    if (result)
        gvFreeRenderData(result);
    if (laid_out)
        gvFreeLayout(gvc, ag);
    if (ag)
        agclose(ag);
    return ret;
}
