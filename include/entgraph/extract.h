/* entgraph/extract.h: mentions of persons, organizations, countries and places in one document.
 *
 * eg_extract_document reads an analysed document (entgraph/text.h) and fills an eg_extraction: the mentions, each
 * with its byte span, and the document's entities, mentions of one entity grouped within the document (a bare
 * surname after the full name is the same person; an acronym after "Full Name (ACR)" is the same organization).
 * Spans never include titles, honorifics or a possessive "'s"; a demonym is a mention of its country with form
 * EG_FORM_DEMONYM. Identity across documents is the corpus's business (entgraph/corpus.h). */
#ifndef ENTGRAPH_EXTRACT_H
#define ENTGRAPH_EXTRACT_H

#include <stddef.h>
#include <stdint.h>
#include "entgraph/error.h"
#include "entgraph/gazetteer.h"
#include "entgraph/tagger.h"
#include "entgraph/text.h"

typedef enum {
    EG_TYPE_PERSON = 0,
    EG_TYPE_ORGANIZATION,
    EG_TYPE_COUNTRY,
    EG_TYPE_PLACE,
    EG_NTYPES
} eg_type;

/* "person", "organization", "country", "place". */
const char *eg_type_name(eg_type type);
/* Parses a type name (also "org", "location" is not accepted); returns 0 when unknown. */
int eg_type_parse(const char *name, size_t len, eg_type *type);

enum { EG_FORM_NAME = 0, EG_FORM_DEMONYM = 1 };

typedef struct {
    uint32_t start, end;    /* bytes of the document, end exclusive */
    uint32_t sent;          /* sentence index in the eg_text */
    uint32_t entity;        /* index into eg_extraction.entities */
    uint8_t form;           /* EG_FORM_NAME or EG_FORM_DEMONYM */
    uint8_t titled;         /* a title or honorific stands right before it */
} eg_mention;

typedef struct {
    eg_type type;
    char *name;             /* fullest form seen in the document (owned, valid UTF-8) */
    char *key;              /* identity key within and across documents (owned): see eg_extract_key */
    char cc[3];             /* ISO 3166-1 alpha-2 of a country, or of a place's country; "" when unknown */
    uint32_t nmentions;
} eg_doc_entity;

typedef enum {
    EG_MEET_HELD = 0,
    EG_MEET_PLANNED,
    EG_MEET_POSSIBLE,
    EG_MEET_CANCELLED,
    EG_MEET_REFUSED,
} eg_meeting_status;

typedef enum {
    EG_MODE_UNSTATED = 0,
    EG_MODE_IN_PERSON,
    EG_MODE_CALL,
    EG_MODE_VIRTUAL,
} eg_meeting_mode;

#define EG_MEETING_MAX_PARTS 8

/* A meeting stated in one sentence (see entgraph/meetings.h). Participants are document entity indices; every one
 * met every other ("A and B will meet C and D": six pairs). side[] says which side of the trigger each stood on (A, B
 * on side 0; C, D on side 1); "A met B and C separately" is stated as two meetings, not one. */
typedef struct {
    uint32_t part[EG_MEETING_MAX_PARTS];
    uint8_t side[EG_MEETING_MAX_PARTS];
    uint8_t nparts;
    uint8_t status;         /* eg_meeting_status */
    uint8_t mode;           /* eg_meeting_mode */
    int32_t place;          /* document entity (a place, else a country), or -1 */
    int32_t venue;          /* a building or venue when one is named besides the place, or -1 */
    char date[11];          /* "YYYY-MM-DD", "YYYY-MM", "YYYY" or "" */
    uint32_t sent;          /* the sentence that states it */
    uint32_t start, end;    /* its bytes */
} eg_meeting;

/* "China's Foreign Minister Wang Yi": the person belongs to the organization or country, in a role. */
typedef struct {
    uint32_t person, org;   /* document entity indices */
    uint32_t sent, start, end;
    char role[64];          /* the title as written ("Foreign Minister"), valid UTF-8, or "" */
} eg_affiliation;

const char *eg_meeting_status_name(eg_meeting_status s);   /* "held", "planned", "possible", "cancelled", "refused" */
const char *eg_meeting_mode_name(eg_meeting_mode m);       /* "", "in-person", "call", "virtual" */
/* Held, planned or possible: an encounter. A cancelled or refused one is not ("A declined to meet B"): `extract`
 * lists those under "meetings_not_held" and `build` draws no met link for them. */
int eg_meeting_is_encounter(const eg_meeting *mt);

typedef struct {
    eg_mention *mentions;   /* in document order */
    size_t nmentions, amentions;
    eg_doc_entity *entities;
    size_t nentities, aentities;
    eg_meeting *meetings;   /* filled by eg_meetings_extract */
    size_t nmeetings, ameetings;
    eg_affiliation *affiliations;
    size_t naffiliations, aaffiliations;
} eg_extraction;

void eg_extraction_init(eg_extraction *x);
void eg_extraction_release(eg_extraction *x);
/* Empties x for the next document, keeping its memory. */
void eg_extraction_reset(eg_extraction *x);

typedef struct eg_extractor eg_extractor;

/* gz and tagger are borrowed and must outlive the extractor; tagger may be NULL (rules only). With a tagger,
 * what a gazetteer or a title decides stays, and the tagger decides the rest: span boundaries and types of names
 * the rules only guess at, and names the rules do not see. Caller frees with eg_extractor_free. */
eg_status eg_extractor_new(eg_extractor **out, const eg_gazetteer *gz, const eg_tagger *tagger, eg_error *err);
void eg_extractor_free(eg_extractor *ex);
/* Seconds spent in the tagger by this extractor so far (part of eg_extract_document's time). */
double eg_extractor_tag_seconds(const eg_extractor *ex);

/* Extract from t (analysed with eg_text_analyze) into x, which is reset first. O(tokens). */
eg_status eg_extract_document(eg_extractor *ex, const eg_text *t, eg_extraction *x, eg_error *err);

#endif
