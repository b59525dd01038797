/* gazetteer.c: loading and matching the look-up tables (see entgraph/gazetteer.h).
 *
 * Every phrase is folded through the tokenizer itself (eg_text_analyze), so a table entry and the text it should
 * match are normalised by the same code. Phrases map to one eg_gz_entry each; a phrase listed in several tables
 * gets the union of their kinds. */
#define _POSIX_C_SOURCE 200809L
#include "entgraph/gazetteer.h"

#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "buf.h"
#include "isojson.h"
#include "strtab.h"

#ifndef ENTGRAPH_SOURCE_DATADIR
#define ENTGRAPH_SOURCE_DATADIR "data"
#endif
#ifndef ENTGRAPH_INSTALL_DATADIR
#define ENTGRAPH_INSTALL_DATADIR "/usr/local/share/entgraph"
#endif
#ifndef ENTGRAPH_ISO_CODES_DIR
#define ENTGRAPH_ISO_CODES_DIR "/usr/share/iso-codes/json"
#endif

#define MAX_PHRASE_TOKENS 12
#define FIRST_BITS 14
#define FIRST_SLOTS ((size_t)1 << FIRST_BITS)
#define FIRST_MULTI 0x8000u   /* above every EG_GZ_* kind */

/* A value in the phrase table: the entry index in the low bits (NO_ENTRY for a key that is only the start of longer
 * phrases, or only a word inside them), EXTENDS when some longer phrase starts with the key, and, for a one-word key,
 * CONT when the word is the second or a later word of some phrase. Matching walks token by token and stops at the
 * first key that nothing extends, so a word that starts no phrase costs one look-up; and with the memo's word
 * cache, a next word that continues no phrase ("the" + "minister") costs none. */
#define PHRASE_EXTENDS 0x80000000u
#define PHRASE_CONT 0x40000000u
#define PHRASE_INDEX 0x3FFFFFFFu
#define NO_ENTRY PHRASE_INDEX
#define KEY_MAX 512   /* bytes of a phrase key built from text */

struct eg_gazetteer {
    eg_strtab phrases;        /* folded phrase, or the start of one -> PHRASE_* value */
    eg_gz_entry *entries;
    size_t nentries, aentries;
    char **strings;           /* owned canonical names */
    size_t nstrings, astrings;
    const char *country[26 * 26];  /* display names by alpha-2, borrowed from strings */
    size_t max_ntoks;
    char **nick_from, **nick_to;   /* sorted by nick_from; owned */
    size_t nnick;
    eg_strtab nick_index;     /* nickname -> first index */
    eg_text scratch;
    eg_buf key;
    /* the kinds of the phrases whose first word falls in each slot (eg_word_slot), and FIRST_MULTI when one of
     * them has two words or more: a word whose slot has none of the kinds asked for starts no such phrase, and
     * most words are answered so without the table */
    uint16_t first_kinds[FIRST_SLOTS];
};

static int cc_index(const char *cc)
{
    int a, b;
    if (!cc || !cc[0] || !cc[1] || cc[2])
        return -1;
    a = toupper((unsigned char)cc[0]) - 'A';
    b = toupper((unsigned char)cc[1]) - 'A';
    if (a < 0 || a >= 26 || b < 0 || b >= 26)
        return -1;
    return a * 26 + b;
}

const char *eg_gazetteer_default_datadir(void)
{
    struct stat st;
    const char *env = getenv("ENTGRAPH_DATA");
    if (env && *env)
        return env;
    if (stat(ENTGRAPH_SOURCE_DATADIR "/titles.txt", &st) == 0)
        return ENTGRAPH_SOURCE_DATADIR;
    return ENTGRAPH_INSTALL_DATADIR;
}

static const char *keep_string(eg_gazetteer *g, const char *s)
{
    char *p;
    if (g->nstrings == g->astrings) {
        size_t na = g->astrings ? g->astrings * 2 : 256;
        char **q = realloc(g->strings, na * sizeof *q);
        if (!q)
            return NULL;
        g->strings = q;
        g->astrings = na;
    }
    p = strdup(s);
    if (p)
        g->strings[g->nstrings++] = p;
    return p;
}

/* Fold a phrase into g->key (tokens' folded forms joined by single spaces); returns the token count. ends[k]
 * receives the key length of the first k + 1 tokens (for up to MAX_PHRASE_TOKENS tokens). */
static size_t fold_phrase(eg_gazetteer *g, const char *phrase, size_t ends[MAX_PHRASE_TOKENS])
{
    size_t i;
    if (eg_text_analyze(&g->scratch, phrase, strlen(phrase), NULL) != EG_OK)
        return 0;
    eg_buf_reset(&g->key);
    for (i = 0; i < g->scratch.ntoks; i++) {
        if ((i && eg_buf_addc(&g->key, ' ') != EG_OK) ||
            eg_buf_add(&g->key, eg_text_norm(&g->scratch, i), g->scratch.toks[i].norm_len) != EG_OK)
            return 0;
        if (i < MAX_PHRASE_TOKENS)
            ends[i] = g->key.len;
    }
    return g->scratch.ntoks;
}

