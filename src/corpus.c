/* corpus.c: corpus-wide entities and relations (see entgraph/corpus.h).
 *
 * Entities are indexed by id in a hash table; relations by the pair of entity indices in another. Each document's
 * entities are mapped to ids from their type and identity key, so "Antony J. Blinken" in one article and "Antony
 * Blinken" in another share "person:antony-blinken". Co-occurrence is counted once per sentence per pair. */
#define _POSIX_C_SOURCE 200809L
#include "entgraph/corpus.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "corpus_internal.h"

const char *eg_rel_kind_name(eg_rel_kind kind)
{
    static const char *const names[EG_NKINDS] = {"cooccurrence", "met", "affiliation", "located_in"};
    return (unsigned)kind < EG_NKINDS ? names[kind] : "unknown";
}

eg_status eg_corpus_new(eg_corpus **out, eg_error *err)
{
    eg_corpus *c = calloc(1, sizeof *c);
    if (!c)
        return eg_error_set(err, EG_ENOMEM, "out of memory");
    eg_strtab_init(&c->base_index);
    eg_strtab_init(&c->texts);
    eg_strtab_init(&c->stated_index);
    eg_evpool_init(&c->evpool);
    c->text_memory = (size_t)32 << 20;
    *out = c;
    return EG_OK;
}

void eg_relation_release(eg_corpus *c, eg_relation *r)
{
    eg_evpool_free(&c->evpool, r->evidence, r->aevidence);   /* its strings are the corpus's texts */
}

const char *eg_corpus_keep(eg_corpus *c, const char *s)
{
    const char *stored = NULL;
    if (eg_strtab_put(&c->texts, s, strlen(s), 0, NULL, NULL, &stored) != EG_OK)
        return NULL;
    return stored;
}

eg_status eg_corpus_keep_text(eg_corpus *c, const char *s, uint64_t *ref, eg_error *err)
{
    eg_status ret;
    if (!c->store && (ret = eg_textstore_new(&c->store, c->text_memory, err)) != EG_OK)
        return ret;
    return eg_textstore_put(c->store, s, ref, err);
}

/* Each distinct statement is kept once (most sentences say the same few things, and a large corpus has millions):
 * stated_index maps its bytes to its number. */
eg_status eg_corpus_keep_stated(eg_corpus *c, const eg_stated *st, uint32_t *idx)
{
    char key[4 + 4 + sizeof st->date + 2 + sizeof st->role];
    size_t n = 0, dl = strnlen(st->date, sizeof st->date - 1);
    uint32_t existing;
    int inserted;
    memcpy(key + n, &st->place, 4), n += 4;
    memcpy(key + n, &st->venue, 4), n += 4;
    memcpy(key + n, st->date, dl), n += dl;
    key[n++] = 0;
    key[n++] = (char)st->status;
    key[n++] = (char)st->mode;
    memcpy(key + n, &st->role, sizeof st->role), n += sizeof st->role;
    if (c->nstated == c->astated) {
        size_t na = c->astated ? c->astated * 2 : 64;
        eg_stated *p = na < UINT32_MAX ? realloc(c->stated, na * sizeof *p) : NULL;
        if (!p)
            return EG_ENOMEM;
        c->stated = p;
        c->astated = na;
    }
    if (eg_strtab_put(&c->stated_index, key, n, (uint32_t)c->nstated, &inserted, &existing, NULL) != EG_OK)
        return EG_ENOMEM;
    if (!inserted) {
        *idx = existing;
        return EG_OK;
    }
    c->stated[c->nstated] = *st;
    *idx = (uint32_t)c->nstated++;
    return EG_OK;
}

const char *eg_corpus_text(const eg_corpus *c, const eg_evidence *ev)
{
    return ev->text && c->store ? eg_textstore_get(c->store, ev->text) : "";
}

int eg_corpus_text_failed(const eg_corpus *c) { return c->store && eg_textstore_failed(c->store); }

void eg_corpus_set_text_memory(eg_corpus *c, size_t bytes) { c->text_memory = bytes; }

void eg_corpus_set_relations(eg_corpus *c, int on) { c->no_relations = !on; }

const eg_stated *eg_corpus_stated(const eg_corpus *c, const eg_evidence *ev)
{
    return ev->stated < c->nstated ? &c->stated[ev->stated] : NULL;
}

