#include "sparql.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

struct nkg_sparql {
  librdf_world *world;
  librdf_model *model;
  nkg_graphs *graphs;
  int no_sop;
  nkg_find_plan plan; /* how the default graph's statements are found */
  rasqal_world *rworld;
  rasqal_query *query;
  rasqal_query_results *results;
  char *text;
  int errors;
  int allow_service;
  /* the aggregate each projected variable is, read before rasqal rewrites them */
  rasqal_op *aggregate;
  int projected;
  int grouped; /* GROUP BY or HAVING */
  int group_by; /* GROUP BY itself */
};

/* ---- rasqal literals <-> librdf nodes (a librdf node is a raptor term) */

static rasqal_literal *to_literal(rasqal_world *rw, const librdf_node *n) {
  switch (n->type) {
    case RAPTOR_TERM_TYPE_URI:
      return rasqal_new_uri_literal(rw, raptor_uri_copy(n->value.uri));
    case RAPTOR_TERM_TYPE_LITERAL: {
      const raptor_term_literal_value *v = &n->value.literal;
      unsigned char *s = rasqal_alloc_memory(v->string_len + 1);
      char *lang = v->language ? rasqal_alloc_memory(v->language_len + 1) : NULL;
      if (!s || (v->language && !lang)) return NULL;
      memcpy(s, v->string, v->string_len + 1);
      if (lang) memcpy(lang, v->language, v->language_len + 1);
      return rasqal_new_string_literal(rw, s, lang, v->datatype ? raptor_uri_copy(v->datatype) : NULL, NULL);
    }
    case RAPTOR_TERM_TYPE_BLANK: {
      unsigned char *s = rasqal_alloc_memory(n->value.blank.string_len + 1);
      if (!s) return NULL;
      memcpy(s, n->value.blank.string, n->value.blank.string_len + 1);
      return rasqal_new_simple_literal(rw, RASQAL_LITERAL_BLANK, s);
    }
    default:
      return NULL;
  }
}

static librdf_node *to_node(librdf_world *w, rasqal_literal *l) {
  if (!l) return NULL;
  switch (rasqal_literal_get_rdf_term_type(l)) {
    case RASQAL_LITERAL_URI:
      return librdf_new_node_from_uri(w, (librdf_uri *)l->value.uri);
    case RASQAL_LITERAL_STRING: /* rasqal lower-cases language tags; the graph has them canonical */
      return librdf_new_node_from_typed_literal(w, l->string, l->language ? nkg_rdf_canonical_language(l->language) : NULL,
                                                (librdf_uri *)l->datatype);
    case RASQAL_LITERAL_BLANK:
      return librdf_new_node_from_blank_identifier(w, l->string);
    default:
      return NULL;
  }
}

/* ---- the triples source: one find_statements per triple pattern */

typedef struct {
  librdf_world *world;
  librdf_model *model;
  nkg_graphs *graphs;
  rasqal_world *rworld;
  int no_sop; /* the models keep no subject-object-predicate order */
  nkg_find_plan plan;
} source;

typedef struct {
  librdf_stream *stream;
  librdf_node *origin;
  librdf_node *object; /* s ?p o: the object each statement of s must have */
  rasqal_world *rworld;
} match;

static rasqal_triple_parts bind_match(rasqal_triples_match *rtm, void *ud, rasqal_variable *bindings[4],
                                      rasqal_triple_parts parts) {
  (void)ud;
  match *m = rtm->user_data;
  librdf_statement *st = librdf_stream_get_object(m->stream);
  if (!st) return RASQAL_TRIPLE_NONE;
  librdf_node *value[4] = {librdf_statement_get_subject(st), librdf_statement_get_predicate(st),
                           librdf_statement_get_object(st), librdf_stream_get_context2(m->stream)};
  if (!value[3]) value[3] = m->origin;
  if (m->object && (!value[2] || !librdf_node_equals(value[2], m->object))) return RASQAL_TRIPLE_NONE;
  static const rasqal_triple_parts part[4] = {RASQAL_TRIPLE_SUBJECT, RASQAL_TRIPLE_PREDICATE, RASQAL_TRIPLE_OBJECT,
                                              RASQAL_TRIPLE_ORIGIN};
  int result = RASQAL_TRIPLE_NONE;
  for (int i = 0; i < 4; i++) {
    if (!bindings[i] || !(parts & part[i])) continue;
    int same = -1; /* the same variable twice in one pattern: ?x ?p ?x */
    for (int j = 0; j < i; j++)
      if (bindings[j] == bindings[i] && (parts & part[j])) same = j;
    if (same >= 0) {
      if (!value[i] || !value[same] || !librdf_node_equals(value[i], value[same])) return RASQAL_TRIPLE_NONE;
      continue;
    }
    rasqal_variable_set_value(bindings[i], value[i] ? to_literal(m->rworld, value[i]) : NULL);
    result |= part[i];
  }
  return (rasqal_triple_parts)result;
}

