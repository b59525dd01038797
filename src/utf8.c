/* utf8.c: UTF-8 decoding, validation, case and punctuation folding for matching (see entgraph/text.h).
 *
 * Folding covers what news text needs: ASCII, Latin-1, Latin Extended-A, Greek and Cyrillic case; typographic
 * quotes, dashes and spaces to their ASCII forms. It is used for look-ups only; offsets always refer to the input. */
#include "entgraph/text.h"

size_t eg_utf8_decode(const unsigned char *s, size_t n, uint32_t *cp)
{
    uint32_t c;
    size_t len, i;
    if (n == 0) {
        *cp = (uint32_t)-1;
        return 1;
    }
    c = s[0];
    if (c < 0x80) {
        *cp = c;
        return 1;
    }
    if (c >= 0xC2 && c <= 0xDF) {
        len = 2;
        c &= 0x1F;
    } else if (c >= 0xE0 && c <= 0xEF) {
        len = 3;
        c &= 0x0F;
    } else if (c >= 0xF0 && c <= 0xF4) {
        len = 4;
        c &= 0x07;
    } else {
        *cp = (uint32_t)-1;
        return 1;
    }
    if (n < len) {
        *cp = (uint32_t)-1;
        return 1;
    }
    for (i = 1; i < len; i++) {
        if ((s[i] & 0xC0) != 0x80) {
            *cp = (uint32_t)-1;
            return 1;
        }
        c = (c << 6) | (s[i] & 0x3F);
    }
    /* overlong forms, surrogates and values past U+10FFFF are invalid */
    if ((len == 3 && c < 0x800) || (len == 4 && (c < 0x10000 || c > 0x10FFFF)) || (c >= 0xD800 && c <= 0xDFFF)) {
        *cp = (uint32_t)-1;
        return 1;
    }
    *cp = c;
    return len;
}

int eg_utf8_valid(const char *s, size_t n)
{
    size_t i = 0;
    while (i < n) {
        uint32_t cp;
        i += eg_utf8_decode((const unsigned char *)s + i, n - i, &cp);
        if (cp == (uint32_t)-1)
            return 0;
    }
    return 1;
}

int eg_cp_is_space(uint32_t cp)
{
    return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f' || cp == '\v' || cp == 0xA0 ||
           (cp >= 0x2000 && cp <= 0x200B) || cp == 0x202F || cp == 0x205F || cp == 0x3000 || cp == 0xFEFF ||
           cp == 0x2028 || cp == 0x2029 || cp == 0x85;
}

int eg_cp_is_letter(uint32_t cp)
{
    if (cp < 0x80)
        return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
    if (cp == (uint32_t)-1)
        return 0;
    if (cp < 0xC0)
        return cp == 0xAA || cp == 0xB5 || cp == 0xBA;
    if (cp == 0xD7 || cp == 0xF7)
        return 0;
    if (cp >= 0x2000 && cp <= 0x2BFF)   /* punctuation, symbols, arrows, math, boxes */
        return 0;
    if (cp >= 0x3000 && cp <= 0x303F)   /* CJK punctuation */
        return 0;
    if (cp >= 0xFE30 && cp <= 0xFE4F)
        return 0;
    if ((cp >= 0xFF00 && cp <= 0xFF20) || (cp >= 0xFF3B && cp <= 0xFF40) || (cp >= 0xFF5B && cp <= 0xFF65))
        return 0;
    if (cp >= 0x1F000 && cp <= 0x1FAFF) /* emoji and pictographs */
        return 0;
    if (cp == 0xFEFF || cp == 0x85 || eg_cp_is_space(cp))
        return 0;
    return 1;
}

int eg_cp_is_upper(uint32_t cp)
{
    if (cp < 0x80)
        return cp >= 'A' && cp <= 'Z';
    if (cp >= 0xC0 && cp <= 0xDE)
        return cp != 0xD7;
    if ((cp >= 0x100 && cp <= 0x137) || (cp >= 0x14A && cp <= 0x177))
        return (cp & 1) == 0;
    if (cp >= 0x139 && cp <= 0x148)
        return (cp & 1) == 1;
    if (cp == 0x178 || cp == 0x179 || cp == 0x17B || cp == 0x17D)
        return 1;
    /* Romanian "Ș", "Ț"; Vietnamese "Ơ", "Ư" and the letters with two marks ("Nguyễn" written "NGUYỄN") */
    if ((cp >= 0x218 && cp <= 0x21B) || (cp >= 0x1E00 && cp <= 0x1EFF))
        return (cp & 1) == 0;
    if (cp == 0x1A0 || cp == 0x1AF)
        return 1;
    if (cp >= 0x391 && cp <= 0x3A9)
        return 1;
    if (cp >= 0x400 && cp <= 0x42F)
        return 1;
    return 0;
}

