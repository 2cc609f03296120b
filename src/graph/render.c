#include "render.h"

#include <stdlib.h>
#include <string.h>

const nkg_prefix nkg_prefixes[] = {
    {"rdf", NKG_NS_RDF},   {"nkg", NKG_NS_NKG},   {"id", NULL},          {"schema", NKG_NS_SCHEMA},
    {"org", NKG_NS_ORG},   {"prov", NKG_NS_PROV}, {"dcterms", NKG_NS_DCT}, {"rdfs", NKG_NS_RDFS},
    {"skos", NKG_NS_SKOS}, {"xsd", NKG_NS_XSD},   {"owl", NKG_NS_OWL},   {"foaf", NKG_NS_FOAF},
    {"nif", NKG_NS_NIF},   {"itsrdf", NKG_NS_ITSRDF}};
const size_t nkg_nprefixes = sizeof nkg_prefixes / sizeof *nkg_prefixes;

/* a prefixed name cannot hold the '/' of id:person/x, so each kind has its own */
const nkg_prefix nkg_kind_prefixes[] = {
    {"doc", "doc"},           {"person", "person"},         {"organization", "org"}, {"country", "country"},
    {"city", "city"},         {"role", "role"},             {"membership", "membership"},
    {"event", "event"},       {"topic", "topic"},           {"chairmanship", "chairmanship"},
    {"quote", "quote"},       {"agreement", "agreement"}};
const size_t nkg_nkind_prefixes = sizeof nkg_kind_prefixes / sizeof *nkg_kind_prefixes;

/* --- buffered output --- */

void nkg_out_init(nkg_out *o, FILE *out) {
  o->out = out;
  o->used = 0;
  o->failed = 0;
}

int nkg_out_flush(nkg_out *o) {
  if (o->used && fwrite(o->buf, 1, o->used, o->out) != o->used) o->failed = 1;
  o->used = 0;
  return o->failed ? -1 : 0;
}

void nkg_out_write(nkg_out *o, const char *s, size_t n) {
  if (o->used + n > sizeof o->buf) {
    nkg_out_flush(o);
    if (n > sizeof o->buf) {
      if (fwrite(s, 1, n, o->out) != n) o->failed = 1;
      return;
    }
  }
  memcpy(o->buf + o->used, s, n);
  o->used += n;
}

void nkg_out_puts(nkg_out *o, const char *s) { nkg_out_write(o, s, strlen(s)); }

/* --- N-Triples --- */

static void put_uchar(nkg_out *o, unsigned char c) {
  static const char hex[] = "0123456789ABCDEF";
  char esc[6] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 15]};
  nkg_out_write(o, esc, sizeof esc);
}

/* Writes `s`, escaping what may not stand for itself; runs of plain bytes go in one copy. */
static void put_escaped(nkg_out *o, const char *s, int in_iri) {
  const unsigned char *p = (const unsigned char *)s, *run = p;
  for (; *p; p++) {
    unsigned char c = *p;
    int plain;
    if (in_iri)
      plain = c > 0x20 && c != '<' && c != '>' && c != '"' && c != '{' && c != '}' && c != '|' && c != '^' &&
              c != '`' && c != '\\';
    else
      plain = (c >= 0x20 && c != '"' && c != '\\' && c != 0x7F) || c == '\t';
    if (plain) continue;
    nkg_out_write(o, (const char *)run, (size_t)(p - run));
    run = p + 1;
    if (!in_iri && (c == '"' || c == '\\' || c == '\n' || c == '\r')) {
      char esc[2] = {'\\', c == '\n' ? 'n' : c == '\r' ? 'r' : (char)c};
      nkg_out_write(o, esc, 2);
    } else {
      put_uchar(o, c);
    }
  }
  nkg_out_write(o, (const char *)run, (size_t)(p - run));
}

void nkg_render_ntriples(nkg_out *o, const nkg_term *t) {
  if (t->kind == NKG_TERM_IRI) {
    nkg_out_write(o, "<", 1);
    put_escaped(o, t->value, 1);
    nkg_out_write(o, ">", 1);
    return;
  }
  nkg_out_write(o, "\"", 1);
  put_escaped(o, t->value, 0);
  nkg_out_write(o, "\"", 1);
  if (t->lang) {
    nkg_out_write(o, "@", 1);
    nkg_out_puts(o, t->lang);
  } else if (t->datatype) {
    nkg_out_write(o, "^^<", 3);
    put_escaped(o, t->datatype, 1);
    nkg_out_write(o, ">", 1);
  }
}