static void next_match(rasqal_triples_match *rtm, void *ud) {
  (void)ud;
  librdf_stream_next(((match *)rtm->user_data)->stream);
}

static int is_end(rasqal_triples_match *rtm, void *ud) {
  (void)ud;
  match *m = rtm->user_data;
  return !m->stream || librdf_stream_end(m->stream);
}

static void finish_match(rasqal_triples_match *rtm, void *ud) {
  (void)ud;
  match *m = rtm->user_data;
  if (!m) return;
  if (m->stream) librdf_free_stream(m->stream);
  if (m->origin) librdf_free_node(m->origin);
  if (m->object) librdf_free_node(m->object);
  free(m);
  rtm->user_data = NULL;
}

/* A pattern's part: a constant, a bound variable's value, or NULL (anything). */
static librdf_node *pattern_node(librdf_world *w, rasqal_literal *l, rasqal_variable **binding) {
  rasqal_variable *var = l ? rasqal_literal_as_variable(l) : NULL;
  *binding = var;
  if (var) return var->value ? to_node(w, var->value) : NULL;
  return to_node(w, l);
}

static int init_match(rasqal_triples_match *rtm, rasqal_triples_source *rts, void *ud, rasqal_triple_meta *meta,
                      rasqal_triple *t) {
  (void)rts;
  source *src = ud;
  match *m = calloc(1, sizeof *m);
  if (!m) return 1;
  m->rworld = src->rworld;
  rtm->user_data = m;
  rtm->bind_match = bind_match;
  rtm->next_match = next_match;
  rtm->is_end = is_end;
  rtm->finish = finish_match;
  librdf_node *s = pattern_node(src->world, t->subject, &meta->bindings[0]);
  librdf_node *p = pattern_node(src->world, t->predicate, &meta->bindings[1]);
  librdf_node *o = pattern_node(src->world, t->object, &meta->bindings[2]);
  meta->bindings[3] = NULL;
  if (t->origin) m->origin = pattern_node(src->world, t->origin, &meta->bindings[3]);
  if (s && !p && o && src->no_sop) { /* the subject's statements, filtered: no s-o-p order */
    m->object = o;
    o = NULL;
  }
  librdf_statement *q = librdf_new_statement_from_nodes(src->world, s, p, o);
  if (!q) return 1;
  if (!m->origin)
    m->stream = nkg_find_statements(src->world, src->model, q, &src->plan);
  else if (!src->graphs)
    m->stream = librdf_model_find_statements_in_context(src->model, q, m->origin);
  else {
    librdf_model *g = nkg_graphs_find(src->graphs, m->origin);
    m->stream = g ? librdf_model_find_statements(g, q) : librdf_new_empty_stream(src->world);
  }
  librdf_free_statement(q);
  return m->stream ? 0 : 1;
}

/* A pattern without variables; in a named graph when GRAPH gave it an origin. */
static int triple_present(rasqal_triples_source *rts, void *ud, rasqal_triple *t) {
  (void)rts;
  source *src = ud;
  librdf_statement *q = librdf_new_statement_from_nodes(src->world, to_node(src->world, t->subject),
                                                        to_node(src->world, t->predicate), to_node(src->world, t->object));
  librdf_node *origin = t->origin ? to_node(src->world, t->origin) : NULL;
  librdf_model *in = src->model;
  if (origin && src->graphs) in = nkg_graphs_find(src->graphs, origin);
  int present = 0;
  if (q && in) { /* find, not contains: librdf's "trees" storage has no contains */
    librdf_stream *st = origin && !src->graphs ? librdf_model_find_statements_in_context(in, q, origin)
                        : origin                 ? librdf_model_find_statements(in, q)
                                                 : nkg_find_statements(src->world, in, q, &src->plan);
    present = st && !librdf_stream_end(st);
    if (st) librdf_free_stream(st);
  }
  if (q) librdf_free_statement(q);
  if (origin) librdf_free_node(origin);
  return present;
}

