/* newskg graph [--format graphml|gexf|dot|neo4j] [-o FILE|DIR] [--] GRAPH...
 *
 * Not the raw triples: the network a reader looks at (network_model.c), laid out for
 * Gephi, Cytoscape, yEd (GraphML, GEXF), Graphviz (DOT) or Neo4j (two CSV files). */
#include "network.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

#include "help.h"
#include "inputs.h"
#include "network_model.h"
#include "output.h"
#include "rdfload.h"

typedef void (*writer_fn)(FILE *, const nkg_network *);

/* One file written atomically (output.h); returns 0 when it is complete and in place. */
static int write_file(const char *path, writer_fn write, const nkg_network *n) {
  nkg_output out;
  FILE *f = nkg_output_open(&out, path, nkg_output_print_diag, NULL);
  if (!f) return -1;
  write(f, n);
  return nkg_output_close(&out, !ferror(f), nkg_output_print_diag, NULL) == NKG_OK ? 0 : -1;
}

/* Neo4j's pair, nodes.csv and relationships.csv, in a directory made if need be. */
static int write_neo4j(const char *dir, const nkg_network *n) {
  if (!dir || !strcmp(dir, "-")) {
    fputs("newskg: --format neo4j writes two files: name their directory with -o DIR\n", stderr);
    return -1;
  }
  struct stat st;
  if (mkdir(dir, 0777) != 0 && (errno != EEXIST || stat(dir, &st) != 0 || !S_ISDIR(st.st_mode))) {
    fprintf(stderr, "newskg: %s: cannot make the directory: %s\n", dir, strerror(errno == EEXIST ? ENOTDIR : errno));
    return -1;
  }
  char nodes[4096], relationships[4096];
  snprintf(nodes, sizeof nodes, "%s/nodes.csv", dir);
  snprintf(relationships, sizeof relationships, "%s/relationships.csv", dir);
  if (write_file(nodes, nkg_network_write_neo4j_nodes, n)) return -1;
  return write_file(relationships, nkg_network_write_neo4j_relationships, n);
}

/* Whether the output (`file`, or the Neo4j pair in `dir`) would write over a GRAPH read. */
static int clobbers_input(const char *dir, const char *file, char *const *inputs, size_t n) {
  char paths[2][4096];
  const char *outputs[2] = {file, NULL};
  if (dir) {
    snprintf(paths[0], sizeof paths[0], "%s/nodes.csv", dir);
    snprintf(paths[1], sizeof paths[1], "%s/relationships.csv", dir);
    outputs[0] = paths[0], outputs[1] = paths[1];
  }
  for (int i = 0; i < (dir ? 2 : 1); i++) {
    const char *clobbered = nkg_output_is_input(outputs[i], inputs, n);
    if (clobbered) {
      fprintf(stderr, "newskg: %s: the output is the input graph %s; not writing over it\n",
              outputs[i] ? outputs[i] : "<stdout>", clobbered);
      return 1;
    }
  }
  return 0;
}

int nkg_cmd_graph(int argc, char **argv) {
  static const struct {
    const char *name;
    writer_fn write;
  } formats[] = {{"graphml", nkg_network_write_graphml}, {"gexf", nkg_network_write_gexf},
                 {"dot", nkg_network_write_dot},         {"neo4j", NULL}};
  size_t format = 0;
  const char *out_path = NULL;
  int first = 1;
  for (; first < argc && argv[first][0] == '-' && argv[first][1]; first++) {
    if (!strcmp(argv[first], "--")) { /* the end of the options: a GRAPH may start with '-' */
      first++;
      break;
    }
    if (!strcmp(argv[first], "--format") && first + 1 < argc) {
      const char *name = argv[++first];
      for (format = 0; format < sizeof formats / sizeof *formats && strcmp(name, formats[format].name); format++) {
      }
      if (format == sizeof formats / sizeof *formats) {
        fprintf(stderr, "newskg: unknown graph format '%s' (graphml, gexf, dot or neo4j)\n", name);
        return 2;
      }
    } else if (!strcmp(argv[first], "-o") && first + 1 < argc) {
      out_path = argv[++first];
    } else if (!strcmp(argv[first], "-h") || !strcmp(argv[first], "--help")) {
      nkg_help_graph(stdout);
      return 0;
    } else {
      fprintf(stderr, "newskg: unknown option '%s'\n", argv[first]);
      nkg_help_graph(stderr);
      return 2;
    }
  }
  if (first >= argc) {
    fputs("newskg: graph needs at least one GRAPH file\n", stderr);
    nkg_help_graph(stderr);
    return 2;
  }
  if (clobbers_input(formats[format].write ? NULL : out_path, formats[format].write ? out_path : NULL, argv + first,
                     (size_t)(argc - first)))
    return 2;
  librdf_world *world = NULL;
  librdf_storage *storage = NULL;
  librdf_model *model = NULL;
  int status = 0;
  if (nkg_rdf_open(&world, &storage, &model)) status = 2;
  for (int i = first; i < argc && !status; i++)
    if (nkg_rdf_load(world, model, argv[i])) status = 2;
  if (!status) {
    nkg_network n;
    nkg_network_build(&n, model);
    int failed = formats[format].write ? write_file(out_path, formats[format].write, &n) : write_neo4j(out_path, &n);
    if (failed) status = 2;
    nkg_network_free(&n);
  }
  nkg_rdf_close(world, storage, model);
  return status;
}
