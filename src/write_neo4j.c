/* write_neo4j.c: CSV files for neo4j-admin's bulk import (see entgraph/write.h).
 *
 * Two files in one directory, each written to a temporary name and renamed into place. String fields are always
 * quoted, with quotes doubled (neo4j-admin's default quoting), and cleaned so that none holds a line break; ids are
 * the entity ids when unique, else "n<index>". */
#define _POSIX_C_SOURCE 200809L
#include "entgraph/write.h"

#include <ctype.h>
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "buf.h"
#include "entgraph/corpus.h"
#include "entgraph/outfile.h"

#define FIELD_MAX 8192

/* A quoted CSV field: "..." with " doubled. Returns 0 on a failed write or out of memory. */
static int field(FILE *fp, const char *s, int first)
{
    char *clean = eg_clean_text(s, strlen(s), FIELD_MAX);
    const char *p;
    int ok = clean != NULL && (first || putc(',', fp) != EOF) && putc('"', fp) != EOF;
    for (p = clean; ok && *p; p++)
        ok = (*p != '"' || putc('"', fp) != EOF) && putc(*p, fp) != EOF;
    ok = ok && putc('"', fp) != EOF;
    free(clean);
    return ok;
}

static int number(FILE *fp, double x)
{
    return fprintf(fp, ",%.0f", isfinite(x) ? x : 0) >= 0;
}

static int node_key(FILE *fp, const eg_graph *g, igraph_integer_t v, int use_ids, int first)
{
    char buf[32];
    if (use_ids)
        return field(fp, eg_graph_vstr(g, "id", v), first);
    snprintf(buf, sizeof buf, "n%lld", (long long)v);
    return field(fp, buf, first);
}

/* "Entity;Person": Neo4j labels from the type. */
static int labels(FILE *fp, const char *type)
{
    eg_buf b;
    int ok;
    const char *p;
    eg_buf_init(&b, 256);
    eg_buf_adds(&b, "Entity");
    if (*type) {
        eg_buf_addc(&b, ';');
        for (p = type; *p && b.len < 200; p++)
            if (isalnum((unsigned char)*p) || (unsigned char)*p >= 0x80)
                eg_buf_addc(&b, p == type ? (char)toupper((unsigned char)*p) : *p);
    }
    ok = field(fp, b.data ? b.data : "Entity", 0);
    eg_buf_release(&b);
    return ok;
}

/* "MET", "COOCCURRENCE": the relationship type from the kind (LINK when there is none). */
static int rel_type(FILE *fp, const char *kind)
{
    eg_buf b;
    int ok;
    const char *p;
    eg_buf_init(&b, 256);
    for (p = kind; *p && b.len < 200; p++)
        eg_buf_addc(&b, isalnum((unsigned char)*p) ? (char)toupper((unsigned char)*p) : '_');
    ok = field(fp, b.len ? b.data : "LINK", 0);
    eg_buf_release(&b);
    return ok;
}

/* Aliases as a Neo4j string array: '|' separators become ';'. */
static int aliases(FILE *fp, const char *list)
{
    char *copy = strdup(list), *p;
    int ok;
    if (!copy)
        return 0;
    for (p = copy; *p; p++)
        if (*p == '|')
            *p = ';';
    ok = field(fp, copy, 0);
    free(copy);
    return ok;
}

static char *join(const char *dir, const char *name)
{
    size_t n = strlen(dir), m = strlen(name);
    char *p = malloc(n + m + 2);
    if (!p)
        return NULL;
    memcpy(p, dir, n);
    p[n] = '/';
    memcpy(p + n + 1, name, m + 1);
    return p;
}

