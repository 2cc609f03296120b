/* Turning the command line's PATH arguments into a sorted list of documents. */
#ifndef NKG_CLI_PATHS_H
#define NKG_CLI_PATHS_H
#include <stddef.h>

#include "newskg.h"

typedef struct {
  char **items;
  size_t count, cap;
} nkg_path_list;

/* Adds `path`: a file as it is, "-" for stdin, a directory's *.txt files found
 * recursively (sorted; symlink loops are followed once). Problems go to `diag`;
 * returns the number of problems. */
int nkg_collect_paths(const char *path, nkg_path_list *out, nkg_diag_fn diag, void *ctx);
void nkg_path_list_free(nkg_path_list *l);

#endif
