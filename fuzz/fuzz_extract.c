/* libFuzzer target: text -> graph.
 *
 * The real lexicon is loaded once (LLVMFuzzerInitialize) from $NEWSKG_ONTOLOGY, else from the
 * compile-time NKG_FUZZ_ONTOLOGY.  Each input goes through nkg_document_text, as
 * nkg_read_document makes a file's text (decoding: byte-order marks, UTF-16 without one,
 * Cyrillic charsets, repairs of broken UTF-8 and NULs; an HTML page's visible text), and
 * must come out as UTF-8 without a NUL; that text is extracted into a fresh graph, which
 * is written as Turtle and as N-Triples and freed.
 *
 * The written graph is checked too (the oracle): each serialization is parsed back with raptor
 * (with raptor's Turtle parser, which reads N-Triples too) and must be valid UTF-8, parse
 * without error, and give exactly nkg_graph_size() triples.
 * A Turtle writer that silently drops triples or a literal that is not UTF-8 aborts here
 * instead of going unnoticed.  NKG_FUZZ_ROUNDTRIP=0 in the environment turns the oracle off
 * (the graph is then written to /dev/null).
 *
 * The decoded text is copied into a buffer of exactly its length, not NUL-terminated: nkg_extract
 * takes (text, len), so a read past `len` is a bug ASan reports.  Build with
 * -DNKG_FUZZ_NUL_TERMINATE=1 to hand it a NUL-terminated copy instead, as the CLI does.
 *
 * Nothing is kept between inputs except the lexicon and the per-thread ICU/stemmer state
 * that nkg_extract caches (released at exit), so LeakSanitizer sees per-input leaks. */
#include <raptor2.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "newskg.h"
#include "text/text.h"

#ifndef NKG_FUZZ_ONTOLOGY
#define NKG_FUZZ_ONTOLOGY "ontology"
#endif
#ifndef NKG_FUZZ_NUL_TERMINATE
#define NKG_FUZZ_NUL_TERMINATE 0
#endif

static nkg_lexicon *lexicon;
static FILE *devnull;
static int roundtrip = 1;

/* Diagnostics are expected on bad input: count them, print nothing. */
static void quiet_diag(void *ctx, nkg_diag_level level, const char *file, const char *message) {
  (void)level;
  (void)file;
  (void)message;
  ++*(unsigned long *)ctx;
}

static void print_diag(void *ctx, nkg_diag_level level, const char *file, const char *message) {
  (void)ctx;
  fprintf(stderr, "fuzz_extract: %s: %s: %s\n", file ? file : "-",
          level == NKG_DIAG_ERROR ? "error" : level == NKG_DIAG_WARNING ? "warning" : "note", message);
}

static void at_exit(void) {
  nkg_release_thread_state();
  nkg_lexicon_free(lexicon);
  lexicon = NULL;
  if (devnull) fclose(devnull);
  devnull = NULL;
}

int LLVMFuzzerInitialize(int *argc, char ***argv) {
  (void)argc;
  (void)argv;
  const char *dir = getenv("NEWSKG_ONTOLOGY");
  if (!dir || !*dir) dir = NKG_FUZZ_ONTOLOGY;
  if (nkg_lexicon_load(dir, print_diag, NULL, &lexicon) != NKG_OK || !lexicon) {
    fprintf(stderr, "fuzz_extract: cannot load the lexicon from %s/lexicon "
                    "(set NEWSKG_ONTOLOGY to the ontology directory)\n", dir);
    exit(2);
  }
  const char *rt = getenv("NKG_FUZZ_ROUNDTRIP");
  roundtrip = !(rt && !strcmp(rt, "0"));
  devnull = fopen("/dev/null", "w");
  if (!devnull) {
    perror("fuzz_extract: /dev/null");
    exit(2);
  }
  atexit(at_exit);
  return 0;
}

/* --- the oracle: parse what was written --- */

typedef struct {
  size_t triples;
  int errors;
  char first_error[256];
} parse_result;

static void count_statement(void *user, raptor_statement *st) {
  (void)st;
  ((parse_result *)user)->triples++;
}

static void on_log(void *user, raptor_log_message *m) {
  parse_result *r = user;
  if (m->level < RAPTOR_LOG_LEVEL_ERROR) return;
  if (!r->errors++)
    snprintf(r->first_error, sizeof r->first_error, "line %d: %s", m->locator ? m->locator->line : -1,
             m->text ? m->text : "?");
}

