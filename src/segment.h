/* segment.h (internal): sentence segmentation over the tokens of an eg_text (see segment.c). */
#ifndef ENTGRAPH_SEGMENT_H
#define ENTGRAPH_SEGMENT_H

#include "entgraph/text.h"

/* Fill t->sents from t->toks and set the sentence-level token flags. Tokens must already carry their flags. */
eg_status eg_segment_sentences(eg_text *t, eg_error *err);

/* 1 when the folded word (without its period) is an abbreviation that takes a period in English news. */
int eg_segment_is_abbrev(const char *folded, size_t len);
/* Does the folded word w[0..len) almost always open a sentence when capitalised ("The", "He", "In")? */
int eg_segment_is_opener(const char *folded, size_t len);

#endif
