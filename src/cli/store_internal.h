/* What the store's files share (store.c, store_add.c, store_graphs.c, store_graphfile.c);
 * not for the rest of the program, which uses store.h. */
#ifndef NKG_CLI_STORE_INTERNAL_H
#define NKG_CLI_STORE_INTERNAL_H
#include <stdint.h>

#include "store.h"
#include "store_catalog.h"
#include "store_predicates.h"
#include "store_tellers.h"

struct nkg_store {
  char *dir;
  int lock_fd, writable;
  librdf_world *world;
  librdf_storage *storage;
  librdf_model *model;
  nkg_tellers *tellers;
  nkg_catalog cat;
  nkg_predicates preds; /* of the default graph (DIR/predicates) */
  nkg_graphs *graphs;
  nkg_entry **by_iri; /* documents sorted by IRI, for the named graphs */
  size_t by_iri_count;
  unsigned char *key; /* a statement's encoding */
  size_t key_cap;
};

/* DIR/NAME, DIR/graphs/ID.nq (the caller frees them; NULL when out of memory). */
char *nkg_store_path(const nkg_store *s, const char *name);
char *nkg_store_graph_path(const nkg_store *s, uint32_t id);
/* DOC tells the triple T: it joins the default graph unless another document told it
 * already; untell: DOC no longer tells it, and it leaves the default graph unless
 * another document still does. 0 or -1. */
int nkg_store_tell(nkg_store *s, librdf_statement *t, uint32_t doc);
int nkg_store_untell(nkg_store *s, librdf_statement *t, uint32_t doc);
/* Takes entry E's statements out (from its graph file); marks it removed. */
int nkg_store_remove_entry(nkg_store *s, nkg_entry *e);
/* Removes the event links of each build one of whose documents was removed. */
int nkg_store_remove_stale_links(nkg_store *s);

/* Reads an N-Quads graph file as triples (graph dropped, language tag canonical), each
 * passed to FN; stops when FN returns non-zero. 0, or -1 when it cannot be read. */
typedef int (*nkg_triple_fn)(void *ctx, librdf_statement *triple);
int nkg_store_read_graph(librdf_world *world, const char *path, nkg_triple_fn fn, void *ctx);
/* Parses the N-Quads file at path, each statement to handler(ud, ...); *parser is the
 * parser while it runs (a handler may abort it), NULL after.  raptor's status. */
int nkg_store_parse_nquads(raptor_world *rw, const char *path, raptor_statement_handler handler, void *ud,
                           raptor_parser **parser);

#endif