static void free_source(void *ud) { (void)ud; }

static source current; /* the model the factory hands to rasqal; one query at a time */

static int new_source(rasqal_query *query, void *factory_data, void *ud, rasqal_triples_source *rts) {
  (void)query;
  *(source *)ud = *(source *)factory_data;
  rts->version = 1;
  rts->init_triples_match = init_match;
  rts->triple_present = triple_present;
  rts->free_triples_source = free_source;
  return 0;
}

static int register_factory(rasqal_triples_source_factory *f) {
  f->version = 1;
  f->user_data_size = sizeof(source);
  f->new_triples_source = new_source;
  return 0;
}

/* ---- checks and corrections on the parsed query */

static void count_error(void *ud, raptor_log_message *m) {
  nkg_sparql *q = ud;
  if (m->level < RAPTOR_LOG_LEVEL_ERROR) return;
  q->errors++;
  if (m->locator && m->locator->line > 0)
    fprintf(stderr, "newskg: query line %d: %s\n", m->locator->line, m->text);
  else
    fprintf(stderr, "newskg: query: %s\n", m->text);
}

static int find_service(rasqal_query *query, rasqal_graph_pattern *gp, void *found) {
  (void)query;
  if (rasqal_graph_pattern_get_operator(gp) == RASQAL_GRAPH_PATTERN_OPERATOR_SERVICE) *(int *)found = 1;
  return 0;
}

/* rasqal counts a row whose COUNT argument is unbound (COUNT(?w) over an OPTIONAL
 * gives the number of rows). SPARQL's ListEvalE drops an argument that is an error, and
 * rasqal does drop those: COUNT(?w) becomes COUNT(IF(BOUND(?w), ?w, 1/0)). */
static int fix_count(void *ud, rasqal_expression *e) {
  rasqal_world *rw = ud;
  if (e->op != RASQAL_EXPR_COUNT || !e->arg1 || e->arg1->op != RASQAL_EXPR_LITERAL || !e->arg1->literal ||
      !rasqal_literal_as_variable(e->arg1->literal))
    return 0;
  rasqal_expression *var = e->arg1;
  rasqal_expression *bound = rasqal_new_1op_expression(rw, RASQAL_EXPR_BOUND, rasqal_new_expression_from_expression(var));
  rasqal_expression *error = rasqal_new_2op_expression(
      rw, RASQAL_EXPR_SLASH, rasqal_new_literal_expression(rw, rasqal_new_integer_literal(rw, RASQAL_LITERAL_INTEGER, 1)),
      rasqal_new_literal_expression(rw, rasqal_new_integer_literal(rw, RASQAL_LITERAL_INTEGER, 0)));
  rasqal_expression *guarded = bound && error ? rasqal_new_3op_expression(rw, RASQAL_EXPR_IF, bound, var, error) : NULL;
  if (guarded) e->arg1 = guarded; /* takes over the reference to var */
  return 0;
}

static void fix_counts(nkg_sparql *q) {
  raptor_sequence *vars = rasqal_query_get_bound_variable_sequence(q->query);
  rasqal_variable *v;
  for (int i = 0; vars && (v = raptor_sequence_get_at(vars, i)); i++)
    if (v->expression) rasqal_expression_visit(v->expression, fix_count, q->rworld);
  raptor_sequence *having = rasqal_query_get_having_conditions_sequence(q->query);
  rasqal_expression *e;
  for (int i = 0; having && (e = raptor_sequence_get_at(having, i)); i++) rasqal_expression_visit(e, fix_count, q->rworld);
}

static int is_aggregate(rasqal_op op) {
  return op == RASQAL_EXPR_COUNT || op == RASQAL_EXPR_SUM || op == RASQAL_EXPR_AVG || op == RASQAL_EXPR_MIN ||
         op == RASQAL_EXPR_MAX || op == RASQAL_EXPR_SAMPLE || op == RASQAL_EXPR_GROUP_CONCAT;
}

