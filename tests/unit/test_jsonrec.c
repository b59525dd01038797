/* test_jsonrec.c: the fast JSON Lines record decoder against jansson. Whatever the fast path decides, it must
 * decide as jansson does (same fields, byte for byte); records it must decide itself (flat ones, escapes,
 * surrogate pairs, NULs, duplicate keys) are listed, and records only jansson may decide (errors, nesting, reals,
 * big integers, bad UTF-8) must be left to it. Then random mutations of valid records, compared the same way. */
#include <stdint.h>
#include <stdlib.h>

#include "check.h"
#include "isojson.h"
#include "jsonrec.h"

static int fast_decided;   /* records the fast path decided, for the mutation test's coverage */

static int same_str(const char *a, const char *b)
{
    return (!a && !b) || (a && b && strcmp(a, b) == 0);
}

static int same_rec(const eg_jsonrec *a, const eg_jsonrec *b)
{
    return a->len == b->len && ((!a->text && !b->text) || (a->text && b->text && memcmp(a->text, b->text, a->len) == 0)) &&
           same_str(a->id, b->id) && same_str(a->date, b->date) && same_str(a->title, b->title) &&
           same_str(a->url, b->url);
}

/* Compares the two paths on data[0..len). want_fast: 1 the fast path must decide, 0 it must not, -1 either.
 * Returns 1 when everything agrees. */
static int agree(const char *data, size_t len, int want_fast)
{
    eg_jsonrec slow, fast, both;
    eg_error e1, e2;
    eg_status js = eg_jsonrec_jansson(data, len, &slow, &e1), ds;
    int f = eg_jsonrec_fast(data, len, &fast), ok = 1;
    if (f == 1) {
        fast_decided++;
        ok = js == EG_OK && same_rec(&slow, &fast);
    }
    if (want_fast >= 0 && f != want_fast)
        ok = 0;
    ds = eg_jsonrec_decode(data, len, &both, &e2);
    if (ds != js || (js == EG_OK && !same_rec(&slow, &both)) || (js != EG_OK && strcmp(e1.msg, e2.msg) != 0))
        ok = 0;
    if (!ok)
        fprintf(stderr, "disagree (fast %d, jansson %d): %.*s\n", f, (int)js, (int)len, data);
    eg_jsonrec_release(&slow);
    eg_jsonrec_release(&fast);
    eg_jsonrec_release(&both);
    return ok;
}

#define AGREE(lit, want) CHECK(agree(lit, sizeof lit - 1, want))

static void test_fast_cases(void)
{
    eg_jsonrec r;
    AGREE("{\"id\":\"a\",\"text\":\"hello\"}", 1);
    AGREE("{\"text\":\"no id\"}", 1);
    AGREE("  { \"id\" : 42 ,\t\"text\" : \"spaced\" }  \r", 1);
    AGREE("{\"id\":-7,\"text\":\"x\"}", 1);
    AGREE("{\"id\":-0,\"text\":\"x\"}", 1);
    AGREE("{\"id\":0,\"text\":\"x\"}", 1);
    AGREE("{\"id\":999999999999999999,\"text\":\"x\"}", 1);
    AGREE("{\"id\":null,\"text\":\"x\",\"date\":\"2026-01-02\",\"title\":\"T\",\"url\":\"https://example.org/a\"}", 1);
    AGREE("{\"id\":true,\"text\":\"a\",\"flag\":false}", 1);
    AGREE("{\"text\":\"esc \\\" \\\\ \\/ \\b \\f \\n \\r \\t end\"}", 1);
    AGREE("{\"text\":\"\\u00e9\\u4E2D\\ud83d\\ude00\\u0041\"}", 1);
    AGREE("{\"text\":\"a\\u0000b\"}", 1);
    AGREE("{\"id\":\"a\\u0000b\",\"text\":\"x\",\"title\":\"\\u0000\"}", 1);
    AGREE("{\"text\":\"first\",\"text\":\"second\"}", 1);
    AGREE("{\"date\":\"x\",\"date\":5,\"text\":\"t\"}", 1);
    AGREE("{\"id\":\"s\",\"id\":3,\"text\":\"t\"}", 1);
    AGREE("{\"text\":\"caf\xc3\xa9 \xe4\xb8\xad \xf0\x9f\x98\x80 \xef\xbf\xbf \xf4\x8f\xbf\xbf\"}", 1);
    AGREE("{\"views\":123456789012345678,\"text\":\"x\",\"extra\":\"\\u00e9\",\"n\":null}", 1);
    AGREE("{\"\":\"empty key\",\"text\":\"\"}", 1);
    /* the text itself */
    CHECK(eg_jsonrec_fast("{\"text\":\"a\\u0000b\",\"id\":12}", 27, &r) == 1);
    CHECK(r.len == 3 && memcmp(r.text, "a\0b", 3) == 0 && r.text[3] == '\0');
    CHECK_STR(r.id, "12");
    eg_jsonrec_release(&r);
}

