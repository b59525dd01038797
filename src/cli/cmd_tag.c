/* cmd_tag.c: `entgraph tag` (a developer command, not listed in --help): the statistical tagger alone, without
 * the extractor's rules, written in the JSON Lines contract of `entgraph extract` so that the NER scorers can
 * measure it; with --bench, its speed instead. */
#define _POSIX_C_SOURCE 200809L
#include <getopt.h>
#include <jansson.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "cli.h"
#include "entgraph/corpus.h"
#include "entgraph/input.h"
#include "entgraph/outfile.h"
#include "entgraph/tagger.h"

const char cmd_tag_usage[] =
    "usage: entgraph tag [OPTIONS] INPUT...\n"
    "\n"
    "Developer command: runs the statistical name tagger alone (no rules, no document-level grouping) and writes\n"
    "one JSON Lines record per document in the format of 'entgraph extract', each tagged span a mention: PER as\n"
    "person, ORG as organization, LOC as country when the whole span is a country name, else place. Entities\n"
    "group identical spans of one type; there are no meetings. INPUT as for 'entgraph extract'.\n"
    "\n"
    "Options:\n"
    "  -o, --output FILE   write to FILE (written whole or not at all) instead of standard output\n"
    "      --jsonl         inputs are JSON Lines documents, as for 'entgraph extract'\n"
    "  -m, --model FILE    the model (default: tagger.model in the data directory)\n"
    "      --data DIR      the data directory (default: $ENTGRAPH_DATA, else the built-in one)\n"
    "      --bench N       write nothing; read every document into memory, tag them all N times and print the\n"
    "                      model load time and the throughput (tokens/s and MB/s, tagging alone and with\n"
    "                      tokenization) on standard output\n"
    "  -h, --help          this help\n";

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

/* "type:slug" with the slug of the span's text: ASCII letters and digits lower-cased, runs of anything else one
 * '-', non-ASCII bytes kept. */
static void make_id(char *id, size_t cap, const char *type, const char *s, size_t n)
{
    size_t k = 0, i;
    int dash = 0;
    k = (size_t)snprintf(id, cap, "%s:", type);
    for (i = 0; i < n && k + 2 < cap; i++) {
        unsigned char c = (unsigned char)s[i];
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80) {
            if (dash && id[k - 1] != ':')
                id[k++] = '-';
            id[k++] = (char)c;
            dash = 0;
        } else if (c >= 'A' && c <= 'Z') {
            if (dash && id[k - 1] != ':')
                id[k++] = '-';
            id[k++] = (char)(c - 'A' + 'a');
            dash = 0;
        } else
            dash = 1;
    }
    id[k] = '\0';
}

/* One record. Spans with invalid UTF-8 are left out (JSON cannot carry them). */
static eg_status write_record(FILE *fp, const char *name, const eg_text *t, const uint8_t *labels,
                              const eg_gazetteer *gz, eg_error *err)
{
    eg_status ret = EG_OK;
    json_t *root = json_object(), *ents = json_array(), *index = json_object();
    char *clean = eg_clean_text(name, strlen(name), 4096);   /* a path may hold invalid UTF-8 */
    eg_tag_span sp;
    size_t pos = 0;
    char id[512];
    if (!root || !ents || !index || !clean || json_object_set_new(root, "doc", json_string(clean)) ||
        json_object_set(root, "entities", ents))
        goto oom;
    while (eg_tag_next_span(labels, t->ntoks, &pos, &sp)) {
        uint32_t s = t->toks[sp.tok_begin].start, e = t->toks[sp.tok_end - 1].end;
        const char *type = sp.type == EG_TAG_PER ? "person" : sp.type == EG_TAG_ORG ? "organization" : "place";
        const eg_gz_entry *ge = NULL;
        json_t *ent, *m;
        if (!eg_utf8_valid(t->src + s, e - s))
            continue;
        if (sp.type == EG_TAG_LOC &&
            eg_gazetteer_match(gz, t, sp.tok_begin, sp.tok_end, EG_GZ_COUNTRY, &ge) == sp.tok_end - sp.tok_begin)
            type = "country";
        make_id(id, sizeof id, type, t->src + s, e - s);
        ent = json_object_get(index, id);
        if (!ent) {
            ent = json_object();
            if (!ent || json_array_append_new(ents, ent) || json_object_set(index, id, ent) ||
                json_object_set_new(ent, "id", json_string(id)) ||
                json_object_set_new(ent, "name", json_stringn(t->src + s, e - s)) ||
                json_object_set_new(ent, "type", json_string(type)) ||
                json_object_set_new(ent, "mentions", json_array()))
                goto oom;
        }
        m = json_object();
        if (!m || json_array_append_new(json_object_get(ent, "mentions"), m) ||
            json_object_set_new(m, "start", json_integer(s)) || json_object_set_new(m, "end", json_integer(e)) ||
            json_object_set_new(m, "text", json_stringn(t->src + s, e - s)))
            goto oom;
    }
    if (json_object_set_new(root, "meetings", json_array()))
        goto oom;
    if (json_dumpf(root, fp, JSON_COMPACT) != 0 || fputc('\n', fp) == EOF || ferror(fp)) {
        ret = eg_error_set(err, EG_EIO, "writing the record of %s", name);
        goto cleanup;
    }
    goto cleanup;
oom:
    ret = eg_error_set(err, EG_ENOMEM, "out of memory writing the record of %s", name);
cleanup:
    free(clean);
    json_decref(index);
    json_decref(ents);
    json_decref(root);
    return ret;
}

