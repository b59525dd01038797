/* entgraph/outfile.h: output files that appear whole or not at all.
 *
 * eg_outfile_open creates a temporary file beside the destination; eg_outfile_commit checks every write, closes it
 * and renames it into place; eg_outfile_abort removes it. An interrupted run or a full disk never leaves half a
 * file under the destination name. A destination that exists and is not a regular file (/dev/null, /dev/stdout, a
 * named pipe) is written in place: a device cannot be replaced, and renaming over it would. */
#ifndef ENTGRAPH_OUTFILE_H
#define ENTGRAPH_OUTFILE_H

#include <stdio.h>
#include "entgraph/error.h"

typedef struct {
    FILE *fp;        /* write here between open and commit/abort */
    char *path;      /* destination (owned) */
    char *tmp_path;  /* temporary name (owned); NULL when the destination is written in place */
    char *buf;       /* fp's buffer of a megabyte (owned, may be NULL) */
} eg_outfile;

/* Opens a temporary file in the destination's directory (or a device or pipe itself). On failure nothing is left
 * behind. */
eg_status eg_outfile_open(eg_outfile *f, const char *path, eg_error *err);
/* Flushes, checks for write errors, closes and renames into place. On failure the temporary file is removed and
 * the destination is untouched. Always releases f. */
eg_status eg_outfile_commit(eg_outfile *f, eg_error *err);
/* Closes and removes the temporary file; releases f. Safe on a zeroed or already released f. */
void eg_outfile_abort(eg_outfile *f);

#endif
