/* Writing the graph to a file atomically, or to standard output. */
#ifndef NKG_CLI_OUTPUT_H
#define NKG_CLI_OUTPUT_H
#include "newskg.h"

/* `path` NULL or "-": standard output.  Otherwise a temporary file in the same
 * directory is written, flushed, synced and renamed over `path`, so that a failed
 * or interrupted run never leaves a truncated graph. */
nkg_status nkg_write_output(const nkg_graph *g, nkg_format format, const char *path, nkg_diag_fn diag, void *ctx);

#endif
