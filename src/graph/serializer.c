#include "serializer.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* The prefixes every graph declares, and the entity kinds' paths under the base: a
 * prefixed name cannot hold the '/' of id:person/x, so each kind has its own
 * (person:sergey-lavrov reads better than a full IRI). */
static const struct {
  const char *prefix, *ns; /* ns NULL: the base itself */
} prefixes[] = {
    {"rdf", NKG_NS_RDF},   {"nkg", NKG_NS_NKG},   {"id", NULL},            {"schema", NKG_NS_SCHEMA},
    {"org", NKG_NS_ORG},   {"prov", NKG_NS_PROV}, {"dcterms", NKG_NS_DCT}, {"rdfs", NKG_NS_RDFS},
    {"skos", NKG_NS_SKOS}, {"xsd", NKG_NS_XSD},   {"owl", NKG_NS_OWL},     {"foaf", NKG_NS_FOAF},
    {"nif", NKG_NS_NIF},   {"itsrdf", NKG_NS_ITSRDF}};
static const struct {
  const char *prefix, *path;
} kind_prefixes[] = {{"doc", "doc"},
                     {"person", "person"},
                     {"organization", "org"},
                     {"country", "country"},
                     {"city", "city"},
                     {"role", "role"},
                     {"membership", "membership"},
                     {"event", "event"},
                     {"topic", "topic"},
                     {"chairmanship", "chairmanship"},
                     {"quote", "quote"},
                     {"agreement", "agreement"}};

enum { SINK_SIZE = 64 * 1024 };

/* raptor's output, gathered and handed to the FILE in large writes. */
typedef struct {
  FILE *file;
  size_t used;
  int failed; /* a write failed */
  int json;   /* rewrite raptor's \UXXXXXXXX escapes, see json_byte */
  int escape; /* json: 0 outside an escape, 1 after a backslash, 2 + n after n hex digits of \U */
  uint32_t code;
  unsigned char buf[SINK_SIZE];
} sink;

static void sink_flush(sink *k) {
  if (k->used && fwrite(k->buf, 1, k->used, k->file) != k->used) k->failed = 1;
  k->used = 0;
}

static void put_byte(sink *k, unsigned char b) {
  if (k->used == SINK_SIZE) sink_flush(k);
  k->buf[k->used++] = b;
}

static void put_text(sink *k, const char *s) {
  for (; *s; s++) put_byte(k, (unsigned char)*s);
}

static int hex_value(unsigned char b) {
  if (b >= '0' && b <= '9') return b - '0';
  if (b >= 'A' && b <= 'F') return b - 'A' + 10;
  if (b >= 'a' && b <= 'f') return b - 'a' + 10;
  return -1;
}

/* raptor's RDF/JSON writer escapes a character outside the BMP as \U0001F600, which
 * JSON does not have (its strings escape UTF-16 units): such an escape is rewritten
 * here as its surrogate pair, \uD83D\uDE00.  Every other byte passes as it is. */
static void json_byte(sink *k, unsigned char b) {
  char esc[16];
  if (k->escape == 0) {
    if (b == '\\')
      k->escape = 1;
    else
      put_byte(k, b);
  } else if (k->escape == 1) {
    if (b == 'U') {
      k->escape = 2;
      k->code = 0;
    } else {
      put_byte(k, '\\');
      put_byte(k, b);
      k->escape = 0;
    }
  } else if (hex_value(b) < 0) { /* not raptor's escape after all: pass what was held */
    snprintf(esc, sizeof esc, "\\U%0*X", k->escape - 2, (unsigned)k->code);
    put_text(k, k->escape > 2 ? esc : "\\U");
    k->escape = 0;
    json_byte(k, b);
  } else {
    k->code = k->code * 16 + (uint32_t)hex_value(b);
    if (++k->escape < 10) return;
    uint32_t c = k->code;
    if (c > 0xFFFF && c <= 0x10FFFF)
      snprintf(esc, sizeof esc, "\\u%04X\\u%04X", 0xD800 + ((c - 0x10000) >> 10), 0xDC00 + ((c - 0x10000) & 0x3FF));
    else
      snprintf(esc, sizeof esc, "\\u%04X", c <= 0xFFFF ? c : 0xFFFD);
    put_text(k, esc);
    k->escape = 0;
  }
}

