/* Helpers shared by the unit tests: a document set up the way nkg_extract sets one
 * up (cleaned, segmented, empty mention and entity tables), and token look-ups.
 * Header-only; every function is static inline so each test executable gets its own copy. */
#ifndef NKG_TEST_UTIL_H
#define NKG_TEST_UTIL_H

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "extract/doc.h"
#include "lexicon/lexicon.h"
#include "newskg.h"
#include "text/text.h"

#ifndef NKG_TEST_FIXTURES
#error "NKG_TEST_FIXTURES must be defined by the build"
#endif

#define NKG_FIXTURE_LEXICON NKG_TEST_FIXTURES "/lexicon"
#define NKG_FIXTURE_LEXICON_BAD NKG_TEST_FIXTURES "/lexicon-bad"

/* A document over `text`, as nkg_extract prepares one before recognition. */
typedef struct {
  nkg_arena arena;
  nkg_doc d;
} test_doc;

static inline void test_doc_init(test_doc *t, const nkg_lexicon *lex, nkg_segmenter *seg, const char *text) {
  memset(t, 0, sizeof *t);
  nkg_arena_init(&t->arena, 64 * 1024);
  assert_int_equal(nkg_doc_prepare(&t->d, lex, NULL, &t->arena, seg, "test", text, strlen(text)), NKG_OK);
}

static inline void test_doc_free(test_doc *t) {
  nkg_doc_release(&t->d);
  nkg_arena_free(&t->arena);
}

/* Whether token i of `seg` is written exactly `s`. */
static inline int token_is(const nkg_segmented *seg, size_t i, const char *s) {
  const nkg_token *t = &seg->tokens[i];
  return strlen(s) == (size_t)(t->end - t->start) && memcmp(t->surface, s, t->end - t->start) == 0;
}

/* The index of the first token written exactly `s`; fails the test when there is none. */
static inline size_t find_token(const nkg_segmented *seg, const char *s) {
  for (size_t i = 0; i < seg->ntokens; i++)
    if (token_is(seg, i, s)) return i;
  fail_msg("no token \"%s\" in the text", s);
  return 0;
}

/* Diagnostics collected by a test. */
typedef struct {
  int count, errors;
  char file[8][512];
  char message[8][1024];
} test_diags;

static inline void test_diag_collect(void *ctx, nkg_diag_level level, const char *file, const char *message) {
  test_diags *c = ctx;
  if (level == NKG_DIAG_ERROR) c->errors++;
  if (c->count < 8) {
    snprintf(c->file[c->count], sizeof c->file[c->count], "%s", file ? file : "");
    snprintf(c->message[c->count], sizeof c->message[c->count], "%s", message ? message : "");
  }
  c->count++;
}

/* What the lexicon, names and dates tests share: the fixture lexicon (its diagnostics
 * collected), a segmenter, an arena and a token buffer, set up once per test program. */
typedef struct {
  nkg_lexicon *lex;
  nkg_segmenter *seg;
  nkg_arena arena;
  nkg_segmented toks;
  test_diags diags;
} lexicon_fixture;

static inline int lexicon_fixture_setup(void **state) {
  lexicon_fixture *f = calloc(1, sizeof *f);
  if (!f) return -1;
  if (nkg_lexicon_load(NKG_FIXTURE_LEXICON, test_diag_collect, &f->diags, &f->lex) != NKG_OK) {
    free(f);
    return -1;
  }
  f->seg = nkg_segmenter_new();
  nkg_arena_init(&f->arena, 16 * 1024);
  *state = f;
  return 0;
}

static inline int lexicon_fixture_teardown(void **state) {
  lexicon_fixture *f = *state;
  nkg_lexicon_free(f->lex);
  nkg_segmenter_free(f->seg);
  nkg_arena_free(&f->arena);
  free(f);
  return 0;
}

#endif
