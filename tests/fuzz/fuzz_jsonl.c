#define _POSIX_C_SOURCE 200809L
/* fuzz_jsonl.c: libFuzzer target for the JSON Lines document reader (entgraph/input.h). The bytes are written to
 * a temporary file, read back as JSON Lines, and every document is analysed. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "entgraph/input.h"
#include "entgraph/text.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char path[] = "/tmp/eg-fuzz-jsonl-XXXXXX";
    int fd = mkstemp(path), more = 1;
    eg_input *in = NULL;
    eg_input_options opts = {1, 1 << 20};
    eg_doc doc;
    eg_text t;
    if (fd < 0)
        return 0;
    if (write(fd, data, size) != (ssize_t)size) {
        close(fd);
        unlink(path);
        return 0;
    }
    close(fd);
    eg_doc_init(&doc);
    eg_text_init(&t);
    if (eg_input_new(&in, &opts, NULL) == EG_OK && eg_input_add(in, path, NULL) == EG_OK) {
        while (more) {
            if (eg_input_next(in, &doc, &more, NULL) == EG_OK && more)
                eg_text_analyze(&t, doc.text, doc.len, NULL);
        }
    }
    eg_input_free(in);
    eg_doc_release(&doc);
    eg_text_release(&t);
    unlink(path);
    return 0;
}
