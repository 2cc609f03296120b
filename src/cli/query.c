/* newskg query [--results F] [--allow-service] [-q] GRAPH... QUERY
 *
 * Loads the graphs (by their extension; "-" is standard input) into an in-memory librdf
 * model, and runs a SPARQL query on it with rasqal
 * (sparql.c). QUERY is a file or the query text. Rows are written as they come
 * (results.c). */
#include "query.h"

#include "rdfload.h"
#include "results.h"
#include "sparql.h"
#include "store.h"

#include <librdf.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

enum { EXIT_OK = 0, EXIT_FAILED = 1, EXIT_USAGE = 2 };

static void usage(FILE *f) {
  fputs("usage: newskg query [--results table|csv|tsv|json] [--allow-service] [-q] GRAPH... QUERY\n"
        "       newskg query [--results F] [--allow-service] --store DIR QUERY\n"
        "\n"
        "Runs a SPARQL query over graph files (Turtle .ttl, N-Triples .nt, N-Quads .nq,\n"
        "TriG .trig, RDF/XML .rdf, RDF/JSON .rj or .json; - is standard input, its\n"
        "syntax guessed).\n"
        "QUERY is a file (ontology/queries/*.rq) or the query itself. The default graph is\n"
        "the union of all graphs; GRAPH ?g reaches each named graph (each document's, in\n"
        "N-Quads).\n"
        "  --results F      table (default), csv, tsv or json (the SPARQL results formats)\n"
        "  --store DIR      query the store in DIR (newskg build --store): the default\n"
        "                   graph is the union of its documents, GRAPH reaches each one\n"
        "  --allow-service  let SERVICE reach the network or local files (refused otherwise)\n"
        "  -q, --quiet      no progress while the graphs load\n"
        "exit status: 0 the query ran, 1 it did not (bad SPARQL, a refused SERVICE, an\n"
        "evaluation that failed), 2 bad usage, a graph that cannot be read, or output that\n"
        "cannot be written.\n",
        f);
}

static int is_file(const char *p) {
  struct stat st;
  return stat(p, &st) == 0 && S_ISREG(st.st_mode);
}

static char *slurp(const char *path) {
  FILE *f = fopen(path, "rb");
  if (!f) return NULL;
  size_t cap = 4096, n = 0, got;
  char *buf = malloc(cap);
  while (buf && (got = fread(buf + n, 1, cap - n - 1, f)) > 0) {
    n += got;
    if (cap - n - 1 == 0) {
      char *b = realloc(buf, cap * 2);
      if (!b) {
        free(buf);
        buf = NULL;
        break;
      }
      buf = b;
      cap *= 2;
    }
  }
  fclose(f);
  if (buf) buf[n] = '\0';
  return buf;
}

static int parse_format(const char *name, nkg_results_format *f) {
  static const struct {
    const char *name;
    nkg_results_format format;
  } formats[] = {{"table", NKG_RESULTS_TABLE}, {"csv", NKG_RESULTS_CSV}, {"tsv", NKG_RESULTS_TSV}, {"json", NKG_RESULTS_JSON}};
  for (size_t i = 0; i < sizeof formats / sizeof formats[0]; i++)
    if (!strcmp(name, formats[i].name)) return *f = formats[i].format, 0;
  return -1;
}

/* CONSTRUCT: rasqal's triples, as Turtle. */
static int write_graph(librdf_world *world, rasqal_query_results *res) {
  raptor_serializer *ser = raptor_new_serializer(librdf_world_get_raptor(world), "turtle");
  if (!ser || raptor_serializer_start_to_file_handle(ser, NULL, stdout)) return -1;
  raptor_statement *t;
  while ((t = rasqal_query_results_get_triple(res))) {
    raptor_serializer_serialize_statement(ser, t);
    if (rasqal_query_results_next_triple(res)) break;
  }
  raptor_serializer_serialize_end(ser);
  raptor_free_serializer(ser);
  return fflush(stdout) || ferror(stdout) ? -1 : 0;
}

/* A resource's statements, and those of the blank nodes it leads to (a concise bounded
 * description), a few levels deep. */
static void describe(librdf_world *world, librdf_model *model, const nkg_find_plan *plan, raptor_serializer *ser,
                     librdf_node *subject, int depth) {
  librdf_statement *q = librdf_new_statement_from_nodes(world, librdf_new_node_from_node(subject), NULL, NULL);
  librdf_stream *st = q ? nkg_find_statements(world, model, q, plan) : NULL;
  for (; st && !librdf_stream_end(st); librdf_stream_next(st)) {
    librdf_statement *s = librdf_stream_get_object(st);
    raptor_serializer_serialize_statement(ser, s);
    librdf_node *o = librdf_statement_get_object(s);
    if (depth < 4 && librdf_node_is_blank(o) && !librdf_node_equals(o, subject)) describe(world, model, plan, ser, o, depth + 1);
  }
  if (st) librdf_free_stream(st);
  if (q) librdf_free_statement(q);
}

