/* fuzz_extract.c: libFuzzer target for the whole extraction of one document from arbitrary bytes: tokens,
 * sentences, rule and tagger extraction, meetings, the corpus, resolution and the graph. */
#include <stdint.h>
#include <stdlib.h>

#include "entgraph/corpus.h"
#include "entgraph/extract.h"
#include "entgraph/gazetteer.h"
#include "entgraph/graph.h"
#include "entgraph/meetings.h"
#include "entgraph/tagger.h"

static eg_gazetteer *gz;
static eg_tagger *tg;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    char *path;
    (void)argc;
    (void)argv;
    if (eg_gazetteer_load(&gz, NULL, NULL, NULL) != EG_OK)
        abort();
    path = eg_tagger_default_path(NULL);
    if (!path || eg_tagger_load(&tg, path, NULL) != EG_OK)
        abort();
    free(path);
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    eg_text t;
    eg_extraction x;
    eg_extractor *ex = NULL;
    eg_corpus *c = NULL;
    eg_graph *g = NULL;
    uint32_t *bases = NULL;
    eg_text_init(&t);
    eg_extraction_init(&x);
    if (eg_extractor_new(&ex, gz, (size & 1) ? tg : NULL, NULL) != EG_OK || eg_corpus_new(&c, NULL) != EG_OK)
        goto cleanup;
    if (eg_text_analyze(&t, (const char *)data, size, NULL) != EG_OK ||
        eg_extract_document(ex, &t, &x, NULL) != EG_OK || eg_meetings_extract(gz, &t, &x, NULL, NULL) != EG_OK)
        goto cleanup;
    bases = malloc((x.nentities + 1) * sizeof *bases);
    if (!bases || eg_corpus_add(c, "fuzz", &t, &x, bases, NULL) != EG_OK ||
        eg_corpus_resolve(c, gz, NULL, NULL) != EG_OK)
        goto cleanup;
    eg_graph_from_corpus(&g, c, NULL, NULL);
cleanup:
    eg_graph_free(g);
    free(bases);
    eg_corpus_free(c);
    eg_extractor_free(ex);
    eg_extraction_release(&x);
    eg_text_release(&t);
    return 0;
}