static int sink_write_bytes(void *ctx, const void *ptr, size_t size, size_t nmemb) {
  sink *k = ctx;
  size_t n = size * nmemb;
  if (k->json) {
    for (size_t i = 0; i < n; i++) json_byte(k, ((const unsigned char *)ptr)[i]);
  } else if (k->used + n <= SINK_SIZE) {
    memcpy(k->buf + k->used, ptr, n);
    k->used += n;
  } else {
    sink_flush(k);
    if (n <= SINK_SIZE) {
      memcpy(k->buf, ptr, n);
      k->used = n;
    } else if (fwrite(ptr, 1, n, k->file) != n) {
      k->failed = 1;
    }
  }
  return k->failed ? -1 : (int)nmemb;
}

/* raptor writes every IRI and literal a byte at a time: this is the hottest call of a
 * build, so the plain sink and the JSON one are separate handlers, not one with a test */
static int sink_write_byte(void *ctx, const int byte) {
  sink *k = ctx;
  if (k->used == SINK_SIZE) sink_flush(k);
  k->buf[k->used++] = (unsigned char)byte;
  return k->failed;
}

static int json_sink_write_byte(void *ctx, const int byte) {
  sink *k = ctx;
  json_byte(k, (unsigned char)byte);
  return k->failed;
}

static const raptor_iostream_handler sink_handler = {
    .version = 2, .write_byte = sink_write_byte, .write_bytes = sink_write_bytes};
static const raptor_iostream_handler json_sink_handler = {
    .version = 2, .write_byte = json_sink_write_byte, .write_bytes = sink_write_bytes};

struct nkg_serializer {
  raptor_world *world;
  raptor_serializer *ser;
  raptor_iostream *stream;
  int raptor_failed; /* raptor logged an error (a term it could not write) */
  raptor_uri *datatypes[8]; /* the datatypes met, each made once */
  const char *datatype_names[8];
  sink out;
};

static void on_log(void *ctx, raptor_log_message *message) {
  if (message->level >= RAPTOR_LOG_LEVEL_ERROR) ((nkg_serializer *)ctx)->raptor_failed = 1;
}

/* A prefix the syntax declares itself (Turtle's rdf:) is refused, and that is fine. */
static int declare(nkg_serializer *s, const char *prefix, const char *ns) {
  raptor_uri *u = raptor_new_uri(s->world, (const unsigned char *)ns);
  if (!u) return -1;
  raptor_serializer_set_namespace(s->ser, u, (const unsigned char *)prefix);
  raptor_free_uri(u);
  return 0;
}

static int declare_prefixes(nkg_serializer *s, const char *base) {
  for (size_t i = 0; i < sizeof prefixes / sizeof *prefixes; i++)
    if (declare(s, prefixes[i].prefix, prefixes[i].ns ? prefixes[i].ns : base)) return -1;
  size_t bl = strlen(base);
  for (size_t i = 0; i < sizeof kind_prefixes / sizeof *kind_prefixes; i++) {
    size_t pl = strlen(kind_prefixes[i].path);
    char *ns = malloc(bl + pl + 2);
    if (!ns) return -1;
    memcpy(ns, base, bl);
    memcpy(ns + bl, kind_prefixes[i].path, pl);
    memcpy(ns + bl + pl, "/", 2);
    int rc = declare(s, kind_prefixes[i].prefix, ns);
    free(ns);
    if (rc) return -1;
  }
  return 0;
}

nkg_serializer *nkg_serializer_new(const char *name, const char *base, FILE *out) {
  nkg_serializer *s = calloc(1, sizeof *s);
  if (!s) return NULL;
  s->out.file = out;
  s->out.json = !strcmp(name, "json");
  s->world = raptor_new_world();
  if (!s->world) goto fail;
  raptor_world_set_log_handler(s->world, s, on_log);
  /* each term is made once per graph already; raptor's table of URIs cost more than it saved */
  raptor_world_set_flag(s->world, RAPTOR_WORLD_FLAG_URI_INTERNING, 0);
  if (raptor_world_open(s->world)) goto fail;
  s->ser = raptor_new_serializer(s->world, name);
  s->stream = s->ser ? raptor_new_iostream_from_handler(s->world, &s->out, s->out.json ? &json_sink_handler : &sink_handler) : NULL;
  if (!s->stream || declare_prefixes(s, base ? base : NKG_DEFAULT_BASE)) goto fail;
  /* no base URI: every IRI is written whole, never relative to the file */
  if (raptor_serializer_start_to_iostream(s->ser, NULL, s->stream)) goto fail;
  return s;
fail:
  nkg_serializer_free(s);
  return NULL;
}

