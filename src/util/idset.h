/* A hash set of 32-bit ids of items kept elsewhere (terms, triples in a vector): the
 * set stores each id with its item's hash and compares items through a callback, so
 * no key is copied. */
#ifndef NKG_IDSET_H
#define NKG_IDSET_H
#include <stddef.h>
#include <stdint.h>

typedef struct {
  uint32_t hash, id_plus_one; /* 0: empty */
} nkg_idset_slot;

typedef struct {
  nkg_idset_slot *slots;
  size_t cap, count;
} nkg_idset;

/* Whether the item with id `id` equals the probe `ctx`. */
typedef int (*nkg_idset_eq)(const void *ctx, uint32_t id);

#define NKG_IDSET_NONE UINT32_MAX

void nkg_idset_init(nkg_idset *s);
void nkg_idset_free(nkg_idset *s);
/* The id of an item equal to the probe, or NKG_IDSET_NONE. */
uint32_t nkg_idset_find(const nkg_idset *s, uint32_t hash, nkg_idset_eq eq, const void *ctx);
/* Adds an id that is not in the set yet. */
void nkg_idset_insert(nkg_idset *s, uint32_t hash, uint32_t id);

#endif