static int write_description(librdf_world *world, librdf_model *model, const nkg_find_plan *plan, nkg_sparql *q) {
  librdf_node **nodes = NULL;
  int n = nkg_sparql_describe_targets(q, &nodes);
  if (n < 0) return EXIT_FAILED;
  raptor_serializer *ser = raptor_new_serializer(librdf_world_get_raptor(world), "turtle");
  int status = ser && !raptor_serializer_start_to_file_handle(ser, NULL, stdout) ? EXIT_OK : EXIT_USAGE;
  for (int i = 0; i < n; i++) {
    int dup = 0;
    for (int j = 0; j < i; j++) dup |= librdf_node_equals(nodes[i], nodes[j]);
    if (status == EXIT_OK && !dup) describe(world, model, plan, ser, nodes[i], 0);
  }
  for (int i = 0; i < n; i++) librdf_free_node(nodes[i]);
  free(nodes);
  if (ser) {
    raptor_serializer_serialize_end(ser);
    raptor_free_serializer(ser);
  }
  if (status == EXIT_OK && (fflush(stdout) || ferror(stdout))) status = EXIT_USAGE;
  return status;
}

static int write_bindings(nkg_sparql *q, rasqal_query_results *res, nkg_results_format format) {
  /* rasqal names no variable when there is no row: the query's projection does */
  raptor_sequence *projection = rasqal_query_get_bound_variable_sequence(nkg_sparql_query(q));
  int count = rasqal_query_results_get_bindings_count(res);
  int from_query = count <= 0 && projection;
  if (from_query) count = raptor_sequence_size(projection);
  if (count < 0) count = 0;
  const char **names = calloc((size_t)count + 1, sizeof *names);
  rasqal_literal **values = calloc((size_t)count + 1, sizeof *values);
  nkg_results_writer *w = NULL;
  if (names && values) {
    for (int c = 0; c < count; c++)
      names[c] = from_query ? (const char *)((rasqal_variable *)raptor_sequence_get_at(projection, c))->name
                            : (const char *)rasqal_query_results_get_binding_name(res, c);
    w = nkg_results_begin(stdout, format, names, count);
  }
  if (!w) {
    free(names);
    free(values);
    fputs("newskg: out of memory\n", stderr);
    return EXIT_FAILED;
  }
  int written = 0;
  while (!rasqal_query_results_finished(res)) {
    for (int c = 0; c < count; c++) values[c] = rasqal_query_results_get_binding_value(res, c);
    if (!written && nkg_sparql_phantom_group(q, count, values)) break;
    if (nkg_results_row(w, values)) break;
    written++;
    if (rasqal_query_results_next(res)) break;
  }
  int failed = nkg_sparql_errors(q) > 0;
  if (!written && !failed && nkg_sparql_empty_aggregate_row(q, count, values)) {
    nkg_results_row(w, values);
    for (int c = 0; c < count; c++)
      if (values[c]) rasqal_free_literal(values[c]);
  }
  size_t rows = 0;
  int write_failed = nkg_results_end(w, &rows) != 0;
  free(names);
  free(values);
  if (write_failed) {
    fputs("newskg: the results could not be written\n", stderr);
    return EXIT_USAGE;
  }
  if (failed) {
    fprintf(stderr, "newskg: the query failed after %zu row%s: the answer is incomplete\n", rows, rows == 1 ? "" : "s");
    return EXIT_FAILED;
  }
  if (format == NKG_RESULTS_TABLE) fprintf(stderr, "newskg: %zu row%s\n", rows, rows == 1 ? "" : "s");
  return EXIT_OK;
}

/* The process ends when the query has run: taking a graph of millions of statements
 * apart node by node would cost a fifth of the run, so it stays reachable from here
 * until exit. */
static struct {
  librdf_world *world;
  librdf_storage *storage;
  librdf_model *model;
  nkg_graphs *named;
  nkg_store *store;
} kept;

