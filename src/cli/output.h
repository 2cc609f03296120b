/* Output files, written so that nothing the user had is destroyed.
 *
 * A regular file (or a new one) is written to a temporary file beside it and renamed
 * over it only when everything was written, so a failed or interrupted run never
 * leaves a truncated graph; SIGINT, SIGTERM and SIGHUP remove the temporary file.
 * A symbolic link is followed: its target is replaced (atomically, beside the target)
 * and the link stays.  A character or block device, a FIFO or a socket is written
 * directly (it cannot be replaced, and replacing /dev/null with a file would break
 * the system).  A directory is refused.  Standard output when the path is NULL or "-". */
#ifndef NKG_CLI_OUTPUT_H
#define NKG_CLI_OUTPUT_H
#include <stdio.h>

#include "newskg.h"

typedef struct {
  const char *path; /* NULL: standard output */
  char *target;     /* the file renamed over: `path`, or the end of its symlinks */
  char *tmp;        /* NULL when written directly (standard output, a device, a FIFO) */
  FILE *file;
} nkg_output;

/* Opens the output; reports and returns NULL when it cannot. */
FILE *nkg_output_open(nkg_output *o, const char *path, nkg_diag_fn diag, void *ctx);
/* Flushes, syncs and renames into place when `ok`, else removes the temporary file.
 * Returns NKG_OK only when the output is complete and in place. */
nkg_status nkg_output_close(nkg_output *o, int ok, nkg_diag_fn diag, void *ctx);

/* A diagnostics callback that prints "newskg: FILE: error: MESSAGE" to standard error,
 * for commands that keep no diagnostics state of their own. */
void nkg_output_print_diag(void *ctx, nkg_diag_level level, const char *file, const char *message);

#endif
