#include "run.h"

#include <pthread.h>
#include <stdlib.h>

typedef struct {
  const nkg_path_list *paths;
  const nkg_run_options *opt;
  pthread_mutex_t lock; /* guards next, the counters and the diagnostics callback */
  size_t next, ok, failed, statements;
} job;

typedef struct {
  job *job;
  nkg_graph *graph;
} worker;

static void locked_diag(void *ctx, nkg_diag_level level, const char *file, const char *message) {
  job *j = ctx;
  pthread_mutex_lock(&j->lock);
  if (j->opt->diag) j->opt->diag(j->opt->diag_ctx, level, file, message);
  pthread_mutex_unlock(&j->lock);
}

static void *work(void *arg) {
  worker *w = arg;
  job *j = w->job;
  for (;;) {
    pthread_mutex_lock(&j->lock);
    size_t i = j->next++;
    pthread_mutex_unlock(&j->lock);
    if (i >= j->paths->count) break;
    const char *path = j->paths->items[i];
    char *text = NULL;
    size_t len = 0, before = nkg_graph_size(w->graph);
    int good = nkg_read_document(path, j->opt->encoding, &text, &len, locked_diag, j) == NKG_OK &&
               nkg_extract(j->opt->lex, path, text, len, w->graph, locked_diag, j) == NKG_OK;
    free(text);
    pthread_mutex_lock(&j->lock);
    if (good)
      j->ok++;
    else
      j->failed++;
    j->statements += nkg_graph_size(w->graph) - before;
    if (j->opt->progress) j->opt->progress(j->opt->progress_ctx, j->ok + j->failed, j->paths->count, j->statements);
    pthread_mutex_unlock(&j->lock);
  }
  nkg_release_thread_state();
  return NULL;
}

nkg_graph *nkg_run(const nkg_path_list *paths, const nkg_run_options *opt, size_t *ok, size_t *failed) {
  job j = {.paths = paths, .opt = opt};
  pthread_mutex_init(&j.lock, NULL);
  int n = opt->threads < 1 ? 1 : opt->threads;
  if ((size_t)n > paths->count && paths->count > 0) n = (int)paths->count;
  worker *workers = calloc((size_t)n, sizeof *workers);
  pthread_t *tids = calloc((size_t)n, sizeof *tids);
  nkg_graph *result = nkg_graph_new(opt->base);
  for (int t = 0; t < n; t++) {
    workers[t].job = &j;
    workers[t].graph = t == 0 ? result : nkg_graph_new(opt->base);
    nkg_graph_set_provenance(workers[t].graph, opt->provenance);
  }
  if (n == 1) {
    work(&workers[0]);
  } else {
    int started = 0;
    for (int t = 0; t < n; t++)
      if (pthread_create(&tids[t], NULL, work, &workers[t]) == 0) started++;
      else tids[t] = 0;
    if (!started) work(&workers[0]); /* no threads to be had: do it here */
    for (int t = 0; t < n; t++)
      if (tids[t]) pthread_join(tids[t], NULL);
  }
  /* the output is sorted, so the order of this union does not show in it */
  for (int t = 1; t < n; t++) {
    nkg_graph_merge(result, workers[t].graph);
    nkg_graph_free(workers[t].graph);
  }
  *ok = j.ok;
  *failed = j.failed;
  pthread_mutex_destroy(&j.lock);
  free(workers);
  free(tids);
  return result;
}
