/* fuzz_escape.c: libFuzzer target for the text that reaches DOT, SVG, XML and JSON: eg_clean_text must return
 * valid UTF-8 without control characters within its bound, and eg_dot_escape must leave no lone backslash. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "dot_build.h"
#include "entgraph/corpus.h"
#include "entgraph/text.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char *clean = eg_clean_text((const char *)data, size, 300), *esc, *z;
    size_t i, n;
    if (!clean)
        return 0;
    n = strlen(clean);
    if (n > 300 + 3 || !eg_utf8_valid(clean, n))
        abort();
    for (i = 0; i < n; i++)
        if ((unsigned char)clean[i] < 0x20)
            abort();
    z = malloc(size + 1);
    if (z) {
        memcpy(z, data, size);
        z[size] = '\0';
        esc = eg_dot_escape(z);
        if (esc) {
            for (i = 0; esc[i]; i++) {
                if (esc[i] == '\\') {
                    if (esc[i + 1] != '\\')
                        abort();
                    i++;
                }
            }
            free(esc);
        }
        free(z);
    }
    free(clean);
    return 0;
}
