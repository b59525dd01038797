/* textstore.c: texts in memory up to a limit, then in an unlinked temporary file (see textstore.h).
 *
 * A text's number is 1 + its offset in the concatenation of all texts (each with its NUL). The first texts are in
 * one memory block; from the first one that does not fit, every text goes to the file, so a number at or past
 * `spill_at` is a file offset. The file is made with the first text: a TMPDIR that cannot take it stops a run at
 * its start, not hours in. */
#define _POSIX_C_SOURCE 200809L
#include "textstore.h"
#include "stream.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define READ_STEP 1024
/* Texts read back come through a small cache of file blocks: relations are numbered in the order they were first
 * seen, so their first sentences lie close together in the file and the writers, which go through the relations in
 * order, mostly read blocks they have just read. */
#define BLOCK_BITS 12
#define BLOCK ((size_t)1 << BLOCK_BITS)
#define NBLOCKS 1024

struct eg_textstore {
    char *mem;              /* the texts kept in memory */
    size_t used, cap, limit;
    FILE *file;             /* the rest (made with the first text) */
    char *file_buf;         /* its stdio buffer (owned, may be NULL) */
    int opened, spilling;   /* the file was made; texts go to it */
    int dirty;              /* written since the last flush */
    int failed;             /* a read-back failed */
    uint64_t spill_at;      /* offset of the file's first byte in the concatenation (valid with file) */
    uint64_t spilled;       /* bytes in the file */
    char *buf;              /* the last text read back when it was not in one cached block */
    size_t abuf;
    char *blocks;           /* NBLOCKS cached blocks of the file, block k in slot k % NBLOCKS */
    uint64_t block_of[NBLOCKS];   /* 1 + the block number in each slot, 0 for none */
    size_t block_len[NBLOCKS];
};

eg_status eg_textstore_new(eg_textstore **out, size_t memory, eg_error *err)
{
    eg_textstore *s = calloc(1, sizeof *s);
    if (!s)
        return eg_error_set(err, EG_ENOMEM, "out of memory");
    s->limit = memory;
    *out = s;
    return EG_OK;
}

void eg_textstore_free(eg_textstore *s)
{
    if (!s)
        return;
    free(s->mem);
    if (s->file)
        fclose(s->file);
    free(s->file_buf);
    free(s->buf);
    free(s->blocks);
    free(s);
}

/* The temporary file, created and unlinked at once (it lives as long as the descriptor). */
static eg_status open_file(eg_textstore *s, eg_error *err)
{
    const char *dir = getenv("TMPDIR");
    char *path;
    int fd;
    if (!dir || !*dir)
        dir = "/tmp";
    if (!(path = malloc(strlen(dir) + 40)))
        return eg_error_set(err, EG_ENOMEM, "out of memory");
    sprintf(path, "%s/entgraph-sentences-XXXXXX", dir);
    fd = mkstemp(path);
    if (fd < 0) {
        eg_status ret = eg_error_set(err, EG_EIO, "cannot create a temporary file for the evidence sentences in %s: %s "
                                                  "(set TMPDIR to a writable directory)", dir, strerror(errno));
        free(path);
        return ret;
    }
    unlink(path);
    free(path);
    if (!(s->file = fdopen(fd, "w+"))) {
        close(fd);
        return eg_error_set(err, EG_EIO, "cannot open a temporary file for the evidence sentences: %s",
                            strerror(errno));
    }
    s->file_buf = eg_stream_buffer(s->file);
    return EG_OK;
}

eg_status eg_textstore_put(eg_textstore *s, const char *text, uint64_t *ref, eg_error *err)
{
    size_t n = strlen(text) + 1;
    eg_status ret;
    /* the file is made with the first text, so that a TMPDIR that cannot take it stops a run at its start */
    if (!s->opened) {
        if ((ret = open_file(s, err)) != EG_OK)
            return ret;
        s->opened = 1;
    }
    if (!s->spilling && s->used + n <= s->limit) {
        if (s->used + n > s->cap) {
            size_t cap = s->cap ? s->cap * 2 : 65536;
            char *p;
            while (cap < s->used + n)
                cap *= 2;
            if (cap > s->limit)
                cap = s->limit;
            if (!(p = realloc(s->mem, cap)))
                return eg_error_set(err, EG_ENOMEM, "out of memory");
            s->mem = p;
            s->cap = cap;
        }
        memcpy(s->mem + s->used, text, n);
        *ref = 1 + (uint64_t)s->used;
        s->used += n;
        return EG_OK;
    }
    if (!s->spilling) {
        s->spilling = 1;
        s->spill_at = s->used;
    }
    if (fwrite(text, 1, n, s->file) != n)
        return eg_error_set(err, EG_EIO, "cannot write the evidence sentences to a temporary file: %s",
                            strerror(errno));
    s->dirty = 1;
    *ref = 1 + s->spill_at + s->spilled;
    s->spilled += n;
    return EG_OK;
}

const char *eg_textstore_get(eg_textstore *s, uint64_t ref)
{
    uint64_t at;
    size_t have = 0;
    if (ref == 0)
        return "";
    at = ref - 1;
    if (!s->spilling || at < s->spill_at)
        return at < s->used ? s->mem + at : "";
    at -= s->spill_at;
    if (s->dirty) {
        if (fflush(s->file) != 0)
            goto fail;
        s->dirty = 0;
    }
    {
        uint64_t block = at >> BLOCK_BITS;
        size_t slot = (size_t)(block % NBLOCKS), off = (size_t)(at & (BLOCK - 1));
        if (!s->blocks && !(s->blocks = malloc(NBLOCKS * BLOCK)))
            goto fail;
        if (s->block_of[slot] != block + 1) {
            ssize_t got = pread(fileno(s->file), s->blocks + slot * BLOCK, BLOCK, (off_t)(block << BLOCK_BITS));
            if (got < 0)
                goto fail;
            s->block_of[slot] = block + 1;
            s->block_len[slot] = (size_t)got;
        }
        if (off < s->block_len[slot] && memchr(s->blocks + slot * BLOCK + off, '\0', s->block_len[slot] - off))
            return s->blocks + slot * BLOCK + off;
    }
    /* a text across the end of a block: read steps until its NUL */
    for (;;) {
        ssize_t got;
        char *nul;
        if (have + READ_STEP > s->abuf) {
            char *p = realloc(s->buf, have + READ_STEP);
            if (!p)
                goto fail;
            s->buf = p;
            s->abuf = have + READ_STEP;
        }
        got = pread(fileno(s->file), s->buf + have, READ_STEP, (off_t)(at + have));
        if (got <= 0)
            goto fail;
        if ((nul = memchr(s->buf + have, '\0', (size_t)got)) != NULL)
            return s->buf;
        have += (size_t)got;
    }
fail:
    s->failed = 1;
    return "";
}

int eg_textstore_failed(const eg_textstore *s) { return s->failed; }
uint64_t eg_textstore_bytes(const eg_textstore *s) { return s->used + s->spilled; }
uint64_t eg_textstore_spilled(const eg_textstore *s) { return s->spilled; }
