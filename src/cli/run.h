/* Running extraction over a list of documents on one or more threads. */
#ifndef NKG_CLI_RUN_H
#define NKG_CLI_RUN_H
#include <stddef.h>

#include "newskg.h"
#include "paths.h"

/* --max-document-size by default: 32 MiB, a thousand long articles.  Extraction holds
 * one document at a time, in 20 to 40 bytes of memory for each byte of its text
 * (measured), so a document of the limit needs at most about 1.3 GB. */
#define NKG_DEFAULT_MAX_DOCUMENT_SIZE ((size_t)32 << 20)

typedef struct {
  const nkg_lexicon *lex;
  const char *encoding; /* NULL: detect */
  const char *base;     /* NULL: the default */
  int threads;          /* 1 or more */
  int provenance;       /* NIF annotations */
  int named_graphs;     /* keep each document's statements in its own graph (N-Quads) */
  const char *date;     /* every document's date, known from outside, or NULL */
  size_t max_document_size; /* bytes: a larger document is reported and skipped unread */
  nkg_diag_fn diag;     /* called under a lock: it need not be thread-safe */
  void *diag_ctx;
  /* after each document, under the lock: documents done of total, statements so far */
  void (*progress)(void *ctx, size_t done, size_t total, size_t statements);
  void *progress_ctx;
  nkg_writer *writer; /* N-Triples, N-Quads: stream each document as it is ready */
  nkg_event_links *links; /* with a writer: gathers each document's events for the links written last */
} nkg_run_options;

/* A size as the command line gives it: bytes, or a number with K, M or G (powers of
 * 1024: "32M").  Returns 0 for anything else. */
int nkg_parse_size(const char *text, size_t *out);

/* Reads and extracts every document of `paths`: into one graph, returned (the caller
 * frees it), or, with a writer, streamed to it document by document (NULL returned;
 * the writer's status in *write_status).  The output does not depend on the number of
 * threads.  Counts the documents read and those that failed. */
nkg_graph *nkg_run(const nkg_path_list *paths, const nkg_run_options *opt, size_t *ok, size_t *failed,
                   nkg_status *write_status);

#endif
