/* entgraph/error.h: the one error type of the library.
 *
 * Every fallible library function returns an eg_status and, when it fails, fills the caller's eg_error with a
 * message that names what failed (a file, a line, a limit). The library never prints and never exits. */
#ifndef ENTGRAPH_ERROR_H
#define ENTGRAPH_ERROR_H

#include <stddef.h>

typedef enum {
    EG_OK = 0,
    EG_ENOMEM,   /* out of memory */
    EG_EIO,      /* a file could not be read or written */
    EG_EINVAL,   /* bad argument or option value */
    EG_EFORMAT,  /* malformed input (JSON, GraphML, data file) */
    EG_ELIMIT,   /* an input exceeded a documented limit */
    EG_ENOTFOUND,/* a name or file that was asked for does not exist */
    EG_EGRAPH,   /* igraph or Graphviz reported an error */
} eg_status;

/* Filled by the library on failure. Owned by the caller, usually on the stack. */
typedef struct {
    eg_status code;
    char msg[1024];
} eg_error;

/* Reset err to EG_OK with an empty message. */
void eg_error_clear(eg_error *err);

/* Set err (when non-NULL) to code and a printf-style message; returns code so callers can write
 * `ret = eg_error_set(err, EG_EIO, "%s: %s", path, strerror(errno)); goto cleanup;`. */
eg_status eg_error_set(eg_error *err, eg_status code, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

/* A short static description of a status code. */
const char *eg_strerror(eg_status code);

#endif