/* Mark the first len bytes of g->key (whole tokens of the phrase) as the start of a longer phrase. */
static eg_status mark_prefix(eg_gazetteer *g, size_t len)
{
    uint32_t v;
    int inserted;
    if (eg_strtab_put(&g->phrases, g->key.data, len, NO_ENTRY | PHRASE_EXTENDS, &inserted, &v, NULL) != EG_OK)
        return EG_ENOMEM;
    if (!inserted && !(v & PHRASE_EXTENDS))
        eg_strtab_set(&g->phrases, g->key.data, len, v | PHRASE_EXTENDS);
    return EG_OK;
}

/* Mark the word w[0..n) as one that continues some phrase. */
static eg_status mark_cont(eg_gazetteer *g, const char *w, size_t n)
{
    uint32_t v;
    int inserted;
    if (eg_strtab_put(&g->phrases, w, n, NO_ENTRY | PHRASE_CONT, &inserted, &v, NULL) != EG_OK)
        return EG_ENOMEM;
    if (!inserted && !(v & PHRASE_CONT))
        eg_strtab_set(&g->phrases, w, n, v | PHRASE_CONT);
    return EG_OK;
}

static eg_status add_phrase(eg_gazetteer *g, const char *phrase, uint32_t kinds, const char *cc, int number,
                            const char *canon)
{
    size_t ends[MAX_PHRASE_TOKENS];
    size_t ntoks = fold_phrase(g, phrase, ends), k;
    uint32_t idx;
    int inserted;
    eg_gz_entry *e;
    if (ntoks == 0 || ntoks > MAX_PHRASE_TOKENS)
        return EG_OK;   /* empty or absurdly long phrases are ignored */
    if (g->nentries >= NO_ENTRY)
        return EG_ELIMIT;
    if (g->nentries == g->aentries) {
        size_t na = g->aentries ? g->aentries * 2 : 4096;
        eg_gz_entry *p = realloc(g->entries, na * sizeof *p);
        if (!p)
            return EG_ENOMEM;
        g->entries = p;
        g->aentries = na;
    }
    if (eg_strtab_put(&g->phrases, g->key.data, g->key.len, (uint32_t)g->nentries, &inserted, &idx, NULL) != EG_OK)
        return EG_ENOMEM;
    if (!inserted && (idx & PHRASE_INDEX) == NO_ENTRY) {
        /* known so far only as the start of longer phrases */
        eg_strtab_set(&g->phrases, g->key.data, g->key.len,
                      (uint32_t)g->nentries | (idx & (PHRASE_EXTENDS | PHRASE_CONT)));
        inserted = 1;
    }
    if (inserted) {
        e = &g->entries[g->nentries++];
        memset(e, 0, sizeof *e);
        e->ntoks = (uint8_t)ntoks;
    } else
        e = &g->entries[idx & PHRASE_INDEX];
    /* a country's code wins over a city's or a place's of the same name */
    if (cc && cc[0] && cc_index(cc) >= 0 && (!e->cc[0] || ((kinds & EG_GZ_COUNTRY) && !(e->kinds & EG_GZ_COUNTRY)))) {
        e->cc[0] = (char)toupper((unsigned char)cc[0]);
        e->cc[1] = (char)toupper((unsigned char)cc[1]);
        e->cc[2] = '\0';
    }
    if (number && !e->number)
        e->number = (uint8_t)number;
    if (canon && !e->canon) {
        e->canon = keep_string(g, canon);
        if (!e->canon)
            return EG_ENOMEM;
    }
    e->kinds |= kinds;
    k = eg_word_slot(eg_text_norm(&g->scratch, 0), g->scratch.toks[0].norm_len, FIRST_BITS);
    g->first_kinds[k] |= (uint16_t)(kinds | (ntoks > 1 ? FIRST_MULTI : 0));
    if (ntoks > g->max_ntoks)
        g->max_ntoks = ntoks;
    for (k = 0; k + 1 < ntoks; k++)
        if (mark_prefix(g, ends[k]) != EG_OK)
            return EG_ENOMEM;
    for (k = 1; k < ntoks; k++)
        if (mark_cont(g, eg_text_norm(&g->scratch, k), g->scratch.toks[k].norm_len) != EG_OK)
            return EG_ENOMEM;
    return EG_OK;
}

typedef eg_status (*row_fn)(eg_gazetteer *g, char **fields, size_t nfields, void *ctx);

