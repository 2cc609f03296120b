/* Adding a build's N-Quads to a store: each document's graph into its graph file, its
 * statements into the default graph and the tellers, then the replaced documents out. */
#include "store_internal.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define DCTERMS_SOURCE "http://purl.org/dc/terms/source"

typedef struct {
  nkg_store *s;
  raptor_parser *parser;
  raptor_serializer *out; /* the current entry's graph file */
  FILE *file;
  size_t current;         /* index of the current entry, or (size_t)-1 */
  size_t first_new;
  char *run;              /* ids of the documents added, "1 2 3" */
  size_t run_len, run_cap;
  long crash_after;       /* tests: die after this many documents, as a killed build would */
  int failed;
} adder;

static int finish_entry(adder *a) {
  if (a->current == (size_t)-1) return 0;
  int rc = 0;
  raptor_serializer_serialize_end(a->out);
  raptor_free_serializer(a->out);
  if (fflush(a->file) || ferror(a->file)) rc = -1;
  if (fclose(a->file)) rc = -1;
  a->out = NULL, a->file = NULL;
  nkg_entry *e = &a->s->cat.items[a->current];
  a->current = (size_t)-1;
  if (rc) {
    fprintf(stderr, "newskg: %s: a graph file could not be written: %s\n", a->s->dir, strerror(errno));
    return -1;
  }
  if (e->kind == NKG_ENTRY_DOCUMENT) {
    char num[24];
    int n = snprintf(num, sizeof num, "%s%lu", a->run_len ? " " : "", (unsigned long)e->id);
    if (a->run_len + (size_t)n + 1 > a->run_cap) {
      size_t cap = (a->run_cap + (size_t)n + 1) * 2;
      char *r = realloc(a->run, cap);
      if (!r) return -1;
      a->run = r;
      a->run_cap = cap;
    }
    memcpy(a->run + a->run_len, num, (size_t)n + 1);
    a->run_len += (size_t)n;
    if (a->crash_after > 0 && --a->crash_after == 0) _exit(70);
  } else {
    free(e->source);
    e->source = strdup(a->run ? a->run : "");
    if (!e->source) return -1;
  }
  return 0;
}

static int start_entry(adder *a, raptor_term *graph) {
  nkg_store *s = a->s;
  const char *iri = graph ? (const char *)raptor_uri_as_string(graph->value.uri) : "-";
  nkg_entry *e = nkg_catalog_add(&s->cat, graph ? NKG_ENTRY_DOCUMENT : NKG_ENTRY_LINKS, iri, "");
  if (!e) return -1;
  a->current = s->cat.count - 1;
  char *p = nkg_store_graph_path(s, e->id);
  a->file = p ? fopen(p, "w") : NULL;
  if (!a->file) fprintf(stderr, "newskg: %s: cannot be written: %s\n", p ? p : s->dir, strerror(errno));
  free(p);
  if (!a->file) return -1;
  a->out = raptor_new_serializer(librdf_world_get_raptor(s->world), "nquads");
  return a->out && !raptor_serializer_start_to_file_handle(a->out, NULL, a->file) ? 0 : -1;
}

static int same_graph(const nkg_entry *e, const raptor_term *graph) {
  if (!graph) return e->kind == NKG_ENTRY_LINKS;
  return e->kind == NKG_ENTRY_DOCUMENT && graph->type == RAPTOR_TERM_TYPE_URI &&
         !strcmp(e->iri, (const char *)raptor_uri_as_string(graph->value.uri));
}

