#include "store_predicates.h"
#include "store_file.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int nkg_predicates_note(nkg_predicates *p, librdf_node *predicate) {
  librdf_uri *u = librdf_node_get_uri(predicate);
  if (!u) return 0;
  /* raptor interns URIs, so a predicate seen before is the same pointer: a few dozen
   * compares per statement; strings only for one not found so */
  for (size_t i = 0; i < p->count; i++)
    if (librdf_node_get_uri(p->nodes[i]) == u) return 0;
  for (size_t i = 0; i < p->count; i++)
    if (librdf_node_equals(p->nodes[i], predicate)) return 0;
  if (p->count == p->cap) {
    size_t cap = p->cap ? p->cap * 2 : 32;
    librdf_node **n = realloc(p->nodes, cap * sizeof *n);
    if (!n) return -1;
    p->nodes = n, p->cap = cap;
  }
  librdf_node *copy = librdf_new_node_from_node(predicate);
  if (!copy) return -1;
  p->nodes[p->count++] = copy;
  return 0;
}

int nkg_predicates_read(librdf_world *world, const char *path, nkg_predicates *p) {
  nkg_predicates_clear(p, 0);
  FILE *f = fopen(path, "r");
  if (!f) return access(path, F_OK) == 0 ? -1 : 0;
  char *line = NULL;
  size_t cap = 0;
  ssize_t n;
  int status = 0;
  while (status == 0 && (n = getline(&line, &cap, f)) >= 0) {
    if (n > 0 && line[n - 1] == '\n') line[--n] = '\0';
    librdf_node *node = n > 0 && !strchr(line, ' ') ? librdf_new_node_from_uri_string(world, (unsigned char *)line) : NULL;
    if (!node || nkg_predicates_note(p, node)) status = -1;
    if (node) librdf_free_node(node);
  }
  free(line);
  if (ferror(f)) status = -1;
  fclose(f);
  if (status) nkg_predicates_clear(p, 0);
  else p->known = 1;
  return status;
}

int nkg_predicates_learn(nkg_predicates *p, librdf_model *model) {
  nkg_predicates_clear(p, 0);
  librdf_stream *st = librdf_model_as_stream(model);
  int status = st ? 0 : -1;
  for (; st && status == 0 && !librdf_stream_end(st); librdf_stream_next(st)) {
    librdf_statement *t = librdf_stream_get_object(st);
    if (!t || nkg_predicates_note(p, librdf_statement_get_predicate(t))) status = -1;
  }
  if (st) librdf_free_stream(st);
  p->known = status == 0;
  return status;
}

static int write_predicates(FILE *f, const void *ctx) {
  const nkg_predicates *p = ctx;
  for (size_t i = 0; i < p->count; i++) fprintf(f, "%s\n", librdf_uri_as_string(librdf_node_get_uri(p->nodes[i])));
  return 0;
}

int nkg_predicates_write(const char *path, const nkg_predicates *p) {
  return nkg_store_replace_file(path, write_predicates, p);
}

void nkg_predicates_clear(nkg_predicates *p, int known) {
  for (size_t i = 0; i < p->count; i++) librdf_free_node(p->nodes[i]);
  p->count = 0;
  p->known = known;
}

void nkg_predicates_free(nkg_predicates *p) {
  nkg_predicates_clear(p, 0);
  free(p->nodes);
  p->nodes = NULL, p->cap = 0;
}