static void free_resolved(eg_corpus *c)
{
    size_t i;
    for (i = 0; i < c->nents; i++) {
        free(c->ents[i].id);
        free(c->ents[i].label);
        free(c->ents[i].members);
    }
    free(c->ents);
    for (i = 0; i < c->nrels; i++)
        eg_relation_release(c, &c->rels[i]);
    free(c->rels);
    free(c->rep);
    free(c->sums);
    c->sums = NULL;
    c->nsums = 0;
    c->ents = NULL;
    c->rels = NULL;
    c->rep = NULL;
    c->nents = c->nrels = 0;
    c->resolved = 0;
}

void eg_corpus_free(eg_corpus *c)
{
    size_t i, j;
    if (!c)
        return;
    free_resolved(c);
    for (i = 0; i < c->ndocs; i++)
        free(c->docs[i]);
    free(c->docs);
    for (i = 0; i < c->nbases; i++) {
        eg_base *b = &c->bases[i];
        free(b->id);
        free(b->key);
        free(b->label);
        free(b->docs);
        for (j = 0; j < b->nforms; j++)
            free(b->forms[j].text);
        free(b->forms);
    }
    free(c->bases);
    for (i = 0; i < c->nbrels; i++)
        eg_relation_release(c, &c->brels[i]);
    free(c->brels);
    eg_strtab_release(&c->base_index);
    free(c->brel_index.slots);
    eg_strtab_release(&c->texts);
    eg_textstore_free(c->store);
    eg_evpool_release(&c->evpool);
    free(c->stated);
    eg_strtab_release(&c->stated_index);
    free(c->map);
    free(c->sent_ents);
    free(c);
}

size_t eg_corpus_ndocs(const eg_corpus *c) { return c->ndocs; }
const char *eg_corpus_doc_name(const eg_corpus *c, size_t i) { return i < c->ndocs ? c->docs[i] : NULL; }
size_t eg_corpus_nentities(const eg_corpus *c) { return c->nents; }
const eg_entity *eg_corpus_entity(const eg_corpus *c, size_t i) { return &c->ents[i]; }
size_t eg_corpus_nrelations(const eg_corpus *c) { return c->nrels; }
const eg_relation *eg_corpus_relation(const eg_corpus *c, size_t i) { return &c->rels[i]; }
uint32_t eg_corpus_resolved_of(const eg_corpus *c, uint32_t base) { return c->rep[base]; }

