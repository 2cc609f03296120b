/* Cleaning: what the web and word processors leave in news text, removed before
 * anything is matched, so that no rule downstream has to know about it. */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/ustring.h>
#include <unicode/utf16.h>
#include <unicode/utf8.h>

#include "../util/strmap.h"
#include "text.h"

static int is_cyrillic(UChar32 c) { return (c >= 0x400 && c <= 0x52F); }
static int is_latin_letter(UChar32 c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

/* Latin letters that look like Cyrillic ones; inside a Cyrillic word they are typos or
 * spoofing, never intended. */
static UChar32 cyrillic_twin(UChar32 c) {
  static const char latin[] = "aceopxyABCEHKMOPTX";
  static const UChar32 cyr[] = {0x430, 0x441, 0x435, 0x43E, 0x440, 0x445, 0x443, 0x410, 0x412,
                                0x421, 0x415, 0x41D, 0x41A, 0x41C, 0x41E, 0x420, 0x422, 0x425};
  for (int i = 0; latin[i]; i++)
    if (c == (UChar32)latin[i]) return cyr[i];
  return 0;
}

/* Letters, quickly for the scripts news text is written in. */
static int is_letter(UChar32 c) {
  if (c < 0x80) return is_latin_letter(c);
  if ((c >= 0x410 && c <= 0x44F) || c == 0x401 || c == 0x451) return 1;
  return u_isalpha(c);
}

/* Characters that stay as they are under NFC whatever surrounds them: quick check
 * "yes" and combining class 0.  A text of nothing else is in NFC already, and most
 * news text is; ICU's normaliser then has nothing to do. */
enum { STABLE_TABLE_SIZE = 0x2100 };
static uint8_t nfc_stable_table[STABLE_TABLE_SIZE];
static pthread_once_t nfc_stable_once = PTHREAD_ONCE_INIT;

static int nfc_stable_uncached(UChar32 c) {
  return u_getIntPropertyValue(c, UCHAR_NFC_QUICK_CHECK) == UNORM_YES && u_getCombiningClass(c) == 0;
}

static void fill_nfc_stable(void) {
  for (UChar32 c = 0; c < STABLE_TABLE_SIZE; c++) nfc_stable_table[c] = (uint8_t)nfc_stable_uncached(c);
}

static int nfc_stable(UChar32 c) {
  return c < STABLE_TABLE_SIZE ? nfc_stable_table[c] : nfc_stable_uncached(c);
}

/* The code points of UTF-8 text when it is in NFC already (U+FFFD for a malformed
 * sequence); NULL when it is not, or out of memory. */
static UChar32 *nfc_codepoints_as_they_are(const char *text, size_t len, size_t *n_out) {
  pthread_once(&nfc_stable_once, fill_nfc_stable);
  UChar32 *cps = malloc((len + 1) * sizeof *cps);
  if (!cps) return NULL;
  size_t k = 0;
  const unsigned char *u = (const unsigned char *)text;
  for (int32_t i = 0; i < (int32_t)len;) {
    if (u[i] < 0x80) {
      cps[k++] = u[i++];
      continue;
    }
    if ((u[i] == 0xD0 || u[i] == 0xD1) && i + 1 < (int32_t)len && (u[i + 1] & 0xC0) == 0x80) {
      cps[k++] = ((UChar32)(u[i] & 0x1F) << 6) | (u[i + 1] & 0x3F); /* U+0400..U+047F: all stable */
      i += 2;
      continue;
    }
    UChar32 c;
    U8_NEXT(text, i, (int32_t)len, c);
    if (c < 0) c = 0xFFFD;
    if (c >= 0x80 && !nfc_stable(c)) {
      free(cps);
      return NULL;
    }
    cps[k++] = c;
  }
  *n_out = k;
  return cps;
}

/* NFC through ICU, into code points. */
static UChar32 *to_nfc_codepoints(const char *text, size_t len, size_t *n_out) {
  UChar32 *as_they_are = nfc_codepoints_as_they_are(text, len, n_out);
  if (as_they_are) return as_they_are;
  UErrorCode err = U_ZERO_ERROR;
  int32_t n16 = 0;
  u_strFromUTF8WithSub(NULL, 0, &n16, text, (int32_t)len, 0xFFFD, NULL, &err);
  err = U_ZERO_ERROR;
  UChar *u16 = malloc(((size_t)n16 + 1) * sizeof(UChar));
  UChar *nfc = NULL;
  UChar32 *cps = NULL;
  if (!u16) goto fail;
  u_strFromUTF8WithSub(u16, n16 + 1, NULL, text, (int32_t)len, 0xFFFD, NULL, &err);
  if (U_FAILURE(err)) goto fail;
  const UNormalizer2 *norm = unorm2_getNFCInstance(&err);
  if (U_FAILURE(err)) goto fail;
  /* NFC can make a text longer (U+FB2C is three code points); measure when a first guess
   * is too small, rather than lose the document */
  int32_t cap = n16 + n16 / 4 + 16;
  nfc = malloc((size_t)cap * sizeof(UChar));
  if (!nfc) goto fail;
  int32_t nn = unorm2_normalize(norm, u16, n16, nfc, cap, &err);
  if (err == U_BUFFER_OVERFLOW_ERROR) {
    free(nfc);
    err = U_ZERO_ERROR;
    cap = nn + 1;
    nfc = malloc((size_t)cap * sizeof(UChar));
    if (!nfc) goto fail;
    nn = unorm2_normalize(norm, u16, n16, nfc, cap, &err);
  }
  if (U_FAILURE(err)) goto fail;
  cps = malloc(((size_t)nn + 1) * sizeof(UChar32));
  if (!cps) goto fail;
  size_t k = 0;
  for (int32_t i = 0; i < nn;) {
    UChar32 c;
    U16_NEXT(nfc, i, nn, c);
    cps[k++] = c;
  }
  free(u16);
  free(nfc);
  *n_out = k;
  return cps;
fail:
  free(u16);
  free(nfc);
  free(cps);
  *n_out = 0;
  return NULL;
}

/* Characters that carry no text: control characters (a terminal's escape sequences),
 * format characters -- soft hyphens, zero-width spaces and joiners, the bidirectional
 * marks, embeddings, overrides and isolates (U+200E, U+202E, U+2066...) -- and every other
 * default-ignorable code point, invisible but enough to make "Лавров" a second name.  Also
 * the stress accent (U+0301) of dictionaries and textbooks: NFC leaves it after the vowel
 * ("Лавро́в"), and a name with it is the same name. */
static int carries_no_text(UChar32 c) {
  if (c == 0x301) return 1;
  int8_t type = u_charType(c);
  return type == U_CONTROL_CHAR || type == U_FORMAT_CHAR || u_hasBinaryProperty(c, UCHAR_DEFAULT_IGNORABLE_CODE_POINT);
}

/* Characters that carry no text dropped; spaces of every width, line separators. */
static size_t map_characters(UChar32 *cp, size_t n) {
  size_t k = 0;
  for (size_t i = 0; i < n; i++) {
    UChar32 c = cp[i];
    if ((c >= 0x20 && c < 0x7F) || (c >= 0x400 && c < 0x530)) { /* most characters stay */
      cp[k++] = c;
      continue;
    }
    if (c == '\r') {
      if (i + 1 < n && cp[i + 1] == '\n') continue;
      c = '\n';
    }
    if (c == 0x2028 || c == 0x2029 || c == 0x0B || c == 0x0C || c == 0x85) c = '\n';
    if (c != '\n' && c != '\t' && carries_no_text(c)) continue;
    if (c == '\t' || c == 0xA0 || (c >= 0x2000 && c <= 0x200A) || c == 0x202F || c == 0x205F ||
        c == 0x3000)
      c = ' ';
    cp[k++] = c;
  }
  return k;
}

static void repair_lookalikes(UChar32 *cp, size_t n) {
  size_t latin = 0;
  while (latin < n && !is_latin_letter(cp[latin])) latin++;
  if (latin == n) return; /* no Latin letter to repair */
  for (size_t i = 0; i < n;) {
    if (!is_letter(cp[i])) {
      i++;
      continue;
    }
    size_t j = i;
    int cyr = 0, lat = 0;
    while (j < n && is_letter(cp[j])) {
      cyr += is_cyrillic(cp[j]);
      lat += is_latin_letter(cp[j]);
      j++;
    }
    if (cyr > 0 && lat > 0 && cyr >= lat)
      for (size_t k = i; k < j; k++) {
        UChar32 twin = cyrillic_twin(cp[k]);
        if (twin) cp[k] = twin;
      }
    i = j;
  }
}

typedef struct {
  UChar32 *cp;
  size_t len;
} line_t;

/* Markdown and similar mark-up that is not text: heading and quote markers,
 * emphasis, rules, link targets. Works in place on one line. */
static void strip_markup(line_t *l) {
  UChar32 *s = l->cp;
  size_t n = l->len, k = 0, i = 0;
  while (i < n && s[i] == ' ') i++;
  size_t lead = i;
  while (i < n && (s[i] == '#' || s[i] == '>')) i++;
  if (i == lead) i = lead; /* nothing to drop */
  int only_rule = 1, markup = i > lead;
  for (size_t j = i; j < n; j++) {
    UChar32 c = s[j];
    if (c > '_') { /* letters: no mark-up, and no rule */
      only_rule = 0;
      continue;
    }
    if (c != '-' && c != '*' && c != '=' && c != '_' && c != ' ') only_rule = 0;
    if (c == '*' || c == '_' || c == '[' || c == ']') markup = 1;
  }
  if (only_rule) {
    l->len = 0;
    return;
  }
  if (!markup) return; /* nothing to drop: the line stays as it is */
  for (; i < n; i++) {
    UChar32 c = s[i];
    if (c == '*' || c == '_') continue; /* emphasis markers; never part of a name */
    if (c == ']' && i + 1 < n && s[i + 1] == '(') {
      size_t j = i + 2;
      while (j < n && s[j] != ')') j++;
      i = j; /* drop "](target)" */
      continue;
    }
    if (c == '[') continue;
    s[k++] = c;
  }
  l->len = k;
}

static void trim_and_squeeze(line_t *l) {
  size_t k = 0;
  for (size_t i = 0; i < l->len; i++) {
    if (l->cp[i] == ' ' && (k == 0 || l->cp[k - 1] == ' ')) continue;
    l->cp[k++] = l->cp[i];
  }
  while (k > 0 && l->cp[k - 1] == ' ') k--;
  l->len = k;
}

/* Bylines and photo credits: lines about the page, not news.  ("Читайте также" stays: the
 * anatomy stage needs it to tell the list of other headlines after it.) */
static const char *const furniture_starts[] = {"Автор:", "Автор ", "Фото:", "Фото ", "Источник:", "Источник фото",
                                               "Текст:", "Читайте нас", "Подписывайтесь", "Теги:",
                                               "Поделиться", "Обновлено:", "Просмотров", "Редактор:"};
enum { FURNITURE_STARTS = sizeof furniture_starts / sizeof *furniture_starts };

static int is_page_furniture(const line_t *l) {
  for (size_t i = 0; i < FURNITURE_STARTS; i++) {
    const char *p = furniture_starts[i];
    size_t k = 0;
    while (*p && k < l->len) {
      UChar32 c;
      int32_t off = 0, n = (int32_t)strlen(p);
      U8_NEXT(p, off, n, c);
      if (l->cp[k] != c) break;
      p += off;
      k++;
    }
    if (!*p) return 1;
  }
  return 0;
}

/* A line worth reading has a Cyrillic letter or a digit (a date line). Menus,
 * share buttons and "RSS" have neither. */
static int has_content(const line_t *l) {
  for (size_t i = 0; i < l->len; i++)
    if (is_cyrillic(l->cp[i]) || u_isdigit(l->cp[i])) return 1;
  return 0;
}

/* A line that ends with one of these ends its sentence: the next line is not joined to it. */
static int ends_a_sentence(UChar32 c) {
  return c == '.' || c == '!' || c == '?' || c == ':' || c == ';' || c == 0x2026 || c == 0xBB || c == '"' ||
         c == 0x201D || c == ')';
}

/* What may stand before a line's first letter when that letter decides whether the line
 * goes on a sentence: spaces, an opening bracket or quote. */
static int opens_before_letter(UChar32 c) { return c == ' ' || c == '(' || c == 0xAB || c == '"'; }

static int ends_sentence(const line_t *l) { return !l->len || ends_a_sentence(l->cp[l->len - 1]); }

static int starts_lower(const line_t *l) {
  for (size_t i = 0; i < l->len; i++)
    if (u_isalpha(l->cp[i])) return u_islower(l->cp[i]);
    else if (!opens_before_letter(l->cp[i]))
      return 0;
  return 0;
}

/* Paragraphs (runs of non-blank lines) repeated verbatim are page headers and the like:
 * whether the paragraph of `chars` characters whose lines hash to `hash` was seen before
 * (a paragraph shorter than 24 characters never counts as seen). */
static int paragraph_repeated(nkg_strmap *seen, uint32_t hash, size_t chars) {
  if (chars < 24) return 0;
  int added = 0;
  struct {
    uint32_t hash;
    uint32_t chars;
  } key = {hash, (uint32_t)chars};
  nkg_strmap_put(seen, (const char *)&key, sizeof key, 1, &added);
  return !added;
}

static uint32_t hash_line(const line_t *l) { return nkg_hash_fast(l->cp, l->len * sizeof(UChar32)); }

/* ---- the plain path: most news text is ASCII, Cyrillic and a few punctuation marks, with
 * no mark-up and no word that mixes Latin and Cyrillic letters.  Such a text is cleaned
 * here on its UTF-8 bytes, with the same result as the general path below (which works
 * on code points, through ICU's normaliser), in a fraction of its time. */

/* The length of the plain character at s (what the general path keeps as it is, or maps
 * to a space), 0 when it is not one; *space: it becomes a space. */
static size_t plain_char(const unsigned char *s, size_t left, int *space) {
  unsigned char b = s[0];
  *space = 0;
  if (b >= 0x20 && b < 0x7F) return b == '*' || b == '_' || b == '[' || b == ']' || b == '#' || b == '>' ? 0 : 1;
  if (b == '\n') return 1;
  if (b == '\t') {
    *space = 1;
    return 1;
  }
  if (left >= 2 && (b == 0xD0 || b == 0xD1) && (s[1] & 0xC0) == 0x80) return 2; /* U+0400..U+047F */
  if (left >= 2 && b == 0xC2 && (s[1] == 0xAB || s[1] == 0xBB)) return 2;     /* « » */
  if (left >= 2 && b == 0xC2 && s[1] == 0xA0) {                               /* no-break space */
    *space = 1;
    return 2;
  }
  if (left >= 3 && b == 0xE2 && s[1] == 0x80 &&
      (s[2] == 0x93 || s[2] == 0x94 || s[2] == 0x98 || s[2] == 0x99 || s[2] == 0x9C || s[2] == 0x9D || s[2] == 0x9E ||
       s[2] == 0xA6))
    return 3;                                                         /* – — ‘ ’ “ ” „ … */
  if (left >= 3 && b == 0xE2 && s[1] == 0x84 && s[2] == 0x96) return 3; /* № */
  return 0;
}

/* A line of the plain path: bytes, and their code points counted. */
typedef struct {
  const char *s;
  size_t len, chars;
} plain_line;

/* The last code point of a line that is not empty. */
static UChar32 plain_last(const plain_line *l) {
  const unsigned char *u = (const unsigned char *)l->s;
  int32_t at = (int32_t)l->len - 1;
  while (at > 0 && (u[at] & 0xC0) == 0x80) at--; /* back to the lead byte */
  UChar32 c;
  U8_NEXT(u, at, (int32_t)l->len, c);
  return c;
}

static int plain_ends_sentence(const plain_line *l) { return !l->len || ends_a_sentence(plain_last(l)); }

static int plain_starts_lower(const plain_line *l) {
  const unsigned char *u = (const unsigned char *)l->s;
  for (int32_t i = 0; i < (int32_t)l->len;) {
    UChar32 c;
    U8_NEXT(u, i, (int32_t)l->len, c);
    if (u_isalpha(c)) return u_islower(c);
    if (!opens_before_letter(c)) return 0;
  }
  return 0;
}

/* The same as the general path's is_page_furniture: the furniture prefixes are UTF-8, and
 * a code point prefix is a byte prefix. */
static int plain_furniture(const plain_line *l) {
  for (size_t i = 0; i < FURNITURE_STARTS; i++) {
    size_t n = strlen(furniture_starts[i]);
    if (l->len >= n && !memcmp(l->s, furniture_starts[i], n)) return 1;
  }
  return 0;
}

/* NULL when the text is not plain (the general path then cleans it). */
static char *clean_plain(const char *text, size_t len, nkg_arena *arena, size_t *out_len) {
  const unsigned char *u = (const unsigned char *)text;
  /* 1. plain characters only, and no word of Latin and Cyrillic letters both */
  size_t nlines = 1;
  int lat = 0, cyr = 0;
  for (size_t i = 0; i < len;) {
    unsigned char b = u[i];
    if (b >= 0x20 && b < 0x7F && b != '*' && b != '_' && b != '[' && b != ']' && b != '#' && b != '>') {
      if ((b | 0x20) >= 'a' && (b | 0x20) <= 'z') {
        if (cyr) return NULL; /* a word of Latin and Cyrillic letters */
        lat = 1;
      } else {
        lat = cyr = 0; /* not a letter: the word ends */
      }
      i++;
      continue;
    }
    if ((b == 0xD0 || b == 0xD1) && i + 1 < len && (u[i + 1] & 0xC0) == 0x80) {
      if (lat) return NULL;
      cyr = 1;
      i += 2;
      continue;
    }
    int space;
    size_t k = plain_char(u + i, len - i, &space);
    if (!k) return NULL;
    lat = cyr = 0;
    nlines += b == '\n';
    i += k;
  }
  /* 2. each line: spaces mapped and squeezed, trimmed; rules, lines with nothing to read
   * and furniture emptied */
  char *buf = nkg_arena_alloc_uninitialised(arena, len + 1);
  plain_line *lines = calloc(nlines, sizeof *lines);
  if (!lines) return NULL;
  size_t li = 0, o = 0;
  for (size_t i = 0; i <= len;) {
    size_t start_o = o, chars = 0;
    int rule = 1, content = 0;
    while (i < len && u[i] != '\n') {
      unsigned char b = u[i];
      if (b > ' ' && b < 0x7F) { /* plain already: checked above */
        if (b != '-' && b != '=') rule = 0;
        if (b >= '0' && b <= '9') content = 1;
        buf[o++] = (char)b;
        chars++;
        i++;
        continue;
      }
      if (b == 0xD0 || b == 0xD1) {
        rule = 0;
        content = 1;
        buf[o++] = (char)b;
        buf[o++] = (char)u[i + 1];
        chars++;
        i += 2;
        continue;
      }
      int space;
      size_t k = plain_char(u + i, len - i, &space);
      if (space || u[i] == ' ') {
        if (o > start_o && buf[o - 1] != ' ') {
          buf[o++] = ' ';
          chars++;
        }
      } else {
        if (u[i] != '-' && u[i] != '=') rule = 0;
        if (k == 2 && (u[i] == 0xD0 || u[i] == 0xD1)) content = 1;
        if (u[i] >= '0' && u[i] <= '9') content = 1;
        memcpy(buf + o, u + i, k);
        o += k;
        chars++;
      }
      i += k;
    }
    if (o > start_o && buf[o - 1] == ' ') {
      o--;
      chars--;
    }
    plain_line *l = &lines[li++];
    *l = (plain_line){buf + start_o, o - start_o, chars};
    if (rule || !content || plain_furniture(l)) l->len = l->chars = 0;
    i++; /* the newline, or past the end */
  }
  /* 3. paragraphs repeated verbatim (the general path's rule, over the same characters) */
  nkg_strmap seen;
  nkg_strmap_init(&seen);
  for (size_t i = 0; i < li;) {
    if (!lines[i].len) {
      i++;
      continue;
    }
    size_t j = i, chars = 0;
    uint32_t h = 0;
    while (j < li && lines[j].len) {
      h = h * 31 + nkg_hash_fast(lines[j].s, lines[j].len);
      chars += lines[j].chars;
      j++;
    }
    if (paragraph_repeated(&seen, h, chars))
      for (size_t k = i; k < j; k++) lines[k].len = 0;
    i = j;
  }
  nkg_strmap_free(&seen);
  /* 4. lines joined where a sentence or a word was broken */
  char *out = nkg_arena_alloc_uninitialised(arena, len + 2);
  size_t w = 0;
  const plain_line *prev = NULL;
  for (size_t i = 0; i < li; i++) {
    const plain_line *l = &lines[i];
    if (!l->len) continue;
    if (prev) {
      if (!plain_ends_sentence(prev) && plain_starts_lower(l)) {
        const unsigned char *p = (const unsigned char *)prev->s;
        int hyphen_break = 0;
        if (prev->chars >= 2 && p[prev->len - 1] == '-') {
          plain_line before = {prev->s, prev->len - 1, prev->chars - 1};
          hyphen_break = u_isalpha(plain_last(&before));
        }
        if (hyphen_break)
          w--; /* the hyphen only split the word at the line's end */
        else
          out[w++] = ' ';
      } else {
        out[w++] = '\n';
      }
    }
    memcpy(out + w, l->s, l->len);
    w += l->len;
    prev = l;
  }
  out[w] = '\0';
  free(lines);
  *out_len = w;
  return out;
}

char *nkg_text_clean(const char *text, size_t len, nkg_arena *arena, size_t *out_len) {
  char *plain = clean_plain(text, len, arena, out_len);
  if (plain) return plain;
  size_t n = 0;
  UChar32 *cp = to_nfc_codepoints(text, len, &n);
  if (!cp) {
    *out_len = 0;
    return nkg_arena_strdup(arena, "");
  }
  n = map_characters(cp, n);
  repair_lookalikes(cp, n);

  /* lines */
  size_t nlines = 1;
  for (size_t i = 0; i < n; i++) nlines += cp[i] == '\n';
  line_t *lines = calloc(nlines, sizeof *lines);
  int *blank_before = calloc(nlines, sizeof *blank_before);
  size_t li = 0, start = 0;
  for (size_t i = 0; i <= n; i++)
    if (i == n || cp[i] == '\n') {
      lines[li].cp = cp + start;
      lines[li].len = i - start;
      li++;
      start = i + 1;
    }
  for (size_t i = 0; i < nlines; i++) {
    strip_markup(&lines[i]);
    trim_and_squeeze(&lines[i]);
    if (!has_content(&lines[i]) || is_page_furniture(&lines[i])) lines[i].len = 0;
  }

  /* paragraphs (runs of non-blank lines) repeated verbatim: page headers and the like */
  nkg_strmap seen;
  nkg_strmap_init(&seen);
  for (size_t i = 0; i < nlines;) {
    if (!lines[i].len) {
      i++;
      continue;
    }
    size_t j = i, chars = 0;
    uint32_t h = 0;
    while (j < nlines && lines[j].len) {
      h = h * 31 + hash_line(&lines[j]);
      chars += lines[j].len;
      j++;
    }
    if (paragraph_repeated(&seen, h, chars))
      for (size_t k = i; k < j; k++) lines[k].len = 0;
    i = j;
  }
  nkg_strmap_free(&seen);

  /* join lines broken inside a sentence or inside a word */
  size_t cap = n * 4 + 2;
  char *out = nkg_arena_alloc_uninitialised(arena, cap);
  size_t o = 0;
  line_t *prev = NULL;
  for (size_t i = 0; i < nlines; i++) {
    line_t *l = &lines[i];
    if (!l->len) continue;
    size_t from = 0;
    if (prev) {
      if (!ends_sentence(prev) && starts_lower(l)) {
        int hyphen_break = prev->len >= 2 && prev->cp[prev->len - 1] == '-' &&
                           u_isalpha(prev->cp[prev->len - 2]);
        if (hyphen_break)
          o--; /* the hyphen only split the word at the line's end */
        else
          out[o++] = ' ';
      } else {
        out[o++] = '\n';
      }
    }
    for (size_t k = from; k < l->len; k++) {
      UChar32 c = l->cp[k];
      if (c < 0x80) {
        out[o++] = (char)c;
      } else if (c < 0x800) {
        out[o++] = (char)(0xC0 | (c >> 6));
        out[o++] = (char)(0x80 | (c & 0x3F));
      } else {
        UBool e = 0;
        U8_APPEND(out, o, cap, c, e);
        (void)e;
      }
    }
    prev = l;
  }
  out[o] = '\0';
  free(lines);
  free(blank_before);
  free(cp);
  *out_len = o;
  return out;
}
