/* newskg query [--results table|csv|tsv|json] GRAPH... QUERY
 *
 * Loads the graphs (Turtle, N-Triples, N-Quads or RDF/XML, by their extension) into
 * an in-memory librdf model and runs a SPARQL query on it with rasqal.  QUERY is a
 * file or the query text.  A table is aligned for reading; csv, tsv and json are the
 * SPARQL results formats. */
#include "query.h"

#include "rdfload.h"

#include <librdf.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

enum { EXIT_OK = 0, EXIT_FAILED = 1, EXIT_USAGE = 2 };

static void usage(FILE *f) {
  fputs("usage: newskg query [--results table|csv|tsv|json] GRAPH... QUERY\n"
        "\n"
        "Runs a SPARQL query over graph files (Turtle .ttl, N-Triples .nt, N-Quads .nq,\n"
        "RDF/XML .rdf, RDF/JSON .rj or .json). QUERY is a file (ontology/queries/*.rq)\n"
        "or the query itself.\n"
        "  --results F   table (default), csv, tsv or json\n"
        "exit status: 0 the query ran, 1 it failed (bad SPARQL), 2 bad usage or a\n"
        "graph that cannot be read.\n",
        f);
}

static int is_file(const char *p) {
  struct stat st;
  return stat(p, &st) == 0 && S_ISREG(st.st_mode);
}

