/* A dump of what extraction saw, for developers: NEWSKG_DEBUG=1 newskg build FILE. */
#include <stdio.h>
#include <stdlib.h>

#include "debug.h"

static const char *kinds[] = {"ENTITY", "TRIGGER", "DATE", "RELDAY", "PAST", "RELYEAR", "RELWEEK"};
static const char *types[] = {"person", "org", "country", "city", "role"};

void nkg_debug_dump(nkg_doc *d, FILE *f) {
  fprintf(f, "=== %s\n", d->source);
  if (d->has_docdate) fprintf(f, "docdate %d-%d-%d\n", d->docdate.year, d->docdate.month, d->docdate.day);
  for (size_t s = 0; s < d->seg.nsentences; s++) {
    const nkg_sentence *st = &d->seg.sentences[s];
    fprintf(f, "[%zu%s%s] %.*s\n", s, d->sentence_past[s] ? " past" : "", d->furniture[s] ? " furniture" : "",
            (int)(st->end - st->start), d->seg.text + st->start);
    /* its clauses: kind, tense and first words */
    static const char *ckinds[] = {"main", "relative", "complement", "quote", "aside"};
    static const char *tenses[] = {"reported", "scheduled", "recalled"};
    for (size_t c = 0; c < d->clauses.count; c++) {
      const nkg_clause *cl = nkg_vec_at(&d->clauses, c);
      if (cl->sentence != s || cl->first >= cl->last) continue;
      const nkg_token *a = &d->seg.tokens[cl->first];
      size_t until = cl->first + 4 < cl->last ? cl->first + 4 : cl->last;
      const nkg_token *b = &d->seg.tokens[until - 1];
      fprintf(f, "    clause %zu %s %s%s%s: %.*s...\n", c, ckinds[cl->kind], tenses[cl->tense], cl->reports ? " reports" : "",
              cl->same_day ? " same-day" : "", (int)(b->end - a->start), a->surface);
    }
    for (size_t k = 0; k < d->mentions.count; k++) {
      nkg_mention *m = nkg_vec_at(&d->mentions, k);
      if (m->sentence != s) continue;
      const nkg_token *a = &d->seg.tokens[m->first], *b = &d->seg.tokens[m->last - 1];
      fprintf(f, "    %-7s %.*s", kinds[m->kind], (int)(b->end - a->start), a->surface);
      if (m->kind == NKG_M_ENTITY) {
        nkg_entity *e = nkg_doc_ent(d, m->entity);
        static const char *cases[] = {"nom", "gen", "dat", "acc", "ins", "prep", "?"};
        fprintf(f, " -> %s %s «%s»%s%s", types[e->type], e->path, e->label, m->locative ? " loc" : "", m->former ? " former" : "");
        if (e->type == NKG_ENT_PERSON || e->type == NKG_ENT_ROLE) fprintf(f, " %s", cases[m->gcase]);
      }
      if (m->kind == NKG_M_DATE) fprintf(f, " -> %d-%d-%d", m->date.year, m->date.month, m->date.day);
      if (m->kind == NKG_M_TRIGGER) fprintf(f, " -> %s", d->lex->entries[m->lex].path);
      fputc('\n', f);
    }
  }
  for (size_t i = 0; i < d->memberships.count; i++) {
    nkg_membership *m = nkg_vec_at(&d->memberships, i);
    fprintf(f, "membership %s | %s | %s\n", nkg_doc_ent(d, m->person)->label, nkg_doc_ent(d, m->role)->label,
            nkg_doc_ent(d, m->org)->label);
  }
  for (size_t i = 0; i < d->events.count; i++) {
    nkg_event *e = nkg_vec_at(&d->events, i);
    fprintf(f, "event %s %d-%d-%d city=%s past=%d sent=%u:", e->cls == NKG_EVENT_SESSION ? "session" : "meeting", e->date.year,
            e->date.month, e->date.day, e->city >= 0 ? nkg_doc_ent(d, e->city)->label : "-", e->past, e->sentence);
    for (int a = 0; a < e->nattendees; a++) fprintf(f, " %s;", nkg_doc_ent(d, e->attendees[a])->label);
    fputc('\n', f);
  }
}
