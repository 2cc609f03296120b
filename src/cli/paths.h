/* Turning the command line's PATH arguments into a sorted list of documents, each
 * with the name that identifies it in the graph. */
#ifndef NKG_CLI_PATHS_H
#define NKG_CLI_PATHS_H
#include <stddef.h>

#include "newskg.h"

typedef struct {
  char **items; /* the paths to read */
  char **names; /* each document's name (nkg_extract's `source`): see nkg_collect_paths */
  size_t count, cap;
  void *seen; /* the files listed so far, by device and inode */
} nkg_path_list;

/* Adds `path`: a file as it is (whatever its type: a FIFO or a device is read when it
 * is named), "-" for stdin, a directory's regular *.txt files found recursively
 * (sorted; symlink loops are followed once; FIFOs, devices and sockets are skipped with
 * a warning, since reading them could block or never end).  A document's name does not
 * depend on the working directory: a file named on the command line is named by its
 * file name, a file found in a directory by the directory's own name and the path below
 * it ("news/2025/item.txt" for `news/` as for `/data/news` or `.` inside news).  A file
 * already listed (the same device and inode) is not listed again.  Problems go to
 * `diag`; returns the number of problems (errors). */
int nkg_collect_paths(const char *path, nkg_path_list *out, nkg_diag_fn diag, void *ctx);
void nkg_path_list_free(nkg_path_list *l);

#endif
