/* newskg store (--list, --remove) and the store's side of build --store. */
#ifndef NKG_CLI_STORE_CLI_H
#define NKG_CLI_STORE_CLI_H
#include <stddef.h>

int nkg_cmd_store(int argc, char **argv);

/* build --store DIR: before any work, makes the store when missing and checks it can be
 * used (0, or -1 printed); the file the build writes its N-Quads to, in DIR (the caller
 * frees it); then adds that file to the store and removes it (0, or -1 printed: the store
 * is as it was before). */
int nkg_store_prepare(const char *dir);
char *nkg_store_incoming_path(const char *dir);
int nkg_store_add_build(const char *dir, const char *nquads, int show_summary);

#endif
