/* stream.c: stdio streams that read and write a megabyte per system call (see stream.h). */
#include "stream.h"

#include <stdlib.h>

char *eg_stream_buffer(FILE *fp)
{
    char *b = malloc(EG_STREAM_BUFFER);
    if (b && setvbuf(fp, b, _IOFBF, EG_STREAM_BUFFER) != 0) {
        free(b);
        b = NULL;
    }
    return b;
}