eg_status eg_graph_write_neo4j(const eg_graph *g, const char *dir, eg_error *err)
{
    static const char *const rel_strings[] = {"sentence", "doc", "place", "date", "status", "mode"};
    eg_status ret = EG_OK;
    igraph_integer_t nv = igraph_vcount(&g->g), ne = igraph_ecount(&g->g), i;
    int use_ids = eg_graph_ids_unique(g), ok, have_aliases;
    char *nodes_path = join(dir, "nodes.csv"), *rels_path = join(dir, "relationships.csv");
    eg_outfile f = {0};
    size_t k;
    have_aliases = igraph_cattribute_has_attr(&g->g, IGRAPH_ATTRIBUTE_VERTEX, "aliases");
    if (!nodes_path || !rels_path) {
        ret = eg_error_set(err, EG_ENOMEM, "out of memory");
        goto cleanup;
    }
    if (mkdir(dir, 0755) != 0 && errno != EEXIST) {
        ret = eg_error_set(err, EG_EIO, "%s: cannot create directory: %s", dir, strerror(errno));
        goto cleanup;
    }
    if ((ret = eg_outfile_open(&f, nodes_path, err)) != EG_OK)
        goto cleanup;
    ok = fputs("id:ID,label,type,:LABEL,mentions:int,documents:int,country", f.fp) >= 0 &&
         (!have_aliases || fputs(",aliases:string[]", f.fp) >= 0) && putc('\n', f.fp) != EOF;
    for (i = 0; ok && i < nv; i++) {
        const char *label = eg_graph_vstr(g, "label", i), *type = eg_graph_vstr(g, "type", i);
        ok = node_key(f.fp, g, i, use_ids, 1) && field(f.fp, *label ? label : eg_graph_vstr(g, "id", i), 0) &&
             field(f.fp, type, 0) && labels(f.fp, type) && number(f.fp, eg_graph_vnum(g, "mentions", i)) &&
             number(f.fp, eg_graph_vnum(g, "documents", i)) && field(f.fp, eg_graph_vstr(g, "country", i), 0) &&
             (!have_aliases || aliases(f.fp, eg_graph_vstr(g, "aliases", i))) && putc('\n', f.fp) != EOF;
    }
    if (!ok) {
        eg_outfile_abort(&f);
        ret = eg_error_set(err, EG_EIO, "%s: write failed", nodes_path);
        goto cleanup;
    }
    if ((ret = eg_outfile_commit(&f, err)) != EG_OK)
        goto cleanup;
    if ((ret = eg_outfile_open(&f, rels_path, err)) != EG_OK)
        goto cleanup;
    ok = fputs(":START_ID,:END_ID,:TYPE,weight:int,evidence:int", f.fp) >= 0;
    for (k = 0; ok && k < sizeof rel_strings / sizeof *rel_strings; k++)
        ok = fprintf(f.fp, ",%s", rel_strings[k]) >= 0;
    ok = ok && putc('\n', f.fp) != EOF;
    for (i = 0; ok && i < ne; i++) {
        double w = eg_graph_enum(g, "weight", i), ev = eg_graph_enum(g, "evidence", i);
        igraph_integer_t a = IGRAPH_FROM(&g->g, i), b = IGRAPH_TO(&g->g, i);
        if (!isfinite(w) || w <= 0)
            w = 1;
        if (!isfinite(ev))
            ev = (double)eg_graph_evidence_count(g, i);
        ok = node_key(f.fp, g, a < b ? a : b, use_ids, 1) && node_key(f.fp, g, a < b ? b : a, use_ids, 0) && rel_type(f.fp, eg_graph_estr(g, "kind", i)) &&
             number(f.fp, w) && number(f.fp, ev);
        for (k = 0; ok && k < sizeof rel_strings / sizeof *rel_strings; k++)
            ok = field(f.fp, eg_graph_estr(g, rel_strings[k], i), 0);
        ok = ok && putc('\n', f.fp) != EOF;
    }
    if (!ok) {
        eg_outfile_abort(&f);
        ret = eg_error_set(err, EG_EIO, "%s: write failed", rels_path);
        goto cleanup;
    }
    ret = eg_outfile_commit(&f, err);
cleanup:
    free(nodes_path);
    free(rels_path);
    return ret;
}
