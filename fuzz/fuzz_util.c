#include "fuzz_util.h"

#include <errno.h>
#include <raptor2.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static void count_error(void *user, raptor_log_message *m) {
  if (m->level >= RAPTOR_LOG_LEVEL_ERROR) ++*(int *)user;
}

static void ignore_statement(void *user, raptor_statement *st) {
  (void)user;
  (void)st;
}

int nkg_fuzz_raptor_accepts(const char *syntax, const uint8_t *data, size_t size) {
  int errors = 0;
  raptor_world *w = raptor_new_world();
  if (!w) abort();
  raptor_world_set_log_handler(w, &errors, count_error);
  raptor_parser *p = raptor_new_parser(w, syntax);
  raptor_uri *base = raptor_new_uri(w, (const unsigned char *)"file:///fuzz");
  if (!p || !base) abort();
  raptor_parser_set_option(p, RAPTOR_OPTION_NO_NET, NULL, 1);
  raptor_parser_set_statement_handler(p, NULL, ignore_statement);
  if (raptor_parser_parse_start(p, base) || raptor_parser_parse_chunk(p, data, size, 1)) errors++;
  raptor_free_uri(base);
  raptor_free_parser(p);
  raptor_free_world(w);
  return errors == 0;
}

void nkg_fuzz_private_dir(char *dir, size_t n, const char *who, const char *name) {
  const char *tmp = getenv("TMPDIR");
  if (!tmp || !*tmp) tmp = "/tmp";
  snprintf(dir, n, "%s/nkg-fuzz-%s-XXXXXX", tmp, name);
  if (!mkdtemp(dir)) {
    fprintf(stderr, "%s: mkdtemp %s: %s\n", who, dir, strerror(errno));
    exit(2);
  }
}
