/* The network of `newskg graph`, built from RDF: the nodes a reader looks at (persons,
 * organizations, countries, cities, events, documents, chairmanships, agreements,
 * topics, quotations) with their attributes, and the edges between them, each with an
 * English label, its Russian label and a relation key.  The writers (GraphML, GEXF,
 * DOT, Neo4j CSV) only lay it out. */
#ifndef NKG_CLI_NETWORK_MODEL_H
#define NKG_CLI_NETWORK_MODEL_H
#include <librdf.h>
#include <stdio.h>

#include "../util/strmap.h"

typedef struct {
  const char *iri;
  const char *type;  /* person, organization, ... (NULL: not a node of the network) */
  const char *kind;  /* events: meeting or session */
  const char *label; /* the Russian name a reader knows it by */
  const char *label_en;
  const char *date, *end_date; /* as the graph gives them: 2025-06-30, --06-30, 2025 */
  const char *status;          /* events: scheduled */
  const char *same_as;         /* owl:sameAs outside the network (Wikidata), space-separated */
  int inferred;
  /* while reading */
  const char *ru, *name, *pref, *text, *source, *member, *role, *org, *chair, *chair_of;
  nkg_vec strings; /* const char *: a membership's documents, then a node's outside owl:sameAs */
} nkg_net_node;

typedef struct {
  const char *from, *to;
  const char *relation;      /* attended, holds_role, ... */
  const char *label, *label_ru;
  const char *role;          /* holds_role: the role's IRI */
  const char *sources;       /* holds_role: the documents that state it, space-separated */
} nkg_net_edge;

typedef struct {
  nkg_strmap index; /* IRI -> node */
  nkg_vec nodes;    /* nkg_net_node, sorted by IRI once built */
  nkg_vec edges;    /* nkg_net_edge, sorted, between shown nodes only */
  nkg_arena text;
} nkg_network;

void nkg_network_build(nkg_network *n, librdf_model *model);
void nkg_network_free(nkg_network *n);
/* The index of a node in n->nodes. */
size_t nkg_network_node_index(const nkg_network *n, const char *iri);
int nkg_network_shown(const nkg_net_node *nd);

/* The writers: the caller checks the stream for errors. */
void nkg_network_write_graphml(FILE *f, const nkg_network *n);
void nkg_network_write_gexf(FILE *f, const nkg_network *n);
void nkg_network_write_dot(FILE *f, const nkg_network *n);
void nkg_network_write_neo4j_nodes(FILE *f, const nkg_network *n);
void nkg_network_write_neo4j_relationships(FILE *f, const nkg_network *n);

#endif
