/* The store's documents as named graphs for SPARQL: named from the catalog, each read
 * from its graph file when a query first asks for it. */
#include "store_internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int by_entry_iri(const void *x, const void *y) {
  return strcmp((*(nkg_entry *const *)x)->iri, (*(nkg_entry *const *)y)->iri);
}

typedef struct {
  librdf_model *model;
} load_ctx;

static int load_one(void *ctx, librdf_statement *t) { return librdf_model_add_statement(((load_ctx *)ctx)->model, t); }

static int load_graph(void *ctx, librdf_node *name, librdf_model *model) {
  nkg_store *s = ctx;
  nkg_entry key = {.iri = (char *)librdf_uri_as_string(librdf_node_get_uri(name))}, *kp = &key;
  nkg_entry **hit = bsearch(&kp, s->by_iri, s->by_iri_count, sizeof *s->by_iri, by_entry_iri);
  if (!hit) return -1;
  char *p = nkg_store_graph_path(s, (*hit)->id);
  load_ctx c = {model};
  int rc = p ? nkg_store_read_graph(s->world, p, load_one, &c) : -1;
  if (rc) fprintf(stderr, "newskg: %s: the graph of %s cannot be read\n", p ? p : s->dir, (*hit)->iri);
  free(p);
  return rc;
}

nkg_graphs *nkg_store_graphs(nkg_store *s) {
  if (s->graphs) return s->graphs;
  s->by_iri = malloc((s->cat.count + 1) * sizeof *s->by_iri);
  s->graphs = s->by_iri ? nkg_graphs_new(s->world) : NULL;
  if (!s->graphs) return NULL;
  for (size_t i = 0; i < s->cat.count; i++) {
    nkg_entry *e = &s->cat.items[i];
    if (e->kind != NKG_ENTRY_DOCUMENT || e->removed) continue;
    s->by_iri[s->by_iri_count++] = e;
    librdf_uri *u = librdf_new_uri(s->world, (const unsigned char *)e->iri);
    librdf_node *n = u ? librdf_new_node_from_uri(s->world, u) : NULL;
    if (u) librdf_free_uri(u);
    if (!n || nkg_graphs_declare(s->graphs, n)) {
      if (n) librdf_free_node(n);
      return NULL;
    }
    librdf_free_node(n);
  }
  qsort(s->by_iri, s->by_iri_count, sizeof *s->by_iri, by_entry_iri);
  nkg_graphs_set_loader(s->graphs, load_graph, s);
  return s->graphs;
}

