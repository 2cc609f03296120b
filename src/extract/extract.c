/* The pipeline for one document: clean, segment, recognize, relate, emit. */
#include <stdlib.h>
#include <string.h>

#include "../diag.h"
#include "../graph/graph_internal.h"
#include "debug.h"
#include "emit.h"

/* The document's IRI path: its file name without the extension, made safe. */
static void doc_path(nkg_slugger *sl, const char *source, const char *text, size_t len, char *out, size_t n) {
  if (!strcmp(source, "-")) {
    snprintf(out, n, "doc/stdin-%08x", nkg_hash_bytes(text, len));
    return;
  }
  const char *base = strrchr(source, '/');
  base = base ? base + 1 : source;
  char name[512];
  snprintf(name, sizeof name, "%s", base);
  char *dot = strrchr(name, '.');
  if (dot && dot != name) *dot = '\0';
  /* keep ASCII names as they are (underscores included): they are what users see */
  char safe[512];
  size_t k = 0;
  int ascii = 1;
  for (size_t i = 0; name[i] && k + 1 < sizeof safe; i++) {
    unsigned char c = (unsigned char)name[i];
    if (c >= 0x80) ascii = 0;
    safe[k++] = ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-') ? (char)c : '-';
  }
  safe[k] = '\0';
  if (!ascii) nkg_slug(sl, name, safe, sizeof safe);
  snprintf(out, n, "doc/%s", safe[0] ? safe : "untitled");
}

typedef struct {
  nkg_segmenter *seg;
  nkg_slugger *slugger;
  nkg_lex_memo *memo; /* numbered by `seg`'s word numbers */
} worker;

static _Thread_local worker tls_worker;

void nkg_release_thread_state(void) {
  nkg_segmenter_free(tls_worker.seg);
  nkg_slugger_free(tls_worker.slugger);
  nkg_lex_memo_free(tls_worker.memo);
  tls_worker.seg = NULL;
  tls_worker.slugger = NULL;
  tls_worker.memo = NULL;
}

nkg_status nkg_extract(const nkg_lexicon *lex, const char *source, const char *text, size_t len, nkg_graph *graph,
                       nkg_diag_fn diag, void *diag_ctx) {
  worker *w = &tls_worker;
  if (!w->seg) w->seg = nkg_segmenter_new();
  if (!w->slugger) w->slugger = nkg_slugger_new();
  if (!w->memo) w->memo = nkg_lex_memo_new();
  if (!w->seg || !w->slugger || !w->memo) {
    nkg_report(diag, diag_ctx, NKG_DIAG_ERROR, source, "cannot start ICU or the stemmer");
    return NKG_ERR_NOMEM;
  }
  nkg_arena arena;
  nkg_arena_init(&arena, 256 * 1024);
  nkg_doc d;
  nkg_status st = nkg_doc_prepare(&d, lex, w->memo, &arena, w->seg, source, text, len);
  if (st != NKG_OK) {
    nkg_arena_free(&arena);
    nkg_report(diag, diag_ctx, NKG_DIAG_ERROR, source, "cannot segment the text");
    return st;
  }
  if (graph->doc_year) { /* a date known from outside stands above what the text says */
    d.docdate = (nkg_date){(int16_t)graph->doc_year, (int8_t)graph->doc_month, (int8_t)graph->doc_day, 0};
    d.has_docdate = 1;
    d.docdate_given = 1;
  }
  nkg_recognize(&d, w->slugger);
  nkg_relate(&d);
  nkg_relate_statements(&d);
  const char *debug = getenv("NEWSKG_DEBUG");
  if (debug && *debug && *debug != '0') nkg_debug_dump(&d, stderr);
  char path[600];
  doc_path(w->slugger, source, text, len, path, sizeof path);
  nkg_emit(&d, path, graph, w->slugger);
  nkg_doc_release(&d);
  nkg_arena_free(&arena);
  return NKG_OK;
}
