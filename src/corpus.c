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
#include "strtab.h"

struct eg_corpus {
    char **docs;
    size_t ndocs, adocs;
    eg_entity *ents;
    size_t nents, aents;
    eg_strtab ent_index;     /* id -> entity index */
    eg_relation *rels;
    size_t nrels, arels;
    eg_strtab rel_index;     /* 12 bytes (a, b, kind) -> relation index */
    uint32_t *map;           /* scratch: document entity -> corpus entity */
    size_t amap;
    uint32_t *sent_ents;     /* scratch: distinct entities of one sentence */
    size_t asent;
};

const char *eg_rel_kind_name(eg_rel_kind kind)
{
    return kind == EG_REL_COOCCURRENCE ? "cooccurrence" : "unknown";
}

eg_status eg_corpus_new(eg_corpus **out, eg_error *err)
{
    eg_corpus *c = calloc(1, sizeof *c);
    if (!c)
        return eg_error_set(err, EG_ENOMEM, "out of memory");
    eg_strtab_init(&c->ent_index);
    eg_strtab_init(&c->rel_index);
    *out = c;
    return EG_OK;
}

void eg_corpus_free(eg_corpus *c)
{
    size_t i, j;
    if (!c)
        return;
    for (i = 0; i < c->ndocs; i++)
        free(c->docs[i]);
    free(c->docs);
    for (i = 0; i < c->nents; i++) {
        free(c->ents[i].id);
        free(c->ents[i].label);
    }
    free(c->ents);
    for (i = 0; i < c->nrels; i++) {
        for (j = 0; j < c->rels[i].nevidence; j++)
            free(c->rels[i].evidence[j].text);
        free(c->rels[i].evidence);
    }
    free(c->rels);
    eg_strtab_release(&c->ent_index);
    eg_strtab_release(&c->rel_index);
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
    eg_buf b;
    size_t i = 0;
    int space = 0, cut = 0;
    eg_buf_init(&b, max + 8);
    while (i < n) {
        uint32_t cp;
        size_t k = eg_utf8_decode((const unsigned char *)s + i, n - i, &cp);
        if (cp == (uint32_t)-1) {
            /* an invalid byte: shown as U+FFFD */
            if (b.len + (space && b.len) + 3 > max) {
                cut = 1;
                break;
            }
            if (space && b.len)
                eg_buf_addc(&b, ' ');
            space = 0;
            eg_buf_add(&b, "\xEF\xBF\xBD", 3);
            i += k;
            continue;
        }
        if (cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp < 0xA0) || eg_cp_is_space(cp) || cp == 0xFFFE ||
            cp == 0xFFFF) {
            space = 1;
            i += k;
            continue;
        }
        if (b.len + (space && b.len) + k > max) {
            cut = 1;
            break;
        }
        if (space && b.len)
            eg_buf_addc(&b, ' ');
        space = 0;
        eg_buf_add(&b, s + i, k);
        i += k;
    }
    if (cut)
        eg_buf_add(&b, "\xE2\x80\xA6", 3);
    return eg_buf_detach(&b);
}

static eg_status add_doc_name(eg_corpus *c, const char *name)
{
    if (c->ndocs == c->adocs) {
        size_t na = c->adocs ? c->adocs * 2 : 64;
        char **p = realloc(c->docs, na * sizeof *p);
        if (!p)
            return EG_ENOMEM;
        c->docs = p;
        c->adocs = na;
    }
    c->docs[c->ndocs] = strdup(name);
    if (!c->docs[c->ndocs])
        return EG_ENOMEM;
    c->ndocs++;
    return EG_OK;
}

/* Is `cand` a fuller label than `cur`? More words, then fewer capitals-only, then longer. */
static int fuller(const char *cand, const char *cur)
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

