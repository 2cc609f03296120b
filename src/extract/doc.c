/* The entity table of one document. */
#include <string.h>

#include "doc.h"

#include "anatomy.h"

nkg_status nkg_doc_prepare(nkg_doc *d, const nkg_lexicon *lex, nkg_lex_memo *memo, nkg_arena *arena,
                           nkg_segmenter *seg, const char *source, const char *text, size_t len) {
  memset(d, 0, sizeof *d);
  d->lex = lex;
  d->arena = arena;
  d->segmenter = seg;
  d->memo = memo;
  d->source = source;
  size_t clean_len = 0;
  char *clean = nkg_text_clean(text, len, arena, &clean_len);
  nkg_status st = nkg_segment(seg, clean, clean_len, arena, &d->seg);
  if (st != NKG_OK) return st;
  nkg_lex_annotate(lex, memo, d->seg.tokens, d->seg.ntokens);
  nkg_vec_init(&d->mentions, sizeof(nkg_mention));
  nkg_vec_init(&d->entities, sizeof(nkg_entity));
  nkg_vec_init(&d->memberships, sizeof(nkg_membership));
  nkg_vec_init(&d->events, sizeof(nkg_event));
  nkg_vec_init(&d->topics, sizeof(int));
  nkg_vec_init(&d->chairs, sizeof(nkg_chairmanship));
  nkg_vec_init(&d->member_states, sizeof(nkg_member_state));
  nkg_vec_init(&d->quotes, sizeof(nkg_quotation));
  nkg_vec_init(&d->agreements, sizeof(nkg_agreement));
  nkg_vec_init(&d->role_bodies, sizeof(nkg_role_body));
  nkg_strmap_init(&d->entity_by_path);
  d->sentence_past = nkg_arena_alloc(arena, (d->seg.nsentences + 1) * sizeof(int));
  d->sentence_future = nkg_arena_alloc(arena, (d->seg.nsentences + 1) * sizeof(int));
  d->glue = nkg_arena_alloc(arena, d->seg.ntokens + 1);
  d->future_word = nkg_arena_alloc(arena, d->seg.ntokens + 1);
  d->wclass = nkg_arena_alloc(arena, (d->seg.ntokens + 1) * sizeof *d->wclass);
  d->furniture = nkg_arena_alloc(arena, d->seg.nsentences + 1);
  d->quoted = nkg_arena_alloc(arena, d->seg.ntokens + 1);
  d->clause_of = nkg_arena_alloc(arena, (d->seg.ntokens + 1) * sizeof *d->clause_of);
  d->dateline_date = d->dateline_city = -1;
  d->section_city = nkg_arena_alloc(arena, (d->seg.nsentences + 1) * sizeof *d->section_city);
  for (uint32_t i = 0; i <= d->seg.nsentences; i++) d->section_city[i] = -1;
  nkg_vec_init(&d->clauses, sizeof(nkg_clause));
  nkg_anatomy_lines(d);
  return NKG_OK;
}

int nkg_word_property(const nkg_doc *d, const nkg_token *t, nkg_word_prop prop, int (*test)(const char *lower)) {
  return nkg_lex_memo_property(d->memo, t, (unsigned)prop, test);
}

static int preposition_word(const char *w) {
  if (!strcmp(w, "с") || !strcmp(w, "со")) return NKG_PREP_S;
  if (!strcmp(w, "в") || !strcmp(w, "во")) return NKG_PREP_V;
  if (!strcmp(w, "по")) return NKG_PREP_PO;
  if (!strcmp(w, "на")) return NKG_PREP_NA;
  return NKG_PREP_OTHER;
}

nkg_preposition nkg_preposition_of(const nkg_doc *d, const nkg_token *t) {
  return (nkg_preposition)nkg_word_property(d, t, NKG_WP_PREPOSITION, preposition_word);
}

void nkg_doc_release(nkg_doc *d) {
  nkg_vec_free(&d->mentions);
  nkg_vec_free(&d->entities);
  nkg_vec_free(&d->memberships);
  nkg_vec_free(&d->events);
  nkg_vec_free(&d->topics);
  nkg_vec_free(&d->chairs);
  nkg_vec_free(&d->member_states);
  nkg_vec_free(&d->quotes);
  nkg_vec_free(&d->agreements);
  nkg_vec_free(&d->role_bodies);
  nkg_vec_free(&d->clauses);
  nkg_strmap_free(&d->entity_by_path);
}

int nkg_doc_entity(nkg_doc *d, nkg_ent_type type, const char *path, const char *label, int lex) {
  int added = 0;
  uint32_t *at = nkg_strmap_put(&d->entity_by_path, path, strlen(path), (uint32_t)d->entities.count, &added);
  if (added) {
    nkg_entity *e = nkg_vec_push(&d->entities);
    e->type = type;
    e->lex = lex;
    e->role_lex = lex;
    e->path = nkg_strmap_key(&d->entity_by_path, path, strlen(path));
    e->label = nkg_arena_strdup(d->arena, label);
    e->country = -1;
    e->merged_into = -1;
  }
  return (int)*at;
}

nkg_entity *nkg_doc_ent(nkg_doc *d, int i) { return nkg_vec_at(&d->entities, (size_t)i); }

int nkg_doc_resolve(nkg_doc *d, int i) {
  while (i >= 0 && nkg_doc_ent(d, i)->merged_into >= 0) i = nkg_doc_ent(d, i)->merged_into;
  return i;
}

void nkg_entity_add_alt(nkg_doc *d, nkg_entity *e, const char *alt) {
  if (!strcmp(alt, e->label)) return;
  for (int i = 0; i < e->nalts; i++)
    if (!strcmp(e->alts[i], alt)) return;
  if (e->nalts < 8) e->alts[e->nalts++] = nkg_arena_strdup(d->arena, alt);
}

