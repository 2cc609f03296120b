/* Decoding a document's bytes to UTF-8.
 *
 * UTF-8 (with or without a byte-order mark) is taken as it is.  A UTF-16 or UTF-32
 * byte-order mark says what the text is.  Bytes that are not UTF-8 are given to
 * ICU's charset detector, and a Cyrillic single-byte encoding it recognises
 * (Windows-1251, KOI8-R, ISO-8859-5, CP866) is converted.  Anything else that is
 * mostly UTF-8 is read with the bad sequences replaced, each reported. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unicode/ucnv.h>
#include <unicode/ustring.h>
#include <unicode/ucsdet.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "../diag.h"
#include "text.h"

/* What a conversion replaced: how many sequences, and the byte offset of the first few. */
typedef struct {
  const char *base; /* the start of the bytes converted */
  int strict;       /* stop at the first bad sequence instead of replacing it */
  size_t count;
  size_t at[3];
} replaced;

/* ICU's substitution (U+FFFD or the charset's substitute), counted with its offset: a
 * damaged UTF-16 document or a byte windows-1251 has no character for is reported, not
 * silently changed. */
static void count_substitution(const void *context, UConverterToUnicodeArgs *args, const char *units, int32_t length,
                               UConverterCallbackReason reason, UErrorCode *err) {
  replaced *r = (replaced *)context;
  if (reason > UCNV_IRREGULAR || r->strict) return; /* reset/close/clone; or strict: *err stops it */
  if (r->count < sizeof r->at / sizeof *r->at) r->at[r->count] = (size_t)(args->source - r->base) - (size_t)length;
  r->count++;
  UCNV_TO_U_CALLBACK_SUBSTITUTE(NULL, args, units, length, reason, err);
}

/* Converts `len` bytes in `charset` to UTF-8 through ICU; NULL when ICU cannot (an
 * unknown charset, or in `r->strict` mode a sequence that is not valid in it). */
static char *convert(const char *bytes, size_t len, const char *charset, size_t *out_len, replaced *r) {
  UErrorCode err = U_ZERO_ERROR;
  if (len > INT32_MAX / 2) return NULL;
  UConverter *cnv = ucnv_open(charset, &err);
  if (U_FAILURE(err)) return NULL;
  r->base = bytes;
  r->count = 0;
  ucnv_setToUCallBack(cnv, count_substitution, r, NULL, NULL, &err);
  /* no charset newskg reads makes more UTF-16 units than bytes, but any may: measure */
  int32_t cap = (int32_t)len + 16;
  UChar *u16 = malloc((size_t)cap * sizeof *u16);
  int32_t n16 = u16 ? ucnv_toUChars(cnv, u16, cap, bytes, (int32_t)len, &err) : -1;
  if (err == U_BUFFER_OVERFLOW_ERROR) {
    free(u16);
    err = U_ZERO_ERROR;
    r->count = 0;
    ucnv_resetToUnicode(cnv);
    cap = n16 + 1;
    u16 = malloc((size_t)cap * sizeof *u16);
    n16 = u16 ? ucnv_toUChars(cnv, u16, cap, bytes, (int32_t)len, &err) : -1;
  }
  ucnv_close(cnv);
  char *out = NULL;
  if (u16 && U_SUCCESS(err)) {
    int32_t need = 0;
    u_strToUTF8WithSub(NULL, 0, &need, u16, n16, 0xFFFD, NULL, &err);
    err = U_ZERO_ERROR;
    out = malloc((size_t)need + 1);
    if (out) u_strToUTF8WithSub(out, need + 1, NULL, u16, n16, 0xFFFD, NULL, &err);
    if (out && U_FAILURE(err)) {
      free(out);
      out = NULL;
    }
    if (out) {
      out[need] = '\0';
      *out_len = (size_t)need;
    }
  }
  free(u16);
  return out;
}

/* Reports the first few replacements, each with its offset, then how many in all. */
static void report_replaced(const replaced *r, const char *what, const char *path, nkg_diag_fn diag, void *ctx) {
  for (size_t i = 0; i < r->count && i < sizeof r->at / sizeof *r->at; i++)
    nkg_report(diag, ctx, NKG_DIAG_WARNING, path, "%s at byte offset %zu: replaced, reading on", what, r->at[i]);
  if (r->count > sizeof r->at / sizeof *r->at)
    nkg_report(diag, ctx, NKG_DIAG_WARNING, path, "%zu of them in all (%s)", r->count, what);
}

/* A NUL is no character of any text: each U+0000 a conversion made becomes U+FFFD (so
 * that no later stage sees the text end early), reported with its character offset.
 * Works on the malloc'd UTF-8 in *text; returns 0 when out of memory. */