static eg_status entity_index(eg_corpus *c, const eg_doc_entity *d, uint32_t *out)
{
    char slug[256], id[300];
    int inserted;
    uint32_t idx;
    eg_entity *e;
    if (d->type == EG_TYPE_COUNTRY && d->cc[0]) {
        slug[0] = (char)(d->cc[0] | 0x20);
        slug[1] = (char)(d->cc[1] | 0x20);
        slug[2] = '\0';
    } else
        eg_slugify(d->key, slug, sizeof slug);
    if (!slug[0])
        strcpy(slug, "unnamed");
    snprintf(id, sizeof id, "%s:%s", eg_type_name(d->type), slug);
    if (eg_strtab_put(&c->ent_index, id, strlen(id), (uint32_t)c->nents, &inserted, &idx, NULL) != EG_OK)
        return EG_ENOMEM;
    if (!inserted) {
        e = &c->ents[idx];
        if (d->type != EG_TYPE_COUNTRY && fuller(d->name, e->label)) {
            char *p = strdup(d->name);
            if (!p)
                return EG_ENOMEM;
            free(e->label);
            e->label = p;
        }
        *out = idx;
        return EG_OK;
    }
    if (c->nents == c->aents) {
        size_t na = c->aents ? c->aents * 2 : 256;
        eg_entity *p = realloc(c->ents, na * sizeof *p);
        if (!p)
            return EG_ENOMEM;
        c->ents = p;
        c->aents = na;
    }
    e = &c->ents[c->nents];
    memset(e, 0, sizeof *e);
    e->id = strdup(id);
    e->label = strdup(d->name);
    if (!e->id || !e->label) {
        free(e->id);
        free(e->label);
        return EG_ENOMEM;
    }
    e->type = d->type;
    memcpy(e->cc, d->cc, 3);
    *out = (uint32_t)c->nents++;
    return EG_OK;
}

static eg_status add_evidence(eg_corpus *c, uint32_t a, uint32_t b, eg_rel_kind kind, uint32_t doc,
                              const eg_text *t, const eg_sentence *s)
{
    uint32_t key[3];
    int inserted;
    uint32_t idx;
    eg_relation *r;
    eg_evidence *ev;
    if (a > b) {
        uint32_t tmp = a;
        a = b;
        b = tmp;
    }
    key[0] = a;
    key[1] = b;
    key[2] = (uint32_t)kind;
    if (eg_strtab_put(&c->rel_index, (const char *)key, sizeof key, (uint32_t)c->nrels, &inserted, &idx, NULL) !=
        EG_OK)
        return EG_ENOMEM;
    if (inserted) {
        if (c->nrels == c->arels) {
            size_t na = c->arels ? c->arels * 2 : 1024;
            eg_relation *p = realloc(c->rels, na * sizeof *p);
            if (!p)
                return EG_ENOMEM;
            c->rels = p;
            c->arels = na;
        }
        r = &c->rels[c->nrels++];
        memset(r, 0, sizeof *r);
        r->a = a;
        r->b = b;
        r->kind = kind;
    } else
        r = &c->rels[idx];
    if (r->nevidence == r->aevidence) {
        size_t na = r->aevidence ? r->aevidence * 2 : 2;
        eg_evidence *p = realloc(r->evidence, na * sizeof *p);
        if (!p)
            return EG_ENOMEM;
        r->evidence = p;
        r->aevidence = na;
    }
    ev = &r->evidence[r->nevidence];
    ev->doc = doc;
    ev->start = s->start;
    ev->end = s->end;
    ev->text = NULL;
    if (r->nevidence < EG_EVIDENCE_TEXTS) {
        ev->text = eg_clean_text(t->src + s->start, s->end - s->start, EG_EVIDENCE_TEXT_MAX);
        if (!ev->text)
            return EG_ENOMEM;
    }
    r->nevidence++;
    r->weight++;
    return EG_OK;
}

eg_status eg_corpus_add(eg_corpus *c, const char *doc_name, const eg_text *t, const eg_extraction *x,
                        const char **ids, eg_error *err)
{
    eg_status ret = EG_OK;
    uint32_t doc = (uint32_t)c->ndocs;
    size_t i, m;
    if (add_doc_name(c, doc_name) != EG_OK)
        goto oom;
    if (c->amap < x->nentities) {
        uint32_t *p = realloc(c->map, x->nentities * sizeof *p);
        if (!p)
            goto oom;
        c->map = p;
        c->amap = x->nentities;
    }
    for (i = 0; i < x->nentities; i++) {
        eg_entity *e;
        if (entity_index(c, &x->entities[i], &c->map[i]) != EG_OK)
            goto oom;
        e = &c->ents[c->map[i]];
        e->mentions += x->entities[i].nmentions;
        if (e->last_doc != doc + 1) {
            e->last_doc = doc + 1;
            e->documents++;
        }
        if (ids)
            ids[i] = e->id;
    }
    /* co-occurrence: the distinct entities of each sentence, pairwise */
    for (m = 0; m < x->nmentions;) {
        uint32_t sent = x->mentions[m].sent;
        size_t n = 0, a, b;
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
        for (a = 0; a < n; a++)
            for (b = a + 1; b < n; b++)
                if (add_evidence(c, c->sent_ents[a], c->sent_ents[b], EG_REL_COOCCURRENCE, doc, t,
                                 &t->sents[sent]) != EG_OK)
                    goto oom;
    }
    return ret;
oom:
    return eg_error_set(err, EG_ENOMEM, "%s: out of memory", doc_name);
}
