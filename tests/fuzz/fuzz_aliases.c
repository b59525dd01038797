#define _POSIX_C_SOURCE 200809L
/* fuzz_aliases.c: libFuzzer target for the alias rules reader (entgraph/aliases.h), applied to a small corpus. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "entgraph/aliases.h"
#include "entgraph/extract.h"
#include "entgraph/gazetteer.h"

static eg_gazetteer *gz;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    if (eg_gazetteer_load(&gz, NULL, NULL, NULL) != EG_OK)
        abort();
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const char text[] = "Amara Okafor met Li Wen in Geneva. Ms. Okafor and the Coastal Trade Council (CTC) agreed.";
    char path[] = "/tmp/eg-fuzz-aliases-XXXXXX";
    int fd = mkstemp(path);
    eg_alias_rules rules;
    eg_extractor *ex = NULL;
    eg_corpus *c = NULL;
    eg_text t;
    eg_extraction x;
    uint32_t bases[64];
    if (fd < 0)
        return 0;
    if (write(fd, data, size) != (ssize_t)size) {
        close(fd);
        unlink(path);
        return 0;
    }
    close(fd);
    eg_alias_rules_init(&rules);
    eg_text_init(&t);
    eg_extraction_init(&x);
    if (eg_alias_rules_load(&rules, path, NULL) == EG_OK && eg_extractor_new(&ex, gz, NULL, NULL) == EG_OK &&
        eg_corpus_new(&c, NULL) == EG_OK && eg_text_analyze(&t, text, strlen(text), NULL) == EG_OK &&
        eg_extract_document(ex, &t, &x, NULL) == EG_OK && x.nentities <= 64 &&
        eg_corpus_add(c, "a", &t, &x, bases, NULL) == EG_OK)
        eg_corpus_resolve(c, gz, &rules, NULL);
    eg_corpus_free(c);
    eg_extractor_free(ex);
    eg_extraction_release(&x);
    eg_text_release(&t);
    eg_alias_rules_release(&rules);
    unlink(path);
    return 0;
}
