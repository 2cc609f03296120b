/* Output files written atomically: a temporary file beside the target, renamed over
 * it only when everything was written, so a failed or interrupted run never leaves a
 * truncated graph.  Standard output when the path is NULL or "-". */
#ifndef NKG_CLI_OUTPUT_H
#define NKG_CLI_OUTPUT_H
#include <stdio.h>

#include "newskg.h"

typedef struct {
  const char *path; /* NULL: standard output */
  char *tmp;
  FILE *file;
} nkg_output;

/* Opens the output; reports and returns NULL when it cannot. */
FILE *nkg_output_open(nkg_output *o, const char *path, nkg_diag_fn diag, void *ctx);
/* Flushes, syncs and renames into place when `ok`, else removes the temporary file.
 * Returns NKG_OK only when the output is complete and in place. */
nkg_status nkg_output_close(nkg_output *o, int ok, nkg_diag_fn diag, void *ctx);

#endif
