/* A persistent store of newskg's graphs in a directory, embedded (no server):
 *
 *   DIR/newskg-store       says that DIR is a store (and its layout version)
 *   DIR/union-*.db         the default graph, each statement once: librdf's "hashes"
 *                          storage on Berkeley DB (indexes sp2o, po2s, so2p, p2so)
 *   DIR/tellers.db         which documents tell each statement (store_tellers.c)
 *   DIR/graphs/ID.nq       each document's graph as N-Quads, written by raptor: a GRAPH
 *                          pattern reads it, and removing the document removes its
 *                          statements one by one (librdf's Berkeley DB cursor over a
 *                          context overruns a buffer, as AddressSanitizer shows)
 *   DIR/catalog            what the store holds (store_catalog.c)
 *   DIR/predicates         the default graph's predicates (store_predicates.c)
 *   DIR/lock               flock: one writer, or any number of readers
 *   DIR/incomplete         present while an operation changes the store; an operation
 *                          that did not finish (killed, a full disk) leaves it, and the
 *                          next one rebuilds the databases from the catalog's graphs
 *
 * Only the CLI uses it; it prints its errors ("newskg: DIR: ..."). */
#ifndef NKG_CLI_STORE_H
#define NKG_CLI_STORE_H
#include <librdf.h>
#include <stdio.h>

#include "hashfind.h"
#include "rdfload.h"

typedef struct nkg_store nkg_store;

/* Opens the store at DIR, made (the directory too) when create and missing; writable
 * takes the store for this process alone until nkg_store_close. NULL (message printed)
 * when DIR is not a store, cannot be made or cannot be read. */
nkg_store *nkg_store_open(const char *dir, int create, int writable);
/* Adds the graph of an N-Quads file as newskg build writes it (each document's graph,
 * then the build's event links in the default graph). A document the store holds under
 * the same source name or IRI is replaced: its statements are removed, but a statement
 * another document also tells stays. Counts the documents added and replaced. */
int nkg_store_add_nquads(nkg_store *s, const char *path, size_t *added, size_t *replaced);
/* Removes the documents whose source name is NAME (or, unless exact, lies under NAME/),
 * or whose IRI is NAME; counts them in *removed. */
int nkg_store_remove(nkg_store *s, const char *name, int exact, size_t *removed);
/* Each document: statements, IRI, source name; then the event links of each build. */
int nkg_store_list(nkg_store *s, FILE *out);
/* For SPARQL: the world, the default graph, and the documents' named graphs (each read
 * from its file when a query first asks for it). */
librdf_world *nkg_store_world(nkg_store *s);
librdf_model *nkg_store_model(nkg_store *s);
/* How to find a pattern's statements in the default graph through its indexes. */
nkg_find_plan nkg_store_find_plan(const nkg_store *s);
nkg_graphs *nkg_store_graphs(nkg_store *s);
/* commit: makes this operation's changes the store's state; otherwise the store goes
 * back to its state before the operation. 0, or -1 (printed). Accepts NULL. */
int nkg_store_close(nkg_store *s, int commit);

#endif
