/* graph_load.c: reading a graph back from GraphML (see entgraph/graph.h).
 *
 * A streaming reader on libxml2's SAX2 push parser, in place of igraph's GraphML reader, which in 0.10.2 reads
 * some 20 MB/s (5 s for the 100 MB GraphML of a 100,000-entity graph): this one reads the file in 256 KiB
 * chunks, keeps each attribute as a column (numbers in an array, strings as offsets into one growing arena), maps
 * node ids through a hash table, and hands igraph every column and the edge list in one call each. What it reads:
 * the <key>s (for node, edge or all; types string, boolean, int, long, float, double; <default>), the first
 * <graph> and its <node>s and <edge>s (an edge may name a node declared later; a nested graph is skipped), and
 * their <data>. Numbers become numeric attributes (booleans 0/1; a missing value NaN or the default), strings
 * string attributes ("" or the default). Without a node key named "id", nodes get an "id" attribute holding
 * their GraphML ids, as igraph does. Directed files are read as undirected graphs (entgraph's graphs are).
 * libxml2 is told not to load DTDs, expand external entities or touch the network. */
#include "entgraph/graph.h"

#include <errno.h>
#include <libxml/parser.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "strtab.h"

#define CHUNK (256 * 1024)
#define VALUE_MAX (16u << 20)   /* bytes of one <data> or <default> value */
#define KEYS_MAX 4096
#define ATTR_MAX 4096          /* bytes of an id, a key name or a node reference */

enum { DOM_NODE = 1, DOM_EDGE = 2 };

typedef struct {
    char *name;          /* attr.name */
    int numeric, boolean;
    char *def;           /* <default> text, or NULL */
    size_t *off;         /* strings: arena offset + 1 per element (0: missing) */
    double *num;         /* numbers */
    size_t alloc;
} column;

typedef struct {
    char *id;            /* the key's id */
    int node, edge;      /* column index in nodes / edges, or -1 */
} gml_key;

typedef struct {
    xmlParserCtxtPtr ctxt;
    eg_status status;
    char msg[512];
    char xml_msg[256];   /* libxml2's first error message */
    gml_key keys[KEYS_MAX];
    size_t nkeys;
    column ncols[KEYS_MAX], ecols[KEYS_MAX];
    size_t nncols, necols;
    eg_strtab ids;       /* node id -> index */
    char **id_of;        /* index -> node id (borrowed from ids) */
    size_t nv, av;       /* vertices */
    igraph_vector_int_t edges;
    size_t ne;
    eg_buf arena;        /* string values, NUL-separated */
    eg_buf text;         /* the value being read */
    /* where we are */
    int graphs;          /* top-level <graph> elements seen (only the first is read) */
    int graph_depth;     /* open <graph> elements */
    int in_key;          /* inside a <key>: its index + 1 */
    int in_default;
    int in_data;         /* inside a <data> of the current node or edge */
    column *data_col;
    size_t data_index;
    int cur;             /* DOM_NODE or DOM_EDGE: the element the <data> belongs to, or 0 */
    size_t cur_index;
} reader;

static void fail(reader *r, eg_status code, const char *fmt, const char *arg)
{
    if (r->status != EG_OK)
        return;
    r->status = code;
    snprintf(r->msg, sizeof r->msg, fmt, arg ? arg : "");
    xmlStopParser(r->ctxt);
}

/* The value of attribute name among SAX2's (localname, prefix, URI, value, end) tuples, copied into out (ATTR_MAX
 * bytes). 0 when absent; a value too long fails the read rather than be cut (cut ids could collide). */
static int attr(reader *r, const xmlChar **attrs, int n, const char *name, char *out)
{
    int i;
    for (i = 0; i < n; i++) {
        const xmlChar **a = attrs + 5 * i;
        if (strcmp((const char *)a[0], name) == 0) {
            size_t len = (size_t)(a[4] - a[3]);
            if (len >= ATTR_MAX) {
                fail(r, EG_ELIMIT, "an attribute \"%s\" longer than 4095 bytes", name);
                return 0;
            }
            memcpy(out, a[3], len);
            out[len] = '\0';
            return 1;
        }
    }
    return 0;
}

