#include "rdfload.h"

#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

/* librdf's messages: errors are worth a line, its warnings about unused variables are not. */
static int log_message(void *user, librdf_log_message *m) {
  (void)user;
  if (librdf_log_message_level(m) >= LIBRDF_LOG_ERROR) fprintf(stderr, "newskg: %s\n", librdf_log_message_message(m));
  return 1;
}

int nkg_rdf_open(librdf_world **world, librdf_storage **storage, librdf_model **model) {
  *world = librdf_new_world();
  librdf_world_set_logger(*world, NULL, log_message);
  librdf_world_open(*world);
  *storage = librdf_new_storage(*world, "hashes", NULL, "hash-type='memory',contexts='yes'");
  *model = *storage ? librdf_new_model(*world, *storage, NULL) : NULL;
  if (!*model) fputs("newskg: cannot create an RDF model\n", stderr);
  return *model ? 0 : -1;
}

void nkg_rdf_close(librdf_world *world, librdf_storage *storage, librdf_model *model) {
  if (model) librdf_free_model(model);
  if (storage) librdf_free_storage(storage);
  if (world) librdf_free_world(world);
}

static const char *parser_for(const char *path) {
  const char *dot = strrchr(path, '.');
  if (!dot) return "turtle";
  if (!strcmp(dot, ".nt")) return "ntriples";
  if (!strcmp(dot, ".nq")) return "nquads";
  if (!strcmp(dot, ".rdf") || !strcmp(dot, ".xml") || !strcmp(dot, ".owl")) return "rdfxml";
  if (!strcmp(dot, ".rj") || !strcmp(dot, ".json")) return "json"; /* RDF/JSON */
  return "turtle";
}

int nkg_rdf_load(librdf_world *world, librdf_model *model, const char *path) {
  struct stat st;
  if (stat(path, &st) != 0 || !S_ISREG(st.st_mode)) {
    fprintf(stderr, "newskg: %s: no such graph file\n", path);
    return -1;
  }
  librdf_parser *parser = librdf_new_parser(world, parser_for(path), NULL, NULL);
  unsigned char *uri_string = raptor_uri_filename_to_uri_string(path);
  librdf_uri *uri = uri_string ? librdf_new_uri(world, uri_string) : NULL;
  int rc = parser && uri ? librdf_parser_parse_into_model(parser, uri, uri, model) : 1;
  if (uri) librdf_free_uri(uri);
  raptor_free_memory(uri_string);
  if (parser) librdf_free_parser(parser);
  if (rc) fprintf(stderr, "newskg: %s: cannot be read as %s\n", path, parser_for(path));
  return rc ? -1 : 0;
}
