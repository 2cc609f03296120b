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

void nkg_graph_set_context(nkg_graph *g, nkg_term_id graph) { g->context = graph; }

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

nkg_status nkg_graph_write(const nkg_graph *g, nkg_format format, FILE *out) {
  /* sort a copy of the triple ids: the output order must not depend on insertion order */
  size_t n = g->triples.count;
  nkg_term_id(*order)[4] = malloc((n ? n : 1) * sizeof *order);
  if (!order) return NKG_ERR_NOMEM;
  if (n) memcpy(order, g->triples.items, n * sizeof *order);
  sort_graph = g;
  qsort(order, n, sizeof *order, cmp_triple);

  nkg_status status = NKG_OK;
  raptor_world *w = raptor_new_world();
  static const char *const names[] = {"turtle", "ntriples", "nquads", "rdfxml-abbrev", "json"};
  raptor_serializer *ser = w ? raptor_new_serializer(w, names[format]) : NULL;
  if (!ser) {
    status = NKG_ERR_RDF;
    goto done;
  }
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
               {"city", "city"}, {"role", "role"},     {"membership", "membership"}, {"event", "event"}};
  if (format == NKG_FORMAT_TURTLE || format == NKG_FORMAT_RDFXML) {
    for (size_t i = 0; i < sizeof prefixes / sizeof *prefixes; i++) {
      raptor_uri *u = raptor_new_uri(w, (const unsigned char *)(prefixes[i].ns ? prefixes[i].ns : g->base));
      raptor_serializer_set_namespace(ser, u, (const unsigned char *)prefixes[i].prefix);
      raptor_free_uri(u);
    }
    for (size_t i = 0; i < sizeof kinds / sizeof *kinds; i++) {
      char ns[1024];
      snprintf(ns, sizeof ns, "%s%s/", g->base, kinds[i].path);
      raptor_uri *u = raptor_new_uri(w, (const unsigned char *)ns);
      raptor_serializer_set_namespace(ser, u, (const unsigned char *)kinds[i].prefix);
      raptor_free_uri(u);
    }
  }
  if (raptor_serializer_start_to_file_handle(ser, NULL, out)) {
    status = NKG_ERR_RDF;
    goto done;
  }
  int quads = format == NKG_FORMAT_NQUADS;
  for (size_t i = 0; i < n; i++) {
    /* a triple in several documents' graphs is one triple outside N-Quads */
    if (!quads && i > 0 && !memcmp(order[i], order[i - 1], 3 * sizeof(nkg_term_id))) continue;
    raptor_statement st;
    raptor_statement_init(&st, w);
    st.subject = to_raptor(w, nkg_vec_at(&g->terms, order[i][0]));
    st.predicate = to_raptor(w, nkg_vec_at(&g->terms, order[i][1]));
    st.object = to_raptor(w, nkg_vec_at(&g->terms, order[i][2]));
    if (quads && order[i][3] != NKG_NO_GRAPH) st.graph = to_raptor(w, nkg_vec_at(&g->terms, order[i][3]));
    if (raptor_serializer_serialize_statement(ser, &st)) status = NKG_ERR_RDF;
    raptor_statement_clear(&st);
  }
  if (raptor_serializer_serialize_end(ser)) status = NKG_ERR_RDF;
  fflush(out);
  if (ferror(out)) status = NKG_ERR_IO;
done:
  if (ser) raptor_free_serializer(ser);
  if (w) raptor_free_world(w);
  free(order);
  return status;
}
