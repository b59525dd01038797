/* textstore.h (internal): an append-only store of NUL-terminated texts, each named by a number, that keeps its
 * first bytes in memory and writes the rest to an unlinked temporary file.
 *
 * The corpus keeps its evidence sentences here: a million articles have gigabytes of them, which would otherwise
 * all sit in memory until the graph files are written. Texts are read back one at a time into a buffer of the
 * store's; the temporary file is in $TMPDIR (else /tmp) and disappears with the process. Not thread-safe. */
#ifndef ENTGRAPH_TEXTSTORE_H
#define ENTGRAPH_TEXTSTORE_H

#include <stddef.h>
#include <stdint.h>
#include "entgraph/error.h"

typedef struct eg_textstore eg_textstore;

/* A store that keeps up to `memory` bytes of text in memory (0: every text goes to the file). Caller frees. */
eg_status eg_textstore_new(eg_textstore **out, size_t memory, eg_error *err);
void eg_textstore_free(eg_textstore *s);

/* Store a copy of s; *ref receives its number (never 0, so 0 can mean "no text"). On failure err says why (out of
 * memory, or the temporary file could not be created or written). */
eg_status eg_textstore_put(eg_textstore *s, const char *text, uint64_t *ref, eg_error *err);

/* The text numbered ref, valid until the next call on s; "" for ref 0, and "" when reading it back failed (then
 * eg_textstore_failed says so). */
const char *eg_textstore_get(eg_textstore *s, uint64_t ref);

/* 1 after a text could not be read back from the temporary file. */
int eg_textstore_failed(const eg_textstore *s);

/* Bytes of text stored, and how many of them are in the file. */
uint64_t eg_textstore_bytes(const eg_textstore *s);
uint64_t eg_textstore_spilled(const eg_textstore *s);

#endif
