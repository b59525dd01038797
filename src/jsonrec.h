/* jsonrec.h (internal): the fields entgraph reads from one JSON Lines record ({"id", "text", "date", "title",
 * "url"}), decoded by jansson's rules.
 *
 * Most records are a flat object of strings and integers. eg_jsonrec_fast decodes exactly those in one pass
 * without building a tree, and gives up (0) on anything else: nested values, real numbers, escaped keys, and every
 * error, so that jansson (eg_jsonrec_jansson) decides those and words the message. Whatever the fast path accepts,
 * it decodes as jansson does (duplicate keys: the last one wins; strings cut at a NUL where jansson's C strings
 * are; UTF-8 checked the same way); the fuzz target fuzz_jsonl checks the two against each other. */
#ifndef ENTGRAPH_JSONREC_H
#define ENTGRAPH_JSONREC_H

#include <stddef.h>
#include "entgraph/error.h"

typedef struct {
    char *text;      /* owned; len bytes (may hold NULs) plus a terminating NUL */
    size_t len;
    char *id;        /* owned: the id string, or an integer id in decimal; NULL when absent or of another type */
    char *date, *title, *url;   /* owned; NULL when absent or not strings */
} eg_jsonrec;

void eg_jsonrec_init(eg_jsonrec *r);
void eg_jsonrec_release(eg_jsonrec *r);

/* 1: data[0..len) was decoded into r (initialised here). 0: not decided, r is empty; ask jansson. -1: out of
 * memory, r is empty. */
int eg_jsonrec_fast(const char *data, size_t len, eg_jsonrec *r);

/* jansson's decoding: EG_OK; EG_EFORMAT with err's message "not JSON: ..." or "a record needs a string
 * \"text\""; EG_ENOMEM. r is initialised here and empty on failure. */
eg_status eg_jsonrec_jansson(const char *data, size_t len, eg_jsonrec *r, eg_error *err);

/* The fast path, and jansson when it does not decide. Same results as eg_jsonrec_jansson. */
eg_status eg_jsonrec_decode(const char *data, size_t len, eg_jsonrec *r, eg_error *err);

#endif
