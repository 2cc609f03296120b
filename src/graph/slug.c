/* Slugs and Latin labels through ICU's transliterators: readable IRIs that are the
 * same on every machine (BGN/PCGN romanization of Russian, then plain ASCII). */
#include <stdlib.h>
#include <string.h>
#include <unicode/uchar.h>
#include <unicode/ustring.h>
#include <unicode/utf8.h>
#include <unicode/utrans.h>

#include "graph_internal.h"

struct nkg_slugger {
  UTransliterator *latin; /* Russian-Latin/BGN, then any other script to Latin */
  UTransliterator *ascii; /* Latin with diacritics to ASCII */
  /* the same names come back document after document: transliterate each once */
  nkg_strmap cache; /* text -> index into results */
  nkg_vec results;  /* const char * in the cache's arena */
};

static UTransliterator *open_trans(const char *id) {
  UChar uid[128];
  UErrorCode err = U_ZERO_ERROR;
  u_strFromUTF8(uid, 128, NULL, id, -1, &err);
  UTransliterator *t = utrans_openU(uid, -1, UTRANS_FORWARD, NULL, 0, NULL, &err);
  return U_FAILURE(err) ? NULL : t;
}

nkg_slugger *nkg_slugger_new(void) {
  nkg_slugger *s = calloc(1, sizeof *s);
  if (!s) return NULL;
  s->latin = open_trans("Russian-Latin/BGN; Any-Latin");
  s->ascii = open_trans("Latin-ASCII");
  nkg_strmap_init(&s->cache);
  nkg_vec_init(&s->results, sizeof(const char *));
  if (!s->latin || !s->ascii) {
    nkg_slugger_free(s);
    return NULL;
  }
  return s;
}

void nkg_slugger_free(nkg_slugger *s) {
  if (!s) return;
  if (s->latin) utrans_close(s->latin);
  if (s->ascii) utrans_close(s->ascii);
  nkg_strmap_free(&s->cache);
  nkg_vec_free(&s->results);
  free(s);
}

/* Transliterates UTF-8 `text` into `buf`; a transliteration may be several times longer
 * than its source, so the working buffer is sized from the text, and a result that does
 * not fit `buf` is cut at a character boundary. */
static size_t run(UTransliterator *t, const char *text, char *buf, size_t size) {
  size_t tl = strlen(text);
  int32_t cap = (int32_t)(tl * 4 + 16);
  UChar *u = malloc((size_t)cap * sizeof *u);
  buf[0] = '\0';
  if (!u) return 0;
  UErrorCode err = U_ZERO_ERROR;
  int32_t len = 0;
  u_strFromUTF8WithSub(u, cap / 4, &len, text, (int32_t)tl, 0xFFFD, NULL, &err);
  if (U_FAILURE(err)) len = 0;
  int32_t limit = len;
  err = U_ZERO_ERROR;
  utrans_transUChars(t, u, &len, cap, 0, &limit, &err);
  if (U_FAILURE(err)) len = 0;
  err = U_ZERO_ERROR;
  int32_t out = 0;
  u_strToUTF8(buf, (int32_t)size - 1, &out, u, len, &err);
  if (err == U_BUFFER_OVERFLOW_ERROR || out >= (int32_t)size) {
    out = (int32_t)size - 1;
    buf[out] = '\0';
    nkg_utf8_trim(buf);
    out = (int32_t)strlen(buf);
  } else if (U_FAILURE(err)) {
    out = 0;
  }
  buf[out] = '\0';
  free(u);
  return (size_t)out;
}

static size_t translit_uncached(nkg_slugger *s, const char *text, char *buf, size_t size);

/* One piece through the cache. */
static const char *translit_piece(nkg_slugger *s, const char *piece, size_t len) {
  const uint32_t *hit = nkg_strmap_get(&s->cache, piece, len);
  if (hit) return *(const char **)nkg_vec_at(&s->results, *hit);
  char in[1024], out[1024];
  snprintf(in, sizeof in, "%.*s", (int)len, piece);
  translit_uncached(s, in, out, sizeof out);
  const char *kept = nkg_arena_strdup(&s->cache.keys, out);
  if (s->cache.count < 200000) { /* bounded: a corpus of any size keeps this small */
    *(const char **)nkg_vec_push(&s->results) = kept;
    nkg_strmap_put(&s->cache, piece, len, (uint32_t)(s->results.count - 1), NULL);
  }
  return kept;
}

static int is_word_char(UChar32 c) {
  if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  if (c >= 0x410 && c <= 0x44F) return 1; /* the Russian alphabet but Ё ё */
  return u_isalpha(c) || u_getCombiningClass(c) > 0;
}