int nkg_cmd_query(int argc, char **argv) {
  nkg_results_format format = NKG_RESULTS_TABLE;
  const char *store_dir = NULL;
  int allow_service = 0, quiet = 0, first = 1;
  for (; first < argc && argv[first][0] == '-' && argv[first][1]; first++) {
    const char *a = argv[first];
    if (!strcmp(a, "--")) {
      first++;
      break;
    } else if (!strcmp(a, "--results") && first + 1 < argc) {
      if (parse_format(argv[++first], &format)) {
        fprintf(stderr, "newskg: unknown results format '%s' (table, csv, tsv, json)\n", argv[first]);
        return EXIT_USAGE;
      }
    } else if (!strcmp(a, "--store") && first + 1 < argc) {
      store_dir = argv[++first];
    } else if (!strcmp(a, "--allow-service")) {
      allow_service = 1;
    } else if (!strcmp(a, "-q") || !strcmp(a, "--quiet")) {
      quiet = 1;
    } else if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
      usage(stdout);
      return EXIT_OK;
    } else {
      fprintf(stderr, "newskg: unknown option '%s'\n", a);
      usage(stderr);
      return EXIT_USAGE;
    }
  }
  int graphs = argc - first - 1;
  if (graphs < 0 || (!store_dir && graphs < 1) || (store_dir && graphs > 0)) {
    fputs(store_dir ? "newskg: query --store DIR takes a QUERY and no graph files\n"
                    : "newskg: query needs at least one GRAPH and a QUERY\n",
          stderr);
    usage(stderr);
    return EXIT_USAGE;
  }
  const char *qarg = argv[argc - 1];
  char *qtext = is_file(qarg) ? slurp(qarg) : strdup(qarg);
  if (!qtext) {
    fprintf(stderr, "newskg: %s: cannot read the query\n", qarg);
    return EXIT_USAGE;
  }
  int status = EXIT_OK, progress = !quiet && isatty(STDERR_FILENO);
  librdf_world *world = NULL;
  librdf_storage *storage = NULL;
  librdf_model *model = NULL;
  nkg_sparql *q = NULL;
  nkg_graphs *named = NULL;
  nkg_store *store = NULL;
  if (store_dir) {
    store = nkg_store_open(store_dir, 0, 0);
    if (store) {
      world = nkg_store_world(store);
      model = nkg_store_model(store);
      named = nkg_store_graphs(store);
    }
    if (!named) model = NULL;
    if (!model) {
      status = EXIT_USAGE;
      goto done;
    }
  } else if (!(world = nkg_rdf_world()) || !(named = nkg_graphs_new(world))) {
    fputs("newskg: cannot create an RDF model\n", stderr);
    status = EXIT_USAGE;
    goto done;
  }
  /* the query first: a bad one or a refused SERVICE fails before any graph loads, and
   * its triple patterns tell which orders the graphs are kept in */
  q = nkg_sparql_prepare(world, model, named, qtext, allow_service);
  if (!q) {
    status = EXIT_FAILED;
    goto done;
  }
  nkg_find_plan plan = {0};
  if (store) {
    plan = nkg_store_find_plan(store);
    nkg_sparql_set_plan(q, &plan);
  } else {
    nkg_rdf_indexes indexes = nkg_sparql_indexes(q);
    if (nkg_rdf_open_indexed(world, indexes, &storage, &model)) {
      status = EXIT_USAGE;
      goto done;
    }
    nkg_graphs_set_indexes(named, indexes);
    nkg_sparql_set_model(q, model, indexes);
  }
  for (int i = first; i < argc - 1; i++)
    if (nkg_rdf_load_ex(world, model, named, argv[i], progress, NULL)) {
      status = EXIT_USAGE;
      goto done;
    }
  rasqal_query_verb verb = rasqal_query_get_verb(nkg_sparql_query(q));
  if (verb == RASQAL_QUERY_VERB_DESCRIBE) {
    status = write_description(world, model, &plan, q);
    goto done;
  }
  rasqal_query_results *res = nkg_sparql_execute(q);
  if (!res) {
    status = EXIT_FAILED;
  } else if (rasqal_query_results_is_boolean(res)) {
    int value = rasqal_query_results_get_boolean(res);
    if (value < 0 || nkg_sparql_errors(q)) status = EXIT_FAILED;
    else if (nkg_results_boolean(stdout, format, value > 0)) status = EXIT_USAGE;
  } else if (rasqal_query_results_is_graph(res)) {
    if (write_graph(world, res)) status = EXIT_USAGE;
    else if (nkg_sparql_errors(q)) status = EXIT_FAILED;
  } else {
    status = write_bindings(q, res, format);
  }
done:
  nkg_sparql_free(q);
  free(qtext);
  if (store) { /* its databases are closed (Berkeley DB's own memory freed); it is read-only */
    nkg_store_close(store, 0);
    return status;
  }
  kept.world = world, kept.storage = storage, kept.model = model, kept.named = named, kept.store = store;
  return status;
}
