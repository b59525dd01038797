/* input.c: the document reader (see entgraph/input.h).
 *
 * Sources are kept as a queue of paths. A directory is expanded in place, when reached, into its sorted matching
 * files; symbolic-link loops are cut by remembering the (device, inode) of every directory entered. A JSON Lines
 * file stays open between calls and yields one document per line. */
#define _POSIX_C_SOURCE 200809L
#include "entgraph/input.h"

#include <dirent.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "buf.h"
#include "jsonrec.h"

#define RB_SIZE (256 * 1024)

typedef struct {
    dev_t dev;
    ino_t ino;
} dir_id;

struct eg_input {
    eg_input_options opts;
    char **queue;        /* owned paths */
    size_t n, alloc, pos;
    FILE *jf;            /* open JSON Lines file, or NULL; read through its descriptor into rb, never by stdio */
    char *rb;            /* read buffer (owned, RB_SIZE), bytes [rpos, rlen) not yet taken */
    size_t rpos, rlen;
    int rerr;            /* errno of a failed read of jf, or 0 */
    char *jpath;         /* its path (owned) */
    size_t jline;
    eg_buf jbuf;         /* the current JSON Lines record, kept from one record to the next */
    dir_id *seen;        /* directories already walked */
    size_t nseen, aseen;
    size_t count, failures;
    char **problems;     /* messages about entries of a directory walk, reported one per eg_input_next call */
    size_t nproblems, aproblems, pproblem;
};

void eg_doc_init(eg_doc *doc)
{
    memset(doc, 0, sizeof *doc);
}

void eg_doc_release(eg_doc *doc)
{
    free(doc->name);
    free(doc->text);
    free(doc->date);
    free(doc->title);
    free(doc->url);
    eg_doc_init(doc);
}

eg_status eg_input_new(eg_input **out, const eg_input_options *opts, eg_error *err)
{
    eg_input *in = calloc(1, sizeof *in);
    if (!in)
        return eg_error_set(err, EG_ENOMEM, "out of memory");
    if (opts)
        in->opts = *opts;
    if (!in->opts.max_doc)
        in->opts.max_doc = EG_DOC_MAX_DEFAULT;
    eg_buf_init(&in->jbuf, in->opts.max_doc + 65536);
    *out = in;
    return EG_OK;
}

void eg_input_free(eg_input *in)
{
    size_t i;
    if (!in)
        return;
    for (i = 0; i < in->n; i++)
        free(in->queue[i]);
    free(in->queue);
    if (in->jf && in->jf != stdin)
        fclose(in->jf);
    free(in->rb);
    free(in->jpath);
    eg_buf_release(&in->jbuf);
    free(in->seen);
    for (i = in->pproblem; i < in->nproblems; i++)
        free(in->problems[i]);
    free(in->problems);
    free(in);
}

size_t eg_input_count(const eg_input *in) { return in->count; }
size_t eg_input_failures(const eg_input *in) { return in->failures; }

/* Insert the owned strings items[0..k) at position in->pos of the queue. */
static eg_status queue_insert(eg_input *in, char **items, size_t k)
{
    if (in->n + k > in->alloc) {
        size_t na = in->alloc ? in->alloc * 2 : 16;
        char **q;
        while (na < in->n + k)
            na *= 2;
        q = realloc(in->queue, na * sizeof *q);
        if (!q)
            return EG_ENOMEM;
        in->queue = q;
        in->alloc = na;
    }
    memmove(in->queue + in->pos + k, in->queue + in->pos, (in->n - in->pos) * sizeof *in->queue);
    memcpy(in->queue + in->pos, items, k * sizeof *items);
    in->n += k;
    return EG_OK;
}

eg_status eg_input_add(eg_input *in, const char *path, eg_error *err)
{
    char *p = strdup(path);
    size_t save = in->pos;
    eg_status ret;
    if (!p)
        return eg_error_set(err, EG_ENOMEM, "out of memory");
    in->pos = in->n;
    ret = queue_insert(in, &p, 1);
    in->pos = save;
    if (ret != EG_OK) {
        free(p);
        return eg_error_set(err, ret, "out of memory");
    }
    return EG_OK;
}

