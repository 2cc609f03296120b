/* Decoding a document's bytes to UTF-8.
 *
 * UTF-8 (with or without a byte-order mark) is taken as it is.  A UTF-16 or UTF-32
 * byte-order mark says what the text is.  Bytes that are not UTF-8 are given to
 * ICU's charset detector, and a Cyrillic single-byte encoding it recognises
 * (Windows-1251, KOI8-R, ISO-8859-5, CP866) is converted.  Anything else that is
 * mostly UTF-8 is read with the bad sequences replaced, each reported. */
#include <stdlib.h>
#include <string.h>
#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "../diag.h"
#include "text.h"

/* Converts `len` bytes in `charset` to UTF-8 through ICU; NULL on failure. */
static char *convert(const char *bytes, size_t len, const char *charset, size_t *out_len) {
  UErrorCode err = U_ZERO_ERROR;
  int32_t need = ucnv_convert("UTF-8", charset, NULL, 0, bytes, (int32_t)len, &err);
  if (err != U_BUFFER_OVERFLOW_ERROR && U_FAILURE(err)) return NULL;
  err = U_ZERO_ERROR;
  char *out = malloc((size_t)need + 1);
  if (!out) return NULL;
  ucnv_convert("UTF-8", charset, out, need + 1, bytes, (int32_t)len, &err);
  if (U_FAILURE(err)) {
    free(out);
    return NULL;
  }
  out[need] = '\0';
  *out_len = (size_t)need;
  return out;
}

/* Share of Cyrillic among the letters: a real Russian text decoded right is mostly Cyrillic. */
static double cyrillic_share(const char *s, size_t len) {
  size_t letters = 0, cyr = 0;
  for (size_t i = 0; i < len;) {
    UChar32 c;
    U8_NEXT(s, i, len, c);
    if (c < 0 || !u_isalpha(c)) continue;
    letters++;
    cyr += c >= 0x400 && c <= 0x4FF;
  }
  return letters ? (double)cyr / (double)letters : 0.0;
}

static const char *detect_cyrillic(const char *bytes, size_t len, int *confidence) {
  UErrorCode err = U_ZERO_ERROR;
  UCharsetDetector *det = ucsdet_open(&err);
  if (U_FAILURE(err)) return NULL;
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

/* UTF-8 with each invalid sequence replaced by U+FFFD, and the first few reported. */
static char *repair_utf8(const char *bytes, size_t len, size_t *out_len, const char *path, nkg_diag_fn diag,
                         void *ctx, size_t *bad) {
  char *out = malloc(len * 3 + 1);
  if (!out) return NULL;
  size_t o = 0;
  *bad = 0;
  for (size_t i = 0; i < len;) {
    size_t at = i;
    UChar32 c;
    U8_NEXT(bytes, i, len, c);
    if (c < 0) {
      if (++*bad <= 3)
        nkg_report(diag, ctx, NKG_DIAG_WARNING, path, "invalid UTF-8 at byte offset %zu: replaced, reading on", at);
      c = 0xFFFD;
    }
    UBool e = 0;
    U8_APPEND(out, o, len * 3 + 1, c, e);
    (void)e;
  }
  if (*bad > 3) nkg_report(diag, ctx, NKG_DIAG_WARNING, path, "%zu invalid UTF-8 sequences in all", *bad);
  out[o] = '\0';
  *out_len = o;
  return out;
}

static nkg_status decode_bytes(const char *bytes, size_t len, const char *encoding, const char *path, char **out,
                               size_t *out_len, int *checked, nkg_diag_fn diag, void *ctx) {
  *out = NULL;
  *out_len = 0;
  if (encoding && *encoding) {
    *out = convert(bytes, len, encoding, out_len);
    if (!*out) {
      nkg_report(diag, ctx, NKG_DIAG_ERROR, path, "cannot decode as %s", encoding);
      return NKG_ERR_ENCODING;
    }
    return NKG_OK;
  }
  static const struct {
    const char *bom;
    size_t n;
    const char *charset;
  } boms[] = {{"\xFF\xFE\x00\x00", 4, "UTF-32LE"}, {"\x00\x00\xFE\xFF", 4, "UTF-32BE"},
              {"\xFF\xFE", 2, "UTF-16LE"}, {"\xFE\xFF", 2, "UTF-16BE"}};
  for (size_t k = 0; k < sizeof boms / sizeof *boms; k++)
    if (len >= boms[k].n && !memcmp(bytes, boms[k].bom, boms[k].n)) {
      *out = convert(bytes + boms[k].n, len - boms[k].n, boms[k].charset, out_len);
      if (!*out) {
        nkg_report(diag, ctx, NKG_DIAG_ERROR, path, "a %s byte-order mark, but the text cannot be decoded", boms[k].charset);
        return NKG_ERR_ENCODING;
      }
      return NKG_OK;
    }
  size_t bad_at = 0;
  nkg_status st = nkg_text_check(bytes, len, &bad_at);
  if (st == NKG_ERR_BINARY || st == NKG_ERR_EMPTY) return st;
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
  int confidence = 0;
  const char *charset = detect_cyrillic(bytes, len, &confidence);
  if (charset && confidence >= 20) {
    size_t n = 0;
    char *text = convert(bytes, len, charset, &n);
    if (text && cyrillic_share(text, n) >= 0.75) { /* Russian text is mostly Cyrillic; noise is not */
      nkg_report(diag, ctx, NKG_DIAG_WARNING, path, "not UTF-8 (invalid byte at offset %zu): read as %s", bad_at, charset);
      *out = text;
      *out_len = n;
      return NKG_OK;
    }
    free(text);
  }
  size_t bad = 0;
  char *text = repair_utf8(bytes, len, out_len, path, diag, ctx, &bad);
  if (!text) return NKG_ERR_NOMEM;
  if (bad * 20 > len) { /* more than one byte in twenty is broken: this is not text we can read */
    free(text);
    *out_len = 0;
    nkg_report(diag, ctx, NKG_DIAG_ERROR, path,
               "not valid UTF-8 (invalid byte sequence at offset %zu) and not a known Cyrillic encoding; "
               "name it with --encoding", bad_at);
    return NKG_ERR_ENCODING;
  }
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