static void add_statement(void *ud, raptor_statement *st) {
  adder *a = ud;
  nkg_store *s = a->s;
  if (a->failed) return;
  raptor_term *graph = st->graph;
  if (graph && graph->type != RAPTOR_TERM_TYPE_URI) graph = NULL;
  if (a->current == (size_t)-1 || !same_graph(&s->cat.items[a->current], graph))
    if (finish_entry(a) || start_entry(a, graph)) goto fail;
  nkg_entry *e = &s->cat.items[a->current];
  if (raptor_serializer_serialize_statement(a->out, st)) goto fail;
  librdf_statement *copy = nkg_rdf_canonical_copy(s->world, st);
  st->graph = NULL;
  int rc = nkg_store_tell(s, copy ? copy : st, e->id);
  st->graph = graph;
  if (copy) librdf_free_statement(copy);
  if (rc) goto fail;
  e->statements++;
  /* the document's source name: <doc> dcterms:source "name" in its own graph */
  if (graph && st->subject->type == RAPTOR_TERM_TYPE_URI && st->object->type == RAPTOR_TERM_TYPE_LITERAL &&
      raptor_uri_equals(st->subject->value.uri, graph->value.uri) &&
      !strcmp((const char *)raptor_uri_as_string(st->predicate->value.uri), DCTERMS_SOURCE)) {
    char *src = strdup((const char *)st->object->value.literal.string);
    if (!src) goto fail;
    free(e->source);
    e->source = src;
  }
  return;
fail:
  a->failed = 1;
  raptor_parser_parse_abort(a->parser);
}

static int by_string(const void *x, const void *y) { return strcmp(*(char *const *)x, *(char *const *)y); }

/* The documents held before this build that a new one replaces: the same source name
 * or the same IRI. */
static int replace_old(nkg_store *s, size_t first_new, size_t *replaced) {
  size_t n = 0;
  int rc = 0;
  /* sorted (string, entry) pairs: the string is the first member, so by_string sorts them */
  typedef struct {
    char *key;
    nkg_entry *e;
  } pair;
  pair *by_src = malloc((first_new + 1) * sizeof *by_src), *by_iri = malloc((first_new + 1) * sizeof *by_iri);
  if (!by_src || !by_iri) rc = -1;
  for (size_t i = 0; rc == 0 && i < first_new; i++) {
    nkg_entry *e = &s->cat.items[i];
    if (e->kind != NKG_ENTRY_DOCUMENT || e->removed) continue;
    by_src[n] = (pair){e->source, e};
    by_iri[n] = (pair){e->iri, e};
    n++;
  }
  if (rc == 0) {
    qsort(by_src, n, sizeof *by_src, by_string);
    qsort(by_iri, n, sizeof *by_iri, by_string);
  }
  for (size_t i = first_new; rc == 0 && i < s->cat.count; i++) {
    nkg_entry *e = &s->cat.items[i];
    if (e->kind != NKG_ENTRY_DOCUMENT) continue;
    pair *hit[2] = {bsearch(&e->source, by_src, n, sizeof *by_src, by_string),
                    bsearch(&e->iri, by_iri, n, sizeof *by_iri, by_string)};
    for (int h = 0; h < 2 && rc == 0; h++)
      if (hit[h] && !hit[h]->e->removed) {
        rc = nkg_store_remove_entry(s, hit[h]->e);
        (*replaced)++;
      }
  }
  free(by_src);
  free(by_iri);
  return rc;
}

int nkg_store_add_nquads(nkg_store *s, const char *path, size_t *added, size_t *replaced) {
  raptor_world *rw = librdf_world_get_raptor(s->world);
  adder a = {.s = s, .current = (size_t)-1, .first_new = s->cat.count};
  const char *crash = getenv("NEWSKG_STORE_TEST_CRASH_AFTER");
  a.crash_after = crash ? atol(crash) : 0;
  int errors = nkg_rdf_errors();
  int rc = nkg_store_parse_nquads(rw, path, add_statement, &a, &a.parser);
  if (a.current != (size_t)-1 && finish_entry(&a)) rc = -1;
  free(a.run);
  if (rc || a.failed || nkg_rdf_errors() > errors) {
    fprintf(stderr, "newskg: %s: the graph could not be added to the store\n", s->dir);
    return -1;
  }
  for (size_t i = a.first_new; i < s->cat.count; i++) *added += s->cat.items[i].kind == NKG_ENTRY_DOCUMENT;
  if (replace_old(s, a.first_new, replaced) || nkg_store_remove_stale_links(s)) return -1;
  return 0;
}

