/* The predicates of a store's default graph, kept in DIR/predicates (one IRI a line),
 * so that a triple pattern with only its subject or only its object known can be
 * answered through the indexes of librdf's hashes storage, one predicate at a time
 * (hashfind.h). A vocabulary has a few dozen predicates. The set may hold a predicate
 * no statement has any more (a removal does not shrink it: harmless, an empty
 * lookup); it must never miss one, so it is written with the catalog when an
 * operation completes, and made anew when a store is rebuilt. */
#ifndef NKG_CLI_STORE_PREDICATES_H
#define NKG_CLI_STORE_PREDICATES_H
#include <librdf.h>
#include <stddef.h>

typedef struct {
  int known; /* complete: read from the file, or made from every statement */
  librdf_node **nodes;
  size_t count, cap;
} nkg_predicates;

/* A missing file leaves the set unknown (a store made before the file existed): 0.
 * -1 when the file cannot be read or holds something else than IRIs. */
int nkg_predicates_read(librdf_world *world, const char *path, nkg_predicates *p);
/* Adds PREDICATE unless the set has it; 0, or -1 when out of memory. */
int nkg_predicates_note(nkg_predicates *p, librdf_node *predicate);
/* Makes the set from every statement of MODEL (one scan): it becomes known. */
int nkg_predicates_learn(nkg_predicates *p, librdf_model *model);
/* Written beside, synced and renamed over PATH: 0 or -1. */
int nkg_predicates_write(const char *path, const nkg_predicates *p);
/* Empties the set (known, or not). */
void nkg_predicates_clear(nkg_predicates *p, int known);
void nkg_predicates_free(nkg_predicates *p);

#endif
