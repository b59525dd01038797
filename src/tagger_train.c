/* tagger_train.c: training sets and the averaged perceptron (see entgraph/tagger_train.h).
 *
 * Documents enter as bytes plus gold byte spans (directly, or from a gold JSON Lines file and its documents
 * folder); each is analysed once and kept with one label per token. Training walks the sentences in a seeded
 * shuffled order, decodes each window with the current integer weights exactly as the tagger does (same features,
 * same Viterbi), and on a mistake adds 1 to the gold labels' weights and subtracts 1 from the predicted ones for
 * every feature of every wrong token and every differing transition. The running sum needed for averaging is kept
 * with the usual trick (u += c * delta; average = w - u / c), all in integers. The average is finally scaled so
 * that the largest feature weight is 32767 and rounded to int16. */
#define _POSIX_C_SOURCE 200809L
#include "entgraph/tagger_train.h"

#include <errno.h>
#include <jansson.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "tagger_internal.h"

#define MAX_GOLD_DOC ((size_t)64 << 20)

typedef struct {
    char *text;          /* owned */
    size_t len;
    eg_text t;           /* analysed text; borrows `text` */
    uint8_t *labels;     /* per token (owned) */
} train_doc;

struct eg_train_set {
    train_doc *docs;
    size_t ndocs, adocs;
    eg_train_stats st;
};

eg_status eg_train_set_new(eg_train_set **out, eg_error *err)
{
    *out = calloc(1, sizeof **out);
    return *out ? EG_OK : eg_error_set(err, EG_ENOMEM, "out of memory");
}

void eg_train_set_free(eg_train_set *s)
{
    size_t i;
    if (!s)
        return;
    for (i = 0; i < s->ndocs; i++) {
        eg_text_release(&s->docs[i].t);
        free(s->docs[i].text);
        free(s->docs[i].labels);
    }
    free(s->docs);
    free(s);
}

const eg_train_stats *eg_train_set_stats(const eg_train_set *s)
{
    return &s->st;
}

static int cmp_span(const void *pa, const void *pb)
{
    const eg_gold_span *a = pa, *b = pb;
    if (a->start != b->start)
        return a->start < b->start ? -1 : 1;
    if (a->end != b->end)
        return a->end > b->end ? -1 : 1;   /* the longer first */
    return (int)a->type - (int)b->type;
}

