/* Event frames from clauses (see frames.h). */
#include "frames.h"

#include "anatomy.h"

#include <string.h>

static const nkg_token *tk(const nkg_doc *d, size_t i) { return &d->seg.tokens[i]; }
static nkg_mention *mention(nkg_doc *d, size_t i) { return nkg_vec_at(&d->mentions, i); }
static const nkg_clause *clause(const nkg_doc *d, int c) { return nkg_vec_at(&d->clauses, (size_t)c); }

/* Whether mention m is in clause c: the clause itself or an aside within it. */
int nkg_in_clause(const nkg_doc *d, const nkg_mention *m, int c) {
  if (c < 0) return 0;
  int mc = (int)d->clause_of[m->first];
  if (mc == c) return 1;
  const nkg_clause *x = clause(d, mc);
  return x->kind == NKG_CLAUSE_ASIDE && x->parent == c;
}

/* Whether mention m counts for a frame whose clauses are `c` (and, with `mains`, every
 * main clause of the sentence); the dateline's date and city are the page's, not the clause's. */
static int counts(const nkg_doc *d, const nkg_mention *m, int c, int mains) {
  if (m->first < d->dateline_end) return 0;
  if (nkg_in_clause(d, m, c)) return 1;
  if (!mains) return 0;
  const nkg_clause *x = clause(d, (int)d->clause_of[m->first]);
  if (x->kind == NKG_CLAUSE_ASIDE && x->parent >= 0) x = clause(d, x->parent);
  return x->kind == NKG_CLAUSE_MAIN;
}

static int is_city(nkg_doc *d, const nkg_mention *m) {
  return m->kind == NKG_M_ENTITY && nkg_doc_ent(d, m->entity)->type == NKG_ENT_CITY;
}

/* A city named as a venue: "в Минске", "прибыли в Минск на заседание", not "между Анкарой и
 * Баку" or "из Москвы". */
static int venue(nkg_doc *d, const nkg_mention *m) {
  return is_city(d, m) && m->locative && !(m->first > 0 && (d->wclass[m->first - 1] & NKG_WC_NOT_PLACE));
}

typedef struct {
  nkg_date date;
  int own, city;
} clause_args;

/* The date and venue the mentions [from, to) that count for clauses `c` give. */
static clause_args args_in(nkg_doc *d, size_t from, size_t to, int c, int mains) {
  clause_args a = {.city = -1};
  for (size_t j = from; j < to; j++) {
    nkg_mention *m = mention(d, j);
    if (!counts(d, m, c, mains)) continue;
    if (m->kind == NKG_M_DATE && !a.own) {
      a.date = m->date;
      a.own = 1;
      /* "15 марта этого года": the year of a date that gives none */
      nkg_mention *next = j + 1 < to ? mention(d, j + 1) : NULL;
      if (!a.date.year && next && next->kind == NKG_M_RELYEAR && !next->date.month && next->first == m->last &&
          d->has_docdate && d->docdate.year)
        a.date.year = (int16_t)(d->docdate.year + next->rel);
    } else if (a.city < 0 && venue(d, m)) {
      a.city = m->entity;
    }
  }
  if (!d->has_docdate) return a;
  /* "вчера", "на прошлой неделе", "в декабре прошлого года" date a clause that gives no date itself */
  for (size_t j = from; j < to && !a.own; j++) {
    nkg_mention *m = mention(d, j);
    if (!counts(d, m, c, mains)) continue;
    if (m->kind == NKG_M_RELDAY) {
      a.date = nkg_date_shift(d->docdate, m->rel);
      a.own = 1;
    } else if (m->kind == NKG_M_RELWEEK && d->docdate.year && d->docdate.day) {
      long day = nkg_days_from_civil(d->docdate.year, d->docdate.month, d->docdate.day);
      int weekday = (int)(((day % 7) + 10) % 7); /* 0 = Monday; day 0 is Thursday 1970-01-01 */
      a.date = nkg_date_shift(d->docdate, 7 * m->rel - weekday);
      a.date.end_day = nkg_date_shift(a.date, 6).day;
      a.own = 1;
    } else if (m->kind == NKG_M_RELYEAR && (m->rel || m->date.month) && d->docdate.year) {
      /* "в этом году" alone says no more than the document's date does */
      a.date = (nkg_date){(int16_t)(d->docdate.year + m->rel), m->date.month, 0, 0};
      a.own = 1;
    }
  }
  return a;
}

/* The relative clause that tells of an event word: it opens right after the word, or
 * after the name of whose sitting it is ("саммита ШОС, который", "Минск, где"). */