static int replace_nuls(char **text, size_t *len, const char *path, nkg_diag_fn diag, void *ctx) {
  size_t nuls = 0;
  for (size_t i = 0; i < *len; i++) nuls += (*text)[i] == '\0';
  if (!nuls) return 1;
  char *out = malloc(*len + nuls * 2 + 1);
  if (!out) return 0;
  size_t o = 0, chars = 0, seen = 0;
  for (size_t i = 0; i < *len; i++) {
    unsigned char b = (unsigned char)(*text)[i];
    if (b) {
      out[o++] = (char)b;
      chars += (b & 0xC0) != 0x80;
      continue;
    }
    if (++seen <= 3)
      nkg_report(diag, ctx, NKG_DIAG_WARNING, path, "a NUL character at character offset %zu of the text: replaced, reading on", chars);
    memcpy(out + o, "\xEF\xBF\xBD", 3);
    o += 3;
    chars++;
  }
  if (nuls > 3) nkg_report(diag, ctx, NKG_DIAG_WARNING, path, "%zu NUL characters in all", nuls);
  out[o] = '\0';
  free(*text);
  *text = out;
  *len = o;
  return 1;
}

/* The bytes' signs of not being text: NUL bytes (where the first is, and how many at even
 * and at odd offsets: UTF-16 puts the NUL of every ASCII character on one side) and other
 * C0 control characters, which no news text has. */
typedef struct {
  size_t nuls, nul_even, nul_odd, first_nul, controls;
} byte_signs;

static byte_signs read_signs(const char *bytes, size_t len) {
  byte_signs b = {0};
  for (size_t i = 0; i < len; i++) {
    unsigned char c = (unsigned char)bytes[i];
    if (c == 0) {
      if (!b.nuls++) b.first_nul = i;
      if (i % 2) b.nul_odd++;
      else b.nul_even++;
    } else if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v' && c != 0x1B) {
      b.controls++;
    }
  }
  return b;
}

/* Whether the bytes at offsets `parity`, `parity` + 2, ... take few values: the high bytes
 * of UTF-16 text in one or two scripts (0x00 for ASCII, 0x04 for Cyrillic, 0x20 for
 * dashes and quotes), nine in ten of them among the three most common. */
static int few_high_bytes(const char *bytes, size_t len, size_t parity) {
  size_t freq[256] = {0}, units = 0;
  for (size_t i = parity; i < len; i += 2, units++) freq[(unsigned char)bytes[i]]++;
  size_t top[3] = {0};
  for (size_t v = 0; v < 256; v++)
    for (size_t k = 0; k < 3; k++)
      if (freq[v] > top[k]) {
        for (size_t m = 2; m > k; m--) top[m] = top[m - 1];
        top[k] = freq[v];
        break;
      }
  return (top[0] + top[1] + top[2]) * 10 >= units * 9;
}

/* UTF-16 without a byte-order mark: the NULs of its ASCII characters (spaces, digits,
 * punctuation) all fall on the same side of the code units, the bytes on that side take
 * few values, and (checked by the caller) the whole decodes without a single error.
 * Returns the charset, or NULL. */
static const char *utf16_without_bom(const char *bytes, const byte_signs *b, size_t len) {
  if (len < 8 || b->nuls < 4 || b->nuls * 20 < len / 2) return NULL; /* one unit in twenty is ASCII */
  if (b->nul_odd >= 20 * b->nul_even && few_high_bytes(bytes, len, 1)) return "UTF-16LE";
  if (b->nul_even >= 20 * b->nul_odd && few_high_bytes(bytes, len, 0)) return "UTF-16BE";
  return NULL;
}

/* What decoded UTF-8 is made of: its characters, letters, Cyrillic letters, and the
 * characters no text has (control characters other than spaces and line ends, code points
 * that are unassigned, private or lone surrogates). */
typedef struct {
  size_t chars, letters, cyrillic, odd;
} text_stats;

static text_stats measure(const char *s, size_t len) {
  text_stats t = {0};
  for (size_t i = 0; i < len;) {
    UChar32 c;
    U8_NEXT(s, i, len, c);
    t.chars++;
    int8_t type = c < 0 ? U_UNASSIGNED : u_charType(c);
    t.odd += (type == U_CONTROL_CHAR && !u_isspace(c)) || type == U_UNASSIGNED || type == U_PRIVATE_USE_CHAR ||
             type == U_SURROGATE;
    if (c < 0 || !u_isalpha(c)) continue;
    t.letters++;
    t.cyrillic += c >= 0x400 && c <= 0x4FF;
  }
  return t;
}

