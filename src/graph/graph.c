/* Triples in memory, deduplicated; write.c writes them sorted. */
#include <stdlib.h>
#include <string.h>
#include <raptor2.h>
#include <unicode/utf8.h>

#include "graph_internal.h"

nkg_graph *nkg_graph_new(const char *base) {
  nkg_graph *g = calloc(1, sizeof *g);
  if (!g) return NULL;
  g->base = strdup(base ? base : NKG_DEFAULT_BASE);
  nkg_arena_init(&g->arena, 256 * 1024);
  nkg_idset_init(&g->term_index);
  nkg_idset_init(&g->triple_index);
  nkg_vec_init(&g->terms, sizeof(nkg_term));
  nkg_vec_init(&g->triples, sizeof(nkg_term_id[4]));
  g->context = NKG_NO_GRAPH;
  return g;
}

void nkg_graph_free(nkg_graph *g) {
  if (!g) return;
  free(g->base);
  nkg_arena_free(&g->arena);
  nkg_idset_free(&g->term_index);
  nkg_idset_free(&g->triple_index);
  nkg_vec_free(&g->terms);
  nkg_vec_free(&g->triples);
  free(g);
}

size_t nkg_graph_size(const nkg_graph *g) { return g->triples.count; }

void nkg_graph_set_provenance(nkg_graph *g, int on) { g->provenance = on; }

typedef struct {
  const nkg_graph *g;
  nkg_term_kind kind;
  const char *value, *lang, *datatype;
} term_probe;

static int same_text(const char *a, const char *b) { return a == b || (a && b && !strcmp(a, b)); }

static int term_equals(const void *ctx, uint32_t id) {
  const term_probe *p = ctx;
  const nkg_term *t = nkg_vec_at(&p->g->terms, id);
  return t->kind == p->kind && !strcmp(t->value, p->value) && same_text(t->lang, p->lang) &&
         same_text(t->datatype, p->datatype);
}

uint64_t nkg_term_print(nkg_term_kind kind, const char *value, const char *lang, const char *dt) {
  uint64_t h = nkg_hash_fast64(value, strlen(value)) ^ (uint64_t)kind;
  if (lang) h = (h * 0x9E3779B97F4A7C15ull) ^ nkg_hash_fast64(lang, strlen(lang)) ^ 1;
  if (dt) h = (h * 0x9E3779B97F4A7C15ull) ^ nkg_hash_fast64(dt, strlen(dt)) ^ 2;
  return h;
}

static nkg_term_id intern(nkg_graph *g, nkg_term_kind kind, const char *value, const char *lang,
                          const char *dt) {
  term_probe probe = {g, kind, value, lang, dt};
  uint64_t print = nkg_term_print(kind, value, lang, dt);
  uint32_t h = (uint32_t)(print ^ (print >> 32));
  uint32_t id = nkg_idset_find(&g->term_index, h, term_equals, &probe);
  if (id != NKG_IDSET_NONE) return id;
  id = (uint32_t)g->terms.count;
  nkg_term *t = nkg_vec_push(&g->terms);
  t->kind = kind;
  t->value = nkg_arena_strdup(&g->arena, value);
  t->lang = lang ? nkg_arena_strdup(&g->arena, lang) : NULL;
  t->datatype = dt ? nkg_arena_strdup(&g->arena, dt) : NULL;
  t->print = print;
  nkg_idset_insert(&g->term_index, h, id);
  return id;
}

nkg_term_id nkg_graph_iri(nkg_graph *g, const char *iri) {
  if (strstr(iri, "://") || strncmp(iri, "urn:", 4) == 0) return intern(g, NKG_TERM_IRI, iri, NULL, NULL);
  size_t bl = strlen(g->base), il = strlen(iri);
  char stackbuf[512];
  char *full = bl + il + 1 <= sizeof stackbuf ? stackbuf : malloc(bl + il + 1);
  memcpy(full, g->base, bl);
  memcpy(full + bl, iri, il + 1);
  nkg_term_id id = intern(g, NKG_TERM_IRI, full, NULL, NULL);
  if (full != stackbuf) free(full);
  return id;
}

nkg_term_id nkg_graph_ns(nkg_graph *g, const char *ns, const char *local) {
  size_t nl = strlen(ns), ll = strlen(local);
  char stackbuf[512];
  char *iri = nl + ll + 1 <= sizeof stackbuf ? stackbuf : malloc(nl + ll + 1);
  memcpy(iri, ns, nl);
  memcpy(iri + nl, local, ll + 1);
  nkg_term_id id = intern(g, NKG_TERM_IRI, iri, NULL, NULL);
  if (iri != stackbuf) free(iri);
  return id;
}

/* Whether code point c (negative: a malformed byte) can stand in every syntax newskg
 * writes.  RDF/XML cannot carry C0 controls other than tab, newline and carriage return
 * (raptor drops them with an error, and refuses DEL too), and raptor's parsers reject
 * the noncharacters U+FFFE and U+FFFF: each becomes U+FFFD where the literal is made,
 * one character for one, so that nif offsets stay right and every format carries the
 * same graph. */
static int carried_everywhere(UChar32 c) {
  if (c < 0) return 0;
  if (c < 0x20) return c == '\t' || c == '\n' || c == '\r';
  return c != 0x7F && !U_IS_UNICODE_NONCHAR(c);
}

