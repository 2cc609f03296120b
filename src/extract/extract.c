/* The pipeline for one document: clean, segment, recognize, relate, emit. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unicode/utf8.h>

#include "../diag.h"
#include "../graph/graph_internal.h"
#include "debug.h"
#include "emit.h"

/* The document's name as RDF can carry it: each byte that is not part of valid UTF-8,
 * and each '%', written as %XX, so that every name gives a valid literal and two
 * different names never give the same one.  Returns a string from the arena. */
static const char *printable_name(nkg_arena *arena, const char *source) {
  size_t len = strlen(source);
  char *out = nkg_arena_alloc(arena, len * 3 + 1);
  size_t k = 0;
  for (int32_t i = 0; i < (int32_t)len;) {
    int32_t start = i;
    UChar32 c;
    U8_NEXT(source, i, (int32_t)len, c);
    if (c < 0 || c == '%') {
      for (int32_t b = start; b < i; b++) k += (size_t)sprintf(out + k, "%%%02X", (unsigned char)source[b]);
    } else {
      memcpy(out + k, source + start, (size_t)(i - start));
      k += (size_t)(i - start);
    }
  }
  out[k] = '\0';
  return out;
}

/* 64-bit FNV-1a over bytes: the same on every machine (no word loads, no byte order). */
static uint64_t text_hash(const char *text, size_t len) {
  uint64_t h = 14695981039346656037ull;
  for (size_t i = 0; i < len; i++) {
    h ^= (unsigned char)text[i];
    h *= 1099511628211ull;
  }
  return h;
}

/* The document's IRI path: "doc/" + its file name without the extension, made safe,
 * + "-" + 12 hex digits of a hash of its text.  The name alone would merge two
 * documents of one name from different folders; the text alone would not say which
 * file it is.  Together they are the same whoever builds the graph, wherever, from
 * whichever working directory, and whether the file was named or found in a folder, so
 * graphs built from parts of a corpus merge by union. */
static void doc_path(nkg_slugger *sl, const char *name, const char *text, size_t len, char *out, size_t n) {
  unsigned long long h = (unsigned long long)(text_hash(text, len) >> 16);
  if (!strcmp(name, "-")) {
    snprintf(out, n, "doc/stdin-%012llx", h);
    return;
  }
  const char *base = strrchr(name, '/');
  base = base ? base + 1 : name;
  char stem[512];
  snprintf(stem, sizeof stem, "%s", base);
  char *dot = strrchr(stem, '.');
  if (dot && dot != stem) *dot = '\0';
  /* keep ASCII names as they are (underscores included): they are what users see */
  char safe[512];
  size_t k = 0;
  int ascii = 1;
  for (size_t i = 0; stem[i] && k + 1 < sizeof safe; i++) {
    unsigned char c = (unsigned char)stem[i];
    if (c >= 0x80) ascii = 0;
    safe[k++] = ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-') ? (char)c : '-';
  }
  safe[k] = '\0';
  if (!ascii) nkg_slug(sl, stem, safe, sizeof safe);
  snprintf(out, n, "doc/%s-%012llx", safe[0] ? safe : "untitled", h);
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
  const char *name = printable_name(&arena, source);
  nkg_status st = nkg_doc_prepare(&d, lex, w->memo, &arena, w->seg, name, text, len);
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
  nkg_resolve_role_bodies(&d);
  nkg_relate_statements(&d);
  const char *debug = getenv("NEWSKG_DEBUG");
  if (debug && *debug && *debug != '0') nkg_debug_dump(&d, stderr);
  char path[600];
  doc_path(w->slugger, name, text, len, path, sizeof path);
  nkg_emit(&d, path, graph, w->slugger);
  nkg_doc_release(&d);
  nkg_arena_free(&arena);
  return NKG_OK;
}
