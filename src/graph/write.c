/* Writing a graph, sorted, so that the same facts always give the same bytes.
 *
 * N-Triples, N-Quads and Turtle are written here: the quads are sorted by subject, so
 * Turtle's grouping by subject and predicate is a single pass, and each distinct term
 * is rendered once.  raptor's own Turtle serializer builds a tree of the whole graph
 * before it writes a byte and looks up prefixes for every term, which cost more than
 * extracting the graph did.  RDF/XML and RDF/JSON go through raptor's serializers. */
#include <raptor2.h>
#include <stdlib.h>
#include <string.h>

#include "graph_internal.h"
#include "render.h"

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

static const nkg_term *term_at(const nkg_graph *g, nkg_term_id id) { return nkg_vec_at(&g->terms, id); }
static const nkg_term_id *quad_at(const nkg_graph *g, uint32_t i) { return nkg_vec_at(&g->triples, i); }

/* Outside N-Quads a triple told by several documents is written once; sorted, its
 * copies are neighbours. */
static int repeats_previous(const nkg_graph *g, const uint32_t *order, size_t i) {
  return i > 0 && !memcmp(quad_at(g, order[i]), quad_at(g, order[i - 1]), 3 * sizeof(nkg_term_id));
}

/* --- N-Triples and N-Quads --- */

static void write_quad(nkg_out *o, const nkg_graph *g, const nkg_term_id *q, int with_graph) {
  for (int k = 0; k < 3; k++) {
    nkg_render_ntriples(o, term_at(g, q[k]));
    nkg_out_write(o, " ", 1);
  }
  if (with_graph && q[3] != NKG_NO_GRAPH) {
    nkg_render_ntriples(o, term_at(g, q[3]));
    nkg_out_write(o, " ", 1);
  }
  nkg_out_write(o, ".\n", 2);
}

/* --- Turtle --- */

static nkg_status write_turtle(const nkg_graph *g, const uint32_t *order, nkg_out *o) {
  nkg_turtle_renderer *r = nkg_turtle_renderer_new(g->base);
  const char **shown = calloc(g->terms.count ? g->terms.count : 1, sizeof *shown);
  if (!r || !shown) {
    nkg_turtle_renderer_free(r);
    free(shown);
    return NKG_ERR_NOMEM;
  }
  nkg_arena text;
  nkg_arena_init(&text, 256 * 1024);
  nkg_status status = NKG_OK;
  nkg_turtle_prefixes(r, o);
  const nkg_term_id *prev = NULL;
  for (size_t i = 0; i < g->triples.count && status == NKG_OK; i++) {
    if (repeats_previous(g, order, i)) continue;
    const nkg_term_id *q = quad_at(g, order[i]);
    for (int k = 0; k < 3 && status == NKG_OK; k++)
      if (!shown[q[k]] && !(shown[q[k]] = nkg_turtle_term(r, term_at(g, q[k]), &text))) status = NKG_ERR_NOMEM;
    if (status != NKG_OK) break;
    const char *predicate = strcmp(term_at(g, q[1])->value, NKG_NS_RDF "type") ? shown[q[1]] : "a";
    if (!prev || prev[0] != q[0]) {
      if (prev) nkg_out_puts(o, " .\n\n");
      nkg_out_puts(o, shown[q[0]]);
      nkg_out_puts(o, "\n    ");
      nkg_out_puts(o, predicate);
    } else if (prev[1] != q[1]) {
      nkg_out_puts(o, " ;\n    ");
      nkg_out_puts(o, predicate);
    } else {
      nkg_out_write(o, ",", 1);
    }
    nkg_out_write(o, " ", 1);
    nkg_out_puts(o, shown[q[2]]);
    prev = q;
  }
  if (prev) nkg_out_puts(o, " .\n\n");
  nkg_arena_free(&text);
  free(shown);
  nkg_turtle_renderer_free(r);
  return status;
}

/* --- RDF/XML and RDF/JSON, through raptor's serializers --- */

static raptor_term *to_raptor(raptor_world *w, const nkg_term *t) {
  if (t->kind == NKG_TERM_IRI) return raptor_new_term_from_uri_string(w, (const unsigned char *)t->value);
  raptor_uri *dt = t->datatype ? raptor_new_uri(w, (const unsigned char *)t->datatype) : NULL;
  raptor_term *term = raptor_new_term_from_literal(w, (const unsigned char *)t->value, dt,
                                                   (const unsigned char *)t->lang);
  if (dt) raptor_free_uri(dt);
  return term;
}