/* Grows *labels to n bytes (per document, never per token). */
static int reserve(uint8_t **labels, size_t *cap, size_t n)
{
    uint8_t *p;
    if (n <= *cap)
        return 1;
    p = realloc(*labels, n);
    if (!p)
        return 0;
    *labels = p;
    *cap = n;
    return 1;
}

typedef struct {
    eg_doc *docs;
    size_t n, alloc;
} doc_list;

static int bench(const char *model, const eg_gazetteer *gz, eg_input *in, size_t reps)
{
    int status = EXIT_OK, more = 1;
    doc_list dl = {0};
    eg_text *texts = NULL;
    eg_tagger *tg = NULL;
    eg_tagger_cache *cache = NULL;
    eg_error err;
    uint8_t *labels = NULL;
    size_t cap = 0, i, r, tokens = 0, bytes = 0;
    unsigned long long hits = 0, misses = 0;
    double t0, load[2], analyse, plain, tag;
    eg_error_clear(&err);
    while (more) {
        eg_doc d;
        eg_doc_init(&d);
        if (eg_input_next(in, &d, &more, &err) != EG_OK) {
            cli_error("%s", err.msg);
            status = EXIT_INPUT;
            continue;
        }
        if (!more)
            break;
        if (dl.n == dl.alloc) {
            size_t na = dl.alloc ? dl.alloc * 2 : 64;
            eg_doc *p = realloc(dl.docs, na * sizeof *p);
            if (!p) {
                eg_doc_release(&d);
                cli_error("out of memory");
                status = EXIT_INPUT;
                goto cleanup;
            }
            dl.docs = p;
            dl.alloc = na;
        }
        dl.docs[dl.n++] = d;
    }
    /* the first load of the process, then a second one (the file in the page cache either way) */
    for (r = 0; r < 2; r++) {
        eg_tagger_free(tg);
        tg = NULL;
        t0 = now();
        if (eg_tagger_load(&tg, model, &err) != EG_OK) {
            cli_error("%s", err.msg);
            status = EXIT_INPUT;
            goto cleanup;
        }
        load[r] = now() - t0;
    }
    texts = calloc(dl.n ? dl.n : 1, sizeof *texts);
    if (!texts) {
        cli_error("out of memory");
        status = EXIT_INPUT;
        goto cleanup;
    }
    t0 = now();
    for (i = 0; i < dl.n; i++) {
        eg_text_init(&texts[i]);
        if (eg_text_analyze(&texts[i], dl.docs[i].text, dl.docs[i].len, &err) != EG_OK ||
            !reserve(&labels, &cap, texts[i].ntoks)) {
            cli_error("%s: %s", dl.docs[i].name, err.msg);
            status = EXIT_INPUT;
            goto cleanup;
        }
        tokens += texts[i].ntoks;
        bytes += dl.docs[i].len;
    }
    analyse = now() - t0;
    t0 = now();
    for (r = 0; r < reps; r++)
        for (i = 0; i < dl.n; i++)
            eg_tagger_tag_text(tg, gz, &texts[i], labels, &err);
    plain = (now() - t0) / (double)reps;
    if (eg_tagger_cache_new(&cache, tg, gz, &err) != EG_OK) {
        cli_error("%s", err.msg);
        status = EXIT_INPUT;
        goto cleanup;
    }
    t0 = now();
    for (r = 0; r < reps; r++)
        for (i = 0; i < dl.n; i++)
            eg_tagger_tag_text_cached(cache, NULL, &texts[i], labels, &err);
    tag = (now() - t0) / (double)reps;
    eg_tagger_cache_stats(cache, &hits, &misses);
    printf("documents            %zu\n", dl.n);
    printf("tokens               %zu\n", tokens);
    printf("bytes                %zu\n", bytes);
    printf("model load           %.1f ms first, %.1f ms again (2^%u buckets)\n", load[0] * 1e3, load[1] * 1e3,
           eg_tagger_bits(tg));
    printf("tagging, plain       %.0f tokens/s, %.2f MB/s (mean of %zu runs)\n", tokens / plain,
           bytes / plain / 1e6, reps);
    printf("tagging, word cache  %.0f tokens/s, %.2f MB/s (mean of %zu runs; %.1f%% of words found)\n", tokens / tag,
           bytes / tag / 1e6, reps, hits + misses ? 100.0 * (double)hits / (double)(hits + misses) : 0.0);
    printf("tokenize + tag       %.0f tokens/s, %.2f MB/s\n", tokens / (tag + analyse),
           bytes / (tag + analyse) / 1e6);
cleanup:
    if (texts)
        for (i = 0; i < dl.n; i++)
            eg_text_release(&texts[i]);
    eg_tagger_cache_free(cache);
    free(texts);
    for (i = 0; i < dl.n; i++)
        eg_doc_release(&dl.docs[i]);
    free(dl.docs);
    free(labels);
    eg_tagger_free(tg);
    return status;
}