/* --- Turtle --- */

struct nkg_turtle_renderer {
  raptor_world *world;
  raptor_namespace_stack *names;
  char *base;
};

static char *kind_namespace(const char *base, const char *path) {
  size_t n = strlen(base) + strlen(path) + 2;
  char *ns = malloc(n);
  if (ns) snprintf(ns, n, "%s%s/", base, path);
  return ns;
}

nkg_turtle_renderer *nkg_turtle_renderer_new(const char *base) {
  nkg_turtle_renderer *r = calloc(1, sizeof *r);
  if (!r) return NULL;
  r->base = strdup(base);
  r->world = raptor_new_world();
  r->names = r->world ? raptor_new_namespaces(r->world, 0) : NULL;
  if (!r->base || !r->names) {
    nkg_turtle_renderer_free(r);
    return NULL;
  }
  int failed = 0;
  for (size_t i = 0; i < nkg_nprefixes; i++)
    failed |= raptor_namespaces_start_namespace_full(r->names, (const unsigned char *)nkg_prefixes[i].prefix,
                                                     (const unsigned char *)(nkg_prefixes[i].ns ? nkg_prefixes[i].ns
                                                                                               : base),
                                                     0);
  for (size_t i = 0; i < nkg_nkind_prefixes; i++) {
    char *ns = kind_namespace(base, nkg_kind_prefixes[i].ns);
    failed |= !ns || raptor_namespaces_start_namespace_full(r->names, (const unsigned char *)nkg_kind_prefixes[i].prefix,
                                                            (const unsigned char *)ns, 0);
    free(ns);
  }
  if (failed) {
    nkg_turtle_renderer_free(r);
    return NULL;
  }
  return r;
}

void nkg_turtle_renderer_free(nkg_turtle_renderer *r) {
  if (!r) return;
  if (r->names) raptor_free_namespaces(r->names);
  if (r->world) raptor_free_world(r->world);
  free(r->base);
  free(r);
}

static void prefix_line(nkg_out *o, const char *prefix, const char *ns) {
  nkg_out_puts(o, "@prefix ");
  nkg_out_puts(o, prefix);
  nkg_out_puts(o, ": <");
  put_escaped(o, ns, 1);
  nkg_out_puts(o, "> .\n");
}

void nkg_turtle_prefixes(nkg_turtle_renderer *r, nkg_out *o) {
  for (size_t i = 0; i < nkg_nprefixes; i++)
    prefix_line(o, nkg_prefixes[i].prefix, nkg_prefixes[i].ns ? nkg_prefixes[i].ns : r->base);
  for (size_t i = 0; i < nkg_nkind_prefixes; i++) {
    char *ns = kind_namespace(r->base, nkg_kind_prefixes[i].ns);
    if (ns) prefix_line(o, nkg_kind_prefixes[i].prefix, ns);
    free(ns);
  }
  nkg_out_write(o, "\n", 1);
}

const char *nkg_turtle_term(nkg_turtle_renderer *r, const nkg_term *t, nkg_arena *arena) {
  raptor_term *term;
  if (t->kind == NKG_TERM_IRI) {
    term = raptor_new_term_from_uri_string(r->world, (const unsigned char *)t->value);
  } else {
    raptor_uri *dt = t->datatype ? raptor_new_uri(r->world, (const unsigned char *)t->datatype) : NULL;
    term = raptor_new_term_from_literal(r->world, (const unsigned char *)t->value, dt, (const unsigned char *)t->lang);
    if (dt) raptor_free_uri(dt);
  }
  if (!term) return NULL;
  size_t len = 0;
  unsigned char *s = raptor_term_to_turtle_counted_string(term, r->names, NULL, &len);
  raptor_free_term(term);
  if (!s) return NULL;
  char *copy = nkg_arena_strndup(arena, (const char *)s, len);
  raptor_free_memory(s);
  return copy;
}
