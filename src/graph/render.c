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
  o->cap = 64 * 1024;
  o->buf = malloc(o->cap);
  o->failed = !o->buf;
  if (!o->buf) o->cap = 0;
}

void nkg_out_release(nkg_out *o) {
  free(o->buf);
  o->buf = NULL;
  o->cap = o->used = 0;
}

int nkg_out_flush(nkg_out *o) {
  if (o->out && o->used && fwrite(o->buf, 1, o->used, o->out) != o->used) o->failed = 1;
  if (o->out) o->used = 0;
  return o->failed ? -1 : 0;
}

void nkg_out_write(nkg_out *o, const char *s, size_t n) {
  if (o->used + n > o->cap) {
    if (o->out) {
      nkg_out_flush(o);
      if (n > o->cap) {
        if (fwrite(s, 1, n, o->out) != n) o->failed = 1;
        return;
      }
    } else {
      size_t cap = o->cap * 2 > o->used + n ? o->cap * 2 : o->used + n;
      char *buf = realloc(o->buf, cap);
      if (!buf) {
        o->failed = 1;
        return;
      }
      o->buf = buf;
      o->cap = cap;
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

/* A literal's quoted value and language tag, the same in N-Triples and Turtle; the
 * caller writes ^^datatype when there is no tag. */
static void put_quoted(nkg_out *o, const nkg_term *t) {
  nkg_out_write(o, "\"", 1);
  put_escaped(o, t->value, 0);
  nkg_out_write(o, "\"", 1);
  if (t->lang) {
    nkg_out_write(o, "@", 1);
    nkg_out_puts(o, t->lang);
  }
}

void nkg_render_ntriples(nkg_out *o, const nkg_term *t) {
  if (t->kind == NKG_TERM_IRI) {
    nkg_out_write(o, "<", 1);
    put_escaped(o, t->value, 1);
    nkg_out_write(o, ">", 1);
    return;
  }
  put_quoted(o, t);
  if (!t->lang && t->datatype) {
    nkg_out_write(o, "^^<", 3);
    put_escaped(o, t->datatype, 1);
    nkg_out_write(o, ">", 1);
  }
}

/* --- Turtle --- */

struct nkg_turtle_renderer {
  char *base;
  nkg_out scratch; /* where a term is rendered before it is copied out */
  size_t n;
  struct {
    const char *prefix;
    char *ns;
    size_t len;
  } names[32];
};

nkg_turtle_renderer *nkg_turtle_renderer_new(const char *base) {
  nkg_turtle_renderer *r = calloc(1, sizeof *r);
  if (!r || !(r->base = strdup(base))) {
    free(r);
    return NULL;
  }
  nkg_out_init(&r->scratch, NULL);
  for (size_t i = 0; i < nkg_nprefixes + nkg_nkind_prefixes; i++) {
    int kind = i >= nkg_nprefixes;
    const nkg_prefix *p = kind ? &nkg_kind_prefixes[i - nkg_nprefixes] : &nkg_prefixes[i];
    const char *ns = kind || !p->ns ? base : p->ns;
    size_t n = strlen(ns) + (kind ? strlen(p->ns) + 1 : 0) + 1;
    char *full = malloc(n);
    if (!full) {
      nkg_turtle_renderer_free(r);
      return NULL;
    }
    snprintf(full, n, kind ? "%s%s/" : "%s", ns, kind ? p->ns : "");
    r->names[r->n].prefix = p->prefix;
    r->names[r->n].ns = full;
    r->names[r->n].len = strlen(full);
    r->n++;
  }
  return r;
}

void nkg_turtle_renderer_free(nkg_turtle_renderer *r) {
  if (!r) return;
  for (size_t i = 0; i < r->n; i++) free(r->names[i].ns);
  nkg_out_release(&r->scratch);
  free(r->base);
  free(r);
}

void nkg_turtle_prefixes(nkg_turtle_renderer *r, nkg_out *o) {
  for (size_t i = 0; i < r->n; i++) {
    nkg_out_puts(o, "@prefix ");
    nkg_out_puts(o, r->names[i].prefix);
    nkg_out_puts(o, ": <");
    put_escaped(o, r->names[i].ns, 1);
    nkg_out_puts(o, "> .\n");
  }
  nkg_out_write(o, "\n", 1);
}

static int is_ascii_alpha(char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }

/* A local name written after a prefix: a conservative subset of Turtle's PN_LOCAL
 * (what raptor, too, writes as a prefixed name). */
static int plain_local_name(const char *s) {
  if (!is_ascii_alpha(*s) && *s != '_') return 0;
  for (s++; *s; s++)
    if (!is_ascii_alpha(*s) && !(*s >= '0' && *s <= '9') && *s != '_' && *s != '-') return 0;
  return 1;
}

/* The IRI as prefix:local when a declared namespace (the longest that fits) leaves a
 * plain local name, else <iri>. */
static void put_iri(nkg_turtle_renderer *r, nkg_out *o, const char *iri) {
  size_t best = r->n, best_len = 0;
  for (size_t i = 0; i < r->n; i++)
    if (r->names[i].len > best_len && !strncmp(iri, r->names[i].ns, r->names[i].len)) {
      best = i;
      best_len = r->names[i].len;
    }
  if (best < r->n && plain_local_name(iri + best_len)) {
    nkg_out_puts(o, r->names[best].prefix);
    nkg_out_write(o, ":", 1);
    nkg_out_puts(o, iri + best_len);
    return;
  }
  nkg_out_write(o, "<", 1);
  put_escaped(o, iri, 1);
  nkg_out_write(o, ">", 1);
}

/* Literals Turtle can write bare. */
static int bare_literal(const nkg_term *t) {
  if (!t->datatype || t->lang) return 0;
  if (!strcmp(t->datatype, NKG_NS_XSD "boolean")) return !strcmp(t->value, "true") || !strcmp(t->value, "false");
  if (strcmp(t->datatype, NKG_NS_XSD "integer")) return 0;
  const char *p = t->value + (t->value[0] == '-' || t->value[0] == '+');
  if (!*p) return 0;
  for (; *p; p++)
    if (*p < '0' || *p > '9') return 0;
  return 1;
}

const char *nkg_turtle_term(nkg_turtle_renderer *r, const nkg_term *t, nkg_arena *arena) {
  nkg_out *o = &r->scratch;
  o->used = 0;
  if (t->kind == NKG_TERM_IRI) {
    put_iri(r, o, t->value);
  } else if (bare_literal(t)) {
    nkg_out_puts(o, t->value);
  } else {
    put_quoted(o, t);
    if (!t->lang && t->datatype) {
      nkg_out_write(o, "^^", 2);
      put_iri(r, o, t->datatype);
    }
  }
  return o->failed ? NULL : nkg_arena_strndup(arena, o->buf, o->used);
}