/* First token whose start (ends = 0) or end (ends = 1) is >= off. */
static size_t lower_bound(const eg_text *t, uint32_t off, int ends)
{
    size_t lo = 0, hi = t->ntoks;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        uint32_t v = ends ? t->toks[mid].end : t->toks[mid].start;
        if (v < off)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

/* Labels d from spans (copied and sorted in sp). */
static void label_doc(eg_train_set *s, train_doc *d, eg_gold_span *sp, size_t n)
{
    const eg_text *t = &d->t;
    size_t i, a, b, k;
    qsort(sp, n, sizeof *sp, cmp_span);
    for (i = 0; i < n; i++) {
        s->st.spans++;
        a = lower_bound(t, sp[i].start, 0);
        b = lower_bound(t, sp[i].end, 1);
        if (sp[i].start >= sp[i].end || sp[i].end > d->len || a >= t->ntoks || b >= t->ntoks ||
            t->toks[a].start != sp[i].start || t->toks[b].end != sp[i].end || b < a) {
            s->st.unaligned++;
            continue;
        }
        b++;
        if (t->toks[a].sent != t->toks[b - 1].sent) {
            s->st.crossing++;
            continue;
        }
        for (k = a; k < b && d->labels[k] == EG_LABEL_O; k++)
            ;
        if (k < b) {
            s->st.overlapping++;
            continue;
        }
        d->labels[a] = (uint8_t)eg_label_begin(sp[i].type);
        for (k = a + 1; k < b; k++)
            d->labels[k] = (uint8_t)eg_label_inside(sp[i].type);
        s->st.used[sp[i].type]++;
    }
}

/* Adds a document whose text the set takes over (freed here on failure). */
static eg_status add_owned(eg_train_set *s, char *text, size_t len, const eg_gold_span *spans, size_t nspans,
                           eg_error *err)
{
    eg_status ret = EG_OK;
    eg_gold_span *sp = NULL;
    train_doc *d;
    size_t i;
    for (i = 0; i < nspans; i++) {
        if ((unsigned)spans[i].type >= EG_NTAGTYPES) {
            ret = eg_error_set(err, EG_EINVAL, "gold span %zu has an unknown type", i);
            goto cleanup;
        }
    }
    if (s->ndocs == s->adocs) {
        size_t na = s->adocs ? s->adocs * 2 : 256;
        train_doc *p = realloc(s->docs, na * sizeof *p);
        if (!p) {
            ret = eg_error_set(err, EG_ENOMEM, "out of memory");
            goto cleanup;
        }
        s->docs = p;
        s->adocs = na;
    }
    d = &s->docs[s->ndocs];
    memset(d, 0, sizeof *d);
    eg_text_init(&d->t);
    d->text = text;
    d->len = len;
    text = NULL;
    if ((ret = eg_text_analyze(&d->t, d->text, d->len, err)) != EG_OK)
        goto fail_doc;
    d->labels = calloc(d->t.ntoks ? d->t.ntoks : 1, 1);
    sp = malloc((nspans ? nspans : 1) * sizeof *sp);
    if (!d->labels || !sp) {
        ret = eg_error_set(err, EG_ENOMEM, "out of memory");
        goto fail_doc;
    }
    if (nspans)
        memcpy(sp, spans, nspans * sizeof *sp);
    label_doc(s, d, sp, nspans);
    s->ndocs++;
    s->st.docs++;
    s->st.sentences += d->t.nsents;
    s->st.tokens += d->t.ntoks;
    goto cleanup;
fail_doc:
    eg_text_release(&d->t);
    free(d->text);
    free(d->labels);
cleanup:
    free(text);
    free(sp);
    return ret;
}

eg_status eg_train_set_add_doc(eg_train_set *s, const char *text, size_t len, const eg_gold_span *spans,
                               size_t nspans, eg_error *err)
{
    char *copy = malloc(len + 1);
    if (!copy)
        return eg_error_set(err, EG_ENOMEM, "out of memory");
    if (len)
        memcpy(copy, text, len);
    copy[len] = '\0';
    return add_owned(s, copy, len, spans, nspans, err);
}

/* ---- gold JSON Lines ---- */

static eg_status read_doc(const char *path, char **out, size_t *len, eg_error *err)
{
    eg_status ret = EG_OK;
    FILE *fp = fopen(path, "rb");
    struct stat st;
    char *buf = NULL;
    *out = NULL;
    if (!fp) {
        ret = eg_error_set(err, EG_EIO, "%s: %s", path, strerror(errno));
        goto cleanup;
    }
    if (fstat(fileno(fp), &st) != 0 || !S_ISREG(st.st_mode)) {
        ret = eg_error_set(err, EG_EIO, "%s: not a regular file", path);
        goto cleanup;
    }
    if ((uint64_t)st.st_size > MAX_GOLD_DOC) {
        ret = eg_error_set(err, EG_ELIMIT, "%s: larger than %zu bytes", path, MAX_GOLD_DOC);
        goto cleanup;
    }
    buf = malloc((size_t)st.st_size + 1);
    if (!buf) {
        ret = eg_error_set(err, EG_ENOMEM, "%s: out of memory", path);
        goto cleanup;
    }
    if (fread(buf, 1, (size_t)st.st_size, fp) != (size_t)st.st_size) {
        ret = eg_error_set(err, EG_EIO, "%s: read error", path);
        goto cleanup;
    }
    buf[st.st_size] = '\0';
    *len = (size_t)st.st_size;
    *out = buf;
    buf = NULL;
cleanup:
    if (fp)
        fclose(fp);
    free(buf);
    return ret;
}

static int gold_type(const char *name, eg_tag_type *type)
{
    if (!name)
        return 0;
    if (strcmp(name, "person") == 0)
        *type = EG_TAG_PER;
    else if (strcmp(name, "organization") == 0 || strcmp(name, "organisation") == 0)
        *type = EG_TAG_ORG;
    else if (strcmp(name, "country") == 0 || strcmp(name, "place") == 0 || strcmp(name, "location") == 0)
        *type = EG_TAG_LOC;
    else
        return 0;
    return 1;
}

/* Collects the spans of one record into *spans (grown as needed). */
static eg_status record_spans(eg_train_set *s, json_t *rec, eg_gold_span **spans, size_t *n, size_t *alloc)
{
    json_t *ents = json_object_get(rec, "entities"), *e, *m;
    size_t i, j;
    *n = 0;
    if (ents && !json_is_array(ents))
        return EG_EFORMAT;
    json_array_foreach(ents, i, e) {
        const char *etype = json_string_value(json_object_get(e, "type"));
        json_t *ms = json_object_get(e, "mentions");
        if (!json_is_object(e) || (ms && !json_is_array(ms)))
            return EG_EFORMAT;
        json_array_foreach(ms, j, m) {
            json_t *js = json_object_get(m, "start"), *je = json_object_get(m, "end");
            const char *form = json_string_value(json_object_get(m, "form"));
            const char *mtype = json_string_value(json_object_get(m, "type"));
            eg_tag_type type;
            json_int_t st, en;
            if (!json_is_integer(js) || !json_is_integer(je))
                return EG_EFORMAT;
            st = json_integer_value(js);
            en = json_integer_value(je);
            if (st < 0 || en < st || en > (json_int_t)UINT32_MAX)
                return EG_EFORMAT;
            if (form && strcmp(form, "demonym") == 0) {
                s->st.demonyms++;
                continue;
            }
            if (!gold_type(mtype ? mtype : etype, &type)) {
                s->st.other_types++;
                continue;
            }
            if (*n == *alloc) {
                size_t na = *alloc ? *alloc * 2 : 64;
                eg_gold_span *p = realloc(*spans, na * sizeof *p);
                if (!p)
                    return EG_ENOMEM;
                *spans = p;
                *alloc = na;
            }
            (*spans)[*n].start = (uint32_t)st;
            (*spans)[*n].end = (uint32_t)en;
            (*spans)[*n].type = type;
            (*n)++;
        }
    }
    return EG_OK;
}

eg_status eg_train_set_add_gold(eg_train_set *s, const char *gold_path, const char *docs_dir, eg_error *err)
{
    eg_status ret = EG_OK;
    FILE *fp = NULL;
    char *line = NULL, *path = NULL, *text = NULL;
    size_t cap = 0, lineno = 0, nspans = 0, aspans = 0, len = 0;
    eg_gold_span *spans = NULL;
    json_t *rec = NULL;
    ssize_t n;
    fp = fopen(gold_path, "r");
    if (!fp) {
        ret = eg_error_set(err, EG_EIO, "%s: %s", gold_path, strerror(errno));
        goto cleanup;
    }
    while ((n = getline(&line, &cap, fp)) >= 0) {
        json_error_t jerr;
        const char *doc, *base;
        size_t k;
        lineno++;
        for (k = 0; k < (size_t)n && (line[k] == ' ' || line[k] == '\t' || line[k] == '\n' || line[k] == '\r'); k++)
            ;
        if (k == (size_t)n)
            continue;
        json_decref(rec);
        rec = json_loadb(line, (size_t)n, 0, &jerr);
        if (!rec || !json_is_object(rec)) {
            ret = eg_error_set(err, EG_EFORMAT, "%s:%zu: %s", gold_path, lineno, rec ? "not an object" : jerr.text);
            goto cleanup;
        }
        doc = json_string_value(json_object_get(rec, "doc"));
        if (!doc || !*doc) {
            ret = eg_error_set(err, EG_EFORMAT, "%s:%zu: no \"doc\"", gold_path, lineno);
            goto cleanup;
        }
        base = strrchr(doc, '/');
        base = base ? base + 1 : doc;
        free(path);
        k = strlen(docs_dir) + strlen(base) + 2;
        path = malloc(k);
        if (!path) {
            ret = eg_error_set(err, EG_ENOMEM, "out of memory");
            goto cleanup;
        }
        snprintf(path, k, "%s/%s", docs_dir, base);
        if ((ret = record_spans(s, rec, &spans, &nspans, &aspans)) != EG_OK) {
            ret = eg_error_set(err, ret, "%s:%zu: %s", gold_path, lineno,
                               ret == EG_ENOMEM ? "out of memory" : "malformed entities or mentions");
            goto cleanup;
        }
        if ((ret = read_doc(path, &text, &len, err)) != EG_OK)
            goto cleanup;
        ret = add_owned(s, text, len, spans, nspans, err);
        text = NULL;
        if (ret != EG_OK)
            goto cleanup;
    }
    if (ferror(fp))
        ret = eg_error_set(err, EG_EIO, "%s: read error", gold_path);
cleanup:
    if (fp)
        fclose(fp);
    json_decref(rec);
    free(line);
    free(path);
    free(text);
    free(spans);
    return ret;
}

/* ---- the averaged perceptron ---- */

static uint64_t splitmix64(uint64_t *x)
{
    uint64_t z = (*x += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

typedef struct {
    int32_t *w;             /* [2^bits][8] current weights */
    int64_t *u;             /* [2^bits][8] sum of c * update */
    int32_t tw[EG_TAGGER_STRIDE][EG_TAGGER_STRIDE];
    int64_t tu[EG_TAGGER_STRIDE][EG_TAGGER_STRIDE];
    int64_t c;              /* 1 + windows seen */
    unsigned bits;
    eg_tagger_scratch sc;
    uint32_t ids[EG_TAGGER_WINDOW][EG_TAGGER_MAX_FEATS];
    uint16_t nids[EG_TAGGER_WINDOW];
    uint8_t gold[EG_TAGGER_WINDOW], pred[EG_TAGGER_WINDOW];
} trainer;

static void update(trainer *tr, size_t j, unsigned y, int32_t delta)
{
    size_t f;
    for (f = 0; f < tr->nids[j]; f++) {
        size_t at = ((size_t)tr->ids[j][f] << 3) + y;
        tr->w[at] += delta;
        tr->u[at] += tr->c * delta;
    }
}

static void update_trans(trainer *tr, unsigned p, unsigned y, int32_t delta)
{
    tr->tw[p][y] += delta;
    tr->tu[p][y] += tr->c * delta;
}

/* Decodes one window and learns from it; returns the number of correctly predicted tokens. */
static size_t train_window(trainer *tr, const eg_gazetteer *gz, const train_doc *d, size_t sb, size_t se, size_t a,
                           size_t b)
{
    size_t ntf, off = eg_tagger_describe(gz, &d->t, sb, se, a, b, a, b, tr->sc.tf, &ntf), n = b - a, j, f, ok = 0;
    unsigned y;
    for (j = 0; j < n; j++) {
        int32_t acc[EG_TAGGER_STRIDE] = {0};
        tr->nids[j] = (uint16_t)eg_tagger_features(tr->sc.tf, 0, ntf, off + j, tr->bits, tr->ids[j]);
        for (f = 0; f < tr->nids[j]; f++) {
            const int32_t *row = tr->w + ((size_t)tr->ids[j][f] << 3);
            for (y = 0; y < EG_TAGGER_STRIDE; y++)
                acc[y] += row[y];
        }
        memcpy(tr->sc.emit[j], acc, sizeof acc);
        tr->gold[j] = d->labels[a + j];
    }
    /* a window cut inside a name (only when no better cut exists) starts it afresh */
    if (eg_label_is_inside(tr->gold[0]))
        tr->gold[0] = (uint8_t)eg_label_begin(eg_label_type(tr->gold[0]));
    eg_tagger_viterbi((const int32_t (*)[EG_TAGGER_STRIDE])tr->sc.emit, (const int32_t (*)[EG_TAGGER_STRIDE])tr->tw,
                      n, EG_TAGGER_START, EG_TAGGER_END, tr->sc.back, tr->pred);
    for (j = 0; j < n; j++) {
        if (tr->pred[j] == tr->gold[j]) {
            ok++;
            continue;
        }
        update(tr, j, tr->gold[j], 1);
        update(tr, j, tr->pred[j], -1);
    }
    if (ok < n) {
        for (j = 0; j <= n; j++) {
            unsigned gp = j ? tr->gold[j - 1] : EG_TAGGER_START, gc = j < n ? tr->gold[j] : EG_TAGGER_STRIDE - 1;
            unsigned pp = j ? tr->pred[j - 1] : EG_TAGGER_START, pc = j < n ? tr->pred[j] : EG_TAGGER_STRIDE - 1;
            if (gp == pp && gc == pc)
                continue;
            update_trans(tr, gp, gc, 1);
            update_trans(tr, pp, pc, -1);
        }
    }
    tr->c++;
    return ok;
}

static int16_t quantize(double v, double scale)
{
    double q = floor(v * scale + 0.5);
    if (q > 32767)
        q = 32767;
    if (q < -32767)
        q = -32767;
    return (int16_t)q;
}

eg_status eg_tagger_train(eg_tagger **out, const eg_train_set *s, const eg_gazetteer *gz,
                          const eg_train_options *opts, eg_error *err)
{
    eg_status ret = EG_OK;
    eg_train_options o = {0};
    trainer *tr = NULL;
    uint32_t *order = NULL;   /* (doc, sentence) pairs, flattened as indices into refs */
    size_t *refs = NULL, nsent = 0, i, nw;
    int16_t *qw = NULL;
    int32_t qt[EG_TAGGER_STRIDE][EG_TAGGER_STRIDE];
    uint64_t rng;
    double maxabs = 0, scale;
    unsigned epoch, y, p;
    *out = NULL;
    if (opts)
        o = *opts;
    if (!o.epochs)
        o.epochs = 10;
    if (!o.bits)
        o.bits = 17;
    if (!o.seed)
        o.seed = 1;
    if (o.bits < EG_TAGGER_MIN_BITS || o.bits > EG_TAGGER_MAX_BITS) {
        ret = eg_error_set(err, EG_EINVAL, "2^%u feature buckets is outside 2^%d..2^%d", o.bits, EG_TAGGER_MIN_BITS,
                           EG_TAGGER_MAX_BITS);
        goto cleanup;
    }
    for (i = 0; i < s->ndocs; i++)
        nsent += s->docs[i].t.nsents;
    if (nsent > UINT32_MAX) {
        ret = eg_error_set(err, EG_ELIMIT, "more than 2^32 training sentences");
        goto cleanup;
    }
    nw = ((size_t)1 << o.bits) * EG_TAGGER_STRIDE;
    tr = calloc(1, sizeof *tr);
    order = malloc((nsent ? nsent : 1) * sizeof *order);
    refs = malloc((s->ndocs + 1) * sizeof *refs);
    qw = malloc(nw * sizeof *qw);
    if (!tr || !order || !refs || !qw || !(tr->w = calloc(nw, sizeof *tr->w)) ||
        !(tr->u = calloc(nw, sizeof *tr->u))) {
        ret = eg_error_set(err, EG_ENOMEM, "out of memory for training with 2^%u buckets", o.bits);
        goto cleanup;
    }
    tr->bits = o.bits;
    tr->c = 1;
    /* refs[d] = index of document d's first sentence in the global numbering */
    refs[0] = 0;
    for (i = 0; i < s->ndocs; i++)
        refs[i + 1] = refs[i] + s->docs[i].t.nsents;
    for (i = 0; i < nsent; i++)
        order[i] = (uint32_t)i;
    rng = o.seed;
    for (epoch = 1; epoch <= o.epochs; epoch++) {
        double t0 = now();
        size_t correct = 0, total = 0, k, doc = 0;
        for (k = nsent; k > 1; k--) {
            size_t r = (size_t)(splitmix64(&rng) % k);
            uint32_t tmp = order[k - 1];
            order[k - 1] = order[r];
            order[r] = tmp;
        }
        for (k = 0; k < nsent; k++) {
            size_t g = order[k], lo = 0, hi = s->ndocs, a, b;
            const train_doc *d;
            const eg_sentence *sn;
            /* the document holding global sentence g: last d with refs[d] <= g */
            while (lo + 1 < hi) {
                size_t mid = lo + (hi - lo) / 2;
                if (refs[mid] <= g)
                    lo = mid;
                else
                    hi = mid;
            }
            doc = lo;
            d = &s->docs[doc];
            sn = &d->t.sents[g - refs[doc]];
            for (a = sn->tok_begin; a < sn->tok_end; a = b) {
                b = eg_tagger_window_end(&d->t, a, sn->tok_end);
                correct += train_window(tr, gz, d, sn->tok_begin, sn->tok_end, a, b);
                total += b - a;
            }
        }
        if (o.on_epoch)
            o.on_epoch(o.ctx, epoch, o.epochs, total ? (double)correct / (double)total : 1.0, now() - t0);
    }
    /* average, then scale to int16 */
    for (i = 0; i < nw; i++) {
        double v = fabs((double)tr->w[i] - (double)tr->u[i] / (double)tr->c);
        if (v > maxabs)
            maxabs = v;
    }
    scale = maxabs > 0 ? 32767.0 / maxabs : 1.0;
    for (i = 0; i < nw; i++)
        qw[i] = quantize((double)tr->w[i] - (double)tr->u[i] / (double)tr->c, scale);
    for (p = 0; p < EG_TAGGER_STRIDE; p++) {
        for (y = 0; y < EG_TAGGER_STRIDE; y++) {
            double v = floor(((double)tr->tw[p][y] - (double)tr->tu[p][y] / (double)tr->c) * scale + 0.5);
            qt[p][y] = (int32_t)(v > INT32_MAX / 2 ? INT32_MAX / 2 : v < -(INT32_MAX / 2) ? -(INT32_MAX / 2) : v);
        }
    }
    ret = eg_tagger_from_weights(out, o.bits, qw, (const int32_t (*)[EG_TAGGER_STRIDE])qt, err);
cleanup:
    if (tr) {
        free(tr->w);
        free(tr->u);
    }
    free(tr);
    free(order);
    free(refs);
    free(qw);
    return ret;
}
