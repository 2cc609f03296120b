/* Reading a document: bytes from a file or stdin, checked to be UTF-8 text. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "../diag.h"
#include "text.h"

static nkg_status slurp(FILE *f, char **out, size_t *len) {
  size_t cap = 64 * 1024, n = 0;
  char *buf = malloc(cap + 1);
  if (!buf) return NKG_ERR_NOMEM;
  for (;;) {
    if (n == cap) {
      char *bigger = realloc(buf, cap * 2 + 1);
      if (!bigger) {
        free(buf);
        return NKG_ERR_NOMEM;
      }
      buf = bigger;
      cap *= 2;
    }
    size_t got = fread(buf + n, 1, cap - n, f);
    n += got;
    if (got == 0) break;
  }
  if (ferror(f)) {
    free(buf);
    return NKG_ERR_IO;
  }
  buf[n] = '\0';
  *out = buf;
  *len = n;
  return NKG_OK;
}

nkg_status nkg_read_document(const char *path, const char *encoding, char **text, size_t *len,
                             nkg_diag_fn diag, void *diag_ctx) {
  *text = NULL;
  *len = 0;
  int is_stdin = strcmp(path, "-") == 0;
  struct stat st_info;
  if (!is_stdin && stat(path, &st_info) == 0 && S_ISDIR(st_info.st_mode)) {
    nkg_report(diag, diag_ctx, NKG_DIAG_ERROR, path, "is a directory");
    return NKG_ERR_IO;
  }
  FILE *f = is_stdin ? stdin : fopen(path, "rb");
  if (!f) {
    nkg_report(diag, diag_ctx, NKG_DIAG_ERROR, path, "cannot open: %s", strerror(errno));
    return NKG_ERR_IO;
  }
  char *buf = NULL;
  size_t n = 0;
  nkg_status st = slurp(f, &buf, &n);
  int read_errno = errno;
  if (!is_stdin) fclose(f);
  if (st != NKG_OK) {
    nkg_report(diag, diag_ctx, NKG_DIAG_ERROR, path, "cannot read: %s",
               st == NKG_ERR_NOMEM ? "out of memory" : strerror(read_errno));
    return st;
  }
  size_t bad = 0;
  st = nkg_decode(buf, n, encoding, path, text, len, diag, diag_ctx);
  if (st == NKG_ERR_EMPTY)
    nkg_report(diag, diag_ctx, NKG_DIAG_ERROR, path, "the document is empty (no text)");
  else if (st == NKG_ERR_BINARY) {
    nkg_text_check(buf, n, &bad);
    nkg_report(diag, diag_ctx, NKG_DIAG_ERROR, path, "binary data, not text (a NUL byte at offset %zu)", bad);
  }
  free(buf);
  return st;
}
