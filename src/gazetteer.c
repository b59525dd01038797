/* gazetteer.c: loading and matching the look-up tables (see entgraph/gazetteer.h).
 *
 * Every phrase is folded through the tokenizer itself (eg_text_analyze), so a table entry and the text it should
 * match are normalised by the same code. Phrases map to one eg_gz_entry each; a phrase listed in several tables
 * gets the union of their kinds. */
#define _POSIX_C_SOURCE 200809L
#include "entgraph/gazetteer.h"

#include <ctype.h>
#include <errno.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "buf.h"
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

struct eg_gazetteer {
    eg_strtab phrases;        /* folded phrase -> index in entries */
    eg_strtab first;          /* folded first word of a phrase -> the longest phrase it starts, in tokens */
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

/* Fold a phrase into g->key (tokens' folded forms joined by single spaces); returns the token count. */
static size_t fold_phrase(eg_gazetteer *g, const char *phrase)
{
    size_t i;
    if (eg_text_analyze(&g->scratch, phrase, strlen(phrase), NULL) != EG_OK)
        return 0;
    eg_buf_reset(&g->key);
    for (i = 0; i < g->scratch.ntoks; i++) {
        if ((i && eg_buf_addc(&g->key, ' ') != EG_OK) ||
            eg_buf_add(&g->key, eg_text_norm(&g->scratch, i), g->scratch.toks[i].norm_len) != EG_OK)
            return 0;
    }
    return g->scratch.ntoks;
}

static eg_status add_phrase(eg_gazetteer *g, const char *phrase, uint32_t kinds, const char *cc, int number,
                            const char *canon)
{
    size_t ntoks = fold_phrase(g, phrase);
    uint32_t idx;
    int inserted;
    eg_gz_entry *e;
    if (ntoks == 0 || ntoks > MAX_PHRASE_TOKENS)
        return EG_OK;   /* empty or absurdly long phrases are ignored */
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
    if (inserted) {
        e = &g->entries[g->nentries++];
        memset(e, 0, sizeof *e);
        e->ntoks = (uint8_t)ntoks;
    } else
        e = &g->entries[idx];
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
    if (ntoks > g->max_ntoks)
        g->max_ntoks = ntoks;
    {
        const char *w = eg_text_norm(&g->scratch, 0);
        uint32_t longest;
        int ins;
        if (eg_strtab_put(&g->first, w, g->scratch.toks[0].norm_len, (uint32_t)ntoks, &ins, &longest, NULL) != EG_OK)
            return EG_ENOMEM;
        if (!ins && longest < ntoks)
            eg_strtab_set(&g->first, w, g->scratch.toks[0].norm_len, (uint32_t)ntoks);
    }
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
    if (nf < 2)
        return EG_EFORMAT;
    ret = add_phrase(g, f[0], EG_GZ_ORG, NULL, 0, f[1]);
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

static eg_status load_iso3166_1(eg_gazetteer *g, const char *isodir, eg_error *err)
{
    eg_status ret = EG_OK;
    char path[4096];
    json_error_t jerr;
    json_t *root, *list, *c;
    size_t i;
    snprintf(path, sizeof path, "%s/iso_3166-1.json", isodir);
    root = json_load_file(path, 0, &jerr);
    if (!root)
        return eg_error_set(err, EG_EIO, "%s: %s (install Debian's iso-codes package)", path, jerr.text);
    list = json_object_get(root, "3166-1");
    if (!json_is_array(list)) {
        ret = eg_error_set(err, EG_EFORMAT, "%s: no \"3166-1\" list", path);
        goto cleanup;
    }
    json_array_foreach(list, i, c) {
        const char *cc = json_string_value(json_object_get(c, "alpha_2"));
        const char *keys[] = {"common_name", "name", "official_name"};
        int ci = cc_index(cc);
        size_t k;
        if (ci < 0)
            continue;
        for (k = 0; k < 3; k++) {
            const char *nm = json_string_value(json_object_get(c, keys[k]));
            if (!usable_name(nm))
                continue;
            if (!g->country[ci] && !(g->country[ci] = keep_string(g, nm))) {
                ret = eg_error_set(err, EG_ENOMEM, "out of memory");
                goto cleanup;
            }
            if (add_phrase(g, nm, EG_GZ_COUNTRY, cc, 0, g->country[ci]) != EG_OK) {
                ret = eg_error_set(err, EG_ENOMEM, "out of memory");
                goto cleanup;
            }
        }
    }
cleanup:
    json_decref(root);
    return ret;
}

/* States and provinces of countries whose subdivisions news names often. */
static eg_status load_iso3166_2(eg_gazetteer *g, const char *isodir, eg_error *err)
{
    static const char *const countries[] = {"US", "CA", "AU", "IN", "CN", "BR", "MX", "DE", "NG", "PK", "JP",
                                            "GB", "ES", "IT", "FR", "RU", "UA", "AR", "ZA", "ID", "IR", "IQ",
                                            "SY", "AF", "MY", "PH", "KR"};
    static const char *const types[] = {"State", "Province", "Territory", "Autonomous region", "Nation", "Country",
                                        "Region", "Autonomous community", "Land", "Republic", "Oblast",
                                        "Prefecture", "Governorate", "Federal district", "Capital territory",
                                        "Special administrative region", "Municipality"};
    eg_status ret = EG_OK;
    char path[4096];
    json_error_t jerr;
    json_t *root, *list, *c;
    size_t i;
    snprintf(path, sizeof path, "%s/iso_3166-2.json", isodir);
    root = json_load_file(path, 0, &jerr);
    if (!root)
        return eg_error_set(err, EG_EIO, "%s: %s (install Debian's iso-codes package)", path, jerr.text);
    list = json_object_get(root, "3166-2");
    json_array_foreach(list, i, c) {
        const char *code = json_string_value(json_object_get(c, "code"));
        const char *nm = json_string_value(json_object_get(c, "name"));
        const char *type = json_string_value(json_object_get(c, "type"));
        char cc[3];
        size_t k;
        int ok = 0;
        if (!code || !nm || !type || strlen(code) < 4 || code[2] != '-' || !usable_name(nm))
            continue;
        cc[0] = code[0];
        cc[1] = code[1];
        cc[2] = '\0';
        for (k = 0; k < sizeof countries / sizeof *countries && !ok; k++)
            ok = strcmp(cc, countries[k]) == 0;
        if (!ok)
            continue;
        ok = 0;
        for (k = 0; k < sizeof types / sizeof *types && !ok; k++)
            ok = strcmp(type, types[k]) == 0;
        if (!ok || strchr(nm, ' ') == NULL ? 0 : 0)
            continue;
        if (add_phrase(g, nm, EG_GZ_PLACE, cc, 0, NULL) != EG_OK) {
            ret = eg_error_set(err, EG_ENOMEM, "out of memory");
            goto cleanup;
        }
    }
cleanup:
    json_decref(root);
    return ret;
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
    eg_strtab_init(&g->first);
    eg_strtab_init(&g->nick_index);
    eg_text_init(&g->scratch);
    eg_buf_init(&g->key, 4096);
    if (!datadir)
        datadir = eg_gazetteer_default_datadir();
    if (!isodir)
        isodir = ENTGRAPH_ISO_CODES_DIR;

    /* ISO 3166 names first: the common name (else the short name) is the display name; the project's aliases
     * name the countries whose ISO names are not how text names them ("Korea, Republic of") */
    if ((ret = load_iso3166_1(g, isodir, err)) != EG_OK)
        goto cleanup;
    if ((ret = read_table(g, datadir, "country_aliases.tsv", row_alias, NULL, err)) != EG_OK)
        goto cleanup;
    if ((ret = load_iso3166_2(g, isodir, err)) != EG_OK)
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
    eg_strtab_release(&g->first);
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

const eg_gz_entry *eg_gazetteer_lookup(const eg_gazetteer *g, const char *folded, size_t len)
{
    uint32_t idx;
    if (!eg_strtab_get(&g->phrases, folded, len, &idx))
        return NULL;
    return &g->entries[idx];
}

size_t eg_gazetteer_match(const eg_gazetteer *g, const eg_text *t, size_t i, size_t end, uint32_t kinds,
                          const eg_gz_entry **entry)
{
    char key[512];
    size_t offs[MAX_PHRASE_TOKENS + 1];
    size_t n, L;
    uint32_t max;
    if (i >= end)
        return 0;
    /* no phrase starts with this word: the common case, one look-up */
    if (!eg_strtab_get(&g->first, t->norm + t->toks[i].norm, t->toks[i].norm_len, &max))
        return 0;
    if (end - i < max)
        max = (uint32_t)(end - i);
    /* build the longest key once, remembering where each prefix ends */
    n = 0;
    for (L = 0; L < max; L++) {
        const eg_token *tok = &t->toks[i + L];
        if (n + tok->norm_len + 2 > sizeof key)
            break;
        if (L)
            key[n++] = ' ';
        memcpy(key + n, t->norm + tok->norm, tok->norm_len);
        n += tok->norm_len;
        offs[L + 1] = n;
    }
    for (; L > 0; L--) {
        const eg_gz_entry *e = eg_gazetteer_lookup(g, key, offs[L]);
        if (e && (e->kinds & kinds)) {
            if (entry)
                *entry = e;
            return L;
        }
    }
    return 0;
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