const char *eg_corpus_relation_summary(const eg_corpus *c, size_t i, const char *name)
{
    static const char *const names[EG_NSUMMARY] = {"place", "date", "status", "mode", "role"};
    size_t k, lo = 0, hi = c->nsums;
    for (k = 0; k < EG_NSUMMARY && strcmp(names[k], name) != 0; k++)
        ;
    if (k == EG_NSUMMARY)
        return NULL;
    while (lo < hi) {   /* the summaries are in relation order */
        size_t mid = lo + (hi - lo) / 2;
        if (c->sums[mid].rel < i)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < c->nsums && c->sums[lo].rel == i && c->sums[lo].s[k] ? c->sums[lo].s[k] : "";
}

void eg_slugify(const char *s, char *out, size_t cap)
{
    size_t o = 0;
    int dash = 0;
    if (cap == 0)
        return;
    for (; *s && o + 5 < cap; s++) {
        unsigned char ch = (unsigned char)*s;
        if ((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch >= 0x80) {
            if (dash && o > 0)
                out[o++] = '-';
            dash = 0;
            out[o++] = (char)ch;
        } else if (ch >= 'A' && ch <= 'Z') {
            if (dash && o > 0)
                out[o++] = '-';
            dash = 0;
            out[o++] = (char)(ch + 32);
        } else if (ch != '\'' && ch != '.') {
            dash = 1;
        }
    }
    /* never cut inside a UTF-8 sequence */
    while (o > 0 && ((unsigned char)out[o - 1] & 0xC0) == 0x80) {
        size_t k = o;
        while (k > 0 && ((unsigned char)out[k - 1] & 0xC0) == 0x80)
            k--;
        if (k == 0)
            break;
        {
            uint32_t cp;
            size_t n = eg_utf8_decode((const unsigned char *)out + k - 1, o - (k - 1), &cp);
            if (cp != (uint32_t)-1 && n == o - (k - 1))
                break;
        }
        o = k - 1;
    }
    out[o] = '\0';
}

char *eg_clean_text(const char *s, size_t n, size_t max)
{
    /* each input byte gives at most three output bytes (an invalid one is U+FFFD); + an ellipsis and the NUL */
    size_t i = 0, len = 0, room = (n < max / 3 ? 3 * n : max) + 4;
    int space = 0, cut = 0;
    char *out = malloc(room);
    if (!out)
        return NULL;
    while (i < n) {
        uint32_t cp = 0;
        size_t k;
        unsigned char c = (unsigned char)s[i];
        if (c > 0x20 && c < 0x7F) {
            /* a run of printable ASCII with single spaces, the common case (most sentences are one): copied whole
             * when it fits, else as much as fits, never ending on its space */
            size_t j = i + 1, sep = space && len;
            for (;;) {
                unsigned char d = j < n ? (unsigned char)s[j] : 0;
                if (d > 0x20 && d < 0x7F)
                    j++;
                else if (d == ' ' && j + 1 < n && (unsigned char)s[j + 1] > 0x20 && (unsigned char)s[j + 1] < 0x7F)
                    j += 2;
                else
                    break;
            }
            if (len + sep + (j - i) > max) {
                size_t fit = len + sep < max ? max - len - sep : 0;
                if (fit && s[i + fit - 1] == ' ')
                    fit--;
                if (fit) {
                    if (sep)
                        out[len++] = ' ';
                    memcpy(out + len, s + i, fit);
                    len += fit;
                }
                cut = 1;
                break;
            }
            if (sep)
                out[len++] = ' ';
            space = 0;
            memcpy(out + len, s + i, j - i);
            len += j - i;
            i = j;
            continue;
        }
        if (c < 0x80) {
            if (c <= 0x20 || c == 0x7F) {
                space = 1;
                i++;
                continue;
            }
            k = 1;
        } else {
            k = eg_utf8_decode((const unsigned char *)s + i, n - i, &cp);
            if (cp != (uint32_t)-1 && ((cp >= 0x80 && cp < 0xA0) || eg_cp_is_space(cp) || cp == 0xFFFE ||
                                       cp == 0xFFFF)) {
                space = 1;
                i += k;
                continue;
            }
        }
        if (len + (space && len) + (c >= 0x80 && cp == (uint32_t)-1 ? 3 : k) > max) {
            cut = 1;
            break;
        }
        if (space && len)
            out[len++] = ' ';
        space = 0;
        if (c >= 0x80 && cp == (uint32_t)-1) {
            memcpy(out + len, "\xEF\xBF\xBD", 3); /* an invalid byte: shown as U+FFFD */
            len += 3;
        } else {
            memcpy(out + len, s + i, k);
            len += k;
        }
        i += k;
    }
    if (cut) {
        memcpy(out + len, "\xE2\x80\xA6", 3);
        len += 3;
    }
    out[len] = '\0';
    return out;
}

eg_status eg_corpus_add_doc_name(eg_corpus *c, const char *name)
{
    if (c->ndocs == c->adocs) {
        size_t na = c->adocs ? c->adocs * 2 : 64;
        char **p = realloc(c->docs, na * sizeof *p);
        if (!p)
            return EG_ENOMEM;
        c->docs = p;
        c->adocs = na;
    }
    /* kept as it is shown: graph attributes and evidence borrow it */
    c->docs[c->ndocs] = eg_clean_text(name, strlen(name), EG_DOC_NAME_MAX);
    if (!c->docs[c->ndocs])
        return EG_ENOMEM;
    c->ndocs++;
    return EG_OK;
}

int eg_label_fuller(const char *cand, const char *cur)
{
    size_t wc = 1, wo = 1;
    const char *p;
    for (p = cand; *p; p++)
        wc += *p == ' ';
    for (p = cur; *p; p++)
        wo += *p == ' ';
    if (wc != wo)
        return wc > wo;
    return strlen(cand) > strlen(cur);
}

static int all_caps(const char *s)
{
    int letters = 0;
    for (; *s; s++) {
        if (*s >= 'a' && *s <= 'z')
            return 0;
        if ((*s >= 'A' && *s <= 'Z'))
            letters++;
        if (*s == ' ')
            return 0;
    }
    return letters >= 2;
}

eg_status eg_corpus_base_for(eg_corpus *c, const eg_doc_entity *d, uint32_t *out)
{
    char slug[256], id[300];
    size_t idlen;
    int inserted;
    uint32_t idx;
    eg_base *b;
    if (d->type == EG_TYPE_COUNTRY && d->cc[0]) {
        slug[0] = (char)(d->cc[0] | 0x20);
        slug[1] = (char)(d->cc[1] | 0x20);
        slug[2] = '\0';
    } else
        eg_slugify(d->key, slug, sizeof slug);
    if (!slug[0])
        strcpy(slug, "unnamed");
    {
        const char *tn = eg_type_name(d->type);
        size_t nt = strlen(tn), ns = strlen(slug);   /* nt < 32, ns < 256: fits id */
        memcpy(id, tn, nt);
        id[nt] = ':';
        memcpy(id + nt + 1, slug, ns + 1);
        idlen = nt + 1 + ns;
    }
    if (eg_strtab_put(&c->base_index, id, idlen, (uint32_t)c->nbases, &inserted, &idx, NULL) != EG_OK)
        return EG_ENOMEM;
    if (!inserted) {
        b = &c->bases[idx];
        if (d->type != EG_TYPE_COUNTRY && eg_label_fuller(d->name, b->label)) {
            char *p = strdup(d->name);
            if (!p)
                return EG_ENOMEM;
            free(b->label);
            b->label = p;
        }
        if (b->acronym && !all_caps(d->name))
            b->acronym = 0;
        *out = idx;
        return EG_OK;
    }
    if (c->nbases == c->abases) {
        size_t na = c->abases ? c->abases * 2 : 256;
        eg_base *p = realloc(c->bases, na * sizeof *p);
        if (!p)
            return EG_ENOMEM;
        c->bases = p;
        c->abases = na;
    }
    b = &c->bases[c->nbases];
    memset(b, 0, sizeof *b);
    b->id = strdup(id);
    b->key = strdup(d->key);
    b->label = strdup(d->name);
    if (!b->id || !b->key || !b->label) {
        free(b->id);
        free(b->key);
        free(b->label);
        return EG_ENOMEM;
    }
    b->type = d->type;
    b->acronym = d->type == EG_TYPE_ORGANIZATION && all_caps(d->name);
    memcpy(b->cc, d->cc, 3);
    *out = (uint32_t)c->nbases++;
    return EG_OK;
}

/* The form of b written text (n bytes), created when new (stored as eg_clean_text makes it when clean, else as it
 * is); NULL when out of memory. A form is found by the bytes it is stored as. */
static eg_form *form_of(eg_base *b, const char *text, size_t n, int clean)
{
    size_t i;
    eg_form *f;
    for (i = 0; i < b->nforms; i++)
        if (b->forms[i].len == n && memcmp(b->forms[i].text, text, n) == 0)
            return &b->forms[i];
    if (b->nforms == b->aforms) {
        size_t na = b->aforms ? b->aforms * 2 : 4;
        eg_form *p = realloc(b->forms, na * sizeof *p);
        if (!p)
            return NULL;
        b->forms = p;
        b->aforms = na;
    }
    f = &b->forms[b->nforms];
    memset(f, 0, sizeof *f);
    if (clean)
        f->text = eg_clean_text(text, n, 512);
    else if ((f->text = malloc(n + 1)) != NULL) {
        memcpy(f->text, text, n);
        f->text[n] = '\0';
    }
    if (!f->text)
        return NULL;
    f->len = (uint32_t)strlen(f->text);
    b->nforms++;
    return f;
}

eg_status eg_corpus_base_merge_form(eg_base *b, const char *text, uint32_t count, uint32_t ndocs, uint32_t last,
                                    const uint32_t *listed, size_t nlisted)
{
    eg_form *f = form_of(b, text, strlen(text), 0);
    size_t k;
    if (!f)
        return EG_ENOMEM;
    for (k = 0; k < nlisted && f->ndocs + k < EG_FORM_DOCS; k++)
        f->docs[f->ndocs + k] = listed[k];
    f->count += count;
    f->ndocs += ndocs;
    f->last_doc = last;
    return EG_OK;
}

static eg_status add_form(eg_base *b, const char *text, size_t n, uint32_t doc)
{
    eg_form *f = form_of(b, text, n, 1);
    if (!f)
        return EG_ENOMEM;
    f->count++;
    if (f->ndocs == 0 || f->last_doc != doc) {
        if (f->ndocs < EG_FORM_DOCS)
            f->docs[f->ndocs] = doc;
        f->ndocs++;
        f->last_doc = doc;
    }
    return EG_OK;
}

eg_status eg_corpus_base_add_doc(eg_base *b, uint32_t doc)
{
    if (b->ndocs && b->docs[b->ndocs - 1] == doc)
        return EG_OK;
    if (b->ndocs == b->adocs) {
        size_t na = b->adocs ? b->adocs * 2 : 4;
        uint32_t *p = realloc(b->docs, na * sizeof *p);
        if (!p)
            return EG_ENOMEM;
        b->docs = p;
        b->adocs = na;
    }
    b->docs[b->ndocs++] = doc;
    return EG_OK;
}

static uint64_t relmap_hash(uint32_t a, uint32_t b, uint32_t kind)
{
    return (((uint64_t)a << 32) | b) * 0x9E3779B97F4A7C15ULL + kind * 0xC2B2AE3D27D4EB4FULL;
}

/* The slot of (a, b, kind) in c's relation index: its own or the empty one where it would go. A slot holds the
 * relation's index and 32 bits of its hash; the relation itself is compared only when they agree. */
static size_t relmap_find(const eg_corpus *c, uint32_t a, uint32_t b, uint32_t kind)
{
    const eg_relmap *m = &c->brel_index;
    uint64_t h = relmap_hash(a, b, kind);
    size_t mask = m->nslots - 1, i = (size_t)(h >> 32) & mask;
    for (;;) {
        const eg_relslot *sl = &m->slots[i];
        const eg_relation *r;
        if (sl->idx == UINT32_MAX)
            return i;
        r = &c->brels[sl->idx];
        if (sl->tag == (uint32_t)h && r->a == a && r->b == b && r->kind == (eg_rel_kind)kind)
            return i;
        i = (i + 1) & mask;
    }
}

/* Make room for one more relation (at most 3/4 of the slots are used), rebuilding the index from the relations:
 * also after eg_corpus_resolve released it. */
static eg_status relmap_reserve(eg_corpus *c)
{
    eg_relmap *m = &c->brel_index;
    size_t n = m->nslots ? m->nslots : 1024, i;
    if (m->nslots && (c->nbrels + 1) * 4 <= m->nslots * 3)
        return EG_OK;
    while ((c->nbrels + 1) * 4 > n * 3)
        n *= 2;
    free(m->slots);
    if (!(m->slots = malloc(n * sizeof *m->slots))) {
        m->nslots = 0;
        return EG_ENOMEM;
    }
    m->nslots = n;
    for (i = 0; i < n; i++)
        m->slots[i].idx = UINT32_MAX;
    for (i = 0; i < c->nbrels; i++) {
        const eg_relation *r = &c->brels[i];
        eg_relslot *sl = &m->slots[relmap_find(c, r->a, r->b, (uint32_t)r->kind)];
        sl->tag = (uint32_t)relmap_hash(r->a, r->b, (uint32_t)r->kind);
        sl->idx = (uint32_t)i;
    }
    return EG_OK;
}

/* The base relation of (a, b, kind) with a < b, or -1. */
static long relation_index(const eg_corpus *c, uint32_t a, uint32_t b, eg_rel_kind kind)
{
    const eg_relslot *sl;
    if (!c->brel_index.nslots)
        return -1;
    sl = &c->brel_index.slots[relmap_find(c, a, b, (uint32_t)kind)];
    return sl->idx == UINT32_MAX ? -1 : (long)sl->idx;
}

eg_status eg_relation_find(eg_corpus *c, uint32_t a, uint32_t b, eg_rel_kind kind, eg_relation **out)
{
    eg_relslot *sl;
    eg_relation *r;
    if (a > b) {
        uint32_t tmp = a;
        a = b;
        b = tmp;
    }
    if (relmap_reserve(c) != EG_OK)
        return EG_ENOMEM;
    sl = &c->brel_index.slots[relmap_find(c, a, b, (uint32_t)kind)];
    if (sl->idx != UINT32_MAX) {
        *out = &c->brels[sl->idx];
        return EG_OK;
    }
    if (c->nbrels == c->abrels) {
        size_t na = c->abrels ? c->abrels + c->abrels / 2 : 1024;
        eg_relation *p = realloc(c->brels, na * sizeof *p);
        if (!p)
            return EG_ENOMEM;
        c->brels = p;
        c->abrels = na;
    }
    sl->tag = (uint32_t)relmap_hash(a, b, (uint32_t)kind);
    sl->idx = (uint32_t)c->nbrels;
    r = &c->brels[c->nbrels++];
    memset(r, 0, sizeof *r);
    r->a = a;
    r->b = b;
    r->kind = kind;
    *out = r;
    return EG_OK;
}

eg_status eg_relation_append(eg_corpus *c, eg_relation *r, const eg_evidence *src, int with_text)
{
    eg_evidence *ev;
    if (r->nevidence == r->aevidence) {   /* most relations have one sentence: arrays grow from one */
        eg_evidence *p = eg_evpool_grow(&c->evpool, r->evidence, r->nevidence, &r->aevidence);
        if (!p)
            return EG_ENOMEM;
        r->evidence = p;
    }
    ev = &r->evidence[r->nevidence++];
    *ev = *src;
    if (!with_text)
        ev->text = 0;
    return EG_OK;
}

size_t eg_relation_texts(eg_rel_kind kind)
{
    /* meetings and affiliations are few: more of their sentences are kept */
    return kind == EG_REL_COOCCURRENCE ? EG_EVIDENCE_TEXTS : EG_EVIDENCE_TEXTS_STATED;
}

eg_status eg_relation_add(eg_corpus *c, uint32_t a, uint32_t b, eg_rel_kind kind, const eg_evidence *src)
{
    eg_relation *r;
    if (eg_relation_find(c, a, b, kind, &r) != EG_OK)
        return EG_ENOMEM;
    r->weight++;
    if (r->nevidence < EG_EVIDENCE_MAX)
        return eg_relation_append(c, r, src, r->nevidence < eg_relation_texts(kind));
    return EG_OK;
}

static int needs_text(const eg_corpus *c, uint32_t a, uint32_t b, eg_rel_kind kind)
{
    long i = relation_index(c, a < b ? a : b, a < b ? b : a, kind);
    return i < 0 || c->brels[i].nevidence < EG_EVIDENCE_TEXTS;
}

eg_status eg_corpus_add(eg_corpus *c, const char *doc_name, const eg_text *t, const eg_extraction *x,
                        uint32_t *bases, eg_error *err)
{
    uint32_t doc = (uint32_t)c->ndocs;
    size_t i, m;
    char *sentence = NULL;
    eg_status ret;
    if (c->resolved)
        return eg_error_set(err, EG_EINVAL, "%s: the corpus is already resolved", doc_name);
    if (eg_corpus_add_doc_name(c, doc_name) != EG_OK)
        goto oom;
    if (c->amap < x->nentities) {
        uint32_t *p = realloc(c->map, x->nentities * sizeof *p);
        if (!p)
            goto oom;
        c->map = p;
        c->amap = x->nentities;
    }
    for (i = 0; i < x->nentities; i++) {
        eg_base *b;
        if (eg_corpus_base_for(c, &x->entities[i], &c->map[i]) != EG_OK)
            goto oom;
        b = &c->bases[c->map[i]];
        b->mentions += x->entities[i].nmentions;
        if (eg_corpus_base_add_doc(b, doc) != EG_OK)
            goto oom;
        if (bases)
            bases[i] = c->map[i];
    }
    for (m = 0; m < x->nmentions; m++) {
        const eg_mention *mn = &x->mentions[m];
        if (add_form(&c->bases[c->map[mn->entity]], t->src + mn->start, mn->end - mn->start, doc) != EG_OK)
            goto oom;
    }
    if (c->no_relations)
        return EG_OK;
    /* co-occurrence: the distinct entities of each sentence, pairwise */
    for (m = 0; m < x->nmentions;) {
        uint32_t sent = x->mentions[m].sent;
        size_t n = 0, a, b;
        eg_evidence ev;
        for (; m < x->nmentions && x->mentions[m].sent == sent; m++) {
            uint32_t e = c->map[x->mentions[m].entity];
            size_t k;
            for (k = 0; k < n && c->sent_ents[k] != e; k++)
                ;
            if (k < n)
                continue;
            if (n == c->asent) {
                size_t na = c->asent ? c->asent * 2 : 64;
                uint32_t *p = realloc(c->sent_ents, na * sizeof *p);
                if (!p)
                    goto oom;
                c->sent_ents = p;
                c->asent = na;
            }
            c->sent_ents[n++] = e;
        }
        /* a sentence that lists hundreds of names is a list, not a statement of relations */
        if (n > EG_SENTENCE_PAIR_MAX)
            n = EG_SENTENCE_PAIR_MAX;
        if (n < 2)
            continue;
        /* the sentence text is needed only by relations that have fewer than EG_EVIDENCE_TEXTS texts */
        for (a = 0; a < n && !sentence; a++)
            for (b = a + 1; b < n && !sentence; b++)
                if (needs_text(c, c->sent_ents[a], c->sent_ents[b], EG_REL_COOCCURRENCE) &&
                    !(sentence = eg_clean_text(t->src + t->sents[sent].start,
                                               t->sents[sent].end - t->sents[sent].start, EG_EVIDENCE_TEXT_MAX)))
                    goto oom;
        memset(&ev, 0, sizeof ev);
        ev.doc = doc;
        ev.start = t->sents[sent].start;
        ev.end = t->sents[sent].end;
        ev.stated = EG_NO_STATED;
        if (sentence && (ret = eg_corpus_keep_text(c, sentence, &ev.text, err)) != EG_OK)
            goto fail;
        for (a = 0; a < n; a++)
            for (b = a + 1; b < n; b++)
                if (eg_relation_add(c, c->sent_ents[a], c->sent_ents[b], EG_REL_COOCCURRENCE, &ev) != EG_OK)
                    goto oom;
        free(sentence);
        sentence = NULL;
    }
    /* meetings: every participant met every other ("A, B and C held three-way talks": B and C too); a cancelled or
     * refused one is no link ("A declined to meet B") */
    for (m = 0; m < x->nmeetings; m++) {
        const eg_meeting *mt = &x->meetings[m];
        eg_evidence ev;
        eg_stated st;
        size_t a, b;
        if (!eg_meeting_is_encounter(mt))
            continue;
        memset(&ev, 0, sizeof ev);
        memset(&st, 0, sizeof st);
        ev.doc = doc;
        ev.start = mt->start;
        ev.end = mt->end;
        st.place = mt->place >= 0 ? c->map[mt->place] : EG_NO_ENTITY;
        st.venue = mt->venue >= 0 ? c->map[mt->venue] : EG_NO_ENTITY;
        memcpy(st.date, mt->date, sizeof st.date);
        st.status = mt->status;
        st.mode = mt->mode;
        if (eg_corpus_keep_stated(c, &st, &ev.stated) != EG_OK ||
            !(sentence = eg_clean_text(t->src + mt->start, mt->end - mt->start, EG_EVIDENCE_TEXT_MAX)))
            goto oom;
        if ((ret = eg_corpus_keep_text(c, sentence, &ev.text, err)) != EG_OK)
            goto fail;
        for (a = 0; a < mt->nparts; a++)
            for (b = a + 1; b < mt->nparts; b++)
                if (c->map[mt->part[a]] != c->map[mt->part[b]] &&
                    eg_relation_add(c, c->map[mt->part[a]], c->map[mt->part[b]], EG_REL_MET, &ev) != EG_OK)
                    goto oom;
        free(sentence);
        sentence = NULL;
    }
    for (m = 0; m < x->naffiliations; m++) {
        const eg_affiliation *af = &x->affiliations[m];
        eg_evidence ev;
        eg_stated st;
        memset(&ev, 0, sizeof ev);
        memset(&st, 0, sizeof st);
        ev.doc = doc;
        ev.start = af->start;
        ev.end = af->end;
        st.place = st.venue = EG_NO_ENTITY;
        if (!(st.role = eg_corpus_keep(c, af->role)) || eg_corpus_keep_stated(c, &st, &ev.stated) != EG_OK ||
            !(sentence = eg_clean_text(t->src + af->start, af->end - af->start, EG_EVIDENCE_TEXT_MAX)))
            goto oom;
        if ((ret = eg_corpus_keep_text(c, sentence, &ev.text, err)) != EG_OK)
            goto fail;
        if (c->map[af->person] != c->map[af->org] &&
            eg_relation_add(c, c->map[af->person], c->map[af->org], EG_REL_AFFILIATION, &ev) != EG_OK)
            goto oom;
        free(sentence);
        sentence = NULL;
    }
    return EG_OK;
oom:
    ret = eg_error_set(err, EG_ENOMEM, "%s: out of memory", doc_name);
fail:
    free(sentence);
    return ret;
}
