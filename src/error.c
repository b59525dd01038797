/* error.c: eg_error helpers (see include/entgraph/error.h). */
#include "entgraph/error.h"

#include <stdarg.h>
#include <stdio.h>

void eg_error_clear(eg_error *err)
{
    if (!err)
        return;
    err->code = EG_OK;
    err->msg[0] = '\0';
}

eg_status eg_error_set(eg_error *err, eg_status code, const char *fmt, ...)
{
    va_list ap;
    if (!err)
        return code;
    err->code = code;
    va_start(ap, fmt);
    vsnprintf(err->msg, sizeof err->msg, fmt, ap);
    va_end(ap);
    return code;
}

const char *eg_strerror(eg_status code)
{
    switch (code) {
    case EG_OK: return "success";
    case EG_ENOMEM: return "out of memory";
    case EG_EIO: return "input/output error";
    case EG_EINVAL: return "invalid argument";
    case EG_EFORMAT: return "malformed input";
    case EG_ELIMIT: return "limit exceeded";
    case EG_ENOTFOUND: return "not found";
    case EG_EGRAPH: return "graph library error";
    }
    return "unknown error";
}
