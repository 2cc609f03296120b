/* Reading a document: bytes from a file or stdin, decoded to UTF-8 text; of an HTML page,
 * the text a browser shows. */
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../diag.h"
#include "text.h"

/* All bytes from a file descriptor, up to max + 1 (NKG_ERR_TOO_LARGE when there are
 * more than max); `hint` is the size fstat gave (0: unknown), so a regular file is read
 * into a buffer of its size in one or two calls. */
static nkg_status slurp(int fd, size_t hint, size_t max, char **out, size_t *len) {
  size_t cap = hint ? hint + 1 : 64 * 1024, n = 0;
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
    ssize_t got = read(fd, buf + n, cap - n);
    if (got < 0 && errno == EINTR) continue;
    if (got < 0) {
      free(buf);
      return NKG_ERR_IO;
    }
    if (got == 0) break;
    n += (size_t)got;
    if (n > max) {
      free(buf);
      return NKG_ERR_TOO_LARGE;
    }
  }
  buf[n] = '\0';
  *out = buf;
  *len = n;
  return NKG_OK;
}

nkg_status nkg_document_text(const char *bytes, size_t n, const char *encoding, const char *path, char **text,
                             size_t *len, nkg_diag_fn diag, void *diag_ctx) {
  nkg_status st = nkg_decode(bytes, n, encoding, path, text, len, diag, diag_ctx);
  if (st != NKG_OK || !nkg_text_is_html(*text, *len)) return st;
  size_t shown_len = 0, at = 0;
  char *shown = nkg_html_visible_text(*text, *len, &shown_len);
  if (!shown) {
    nkg_report(diag, diag_ctx, NKG_DIAG_WARNING, path, "looks like HTML but cannot be parsed as HTML: read as plain text");
    return NKG_OK;
  }
  nkg_report(diag, diag_ctx, NKG_DIAG_NOTE, path, "an HTML page: reading the text a browser shows");
  free(*text);
  *text = shown;
  *len = shown_len;
  if (nkg_text_check(shown, shown_len, &at) != NKG_ERR_EMPTY) return NKG_OK;
  free(*text);
  *text = NULL;
  *len = 0;
  return NKG_ERR_EMPTY;
}

nkg_status nkg_read_document(const char *path, const char *encoding, char **text, size_t *len,
                             nkg_diag_fn diag, void *diag_ctx) {
  return nkg_read_document_at_most(path, encoding, SIZE_MAX - 1, text, len, diag, diag_ctx);
}

static void too_large(nkg_diag_fn diag, void *diag_ctx, const char *path, size_t max) {
  nkg_report(diag, diag_ctx, NKG_DIAG_ERROR, path,
             "larger than the document size limit of %zu bytes: skipped (--max-document-size sets it)", max);
}

nkg_status nkg_read_document_at_most(const char *path, const char *encoding, size_t max_size, char **text,
                                     size_t *len, nkg_diag_fn diag, void *diag_ctx) {
  *text = NULL;
  *len = 0;
  int is_stdin = strcmp(path, "-") == 0;
  int fd = is_stdin ? STDIN_FILENO : open(path, O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    nkg_report(diag, diag_ctx, NKG_DIAG_ERROR, path, "cannot open: %s", strerror(errno));
    return NKG_ERR_IO;
  }
  struct stat st_info;
  size_t hint = 0;
  if (!is_stdin && fstat(fd, &st_info) == 0) {
    if (S_ISDIR(st_info.st_mode)) {
      close(fd);
      nkg_report(diag, diag_ctx, NKG_DIAG_ERROR, path, "is a directory");
      return NKG_ERR_IO;
    }
    if (S_ISREG(st_info.st_mode)) hint = (size_t)st_info.st_size;
  }
  if (hint > max_size) { /* not read at all */
    close(fd);
    too_large(diag, diag_ctx, path, max_size);
    return NKG_ERR_TOO_LARGE;
  }
  char *buf = NULL;
  size_t n = 0;
  nkg_status st = slurp(fd, hint, max_size, &buf, &n);
  int read_errno = errno;
  if (!is_stdin) close(fd);
  if (st == NKG_ERR_TOO_LARGE) {
    too_large(diag, diag_ctx, path, max_size);
    return st;
  }
  if (st != NKG_OK) {
    nkg_report(diag, diag_ctx, NKG_DIAG_ERROR, path, "cannot read: %s",
               st == NKG_ERR_NOMEM ? "out of memory" : strerror(read_errno));
    return st;
  }
  st = nkg_document_text(buf, n, encoding, path, text, len, diag, diag_ctx);
  if (st == NKG_ERR_EMPTY)
    nkg_report(diag, diag_ctx, NKG_DIAG_ERROR, path, "the document is empty (no text)");
  else if (st == NKG_ERR_BINARY) {
    const char *nul = memchr(buf, '\0', n);
    nkg_report(diag, diag_ctx, NKG_DIAG_ERROR, path, "binary data, not text (NUL bytes and control characters, the first NUL at offset %zu)",
               nul ? (size_t)(nul - buf) : 0);
  }
  free(buf);
  return st;
}
