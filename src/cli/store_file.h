/* A store's small files (the catalog, the list of predicates) replaced whole: written to
 * PATH.new, synced, and renamed over PATH, so that a reader finds the old file or the new
 * one, never half of one. */
#ifndef NKG_CLI_STORE_FILE_H
#define NKG_CLI_STORE_FILE_H
#include <stdio.h>

/* `write` fills the new file; 0, or -1 (the old file stays) when it or the file fails. */
int nkg_store_replace_file(const char *path, int (*write)(FILE *f, const void *ctx), const void *ctx);

#endif
