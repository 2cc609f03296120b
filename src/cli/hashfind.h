/* Finding a triple pattern's statements in librdf's "hashes" storage (the store's
 * default graph) through the indexes it has.
 *
 * librdf 1.0.17 answers four shapes of pattern from an index: s p ?, ? p o and s ? o
 * (librdf_storage_find_statements turns them into find_targets, find_sources and
 * find_arcs: sp2o, po2s, so2p) and ? p ? (p2so). Every other shape -- s p o with all
 * three known (a join's "is ?c a country?"), s ? ? and ? ? o (DESCRIBE) -- it answers
 * by reading the whole storage and filtering, once per row of the join that asks.
 * Here s p o becomes s p ? with its objects filtered (a subject has a few values of a
 * predicate), and s ? ? or ? ? o become s p ? or ? p o for each predicate the storage
 * holds (a vocabulary has a few dozen), chained into one stream. */
#ifndef NKG_CLI_HASHFIND_H
#define NKG_CLI_HASHFIND_H
#include <librdf.h>
#include <stddef.h>

typedef struct {
  int hashes;                     /* the model is librdf's hashes storage; otherwise
                                     librdf_model_find_statements as it is */
  librdf_node *const *predicates; /* every predicate in the model, or NULL: unknown
                                     (then s ? ? and ? ? o read everything) */
  size_t count;
} nkg_find_plan;

/* The statements of MODEL that match PATTERN (a NULL part matches anything), as
 * librdf_model_find_statements gives them; PLAN NULL is a plain find. NULL on failure. */
librdf_stream *nkg_find_statements(librdf_world *world, librdf_model *model, librdf_statement *pattern,
                                   const nkg_find_plan *plan);

#endif