static int note_aggregates(nkg_sparql *q) {
  raptor_sequence *vars = rasqal_query_get_bound_variable_sequence(q->query);
  q->projected = vars ? raptor_sequence_size(vars) : 0;
  raptor_sequence *group = rasqal_query_get_group_conditions_sequence(q->query);
  raptor_sequence *having = rasqal_query_get_having_conditions_sequence(q->query);
  q->group_by = group && raptor_sequence_size(group);
  q->grouped = q->group_by || (having && raptor_sequence_size(having));
  q->aggregate = calloc((size_t)q->projected + 1, sizeof *q->aggregate);
  if (!q->aggregate) return -1;
  for (int i = 0; i < q->projected; i++) {
    rasqal_variable *v = raptor_sequence_get_at(vars, i);
    q->aggregate[i] = v && v->expression && is_aggregate(v->expression->op) ? v->expression->op : RASQAL_EXPR_UNKNOWN;
  }
  return 0;
}

/* GRAPH ?g iterates over the query's named data graphs: one per context of the model,
 * unless the query names its own with FROM NAMED. The triples source reads the model,
 * never the network, so data graphs are names only; FROM (a default graph) is dropped:
 * the default graph is the union of the graph files. */
static int add_named_graphs(nkg_sparql *q) {
  raptor_sequence *seq = rasqal_query_get_data_graph_sequence(q->query);
  int named = 0;
  rasqal_data_graph *dg;
  for (int i = 0; seq && (dg = raptor_sequence_get_at(seq, i)); i++) named += dg->name_uri != NULL;
  for (int i = seq ? raptor_sequence_size(seq) - 1 : -1; i >= 0; i--) {
    dg = raptor_sequence_get_at(seq, i);
    if (!dg->name_uri) {
      fputs("newskg: note: FROM is ignored: the default graph is the union of the graph files\n", stderr);
      rasqal_free_data_graph(raptor_sequence_delete_at(seq, i));
    }
  }
  if (named) return 0;
  for (size_t i = 0; i < nkg_graphs_count(q->graphs); i++) {
    raptor_uri *u = (raptor_uri *)librdf_node_get_uri(nkg_graphs_name(q->graphs, i));
    rasqal_data_graph *g = rasqal_new_data_graph_from_uri(q->rworld, u, u, RASQAL_DATA_GRAPH_NAMED, NULL, NULL, NULL);
    if (!g || rasqal_query_add_data_graph(q->query, g)) return -1;
  }
  if (q->graphs) return 0;
  librdf_iterator *it = librdf_model_get_contexts(q->model);
  for (; it && !librdf_iterator_end(it); librdf_iterator_next(it)) {
    librdf_node *c = librdf_iterator_get_object(it);
    if (!c || !librdf_node_is_resource(c)) continue;
    raptor_uri *u = (raptor_uri *)librdf_node_get_uri(c);
    rasqal_data_graph *g = rasqal_new_data_graph_from_uri(q->rworld, u, u, RASQAL_DATA_GRAPH_NAMED, NULL, NULL, NULL);
    if (!g || rasqal_query_add_data_graph(q->query, g)) {
      if (it) librdf_free_iterator(it);
      return -1;
    }
  }
  if (it) librdf_free_iterator(it);
  return 0;
}

nkg_sparql *nkg_sparql_prepare(librdf_world *world, librdf_model *model, nkg_graphs *graphs, const char *text,
                               int allow_service) {
  nkg_sparql *q = calloc(1, sizeof *q);
  if (!q) return NULL;
  q->world = world;
  q->model = model;
  q->graphs = graphs;
  q->allow_service = allow_service;
  q->rworld = librdf_world_get_rasqal(world);
  q->text = strdup(text);
  rasqal_world_set_log_handler(q->rworld, q, count_error);
  current = (source){world, model, graphs, q->rworld, 0, {0}};
  rasqal_set_triples_source_factory(q->rworld, register_factory, &current);
  q->query = rasqal_new_query(q->rworld, "sparql", NULL);
  if (!q->query || !q->text || rasqal_query_prepare(q->query, (const unsigned char *)q->text, NULL)) {
    if (!q->errors) fputs("newskg: the query could not be parsed (is it SPARQL?)\n", stderr);
    nkg_sparql_free(q);
    return NULL;
  }
  int service = 0;
  rasqal_query_graph_pattern_visit2(q->query, find_service, &service);
  if (service && !allow_service) {
    fputs("newskg: the query has a SERVICE, which would read the network or local files;\n"
          "        newskg query runs it only with --allow-service\n",
          stderr);
    nkg_sparql_free(q);
    return NULL;
  }
  fix_counts(q);
  if (note_aggregates(q)) {
    nkg_sparql_free(q);
    return NULL;
  }
  return q;
}