/* Transliteration works within words (BGN's "е" is "ye" at a word's start and after a
 * vowel, never because of another word), so names are transliterated word by word:
 * the words of "Иван Петров" and "Иван Сидоров" come from the cache, where whole
 * names mostly would not. */
/* The whole text word by word, into buf. */
static size_t translit_words(nkg_slugger *s, const char *text, size_t len, char *buf, size_t size) {
  size_t o = 0;
  buf[0] = '\0';
  for (int32_t i = 0; i < (int32_t)len && o + 1 < size;) {
    int32_t start = i;
    UChar32 c;
    U8_NEXT(text, i, (int32_t)len, c);
    int word = c >= 0 && is_word_char(c);
    while (i < (int32_t)len) {
      int32_t k = i;
      U8_NEXT(text, k, (int32_t)len, c);
      if ((c >= 0 && is_word_char(c)) != word) break;
      i = k;
    }
    const char *piece = translit_piece(s, text + start, (size_t)(i - start));
    size_t pl = strlen(piece);
    if (pl > size - 1 - o) pl = size - 1 - o;
    memcpy(buf + o, piece, pl);
    o += pl;
  }
  buf[o] = '\0';
  nkg_utf8_trim(buf);
  return strlen(buf);
}

size_t nkg_translit(nkg_slugger *s, const char *text, char *buf, size_t size) {
  /* a name comes back in document after document: the whole of it is cached too, beside
   * its words, under a key that cannot be a word's (words have no space or NUL) */
  size_t len = strlen(text);
  if (size != NKG_LATIN_SIZE || len + 2 > NKG_LATIN_SIZE) return translit_words(s, text, len, buf, size);
  char key[NKG_LATIN_SIZE];
  key[0] = '\0';
  memcpy(key + 1, text, len);
  const uint32_t *hit = nkg_strmap_get(&s->cache, key, len + 1);
  if (hit) {
    const char *kept = *(const char **)nkg_vec_at(&s->results, *hit);
    size_t kl = strlen(kept);
    memcpy(buf, kept, kl + 1);
    return kl;
  }
  size_t n = translit_words(s, text, len, buf, size);
  if (s->cache.count < 200000) {
    *(const char **)nkg_vec_push(&s->results) = nkg_arena_strdup(&s->cache.keys, buf);
    nkg_strmap_put(&s->cache, key, len + 1, (uint32_t)(s->results.count - 1), NULL);
  }
  return n;
}

static size_t translit_uncached(nkg_slugger *s, const char *text, char *buf, size_t size) {
  char tmp[1024];
  run(s->latin, text, tmp, sizeof tmp);
  /* BGN marks soft and hard signs with modifier letters; they read as noise in a label */
  char clean[1024];
  size_t k = 0;
  for (size_t i = 0; tmp[i] && k + 1 < sizeof clean; i++) {
    if ((unsigned char)tmp[i] == 0xCA && ((unsigned char)tmp[i + 1] == 0xB9 || (unsigned char)tmp[i + 1] == 0xBA || (unsigned char)tmp[i + 1] == 0xBC)) {
      i++;
      continue;
    }
    if ((unsigned char)tmp[i] == 0xC2 && (unsigned char)tmp[i + 1] == 0xB7) { /* middle dot */
      i++;
      continue;
    }
    clean[k++] = tmp[i];
  }
  clean[k] = '\0';
  return run(s->ascii, clean, buf, size);
}

size_t nkg_translit_whole(nkg_slugger *s, const char *text, char *buf, size_t size) {
  return translit_uncached(s, text, buf, size);
}

size_t nkg_slug(nkg_slugger *s, const char *text, char *buf, size_t size) {
  char latin[NKG_LATIN_SIZE];
  nkg_translit(s, text, latin, sizeof latin);
  size_t k = 0;
  int dash = 0;
  for (size_t i = 0; latin[i] && k + 2 < size; i++) {
    unsigned char c = (unsigned char)latin[i];
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      if (dash && k) buf[k++] = '-';
      buf[k++] = (char)c;
      dash = 0;
    } else if (c >= 'A' && c <= 'Z') {
      if (dash && k) buf[k++] = '-';
      buf[k++] = (char)(c - 'A' + 'a');
      dash = 0;
    } else if (c != '\'') {
      dash = 1;
    }
  }
  buf[k] = '\0';
  if (!k && *text && size > 10) /* nothing Latin came of it: a fingerprint keeps distinct names apart */
    k = (size_t)snprintf(buf, size, "x%08x", nkg_hash_bytes(text, strlen(text)));
  return k;
}
