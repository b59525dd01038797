/* article.h (internal): the Arabic article joined to a surname by a hyphen ("al-" of "al-Haddadin"). */
#ifndef ENTGRAPH_ARTICLE_H
#define ENTGRAPH_ARTICLE_H

#include <stddef.h>
#include <string.h>

/* The length of the article and its hyphen that open the folded word w of n bytes ("al-" of "al-haddadin"), when
 * three letters or more follow; else 0. News uses the rest alone for the person ("Haddadin"). Only the articles no
 * syllable of a hyphenated given name spells ("An-sheng" of "Lin An-sheng" is no article's). */
static inline size_t eg_article_prefix(const char *w, size_t n)
{
    static const char *const articles[] = {"al", "el", "ul", "ud", "ur", "ash", NULL};
    const char *h = n > 4 ? memchr(w + 1, '-', 4) : NULL;
    size_t k;
    if (!h || n - (size_t)(h - w) - 1 < 3)
        return 0;
    for (k = 0; articles[k]; k++)
        if (strlen(articles[k]) == (size_t)(h - w) && !memcmp(w, articles[k], (size_t)(h - w)))
            return (size_t)(h - w) + 1;
    return 0;
}

#endif