/* The variable a pattern's part is (a blank node in a pattern is one too), or NULL. */
static rasqal_variable *variable_of(rasqal_literal *l) { return l ? rasqal_literal_as_variable(l) : NULL; }

static int seen_before(raptor_sequence *triples, int before, rasqal_variable *v) {
  rasqal_triple *t;
  for (int i = 0; i < before && (t = raptor_sequence_get_at(triples, i)); i++)
    if (variable_of(t->subject) == v || variable_of(t->predicate) == v || variable_of(t->object) == v ||
        variable_of(t->origin) == v)
      return 1;
  return 0;
}

/* rasqal evaluates a query's triple patterns in the order written, each with the values
 * of the ones before it bound (it does not reorder them). One pattern is one scan of
 * the graph (roqet's own way), so the subject order suffices. With several, a pattern
 * later in the query is evaluated once per row before it: with its subject bound it
 * reads the subject order, with its object bound (a constant, or a value from before)
 * the object order, and with neither -- its subject and object variables new, or
 * constants absent -- it needs the predicate order, or it scans everything per row. */
nkg_rdf_indexes nkg_sparql_indexes(const nkg_sparql *q) {
  raptor_sequence *triples = rasqal_query_get_triple_sequence(q->query);
  int n = triples ? raptor_sequence_size(triples) : 0;
  if (n <= 1) return NKG_INDEX_SUBJECT;
  rasqal_triple *t;
  for (int i = 1; i < n && (t = raptor_sequence_get_at(triples, i)); i++) {
    rasqal_variable *s = variable_of(t->subject), *p = variable_of(t->predicate), *o = variable_of(t->object);
    if (s && o && !seen_before(triples, i, s) && !seen_before(triples, i, o) && (!p || seen_before(triples, i, p)))
      return NKG_INDEX_OBJECT_PREDICATE;
  }
  return NKG_INDEX_OBJECT;
}

void nkg_sparql_set_model(nkg_sparql *q, librdf_model *model, nkg_rdf_indexes indexes) {
  q->model = model;
  q->no_sop = indexes != NKG_INDEX_ALL;
}

void nkg_sparql_set_plan(nkg_sparql *q, const nkg_find_plan *plan) { q->plan = *plan; }

rasqal_query_results *nkg_sparql_execute(nkg_sparql *q) {
  current = (source){q->world, q->model, q->graphs, q->rworld, q->no_sop, q->plan};
  if (add_named_graphs(q)) {
    fputs("newskg: out of memory\n", stderr);
    return NULL;
  }
  q->results = rasqal_query_execute(q->query);
  if (!q->results && !q->errors) fputs("newskg: the query could not be run\n", stderr);
  return q->results;
}

rasqal_query *nkg_sparql_query(nkg_sparql *q) { return q->query; }
rasqal_world *nkg_sparql_world(nkg_sparql *q) { return q->rworld; }
int nkg_sparql_errors(const nkg_sparql *q) { return q->errors; }

static int having_holds_on_empty(nkg_sparql *q);

int nkg_sparql_empty_aggregate_row(nkg_sparql *q, int count, rasqal_literal **values) {
  if (rasqal_query_get_verb(q->query) != RASQAL_QUERY_VERB_SELECT || q->group_by) return 0;
  int aggregates = 0;
  for (int i = 0; i < count; i++) aggregates += i < q->projected && q->aggregate[i] != RASQAL_EXPR_UNKNOWN;
  /* HAVING without GROUP BY: the one group, empty, is kept when its conditions hold */
  if (!aggregates || (q->grouped && having_holds_on_empty(q) != 1)) return 0;
  for (int i = 0; i < count; i++) {
    rasqal_op op = i < q->projected ? q->aggregate[i] : RASQAL_EXPR_UNKNOWN;
    values[i] = NULL;
    if (op == RASQAL_EXPR_UNKNOWN) continue;
    if (op == RASQAL_EXPR_COUNT || op == RASQAL_EXPR_SUM || op == RASQAL_EXPR_AVG)
      values[i] = rasqal_new_integer_literal(q->rworld, RASQAL_LITERAL_INTEGER, 0);
    else if (op == RASQAL_EXPR_GROUP_CONCAT) {
      unsigned char *empty = rasqal_alloc_memory(1);
      if (empty) *empty = '\0';
      values[i] = empty ? rasqal_new_string_literal(q->rworld, empty, NULL, NULL, NULL) : NULL;
    }
  }
  return 1;
}

