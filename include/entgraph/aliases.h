/* entgraph/aliases.h: the auditable alias table and the user's decisions about it.
 *
 * `entgraph build` writes DIR/aliases.json: every resolved entity with the base entities merged into it (members),
 * each with every surface form seen, its mention count and the documents it came from:
 *
 *   {"entities": [{"id": "person:antony-blinken", "label": "Antony J. Blinken", "type": "person",
 *                  "mentions": 41, "documents": 4,
 *                  "members": [{"id": "person:antony-blinken", "label": "Antony J. Blinken",
 *                               "forms": [{"text": "Blinken", "count": 30, "documents": 4, "docs": ["a.txt", ...]}]},
 *                              {"id": "person:blinken", ...}]}]}
 *
 * A rules file (`--aliases FILE`) takes the user's merge and split decisions, by those ids:
 *
 *   {"merge": [["person:joe-biden", "person:biden"]],   pairs that are one entity
 *    "split": ["person:reyes"],                          members kept out of every automatic merge
 *    "label": {"person:joe-biden": "Joe Biden"}}         display names
 *
 * Every key is optional. */
#ifndef ENTGRAPH_ALIASES_H
#define ENTGRAPH_ALIASES_H

#include "entgraph/corpus.h"
#include "entgraph/error.h"

void eg_alias_rules_init(eg_alias_rules *r);
void eg_alias_rules_release(eg_alias_rules *r);

/* Read a rules file into r (initialised by the caller). Errors name the file and what is wrong. */
eg_status eg_alias_rules_load(eg_alias_rules *r, const char *path, eg_error *err);

/* Write the alias table of a resolved corpus (temporary file renamed into place). */
eg_status eg_corpus_write_aliases(const eg_corpus *c, const char *path, eg_error *err);

#endif