/* Room for element index i in every column of the domain. */
static int grow(column *cols, size_t ncols, size_t i)
{
    size_t k;
    for (k = 0; k < ncols; k++) {
        column *c = &cols[k];
        if (i < c->alloc)
            continue;
        size_t na = c->alloc ? c->alloc : 1024, j;
        while (na <= i)
            na *= 2;
        if (c->numeric) {
            double *p = realloc(c->num, na * sizeof *p);
            if (!p)
                return 0;
            for (j = c->alloc; j < na; j++)
                p[j] = NAN;
            c->num = p;
        } else {
            size_t *p = realloc(c->off, na * sizeof *p);
            if (!p)
                return 0;
            memset(p + c->alloc, 0, (na - c->alloc) * sizeof *p);
            c->off = p;
        }
        c->alloc = na;
    }
    return 1;
}

/* The index of node id, added when new. */
static int vertex(reader *r, const char *id, size_t *index)
{
    uint32_t v;
    int inserted;
    const char *stored;
    if (r->nv >= UINT32_MAX - 1) {
        fail(r, EG_ELIMIT, "more than 2^32 nodes", NULL);
        return 0;
    }
    if (eg_strtab_put(&r->ids, id, strlen(id), (uint32_t)r->nv, &inserted, &v, &stored) != EG_OK) {
        fail(r, EG_ENOMEM, "out of memory", NULL);
        return 0;
    }
    if (inserted) {
        if (r->nv == r->av) {
            size_t na = r->av ? 2 * r->av : 1024;
            char **p = realloc(r->id_of, na * sizeof *p);
            if (!p) {
                fail(r, EG_ENOMEM, "out of memory", NULL);
                return 0;
            }
            r->id_of = p;
            r->av = na;
        }
        r->id_of[r->nv] = (char *)stored;
        if (!grow(r->ncols, r->nncols, r->nv)) {
            fail(r, EG_ENOMEM, "out of memory", NULL);
            return 0;
        }
        v = (uint32_t)r->nv++;
    }
    *index = v;
    return 1;
}

static void on_key(reader *r, const xmlChar **attrs, int n)
{
    char id[ATTR_MAX], name[ATTR_MAX], dom[ATTR_MAX], type[ATTR_MAX];
    gml_key *k;
    int d = DOM_NODE | DOM_EDGE, which;
    if (r->nkeys == KEYS_MAX) {
        fail(r, EG_ELIMIT, "more than 4096 <key>s", NULL);
        return;
    }
    if (!attr(r, attrs, n, "id", id)) {
        fail(r, EG_EFORMAT, "a <key> without an id", NULL);
        return;
    }
    name[0] = dom[0] = type[0] = '\0';
    if (!attr(r, attrs, n, "attr.name", name) && r->status == EG_OK)
        strcpy(name, id);
    if (attr(r, attrs, n, "for", dom))
        d = strcmp(dom, "node") == 0 ? DOM_NODE : strcmp(dom, "edge") == 0 ? DOM_EDGE : strcmp(dom, "all") == 0 ? d : 0;
    if (!attr(r, attrs, n, "attr.type", type))
        strcpy(type, "string");
    if (r->status != EG_OK)
        return;
    k = &r->keys[r->nkeys++];
    k->id = strdup(id);
    k->node = k->edge = -1;
    if (!k->id) {
        fail(r, EG_ENOMEM, "out of memory", NULL);
        return;
    }
    for (which = DOM_NODE; which <= DOM_EDGE; which <<= 1) {
        column *c;
        if (!(d & which))
            continue;
        c = which == DOM_NODE ? &r->ncols[r->nncols] : &r->ecols[r->necols];
        memset(c, 0, sizeof *c);
        c->boolean = strcmp(type, "boolean") == 0;
        c->numeric = c->boolean || strcmp(type, "int") == 0 || strcmp(type, "long") == 0 ||
                     strcmp(type, "float") == 0 || strcmp(type, "double") == 0;
        if (!(c->name = strdup(name))) {
            fail(r, EG_ENOMEM, "out of memory", NULL);
            return;
        }
        if (which == DOM_NODE)
            k->node = (int)r->nncols++;
        else
            k->edge = (int)r->necols++;
        /* elements read before this key: columns start at their size */
        if (!grow(c, 1, (which == DOM_NODE ? r->nv : r->ne) + 1)) {
            fail(r, EG_ENOMEM, "out of memory", NULL);
            return;
        }
    }
    r->in_key = (int)r->nkeys;
}