/* Read a data file: '#' comments, blank lines skipped, fields split on tabs. */
static eg_status read_table(eg_gazetteer *g, const char *dir, const char *name, row_fn fn, void *ctx, eg_error *err)
{
    eg_status ret = EG_OK;
    char *path = NULL, *line = NULL;
    size_t cap = 0, lineno = 0;
    ssize_t n;
    FILE *fp = NULL;
    path = malloc(strlen(dir) + strlen(name) + 2);
    if (!path) {
        ret = eg_error_set(err, EG_ENOMEM, "out of memory");
        goto cleanup;
    }
    sprintf(path, "%s/%s", dir, name);
    fp = fopen(path, "r");
    if (!fp) {
        ret = eg_error_set(err, EG_EIO, "%s: %s (set ENTGRAPH_DATA or --data to the data directory)", path,
                           strerror(errno));
        goto cleanup;
    }
    while ((n = getline(&line, &cap, fp)) >= 0) {
        char *fields[8];
        size_t nf = 0;
        char *p = line;
        lineno++;
        while (n > 0 && (line[n - 1] == '\n' || line[n - 1] == '\r'))
            line[--n] = '\0';
        if (n == 0 || line[0] == '#')
            continue;
        fields[nf++] = p;
        while ((p = strchr(p, '\t')) != NULL && nf < 8) {
            *p++ = '\0';
            fields[nf++] = p;
        }
        ret = fn(g, fields, nf, ctx);
        if (ret != EG_OK) {
            ret = eg_error_set(err, ret, "%s:%zu: %s", path, lineno,
                               ret == EG_EFORMAT ? "malformed line" : eg_strerror(ret));
            goto cleanup;
        }
    }
    if (ferror(fp))
        ret = eg_error_set(err, EG_EIO, "%s: read error", path);
cleanup:
    if (fp)
        fclose(fp);
    free(line);
    free(path);
    return ret;
}

typedef struct {
    uint32_t kinds;
} kind_ctx;

static eg_status row_words(eg_gazetteer *g, char **f, size_t nf, void *ctx)
{
    return add_phrase(g, f[0], ((kind_ctx *)ctx)->kinds, NULL, 0, NULL);
}

static eg_status row_coded(eg_gazetteer *g, char **f, size_t nf, void *ctx)
{
    uint32_t kinds = ((kind_ctx *)ctx)->kinds;
    if (nf < 2)
        return EG_EFORMAT;
    /* cities and places keep their table spelling as display name ("NAIROBI" is shown as "Nairobi") */
    return add_phrase(g, f[0], kinds, f[1], 0, (kinds & (EG_GZ_CITY | EG_GZ_PLACE)) ? f[0] : NULL);
}

static eg_status row_numbered(eg_gazetteer *g, char **f, size_t nf, void *ctx)
{
    if (nf < 2)
        return EG_EFORMAT;
    return add_phrase(g, f[0], ((kind_ctx *)ctx)->kinds, NULL, atoi(f[1]), NULL);
}

static eg_status row_alias(eg_gazetteer *g, char **f, size_t nf, void *ctx)
{
    int ci;
    if (nf < 2 || (ci = cc_index(f[1])) < 0)
        return EG_EFORMAT;
    if (!g->country[ci]) {
        g->country[ci] = keep_string(g, f[0]);
        if (!g->country[ci])
            return EG_ENOMEM;
    }
    return add_phrase(g, f[0], EG_GZ_COUNTRY, f[1], 0, g->country[ci]);
}

static eg_status row_acronym(eg_gazetteer *g, char **f, size_t nf, void *ctx)
{
    eg_status ret;
    const char *c;
    if (nf < 2)
        return EG_EFORMAT;
    for (c = f[0]; (*c >= 'A' && *c <= 'Z') || (*c >= '0' && *c <= '9'); c++)
        ;   /* (an acronym in capitals: see EG_GZ_CAPS) */
    ret = add_phrase(g, f[0], EG_GZ_ORG | (*c ? 0 : EG_GZ_CAPS), NULL, 0, f[1]);
    if (ret == EG_OK)
        ret = add_phrase(g, f[1], EG_GZ_ORG, NULL, 0, f[1]);
    return ret;
}

static eg_status row_nick(eg_gazetteer *g, char **f, size_t nf, void *ctx)
{
    char buf[128];
    size_t *alloc = ctx;
    if (nf < 2)
        return EG_EFORMAT;
    if (g->nnick == *alloc) {
        size_t na = *alloc ? *alloc * 2 : 256;
        char **a = realloc(g->nick_from, na * sizeof *a), **b;
        if (!a)
            return EG_ENOMEM;
        g->nick_from = a;
        b = realloc(g->nick_to, na * sizeof *b);
        if (!b)
            return EG_ENOMEM;
        g->nick_to = b;
        *alloc = na;
    }
    eg_utf8_fold(f[0], strlen(f[0]), buf, sizeof buf);
    g->nick_from[g->nnick] = strdup(buf);
    eg_utf8_fold(f[1], strlen(f[1]), buf, sizeof buf);
    g->nick_to[g->nnick] = strdup(buf);
    if (!g->nick_from[g->nnick] || !g->nick_to[g->nnick]) {
        free(g->nick_from[g->nnick]);
        free(g->nick_to[g->nnick]);
        return EG_ENOMEM;
    }
    g->nnick++;
    return EG_OK;
}

