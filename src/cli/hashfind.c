#include "hashfind.h"

#include <stdlib.h>

/* ---- s p o: s p ?, keeping the statements whose object is o */

static librdf_statement *same_object(librdf_stream *stream, void *object, librdf_statement *item) {
  (void)stream;
  librdf_node *o = librdf_statement_get_object(item);
  return o && librdf_node_equals(o, object) ? item : NULL;
}

static void free_object(void *object) { librdf_free_node(object); }

static librdf_stream *find_with_object(librdf_world *world, librdf_model *model, librdf_statement *pattern) {
  librdf_node *object = librdf_new_node_from_node(librdf_statement_get_object(pattern));
  librdf_statement *q = object ? librdf_new_statement_from_nodes(
                                     world, librdf_new_node_from_node(librdf_statement_get_subject(pattern)),
                                     librdf_new_node_from_node(librdf_statement_get_predicate(pattern)), NULL)
                               : NULL;
  librdf_stream *st = q ? librdf_model_find_statements(model, q) : NULL;
  if (q) librdf_free_statement(q);
  if (!st || librdf_stream_add_map(st, same_object, free_object, object)) {
    if (st) librdf_free_stream(st);
    if (object) librdf_free_node(object);
    return NULL;
  }
  return st;
}

/* ---- s ? ? and ? ? o: one indexed find per predicate, chained */

typedef struct {
  librdf_world *world;
  librdf_model *model;
  librdf_node *subject, *object; /* one of them, the other NULL */
  librdf_node *const *predicates;
  size_t count, next;
  librdf_stream *current;
  int failed;
} chain;

/* Moves to the next predicate while the current one has nothing left: 1 at the end. */
static int chain_settle(chain *c) {
  while (!c->current || librdf_stream_end(c->current)) {
    if (c->current) librdf_free_stream(c->current);
    c->current = NULL;
    if (c->failed || c->next == c->count) return 1;
    librdf_node *s = c->subject ? librdf_new_node_from_node(c->subject) : NULL;
    librdf_node *p = librdf_new_node_from_node(c->predicates[c->next++]);
    librdf_node *o = c->object ? librdf_new_node_from_node(c->object) : NULL;
    librdf_statement *q = librdf_new_statement_from_nodes(c->world, s, p, o);
    c->current = q ? librdf_model_find_statements(c->model, q) : NULL;
    if (q) librdf_free_statement(q);
    if (!c->current) c->failed = 1;
  }
  return 0;
}

static int chain_is_end(void *ctx) { return chain_settle(ctx); }

static int chain_next(void *ctx) {
  chain *c = ctx;
  if (chain_settle(c)) return 1;
  librdf_stream_next(c->current);
  return chain_settle(c);
}

static void *chain_get(void *ctx, int flags) {
  chain *c = ctx;
  if (chain_settle(c)) return NULL;
  return flags == LIBRDF_STREAM_GET_METHOD_GET_CONTEXT ? (void *)librdf_stream_get_context2(c->current)
                                                       : (void *)librdf_stream_get_object(c->current);
}

static void chain_finished(void *ctx) {
  chain *c = ctx;
  if (c->current) librdf_free_stream(c->current);
  if (c->subject) librdf_free_node(c->subject);
  if (c->object) librdf_free_node(c->object);
  free(c);
}

static librdf_stream *find_by_predicates(librdf_world *world, librdf_model *model, librdf_statement *pattern,
                                         const nkg_find_plan *plan) {
  chain *c = calloc(1, sizeof *c);
  if (!c) return NULL;
  c->world = world, c->model = model, c->predicates = plan->predicates, c->count = plan->count;
  librdf_node *s = librdf_statement_get_subject(pattern), *o = librdf_statement_get_object(pattern);
  c->subject = s ? librdf_new_node_from_node(s) : NULL;
  c->object = o ? librdf_new_node_from_node(o) : NULL;
  if ((s && !c->subject) || (o && !c->object)) {
    chain_finished(c);
    return NULL;
  }
  librdf_stream *st = librdf_new_stream(world, c, chain_is_end, chain_next, chain_get, chain_finished);
  if (!st) chain_finished(c);
  return st;
}

librdf_stream *nkg_find_statements(librdf_world *world, librdf_model *model, librdf_statement *pattern,
                                   const nkg_find_plan *plan) {
  if (!plan || !plan->hashes) return librdf_model_find_statements(model, pattern);
  int s = librdf_statement_get_subject(pattern) != NULL, p = librdf_statement_get_predicate(pattern) != NULL,
      o = librdf_statement_get_object(pattern) != NULL;
  if (s && p && o) return find_with_object(world, model, pattern);
  if (!p && s != o && plan->predicates) return find_by_predicates(world, model, pattern, plan);
  return librdf_model_find_statements(model, pattern);
}
