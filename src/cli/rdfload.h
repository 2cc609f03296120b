/* Loading graph files into a librdf model, for the commands that read graphs. */
#ifndef NKG_CLI_RDFLOAD_H
#define NKG_CLI_RDFLOAD_H
#include <librdf.h>

/* A world with a quiet logger (errors only), an in-memory model with contexts. */
int nkg_rdf_open(librdf_world **world, librdf_storage **storage, librdf_model **model);
void nkg_rdf_close(librdf_world *world, librdf_storage *storage, librdf_model *model);
/* Parses a file by its extension (.ttl, .nt, .nq, .rdf); prints why it cannot. */
int nkg_rdf_load(librdf_world *world, librdf_model *model, const char *path);

#endif
