/* table.h: rows of query results printed as an aligned table, CSV or JSON.
 *
 * A table has typed columns; rows are filled cell by cell. Text output aligns every column but the last (which
 * holds the long sentences) and counts UTF-8 characters, not bytes; CSV quotes as RFC 4180 says; JSON is an array
 * of objects keyed by column name, numbers as numbers, with optional extra members per row. Every string is
 * cleaned on the way in (control characters, invalid UTF-8), so nothing written can move a terminal's cursor. */
#ifndef ENTGRAPH_CLI_TABLE_H
#define ENTGRAPH_CLI_TABLE_H

#include <jansson.h>
#include <stddef.h>
#include <stdio.h>

typedef enum { COL_STR, COL_INT, COL_NUM } cli_col_type;

typedef struct {
    const char *name;
    cli_col_type type;
} cli_column;

typedef struct {
    char *s;      /* COL_STR (owned) */
    double x;     /* COL_INT, COL_NUM */
} cli_cell;

typedef struct {
    const cli_column *cols;   /* borrowed */
    size_t ncols;
    cli_cell *cells;          /* nrows * ncols */
    json_t **extra;           /* per row, or NULL (owned) */
    size_t nrows, arows;
    int failed;               /* out of memory at some point: printing reports it */
} cli_table;

typedef enum { OUT_TEXT, OUT_CSV, OUT_JSON } cli_format;

void cli_table_init(cli_table *t, const cli_column *cols, size_t ncols);
void cli_table_release(cli_table *t);
/* Start a new row (cells empty / 0). */
void cli_table_row(cli_table *t);
/* Set a cell of the last row. */
void cli_table_str(cli_table *t, size_t col, const char *s);
void cli_table_num(cli_table *t, size_t col, double x);
/* Extra members for the last row's JSON object (takes ownership of obj). */
void cli_table_extra(cli_table *t, json_t *obj);
/* The rows as a JSON array (new reference), or NULL when out of memory. */
json_t *cli_table_json(const cli_table *t);
/* Print in format; OUT_JSON prints the bare array. Returns 0 when out of memory happened. */
int cli_table_print(const cli_table *t, cli_format format, FILE *fp);
/* Print a JSON value as the tools do: indented, with full precision, and a final newline. */
int cli_print_json(json_t *v, FILE *fp);

#endif
