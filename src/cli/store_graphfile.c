/* A store's graph file (graphs/ID.nq, written by raptor's N-Quads serializer) read back
 * as triples. */
#include "store_internal.h"

typedef struct {
  librdf_world *world;
  raptor_parser *parser;
  nkg_triple_fn fn;
  void *ctx;
  int failed;
} graph_reader;

static void read_statement(void *ud, raptor_statement *st) {
  graph_reader *r = ud;
  if (r->failed) return;
  librdf_statement *copy = nkg_rdf_canonical_copy(r->world, st);
  raptor_term *graph = st->graph;
  st->graph = NULL;
  if (r->fn(r->ctx, copy ? copy : st)) {
    r->failed = 1;
    raptor_parser_parse_abort(r->parser);
  }
  st->graph = graph;
  if (copy) librdf_free_statement(copy);
}

int nkg_store_parse_nquads(raptor_world *rw, const char *path, raptor_statement_handler handler, void *ud,
                           raptor_parser **parser) {
  unsigned char *u = raptor_uri_filename_to_uri_string(path);
  raptor_uri *uri = u ? raptor_new_uri(rw, u) : NULL;
  raptor_free_memory(u);
  *parser = uri ? raptor_new_parser(rw, "nquads") : NULL;
  int rc = -1;
  if (*parser) {
    raptor_parser_set_statement_handler(*parser, ud, handler);
    rc = raptor_parser_parse_file(*parser, uri, uri);
    raptor_free_parser(*parser);
    *parser = NULL;
  }
  if (uri) raptor_free_uri(uri);
  return rc;
}

int nkg_store_read_graph(librdf_world *world, const char *path, nkg_triple_fn fn, void *ctx) {
  graph_reader r = {.world = world, .fn = fn, .ctx = ctx};
  int errors = nkg_rdf_errors();
  int rc = nkg_store_parse_nquads(librdf_world_get_raptor(world), path, read_statement, &r, &r.parser);
  return rc || r.failed || nkg_rdf_errors() > errors ? -1 : 0;
}

