/* Streaming N-Triples and N-Quads: each document's graph goes to raptor's serializer as
 * soon as it is extracted, in the order extraction made its statements (the same on
 * every run and thread: sorting them cost as much as writing them).  raptor's
 * N-Triples and N-Quads serializers write each statement as they are given it, so
 * memory does not grow with the corpus. */
#include <stdlib.h>
#include <string.h>

#include "graph_internal.h"
#include "serializer.h"

#define SEEN_SLOTS (1u << 20) /* 8 MiB of fingerprints: what N-Triples remembers having written */

struct nkg_writer {
  nkg_serializer *ser;
  int quads;
  uint64_t *seen; /* open addressing; cleared when half full, so memory stays bounded */
  size_t nseen, count;
  nkg_status status; /* the first failure; nothing is written after it */
};

nkg_writer *nkg_writer_new(nkg_format format, FILE *out) {
  if (format != NKG_FORMAT_NTRIPLES && format != NKG_FORMAT_NQUADS) return NULL;
  nkg_writer *w = calloc(1, sizeof *w);
  if (!w) return NULL;
  w->quads = format == NKG_FORMAT_NQUADS;
  /* N-Triples and N-Quads write every IRI whole: the base only names prefixes */
  w->ser = nkg_serializer_new(w->quads ? "nquads" : "ntriples", NULL, out);
  if (!w->quads) w->seen = calloc(SEEN_SLOTS, sizeof *w->seen);
  if (!w->ser || (!w->quads && !w->seen)) {
    nkg_writer_free(w);
    return NULL;
  }
  return w;
}

/* A triple's fingerprint from its terms' (order matters). */
static uint64_t triple_fingerprint(const uint64_t *term_prints, const nkg_term_id *q) {
  uint64_t parts[3] = {term_prints[q[0]], term_prints[q[1]], term_prints[q[2]]};
  uint64_t h = nkg_hash_fast64(parts, sizeof parts);
  return h ? h : 1;
}

/* Whether a fingerprint was written lately; remembers it if not. */
static int seen_before(nkg_writer *w, uint64_t h) {
  if (w->nseen * 2 >= SEEN_SLOTS) {
    memset(w->seen, 0, SEEN_SLOTS * sizeof *w->seen);
    w->nseen = 0;
  }
  for (size_t i = (size_t)(h & (SEEN_SLOTS - 1));; i = (i + 1) & (SEEN_SLOTS - 1)) {
    if (w->seen[i] == h) return 1;
    if (!w->seen[i]) {
      w->seen[i] = h;
      w->nseen++;
      return 0;
    }
  }
}

nkg_status nkg_writer_add(nkg_writer *w, const nkg_graph *g) {
  if (w->status != NKG_OK) return w->status;
  size_t nt = g->terms.count ? g->terms.count : 1;
  uint64_t *prints = w->quads ? NULL : malloc(nt * sizeof *prints);
  nkg_terms terms = {0};
  if ((!w->quads && !prints) || nkg_terms_init(&terms, g) != NKG_OK) {
    free(prints);
    return w->status = NKG_ERR_NOMEM;
  }
  size_t nq = g->triples.count;
  uint64_t *triple_prints = w->quads ? NULL : malloc((nq ? nq : 1) * sizeof *triple_prints);
  if (!w->quads && !triple_prints) {
    free(prints);
    nkg_terms_release(&terms);
    return w->status = NKG_ERR_NOMEM;
  }
  if (prints) {
    for (size_t t = 0; t < g->terms.count; t++) prints[t] = ((const nkg_term *)nkg_vec_at(&g->terms, t))->print; /* made with the term */
    /* the table is far larger than the caches: every slot is asked for first, so that
     * the misses overlap instead of coming one after another */
    for (size_t i = 0; i < nq; i++) {
      triple_prints[i] = triple_fingerprint(prints, nkg_vec_at(&g->triples, i));
      __builtin_prefetch(&w->seen[triple_prints[i] & (SEEN_SLOTS - 1)]);
    }
  }
  for (size_t i = 0; i < nq && w->status == NKG_OK; i++) {
    const nkg_term_id *q = nkg_vec_at(&g->triples, i);
    /* a document's graph holds each triple once (no named graphs in N-Triples) */
    if (!w->quads && seen_before(w, triple_prints[i])) continue;
    w->status = nkg_serializer_quad(w->ser, &terms, g, q, w->quads);
    if (w->status == NKG_OK) w->count++;
  }
  free(prints);
  free(triple_prints);
  nkg_terms_release(&terms);
  return w->status;
}

nkg_status nkg_writer_finish(nkg_writer *w) {
  nkg_status end = nkg_serializer_finish(w->ser);
  return w->status != NKG_OK ? w->status : end;
}

size_t nkg_writer_count(const nkg_writer *w) { return w->count; }

void nkg_writer_free(nkg_writer *w) {
  if (!w) return;
  nkg_serializer_free(w->ser);
  free(w->seen);
  free(w);
}
