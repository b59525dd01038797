/* isojson.h (internal): the lists of Debian's iso-codes JSON files, read without building a tree.
 *
 * iso_3166-1.json and iso_3166-2.json are one object holding one list of flat objects of strings. A fresh process
 * spent a third of its start-up (about 20 ms) in jansson building the 5,000 objects of the subdivisions, most of
 * it in the first touch of the memory they take. eg_isojson_each scans such a file in one pass, in place; when it
 * meets anything else (an escape, a number, a nested value, invalid UTF-8, another shape) it hands the file to
 * jansson instead, so that the objects seen are the same either way. */
#ifndef ENTGRAPH_ISOJSON_H
#define ENTGRAPH_ISOJSON_H

#include <stddef.h>
#include "entgraph/error.h"

#define EG_ISOJSON_FIELDS 16

/* One object of the list: its string fields (at most EG_ISOJSON_FIELDS; borrowed, valid during the call). */
typedef struct {
    const char *key[EG_ISOJSON_FIELDS];
    const char *val[EG_ISOJSON_FIELDS];
    size_t n;
} eg_isojson_obj;

/* The value of the string field `key` of o (the last one when repeated, as jansson keeps), or NULL. */
const char *eg_isojson_get(const eg_isojson_obj *o, const char *key);

typedef eg_status (*eg_isojson_fn)(void *ctx, const eg_isojson_obj *o);

/* Calls fn for each element of the list named `list` in the JSON file at path, in order (an element that is not
 * an object is passed with no fields); stops at fn's first error and returns it. EG_EIO or EG_EFORMAT, with the
 * path in err, when the file cannot be read or parsed or has no such list. */
eg_status eg_isojson_each(const char *path, const char *list, eg_isojson_fn fn, void *ctx, eg_error *err);

/* The same from the bytes data[0..len) (modified: strings are cut in place); name is used in messages. */
eg_status eg_isojson_each_buf(char *data, size_t len, const char *name, const char *list, eg_isojson_fn fn,
                              void *ctx, eg_error *err);

#endif
