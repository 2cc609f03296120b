/* The progress line of `build` on a terminal: documents read, statements, rate and time
 * left while documents are read, then the phases that follow (linking the events,
 * writing the graph), each shown as it starts, so that the line never says "0 s left"
 * while work remains and its last statement count is the summary's. */
#ifndef NKG_CLI_PROGRESS_H
#define NKG_CLI_PROGRESS_H
#include <stddef.h>
#include <time.h>

typedef struct {
  int on;    /* standard error is a terminal and not --quiet */
  int shown; /* a progress line is on screen */
  struct timespec start, last;
} nkg_progress;

/* Starts the clock; the line is drawn only when `on`. */
void nkg_progress_start(nkg_progress *p, int on);
/* After each document (nkg_run's callback): redrawn at most five times a second, and
 * for the last document. */
void nkg_progress_documents(void *progress, size_t done, size_t total, size_t statements);
/* A phase after the documents: "5000/5000 documents read, 45678 statements; PHASE". */
void nkg_progress_phase(nkg_progress *p, size_t total, size_t statements, const char *phase);
/* Removes the line (before a message, or the summary). */
void nkg_progress_clear(nkg_progress *p);
/* Seconds since the start. */
double nkg_progress_elapsed(const nkg_progress *p);

#endif
