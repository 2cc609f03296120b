/* Triples in memory, deduplicated, written sorted through raptor so that the same
 * facts always give the same bytes. */
#include <raptor2.h>
#include <stdlib.h>
#include <string.h>

#include "graph_internal.h"

nkg_graph *nkg_graph_new(const char *base) {
  nkg_graph *g = calloc(1, sizeof *g);
  if (!g) return NULL;
  g->base = strdup(base ? base : NKG_DEFAULT_BASE);
  nkg_arena_init(&g->arena, 256 * 1024);
  nkg_strmap_init(&g->term_index);
  nkg_strmap_init(&g->triple_index);
  nkg_vec_init(&g->terms, sizeof(nkg_term));
  nkg_vec_init(&g->triples, sizeof(nkg_term_id[4]));
  g->context = NKG_NO_GRAPH;
  return g;
}

void nkg_graph_free(nkg_graph *g) {
  if (!g) return;
  free(g->base);
  nkg_arena_free(&g->arena);
  nkg_strmap_free(&g->term_index);
  nkg_strmap_free(&g->triple_index);
  nkg_vec_free(&g->terms);
  nkg_vec_free(&g->triples);
  free(g);
}

size_t nkg_graph_size(const nkg_graph *g) { return g->triples.count; }

void nkg_graph_set_provenance(nkg_graph *g, int on) { g->provenance = on; }

static nkg_term_id intern(nkg_graph *g, nkg_term_kind kind, const char *value, const char *lang,
                          const char *dt) {
  size_t vl = strlen(value), ll = lang ? strlen(lang) : 0, dl = dt ? strlen(dt) : 0;
  size_t klen = vl + ll + dl + 3;
  char stackbuf[512];
  char *key = klen <= sizeof stackbuf ? stackbuf : malloc(klen);
  key[0] = (char)('0' + kind);
  memcpy(key + 1, value, vl);
  key[1 + vl] = '\x01';
  if (ll) memcpy(key + 2 + vl, lang, ll);
  key[2 + vl + ll] = '\x02';
  if (dl) memcpy(key + 3 + vl + ll, dt, dl);
  int added = 0;
  uint32_t *id = nkg_strmap_put(&g->term_index, key, klen, (uint32_t)g->terms.count, &added);
  if (added) {
    nkg_term *t = nkg_vec_push(&g->terms);
    t->kind = kind;
    t->value = nkg_arena_strdup(&g->arena, value);
    t->lang = lang ? nkg_arena_strdup(&g->arena, lang) : NULL;
    t->datatype = dt ? nkg_arena_strdup(&g->arena, dt) : NULL;
  }
  if (key != stackbuf) free(key);
  return *id;
}

nkg_term_id nkg_graph_iri(nkg_graph *g, const char *iri) {
  if (strstr(iri, "://") || strncmp(iri, "urn:", 4) == 0) return intern(g, NKG_TERM_IRI, iri, NULL, NULL);
  size_t bl = strlen(g->base), il = strlen(iri);
  char stackbuf[512];
  char *full = bl + il + 1 <= sizeof stackbuf ? stackbuf : malloc(bl + il + 1);
  memcpy(full, g->base, bl);
  memcpy(full + bl, iri, il + 1);
  nkg_term_id id = intern(g, NKG_TERM_IRI, full, NULL, NULL);
  if (full != stackbuf) free(full);
  return id;
}

nkg_term_id nkg_graph_ns(nkg_graph *g, const char *ns, const char *local) {
  char buf[512];
  snprintf(buf, sizeof buf, "%s%s", ns, local);
  return intern(g, NKG_TERM_IRI, buf, NULL, NULL);
}

nkg_term_id nkg_graph_literal(nkg_graph *g, const char *value, const char *lang, const char *datatype) {
  return intern(g, NKG_TERM_LITERAL, value, lang, datatype);
}

void nkg_graph_set_context(nkg_graph *g, nkg_term_id graph) { g->context = g->named_graphs ? graph : NKG_NO_GRAPH; }

void nkg_graph_set_named_graphs(nkg_graph *g, int on) { g->named_graphs = on; }

nkg_status nkg_graph_set_document_date(nkg_graph *g, const char *date) {
  g->doc_year = g->doc_month = g->doc_day = 0;
  if (!date) return NKG_OK;
  int y = 0, m = 0, d = 0;
  char tail = 0;
  if (sscanf(date, "%4d-%2d-%2d%c", &y, &m, &d, &tail) != 3 || y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1 ||
      d > 31 || strlen(date) != 10)
    return NKG_ERR_USAGE;
  g->doc_year = y;
  g->doc_month = m;
  g->doc_day = d;
  return NKG_OK;
}