nkg_status nkg_serializer_finish(nkg_serializer *s) {
  int rc = raptor_serializer_serialize_end(s->ser);
  sink_flush(&s->out);
  if (s->out.failed || fflush(s->out.file) != 0 || ferror(s->out.file)) return NKG_ERR_IO;
  return rc || s->raptor_failed ? NKG_ERR_RDF : NKG_OK;
}

void nkg_serializer_free(nkg_serializer *s) {
  if (!s) return;
  for (size_t i = 0; i < sizeof s->datatypes / sizeof *s->datatypes; i++)
    if (s->datatypes[i]) raptor_free_uri(s->datatypes[i]);
  if (s->ser) raptor_free_serializer(s->ser);
  if (s->stream) raptor_free_iostream(s->stream);
  if (s->world) raptor_free_world(s->world);
  free(s);
}

/* A datatype's URI: a graph uses a handful (xsd:date, xsd:integer...), and raptor
 * looks a new URI up in its world; a new reference. */
static raptor_uri *datatype_uri(nkg_serializer *s, const char *name) {
  size_t n = sizeof s->datatypes / sizeof *s->datatypes, i = 0;
  for (; i < n && s->datatypes[i]; i++)
    if (!strcmp(s->datatype_names[i], name)) return raptor_uri_copy(s->datatypes[i]);
  raptor_uri *u = raptor_new_uri(s->world, (const unsigned char *)name);
  if (u && i < n) {
    s->datatypes[i] = raptor_uri_copy(u);
    s->datatype_names[i] = (const char *)raptor_uri_as_string(u);
  }
  return u;
}

static raptor_term *make_term(nkg_serializer *s, const nkg_term *t) {
  if (t->kind == NKG_TERM_IRI) return raptor_new_term_from_uri_string(s->world, (const unsigned char *)t->value);
  raptor_uri *dt = t->datatype && !t->lang ? datatype_uri(s, t->datatype) : NULL;
  raptor_term *term =
      raptor_new_term_from_literal(s->world, (const unsigned char *)t->value, dt, (const unsigned char *)t->lang);
  if (dt) raptor_free_uri(dt);
  return term;
}

nkg_status nkg_terms_init(nkg_terms *terms, const nkg_graph *g) {
  terms->count = g->terms.count;
  terms->items = calloc(terms->count ? terms->count : 1, sizeof *terms->items);
  return terms->items ? NKG_OK : NKG_ERR_NOMEM;
}

void nkg_terms_release(nkg_terms *terms) {
  for (size_t i = 0; i < terms->count; i++)
    if (terms->items[i]) raptor_free_term(terms->items[i]);
  free(terms->items);
  terms->items = NULL;
  terms->count = 0;
}

static raptor_term *term_of(nkg_serializer *s, nkg_terms *terms, const nkg_graph *g, nkg_term_id id) {
  if (!terms->items[id]) terms->items[id] = make_term(s, nkg_vec_at(&g->terms, id));
  return terms->items[id];
}

nkg_status nkg_serializer_quad(nkg_serializer *s, nkg_terms *terms, const nkg_graph *g, const nkg_term_id *q,
                               int with_graph) {
  raptor_statement st;
  raptor_statement_init(&st, s->world);
  st.subject = term_of(s, terms, g, q[0]);
  st.predicate = term_of(s, terms, g, q[1]);
  st.object = term_of(s, terms, g, q[2]);
  if (with_graph && q[3] != NKG_NO_GRAPH) st.graph = term_of(s, terms, g, q[3]);
  if (!st.subject || !st.predicate || !st.object || (with_graph && q[3] != NKG_NO_GRAPH && !st.graph))
    return NKG_ERR_NOMEM;
  /* the statement only borrows the terms: raptor copies what it keeps */
  if (raptor_serializer_serialize_statement(s->ser, &st)) return NKG_ERR_RDF;
  return s->out.failed ? NKG_ERR_IO : NKG_OK;
}