/* ISO names such as "Korea, Republic of" are not how text names a country. */
static int usable_name(const char *s)
{
    return s && *s && !strchr(s, ',') && !strchr(s, '(');
}

static eg_status add_country(void *ctx, const eg_isojson_obj *c)
{
    static const char *const keys[] = {"common_name", "name", "official_name"};
    eg_gazetteer *g = ctx;
    const char *cc = eg_isojson_get(c, "alpha_2");
    int ci = cc_index(cc);
    size_t k;
    if (ci < 0)
        return EG_OK;
    for (k = 0; k < 3; k++) {
        const char *nm = eg_isojson_get(c, keys[k]);
        if (!usable_name(nm))
            continue;
        if (!g->country[ci] && !(g->country[ci] = keep_string(g, nm)))
            return EG_ENOMEM;
        if (add_phrase(g, nm, EG_GZ_COUNTRY, cc, 0, g->country[ci]) != EG_OK)
            return EG_ENOMEM;
    }
    return EG_OK;
}

/* The list `list` of the iso-codes file `file`, each object given to fn. */
static eg_status load_iso_list(eg_gazetteer *g, const char *isodir, const char *file, const char *list,
                               eg_isojson_fn fn, eg_error *err)
{
    char path[4096];
    eg_status ret;
    snprintf(path, sizeof path, "%s/%s", isodir, file);
    ret = eg_isojson_each(path, list, fn, g, err);
    return ret == EG_ENOMEM ? eg_error_set(err, EG_ENOMEM, "out of memory") : ret;
}

/* States and provinces of countries whose subdivisions news names often. */
static eg_status add_subdivision(void *ctx, const eg_isojson_obj *c)
{
    static const char *const countries[] = {"US", "CA", "AU", "IN", "CN", "BR", "MX", "DE", "NG", "PK", "JP",
                                            "GB", "ES", "IT", "FR", "RU", "UA", "AR", "ZA", "ID", "IR", "IQ",
                                            "SY", "AF", "MY", "PH", "KR"};
    eg_gazetteer *g = ctx;
    const char *code = eg_isojson_get(c, "code"), *nm = eg_isojson_get(c, "name"), *type = eg_isojson_get(c, "type");
    char cc[3];
    size_t k;
    int ok = 0;
    if (!code || !nm || !type || strlen(code) < 4 || code[2] != '-' || !usable_name(nm))
        return EG_OK;
    cc[0] = code[0];
    cc[1] = code[1];
    cc[2] = '\0';
    for (k = 0; k < sizeof countries / sizeof *countries && !ok; k++)
        ok = strcmp(cc, countries[k]) == 0;
    if (!ok)
        return EG_OK;
    /* every kind of subdivision: the list of wanted kinds this code once had was never applied (a condition
     * that was always false), and the extraction has been measured with all of them */
    if (add_phrase(g, nm, EG_GZ_PLACE, cc, 0, NULL) != EG_OK)
        return EG_ENOMEM;
    {
        /* and as English copy writes it, without the marks: "Tamil Nadu", "Nuevo Leon", "Michoacan" */
        char plain[256];
        size_t n = strlen(nm), m = n < sizeof plain ? eg_utf8_strip_marks(nm, n, plain, sizeof plain) : 0;
        if (m > 0 && m != n && add_phrase(g, plain, EG_GZ_PLACE, cc, 0, nm) != EG_OK)
            return EG_ENOMEM;
    }
    return EG_OK;
}

