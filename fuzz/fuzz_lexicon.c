/* libFuzzer target: the lexicon loader.
 *
 * A private directory DIR (mkdtemp, made once in LLVMFuzzerInitialize) holds DIR/lexicon/;
 * each input is written there as fuzz.ttl, loaded with nkg_lexicon_load(DIR, ...) -- raptor's
 * Turtle parser, then entries and the phrase index built from whatever parsed -- and the
 * lexicon freed.  The file is removed after each input, the directories at exit.
 *
 * Leaks: raptor 2.0.15's Turtle parser leaks on many syntax errors by itself (the subject
 * blank node of "[] <a:b> @", the IRI of "<a:s> <a:p> id:x{ ."), and raptor is built without
 * frame pointers, so LeakSanitizer cannot tell such a leak from one of newskg's.  So each
 * input is first parsed by raptor alone: Turtle that raptor rejects is loaded with leak
 * detection off (AddressSanitizer and UBSan still watch every access), Turtle it accepts --
 * the path that builds entries and the index -- with leak detection on. */
#include <errno.h>
#include <sanitizer/lsan_interface.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "newskg.h"
#include "fuzz_util.h"

static char dir[4096];    /* DIR */
static char lexdir[4200]; /* DIR/lexicon */
static char ttl[4300];    /* DIR/lexicon/fuzz.ttl */

static void quiet_diag(void *ctx, nkg_diag_level level, const char *file, const char *message) {
  (void)level;
  (void)file;
  (void)message;
  ++*(unsigned long *)ctx;
}

static void cleanup(void) {
  if (!dir[0]) return;
  unlink(ttl);
  rmdir(lexdir);
  rmdir(dir);
  dir[0] = '\0';
}

int LLVMFuzzerInitialize(int *argc, char ***argv) {
  (void)argc;
  (void)argv;
  nkg_fuzz_private_dir(dir, sizeof dir, "fuzz_lexicon", "lexicon");
  snprintf(lexdir, sizeof lexdir, "%s/lexicon", dir);
  snprintf(ttl, sizeof ttl, "%s/fuzz.ttl", lexdir);
  if (mkdir(lexdir, 0700) != 0) {
    fprintf(stderr, "fuzz_lexicon: mkdir %s: %s\n", lexdir, strerror(errno));
    rmdir(dir);
    exit(2);
  }
  atexit(cleanup);
  return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  FILE *f = fopen(ttl, "wb");
  if (!f) {
    fprintf(stderr, "fuzz_lexicon: cannot write %s: %s\n", ttl, strerror(errno));
    abort();
  }
  if ((size && fwrite(data, 1, size, f) != size) || fclose(f) != 0) {
    fprintf(stderr, "fuzz_lexicon: cannot write %s\n", ttl);
    abort();
  }

  __lsan_disable();
  int valid = nkg_fuzz_raptor_accepts("turtle", data, size);
  if (valid) __lsan_enable();

  unsigned long ndiag = 0;
  nkg_lexicon *lex = NULL;
  nkg_status st = nkg_lexicon_load(dir, quiet_diag, &ndiag, &lex);
  if (st == NKG_OK && !lex) {
    fprintf(stderr, "fuzz_lexicon: nkg_lexicon_load returned NKG_OK without a lexicon\n");
    abort();
  }
  if (st != NKG_OK && lex) {
    fprintf(stderr, "fuzz_lexicon: nkg_lexicon_load failed (%d) but handed out a lexicon\n", (int)st);
    abort();
  }
  nkg_lexicon_free(lex);
  if (!valid) __lsan_enable();
  unlink(ttl);
  return 0;
}