/* ---- DESCRIBE: rasqal parses it but gives no triples. The resources are the IRIs it
 * names and the values its variables take in the WHERE clause, which runs as
 * SELECT DISTINCT over the same text from WHERE (or its opening brace) on. */

static const char *skip_token(const char *s) {
  if (*s == '<') {
    /* an IRI holds no space, quote or brace; else '<' is "less than" in an expression */
    const char *e = s + 1;
    while (*e && !strchr(" \t\r\n<\"{}|^`", *e) && *e != '>') e++;
    return *e == '>' ? e + 1 : s + 1;
  }
  if (*s == '"' || *s == '\'') {
    char quote = *s++;
    while (*s && *s != quote) s += (*s == '\\' && s[1]) ? 2 : 1;
    return *s ? s + 1 : s;
  }
  if (*s == '#') {
    const char *e = strchr(s, '\n');
    return e ? e : s + strlen(s);
  }
  return s + 1;
}

static int keyword_at(const char *s, const char *start, const char *word) {
  size_t n = strlen(word);
  return !strncasecmp(s, word, n) && !isalnum((unsigned char)s[n]) && (s == start || !isalnum((unsigned char)s[-1]));
}

int nkg_sparql_describe_targets(nkg_sparql *q, librdf_node ***nodes) {
  raptor_sequence *seq = rasqal_query_get_describe_sequence(q->query);
  int n = seq ? raptor_sequence_size(seq) : 0, found = 0, cap = 16;
  librdf_node **out = malloc((size_t)cap * sizeof *out);
  if (!out) return -1;
  char select[4096] = "SELECT DISTINCT";
  int vars = 0;
  for (int i = 0; i < n; i++) {
    rasqal_literal *l = raptor_sequence_get_at(seq, i);
    rasqal_variable *v = rasqal_literal_as_variable(l);
    if (v) {
      size_t len = strlen(select);
      snprintf(select + len, sizeof select - len, " ?%s", v->name);
      vars++;
    } else if ((out[found] = to_node(q->world, l)))
      found++;
    if (found == cap) {
      librdf_node **b = realloc(out, (size_t)(cap *= 2) * sizeof *out);
      if (!b) goto fail;
      out = b;
    }
  }
  if (vars) {
    const char *s = q->text, *verb = NULL, *body = NULL;
    while (*s && !body) {
      if (!verb && keyword_at(s, q->text, "DESCRIBE")) verb = s;
      else if (verb && (keyword_at(s, q->text, "WHERE") || *s == '{')) body = s;
      s = (*s == '<' || *s == '"' || *s == '\'' || *s == '#') ? skip_token(s) : s + 1;
    }
    if (!verb || !body) goto fail;
    size_t head = (size_t)(verb - q->text);
    size_t len = head + strlen(select) + 1 + strlen(body) + 1;
    char *text = malloc(len);
    if (!text) goto fail;
    snprintf(text, len, "%.*s%s %s", (int)head, q->text, select, body);
    nkg_sparql *sub = nkg_sparql_prepare(q->world, q->model, q->graphs, text, q->allow_service);
    if (sub) sub->no_sop = q->no_sop, sub->plan = q->plan;
    free(text);
    rasqal_query_results *r = sub ? nkg_sparql_execute(sub) : NULL;
    for (; r && !rasqal_query_results_finished(r); rasqal_query_results_next(r)) {
      for (int c = 0; c < rasqal_query_results_get_bindings_count(r); c++) {
        librdf_node *node = to_node(q->world, rasqal_query_results_get_binding_value(r, c));
        if (!node) continue;
        out[found++] = node;
        if (found == cap) {
          librdf_node **b = realloc(out, (size_t)(cap *= 2) * sizeof *out);
          if (!b) {
            nkg_sparql_free(sub);
            goto fail;
          }
          out = b;
        }
      }
    }
    int failed = !r || nkg_sparql_errors(sub);
    if (sub) nkg_sparql_free(sub);
    rasqal_world_set_log_handler(q->rworld, q, count_error);
    if (failed) goto fail;
  }
  *nodes = out;
  return found;
fail:
  for (int i = 0; i < found; i++) librdf_free_node(out[i]);
  free(out);
  return -1;
}

