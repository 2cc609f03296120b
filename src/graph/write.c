/* Writing a whole graph, sorted, so that the same facts always give the same bytes:
 * the quads go to raptor's serializer in the order of their terms' text, each distinct
 * term made once (serializer.c). */
#include <stdlib.h>
#include <string.h>

#include "graph_internal.h"
#include "serializer.h"

/* --- sorted order --- */

static int term_before(const nkg_term *x, const nkg_term *y) {
  if (x->kind != y->kind) return x->kind < y->kind;
  int c = strcmp(x->value, y->value);
  if (!c) c = strcmp(x->lang ? x->lang : "", y->lang ? y->lang : "");
  if (!c) c = strcmp(x->datatype ? x->datatype : "", y->datatype ? y->datatype : "");
  return c < 0;
}

typedef struct {
  uint32_t rank[4]; /* subject, predicate, object, graph (0: none) */
  uint32_t quad;
} sort_row;

static int row_before(const sort_row *x, const sort_row *y) {
  for (int k = 0; k < 4; k++)
    if (x->rank[k] != y->rank[k]) return x->rank[k] < y->rank[k];
  return 0;
}

/* Merge sorts with the comparison inlined: a document's graph is small and written
 * as soon as it is extracted, and qsort's calls through a pointer cost more than the
 * comparisons.  `tmp` has room for n items. */
#define DEFINE_MERGE_SORT(name, type, before)                                    \
  static void name(type *a, type *tmp, size_t n) {                             \
    if (n < 16) {                                                              \
      for (size_t i = 1; i < n; i++) {                                         \
        type x = a[i];                                                         \
        size_t j = i;                                                          \
        for (; j > 0 && before(x, a[j - 1]); j--) a[j] = a[j - 1];             \
        a[j] = x;                                                              \
      }                                                                        \
      return;                                                                  \
    }                                                                          \
    size_t half = n / 2;                                                       \
    name(a, tmp, half);                                                        \
    name(a + half, tmp, n - half);                                             \
    size_t i = 0, j = half, k = 0;                                             \
    while (i < half && j < n) tmp[k++] = before(a[j], a[i]) ? a[j++] : a[i++]; \
    while (i < half) tmp[k++] = a[i++];                                        \
    memcpy(a, tmp, k * sizeof *a);                                             \
  }

#define TERM_BEFORE(x, y) term_before(x, y)
#define ROW_BEFORE(x, y) row_before(&(x), &(y))
DEFINE_MERGE_SORT(sort_terms, const nkg_term *, TERM_BEFORE)
DEFINE_MERGE_SORT(sort_rows, sort_row, ROW_BEFORE)

/* The graph's quads in the order of their terms' text: terms are sorted once, and the
 * quads then by the terms' ranks, so no string is compared per quad.  Returns a
 * malloc'd array of quad indexes, or NULL when out of memory. */
static uint32_t *sorted_quads(const nkg_graph *g) {
  size_t nt = g->terms.count, nq = g->triples.count;
  const nkg_term **by_text = malloc((nt ? nt : 1) * sizeof *by_text);
  const nkg_term **term_tmp = malloc((nt ? nt : 1) * sizeof *term_tmp);
  uint32_t *rank = malloc((nt ? nt : 1) * sizeof *rank);
  sort_row *rows = malloc((nq ? nq : 1) * sizeof *rows);
  sort_row *row_tmp = malloc((nq ? nq : 1) * sizeof *row_tmp);
  uint32_t *order = malloc((nq ? nq : 1) * sizeof *order);
  if (!by_text || !term_tmp || !rank || !rows || !row_tmp || !order) {
    free(order);
    order = NULL;
    goto done;
  }
  const nkg_term *first = g->terms.items;
  for (size_t i = 0; i < nt; i++) by_text[i] = first + i;
  sort_terms(by_text, term_tmp, nt);
  for (size_t i = 0; i < nt; i++) rank[by_text[i] - first] = (uint32_t)i + 1;
  for (size_t i = 0; i < nq; i++) {
    const nkg_term_id *q = nkg_vec_at(&g->triples, i);
    for (int k = 0; k < 4; k++) rows[i].rank[k] = q[k] == NKG_NO_GRAPH ? 0 : rank[q[k]];
    rows[i].quad = (uint32_t)i;
  }
  sort_rows(rows, row_tmp, nq);
  for (size_t i = 0; i < nq; i++) order[i] = rows[i].quad;
done:
  free(by_text);
  free(term_tmp);
  free(rank);
  free(rows);
  free(row_tmp);
  return order;
}

static const nkg_term_id *quad_at(const nkg_graph *g, uint32_t i) { return nkg_vec_at(&g->triples, i); }

/* Outside N-Quads a triple told by several documents is written once; sorted, its
 * copies are neighbours. */
static int repeats_previous(const nkg_graph *g, const uint32_t *order, size_t i) {
  return i > 0 && !memcmp(quad_at(g, order[i]), quad_at(g, order[i - 1]), 3 * sizeof(nkg_term_id));
}

/* raptor's name for each syntax */
static const char *syntax_name(nkg_format format) {
  switch (format) {
  case NKG_FORMAT_TURTLE:
    return "turtle";
  case NKG_FORMAT_NTRIPLES:
    return "ntriples";
  case NKG_FORMAT_NQUADS:
    return "nquads";
  case NKG_FORMAT_RDFXML:
    return "rdfxml-abbrev";
  case NKG_FORMAT_RDFJSON:
    return "json";
  }
  return NULL;
}

nkg_status nkg_graph_write(const nkg_graph *g, nkg_format format, FILE *out) {
  int quads = format == NKG_FORMAT_NQUADS;
  uint32_t *order = sorted_quads(g);
  nkg_terms terms = {0};
  if (!order || nkg_terms_init(&terms, g) != NKG_OK) {
    free(order);
    return NKG_ERR_NOMEM;
  }
  nkg_serializer *s = nkg_serializer_new(syntax_name(format), g->base, out);
  nkg_status status = s ? NKG_OK : NKG_ERR_RDF;
  for (size_t i = 0; i < g->triples.count && status == NKG_OK; i++)
    if (quads || !repeats_previous(g, order, i)) status = nkg_serializer_quad(s, &terms, g, quad_at(g, order[i]), quads);
  if (s) {
    nkg_status end = nkg_serializer_finish(s);
    if (status == NKG_OK) status = end;
  }
  nkg_terms_release(&terms); /* before the serializer: the terms belong to its raptor world */
  nkg_serializer_free(s);
  free(order);
  return status;
}
