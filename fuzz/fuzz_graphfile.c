/* libFuzzer target: graph files, as `newskg query` and `newskg graph` read them.
 *
 * The first byte of an input picks the syntax (its value modulo 5: Turtle .ttl, N-Triples
 * .nt, N-Quads .nq, RDF/XML .rdf, RDF/JSON .json) and the output formats (value / 5, odd:
 * DOT and a table; even: GraphML and CSV), the rest is the file.  It is written to
 * a private directory (mkdtemp, made once) under that extension and given to the commands
 * themselves, through their entry points nkg_cmd_graph and nkg_cmd_query (the CLI sources
 * are compiled into this target): `graph`, and `query` with a table or CSV results, so
 * that loading, the network's reading of the model and the printing
 * of every value are all exercised on hostile data.
 *
 * The oracle besides the sanitizers: each command returns an exit status the README
 * promises (graph 0 or 2; query 0, 1 or 2), and never 0 for a file raptor itself rejects
 * (a graph that does not parse must not pass as a smaller one); NKG_FUZZ_STRICT_EXIT=0 in the
 * environment leaves only the range check, for a loader that does not count errors yet.
 *
 * The commands print: libFuzzer runs this target with -close_fd_mask=3 (fuzz/run.sh), which
 * silences both standard streams of the code under test but keeps libFuzzer's and the
 * sanitizers' reports.  Standard output goes to /dev/null anyway, so that a run without
 * that option does not fill a terminal.
 *
 * Leaks: raptor 2.0.15 leaks on many syntax errors by itself, without frame pointers, so
 * (as in fuzz_lexicon) input that raptor rejects runs with leak detection off, and input it
 * accepts with leak detection on -- except N-Triples and N-Quads, whose parser leaks the
 * datatype URI of every typed literal (tests/lsan.supp; the stack LeakSanitizer sees ends in
 * raptor_new_uri_from_counted_string, which a suppression cannot tell from any other URI). */
#include <errno.h>
#include <fcntl.h>
#include <sanitizer/lsan_interface.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli/network.h"
#include "cli/query.h"
#include "fuzz_util.h"

static char dir[4096];
static char path[4200];
static int strict_exit = 1; /* NKG_FUZZ_STRICT_EXIT=0: only the range of the exit status */

static const struct {
  const char *ext, *raptor_name;
  int leaks_typed_literals;
} syntaxes[] = {{"ttl", "turtle", 0}, {"nt", "ntriples", 1}, {"nq", "nquads", 1}, {"rdf", "rdfxml", 0}, {"json", "json", 0}};
enum { NSYNTAX = sizeof syntaxes / sizeof *syntaxes };

static void cleanup(void) {
  if (!dir[0]) return;
  for (size_t k = 0; k < NSYNTAX; k++) {
    char p[4200];
    snprintf(p, sizeof p, "%s/in.%s", dir, syntaxes[k].ext);
    unlink(p);
  }
  rmdir(dir);
  dir[0] = '\0';
}

int LLVMFuzzerInitialize(int *argc, char ***argv) {
  (void)argc;
  (void)argv;
  nkg_fuzz_private_dir(dir, sizeof dir, "fuzz_graphfile", "graphfile");
  atexit(cleanup);
  const char *strict = getenv("NKG_FUZZ_STRICT_EXIT");
  strict_exit = !(strict && !strcmp(strict, "0"));
  int null = open("/dev/null", O_WRONLY);
  if (null < 0 || dup2(null, STDOUT_FILENO) < 0) {
    fprintf(stderr, "fuzz_graphfile: cannot send standard output to /dev/null\n");
    exit(2);
  }
  close(null);
  return 0;
}

static void expect(int status, int lo, int hi, int accepted, const char *what) {
  if (status < lo || status > hi) {
    fprintf(stderr, "fuzz_graphfile: %s exited with %d\n", what, status);
    abort();
  }
  if (status == 0 && !accepted && strict_exit) {
    fprintf(stderr, "fuzz_graphfile: %s exited 0 on a file raptor rejects\n", what);
    abort();
  }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (size < 1) return 0;
  size_t k = data[0] % NSYNTAX;
  data++, size--;
  snprintf(path, sizeof path, "%s/in.%s", dir, syntaxes[k].ext);
  FILE *f = fopen(path, "wb");
  if (!f || (size && fwrite(data, 1, size, f) != size) || fclose(f) != 0) {
    fprintf(stderr, "fuzz_graphfile: cannot write %s\n", path);
    abort();
  }

  __lsan_disable();
  int accepted = nkg_fuzz_raptor_accepts(syntaxes[k].raptor_name, data, size);
  int leak_check = accepted && !syntaxes[k].leaks_typed_literals;
  if (leak_check) __lsan_enable();

  /* the same byte picks the output formats, so that each input costs two loads, not four */
  char *graph_dot[] = {"graph", "--format", "dot", path, NULL};
  char *graph_ml[] = {"graph", path, NULL};
  char *query_table[] = {"query", path, "SELECT ?s ?p ?o WHERE { ?s ?p ?o } LIMIT 200", NULL};
  char *query_csv[] = {"query", "--results", "csv", path,
                       "SELECT ?s (COUNT(?o) AS ?n) (SAMPLE(?o) AS ?x) WHERE { ?s ?p ?o } GROUP BY ?s", NULL};
  if (data[-1] / NSYNTAX % 2) {
    expect(nkg_cmd_graph(4, graph_dot), 0, 2, accepted, "graph --format dot");
    expect(nkg_cmd_query(3, query_table), 0, 2, accepted, "query");
  } else {
    expect(nkg_cmd_graph(2, graph_ml), 0, 2, accepted, "graph");
    expect(nkg_cmd_query(5, query_csv), 0, 2, accepted, "query --results csv");
  }
  fflush(stdout);

  if (!leak_check) __lsan_enable();
  unlink(path);
  return 0;
}
