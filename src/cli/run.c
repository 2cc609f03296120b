#include "run.h"

#include <errno.h>
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* Work is handed out document by document.  Whole-graph formats collect each thread's
 * documents in a private graph and merge them at the end (the output is sorted, so the
 * union's order does not show).  Streaming formats extract each document into a graph
 * of its own, which this thread writes in input order as soon as it is ready; workers
 * stay at most WINDOW documents ahead, so memory does not grow with the corpus.  With
 * one thread, there is no other: each document is written as soon as it is extracted
 * (handing it to a writer thread cost more than writing it). */

enum { WINDOW_PER_THREAD = 16 };

typedef struct {
  nkg_graph *graph; /* streaming: the document's graph, until written */
  int ready;
} slot;

typedef struct {
  const nkg_path_list *paths;
  const nkg_run_options *opt;
  pthread_mutex_t lock; /* guards everything below and the diagnostics callback */
  pthread_cond_t changed;
  size_t next, written, ok, failed, statements, window;
  slot *slots;      /* streaming only */
  int write_inline; /* streaming on one thread: the worker writes */
  nkg_status write_status;
} job;

typedef struct {
  job *job;
  nkg_graph *graph; /* whole-graph formats: this thread's documents */
} worker;

static void locked_diag(void *ctx, nkg_diag_level level, const char *file, const char *message) {
  job *j = ctx;
  pthread_mutex_lock(&j->lock);
  if (j->opt->diag) j->opt->diag(j->opt->diag_ctx, level, file, message);
  pthread_mutex_unlock(&j->lock);
}

/* Called with the lock held. */
static void count_document(job *j, int good, size_t statements) {
  if (good)
    j->ok++;
  else
    j->failed++;
  j->statements += statements;
  if (j->opt->progress) j->opt->progress(j->opt->progress_ctx, j->ok + j->failed, j->paths->count, j->statements);
}

/* Streaming: writes document i's graph and frees it.  Called in input order. */
static void write_document(job *j, size_t i, nkg_graph *g, int good) {
  size_t before = nkg_writer_count(j->opt->writer);
  if (j->opt->links) nkg_event_links_collect(j->opt->links, g);
  if (j->write_status == NKG_OK) j->write_status = nkg_writer_add(j->opt->writer, g);
  nkg_graph_free(g);
  pthread_mutex_lock(&j->lock);
  j->written = i + 1;
  count_document(j, good, nkg_writer_count(j->opt->writer) - before);
  pthread_cond_broadcast(&j->changed);
  pthread_mutex_unlock(&j->lock);
}

static void *work(void *arg) {
  worker *w = arg;
  job *j = w->job;
  int streaming = j->slots != NULL;
  for (;;) {
    pthread_mutex_lock(&j->lock);
    while (streaming && j->next < j->paths->count && j->next >= j->written + j->window)
      pthread_cond_wait(&j->changed, &j->lock);
    size_t i = j->next++;
    pthread_mutex_unlock(&j->lock);
    if (i >= j->paths->count) break;
    char *path = nkg_path_at(j->paths, i), *name = nkg_path_name_at(j->paths, i);
    nkg_graph *g = streaming ? nkg_graph_new(j->opt->base) : w->graph;
    if (streaming) {
      nkg_graph_set_provenance(g, j->opt->provenance);
      nkg_graph_set_named_graphs(g, j->opt->named_graphs);
      nkg_graph_set_document_date(g, j->opt->date);
    }
    char *text = NULL;
    size_t len = 0, before = nkg_graph_size(g);
    int good = nkg_read_document_at_most(path, j->opt->encoding, j->opt->max_document_size, &text, &len, locked_diag,
                                         j) == NKG_OK &&
               nkg_extract(j->opt->lex, name, text, len, g, locked_diag, j) == NKG_OK;
    free(text);
    free(path);
    free(name);
    if (j->write_inline) {
      write_document(j, i, g, good);
      continue;
    }
    pthread_mutex_lock(&j->lock);
    if (streaming) {
      j->slots[i % j->window].graph = g;
      j->slots[i % j->window].ready = good ? 1 : 2;
      pthread_cond_broadcast(&j->changed);
    } else {
      count_document(j, good, nkg_graph_size(g) - before);
    }
    pthread_mutex_unlock(&j->lock);
  }
  nkg_release_thread_state();
  return NULL;
}

/* Streaming: write the documents' graphs in input order as they become ready. */
static void write_in_order(job *j) {
  for (size_t i = 0; i < j->paths->count; i++) {
    pthread_mutex_lock(&j->lock);
    slot *s = &j->slots[i % j->window];
    while (!s->ready) pthread_cond_wait(&j->changed, &j->lock);
    nkg_graph *g = s->graph;
    int good = s->ready == 1;
    *s = (slot){0}; /* free for document i + window */
    pthread_mutex_unlock(&j->lock);
    write_document(j, i, g, good);
  }
}

int nkg_parse_size(const char *text, size_t *out) {
  char *end = NULL;
  errno = 0;
  unsigned long long v = strtoull(text, &end, 10);
  if (end == text || errno || text[0] == '-') return 0;
  unsigned shift = 0;
  if (*end) {
    const char *units = "KMG", *u = strchr(units, end[0] & ~0x20);
    if (!u || !end[0] || (end[1] && strcmp(end + 1, "iB") && strcmp(end + 1, "B"))) return 0;
    shift = 10u * (unsigned)(u - units + 1);
  }
  if (v > (SIZE_MAX >> shift)) return 0;
  *out = (size_t)v << shift;
  return 1;
}

nkg_graph *nkg_run(const nkg_path_list *paths, const nkg_run_options *opt, size_t *ok, size_t *failed,
                   nkg_status *write_status) {
  job j = {.paths = paths, .opt = opt};
  pthread_mutex_init(&j.lock, NULL);
  pthread_cond_init(&j.changed, NULL);
  int n = opt->threads < 1 ? 1 : opt->threads;
  if ((size_t)n > paths->count && paths->count > 0) n = (int)paths->count;
  int streaming = opt->writer != NULL;
  j.window = (size_t)n * WINDOW_PER_THREAD;
  /* a ring: the workers stay at most `window` documents ahead of the writer */
  if (streaming) j.slots = calloc(j.window, sizeof *j.slots);
  worker *workers = calloc((size_t)n, sizeof *workers);
  pthread_t *tids = calloc((size_t)n, sizeof *tids);
  nkg_graph *result = streaming ? NULL : nkg_graph_new(opt->base);
  for (int t = 0; t < n; t++) {
    workers[t].job = &j;
    if (!streaming) {
      workers[t].graph = t == 0 ? result : nkg_graph_new(opt->base);
      nkg_graph_set_provenance(workers[t].graph, opt->provenance);
      nkg_graph_set_named_graphs(workers[t].graph, opt->named_graphs);
      nkg_graph_set_document_date(workers[t].graph, opt->date);
    }
  }
  if (n == 1) {
    j.write_inline = streaming;
    work(&workers[0]);
  } else {
    /* streaming writes from this thread, so the extraction runs on others */
    for (int t = 0; t < n; t++)
      if (pthread_create(&tids[t], NULL, work, &workers[t]) != 0) tids[t] = 0;
    int started = 0;
    for (int t = 0; t < n; t++) started += tids[t] != 0;
    if (!started) { /* no threads to be had: do it all here */
      j.write_inline = streaming;
      work(&workers[0]);
    } else if (streaming) {
      write_in_order(&j);
    }
    for (int t = 0; t < n; t++)
      if (tids[t]) pthread_join(tids[t], NULL);
  }
  for (int t = 1; t < n && !streaming; t++) {
    nkg_graph_merge(result, workers[t].graph);
    nkg_graph_free(workers[t].graph);
  }
  *ok = j.ok;
  *failed = j.failed;
  *write_status = j.write_status;
  pthread_cond_destroy(&j.changed);
  pthread_mutex_destroy(&j.lock);
  free(j.slots);
  free(workers);
  free(tids);
  return result;
}
