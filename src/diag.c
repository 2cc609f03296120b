#include "diag.h"

#include <stdarg.h>
#include <stdio.h>

void nkg_report(nkg_diag_fn diag, void *ctx, nkg_diag_level level, const char *file,
                const char *fmt, ...) {
  if (!diag) return;
  char msg[1024];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(msg, sizeof msg, fmt, ap);
  va_end(ap);
  diag(ctx, level, file, msg);
}

const char *nkg_strerror(nkg_status status) {
  switch (status) {
  case NKG_OK: return "success";
  case NKG_ERR_IO: return "cannot read or write the file";
  case NKG_ERR_ENCODING: return "not valid UTF-8 text";
  case NKG_ERR_EMPTY: return "the document is empty";
  case NKG_ERR_BINARY: return "binary data, not text";
  case NKG_ERR_LEXICON: return "the lexicon could not be loaded";
  case NKG_ERR_NOMEM: return "out of memory";
  case NKG_ERR_USAGE: return "bad usage";
  case NKG_ERR_RDF: return "the RDF library failed";
  case NKG_ERR_TOO_LARGE: return "the document is over the size limit";
  }
  return "unknown error";
}
