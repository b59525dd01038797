/* resolve.c: one entity per real entity across documents (see eg_corpus_resolve in entgraph/corpus.h).
 *
 * Base entities (one per type and identity key) are merged with a union-find:
 * - persons with the same surname whose given names agree: equal, a nickname of one another (Matt / Matthew), or
 *   one edit apart when both have at least 5 letters (Anthony / Antony);
 * - persons with the same given name whose surnames are one edit apart and at least 7 letters (Kritenbrink /
 *   Krittenbrink);
 * - a surname alone (or the family name of a family-name-first name, "Xi" of "Xi Jinping"; or the name after an
 *   Arabic article, "Haddadin" of "Al-Haddadin") with the one full name it fits, and only when exactly one fits: two
 *   men named Li stay apart, never merged by guess;
 * - an organization acronym with the one organization whose initials it spells, and a short form the gazetteer
 *   knows ("Fed", "G7") with the one organization named by what it stands for;
 * - organization names where the shorter (three words or more) is an ordered part of the longer with the same first
 *   and last word ("House Foreign Affairs Committee" in "House of Representatives Foreign Affairs Committee"),
 *   unless each was written as an acronym of its own (AMISOM and AUSSOM are two missions).
 * Words are compared without the marks on Latin letters ("Erdoğan" and "Erdogan"). Different types never merge (a
 * person is never a place). The user's splits keep a base entity out of every automatic merge; the user's merges
 * are applied last. */
#define _POSIX_C_SOURCE 200809L
#include <stdlib.h>
#include <string.h>

#include "article.h"
#include "corpus_internal.h"
#include "entgraph/gazetteer.h"
#include "entgraph/text.h"

#define PAIRWISE_MAX 256   /* larger buckets compare exact given names only */

static uint32_t uf_find(uint32_t *parent, uint32_t x)
{
    while (parent[x] != x) {
        parent[x] = parent[parent[x]];
        x = parent[x];
    }
    return x;
}

static void uf_union(uint32_t *parent, uint32_t a, uint32_t b)
{
    a = uf_find(parent, a);
    b = uf_find(parent, b);
    if (a == b)
        return;
    /* the smaller index stays the root: results do not depend on the order of the checks */
    if (a < b)
        parent[b] = a;
    else
        parent[a] = b;
}

/* Words of a key: pointers into a copy. */
typedef struct {
    char *buf;
    const char *w[16];
    size_t n;
} words;

static int split_words(words *ws, const char *key)
{
    char *p;
    ws->n = 0;
    ws->buf = strdup(key);
    if (!ws->buf)
        return 0;
    for (p = strtok(ws->buf, " "); p && ws->n < 16; p = strtok(NULL, " ")) {
        /* compared without the marks on Latin letters: "Erdoğan" is "Erdogan", "José" is "Jose" */
        size_t n = strlen(p), k;
        for (k = 0; k < n && (unsigned char)p[k] < 0x80; k++)
            ;
        if (k < n) {
            char plain[128];
            size_t m = eg_utf8_strip_marks(p, n, plain, sizeof plain);
            if (m > 0 && m <= n)
                memcpy(p, plain, m + 1);
        }
        ws->w[ws->n++] = p;
    }
    return 1;
}

/* Exactly one insertion, deletion or substitution apart. */
static int edit1(const char *a, const char *b)
{
    size_t la = strlen(a), lb = strlen(b), i = 0, j = 0;
    int diff = 0;
    if (la > lb + 1 || lb > la + 1)
        return 0;
    while (i < la && j < lb) {
        if (a[i] == b[j]) {
            i++;
            j++;
            continue;
        }
        if (++diff > 1)
            return 0;
        if (la > lb)
            i++;
        else if (lb > la)
            j++;
        else {
            i++;
            j++;
        }
    }
    diff += (int)((la - i) + (lb - j));
    return diff == 1;
}

static int is_nick_of(const eg_gazetteer *gz, const char *nick, const char *formal)
{
    size_t k;
    const char *f;
    for (k = 0; (f = eg_gazetteer_nickname(gz, nick, k)) != NULL; k++)
        if (strcmp(f, formal) == 0)
            return 1;
    return 0;
}