/* Share of Cyrillic among the letters: a real Russian text decoded right is mostly Cyrillic. */
static double cyrillic_share(const char *s, size_t len) {
  text_stats t = measure(s, len);
  return t.letters ? (double)t.cyrillic / (double)t.letters : 0.0;
}

/* Whether decoded UTF-8 reads as text: fewer than one character in twenty one no text has. */
static int reads_as_text(const char *s, size_t len) {
  text_stats t = measure(s, len);
  return t.chars && t.odd * 20 <= t.chars;
}

/* The same, of the text a reader sees: an HTML page's tags are Latin letters. */
static double shown_cyrillic_share(const char *s, size_t len) {
  if (!nkg_text_is_html(s, len)) return cyrillic_share(s, len);
  size_t n = 0;
  char *shown = nkg_html_visible_text(s, len, &n);
  double share = shown ? cyrillic_share(shown, n) : 0.0;
  free(shown);
  return share;
}

static const char *detect_cyrillic(const char *bytes, size_t len, int *confidence) {
  UErrorCode err = U_ZERO_ERROR;
  UCharsetDetector *det = ucsdet_open(&err);
  if (U_FAILURE(err)) return NULL;
  ucsdet_enableInputFilter(det, 1); /* ICU's own: the detector skips what is inside <...> */
  ucsdet_setText(det, bytes, (int32_t)(len > 65536 ? 65536 : len), &err);
  int32_t n = 0;
  const UCharsetMatch **all = ucsdet_detectAll(det, &n, &err);
  const char *found = NULL;
  static const char *const cyrillic[] = {"windows-1251", "KOI8-R", "ISO-8859-5", "IBM866"};
  for (int32_t i = 0; i < n && !found && U_SUCCESS(err); i++) {
    const char *name = ucsdet_getName(all[i], &err);
    for (size_t k = 0; k < sizeof cyrillic / sizeof *cyrillic && name; k++)
      if (!strcmp(name, cyrillic[k])) {
        found = cyrillic[k];
        *confidence = ucsdet_getConfidence(all[i], &err);
      }
  }
  ucsdet_close(det);
  return found;
}

/* UTF-8 with each invalid sequence and each NUL byte replaced by U+FFFD; `bad` and `nul`
 * count them, with the offsets of the first few. */
static char *repair_utf8(const char *bytes, size_t len, size_t *out_len, replaced *bad, replaced *nul) {
  char *out = malloc(len * 3 + 1);
  if (!out) return NULL;
  size_t o = 0;
  memset(bad, 0, sizeof *bad);
  memset(nul, 0, sizeof *nul);
  for (size_t i = 0; i < len;) {
    size_t at = i;
    UChar32 c;
    U8_NEXT(bytes, i, len, c);
    replaced *r = c < 0 ? bad : c == 0 ? nul : NULL; /* a NUL inside a broken sequence too */
    if (r) {
      if (r->count < sizeof r->at / sizeof *r->at) r->at[r->count] = at;
      r->count++;
      c = 0xFFFD;
    }
    UBool e = 0;
    U8_APPEND(out, o, len * 3 + 1, c, e);
    (void)e;
  }
  out[o] = '\0';
  *out_len = o;
  return out;
}

/* Converted text, its replacements reported and its NULs replaced; NULL when out of memory. */
static nkg_status converted(char *text, size_t n, const replaced *r, const char *charset, const char *path, char **out,
                            size_t *out_len, nkg_diag_fn diag, void *ctx) {
  char what[128];
  snprintf(what, sizeof what, "a byte sequence that is not valid %s", charset);
  report_replaced(r, what, path, diag, ctx);
  if (!replace_nuls(&text, &n, path, diag, ctx)) {
    free(text);
    return NKG_ERR_NOMEM;
  }
  *out = text;
  *out_len = n;
  return NKG_OK;
}