static int cmp_nick(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static eg_status index_nicknames(eg_gazetteer *g)
{
    size_t i;
    /* sort pairs by nickname: sort an index, then permute */
    char **pairs = malloc(g->nnick * 2 * sizeof *pairs);
    if (!pairs && g->nnick)
        return EG_ENOMEM;
    for (i = 0; i < g->nnick; i++) {
        /* join as "from\tto" for sorting, keep the originals */
        size_t a = strlen(g->nick_from[i]), b = strlen(g->nick_to[i]);
        char *s = malloc(a + b + 2);
        if (!s) {
            while (i--)
                free(pairs[i]);
            free(pairs);
            return EG_ENOMEM;
        }
        memcpy(s, g->nick_from[i], a);
        s[a] = '\t';
        memcpy(s + a + 1, g->nick_to[i], b + 1);
        pairs[i] = s;
    }
    qsort(pairs, g->nnick, sizeof *pairs, cmp_nick);
    for (i = 0; i < g->nnick; i++) {
        char *tab = strchr(pairs[i], '\t');
        free(g->nick_from[i]);
        free(g->nick_to[i]);
        *tab = '\0';
        g->nick_from[i] = pairs[i];
        g->nick_to[i] = strdup(tab + 1);
        if (!g->nick_to[i]) {
            free(pairs);
            return EG_ENOMEM;
        }
        if (eg_strtab_put(&g->nick_index, pairs[i], strlen(pairs[i]), (uint32_t)i, NULL, NULL, NULL) != EG_OK) {
            free(pairs);
            return EG_ENOMEM;
        }
    }
    free(pairs);
    return EG_OK;
}

eg_status eg_gazetteer_load(eg_gazetteer **out, const char *datadir, const char *isodir, eg_error *err)
{
    eg_status ret = EG_OK;
    size_t nick_alloc = 0;
    eg_gazetteer *g = calloc(1, sizeof *g);
    kind_ctx k;
    *out = NULL;
    if (!g)
        return eg_error_set(err, EG_ENOMEM, "out of memory");
    eg_strtab_init(&g->phrases);
    eg_strtab_init(&g->nick_index);
    eg_text_init(&g->scratch);
    eg_buf_init(&g->key, 4096);
    if (!datadir)
        datadir = eg_gazetteer_default_datadir();
    if (!isodir)
        isodir = ENTGRAPH_ISO_CODES_DIR;

    /* ISO 3166 names first: the common name (else the short name) is the display name; the project's aliases
     * name the countries whose ISO names are not how text names them ("Korea, Republic of") */
    if ((ret = load_iso_list(g, isodir, "iso_3166-1.json", "3166-1", add_country, err)) != EG_OK)
        goto cleanup;
    if ((ret = read_table(g, datadir, "country_aliases.tsv", row_alias, NULL, err)) != EG_OK)
        goto cleanup;
    if ((ret = load_iso_list(g, isodir, "iso_3166-2.json", "3166-2", add_subdivision, err)) != EG_OK)
        goto cleanup;
    k.kinds = EG_GZ_DEMONYM;
    if ((ret = read_table(g, datadir, "demonyms.tsv", row_coded, &k, err)) != EG_OK)
        goto cleanup;
    k.kinds = EG_GZ_CITY;
    if ((ret = read_table(g, datadir, "cities.tsv", row_coded, &k, err)) != EG_OK)
        goto cleanup;
    k.kinds = EG_GZ_PLACE;
    if ((ret = read_table(g, datadir, "places.tsv", row_coded, &k, err)) != EG_OK)
        goto cleanup;
    k.kinds = EG_GZ_TITLE;
    if ((ret = read_table(g, datadir, "titles.txt", row_words, &k, err)) != EG_OK)
        goto cleanup;
    k.kinds = EG_GZ_HONORIFIC;
    if ((ret = read_table(g, datadir, "honorifics.txt", row_words, &k, err)) != EG_OK)
        goto cleanup;
    k.kinds = EG_GZ_ORGWORD;
    if ((ret = read_table(g, datadir, "org_words.txt", row_words, &k, err)) != EG_OK)
        goto cleanup;
    if ((ret = read_table(g, datadir, "org_acronyms.txt", row_acronym, NULL, err)) != EG_OK)
        goto cleanup;
    k.kinds = EG_GZ_FIRSTNAME;
    if ((ret = read_table(g, datadir, "first_names.txt", row_words, &k, err)) != EG_OK)
        goto cleanup;
    k.kinds = EG_GZ_STOPWORD;
    if ((ret = read_table(g, datadir, "stopwords.txt", row_words, &k, err)) != EG_OK)
        goto cleanup;
    k.kinds = EG_GZ_MONTH;
    if ((ret = read_table(g, datadir, "months.txt", row_numbered, &k, err)) != EG_OK)
        goto cleanup;
    k.kinds = EG_GZ_WEEKDAY;
    if ((ret = read_table(g, datadir, "weekdays.txt", row_numbered, &k, err)) != EG_OK)
        goto cleanup;
    if ((ret = read_table(g, datadir, "nicknames.tsv", row_nick, &nick_alloc, err)) != EG_OK)
        goto cleanup;
    if (index_nicknames(g) != EG_OK) {
        ret = eg_error_set(err, EG_ENOMEM, "out of memory");
        goto cleanup;
    }
    *out = g;
cleanup:
    if (ret != EG_OK)
        eg_gazetteer_free(g);
    return ret;
}

void eg_gazetteer_free(eg_gazetteer *g)
{
    size_t i;
    if (!g)
        return;
    eg_strtab_release(&g->phrases);
    eg_strtab_release(&g->nick_index);
    for (i = 0; i < g->nstrings; i++)
        free(g->strings[i]);
    free(g->strings);
    for (i = 0; i < g->nnick; i++) {
        free(g->nick_from[i]);
        free(g->nick_to[i]);
    }
    free(g->nick_from);
    free(g->nick_to);
    free(g->entries);
    eg_text_release(&g->scratch);
    eg_buf_release(&g->key);
    free(g);
}

/* The kinds of phrase (and FIRST_MULTI) that may start with the folded word w[0..n) (see first_kinds). */
static uint16_t first_kinds_of(const eg_gazetteer *g, const char *w, size_t n)
{
    return g->first_kinds[eg_word_slot(w, n, FIRST_BITS)];
}

int eg_gazetteer_may_start_phrase(const eg_gazetteer *g, const char *w, size_t n)
{
    return (first_kinds_of(g, w, n) & FIRST_MULTI) != 0;
}

const eg_gz_entry *eg_gazetteer_lookup(const eg_gazetteer *g, const char *folded, size_t len)
{
    uint32_t v;
    if (!eg_strtab_get(&g->phrases, folded, len, &v) || (v & PHRASE_INDEX) == NO_ENTRY)
        return NULL;
    return &g->entries[v & PHRASE_INDEX];
}

/* Is w[0..n), as written, a country, a demonym or a city (no given name) that starts with a capital? */
static int country_word(const eg_gazetteer *g, const char *w, size_t n)
{
    char low[64];
    const eg_gz_entry *e;
    uint32_t cp;
    if (n == 0 || n >= sizeof low / 2 || eg_utf8_decode((const unsigned char *)w, n, &cp) == 0 || !eg_cp_is_upper(cp))
        return 0;
    n = eg_utf8_fold(w, n, low, sizeof low);
    e = eg_gazetteer_lookup(g, low, n);
    return e && e->ntoks == 1 &&
           ((e->kinds & (EG_GZ_COUNTRY | EG_GZ_DEMONYM)) ||
            ((e->kinds & EG_GZ_CITY) && !(e->kinds & (EG_GZ_FIRSTNAME | EG_GZ_ORGWORD | EG_GZ_STOPWORD))));
}

/* Is w[0..n) a word of a route between two places, written small ("route", "railway", "pipeline")? */
static int route_word(const char *w, size_t n)
{
    static const char *const words[] = {"route", "routes", "railway", "railroad", "rail", "line", "pipeline",
                                        "corridor", "highway", "road", "link", "flight", "flights", "ferry",
                                        "motorway", "expressway", "interconnector", "cable", "shuttle", NULL};
    size_t k;
    for (k = 0; words[k]; k++)
        if (strlen(words[k]) == n && memcmp(words[k], w, n) == 0)
            return 1;
    return 0;
}

/* Is w[0..n) a word written with a capital and then small letters, of at least three bytes: a name the tables may
 * lack? */
static int plain_cap_word(const char *w, size_t n)
{
    size_t k;
    if (n < 3 || (unsigned char)w[0] < 'A' || (unsigned char)w[0] > 'Z')
        return 0;
    for (k = 1; k < n; k++)
        if (((unsigned char)w[k] >= 'A' && (unsigned char)w[k] <= 'Z') || w[k] == '-' || w[k] == '.')
            return 0;
    return 1;
}

size_t eg_gazetteer_hyphen_cut(const void *ctx, const char *w, size_t n, const char *next, size_t next_n)
{
    const eg_gazetteer *g = ctx;
    char low[128];
    const char *h = memchr(w, '-', n), *h2;
    size_t m, n1, n2;
    int c1, c2;
    if (!h || h == w || n >= sizeof low / 2)
        return 0;
    h2 = memchr(h + 1, '-', (size_t)(w + n - h - 1));
    m = eg_utf8_fold(w, n, low, sizeof low);
    if (eg_gazetteer_lookup(g, low, m))
        return 0;
    n1 = (size_t)(h - w);
    n2 = (size_t)((h2 ? h2 : w + n) - h - 1);
    c1 = country_word(g, w, n1);
    c2 = country_word(g, h + 1, n2);
    /* (one of them a name the tables lack, before a route's word: "the Olbia-Barcelona route") */
    if (!(c1 && c2) && !(!h2 && route_word(next, next_n) && ((c1 && plain_cap_word(h + 1, n2)) ||
                                                             (c2 && plain_cap_word(w, n1)))))
        return 0;
    return n1;
}

/* Is the folded word w[0..n) a given name of the list (as written, when as_written), or, with marks on Latin
 * letters, one without them? */
static int given_name_part(const eg_gazetteer *g, const char *w, size_t n, int as_written)
{
    char plain[32];
    const eg_gz_entry *e = as_written ? eg_gazetteer_lookup(g, w, n) : NULL;
    size_t k;
    if (e && e->ntoks == 1 && (e->kinds & EG_GZ_FIRSTNAME))
        return 1;
    for (k = 0; k < n && (unsigned char)w[k] < 0x80; k++)
        ;
    if (k == n || (n = eg_utf8_strip_marks(w, n, plain, sizeof plain)) == 0)
        return 0;
    e = eg_gazetteer_lookup(g, plain, n);
    return e && e->ntoks == 1 && (e->kinds & EG_GZ_FIRSTNAME);
}

int eg_gazetteer_marked_given_name(const eg_gazetteer *g, const char *w, size_t n)
{
    const char *h = memchr(w, '-', n);
    if (h && h > w && h + 1 < w + n && !memchr(h + 1, '-', (size_t)(w + n - h - 1))) {
        /* both halves given names ("Marie-Claude"), or a given name and a word the tables do not have
         * ("Kristjan-Mart", "Rose-Andrée"): the list cannot hold every second given name */
        size_t m = (size_t)(w + n - h - 1);
        return given_name_part(g, w, (size_t)(h - w), 1) &&
               (given_name_part(g, h + 1, m, 1) || (h - w >= 3 && m >= 3 && !eg_gazetteer_lookup(g, h + 1, m)));
    }
    return given_name_part(g, w, n, 0);   /* (the caller looked the word up as written) */
}

/* ---- the single-word cache of a memo ---- */

#define WORD_SLOTS 4096
#define WORD_MAX 26

struct eg_gz_word_slot {
    uint8_t len;          /* of key; 0 for an empty slot */
    uint8_t found;        /* the table has the word (then v is its value) */
    char key[WORD_MAX];
    uint32_t v;
};

/* The phrase table's answer for the word w[0..n): 1 and *v when present. Through the cache when there is one. */
static int word_value(const eg_gazetteer *g, eg_gz_word_slot *words, const char *w, size_t n, uint32_t *v)
{
    eg_gz_word_slot *s;
    uint64_t h;
    if (!words || n > WORD_MAX)
        return eg_strtab_get(&g->phrases, w, n, v);
    h = eg_strtab_hash(w, n);
    s = &words[(h ^ (h >> 17)) & (WORD_SLOTS - 1)];
    if (s->len != n || memcmp(s->key, w, n) != 0) {
        s->found = (uint8_t)eg_strtab_get(&g->phrases, w, n, &s->v);
        s->len = (uint8_t)n;
        memcpy(s->key, w, n);
    }
    *v = s->v;
    return s->found;
}

/* Words for the kind of thing a name is, which the news writes after it in lower case ("news agency"). */
static int generic_tail(const char *w, size_t n)
{
    static const char *const tails[] = {"agency", "plant", "station", "company", "corporation", "newspaper",
                                        "network", "channel", "group", NULL};
    size_t k;
    for (k = 0; tails[k]; k++)
        if (strlen(tails[k]) == n && memcmp(tails[k], w, n) == 0)
            return 1;
    return 0;
}

/* Every phrase starting at token i and ending before token end, shortest first: lens[k] tokens, entry es[k].
 * Returns how many (at most MAX_PHRASE_TOKENS). Walks the key one token at a time and stops where no longer
 * phrase starts with it. words (may be NULL) answers the first word. */
static size_t phrases_at(const eg_gazetteer *g, eg_gz_word_slot *words, const eg_text *t, size_t i, size_t end,
                         uint8_t *lens, const eg_gz_entry **es)
{
    char key[KEY_MAX];
    size_t n = 0, L, nhits = 0;
    uint32_t v;
    for (L = 0; i + L < end && L < MAX_PHRASE_TOKENS; L++) {
        const eg_token *tok = &t->toks[i + L];
        if (n + tok->norm_len + 2 > sizeof key)
            break;
        /* a next word that continues no phrase ends the walk: no key holds it there */
        if (L && words && tok->norm_len <= WORD_MAX &&
            (!word_value(g, words, t->norm + tok->norm, tok->norm_len, &v) || !(v & PHRASE_CONT)))
            break;
        if (L)
            key[n++] = ' ';
        memcpy(key + n, t->norm + tok->norm, tok->norm_len);
        n += tok->norm_len;
        if (!(L ? eg_strtab_get(&g->phrases, key, n, &v) : word_value(g, words, key, n, &v)))
            break;
        if ((v & PHRASE_INDEX) != NO_ENTRY) {
            const eg_gz_entry *e = &g->entries[v & PHRASE_INDEX];
            /* a name that runs on into a common word for what it is is not that name: "Xinhua news agency" is
             * Xinhua, "Zaporizhzhia nuclear power plant" is Zaporizhzhia ("Yellow sea", "Republican party" are
             * still the names) */
            if (!(L && (t->toks[i].flags & EG_TOK_CAP) && (tok->flags & (EG_TOK_WORD | EG_TOK_CAP)) == EG_TOK_WORD &&
                  generic_tail(t->norm + tok->norm, tok->norm_len))) {
                lens[nhits] = (uint8_t)(L + 1);
                es[nhits++] = e;
            }
        }
        if (!(v & PHRASE_EXTENDS))
            break;
    }
    return nhits;
}

size_t eg_gazetteer_match(const eg_gazetteer *g, const eg_text *t, size_t i, size_t end, uint32_t kinds,
                          const eg_gz_entry **entry)
{
    uint8_t lens[MAX_PHRASE_TOKENS];
    const eg_gz_entry *es[MAX_PHRASE_TOKENS];
    size_t k = phrases_at(g, NULL, t, i, end, lens, es);
    while (k-- > 0) {
        if (es[k]->kinds & kinds) {
            if (entry)
                *entry = es[k];
            return lens[k];
        }
    }
    return 0;
}

/* ---- per-document memo ---- */

#define MEMO_HITS 3

struct eg_gz_memo_tok {
    uint32_t gen;                 /* equal to the memo's generation when the rest is filled in */
    uint8_t nhits;                /* phrases starting here, or MEMO_MANY when more than MEMO_HITS */
    uint8_t lens[MEMO_HITS];
    const eg_gz_entry *es[MEMO_HITS];
};

#define MEMO_MANY 0xFF

void eg_gz_memo_init(eg_gz_memo *m)
{
    memset(m, 0, sizeof *m);
}

void eg_gz_memo_release(eg_gz_memo *m)
{
    free(m->toks);
    free(m->words);
    eg_gz_memo_init(m);
}

eg_status eg_gz_memo_reset(eg_gz_memo *m, const eg_gazetteer *g, const eg_text *t)
{
    if (!m->words || m->g != g) {
        /* the word cache answers for one gazetteer: a new one starts it afresh */
        free(m->words);
        if (!(m->words = calloc(WORD_SLOTS, sizeof *m->words)))
            return EG_ENOMEM;
    }
    m->g = g;
    m->t = t;
    if (m->atoks < t->ntoks) {
        size_t na = m->atoks ? m->atoks : 1024;
        eg_gz_memo_tok *p;
        while (na < t->ntoks)
            na *= 2;
        /* calloc: generation 0 is never current */
        p = calloc(na, sizeof *p);
        if (!p)
            return EG_ENOMEM;
        free(m->toks);
        m->toks = p;
        m->atoks = na;
        m->gen = 0;
    }
    if (++m->gen == 0) {
        /* the counter wrapped: forget every slot */
        memset(m->toks, 0, m->atoks * sizeof *m->toks);
        m->gen = 1;
    }
    return EG_OK;
}

/* The memo slot of token i, filled in on first use. Phrases are looked for up to the end of the text, so any
 * end a caller gives is answered from the same slot. */
static const eg_gz_memo_tok *memo_tok(eg_gz_memo *m, size_t i)
{
    eg_gz_memo_tok *s = &m->toks[i];
    if (s->gen != m->gen) {
        uint8_t lens[MAX_PHRASE_TOKENS];
        const eg_gz_entry *es[MAX_PHRASE_TOKENS];
        size_t n = phrases_at(m->g, m->words, m->t, i, m->t->ntoks, lens, es), k;
        s->gen = m->gen;
        if (n > MEMO_HITS)
            s->nhits = MEMO_MANY;
        else {
            s->nhits = (uint8_t)n;
            for (k = 0; k < n; k++) {
                s->lens[k] = lens[k];
                s->es[k] = es[k];
            }
        }
    }
    return s;
}

size_t eg_gz_memo_match(eg_gz_memo *m, size_t i, size_t end, uint32_t kinds, const eg_gz_entry **entry)
{
    const eg_gz_memo_tok *s;
    size_t k;
    if (i >= end)
        return 0;
    if (m->toks[i].gen != m->gen) {
        const eg_token *tok = &m->t->toks[i];
        if (!(first_kinds_of(m->g, m->t->norm + tok->norm, tok->norm_len) & kinds))
            return 0;
    }
    s = memo_tok(m, i);
    if (s->nhits == MEMO_MANY)
        return eg_gazetteer_match(m->g, m->t, i, end, kinds, entry);
    for (k = s->nhits; k-- > 0;) {
        if (s->lens[k] <= end - i && (s->es[k]->kinds & kinds)) {
            if (entry)
                *entry = s->es[k];
            return s->lens[k];
        }
    }
    return 0;
}

const eg_gz_entry *eg_gz_memo_word(eg_gz_memo *m, size_t i)
{
    const eg_gz_memo_tok *s;
    const eg_token *tok = &m->t->toks[i];
    /* a word too long for the phrase key is never walked: look it up whole */
    if (tok->norm_len + 2 > KEY_MAX)
        return eg_gazetteer_lookup(m->g, m->t->norm + tok->norm, tok->norm_len);
    s = memo_tok(m, i);
    if (s->nhits == MEMO_MANY)
        return eg_gazetteer_lookup(m->g, m->t->norm + tok->norm, tok->norm_len);
    /* the shortest phrase comes first: the word alone, when it is one */
    return s->nhits && s->lens[0] == 1 ? s->es[0] : NULL;
}

const char *eg_gazetteer_country_name(const eg_gazetteer *g, const char *cc)
{
    int ci = cc_index(cc);
    return ci < 0 ? NULL : g->country[ci];
}

const char *eg_gazetteer_nickname(const eg_gazetteer *g, const char *folded, size_t k)
{
    uint32_t idx;
    if (!eg_strtab_get(&g->nick_index, folded, strlen(folded), &idx))
        return NULL;
    if (idx + k >= g->nnick || strcmp(g->nick_from[idx + k], folded) != 0)
        return NULL;
    return g->nick_to[idx + k];
}

size_t eg_gazetteer_size(const eg_gazetteer *g)
{
    return g->nentries;
}
