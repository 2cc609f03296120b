#include "rdfload.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <search.h>
#include <time.h>
#include <unicode/uloc.h>
#include <unistd.h>

/* What the logger saw: the commands are single-threaded, one world at a time. */
static struct {
  int errors;
  int line;          /* line of the first error in the current file, or 0 */
  char message[512]; /* the first error in the current file */
} seen;

/* librdf's messages: errors are counted and the first one per file kept for its
 * line; warnings (such as a variable bound but unused) are not worth a line. */
static int log_message(void *user, librdf_log_message *m) {
  (void)user;
  if (librdf_log_message_level(m) < LIBRDF_LOG_ERROR) return 1;
  seen.errors++;
  if (!seen.message[0]) {
    raptor_locator *loc = librdf_log_message_locator(m);
    seen.line = loc ? raptor_locator_line(loc) : 0;
    snprintf(seen.message, sizeof seen.message, "%s", librdf_log_message_message(m));
  }
  return 1;
}

/* raptor's parse errors come here directly, with their line. */
static void log_raptor(void *user, raptor_log_message *m) {
  (void)user;
  if (m->level < RAPTOR_LOG_LEVEL_ERROR) return;
  seen.errors++;
  if (!seen.message[0]) {
    seen.line = m->locator ? m->locator->line : 0;
    snprintf(seen.message, sizeof seen.message, "%s", m->text ? m->text : "error");
  }
}

int nkg_rdf_errors(void) { return seen.errors; }

void nkg_rdf_free_world(librdf_world *world) {
  if (world) librdf_free_world(world);
}

librdf_world *nkg_rdf_world(void) {
  librdf_world *world = librdf_new_world();
  if (!world) return NULL;
  librdf_world_set_logger(world, NULL, log_message);
  librdf_world_open(world);
  raptor_world_set_log_handler(librdf_world_get_raptor(world), NULL, log_raptor);
  return world;
}

int nkg_rdf_open(librdf_world **world, librdf_storage **storage, librdf_model **model) {
  *world = nkg_rdf_world();
  *storage = *world ? librdf_new_storage(*world, "hashes", NULL, "hash-type='memory',contexts='no'") : NULL;
  *model = *storage ? librdf_new_model(*world, *storage, NULL) : NULL;
  if (!*model) fputs("newskg: cannot create an RDF model\n", stderr);
  return *model ? 0 : -1;
}

void nkg_rdf_close(librdf_world *world, librdf_storage *storage, librdf_model *model) {
  if (model) librdf_free_model(model);
  if (storage) librdf_free_storage(storage);
  nkg_rdf_free_world(world);
}

const char *nkg_rdf_trees_options(nkg_rdf_indexes indexes) {
  /* spo is always kept: it is the set (a statement read twice is kept once) */
  switch (indexes) {
    case NKG_INDEX_SUBJECT:
      return "index-spo='yes'";
    case NKG_INDEX_OBJECT:
      return "index-ops='yes'";
    case NKG_INDEX_OBJECT_PREDICATE:
      return "index-ops='yes',index-pso='yes'";
    case NKG_INDEX_ALL:
      break;
  }
  return NULL; /* all four orders, librdf's default */
}

int nkg_rdf_open_indexed(librdf_world *world, nkg_rdf_indexes indexes, librdf_storage **storage, librdf_model **model) {
  *storage = librdf_new_storage(world, "trees", NULL, nkg_rdf_trees_options(indexes));
  *model = *storage ? librdf_new_model(world, *storage, NULL) : NULL;
  if (!*model) fputs("newskg: cannot create an RDF model\n", stderr);
  return *model ? 0 : -1;
}

static const char *parser_for(const char *path) {
  const char *dot = strrchr(path, '.');
  if (!dot) return "turtle";
  if (!strcmp(dot, ".nt")) return "ntriples";
  if (!strcmp(dot, ".nq")) return "nquads";
  if (!strcmp(dot, ".trig")) return "trig";
  if (!strcmp(dot, ".rdf") || !strcmp(dot, ".xml") || !strcmp(dot, ".owl")) return "rdfxml";
  if (!strcmp(dot, ".rj") || !strcmp(dot, ".json")) return "json"; /* RDF/JSON */
  return "turtle";
}

