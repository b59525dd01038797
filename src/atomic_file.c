/* atomic_file.c: write-to-temporary-then-rename output files (see entgraph/outfile.h). */
#define _POSIX_C_SOURCE 200809L
#include "entgraph/outfile.h"
#include "stream.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static void outfile_release(eg_outfile *f)
{
    free(f->path);
    free(f->tmp_path);
    free(f->buf);
    f->path = f->tmp_path = f->buf = NULL;
    f->fp = NULL;
}

eg_status eg_outfile_open(eg_outfile *f, const char *path, eg_error *err)
{
    eg_status ret = EG_OK;
    size_t n = strlen(path);
    int fd = -1;
    struct stat st;
    f->fp = NULL;
    f->buf = f->tmp_path = NULL;
    if (!(f->path = strdup(path))) {
        ret = eg_error_set(err, EG_ENOMEM, "%s: out of memory", path);
        goto cleanup;
    }
    if (stat(path, &st) == 0 && !S_ISREG(st.st_mode) && !S_ISDIR(st.st_mode)) {
        /* a device or a pipe: written in place */
        if (!(f->fp = fopen(path, "wb")))
            ret = eg_error_set(err, EG_EIO, "%s: %s", path, strerror(errno));
        goto cleanup;
    }
    if (!(f->tmp_path = malloc(n + 16))) {
        ret = eg_error_set(err, EG_ENOMEM, "%s: out of memory", path);
        goto cleanup;
    }
    memcpy(f->tmp_path, path, n);
    memcpy(f->tmp_path + n, ".tmp.XXXXXX", 12);
    fd = mkstemp(f->tmp_path);
    if (fd < 0) {
        ret = eg_error_set(err, EG_EIO, "%s: cannot create: %s", path, strerror(errno));
        goto cleanup;
    }
    (void)fchmod(fd, 0644);
    f->fp = fdopen(fd, "wb");
    if (!f->fp) {
        ret = eg_error_set(err, EG_EIO, "%s: %s", path, strerror(errno));
        close(fd);
        unlink(f->tmp_path);
        goto cleanup;
    }
cleanup:
    if (ret == EG_OK)
        f->buf = eg_stream_buffer(f->fp);
    else
        outfile_release(f);
    return ret;
}

eg_status eg_outfile_commit(eg_outfile *f, eg_error *err)
{
    eg_status ret = EG_OK;
    int failed;
    if (!f->fp)
        return eg_error_set(err, EG_EINVAL, "output file is not open");
    failed = fflush(f->fp) != 0 || ferror(f->fp);
    if (fclose(f->fp) != 0)
        failed = 1;
    f->fp = NULL;
    if (failed) {
        ret = eg_error_set(err, EG_EIO, "%s: write failed: %s", f->path, strerror(errno ? errno : EIO));
        if (f->tmp_path)
            unlink(f->tmp_path);
        goto cleanup;
    }
    if (f->tmp_path && rename(f->tmp_path, f->path) != 0) {
        ret = eg_error_set(err, EG_EIO, "%s: cannot rename into place: %s", f->path, strerror(errno));
        unlink(f->tmp_path);
        goto cleanup;
    }
cleanup:
    outfile_release(f);
    return ret;
}

void eg_outfile_abort(eg_outfile *f)
{
    if (f->fp) {
        fclose(f->fp);
        f->fp = NULL;
    }
    if (f->tmp_path)
        unlink(f->tmp_path);
    outfile_release(f);
}
