/* newskg: the command line.  Only this part prints. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "help.h"
#include "newskg.h"
#include "ontology_dir.h"
#include "output.h"
#include "paths.h"
#include "progress.h"
#include "inputs.h"
#include "network.h"
#include "query.h"
#include "run.h"
#include "store_cli.h"

enum { EXIT_ALL_READ = 0, EXIT_SOME_FAILED = 1, EXIT_USAGE = 2 };

typedef struct {
  int errors, warnings;
  int quiet;
  nkg_progress progress; /* on a terminal: progress and a summary */
} diag_state;

static void print_diag(void *ctx, nkg_diag_level level, const char *file, const char *message) {
  diag_state *s = ctx;
  nkg_progress_clear(&s->progress);
  if (level == NKG_DIAG_ERROR) s->errors++;
  if (level == NKG_DIAG_WARNING) s->warnings++;
  if (level == NKG_DIAG_NOTE && s->quiet) return;
  const char *what = level == NKG_DIAG_ERROR ? "error" : level == NKG_DIAG_WARNING ? "warning" : "note";
  if (file)
    fprintf(stderr, "newskg: %s: %s: %s\n", file, what, message);
  else
    fprintf(stderr, "newskg: %s: %s\n", what, message);
}

/* Tools that guess by the name read a .json file as JSON-LD, and RDF/JSON misread so
 * gives wrong data, not an error. */
static void warn_rdfjson_name(nkg_format format, const char *out_path) {
  const char *dot = out_path ? strrchr(out_path, '.') : NULL;
  if (format == NKG_FORMAT_RDFJSON && dot && (!strcmp(dot, ".json") || !strcmp(dot, ".jsonld")))
    fprintf(stderr, "newskg: %s: warning: RDF/JSON is not JSON-LD, but rdflib and Oxigraph read a %s file as "
                    "JSON-LD; name it .rj\n", out_path, dot);
}

