/* The graph under construction: interned terms and a set of quads, each triple with
 * the document it came from as its named graph. */
#ifndef NKG_GRAPH_INTERNAL_H
#define NKG_GRAPH_INTERNAL_H
#include <stdint.h>

#include "../util/idset.h"
#include "../util/strmap.h"
#include "newskg.h"

typedef enum { NKG_TERM_IRI, NKG_TERM_LITERAL } nkg_term_kind;

typedef struct {
  nkg_term_kind kind;
  const char *value;
  const char *lang;     /* literals: language tag or NULL */
  const char *datatype; /* literals: datatype IRI or NULL */
  uint64_t print;       /* a fingerprint of all four, the same in every graph (nkg_term_print) */
} nkg_term;

/* A 64-bit fingerprint of a term's kind, text, language and datatype. */
uint64_t nkg_term_print(nkg_term_kind kind, const char *value, const char *lang, const char *datatype);

typedef uint32_t nkg_term_id;

struct nkg_graph {
  char *base;
  nkg_arena arena;
  nkg_idset term_index;  /* ids of `terms`, by their text */
  nkg_vec terms;         /* nkg_term */
  nkg_idset triple_index; /* ids of `triples` */
  nkg_vec triples;     /* nkg_term_id[4]: subject, predicate, object, graph */
  nkg_term_id context; /* the graph new triples go into (NKG_NO_GRAPH: none) */
  int provenance;      /* extraction adds NIF annotations */
  int named_graphs;    /* nkg_graph_set_context has an effect */
  int doc_year, doc_month, doc_day; /* nkg_graph_set_document_date, or 0 */
};

#define NKG_NO_GRAPH ((nkg_term_id)0xFFFFFFFFu)

/* The named graph the following nkg_graph_add calls put their triples in. */
void nkg_graph_set_context(nkg_graph *g, nkg_term_id graph);

/* Well-known namespaces. */
#define NKG_NS_NKG "https://w3id.org/newskg/ontology#"
#define NKG_DEFAULT_BASE "https://w3id.org/newskg/id/"
#define NKG_NS_RDF "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
#define NKG_NS_RDFS "http://www.w3.org/2000/01/rdf-schema#"
#define NKG_NS_SKOS "http://www.w3.org/2004/02/skos/core#"
#define NKG_NS_OWL "http://www.w3.org/2002/07/owl#"
#define NKG_NS_XSD "http://www.w3.org/2001/XMLSchema#"
#define NKG_NS_SCHEMA "http://schema.org/"
#define NKG_NS_ORG "http://www.w3.org/ns/org#"
#define NKG_NS_PROV "http://www.w3.org/ns/prov#"
#define NKG_NS_DCT "http://purl.org/dc/terms/"
#define NKG_NS_FOAF "http://xmlns.com/foaf/0.1/"
#define NKG_NS_NIF "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"
#define NKG_NS_ITSRDF "http://www.w3.org/2005/11/its/rdf#"

/* An IRI: `iri` is absolute, or a path under the graph's base when it has no scheme. */
nkg_term_id nkg_graph_iri(nkg_graph *g, const char *iri);
/* An IRI from a namespace and a local name. */
nkg_term_id nkg_graph_ns(nkg_graph *g, const char *ns, const char *local);
nkg_term_id nkg_graph_literal(nkg_graph *g, const char *value, const char *lang, const char *datatype);
void nkg_graph_add(nkg_graph *g, nkg_term_id s, nkg_term_id p, nkg_term_id o);
/* The term `t` of `src`, interned in `dst`. */
nkg_term_id nkg_graph_copy_term(nkg_graph *dst, const nkg_graph *src, nkg_term_id t);
/* A term as it is (kind, text, language, datatype), interned in `g`. */
nkg_term_id nkg_graph_term(nkg_graph *g, const nkg_term *t);

/* Readable ASCII slugs: ICU transliteration, lower case, words joined by '-'.
 * One transliterator per thread. */
typedef struct nkg_slugger nkg_slugger;
nkg_slugger *nkg_slugger_new(void);
void nkg_slugger_free(nkg_slugger *s);
/* Writes the slug of UTF-8 `text` into buf (NUL-terminated); returns its length. */
size_t nkg_slug(nkg_slugger *s, const char *text, char *buf, size_t size);
/* The Latin transliteration of UTF-8 `text` ("Садыр Жапаров" -> "Sadyr Zhaparov").
 * Into a buffer of NKG_LATIN_SIZE bytes the result of a whole text is cached. */
#define NKG_LATIN_SIZE 1024
size_t nkg_translit(nkg_slugger *s, const char *text, char *buf, size_t size);
/* The same in one piece, without the cache (nkg_translit goes word by word): for tests. */
size_t nkg_translit_whole(nkg_slugger *s, const char *text, char *buf, size_t size);

#endif
