/* Loading graph files into a librdf model, for the commands that read graphs. */
#ifndef NKG_CLI_RDFLOAD_H
#define NKG_CLI_RDFLOAD_H
#include <librdf.h>
#include <stddef.h>

/* A world with a logger that counts errors and remembers the first one (with its line),
 * and an in-memory model for the default graph: librdf's "hashes" storage without
 * contexts (indexed by subject-predicate, predicate-object and subject-object). With
 * contexts its "hashes", "memory" and Berkeley DB storages load in quadratic time (each
 * statement added is first looked for by a scan of everything); its "trees" storage
 * has no contexts. Named graphs are kept apart (nkg_graphs). newskg query uses
 * nkg_rdf_open_indexed instead. */
int nkg_rdf_open(librdf_world **world, librdf_storage **storage, librdf_model **model);

/* The orders librdf's "trees" storage keeps a graph's statements in, besides
 * subject-predicate-object (which is the set itself, and serves every pattern with a
 * subject). Each order costs a balanced-tree insertion per statement while a graph
 * loads -- the subject order costs least, as parsers give a subject's statements
 * together -- and saves a scan of the whole graph for each pattern evaluated without
 * a subject, which is what joins do. Loading 314,000 statements (N-Triples, CPU):
 * subject order only 0.8 s, with the object order 1.2 s, with the object and
 * predicate orders 1.4 s, all four 1.6 s; the "hashes" storage 1.6 s. */
typedef enum {
  NKG_INDEX_ALL,              /* librdf's default: spo, sop, ops and pso */
  NKG_INDEX_SUBJECT,          /* spo only: a query of one triple pattern scans once */
  NKG_INDEX_OBJECT,           /* spo and ops: joins, where a value reaches subject or object */
  NKG_INDEX_OBJECT_PREDICATE, /* spo, ops and pso: and a pattern nested with nothing bound */
} nkg_rdf_indexes;
const char *nkg_rdf_trees_options(nkg_rdf_indexes indexes);
/* An in-memory model of WORLD ("trees" storage, no contexts) kept in those orders. */
int nkg_rdf_open_indexed(librdf_world *world, nkg_rdf_indexes indexes, librdf_storage **storage, librdf_model **model);
/* The same world and logger for a model the caller makes (a persistent store); free it
 * with nkg_rdf_free_world. */
librdf_world *nkg_rdf_world(void);
void nkg_rdf_free_world(librdf_world *world);
void nkg_rdf_close(librdf_world *world, librdf_storage *storage, librdf_model *model);

/* The named graphs of the loaded files, each in a model of its own ("trees" storage:
 * small per graph): GRAPH patterns read them, and the default graph is the union of
 * everything loaded. A graph is found by name through a balanced tree (tsearch). */
typedef struct nkg_graphs nkg_graphs;
nkg_graphs *nkg_graphs_new(librdf_world *world);
void nkg_graphs_free(nkg_graphs *g);
/* The graph named NAME, or NULL. */
librdf_model *nkg_graphs_find(nkg_graphs *g, librdf_node *name);
size_t nkg_graphs_count(const nkg_graphs *g);
/* The orders each graph made from now on is kept in (NKG_INDEX_ALL until set). */
void nkg_graphs_set_indexes(nkg_graphs *g, nkg_rdf_indexes indexes);
/* A store's graphs are named first and read when a query first asks for one: LOAD
 * fills MODEL with graph NAME (0, or -1 and the graph stays empty). */
typedef int (*nkg_graph_loader)(void *ctx, librdf_node *name, librdf_model *model);
void nkg_graphs_set_loader(nkg_graphs *g, nkg_graph_loader load, void *ctx);
int nkg_graphs_declare(nkg_graphs *g, librdf_node *name);
librdf_node *nkg_graphs_name(const nkg_graphs *g, size_t i); /* in the order first seen */

/* Parses a file by its extension (.ttl, .nt, .nq, .trig, .rdf, .json), or standard input
 * for "-" (its syntax guessed by raptor from the content), into the model: quads into
 * their named graph, triples into no context. Language tags are put in their canonical
 * BCP 47 case (raptor's N-Triples parser lower-cases "ru-Latn", its Turtle parser keeps
 * it, and the same graph must not count twice). On a syntax error nothing is kept
 * partially counted as success: it prints "FILE:LINE: message" and returns -1.
 * With progress, a line on standard error shows the statements read so far. */
int nkg_rdf_load(librdf_world *world, librdf_model *model, const char *path);
/* The same, and each quad also into its graph in graphs (when not NULL). */
int nkg_rdf_load_ex(librdf_world *world, librdf_model *model, nkg_graphs *graphs, const char *path, int progress,
                    size_t *statements);

/* A copy of a parsed statement with its language tag in canonical BCP 47 case, or NULL
 * when it is canonical already (nearly always). The copy has no graph. */
librdf_statement *nkg_rdf_canonical_copy(librdf_world *world, raptor_statement *st);

/* TAG in its canonical BCP 47 case ("ru-latn" -> "ru-Latn"; TAG itself when it is not
 * a tag ICU knows). Valid until the next call with a new tag (a few are remembered). */
const char *nkg_rdf_canonical_language(const char *tag);

/* Errors librdf, raptor or rasqal logged since the world was opened. */
int nkg_rdf_errors(void);

#endif
