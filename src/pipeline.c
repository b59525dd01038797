/* pipeline.c: the per-document loop (see entgraph/pipeline.h).
 *
 * One reader (the calling thread) reads documents into a ring of slots; N - 1 worker threads analyse and extract
 * them, each with its own extractor; the reader adds the finished slots to the corpus strictly in input order, so
 * the corpus, the ids and every output are the same for any number of threads. The reader is the N-th extractor:
 * when the oldest slot is not done yet, it extracts the next one no worker has taken instead of waiting, so N
 * threads share N cores (N + 1 threads on N cores took turns on them: twice the futex calls, and 0.1 s more
 * system time per 20,000 articles at -j 2). With one thread everything runs in the calling thread. The ring bounds
 * memory: at most (32 x threads + 2) documents are held at once. It is that deep because the reader does other
 * work too: with a shallow ring (2 x threads + 2), whenever the reader was busy the workers soon found it full and
 * waited (-j 2 ran at 1.6x -j 1; at this depth 1.85x).
 *
 * Waking a thread is a system call and a context switch (tens of microseconds on a virtual machine, as long as a
 * short document takes), so nobody is woken who is not asleep, and the reader sleeps (when every slot is taken)
 * until a batch of slots is done rather than one: it waits for the last slot of the next BATCH, and a worker wakes
 * it only on finishing the very slot it waits for. One wake-up per document cost -j 2 a third of a core. */
#define _POSIX_C_SOURCE 200809L
#include "entgraph/pipeline.h"

#include <pthread.h>
#include <sys/resource.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "clock.h"
#include "entgraph/meetings.h"

enum { SLOT_EMPTY = 0, SLOT_READ, SLOT_DONE };
enum { BATCH = 16 };   /* slots the reader lets finish before it is woken (at most; fewer near the end) */

typedef struct {
    int state;
    int skip;            /* the input could not be read (why says so) or analysed */
    eg_doc doc;
    eg_text t;
    eg_extraction x;
    eg_error why;
    eg_status ret;       /* a failure that stops the run (out of memory) */
    double decode, segment, tag, rules, relations, prepare;   /* seconds in each stage */
    void *prepared;      /* what opts->prepare made (owned) */
} slot;

typedef struct {
    const eg_gazetteer *gz;
    const eg_tagger *tagger;
    const eg_pipeline_options *opts;
    slot *ring;
    size_t nring;
    size_t head, tail, next_work;   /* consume from head, fill at tail, work from next_work (all grow) */
    size_t idle;         /* workers asleep on `work` */
    size_t wait_for;     /* 1 + the slot number the reader sleeps on `done` for; 0 when it is awake */
    int stop;
    pthread_mutex_t mu;
    pthread_cond_t work, done;
} shared;

size_t eg_pipeline_default_threads(void)
{
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    return n > 0 ? (size_t)n : 1;
}

/* Analyse and extract the document of a slot, and prepare what on_document needs. */
/* The process's peak resident memory in MB, or -1. */
static long peak_mb(void)
{
    struct rusage ru;
    return getrusage(RUSAGE_SELF, &ru) == 0 ? ru.ru_maxrss / 1024 : -1;
}

