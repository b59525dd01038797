/* stream.h (internal): stdio streams that read and write a megabyte per system call.
 *
 * glibc's default buffer is the file system's block (4 KB), and setvbuf(fp, NULL, _IOFBF, size) ignores the
 * size: the caller has to give the memory. With 4 KB, reading the input, spooling the records and writing them
 * out took some 68,000 system calls per 50 MB, a tenth of an extraction. */
#ifndef ENTGRAPH_STREAM_H
#define ENTGRAPH_STREAM_H

#include <stdio.h>

#define EG_STREAM_BUFFER ((size_t)1 << 20)

/* Gives fp a buffer of EG_STREAM_BUFFER bytes; call it before any I/O on fp. Returns the buffer, which the caller
 * frees after fclose(fp), or NULL when there is no memory for it (fp keeps its own: slower, not wrong). */
char *eg_stream_buffer(FILE *fp);

#endif