static int cmd_build(int argc, char **argv) {
  const char *out_path = NULL, *base = NULL, *onto = NULL, *encoding = NULL, *date = NULL, *store_dir = NULL;
  nkg_format format = NKG_FORMAT_TURTLE;
  int format_given = 0;
  int threads = 1, provenance = 0;
  size_t max_document_size = NKG_DEFAULT_MAX_DOCUMENT_SIZE;
  diag_state ds = {0};
  /* PATHs and options in any order, until "--": every argument after it is a PATH, even
   * one that looks like an option (a document named "-o" or "-q.txt"). */
  char **path_args = calloc((size_t)argc, sizeof *path_args);
  size_t npath_args = 0;
  int options_ended = 0;
  if (!path_args) return EXIT_USAGE;
  for (int i = 2; i < argc; i++) {
    const char *a = argv[i];
    if (options_ended || a[0] != '-' || !a[1]) { /* "-" alone is standard input */
      path_args[npath_args++] = argv[i];
      continue;
    }
    int has_value = i + 1 < argc;
    if (!strcmp(a, "--")) options_ended = 1;
    else if ((!strcmp(a, "-o") || !strcmp(a, "--output")) && has_value) out_path = argv[++i];
    else if (!strcmp(a, "--store") && has_value) store_dir = argv[++i];
    else if (!strcmp(a, "--base") && has_value) {
      base = argv[++i];
      if (!nkg_base_iri_ok(base)) {
        fprintf(stderr, "newskg: --base takes an absolute IRI (a scheme such as https:, no spaces or <>\"{}|\\^`), not '%s'\n", base);
        free(path_args);
        return EXIT_USAGE;
      }
    }
    else if (!strcmp(a, "--ontology") && has_value) onto = argv[++i];
    else if (!strcmp(a, "--encoding") && has_value) encoding = argv[++i];
    else if (!strcmp(a, "--max-document-size") && has_value) {
      if (!nkg_parse_size(argv[++i], &max_document_size) || !max_document_size) {
        fprintf(stderr, "newskg: --max-document-size takes a size in bytes, or with K, M or G (32M), not '%s'\n", argv[i]);
        free(path_args);
        return EXIT_USAGE;
      }
    }
    else if (!strcmp(a, "--date") && has_value) {
      date = argv[++i];
      nkg_graph *probe = nkg_graph_new(NULL);
      nkg_status ok = nkg_graph_set_document_date(probe, date);
      nkg_graph_free(probe);
      if (ok != NKG_OK) {
        fprintf(stderr, "newskg: --date takes a date as YYYY-MM-DD, not '%s'\n", date);
        free(path_args);
        return EXIT_USAGE;
      }
    } else if (!strcmp(a, "-j") && has_value) {
      char *end = NULL;
      long v = strtol(argv[++i], &end, 10);
      if (!end || *end || v < 1 || v > 256) {
        fprintf(stderr, "newskg: -j takes a number of threads from 1 to 256\n");
        free(path_args);
        return EXIT_USAGE;
      }
      threads = (int)v;
    } else if (!strcmp(a, "--format") && has_value) {
      const char *f = argv[++i];
      format_given = 1;
      if (!strcmp(f, "turtle") || !strcmp(f, "ttl")) format = NKG_FORMAT_TURTLE;
      else if (!strcmp(f, "ntriples") || !strcmp(f, "nt")) format = NKG_FORMAT_NTRIPLES;
      else if (!strcmp(f, "nquads") || !strcmp(f, "nq")) format = NKG_FORMAT_NQUADS;
      else if (!strcmp(f, "rdfxml") || !strcmp(f, "rdf")) format = NKG_FORMAT_RDFXML;
      else if (!strcmp(f, "json") || !strcmp(f, "rdfjson")) format = NKG_FORMAT_RDFJSON;
      else {
        fprintf(stderr, "newskg: unknown format '%s' (turtle, ntriples, nquads, rdfxml, json)\n", f);
        free(path_args);
        return EXIT_USAGE;
      }
    } else if (!strcmp(a, "--provenance")) provenance = 1;
    else if (!strcmp(a, "-q") || !strcmp(a, "--quiet")) ds.quiet = 1;
    else if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
      nkg_help_build(stdout);
      free(path_args);
      return EXIT_ALL_READ;
    } else {
      static const char *const with_value[] = {"-o", "--output", "--store", "--base", "--ontology", "--encoding", "--date", "-j", "--format"};
      int needs_value = 0;
      for (size_t k = 0; k < sizeof with_value / sizeof *with_value; k++) needs_value |= !strcmp(a, with_value[k]);
      if (needs_value)
        fprintf(stderr, "newskg: %s needs a value\n", a);
      else
        fprintf(stderr, "newskg: unknown option '%s' (a PATH that starts with '-' goes after '--')\n", a);
      nkg_help_build(stderr);
      free(path_args);
      return EXIT_USAGE;
    }
  }
  if (!npath_args) {
    fputs("newskg: build needs at least one PATH\n", stderr);
    nkg_help_build(stderr);
    free(path_args);
    return EXIT_USAGE;
  }
  if (store_dir && (out_path || format_given)) {
    fputs("newskg: --store writes into the store: it takes no -o or --format\n", stderr);
    free(path_args);
    return EXIT_USAGE;
  }
  warn_rdfjson_name(format, out_path);
  char ontobuf[4200];
  const char *dir = nkg_ontology_dir(onto, ontobuf, sizeof ontobuf);
  nkg_lexicon *lex = NULL;
  if (nkg_lexicon_load(dir, print_diag, &ds, &lex) != NKG_OK) {
    fprintf(stderr, "newskg: cannot load the lexicon from %s/lexicon\n", dir);
    free(path_args);
    return EXIT_USAGE;
  }
  nkg_path_list paths = {0};
  int failed = 0;
  for (size_t i = 0; i < npath_args; i++) failed += nkg_collect_paths(path_args[i], &paths, print_diag, &ds);
  free(path_args);
  /* the output replaces its file at the end: that file must not be one of the documents */
  char *clobbered = nkg_output_listed_input(out_path, &paths);
  if (clobbered) {
    if (out_path && strcmp(out_path, "-"))
      fprintf(stderr, "newskg: %s: the output is the input document %s; not writing over it\n", out_path, clobbered);
    else
      fprintf(stderr, "newskg: standard output is the input document %s; not writing over it\n", clobbered);
    free(clobbered);
    nkg_lexicon_free(lex);
    nkg_path_list_free(&paths);
    return EXIT_USAGE;
  }
  if (paths.count == 0) { /* say so, and leave -o as it was, rather than write a graph of prefixes */
    if (!failed) fputs("newskg: error: no document found (a directory is searched for *.txt files)\n", stderr);
    nkg_lexicon_free(lex);
    nkg_path_list_free(&paths);
    return failed ? EXIT_SOME_FAILED : EXIT_USAGE;
  }
  /* --store: the N-Quads go to a file in the store's directory, added when complete */
  char *incoming = NULL;
  if (store_dir) {
    if (nkg_store_prepare(store_dir) || !(incoming = nkg_store_incoming_path(store_dir))) {
      nkg_lexicon_free(lex);
      nkg_path_list_free(&paths);
      return EXIT_USAGE;
    }
    out_path = incoming;
    format = NKG_FORMAT_NQUADS;
  }
  nkg_progress_start(&ds.progress, isatty(STDERR_FILENO) && !ds.quiet);
  nkg_output out;
  if (!nkg_output_open(&out, out_path, print_diag, &ds)) {
    nkg_lexicon_free(lex);
    nkg_path_list_free(&paths);
    free(incoming);
    return EXIT_USAGE;
  }
  /* N-Triples and N-Quads stream document by document; the rest needs the whole graph */
  nkg_writer *writer = nkg_writer_new(format, out.file);
  nkg_event_links *links = writer ? nkg_event_links_new_spilled(base) : NULL; /* written after the documents */
  nkg_run_options opt = {.lex = lex, .encoding = encoding, .base = base, .threads = threads, .provenance = provenance,
                         .named_graphs = format == NKG_FORMAT_NQUADS, .date = date, .max_document_size = max_document_size, .diag = print_diag, .diag_ctx = &ds, .progress = nkg_progress_documents,
                         .progress_ctx = &ds.progress, .writer = writer, .links = links};
  size_t ok = 0, unread = 0;
  nkg_status written = NKG_OK;
  nkg_graph *graph = nkg_run(&paths, &opt, &ok, &unread, &written);
  failed += (int)unread;
  size_t statements = 0;
  size_t documents = paths.count;
  if (writer) {
    size_t linked = 0;
    nkg_progress_phase(&ds.progress, documents, nkg_writer_count(writer), "linking events");
    if (written == NKG_OK) written = nkg_event_links_write(links, writer, &linked);
    if (nkg_event_links_spill_error(links))
      fprintf(stderr, "newskg: the events' temporary files (in %s): %s\n",
              getenv("TMPDIR") && *getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp", strerror(nkg_event_links_spill_error(links)));
    nkg_event_links_free(links);
    if (written == NKG_OK) written = nkg_writer_finish(writer);
    statements = nkg_writer_count(writer);
    nkg_writer_free(writer);
    nkg_progress_phase(&ds.progress, documents, statements, "written");
  } else {
    nkg_progress_phase(&ds.progress, documents, nkg_graph_size(graph), "linking events");
    nkg_graph_link_same_events(graph);
    statements = nkg_graph_size(graph);
    nkg_progress_phase(&ds.progress, documents, statements, "writing the graph");
    written = nkg_graph_write(graph, format, out.file);
  }
  int status = nkg_output_close(&out, written == NKG_OK, print_diag, &ds) == NKG_OK ? 0 : -1;
  if (status == 0 && written != NKG_OK) status = -1;
  nkg_progress_clear(&ds.progress);
  if (ds.progress.on)
    fprintf(stderr, "newskg: %zu document%s read, %d failed, %zu statements in %.1f s%s%s\n", ok, ok == 1 ? "" : "s",
            failed, statements, nkg_progress_elapsed(&ds.progress), out_path && !store_dir ? ", written to " : "",
            out_path && !store_dir ? out_path : "");
  if (incoming) {
    if (status == 0 && ok > 0) {
      if (ds.progress.on) fprintf(stderr, "newskg: adding to the store %s\n", store_dir);
      if (nkg_store_add_build(store_dir, incoming, ds.progress.on)) status = -1;
    }
    unlink(incoming);
    free(incoming);
  }
  nkg_graph_free(graph);
  nkg_lexicon_free(lex);
  nkg_path_list_free(&paths);
  if (status < 0) return EXIT_USAGE;
  if (ok == 0 && failed > 0) return EXIT_SOME_FAILED;
  return failed ? EXIT_SOME_FAILED : EXIT_ALL_READ;
}

int main(int argc, char **argv) {
  if (argc < 2) {
    nkg_help_general(stderr);
    return EXIT_USAGE;
  }
  if (!strcmp(argv[1], "--help") || !strcmp(argv[1], "-h") || !strcmp(argv[1], "help")) {
    nkg_help_general(stdout);
    return EXIT_ALL_READ;
  }
  if (!strcmp(argv[1], "--version")) {
    printf("newskg %s\n", NKG_VERSION);
    return EXIT_ALL_READ;
  }
  if (!strcmp(argv[1], "build")) return cmd_build(argc, argv);
  if (!strcmp(argv[1], "query")) return nkg_cmd_query(argc - 1, argv + 1);
  if (!strcmp(argv[1], "graph")) return nkg_cmd_graph(argc - 1, argv + 1);
  if (!strcmp(argv[1], "store")) return nkg_cmd_store(argc - 1, argv + 1);
  fprintf(stderr, "newskg: unknown command '%s'\n", argv[1]);
  nkg_help_general(stderr);
  return EXIT_USAGE;
}
