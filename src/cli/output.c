#include "output.h"

#include <errno.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static void say(nkg_diag_fn diag, void *ctx, const char *file, const char *what) {
  char msg[512];
  snprintf(msg, sizeof msg, "%s: %s", what, strerror(errno));
  if (diag) diag(ctx, NKG_DIAG_ERROR, file, msg);
}

FILE *nkg_output_open(nkg_output *o, const char *path, nkg_diag_fn diag, void *ctx) {
  memset(o, 0, sizeof *o);
  signal(SIGPIPE, SIG_IGN); /* a closed pipe is an error to report, not a silent death */
  if (!path || !strcmp(path, "-")) {
    o->file = stdout;
    return o->file;
  }
  o->path = path;
  size_t n = strlen(path) + 32;
  o->tmp = malloc(n);
  snprintf(o->tmp, n, "%s.tmp.%ld", path, (long)getpid());
  o->file = fopen(o->tmp, "wb");
  if (!o->file) {
    say(diag, ctx, path, "cannot create the output file");
    free(o->tmp);
    o->tmp = NULL;
  }
  return o->file;
}

nkg_status nkg_output_close(nkg_output *o, int ok, nkg_diag_fn diag, void *ctx) {
  if (!o->file) return NKG_ERR_IO;
  nkg_status st = ok ? NKG_OK : NKG_ERR_IO;
  if (!o->path) {
    if (fflush(stdout) != 0 || ferror(stdout)) st = NKG_ERR_IO;
    if (st != NKG_OK) say(diag, ctx, "<stdout>", "cannot write the graph");
    return st;
  }
  if (st == NKG_OK && (fflush(o->file) != 0 || ferror(o->file) || fsync(fileno(o->file)) != 0)) st = NKG_ERR_IO;
  if (fclose(o->file) != 0) st = NKG_ERR_IO;
  if (st == NKG_OK && rename(o->tmp, o->path) != 0) st = NKG_ERR_IO;
  if (st != NKG_OK) {
    say(diag, ctx, o->path, "cannot write the graph");
    unlink(o->tmp);
  }
  free(o->tmp);
  o->tmp = NULL;
  o->file = NULL;
  return st;
}
