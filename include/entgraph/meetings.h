/* entgraph/meetings.h: who met whom, where and when; who belongs to what.
 *
 * eg_meetings_extract reads an extracted document (its tokens, mentions and entities) and adds the meetings and
 * affiliations its sentences state to the extraction:
 * - triggers: meet, met, meeting with/between, talks with, held talks, spoke with/to, phoned, called, a call
 *   with, called on, paid a courtesy call on, hosted, received, welcomed, had dinner with, shook hands, a
 *   conversation with, sat down with, visited (a person);
 * - participants: persons on each side of the trigger, coordinated ("A and B will meet C and D": every one met
 *   every other; "briefed A and B separately": two meetings), behind a possessive or title ("China's Foreign Minister Wang Yi"), in apposition ("his counterpart,
 *   Cyril Ramaphosa"), in the passive ("talks were held by A with B"), and a sentence-initial he/she resolved to
 *   the most recent person; organizations or countries only where a side names no person;
 * - status: held, planned ("will meet", "plans to", "is scheduled to"), possible ("whether he will meet"),
 *   cancelled ("the meeting was cancelled", "called off"), refused ("refused to meet", "did not meet"); and the
 *   mode when stated (in person, call, virtual);
 * - place: "in/at PLACE" in the sentence (a venue and its city when both are named), else the dateline for
 *   meetings in person; date: weekdays and dates resolved against the document date when one is known (given, or
 *   the first full date in the text), partial otherwise;
 * - not meetings: "met with criticism", a meeting with nobody named.
 * Affiliations: "China's Foreign Minister Wang Yi", "State Department spokesman Matt Miller", "Kurt Campbell, the
 * top Asia official at the White House", "a spokesman for the Ministry of Energy, Tomas Lindqvist". */
#ifndef ENTGRAPH_MEETINGS_H
#define ENTGRAPH_MEETINGS_H

#include "entgraph/error.h"
#include "entgraph/extract.h"
#include "entgraph/gazetteer.h"
#include "entgraph/text.h"

/* Adds to x->meetings and x->affiliations (x from eg_extract_document on t). doc_date: the document's date as
 * "YYYY-MM-DD" (or a prefix), or NULL to look for one in the text. O(tokens + mentions). */
eg_status eg_meetings_extract(const eg_gazetteer *gz, const eg_text *t, eg_extraction *x, const char *doc_date,
                              eg_error *err);

/* Parse the first full date in t ("June 18, 2023", "18 June 2023", "2023-06-18") into out ("YYYY-MM-DD"); returns 0
 * when there is none. */
int eg_text_find_date(const eg_gazetteer *gz, const eg_text *t, char out[11]);

#endif
