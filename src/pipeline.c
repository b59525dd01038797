/* pipeline.c: the per-document loop (see entgraph/pipeline.h). The text, extraction and id buffers are reused
 * from document to document. */
#include "entgraph/pipeline.h"

#include "entgraph/meetings.h"

#include <stdlib.h>

eg_status eg_pipeline_run(eg_corpus *c, const eg_gazetteer *gz, const char *const *inputs, size_t n,
                          const eg_pipeline_options *opts, size_t *skipped, eg_error *err)
{
    eg_status ret = EG_OK;
    eg_input *in = NULL;
    eg_extractor *ex = NULL;
    eg_text t;
    eg_extraction x;
    eg_doc doc;
    uint32_t *bases = NULL;
    size_t aids = 0, i, bytes = 0;
    int more = 1;
    eg_text_init(&t);
    eg_extraction_init(&x);
    eg_doc_init(&doc);
    *skipped = 0;
    if ((ret = eg_input_new(&in, opts ? &opts->input : NULL, err)) != EG_OK)
        goto cleanup;
    for (i = 0; i < n; i++)
        if ((ret = eg_input_add(in, inputs[i], err)) != EG_OK)
            goto cleanup;
    if ((ret = eg_extractor_new(&ex, gz, err)) != EG_OK)
        goto cleanup;
    while (more) {
        eg_error why;
        eg_error_clear(&why);
        ret = eg_input_next(in, &doc, &more, &why);
        if (ret == EG_ENOMEM) {
            *err = why;
            goto cleanup;
        }
        if (ret != EG_OK) {
            (*skipped)++;
            if (opts && opts->on_skip)
                opts->on_skip(opts->ctx, &why);
            ret = EG_OK;
            continue;
        }
        if (!more)
            break;
        if ((ret = eg_text_analyze(&t, doc.text, doc.len, &why)) != EG_OK) {
            (*skipped)++;
            if (opts && opts->on_skip) {
                eg_error named;
                eg_error_set(&named, why.code, "%s: %s", doc.name, why.msg);
                opts->on_skip(opts->ctx, &named);
            }
            ret = EG_OK;
            continue;
        }
        if ((ret = eg_extract_document(ex, &t, &x, err)) != EG_OK ||
            (ret = eg_meetings_extract(gz, &t, &x, doc.date, err)) != EG_OK)
            goto cleanup;
        if (x.nentities > aids) {
            uint32_t *p = realloc(bases, x.nentities * sizeof *p);
            if (!p) {
                ret = eg_error_set(err, EG_ENOMEM, "out of memory");
                goto cleanup;
            }
            bases = p;
            aids = x.nentities;
        }
        if ((ret = eg_corpus_add(c, doc.name, &t, &x, bases, err)) != EG_OK)
            goto cleanup;
        if (opts && opts->on_document &&
            (ret = opts->on_document(opts->ctx, &doc, &t, &x, bases, err)) != EG_OK)
            goto cleanup;
        bytes += doc.len;
        if (opts && opts->on_progress)
            opts->on_progress(opts->ctx, eg_corpus_ndocs(c), bytes);
    }
    {
        eg_error warn;
        eg_error_clear(&warn);
        ret = eg_corpus_resolve(c, gz, opts ? opts->rules : NULL, &warn);
        if (ret == EG_ENOTFOUND) {
            if (opts && opts->on_warning)
                opts->on_warning(opts->ctx, &warn);
            ret = EG_OK;
        } else if (ret != EG_OK)
            *err = warn;
    }
cleanup:
    free(bases);
    eg_doc_release(&doc);
    eg_text_release(&t);
    eg_extraction_release(&x);
    eg_extractor_free(ex);
    eg_input_free(in);
    return ret;
}