static void test_jansson_cases(void)
{
    AGREE("{\"score\":1.5,\"text\":\"x\"}", 0);
    AGREE("{\"a\":[1,2],\"text\":\"x\"}", 0);
    AGREE("{\"a\":{},\"text\":\"x\"}", 0);
    AGREE("{\"id\":1234567890123456789,\"text\":\"x\"}", 0);
    AGREE("{\"id\":12345678901234567890,\"text\":\"x\"}", 0);
    AGREE("{\"n\":77777777777777777777777777,\"text\":\"x\"}", 0);
    AGREE("{\"id\":1e3,\"text\":\"x\"}", 0);
    AGREE("{\"id\":01,\"text\":\"x\"}", 0);
    AGREE("{\"id\":-,\"text\":\"x\"}", 0);
    AGREE("{\"text\":\"\\ud800\"}", 0);
    AGREE("{\"text\":\"\\udc00x\"}", 0);
    AGREE("{\"text\":\"\\ud800\\u0041\"}", 0);
    AGREE("{\"text\":\"\\ud800\\\\udc00\"}", 0);
    AGREE("{\"text\":\"\xc0\x80\"}", 0);
    AGREE("{\"text\":\"\xc1\xbf\"}", 0);
    AGREE("{\"text\":\"\xed\xa0\x80\"}", 0);
    AGREE("{\"text\":\"\xf4\x90\x80\x80\"}", 0);
    AGREE("{\"text\":\"\xe0\x80\x80\"}", 0);
    AGREE("{\"text\":\"\xf0\x80\x80\x80\"}", 0);
    AGREE("{\"text\":\"\xf5\x80\x80\x80\"}", 0);
    AGREE("{\"text\":\"\xe2\x82\"}", 0);
    AGREE("{\"text\":\"\x80\"}", 0);
    AGREE("{\"text\":\"\x01\"}", 0);
    AGREE("{\"text\":\"tab\there\"}", 0);
    AGREE("{\"text\":\"x\"} x", 0);
    AGREE("{\"text\":\"x\"}}", 0);
    AGREE("[1,2]", 0);
    AGREE("\"text\"", 0);
    AGREE("{}", 0);
    AGREE("{\"text\":5}", 0);
    AGREE("{\"text\":null}", 0);
    AGREE("{\"text\":\"x\",}", 0);
    AGREE("{\"text\":\"x\" \"y\"}", 0);
    AGREE("{\"te\\u0078t\":\"escaped key\"}", 0);
    AGREE("{\"t\xc3\xa9xt\":\"x\",\"text\":\"y\"}", 0);
    AGREE("{\"text\":\"\\x\"}", 0);
    AGREE("{\"text\":\"\\u12\"}", 0);
    AGREE("{\"text\":\"\\u12G4\"}", 0);
    AGREE("{\"text\":\"unterminated}", 0);
    AGREE("{\"text\":\"x\",\"flag\":tru}", 0);
    AGREE("{\"text\":\"x\",\"flag\":nullx}", 0);
    AGREE("{\"text\"  \"x\"}", 0);
    AGREE("", 0);
    AGREE("   ", 0);
    AGREE("{\"text\":\"x\"", 0);
    AGREE("{\"text\":\"a\x00b\"}", 0);
}

static uint64_t seed = 0x9E3779B97F4A7C15ULL;

static uint32_t rnd(void)
{
    seed ^= seed << 13;
    seed ^= seed >> 7;
    seed ^= seed << 17;
    return (uint32_t)(seed >> 11);
}

/* Valid records with one to three bytes replaced, inserted or deleted, from an alphabet of the bytes that matter
 * to JSON and UTF-8. */
static void test_mutations(void)
{
    static const char *const base[] = {
        "{\"id\":\"doc-1\",\"text\":\"Ms. Okafor met Mr. Lindqvist in Geneva.\\nSecond line \\u00e9.\"}",
        "{\"id\":77,\"date\":\"2026-03-01\",\"title\":\"Talks\",\"url\":\"https://example.org/x\",\"text\":\"caf\xc3\xa9 "
        "\xf0\x9f\x98\x80 \\ud83d\\ude00 \\\"quoted\\\"\"}",
        "{\"text\":\"a\\u0000b\",\"n\":-12,\"f\":false,\"z\":null,\"text\":\"again\"}",
    };
    static const char alphabet[] = "{}[]\":,\\u0123456789abcdefABCDEF-+.eE \t\r\x01\x7f\x80\xbf\xc2\xe0\xed\xf0\xf4\xff";
    char buf[512];
    int i, bad = 0;
    fast_decided = 0;
    for (i = 0; i < 40000; i++) {
        const char *b = base[rnd() % 3];
        size_t n = strlen(b), k, edits = 1 + rnd() % 3;
        memcpy(buf, b, n);
        for (k = 0; k < edits && n > 1 && n < sizeof buf - 1; k++) {
            size_t at = rnd() % n;
            char ch = alphabet[rnd() % (sizeof alphabet - 1)];
            switch (rnd() % 3) {
            case 0:
                buf[at] = ch;
                break;
            case 1:
                memmove(buf + at + 1, buf + at, n - at);
                buf[at] = ch;
                n++;
                break;
            default:
                memmove(buf + at, buf + at + 1, n - at - 1);
                n--;
                break;
            }
        }
        bad += !agree(buf, n, -1);
    }
    CHECK_INT(bad, 0);
    /* the comparison has teeth: a good share of the mutants are still records the fast path decides */
    fprintf(stderr, "mutants decided by the fast path: %d of 40000\n", fast_decided);
    CHECK(fast_decided > 4000);
}

