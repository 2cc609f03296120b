#include <unicode/utf8.h>

#include "text.h"

nkg_status nkg_text_check(const char *bytes, size_t len, size_t *bad_offset) {
  *bad_offset = 0;
  const uint8_t *s = (const uint8_t *)bytes;
  int has_text = 0;
  for (size_t i = 0; i < len;) {
    if (s[i] > 0 && s[i] < 0x80) { /* ASCII needs no decoding */
      if (s[i] > ' ') has_text = 1;
      i++;
      continue;
    }
    if (s[i] >= 0xC2 && s[i] <= 0xDF && i + 1 < len && (s[i + 1] & 0xC0) == 0x80) { /* two bytes: Cyrillic */
      has_text = 1;
      i += 2;
      continue;
    }
    if (s[i] == 0) {
      *bad_offset = i;
      return NKG_ERR_BINARY;
    }
    size_t at = i;
    UChar32 c;
    U8_NEXT(s, i, len, c);
    if (c < 0) {
      *bad_offset = at;
      return NKG_ERR_ENCODING;
    }
    if (!has_text && c != 0xFEFF && c > ' ') has_text = 1;
  }
  return has_text ? NKG_OK : NKG_ERR_EMPTY;
}
