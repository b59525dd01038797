/* table.c: aligned, CSV and JSON output of query results (see table.h). */
#include "table.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "entgraph/corpus.h"

#define CELL_MAX 4096

void cli_table_init(cli_table *t, const cli_column *cols, size_t ncols)
{
    memset(t, 0, sizeof *t);
    t->cols = cols;
    t->ncols = ncols;
}

void cli_table_release(cli_table *t)
{
    size_t i;
    for (i = 0; i < t->nrows * t->ncols; i++)
        free(t->cells[i].s);
    for (i = 0; t->extra && i < t->nrows; i++)
        json_decref(t->extra[i]);
    free(t->cells);
    free(t->extra);
    memset(t, 0, sizeof *t);
}

void cli_table_row(cli_table *t)
{
    if (t->failed)
        return;
    if (t->nrows == t->arows) {
        size_t n = t->arows ? 2 * t->arows : 64;
        cli_cell *c = realloc(t->cells, n * t->ncols * sizeof *c);
        json_t **x;
        if (!c) {
            t->failed = 1;
            return;
        }
        t->cells = c;
        x = realloc(t->extra, n * sizeof *x);
        if (!x) {
            t->failed = 1;
            return;
        }
        t->extra = x;
        t->arows = n;
    }
    memset(&t->cells[t->nrows * t->ncols], 0, t->ncols * sizeof *t->cells);
    t->extra[t->nrows] = NULL;
    t->nrows++;
}

static cli_cell *cell(cli_table *t, size_t col)
{
    return t->failed || t->nrows == 0 || col >= t->ncols ? NULL : &t->cells[(t->nrows - 1) * t->ncols + col];
}

void cli_table_str(cli_table *t, size_t col, const char *s)
{
    cli_cell *c = cell(t, col);
    if (!c)
        return;
    free(c->s);
    c->s = eg_clean_text(s ? s : "", s ? strlen(s) : 0, CELL_MAX);
    if (!c->s)
        t->failed = 1;
}

void cli_table_num(cli_table *t, size_t col, double x)
{
    cli_cell *c = cell(t, col);
    if (c)
        c->x = x;
}

void cli_table_extra(cli_table *t, json_t *obj)
{
    if (t->failed || t->nrows == 0) {
        json_decref(obj);
        return;
    }
    json_decref(t->extra[t->nrows - 1]);
    t->extra[t->nrows - 1] = obj;
}

static void format_cell(const cli_table *t, size_t r, size_t c, char *buf, size_t n, const char **out)
{
    const cli_cell *x = &t->cells[r * t->ncols + c];
    switch (t->cols[c].type) {
    case COL_STR:
        *out = x->s ? x->s : "";
        return;
    case COL_INT:
        snprintf(buf, n, "%.0f", x->x);
        break;
    case COL_NUM:
        snprintf(buf, n, "%.6g", x->x);
        break;
    }
    *out = buf;
}

/* Display width: UTF-8 characters (continuation bytes do not count). */
static size_t width(const char *s)
{
    size_t w = 0;
    for (; *s; s++)
        w += ((unsigned char)*s & 0xC0) != 0x80;
    return w;
}

static int print_text(const cli_table *t, FILE *fp)
{
    size_t *w = calloc(t->ncols ? t->ncols : 1, sizeof *w), r, c, k;
    char buf[64];
    const char *s;
    int ok = w != NULL;
    for (c = 0; ok && c < t->ncols; c++) {
        w[c] = width(t->cols[c].name);
        for (r = 0; r < t->nrows; r++) {
            format_cell(t, r, c, buf, sizeof buf, &s);
            if (width(s) > w[c])
                w[c] = width(s);
        }
    }
    for (r = 0; ok && r <= t->nrows; r++) {
        for (c = 0; ok && c < t->ncols; c++) {
            int right = t->cols[c].type != COL_STR;
            size_t pad;
            if (r == 0)
                s = t->cols[c].name;
            else
                format_cell(t, r - 1, c, buf, sizeof buf, &s);
            pad = w[c] - width(s);
            if (c > 0)
                ok = fputs("  ", fp) >= 0;
            for (k = 0; ok && right && k < pad; k++)
                ok = putc(' ', fp) != EOF;
            ok = ok && fputs(s, fp) >= 0;
            for (k = 0; ok && !right && c + 1 < t->ncols && k < pad; k++)
                ok = putc(' ', fp) != EOF;
        }
        ok = ok && putc('\n', fp) != EOF;
    }
    free(w);
    return ok;
}

static int csv_field(const char *s, FILE *fp)
{
    const char *p;
    int ok = 1;
    if (!*s || (!strpbrk(s, ",\"\r\n") && s[0] != ' ' && s[strlen(s) - 1] != ' '))
        return fputs(s, fp) >= 0;
    ok = putc('"', fp) != EOF;
    for (p = s; ok && *p; p++)
        ok = (*p != '"' || putc('"', fp) != EOF) && putc(*p, fp) != EOF;
    return ok && putc('"', fp) != EOF;
}

static int print_csv(const cli_table *t, FILE *fp)
{
    size_t r, c;
    char buf[64];
    const char *s;
    int ok = 1;
    for (r = 0; ok && r <= t->nrows; r++) {
        for (c = 0; ok && c < t->ncols; c++) {
            if (r == 0)
                s = t->cols[c].name;
            else if (t->cols[c].type == COL_NUM) {
                snprintf(buf, sizeof buf, "%.17g", t->cells[(r - 1) * t->ncols + c].x);
                s = buf;
            } else
                format_cell(t, r - 1, c, buf, sizeof buf, &s);
            ok = (c == 0 || putc(',', fp) != EOF) && csv_field(s, fp);
        }
        ok = ok && fputs("\r\n", fp) >= 0;
    }
    return ok;
}

json_t *cli_table_json(const cli_table *t)
{
    json_t *arr = json_array();
    size_t r, c;
    if (!arr || t->failed) {
        json_decref(arr);
        return NULL;
    }
    for (r = 0; r < t->nrows; r++) {
        json_t *o = json_object();
        if (!o || json_array_append_new(arr, o))
            goto fail;
        for (c = 0; c < t->ncols; c++) {
            const cli_cell *x = &t->cells[r * t->ncols + c];
            json_t *v = t->cols[c].type == COL_STR ? json_string(x->s ? x->s : "")
                        : t->cols[c].type == COL_INT ? json_integer((json_int_t)x->x)
                        : isfinite(x->x) ? json_real(x->x) : json_null();
            if (!v || json_object_set_new(o, t->cols[c].name, v))
                goto fail;
        }
        if (t->extra[r] && json_object_update(o, t->extra[r]))
            goto fail;
    }
    return arr;
fail:
    json_decref(arr);
    return NULL;
}

int cli_print_json(json_t *v, FILE *fp)
{
    return v && json_dumpf(v, fp, JSON_INDENT(1) | JSON_REAL_PRECISION(17)) == 0 && putc('\n', fp) != EOF;
}

int cli_table_print(const cli_table *t, cli_format format, FILE *fp)
{
    json_t *arr;
    int ok;
    if (t->failed)
        return 0;
    if (format == OUT_TEXT)
        return print_text(t, fp);
    if (format == OUT_CSV)
        return print_csv(t, fp);
    arr = cli_table_json(t);
    ok = cli_print_json(arr, fp);
    json_decref(arr);
    return ok;
}