int cmd_tag(int argc, char **argv)
{
    static const struct option longopts[] = {
        {"output", required_argument, NULL, 'o'}, {"jsonl", no_argument, NULL, 'J'},
        {"model", required_argument, NULL, 'm'},  {"data", required_argument, NULL, 'D'},
        {"bench", required_argument, NULL, 'B'},  {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0},
    };
    const char *output = NULL, *datadir = NULL, *model = NULL;
    char *default_model = NULL;
    int opt, status = EXIT_OK, more = 1, i;
    size_t reps = 0, cap = 0;
    eg_input_options io = {0};
    eg_input *in = NULL;
    eg_gazetteer *gz = NULL;
    eg_tagger *tg = NULL;
    eg_tagger_cache *cache = NULL;
    eg_outfile of = {0};
    eg_text t;
    eg_doc doc;
    eg_error err;
    uint8_t *labels = NULL;
    FILE *out = stdout;
    eg_text_init(&t);
    eg_doc_init(&doc);
    eg_error_clear(&err);
    optind = 1;
    while ((opt = getopt_long(argc, argv, "o:m:h", longopts, NULL)) != -1) {
        switch (opt) {
        case 'o': output = optarg; break;
        case 'J': io.jsonl = 1; break;
        case 'm': model = optarg; break;
        case 'D': datadir = optarg; break;
        case 'B':
            if (!cli_parse_size(optarg, &reps) || reps == 0)
                return cli_usage_error("tag", "--bench needs a positive number of runs, not '%s'", optarg);
            break;
        case 'h': fputs(cmd_tag_usage, stdout); return cli_close_stdout(EXIT_OK);
        default: return cli_usage_error("tag", "unknown option");
        }
    }
    if (optind >= argc)
        return cli_usage_error("tag", "no input given (a file, a directory, or - for standard input)");
    cli_hint_jsonl(io.jsonl, argv + optind, argc - optind);
    if (!model) {
        default_model = eg_tagger_default_path(datadir);
        if (!default_model) {
            cli_error("out of memory");
            status = EXIT_INPUT;
            goto cleanup;
        }
        model = default_model;
    }
    if (eg_gazetteer_load(&gz, datadir, NULL, &err) != EG_OK || eg_input_new(&in, &io, &err) != EG_OK) {
        cli_error("%s", err.msg);
        status = EXIT_INPUT;
        goto cleanup;
    }
    for (i = optind; i < argc; i++) {
        if (eg_input_add(in, argv[i], &err) != EG_OK) {
            cli_error("%s", err.msg);
            status = EXIT_INPUT;
            goto cleanup;
        }
    }
    if (reps) {
        status = bench(model, gz, in, reps);
        goto cleanup;
    }
    if (eg_tagger_load(&tg, model, &err) != EG_OK || eg_tagger_cache_new(&cache, tg, gz, &err) != EG_OK) {
        cli_error("%s", err.msg);
        status = EXIT_INPUT;
        goto cleanup;
    }
    if (output && strcmp(output, "-") != 0) {
        if (eg_outfile_open(&of, output, &err) != EG_OK) {
            cli_error("%s", err.msg);
            status = EXIT_INPUT;
            goto cleanup;
        }
        out = of.fp;
    }
    while (more) {
        if (eg_input_next(in, &doc, &more, &err) != EG_OK) {
            cli_error("%s", err.msg);
            status = EXIT_INPUT;
            continue;
        }
        if (!more)
            break;
        if (eg_text_analyze(&t, doc.text, doc.len, &err) != EG_OK || !reserve(&labels, &cap, t.ntoks) ||
            eg_tagger_tag_text_cached(cache, NULL, &t, labels, &err) != EG_OK ||
            write_record(out, doc.name, &t, labels, gz, &err) != EG_OK) {
            cli_error("%s: %s", doc.name, err.msg[0] ? err.msg : "out of memory");
            status = EXIT_INPUT;
            eg_outfile_abort(&of);
            goto cleanup;
        }
    }
    if (of.fp && eg_outfile_commit(&of, &err) != EG_OK) {
        cli_error("%s", err.msg);
        status = EXIT_INPUT;
    }
cleanup:
    eg_outfile_abort(&of);
    eg_doc_release(&doc);
    eg_text_release(&t);
    free(labels);
    free(default_model);
    eg_tagger_cache_free(cache);
    eg_tagger_free(tg);
    eg_input_free(in);
    eg_gazetteer_free(gz);
    return cli_close_stdout(status);
}