static void on_start(void *ctx, const xmlChar *localname, const xmlChar *prefix, const xmlChar *uri, int nns,
                     const xmlChar **ns, int nattrs, int ndefaulted, const xmlChar **attrs)
{
    reader *r = ctx;
    const char *el = (const char *)localname;
    char a[ATTR_MAX], b[ATTR_MAX];
    size_t i, j;
    (void)prefix;
    (void)uri;
    (void)nns;
    (void)ns;
    (void)ndefaulted;
    if (r->status != EG_OK)
        return;
    if (strcmp(el, "graph") == 0) {
        if (r->graph_depth++ == 0)
            r->graphs++;   /* top-level graphs: only the first is read */
        return;
    }
    if (r->graph_depth == 0) {
        if (strcmp(el, "key") == 0)
            on_key(r, attrs, nattrs);
        else if (strcmp(el, "default") == 0 && r->in_key) {
            r->in_default = 1;
            eg_buf_reset(&r->text);
        }
        return;
    }
    if (r->graphs > 1 || r->graph_depth > 1)
        return;   /* only the first graph, and not its nested ones */
    if (strcmp(el, "node") == 0) {
        if (!attr(r, attrs, nattrs, "id", a)) {
            fail(r, EG_EFORMAT, "a <node> without an id", NULL);
            return;
        }
        if (vertex(r, a, &i)) {
            r->cur = DOM_NODE;
            r->cur_index = i;
        }
    } else if (strcmp(el, "edge") == 0) {
        if (!attr(r, attrs, nattrs, "source", a) || !attr(r, attrs, nattrs, "target", b)) {
            fail(r, EG_EFORMAT, "an <edge> without a source or target", NULL);
            return;
        }
        if (!vertex(r, a, &i) || !vertex(r, b, &j))
            return;
        if (igraph_vector_int_push_back(&r->edges, (igraph_integer_t)i) != IGRAPH_SUCCESS ||
            igraph_vector_int_push_back(&r->edges, (igraph_integer_t)j) != IGRAPH_SUCCESS ||
            !grow(r->ecols, r->necols, r->ne)) {
            fail(r, EG_ENOMEM, "out of memory", NULL);
            return;
        }
        r->cur = DOM_EDGE;
        r->cur_index = r->ne++;
    } else if (strcmp(el, "data") == 0 && r->cur) {
        size_t k;
        if (!attr(r, attrs, nattrs, "key", a))
            return;
        for (k = 0; k < r->nkeys && strcmp(r->keys[k].id, a) != 0; k++)
            ;
        if (k == r->nkeys) {
            fail(r, EG_EFORMAT, "<data> for the undeclared key \"%s\"", a);
            return;
        }
        if ((r->cur == DOM_NODE ? r->keys[k].node : r->keys[k].edge) < 0)
            return;   /* a key for the other domain: ignored, as igraph does */
        r->data_col = r->cur == DOM_NODE ? &r->ncols[r->keys[k].node] : &r->ecols[r->keys[k].edge];
        r->data_index = r->cur_index;
        r->in_data = 1;
        eg_buf_reset(&r->text);
    }
}