/* ---- iso-codes lists (isojson.c) ---- */

/* Each object seen, as "k=v;k=v|" lines in got. */
static eg_status collect(void *ctx, const eg_isojson_obj *o)
{
    char *got = ctx;
    size_t i;
    for (i = 0; i < o->n; i++)
        snprintf(got + strlen(got), 1024 - strlen(got), "%s=%s;", o->key[i], o->val[i]);
    snprintf(got + strlen(got), 1024 - strlen(got), "|");
    return EG_OK;
}

static eg_status stop_at_second(void *ctx, const eg_isojson_obj *o)
{
    int *calls = ctx;
    (void)o;
    return ++*calls == 2 ? EG_ELIMIT : EG_OK;
}

/* The one-pass scanner and jansson (for everything else) give the same objects; a list that is missing or a file
 * that is not JSON is an error naming the file. */
static void test_isojson(void)
{
    static const struct {
        const char *json, *want;
    } cases[] = {
        /* the shape of the files: the scanner */
        {"{\"L\": [{\"code\": \"AD-02\", \"name\": \"Canillo\"}, {\"name\": \"Sk\xC3\xA5ne\"}]}\n",
         "code=AD-02;name=Canillo;|name=Sk\xC3\xA5ne;|"},
        {"{\"L\": []}", ""},
        {"{\"L\": [{}]}", "|"},
        {" {\n\"L\" :\t[ { \"a\" : \"\" } ] } ", "a=;|"},
        /* anything else: jansson, with the same objects */
        {"{\"L\": [{\"name\": \"C\\u00f4te\"}]}", "name=C\xC3\xB4te;|"},
        {"{\"L\": [{\"a\": \"1\", \"a\": \"2\"}]}", "a=2;|"},
        {"{\"L\": [{\"n\": 4, \"s\": \"x\", \"o\": {\"a\": \"b\"}}, 7, {\"t\": \"y\"}]}", "s=x;||t=y;|"},
        {"{\"other\": 1, \"L\": [{\"a\": \"b\"}]}", "a=b;|"},
    };
    static const char *const bad[] = {"{\"M\": [{\"a\": \"b\"}]}", "{\"L\": [{\"a\": \"b\"}", "not json",
                                      "{\"L\": {\"a\": \"b\"}}", "{\"L\": [{\"a\": \"\xFF\"}]}"};
    char got[1024], buf[256];
    size_t i;
    int calls = 0;
    eg_error err;
    for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        got[0] = '\0';
        snprintf(buf, sizeof buf, "%s", cases[i].json);
        CHECK_INT(eg_isojson_each_buf(buf, strlen(buf), "t.json", "L", collect, got, &err), EG_OK);
        CHECK_STR(got, cases[i].want);
    }
    for (i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        got[0] = '\0';
        snprintf(buf, sizeof buf, "%s", bad[i]);
        CHECK_INT(eg_isojson_each_buf(buf, strlen(buf), "t.json", "L", collect, got, &err), EG_EFORMAT);
        CHECK(strstr(err.msg, "t.json") != NULL);
    }
    /* the callback's error stops the walk and is returned */
    snprintf(buf, sizeof buf, "{\"L\": [{}, {}, {}]}");
    CHECK_INT(eg_isojson_each_buf(buf, strlen(buf), "t.json", "L", stop_at_second, &calls, &err), EG_ELIMIT);
    CHECK_INT(calls, 2);
    CHECK_INT(eg_isojson_each("/nonexistent/iso.json", "L", collect, got, &err), EG_EIO);
    CHECK(strstr(err.msg, "/nonexistent/iso.json") != NULL);
    /* a directory is a read error, not a request for memory */
    CHECK_INT(eg_isojson_each("/", "L", collect, got, &err), EG_EIO);
    CHECK(strstr(err.msg, "/: ") == err.msg);
}

int main(void)
{
    test_fast_cases();
    test_jansson_cases();
    test_mutations();
    test_isojson();
    CHECK_DONE();
}
