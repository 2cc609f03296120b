/* Output bytes and the textual form of terms, for the writers in write.c. */
#ifndef NKG_RENDER_H
#define NKG_RENDER_H
#include <stdio.h>

#include "graph_internal.h"

/* Bytes gathered in a buffer and handed to a FILE in large writes; with no FILE, the
 * buffer grows and holds them all. */
typedef struct {
  FILE *out;
  char *buf;
  size_t used, cap;
  int failed; /* a write or an allocation failed */
} nkg_out;

void nkg_out_init(nkg_out *o, FILE *out);
void nkg_out_release(nkg_out *o);
void nkg_out_write(nkg_out *o, const char *s, size_t n);
void nkg_out_puts(nkg_out *o, const char *s);
/* Hands the buffer to the FILE; returns 0, or -1 once any write failed. */
int nkg_out_flush(nkg_out *o);

/* Appends the N-Triples form of a term: <iri>, "literal"@lang, "literal"^^<dt>.
 * UTF-8 is written as it is (N-Triples 1.1); what the grammar forbids is escaped. */
void nkg_render_ntriples(nkg_out *o, const nkg_term *t);

/* Turtle terms: prefixed names where the namespace is one of ours, the same escapes
 * as N-Triples.  Callers render each distinct term once and keep the string. */
typedef struct nkg_turtle_renderer nkg_turtle_renderer;
nkg_turtle_renderer *nkg_turtle_renderer_new(const char *base);
void nkg_turtle_renderer_free(nkg_turtle_renderer *r);
/* Writes the @prefix lines. */
void nkg_turtle_prefixes(nkg_turtle_renderer *r, nkg_out *o);
/* The Turtle form of a term, copied into `arena` ("a" for rdf:type in predicate
 * position is the caller's business); NULL when out of memory. */
const char *nkg_turtle_term(nkg_turtle_renderer *r, const nkg_term *t, nkg_arena *arena);

/* The prefixes every graph declares, and the entity kinds' paths under the base
 * (person:sergey-lavrov reads better than a full IRI). */
typedef struct {
  const char *prefix, *ns; /* ns NULL: the base itself */
} nkg_prefix;
extern const nkg_prefix nkg_prefixes[];
extern const size_t nkg_nprefixes;
extern const nkg_prefix nkg_kind_prefixes[]; /* ns: the path under the base, without '/' */
extern const size_t nkg_nkind_prefixes;

#endif
