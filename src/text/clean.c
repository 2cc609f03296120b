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
static int is_page_furniture(const line_t *l) {
  static const char *const starts[] = {"Автор:", "Автор ", "Фото:", "Фото ", "Источник:", "Источник фото",
                                       "Текст:", "Читайте нас", "Подписывайтесь", "Теги:",
                                       "Поделиться", "Обновлено:", "Просмотров", "Редактор:"};
  for (size_t i = 0; i < sizeof starts / sizeof *starts; i++) {
    const char *p = starts[i];
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

static int ends_sentence(const line_t *l) {
  if (!l->len) return 1;
  UChar32 c = l->cp[l->len - 1];
  return c == '.' || c == '!' || c == '?' || c == ':' || c == ';' || c == 0x2026 || c == 0xBB ||
         c == '"' || c == 0x201D || c == ')';
}

static int starts_lower(const line_t *l) {
  for (size_t i = 0; i < l->len; i++)
    if (u_isalpha(l->cp[i])) return u_islower(l->cp[i]);
    else if (l->cp[i] != ' ' && l->cp[i] != '(' && l->cp[i] != 0xAB && l->cp[i] != '"')
      return 0;
  return 0;
}

static uint32_t hash_line(const line_t *l) { return nkg_hash_fast(l->cp, l->len * sizeof(UChar32)); }

char *nkg_text_clean(const char *text, size_t len, nkg_arena *arena, size_t *out_len) {
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
    if (chars >= 24) {
      int added = 0;
      struct {
        uint32_t hash;
        uint32_t chars;
      } key = {h, (uint32_t)chars};
      nkg_strmap_put(&seen, (const char *)&key, sizeof key, 1, &added);
      if (!added)
        for (size_t k = i; k < j; k++) lines[k].len = 0;
    }
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