static void process(const eg_gazetteer *gz, eg_extractor *ex, const eg_pipeline_options *opts, slot *s)
{
    eg_error why;
    double t0 = eg_clock_now(), t1, t2, t3, tag0 = eg_extractor_tag_seconds(ex);
    s->decode = s->segment = s->tag = s->rules = s->relations = s->prepare = 0;
    if (s->skip)
        return;
    eg_error_clear(&why);
    if (s->doc.json && eg_doc_decode_json(&s->doc, &why) != EG_OK) {
        s->skip = 1;
        if (why.code == EG_ENOMEM)
            s->ret = EG_ENOMEM;
        s->why = why;
        return;
    }
    s->decode = eg_clock_now() - t0;
    t0 = eg_clock_now();
    if (eg_text_analyze(&s->t, s->doc.text, s->doc.len, &why) != EG_OK) {
        s->skip = 1;
        eg_error_set(&s->why, why.code, "%s: %s", s->doc.name, why.msg);
        return;
    }
    t1 = eg_clock_now();
    s->ret = eg_extract_document(ex, &s->t, &s->x, &s->why);
    t2 = eg_clock_now();
    if (s->ret == EG_OK)
        s->ret = eg_meetings_extract(gz, &s->t, &s->x, s->doc.date, &s->why);
    t3 = eg_clock_now();
    if (s->ret == EG_OK && opts && opts->prepare)
        s->ret = opts->prepare(opts->ctx, &s->doc, &s->t, &s->x, &s->prepared, &s->why);
    s->segment = t1 - t0;
    s->tag = eg_extractor_tag_seconds(ex) - tag0;
    s->rules = t2 - t1 - s->tag;
    s->relations = t3 - t2;
    s->prepare = eg_clock_now() - t3;
}

static void *worker(void *arg)
{
    shared *sh = arg;
    eg_extractor *ex = NULL;
    size_t k;
    if (eg_extractor_new(&ex, sh->gz, sh->tagger, NULL) != EG_OK)
        ex = NULL;
    pthread_mutex_lock(&sh->mu);
    for (;;) {
        slot *s;
        while (sh->next_work == sh->tail && !sh->stop) {
            sh->idle++;
            pthread_cond_wait(&sh->work, &sh->mu);
            sh->idle--;
        }
        if (sh->next_work == sh->tail && sh->stop)
            break;
        k = sh->next_work++;
        s = &sh->ring[k % sh->nring];
        pthread_mutex_unlock(&sh->mu);
        if (ex)
            process(sh->gz, ex, sh->opts, s);
        else
            s->ret = eg_error_set(&s->why, EG_ENOMEM, "out of memory");
        pthread_mutex_lock(&sh->mu);
        s->state = SLOT_DONE;
        if (sh->wait_for == k + 1)
            pthread_cond_signal(&sh->done);
    }
    pthread_mutex_unlock(&sh->mu);
    eg_extractor_free(ex);
    return NULL;
}

/* Read the next input into s. Returns 0 at the end of the inputs, -1 when the run must stop (out of memory). */
static int fill(eg_input *in, slot *s, eg_error *err)
{
    int more = 1;
    eg_status r;
    s->skip = 0;
    s->ret = EG_OK;
    eg_error_clear(&s->why);
    r = eg_input_next(in, &s->doc, &more, &s->why);
    if (r == EG_ENOMEM) {
        *err = s->why;
        return -1;
    }
    if (r != EG_OK) {
        s->skip = 1;
        return 1;
    }
    return more;
}