/* ---- GROUP BY over no match: rasqal gives one group (its keys unbound, COUNT(*) 1),
 * SPARQL none. Such a row is told from a real group (which may have unbound keys too)
 * by asking whether the WHERE clause matches anything: ASK over the same text, from
 * WHERE (or its opening brace) to the brace that closes it. */

static int where_matches(nkg_sparql *q) {
  const char *s = q->text, *verb = NULL, *body = NULL, *end = NULL;
  int depth = 0;
  while (*s && !end) {
    if (!verb && keyword_at(s, q->text, "SELECT")) verb = s;
    else if (verb && !body && (keyword_at(s, q->text, "WHERE") || *s == '{')) body = s;
    if (body && *s == '{') depth++;
    if (body && *s == '}' && --depth == 0) end = s + 1;
    s = (*s == '<' || *s == '"' || *s == '\'' || *s == '#') ? skip_token(s) : s + 1;
  }
  if (!end) return -1;
  size_t head = (size_t)(verb - q->text), len = head + 5 + (size_t)(end - body) + 1;
  char *text = malloc(len);
  if (!text) return -1;
  snprintf(text, len, "%.*sASK %.*s", (int)head, q->text, (int)(end - body), body);
  nkg_sparql *ask = nkg_sparql_prepare(q->world, q->model, q->graphs, text, q->allow_service);
  if (ask) ask->no_sop = q->no_sop, ask->plan = q->plan;
  free(text);
  rasqal_query_results *r = ask ? nkg_sparql_execute(ask) : NULL;
  int value = r ? rasqal_query_results_get_boolean(r) : -1;
  if (ask && nkg_sparql_errors(ask)) value = -1;
  nkg_sparql_free(ask);
  rasqal_world_set_log_handler(q->rworld, q, count_error);
  return value < 0 ? -1 : value > 0;
}

int nkg_sparql_phantom_group(nkg_sparql *q, int count, rasqal_literal **values) {
  if (!q->group_by || rasqal_query_get_verb(q->query) != RASQAL_QUERY_VERB_SELECT) return 0;
  /* a real group's key, or any value that is not an aggregate, is a bound column */
  for (int i = 0; i < count; i++)
    if (values[i] && (i >= q->projected || q->aggregate[i] == RASQAL_EXPR_UNKNOWN)) return 0;
  return where_matches(q) == 0;
}

/* ---- HAVING without GROUP BY over no match: SPARQL has one group, the empty one, and
 * keeps it when the HAVING conditions hold on it; rasqal has no group. The conditions
 * are evaluated as ASK { FILTER (...) } with each aggregate call in them replaced by its
 * value over nothing: COUNT, SUM and AVG 0, GROUP_CONCAT "", MIN, MAX and SAMPLE
 * unbound (an error, so a condition on them fails, as it does in SPARQL). */

static const char *const aggregate_names[] = {"COUNT", "SUM", "AVG", "GROUP_CONCAT", "MIN", "MAX", "SAMPLE", NULL};
static const char *const aggregate_empty[] = {"0", "0", "0", "\"\"", "?nkg_unbound_", "?nkg_unbound_", "?nkg_unbound_"};

/* The end of the parenthesised group opening at S ('('), strings and IRIs skipped. */
static const char *close_paren(const char *s) {
  int depth = 0;
  while (*s) {
    if (*s == '(') depth++;
    if (*s == ')' && --depth == 0) return s + 1;
    s = (*s == '<' || *s == '"' || *s == '\'' || *s == '#') ? skip_token(s) : s + 1;
  }
  return NULL;
}