/* NULL when `s` can be written as it is; else a malloc'd copy with U+FFFD in place of
 * each character (or malformed byte) that cannot. */
static char *carried_copy(const char *s) {
  int32_t len = (int32_t)strlen(s), i = 0, bad = 0;
  while (i < len) {
    unsigned char b = (unsigned char)s[i];
    if (b >= 0x20 && b < 0x7F) { /* most text: printable ASCII, or Cyrillic below */
      i++;
      continue;
    }
    UChar32 c;
    U8_NEXT(s, i, len, c);
    bad += !carried_everywhere(c);
  }
  if (!bad) return NULL;
  char *out = malloc((size_t)len * 3 + 1); /* U+FFFD is 3 bytes; nothing takes more than it gave */
  if (!out) abort();
  int32_t k = 0;
  for (i = 0; i < len;) {
    int32_t from = i;
    UChar32 c;
    U8_NEXT(s, i, len, c);
    if (carried_everywhere(c)) {
      memcpy(out + k, s + from, (size_t)(i - from));
      k += i - from;
    } else {
      memcpy(out + k, "\xEF\xBF\xBD", 3);
      k += 3;
    }
  }
  out[k] = '\0';
  return out;
}

int nkg_base_iri_ok(const char *iri) {
  if (!raptor_uri_uri_string_is_absolute((const unsigned char *)iri)) return 0;
  int32_t len = (int32_t)strlen(iri), i = 0;
  while (i < len) {
    UChar32 c;
    U8_NEXT(iri, i, len, c);
    /* RFC 3987: no space, no control, none of these; the rest is written as it is */
    if (c <= 0x20 || (c >= 0x7F && c <= 0x9F) || U_IS_UNICODE_NONCHAR(c) || (c < 0x80 && strchr("<>\"{}|\\^`", (int)c)))
      return 0;
  }
  return 1;
}

nkg_term_id nkg_graph_literal(nkg_graph *g, const char *value, const char *lang, const char *datatype) {
  char *carried = carried_copy(value);
  nkg_term_id id = intern(g, NKG_TERM_LITERAL, carried ? carried : value, lang, datatype);
  free(carried);
  return id;
}

void nkg_graph_set_context(nkg_graph *g, nkg_term_id graph) { g->context = g->named_graphs ? graph : NKG_NO_GRAPH; }

void nkg_graph_set_named_graphs(nkg_graph *g, int on) { g->named_graphs = on; }

nkg_status nkg_graph_set_document_date(nkg_graph *g, const char *date) {
  g->doc_year = g->doc_month = g->doc_day = 0;
  if (!date) return NKG_OK;
  int y = 0, m = 0, d = 0;
  char tail = 0;
  if (sscanf(date, "%4d-%2d-%2d%c", &y, &m, &d, &tail) != 3 || y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1 ||
      d > 31 || strlen(date) != 10)
    return NKG_ERR_USAGE;
  g->doc_year = y;
  g->doc_month = m;
  g->doc_day = d;
  return NKG_OK;
}

typedef struct {
  const nkg_graph *g;
  const nkg_term_id *quad;
} quad_probe;

static int quad_equals(const void *ctx, uint32_t id) {
  const quad_probe *p = ctx;
  return !memcmp(nkg_vec_at(&p->g->triples, id), p->quad, 4 * sizeof(nkg_term_id));
}

void nkg_graph_add(nkg_graph *g, nkg_term_id s, nkg_term_id p, nkg_term_id o) {
  nkg_term_id t[4] = {s, p, o, g->context};
  quad_probe probe = {g, t};
  uint32_t h = nkg_hash_fast(t, sizeof t);
  if (nkg_idset_find(&g->triple_index, h, quad_equals, &probe) != NKG_IDSET_NONE) return;
  nkg_idset_insert(&g->triple_index, h, (uint32_t)g->triples.count);
  memcpy(nkg_vec_push(&g->triples), t, sizeof t);
}

nkg_term_id nkg_graph_copy_term(nkg_graph *dst, const nkg_graph *src, nkg_term_id id) {
  return nkg_graph_term(dst, nkg_vec_at(&src->terms, id));
}

nkg_term_id nkg_graph_term(nkg_graph *g, const nkg_term *t) { return intern(g, t->kind, t->value, t->lang, t->datatype); }

nkg_status nkg_graph_merge(nkg_graph *dst, const nkg_graph *src) {
  nkg_term_id *map = malloc((src->terms.count ? src->terms.count : 1) * sizeof *map);
  if (!map) return NKG_ERR_NOMEM;
  for (size_t i = 0; i < src->terms.count; i++) {
    const nkg_term *t = nkg_vec_at(&src->terms, i);
    map[i] = intern(dst, t->kind, t->value, t->lang, t->datatype);
  }
  nkg_term_id saved = dst->context;
  for (size_t i = 0; i < src->triples.count; i++) {
    const nkg_term_id *t = nkg_vec_at(&src->triples, i);
    dst->context = t[3] == NKG_NO_GRAPH ? NKG_NO_GRAPH : map[t[3]];
    nkg_graph_add(dst, map[t[0]], map[t[1]], map[t[2]]);
  }
  dst->context = saved;
  free(map);
  return NKG_OK;
}
