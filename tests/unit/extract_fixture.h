/* The fixture of the extraction tests: nkg_extract on a short text with the real ontology
 * (NKG_TEST_ONTOLOGY), its N-Triples read back with raptor into canonical strings, and
 * the look-ups and assertions the tests make on them.  Header-only, shared by the test
 * programs of the extraction stage. */
#ifndef NKG_EXTRACT_FIXTURE_H
#define NKG_EXTRACT_FIXTURE_H
#include <raptor2.h>

#include "graph/graph_internal.h"
#include "test_util.h"

#ifndef NKG_TEST_ONTOLOGY
#error "NKG_TEST_ONTOLOGY must be defined by the build"
#endif

#define ID(path) "<" NKG_DEFAULT_BASE path ">"
#define NKG(local) "<" NKG_NS_NKG local ">"
#define RDF_TYPE "<" NKG_NS_RDF "type>"
#define RDFS_LABEL "<" NKG_NS_RDFS "label>"
#define ORG(local) "<" NKG_NS_ORG local ">"
#define SCHEMA(local) "<" NKG_NS_SCHEMA local ">"
#define DCT(local) "<" NKG_NS_DCT local ">"
#define FOAF(local) "<" NKG_NS_FOAF local ">"
#define RU(s) "\"" s "\"@ru"
#define XSD_DATE(s) "\"" s "\"^^<" NKG_NS_XSD "date>"
#define XSD_GYEAR(s) "\"" s "\"^^<" NKG_NS_XSD "gYear>"

/* ---- the graph of one document, as canonical strings ---- */

typedef struct {
  char *s, *p, *o;
} triple;

typedef struct {
  triple *t;
  size_t n, cap;
  int parse_errors;
} triples;

static inline char *term_text(raptor_term *t) {
  char buf[4096];
  switch (t->type) {
  case RAPTOR_TERM_TYPE_URI: snprintf(buf, sizeof buf, "<%s>", raptor_uri_as_string(t->value.uri)); break;
  case RAPTOR_TERM_TYPE_BLANK: snprintf(buf, sizeof buf, "_:%s", t->value.blank.string); break;
  case RAPTOR_TERM_TYPE_LITERAL:
    if (t->value.literal.language)
      snprintf(buf, sizeof buf, "\"%s\"@%s", t->value.literal.string, t->value.literal.language);
    else if (t->value.literal.datatype)
      snprintf(buf, sizeof buf, "\"%s\"^^<%s>", t->value.literal.string,
               raptor_uri_as_string(t->value.literal.datatype));
    else
      snprintf(buf, sizeof buf, "\"%s\"", t->value.literal.string);
    break;
  default: snprintf(buf, sizeof buf, "?"); break;
  }
  return strdup(buf);
}

static inline void on_triple(void *user, raptor_statement *st) {
  triples *g = user;
  if (g->n == g->cap) {
    g->cap = g->cap ? g->cap * 2 : 64;
    g->t = realloc(g->t, g->cap * sizeof *g->t);
    assert_non_null(g->t);
  }
  g->t[g->n++] = (triple){term_text(st->subject), term_text(st->predicate), term_text(st->object)};
}

static inline void on_log(void *user, raptor_log_message *m) {
  triples *g = user;
  if (m->level >= RAPTOR_LOG_LEVEL_ERROR) g->parse_errors++;
}

static inline void free_triples(triples *g) {
  for (size_t i = 0; i < g->n; i++) {
    free(g->t[i].s);
    free(g->t[i].p);
    free(g->t[i].o);
  }
  free(g->t);
  memset(g, 0, sizeof *g);
}

typedef struct {
  nkg_lexicon *lex;
  triples g;
  char *ntriples; /* the output as written, for messages */
} extract_fixture;

static inline int group_setup(void **state) {
  extract_fixture *f = calloc(1, sizeof *f);
  if (!f) return -1;
  if (nkg_lexicon_load(NKG_TEST_ONTOLOGY, NULL, NULL, &f->lex) != NKG_OK) {
    free(f);
    return -1;
  }
  *state = f;
  return 0;
}

static inline int group_teardown(void **state) {
  extract_fixture *f = *state;
  nkg_lexicon_free(f->lex);
  free(f);
  nkg_release_thread_state();
  return 0;
}

static inline int test_teardown(void **state) {
  extract_fixture *f = *state;
  free_triples(&f->g);
  free(f->ntriples);
  f->ntriples = NULL;
  return 0;
}

