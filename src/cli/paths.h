/* Turning the command line's PATH arguments into a sorted list of documents, each
 * with the name that identifies it in the graph. */
#ifndef NKG_CLI_PATHS_H
#define NKG_CLI_PATHS_H
#include <stddef.h>
#include <sys/types.h>

#include "newskg.h"

/* A corpus may hold millions of files: the list keeps each as its entry name under its
 * directory (a tree, not a string per path), and spells a path out when it is asked for. */
typedef struct nkg_path_tree nkg_path_tree;
typedef struct {
  size_t count;        /* the documents listed */
  nkg_path_tree *tree; /* NULL until the first is */
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

/* Document i's path to read, and its name (nkg_extract's `source`); malloc'd. */
char *nkg_path_at(const nkg_path_list *l, size_t i);
char *nkg_path_name_at(const nkg_path_list *l, size_t i);

/* The path of the listed document that is the file with this device and inode ("-"
 * when standard input is listed and is that file), malloc'd; NULL when none is. */
char *nkg_path_list_find(const nkg_path_list *l, dev_t dev, ino_t ino);

#endif
