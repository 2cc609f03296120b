/* SPARQL over a librdf model with rasqal's query engine, called directly.
 *
 * librdf's own query adapter drops every data graph of a query, so GRAPH patterns over
 * named graphs (N-Quads) find nothing, and it cannot tell a SERVICE from a triple
 * pattern. Here rasqal gets a triples source that reads the model through its indexes
 * (find_statements, in a context for GRAPH), one named data graph per context of the
 * model, and the query is checked and corrected before it runs. */
#ifndef NKG_CLI_SPARQL_H
#define NKG_CLI_SPARQL_H
#include <librdf.h>
#include <rasqal.h>

#include "hashfind.h"
#include "rdfload.h"

typedef struct nkg_sparql nkg_sparql;

/* Parses TEXT and makes it ready to run over MODEL. Prints why not and returns NULL:
 * bad SPARQL, or a SERVICE (network or local files) without allow_service. */
/* graphs: the named graphs (may be NULL: then MODEL's own contexts, for a store). */
nkg_sparql *nkg_sparql_prepare(librdf_world *world, librdf_model *model, nkg_graphs *graphs, const char *text,
                               int allow_service);
/* The orders the graphs' models need for Q's triple patterns (rdfload.h), and the model
 * to run it over when it was made after the query (prepare with a NULL model). */
nkg_rdf_indexes nkg_sparql_indexes(const nkg_sparql *q);
void nkg_sparql_set_model(nkg_sparql *q, librdf_model *model, nkg_rdf_indexes indexes);
/* The default graph is a store's (librdf's hashes storage): its patterns are found
 * through the indexes it has (hashfind.h). */
void nkg_sparql_set_plan(nkg_sparql *q, const nkg_find_plan *plan);
/* Runs it over the model as it is now (load the graphs between prepare and execute);
 * NULL (message printed) when rasqal refuses. The results belong to q. */
rasqal_query_results *nkg_sparql_execute(nkg_sparql *q);
rasqal_query *nkg_sparql_query(nkg_sparql *q);
rasqal_world *nkg_sparql_world(nkg_sparql *q);
/* Errors rasqal logged while it ran (an evaluation that failed half-way). */
int nkg_sparql_errors(const nkg_sparql *q);
/* For an aggregate without GROUP BY that matched nothing, the one row SPARQL gives
 * (COUNT and SUM 0, GROUP_CONCAT "", the others unbound) -- rasqal gives no row.
 * values[i] for the i-th projected variable, NULL when unbound; the literals belong to
 * the caller. Returns 0 when the query is not such an aggregate. */
int nkg_sparql_empty_aggregate_row(nkg_sparql *q, int count, rasqal_literal **values);
/* 1 when VALUES (the first row of a GROUP BY query) is the group rasqal makes when the
 * WHERE clause matched nothing, which SPARQL does not have (zero groups, zero rows). */
int nkg_sparql_phantom_group(nkg_sparql *q, int count, rasqal_literal **values);
/* DESCRIBE: the resources to describe, as librdf nodes (the caller frees each and the
 * array); variables are bound by running the query's WHERE clause. -1 on failure. */
int nkg_sparql_describe_targets(nkg_sparql *q, librdf_node ***nodes);
void nkg_sparql_free(nkg_sparql *q);

#endif
