/* Never writing over an input: whether an output names a file the command reads. */
#ifndef NKG_CLI_INPUTS_H
#define NKG_CLI_INPUTS_H
#include <stddef.h>

#include "paths.h"

/* The input among `inputs[0..n)` that `out_path` is -- the same file by device and inode,
 * so a different spelling, a symbolic link or a hard link is caught too -- or NULL when
 * it is none of them.  `out_path` NULL stands for standard output and an input "-" for
 * standard input: a redirection of either to a file counts like its name.  Inputs that
 * do not exist (yet) are none. */
const char *nkg_output_is_input(const char *out_path, char *const *inputs, size_t n);
/* The same over a list of documents (their paths are not kept as strings); malloc'd. */
char *nkg_output_listed_input(const char *out_path, const nkg_path_list *inputs);

#endif
