/* meetings.c: meetings and affiliations stated in sentences (see entgraph/meetings.h).
 *
 * Works on the document's tokens and mentions: each mention is placed on its token range, each sentence is scanned
 * for trigger words, and the participants are the person mentions grouped on either side of the trigger within the
 * clause. Status, mode, place and date come from the words around the trigger. */
#include "entgraph/meetings.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "strtab.h"

typedef struct {
    const eg_gazetteer *gz;
    const eg_text *t;
    eg_extraction *x;
    uint32_t *mtok_a, *mtok_b;   /* token range of each mention */
    uint64_t *wbits;             /* per token: its M_* lists | M_KNOWN once looked up, else 0; NULL: look up */
    int ref_y, ref_m, ref_d;     /* the document date, 0 when unknown */
    int32_t dateline;            /* entity of the dateline place, or -1 */
    size_t subj;                 /* where the sentence sentence_meetings reads starts its subject (subject_at) */
} ctx;

const char *eg_meeting_status_name(eg_meeting_status s)
{
    static const char *const n[] = {"held", "planned", "possible", "cancelled", "refused"};
    return (unsigned)s < 5 ? n[s] : "held";
}

int eg_meeting_is_encounter(const eg_meeting *mt)
{
    return mt->status != EG_MEET_CANCELLED && mt->status != EG_MEET_REFUSED;
}

const char *eg_meeting_mode_name(eg_meeting_mode m)
{
    static const char *const n[] = {"", "in-person", "call", "virtual"};
    return (unsigned)m < 4 ? n[m] : "";
}

static const char *W(const ctx *c, size_t i)
{
    return eg_text_norm(c->t, i);
}

/* Token i's folded form is w, of n bytes (the length test first). */
static inline int is_n(const ctx *c, size_t i, const char *w, size_t n)
{
    return c->t->toks[i].norm_len == n && memcmp(W(c, i), w, n) == 0;
}

/* is(c, i, "word"): for a literal, whose length the compiler knows whether or not it inlines (a non-literal does
 * not compile: use is_word) */
#define is(c, i, w) is_n((c), (i), "" w, sizeof(w) - 1)

/* Token i's folded form is the string w. */
static int is_word(const ctx *c, size_t i, const char *w)
{
    return is_n(c, i, w, strlen(w));
}

/* Is token i one of the words of the list (NULL-terminated)? */
static int is_in(const ctx *c, size_t i, const char *const *list)
{
    for (; *list; list++)
        if (is_word(c, i, *list))
            return 1;
    return 0;
}

/* ---- word lists ---- */

/* Which lists a folded word is on: one look-up in meeting_words answers every list. */
enum {
    M_JOINER = 1 << 0,      /* may stand between coordinated participants */
    M_BLOCKER = 1 << 1,     /* opens another clause */
    M_SPEAKER = 1 << 2,     /* a speech verb after a person who reports the meeting */
    M_NOMINAL = 1 << 3,     /* a trigger that is a noun */
    M_CANCELLED = 1 << 4,
    M_REFUSED = 1 << 5,
    M_POSSIBLE = 1 << 6,
    M_PLANNED = 1 << 7,
    M_PAST = 1 << 8,
    M_FUTURE = 1 << 9,
    M_SOON = 1 << 10,       /* "next", "tomorrow" after the trigger */
    M_CALL = 1 << 11,
    M_VIRTUAL = 1 << 12,
    M_COURTESY = 1 << 13,
    M_VISIT = 1 << 14,
    M_DET = 1 << 15,        /* "met with the ...": a participant may still follow */
    M_TRIGGER = 1 << 16,    /* the first word of a trigger */
    M_GROUP = 1 << 17,      /* people who speak for a body: "officials of the African Union" */
    M_TRAVEL = 1 << 18,     /* a verb of travel before "to" and a place */
    M_AUDIENCE = 1 << 19,   /* "spoke to reporters": those spoken to are no one named after */
    M_TIME_OPEN = 1 << 20,  /* may open a sentence before its subject: "Later on Tuesday, she met" */
};
#define M_KNOWN ((uint64_t)1 << 63)   /* in ctx.wbits: the token's lists are known */

static const char *const joiner_words[] = {
    "and", ",", "with", "his", "her", "their", "its", "the", "a", "an", "of", "counterpart", "counterparts", "'s",
    "'", "top", "senior", "as", "well", "by", "both", "between", "to", "on", "-", "\"", "(", ")", "diplomat",
    "diplomats", "official", "officials", "leader", "leaders", "envoy", "adviser", "advisor", "minister", "chief",
    "head", "aide", "deputy", "president", "secretary", "ambassador", "foreign", "defense", "defence", "national",
    "security", "prime", "state", "new", "former", "then", "vice", "acting", "assistant", "junior", "under",
    "visiting", "conservative", "liberal", "opposition", "outgoing", "incoming", "ousted", "exiled", "interim",
    "caretaker", "embattled", "ailing", "veteran", "longtime", "moderate", "hardline", "rebel", "militant", "ranking",
    "democrat", "republican", "democrats", "republicans", "country", "regional", "special", NULL};
static const char *const blocker_words[] = {"said", "says", "told", "tells", "when", "while", "after", "before",
                                            "because", "but", "which", "who", "whom", "whose", "where", "although",
                                            "though", "since", "until", "unless", ";", ":", "\"", "according",
                                            "added", "asked", NULL};
static const char *const speaker_words[] = {"said", "says", "told", "added", "announced", "confirmed", "noted", NULL};
static const char *const nominal_words[] = {"meeting", "meetings", "talks", "call", "conversation", "dinner",
                                            "summit", "visit", "courtesy", "session", "sessions", NULL};
static const char *const cancelled_words[] = {"cancelled", "canceled", "cancel", "cancels", "cancellation",
                                              "postponed", "postpone", "scrapped", "off", NULL};
static const char *const refused_words[] = {"refused", "declined", "not", "never", "won't", "didn't", "rejected",
                                            "refuses", "declines", "n't", "rebuffed", "snubbed", "spurned", NULL};
/* the participles that say when and where a meeting was to be: "set for Thursday at the Ministry" */
static const char *const scheduled_words[] = {"set", "scheduled", "planned", "slated", NULL};

static const char *const possible_words[] = {"whether", "may", "might", "could", "possible", "possibly", "if",
                                             "possibility", "considering", NULL};
static const char *const planned_words[] = {"will", "would", "plans", "planned", "plan", "scheduled", "expected",
                                            "set", "upcoming", "next", "to", "'ll", "due", "later", "preparations",
                                            "preparing", "prepare", "prepares", "ahead", "expects", "expect", NULL};
static const char *const past_words[] = {"met", "spoke", "talked", "phoned", "telephoned", "called", "hosted",
                                         "received", "welcomed", "sat", "visited", "shook", "held", "dined", "briefed",
                                         "signed", NULL};
static const char *const future_words[] = {"will", "to", "would", "'ll", "shall", NULL};
static const char *const soon_words[] = {"next", "tomorrow", NULL};
static const char *const call_words[] = {"phone", "phoned", "telephone", "telephoned", "call", "calls", NULL};
static const char *const virtual_words[] = {"video", "virtual", "virtually", "online", "videoconference", NULL};
static const char *const courtesy_words[] = {"courtesy", NULL};
static const char *const visit_words[] = {"visit", "visited", "trip", NULL};
static const char *const travel_words[] = {"travel", "travels", "travelled", "traveled", "travelling", "traveling",
                                           "fly", "flies", "flew", "flying", "head", "heads", "headed", "heading",
                                           NULL};
static const char *const det_words[] = {"the", "a", "an", "his", "her", "their", "its", "top", "senior",
                                        "chinese", "officials", "leaders", "counterparts", "counterpart", NULL};
static const char *const group_words[] = {"officials", "representatives", "managers", "members", "executives",
                                          "leaders", "delegates", "delegation", "delegations", "envoys", "diplomats",
                                          "negotiators", "ministers", "counterparts", "heads", "chiefs", "bosses",
                                          NULL};
static const char *const audience_words[] = {"reporters", "journalists", "correspondents", "newsmen", "press",
                                             "media", "students", "supporters", "crowd", "crowds", "troops",
                                             "soldiers", "residents", "workers", "voters", "audience", "survivors",
                                             "refugees", NULL};
static const char *const time_open_words[] = {"later", "earlier", "separately", "meanwhile", "afterwards", "afterward",
                                              "then", "also", "subsequently", "on", "in", "at", "day", "morning",
                                              "afternoon", "evening", "night", "week", "weekend", "same", "next",
                                              "following", "previous", "last", "this", "that", "late", "early", ",",
                                              NULL};
static eg_wordset meeting_words;
static eg_status meeting_words_status = EG_OK;
static pthread_once_t meeting_words_once = PTHREAD_ONCE_INIT;

/* Is token i on any of the lists in `bits`? */
static int has(const ctx *c, size_t i, uint64_t bits)
{
    uint64_t w;
    if (!c->wbits)
        return (eg_wordset_get(&meeting_words, W(c, i), c->t->toks[i].norm_len) & bits) != 0;
    /* sentences are scanned several times (status, mode, triggers): look each token up once */
    w = c->wbits[i];
    if (!w)
        w = c->wbits[i] = eg_wordset_get(&meeting_words, W(c, i), c->t->toks[i].norm_len) | M_KNOWN;
    return (w & bits) != 0;
}

static int any_before(const ctx *c, size_t from, size_t k, uint64_t bits);
static int is_blocker(const ctx *c, size_t i);

/* ---- dates ---- */

/* Months and weekdays are capitalised: test the flag before the look-up, which most tokens then skip. */
static int month_of(const ctx *c, size_t i)
{
    const eg_gz_entry *e;
    if (!(c->t->toks[i].flags & EG_TOK_CAP))
        return 0;
    e = eg_gazetteer_lookup(c->gz, W(c, i), c->t->toks[i].norm_len);
    if (!e || !(e->kinds & EG_GZ_MONTH))
        return 0;
    return e->number;
}

static int weekday_of(const ctx *c, size_t i)
{
    const eg_gz_entry *e;
    if (!(c->t->toks[i].flags & EG_TOK_CAP))
        return 0;
    e = eg_gazetteer_lookup(c->gz, W(c, i), c->t->toks[i].norm_len);
    if (!e || !(e->kinds & EG_GZ_WEEKDAY))
        return 0;
    return e->number;
}

static int number_at(const ctx *c, size_t i, int lo, int hi)
{
    const char *w = W(c, i);
    char *end;
    long v;
    if (!(c->t->toks[i].flags & EG_TOK_NUM))
        return 0;
    v = strtol(w, &end, 10);
    if ((*end && strcmp(end, "th") && strcmp(end, "st") && strcmp(end, "nd") && strcmp(end, "rd")) || v < lo ||
        v > hi)
        return 0;
    return (int)v;
}

/* A date starting at token i: fills y, m, d (0 when absent); returns the number of tokens used. */
static size_t date_at(const ctx *c, size_t i, size_t end, int *y, int *m, int *d)
{
    int mo, dd, yy;
    *y = *m = *d = 0;
    if ((mo = month_of(c, i)) != 0) {
        /* "June 18, 2023", "June 18", "June 2023" */
        if (i + 1 < end && (dd = number_at(c, i + 1, 1, 31)) != 0) {
            *m = mo;
            *d = dd;
            if (i + 3 < end && is(c, i + 2, ",") && (yy = number_at(c, i + 3, 1900, 2100)) != 0) {
                *y = yy;
                return 4;
            }
            if (i + 2 < end && (yy = number_at(c, i + 2, 1900, 2100)) != 0) {
                *y = yy;
                return 3;
            }
            return 2;
        }
        if (i + 1 < end && (yy = number_at(c, i + 1, 1900, 2100)) != 0) {
            *m = mo;
            *y = yy;
            return 2;
        }
        return 0;
    }
    /* "18 June 2023" */
    if ((dd = number_at(c, i, 1, 31)) != 0 && i + 1 < end && (mo = month_of(c, i + 1)) != 0) {
        *d = dd;
        *m = mo;
        if (i + 2 < end && (yy = number_at(c, i + 2, 1900, 2100)) != 0) {
            *y = yy;
            return 3;
        }
        return 2;
    }
    /* "2023-06-18" is one token */
    if (c->t->toks[i].flags & EG_TOK_NUM) {
        const char *w = W(c, i);
        if (strlen(w) == 10 && w[4] == '-' && w[7] == '-' && sscanf(w, "%4d-%2d-%2d", &yy, &mo, &dd) == 3 &&
            yy >= 1900 && mo >= 1 && mo <= 12 && dd >= 1 && dd <= 31) {
            *y = yy;
            *m = mo;
            *d = dd;
            return 1;
        }
    }
    return 0;
}

int eg_text_find_date(const eg_gazetteer *gz, const eg_text *t, char out[11])
{
    ctx c;
    size_t i;
    memset(&c, 0, sizeof c);
    c.gz = gz;
    c.t = t;
    for (i = 0; i < t->ntoks; i++) {
        int y, m, d;
        if (date_at(&c, i, t->ntoks, &y, &m, &d) && y && m && d) {
            snprintf(out, 11, "%04d-%02d-%02d", y, m, d);
            return 1;
        }
    }
    return 0;
}