static void check_output(const nkg_graph *graph, nkg_format format, const uint8_t *input, size_t size) {
  const char *name = format == NKG_FORMAT_TURTLE ? "turtle" : "ntriples";
  char *buf = NULL;
  size_t len = 0;
  FILE *f = open_memstream(&buf, &len);
  if (!f) abort();
  nkg_status st = nkg_graph_write(graph, format, f);
  if (fclose(f) != 0) abort();
  size_t want = nkg_graph_size(graph);
  const char *problem = NULL;
  char detail[400] = "";
  size_t bad = 0;
  parse_result r = {0};
  if (st != NKG_OK) {
    problem = "nkg_graph_write failed";
    snprintf(detail, sizeof detail, "%s", nkg_strerror(st));
  } else if (len && nkg_text_check(buf, len, &bad) == NKG_ERR_ENCODING) {
    problem = "output is not UTF-8";
    snprintf(detail, sizeof detail, "bad byte 0x%02x at offset %zu", (unsigned char)buf[bad], bad);
  } else {
    raptor_world *w = raptor_new_world();
    if (!w) abort();
    raptor_world_set_log_handler(w, &r, on_log);
    /* N-Triples is Turtle: the turtle parser reads both (raptor 2.0.15's ntriples parser
     * leaks the datatype URI of every typed literal, which would drown real leaks) */
    raptor_parser *p = raptor_new_parser(w, "turtle");
    raptor_uri *base = raptor_new_uri(w, (const unsigned char *)"file:///fuzz-output");
    if (!p || !base) abort();
    raptor_parser_set_statement_handler(p, &r, count_statement);
    if (raptor_parser_parse_start(p, base) ||
        raptor_parser_parse_chunk(p, (const unsigned char *)buf, len, 1))
      r.errors += r.errors ? 0 : 1;
    raptor_free_uri(base);
    raptor_free_parser(p);
    raptor_free_world(w);
    if (r.errors) {
      problem = "output does not parse";
      snprintf(detail, sizeof detail, "%s", r.first_error);
    } else if (r.triples != want) {
      problem = "output has a different number of triples";
      snprintf(detail, sizeof detail, "nkg_graph_size %zu, parsed back %zu", want, r.triples);
    }
  }
  if (problem) {
    fprintf(stderr, "\nfuzz_extract: %s output: %s (%s)\n", name, problem, detail);
    fprintf(stderr, "---- input (%zu bytes) ----\n%.*s\n---- %s output (%zu bytes) ----\n%.*s\n----\n", size,
            (int)(size > 4096 ? 4096 : size), (const char *)input, name, len, (int)(len > 16384 ? 16384 : len),
            buf ? buf : "");
    abort();
  }
  free(buf);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  unsigned long ndiag = 0;
  char *decoded = NULL;
  size_t len = 0;
  if (nkg_document_text((const char *)data, size, NULL, "fuzz.txt", &decoded, &len, quiet_diag, &ndiag) != NKG_OK)
    return 0;
  /* what decoding makes is text: UTF-8 with no NUL in it */
  size_t bad = 0;
  if (nkg_text_check(decoded, len, &bad) == NKG_ERR_ENCODING || memchr(decoded, '\0', len)) {
    fprintf(stderr, "fuzz_extract: decoded text is not UTF-8 or holds a NUL (offset %zu)\n", bad);
    abort();
  }

  char *text = malloc(len + NKG_FUZZ_NUL_TERMINATE);
  if (!text) abort();
  memcpy(text, decoded, len);
  free(decoded);
#if NKG_FUZZ_NUL_TERMINATE
  text[len] = '\0';
#endif

  nkg_graph *graph = nkg_graph_new(NULL);
  if (graph) {
    if (nkg_extract(lexicon, "fuzz.txt", text, len, graph, quiet_diag, &ndiag) == NKG_OK) {
      if (roundtrip) {
        check_output(graph, NKG_FORMAT_TURTLE, data, size);
        check_output(graph, NKG_FORMAT_NTRIPLES, data, size);
      } else {
        nkg_graph_write(graph, NKG_FORMAT_TURTLE, devnull);
        nkg_graph_write(graph, NKG_FORMAT_NTRIPLES, devnull);
      }
    }
    nkg_graph_free(graph);
  }
  free(text);
  return 0;
}