void nkg_graph_add(nkg_graph *g, nkg_term_id s, nkg_term_id p, nkg_term_id o) {
  nkg_term_id t[4] = {s, p, o, g->context};
  int added = 0;
  nkg_strmap_put(&g->triple_index, (const char *)t, sizeof t, 0, &added);
  if (added) memcpy(nkg_vec_push(&g->triples), t, sizeof t);
}

nkg_status nkg_graph_merge(nkg_graph *dst, const nkg_graph *src) {
  nkg_term_id *map = malloc((src->terms.count ? src->terms.count : 1) * sizeof *map);
  if (!map) return NKG_ERR_NOMEM;
  for (size_t i = 0; i < src->terms.count; i++) {
    const nkg_term *t = nkg_vec_at(&src->terms, i);
    map[i] = intern(dst, t->kind, t->value, t->lang, t->datatype);
  }
  nkg_term_id saved = dst->context;
  for (size_t i = 0; i < src->triples.count; i++) {
    const nkg_term_id *t = nkg_vec_at(&src->triples, i);
    dst->context = t[3] == NKG_NO_GRAPH ? NKG_NO_GRAPH : map[t[3]];
    nkg_graph_add(dst, map[t[0]], map[t[1]], map[t[2]]);
  }
  dst->context = saved;
  free(map);
  return NKG_OK;
}

/* --- writing --- */

static const nkg_graph *sort_graph; /* qsort has no context argument in C11 */

static int cmp_term(nkg_term_id a, nkg_term_id b) {
  if (a == b) return 0;
  const nkg_term *x = nkg_vec_at(&sort_graph->terms, a), *y = nkg_vec_at(&sort_graph->terms, b);
  if (x->kind != y->kind) return x->kind < y->kind ? -1 : 1;
  int c = strcmp(x->value, y->value);
  if (c) return c;
  c = strcmp(x->lang ? x->lang : "", y->lang ? y->lang : "");
  if (c) return c;
  return strcmp(x->datatype ? x->datatype : "", y->datatype ? y->datatype : "");
}

static int cmp_graph(nkg_term_id a, nkg_term_id b) {
  if (a == b) return 0;
  if (a == NKG_NO_GRAPH) return -1;
  if (b == NKG_NO_GRAPH) return 1;
  return cmp_term(a, b);
}

static int cmp_triple(const void *a, const void *b) {
  const nkg_term_id *x = a, *y = b;
  int c = cmp_term(x[0], y[0]);
  if (!c) c = cmp_term(x[1], y[1]);
  if (!c) c = cmp_term(x[2], y[2]);
  if (!c) c = cmp_graph(x[3], y[3]);
  return c;
}

static raptor_term *to_raptor(raptor_world *w, const nkg_term *t) {
  if (t->kind == NKG_TERM_IRI) return raptor_new_term_from_uri_string(w, (const unsigned char *)t->value);
  raptor_uri *dt = t->datatype ? raptor_new_uri(w, (const unsigned char *)t->datatype) : NULL;
  raptor_term *term = raptor_new_term_from_literal(w, (const unsigned char *)t->value, dt,
                                                   (const unsigned char *)t->lang);
  if (dt) raptor_free_uri(dt);
  return term;
}

/* The graph's quads in sorted order (a malloc'd array the caller frees). */
static nkg_term_id (*sorted_quads(const nkg_graph *g))[4] {
  size_t n = g->triples.count;
  nkg_term_id(*order)[4] = malloc((n ? n : 1) * sizeof *order);
  if (!order) return NULL;
  if (n) memcpy(order, g->triples.items, n * sizeof *order);
  sort_graph = g;
  qsort(order, n, sizeof *order, cmp_triple);
  return order;
}

static void declare_prefixes(raptor_world *w, raptor_serializer *ser, const char *base) {
  static const struct {
    const char *prefix, *ns;
  } prefixes[] = {{"nkg", NKG_NS_NKG},   {"id", NULL},          {"schema", NKG_NS_SCHEMA},
                  {"org", NKG_NS_ORG},   {"prov", NKG_NS_PROV}, {"dcterms", NKG_NS_DCT},
                  {"rdfs", NKG_NS_RDFS}, {"skos", NKG_NS_SKOS}, {"xsd", NKG_NS_XSD},
                  {"owl", NKG_NS_OWL},   {"foaf", NKG_NS_FOAF}, {"rdf", NKG_NS_RDF},
                  {"nif", NKG_NS_NIF},   {"itsrdf", NKG_NS_ITSRDF}};
  /* a prefix per kind of entity too: a prefixed name cannot hold the '/' of id:person/x,
   * and person:sergey-lavrov reads better than a full IRI */
  static const struct {
    const char *prefix, *path;
  } kinds[] = {{"doc", "doc"},   {"person", "person"}, {"organization", "org"},    {"country", "country"},
               {"city", "city"}, {"role", "role"},     {"membership", "membership"}, {"event", "event"},
               {"topic", "topic"}, {"chairmanship", "chairmanship"}, {"quote", "quote"},
               {"agreement", "agreement"}};
  for (size_t i = 0; i < sizeof prefixes / sizeof *prefixes; i++) {
    raptor_uri *u = raptor_new_uri(w, (const unsigned char *)(prefixes[i].ns ? prefixes[i].ns : base));
    raptor_serializer_set_namespace(ser, u, (const unsigned char *)prefixes[i].prefix);
    raptor_free_uri(u);
  }
  for (size_t i = 0; i < sizeof kinds / sizeof *kinds; i++) {
    char ns[1024];
    snprintf(ns, sizeof ns, "%s%s/", base, kinds[i].path);
    raptor_uri *u = raptor_new_uri(w, (const unsigned char *)ns);
    raptor_serializer_set_namespace(ser, u, (const unsigned char *)kinds[i].prefix);
    raptor_free_uri(u);
  }
}