/* The canonical case of a BCP 47 tag ("ru-latn" -> "ru-Latn"), by ICU; the few tags
 * of a graph are remembered so that ICU is asked once per tag. */
const char *nkg_rdf_canonical_language(const char *tag) {
  static struct {
    char in[64], out[64];
  } memo[16];
  static int used;
  for (int i = 0; i < used; i++)
    if (!strcmp(memo[i].in, tag)) return memo[i].out;
  if (strlen(tag) >= sizeof memo[0].in) return tag;
  char locale[ULOC_FULLNAME_CAPACITY], out[64];
  UErrorCode err = U_ZERO_ERROR;
  int32_t parsed = 0;
  uloc_forLanguageTag(tag, locale, sizeof locale, &parsed, &err);
  if (U_FAILURE(err) || parsed != (int32_t)strlen(tag)) return tag;
  uloc_toLanguageTag(locale, out, sizeof out, 0, &err);
  if (U_FAILURE(err) || strcasecmp(out, tag)) return tag; /* only the case may change */
  int slot = used < 16 ? used++ : 15;
  snprintf(memo[slot].in, sizeof memo[slot].in, "%s", tag);
  snprintf(memo[slot].out, sizeof memo[slot].out, "%s", out);
  return memo[slot].out;
}

/* A copy of the statement whose object has its language tag in canonical case, or NULL
 * when the tag is canonical already (as it nearly always is). */
librdf_statement *nkg_rdf_canonical_copy(librdf_world *world, raptor_statement *st) {
  raptor_term *o = st->object;
  if (!o || o->type != RAPTOR_TERM_TYPE_LITERAL || !o->value.literal.language) return NULL;
  const char *lang = (const char *)o->value.literal.language;
  const char *canon = nkg_rdf_canonical_language(lang);
  if (!strcmp(canon, lang)) return NULL;
  librdf_node *object = librdf_new_node_from_typed_counted_literal(world, o->value.literal.string,
                                                                   o->value.literal.string_len, canon, strlen(canon), NULL);
  return object ? librdf_new_statement_from_nodes(world, librdf_new_node_from_node(st->subject),
                                                  librdf_new_node_from_node(st->predicate), object)
                : NULL;
}