/* An aggregate call at S (not a prefixed name's local part): its index, else -1. */
static int aggregate_at(const char *s, const char *start) {
  if (s > start && (isalnum((unsigned char)s[-1]) || s[-1] == ':' || s[-1] == '_')) return -1;
  for (int i = 0; aggregate_names[i]; i++) {
    size_t n = strlen(aggregate_names[i]);
    if (strncasecmp(s, aggregate_names[i], n) || isalnum((unsigned char)s[n]) || s[n] == '_' || s[n] == ':') continue;
    const char *p = s + n;
    while (isspace((unsigned char)*p)) p++;
    if (*p == '(') return i;
  }
  return -1;
}

/* Appends TEXT[0..n) to the growing buffer. */
static int append(char **buf, size_t *len, size_t *cap, const char *text, size_t n) {
  if (*len + n + 1 > *cap) {
    size_t c = (*len + n + 1) * 2;
    char *b = realloc(*buf, c);
    if (!b) return -1;
    *buf = b, *cap = c;
  }
  memcpy(*buf + *len, text, n);
  *len += n;
  (*buf)[*len] = '\0';
  return 0;
}

static int having_holds_on_empty(nkg_sparql *q) {
  const char *t = q->text, *s = t, *verb = NULL, *having = NULL;
  int depth = 0;
  while (*s && !having) {
    if (!verb && keyword_at(s, t, "SELECT")) verb = s;
    if (*s == '{') depth++;
    if (*s == '}') depth--;
    if (verb && depth == 0 && keyword_at(s, t, "HAVING")) having = s + 6;
    s = (*s == '<' || *s == '"' || *s == '\'' || *s == '#') ? skip_token(s) : s + 1;
  }
  if (!having) return -1;
  size_t len = 0, cap = 0;
  char *ask = NULL;
  int failed = append(&ask, &len, &cap, t, (size_t)(verb - t)) || append(&ask, &len, &cap, "ASK { FILTER (true", 18);
  /* each condition: a bracketted expression or a function call, up to its closing ')' */
  for (s = having; !failed;) {
    while (isspace((unsigned char)*s)) s++;
    if (!*s || keyword_at(s, t, "ORDER") || keyword_at(s, t, "LIMIT") || keyword_at(s, t, "OFFSET") ||
        keyword_at(s, t, "VALUES"))
      break;
    const char *open = s;
    while (*open && *open != '(') open = *open == '<' ? skip_token(open) : open + 1;
    const char *end = *open ? close_paren(open) : NULL;
    if (!end) {
      failed = 1;
      break;
    }
    failed = append(&ask, &len, &cap, " && (", 5);
    for (const char *c = s; c < end && !failed;) {
      int a = aggregate_at(c, t);
      if (a >= 0) {
        const char *p = strchr(c, '(');
        const char *e = close_paren(p);
        if (!e || e > end) {
          failed = 1;
          break;
        }
        failed = append(&ask, &len, &cap, aggregate_empty[a], strlen(aggregate_empty[a]));
        c = e;
      } else {
        const char *n = (*c == '<' || *c == '"' || *c == '\'' || *c == '#') ? skip_token(c) : c + 1;
        failed = append(&ask, &len, &cap, c, (size_t)(n - c));
        c = n;
      }
    }
    if (!failed) failed = append(&ask, &len, &cap, ")", 1);
    s = end;
  }
  if (!failed) failed = append(&ask, &len, &cap, ") }", 3);
  int value = -1;
  if (!failed) {
    nkg_sparql *sub = nkg_sparql_prepare(q->world, q->model, q->graphs, ask, q->allow_service);
    if (sub) sub->no_sop = q->no_sop, sub->plan = q->plan;
    rasqal_query_results *r = sub ? nkg_sparql_execute(sub) : NULL;
    value = r ? rasqal_query_results_get_boolean(r) : -1;
    if (sub && nkg_sparql_errors(sub)) value = -1;
    nkg_sparql_free(sub);
    rasqal_world_set_log_handler(q->rworld, q, count_error);
  }
  free(ask);
  return value < 0 ? -1 : value > 0;
}

void nkg_sparql_free(nkg_sparql *q) {
  if (!q) return;
  if (q->results) rasqal_free_query_results(q->results);
  if (q->query) rasqal_free_query(q->query);
  free(q->text);
  free(q->aggregate);
  free(q);
}
