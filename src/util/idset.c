#include "idset.h"

#include <stdlib.h>

#include "arena.h"

static nkg_idset_slot *new_slots(size_t cap) { return nkg_xcalloc(cap, sizeof(nkg_idset_slot)); }

void nkg_idset_init(nkg_idset *s) {
  s->cap = 64;
  s->count = 0;
  s->slots = new_slots(s->cap);
}

void nkg_idset_free(nkg_idset *s) {
  free(s->slots);
  s->slots = NULL;
  s->cap = s->count = 0;
}

uint32_t nkg_idset_find(const nkg_idset *s, uint32_t hash, nkg_idset_eq eq, const void *ctx) {
  size_t mask = s->cap - 1;
  for (size_t i = hash & mask;; i = (i + 1) & mask) {
    const nkg_idset_slot *slot = &s->slots[i];
    if (!slot->id_plus_one) return NKG_IDSET_NONE;
    if (slot->hash == hash && eq(ctx, slot->id_plus_one - 1)) return slot->id_plus_one - 1;
  }
}

static void place(nkg_idset_slot *slots, size_t cap, nkg_idset_slot item) {
  size_t mask = cap - 1, i = item.hash & mask;
  while (slots[i].id_plus_one) i = (i + 1) & mask;
  slots[i] = item;
}

void nkg_idset_insert(nkg_idset *s, uint32_t hash, uint32_t id) {
  if ((s->count + 1) * 4 > s->cap * 3) {
    size_t cap = s->cap * 2;
    nkg_idset_slot *slots = new_slots(cap);
    for (size_t i = 0; i < s->cap; i++)
      if (s->slots[i].id_plus_one) place(slots, cap, s->slots[i]);
    free(s->slots);
    s->slots = slots;
    s->cap = cap;
  }
  place(s->slots, s->cap, (nkg_idset_slot){hash, id + 1});
  s->count++;
}