static void declare_prefixes(raptor_world *w, raptor_serializer *ser, const char *base) {
  for (size_t i = 0; i < nkg_nprefixes; i++) {
    raptor_uri *u = raptor_new_uri(w, (const unsigned char *)(nkg_prefixes[i].ns ? nkg_prefixes[i].ns : base));
    raptor_serializer_set_namespace(ser, u, (const unsigned char *)nkg_prefixes[i].prefix);
    raptor_free_uri(u);
  }
  for (size_t i = 0; i < nkg_nkind_prefixes; i++) {
    char ns[1024];
    snprintf(ns, sizeof ns, "%s%s/", base, nkg_kind_prefixes[i].ns);
    raptor_uri *u = raptor_new_uri(w, (const unsigned char *)ns);
    raptor_serializer_set_namespace(ser, u, (const unsigned char *)nkg_kind_prefixes[i].prefix);
    raptor_free_uri(u);
  }
}

static int out_write_bytes(void *ctx, const void *ptr, size_t size, size_t nmemb) {
  nkg_out_write(ctx, ptr, size * nmemb);
  return ((nkg_out *)ctx)->failed ? -1 : (int)nmemb;
}

static int out_write_byte(void *ctx, const int byte) {
  char c = (char)byte;
  nkg_out_write(ctx, &c, 1);
  return ((nkg_out *)ctx)->failed ? 1 : 0;
}

static const raptor_iostream_handler out_handler = {
    .version = 2, .write_byte = out_write_byte, .write_bytes = out_write_bytes};

static nkg_status write_with_raptor(const nkg_graph *g, const uint32_t *order, const char *syntax, nkg_out *o) {
  raptor_world *w = raptor_new_world();
  raptor_serializer *ser = w ? raptor_new_serializer(w, syntax) : NULL;
  raptor_iostream *stream = ser ? raptor_new_iostream_from_handler(w, o, &out_handler) : NULL;
  nkg_status status = NKG_OK;
  if (!stream) {
    status = NKG_ERR_RDF;
    goto done;
  }
  declare_prefixes(w, ser, g->base);
  if (raptor_serializer_start_to_iostream(ser, NULL, stream)) {
    status = NKG_ERR_RDF;
    goto done;
  }
  for (size_t i = 0; i < g->triples.count; i++) {
    if (repeats_previous(g, order, i)) continue;
    const nkg_term_id *q = quad_at(g, order[i]);
    raptor_statement st;
    raptor_statement_init(&st, w);
    st.subject = to_raptor(w, term_at(g, q[0]));
    st.predicate = to_raptor(w, term_at(g, q[1]));
    st.object = to_raptor(w, term_at(g, q[2]));
    if (raptor_serializer_serialize_statement(ser, &st)) status = NKG_ERR_RDF;
    raptor_statement_clear(&st);
  }
  if (raptor_serializer_serialize_end(ser)) status = NKG_ERR_RDF;
done:
  if (stream) raptor_free_iostream(stream);
  if (ser) raptor_free_serializer(ser);
  if (w) raptor_free_world(w);
  return status;
}

/* --- the whole graph --- */

nkg_status nkg_graph_write(const nkg_graph *g, nkg_format format, FILE *out) {
  uint32_t *order = sorted_quads(g);
  nkg_out *o = malloc(sizeof *o);
  if (o) nkg_out_init(o, out);
  if (!order || !o || o->failed) {
    free(order);
    if (o) nkg_out_release(o);
    free(o);
    return NKG_ERR_NOMEM;
  }
  nkg_status status = NKG_OK;
  switch (format) {
  case NKG_FORMAT_TURTLE:
    status = write_turtle(g, order, o);
    break;
  case NKG_FORMAT_NTRIPLES:
  case NKG_FORMAT_NQUADS:
    for (size_t i = 0; i < g->triples.count; i++)
      if (format == NKG_FORMAT_NQUADS || !repeats_previous(g, order, i))
        write_quad(o, g, quad_at(g, order[i]), format == NKG_FORMAT_NQUADS);
    break;
  case NKG_FORMAT_RDFXML:
    status = write_with_raptor(g, order, "rdfxml-abbrev", o);
    break;
  case NKG_FORMAT_RDFJSON:
    status = write_with_raptor(g, order, "json", o);
    break;
  }
  if (nkg_out_flush(o) != 0 || fflush(out) != 0 || ferror(out)) status = NKG_ERR_IO;
  nkg_out_release(o);
  free(o);
  free(order);
  return status;
}

