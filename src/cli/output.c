#include "output.h"

#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static void say(nkg_diag_fn diag, void *ctx, const char *file, const char *what) {
  char msg[512];
  snprintf(msg, sizeof msg, "%s: %s", what, strerror(errno));
  if (diag) diag(ctx, NKG_DIAG_ERROR, file, msg);
}

nkg_status nkg_write_output(const nkg_graph *g, nkg_format format, const char *path, nkg_diag_fn diag, void *ctx) {
  if (!path || !strcmp(path, "-")) {
    signal(SIGPIPE, SIG_IGN); /* a closed pipe is an error to report, not a silent death */
    nkg_status st = nkg_graph_write(g, format, stdout);
    if (st == NKG_OK && fflush(stdout) != 0) st = NKG_ERR_IO;
    if (st != NKG_OK) say(diag, ctx, "<stdout>", "cannot write the graph");
    return st;
  }
  size_t n = strlen(path) + 32;
  char *tmp = malloc(n);
  snprintf(tmp, n, "%s.tmp.%ld", path, (long)getpid());
  FILE *f = fopen(tmp, "wb");
  if (!f) {
    say(diag, ctx, path, "cannot create the output file");
    free(tmp);
    return NKG_ERR_IO;
  }
  nkg_status st = nkg_graph_write(g, format, f);
  if (st == NKG_OK && (fflush(f) != 0 || fsync(fileno(f)) != 0)) st = NKG_ERR_IO;
  if (fclose(f) != 0) st = NKG_ERR_IO;
  if (st == NKG_OK && rename(tmp, path) != 0) st = NKG_ERR_IO;
  if (st != NKG_OK) {
    say(diag, ctx, path, "cannot write the graph");
    unlink(tmp);
  }
  free(tmp);
  return st;
}
