/* Another program using newskg through its installed library: compiled by install.sh
 * with the flags `pkg-config --cflags --libs newskg` gives.  Reads the ontology
 * directory named in argv[1], extracts one sentence and writes it as N-Triples. */
#include <newskg.h>
#include <stdio.h>
#include <string.h>

static void print(void *ctx, nkg_diag_level level, const char *file, const char *message) {
  (void)ctx;
  fprintf(stderr, "embed: %d %s: %s\n", (int)level, file ? file : "-", message);
}

int main(int argc, char **argv) {
  if (argc != 2) return 2;
  const char *text = "Президент Казахстана Касым-Жомарт Токаев 3 марта 2025 года принял в Астане "
                     "министра иностранных дел Турции Хакана Фидана.\n";
  nkg_lexicon *lex = NULL;
  if (nkg_lexicon_load(argv[1], print, NULL, &lex) != NKG_OK) return 3;
  nkg_graph *graph = nkg_graph_new(NULL);
  nkg_status st = nkg_extract(lex, "embedded.txt", text, strlen(text), graph, print, NULL);
  if (st == NKG_OK) st = nkg_graph_write(graph, NKG_FORMAT_NTRIPLES, stdout);
  if (st != NKG_OK) fprintf(stderr, "embed: %s\n", nkg_strerror(st));
  nkg_graph_free(graph);
  nkg_lexicon_free(lex);
  nkg_release_thread_state();
  return st == NKG_OK ? 0 : 1;
}