static int attached_relative(nkg_doc *d, size_t to, size_t k) {
  nkg_mention *t = mention(d, k);
  size_t end = t->last;
  for (size_t j = k + 1; j < to; j++) {
    nkg_mention *m = mention(d, j);
    if (m->first < end) continue;
    if (m->first != end || m->kind != NKG_M_ENTITY || nkg_doc_ent(d, m->entity)->type != NKG_ENT_ORG) break;
    end = m->last;
  }
  /* "... заседании Ассамблеи (МПА СНГ), которое прошло ...": past an aside */
  if (end < d->seg.ntokens && !strcmp(tk(d, end)->lower, "(")) {
    size_t close = end;
    while (close < d->seg.ntokens && close < end + 12 && strcmp(tk(d, close)->lower, ")")) close++;
    if (close < d->seg.ntokens && !strcmp(tk(d, close)->lower, ")")) end = close + 1;
  }
  if (end >= d->seg.ntokens || strcmp(tk(d, end)->lower, ",") || end + 1 >= d->seg.ntokens) return -1;
  const nkg_clause *c = nkg_clause_at(d, end + 1);
  return c->kind == NKG_CLAUSE_RELATIVE && c->antecedent == (int64_t)end - 1 ? (int)d->clause_of[end + 1] : -1;
}

/* "предстоящий саммит", "следующее заседание": an adjective of the future right before the word */
static int future_adjective(const nkg_doc *d, const nkg_mention *t) {
  if (d->lex->entries[t->lex].trigger != NKG_TRIG_NOUN) return 0; /* an adjective goes with a noun */
  const nkg_sentence *s = &d->seg.sentences[t->sentence];
  for (size_t i = t->first; i-- > s->first && i + 6 > t->first && d->clause_of[i] == d->clause_of[t->first];) {
    size_t n;
    /* not the "следующий" of "на следующий день" */
    if ((d->wclass[i] & NKG_WC_FUTURE_ADJ) && !(i > s->first && nkg_phrase_classes_at(d, i - 1, s->first + s->count, NKG_WC_NEXT_DAY, &n)))
      return 1;
  }
  /* "визита в Москву, запланированного на ноябрь": a participle of the future after it */
  size_t end = s->first + s->count;
  for (size_t i = t->last; i < end && i < t->last + 6 && d->clause_of[i] == d->clause_of[t->first]; i++)
    if (d->wclass[i] & NKG_WC_FUTURE_ADJ) return 1;
  return 0;
}

/* Whether the clause's only date is "накануне" (which the recognizer reads against the
 * document's date). */
static int eve_only(nkg_doc *d, size_t from, size_t to, int c) {
  int eve = 0;
  for (size_t j = from; j < to; j++) {
    nkg_mention *m = mention(d, j);
    if (!nkg_in_clause(d, m, c)) continue;
    if (m->kind == NKG_M_DATE) return 0;
    if (m->kind == NKG_M_RELDAY) eve |= (d->wclass[m->first] & NKG_WC_EVE) != 0;
  }
  return eve;
}

/* "на полях саммита", "подготовку второго саммита": a context word up to three words before;
 * "прибывшего в Минск на заседание", "для участия в заседании": a purpose word up to five */
static int in_context(const nkg_doc *d, const nkg_mention *t) {
  const nkg_sentence *s = &d->seg.sentences[t->sentence];
  for (size_t i = t->first; i-- > s->first && i + 6 > t->first;)
    if ((d->wclass[i] & NKG_WC_PURPOSE) || ((d->wclass[i] & NKG_WC_CONTEXT) && i + 4 > t->first)) return 1;
  return 0;
}