/* A 64-bit fingerprint of a quad's terms (graph left out when `with_graph` is 0). */
static uint64_t quad_hash(const nkg_graph *g, const nkg_term_id *q, int with_graph) {
  uint64_t h = 1469598103934665603ull;
  for (int k = 0; k < (with_graph ? 4 : 3); k++) {
    const char *parts[3] = {"", "", ""};
    if (q[k] != NKG_NO_GRAPH) {
      const nkg_term *t = nkg_vec_at(&g->terms, q[k]);
      parts[0] = t->value;
      parts[1] = t->lang ? t->lang : "";
      parts[2] = t->datatype ? t->datatype : "";
    }
    for (int p = 0; p < 3; p++) {
      for (const unsigned char *c = (const unsigned char *)parts[p]; *c; c++) h = (h ^ *c) * 1099511628211ull;
      h = (h ^ (uint64_t)(0x1F + p + k * 3)) * 1099511628211ull;
    }
  }
  return h ? h : 1;
}

static nkg_status write_statement(raptor_world *w, raptor_serializer *ser, const nkg_graph *g, const nkg_term_id *q,
                                  int quads) {
  raptor_statement st;
  raptor_statement_init(&st, w);
  st.subject = to_raptor(w, nkg_vec_at(&g->terms, q[0]));
  st.predicate = to_raptor(w, nkg_vec_at(&g->terms, q[1]));
  st.object = to_raptor(w, nkg_vec_at(&g->terms, q[2]));
  if (quads && q[3] != NKG_NO_GRAPH) st.graph = to_raptor(w, nkg_vec_at(&g->terms, q[3]));
  nkg_status status = raptor_serializer_serialize_statement(ser, &st) ? NKG_ERR_RDF : NKG_OK;
  raptor_statement_clear(&st);
  return status;
}

/* raptor writes a byte at a time; through stdio that is a lock per byte.  This stream
 * gathers the bytes and hands them to the FILE in large writes. */
typedef struct {
  FILE *out;
  char buf[64 * 1024];
  size_t used;
  int failed;
} buffered_out;

static void flush_buffer(buffered_out *b) {
  if (b->used && fwrite(b->buf, 1, b->used, b->out) != b->used) b->failed = 1;
  b->used = 0;
}

static int buffered_write_bytes(void *ctx, const void *ptr, size_t size, size_t nmemb) {
  buffered_out *b = ctx;
  size_t n = size * nmemb;
  if (n >= sizeof b->buf) {
    flush_buffer(b);
    if (fwrite(ptr, 1, n, b->out) != n) b->failed = 1;
    return b->failed ? -1 : (int)nmemb;
  }
  if (b->used + n > sizeof b->buf) flush_buffer(b);
  memcpy(b->buf + b->used, ptr, n);
  b->used += n;
  return b->failed ? -1 : (int)nmemb;
}

static int buffered_write_byte(void *ctx, const int byte) {
  buffered_out *b = ctx;
  if (b->used == sizeof b->buf) flush_buffer(b);
  b->buf[b->used++] = (char)byte;
  return b->failed ? 1 : 0;
}

static int buffered_write_end(void *ctx) {
  flush_buffer(ctx);
  return 0;
}

static const raptor_iostream_handler buffered_handler = {
    .version = 2, .write_byte = buffered_write_byte, .write_bytes = buffered_write_bytes, .write_end = buffered_write_end};

static const char *serializer_name(nkg_format format) {
  static const char *const names[] = {"turtle", "ntriples", "nquads", "rdfxml-abbrev", "json"};
  return names[format];
}