/* Extracts `text` (named `source`) into a fresh graph and reads its N-Triples back. */
static inline const triples *extract(void **state, const char *source, const char *text) {
  extract_fixture *f = *state;
  free_triples(&f->g);
  free(f->ntriples);
  nkg_graph *graph = nkg_graph_new(NULL);
  assert_non_null(graph);
  test_diags diags;
  memset(&diags, 0, sizeof diags);
  assert_int_equal(nkg_extract(f->lex, source, text, strlen(text), graph, test_diag_collect, &diags), NKG_OK);
  assert_int_equal(diags.errors, 0);
  char *buf = NULL;
  size_t len = 0;
  FILE *mem = open_memstream(&buf, &len);
  assert_non_null(mem);
  assert_int_equal(nkg_graph_write(graph, NKG_FORMAT_NTRIPLES, mem), NKG_OK);
  fclose(mem);
  nkg_graph_free(graph);
  f->ntriples = buf;

  raptor_world *w = raptor_new_world();
  raptor_world_set_log_handler(w, &f->g, on_log);
  /* the Turtle parser reads N-Triples too (raptor 2.0.15's N-Triples parser leaks datatype IRIs) */
  raptor_parser *p = raptor_new_parser(w, "turtle");
  raptor_parser_set_statement_handler(p, &f->g, on_triple);
  raptor_uri *base = raptor_new_uri(w, (const unsigned char *)"http://example.org/");
  raptor_parser_parse_start(p, base);
  raptor_parser_parse_chunk(p, (const unsigned char *)buf, len, 1);
  raptor_free_uri(base);
  raptor_free_parser(p);
  raptor_free_world(w);
  assert_int_equal(f->g.parse_errors, 0);
  return &f->g;
}

static inline int match_term(const char *want, const char *have) { return !want || !strcmp(want, have); }

/* The number of triples matching (NULL: any term). */
static inline size_t count(const triples *g, const char *s, const char *p, const char *o) {
  size_t n = 0;
  for (size_t i = 0; i < g->n; i++)
    n += match_term(s, g->t[i].s) && match_term(p, g->t[i].p) && match_term(o, g->t[i].o);
  return n;
}

/* The subject of the first triple matching (p, o), or NULL. */
static inline const char *subject(const triples *g, const char *p, const char *o) {
  for (size_t i = 0; i < g->n; i++)
    if (match_term(p, g->t[i].p) && match_term(o, g->t[i].o)) return g->t[i].s;
  return NULL;
}

static inline void dump(void **state) {
  extract_fixture *f = *state;
  print_message("---- graph ----\n%s----\n", f->ntriples ? f->ntriples : "");
}

#define assert_triple(state, g, s, p, o)                                                           \
  do {                                                                                             \
    if (!count((g), (s), (p), (o))) {                                                              \
      dump(state);                                                                                 \
      fail_msg("missing triple: %s %s %s", (s) ? (s) : "?", (p) ? (p) : "?", (o) ? (o) : "?");    \
    }                                                                                              \
  } while (0)

#define assert_no_triple(state, g, s, p, o)                                                        \
  do {                                                                                             \
    if (count((g), (s), (p), (o))) {                                                               \
      dump(state);                                                                                 \
      fail_msg("unexpected triple: %s %s %s", (s) ? (s) : "?", (p) ? (p) : "?", (o) ? (o) : "?"); \
    }                                                                                              \
  } while (0)

/* The IRI (as "<...>") of the person labelled `label`@ru; fails when there is none. */
static inline const char *person(void **state, const triples *g, const char *label_ru) {
  for (size_t i = 0; i < g->n; i++)
    if (!strcmp(g->t[i].p, RDFS_LABEL) && !strcmp(g->t[i].o, label_ru) &&
        count(g, g->t[i].s, RDF_TYPE, NKG("Person")))
      return g->t[i].s;
  dump(state);
  fail_msg("no person labelled %s", label_ru);
  return NULL;
}

/* Whether some org:Membership says person holds role in org. */
static inline int has_membership(const triples *g, const char *person_iri, const char *role, const char *org) {
  for (size_t i = 0; i < g->n; i++) {
    if (strcmp(g->t[i].p, ORG("member")) || strcmp(g->t[i].o, person_iri)) continue;
    const char *m = g->t[i].s;
    if (count(g, m, RDF_TYPE, ORG("Membership")) && count(g, m, ORG("role"), role) &&
        count(g, m, ORG("organization"), org))
      return 1;
  }
  return 0;
}

#define assert_membership(state, g, p, r, o)                                                       \
  do {                                                                                             \
    if (!has_membership((g), (p), (r), (o))) {                                                     \
      dump(state);                                                                                 \
      fail_msg("no membership %s %s %s", (p), (r), (o));                                           \
    }                                                                                              \
  } while (0)

#define MFA ID("role/minister-of-foreign-affairs")
#define KAZAKHSTAN ID("country/kazakhstan")
#define UZBEKISTAN ID("country/uzbekistan")

#endif