static char *slurp(const char *path) {
  FILE *f = fopen(path, "rb");
  if (!f) return NULL;
  size_t cap = 4096, n = 0;
  char *buf = malloc(cap);
  size_t got;
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

/* A value as a reader wants it: the text of a literal, an IRI as it is. */
static char *cell(librdf_node *n) {
  if (!n) return strdup("");
  if (librdf_node_is_literal(n)) return strdup((const char *)librdf_node_get_literal_value(n));
  if (librdf_node_is_resource(n)) return strdup((const char *)librdf_uri_as_string(librdf_node_get_uri(n)));
  const char *id = (const char *)librdf_node_get_blank_identifier(n);
  size_t len = strlen(id ? id : "") + 3;
  char *blank = malloc(len);
  snprintf(blank, len, "_:%s", id ? id : "");
  return blank;
}

/* Display width of UTF-8: code points, which is right for Cyrillic and Latin. */
static size_t width(const char *s) {
  size_t w = 0;
  for (; *s; s++) w += ((unsigned char)*s & 0xC0) != 0x80;
  return w;
}

static int print_table(librdf_query_results *r) {
  int cols = librdf_query_results_get_bindings_count(r);
  size_t rows = 0, cap = 64;
  char **cells = malloc(cap * (size_t)cols * sizeof *cells);
  size_t *w = calloc((size_t)cols, sizeof *w);
  /* the names are gone once the results are read through: keep copies */
  char **names = calloc((size_t)cols + 1, sizeof *names);
  for (int c = 0; c < cols; c++) {
    const char *name = librdf_query_results_get_binding_name(r, c);
    names[c] = strdup(name ? name : "?");
    w[c] = width(names[c]);
  }
  while (!librdf_query_results_finished(r)) {
    if (rows == cap) {
      cap *= 2;
      cells = realloc(cells, cap * (size_t)cols * sizeof *cells);
    }
    for (int c = 0; c < cols; c++) {
      librdf_node *n = librdf_query_results_get_binding_value(r, c);
      char *v = cell(n);
      if (n) librdf_free_node(n);
      cells[rows * (size_t)cols + (size_t)c] = v;
      if (width(v) > w[c]) w[c] = width(v);
    }
    rows++;
    librdf_query_results_next(r);
  }
  for (int c = 0; c < cols; c++) {
    printf("%s%s%*s", c ? "  " : "", names[c], c + 1 < cols ? (int)(w[c] - width(names[c])) : 0, "");
    free(names[c]);
  }
  free(names);
  putchar('\n');
  for (int c = 0; c < cols; c++) {
    printf("%s", c ? "  " : "");
    for (size_t k = 0; k < w[c]; k++) putchar('-');
  }
  putchar('\n');
  for (size_t i = 0; i < rows; i++) {
    for (int c = 0; c < cols; c++) {
      char *v = cells[i * (size_t)cols + (size_t)c];
      printf("%s%s%*s", c ? "  " : "", v, c + 1 < cols ? (int)(w[c] - width(v)) : 0, "");
      free(v);
    }
    putchar('\n');
  }
  fprintf(stderr, "newskg: %zu row%s\n", rows, rows == 1 ? "" : "s");
  free(cells);
  free(w);
  return EXIT_OK;
}

int nkg_cmd_query(int argc, char **argv) {
  const char *results = "table";
  int first = 1;
  for (; first < argc && argv[first][0] == '-' && argv[first][1]; first++) {
    if (!strcmp(argv[first], "--")) { /* the end of the options: a GRAPH may start with '-' */
      first++;
      break;
    }
    if (!strcmp(argv[first], "--results") && first + 1 < argc) {
      results = argv[++first];
      if (strcmp(results, "table") && strcmp(results, "csv") && strcmp(results, "tsv") && strcmp(results, "json")) {
        fprintf(stderr, "newskg: unknown results format '%s' (table, csv, tsv, json)\n", results);
        return EXIT_USAGE;
      }
    } else if (!strcmp(argv[first], "-h") || !strcmp(argv[first], "--help")) {
      usage(stdout);
      return EXIT_OK;
    } else {
      fprintf(stderr, "newskg: unknown option '%s'\n", argv[first]);
      usage(stderr);
      return EXIT_USAGE;
    }
  }
  if (argc - first < 2) {
    fputs("newskg: query needs at least one GRAPH and a QUERY\n", stderr);
    usage(stderr);
    return EXIT_USAGE;
  }
  const char *qarg = argv[argc - 1];
  char *qtext = is_file(qarg) ? slurp(qarg) : strdup(qarg);
  if (!qtext) {
    fprintf(stderr, "newskg: %s: cannot read the query\n", qarg);
    return EXIT_USAGE;
  }
  int status = EXIT_OK;
  librdf_world *world = NULL;
  librdf_storage *storage = NULL;
  librdf_model *model = NULL;
  librdf_query *query = NULL;
  librdf_query_results *res = NULL;
  if (nkg_rdf_open(&world, &storage, &model)) {
    status = EXIT_USAGE;
    goto done;
  }
  for (int i = first; i < argc - 1; i++)
    if (nkg_rdf_load(world, model, argv[i])) {
      status = EXIT_USAGE;
      goto done;
    }
  query = librdf_new_query(world, "sparql", NULL, (const unsigned char *)qtext, NULL);
  res = query ? librdf_query_execute(query, model) : NULL;
  if (!res) {
    fprintf(stderr, "newskg: the query could not be run (is it SPARQL?)\n");
    status = EXIT_FAILED;
    goto done;
  }
  if (librdf_query_results_is_boolean(res)) {
    printf("%s\n", librdf_query_results_get_boolean(res) > 0 ? "true" : "false");
  } else if (librdf_query_results_is_graph(res)) {
    librdf_stream *st = librdf_query_results_as_stream(res);
    librdf_serializer *ser = librdf_new_serializer(world, "turtle", NULL, NULL);
    if (st && ser) librdf_serializer_serialize_stream_to_file_handle(ser, stdout, NULL, st);
    if (ser) librdf_free_serializer(ser);
    if (st) librdf_free_stream(st);
  } else if (!strcmp(results, "table")) {
    status = print_table(res);
  } else {
    const char *name = !strcmp(results, "csv") ? "csv" : !strcmp(results, "tsv") ? "tsv" : "json";
    if (librdf_query_results_to_file_handle2(res, stdout, name, NULL, NULL, NULL)) {
      fprintf(stderr, "newskg: cannot write the results as %s\n", name);
      status = EXIT_FAILED;
    }
  }
done:
  if (res) librdf_free_query_results(res);
  if (query) librdf_free_query(query);
  nkg_rdf_close(world, storage, model);
  free(qtext);
  return status;
}