static uint32_t to_lower(uint32_t cp)
{
    if (cp >= 'A' && cp <= 'Z')
        return cp + 32;
    if (cp < 0x80)
        return cp;
    if (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7)
        return cp + 32;
    if (((cp >= 0x100 && cp <= 0x137) || (cp >= 0x14A && cp <= 0x177)) && (cp & 1) == 0)
        return cp + 1;
    if (cp >= 0x139 && cp <= 0x148 && (cp & 1) == 1)
        return cp + 1;
    if (cp == 0x178)
        return 0xFF;
    if (cp == 0x179 || cp == 0x17B || cp == 0x17D)
        return cp + 1;
    if (((cp >= 0x218 && cp <= 0x21B) || (cp >= 0x1E00 && cp <= 0x1EFF)) && (cp & 1) == 0)
        return cp + 1;
    if (cp == 0x1A0)
        return 0x1A1;
    if (cp == 0x1AF)
        return 0x1B0;
    if (cp >= 0x391 && cp <= 0x3A9)
        return cp + 32;
    if (cp >= 0x410 && cp <= 0x42F)
        return cp + 32;
    if (cp >= 0x400 && cp <= 0x40F)
        return cp + 80;
    return cp;
}

/* ASCII replacement for typographic punctuation and spaces, or NULL. */
static const char *fold_punct(uint32_t cp)
{
    switch (cp) {
    case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032: case 0x02BC:
        return "'";
    case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x2033: case 0xAB: case 0xBB:
        return "\"";
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015: case 0x2212:
        return "-";
    case 0x2026:
        return "...";
    default:
        break;
    }
    if (eg_cp_is_space(cp))
        return " ";
    return NULL;
}

size_t eg_utf8_encode(uint32_t c, char *o)
{
    if (c < 0x80) {
        o[0] = (char)c;
        return 1;
    }
    if (c < 0x800) {
        o[0] = (char)(0xC0 | (c >> 6));
        o[1] = (char)(0x80 | (c & 0x3F));
        return 2;
    }
    if (c < 0x10000) {
        o[0] = (char)(0xE0 | (c >> 12));
        o[1] = (char)(0x80 | ((c >> 6) & 0x3F));
        o[2] = (char)(0x80 | (c & 0x3F));
        return 3;
    }
    o[0] = (char)(0xF0 | (c >> 18));
    o[1] = (char)(0x80 | ((c >> 12) & 0x3F));
    o[2] = (char)(0x80 | ((c >> 6) & 0x3F));
    o[3] = (char)(0x80 | (c & 0x3F));
    return 4;
}

size_t eg_utf8_fold(const char *s, size_t n, char *out, size_t cap)
{
    size_t i = 0, o = 0;
    if (cap == 0)
        return 0;
    while (i < n) {
        uint32_t cp;
        char tmp[4];
        const char *rep;
        size_t k, m;
        unsigned char b = (unsigned char)s[i];
        if (b < 0x80) {
            /* ASCII, most of news text: lower case; tab, line and form feeds fold to a space */
            if (o + 2 > cap)
                break;
            if (b >= 'A' && b <= 'Z')
                b = (unsigned char)(b + 32);
            else if (b == '\t' || b == '\n' || b == '\r' || b == '\f' || b == '\v')
                b = ' ';
            out[o++] = (char)b;
            i++;
            continue;
        }
        k = eg_utf8_decode((const unsigned char *)s + i, n - i, &cp);
        if (cp == (uint32_t)-1) {
            tmp[0] = '?';
            m = 1;
            rep = tmp;
        } else if ((rep = fold_punct(cp)) != NULL) {
            m = 0;
            while (rep[m])
                m++;
        } else {
            cp = to_lower(cp);
            /* Romanian s and t with a comma below fold to the cedilla forms that older text and the tables use
             * ("Constanța", "Constanţa") */
            if (cp == 0x219 || cp == 0x21B)
                cp = cp == 0x219 ? 0x15F : 0x163;
            m = eg_utf8_encode(cp, tmp);
            rep = tmp;
        }
        if (o + m + 1 > cap)
            break;
        for (size_t j = 0; j < m; j++)
            out[o++] = rep[j];
        i += k;
    }
    out[o] = '\0';
    return o;
}

/* The base letter of a lower-case Latin letter with a mark, U+00DF..U+017F; 0 for none. */
static char latin_base(uint32_t cp)
{
    /* '/' where the letter is two ("ß", "æ", "ĳ", "œ"), or no letter ("÷") */
    static const char latin1[] = "/aaaaaa/ceeeeiiiidnooooo/ouuuuyty";   /* U+00DF..U+00FF */
    static const char ext_a[] = "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiii//jjkkklllllll"
                                "lllnnnnnnnnnoooooo//rrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";   /* U+0100..U+017F */
    if (cp >= 0xDF && cp <= 0xFF)
        return latin1[cp - 0xDF] == '/' ? 0 : latin1[cp - 0xDF];
    if (cp >= 0x100 && cp <= 0x17F)
        return ext_a[cp - 0x100] == '/' ? 0 : ext_a[cp - 0x100];
    return 0;
}

size_t eg_utf8_strip_marks(const char *s, size_t n, char *out, size_t cap)
{
    size_t i = 0, o = 0;
    while (i < n) {
        uint32_t cp;
        size_t k = eg_utf8_decode((const unsigned char *)s + i, n - i, &cp);
        char c = cp < 0x80 ? (char)cp : latin_base(cp);
        if (!c || o + 1 >= cap)
            return 0;
        out[o++] = c;
        i += k;
    }
    out[o] = '\0';
    return o;
}