static nkg_status decode_bytes(const char *bytes, size_t len, const char *encoding, const char *path, char **out,
                               size_t *out_len, int *checked, nkg_diag_fn diag, void *ctx) {
  *out = NULL;
  *out_len = 0;
  replaced r = {0};
  size_t n = 0;
  if (encoding && *encoding) {
    char *text = convert(bytes, len, encoding, &n, &r);
    if (!text) {
      nkg_report(diag, ctx, NKG_DIAG_ERROR, path, "cannot decode as %s", encoding);
      return NKG_ERR_ENCODING;
    }
    return converted(text, n, &r, encoding, path, out, out_len, diag, ctx);
  }
  static const struct {
    const char *bom;
    size_t n;
    const char *charset;
  } boms[] = {{"\xFF\xFE\x00\x00", 4, "UTF-32LE"}, {"\x00\x00\xFE\xFF", 4, "UTF-32BE"},
              {"\xFF\xFE", 2, "UTF-16LE"}, {"\xFE\xFF", 2, "UTF-16BE"}};
  for (size_t k = 0; k < sizeof boms / sizeof *boms; k++)
    if (len >= boms[k].n && !memcmp(bytes, boms[k].bom, boms[k].n)) {
      char *text = convert(bytes + boms[k].n, len - boms[k].n, boms[k].charset, &n, &r);
      if (!text) {
        nkg_report(diag, ctx, NKG_DIAG_ERROR, path, "a %s byte-order mark, but the text cannot be decoded", boms[k].charset);
        return NKG_ERR_ENCODING;
      }
      for (size_t i = 0; i < r.count && i < sizeof r.at / sizeof *r.at; i++) r.at[i] += boms[k].n;
      return converted(text, n, &r, boms[k].charset, path, out, out_len, diag, ctx);
    }
  size_t bad_at = 0;
  nkg_status st = nkg_text_check(bytes, len, &bad_at);
  if (st == NKG_ERR_EMPTY) return st;
  if (st == NKG_OK) {
    *checked = 1; /* valid UTF-8 with text in it */
    size_t skip = len >= 3 && !memcmp(bytes, "\xEF\xBB\xBF", 3) ? 3 : 0;
    *out = malloc(len - skip + 1);
    if (!*out) return NKG_ERR_NOMEM;
    memcpy(*out, bytes + skip, len - skip);
    (*out)[len - skip] = '\0';
    *out_len = len - skip;
    return NKG_OK;
  }
  byte_signs signs = read_signs(bytes, len);
  const char *utf16 = utf16_without_bom(bytes, &signs, len);
  if (utf16) {
    r.strict = 1; /* without a byte-order mark, only UTF-16 that decodes without a flaw */
    char *text = convert(bytes, len, utf16, &n, &r);
    if (text && reads_as_text(text, n)) {
      nkg_report(diag, ctx, NKG_DIAG_WARNING, path, "no byte-order mark, but NUL bytes at every other offset: read as %s", utf16);
      r.strict = 0;
      return converted(text, n, &r, utf16, path, out, out_len, diag, ctx);
    }
    free(text);
    r.strict = 0;
  }
  if (signs.nuls && (signs.nuls + signs.controls) * 20 > len && signs.nuls + signs.controls > 1)
    return NKG_ERR_BINARY; /* the reader says where the first NUL is */
  int confidence = 0;
  const char *charset = detect_cyrillic(bytes, len, &confidence);
  if (charset && confidence >= 20) {
    char *text = convert(bytes, len, charset, &n, &r);
    if (text && shown_cyrillic_share(text, n) >= 0.75) { /* Russian text is mostly Cyrillic; noise is not */
      nkg_report(diag, ctx, NKG_DIAG_WARNING, path, "not UTF-8 (invalid byte at offset %zu): read as %s", bad_at, charset);
      return converted(text, n, &r, charset, path, out, out_len, diag, ctx);
    }
    free(text);
  }
  replaced bad, nul;
  char *text = repair_utf8(bytes, len, out_len, &bad, &nul);
  if (!text) return NKG_ERR_NOMEM;
  if ((bad.count + nul.count + signs.controls) * 20 > len && bad.count + nul.count + signs.controls > 1) {
    /* more than one byte in twenty is broken: this is not text we can read */
    free(text);
    *out_len = 0;
    if (nul.count) return NKG_ERR_BINARY;
    nkg_report(diag, ctx, NKG_DIAG_ERROR, path,
               "not valid UTF-8 (invalid byte sequence at offset %zu) and not a known Cyrillic encoding; "
               "name it with --encoding", bad_at);
    return NKG_ERR_ENCODING;
  }
  report_replaced(&bad, "invalid UTF-8", path, diag, ctx);
  report_replaced(&nul, "a NUL byte", path, diag, ctx);
  *out = text;
  return NKG_OK;
}

nkg_status nkg_decode(const char *bytes, size_t len, const char *encoding, const char *path, char **out,
                      size_t *out_len, nkg_diag_fn diag, void *ctx) {
  int checked = 0;
  nkg_status st = decode_bytes(bytes, len, encoding, path, out, out_len, &checked, diag, ctx);
  size_t bad = 0;
  if (st == NKG_OK && !checked && nkg_text_check(*out, *out_len, &bad) == NKG_ERR_EMPTY) {
    /* converted from another encoding, or repaired: there may be nothing left */
    free(*out);
    *out = NULL;
    *out_len = 0;
    return NKG_ERR_EMPTY;
  }
  return st;
}
