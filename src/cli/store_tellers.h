/* Which documents tell each statement of a store: Berkeley DB (a B-tree with sorted
 * duplicates), the statement's librdf encoding as key and one value per document (its
 * number in the store's catalog). A statement stays in the store's default graph while
 * one document still tells it. */
#ifndef NKG_CLI_STORE_TELLERS_H
#define NKG_CLI_STORE_TELLERS_H
#include <stddef.h>
#include <stdint.h>

typedef struct nkg_tellers nkg_tellers;

/* Opens (create: makes it when missing; the caller removes an old one first) the database file PATH; NULL on failure, with
 * the reason in *why (static text). */
nkg_tellers *nkg_tellers_open(const char *path, int create, int writable, const char **why);
/* DOC tells the statement KEY. *first is set to 1 when no document told it before. */
int nkg_tellers_add(nkg_tellers *t, const void *key, size_t len, uint32_t doc, int *first);
/* DOC no longer tells it; *left is set to 1 when another document still does. */
int nkg_tellers_remove(nkg_tellers *t, const void *key, size_t len, uint32_t doc, int *left);
/* Writes everything to disk and closes; 0 or -1. Accepts NULL. */
int nkg_tellers_close(nkg_tellers *t);

#endif
