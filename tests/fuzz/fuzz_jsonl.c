#define _POSIX_C_SOURCE 200809L
/* fuzz_jsonl.c: libFuzzer target for the JSON Lines document reader (entgraph/input.h). The bytes are written to
 * a temporary file, read back as JSON Lines, and every document is analysed. Each line is also decoded by the
 * fast record decoder and by jansson (jsonrec.h): where the fast one decides, the two must agree, else abort. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "entgraph/input.h"
#include "entgraph/text.h"
#include "jsonrec.h"

static int same_str(const char *a, const char *b)
{
    return (!a && !b) || (a && b && strcmp(a, b) == 0);
}

static void differential(const char *line, size_t len)
{
    eg_jsonrec fast, slow;
    eg_status js = eg_jsonrec_jansson(line, len, &slow, NULL);
    if (eg_jsonrec_fast(line, len, &fast) == 1 &&
        (js != EG_OK || fast.len != slow.len || memcmp(fast.text, slow.text, fast.len) != 0 ||
         !same_str(fast.id, slow.id) || !same_str(fast.date, slow.date) || !same_str(fast.title, slow.title) ||
         !same_str(fast.url, slow.url)))
        abort();
    eg_jsonrec_release(&fast);
    eg_jsonrec_release(&slow);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char path[] = "/tmp/eg-fuzz-jsonl-XXXXXX";
    int fd = mkstemp(path), more = 1;
    eg_input *in = NULL;
    eg_input_options opts = {1, 1 << 20};
    eg_doc doc;
    eg_text t;
    const uint8_t *p = data, *end = data + size;
    while (p < end) {
        const uint8_t *nl = memchr(p, '\n', (size_t)(end - p));
        differential((const char *)p, (size_t)((nl ? nl : end) - p));
        p = nl ? nl + 1 : end;
    }
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
