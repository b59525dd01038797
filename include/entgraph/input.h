/* entgraph/input.h: documents in, one at a time.
 *
 * An eg_input is a queue of sources (text files, directories, "-" for standard input, JSON Lines files). Each
 * eg_input_next call reads exactly one document; nothing else is held in memory. Directories expand to their
 * `*.txt` files (`*.jsonl` in JSON Lines mode), recursively, in byte order of their paths, when they are reached.
 * A source that cannot be read is reported through the error and skipped; the next call continues with the rest. */
#ifndef ENTGRAPH_INPUT_H
#define ENTGRAPH_INPUT_H

#include <stddef.h>
#include "entgraph/error.h"

/* Default and hard limit on one document's size in bytes. */
#define EG_DOC_MAX_DEFAULT ((size_t)64 << 20)

/* One document. All strings owned by the document; text is NUL-terminated after len bytes, and may contain NUL
 * bytes and invalid UTF-8 (offsets are always byte offsets into text). date, title and url may be NULL. */
typedef struct {
    char *name;
    char *text;
    size_t len;
    char *date;
    char *title;
    char *url;
    int json;            /* text is a JSON Lines record still to decode (see defer_json) */
} eg_doc;

void eg_doc_init(eg_doc *doc);
void eg_doc_release(eg_doc *doc);

typedef struct {
    int jsonl;          /* inputs are JSON Lines: one {"id","text","date","title","url"} object per line */
    size_t max_doc;     /* larger documents are skipped with an error; 0 = EG_DOC_MAX_DEFAULT */
    int defer_json;     /* return JSON Lines records undecoded (doc->json set, name "path:line"), for
                         * eg_doc_decode_json to decode elsewhere: the pipeline decodes in its workers */
} eg_input_options;

typedef struct eg_input eg_input;

/* opts may be NULL for defaults. Caller frees with eg_input_free. */
eg_status eg_input_new(eg_input **out, const eg_input_options *opts, eg_error *err);
void eg_input_free(eg_input *in);

/* Queue a path: a file, a directory or "-". The path is copied. Nothing is opened yet. */
eg_status eg_input_add(eg_input *in, const char *path, eg_error *err);

/* Reads the next document into doc (released first; caller releases the last one).
 * Returns EG_OK with *more = 1 for a document, EG_OK with *more = 0 at the end. Any other status means one
 * source (or one JSON Lines record) could not be read: err names it, *more = 1, and the caller may call again to
 * go on with the rest. */
eg_status eg_input_next(eg_input *in, eg_doc *doc, int *more, eg_error *err);

/* Decode a record returned undecoded (doc->json); nothing to do otherwise. On error, err names path:line and
 * doc is left as it was. */
eg_status eg_doc_decode_json(eg_doc *doc, eg_error *err);

/* Number of documents successfully returned so far, and number of sources or records skipped for errors. */
size_t eg_input_count(const eg_input *in);
size_t eg_input_failures(const eg_input *in);

#endif