eg_status eg_pipeline_run(eg_corpus *c, const eg_gazetteer *gz, const char *const *inputs, size_t n,
                          const eg_pipeline_options *opts, size_t *skipped, eg_error *err)
{
    eg_status ret = EG_OK;
    eg_input *in = NULL;
    eg_extractor *ex = NULL;
    shared sh;
    pthread_t *threads = NULL;
    size_t nthreads = opts && opts->threads ? opts->threads : 1, started = 0, i, bytes = 0, abases = 0;
    eg_pipeline_stats st;
    eg_input_options io;
    double tstart = eg_clock_now(), t0;
    uint32_t *bases = NULL;
    int eof = 0, sync_ok = 0;
    memset(&sh, 0, sizeof sh);
    memset(&st, 0, sizeof st);
    memset(&io, 0, sizeof io);
    *skipped = 0;
    sh.gz = gz;
    sh.opts = opts;
    sh.tagger = opts ? opts->tagger : NULL;
    sh.nring = nthreads > 1 ? 32 * nthreads + 2 : 1;
    sh.ring = calloc(sh.nring, sizeof *sh.ring);
    if (!sh.ring) {
        ret = eg_error_set(err, EG_ENOMEM, "out of memory");
        goto cleanup;
    }
    for (i = 0; i < sh.nring; i++) {
        eg_doc_init(&sh.ring[i].doc);
        eg_text_init(&sh.ring[i].t);
        sh.ring[i].t.cut = eg_gazetteer_hyphen_cut;   /* "Russia-Ukraine" names two countries */
        sh.ring[i].t.cut_ctx = gz;
        eg_extraction_init(&sh.ring[i].x);
    }
    if (opts)
        io = opts->input;
    io.defer_json = 1;   /* JSON Lines records are decoded by the workers */
    if ((ret = eg_input_new(&in, &io, err)) != EG_OK)
        goto cleanup;
    for (i = 0; i < n; i++)
        if ((ret = eg_input_add(in, inputs[i], err)) != EG_OK)
            goto cleanup;
    if (nthreads > 1) {
        if (pthread_mutex_init(&sh.mu, NULL) || pthread_cond_init(&sh.work, NULL) || pthread_cond_init(&sh.done, NULL)) {
            ret = eg_error_set(err, EG_ENOMEM, "cannot create threads");
            goto cleanup;
        }
        sync_ok = 1;
        threads = calloc(nthreads, sizeof *threads);
        if (!threads) {
            ret = eg_error_set(err, EG_ENOMEM, "out of memory");
            goto cleanup;
        }
        /* the calling thread is one of the N: it extracts too whenever the oldest document is not done */
        for (started = 0; started + 1 < nthreads; started++)
            if (pthread_create(&threads[started], NULL, worker, &sh) != 0)
                break;
        if (started == 0) {
            ret = eg_error_set(err, EG_ENOMEM, "cannot create threads");
            goto cleanup;
        }
    }
    if ((ret = eg_extractor_new(&ex, gz, opts ? opts->tagger : NULL, err)) != EG_OK)
        goto cleanup;

    for (;;) {
        slot *s;
        /* fill the ring */
        while (!eof && sh.tail - sh.head < sh.nring) {
            int r;
            t0 = eg_clock_now();
            r = fill(in, &sh.ring[sh.tail % sh.nring], err);
            st.read += eg_clock_now() - t0;
            if (r < 0) {
                ret = EG_ENOMEM;
                goto cleanup;
            }
            if (r == 0) {
                eof = 1;
                break;
            }
            if (threads) {
                pthread_mutex_lock(&sh.mu);
                sh.ring[sh.tail % sh.nring].state = SLOT_READ;
                sh.tail++;
                if (sh.idle)
                    pthread_cond_signal(&sh.work);
                pthread_mutex_unlock(&sh.mu);
            } else {
                s = &sh.ring[sh.tail % sh.nring];
                process(gz, ex, opts, s);
                s->state = SLOT_DONE;
                sh.tail++;
            }
        }
        if (sh.head == sh.tail)
            break;
        /* consume the oldest slot when it is done */
        s = &sh.ring[sh.head % sh.nring];
        if (threads) {
            pthread_mutex_lock(&sh.mu);
            /* rather than wait, extract what no worker has taken yet */
            while (s->state != SLOT_DONE && sh.next_work < sh.tail) {
                size_t k = sh.next_work++;
                slot *w = &sh.ring[k % sh.nring];
                pthread_mutex_unlock(&sh.mu);
                process(gz, ex, opts, w);
                pthread_mutex_lock(&sh.mu);
                w->state = SLOT_DONE;
            }
            if (s->state != SLOT_DONE) {
                /* asleep until a batch is done: its last slot, then (seldom) an earlier one still at work */
                size_t last = sh.tail - sh.head > BATCH ? sh.head + BATCH - 1 : sh.tail - 1;
                while (sh.ring[last % sh.nring].state != SLOT_DONE) {
                    sh.wait_for = last + 1;
                    pthread_cond_wait(&sh.done, &sh.mu);
                }
                while (s->state != SLOT_DONE) {
                    sh.wait_for = sh.head + 1;
                    pthread_cond_wait(&sh.done, &sh.mu);
                }
                sh.wait_for = 0;
            }
            pthread_mutex_unlock(&sh.mu);
        }
        if (s->ret != EG_OK) {
            ret = s->ret;
            *err = s->why;
            goto cleanup;
        }
        if (s->skip) {
            (*skipped)++;
            if (opts && opts->on_skip)
                opts->on_skip(opts->ctx, &s->why);
        } else {
            if (s->x.nentities > abases) {
                uint32_t *p = realloc(bases, s->x.nentities * sizeof *p);
                if (!p) {
                    ret = eg_error_set(err, EG_ENOMEM, "out of memory");
                    goto cleanup;
                }
                bases = p;
                abases = s->x.nentities;
            }
            t0 = eg_clock_now();
            if ((ret = eg_corpus_add(c, s->doc.name, &s->t, &s->x, bases, err)) != EG_OK)
                goto cleanup;
            st.corpus += eg_clock_now() - t0;
            t0 = eg_clock_now();
            if (opts && opts->on_document &&
                (ret = opts->on_document(opts->ctx, &s->doc, &s->t, &s->x, bases, s->prepared, err)) != EG_OK)
                goto cleanup;
            st.write += eg_clock_now() - t0;
            st.prepare += s->prepare;
            st.decode += s->decode;
            st.segment += s->segment;
            st.tag += s->tag;
            st.rules += s->rules;
            st.relations += s->relations;
            st.documents++;
            st.tokens += s->t.ntoks;
            bytes += s->doc.len;
            if (opts && opts->on_progress)
                opts->on_progress(opts->ctx, eg_corpus_ndocs(c), bytes);
        }
        /* keep the slot's buffers for the next document, but not a large document's text */
        eg_doc_release(&s->doc);
        free(s->prepared);
        s->prepared = NULL;
        s->state = SLOT_EMPTY;
        sh.head++;
    }
    st.peak_collected = peak_mb();
    if (opts && opts->on_collected && (ret = opts->on_collected(opts->collected_ctx, c, err)) != EG_OK)
        goto cleanup;
    {
        eg_error warn;
        eg_error_clear(&warn);
        t0 = eg_clock_now();
        ret = eg_corpus_resolve(c, gz, opts ? opts->rules : NULL, &warn);
        st.resolve = eg_clock_now() - t0;
        st.peak_resolved = peak_mb();
        if (ret == EG_ENOTFOUND) {
            if (opts && opts->on_warning)
                opts->on_warning(opts->ctx, &warn);
            ret = EG_OK;
        } else if (ret != EG_OK)
            *err = warn;
    }
cleanup:
    st.bytes = bytes;
    st.wall = eg_clock_now() - tstart;
    if (opts && opts->stats)
        *opts->stats = st;
    if (threads) {
        pthread_mutex_lock(&sh.mu);
        sh.stop = 1;
        pthread_cond_broadcast(&sh.work);
        pthread_mutex_unlock(&sh.mu);
        /* workers finish the slots already handed out, then leave */
        for (i = 0; i < started; i++)
            pthread_join(threads[i], NULL);
    }
    free(threads);
    if (sync_ok) {
        pthread_mutex_destroy(&sh.mu);
        pthread_cond_destroy(&sh.work);
        pthread_cond_destroy(&sh.done);
    }
    if (sh.ring)
        for (i = 0; i < sh.nring; i++) {
            eg_doc_release(&sh.ring[i].doc);
            free(sh.ring[i].prepared);
            eg_text_release(&sh.ring[i].t);
            eg_extraction_release(&sh.ring[i].x);
        }
    free(sh.ring);
    free(bases);
    eg_extractor_free(ex);
    eg_input_free(in);
    return ret;
}
