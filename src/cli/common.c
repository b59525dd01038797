/* common.c: error printing, progress and option parsing shared by the subcommands (see cli.h). */
#define _POSIX_C_SOURCE 200809L
#include "cli.h"

#include <sys/resource.h>

#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <sys/stat.h>
#include <unistd.h>

#include "entgraph/corpus.h"
#include "entgraph/extract.h"

void cli_error(const char *fmt, ...)
{
    va_list ap;
    fputs("entgraph: ", stderr);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
}

int cli_usage_error(const char *cmd, const char *fmt, ...)
{
    va_list ap;
    fprintf(stderr, "entgraph %s: ", cmd);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fprintf(stderr, "\nTry 'entgraph %s --help'.\n", cmd);
    return EXIT_USAGE;
}

double cli_now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

void cli_progress_init(cli_progress *p, int quiet)
{
    p->enabled = !quiet && isatty(STDERR_FILENO);
    p->start = p->last = cli_now();
    p->skipped = 0;
}

void cli_progress_update(void *ctx, size_t docs, size_t bytes)
{
    cli_progress *p = ctx;
    double t;
    if (!p->enabled)
        return;
    t = cli_now();
    if (t - p->last < 0.25)
        return;
    p->last = t;
    fprintf(stderr, "\r\033[Kentgraph: %zu documents, %.1f MB, %.1f MB/s, %.0f s", docs, bytes / 1e6,
            bytes / 1e6 / (t - p->start > 1e-9 ? t - p->start : 1e-9), t - p->start);
}

void cli_progress_done(cli_progress *p, size_t docs, size_t bytes)
{
    double t = cli_now() - p->start;
    if (!p->enabled)
        return;
    fprintf(stderr, "\r\033[Kentgraph: %zu documents, %.1f MB in %.1f s%s\n", docs, bytes / 1e6, t,
            p->skipped ? " (some inputs skipped, see above)" : "");
}

void cli_report_skip(void *ctx, const eg_error *why)
{
    cli_progress *p = ctx;
    if (p) {
        p->skipped++;
        if (p->enabled)
            fputs("\r\033[K", stderr);
    }
    cli_error("%s", why->msg);
}

unsigned cli_parse_types(const char *list)
{
    unsigned mask = 0;
    const char *p = list;
    while (*p) {
        const char *e = strchr(p, ',');
        size_t n = e ? (size_t)(e - p) : strlen(p);
        eg_type t;
        if (!eg_type_parse(p, n, &t))
            return 0;
        mask |= 1u << t;
        p += n;
        if (*p == ',')
            p++;
    }
    return mask;
}

int cli_parse_double(const char *s, double *out)
{
    char *end;
    double v;
    errno = 0;
    v = strtod(s, &end);
    if (errno || end == s || *end || v < 0 || v != v)
        return 0;
    *out = v;
    return 1;
}

int cli_parse_size(const char *s, size_t *out)
{
    char *end;
    unsigned long long v;
    if (*s == '-')
        return 0;
    errno = 0;
    v = strtoull(s, &end, 10);
    if (errno || end == s || *end)
        return 0;
    *out = (size_t)v;
    return 1;
}

int cli_close_stdout(int status)
{
    if (fflush(stdout) != 0 || ferror(stdout) || fclose(stdout) != 0) {
        cli_error("writing standard output: %s", strerror(errno ? errno : EIO));
        return status ? status : EXIT_INPUT;
    }
    return status;
}

int cli_is_input(const char *path, char **inputs, int n)
{
    struct stat a, b;
    int i;
    if (stat(path, &a) != 0)
        return 0;
    for (i = 0; i < n; i++)
        if (stat(inputs[i], &b) == 0 && a.st_dev == b.st_dev && a.st_ino == b.st_ino && S_ISREG(b.st_mode))
            return 1;
    return 0;
}

void cli_hint_jsonl(int jsonl, char **inputs, int n)
{
    struct stat st;
    int i;
    for (i = 0; i < n && !jsonl; i++) {
        size_t len = strlen(inputs[i]);
        int named = (len > 6 && strcmp(inputs[i] + len - 6, ".jsonl") == 0) ||
                    (len > 7 && strcmp(inputs[i] + len - 7, ".ndjson") == 0);
        if (named && stat(inputs[i], &st) == 0 && S_ISREG(st.st_mode))
            cli_error("note: %s is read as one text document; give --jsonl to read a document per line", inputs[i]);
    }
}

eg_status cli_load_tagger(const char *datadir, const char *model, eg_tagger **out, eg_error *err)
{
    eg_status ret;
    char *path = model ? NULL : eg_tagger_default_path(datadir);
    if (!model && !path)
        return eg_error_set(err, EG_ENOMEM, "out of memory");
    ret = eg_tagger_load(out, model ? model : path, err);
    if (ret != EG_OK && err)
        strncat(err->msg, " (--rules-only extracts without the tagger)", sizeof err->msg - strlen(err->msg) - 1);
    free(path);
    return ret;
}

void cli_report_warning(void *ctx, const eg_error *what)
{
    (void)ctx;
    cli_error("warning: %s", what->msg);
}

void cli_print_timings(const eg_pipeline_stats *st, double outputs)
{
    const struct {
        const char *name;
        double s;
    } rows[] = {
        {"read", st->read},         {"decode JSON", st->decode}, {"segment", st->segment}, {"tag", st->tag},
        {"rules", st->rules},       {"relations", st->relations}, {"prepare records", st->prepare},
        {"corpus", st->corpus},     {"write records", st->write}, {"resolve", st->resolve},
    };
    double mb = (double)st->bytes / 1e6;
    size_t i;
    fprintf(stderr, "%zu documents, %.2f MB, %zu tokens in %.3f s: %.2f MB/s, %.0f documents/s, %.0f tokens/s\n",
            st->documents, mb, st->tokens, st->wall, st->wall > 0 ? mb / st->wall : 0.0,
            st->wall > 0 ? (double)st->documents / st->wall : 0.0, st->wall > 0 ? (double)st->tokens / st->wall : 0.0);
    fprintf(stderr, "%-16s %9s %9s\n", "stage", "seconds", "MB/s");
    for (i = 0; i < sizeof rows / sizeof *rows; i++)
        if (rows[i].s >= 0.01)
            fprintf(stderr, "%-16s %9.3f %9.1f\n", rows[i].name, rows[i].s, mb / rows[i].s);
    if (outputs >= 0)
        fprintf(stderr, "%-16s %9.3f\n", "outputs", outputs);
    fprintf(stderr, "peak memory: %ld MB (%ld MB with every document in, %ld MB after resolution)\n", cli_peak_mb(),
            st->peak_collected, st->peak_resolved);
    fputs("(decode JSON to prepare records: summed over the threads)\n", stderr);
}

long cli_peak_mb(void)
{
    struct rusage ru;
    return getrusage(RUSAGE_SELF, &ru) == 0 ? ru.ru_maxrss / 1024 : -1;
}

eg_status cli_corpus_new(eg_corpus **out, eg_error *err)
{
    const char *mb = getenv("ENTGRAPH_TEXT_MEMORY");
    size_t n = 0;
    eg_status ret;
    if (mb && *mb && (!cli_parse_size(mb, &n) || n > ((size_t)1 << 30)))
        return eg_error_set(err, EG_EINVAL, "ENTGRAPH_TEXT_MEMORY must be a number of megabytes, not '%s'", mb);
    if ((ret = eg_corpus_new(out, err)) == EG_OK && mb && *mb)
        eg_corpus_set_text_memory(*out, n << 20);
    return ret;
}
