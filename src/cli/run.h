/* Running extraction over a list of documents on one or more threads. */
#ifndef NKG_CLI_RUN_H
#define NKG_CLI_RUN_H
#include <stddef.h>

#include "newskg.h"
#include "paths.h"

typedef struct {
  const nkg_lexicon *lex;
  const char *encoding; /* NULL: detect */
  const char *base;     /* NULL: the default */
  int threads;          /* 1 or more */
  int provenance;       /* NIF annotations */
  int named_graphs;     /* keep each document's statements in its own graph (N-Quads) */
  const char *date;     /* every document's date, known from outside, or NULL */
  nkg_diag_fn diag;     /* called under a lock: it need not be thread-safe */
  void *diag_ctx;
  /* after each document, under the lock: documents done of total, statements so far */
  void (*progress)(void *ctx, size_t done, size_t total, size_t statements);
  void *progress_ctx;
  nkg_writer *writer; /* N-Triples, N-Quads: stream each document as it is ready */
} nkg_run_options;

/* Reads and extracts every document of `paths`: into one graph, returned (the caller
 * frees it), or, with a writer, streamed to it document by document (NULL returned;
 * the writer's status in *write_status).  The output does not depend on the number of
 * threads.  Counts the documents read and those that failed. */
nkg_graph *nkg_run(const nkg_path_list *paths, const nkg_run_options *opt, size_t *ok, size_t *failed,
                   nkg_status *write_status);

#endif