static double now(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

/* ---- named graphs */

typedef struct {
  const char *name; /* the IRI; owned by node */
  librdf_node *node;
  librdf_storage *storage;
  librdf_model *model; /* NULL until a declared graph is first read */
} graph;

struct nkg_graphs {
  librdf_world *world;
  void *tree; /* tsearch tree of graph*, by name */
  graph **list;
  size_t count, cap;
  graph *last; /* the graph of the previous quad: N-Quads keep a graph's quads together */
  const char *indexes; /* the "trees" options of each graph's storage; NULL: all orders */
  nkg_graph_loader load; /* fills a declared graph when it is first read (a store) */
  void *load_ctx;
};

static int by_name(const void *a, const void *b) { return strcmp(((const graph *)a)->name, ((const graph *)b)->name); }

nkg_graphs *nkg_graphs_new(librdf_world *world) {
  nkg_graphs *g = calloc(1, sizeof *g);
  if (g) g->world = world;
  return g;
}

void nkg_graphs_free(nkg_graphs *g) {
  if (!g) return;
  for (size_t i = 0; i < g->count; i++) {
    tdelete(g->list[i], &g->tree, by_name);
    if (g->list[i]->model) librdf_free_model(g->list[i]->model);
    if (g->list[i]->storage) librdf_free_storage(g->list[i]->storage);
    librdf_free_node(g->list[i]->node);
    free(g->list[i]);
  }
  free(g->list);
  free(g);
}

static const char *name_of(librdf_node *n) {
  return n && librdf_node_is_resource(n) ? (const char *)librdf_uri_as_string(librdf_node_get_uri(n)) : NULL;
}

librdf_model *nkg_graphs_find(nkg_graphs *g, librdf_node *name) {
  graph key = {.name = name_of(name)};
  if (!g || !key.name) return NULL;
  graph *gr = g->last && !strcmp(g->last->name, key.name) ? g->last : NULL;
  if (!gr) {
    graph **found = tfind(&key, &g->tree, by_name);
    gr = found ? *found : NULL;
  }
  if (gr && !gr->model && g->load) { /* declared: read it now, once */
    gr->storage = librdf_new_storage(g->world, "trees", NULL, g->indexes);
    gr->model = gr->storage ? librdf_new_model(g->world, gr->storage, NULL) : NULL;
    if (gr->model && g->load(g->load_ctx, gr->node, gr->model)) {
      librdf_free_model(gr->model);
      gr->model = NULL;
    }
  }
  return gr ? gr->model : NULL;
}

void nkg_graphs_set_indexes(nkg_graphs *g, nkg_rdf_indexes indexes) { g->indexes = nkg_rdf_trees_options(indexes); }

void nkg_graphs_set_loader(nkg_graphs *g, nkg_graph_loader load, void *ctx) {
  g->load = load;
  g->load_ctx = ctx;
}

size_t nkg_graphs_count(const nkg_graphs *g) { return g ? g->count : 0; }
librdf_node *nkg_graphs_name(const nkg_graphs *g, size_t i) { return g->list[i]->node; }

/* The model of graph NAME, made when first seen (or only its name, declared). */
static librdf_model *add_graph(nkg_graphs *g, librdf_node *name, int declare_only) {
  librdf_model *m = nkg_graphs_find(g, name);
  if (m || !name_of(name)) return m;
  if (g->count == g->cap) {
    size_t cap = g->cap ? g->cap * 2 : 64;
    graph **list = realloc(g->list, cap * sizeof *list);
    if (!list) return NULL;
    g->list = list;
    g->cap = cap;
  }
  graph *gr = calloc(1, sizeof *gr);
  if (!gr) return NULL;
  gr->node = librdf_new_node_from_node(name);
  gr->name = name_of(gr->node);
  if (!declare_only) {
    gr->storage = librdf_new_storage(g->world, "trees", NULL, g->indexes);
    gr->model = gr->storage ? librdf_new_model(g->world, gr->storage, NULL) : NULL;
  }
  if ((!declare_only && !gr->model) || !tsearch(gr, &g->tree, by_name)) {
    if (gr->model) librdf_free_model(gr->model);
    if (gr->storage) librdf_free_storage(gr->storage);
    librdf_free_node(gr->node);
    free(gr);
    return NULL;
  }
  g->list[g->count++] = gr;
  g->last = gr;
  return gr->model;
}

static librdf_model *graph_model(nkg_graphs *g, librdf_node *name) { return add_graph(g, name, 0); }

int nkg_graphs_declare(nkg_graphs *g, librdf_node *name) {
  graph key = {.name = name_of(name)};
  if (!key.name) return -1;
  if (tfind(&key, &g->tree, by_name)) return 0;
  add_graph(g, name, 1);
  return tfind(&key, &g->tree, by_name) ? 0 : -1;
}

/* ---- loading */

typedef struct {
  librdf_world *world;
  librdf_model *model;
  nkg_graphs *graphs;
  raptor_parser *parser;
  const char *name;
  size_t count;
  int failed, progress, shown, errors_before;
  double start, last;
} loader;

/* Each statement raptor parses goes into the model: a quad into its named graph. */
static void add_statement(void *ud, raptor_statement *st) {
  loader *l = ud;
  if (l->failed) return;
  librdf_statement *copy = nkg_rdf_canonical_copy(l->world, st);
  /* librdf's storages take the triple: a statement carrying a graph is refused */
  raptor_term *graph = st->graph;
  librdf_statement *s = copy ? copy : st;
  st->graph = NULL;
  int rc = librdf_model_add_statement(l->model, s);
  if (!rc && graph && l->graphs) {
    librdf_model *g = graph_model(l->graphs, graph);
    rc = !g || librdf_model_add_statement(g, s);
  }
  st->graph = graph;
  if (copy) librdf_free_statement(copy);
  if (rc || seen.errors > l->errors_before) {
    l->failed = 1;
    raptor_parser_parse_abort(l->parser);
    return;
  }
  l->count++;
  if (l->progress && (l->count & 1023) == 0) {
    double t = now();
    if (t - l->last >= 0.2) {
      l->last = t;
      fprintf(stderr, "\r\033[K%s: %zu statements, %.0f statements/s", l->name, l->count,
              (double)l->count / (t - l->start));
      l->shown = 1;
    }
  }
}

/* A file in chunks of 64 KB (raptor_parser_parse_file reads a few KB at a time, and
 * its Turtle parser grows a buffer of the whole text by each: under AddressSanitizer,
 * whose realloc maps fresh memory every time, that cost 6 s of system time on 12 MB);
 * with no syntax (standard input) raptor guesses it from the first chunk. */
static int parse_stream(loader *l, raptor_world *rw, FILE *in, raptor_uri *base, const char **syntax) {
  static unsigned char chunk[1 << 16];
  size_t n = fread(chunk, 1, sizeof chunk, in);
  if (!*syntax) *syntax = raptor_world_guess_parser_name(rw, NULL, NULL, chunk, n, NULL);
  if (!*syntax) *syntax = "turtle";
  l->parser = raptor_new_parser(rw, *syntax);
  if (!l->parser) return -1;
  raptor_parser_set_statement_handler(l->parser, l, add_statement);
  if (raptor_parser_parse_start(l->parser, base)) return -1;
  int rc = 0;
  while (!rc && n > 0 && !l->failed) {
    rc = raptor_parser_parse_chunk(l->parser, chunk, n, 0);
    n = fread(chunk, 1, sizeof chunk, in);
  }
  if (!rc && !l->failed) rc = raptor_parser_parse_chunk(l->parser, NULL, 0, 1);
  return rc || ferror(in) ? -1 : 0;
}

int nkg_rdf_load(librdf_world *world, librdf_model *model, const char *path) {
  return nkg_rdf_load_ex(world, model, NULL, path, 0, NULL);
}

int nkg_rdf_load_ex(librdf_world *world, librdf_model *model, nkg_graphs *graphs, const char *path, int progress,
                    size_t *statements) {
  int from_stdin = !strcmp(path, "-");
  const char *name = from_stdin ? "standard input" : path;
  struct stat st;
  if (!from_stdin && (stat(path, &st) != 0 || !S_ISREG(st.st_mode))) {
    fprintf(stderr, "newskg: %s: no such graph file\n", path);
    return -1;
  }
  raptor_world *rw = librdf_world_get_raptor(world);
  raptor_world_set_log_handler(rw, NULL, log_raptor); /* rasqal may have taken it over */
  unsigned char *uri_string = from_stdin ? NULL : raptor_uri_filename_to_uri_string(path);
  raptor_uri *uri = raptor_new_uri(rw, uri_string ? uri_string : (const unsigned char *)"file:///dev/stdin");
  raptor_free_memory(uri_string);
  loader l = {.world = world, .model = model, .graphs = graphs, .name = name, .progress = progress};
  l.start = l.last = now();
  seen.line = 0;
  seen.message[0] = '\0';
  int errors_before = l.errors_before = seen.errors;
  const char *syntax = from_stdin ? NULL : parser_for(path);
  int rc = -1;
  FILE *in = from_stdin ? stdin : fopen(path, "rb");
  if (!in) {
    fprintf(stderr, "newskg: %s: %s\n", path, strerror(errno));
    if (uri) raptor_free_uri(uri);
    return -1;
  }
  if (uri) rc = parse_stream(&l, rw, in, uri, &syntax);
  if (!from_stdin) fclose(in);
  if (l.shown) fputs("\r\033[K", stderr);
  if (l.parser) raptor_free_parser(l.parser);
  if (uri) raptor_free_uri(uri);
  if (rc || l.failed || seen.errors > errors_before) {
    if (seen.message[0] && seen.line > 0)
      fprintf(stderr, "newskg: %s:%d: %s (read as %s)\n", name, seen.line, seen.message, syntax ? syntax : "RDF");
    else if (seen.message[0])
      fprintf(stderr, "newskg: %s: %s (read as %s)\n", name, seen.message, syntax ? syntax : "RDF");
    else
      fprintf(stderr, "newskg: %s: cannot be read as %s\n", name, syntax ? syntax : "RDF");
    return -1;
  }
  if (statements) *statements += l.count;
  return 0;
}
