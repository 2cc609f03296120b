/* The fixture of the stage tests that read one document at a time (clauses, recognition):
 * the real ontology's lexicon (NKG_TEST_ONTOLOGY), a segmenter and a slugger for the group,
 * and the test's document, freed after each test.  Header-only. */
#ifndef NKG_DOC_FIXTURE_H
#define NKG_DOC_FIXTURE_H
#include "graph/graph_internal.h"
#include "test_util.h"

#ifndef NKG_TEST_ONTOLOGY
#error "NKG_TEST_ONTOLOGY must be defined by the build"
#endif

typedef struct {
  nkg_lexicon *lex;
  nkg_segmenter *seg;
  nkg_slugger *slugger;
  test_doc doc;
  int has_doc;
} fixture;

static inline int setup(void **state) {
  fixture *f = calloc(1, sizeof *f);
  if (!f || nkg_lexicon_load(NKG_TEST_ONTOLOGY, NULL, NULL, &f->lex) != NKG_OK) return -1;
  f->seg = nkg_segmenter_new();
  f->slugger = nkg_slugger_new();
  *state = f;
  return 0;
}

static inline int teardown(void **state) {
  fixture *f = *state;
  nkg_lexicon_free(f->lex);
  nkg_segmenter_free(f->seg);
  nkg_slugger_free(f->slugger);
  nkg_release_thread_state();
  free(f);
  return 0;
}

static inline int doc_teardown(void **state) {
  fixture *f = *state;
  if (f->has_doc) test_doc_free(&f->doc);
  f->has_doc = 0;
  return 0;
}

#endif
