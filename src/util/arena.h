/* A bump allocator: many small allocations, one release.  Per-document work
 * allocates here so memory stays flat over a corpus of any size. */
#ifndef NKG_ARENA_H
#define NKG_ARENA_H
#include <stddef.h>

typedef struct nkg_arena_block nkg_arena_block;
typedef struct {
  nkg_arena_block *head;
  size_t block_size;
} nkg_arena;

void nkg_arena_init(nkg_arena *a, size_t block_size);
/* calloc that aborts the program when memory runs out, as the arena does. */
void *nkg_xcalloc(size_t n, size_t size);
/* Returns zeroed memory, 16-byte aligned; aborts the program when memory runs out. */
void *nkg_arena_alloc(nkg_arena *a, size_t size);
/* The same without zeroing: for bytes that are written before they are read. */
void *nkg_arena_alloc_uninitialised(nkg_arena *a, size_t size);
char *nkg_arena_strndup(nkg_arena *a, const char *s, size_t n);
char *nkg_arena_strdup(nkg_arena *a, const char *s);
/* "a" + sep + "b" in the arena, whatever their lengths. */
char *nkg_arena_join(nkg_arena *a, const char *x, const char *sep, const char *y);
/* Drops a character cut in two at the end of a UTF-8 string (after a truncating
 * snprintf), so that the string stays valid UTF-8. */
void nkg_utf8_trim(char *s);
/* Capitalises a leading Cyrillic lower-case letter а-я in place (a label built from a
 * lexicon word in lower case); any other start stays as it is. */
void nkg_utf8_capitalize_cyrillic(char *s);

/* Frees all blocks but the first, which is kept for reuse. */
void nkg_arena_reset(nkg_arena *a);
void nkg_arena_free(nkg_arena *a);

#endif
