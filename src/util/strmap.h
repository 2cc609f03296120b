/* A hash map from byte strings to 32-bit values, with open addressing.  The map
 * copies keys into its own arena; lookups allocate nothing. */
#ifndef NKG_STRMAP_H
#define NKG_STRMAP_H
#include <stddef.h>
#include <stdint.h>

#include "arena.h"

typedef struct {
  const char *key;
  uint32_t len;
  uint32_t hash;
  uint32_t value;
} nkg_strmap_slot;

typedef struct {
  nkg_strmap_slot *slots;
  size_t cap, count;
  nkg_arena keys;
} nkg_strmap;

void nkg_strmap_init(nkg_strmap *m);
void nkg_strmap_free(nkg_strmap *m);
/* Returns a pointer to the value for key, or NULL. */
uint32_t *nkg_strmap_get(const nkg_strmap *m, const char *key, size_t len);
/* Inserts key with `value` unless present; returns the stored value's address and
 * sets *added to 1 when the key is new. The stored key stays valid until free. */
uint32_t *nkg_strmap_put(nkg_strmap *m, const char *key, size_t len, uint32_t value, int *added);
/* The stored copy of a key that is in the map (NULL otherwise). */
const char *nkg_strmap_key(const nkg_strmap *m, const char *key, size_t len);

/* FNV-1a: stable across versions and machines, so it may go into IRIs. */
uint32_t nkg_hash_bytes(const void *data, size_t len);
/* Eight bytes at a step: for hash tables, never for anything that is written out. */
uint32_t nkg_hash_fast(const void *data, size_t len);
/* The same, all 64 bits (a fingerprint). */
uint64_t nkg_hash_fast64(const void *data, size_t len);

/* A growable array of fixed-size items. */
typedef struct {
  void *items;
  size_t count, cap, item_size;
} nkg_vec;

void nkg_vec_init(nkg_vec *v, size_t item_size);
void *nkg_vec_push(nkg_vec *v); /* zeroed new item; aborts when out of memory */
void *nkg_vec_at(const nkg_vec *v, size_t i);
void nkg_vec_clear(nkg_vec *v);
void nkg_vec_free(nkg_vec *v);

#endif