/* The number a value text holds; NaN when it holds none. */
static double number(const char *s, int boolean)
{
    char *end;
    double x;
    while (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r')
        s++;
    if (boolean)
        return strncmp(s, "true", 4) == 0 || *s == '1' ? 1 : strncmp(s, "false", 5) == 0 || *s == '0' ? 0 : NAN;
    x = strtod(s, &end);
    return end == s ? NAN : x;
}

static void on_end(void *ctx, const xmlChar *localname, const xmlChar *prefix, const xmlChar *uri)
{
    reader *r = ctx;
    const char *el = (const char *)localname;
    const char *text;
    (void)prefix;
    (void)uri;
    if (r->status != EG_OK)
        return;
    text = r->text.data ? r->text.data : "";
    if (strcmp(el, "graph") == 0) {
        r->graph_depth--;
    } else if (strcmp(el, "key") == 0) {
        r->in_key = 0;
        r->in_default = 0;
    } else if (strcmp(el, "default") == 0 && r->in_default && r->in_key > 0) {
        gml_key *k = &r->keys[r->in_key - 1];
        int which;
        r->in_default = 0;
        for (which = 0; which < 2; which++) {
            int c = which == 0 ? k->node : k->edge;
            column *col;
            if (c < 0)
                continue;
            col = which == 0 ? &r->ncols[c] : &r->ecols[c];
            free(col->def);
            if (!(col->def = strdup(text)))
                fail(r, EG_ENOMEM, "out of memory", NULL);
        }
    } else if (strcmp(el, "data") == 0 && r->in_data) {
        column *c = r->data_col;
        r->in_data = 0;
        if (c->numeric)
            c->num[r->data_index] = number(text, c->boolean);
        else {
            c->off[r->data_index] = r->arena.len + 1;
            if (eg_buf_add(&r->arena, text, r->text.len + 1) != EG_OK)
                fail(r, EG_ENOMEM, "out of memory", NULL);
        }
    } else if ((strcmp(el, "node") == 0 || strcmp(el, "edge") == 0) && r->graph_depth == 1) {
        r->cur = 0;
    }
}

static void on_text(void *ctx, const xmlChar *ch, int len)
{
    reader *r = ctx;
    if (r->status != EG_OK || !(r->in_data || r->in_default))
        return;
    if (eg_buf_add(&r->text, ch, (size_t)len) != EG_OK)
        fail(r, EG_ELIMIT, "a value longer than 16 MiB", NULL);
}

/* Hand one column to igraph as a vertex (DOM_NODE) or edge attribute of n elements. */
static eg_status set_column(reader *r, igraph_t *g, const column *c, int dom, size_t n)
{
    eg_status ret = EG_OK;
    size_t i;
    igraph_error_t rc;
    if (c->numeric) {
        igraph_vector_t v;
        double def = c->def ? number(c->def, c->boolean) : NAN;
        if (igraph_vector_init(&v, (igraph_integer_t)n) != IGRAPH_SUCCESS)
            return EG_ENOMEM;
        for (i = 0; i < n; i++)
            VECTOR(v)[i] = i < c->alloc && !isnan(c->num[i]) ? c->num[i] : def;
        rc = dom == DOM_NODE ? igraph_cattribute_VAN_setv(g, c->name, &v) : igraph_cattribute_EAN_setv(g, c->name, &v);
        igraph_vector_destroy(&v);
    } else {
        igraph_strvector_t sv;
        const char *def = c->def ? c->def : "";
        if (igraph_strvector_init(&sv, (igraph_integer_t)n) != IGRAPH_SUCCESS)
            return EG_ENOMEM;
        for (i = 0; i < n; i++) {
            size_t off = i < c->alloc ? c->off[i] : 0;
            const char *s = off ? r->arena.data + off - 1 : def;
            if (*s && igraph_strvector_set(&sv, (igraph_integer_t)i, s) != IGRAPH_SUCCESS) {
                igraph_strvector_destroy(&sv);
                return EG_ENOMEM;
            }
        }
        rc = dom == DOM_NODE ? igraph_cattribute_VAS_setv(g, c->name, &sv) : igraph_cattribute_EAS_setv(g, c->name, &sv);
        igraph_strvector_destroy(&sv);
    }
    if (rc != IGRAPH_SUCCESS)
        ret = EG_EGRAPH;
    return ret;
}

/* Make g->g from what r read; *made is set once g->g exists (and must then be destroyed). */
static eg_status build(reader *r, eg_graph *g, const char *path, int *made, eg_error *err)
{
    size_t k;
    int have_id = 0;
    eg_status st;
    if (igraph_empty(&g->g, (igraph_integer_t)r->nv, IGRAPH_UNDIRECTED) != IGRAPH_SUCCESS)
        return eg_error_set(err, EG_EGRAPH, "%s: %s", path, eg_igraph_last_error());
    *made = 1;
    if (igraph_add_edges(&g->g, &r->edges, NULL) != IGRAPH_SUCCESS)
        return eg_error_set(err, EG_EGRAPH, "%s: %s", path, eg_igraph_last_error());
    for (k = 0; k < r->nncols; k++) {
        have_id |= strcmp(r->ncols[k].name, "id") == 0;
        if ((st = set_column(r, &g->g, &r->ncols[k], DOM_NODE, r->nv)) != EG_OK)
            return eg_error_set(err, st, "%s: attribute \"%s\": %s", path, r->ncols[k].name,
                                st == EG_ENOMEM ? "out of memory" : eg_igraph_last_error());
    }
    for (k = 0; k < r->necols; k++)
        if ((st = set_column(r, &g->g, &r->ecols[k], DOM_EDGE, r->ne)) != EG_OK)
            return eg_error_set(err, st, "%s: attribute \"%s\": %s", path, r->ecols[k].name,
                                st == EG_ENOMEM ? "out of memory" : eg_igraph_last_error());
    if (!have_id && r->nv > 0) {
        igraph_strvector_t sv;
        size_t i;
        if (igraph_strvector_init(&sv, (igraph_integer_t)r->nv) != IGRAPH_SUCCESS)
            return eg_error_set(err, EG_ENOMEM, "out of memory");
        for (i = 0; i < r->nv; i++)
            if (igraph_strvector_set(&sv, (igraph_integer_t)i, r->id_of[i]) != IGRAPH_SUCCESS) {
                igraph_strvector_destroy(&sv);
                return eg_error_set(err, EG_ENOMEM, "out of memory");
            }
        st = igraph_cattribute_VAS_setv(&g->g, "id", &sv) == IGRAPH_SUCCESS ? EG_OK : EG_EGRAPH;
        igraph_strvector_destroy(&sv);
        if (st != EG_OK)
            return eg_error_set(err, st, "%s: %s", path, eg_igraph_last_error());
    }
    return EG_OK;
}

/* libxml2 reports some errors (encodings, I/O) through its global handlers, which print: the library never
 * prints, so these are silenced for the parse and the first message kept. */
static void quiet_generic(void *ctx, const char *msg, ...)
{
    (void)ctx;
    (void)msg;
}

static void quiet_structured(void *ctx, xmlErrorPtr e)
{
    reader *r = ctx;
    if (r && e && e->message && !r->xml_msg[0])
        snprintf(r->xml_msg, sizeof r->xml_msg, "%s", e->message);
}

static void reader_release(reader *r)
{
    size_t k;
    for (k = 0; k < r->nkeys; k++)
        free(r->keys[k].id);
    for (k = 0; k < r->nncols; k++) {
        free(r->ncols[k].name);
        free(r->ncols[k].def);
        free(r->ncols[k].off);
        free(r->ncols[k].num);
    }
    for (k = 0; k < r->necols; k++) {
        free(r->ecols[k].name);
        free(r->ecols[k].def);
        free(r->ecols[k].off);
        free(r->ecols[k].num);
    }
    eg_strtab_release(&r->ids);
    free(r->id_of);
    igraph_vector_int_destroy(&r->edges);
    eg_buf_release(&r->arena);
    eg_buf_release(&r->text);
    if (r->ctxt)
        xmlFreeParserCtxt(r->ctxt);
}

eg_status eg_graph_load_graphml(eg_graph **out, const char *path, eg_error *err)
{
    eg_status ret = EG_OK;
    FILE *fp = NULL;
    eg_graph *g = NULL;
    reader *r = NULL;
    char *chunk = NULL;
    xmlSAXHandler sax;
    xmlGenericErrorFunc old_generic;
    xmlStructuredErrorFunc old_structured;
    void *old_generic_ctx, *old_structured_ctx;
    size_t n;
    int have_edges = 0, have_g = 0, have_relation = 0;
    *out = NULL;
    eg_igraph_setup();
    fp = fopen(path, "rb");
    if (!fp) {
        ret = eg_error_set(err, EG_EIO, "%s: %s", path, strerror(errno));
        goto cleanup;
    }
    r = calloc(1, sizeof *r);
    chunk = malloc(CHUNK);
    g = calloc(1, sizeof *g);
    if (!r || !chunk || !g || igraph_vector_int_init(&r->edges, 0) != IGRAPH_SUCCESS) {
        ret = eg_error_set(err, EG_ENOMEM, "out of memory");
        goto cleanup;
    }
    have_edges = 1;
    eg_strtab_init(&r->ids);
    eg_buf_init(&r->arena, (size_t)-1 / 2);
    eg_buf_init(&r->text, VALUE_MAX);
    memset(&sax, 0, sizeof sax);
    sax.initialized = XML_SAX2_MAGIC;
    sax.startElementNs = on_start;
    sax.endElementNs = on_end;
    sax.characters = on_text;
    r->ctxt = xmlCreatePushParserCtxt(&sax, r, NULL, 0, path);
    if (!r->ctxt) {
        ret = eg_error_set(err, EG_ENOMEM, "out of memory");
        goto cleanup;
    }
    /* no DTD loading, no external entities, no network; stay quiet (errors are read back below) */
    xmlCtxtUseOptions(r->ctxt, XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
    old_generic = xmlGenericError;
    old_generic_ctx = xmlGenericErrorContext;
    old_structured = xmlStructuredError;
    old_structured_ctx = xmlStructuredErrorContext;
    xmlSetGenericErrorFunc(NULL, quiet_generic);
    xmlSetStructuredErrorFunc(r, quiet_structured);
    while ((n = fread(chunk, 1, CHUNK, fp)) > 0 && r->status == EG_OK)
        if (xmlParseChunk(r->ctxt, chunk, (int)n, 0) != 0)
            break;
    if (!ferror(fp) && r->status == EG_OK)
        xmlParseChunk(r->ctxt, chunk, 0, 1);
    xmlSetGenericErrorFunc(old_generic_ctx, old_generic);
    xmlSetStructuredErrorFunc(old_structured_ctx, old_structured);
    if (ferror(fp)) {
        ret = eg_error_set(err, EG_EIO, "%s: %s", path, strerror(errno ? errno : EIO));
        goto cleanup;
    }
    if (r->status != EG_OK) {
        ret = eg_error_set(err, r->status, "%s: not a readable GraphML file: %s (line %d)", path, r->msg,
                           xmlSAX2GetLineNumber(r->ctxt));
        goto cleanup;
    }
    if (!r->ctxt->wellFormed || r->ctxt->errNo != 0) {
        const xmlError *e = xmlCtxtGetLastError(r->ctxt);
        ret = eg_error_set(err, EG_EFORMAT, "%s: not a readable GraphML file: line %d: %s", path, e ? e->line : 0,
                           e && e->message ? e->message : r->xml_msg[0] ? r->xml_msg : "malformed XML");
        goto cleanup;
    }
    if (r->graphs == 0) {
        ret = eg_error_set(err, EG_EFORMAT, "%s: not a readable GraphML file: no <graph> element", path);
        goto cleanup;
    }
    if (igraph_vector_int_init(&g->relation, 0) != IGRAPH_SUCCESS) {
        ret = eg_error_set(err, EG_ENOMEM, "out of memory");
        goto cleanup;
    }
    have_relation = 1;
    if ((ret = build(r, g, path, &have_g, err)) != EG_OK)
        goto cleanup;
    *out = g;
    g = NULL;
cleanup:
    if (g && have_g)
        eg_graph_free(g);
    else if (g) {
        if (have_relation)
            igraph_vector_int_destroy(&g->relation);
        free(g);
    }
    if (r) {
        if (!have_edges)
            igraph_vector_int_init(&r->edges, 0);
        reader_release(r);
    }
    free(r);
    free(chunk);
    if (fp)
        fclose(fp);
    return ret;
}