static int given_names_agree(const eg_gazetteer *gz, const char *a, const char *b)
{
    size_t k;
    const char *fa, *fb;
    if (strcmp(a, b) == 0 || is_nick_of(gz, a, b) || is_nick_of(gz, b, a))
        return 1;
    /* two nicknames of one formal name (Bill, Will) */
    for (k = 0; (fa = eg_gazetteer_nickname(gz, a, k)) != NULL; k++)
        if ((fb = eg_gazetteer_nickname(gz, b, 0)) != NULL && is_nick_of(gz, b, fa))
            return 1;
    return strlen(a) >= 5 && strlen(b) >= 5 && edit1(a, b);
}

static int is_given_name(const eg_gazetteer *gz, const char *w)
{
    const eg_gz_entry *e = eg_gazetteer_lookup(gz, w, strlen(w));
    return e && (e->kinds & EG_GZ_FIRSTNAME);
}

/* Ordered subsequence with the same first and last word; the shorter has at least three words. */
static int org_variant(const words *a, const words *b)
{
    const words *s = a->n <= b->n ? a : b, *l = a->n <= b->n ? b : a;
    size_t i, j;
    if (s->n < 3 || s->n == l->n || strcmp(s->w[0], l->w[0]) != 0 || strcmp(s->w[s->n - 1], l->w[l->n - 1]) != 0)
        return 0;
    for (i = 0, j = 0; i < s->n && j < l->n; j++)
        if (strcmp(s->w[i], l->w[j]) == 0)
            i++;
    return i == s->n;
}

static int is_split(const char *split, uint32_t i)
{
    return split && split[i];
}

typedef struct {
    const char *k;      /* sort key (borrowed) */
    const char *k2;     /* second key, or NULL */
    uint32_t i;
} keyed;

static int cmp_keyed(const void *a, const void *b)
{
    const keyed *x = a, *y = b;
    int c = strcmp(x->k, y->k);
    if (c)
        return c;
    if (x->k2 && y->k2 && (c = strcmp(x->k2, y->k2)) != 0)
        return c;
    return x->i < y->i ? -1 : x->i > y->i;
}

/* Calls fn on every pair inside each run of equal k (and k2 when both set); runs longer than PAIRWISE_MAX only
 * compare neighbours. */
typedef void (*pair_fn)(eg_corpus *c, const eg_gazetteer *gz, uint32_t *parent, words *ws, uint32_t a, uint32_t b);

static void each_pair(keyed *v, size_t n, int use_k2, eg_corpus *c, const eg_gazetteer *gz, uint32_t *parent,
                      words *ws, pair_fn fn)
{
    size_t s = 0, e, x, y;
    qsort(v, n, sizeof *v, cmp_keyed);
    while (s < n) {
        for (e = s + 1; e < n && strcmp(v[e].k, v[s].k) == 0 && (!use_k2 || strcmp(v[e].k2, v[s].k2) == 0); e++)
            ;
        for (x = s; x < e; x++)
            for (y = x + 1; y < e && (e - s <= PAIRWISE_MAX || y == x + 1); y++)
                fn(c, gz, parent, ws, v[x].i, v[y].i);
        s = e;
    }
}

static const char *last_word(const words *w) { return w->w[w->n - 1]; }

static void same_surname(eg_corpus *c, const eg_gazetteer *gz, uint32_t *parent, words *ws, uint32_t a, uint32_t b)
{
    if (given_names_agree(gz, ws[a].w[0], ws[b].w[0]))
        uf_union(parent, a, b);
}

static void same_given(eg_corpus *c, const eg_gazetteer *gz, uint32_t *parent, words *ws, uint32_t a, uint32_t b)
{
    const char *x = last_word(&ws[a]), *y = last_word(&ws[b]);
    if (strlen(x) >= 7 && strlen(y) >= 7 && edit1(x, y))
        uf_union(parent, a, b);
}

/* Whether form f is written as an acronym: two to ten capital ASCII letters. */
static int acronym_form(const eg_form *f)
{
    uint32_t i;
    if (f->len < 2 || f->len > 10)
        return 0;
    for (i = 0; i < f->len; i++)
        if (f->text[i] < 'A' || f->text[i] > 'Z')
            return 0;
    return 1;
}

/* Base a and base b were each written as an acronym, and never as the same one: two bodies ("African Union
 * Mission in Somalia (AMISOM)" and "African Union Support and Stabilization Mission in Somalia (AUSSOM)"). */
