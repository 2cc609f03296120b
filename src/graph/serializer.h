/* One raptor serializer writing to a FILE: every syntax newskg writes goes through
 * raptor_serializer_serialize_statement.  write.c (whole graphs, sorted) and stream.c
 * (N-Triples and N-Quads, document by document) feed it. */
#ifndef NKG_SERIALIZER_H
#define NKG_SERIALIZER_H
#include <raptor2.h>
#include <stdio.h>

#include "graph_internal.h"

typedef struct nkg_serializer nkg_serializer;

/* A serializer for raptor's syntax `name` ("turtle", "ntriples", "nquads",
 * "rdfxml-abbrev", "json") with the project's prefixes declared under `base`
 * (the graph's base IRI); NULL when raptor cannot make one. */
nkg_serializer *nkg_serializer_new(const char *name, const char *base, FILE *out);
/* Ends the document (the syntaxes that hold the graph write it now) and flushes;
 * NKG_ERR_IO when a write failed, NKG_ERR_RDF when raptor reported an error. */
nkg_status nkg_serializer_finish(nkg_serializer *s);
void nkg_serializer_free(nkg_serializer *s);

/* The raptor terms of one nkg_graph, each made once, on first use, and kept until
 * nkg_terms_release: a term that occurs in many statements is built once. */
typedef struct {
  raptor_term **items; /* by nkg_term_id */
  size_t count;
} nkg_terms;

/* Zero on success; NKG_ERR_NOMEM. */
nkg_status nkg_terms_init(nkg_terms *terms, const nkg_graph *g);
void nkg_terms_release(nkg_terms *terms);

/* Writes one statement of `g`: q is subject, predicate, object and named graph
 * (NKG_NO_GRAPH, or ignored by a syntax without graphs). */
nkg_status nkg_serializer_quad(nkg_serializer *s, nkg_terms *terms, const nkg_graph *g, const nkg_term_id *q,
                               int with_graph);

#endif