nkg_status nkg_graph_write(const nkg_graph *g, nkg_format format, FILE *out) {
  /* sort a copy of the quads: the output order must not depend on insertion order */
  size_t n = g->triples.count;
  nkg_term_id(*order)[4] = sorted_quads(g);
  if (!order) return NKG_ERR_NOMEM;
  nkg_status status = NKG_OK;
  raptor_world *w = raptor_new_world();
  raptor_serializer *ser = w ? raptor_new_serializer(w, serializer_name(format)) : NULL;
  if (!ser) {
    status = NKG_ERR_RDF;
    goto done;
  }
  if (format == NKG_FORMAT_TURTLE || format == NKG_FORMAT_RDFXML) declare_prefixes(w, ser, g->base);
  buffered_out *buffer = calloc(1, sizeof *buffer);
  raptor_iostream *stream = NULL;
  if (buffer) buffer->out = out;
  if (buffer) stream = raptor_new_iostream_from_handler(w, buffer, &buffered_handler);
  if (!stream || raptor_serializer_start_to_iostream(ser, NULL, stream)) {
    status = NKG_ERR_RDF;
    if (stream) raptor_free_iostream(stream);
    free(buffer);
    goto done;
  }
  int quads = format == NKG_FORMAT_NQUADS;
  for (size_t i = 0; i < n; i++) {
    /* a triple in several documents' graphs is one triple outside N-Quads */
    if (!quads && i > 0 && !memcmp(order[i], order[i - 1], 3 * sizeof(nkg_term_id))) continue;
    if (write_statement(w, ser, g, order[i], quads) != NKG_OK) status = NKG_ERR_RDF;
  }
  if (raptor_serializer_serialize_end(ser)) status = NKG_ERR_RDF;
  raptor_free_iostream(stream);
  flush_buffer(buffer);
  if (buffer->failed) status = NKG_ERR_IO;
  free(buffer);
  fflush(out);
  if (ferror(out)) status = NKG_ERR_IO;
done:
  if (ser) raptor_free_serializer(ser);
  if (w) raptor_free_world(w);
  free(order);
  return status;
}

/* --- streaming --- */

#define SEEN_SLOTS (1u << 20) /* 8 MiB of fingerprints: what N-Triples remembers having written */

struct nkg_writer {
  raptor_world *world;
  raptor_serializer *ser;
  raptor_iostream *stream;
  buffered_out buffer;
  FILE *out;
  int quads;
  uint64_t *seen; /* open addressing; cleared when half full, so memory stays bounded */
  size_t nseen, count;
};

nkg_writer *nkg_writer_new(nkg_format format, FILE *out) {
  if (format != NKG_FORMAT_NTRIPLES && format != NKG_FORMAT_NQUADS) return NULL;
  nkg_writer *w = calloc(1, sizeof *w);
  if (!w) return NULL;
  w->out = out;
  w->quads = format == NKG_FORMAT_NQUADS;
  w->world = raptor_new_world();
  w->ser = w->world ? raptor_new_serializer(w->world, serializer_name(format)) : NULL;
  if (!w->quads) w->seen = calloc(SEEN_SLOTS, sizeof *w->seen);
  w->buffer.out = out;
  if (w->ser) w->stream = raptor_new_iostream_from_handler(w->world, &w->buffer, &buffered_handler);
  if (!w->stream || (!w->quads && !w->seen) || raptor_serializer_start_to_iostream(w->ser, NULL, w->stream)) {
    nkg_writer_free(w);
    return NULL;
  }
  return w;
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
  size_t n = g->triples.count;
  nkg_term_id(*order)[4] = sorted_quads(g);
  if (!order) return NKG_ERR_NOMEM;
  nkg_status status = NKG_OK;
  for (size_t i = 0; i < n; i++) {
    if (!w->quads) {
      if (i > 0 && !memcmp(order[i], order[i - 1], 3 * sizeof(nkg_term_id))) continue;
      if (seen_before(w, quad_hash(g, order[i], 0))) continue;
    }
    if (write_statement(w->world, w->ser, g, order[i], w->quads) != NKG_OK) status = NKG_ERR_RDF;
    w->count++;
  }
  free(order);
  if (w->buffer.failed || ferror(w->out)) status = NKG_ERR_IO;
  return status;
}

nkg_status nkg_writer_finish(nkg_writer *w) {
  nkg_status status = raptor_serializer_serialize_end(w->ser) ? NKG_ERR_RDF : NKG_OK;
  flush_buffer(&w->buffer);
  fflush(w->out);
  if (w->buffer.failed || ferror(w->out)) status = NKG_ERR_IO;
  return status;
}

size_t nkg_writer_count(const nkg_writer *w) { return w->count; }

void nkg_writer_free(nkg_writer *w) {
  if (!w) return;
  if (w->ser) raptor_free_serializer(w->ser);
  if (w->stream) raptor_free_iostream(w->stream);
  if (w->world) raptor_free_world(w->world);
  free(w->seen);
  free(w);
}