static int own_acronyms(const eg_corpus *c, uint32_t a, uint32_t b)
{
    const eg_base *x = &c->bases[a], *y = &c->bases[b];
    size_t i, j;
    int xa = 0, ya = 0;
    for (j = 0; j < y->nforms; j++)
        ya |= acronym_form(&y->forms[j]);
    for (i = 0; i < x->nforms && ya; i++) {
        if (!acronym_form(&x->forms[i]))
            continue;
        xa = 1;
        for (j = 0; j < y->nforms; j++)
            if (y->forms[j].len == x->forms[i].len && !memcmp(y->forms[j].text, x->forms[i].text, x->forms[i].len))
                return 0;
    }
    return xa && ya;
}

static void same_ends(eg_corpus *c, const eg_gazetteer *gz, uint32_t *parent, words *ws, uint32_t a, uint32_t b)
{
    if (org_variant(&ws[a], &ws[b]) && !own_acronyms(c, a, b))
        uf_union(parent, a, b);
}

/* The one root among v[lo..hi) entries whose k equals key, or UINT32_MAX when none or several. */
static uint32_t unique_root(keyed *v, size_t n, const char *key, uint32_t *parent)
{
    size_t lo = 0, hi = n;
    uint32_t found = UINT32_MAX;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (strcmp(v[mid].k, key) < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    for (; lo < n && strcmp(v[lo].k, key) == 0; lo++) {
        uint32_t r = uf_find(parent, v[lo].i);
        if (found == UINT32_MAX)
            found = r;
        else if (found != r)
            return UINT32_MAX;
    }
    return found;
}

static int auto_merge(eg_corpus *c, const eg_gazetteer *gz, uint32_t *parent, const char *split, words *ws)
{
    uint32_t n = (uint32_t)c->nbases, i;
    keyed *v = malloc((n ? n : 1) * 3 * sizeof *v);   /* (a person gives up to three keys) */
    char *initials = malloc((n ? n : 1) * 17);
    size_t m;
    if (!v || !initials) {
        free(v);
        free(initials);
        return 0;
    }
#define OK_BASE(j, t) (c->bases[j].type == (t) && !is_split(split, j))
    /* persons of two or more words: same surname and agreeing given names */
    for (m = 0, i = 0; i < n; i++)
        if (OK_BASE(i, EG_TYPE_PERSON) && ws[i].n >= 2)
            v[m++] = (keyed){last_word(&ws[i]), NULL, i};
    each_pair(v, m, 0, c, gz, parent, ws, same_surname);
    /* same given name, surnames one edit apart */
    for (m = 0, i = 0; i < n; i++)
        if (OK_BASE(i, EG_TYPE_PERSON) && ws[i].n >= 2)
            v[m++] = (keyed){ws[i].w[0], NULL, i};
    each_pair(v, m, 0, c, gz, parent, ws, same_given);
    /* a lone surname, or the family name of a family-name-first name, with the one full name it fits */
    for (m = 0, i = 0; i < n; i++) {
        if (!OK_BASE(i, EG_TYPE_PERSON) || ws[i].n < 2)
            continue;
        const char *last = last_word(&ws[i]);
        size_t skip = eg_article_prefix(last, strlen(last));
        v[m++] = (keyed){last, NULL, i};
        if (skip)
            v[m++] = (keyed){last + skip, NULL, i};   /* "Haddadin" of "... Al-Haddadin" */
        if (ws[i].n == 2 && !is_given_name(gz, ws[i].w[0]))
            v[m++] = (keyed){ws[i].w[0], NULL, i};
    }
    qsort(v, m, sizeof *v, cmp_keyed);
    for (i = 0; i < n; i++) {
        uint32_t r;
        if (!OK_BASE(i, EG_TYPE_PERSON) || ws[i].n != 1)
            continue;
        if ((r = unique_root(v, m, ws[i].w[0], parent)) != UINT32_MAX)
            uf_union(parent, i, r);
        else if (strlen(ws[i].w[0]) >= 7 && m <= 50000) {
            /* no exact surname: a long one spelled one letter differently (Krittenbrink / Kritenbrink) */
            size_t k;
            uint32_t found = UINT32_MAX;
            int several = 0;
            for (k = 0; k < m && !several; k++) {
                if (strlen(v[k].k) >= 7 && edit1(v[k].k, ws[i].w[0])) {
                    uint32_t rr = uf_find(parent, v[k].i);
                    if (found == UINT32_MAX)
                        found = rr;
                    else if (found != rr)
                        several = 1;
                }
            }
            if (found != UINT32_MAX && !several && unique_root(v, m, ws[i].w[0], parent) == UINT32_MAX)
                uf_union(parent, i, found);
        }
    }
    /* organization name variants: same first and last word, one an ordered part of the other */
    for (m = 0, i = 0; i < n; i++)
        if (OK_BASE(i, EG_TYPE_ORGANIZATION) && ws[i].n >= 3)
            v[m++] = (keyed){ws[i].w[0], last_word(&ws[i]), i};
    each_pair(v, m, 1, c, gz, parent, ws, same_ends);
    /* an acronym with the one organization whose initials it spells */
    for (m = 0, i = 0; i < n; i++) {
        char *ini = initials + (size_t)i * 17;
        size_t k, o = 0;
        if (!OK_BASE(i, EG_TYPE_ORGANIZATION) || c->bases[i].acronym || ws[i].n < 2)
            continue;
        for (k = 0; k < ws[i].n && o < 16; k++) {
            const char *x = ws[i].w[k];
            if (!strcmp(x, "of") || !strcmp(x, "the") || !strcmp(x, "and") || !strcmp(x, "for") || !strcmp(x, "&"))
                continue;
            ini[o++] = x[0];
        }
        ini[o] = '\0';
        v[m++] = (keyed){ini, NULL, i};
    }
    qsort(v, m, sizeof *v, cmp_keyed);
    for (i = 0; i < n; i++) {
        uint32_t r;
        if (OK_BASE(i, EG_TYPE_ORGANIZATION) && c->bases[i].acronym && ws[i].n == 1 &&
            (r = unique_root(v, m, ws[i].w[0], parent)) != UINT32_MAX)
            uf_union(parent, i, r);
    }
    /* a short form the gazetteer knows ("Fed", "G7") with the one organization named by what it stands for */
    for (m = 0, i = 0; i < n; i++)
        if (OK_BASE(i, EG_TYPE_ORGANIZATION) && ws[i].n >= 2)
            v[m++] = (keyed){c->bases[i].key, NULL, i};
    qsort(v, m, sizeof *v, cmp_keyed);
    for (i = 0; i < n && m; i++) {
        const eg_gz_entry *e;
        char full[256];
        uint32_t r;
        if (!OK_BASE(i, EG_TYPE_ORGANIZATION) || ws[i].n != 1 ||
            !(e = eg_gazetteer_lookup(gz, c->bases[i].key, strlen(c->bases[i].key))) || !(e->kinds & EG_GZ_ORG) ||
            !e->canon)
            continue;
        eg_utf8_fold(e->canon, strlen(e->canon), full, sizeof full);
        if (strcmp(full, c->bases[i].key) != 0 && (r = unique_root(v, m, full, parent)) != UINT32_MAX)
            uf_union(parent, i, r);
    }
#undef OK_BASE
    free(v);
    free(initials);
    return 1;
}

/* The base with this id, or -1. */
static long find_base(const eg_corpus *c, const char *id)
{
    uint32_t idx;
    if (!eg_strtab_get(&c->base_index, id, strlen(id), &idx))
        return -1;
    return (long)idx;
}

static int cmp_u32(const void *a, const void *b)
{
    uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
    return x < y ? -1 : x > y;
}

static int cmp_evidence(const void *a, const void *b)
{
    const eg_evidence *x = a, *y = b;
    if (x->doc != y->doc)
        return x->doc < y->doc ? -1 : 1;
    if (x->start != y->start)
        return x->start < y->start ? -1 : 1;
    return 0;
}

/* Are r's sentences in corpus order, each once? */
static int sorted_unique(const eg_relation *r)
{
    size_t e;
    for (e = 1; e < r->nevidence; e++)
        if (cmp_evidence(&r->evidence[e - 1], &r->evidence[e]) >= 0)
            return 0;
    return 1;
}

/* A base relation under its resolved pair; first: (in the first entries) where a group of them starts. */
typedef struct {
    uint32_t a, b, kind, member, first;
} member;

/* A resolved relation: its first member (base relation) and where its group starts. */
typedef struct {
    uint32_t member, first;
} group;

static int cmp_member_pair(const member *x, const member *y)
{
    if (x->a != y->a)
        return x->a < y->a ? -1 : 1;
    if (x->b != y->b)
        return x->b < y->b ? -1 : 1;
    if (x->kind != y->kind)
        return x->kind < y->kind ? -1 : 1;
    return 0;
}

static int cmp_member(const void *a, const void *b)
{
    const member *x = a, *y = b;
    int r = cmp_member_pair(x, y);
    if (r)
        return r;
    return x->member < y->member ? -1 : x->member > y->member;
}

static int cmp_group(const void *a, const void *b)
{
    const group *x = a, *y = b;
    return x->member < y->member ? -1 : x->member > y->member;
}

/* The summary attributes of resolved relation r (see eg_corpus_relation_summary); 0 when out of memory. */
static int summary_of(eg_corpus *c, const eg_relation *r, eg_relsum *out)
{
    size_t k, j, best = 0;
    for (k = 0; k < r->nevidence; k++) {
        const eg_stated *st = eg_corpus_stated(c, &r->evidence[k]);
        if (!st)
            continue;
        if (r->kind == EG_REL_AFFILIATION) {
            if (st->role && st->role[0]) {
                char *clean = eg_clean_text(st->role, strlen(st->role), 1023);
                out->s[4] = clean ? eg_corpus_keep(c, clean) : NULL;
                free(clean);
                return out->s[4] != NULL;
            }
            continue;
        }
        if (st->place != EG_NO_ENTITY) {
            size_t n = 0;
            for (j = 0; j < r->nevidence; j++) {
                const eg_stated *other = eg_corpus_stated(c, &r->evidence[j]);
                n += other && other->place != EG_NO_ENTITY && c->rep[other->place] == c->rep[st->place];
            }
            if (n > best) {
                best = n;
                out->s[0] = c->ents[c->rep[st->place]].label;
            }
        }
        if (st->date[0] && !out->s[1] && !(out->s[1] = eg_corpus_keep(c, st->date)))
            return 0;
        if (!out->s[2] || st->status == EG_MEET_HELD)
            out->s[2] = eg_meeting_status_name((eg_meeting_status)st->status);
        if (st->mode && !out->s[3])
            out->s[3] = eg_meeting_mode_name((eg_meeting_mode)st->mode);
    }
    return 1;
}

/* The summaries of the resolved meetings and affiliations, in relation order. */
static eg_status summarize(eg_corpus *c)
{
    size_t i, n = 0;
    for (i = 0; i < c->nrels; i++)
        n += c->rels[i].kind == EG_REL_MET || c->rels[i].kind == EG_REL_AFFILIATION;
    if (!(c->sums = calloc(n ? n : 1, sizeof *c->sums)))
        return EG_ENOMEM;
    for (i = 0; i < c->nrels; i++) {
        eg_relsum *s = &c->sums[c->nsums];
        if (c->rels[i].kind != EG_REL_MET && c->rels[i].kind != EG_REL_AFFILIATION)
            continue;
        s->rel = (uint32_t)i;
        if (!summary_of(c, &c->rels[i], s))
            return EG_ENOMEM;
        c->nsums++;
    }
    return EG_OK;
}

eg_status eg_corpus_resolve(eg_corpus *c, const eg_gazetteer *gz, const eg_alias_rules *rules, eg_error *err)
{
    eg_status ret = EG_OK;
    uint32_t n = (uint32_t)c->nbases, i;
    uint32_t *parent = NULL, *rep_of_root = NULL, *docs = NULL;
    char *split = NULL;
    words *ws = NULL;
    member *byrel = NULL;
    group *groups = NULL;
    size_t k, arels = 0, unknown = 0, moved = 0;
    char unknown_ids[512] = "";
    if (c->resolved)
        return eg_error_set(err, EG_EINVAL, "the corpus is already resolved");
    /* no relation is added from here on: the index goes (eg_relation_find would rebuild it) */
    free(c->brel_index.slots);
    c->brel_index.slots = NULL;
    c->brel_index.nslots = 0;
    parent = malloc((n ? n : 1) * sizeof *parent);
    rep_of_root = malloc((n ? n : 1) * sizeof *rep_of_root);
    split = calloc(n ? n : 1, 1);
    ws = calloc(n ? n : 1, sizeof *ws);
    c->rep = malloc((n ? n : 1) * sizeof *c->rep);
    if (!parent || !rep_of_root || !split || !ws || !c->rep)
        goto oom;
    for (i = 0; i < n; i++) {
        parent[i] = i;
        if (!split_words(&ws[i], c->bases[i].key))
            goto oom;
    }
#define NOTE_UNKNOWN(id)                                                                                             \
    do {                                                                                                             \
        if (unknown++ < 5 && strlen(unknown_ids) + strlen(id) + 3 < sizeof unknown_ids) {                            \
            if (unknown_ids[0])                                                                                      \
                strcat(unknown_ids, ", ");                                                                           \
            strcat(unknown_ids, id);                                                                                 \
        }                                                                                                            \
    } while (0)
    if (rules)
        for (k = 0; k < rules->nsplit; k++) {
            long b = find_base(c, rules->split[k]);
            if (b < 0)
                NOTE_UNKNOWN(rules->split[k]);
            else
                split[b] = 1;
        }
    if (gz && !auto_merge(c, gz, parent, split, ws))
        goto oom;
    if (rules)
        for (k = 0; k < rules->nmerge; k++) {
            long a = find_base(c, rules->merge[2 * k]), b = find_base(c, rules->merge[2 * k + 1]);
            if (a < 0)
                NOTE_UNKNOWN(rules->merge[2 * k]);
            if (b < 0)
                NOTE_UNKNOWN(rules->merge[2 * k + 1]);
            if (a >= 0 && b >= 0 && c->bases[a].type == c->bases[b].type)
                uf_union(parent, (uint32_t)a, (uint32_t)b);
        }

    /* resolved entities, in order of first appearance; the fullest label names each */
    for (i = 0; i < n; i++)
        rep_of_root[i] = UINT32_MAX;
    c->ents = calloc(n ? n : 1, sizeof *c->ents);
    if (!c->ents)
        goto oom;
    for (i = 0; i < n; i++) {
        uint32_t r = uf_find(parent, i);
        eg_entity *e;
        const eg_base *b = &c->bases[i];
        if (rep_of_root[r] == UINT32_MAX) {
            rep_of_root[r] = (uint32_t)c->nents++;
            e = &c->ents[rep_of_root[r]];
            e->type = b->type;
        }
        e = &c->ents[rep_of_root[r]];
        c->rep[i] = rep_of_root[r];
        {
            uint32_t *m = realloc(e->members, (e->nmembers + 1) * sizeof *m);
            if (!m)
                goto oom;
            e->members = m;
            m[e->nmembers++] = i;
        }
        e->mentions += b->mentions;
        if (!e->cc[0])
            memcpy(e->cc, b->cc, 3);
        /* the member with the fullest label (then more mentions) gives id and label, and is listed first */
        if (e->nmembers > 1) {
            const eg_base *cur = &c->bases[e->members[0]];
            if (eg_label_fuller(b->label, cur->label) ||
                (strcmp(b->label, cur->label) == 0 && b->mentions > cur->mentions)) {
                e->members[e->nmembers - 1] = e->members[0];
                e->members[0] = i;
            }
        }
    }
    for (k = 0; k < c->nents; k++) {
        eg_entity *e = &c->ents[k];
        const eg_base *b = &c->bases[e->members[0]];
        size_t total = 0, m, d, distinct = 0;
        e->id = strdup(b->id);
        e->label = strdup(b->label);
        if (!e->id || !e->label)
            goto oom;
        for (m = 0; m < e->nmembers; m++)
            total += c->bases[e->members[m]].ndocs;
        free(docs);
        docs = malloc((total ? total : 1) * sizeof *docs);
        if (!docs)
            goto oom;
        total = 0;
        for (m = 0; m < e->nmembers; m++) {
            const eg_base *mb = &c->bases[e->members[m]];
            memcpy(docs + total, mb->docs, mb->ndocs * sizeof *docs);
            total += mb->ndocs;
        }
        qsort(docs, total, sizeof *docs, cmp_u32);
        for (d = 0; d < total; d++)
            if (d == 0 || docs[d] != docs[d - 1])
                distinct++;
        e->documents = (uint32_t)distinct;
    }
    if (rules)
        for (k = 0; k < rules->nlabel; k++) {
            long b = find_base(c, rules->label[2 * k]);
            char *p;
            if (b < 0) {
                NOTE_UNKNOWN(rules->label[2 * k]);
                continue;
            }
            p = strdup(rules->label[2 * k + 1]);
            if (!p)
                goto oom;
            free(c->ents[c->rep[b]].label);
            c->ents[c->rep[b]].label = p;
        }

    /* resolved relations, in order of their first member: the members are grouped by sorting (a, b, kind), which
     * is cheaper than a hash table of every pair; their evidence moves to the resolved relation */
    {
        size_t ngroups = 0, g, m;
        byrel = malloc((c->nbrels ? c->nbrels : 1) * sizeof *byrel);
        if (!byrel)
            goto oom;
        for (k = 0, m = 0; k < c->nbrels; k++) {
            eg_relation *r = &c->brels[k];
            uint32_t a = c->rep[r->a], b = c->rep[r->b];
            if (a == b) {   /* one entity with itself: no relation */
                eg_relation_release(c, r);
                r->evidence = NULL;
                r->nevidence = r->aevidence = 0;
                continue;
            }
            byrel[m].a = a < b ? a : b;
            byrel[m].b = a < b ? b : a;
            byrel[m].kind = (uint32_t)r->kind;
            byrel[m].member = (uint32_t)k;
            m++;
        }
        qsort(byrel, m, sizeof *byrel, cmp_member);
        /* the first member of each group, then the groups in that order */
        for (k = 0; k < m; k++)
            if (k == 0 || cmp_member_pair(&byrel[k - 1], &byrel[k]) != 0)
                byrel[ngroups++].first = (uint32_t)k;
        groups = malloc((ngroups ? ngroups : 1) * sizeof *groups);
        if (!groups)
            goto oom;
        for (g = 0; g < ngroups; g++) {
            groups[g].first = byrel[g].first;
            groups[g].member = byrel[byrel[g].first].member;
        }
        qsort(groups, ngroups, sizeof *groups, cmp_group);
        /* The resolved relations are written over the base relations, in place: group g's first member is at
         * index g or later, and every base relation before index g belongs to group g or an earlier one, so slot g
         * is free (or group g's own) when group g is written. A large corpus has millions of relations. */
        c->rels = c->brels;
        arels = c->abrels;
        moved = c->nbrels;
        c->brels = NULL;
        c->nbrels = c->abrels = 0;
        for (g = 0; g < ngroups; g++) {
            eg_relation to;
            size_t from = groups[g].first, total = 0;
            memset(&to, 0, sizeof to);
            to.a = byrel[from].a;
            to.b = byrel[from].b;
            to.kind = (uint8_t)byrel[from].kind;
            if (from + 1 == m || cmp_member_pair(&byrel[from], &byrel[from + 1])) {
                /* one base relation: its evidence moves over */
                eg_relation *r = &c->rels[byrel[from].member];
                to.weight = r->weight;
                to.evidence = r->evidence;
                to.nevidence = r->nevidence;
                to.aevidence = r->aevidence;
            } else {
                for (k = from; k < m && cmp_member_pair(&byrel[from], &byrel[k]) == 0; k++)
                    total += c->rels[byrel[k].member].nevidence;
                if (!(to.evidence = eg_evpool_alloc(&c->evpool, total, &to.aevidence)))
                    goto oom;
                for (k = from; k < m && cmp_member_pair(&byrel[from], &byrel[k]) == 0; k++) {
                    eg_relation *r = &c->rels[byrel[k].member];
                    to.weight += r->weight;
                    memcpy(to.evidence + to.nevidence, r->evidence, r->nevidence * sizeof *r->evidence);
                    to.nevidence += r->nevidence;
                    eg_relation_release(c, r);
                }
            }
            for (k = from; k < m && cmp_member_pair(&byrel[from], &byrel[k]) == 0; k++) {
                eg_relation *r = &c->rels[byrel[k].member];
                r->evidence = NULL;
                r->nevidence = r->aevidence = 0;
            }
            c->rels[g] = to;
            c->nrels = g + 1;
        }
        moved = 0;
    }
    /* places in the countries the corpus names */
    {
        uint32_t country_of[26 * 26];
        size_t e;
        for (e = 0; e < 26 * 26; e++)
            country_of[e] = EG_NO_ENTITY;
        for (e = 0; e < c->nents; e++) {
            const char *cc = c->ents[e].cc;
            if (c->ents[e].type == EG_TYPE_COUNTRY && cc[0] >= 'A' && cc[0] <= 'Z' && cc[1] >= 'A' && cc[1] <= 'Z')
                country_of[(cc[0] - 'A') * 26 + (cc[1] - 'A')] = (uint32_t)e;
        }
        for (e = 0; e < c->nents; e++) {
            const char *cc = c->ents[e].cc;
            uint32_t country;
            eg_relation *r;
            if (c->ents[e].type != EG_TYPE_PLACE || !(cc[0] >= 'A' && cc[0] <= 'Z' && cc[1] >= 'A' && cc[1] <= 'Z'))
                continue;
            country = country_of[(cc[0] - 'A') * 26 + (cc[1] - 'A')];
            if (country == EG_NO_ENTITY)
                continue;
            if (c->nrels == arels) {
                size_t na = arels ? arels * 2 : 64;
                eg_relation *p = realloc(c->rels, na * sizeof *p);
                if (!p)
                    goto oom;
                c->rels = p;
                arels = na;
            }
            r = &c->rels[c->nrels++];
            memset(r, 0, sizeof *r);
            r->a = (uint32_t)e;     /* the place first: located_in reads a -> b */
            r->b = country;
            r->kind = EG_REL_LOCATED_IN;
            r->weight = 1;
        }
    }
    for (k = 0; k < c->nrels; k++) {
        eg_relation *r = &c->rels[k];
        size_t e, o = 0;
        if (r->kind == EG_REL_LOCATED_IN)
            continue;
        /* the members' first sentences, merged: a sentence that named two members counts once, and the first
         * EG_EVIDENCE_MAX are kept, the first few with their text (the members' first ones carry theirs) */
        if (!sorted_unique(r))
            qsort(r->evidence, r->nevidence, sizeof *r->evidence, cmp_evidence);
        for (e = 0; e < r->nevidence; e++) {
            if (o > 0 && cmp_evidence(&r->evidence[o - 1], &r->evidence[e]) == 0) {
                if (!r->evidence[o - 1].text)
                    r->evidence[o - 1].text = r->evidence[e].text;
                r->weight--;
                continue;
            }
            r->evidence[o++] = r->evidence[e];
        }
        for (e = eg_relation_texts(r->kind); e < o; e++)
            r->evidence[e].text = 0;
        r->nevidence = o < EG_EVIDENCE_MAX ? o : EG_EVIDENCE_MAX;
    }
    if (summarize(c) != EG_OK)
        goto oom;
    c->resolved = 1;
    if (unknown)
        ret = eg_error_set(err, EG_ENOTFOUND, "%zu id%s in the alias rules not found in the corpus: %s%s", unknown,
                           unknown == 1 ? "" : "s", unknown_ids, unknown > 5 ? ", ..." : "");
    goto cleanup;
oom:
    ret = eg_error_set(err, EG_ENOMEM, "out of memory while resolving entities");
cleanup:
    if (ret != EG_OK && ret != EG_ENOTFOUND) {
        size_t r;
        for (r = 0; r < c->nents; r++) {
            free(c->ents[r].id);
            free(c->ents[r].label);
            free(c->ents[r].members);
        }
        free(c->ents);
        c->ents = NULL;
        c->nents = 0;
        for (r = 0; r < c->nrels || r < moved; r++)   /* moved: base relations not yet turned */
            eg_relation_release(c, &c->rels[r]);
        free(c->rels);
        c->rels = NULL;
        c->nrels = 0;
        free(c->rep);
        c->rep = NULL;
        free(c->sums);
        c->sums = NULL;
        c->nsums = 0;
    }
    if (ws)
        for (i = 0; i < n; i++)
            free(ws[i].buf);
    free(ws);
    free(parent);
    free(rep_of_root);
    free(split);
    free(docs);
    free(byrel);
    free(groups);
    return ret;
}
