#include "arena.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct nkg_arena_block {
  nkg_arena_block *next;
  size_t size, used;
  _Alignas(16) unsigned char data[];
};

static nkg_arena_block *block_new(size_t size) {
  nkg_arena_block *b = malloc(sizeof *b + size);
  if (!b) {
    fputs("newskg: out of memory\n", stderr);
    abort();
  }
  b->next = NULL;
  b->size = size;
  b->used = 0;
  return b;
}

void *nkg_xcalloc(size_t n, size_t size) {
  void *p = calloc(n, size);
  if (!p) {
    fputs("newskg: out of memory\n", stderr);
    abort();
  }
  return p;
}

void nkg_arena_init(nkg_arena *a, size_t block_size) {
  a->head = NULL;
  a->block_size = block_size ? block_size : 64 * 1024;
}

void *nkg_arena_alloc_uninitialised(nkg_arena *a, size_t size) {
  size = (size + 15) & ~(size_t)15;
  if (!a->head || a->head->size - a->head->used < size) {
    size_t want = size > a->block_size ? size : a->block_size;
    nkg_arena_block *b = block_new(want);
    if (a->head && size > a->block_size) {
      /* an oversized block goes behind the current one, which keeps its free space */
      b->next = a->head->next;
      a->head->next = b;
      b->used = size;
      return b->data;
    }
    b->next = a->head;
    a->head = b;
  }
  void *p = a->head->data + a->head->used;
  a->head->used += size;
  return p;
}

void *nkg_arena_alloc(nkg_arena *a, size_t size) {
  void *p = nkg_arena_alloc_uninitialised(a, size);
  memset(p, 0, size);
  return p;
}

/* a copy overwrites every byte: zeroing them first would be wasted */
char *nkg_arena_strndup(nkg_arena *a, const char *s, size_t n) {
  char *d = nkg_arena_alloc_uninitialised(a, n + 1);
  memcpy(d, s, n);
  d[n] = '\0';
  return d;
}

char *nkg_arena_strdup(nkg_arena *a, const char *s) { return nkg_arena_strndup(a, s, strlen(s)); }

void nkg_arena_reset(nkg_arena *a) {
  if (!a->head) return;
  nkg_arena_block *keep = a->head;
  /* keep the most recent standard-size block, free the rest */
  nkg_arena_block *b = keep->next;
  while (b) {
    nkg_arena_block *n = b->next;
    free(b);
    b = n;
  }
  keep->next = NULL;
  keep->used = 0;
}

void nkg_arena_free(nkg_arena *a) {
  nkg_arena_block *b = a->head;
  while (b) {
    nkg_arena_block *n = b->next;
    free(b);
    b = n;
  }
  a->head = NULL;
}

char *nkg_arena_join(nkg_arena *a, const char *x, const char *sep, const char *y) {
  size_t xl = strlen(x), sl = strlen(sep), yl = strlen(y);
  char *out = nkg_arena_alloc(a, xl + sl + yl + 1);
  memcpy(out, x, xl);
  memcpy(out + xl, sep, sl);
  memcpy(out + xl + sl, y, yl + 1);
  return out;
}

void nkg_utf8_trim(char *s) {
  size_t n = strlen(s);
  if (!n) return;
  size_t start = n;
  while (start > 0 && ((unsigned char)s[start - 1] & 0xC0) == 0x80) start--;
  if (start == 0) return;
  unsigned char lead = (unsigned char)s[start - 1];
  size_t need = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
  if (n - (start - 1) < need) s[start - 1] = '\0';
}

void nkg_utf8_capitalize_cyrillic(char *s) {
  unsigned char *u = (unsigned char *)s;
  if (u[0] == 0xD0 && u[1] >= 0xB0 && u[1] <= 0xBF) {
    u[1] -= 0x20; /* а-п (D0 B0-BF) -> А-П (D0 90-9F) */
  } else if (u[0] == 0xD1 && u[1] >= 0x80 && u[1] <= 0x8F) {
    u[0] = 0xD0; /* р-я (D1 80-8F) -> Р-Я (D0 A0-AF) */
    u[1] += 0x20;
  }
}
