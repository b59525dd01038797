/* escape.h (internal): text made safe for markup. Every function first cleans its input with eg_clean_text (control
 * characters dropped, white space collapsed, invalid UTF-8 and the non-characters U+FFFE/U+FFFF replaced), so the
 * result is valid UTF-8 that every XML 1.0 parser accepts. */
#ifndef ENTGRAPH_ESCAPE_H
#define ENTGRAPH_ESCAPE_H

#include <stddef.h>
#include "buf.h"
#include "entgraph/error.h"

/* Append s, cleaned and cut to at most max bytes, to b with &, <, >, " and ' written as character references: safe
 * in XML and HTML text and in attribute values quoted with either quote. */
eg_status eg_markup_escape(eg_buf *b, const char *s, size_t max);

/* The same as a new string. Caller frees; NULL when out of memory. */
char *eg_markup_escape_new(const char *s, size_t max);

/* Append s[0..n) as a JSON string, byte for byte as jansson's json_dumps writes it (UTF-8 kept, the two quotes
 * and control characters escaped). s must be valid UTF-8. */
eg_status eg_json_put_str(eg_buf *b, const char *s, size_t n);

#endif