void nkg_frame_of(nkg_doc *d, size_t from, size_t to, size_t k, const nkg_date *last_date, nkg_frame *f) {
  nkg_mention *t = mention(d, k);
  memset(f, 0, sizeof *f);
  f->trigger = k;
  f->clause = (int)d->clause_of[t->first];
  f->attached = attached_relative(d, to, k);
  f->city = -1;
  f->quoted = nkg_clause_quoted(d, f->clause);
  f->context = in_context(d, t);
  const nkg_clause *own = clause(d, f->clause), *rel = f->attached >= 0 ? clause(d, f->attached) : NULL;
  clause_args a = {.city = -1};
  if (rel) a = args_in(d, from, to, f->attached, 0);
  clause_args b = args_in(d, from, to, f->clause, 0);
  if (!a.own) a.date = b.date, a.own = b.own;
  if (a.city < 0) a.city = b.city;
  if (own->kind == NKG_CLAUSE_MAIN && (!a.own || a.city < 0)) {
    clause_args m = args_in(d, from, to, f->clause, 1);
    if (!a.own) a.date = m.date, a.own = m.own;
    if (a.city < 0) a.city = m.city;
  }
  /* "Минск, где прошли переговоры": the city a "где" clause follows is the venue */
  if (a.city < 0 && own->kind == NKG_CLAUSE_RELATIVE && own->antecedent >= 0) {
    for (size_t j = from; j < to; j++) {
      nkg_mention *m = mention(d, j);
      if (is_city(d, m) && (int64_t)m->last == own->antecedent + 1 && !strcmp(tk(d, own->first)->lower, "где")) a.city = m->entity;
    }
  }
  /* a relative clause of a person or a place ("Руденко побывал в Душанбе, где провел встречу")
   * goes on telling the clause it hangs from: its date, venue and tense where it has none */
  const nkg_clause *up = own->kind == NKG_CLAUSE_RELATIVE && own->parent >= 0 ? clause(d, own->parent) : NULL;
  if (up && (!a.own || a.city < 0)) {
    clause_args p = args_in(d, from, to, own->parent, up->kind == NKG_CLAUSE_MAIN);
    if (!a.own) a.date = p.date, a.own = p.own;
    if (a.city < 0) a.city = p.city;
  }
  if (!a.own && (own->same_day || (rel && rel->same_day))) {
    /* "в тот же день" before any other date: the day of the report itself */
    if (last_date) {
      a.date = *last_date;
      f->date_from_last = 1;
    } else if (d->has_docdate) {
      a.date = d->docdate;
    }
    a.own = last_date || d->has_docdate;
  }
  /* "На следующий день ...", "Накануне ..." after a dated event: a day from that one's */
  int shift = own->day_shift ? own->day_shift : rel ? rel->day_shift : 0;
  if (shift && last_date && last_date->day && (!a.own || eve_only(d, from, to, f->clause))) {
    a.date = nkg_date_shift(*last_date, shift);
    a.own = 1;
    f->date_from_last = 1;
  }
  nkg_tense tense = own->tense != NKG_TENSE_REPORTED ? own->tense : rel ? rel->tense : up ? up->tense : own->tense;
  f->scheduled = tense == NKG_TENSE_SCHEDULED || future_adjective(d, t);
  f->recalled = !f->scheduled && tense == NKG_TENSE_RECALLED;
  if (a.own && d->has_docdate && a.date.year && d->docdate.year && a.date.year < d->docdate.year) f->recalled = 1;
  if (!nkg_has_date(a.date) && !f->recalled && !f->scheduled && d->has_docdate) {
    /* news is of its dateline's day; that is the page's date but where the page says it was
     * published later ("Опубликовано: 5 декабря" above "БАКУ. 2 декабря ...") */
    a.date = d->docdate;
    if (d->dateline_date >= 0 && mention(d, (size_t)d->dateline_date)->date.day) {
      nkg_date dl = mention(d, (size_t)d->dateline_date)->date;
      if (!dl.year) dl.year = d->docdate.year;
      a.date = dl;
    }
  }
  f->date = a.date;
  f->own_date = a.own;
  f->city = a.city >= 0 ? a.city : d->section_city[t->sentence];
}

int nkg_frame_holds(const nkg_doc *d, const nkg_frame *f, const nkg_mention *m) {
  return nkg_in_clause(d, m, f->clause) || (f->attached >= 0 && nkg_in_clause(d, m, f->attached));
}

int nkg_frame_scope(const nkg_doc *d, const nkg_frame *f, const nkg_mention *m) {
  if (nkg_frame_holds(d, f, m)) return 1;
  if (clause(d, f->clause)->kind != NKG_CLAUSE_MAIN) return 0;
  const nkg_clause *x = clause(d, (int)d->clause_of[m->first]);
  if (x->kind == NKG_CLAUSE_ASIDE && x->parent >= 0) x = clause(d, x->parent);
  return x->kind == NKG_CLAUSE_MAIN;
}

int nkg_frame_antecedent_person(nkg_doc *d, const nkg_frame *f, size_t from, size_t to) {
  const nkg_clause *own = clause(d, f->clause);
  if (own->kind != NKG_CLAUSE_RELATIVE || own->antecedent < 0) return -1;
  for (size_t j = from; j < to; j++) {
    nkg_mention *m = mention(d, j);
    if (m->kind == NKG_M_ENTITY && nkg_doc_ent(d, m->entity)->type == NKG_ENT_PERSON && (int64_t)m->last == own->antecedent + 1)
      return m->entity;
  }
  return -1;
}