/* --- streaming --- */

#define SEEN_SLOTS (1u << 20) /* 8 MiB of fingerprints: what N-Triples remembers having written */

struct nkg_writer {
  nkg_out out;
  nkg_out terms; /* the current document's terms in N-Triples form, each rendered once */
  int quads;
  uint64_t *seen; /* open addressing; cleared when half full, so memory stays bounded */
  size_t nseen, count;
};

nkg_writer *nkg_writer_new(nkg_format format, FILE *out) {
  if (format != NKG_FORMAT_NTRIPLES && format != NKG_FORMAT_NQUADS) return NULL;
  nkg_writer *w = calloc(1, sizeof *w);
  if (!w) return NULL;
  nkg_out_init(&w->out, out);
  nkg_out_init(&w->terms, NULL);
  w->quads = format == NKG_FORMAT_NQUADS;
  if (!w->quads) w->seen = calloc(SEEN_SLOTS, sizeof *w->seen);
  if (w->out.failed || w->terms.failed || (!w->quads && !w->seen)) {
    nkg_writer_free(w);
    return NULL;
  }
  return w;
}

/* A 64-bit fingerprint of a term: its text, language and datatype. */
static uint64_t term_fingerprint(const nkg_term *t) {
  uint64_t h = nkg_hash_fast64(t->value, strlen(t->value)) ^ (uint64_t)t->kind;
  if (t->lang) h = (h * 0x9E3779B97F4A7C15ull) ^ nkg_hash_fast64(t->lang, strlen(t->lang)) ^ 1;
  if (t->datatype) h = (h * 0x9E3779B97F4A7C15ull) ^ nkg_hash_fast64(t->datatype, strlen(t->datatype)) ^ 2;
  return h;
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

/* A term of the current document in N-Triples form, rendered on first use; `at` holds
 * each term's offset in w->terms plus one (0: not yet) and `len` its length. */
static void put_term(nkg_writer *w, const nkg_graph *g, nkg_term_id id, size_t *at, uint32_t *len) {
  if (!at[id]) {
    size_t from = w->terms.used;
    nkg_render_ntriples(&w->terms, term_at(g, id));
    at[id] = from + 1;
    len[id] = (uint32_t)(w->terms.used - from);
  }
  nkg_out_write(&w->out, w->terms.buf + at[id] - 1, len[id]);
  nkg_out_write(&w->out, " ", 1);
}

/* A document's statements go out in the order extraction made them (entity by
 * entity), which is the same on every run and thread: sorting them cost as much as
 * writing them. */
nkg_status nkg_writer_add(nkg_writer *w, const nkg_graph *g) {
  size_t nt = g->terms.count ? g->terms.count : 1;
  uint64_t *prints = w->quads ? NULL : malloc(nt * sizeof *prints);
  size_t *at = calloc(nt, sizeof *at);
  uint32_t *len = malloc(nt * sizeof *len);
  if ((!w->quads && !prints) || !at || !len) {
    free(prints);
    free(at);
    free(len);
    return NKG_ERR_NOMEM;
  }
  if (prints)
    for (size_t t = 0; t < g->terms.count; t++) prints[t] = term_fingerprint(term_at(g, (nkg_term_id)t));
  w->terms.used = 0;
  for (size_t i = 0; i < g->triples.count; i++) {
    const nkg_term_id *q = quad_at(g, (uint32_t)i);
    /* a document's graph holds each triple once (no named graphs in N-Triples) */
    if (!w->quads && seen_before(w, triple_fingerprint(prints, q))) continue;
    for (int k = 0; k < 3; k++) put_term(w, g, q[k], at, len);
    if (w->quads && q[3] != NKG_NO_GRAPH) put_term(w, g, q[3], at, len);
    nkg_out_write(&w->out, ".\n", 2);
    w->count++;
  }
  free(prints);
  free(at);
  free(len);
  return w->out.failed || w->terms.failed || ferror(w->out.out) ? NKG_ERR_IO : NKG_OK;
}

nkg_status nkg_writer_finish(nkg_writer *w) {
  int failed = nkg_out_flush(&w->out) != 0;
  failed |= fflush(w->out.out) != 0 || ferror(w->out.out);
  return failed ? NKG_ERR_IO : NKG_OK;
}

size_t nkg_writer_count(const nkg_writer *w) { return w->count; }

void nkg_writer_free(nkg_writer *w) {
  if (!w) return;
  nkg_out_release(&w->out);
  nkg_out_release(&w->terms);
  free(w->seen);
  free(w);
}