/* Days from 1970-01-01 (proleptic Gregorian), and back. */
static long days_from_civil(int y, int m, int d)
{
    long era;
    unsigned yoe, doy, doe;
    y -= m <= 2;
    era = (y >= 0 ? y : y - 399) / 400;
    yoe = (unsigned)(y - era * 400);
    doy = (unsigned)((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1);
    doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + (long)doe - 719468;
}

static void civil_from_days(long z, int *y, int *m, int *d)
{
    long era;
    unsigned doe, yoe, doy, mp;
    z += 719468;
    era = (z >= 0 ? z : z - 146096) / 146097;
    doe = (unsigned)(z - era * 146097);
    yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    *y = (int)yoe + (int)(era * 400);
    doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    mp = (5 * doy + 2) / 153;
    *d = (int)(doy - (153 * mp + 2) / 5 + 1);
    *m = (int)(mp < 10 ? mp + 3 : mp - 9);
    *y += *m <= 2;
}

/* The date a sentence gives for a meeting, resolved against the document date; "" when none. */
static void sentence_date(const ctx *c, const eg_sentence *s, int planned, char out[11])
{
    size_t i;
    out[0] = '\0';
    for (i = s->tok_begin; i < s->tok_end; i++) {
        int y, m, d, wd;
        size_t n = date_at(c, i, s->tok_end, &y, &m, &d);
        if (n) {
            if (!y && c->ref_y)
                y = c->ref_y;
            if (y && m && d)
                snprintf(out, 11, "%04d-%02d-%02d", y, m, d);
            else if (y && m)
                snprintf(out, 11, "%04d-%02d", y, m);
            else
                continue;
            return;
        }
        if ((wd = weekday_of(c, i)) != 0 && c->ref_y) {
            /* the weekday nearest the document date: the past one for what was held, the next one for plans */
            long ref = days_from_civil(c->ref_y, c->ref_m, c->ref_d), day;
            int ref_wd = (int)(((ref % 7) + 7 + 3) % 7) + 1;   /* 1970-01-01 was a Thursday (4) */
            int diff = wd - ref_wd;
            int next = (i > s->tok_begin && is(c, i - 1, "next")) || planned;
            int last = i > s->tok_begin && is(c, i - 1, "last");
            if (next && !last)
                day = ref + (diff > 0 ? diff : diff + 7);
            else
                day = ref + (diff <= 0 ? diff : diff - 7);
            civil_from_days(day, &y, &m, &d);
            snprintf(out, 11, "%04d-%02d-%02d", (y % 10000 + 10000) % 10000, (m % 13 + 13) % 13, (d % 32 + 32) % 32);
            return;
        }
        if (c->ref_y && i + 1 < s->tok_end && is(c, i + 1, "month") && (is(c, i, "last") || is(c, i, "next"))) {
            int mm = c->ref_m + (is(c, i, "last") ? -1 : 1), yy = c->ref_y;
            if (mm == 0) {
                mm = 12;
                yy--;
            } else if (mm == 13) {
                mm = 1;
                yy++;
            }
            snprintf(out, 11, "%04d-%02d", yy % 10000, mm % 100);
            return;
        }
    }
}

/* ---- mentions and participants ---- */

static int mention_type(const ctx *c, size_t m)
{
    return (int)c->x->entities[c->x->mentions[m].entity].type;
}

/* Mentions of sentence s: [*lo, *hi) (mentions are in document order). */
static void sentence_mentions(const ctx *c, uint32_t s, size_t *lo, size_t *hi)
{
    size_t a = 0, b = c->x->nmentions;
    while (a < b) {
        size_t mid = (a + b) / 2;
        if (c->x->mentions[mid].sent < s)
            a = mid + 1;
        else
            b = mid;
    }
    *lo = a;
    while (a < c->x->nmentions && c->x->mentions[a].sent == s)
        a++;
    *hi = a;
}

/* Does one of the sentence's mentions [lo, hi) that starts in tokens [from, to) name a person? */
static int person_in(const ctx *c, size_t lo, size_t hi, size_t from, size_t to)
{
    size_t m;
    for (m = lo; m < hi && c->mtok_a[m] < to; m++)
        if (c->mtok_a[m] >= from && mention_type(c, m) == EG_TYPE_PERSON)
            return 1;
    return 0;
}

/* ", and B is due to meet C": where, among tokens [from, end), a clause of another meeting starts, with a person
 * after ", and" and a meeting's word a few words on; end when none does ("A and B spoke by video call on Tuesday,
 * and C is due to meet A next week": C is nobody A and B spoke with). */
static size_t next_meeting_clause(const ctx *c, size_t lo, size_t hi, size_t from, size_t end)
{
    size_t j, m = lo, q;
    for (j = from; j + 2 < end; j++) {
        if (!is(c, j, ",") || !is(c, j + 1, "and"))
            continue;
        while (m < hi && c->mtok_a[m] < j + 2)
            m++;
        if (m >= hi || c->mtok_a[m] != j + 2 || mention_type(c, m) != EG_TYPE_PERSON)
            continue;
        for (q = c->mtok_b[m]; q < end && q < c->mtok_b[m] + 6 && !is(c, q, ","); q++)
            if (has(c, q, M_TRIGGER))
                return j;
    }
    return end;
}

typedef struct {
    uint32_t ent[EG_MEETING_MAX_PARTS];
    size_t n;
    size_t with_at;     /* index in ent where a "with" group starts, or 0 */
    size_t first_at;    /* right_group: the token where the first of them is named */
} group;

static int in_group(const group *g, uint32_t e)
{
    size_t i;
    for (i = 0; i < g->n; i++)
        if (g->ent[i] == e)
            return 1;
    return 0;
}

static void group_add(group *g, uint32_t e)
{
    if (in_group(g, e))
        return;
    if (g->n < EG_MEETING_MAX_PARTS)
        g->ent[g->n++] = e;
}

/* Words that may stand between two coordinated participants or between a trigger and a participant. */
static int is_joiner(const ctx *c, size_t i)
{
    const eg_gz_entry *e;
    if (has(c, i, M_JOINER))
        return 1;
    e = eg_gazetteer_lookup(c->gz, W(c, i), c->t->toks[i].norm_len);
    if (e && (e->kinds & (EG_GZ_TITLE | EG_GZ_HONORIFIC | EG_GZ_DEMONYM)))
        return 1;
    /* a word of a two-word honorific ("Tan Sri", "Puan Sri") */
    return (c->t->toks[i].flags & EG_TOK_CAP) &&
           ((i + 1 < c->t->ntoks && eg_gazetteer_match(c->gz, c->t, i, i + 2, EG_GZ_HONORIFIC, NULL) == 2) ||
            (i > 0 && eg_gazetteer_match(c->gz, c->t, i - 1, i + 1, EG_GZ_HONORIFIC, NULL) == 2));
}

/* Do the capitalised words from i (joined by "and", "&" or commas) end at "Minister" or "Secretary" before b? */
static int portfolio_before(const ctx *c, size_t i, size_t b)
{
    size_t j;
    for (j = i + 1; j < b && j <= i + 8; j++) {
        if (is(c, j, "minister") || is(c, j, "secretary"))
            return 1;
        /* "New Zealand's Pacific envoy X": what a title in small letters is for, just before it */
        if (j == i + 1 && !(c->t->toks[j].flags & EG_TOK_CAP) &&
            eg_gazetteer_match(c->gz, c->t, j, b, EG_GZ_TITLE, NULL))
            return 1;
        if (!(c->t->toks[j].flags & EG_TOK_CAP) && !is(c, j, "and") && !is(c, j, "&") && !is(c, j, ","))
            return 0;
    }
    return 0;
}

/* Token i is a compound of a name and a participle: "Taliban-appointed", "Kremlin-backed", "army-installed". */
static int participle_compound(const ctx *c, size_t i)
{
    static const char *const parts[] = {"-appointed", "-backed", "-installed", "-allied", "-aligned", "-led",
                                        "-nominated", NULL};
    const char *w = W(c, i);
    size_t n = c->t->toks[i].norm_len, k, l;
    for (k = 0; parts[k]; k++) {
        l = strlen(parts[k]);
        if (n > l + 1 && memcmp(w + n - l, parts[k], l) == 0)
            return 1;
    }
    return 0;
}

/* Does token i end in "ing" or "ed", as a verb's forms do? */
static int verb_form(const ctx *c, size_t i)
{
    size_t n = c->t->toks[i].norm_len;
    const char *w = W(c, i);
    return (n > 4 && !memcmp(w + n - 3, "ing", 3)) || (n > 3 && !memcmp(w + n - 2, "ed", 2));
}

static int tokens_between_ok(const ctx *c, size_t a, size_t b, size_t maxgap)
{
    size_t i, L;
    int titled = 0, of_title = 0, after_for = 0;
    if (b < a || b - a > maxgap)
        return 0;
    for (i = a; i < b; i++) {
        const eg_gz_entry *e = eg_gazetteer_lookup(c->gz, W(c, i), c->t->toks[i].norm_len);
        /* what a title is of: "Vice Minister of Natural Resources Dr. Zhou Wenbo", "of Energy and Mines" */
        if (of_title && (c->t->toks[i].flags & EG_TOK_CAP))
            continue;
        /* "the special envoy of the European Union (EU) for regional energy, X": a body's acronym in brackets, a
         * few words in small letters of what the title is for */
        if ((of_title || i == a) && is(c, i, "(") && i + 2 < b && (c->t->toks[i + 1].flags & EG_TOK_ALLCAPS) &&
            is(c, i + 2, ")")) {
            of_title = titled = 1;   /* (from just after the body's name, when asked from there) */
            i += 2;
            continue;
        }
        if (i == a && is(c, i, ")") && i >= 2 && is(c, i - 2, "(") && (c->t->toks[i - 1].flags & EG_TOK_ALLCAPS)) {
            of_title = titled = 1;   /* (from just after the acronym) */
            continue;
        }
        if (after_for && after_for <= 3 && (c->t->toks[i].flags & (EG_TOK_WORD | EG_TOK_NUM)) == EG_TOK_WORD &&
            !has(c, i, M_BLOCKER | M_TRIGGER)) {
            after_for++;
            continue;
        }
        after_for = 0;
        of_title = (titled && (is(c, i, "of") || is(c, i, "for") || is(c, i, "in"))) ||
                   (of_title && (is(c, i, "and") || is(c, i, "&") || is(c, i, ",") ||
                                 (is(c, i, "the") && is(c, i - 1, "of"))));   /* "the chief of the Royal Court" */
        if (of_title && is(c, i, "the"))
            continue;
        if (of_title && (is(c, i, "in") || is(c, i, "for"))) {
            after_for = is(c, i, "for");
            continue;   /* "India's High Commissioner in Dhaka, Vikram S. Rathore", "Commissioner for Peace, X" */
        }
        if (of_title && (is(c, i, "province") || is(c, i, "region") || is(c, i, "state") || is(c, i, "district")))
            continue;   /* "his counterpart in Afghanistan's Nimruz province, X" */
        /* "Nangarhar's Taliban-appointed governor, Maulvi X": a body and a participle before a title, an honorific
         * before the name */
        if (participle_compound(c, i) || (e && (e->kinds & EG_GZ_HONORIFIC)))
            continue;
        /* an honorific of several words: "Dato Seri Setia Awang" */
        if ((L = eg_gazetteer_match(c->gz, c->t, i, b, EG_GZ_HONORIFIC, NULL)) > 1) {
            i += L - 1;
            continue;
        }
        /* a title written over several words ("national security adviser", "Chief Executive"), whole */
        if ((L = eg_gazetteer_match(c->gz, c->t, i, b, EG_GZ_TITLE, NULL)) != 0 || (e && (e->kinds & EG_GZ_TITLE))) {
            titled = 1;
            i += L ? L - 1 : 0;
            continue;
        }
        /* "the German crane maker's chief executive, X": whose title it is, in small words (from the gap's start
         * too, after the people's name) */
        if ((is(c, i, "the") || (i == a && !(c->t->toks[i].flags & EG_TOK_CAP))) && !titled) {
            size_t j;
            for (j = i + 1; j < b && j < i + 6 && (c->t->toks[j].flags & EG_TOK_WORD) && !is_blocker(c, j) &&
                            !has(c, j, M_TRIGGER);
                 j++)
                ;
            if (j > i + 1 && j + 1 < b && (c->t->toks[j].flags & EG_TOK_POSS) &&
                eg_gazetteer_match(c->gz, c->t, j + 1, b, EG_GZ_TITLE, NULL)) {
                i = j;
                continue;
            }
        }
        if (is_joiner(c, i) || (c->t->toks[i].flags & EG_TOK_POSS))
            continue;
        /* a country's or a body's possessive before a title: "received Myanmar's Foreign Minister U X", "Sierra
         * Leone's" */
        if (i + 1 < b && (c->t->toks[i].flags & EG_TOK_CAP) &&
            (L = eg_gazetteer_match(c->gz, c->t, i, b, EG_GZ_COUNTRY | EG_GZ_CITY | EG_GZ_ORG, NULL)) != 0 &&
            i + L < b && (c->t->toks[i + L].flags & EG_TOK_POSS)) {
            i += L;
            continue;
        }
        /* a minister's portfolio: "Cabinet Minister", "Water Resources Minister", "Natural Resources and
         * Environmental Sustainability Minister" */
        if ((c->t->toks[i].flags & EG_TOK_CAP) && portfolio_before(c, i, b))
            continue;
        /* a lawmaker's party and state: "Sen. Daniel Okafor, D-N.Y., and Sen. Carl Whitfield", "(R-Ohio)" */
        if (i + 2 < c->t->ntoks && i + 1 < b && (is(c, i, "d") || is(c, i, "r") || is(c, i, "i")) &&
            is(c, i + 1, "-") && (c->t->toks[i + 2].flags & EG_TOK_CAP)) {
            i += 2;
            continue;
        }
        if ((is(c, i, "(") && i + 2 < c->t->ntoks && (is(c, i + 1, "d") || is(c, i + 1, "r") || is(c, i + 1, "i")) &&
             is(c, i + 2, "-")) ||
            (is(c, i, ")") && i >= 3 && is(c, i - 2, "-") &&
             (is(c, i - 3, "d") || is(c, i - 3, "r") || is(c, i - 3, "i"))))
            continue;
        /* an adjective in small letters before a title: "received by royal adviser X", "parliamentary speaker
         * X" (not a verb's form: "quotes Ms. A as telling President X") */
        if (i + 1 < b && (c->t->toks[i].flags & (EG_TOK_WORD | EG_TOK_CAP | EG_TOK_NUM)) == EG_TOK_WORD &&
            !has(c, i, M_BLOCKER | M_TRIGGER) && !verb_form(c, i) &&
            eg_gazetteer_match(c->gz, c->t, i + 1, b, EG_GZ_TITLE, NULL))
            continue;
        return 0;
    }
    return 1;
}

/* Words that open another clause: a participant is not looked for across them. */
static int is_blocker(const ctx *c, size_t i)
{
    if (!has(c, i, M_BLOCKER))
        return 0;
    /* not a word of a name: "Marwan bin Faisal Al Said" */
    if (i > 0 && (c->t->toks[i].flags & EG_TOK_CAP) && (c->t->toks[i].flags & EG_TOK_WORD) &&
        !(c->t->toks[i].flags & EG_TOK_SENT_START) && (c->t->toks[i - 1].flags & EG_TOK_CAP) &&
        (c->t->toks[i - 1].flags & EG_TOK_WORD))
        return 0;
    /* not the quotes of a nickname inside a name: 'Teodoro M. "Teddy" Dimaculangan' */
    return !(is(c, i, "\"") && i > 0 && i + 1 < c->t->ntoks &&
             (c->t->toks[i - 1].flags & (EG_TOK_CAP | EG_TOK_INITIAL)) && (c->t->toks[i + 1].flags & EG_TOK_CAP) &&
             (c->t->toks[i - 1].flags & EG_TOK_WORD) && (c->t->toks[i + 1].flags & EG_TOK_WORD));
}

static int span_has_blocker(const ctx *c, size_t a, size_t b)
{
    size_t i;
    for (i = a; i < b; i++)
        if (is_blocker(c, i))
            return 1;
    return 0;
}

/* A person mention that modifies a noun is not a participant: "President Biden's national security adviser",
 * "the Biden administration". */
static int is_possessive(const ctx *c, size_t m)
{
    size_t a = c->mtok_a[m], b = c->mtok_b[m];
    if (b < c->t->ntoks && (c->t->toks[b].flags & EG_TOK_POSS))
        return 1;
    return a > 0 && is(c, a - 1, "the") && b < c->t->ntoks && (c->t->toks[b].flags & EG_TOK_WORD) &&
           !(c->t->toks[b].flags & EG_TOK_CAP);
}

/* A person followed by a speech verb reports the meeting: "..., Jen Psaki said". */
static int is_speaker(const ctx *c, size_t m)
{
    size_t b = c->mtok_b[m];
    return b < c->t->ntoks && has(c, b, M_SPEAKER);
}

#define REACH 12   /* tokens between a trigger and its first participant, at most */

static int past_participle(const ctx *c, size_t i);

/* A relative "that" and its verb among tokens [from, to): "met with a delegation that delivered a message from X"
 * (not "that evening", "that state's governor"). */
static int relative_that_in(const ctx *c, size_t from, size_t to)
{
    size_t i;
    for (i = from; i + 1 < to; i++)
        if (is(c, i, "that") && (past_participle(c, i + 1) || is(c, i + 1, "has") || is(c, i + 1, "had") ||
                                 is(c, i + 1, "is") || is(c, i + 1, "was") || is(c, i + 1, "were") ||
                                 is(c, i + 1, "will") || is(c, i + 1, "would")))
            return 1;
    return 0;
}

/* Participants after the trigger ending at token k: the first person within reach in the same clause, then the
 * persons coordinated with it by "and", commas and titles (a possessive country or organization may stand
 * between: "China's Foreign Minister Wang Yi"). */
/* The first person's mention among lo..hi, or hi. */
static size_t first_person(const ctx *c, size_t lo, size_t hi)
{
    while (lo < hi && mention_type(c, lo) != EG_TYPE_PERSON)
        lo++;
    return lo;
}

/* Are tokens [a, b) only "at", "in" and the small words of a list, before a place or a body? */
static int where_between(const ctx *c, size_t a, size_t b)
{
    size_t i;
    for (i = a; i < b; i++)
        if (!is(c, i, "at") && !is(c, i, "in") && !is_joiner(c, i))
            return 0;
    return b > a && b - a <= 4;
}

/* Is the person whose mention starts at token a someone whose kin or people were met, or one dead ("the son of
 * slain Russian journalist X", "relatives of X", "the late X")? Looks back a few words, not across a list. */
static int kin_of_before(const ctx *c, size_t a)
{
    static const char *const kin[] = {"son", "sons", "daughter", "daughters", "wife", "widow", "widower", "husband",
                                      "family", "families", "relatives", "mother", "father", "brother", "sister",
                                      "children", "parents", "editors", "lawyers", "lawyer", NULL};
    size_t i, j;
    for (i = a; i-- > 0 && i + 6 >= a;) {
        if (is(c, i, ",") || is(c, i, "and") || is(c, i, "with") || is_blocker(c, i))
            return 0;
        if (is(c, i, "slain") || is(c, i, "late") || is(c, i, "murdered") || is(c, i, "assassinated"))
            return 1;
        if (is(c, i, "of")) {
            for (j = 0; i > 0 && kin[j]; j++)
                if (is_word(c, i - 1, kin[j]))
                    return 1;
            return 0;
        }
    }
    return 0;
}

/* The ", and" between tokens from and a after which only a title stands before the person at a ("..., and B",
 * "..., and the military governor of North Kivu, Lieutenant-General B"): the "and", or 0. */
static size_t and_before_titled(const ctx *c, size_t from, size_t a)
{
    size_t p;
    if (a >= 2 && is(c, a - 1, "and") && is(c, a - 2, ","))
        return a - 1;
    for (p = a; p-- > from + 1 && p + 12 > a;) {
        size_t q = p + 2;
        if (!is(c, p, "and") || !is(c, p - 1, ",") || !is(c, p + 1, "the"))
            continue;
        /* (an adjective before the title: "the military governor") */
        if (q + 1 < a && (c->t->toks[q].flags & EG_TOK_WORD) && !(c->t->toks[q].flags & EG_TOK_CAP) &&
            !is_blocker(c, q))
            q++;
        if (tokens_between_ok(c, q, a, 10))
            return p;
    }
    return 0;
}

/* Does ", and" open another clause among tokens [from, to), before the first person after a trigger ("A and B
 * spoke by video call on Monday, and C is due to meet D")? Not ", and with": "met officials, and with X". */
static int and_clause_in(const ctx *c, size_t from, size_t to)
{
    size_t i;
    for (i = from; i + 2 < to; i++)
        if (is(c, i, ",") && is(c, i + 1, "and") && !is(c, i + 2, "with"))
            return 1;
    return 0;
}

static void right_group(const ctx *c, size_t lo, size_t hi, size_t k, size_t end, group *g)
{
    size_t m, prev_end = k, person_end = k;   /* where the latest mention and the latest person end */
    memset(g, 0, sizeof *g);
    for (m = lo; m < hi; m++) {
        size_t a = c->mtok_a[m];
        int type = mention_type(c, m);
        if (a < k)
            continue;
        if (c->mtok_b[m] > end)
            break;
        if (type != EG_TYPE_PERSON) {
            if (g->n == 0) {
                /* (a body or a country before the first person, with nothing but titles before it: see below;
                 * or where it was: "held a joint meeting at Villa Somalia in Mogadishu with the African Union (AU)
                 * special envoy for the Horn of Africa, X": farther than the reach when so chained) */
                int chained = tokens_between_ok(c, prev_end, a, REACH) || where_between(c, prev_end, a);
                if ((a - k > REACH && !(chained && a - k <= 2 * REACH)) || span_has_blocker(c, k, a))
                    break;
                if (chained)
                    prev_end = c->mtok_b[m];
                continue;
            }
            /* a country or organization before a person ("China's Foreign Minister Wang Yi") is not a side */
            if (c->mtok_b[m] <= prev_end || tokens_between_ok(c, prev_end, a, 8)) {
                prev_end = c->mtok_b[m];
                continue;
            }
            /* "with A, chief executive of Bangkok shipbuilder Siam Maritime Engineering PCL, and B": past the
             * appositive set off after the last one named, to the one after its ", and" */
            {
                size_t m2 = m + 1;
                while (m2 < hi && mention_type(c, m2) != EG_TYPE_PERSON)
                    m2++;
                size_t p = m2 < hi ? and_before_titled(c, person_end, c->mtok_a[m2]) : 0;
                if (m2 < hi && c->mtok_b[m2] <= end && is(c, person_end, ",") && c->mtok_a[m2] >= person_end + 4 &&
                    c->mtok_a[m2] <= person_end + 26 && p && p <= person_end + 18 &&
                    !span_has_blocker(c, person_end, c->mtok_a[m2])) {
                    prev_end = c->mtok_a[m2];
                    m = m2 - 1;
                    continue;
                }
            }
            break;
        }
        if (g->n == 0) {
            /* (farther when only titles stand between, after any body or country: "with her counterpart, Natural
             * Resources and Environmental Sustainability Minister Tan Sri X", "by the African Union's Commissioner
             * for Political Affairs, Peace and Security, X"; or right after "between": "a meeting ... in Kerema, the
             * capital of Gulf Province, between A and B") */
            if ((a - k > REACH && !tokens_between_ok(c, prev_end, a, 2 * REACH) &&
                 !(a - k <= 2 * REACH && is(c, a - 1, "between"))) || span_has_blocker(c, k, a) ||
                any_before(c, k, a, M_AUDIENCE) || relative_that_in(c, k, a) || and_clause_in(c, k, a))
                break;   /* ("spoke to reporters aboard the plane as she accompanied President X") */
            if (is_possessive(c, m))
                continue;   /* "met with Mr. X's mourners", "met with Ms. X's widower, President Y" */
            if (kin_of_before(c, a))
                continue;   /* "met the son of slain journalist X" */
            g->first_at = a;
        } else if (!tokens_between_ok(c, prev_end, a, 10) || is_speaker(c, m))
            break;   /* "..., White House press secretary Jen Psaki said": the speaker is not a participant */
        else if (is_possessive(c, m) || kin_of_before(c, a)) {
            prev_end = c->mtok_b[m];   /* "with A, B's deputy, and C": B is not met */
            continue;
        }
        if (g->n && !g->with_at) {
            size_t i;
            for (i = prev_end; i < a; i++)
                if (is(c, i, "with"))
                    g->with_at = g->n;
        }
        group_add(g, c->x->mentions[m].entity);
        prev_end = person_end = c->mtok_b[m];
    }
}

/* Organizations after the trigger ending at token k when no person is named there: those whose people it names
 * ("held talks with officials of the African Union Commission", "with representatives of the European Union and
 * the African Development Bank", "welcomed Hamas negotiators"); a country's possessive before one is not a
 * participant. "Chinese officials" name no body one could check an edge against: no participant. */
static void right_bodies(const ctx *c, size_t lo, size_t hi, size_t k, size_t end, group *g)
{
    size_t i, m, prev_end;
    memset(g, 0, sizeof *g);
    for (i = k; i < end && i < k + 6 && !has(c, i, M_GROUP); i++)
        if (is_blocker(c, i))
            return;
    if (i >= end || i >= k + 6)
        return;
    /* "welcomed Hamas negotiators", "met European Union officials": a body named right before its people */
    for (m = lo; m < hi; m++)
        if (c->mtok_b[m] == i && mention_type(c, m) == EG_TYPE_ORGANIZATION && c->mtok_a[m] >= k) {
            size_t j;
            for (j = k; j < c->mtok_a[m] && (is(c, j, "the") || has(c, j, M_DET)); j++)
                ;
            if (j == c->mtok_a[m])
                group_add(g, c->x->mentions[m].entity);
            return;
        }
    /* "officials of [the] X [and [the] Y]", "officials from X" */
    if (i + 1 >= end || !(is(c, i + 1, "of") || is(c, i + 1, "from")))
        return;
    prev_end = i + 2;
    for (m = lo; m < hi; m++) {
        size_t a = c->mtok_a[m];
        int type = mention_type(c, m);
        if (a < prev_end)
            continue;
        if (a - prev_end > 2 || (type != EG_TYPE_ORGANIZATION && type != EG_TYPE_COUNTRY) ||
            c->x->mentions[m].form == EG_FORM_DEMONYM)
            break;
        if (type == EG_TYPE_COUNTRY && !(c->mtok_b[m] < end && (c->t->toks[c->mtok_b[m]].flags & EG_TOK_POSS)))
            break;
        for (i = prev_end; i < a; i++)
            if (!is(c, i, "the") && !is(c, i, "and") && !is(c, i, ","))
                break;
        if (i < a)
            break;
        prev_end = c->mtok_b[m];
        /* "India's Ministry of Ports": the ministry is the body */
        if (prev_end < end && (c->t->toks[prev_end].flags & EG_TOK_POSS)) {
            prev_end++;
            continue;
        }
        group_add(g, c->x->mentions[m].entity);
    }
}

static int is_nominal(const ctx *c, size_t k);

/* In a list of persons before a trigger, each set off by an appositive ("Adm. A, the navy chief of staff, Rear Adm.
 * B, Commander of the Fleet, and Air Marshal C held talks"): the mention of the person before the one whose mention
 * starts at token next, when only an appositive (no clause, no quote, no person; or a relative clause with no
 * meeting of its own before ", and") and a list's comma or ", and" stand between; else hi. */
static size_t listed_before_appositive(const ctx *c, size_t lo, size_t hi, size_t m0, size_t next)
{
    size_t m, q, i, b;
    for (m = m0 + 1; m-- > lo;)
        if (mention_type(c, m) == EG_TYPE_PERSON && c->mtok_b[m] < next)
            break;
    if (m + 1 == lo || m >= hi || mention_type(c, m) != EG_TYPE_PERSON)
        return hi;
    b = c->mtok_b[m];
    if (b + 3 >= next || next - b > 20 || !is(c, b, ",") || is_possessive(c, m))
        return hi;
    for (q = next; q-- > b && !is(c, q, ",");)
        ;
    if (q <= b + 1 || !tokens_between_ok(c, q + 1, next, 6))
        return hi;
    /* (or a clause on the person: "A, who chaired the forum, and B, who stayed in Jakarta, spoke by video call") */
    int clause = is(c, b + 1, "who") && is(c, q + 1, "and");
    for (i = b + 1 + clause; i < q; i++)
        if (is_blocker(c, i) || is(c, i, "\"") || is(c, i, ",") ||
            (has(c, i, M_TRIGGER) && !(clause && is_nominal(c, i))))   /* (in the clause: "chaired the session") */
            return hi;
    return m;
}

/* Participants before the trigger starting at token k: the nearest person within reach in the same clause (not one
 * that only modifies a noun, unless the trigger is a noun right after it: "Biden's meeting with Xi"), then the
 * persons coordinated with it. */
static void left_group(const ctx *c, size_t lo, size_t hi, size_t k, int nominal, group *g)
{
    size_t m, next_start = k, person_start = k;   /* where the latest mention and the latest person start */
    uint32_t tmp[EG_MEETING_MAX_PARTS];
    size_t n = 0, i;
    memset(g, 0, sizeof *g);
    for (m = hi; m-- > lo;) {
        size_t b = c->mtok_b[m];
        int type = mention_type(c, m);
        if (b > k)
            continue;
        if (type != EG_TYPE_PERSON) {
            /* (a title's portfolio may list several words: "Namibia's Minister of Agriculture, Water and Land
             * Reform, B") */
            if (c->mtok_b[m] <= next_start && tokens_between_ok(c, b, next_start, 12)) {
                next_start = c->mtok_a[m];
                continue;
            }
            if (!n)
                continue;
            /* ("A, a vice president of the Almaty-based Eurasian Development Bank, and B signed") */
            if ((m = listed_before_appositive(c, lo, hi, m, person_start)) == hi)
                break;
        } else if (n && !tokens_between_ok(c, b, next_start, 8) &&
                   (m = listed_before_appositive(c, lo, hi, m, person_start)) == hi)
            break;
        if (!n) {
            if (k - b > REACH || span_has_blocker(c, b, k))
                break;
            if (is_possessive(c, m) && !(nominal && b + 2 >= k))
                continue;
        }
        if (n < EG_MEETING_MAX_PARTS)
            tmp[n++] = c->x->mentions[m].entity;
        next_start = person_start = c->mtok_a[m];
    }
    for (i = n; i-- > 0;)
        group_add(g, tmp[i]);
}

/* ---- triggers ---- */

typedef struct {
    const char *w1, *w2;   /* words; w2 may be NULL */
    uint8_t mode;          /* eg_meeting_mode implied */
    uint8_t needs_object;  /* the trigger takes a person as object ("hosted", "visited"); 2: a person only, never a
                            * body ("briefed the Security Council" is a statement, not a meeting); 3: a document
                            * signed together ("A and B signed the agreement", "A signed a memorandum with B") */
} trigger;

static const trigger triggers[] = {
    {"meet", NULL, 0, 0},        {"meets", NULL, 0, 0},        {"met", NULL, 0, 0},
    {"meeting", NULL, 0, 0},     {"meetings", NULL, 0, 0},     {"talks", NULL, 0, 0},
    {"spoke", "with", 0, 1},     {"spoke", "to", 0, 1},        {"speak", "with", 0, 1},
    {"speak", "to", 0, 1},       {"spoken", "with", 0, 1},     {"spoken", "to", 0, 1},
    {"spoke", "by", 2, 0},       {"talked", "with", 0, 1},     {"talked", "to", 0, 1},
    {"speak", "by", 2, 0},       {"speaks", "by", 2, 0},       {"speaking", "by", 2, 0},
    {"spoken", "by", 2, 0},      {"talked", "by", 2, 0},
    {"speaks", "with", 0, 1},    {"speaking", "with", 0, 1},   {"speaks", "to", 0, 1},
    {"phoned", NULL, 2, 1},      {"telephoned", NULL, 2, 1},   {"called", "on", 1, 1},
    {"called", NULL, 2, 1},      {"call", "with", 2, 1},       {"call", "between", 2, 0},
    {"hosted", NULL, 1, 1},      {"hosts", NULL, 1, 1},        {"host", NULL, 1, 1},
    {"received", NULL, 1, 1},    {"welcomed", NULL, 1, 1},     {"welcomes", NULL, 1, 1},
    {"welcome", NULL, 1, 1},
    {"dinner", "with", 1, 1},    {"shook", "hands", 1, 0},     {"conversation", "with", 0, 1},
    {"sat", "down", 1, 1},       {"visited", NULL, 1, 1},      {"courtesy", "call", 1, 1},
    {"visit", NULL, 1, 1},       {"visits", NULL, 1, 1},
    {"summit", "with", 1, 1},    {"summit", "between", 1, 0}, {"videoconference", "with", 3, 1},
    {"greeted", NULL, 1, 1},     {"lunch", "with", 1, 1},      {"breakfast", "with", 1, 1},
    {"bilateral", "with", 0, 1}, {"discussed", NULL, 0, 0},    {"discuss", NULL, 0, 0},  {"discussing", NULL, 0, 0},
    {"brought", "together", 1, 1},
    {"sat", "across", 1, 1},     {"sat", "opposite", 1, 1},    {"dined", NULL, 1, 1},
    {"dine", NULL, 1, 1},        {"briefed", NULL, 1, 2},      {"signed", NULL, 1, 3},       {"sign", NULL, 1, 3},
    {"session", NULL, 1, 1},     {"sessions", NULL, 1, 1},
};

static const trigger *trigger_at(const ctx *c, size_t i, size_t end, size_t *len)
{
    size_t k;
    /* most words start no trigger */
    if (!has(c, i, M_TRIGGER))
        return NULL;
    for (k = 0; k < sizeof triggers / sizeof *triggers; k++) {
        const trigger *tr = &triggers[k];
        if (!is_word(c, i, tr->w1))
            continue;
        if (tr->w2) {
            if (i + 1 >= end || !is_word(c, i + 1, tr->w2))
                continue;
            *len = 2;
        } else
            *len = 1;
        return tr;
    }
    return NULL;
}

/* Triggers that are nouns ("meeting", "talks", "call"): a possessive person right before takes part. */
static int is_nominal(const ctx *c, size_t k)
{
    return has(c, k, M_NOMINAL);
}

static int any_in(const ctx *c, const eg_sentence *s, uint64_t bits)
{
    size_t i;
    for (i = s->tok_begin; i < s->tok_end; i++)
        if (has(c, i, bits))
            return 1;
    return 0;
}

static int any_before(const ctx *c, size_t from, size_t k, uint64_t bits)
{
    size_t i;
    for (i = from; i < k; i++)
        if (has(c, i, bits))
            return 1;
    return 0;
}

/* A word of the future among tokens [from, i) before the verb at i: "will", "would" anywhere there, "to" only right
 * before it ("to hold talks"; not "South Korea's ambassador to Norway, held talks"). */
static int future_before(const ctx *c, size_t from, size_t i)
{
    size_t j;
    for (j = from; j < i; j++)
        if (has(c, j, M_FUTURE) && (j + 1 == i || !is(c, j, "to")))
            return 1;
    return 0;
}

/* Whether token i reads as a verb in the past: a word of four letters or more ending in "ed" ("joined"). */
static int past_participle(const ctx *c, size_t i)
{
    size_t n = c->t->toks[i].norm_len;
    return n > 3 && memcmp(W(c, i) + n - 2, "ed", 2) == 0;
}

/* A word of plans among tokens [from, k); not a "later" in the past ("was later joined by", "later joined"), nor "the
 * plan" that is a thing, nor, before an "after" or "following", a "to" of another verb ("agreed to reopen their
 * consulates, following a meeting between ...", "is returning to Washington after talks with"; but "will fly home
 * after talks with"). */
static int planned_before(const ctx *c, size_t from, size_t k)
{
    size_t j, i;
    for (j = from; j < k; j++) {
        if (!has(c, j, M_PLANNED))
            continue;
        if (is(c, j, "ahead") && !(j + 1 < k && is(c, j + 1, "of")))
            continue;   /* "ahead of talks with" is before them; "went ahead with" is not */
        if (is(c, j, "to")) {
            for (i = j + 1; i < k && !is(c, i, "after") && !is(c, i, "following"); i++)
                ;
            if (i < k || (j > 0 && is(c, j - 1, "addition")))   /* ("in addition to his meeting with") */
                continue;
        }
        /* "announced the plan during a meeting with": a plan, not plans to meet */
        if ((is(c, j, "plan") || is(c, j, "plans")) && j > 0 && has(c, j - 1, M_DET) &&
            !(j + 1 < k && (is(c, j + 1, "to") || is(c, j + 1, "for"))))
            continue;
        if (is(c, j, "later") && ((j > 0 && (is(c, j - 1, "was") || is(c, j - 1, "were") || is(c, j - 1, "had"))) ||
                                  (j + 1 < k && past_participle(c, j + 1))))
            continue;
        return 1;
    }
    return 0;
}

/* "turned down an offer to meet", "turns down": a refusal in two words among tokens [from, k). */
static int turned_down(const ctx *c, size_t from, size_t k)
{
    size_t j;
    for (j = from + 1; j < k; j++)
        if (is(c, j, "down") && (is(c, j - 1, "turned") || is(c, j - 1, "turn") || is(c, j - 1, "turns") ||
                                 is(c, j - 1, "turning")))
            return 1;
        /* "She declined, however, an invitation to meet": a refusal of the invitation or offer to meet */
        else if ((is(c, j, "invitation") || is(c, j, "offer") || is(c, j, "request")) &&
                 is(c, j + 1, "to") && j + 2 == k && any_before(c, from, j, M_REFUSED))
            return 1;
    return 0;
}

/* "rejected the union's request for a meeting with X", "a request for A to meet B ... had been turned down": a
 * request or an invitation just before trigger k, refused some words before it or later in the sentence */
static int request_refused(const ctx *c, const eg_sentence *s, size_t k)
{
    size_t j = k, i;
    int found = 0;
    while (!found && j > s->tok_begin && j + 6 > k) {
        j--;
        found = is(c, j, "request") || is(c, j, "invitation") || is(c, j, "offer") || is(c, j, "proposal");
    }
    if (!found)
        return 0;
    if (any_before(c, j >= s->tok_begin + 8 ? j - 8 : s->tok_begin, j, M_REFUSED))
        return 1;
    for (i = k + 1; i < s->tok_end && i < k + 24; i++)
        if ((is(c, i, "down") && (is(c, i - 1, "turned") || is(c, i - 1, "turn"))) || is(c, i, "rejected") ||
            is(c, i, "refused") || is(c, i, "declined"))
            return 1;
    return 0;
}

/* "he had requested a meeting with X but she had declined": a refusal after "but", a few words after trigger k */
static int declined_after(const ctx *c, const eg_sentence *s, size_t k)
{
    size_t i, j;
    for (i = k + 1; i < s->tok_end && i < k + 14; i++) {
        if (!is(c, i, "but"))
            continue;
        /* (its subject a pronoun, and nothing declined after it: not "but the union leader declined an
         * invitation to meet him", another meeting) */
        for (j = i + 1; j < s->tok_end && j < i + 4 &&
                        (is(c, j, "he") || is(c, j, "she") || is(c, j, "they") || is(c, j, "had") ||
                         is(c, j, "has") || is(c, j, "have"));
             j++)
            ;
        /* "but the chief executive declined.": a role for its subject, and nothing after the verb */
        if (j == i + 1 && is(c, j, "the")) {
            size_t v = j + 1;
            while (v < s->tok_end && v < j + 4 && (c->t->toks[v].flags & (EG_TOK_WORD | EG_TOK_CAP)) == EG_TOK_WORD &&
                   !is(c, v, "declined") && !is(c, v, "refused"))
                v++;
            return v > j + 1 && v + 1 < s->tok_end && (is(c, v, "declined") || is(c, v, "refused")) &&
                   (is(c, v + 1, ".") || is(c, v + 1, ","));
        }
        /* (or none: "had been invited to meet B in Bender but declined, citing ...") */
        return j < s->tok_end && (is(c, j, "declined") || is(c, j, "refused")) &&
               !(j + 1 < s->tok_end && is(c, j + 1, "to")) &&
               (j > i + 1 || (j + 1 < s->tok_end && (is(c, j + 1, ",") || is(c, j + 1, "."))));
    }
    return 0;
}

/* The token n words before k in sentence s (or its first): a word cut at its hyphens ("US-India", "Iran-backed")
 * counts once. */
static size_t words_back(const ctx *c, const eg_sentence *s, size_t k, size_t n)
{
    const eg_token *tk = c->t->toks;
    while (k > s->tok_begin && n > 0) {
        k--;
        if (!(k > s->tok_begin && tk[k].start == tk[k - 1].end &&
              ((tk[k].flags & EG_TOK_DASH) || (tk[k - 1].flags & EG_TOK_DASH))))
            n--;
    }
    return k;
}

/* Is there ", but" among tokens (k, i), and a meeting's noun between it and i ("but a meeting between")? */
static int but_clause_meeting(const ctx *c, size_t k, size_t i)
{
    size_t j, m;
    for (j = k + 1; j + 1 < i; j++)
        if (is(c, j, ",") && is(c, j + 1, "but"))
            for (m = j + 2; m < i; m++)
                if (is(c, m, "meeting") || is(c, m, "talks") || is(c, m, "visit") || is(c, m, "call"))
                    return is(c, m - 1, "a") || is(c, m - 1, "an") || (m + 1 < i && is(c, m + 1, "between")) ||
                           (m + 1 < i && is(c, m + 1, "with"));
    return 0;
}

static eg_meeting_status status_of(const ctx *c, const eg_sentence *s, size_t k)
{
    size_t from = words_back(c, s, k, 6);
    {
        /* "cancelled", "postponed" anywhere in the sentence, "to cancel" only near the trigger (not "a proposal
         * to cancel all debt" a clause away); "off" only in "called off" */
        size_t i;
        for (i = s->tok_begin; i < s->tok_end; i++) {
            if (!has(c, i, M_CANCELLED))
                continue;
            if (is(c, i, "off") && !(i > s->tok_begin && is(c, i - 1, "called")))
                continue;
            if (i > s->tok_begin && is(c, i - 1, "to") && (i + 8 < k || i > k + 8))
                continue;
            /* (not across ", but" to a clause with a meeting of its own: "A spoke with B by video call, but a
             * meeting between A and C was cancelled"; but "A was to meet B, but the visit was cancelled") */
            if (i > k && but_clause_meeting(c, k, i))
                continue;
            return EG_MEET_CANCELLED;
        }
    }
    {
        /* "was not in Nairobi but spoke by phone with": a "but" ends what was denied */
        size_t i;
        for (i = k; i-- > from;)
            if (is(c, i, "but")) {
                from = i + 1;
                break;
            }
    }
    if (any_before(c, from, k, M_REFUSED) || turned_down(c, k > s->tok_begin + 12 ? k - 12 : s->tok_begin, k) ||
        declined_after(c, s, k) || request_refused(c, s, k))
        return EG_MEET_REFUSED;   /* ("had turned down an invitation to join the Palacio de López meeting with") */
    {
        /* "had no plans to meet", "has no intention of meeting" */
        size_t i;
        for (i = from; i + 1 < k; i++)
            if (is(c, i, "no") && (is(c, i + 1, "plans") || is(c, i + 1, "plan") || is(c, i + 1, "intention")))
                return EG_MEET_REFUSED;
    }
    {
        /* "whether", "may" (not the month "May") before the trigger */
        size_t i;
        for (i = s->tok_begin; i < k; i++)
            if (has(c, i, M_POSSIBLE) && !(is(c, i, "may") && (c->t->toks[i].flags & EG_TOK_CAP)))
                return EG_MEET_POSSIBLE;
    }
    /* a verb in the past tense states what happened, unless "will", "to", "would" stand right before it */
    if (has(c, k, M_PAST) && !future_before(c, k >= s->tok_begin + 3 ? k - 3 : s->tok_begin, k))
        return EG_MEET_HELD;
    if (is_nominal(c, k)) {
        /* the verb of a noun trigger: "later had a video call with", "held talks with" */
        size_t i;
        for (i = k; i-- > s->tok_begin && i + 4 > k;)
            if ((is(c, i, "had") || has(c, i, M_PAST)) &&
                !future_before(c, i >= s->tok_begin + 3 ? i - 3 : s->tok_begin, i))
                return EG_MEET_HELD;
    }
    if (planned_before(c, from, k + 1) && !(k > s->tok_begin && is(c, k, "met"))) {
        /* "A, who had been due to meet B on Friday, declined the invitation": the main clause refuses it */
        size_t i;
        for (i = k + 1; i + 1 < s->tok_end && i < k + 20; i++)
            if (is(c, i, ",") && (is(c, i + 1, "declined") || is(c, i + 1, "refused") || is(c, i + 1, "rejected")))
                return EG_MEET_REFUSED;
        return EG_MEET_PLANNED;
    }
    if (any_before(c, k, s->tok_end, M_SOON) && !is(c, k, "met"))
        return EG_MEET_PLANNED;
    return EG_MEET_HELD;
}

/* A word of calls among tokens [from, to): "phone", "telephoned", "a call"; not the verb of "what he calls" or "to
 * call for". */
static int call_word_in(const ctx *c, size_t from, size_t to)
{
    size_t i;
    for (i = from; i < to; i++)
        if (has(c, i, M_CALL) &&
            (!(is(c, i, "call") || is(c, i, "calls")) ||
             (i > 0 && (has(c, i - 1, M_DET) || has(c, i - 1, M_CALL) || has(c, i - 1, M_VIRTUAL) ||
                        is(c, i - 1, "conference")))))
            return 1;
    return 0;
}

/* "A was received at the Palace on Monday by B": a passive verb at k, and tokens [from, to) that end in "by" and the
 * titles before B, with only where and when before that "by". */
static int passive_by(const ctx *c, size_t k, size_t from, size_t to)
{
    size_t i;
    size_t v = k;
    /* (an adverb between: "was later received by") */
    if (v > 1 && (is(c, v - 1, "later") || is(c, v - 1, "then") || is(c, v - 1, "also") ||
                  is(c, v - 1, "subsequently")))
        v--;
    if (v == 0 || !(is(c, v - 1, "was") || is(c, v - 1, "were") || is(c, v - 1, "been") || is(c, v - 1, "being")))
        return 0;
    size_t j;
    for (i = to; i > from && !is(c, i - 1, "by"); i--)
        ;
    for (j = i; j < to && j < i + 3 && (c->t->toks[j].flags & EG_TOK_CAP); j++)
        ;   /* the place a title is of: "by Santa Fe Governor X" */
    /* (a title with its portfolio: "by Norway's Minister of Trade and Industry, X") */
    if (i == from || to - from > 16 || !(tokens_between_ok(c, i, to, 10) || tokens_between_ok(c, j, to, 10)))
        return 0;
    return !span_has_blocker(c, from, i - 1) && !call_word_in(c, from, i - 1);
}

/* Does the sentence s end, from token i, in who told it: one to three words, a speech verb, then no comma ("she
 * told analysts on a call"; not "the ministry said, by video link")? */
static int told_after_comma(const ctx *c, const eg_sentence *s, size_t i)
{
    size_t j;
    for (j = i; j < s->tok_end && j < i + 4; j++) {
        if (is(c, j, ","))
            return 0;
        if (has(c, j, M_SPEAKER)) {
            if (j == i)
                return 0;
            while (++j < s->tok_end)
                if (is(c, j, ","))
                    return 0;
            return 1;
        }
    }
    return 0;
}

/* The mode of the meeting whose trigger is tokens [k, k + len); from: where the previous trigger of the sentence
 * ended (else the sentence's start). A call or video word counts up to the next trigger: "met X on Thursday and
 * later spoke by phone with Y" was a meeting and then a call. */
static eg_meeting_mode mode_of(const ctx *c, const eg_sentence *s, const trigger *tr, size_t k, size_t len,
                               size_t from)
{
    size_t i, to = k + len, n;
    /* (nor from how it was told after a comma: "A and B met in Lahore, she told analysts on a call") */
    while (to < s->tok_end && !trigger_at(c, to, s->tok_end, &n) && !(is(c, to, ",") && told_after_comma(c, s, to + 1)))
        to++;
    /* (not from a clause before ", but": "A spoke with B by video call, but a meeting between A and C in Riga
     * was cancelled") */
    for (i = k; i > from + 1; i--)
        if (is(c, i - 1, "but") && is(c, i - 2, ",")) {
            from = i;
            break;
        }
    /* (nor from the clause of the sentence's meeting before, joined by "and": "A spoke with B by video call on
     * Friday and is due to meet C next month in Nuuk") */
    if (from > s->tok_begin)
        for (i = k; i > from; i--)
            if (is(c, i - 1, "and")) {
                from = i;
                break;
            }
    if (any_before(c, from, to, M_VIRTUAL))
        return EG_MODE_VIRTUAL;
    /* what was received or held is a call: "received a phone call from", "held a telephone call with" */
    for (i = k + len; i < s->tok_end && i < k + len + 3; i++)
        if (has(c, i, M_CALL))
            return EG_MODE_CALL;
    if (tr->mode == EG_MODE_CALL || (call_word_in(c, from, to) && tr->mode != EG_MODE_IN_PERSON &&
                                     !any_in(c, s, M_COURTESY)))
        return EG_MODE_CALL;
    if (tr->mode == EG_MODE_IN_PERSON || any_in(c, s, M_VISIT))
        return EG_MODE_IN_PERSON;
    return EG_MODE_UNSTATED;
}

/* Does an attribution start at token i and run to the sentence's end ("the foreign ministry in Jakarta said",
 * "officials in Seoul told reporters")? Its speech verb is among its last words, none of them a comma. */
static int attribution_at(const ctx *c, size_t i, size_t end)
{
    size_t j;
    for (j = i; j < end && j < i + 10; j++) {
        if (is(c, j, ","))
            return 0;
        if (has(c, j, M_SPEAKER))
            return j + 4 >= end;
    }
    return 0;
}

/* Token i is the "to" of a verb: a lower-case word that is no determiner follows ("to sign", "to resign"). */
static int infinitive_at(const ctx *c, size_t i, size_t end)
{
    return is(c, i, "to") && i + 1 < end && (c->t->toks[i + 1].flags & EG_TOK_WORD) &&
           !(c->t->toks[i + 1].flags & EG_TOK_CAP) && !has(c, i + 1, M_DET);
}

/* Where the trigger's clause ends: at a word that opens another clause, or at "to" before a verb ("met X in
 * Muscat to sign the deal, which ..."); a place named beyond it is the topic, not where they met. */
static size_t clause_end(const ctx *c, size_t k, size_t end)
{
    size_t i;
    for (i = k + 1; i < end; i++) {
        if (is(c, i, "who") && is(c, i - 1, ",")) {
            /* "A meeting between A and B, who heads ..., scheduled for Friday in Denpasar": past the relative
             * clause about the last one named to what the meeting's clause goes on with */
            size_t j;
            for (j = i + 1; j < end && j < i + 20 && !is(c, j, ",") && !is(c, j, "who"); j++)
                ;
            /* (or with where it was: "A sat down with B and C, who leads ..., at the Ledra Palace Hotel") */
            if (j + 1 < end && is(c, j, ",") &&
                (is_in(c, j + 1, scheduled_words) || is(c, j + 1, "held") || is(c, j + 1, "due") ||
                 (j + 2 < end && is(c, j + 1, "at") && is(c, j + 2, "the")))) {
                i = j;
                continue;
            }
        }
        /* "A meeting between A and B, which had been scheduled for Thursday in Hanoi, was cancelled" (or "that had
         * been scheduled"): a relative clause on the meeting itself says where it was to be */
        if (i + 3 < end && ((is(c, i, "which") && is(c, i - 1, ",")) || is(c, i, "that")) && is_nominal(c, k)) {
            size_t j;
            for (j = i + 1; j < end && j < i + 4 && !is_in(c, j, scheduled_words); j++)
                ;
            if (j < end && j < i + 4) {
                i = j;
                continue;
            }
        }
        if (is_blocker(c, i) || is(c, i, "that"))
            return i;
        /* "A met B in Gaborone on Tuesday, and was later received by C at the Palace": the next meeting's clause */
        if (is(c, i, ",") && i + 2 < end && is(c, i + 1, "and")) {
            size_t j, n;
            for (j = i + 2; j < end && j < i + 6 && !trigger_at(c, j, end, &n); j++)
                ;
            if (j < end && j < i + 6)
                return i;
        }
        if (is(c, i, ",") && attribution_at(c, i + 1, end))
            return i;   /* ", the foreign ministry in Jakarta said": where the news came from */
        if (infinitive_at(c, i, end))
            return i;
    }
    return end;
}

/* "welcomed her Tajik counterpart, Farrukh Rahmonzoda, to Tashkent": token p is a "to" after a welcome. */
static int welcomed_to(const ctx *c, size_t p)
{
    size_t j;
    if (!is(c, p, "to"))
        return 0;
    for (j = p; j-- > 0 && j + 10 >= p;)
        if (is(c, j, "welcomed") || is(c, j, "welcomes") || is(c, j, "welcome"))
            return 1;
    return 0;
}

/* The token before token a, or before the "the" that comes right before it ("at the White House"). */
static size_t before_the(const ctx *c, size_t a)
{
    /* (and one small word between: "at the seaside Bahay Dagat Hotel", "at the presidential Marble Palace") */
    if (a >= 3 && is(c, a - 2, "the") && (c->t->toks[a - 1].flags & EG_TOK_WORD) &&
        !(c->t->toks[a - 1].flags & (EG_TOK_CAP | EG_TOK_NUM)))
        return a - 3;
    /* (or an owner's word in small letters: "at the government's Villa Vodno residence") */
    if (a >= 4 && (c->t->toks[a - 1].flags & EG_TOK_POSS) && is(c, a - 3, "the") &&
        (c->t->toks[a - 2].flags & EG_TOK_WORD) && !(c->t->toks[a - 2].flags & (EG_TOK_CAP | EG_TOK_NUM)))
        return a - 4;
    return a >= 2 && is(c, a - 1, "the") ? a - 2 : a - 1;
}

/* Token p is the "of" of "city of", "resort of", "capital of": a place's kind before its name. */
static int of_place_noun(const ctx *c, size_t p)
{
    static const char *const kinds[] = {"city", "town", "capital", "village", "resort", "port", "province",
                                        "region", "district", "island", "enclave", "state", "suburb",
                                        "suburbs", "county", "municipality", "oasis", "seat", NULL};
    size_t k;
    if (p < 1 || !is(c, p, "of"))
        return 0;
    for (k = 0; kinds[k]; k++)
        if (is_word(c, p - 1, kinds[k]))
            return 1;
    return 0;
}

/* Is the mention m named with "in", "at" or "on" (a place only: "on Capitol Hill", never "on Iran")? */
static int after_preposition(const ctx *c, size_t m, int type)
{
    size_t a = c->mtok_a[m], p, j;
    if (a < 1)
        return 0;
    p = before_the(c, a);
    if (p > 0 && is(c, p, "in")) {
        /* where someone holds a post ("India's High Commissioner in Dhaka"), what was talked about ("talks on the
         * situation in Iraq", "the conflict in Sudan") */
        const eg_gz_entry *e = eg_gazetteer_lookup(c->gz, W(c, p - 1), c->t->toks[p - 1].norm_len);
        if ((e && (e->kinds & EG_GZ_TITLE)) || is(c, p - 1, "counterpart") || is(c, p - 1, "situation") ||
            is(c, p - 1, "crisis") || is(c, p - 1, "conflict") || is(c, p - 1, "war") || is(c, p - 1, "violence") ||
            is(c, p - 1, "democracy") || is(c, p - 1, "reforms") || is(c, p - 1, "stability") ||
            is(c, p - 1, "reconstruction") || is(c, p - 1, "investment") ||
            is(c, p - 1, "fighting") || is(c, p - 1, "unrest") || is(c, p - 1, "elections") || is(c, p - 1, "peace"))
            return 0;
    }
    if (is(c, p, "in") || is(c, p, "at") ||
        (type == EG_TYPE_PLACE && is(c, p, "on") && p + 1 == a &&
         /* (not what a post is on: "special representative on Korean Peninsula affairs") */
         !(c->mtok_b[m] < c->t->ntoks && (is(c, c->mtok_b[m], "affairs") || is(c, c->mtok_b[m], "issues") ||
                                          is(c, c->mtok_b[m], "policy")))))
        return 1;
    /* "in the port city of Mombasa", "in the Black Sea resort of Sochi" */
    if (type == EG_TYPE_PLACE && of_place_noun(c, p))
        for (j = p; j-- > 0 && j + 6 >= p && !is(c, j, ",");)
            if (is(c, j, "in") || is(c, j, "at"))
                return 1;
    /* "aboard the frigate BRP Leonor Salvacion" */
    if (type == EG_TYPE_PLACE && (is(c, a - 1, "aboard") || (a >= 2 && is(c, a - 2, "aboard")) ||
                                  (a >= 3 && is(c, a - 3, "aboard"))))
        return 1;
    /* where the visit went: "visited Nairobi, where he met", "during a visit to Jakarta", "on a trip to Oslo" */
    if (is(c, p, "visited") || is(c, p, "visiting") || is(c, p, "toured") ||
        ((is(c, p, "visit") || is(c, p, "visits")) && p > 0 && (is(c, p - 1, "to") || is(c, p - 1, "will"))) ||
        (is(c, p, "to") && p > 0 && (is(c, p - 1, "visit") || is(c, p - 1, "trip") || is(c, p - 1, "journey"))))
        return 1;
    /* "will travel to Tokyo next week to meet", "flew to Cairo for talks" */
    if (is(c, p, "to") && p > 0 &&
        (has(c, p - 1, M_TRAVEL) || (p > 1 && is(c, p - 1, "on") && has(c, p - 2, M_TRAVEL))))   /* "fly on to" */
        return 1;
    if (welcomed_to(c, p))
        return 1;
    /* "travel to Beijing next month, where he will hold talks", "the talks moved to the Sheraton, where", "flew in
     * from Iqaluit, where on Tuesday she met"; "travelled to the river port of Villeta, south of the capital,
     * where she held talks" */
    p = before_the(c, a);
    if (of_place_noun(c, p))
        for (j = p - 1; j > 0 && j + 4 > p && !is(c, j, "to") && !is(c, j, "from"); j--)
            ;
    else
        j = p;
    if (is(c, j, "to") || is(c, j, "from")) {
        for (j = c->mtok_b[m]; j < c->mtok_b[m] + 8 && j + 1 < c->t->ntoks; j++) {
            if (is(c, j, ",") && is(c, j + 1, "where"))
                return 1;
            if (j >= c->mtok_b[m] + 4 && (c->t->toks[j].flags & EG_TOK_CAP))
                break;   /* (farther, only a short aside between: ", south of the capital,") */
        }
    }
    return 0;
}

/* Whether a comma is among the tokens [from, to). */
static int comma_in(const ctx *c, size_t from, size_t to)
{
    for (; from < to; from++)
        if (is(c, from, ","))
            return 1;
    return 0;
}

/* Whether "at" or "at the" comes just before token a. */
static int at_before(const ctx *c, size_t a)
{
    return a >= 1 && is(c, before_the(c, a), "at");
}

/* Whether organization mention m names the seat where people met: "met at the State Department", "welcomed X to the
 * White House" (a house one is welcomed to; not a body one joins: "welcomed X to the Trade Council"); not set off
 * by a comma from token from, where the scan starts ("Y, an economist at the World Bank"), unless the comma opens
 * where it was: "with B and C, at the Government Headquarters", "A meeting between A and B, set for Thursday at the
 * Ministry of Commerce" (not "at the United Nations' request", nor "B, due next week at the United Nations"). */
static int seat_of_body(const ctx *c, size_t m, size_t from)
{
    size_t a = c->mtok_a[m], p, q;
    if (a == 0)
        return 0;
    p = before_the(c, a);
    for (q = p; q > from && !is(c, q - 1, ","); q--)
        ;
    if (q > from && is(c, p, "at") && !(c->mtok_b[m] < c->t->ntoks && (c->t->toks[c->mtok_b[m]].flags & EG_TOK_POSS)) &&
        (q == p || (is_in(c, q, scheduled_words) && is(c, q + 1, "for"))))
        return 1;
    if (comma_in(c, from, a))
        return 0;
    return at_before(c, a) || (welcomed_to(c, before_the(c, a)) && is(c, c->mtok_b[m] - 1, "house"));
}

/* Whether "about" or "to discuss" stands in tokens [from, a), and no "with" or meeting word after it: what comes
 * after it is what was talked about ("spoke to X about the treatment of protesters in Burma"; not "talks about
 * security with X in Jordan", "talked about his meeting with X at Camp David") */
static int topic_before(const ctx *c, size_t from, size_t a)
{
    size_t j;
    int topic = 0;
    /* (not the trigger: "X and Y discussed trade in Lima"; thirty words back at most) */
    for (j = a > from + 31 ? a - 30 : from + 1; j < a; j++)
        if (is(c, j, "about") || ((is(c, j, "discuss") || is(c, j, "discussed") || is(c, j, "discussing")) && j > 0 &&
                                  !is(c, j - 1, "the")))
            topic = 1;
        else if (is(c, j, "with") || has(c, j, M_NOMINAL))
            topic = 0;
    return topic;
}

/* The place named with "in" or "at" among the mentions lo..hi that start in tokens [from, to): a place (a venue
 * and its city), else a country (kept in *country if none was found before). */
static void place_in(const ctx *c, size_t lo, size_t hi, size_t from, size_t to, int32_t *place, int32_t *venue,
                     int32_t *country)
{
    size_t m;
    for (m = lo; m < hi; m++) {
        size_t a = c->mtok_a[m];
        int type = mention_type(c, m);
        const eg_doc_entity *e = &c->x->entities[c->x->mentions[m].entity];
        if (a < from || a >= to)
            continue;
        if (type != EG_TYPE_PLACE && type != EG_TYPE_COUNTRY && type != EG_TYPE_ORGANIZATION)
            continue;
        if (c->x->mentions[m].form == EG_FORM_DEMONYM || !after_preposition(c, m, type))
            continue;
        if (topic_before(c, from, a))
            continue;   /* "held talks with X about financing for plants in the Souss-Massa region" */
        if (c->mtok_b[m] + 1 < to && of_place_noun(c, c->mtok_b[m] + 1))
            continue;   /* "the Black Sea resort of Sochi": the place is Sochi */
        if (type == EG_TYPE_COUNTRY) {
            if (*country < 0)
                *country = (int32_t)c->x->mentions[m].entity;
            continue;
        }
        /* "at the ACP's Administration Building": the body's building is the venue */
        if (type == EG_TYPE_ORGANIZATION && m + 1 < hi && c->mtok_b[m] < c->t->ntoks &&
            (c->t->toks[c->mtok_b[m]].flags & EG_TOK_POSS) && c->mtok_a[m + 1] == c->mtok_b[m] + 1 &&
            c->mtok_a[m + 1] < to && mention_type(c, m + 1) == EG_TYPE_PLACE && at_before(c, a) &&
            !c->x->entities[c->x->mentions[m + 1].entity].cc[0]) {
            if (*venue < 0)
                *venue = (int32_t)c->x->mentions[m + 1].entity;
            m++;
            continue;
        }
        /* a named building, or an organization's seat, after "at" is a venue ("met at the State Department"; not
         * set off by a comma: "Y, an economist at the World Bank"); a city or region is the place */
        if (type == EG_TYPE_ORGANIZATION || (!e->cc[0] && at_before(c, a))) {
            if (*venue < 0 && (type == EG_TYPE_PLACE || seat_of_body(c, m, from)))
                *venue = (int32_t)c->x->mentions[m].entity;
            continue;
        }
        if (*place < 0)
            *place = (int32_t)c->x->mentions[m].entity;
    }
}

/* "who met X privately at the hotel": "at the" and a building's word, in sentence s up to the trigger's clause end,
 * is the latest place named before with that word in its name ("the Hotel Indonesia Kempinski"), or for a hotel
 * the latest building where a meeting was, or -1. */
static int32_t venue_named_before(const ctx *c, const eg_sentence *s, size_t lo, size_t k)
{
    static const char *const words[] = {"hotel", "palace", "guesthouse", "residence", "embassy", "resort", NULL};
    size_t i, m, j, w, end = s->tok_end;
    for (i = s->tok_begin; i + 2 < end; i++) {
        size_t h;
        if (!is(c, i, "at") || !is(c, i + 1, "the") || (c->t->toks[i + 2].flags & EG_TOK_CAP))
            continue;
        if (end == s->tok_end && (end = clause_end(c, k, s->tok_end)) <= i + 2)
            return -1;   /* (the clause's end only once "at the" is seen: most sentences have none) */
        h = i + 2 + (i + 3 < end && is(c, i + 2, "same"));   /* "at the same hotel" */
        for (w = 0; words[w] && !is_word(c, h, words[w]); w++)
            ;
        if (!words[w] || (h + 1 < end && (c->t->toks[h + 1].flags & EG_TOK_CAP)))
            continue;
        for (m = lo; m-- > 0;) {
            if (mention_type(c, m) != EG_TYPE_PLACE)
                continue;
            for (j = c->mtok_a[m]; j < c->mtok_b[m]; j++)
                if (is_word(c, j, words[w]))
                    return (int32_t)c->x->mentions[m].entity;
        }
        /* a hotel by its chain's name ("the Sheraton Grand Doha"): the latest building met in */
        for (m = c->x->nmeetings; is(c, h, "hotel") && m-- > 0;)
            for (j = 0; j < 2; j++) {
                int32_t v = j ? c->x->meetings[m].place : c->x->meetings[m].venue;
                if (v >= 0 && c->x->entities[v].type == EG_TYPE_PLACE && !c->x->entities[v].cc[0] &&
                    strchr(c->x->entities[v].name, ' '))   /* (a town the tables miss has one word) */
                    return v;
            }
        return -1;
    }
    return -1;
}

/* The mention of the place whose ", where" or ", when" clause the trigger at token k is in ("visit Seoul in June,
 * when he will meet", "moved to the Sheraton Grand Doha, where X held talks"), or hi. */
static size_t where_clause_place(const ctx *c, const eg_sentence *s, size_t lo, size_t hi, size_t k)
{
    size_t m, j, found = hi;
    /* (the nearest before the comma: "flew to Beijing from Macau, where he held") */
    for (m = lo; m < hi && c->mtok_b[m] < k; m++) {
        int type = mention_type(c, m);
        if (type != EG_TYPE_PLACE && type != EG_TYPE_COUNTRY)
            continue;
        for (j = c->mtok_b[m]; j + 1 < k && j < c->mtok_b[m] + 5; j++)
            if (is(c, j, ",") && (is(c, j + 1, "where") || is(c, j + 1, "when")) && k <= j + 12 &&
                !span_has_blocker(c, j + 2, k) && j + 1 < s->tok_end) {
                /* (not the town a building is in: "to the Kempinski Nile Hotel in Garden City, where"; nor the
                 * country a town is in: "from Sochi, Russia, where") */
                if (!(found != hi && c->mtok_b[found] + 1 == c->mtok_a[m] &&
                      (is(c, c->mtok_b[found], "in") || (is(c, c->mtok_b[found], ",") && type == EG_TYPE_COUNTRY))))
                    found = m;
                break;
            }
    }
    return found;
}

/* The place of the meeting whose trigger is token k of sentence s (mentions lo..hi): named in the trigger's clause
 * after it ("... held talks with X at the Palácio in Lisbon"), else before it ("In Geneva, X met Y"). */
static void place_of(const ctx *c, const eg_sentence *s, size_t lo, size_t hi, size_t k, int32_t *place,
                     int32_t *venue)
{
    int32_t country = -1, p2 = -1, v2 = -1, c2 = -1;
    size_t w;
    *place = *venue = -1;
    size_t e1 = clause_end(c, k, s->tok_end);
    place_in(c, lo, hi, k, e1, place, venue, &country);
    if (*venue < 0 && e1 < s->tok_end && infinitive_at(c, e1, s->tok_end)) {
        /* "met B in Tallinn on Thursday to sign the agreement at the Kalamaja Seaside Hotel": the building where
         * what they met for was done */
        place_in(c, lo, hi, e1, clause_end(c, e1 + 1, s->tok_end), &p2, &v2, &c2);
        if (v2 >= 0 && c->x->entities[v2].type == EG_TYPE_PLACE && (*place < 0 || v2 != *place))
            *venue = v2;
        p2 = v2 = c2 = -1;
    }
    if (*place < 0 && *venue < 0)
        place_in(c, lo, hi, s->tok_begin, k, place, venue, &country);
    /* "is due to visit Seoul in June, when he will meet X and tour a plant in Ulsan", "the talks moved to the
     * Sheraton, where X held talks with Y": the place the clause of the trigger hangs on */
    if ((w = where_clause_place(c, s, lo, hi, k)) != hi) {
        place_in(c, lo, hi, c->mtok_a[w], c->mtok_a[w] + 1, &p2, &v2, &c2);
        if (p2 >= 0)
            *place = p2;
        if (v2 >= 0 && *venue < 0)
            *venue = v2;
    }
    if (*place < 0 && *venue < 0)
        *place = venue_named_before(c, s, lo, k);
    if (*place < 0 && *venue >= 0 && c->x->entities[*venue].type == EG_TYPE_PLACE) {   /* a body's seat is no place */
        *place = *venue;
        *venue = -1;
    }
    if (*place < 0)
        *place = country;
}

/* "X opened a two-day meeting at the Union Buildings in Pretoria", "X opened a forum in Haiphong": a verb of being
 * at an event, between the sentence's last person before mention m and the "at" or "in" at token p. */
static int presence_verb_before(const ctx *c, size_t lo, size_t m, size_t p)
{
    static const char *const verbs[] = {"opened", "launched", "attended", "addressed", "chaired", "convened",
                                        "inaugurated", "hosted", NULL};
    size_t from = c->mtok_b[lo], n, i, k;
    for (n = lo; n < m; n++)
        if (mention_type(c, n) == EG_TYPE_PERSON)
            from = c->mtok_b[n];
    for (i = from; i < p && i + 10 >= p; i++)
        for (k = 0; verbs[k]; k++)
            if (is_word(c, i, verbs[k]))
                return 1;
    return 0;
}

/* "X arrived in Hanoi on Monday. Ms. X met Y": where a participant arrived, flew or travelled in the sentence ps
 * just before the meeting's is where they met ("X hosted three premiers at the Y Building. A, B and C sat across the
 * table from X"); -1 when it names none. */
static int32_t arrival_place(const ctx *c, uint32_t ps, const group *left, const group *right)
{
    size_t lo, hi, m;
    int subject = 0;
    sentence_mentions(c, ps, &lo, &hi);
    for (m = lo; m < hi; m++) {
        size_t a = c->mtok_a[m], p;
        int type = mention_type(c, m);
        if (type == EG_TYPE_PERSON &&
            (in_group(left, c->x->mentions[m].entity) || in_group(right, c->x->mentions[m].entity))) {
            subject = 1;
            continue;
        }
        if (!subject || (type != EG_TYPE_PLACE && type != EG_TYPE_COUNTRY) ||
            c->x->mentions[m].form == EG_FORM_DEMONYM || a < 2)
            continue;
        p = is(c, a - 1, "the") ? a - 2 : a - 1;
        if (p >= 1 && (is(c, p, "in") || is(c, p, "to")) &&
            (is(c, p - 1, "arrived") || is(c, p - 1, "arrives") || is(c, p - 1, "landed") || is(c, p - 1, "lands") ||
             is(c, p - 1, "flew") || is(c, p - 1, "travelled") || is(c, p - 1, "traveled")))
            return (int32_t)c->x->mentions[m].entity;
        if (is(c, p, "visited") || is(c, p, "reached"))
            return (int32_t)c->x->mentions[m].entity;
        if (p >= 1 && (is(c, p, "in") || is(c, p, "at")) && presence_verb_before(c, lo, m, p))
            return (int32_t)c->x->mentions[m].entity;
    }
    return -1;
}

/* The meeting of sentence ps with the same participants as mt, told again in the next sentence ("X hosted Y in
 * Pyongyang. X and Y discussed cooperation"): mt takes its place and venue, unless it was a call. */
static void same_meeting_place(const ctx *c, uint32_t ps, eg_meeting *mt)
{
    size_t i, j, k;
    for (i = c->x->nmeetings; i-- > 0 && c->x->meetings[i].sent >= ps;) {
        const eg_meeting *o = &c->x->meetings[i];
        if (o->sent != ps || o->nparts > mt->nparts || o->place < 0 || o->mode == EG_MODE_CALL ||
            o->mode == EG_MODE_VIRTUAL)
            continue;
        /* (all of them, or more: "A hosted B at the hotel. They were joined for the afternoon session by C") */
        for (j = 0; j < o->nparts; j++) {
            for (k = 0; k < mt->nparts && mt->part[k] != o->part[j]; k++)
                ;
            if (k == mt->nparts)
                break;
        }
        if (j == o->nparts) {
            mt->place = o->place;
            mt->venue = o->venue;
            return;
        }
    }
}

/* Whether a meeting was told in sentence si. */
static int sentence_has_meeting(const ctx *c, uint32_t si)
{
    size_t i;
    for (i = c->x->nmeetings; i-- > 0 && c->x->meetings[i].sent >= si;)
        if (c->x->meetings[i].sent == si)
            return 1;
    return 0;
}

static eg_status push_meeting(eg_extraction *x, const eg_meeting *mt)
{
    size_t i;
    /* the same participants stated twice in one sentence are one meeting (meetings come in sentence order) */
    for (i = x->nmeetings; i-- > 0 && x->meetings[i].sent == mt->sent;) {
        eg_meeting *o = &x->meetings[i];
        if (o->nparts == mt->nparts && memcmp(o->part, mt->part, mt->nparts * sizeof *mt->part) == 0) {
            if (o->place < 0 && o->venue < 0 && o->status == mt->status) {
                o->place = mt->place;   /* "A and B discussed the mine when they met in Kazan" */
                o->venue = mt->venue;
            }
            return EG_OK;
        }
    }
    if (x->nmeetings == x->ameetings) {
        size_t na = x->ameetings ? x->ameetings * 2 : 16;
        eg_meeting *p = realloc(x->meetings, na * sizeof *p);
        if (!p)
            return EG_ENOMEM;
        x->meetings = p;
        x->ameetings = na;
    }
    x->meetings[x->nmeetings++] = *mt;
    return EG_OK;
}

/* "met with criticism": "met with" followed by an ordinary noun and no participant. */
static int met_with_thing(const ctx *c, size_t k, size_t end)
{
    return is(c, k, "met") && k + 2 < end && is(c, k + 1, "with") && !(c->t->toks[k + 2].flags & EG_TOK_CAP) &&
           !has(c, k + 2, M_DET);
}

/* "what he called Bolivar's glorious skeleton", "the so-called X": "called" names something, calls nobody; nor does
 * "called for new elections"; "called on X to resign" demands, it visits no one. */
static int names_a_thing(const ctx *c, const eg_sentence *s, size_t k)
{
    size_t i;
    if (is(c, k, "called") && k + 1 < s->tok_end && is(c, k + 1, "for"))
        return 1;
    if ((is(c, k, "called") || is(c, k, "calls") || is(c, k, "call")) && k + 1 < s->tok_end && is(c, k + 1, "on")) {
        for (i = k + 2; i + 1 < s->tok_end && i < k + 16 && !is(c, i, ",") && !is_blocker(c, i); i++)
            if (infinitive_at(c, i, s->tok_end))
                return 1;
        return 0;
    }
    return is(c, k, "called") && k >= s->tok_begin + 2 && (is(c, k - 2, "what") || is(c, k - 1, "so") ||
                                                          is(c, k - 1, "-") || is(c, k - 1, "was") ||
                                                          is(c, k - 1, "is") || is(c, k - 1, "be"));
}

/* Is token i a document two sides sign together, in small letters ("agreement", "memorandum")? */
static int is_document(const ctx *c, size_t i)
{
    static const char *const documents[] = {"agreement", "agreements", "accord", "accords", "deal", "memorandum",
                                            "memorandums", "memoranda", "treaty", "pact", "contract", "contracts",
                                            "declaration", "mou", "protocol", "communique", "communiqué", "loan",
                                            "charter", "lease", "concession", NULL};
    return !(c->t->toks[i].flags & EG_TOK_CAP) && is_in(c, i, documents);
}

/* "signed the agreement", "signed a 30-year memorandum": the token after the document the trigger at k names, or 0
 * when what was signed is no document two sides sign together ("signed a decree", "signed a letter"). */
static size_t signed_document(const ctx *c, size_t k, size_t end)
{
    size_t i;
    for (i = k + 1; i < end && i < k + 6 && !(c->t->toks[i].flags & EG_TOK_CAP); i++)
        if (is_document(c, i))
            return i + 1;
    return 0;
}

/* "The ten-year contract was signed on Tuesday by A and B": the token after the "by" of a document signed in the
 * passive at k (the document among the five words before "was"), or 0. */
static size_t signed_by(const ctx *c, const eg_sentence *s, size_t k)
{
    static const char *const be[] = {"was", "were", "been", NULL};
    size_t i;
    int found = 0;
    if (k < s->tok_begin + 2 || !is_in(c, k - 1, be))
        return 0;
    for (i = k - 1; !found && i > s->tok_begin && i + 7 > k;)
        found = is_document(c, --i);
    if (!found)
        return 0;
    for (i = k + 1; i < s->tok_end && i < k + 6 && !is(c, i, ",") && !is_blocker(c, i); i++)
        if (is(c, i, "by"))
            return i + 1;
    return 0;
}

/* Does "about" follow token w after a few words in small letters, before any "with" ("spoke by video call about")? */
static int about_after(const ctx *c, size_t w, size_t end)
{
    size_t j;
    for (j = w; j < end && j < w + 4 && !is(c, j, "with") && (c->t->toks[j].flags & EG_TOK_WORD) &&
                !(c->t->toks[j].flags & EG_TOK_CAP);
         j++)
        if (is(c, j, "about"))
            return 1;
    return 0;
}

/* The participants after a "with" among the n tokens from token w, in the same clause: "discussed trade with Y";
 * none without one. */
static void with_group(const ctx *c, const eg_sentence *s, size_t lo, size_t hi, size_t w, size_t n, group *g)
{
    size_t i;
    memset(g, 0, sizeof *g);
    for (i = w; i < s->tok_end && i < w + n && !is(c, i, ",") && !is_blocker(c, i); i++)
        if (is(c, i, "with")) {
            right_group(c, lo, hi, i + 1, s->tok_end, g);
            return;
        }
}

/* Does sentence s open with "The talks" or "Their meeting" (with session: or "The session"), the meeting just told? */
static int opens_with_talks(const ctx *c, const eg_sentence *s, int session)
{
    return s->tok_begin + 3 < s->tok_end && (is(c, s->tok_begin, "the") || is(c, s->tok_begin, "their")) &&
           (is(c, s->tok_begin + 1, "talks") || is(c, s->tok_begin + 1, "meeting") ||
            (session && is(c, s->tok_begin + 1, "session")));
}

/* A session's noun within the reach - 1 words after the "for" at token i ("for the afternoon session", "for a
 * three-way breakfast"): its token, or 0. */
static size_t session_after_for(const ctx *c, size_t i, size_t end, size_t reach)
{
    static const char *const nouns[] = {"talks", "session", "sessions", "meeting", "discussion", "discussions",
                                        "consultations", "negotiations", "dinner", "lunch", "breakfast", NULL};
    size_t m, w;
    if (!is(c, i, "for"))
        return 0;
    for (m = i + 1; m < end && m < i + reach; m++)
        for (w = 0; nouns[w]; w++)
            if (is_word(c, m, nouns[w]))
                return m;
    return 0;
}

/* "A and B were later joined at the hotel by C, a director at the bank, for a three-way session", "were then
 * joined by video link from Dhaka by C ... for a discussion": "joined", the "by" before the person who joined, and
 * a meeting's word after "for" make a meeting of all of them. The tokens from k to just past that "by", or 0. */
static size_t joined_by_at(const ctx *c, const eg_sentence *s, size_t lo, size_t hi, size_t k)
{
    size_t i, by = 0, m;
    group g;
    for (i = k + 1; i < s->tok_end && i < k + 12 && !is_blocker(c, i) && !by; i++)
        if (is(c, i, "by")) {
            right_group(c, lo, hi, i + 1, s->tok_end, &g);
            by = g.n ? i : 0;
        }
    if (!by)
        return 0;
    /* "The talks, held at the former Parque Hotel, were joined in the afternoon by C" */
    if (k >= s->tok_begin + 3 && (is(c, k - 1, "were") || is(c, k - 1, "was")) && opens_with_talks(c, s, 1))
        return by + 1 - k;
    /* ("joined for the afternoon session by C", "For the final session the two men were joined by C") */
    for (i = k + 1 < by + 30 && k > s->tok_begin + 12 ? k - 12 : s->tok_begin; i + 1 < s->tok_end && i < by + 30;
         i++) {
        if ((i < k && i > s->tok_begin) || !(m = session_after_for(c, i, s->tok_end, 4)))
            continue;
        return m + 1 < s->tok_end && is(c, m + 1, "with") ? 0 : by + 1 - k;   /* (not "for talks with Z": that
                                                                                * trigger takes them all) */
    }
    return 0;
}

static size_t the_two_before(const ctx *c, const eg_sentence *s, size_t k);

/* "C joined part of Tuesday's session by phone", "C joined the three-hour talks by video link": a meeting's word
 * after "joined", with only "part of", a determiner, a day's possessive or an adjective between, and no one named
 * there; or "the two" and those who met ("C joined the two ministers"). The tokens from k through that word, or 0. */
static size_t joined_talks_at(const ctx *c, const eg_sentence *s, size_t k)
{
    static const char *const nouns[] = {"talks", "session", "meeting", "negotiations", "discussions", "call", NULL};
    size_t i, w;
    /* "C joined the two ministers": those of the meeting just told */
    if (k + 3 < s->tok_end && is(c, k + 1, "the") && is(c, k + 2, "two") && the_two_before(c, s, k + 4) == k + 1) {
        /* (not who joined them in a stance: "joined the two leaders in condemning the attack") */
        size_t n = k + 5 < s->tok_end ? c->t->toks[k + 5].norm_len : 0;
        const char *g = n ? W(c, k + 5) : "";
        if (n > 4 && is(c, k + 4, "in") && memcmp(g + n - 3, "ing", 3) == 0)
            return 0;
        if (k + 6 < s->tok_end && is(c, k + 4, "in") && (is(c, k + 5, "a") || is(c, k + 5, "an")) &&
            (is(c, k + 6, "statement") || is(c, k + 6, "letter") || is(c, k + 6, "appeal") ||
             is(c, k + 6, "declaration") || is(c, k + 6, "call")))
            return 0;
        return 4;
    }
    for (i = k + 1; i < s->tok_end && i < k + 7; i++) {
        for (w = 0; nouns[w]; w++)
            if (is_word(c, i, nouns[w]))
                return i + 1 - k;
        if ((c->t->toks[i].flags & EG_TOK_CAP) && !has(c, i, M_SOON) && !(c->t->toks[i + 1].flags & EG_TOK_POSS))
            return 0;   /* (a name: "joined the European Union") */
        if ((!(c->t->toks[i].flags & EG_TOK_WORD) && !(c->t->toks[i].flags & EG_TOK_POSS)) || is_blocker(c, i))
            return 0;
    }
    return 0;
}

/* "C joined A and B at the Hotel Cortez Plaza for a three-way session": a person right after "joined" at token k,
 * and "for" and a meeting's noun a few words on in the clause. */
static int joined_for_talks(const ctx *c, const eg_sentence *s, size_t lo, size_t hi, size_t k)
{
    size_t m, i;
    for (m = lo; m < hi && c->mtok_a[m] <= k; m++)
        ;
    if (m == hi || c->mtok_a[m] != k + 1 || mention_type(c, m) != EG_TYPE_PERSON)
        return 0;
    for (i = k + 2; i + 1 < s->tok_end && i < k + 25 && !is_blocker(c, i); i++)
        if (session_after_for(c, i, s->tok_end, 5))
            return 1;
    return 0;
}

/* "X was later joined by Y for talks with Z": X, the person before "joined by" ahead of trigger k, takes part with
 * Y; -1 when there is none. */
static int32_t joined_by_subject(const ctx *c, const eg_sentence *s, size_t lo, size_t hi, size_t k)
{
    size_t j, m, p;
    for (j = k; j-- > s->tok_begin + 1 && j + 30 > k;)
        if (is(c, j, "by") && is(c, j - 1, "joined"))
            break;
    if (j <= s->tok_begin + 1 || j + 30 <= k)
        return -1;
    for (p = j - 1; p > s->tok_begin && p + 4 > j && (is(c, p - 1, "was") || is(c, p - 1, "were") ||
                                                      is(c, p - 1, "later") || is(c, p - 1, "also") ||
                                                      is(c, p - 1, "been") || is(c, p - 1, "had") ||
                                                      is(c, p - 1, "has") || is(c, p - 1, "is"));)
        p--;
    for (m = lo; m < hi; m++)
        if (c->mtok_b[m] == p && mention_type(c, m) == EG_TYPE_PERSON)
            return (int32_t)c->x->mentions[m].entity;
    return -1;
}

/* "in separate sessions", "separately": in the trigger's clause after token k. */
static int separately(const ctx *c, size_t k, size_t end)
{
    size_t i;
    for (i = k; i < end && i < k + 16 && !is_blocker(c, i); i++)
        if (is(c, i, "separately") || is(c, i, "separate"))
            return 1;
    return 0;
}

/* "will meet next week with officials": an object is named, only not by name. */
static int followed_by_with(const ctx *c, size_t k, size_t end)
{
    size_t i;
    for (i = k; i < end && i < k + 4; i++)
        if (is(c, i, "with"))
            return 1;
    return 0;
}

/* "a meeting between A and B", also when a date or place comes first ("a meeting Friday between", "a meeting in
 * Washington two weeks ago between"): "between" among the 8 tokens from k, no clause, comma, "with", "to" or person
 * before it ("met Saturday, to choose between A and B"). */
static int between_follows(const ctx *c, size_t lo, size_t hi, size_t k, size_t end)
{
    size_t i, reach = 10;
    int appos = 0;
    for (i = k; i < end && i < k + reach && !is(c, i, "between"); i++) {
        /* "a meeting ... in Kerema, the capital of Gulf Province, between A and B": a place's appositive */
        if (is(c, i, ",") && (appos || (i + 2 < end && (is(c, i + 1, "the") || is(c, i + 1, "a")) &&
                                       !(c->t->toks[i + 2].flags & EG_TOK_CAP)))) {
            appos = !appos;
            reach = 16;
            continue;
        }
        if (is_blocker(c, i) || is(c, i, "with") || is(c, i, ",") || is(c, i, "to"))
            return 0;
    }
    return i < end && i < k + reach && !person_in(c, lo, hi, k, i);
}

static int32_t last_person_before(const ctx *c, uint32_t s);

/* The most recent person mentioned before token j of sentence s (mentions of s start at lo), else before s. One
 * named only in a possessive counts when the sentence names nobody else ("Trump's campaign said he would meet"). */
static int32_t last_person_before_token(const ctx *c, size_t lo, size_t j, uint32_t s)
{
    size_t m, n;
    int32_t owner = -1;
    for (n = lo; n < c->x->nmentions && c->x->mentions[n].sent == s && c->mtok_b[n] <= j; n++)
        ;
    for (m = n; m-- > lo;)
        if (mention_type(c, m) == EG_TYPE_PERSON) {
            if (!is_possessive(c, m))
                return (int32_t)c->x->mentions[m].entity;
            if (owner < 0)
                owner = (int32_t)c->x->mentions[m].entity;
        }
    return owner >= 0 ? owner : last_person_before(c, s);
}

/* What the honorifics before person entity e's mentions say: 1 a man's ("Mr."), 2 a woman's ("Ms.", "Begum"), 0
 * neither or both. */
static int person_sex(const ctx *c, uint32_t e)
{
    static const char *const men[] = {"mr", "mr.", "sir", "monsieur", "m.", "herr", "señor", "senor", "lord", NULL};
    static const char *const women[] = {"ms", "ms.", "mrs", "mrs.", "miss", "madam", "madame", "mme", "mme.", "dame",
                                        "lady", "begum", "frau", "señora", "senora", "hadja", "hajia", "hajiya",
                                        "alhaja", "daw", NULL};
    size_t m, w;
    int sex = 0;
    for (m = 0; m < c->x->nmentions; m++) {
        size_t a = c->mtok_a[m];
        if (c->x->mentions[m].entity != e || a == 0)
            continue;
        for (w = 0; men[w]; w++)
            if (is_word(c, a - 1, men[w]))
                sex |= 1;
        for (w = 0; women[w]; w++)
            if (is_word(c, a - 1, women[w]))
                sex |= 2;
    }
    return sex == 3 ? 0 : sex;
}

/* The person "He met ..." at the start of sentence s most likely means. */
static int32_t last_person_before(const ctx *c, uint32_t s)
{
    size_t m;
    int32_t found = -1;
    uint32_t in = 0;
    /* the first person of the latest sentence that names one, its subject more often than not ("Greer said the
     * Trump administration wanted access. He is expected to ..."); one who only modifies a noun is not */
    for (m = c->x->nmentions; m-- > 0;) {
        const eg_mention *mn = &c->x->mentions[m];
        if (mn->sent >= s)
            continue;
        if (found >= 0 && mn->sent != in)
            break;
        if (mention_type(c, m) == EG_TYPE_PERSON && !is_possessive(c, m)) {
            found = (int32_t)mn->entity;
            in = mn->sent;
        }
    }
    return found;
}

/* The latest person before sentence s, within eight sentences, whose honorifics say sex `sex` (see person_sex), or
 * -1. */
static int32_t person_of_sex_before(const ctx *c, uint32_t s, int sex)
{
    size_t m;
    for (m = c->x->nmentions; m-- > 0;) {
        const eg_mention *mn = &c->x->mentions[m];
        if (mn->sent >= s)
            continue;
        if (mn->sent + 8 < s)
            break;
        if (mention_type(c, m) == EG_TYPE_PERSON && !is_possessive(c, m) && person_sex(c, mn->entity) == sex)
            return (int32_t)mn->entity;
    }
    return -1;
}

/* Where the subject of a trigger at token k ends when a relative clause stands between them ("Gen. X, who commands
 * the task group, held talks with ..."): at the comma that opens the clause; else k. */
static size_t before_relative(const ctx *c, const eg_sentence *s, size_t k)
{
    size_t j, v = k;
    /* the trigger of the relative clause itself: "Witkoff, who met Netanyahu last week, said ..." */
    for (j = k; j > s->tok_begin + 1 && k - j < 5; j--) {
        if (is(c, j - 1, "who"))
            return is(c, j - 2, ",") ? j - 2 : k;
        if (!(c->t->toks[j - 1].flags & EG_TOK_WORD) || (c->t->toks[j - 1].flags & EG_TOK_CAP))
            break;
    }
    /* the verb of a noun trigger: "..., held talks", "..., will hold talks" */
    while (v > s->tok_begin && k - v < 2 && (c->t->toks[v - 1].flags & EG_TOK_WORD) &&
           !(c->t->toks[v - 1].flags & EG_TOK_CAP))
        v--;
    if (v < s->tok_begin + 4 || !is(c, v - 1, ","))
        return k;
    /* (through a clause of where or when inside it: "Babiker, who flew in from Port Sudan, where the government
     * has been based since 2023, was received by") */
    for (j = v - 2; j > s->tok_begin && j + 40 > v; j--)
        if (is(c, j, ",") && !is(c, j + 1, "where") && !is(c, j + 1, "when"))
            return is(c, j + 1, "who") || is(c, j + 1, "which") || is(c, j + 1, "whose") ? j : k;
    return k;
}

/* Where the subject of a trigger at token k ends when an appositive stands between them, set off by commas right
 * after the person's name ("Kwabena Owusu-Ansah, a former Ghanaian foreign minister who chairs the AU panel, held
 * talks with ...", "Pieter van der Wal, head of OCHA in Sudan, flew in from Port Sudan and briefed ..."): at the
 * comma that opens it; else k. Neither the appositive nor the verb phrase after it names a person ("A, B and C
 * met" is a list). */
static size_t before_appositive(const ctx *c, const eg_sentence *s, size_t lo, size_t hi, size_t k)
{
    size_t j = k, close, m;
    int tries;
    while (j > s->tok_begin && k - j < 10 && !is(c, j - 1, ",") && !is_blocker(c, j - 1))
        j--;
    if (j <= s->tok_begin + 2 || !is(c, j - 1, ","))
        return k;
    close = j - 1;
    /* (two appositives in a row: "B, president of the port authority, the Ente ... (ENAPRO), spoke") */
    for (tries = 0; tries < 2; tries++) {
        for (j = close; j-- > s->tok_begin && close - j < 30;) {
            if (is(c, j, "\"") || is(c, j, ";"))
                return k;
            if (is(c, j, ","))
                break;
        }
        if (j + 1 == 0 || j <= s->tok_begin || !is(c, j, ",") || j + 1 == close)
            return k;
        for (m = lo; m < hi; m++) {
            if (mention_type(c, m) != EG_TYPE_PERSON)
                continue;
            if (c->mtok_a[m] > j && c->mtok_a[m] < k)
                return k;   /* a person inside: a list, or someone else's clause */
        }
        for (m = lo; m < hi; m++)
            if (c->mtok_b[m] == j && mention_type(c, m) == EG_TYPE_PERSON && !is_possessive(c, m))
                return j;
        close = j;
    }
    return k;
}

/* "will visit Y": the first name after the verb is the one visited, a person or a body, not a place. */
static int visits_whom(const ctx *c, size_t lo, size_t hi, size_t b, const group *right)
{
    size_t m;
    for (m = lo; m < hi && c->mtok_a[m] < b; m++)
        ;
    return m < hi && in_group(right, c->x->mentions[m].entity) && tokens_between_ok(c, b, c->mtok_a[m], 8);
}

/* Is every member of a in b? */
static int all_in(const group *a, const group *b)
{
    size_t i;
    for (i = 0; i < a->n; i++)
        if (!in_group(b, a->ent[i]))
            return 0;
    return 1;
}

static int same_word(const ctx *c, size_t i, size_t j)
{
    return c->t->toks[i].norm_len == c->t->toks[j].norm_len &&
           memcmp(W(c, i), W(c, j), c->t->toks[j].norm_len) == 0;
}

/* Token i is the abbreviation of the title word at token j: "Gov." and "governor", "Sen." and "senator". */
static int title_abbrev_of(const ctx *c, size_t i, size_t j)
{
    static const char *const pairs[][2] = {{"gov.", "governor"},  {"sen.", "senator"},       {"rep.", "representative"},
                                           {"gen.", "general"},   {"amb.", "ambassador"},    {"pres.", "president"},
                                           {"adm.", "admiral"},   {"lt.", "lieutenant"},     {"col.", "colonel"},
                                           {"supt.", "superintendent"}};
    size_t k;
    for (k = 0; k < sizeof pairs / sizeof pairs[0]; k++)
        if (is_word(c, i, pairs[k][0]) && is_word(c, j, pairs[k][1]))
            return 1;
    return 0;
}

/* A role that stands for whoever holds the office in a people's name: "leader", "diplomat", "envoy". */
static int generic_role(const ctx *c, size_t i)
{
    return is(c, i, "leader") || is(c, i, "chief") || is(c, i, "diplomat") || is(c, i, "envoy") ||
           is(c, i, "premier") || is(c, i, "head");
}

/* Where sentence s's subject starts: its first token, or after an opening of time ("Later on Tuesday, she met",
 * "On Wednesday the Chinese minister held talks", "The next day he met"). */
static size_t subject_at(const ctx *c, const eg_sentence *s)
{
    size_t i = s->tok_begin;
    /* (only a role or a pronoun is read there: most sentences have none among their first words) */
    while (i < s->tok_end && i < s->tok_begin + 9 && !is(c, i, "the") && !is(c, i, "he") && !is(c, i, "she"))
        i++;
    if (i == s->tok_begin || i >= s->tok_end || i == s->tok_begin + 9)
        return s->tok_begin;
    i = s->tok_begin;
    while (i < s->tok_end && i < s->tok_begin + 8) {
        if (is(c, i, "the") && i + 1 < s->tok_end &&
            (is(c, i + 1, "same") || is(c, i + 1, "next") || is(c, i + 1, "following") || is(c, i + 1, "previous"))) {
            i++;
            continue;
        }
        if (!has(c, i, M_TIME_OPEN) && !weekday_of(c, i) && !month_of(c, i) &&
            !((c->t->toks[i].flags & EG_TOK_NUM) && number_at(c, i, 1, 31)))
            break;
        i++;
    }
    /* (the opening ends with a time word or a comma: not "In Beijing the minister", nor "Then the minister") */
    if (i == s->tok_begin || i >= s->tok_end || is(c, i - 1, "on") || is(c, i - 1, "in") || is(c, i - 1, "at") ||
        is(c, i - 1, "the") || is(c, i - 1, "this") || is(c, i - 1, "that") || is(c, i - 1, "last") ||
        is(c, i - 1, "next"))
        return s->tok_begin;
    return i;
}

/* "The vice president also met ...": a sentence that opens with "the" and a title means the latest person named
 * before it with that title written before the name ("Vice President Kamala Harris"); -1 when there is none. */
static int32_t titled_subject(const ctx *c, const eg_sentence *s, uint32_t si)
{
    size_t i = c->subj, L, m, k, dem = 0;
    const eg_gz_entry *e;
    if (i + 2 >= s->tok_end || !is(c, i, "the"))
        return -1;
    /* "The Jordanian minister": the person's title had the same people's name before it */
    e = eg_gazetteer_lookup(c->gz, W(c, i + 1), c->t->toks[i + 1].norm_len);
    if (e && (e->kinds & EG_GZ_DEMONYM) && i + 3 < s->tok_end)
        dem = ++i;
    if (!(L = eg_gazetteer_match(c->gz, c->t, i + 1, s->tok_end, EG_GZ_TITLE, NULL)))
        return -1;
    for (m = c->x->nmentions; m-- > 0;) {
        size_t a = c->mtok_a[m];
        if (c->x->mentions[m].sent >= si || mention_type(c, m) != EG_TYPE_PERSON || a < L)
            continue;
        for (k = 0; k < L; k++)
            if (!same_word(c, a - L + k, i + 1 + k) && !(L == 1 && title_abbrev_of(c, a - 1, i + 1)))
                break;
        if (k < L)
            continue;
        if (dem) {
            for (k = a - L; k-- > 0 && k + 4 >= a - L && !same_word(c, k, dem);)
                ;
            if (k == (size_t)-1 || k + 4 < a - L)
                continue;
        }
        return (int32_t)c->x->mentions[m].entity;
    }
    /* "The Venezuelan leader met ...", "The Pakistani diplomat": a role the person was not given in those words,
     * with the same people's name just before the latest person who had one */
    if (dem && L == 1 && generic_role(c, i + 1))
        for (m = c->x->nmentions; m-- > 0;) {
            size_t a = c->mtok_a[m];
            if (c->x->mentions[m].sent >= si || mention_type(c, m) != EG_TYPE_PERSON || is_possessive(c, m))
                continue;
            for (k = a; k-- > 0 && k + 5 >= a && !same_word(c, k, dem);)
                ;
            if (k != (size_t)-1 && k + 5 >= a)
                return (int32_t)c->x->mentions[m].entity;
        }
    return -1;
}

/* "X congratulated Y in a phone call", "X told Y during a meeting on Monday": a noun trigger after "in a" or
 * "during a" with nobody after it is between the two persons the sentence names before it, the first its subject.
 * object_before_call fills left and right, or leaves them empty; in_a_noun gives where "in a" starts, or 0. */
static size_t in_a_noun(const ctx *c, const eg_sentence *s, size_t k)
{
    size_t i = k;
    while (i > s->tok_begin && k - i < 2 && (is(c, i - 1, "phone") || is(c, i - 1, "telephone") ||
                                             is(c, i - 1, "video") || is(c, i - 1, "brief")))
        i--;
    if (i < s->tok_begin + 2 || !(is(c, i - 1, "a") || is(c, i - 1, "an") || is(c, i - 1, "their")) ||
        !(is(c, i - 2, "in") || is(c, i - 2, "during")))
        return 0;
    return i - 2;
}

static void object_before_call(const ctx *c, const eg_sentence *s, size_t lo, size_t hi, size_t k, group *left,
                               group *right)
{
    size_t i = in_a_noun(c, s, k), m, n = 0, j, end0 = 0;
    uint32_t who[3];
    if (!i)
        return;
    for (m = lo; m < hi && c->mtok_b[m] <= i; m++) {
        if (mention_type(c, m) != EG_TYPE_PERSON || is_possessive(c, m))
            continue;
        if (n == 2 || (n && who[0] == c->x->mentions[m].entity))
            return;
        if (n == 1) {
            /* the second is the verb's object, not a clause's subject ("announced that Y will ... during a visit") */
            if (c->mtok_a[m] > end0 + 4)
                return;
            for (j = end0; j < c->mtok_a[m]; j++)
                if (is(c, j, "that") || is(c, j, ",") ||
                    (is_blocker(c, j) && !is(c, j, "told") && !is(c, j, "tells") && !is(c, j, "asked")))
                    return;
        }
        who[n++] = c->x->mentions[m].entity;
        end0 = c->mtok_b[m];
    }
    if (n == 2 && c->mtok_a[lo] <= s->tok_begin + 4) {   /* the subject opens the sentence, after its title */
        group_add(left, who[0]);
        group_add(right, who[1]);
    }
}

/* "A has invited B, the opposition leader, for talks", "A invited B to Lima for a meeting": the one who invites and
 * those invited, when "invited" stands within 16 tokens before the noun trigger at k with no clause between; left and
 * right are replaced only when both are found, and the meeting is planned. Returns whether they were. */
static int invited_to(const ctx *c, const eg_sentence *s, size_t lo, size_t hi, size_t k, group *left, group *right)
{
    size_t v, m;
    group l2, r2;
    if (is(c, k, "visit") || is(c, k, "visits"))
        return 0;   /* "invited B to visit Lima": not to meet */
    for (v = k; v-- > s->tok_begin && v + 16 >= k;) {
        if (is(c, v, "invited") || is(c, v, "invites") || is(c, v, "inviting"))
            break;
        if (is_blocker(c, v))
            return 0;
    }
    if (v + 1 == s->tok_begin || v + 16 < k || v == (size_t)-1)
        return 0;
    memset(&l2, 0, sizeof l2);
    memset(&r2, 0, sizeof r2);
    for (m = lo; m < hi && c->mtok_a[m] < k; m++) {
        if (mention_type(c, m) != EG_TYPE_PERSON || is_possessive(c, m))
            continue;
        if (c->mtok_b[m] <= v) {
            l2.n = 0;   /* the nearest before the verb */
            if (v - c->mtok_b[m] <= 4 && !span_has_blocker(c, c->mtok_b[m], v))
                group_add(&l2, c->x->mentions[m].entity);
        } else
            group_add(&r2, c->x->mentions[m].entity);
    }
    if (!l2.n || !r2.n || in_group(&r2, l2.ent[0]))
        return 0;
    *left = l2;
    *right = r2;
    return 1;
}

/* "X said after meeting Y", "X told reporters after talks with Y": a trigger after "after" or "following" that
 * comes right after a speech verb has the speaker as its subject. Adds the speaker to g. */
static void speaker_after(const ctx *c, const eg_sentence *s, size_t lo, size_t hi, size_t k, group *g)
{
    size_t i = k, v, m;
    if (i > s->tok_begin && has(c, i - 1, M_DET))
        i--;
    if (i < s->tok_begin + 2 || !(is(c, i - 1, "after") || is(c, i - 1, "following")))
        return;
    v = i - 2;
    if (v > s->tok_begin && is(c, v, "reporters"))
        v--;
    if (!has(c, v, M_SPEAKER))
        return;
    for (m = lo; m < hi && c->mtok_b[m] <= v; m++)
        if (mention_type(c, m) == EG_TYPE_PERSON && c->mtok_b[m] == v && !is_possessive(c, m)) {
            group_add(g, c->x->mentions[m].entity);
            return;
        }
}

/* The latest meeting stated so far, when it is told in sentence s (only_before: in the sentence before s) or the
 * one before; else NULL. */
static const eg_meeting *latest_meeting(const ctx *c, uint32_t s, int only_before)
{
    const eg_meeting *o = c->x->nmeetings ? &c->x->meetings[c->x->nmeetings - 1] : NULL;
    return o && o->sent + 1 >= s && (!only_before || o->sent + 1 == s) ? o : NULL;
}

/* The persons sentence si names into g, when they are exactly two. */
static void two_persons_in(const ctx *c, uint32_t si, group *g)
{
    size_t lo, hi, m;
    group all;
    memset(&all, 0, sizeof all);
    sentence_mentions(c, si, &lo, &hi);
    for (m = lo; m < hi; m++)
        if (mention_type(c, m) == EG_TYPE_PERSON)
            group_add(&all, c->x->mentions[m].entity);
    if (all.n == 2)
        *g = all;
}

/* what those who just met are called: "the two leaders", "both ministers" */
static const char *const pair_nouns[] = {"leaders", "men", "women", "ministers", "presidents", "officials", "sides",
                                         "diplomats", "envoys", "heads", "chiefs", "counterparts", "executives",
                                         "bosses", NULL};

/* Does sentence s open with "The two leaders", "Both ministers": the pair just named as meeting? */
static int opens_with_pair(const ctx *c, const eg_sentence *s)
{
    size_t i = s->tok_begin;
    /* "They were joined for the afternoon session by X" right after the two met */
    if (i + 1 < s->tok_end && is(c, i, "they") && latest_meeting(c, c->t->toks[i].sent, 1))
        return 1;
    if (i + 2 < s->tok_end && is(c, i, "the") && is(c, i + 1, "two")) {
        size_t n;
        i += 2;
        if (trigger_at(c, i, s->tok_end, &n))
            return 1;   /* "The two met in Reykjavik on Feb. 3" */
    } else if (i + 1 < s->tok_end && is(c, i, "both"))
        i += 1;
    else
        return 0;
    return is_in(c, i, pair_nouns);
}

/* Does sentence s speak of a meeting "between the two men", the two named just before? */
static int between_the_two(const ctx *c, const eg_sentence *s)
{
    size_t i;
    for (i = s->tok_begin + 1; i + 2 < s->tok_end && i < s->tok_begin + 12; i++)
        if (is(c, i, "between") && is(c, i + 1, "the") && is(c, i + 2, "two") && is_nominal(c, i - 1))
            return 1;
    return 0;
}

/* The participants of the latest meeting of two stated before sentence s, into g; none when there is none. */
static void last_pair_before(const ctx *c, uint32_t s, group *g)
{
    size_t m = c->x->nmeetings, i;
    while (m-- > 0) {
        const eg_meeting *mt = &c->x->meetings[m];
        if (mt->sent >= s)
            continue;
        if (mt->nparts == 2)
            for (i = 0; i < mt->nparts; i++)
                group_add(g, mt->part[i]);
        return;
    }
}

/* "After meeting X in Nairobi, Y said ...", "Following talks with X, Y told reporters": a trigger in a clause that
 * opens the sentence with "after", "following", "before", "ahead of", "during", "upon", "besides", "in addition to"
 * or "speaking" has the main clause's subject. Returns the comma that ends such a clause around trigger k, or 0. */
static size_t fronted_clause_end(const ctx *c, const eg_sentence *s, size_t k)
{
    size_t i = s->tok_begin, j;
    int speaking = i < k && (is(c, i, "speaking") || is(c, i, "talking") || is(c, i, "writing"));
    if (speaking)
        i++;
    /* "Speaking at a news conference in Tokyo after a meeting with X, Y said": the participle's clause, whatever
     * its preposition ("on the eve of a White House meeting with X") */
    if (!speaking &&
        (i >= k || !(is(c, i, "after") || is(c, i, "following") || is(c, i, "before") || is(c, i, "ahead") ||
                     is(c, i, "during") || is(c, i, "upon") || is(c, i, "besides") || (is(c, i, "in") && k - i <= 3) ||
                     (is(c, i, "in") && i + 2 < k && is(c, i + 1, "addition") && is(c, i + 2, "to")))))
        return 0;   /* ("In a meeting with X, Y pledged ...", "In addition to his meeting with X, Y ...") */
    for (j = i + 1; j < k; j++)
        if (is(c, j, ","))
            return 0;   /* the trigger is in the main clause: "During a visit to Kenya, she will meet ..." */
    for (j = k + 1; j < s->tok_end && !is(c, j, ","); j++)
        if (is_blocker(c, j) || j - k > 24)
            return 0;
    return j < s->tok_end ? j : 0;
}

/* The subject of the main clause after the comma at token j: the person who starts it, after the words of a
 * title; none when it is one of those met, or a list goes on after it. */
static void main_subject(const ctx *c, size_t lo, size_t hi, size_t j, const group *right, group *g)
{
    size_t m, next = j + 1;
    for (m = lo; m < hi; m++) {
        size_t a = c->mtok_a[m];
        if (a < next)
            continue;
        if (!tokens_between_ok(c, next, a, 8))
            return;
        if (mention_type(c, m) == EG_TYPE_PERSON) {
            size_t b = c->mtok_b[m];
            if (in_group(right, c->x->mentions[m].entity))
                return;
            if (b < c->t->ntoks && (is(c, b, ",") || is(c, b, "and")))
                return;   /* a list goes on: "hosted by A, B, C and D" */
            if (!is_possessive(c, m))
                group_add(g, c->x->mentions[m].entity);
            return;
        }
        next = c->mtok_b[m];
    }
}

/* "Pakistani Foreign Minister X made the comment after Tuesday's meeting with his Iranian counterpart, Y": a
 * meeting noun at k a few words after "after" or "following" is the sentence's subject's, when the sentence opens
 * with that person (titles and a people's name before); -1 otherwise. */
static int32_t after_meeting_subject(const ctx *c, const eg_sentence *s, size_t lo, size_t hi, size_t k,
                                     const group *right)
{
    size_t i, m, next = s->tok_begin;
    int found = 0;
    for (i = k; !found && i > s->tok_begin && i + 4 > k;) {
        i--;
        found = is(c, i, "after") || is(c, i, "following");
    }
    if (!found)
        return -1;
    /* the first person, with only titles and a people's or a body's name before it ("Pakistani Foreign Minister") */
    for (m = lo; m < hi && mention_type(c, m) != EG_TYPE_PERSON; m++) {
        if (!tokens_between_ok(c, next, c->mtok_a[m], 8))
            return -1;
        next = c->mtok_b[m];
    }
    if (m == hi || c->mtok_b[m] > i || c->mtok_b[m] + 8 < i || in_group(right, c->x->mentions[m].entity) ||
        is_possessive(c, m) || !tokens_between_ok(c, next, c->mtok_a[m], 8) ||
        person_in(c, lo, hi, c->mtok_b[m], i))
        return -1;
    /* its own verb's clause, not what it said ("X said Y was tired after talks with Z") */
    for (next = c->mtok_b[m]; next < i; next++)
        if (is(c, next, ",") || is(c, next, "that") || has(c, next, M_SPEAKER) || is_blocker(c, next))
            return -1;
    return (int32_t)c->x->mentions[m].entity;
}

/* "X's office says he and Palestinian leader Y spoke by telephone": a he or she joined by "and" to the first of
 * the group before trigger k is the person it stands for (the sentence's person before it, else the latest one),
 * put first. */
static void pronoun_partner(const ctx *c, const eg_sentence *s, size_t lo, size_t hi, uint32_t si, size_t k,
                            group *g)
{
    size_t m, j;
    int32_t p;
    group with;
    for (m = lo; m < hi && !(c->x->mentions[m].entity == g->ent[0] && c->mtok_b[m] <= k); m++)
        ;
    if (m == hi || g->n >= EG_MEETING_MAX_PARTS)
        return;
    /* (titles between, read whole: "she and Harrowgate chief executive Sir Nigel X met") */
    for (j = c->mtok_a[m]; j > s->tok_begin + 1 && !is(c, j - 1, "and") && j + 8 > c->mtok_a[m];)
        j--;
    if (j < s->tok_begin + 2 || !is(c, j - 1, "and") || !(is(c, j - 2, "he") || is(c, j - 2, "she")) ||
        !tokens_between_ok(c, j, c->mtok_a[m], 8))
        return;
    if ((p = last_person_before_token(c, lo, j - 2, si)) < 0 || in_group(g, (uint32_t)p))
        return;
    memset(&with, 0, sizeof with);
    group_add(&with, (uint32_t)p);
    for (j = 0; j < g->n; j++)
        group_add(&with, g->ent[j]);
    *g = with;
}

/* "hosted talks between", "brokered a meeting between": the verb before the noun trigger at k (a determiner may
 * stand between) makes its subject a party. */
static int hosts_before(const ctx *c, const eg_sentence *s, size_t k)
{
    size_t v = k;
    if (v > s->tok_begin && has(c, v - 1, M_DET))
        v--;
    return v > s->tok_begin && (is(c, v - 1, "hosted") || is(c, v - 1, "hosts") || is(c, v - 1, "host") ||
                                is(c, v - 1, "chaired") || is(c, v - 1, "brokered") || is(c, v - 1, "mediated") ||
                                is(c, v - 1, "convened") || is(c, v - 1, "held") || is(c, v - 1, "holds"));
}

/* The persons coordinated from the first that starts at or after token from, with no more than a title, a people's
 * name, a possessive or a determiner before each ("Pakistan's President A and visiting Japanese Prime Minister B"),
 * into g (which it clears); returns the token after the last of them, or 0 when there is none. One that only
 * modifies a noun is no subject. */
static size_t subject_group(const ctx *c, size_t lo, size_t hi, size_t from, size_t end, group *g)
{
    size_t m, i, next = from, last = 0;
    memset(g, 0, sizeof *g);
    for (m = lo; m < hi; m++) {
        size_t a = c->mtok_a[m];
        if (a < next)
            continue;
        if (c->mtok_b[m] > end || !tokens_between_ok(c, next, a, 8))
            break;
        if (mention_type(c, m) == EG_TYPE_PERSON) {
            if (last) {
                /* another person joins by "and" or a comma, not by a title alone */
                for (i = last; i < a && !is(c, i, "and") && !is(c, i, ","); i++)
                    ;
                if (i == a)
                    break;
            }
            if (is_possessive(c, m))
                break;
            group_add(g, c->x->mentions[m].entity);
            last = c->mtok_b[m];
        }
        next = c->mtok_b[m];
    }
    return last;
}

/* "the two (leaders)" right before the trigger at k, not opening the sentence: where "the" is, else 0. */
static size_t the_two_before(const ctx *c, const eg_sentence *s, size_t k)
{
    size_t i = k;
    /* (and one adverb or auxiliary: "the two men first met", "the two leaders had met") */
    if (i > s->tok_begin && (is(c, i - 1, "first") || is(c, i - 1, "later") || is(c, i - 1, "last") ||
                             is(c, i - 1, "previously") || is(c, i - 1, "also") || is(c, i - 1, "again") ||
                             is(c, i - 1, "had") || is(c, i - 1, "have") || is(c, i - 1, "then")))
        i--;
    if (i > s->tok_begin && (is(c, i - 1, "leaders") || is(c, i - 1, "men") || is(c, i - 1, "presidents") ||
                             is(c, i - 1, "ministers") || is(c, i - 1, "women") || is(c, i - 1, "executives") ||
                             is(c, i - 1, "envoys") || is(c, i - 1, "diplomats") || is(c, i - 1, "officials")))
        i--;
    return i >= s->tok_begin + 3 && is(c, i - 1, "two") && is(c, i - 2, "the") ? i - 2 : 0;
}

/* The two persons named before token k when the sentence names exactly two there (none only in a possessive), into
 * g; else g is left empty. */
static void two_before(const ctx *c, size_t lo, size_t hi, size_t k, group *g)
{
    size_t m;
    memset(g, 0, sizeof *g);
    for (m = lo; m < hi && c->mtok_b[m] <= k; m++)
        if (mention_type(c, m) == EG_TYPE_PERSON) {
            if (is_possessive(c, m) || (g->n == 2 && !in_group(g, c->x->mentions[m].entity))) {
                g->n = 0;
                return;
            }
            group_add(g, c->x->mentions[m].entity);
        }
    if (g->n != 2)
        g->n = 0;
}

/* The token that opens the clause of a trigger at token k when a preposition does so after the main verb ("after
 * (holding) talks with", "following a meeting with", "during a televised meeting with", "in a meeting with", "for
 * talks with" after a place or a journey: "was in Washington for talks with"); else 0. Up to three lower-case
 * words stand between it and the trigger. */
static size_t clause_intro(const ctx *c, const eg_sentence *s, size_t lo, size_t hi, size_t k)
{
    size_t j, m;
    for (j = k; j-- > s->tok_begin + 1 && j + 4 >= k;) {
        if (is(c, j, "after") || is(c, j, "following") || is(c, j, "during") || is(c, j, "before") ||
            is(c, j, "in") || is(c, j, "at"))
            return j;
        if (is(c, j, "for")) {
            if (is(c, j - 1, "arrived") || has(c, j - 1, M_TRAVEL))
                return j;
            for (m = lo; m < hi; m++)
                if (c->mtok_b[m] == j && (mention_type(c, m) == EG_TYPE_PLACE || mention_type(c, m) == EG_TYPE_COUNTRY))
                    return j;
            return 0;
        }
        if (!(c->t->toks[j].flags & EG_TOK_WORD) || (c->t->toks[j].flags & EG_TOK_CAP) || is_blocker(c, j))
            return 0;
    }
    return 0;
}

/* The persons who open the sentence, for a trigger whose clause starts at token upto after the main verb ("A made
 * the remarks after talks with B", "A spoke Sunday, in Sochi, after meeting B", "A and B said after meeting in
 * Washington that ...", "A, who was in Washington for talks with B, said"): into g when nothing between them and
 * upto names another person, quotes or opens another clause (but a relative clause right after them, "A, who"),
 * and none of them is among those met (right). */
static void opening_subject(const ctx *c, const eg_sentence *s, size_t lo, size_t hi, size_t upto, const group *right,
                            group *g)
{
    size_t i, end;
    group sub;
    if (!(end = subject_group(c, lo, hi, s->tok_begin, upto, &sub)) || upto - end > 25 ||
        person_in(c, lo, hi, end, upto))
        return;
    for (i = end; i < upto; i++)
        if (is(c, i, "that") || is(c, i, "\"") || is(c, i, ";") ||
            (is_blocker(c, i) && !has(c, i, M_SPEAKER) && !(i == end + 1 && is(c, end, ",") && is(c, i, "who"))))
            return;
    for (i = 0; i < sub.n; i++)
        if (in_group(right, sub.ent[i]))
            return;
    *g = sub;
}

/* A "with" among the six tokens after k, before any comma or clause. */
static int with_soon_after(const ctx *c, size_t k, size_t end)
{
    size_t i;
    for (i = k + 1; i < end && i <= k + 6 && !is(c, i, ",") && !is_blocker(c, i); i++)
        if (is(c, i, "with"))
            return 1;
    return 0;
}

/* "spoke in his native Farsi with": the length from the verb at k to a "with" among its next five words (no clause,
 * comma or name between), or 0. */
static size_t with_ahead(const ctx *c, size_t lo, size_t hi, size_t k, size_t end)
{
    size_t i;
    for (i = k + 1; i < end && i <= k + 5; i++) {
        if (is(c, i, "with"))
            return i > k + 1 && !person_in(c, lo, hi, k + 1, i) ? i + 1 - k : 0;
        if (is_blocker(c, i) || is(c, i, ",") || is(c, i, "to") || !(c->t->toks[i].flags & EG_TOK_WORD))
            return 0;
    }
    return 0;
}

static int any_and(const ctx *c, size_t from, size_t to)
{
    size_t i;
    for (i = from; i < to; i++)
        if (is(c, i, "and"))
            return 1;
    return 0;
}

/* A word among tokens [from, to) that puts a second meeting before or after the first: "ahead of", "before",
 * "after", "following". */
static int went_on_to(const ctx *c, size_t from, size_t to)
{
    size_t i;
    for (i = from; i < to; i++)
        if ((is(c, i, "ahead") && i + 1 < to && is(c, i + 1, "of")) || is(c, i, "before") || is(c, i, "after") ||
            is(c, i, "following"))
            return 1;
    return 0;
}

/* "A met B in Rabat. The ministers talked for three hours at the Sofitel Rabat hotel", "The three met at the Palácio
 * da Bolsa": a sentence that opens with those who just met, names no person and names a building after "at" in its
 * first clause says where the meeting told in the sentence before was. */
static void group_met_at(const ctx *c, const eg_sentence *s, uint32_t si, size_t lo, size_t hi)
{
    size_t i = s->tok_begin, end = s->tok_end, m;
    eg_meeting *o;
    if (!latest_meeting(c, si, 1) || i + 3 >= end || !is(c, i, "the"))
        return;
    i += 1 + (is(c, i + 1, "two") || is(c, i + 1, "three"));
    if (!is_in(c, i, pair_nouns) && i != s->tok_begin + 2)   /* ("The three met at ...") */
        return;
    end = clause_end(c, i, end);
    o = &c->x->meetings[c->x->nmeetings - 1];
    for (m = lo; m < hi && c->mtok_a[m] < end && c->mtok_a[m] < s->tok_begin + 16; m++) {
        int32_t v = (int32_t)c->x->mentions[m].entity;
        if (mention_type(c, m) == EG_TYPE_PERSON)
            return;
        if (mention_type(c, m) != EG_TYPE_PLACE || c->x->entities[v].cc[0] || !at_before(c, c->mtok_a[m]))
            continue;
        if (o->place < 0)
            o->place = v;
        else if (o->venue < 0 && o->place != v)
            o->venue = v;
        return;
    }
}

/* "The talks, held at the seaside Bahay Dagat Hotel on Honda Bay, marked ...": where the meeting told in the
 * sentence before sentence s was, when it did not say; whether s opens so. With at_only, only for "held at" (the
 * sentence may name others who joined: "The talks, held at the Parque Hotel, were joined ... by C"). */
static int talks_held_at(const ctx *c, const eg_sentence *s, uint32_t si, size_t lo, size_t hi, int at_only)
{
    const eg_meeting *l;
    size_t h = s->tok_begin + 2;
    if (!opens_with_talks(c, s, 0))
        return 0;
    l = latest_meeting(c, si, 1);
    while (h < s->tok_end && h < s->tok_begin + 6 && !is(c, h, "held") && !is(c, h, "took") &&
           !(h == s->tok_begin + 2 && is(c, h, "at")))
        h++;   /* (only where they were held: not "The meeting came on the eve of a summit ... at X"; but "The
                * meeting at the Government Guest House lasted") */
    if (h == s->tok_begin + 2 && is(c, h, "at"))
        h--;
    if (l && l->venue < 0 && h < s->tok_begin + 6 && h + 1 < s->tok_end && (!at_only || is(c, h + 1, "at"))) {
        eg_meeting *o = &c->x->meetings[c->x->nmeetings - 1];
        int32_t p2 = -1, v2 = -1, country = -1;
        place_in(c, lo, hi, h, clause_end(c, h, s->tok_end), &p2, &v2, &country);
        if (v2 >= 0 && v2 != o->place)
            o->venue = v2;
        if (o->place < 0 && p2 >= 0)
            o->place = p2;
    }
    return 1;
}

/* "the coast guard chiefs of the three countries held three-way talks in Davao: A of X, B, head of Y, and C": where
 * no person comes before the trigger at k, those a colon after it lists, the first on the left. Whether two or more
 * were found. */
static int colon_list(const ctx *c, const eg_sentence *s, size_t lo, size_t hi, size_t k, group *left, group *right)
{
    size_t j, m;
    if (person_in(c, lo, hi, s->tok_begin, k))
        return 0;
    for (j = k + 1; j < s->tok_end && j < k + 16 && !is(c, j, ":"); j++)
        if (is(c, j, ";") || is(c, j, "\""))
            return 0;
    if (j + 1 >= s->tok_end || !is(c, j, ":"))
        return 0;
    for (m = lo; m < hi && c->mtok_a[m] <= j; m++)
        ;
    /* (the list opens with the first of them, or a title before the name) */
    if (m >= hi || mention_type(c, m) != EG_TYPE_PERSON || c->mtok_a[m] > j + 4)
        return 0;
    memset(left, 0, sizeof *left);
    memset(right, 0, sizeof *right);
    group_add(left, c->x->mentions[m].entity);
    for (m++; m < hi; m++)
        if (mention_type(c, m) == EG_TYPE_PERSON && !in_group(left, c->x->mentions[m].entity)) {
            if (!right->n)
                right->first_at = c->mtok_a[m];
            group_add(right, c->x->mentions[m].entity);
        }
    return right->n > 0;
}

static eg_status sentence_meetings(ctx *c, uint32_t si)
{
    const eg_sentence *s = &c->t->sents[si];
    size_t lo, hi, k, len;
    sentence_mentions(c, si, &lo, &hi);
    {
        /* a meeting needs a person in the sentence, or a sentence that opens with he or she */
        size_t m;
        int person = 0;
        for (m = lo; m < hi && !person; m++)
            person = mention_type(c, m) == EG_TYPE_PERSON;
        int pair = !person && (opens_with_pair(c, s) || between_the_two(c, s));
        if (person)
            talks_held_at(c, s, si, lo, hi, 1);
        else
            group_met_at(c, s, si, lo, hi);
        if (!person && !pair && talks_held_at(c, s, si, lo, hi, 0))
            return EG_OK;
        if (!person && !(s->tok_end > s->tok_begin && (is(c, s->tok_begin, "he") || is(c, s->tok_begin, "she"))) &&
            !pair)
            return EG_OK;
        if (hi - lo < 2 && !person && !pair)
            return EG_OK;
    }
    c->subj = subject_at(c, s);
    group prev_left, prev_right;   /* the sentence's previous meeting */
    size_t prev_end = s->tok_begin, next_clause = s->tok_end;   /* (where another meeting's clause starts) */
    prev_left.n = prev_right.n = 0;
    for (k = s->tok_begin; k < s->tok_end; k++) {
        static const trigger in_a_call = {"call", NULL, EG_MODE_CALL, 1};
        const trigger *tr = trigger_at(c, k, s->tok_end, &len);
        static const trigger spoke_with = {"spoke", "with", 0, 1};
        static const trigger joined_by = {"joined", "by", 0, 1};
        static const trigger joined_talks = {"joined", "talks", 0, 0};
        static const trigger joined_for = {"joined", NULL, 0, 2};
        static const trigger call_between = {"call", "between", EG_MODE_CALL, 0};
        if (!tr && has(c, k, M_TRIGGER)) {   /* (each is a trigger's first word: most tokens are none) */
            if ((is(c, k, "call") || is(c, k, "conversation")) && in_a_noun(c, s, k)) {
                tr = &in_a_call;   /* "in a phone call" names nobody after it: not a trigger of the table */
                len = 1;
            } else if ((is(c, k, "spoke") || is(c, k, "spoken") || is(c, k, "talked")) &&
                       (len = with_ahead(c, lo, hi, k, s->tok_end)) != 0)
                tr = &spoke_with;   /* "spoke in his native Farsi with X" */
            else if (is(c, k, "joined") && (len = joined_by_at(c, s, lo, hi, k)) != 0)
                tr = &joined_by;    /* "A and B were later joined at the hotel by C for a three-way session" */
            else if (is(c, k, "joined") && (len = joined_talks_at(c, s, k)) != 0)
                tr = &joined_talks; /* "C joined part of Tuesday's session by phone" */
            else if (is(c, k, "joined") && joined_for_talks(c, s, lo, hi, k)) {
                tr = &joined_for;   /* "C joined A and B at the hotel for a three-way session" */
                len = 1;
            }
            else if (is(c, k, "call") && between_follows(c, lo, hi, k + 1, s->tok_end)) {
                tr = &call_between;   /* "a phone call on Sunday between A and B" */
                len = 1;
            }
        }
        group left, right;
        eg_meeting mt;
        size_t i;
        int invited, retold = 0;
        if (!tr || met_with_thing(c, k, s->tok_end) || names_a_thing(c, s, k) ||
            ((is(c, k, "session") || is(c, k, "sessions")) && !with_soon_after(c, k, s->tok_end)))
            continue;   /* ("held a session at the Fram Centre with X"; not "speaking after the session, X") */
        left_group(c, lo, hi, before_relative(c, s, k), is_nominal(c, k), &left);
        if (!left.n)
            left_group(c, lo, hi, before_appositive(c, s, lo, hi, k), is_nominal(c, k), &left);
        if (!left.n && k > s->tok_begin + 1 && is(c, k - 1, "but"))
            left_group(c, lo, hi, k - 1, 0, &left);   /* "A was not in Nairobi but spoke by phone with B" */
        if (!left.n && tr == &joined_by && k >= s->tok_begin + 4 && (is(c, k - 1, "were") || is(c, k - 1, "was")) &&
            the_two_before(c, s, k - 1))
            last_pair_before(c, si, &left);   /* "For the final session the two men were joined by C" */
        if (!left.n && tr == &joined_by && k >= s->tok_begin + 4 && (is(c, k - 1, "were") || is(c, k - 1, "was")) &&
            opens_with_talks(c, s, 1)) {
            /* "The talks, held at the former Parque Hotel, were joined in the afternoon by C": C and those who
             * met in the sentence before */
            const eg_meeting *o = latest_meeting(c, si, 1);
            for (i = 0; o && i < o->nparts; i++)
                group_add(&left, o->part[i]);
        }
        if (left.n == 1 && tr != &joined_by && !followed_by_with(c, k + len, s->tok_end) &&
            (i = the_two_before(c, s, k)) != 0) {
            /* "A opened the session alongside B, and the two ministers met on the sidelines": the two persons the
             * sentence names before, not the nearest alone */
            group two;
            two_before(c, lo, hi, i, &two);
            if (two.n == 2)
                left = two;
        }
        if (left.n)
            pronoun_partner(c, s, lo, hi, si, k, &left);
        if (left.n) {
            int32_t host = joined_by_subject(c, s, lo, hi, k);
            if (host >= 0 && !in_group(&left, (uint32_t)host)) {
                group with_host;
                memset(&with_host, 0, sizeof with_host);
                group_add(&with_host, (uint32_t)host);
                for (i = 0; i < left.n; i++)
                    group_add(&with_host, left.ent[i]);
                left = with_host;
            }
        }
        if (tr == &joined_talks) {
            /* "C joined part of Tuesday's session by phone": C and those of the latest meeting, told in this
             * sentence or the one before (further back, which session is meant is a guess) */
            const eg_meeting *o = latest_meeting(c, si, 0);
            memset(&right, 0, sizeof right);
            for (i = 0; o && i < o->nparts; i++)
                group_add(&right, o->part[i]);
            right.first_at = k + len;
        } else if (is(c, k, "discussed") || is(c, k, "discuss") || is(c, k, "discussing") ||
                   (k + 1 < s->tok_end && is(c, k + 1, "about"))) {
            /* "discussed trade with Y", "A and B discussed": never what is discussed ("discussed Y's plan"), nor
             * what talks are about ("X talks about Y's trip") */
            with_group(c, s, lo, hi, k + 1, 7, &right);
        } else if (left.n >= 2 && about_after(c, k + len, s->tok_end)) {
            /* "A and B spoke by video call about a plan drafted by C": what the call was about names no one who
             * took part */
            memset(&right, 0, sizeof right);
        } else if (tr->needs_object == 3) {
            /* "A and B signed the agreement", "A signed a memorandum with B": only one named after "with" */
            size_t d = signed_document(c, k, s->tok_end), by;
            if (!d && !left.n && (by = signed_by(c, s, k)) != 0) {
                /* (in the passive, those after "by" signed it together) */
                right_group(c, lo, hi, by, next_meeting_clause(c, lo, hi, by, s->tok_end), &left);
                if (left.n < 2)
                    continue;
                memset(&right, 0, sizeof right);
            } else if (!d)
                continue;
            else
                with_group(c, s, lo, hi, d, 4, &right);
        } else {
            /* "spoke by telephone on Sunday with his counterpart in ..., X": the reach counts from a "with" a few
             * words on, before anyone is named */
            size_t from = k + len, j;
            for (j = from; j < s->tok_end && j < from + 8 && !is(c, j, "with") && !is(c, j, ",") && !is_blocker(c, j);
                 j++)
                ;
            if (j > from && j < s->tok_end && is(c, j, "with") && !person_in(c, lo, hi, from, j))
                from = j + 1;
            size_t nc = next_meeting_clause(c, lo, hi, from, s->tok_end);
            if (nc < s->tok_end)
                next_clause = nc;
            right_group(c, lo, hi, from, nc, &right);
        }
        if (!left.n && !right.n)
            colon_list(c, s, lo, hi, k, &left, &right);
        if (!left.n && is_nominal(c, k) && k + len + 1 < s->tok_end && is(c, k + len, "by")) {
            /* "A courtesy call by A on B", "a visit by A with B": the one who called, then the one called on */
            size_t m;
            for (m = lo; m < hi && c->mtok_a[m] < k + len + 1; m++)
                ;
            if (m < hi && c->mtok_a[m] == k + len + 1 && mention_type(c, m) == EG_TYPE_PERSON &&
                c->mtok_b[m] + 1 < s->tok_end && (is(c, c->mtok_b[m], "on") || is(c, c->mtok_b[m], "with"))) {
                group g;
                right_group(c, lo, hi, c->mtok_b[m] + 1, s->tok_end, &g);
                if (g.n && !in_group(&g, c->x->mentions[m].entity)) {
                    group_add(&left, c->x->mentions[m].entity);
                    right = g;
                }
            }
        }
        if ((is(c, k, "received") || is(c, k, "receives")) && right.n &&
            !tokens_between_ok(c, k + len, right.first_at, 8) && !call_word_in(c, k + len, right.first_at) &&
            !any_before(c, k + len, right.first_at, M_GROUP) && !passive_by(c, k, k + len, right.first_at))
            continue;   /* "received a letter from X"; but "received X", "a phone call from X", "a delegation led
                         * by X" */
        if ((is(c, k, "visit") || is(c, k, "visits")) && !visits_whom(c, lo, hi, k + len, &right))
            memset(&right, 0, sizeof right);   /* "invited Qin to visit Washington, ..., X said" */
        if (left.n && right.n && is_nominal(c, k) && between_follows(c, lo, hi, k + 1, s->tok_end) &&
            !hosts_before(c, s, k))
            left.n = 0;   /* "X is in Moscow to prepare for next month's summit between A and B": A and B only (but
                           * "X hosted talks between A and B") */
        if (left.n >= 2 && right.n && all_in(&right, &left))
            right.n = 0;   /* "A and B are expected to meet in Vilnius, and A will stop in Warsaw" */
        if (left.n == 1 && !right.n && (i = first_person(c, lo, hi)) < hi &&
            c->x->mentions[i].entity == left.ent[0] && c->mtok_a[i] > s->tok_begin + 2 &&
            is(c, c->mtok_a[i] - 1, "and")) {
            /* "The Turkish minister and al-Shammari first met in Vienna": whom the role opening the sentence
             * stands for */
            int32_t p = titled_subject(c, s, si);
            if (p >= 0 && (uint32_t)p != left.ent[0]) {
                uint32_t b = left.ent[0];
                memset(&left, 0, sizeof left);
                group_add(&left, (uint32_t)p);
                group_add(&left, b);
            }
        }
        if (left.n && prev_left.n && (any_and(c, prev_end, k) || (is_nominal(c, k) && went_on_to(c, prev_end, k))) &&
            in_group(&prev_right, left.ent[left.n - 1]))
            left = prev_left;   /* "X met Y on Thursday and later spoke with Z", "X met Y in Ramallah, ahead of talks
                                 * with Z": X spoke, not Y */
        if (!left.n && right.n) {
            size_t j = fronted_clause_end(c, s, k);
            if (j) {
                /* those met are named before the comma; the subject starts the main clause after it */
                group cut;
                right_group(c, lo, hi, k + len, j, &cut);
                /* "After meeting all night in Abuja, A and B pledged ...": they met each other */
                if (!cut.n && !tr->needs_object && subject_group(c, lo, hi, j + 1, s->tok_end, &left) && left.n < 2)
                    left.n = 0;
                if (!left.n)
                    main_subject(c, lo, hi, j, &cut, &left);
                if (left.n)
                    right = cut;
            }
        }
        if (!left.n && (is(c, c->subj, "he") || is(c, c->subj, "she"))) {
            int32_t p = last_person_before(c, si);
            /* "Mr. X spoke with Y. ... She is due to meet Z": not a person whose honorifics say the other sex, but
             * the latest one before whose honorifics say the pronoun's */
            int want = is(c, c->subj, "he") ? 1 : 2;
            if (p >= 0 && person_sex(c, (uint32_t)p) == 3 - want)
                p = person_of_sex_before(c, si, want);
            if (p >= 0)
                group_add(&left, (uint32_t)p);
        }
        if (!left.n && right.n && k < c->subj + 8) {
            int32_t p = titled_subject(c, s, si);
            if (p >= 0)
                group_add(&left, (uint32_t)p);
        }
        if (!right.n && is_nominal(c, k + len - 1)) {
            group l2, r2;
            l2.n = r2.n = 0;
            l2.with_at = r2.with_at = 0;
            object_before_call(c, s, lo, hi, k, &l2, &r2);
            if (r2.n) {
                left = l2;
                right = r2;
            }
        }
        invited = !right.n && is_nominal(c, k) && invited_to(c, s, lo, hi, k, &left, &right);
        if (!left.n && right.n)
            speaker_after(c, s, lo, hi, k, &left);
        if (!left.n && right.n && tr != &in_a_call) {
            /* ("A said in a phone call that B was wrong": the call names nobody it was with) */
            size_t j = clause_intro(c, s, lo, hi, k);
            /* "A is to make his first visit to Washington next week to meet with B" */
            if (!j && k > s->tok_begin + 2 && is(c, k - 1, "to") &&
                any_before(c, s->tok_begin, k - 1, M_VISIT | M_TRAVEL))
                j = k - 1;
            if (j)
                opening_subject(c, s, lo, hi, j, &right, &left);
            if (j && !left.n && !person_in(c, lo, hi, 0, j)) {
                /* "The Pakistani leader spoke in Islamabad after talks with B": whom the role stands for */
                int32_t p = titled_subject(c, s, si);
                if (p >= 0 && !in_group(&right, (uint32_t)p))
                    group_add(&left, (uint32_t)p);
            }
        }
        if (!left.n && !right.n && !tr->needs_object && !followed_by_with(c, k + len, s->tok_end)) {
            /* those who open the sentence met each other: "A and B said after meeting in Washington that ...", "A
             * and B ... when they met in May", "After meeting all night in Abuja, A and B pledged ..." */
            size_t j = the_two_before(c, s, k);
            group sub;
            sub.n = 0;
            if (j)
                two_before(c, lo, hi, j, &sub);   /* "A praised B and said the two discussed trade" */
            else if (k > s->tok_begin + 2 && is(c, k - 1, "they") &&
                     (is(c, k - 2, "when") || is(c, k - 2, "after") || is(c, k - 2, "before") || is(c, k - 2, "as") ||
                      is(c, k - 2, "since") || is(c, k - 2, "where"))) {
                opening_subject(c, s, lo, hi, k - 2, &right, &sub);
                if (sub.n < 2)
                    two_before(c, lo, hi, k - 2, &sub);   /* "A told reporters he will inform B when they meet" */
            } else if ((j = clause_intro(c, s, lo, hi, k)) != 0)
                opening_subject(c, s, lo, hi, j, &right, &sub);
            else if ((j = fronted_clause_end(c, s, k)) != 0)
                subject_group(c, lo, hi, j + 1, s->tok_end, &sub);
            if (sub.n >= 2)
                left = sub;
        }
        if (!left.n && right.n && is_nominal(c, k)) {
            int32_t subject = after_meeting_subject(c, s, lo, hi, k, &right);
            if (subject >= 0)
                group_add(&left, (uint32_t)subject);
        }
        if (!left.n && right.n && opens_with_pair(c, s))
            last_pair_before(c, si, &left);   /* "The two leaders later spoke with Z": those who just met */
        if (!left.n && !right.n && !tr->needs_object && (is_nominal(c, k) || is(c, k, "met") || is(c, k, "talked")) &&
            opens_with_pair(c, s) &&
            !followed_by_with(c, k + len, s->tok_end)) {
            /* "The two ministers held three hours of talks at the Galle Face Hotel": the pair of the meeting told
             * in the sentence before, where this one says */
            const eg_meeting *o = latest_meeting(c, si, 1);
            for (i = 0; o && o->nparts == 2 && i < 2; i++)
                group_add(&left, o->part[i]);
            retold = left.n == 2;
            /* "A said B's timetable ignores the river. The two ministers first clashed when they met in Gaborone":
             * with no meeting told just before, the two persons that sentence names */
            if (!o && si > 0 && is(c, k, "met"))
                two_persons_in(c, si - 1, &left);
        }
        if (!left.n && !right.n && is_nominal(c, k) && si > 0 && k + len + 3 < s->tok_end &&
            is(c, k + len, "between") && is(c, k + len + 1, "the") && is(c, k + len + 2, "two") &&
            !person_in(c, lo, hi, k + len, k + len + 5)) {
            /* "X criticised Y. A meeting between the two men ... was cancelled" */
            group g;
            memset(&g, 0, sizeof g);
            two_persons_in(c, si - 1, &g);
            if (g.n == 2) {
                group_add(&left, g.ent[0]);
                group_add(&right, g.ent[1]);
            }
        }
        if (!left.n && right.n && k > s->tok_begin + 2 && is(c, k - 1, "they") &&
            (is(c, k - 2, "where") || is(c, k - 2, "when") || is(c, k - 2, "after"))) {
            /* "Later on Sunday, A and B crossed the Nile to the hotel, where they met C": the persons who open the
             * main clause */
            size_t m;
            for (m = lo; m < hi && c->mtok_a[m] < k && mention_type(c, m) != EG_TYPE_PERSON; m++)
                ;
            if (m < hi && c->mtok_a[m] < k) {
                group sub;
                subject_group(c, lo, hi, c->mtok_a[m], k, &sub);
                if (sub.n >= 2)
                    left = sub;
            }
        }
        if (!right.n && left.n && tr->needs_object != 2 &&
            (!is_nominal(c, k) || (k + len < s->tok_end && is(c, k + len, "with"))))
            right_bodies(c, lo, hi, k + len, s->tok_end, &right);
        if (!left.n) {
            /* "..., where he will hold talks with ...": a pronoun just before the trigger is the most recent
             * person before it */
            size_t j;
            /* further back, the pronoun opens the trigger's clause: "X's office said she will travel to Winnipeg
             * next week to meet Y" */
            for (j = k; j-- > s->tok_begin && j + 12 >= k && (j + 4 >= k || !(is(c, j, ",") || is_blocker(c, j)));)
                if (is(c, j, "he") || is(c, j, "she")) {
                    /* "The Jordanian minister travelled to Berlin, where she met ...": the subject described */
                    int32_t p = person_in(c, lo, hi, 0, j) ? -1 : titled_subject(c, s, si);
                    if (p < 0)
                        p = last_person_before_token(c, lo, j, si);
                    if (p >= 0)
                        group_add(&left, (uint32_t)p);
                    break;
                }
        }
        memset(&mt, 0, sizeof mt);
        if (left.n && right.n) {
            size_t nleft;
            for (i = 0; i < left.n; i++)
                mt.part[mt.nparts] = left.ent[i], mt.side[mt.nparts++] = 0;
            nleft = mt.nparts;
            for (i = 0; i < right.n && mt.nparts < EG_MEETING_MAX_PARTS; i++)
                if (!in_group(&left, right.ent[i]))   /* nobody meets themself ("she" read as the one she meets) */
                    mt.part[mt.nparts] = right.ent[i], mt.side[mt.nparts++] = 1;
            if (mt.nparts == nleft)
                continue;
        } else if (!left.n && right.n >= 2 && (right.with_at || between_follows(c, lo, hi, k + 1, s->tok_end))) {
            /* "a meeting between A and B", "talks were held by A with B" */
            size_t cut = right.with_at ? right.with_at : 1;
            for (i = 0; i < right.n; i++)
                mt.part[mt.nparts] = right.ent[i], mt.side[mt.nparts++] = i < cut ? 0 : 1;
        } else if (left.n >= 2 && !right.n &&
                   (tr->needs_object == 3 || (!tr->needs_object && !followed_by_with(c, k + len, s->tok_end)))) {
            /* "A and B will meet" */
            for (i = 0; i < left.n; i++)
                mt.part[mt.nparts] = left.ent[i], mt.side[mt.nparts++] = i == 0 ? 0 : 1;
        } else
            continue;
        mt.status = (uint8_t)status_of(c, s, k);
        if (invited && (mt.status == EG_MEET_HELD || mt.status == EG_MEET_POSSIBLE))
            mt.status = EG_MEET_PLANNED;   /* an invitation is to a meeting to come */
        mt.mode = (uint8_t)mode_of(c, s, tr, k, len,
                                   next_clause > prev_end && next_clause < k ? next_clause : prev_end);
        if (mt.mode == EG_MODE_CALL || mt.mode == EG_MODE_VIRTUAL)
            mt.place = mt.venue = -1;   /* a call joins two places: "In Tashkent, A spoke by phone with B" */
        else
            place_of(c, s, lo, hi, k, &mt.place, &mt.venue);
        if (mt.place < 0 && si > 0 && mt.mode != EG_MODE_CALL && mt.mode != EG_MODE_VIRTUAL &&
            (mt.status == EG_MEET_HELD || mt.status == EG_MEET_PLANNED)) {
            mt.place = arrival_place(c, si - 1, &left, &right);
            if (mt.place < 0)
                same_meeting_place(c, si - 1, &mt);   /* "X hosted Y in Pyongyang. X and Y discussed ..." */
            /* "A met B at Africa Hall. The talks were brokered by C. A, B and C then held a three-way meeting":
             * past a sentence that told no meeting */
            if (mt.place < 0 && si > 1 && !sentence_has_meeting(c, si - 1))
                same_meeting_place(c, si - 2, &mt);
        }
        if (mt.place < 0 && c->dateline >= 0 && mt.mode != EG_MODE_CALL && mt.mode != EG_MODE_VIRTUAL &&
            (mt.status == EG_MEET_HELD || mt.status == EG_MEET_PLANNED) && si < 3)
            mt.place = c->dateline;
        if (retold) {
            /* the same meeting told again: where it was held, when the first telling did not say */
            eg_meeting *o = &c->x->meetings[c->x->nmeetings - 1];
            int32_t p2 = -1, v2 = -1, country = -1;
            place_in(c, lo, hi, s->tok_begin, s->tok_end, &p2, &v2, &country);
            if (o->venue < 0 && v2 >= 0)
                o->venue = v2;
            if (o->place < 0 && p2 >= 0)
                o->place = p2;
            if (o->place >= 0 && o->place == o->venue)
                o->venue = -1;
            if (o->place < 0 && o->venue >= 0 && c->x->entities[o->venue].type == EG_TYPE_PLACE) {
                o->place = o->venue;   /* (as place_of has it: a building alone is the place) */
                o->venue = -1;
            }
            continue;
        }
        sentence_date(c, s, mt.status == EG_MEET_PLANNED, mt.date);
        mt.sent = si;
        mt.start = s->start;
        mt.end = s->end;
        if (separately(c, k + len, s->tok_end) && mt.nparts >= 3 && mt.side[mt.nparts - 2] == 1) {
            /* "briefed A and B in separate sessions": one meeting with each of those met, none between them */
            eg_meeting one = mt;
            size_t nleft = 0, j;
            while (nleft < mt.nparts && mt.side[nleft] == 0)
                nleft++;
            for (j = nleft; j < mt.nparts; j++) {
                one.nparts = (uint8_t)(nleft + 1);
                one.part[nleft] = mt.part[j];
                one.side[nleft] = 1;
                if (push_meeting(c->x, &one) != EG_OK)
                    return EG_ENOMEM;
            }
        } else if (push_meeting(c->x, &mt) != EG_OK)
            return EG_ENOMEM;
        prev_left = left;
        prev_right = right;
        prev_end = k + len;
        k += len - 1;
    }
    return EG_OK;
}

/* ---- affiliations ---- */

static eg_status push_affiliation(ctx *c, uint32_t person, uint32_t org, uint32_t si, size_t ra, size_t rb)
{
    eg_affiliation *af;
    size_t i, o = 0;
    for (i = c->x->naffiliations; i-- > 0 && c->x->affiliations[i].sent == si;)
        if (c->x->affiliations[i].person == person && c->x->affiliations[i].org == org)
            return EG_OK;
    if (c->x->naffiliations == c->x->aaffiliations) {
        size_t na = c->x->aaffiliations ? c->x->aaffiliations * 2 : 16;
        eg_affiliation *p = realloc(c->x->affiliations, na * sizeof *p);
        if (!p)
            return EG_ENOMEM;
        c->x->affiliations = p;
        c->x->aaffiliations = na;
    }
    af = &c->x->affiliations[c->x->naffiliations++];
    memset(af, 0, sizeof *af);
    af->person = person;
    af->org = org;
    af->sent = si;
    af->start = c->t->sents[si].start;
    af->end = c->t->sents[si].end;
    /* the role: the title words between, as written */
    for (i = ra; i < rb; i++) {
        const eg_token *tk = &c->t->toks[i];
        size_t n = tk->end - tk->start;
        const eg_gz_entry *e = eg_gazetteer_lookup(c->gz, W(c, i), tk->norm_len);
        if ((tk->flags & (EG_TOK_POSS | EG_TOK_PUNCT)) || is(c, i, "the") || is(c, i, "a") || is(c, i, "an") ||
            is(c, i, "of") || is(c, i, "at") || is(c, i, "for") || (e && (e->kinds & EG_GZ_HONORIFIC)))
            continue;
        if (o + n + 2 >= sizeof af->role)
            break;
        if (o)
            af->role[o++] = ' ';
        memcpy(af->role + o, c->t->src + tk->start, n);
        o += n;
    }
    af->role[o] = '\0';
    return EG_OK;
}

static int trigger_word(const ctx *c, size_t i)
{
    size_t len;
    return trigger_at(c, i, c->t->ntoks, &len) != NULL;
}

/* Only a possessive and the words of a title between an organization and a person. */
static int role_words_only(const ctx *c, size_t a, size_t b)
{
    size_t i;
    for (i = a; i < b; i++) {
        const eg_token *tk = &c->t->toks[i];
        size_t L;
        if ((tk->flags & EG_TOK_POSS) || (i + 1 == b && is(c, i, ",")))
            continue;   /* "Brazil's president, Ana Ferreira" */
        if ((L = eg_gazetteer_match(c->gz, c->t, i, b, EG_GZ_TITLE | EG_GZ_HONORIFIC, NULL)) != 0) {
            i += L - 1;
            continue;
        }
        if ((tk->flags & EG_TOK_WORD) && is_joiner(c, i) && !is(c, i, "and") && !is(c, i, "with") &&
            !is(c, i, "by") && !is(c, i, "to") && !is(c, i, "between"))
            continue;
        /* the words of a role around its title ("climate envoy", "Cop29 president"), never a clause */
        if ((tk->flags & EG_TOK_WORD) && b - a <= 6 && !is_blocker(c, i) && !trigger_word(c, i) &&
            !is(c, i, "and") && !is(c, i, "with") && !is(c, i, "by") && !is(c, i, "from") && !is(c, i, "to"))
            continue;
        return 0;
    }
    return 1;
}

static int has_title(const ctx *c, size_t a, size_t b)
{
    size_t i;
    for (i = a; i < b; i++)
        if (eg_gazetteer_match(c->gz, c->t, i, b, EG_GZ_TITLE, NULL))
            return 1;
    return 0;
}

static eg_status sentence_affiliations(ctx *c, uint32_t si)
{
    size_t lo, hi, m;
    sentence_mentions(c, si, &lo, &hi);
    for (m = lo; m < hi; m++) {
        size_t a = c->mtok_a[m], b = c->mtok_b[m];
        uint32_t pe = c->x->mentions[m].entity;
        if (mention_type(c, m) != EG_TYPE_PERSON)
            continue;
        /* ORG/COUNTRY ['s] TITLE PERSON: "China's Foreign Minister Wang Yi", "State Department spokesman Matt Miller" */
        if (m > lo) {
            size_t p = m - 1;
            int t = mention_type(c, p);
            if ((t == EG_TYPE_ORGANIZATION || t == EG_TYPE_COUNTRY) && c->mtok_b[p] < a && a - c->mtok_b[p] <= 6 &&
                has_title(c, c->mtok_b[p], a) && role_words_only(c, c->mtok_b[p], a)) {
                if (push_affiliation(c, pe, c->x->mentions[p].entity, (uint32_t)si, c->mtok_b[p], a) != EG_OK)
                    return EG_ENOMEM;
                continue;
            }
            /* TITLE for/of/at ORG, PERSON: "a spokesman for the Ministry of Energy, Tomas Lindqvist" */
            if ((t == EG_TYPE_ORGANIZATION || t == EG_TYPE_COUNTRY) && c->mtok_b[p] + 1 == a && is(c, a - 1, ",")) {
                size_t q = c->mtok_a[p], r = q;
                while (r > c->t->sents[si].tok_begin && q - r < 6 && !is(c, r - 1, ","))
                    r--;
                if (q > r && has_title(c, r, q)) {
                    if (push_affiliation(c, pe, c->x->mentions[p].entity, (uint32_t)si, r, q) != EG_OK)
                        return EG_ENOMEM;
                    continue;
                }
            }
        }
        /* PERSON, the TITLE at/of ORG: "Kurt Campbell, the top Asia official at the White House" */
        if (m + 1 < hi && b < c->t->ntoks && is(c, b, ",")) {
            size_t q = m + 1;
            int t = mention_type(c, q);
            while (q < hi && t == EG_TYPE_PLACE && q + 1 < hi)
                t = mention_type(c, ++q);
            if ((t == EG_TYPE_ORGANIZATION || t == EG_TYPE_COUNTRY) && c->mtok_a[q] > b + 1 && c->mtok_a[q] - b <= 10 &&
                has_title(c, b + 1, c->mtok_a[q])) {
                size_t i;
                int clean = 1;
                for (i = b + 1; i < c->mtok_a[q]; i++)
                    if ((c->t->toks[i].flags & EG_TOK_PUNCT) && !(c->t->toks[i].flags & EG_TOK_POSS))
                        clean = 0;
                if (clean && push_affiliation(c, pe, c->x->mentions[q].entity, (uint32_t)si, b + 1, c->mtok_a[q]) != EG_OK)
                    return EG_ENOMEM;
            }
        }
    }
    return EG_OK;
}

static void build_meeting_words(void)
{
    static const struct {
        const char *const *words;
        uint64_t bits;
    } lists[] = {{joiner_words, M_JOINER},       {blocker_words, M_BLOCKER},     {speaker_words, M_SPEAKER},
                 {nominal_words, M_NOMINAL},     {cancelled_words, M_CANCELLED}, {refused_words, M_REFUSED},
                 {possible_words, M_POSSIBLE},   {planned_words, M_PLANNED},     {past_words, M_PAST},
                 {future_words, M_FUTURE},       {soon_words, M_SOON},           {call_words, M_CALL},
                 {virtual_words, M_VIRTUAL},     {courtesy_words, M_COURTESY},   {visit_words, M_VISIT},
                 {det_words, M_DET},             {group_words, M_GROUP},         {travel_words, M_TRAVEL},
                 {audience_words, M_AUDIENCE},   {time_open_words, M_TIME_OPEN}};
    size_t k;
    eg_status ret = EG_OK;
    eg_wordset_init(&meeting_words);
    for (k = 0; k < sizeof lists / sizeof *lists && ret == EG_OK; k++)
        ret = eg_wordset_add(&meeting_words, lists[k].words, lists[k].bits);
    for (k = 0; k < sizeof triggers / sizeof *triggers && ret == EG_OK; k++) {
        const char *first[] = {triggers[k].w1, NULL};
        ret = eg_wordset_add(&meeting_words, first, M_TRIGGER);
    }
    if (ret == EG_OK) {
        static const char *const joined[] = {"joined", NULL};   /* see joined_by_at */
        ret = eg_wordset_add(&meeting_words, joined, M_TRIGGER);
    }
    meeting_words_status = ret;
}

eg_status eg_meetings_extract(const eg_gazetteer *gz, const eg_text *t, eg_extraction *x, const char *doc_date,
                              eg_error *err)
{
    eg_status ret = EG_OK;
    ctx c;
    size_t m, k = 0;
    uint32_t si;
    char date[11];
    memset(&c, 0, sizeof c);
    c.gz = gz;
    c.t = t;
    c.x = x;
    c.dateline = -1;
    if (pthread_once(&meeting_words_once, build_meeting_words) != 0 || meeting_words_status != EG_OK)
        return eg_error_set(err, EG_ELIMIT, "the meeting word lists do not fit their table");
    x->nmeetings = x->naffiliations = 0;
    if (x->nmentions == 0)
        return EG_OK;
    c.mtok_a = malloc(x->nmentions * sizeof *c.mtok_a);
    c.mtok_b = malloc(x->nmentions * sizeof *c.mtok_b);
    c.wbits = calloc(t->ntoks ? t->ntoks : 1, sizeof *c.wbits);
    if (!c.mtok_a || !c.mtok_b || !c.wbits) {
        ret = eg_error_set(err, EG_ENOMEM, "out of memory");
        goto cleanup;
    }
    /* token range of each mention: both are in document order */
    for (m = 0; m < x->nmentions; m++) {
        while (k < t->ntoks && t->toks[k].start < x->mentions[m].start)
            k++;
        c.mtok_a[m] = (uint32_t)k;
        while (k < t->ntoks && t->toks[k].end < x->mentions[m].end)
            k++;
        c.mtok_b[m] = (uint32_t)(k + 1);
        k = c.mtok_a[m];
    }
    if ((doc_date && sscanf(doc_date, "%4d-%2d-%2d", &c.ref_y, &c.ref_m, &c.ref_d) >= 1) ||
        (eg_text_find_date(gz, t, date) && sscanf(date, "%4d-%2d-%2d", &c.ref_y, &c.ref_m, &c.ref_d) == 3)) {
        if (!c.ref_m)
            c.ref_m = 1;
        if (!c.ref_d)
            c.ref_d = 1;
    }
    /* a dateline: a place in capitals followed by a dash, at the start of a line in the first sentences */
    for (m = 0; m < x->nmentions && x->mentions[m].sent < 4; m++) {
        size_t a = c.mtok_a[m], b = c.mtok_b[m];
        size_t d = b;
        /* "WASHINGTON –", "BRASILIA (Reuters) -", "NAIROBI, Kenya (AP) —" */
        if (d < t->ntoks && is(&c, d, ",") && d + 2 < t->ntoks && (t->toks[d + 1].flags & EG_TOK_CAP))
            d += 2;
        if (d < t->ntoks && is(&c, d, "(")) {
            while (d < t->ntoks && d < b + 8 && !is(&c, d, ")"))
                d++;
            d++;
        }
        if ((t->toks[a].flags & EG_TOK_LINE_START) && (t->toks[a].flags & EG_TOK_ALLCAPS) && d < t->ntoks &&
            (t->toks[d].flags & EG_TOK_DASH) && mention_type(&c, m) == EG_TYPE_PLACE) {
            c.dateline = (int32_t)x->mentions[m].entity;
            break;
        }
    }
    for (si = 0; si < t->nsents; si++) {
        if (sentence_meetings(&c, si) != EG_OK || sentence_affiliations(&c, si) != EG_OK) {
            ret = eg_error_set(err, EG_ENOMEM, "out of memory");
            goto cleanup;
        }
    }
cleanup:
    free(c.mtok_a);
    free(c.mtok_b);
    free(c.wbits);
    return ret;
}