static int has_suffix(const char *s, const char *suf)
{
    size_t a = strlen(s), b = strlen(suf);
    return a >= b && strcmp(s + a - b, suf) == 0;
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

typedef struct {
    char **items;
    size_t n, alloc;
} strvec;

static eg_status strvec_push(strvec *v, char *s)
{
    if (v->n == v->alloc) {
        size_t na = v->alloc ? v->alloc * 2 : 32;
        char **p = realloc(v->items, na * sizeof *p);
        if (!p)
            return EG_ENOMEM;
        v->items = p;
        v->alloc = na;
    }
    v->items[v->n++] = s;
    return EG_OK;
}

static char *join_path(const char *dir, const char *name)
{
    size_t a = strlen(dir), b = strlen(name);
    int slash = a > 0 && dir[a - 1] != '/';
    char *p = malloc(a + slash + b + 1);
    if (!p)
        return NULL;
    memcpy(p, dir, a);
    if (slash)
        p[a] = '/';
    memcpy(p + a + slash, name, b + 1);
    return p;
}

/* Queue a message about one entry of a directory walk. */
static void note_problem(eg_input *in, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void note_problem(eg_input *in, const char *fmt, ...)
{
    char buf[1024];
    va_list ap;
    char *p;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    if (in->nproblems == in->aproblems) {
        size_t na = in->aproblems ? in->aproblems * 2 : 8;
        char **q = realloc(in->problems, na * sizeof *q);
        if (!q)
            return;
        in->problems = q;
        in->aproblems = na;
    }
    if ((p = strdup(buf)) != NULL)
        in->problems[in->nproblems++] = p;
}

/* Walk dir recursively, collecting matching files into out. Unreadable entries, dangling links and loops are
 * queued as problems (see note_problem) and do not stop the walk. */
static eg_status walk(eg_input *in, const char *dir, strvec *out)
{
    eg_status ret = EG_OK;
    DIR *d = NULL;
    struct dirent *de;
    struct stat st;
    strvec subdirs = {0};
    size_t i;
    const char *suffix = in->opts.jsonl ? ".jsonl" : ".txt";

    if (stat(dir, &st) != 0) {
        note_problem(in, "%s: %s", dir, strerror(errno));
        goto cleanup;
    }
    for (i = 0; i < in->nseen; i++) {
        if (in->seen[i].dev == st.st_dev && in->seen[i].ino == st.st_ino) {
            note_problem(in, "%s: directory loop (already read), skipped", dir);
            goto cleanup;
        }
    }
    if (in->nseen == in->aseen) {
        size_t na = in->aseen ? in->aseen * 2 : 16;
        dir_id *p = realloc(in->seen, na * sizeof *p);
        if (!p) {
            ret = EG_ENOMEM;
            goto cleanup;
        }
        in->seen = p;
        in->aseen = na;
    }
    in->seen[in->nseen].dev = st.st_dev;
    in->seen[in->nseen].ino = st.st_ino;
    in->nseen++;

    d = opendir(dir);
    if (!d) {
        note_problem(in, "%s: %s", dir, strerror(errno));
        goto cleanup;
    }
    while ((de = readdir(d)) != NULL) {
        char *p;
        if (de->d_name[0] == '.')
            continue;   /* ".", "..", and hidden files */
        p = join_path(dir, de->d_name);
        if (!p) {
            ret = EG_ENOMEM;
            goto cleanup;
        }
        if (stat(p, &st) != 0) {
            /* A dangling link or unreadable entry: report it if it looks like an input. */
            if (has_suffix(de->d_name, suffix))
                note_problem(in, "%s: %s", p, strerror(errno));
            free(p);
            continue;
        }
        if (S_ISDIR(st.st_mode))
            ret = strvec_push(&subdirs, p);
        else if (S_ISREG(st.st_mode) && has_suffix(de->d_name, suffix))
            ret = strvec_push(out, p);
        else {
            free(p);
            ret = EG_OK;
        }
        if (ret != EG_OK) {
            free(p);
            goto cleanup;
        }
    }
    if (subdirs.n)
        qsort(subdirs.items, subdirs.n, sizeof *subdirs.items, cmp_str);
    for (i = 0; i < subdirs.n && ret == EG_OK; i++)
        ret = walk(in, subdirs.items[i], out);
cleanup:
    if (d)
        closedir(d);
    for (i = 0; i < subdirs.n; i++)
        free(subdirs.items[i]);
    free(subdirs.items);
    return ret;
}

/* Read a whole stream into doc->text, refusing more than max bytes. */
static eg_status read_stream(FILE *fp, const char *name, size_t max, eg_doc *doc, eg_error *err)
{
    eg_status ret = EG_OK;
    eg_buf b;
    char chunk[65536];
    size_t n;
    eg_buf_init(&b, max);
    while ((n = fread(chunk, 1, sizeof chunk, fp)) > 0) {
        ret = eg_buf_add(&b, chunk, n);
        if (ret == EG_ELIMIT) {
            ret = eg_error_set(err, EG_ELIMIT, "%s: larger than the %zu-byte document limit, skipped", name, max);
            goto cleanup;
        }
        if (ret != EG_OK) {
            ret = eg_error_set(err, ret, "%s: out of memory", name);
            goto cleanup;
        }
    }
    if (ferror(fp)) {
        ret = eg_error_set(err, EG_EIO, "%s: read error: %s", name, strerror(errno));
        goto cleanup;
    }
    doc->len = b.len;
    doc->text = eg_buf_detach(&b);
    doc->name = strdup(name);
    if (!doc->text || !doc->name)
        ret = eg_error_set(err, EG_ENOMEM, "%s: out of memory", name);
cleanup:
    eg_buf_release(&b);
    return ret;
}

/* Refuse what is not UTF-8 text: UTF-16 (by its byte order mark) and binary files (NUL bytes or control
 * characters make up much of the start). A few NUL or invalid bytes in text are kept and never shift offsets. */
static eg_status check_text(const char *name, const char *s, size_t n, eg_error *err)
{
    size_t i, k = n < 4096 ? n : 4096, nul = 0, ctrl = 0;
    const unsigned char *u = (const unsigned char *)s;
    if (n >= 2 && ((u[0] == 0xFF && u[1] == 0xFE) || (u[0] == 0xFE && u[1] == 0xFF)))
        return eg_error_set(err, EG_EFORMAT,
                            "%s: UTF-16 text (byte order mark), skipped; convert it first: iconv -f UTF-16 -t UTF-8",
                            name);
    for (i = 0; i < k; i++) {
        nul += u[i] == 0;
        ctrl += u[i] < 0x20 && u[i] != '\n' && u[i] != '\r' && u[i] != '\t' && u[i] != '\f';
    }
    if (k >= 16 && (nul * 10 > k || ctrl * 4 > k))
        return eg_error_set(err, EG_EFORMAT, "%s: looks like a binary file, not text; skipped", name);
    return EG_OK;
}

static eg_status read_text_file(eg_input *in, const char *path, eg_doc *doc, eg_error *err)
{
    eg_status ret;
    FILE *fp;
    struct stat st;
    if (strcmp(path, "-") == 0) {
        ret = read_stream(stdin, "-", in->opts.max_doc, doc, err);
        return ret == EG_OK ? check_text("-", doc->text, doc->len, err) : ret;
    }
    fp = fopen(path, "rb");
    if (!fp)
        return eg_error_set(err, EG_EIO, "%s: %s", path, strerror(errno));
    if (fstat(fileno(fp), &st) == 0 && S_ISREG(st.st_mode) && (size_t)st.st_size > in->opts.max_doc) {
        fclose(fp);
        return eg_error_set(err, EG_ELIMIT, "%s: %lld bytes, larger than the %zu-byte document limit, skipped",
                            path, (long long)st.st_size, in->opts.max_doc);
    }
    ret = read_stream(fp, path, in->opts.max_doc, doc, err);
    fclose(fp);
    if (ret == EG_OK)
        ret = check_text(path, doc->text, doc->len, err);
    return ret;
}

/* Decode one JSON Lines record (data[0..len), line `line` of path) into doc. */
static eg_status decode_record(const char *data, size_t len, const char *path, size_t line, eg_doc *doc,
                               eg_error *err)
{
    eg_status ret;
    eg_jsonrec r;
    eg_error e;
    if ((ret = eg_jsonrec_decode(data, len, &r, &e)) != EG_OK)
        return eg_error_set(err, ret, "%s:%zu: %s", path, line, e.msg);
    doc->text = r.text;
    doc->len = r.len;
    doc->date = r.date;
    doc->title = r.title;
    doc->url = r.url;
    if (r.id)
        doc->name = r.id;
    else {
        char tmp[64];
        snprintf(tmp, sizeof tmp, ":%zu", line);
        doc->name = malloc(strlen(path) + sizeof tmp);
        if (doc->name) {
            strcpy(doc->name, path);
            strcat(doc->name, tmp);
        }
    }
    if (!doc->name)
        return eg_error_set(err, EG_ENOMEM, "%s:%zu: out of memory", path, line);
    return EG_OK;
}

/* Appends the bytes of jf up to the next newline (taken, not appended) to line, or only counts them once line is
 * full (*too_long). Returns 1 when a newline ended them, 0 at the end of the file or on a read error (in->rerr).
 * read(2) returns what a pipe holds, so a record is processed as soon as its line is complete. */
static int take_line(eg_input *in, eg_buf *line, int *too_long)
{
    for (;;) {
        const char *p, *nl;
        size_t n;
        if (in->rpos == in->rlen) {
            ssize_t r;
            do
                r = read(fileno(in->jf), in->rb, RB_SIZE);
            while (r < 0 && errno == EINTR);
            if (r <= 0) {
                if (r < 0)
                    in->rerr = errno;
                return 0;
            }
            in->rpos = 0;
            in->rlen = (size_t)r;
        }
        p = in->rb + in->rpos;
        nl = memchr(p, '\n', in->rlen - in->rpos);
        n = nl ? (size_t)(nl - p) : in->rlen - in->rpos;
        if (!*too_long && eg_buf_add(line, p, n) != EG_OK)
            *too_long = 1;
        in->rpos += n + (nl != NULL);
        if (nl)
            return 1;
    }
}

/* Read one JSON Lines record. Returns EG_OK with *got = 0 at the end of the file. */
static eg_status read_jsonl_record(eg_input *in, eg_doc *doc, int *got, eg_error *err)
{
    eg_buf *line = &in->jbuf;
    *got = 0;
    if (!in->rb && !(in->rb = malloc(RB_SIZE)))
        return eg_error_set(err, EG_ENOMEM, "%s: out of memory", in->jpath);
    for (;;) {
        int too_long = 0, ended;
        eg_buf_reset(line);
        ended = take_line(in, line, &too_long);
        if (!ended && line->len == 0 && !too_long)
            return in->rerr ? eg_error_set(err, EG_EIO, "%s: read error: %s", in->jpath, strerror(in->rerr)) : EG_OK;
        in->jline++;
        if (too_long) {
            *got = 1;
            return eg_error_set(err, EG_ELIMIT, "%s:%zu: record larger than the %zu-byte document limit, skipped",
                                in->jpath, in->jline, in->opts.max_doc);
        }
        if (line->len == 0 || strspn(line->data, " \t\r") == line->len)
            continue;
        break;
    }
    *got = 1;
    if (in->opts.defer_json) {
        /* the record as it is, decoded later by eg_doc_decode_json (in a worker thread) */
        char where[64];
        snprintf(where, sizeof where, ":%zu", in->jline);
        doc->name = malloc(strlen(in->jpath) + strlen(where) + 1);
        doc->text = malloc(line->len + 1);
        if (!doc->name || !doc->text)
            return eg_error_set(err, EG_ENOMEM, "%s:%zu: out of memory", in->jpath, in->jline);
        strcpy(doc->name, in->jpath);
        strcat(doc->name, where);
        memcpy(doc->text, line->data, line->len + 1);
        doc->len = line->len;
        doc->json = 1;
        return EG_OK;
    }
    return decode_record(line->data, line->len, in->jpath, in->jline, doc, err);
}

eg_status eg_doc_decode_json(eg_doc *doc, eg_error *err)
{
    eg_doc rec;
    eg_status ret;
    char *colon;
    size_t line;
    if (!doc->json)
        return EG_OK;
    /* doc->name is "path:line" until the record says its id */
    colon = strrchr(doc->name, ':');
    line = colon ? strtoul(colon + 1, NULL, 10) : 0;
    if (colon)
        *colon = '\0';
    eg_doc_init(&rec);
    ret = decode_record(doc->text, doc->len, doc->name, line, &rec, err);
    if (colon)
        *colon = ':';
    if (ret != EG_OK) {
        eg_doc_release(&rec);
        return ret;
    }
    eg_doc_release(doc);
    *doc = rec;
    return EG_OK;
}

static void close_jsonl(eg_input *in)
{
    if (in->jf && in->jf != stdin)
        fclose(in->jf);
    in->jf = NULL;
    in->rpos = in->rlen = 0;
    in->rerr = 0;
    free(in->jpath);
    in->jpath = NULL;
}

eg_status eg_input_next(eg_input *in, eg_doc *doc, int *more, eg_error *err)
{
    eg_status ret = EG_OK;
    char *path = NULL;
    struct stat st;

    eg_doc_release(doc);
    *more = 1;
    for (;;) {
        if (in->pproblem < in->nproblems) {
            in->failures++;
            ret = eg_error_set(err, EG_EIO, "%s", in->problems[in->pproblem]);
            free(in->problems[in->pproblem++]);
            goto cleanup;
        }
        if (in->jf) {
            int got;
            ret = read_jsonl_record(in, doc, &got, err);
            if (got) {
                if (ret == EG_OK)
                    in->count++;
                else {
                    in->failures++;
                    eg_doc_release(doc);
                }
                goto cleanup;
            }
            close_jsonl(in);
            if (ret != EG_OK) {
                in->failures++;
                goto cleanup;
            }
        }
        if (in->pos == in->n) {
            *more = 0;
            goto cleanup;
        }
        free(path);
        path = in->queue[in->pos];
        in->queue[in->pos++] = NULL;

        if (strcmp(path, "-") != 0 && stat(path, &st) == 0 && S_ISDIR(st.st_mode)) {
            strvec files = {0};
            ret = walk(in, path, &files);
            if (ret == EG_OK) {
                if (files.n)
                    qsort(files.items, files.n, sizeof *files.items, cmp_str);
                ret = queue_insert(in, files.items, files.n);
            }
            if (ret != EG_OK) {
                size_t i;
                for (i = 0; i < files.n; i++)
                    free(files.items[i]);
                free(files.items);
                ret = eg_error_set(err, ret, "%s: out of memory while listing", path);
                goto cleanup;
            }
            free(files.items);
            continue;
        }
        if (in->opts.jsonl) {
            if (strcmp(path, "-") == 0)
                in->jf = stdin;
            else if (!(in->jf = fopen(path, "rb"))) {
                in->failures++;
                ret = eg_error_set(err, EG_EIO, "%s: %s", path, strerror(errno));
                goto cleanup;
            }
            in->jpath = path;
            path = NULL;
            in->jline = 0;
            continue;
        }
        ret = read_text_file(in, path, doc, err);
        if (ret == EG_OK)
            in->count++;
        else {
            in->failures++;
            eg_doc_release(doc);
        }
        goto cleanup;
    }
cleanup:
    free(path);
    return ret;
}
