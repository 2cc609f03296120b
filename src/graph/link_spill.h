/* Event facts kept on disk while a streamed build runs, so that linking the events of
 * a corpus needs the memory of one bucket of them, not of the whole corpus.  The facts
 * of each event go into one of a fixed number of anonymous temporary files, chosen by
 * the event's day: events of one day, the only ones that may be one meeting, always
 * meet in one bucket, which is read back and linked on its own. */
#ifndef NKG_LINK_SPILL_H
#define NKG_LINK_SPILL_H
#include <stdio.h>

#include "graph_internal.h"

enum { NKG_SPILL_BUCKETS = 64 };

typedef struct {
  FILE *bucket[NKG_SPILL_BUCKETS]; /* NULL until the first event of the bucket */
  int failed;                      /* a temporary file could not be made, written or read */
  int error;                       /* errno of the first failure */
} nkg_spill;

/* The terms of one event as the spill writes and reads them; NULL: no such fact. */
typedef struct {
  const nkg_term *node, *kind, *date, *city, *host, *label;
  int scheduled;
  const nkg_term *const *attendees, *const *docs;
  size_t nattendees, ndocs;
} nkg_spilled_event;

/* The bucket of an event of this day (the text of its xsd:date). */
size_t nkg_spill_bucket_of(const char *day);
/* Appends the event to its bucket; on failure sets spill->failed and returns -1. */
int nkg_spill_put(nkg_spill *spill, size_t bucket, const nkg_spilled_event *event);

/* Reading a bucket back: a bucket's events one by one. */
typedef void (*nkg_spill_reader)(void *ctx, const nkg_spilled_event *event);
/* Calls `read` for every event of the bucket, in the order they were put; 0, or -1 (and
 * spill->failed) when the file cannot be read back whole. */
int nkg_spill_read(nkg_spill *spill, size_t bucket, nkg_spill_reader read, void *ctx);

void nkg_spill_close(nkg_spill *spill);

#endif
