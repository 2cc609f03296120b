#include "progress.h"

#include <stdio.h>

static double seconds_between(struct timespec a, struct timespec b) {
  return (double)(b.tv_sec - a.tv_sec) + (double)(b.tv_nsec - a.tv_nsec) / 1e9;
}

void nkg_progress_start(nkg_progress *p, int on) {
  p->on = on;
  p->shown = 0;
  clock_gettime(CLOCK_MONOTONIC, &p->start);
  p->last = p->start;
}

double nkg_progress_elapsed(const nkg_progress *p) {
  struct timespec now;
  clock_gettime(CLOCK_MONOTONIC, &now);
  return seconds_between(p->start, now);
}

void nkg_progress_clear(nkg_progress *p) {
  if (p->shown) fputs("\r\033[K", stderr);
  p->shown = 0;
}

/* "1234/5000 documents, 45678 statements, 850 documents/s, reading: 4 s left".  The time
 * left is the reading's: what follows is announced as its own phase. */
void nkg_progress_documents(void *progress, size_t done, size_t total, size_t statements) {
  nkg_progress *p = progress;
  if (!p->on) return;
  struct timespec now;
  clock_gettime(CLOCK_MONOTONIC, &now);
  if (done < total && seconds_between(p->last, now) < 0.2) return;
  p->last = now;
  double elapsed = seconds_between(p->start, now), rate = elapsed > 0 ? (double)done / elapsed : 0;
  fprintf(stderr, "\r\033[K%zu/%zu documents, %zu statements, %.0f documents/s", done, total, statements, rate);
  if (done < total && rate > 0) fprintf(stderr, ", reading: %.0f s left", (double)(total - done) / rate);
  p->shown = 1;
}

void nkg_progress_phase(nkg_progress *p, size_t total, size_t statements, const char *phase) {
  if (!p->on) return;
  fprintf(stderr, "\r\033[K%zu/%zu documents, %zu statements; %s", total, total, statements, phase);
  clock_gettime(CLOCK_MONOTONIC, &p->last);
  p->shown = 1;
}
