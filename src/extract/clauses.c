/* Cutting sentences into clauses and giving each its tense.  The cuts are the ones news
 * prose makes with punctuation and a few function words (the lexicon's word classes);
 * a comma alone does not cut, so participial phrases and lists stay in their clause. */
#include <string.h>

#include "anatomy.h"
#include "doc.h"

static const nkg_token *tk(const nkg_doc *d, size_t i) { return &d->seg.tokens[i]; }
static int is(const nkg_doc *d, size_t i, const char *w) { return !strcmp(tk(d, i)->lower, w); }

static int open_clause(nkg_doc *d, nkg_clause_kind kind, uint32_t sentence, size_t first, int parent) {
  nkg_clause *c = nkg_vec_push(&d->clauses);
  c->kind = kind;
  c->sentence = sentence;
  c->first = c->last = (uint32_t)first;
  c->parent = parent;
  c->antecedent = -1;
  return (int)d->clauses.count - 1;
}

static nkg_clause *clause(nkg_doc *d, int c) { return nkg_vec_at(&d->clauses, (size_t)c); }

/* ", который", ", в ходе которой", ", на котором", ", где": a relative word right after the
 * comma or after a preposition and a noun or two */
static int relative_after_comma(const nkg_doc *d, size_t comma, size_t end) {
  for (size_t k = comma + 1; k < end && k <= comma + 3; k++) {
    if (d->wclass[k] & NKG_WC_RELATIVE) return 1;
    if (tk(d, k)->kind != NKG_TOK_WORD) return 0;
  }
  return 0;
}

static int conjunction(const nkg_doc *d, size_t i) {
  return is(d, i, "а") || is(d, i, "но") || is(d, i, "однако") || is(d, i, "и");
}

static void cut_sentence(nkg_doc *d, uint32_t si) {
  const nkg_sentence *s = &d->seg.sentences[si];
  size_t end = s->first + s->count;
  int stack[32], depth = 0;
  stack[depth++] = open_clause(d, NKG_CLAUSE_MAIN, si, s->first, -1);
#define TOP stack[depth - 1]
#define PUSH(kind, at)                                                                    \
  do {                                                                                    \
    int c_ = open_clause(d, kind, si, at, TOP);                                           \
    if (depth < 32) stack[depth++] = c_;                                                  \
  } while (0)
  for (size_t t = s->first; t < end; t++) {
    nkg_clause_kind top_kind = clause(d, TOP)->kind;
    int closes = 0;
    if ((is(d, t, "«") || is(d, t, "\"")) && d->quoted[t] && top_kind != NKG_CLAUSE_QUOTE) {
      PUSH(NKG_CLAUSE_QUOTE, t);
    } else if ((is(d, t, "»") || is(d, t, "\"")) && top_kind == NKG_CLAUSE_QUOTE) {
      closes = 1;
    } else if (is(d, t, "(")) {
      PUSH(NKG_CLAUSE_ASIDE, t);
    } else if (is(d, t, ")") && depth > 1) {
      /* the bracket closes its aside and any clause opened inside it */
      while (depth > 1 && clause(d, TOP)->kind != NKG_CLAUSE_ASIDE) depth--;
      closes = depth > 1;
    } else if (is(d, t, ";") && depth == 1) {
      clause(d, TOP)->last = (uint32_t)t + 1;
      d->clause_of[t] = (uint32_t)TOP;
      stack[0] = open_clause(d, NKG_CLAUSE_MAIN, si, t + 1, -1);
      continue;
    } else if (is(d, t, ",") && t + 1 < end) {
      int rel = relative_after_comma(d, t, end);
      int comp = !rel && (d->wclass[t + 1] & NKG_WC_COMPLEMENT);
      /* a clause opened at a comma ends where the next one opens at the same level, or
       * before ", а", ", но", ", и" that go back to the clause around it */
      int conj = conjunction(d, t + 1);
      /* (a relative clause inside what was said stays inside it) */
      if (depth > 1 && ((top_kind == NKG_CLAUSE_RELATIVE && (rel || comp || conj)) ||
                        (top_kind == NKG_CLAUSE_COMPLEMENT && (comp || conj)))) {
        clause(d, TOP)->last = (uint32_t)t;
        depth--;
      }
      d->clause_of[t] = (uint32_t)TOP;
      clause(d, TOP)->last = (uint32_t)t + 1;
      if (rel || comp) {
        PUSH(rel ? NKG_CLAUSE_RELATIVE : NKG_CLAUSE_COMPLEMENT, t + 1);
        if (rel && t > s->first) clause(d, TOP)->antecedent = (int64_t)t - 1;
      }
      continue;
    }
    d->clause_of[t] = (uint32_t)TOP;
    clause(d, TOP)->last = (uint32_t)t + 1;
    if (closes && depth > 1) depth--;
  }
#undef PUSH
#undef TOP
}

static void set_tense(nkg_doc *d) {
  for (size_t t = 0; t < d->seg.ntokens; t++) {
    if (d->furniture[tk(d, t)->sentence]) continue;
    nkg_clause *c = clause(d, (int)d->clause_of[t]);
    unsigned w = d->wclass[t];
    if (w & NKG_WC_FUTURE_VERB) c->tense = NKG_TENSE_SCHEDULED;
    if ((w & NKG_WC_PAST) && c->tense == NKG_TENSE_REPORTED) c->tense = NKG_TENSE_RECALLED;
    size_t n;
    unsigned p = nkg_phrase_classes_at(d, t, d->seg.sentences[tk(d, t)->sentence].first + d->seg.sentences[tk(d, t)->sentence].count,
                                       NKG_WC_REPORT_VERB | NKG_WC_SAME_DAY | NKG_WC_NEXT_DAY | NKG_WC_FUTURE_VERB, &n);
    if (p & NKG_WC_FUTURE_VERB) c->tense = NKG_TENSE_SCHEDULED; /* "подтвердил участие" */
    if (p & NKG_WC_REPORT_VERB) c->reports = 1;
    if (p & NKG_WC_SAME_DAY) c->same_day = 1;
    if (p & NKG_WC_NEXT_DAY) c->day_shift = 1;
    if (w & NKG_WC_EVE) c->day_shift = -1;
  }
  /* "в прошлом году", "год назад" as the recognizer found them */
  for (size_t k = 0; k < d->mentions.count; k++) {
    const nkg_mention *m = nkg_vec_at(&d->mentions, k);
    int past = m->kind == NKG_M_PAST || ((m->kind == NKG_M_RELYEAR || m->kind == NKG_M_RELWEEK) && m->rel < 0);
    nkg_clause *c = clause(d, (int)d->clause_of[m->first]);
    if (past && c->tense == NKG_TENSE_REPORTED) c->tense = NKG_TENSE_RECALLED;
  }
}

void nkg_find_clauses(nkg_doc *d) {
  nkg_vec_clear(&d->clauses);
  for (uint32_t s = 0; s < d->seg.nsentences; s++) cut_sentence(d, s);
  set_tense(d);
}

const nkg_clause *nkg_clause_at(const nkg_doc *d, size_t t) { return nkg_vec_at(&d->clauses, d->clause_of[t]); }

int nkg_clause_quoted(const nkg_doc *d, int c) {
  for (; c >= 0; c = ((const nkg_clause *)nkg_vec_at(&d->clauses, (size_t)c))->parent)
    if (((const nkg_clause *)nkg_vec_at(&d->clauses, (size_t)c))->kind == NKG_CLAUSE_QUOTE) return 1;
  return 0;
}
