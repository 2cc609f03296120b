#include "strmap.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

uint32_t nkg_hash_bytes(const void *data, size_t len) {
  /* FNV-1a: simple, and good enough for short words */
  const unsigned char *p = data;
  uint32_t h = 2166136261u;
  for (size_t i = 0; i < len; i++) {
    h ^= p[i];
    h *= 16777619u;
  }
  return h;
}

/* One 64-bit word into the state: a product carries a difference only to higher
 * bits, so the shift brings it back down before the next word comes in. */
static uint64_t absorb(uint64_t h, uint64_t w) {
  h = (h ^ w) * 0x9E3779B97F4A7C15ull;
  return h ^ (h >> 32);
}

uint64_t nkg_hash_fast64(const void *data, size_t len) {
  const unsigned char *p = data;
  uint64_t h = 0x2545F4914F6CDD1Dull ^ len;
  for (; len >= 8; p += 8, len -= 8) {
    uint64_t w;
    memcpy(&w, p, 8);
    h = absorb(h, w);
  }
  if (len) {
    uint64_t w = 0;
    memcpy(&w, p, len);
    h = absorb(h, w);
  }
  h ^= h >> 29;
  h *= 0xFF51AFD7ED558CCDull;
  h ^= h >> 32;
  h *= 0xC4CEB9FE1A85EC53ull;
  h ^= h >> 29;
  return h;
}

uint32_t nkg_hash_fast(const void *data, size_t len) {
  /* a table compares whole keys, so one multiply a word will do; the end mixes the
   * high bits, where products carry differences, down to the bits that pick a slot */
  const unsigned char *p = data;
  const uint64_t k = 0x9E3779B97F4A7C15ull;
  uint64_t h = len * k;
  for (; len >= 8; p += 8, len -= 8) {
    uint64_t w;
    memcpy(&w, p, 8);
    h = (((h << 5) | (h >> 59)) ^ w) * k;
  }
  if (len) {
    uint64_t w = 0;
    memcpy(&w, p, len);
    h = (((h << 5) | (h >> 59)) ^ w) * k;
  }
  h ^= h >> 29;
  h *= 0xBF58476D1CE4E5B9ull;
  return (uint32_t)(h ^ (h >> 32));
}

void nkg_strmap_init(nkg_strmap *m) {
  m->cap = 64;
  m->count = 0;
  m->slots = nkg_xcalloc(m->cap, sizeof *m->slots);
  nkg_arena_init(&m->keys, 32 * 1024);
}

void nkg_strmap_free(nkg_strmap *m) {
  free(m->slots);
  m->slots = NULL;
  m->cap = m->count = 0;
  nkg_arena_free(&m->keys);
}

static nkg_strmap_slot *find(const nkg_strmap *m, const char *key, size_t len, uint32_t h) {
  size_t mask = m->cap - 1;
  for (size_t i = h & mask;; i = (i + 1) & mask) {
    nkg_strmap_slot *s = &m->slots[i];
    if (!s->key) return s;
    if (s->hash == h && s->len == len && memcmp(s->key, key, len) == 0) return s;
  }
}

static void grow(nkg_strmap *m) {
  nkg_strmap_slot *old = m->slots;
  size_t oldcap = m->cap;
  m->cap *= 2;
  m->slots = nkg_xcalloc(m->cap, sizeof *m->slots);
  for (size_t i = 0; i < oldcap; i++)
    if (old[i].key) *find(m, old[i].key, old[i].len, old[i].hash) = old[i];
  free(old);
}

uint32_t *nkg_strmap_get(const nkg_strmap *m, const char *key, size_t len) {
  if (!m->slots) return NULL;
  nkg_strmap_slot *s = find(m, key, len, nkg_hash_fast(key, len));
  return s->key ? &s->value : NULL;
}

const char *nkg_strmap_key(const nkg_strmap *m, const char *key, size_t len) {
  nkg_strmap_slot *s = find(m, key, len, nkg_hash_fast(key, len));
  return s->key;
}

uint32_t *nkg_strmap_put(nkg_strmap *m, const char *key, size_t len, uint32_t value, int *added) {
  if ((m->count + 1) * 4 > m->cap * 3) grow(m);
  uint32_t h = nkg_hash_fast(key, len);
  nkg_strmap_slot *s = find(m, key, len, h);
  if (added) *added = 0;
  if (!s->key) {
    s->key = nkg_arena_strndup(&m->keys, key, len);
    s->len = (uint32_t)len;
    s->hash = h;
    s->value = value;
    m->count++;
    if (added) *added = 1;
  }
  return &s->value;
}

void nkg_vec_init(nkg_vec *v, size_t item_size) {
  /* never NULL, so that sorting or indexing an empty vector is defined behaviour */
  v->cap = 4;
  v->count = 0;
  v->item_size = item_size;
  v->items = malloc(v->cap * item_size);
  if (!v->items) {
    fputs("newskg: out of memory\n", stderr);
    abort();
  }
}

void *nkg_vec_push(nkg_vec *v) {
  if (v->count == v->cap) {
    size_t cap = v->cap ? v->cap * 2 : 16;
    void *items = realloc(v->items, cap * v->item_size);
    if (!items) {
      fputs("newskg: out of memory\n", stderr);
      abort();
    }
    v->items = items;
    v->cap = cap;
  }
  void *p = (char *)v->items + v->count++ * v->item_size;
  memset(p, 0, v->item_size);
  return p;
}

void *nkg_vec_at(const nkg_vec *v, size_t i) { return (char *)v->items + i * v->item_size; }
void nkg_vec_clear(nkg_vec *v) { v->count = 0; }
void nkg_vec_free(nkg_vec *v) {
  free(v->items);
  v->items = NULL;
  v->count = v->cap = 0;
}
