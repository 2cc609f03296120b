/* Relating mentions into facts.
 *
 * Roles: a role opens a frame that the following affiliations and persons fill, so
 * one role distributes over a list ("главы МИД Киргизии А, Белоруссии Б"); a frame
 * that gets no person binds to a person just before it ("Лавров, министр ...").
 * Events: event words make candidates with the date and place of their sentence;
 * candidates that do not contradict each other are one event; persons attend the
 * event whose part of the text names them. */
#include <stdlib.h>
#include <string.h>

#include "doc.h"
#include "anatomy.h"
#include "frames.h"

static const nkg_token *tk(const nkg_doc *d, size_t i) { return &d->seg.tokens[i]; }

/* Whether `word` is the first word of `label` as it stands (a trigger noun in the lexicon's nominative). */
static int is_first_word_of(const char *word, const char *label) {
  size_t n = strlen(word);
  return !strncmp(word, label, n) && (label[n] == ' ' || label[n] == '\0');
}
static nkg_mention *mention(nkg_doc *d, size_t i) { return nkg_vec_at(&d->mentions, i); }
static nkg_entity *ent(nkg_doc *d, int i) { return nkg_doc_ent(d, i); }

static int is_glue(const nkg_token *t) {
  /* "республики", "страны": the country already named ("министр иностранных дел республики X") */
  static const char *const glue[] = {",", "-", "\xE2\x80\x93", "\xE2\x80\x94", "и", "а", "также", ":", "(", ")",
                                     "«", "»", "\"", "республики", "страны"};
  for (size_t k = 0; k < sizeof glue / sizeof *glue; k++)
    if (!strcmp(t->lower, glue[k])) return 1;
  return 0;
}

/* "Министр иностранных дел и внешнеэкономических связей Венгрии": "и" and genitive
 * words that go on naming the role before its affiliation. */
static int role_name_continues(const nkg_doc *d, size_t from, size_t to) {
  /* "... и внешнеэкономических связей"; "... по внешнеполитическим вопросам" (the portfolio) */
  if (to - from < 2 || to - from > 5 || (strcmp(tk(d, from)->lower, "и") && strcmp(tk(d, from)->lower, "по"))) return 0;
  static const char *const endings[] = {"ого", "его", "ых", "их", "ов", "ей", "ий", "ия", "ии", "и", "ы",
                                        "а",   "я",   "ств", "ым", "им", "ам", "ям", "ому", "ему", "е"};
  for (size_t i = from + 1; i < to; i++) {
    const nkg_token *t = tk(d, i);
    if (t->kind != NKG_TOK_WORD || (t->flags & (NKG_TF_CAP | NKG_TF_UPPER))) return 0;
    size_t len = strlen(t->lower);
    int ok = 0;
    for (size_t k = 0; k < sizeof endings / sizeof *endings && !ok; k++) {
      size_t el = strlen(endings[k]);
      ok = len > el && !strcmp(t->lower + len - el, endings[k]);
    }
    if (!ok) return 0;
  }
  return 1;
}

static int is_org_head_at(const nkg_doc *d, size_t i) {
  nkg_lex_match m[4];
  size_t n = nkg_lex_match_at(d->lex, d->seg.tokens, d->seg.ntokens, i, m, 4);
  for (size_t k = 0; k < n; k++)
    if (d->lex->entries[m[k].entry].kind == NKG_LEX_ORG_HEAD && m[k].ntokens == 1) return 1;
  return 0;
}

/* "директор Департамента Азии и Африки МИД X", "директор департамента Европы и Америки МИД X":
 * a unit within the organization that follows, named by a head noun of the lexicon
 * ("Департамент", "Комитет") that opens the gap or ends the role before it, then a few
 * words, the first capitalised; the role's affiliation is the organization after it. */
static int subunit_name(const nkg_doc *d, size_t from, size_t to) {
  if (to - from < 1 || to - from > 7 || !(tk(d, from)->flags & NKG_TF_CAP)) return 0;
  if (!is_org_head_at(d, from) && !(from > 0 && is_org_head_at(d, from - 1))) return 0;
  for (size_t i = from + 1; i < to; i++)
    if (tk(d, i)->kind != NKG_TOK_WORD) return 0;
  return 1;
}

/* "(председательствующей стороны)", "(страны-наблюдателя)": a bracketed aside of a few
 * words that starts at `i`; the token after its ")" , or `i`. */
static size_t past_aside(const nkg_doc *d, size_t i, size_t to) {
  if (i >= to || strcmp(tk(d, i)->lower, "(")) return i;
  for (size_t k = i + 1; k < to && k < i + 8; k++) {
    if (!strcmp(tk(d, k)->lower, ")")) return k > i + 1 ? k + 1 : i;
    if (tk(d, k)->kind != NKG_TOK_WORD && strcmp(tk(d, k)->lower, "-")) return i;
  }
  return i;
}

/* Whether a mention stands in a bracketed aside of a few words: "(с резиденцией в Москве)". */
static int in_aside(const nkg_doc *d, const nkg_mention *m) {
  const nkg_sentence *s = &d->seg.sentences[m->sentence];
  for (size_t i = m->first; i-- > s->first && i + 8 > m->first;) {
    if (!strcmp(tk(d, i)->lower, ")")) return 0;
    if (!strcmp(tk(d, i)->lower, "(")) return past_aside(d, i, s->first + s->count) >= m->last;
  }
  return 0;
}

static int only_glue(const nkg_doc *d, size_t from, size_t to) {
  if (role_name_continues(d, from, to) || subunit_name(d, from, to)) return 1;
  for (size_t i = from; i < to; i++) {
    size_t after = past_aside(d, i, to);
    if (after > i) {
      i = after - 1;
      continue;
    }
    /* "Посол Китая в Кыргызстане Лю Цзян", "Постоянный представитель при ООН": the place or
     * subject of a post stays in its frame */
    const char *w = tk(d, i)->lower;
    int place = i + 1 == to && (!strcmp(w, "в") || !strcmp(w, "во") || !strcmp(w, "при") || !strcmp(w, "по"));
    if (!d->glue[i] && !is_glue(tk(d, i)) && !place) return 0;
  }
  return 1;
}

/* What may stand between two roles of one person: "," or a dash, and "бывший" before a
 * former role ("советник президента, бывший министр иностранных дел X"). */
static int only_commas(const nkg_doc *d, size_t from, size_t to) {
  for (size_t i = from; i < to; i++) {
    const char *w = tk(d, i)->lower;
    if (strcmp(w, ",") && strcmp(w, "\xE2\x80\x93") && strcmp(w, "\xE2\x80\x94") && strcmp(w, "-") &&
        strncmp(w, "бывш", strlen("бывш")) && strcmp(w, "экс"))
      return 0;
  }
  return 1;
}

/* The document's date: a dateline or header, or "сегодня, 24 мая". */
static void find_docdate(nkg_doc *d) {
  if (d->docdate_given) return;
  /* "Опубликовано: 5 декабря 2025": the page says when it was published */
  for (size_t k = 0; k < d->mentions.count; k++) {
    nkg_mention *m = mention(d, k);
    if (d->seg.sentences[m->sentence].line > 12) break;
    if (m->kind != NKG_M_DATE || !m->date.day) continue;
    size_t line_start = m->first, n;
    while (line_start > 0 && !(tk(d, line_start)->flags & NKG_TF_LINE_START)) line_start--;
    if (m->first - line_start <= 4 && nkg_phrase_classes_at(d, line_start, m->first, NKG_WC_PUBLISHED, &n)) {
      d->docdate = m->date;
      d->has_docdate = 1;
      return;
    }
  }
  /* the dateline's date is the article's own: "ТАШКЕНТ, 14.05.2024 /Агентство/." stands above a
   * site's date widget */
  if (d->dateline_date >= 0 && mention(d, (size_t)d->dateline_date)->date.day) {
    d->docdate = mention(d, (size_t)d->dateline_date)->date;
    d->has_docdate = 1;
  }
  for (size_t k = 0; k < d->mentions.count && !d->has_docdate; k++) {
    nkg_mention *m = mention(d, k);
    if (m->kind != NKG_M_DATE || !m->date.day) continue;
    const nkg_sentence *s = &d->seg.sentences[m->sentence];
    if (s->line > 12) break;
    /* near the start of its line: "30-06-2025, 15:45.", "date 2025-09-12", "АСТАНА, 15 марта.";
     * or labelled: "Дата публикации: 2025-02-05", "Новости | 5 февраля 2025" */
    size_t line_start = m->first;
    while (line_start > 0 && !(tk(d, line_start)->flags & NKG_TF_LINE_START)) line_start--;
    if (d->wclass[line_start] & NKG_WC_WIDGET) continue; /* "Четверг, 4 декабря 2025 | Астана +2°C": today's, not the article's */
    const char *before = m->first > 0 ? tk(d, m->first - 1)->lower : "";
    int labelled = !strcmp(before, ":") || !strcmp(before, "|") || !strcmp(before, "\xC2\xB7");
    /* a line that is a date and nothing more ("20 января 2025 года", "14.05.2024, 12:40") */
    size_t line_end = m->last;
    while (line_end < d->seg.ntokens && !(tk(d, line_end)->flags & NKG_TF_LINE_START)) line_end++;
    int date_line = m->first == line_start && line_end - m->last <= 4;
    /* "Брифинг официального представителя МИД ..., Москва, 14 мая 2026 года": a heading that
     * ends with its date */
    int heading_date = s->line <= 2 && (line_end == m->last || (line_end == m->last + 1 && tk(d, m->last)->kind == NKG_TOK_WORD)) &&
                       m->first > line_start && !strcmp(tk(d, m->first - 1)->lower, ",");
    date_line |= heading_date;
    if ((m->first - line_start <= 3 && s->line <= 2) || ((labelled || date_line) && s->line <= 12)) {
      d->docdate = m->date;
      d->has_docdate = 1;
      /* a time of day right after it: "15:45" */
      size_t j = m->last;
      while (j < d->seg.ntokens && !strcmp(tk(d, j)->lower, ",")) j++;
      if (j + 2 < d->seg.ntokens && tk(d, j)->kind == NKG_TOK_NUMBER && !strcmp(tk(d, j + 1)->lower, ":") &&
          tk(d, j + 2)->kind == NKG_TOK_NUMBER) {
        int hh = atoi(tk(d, j)->lower), mm = atoi(tk(d, j + 2)->lower);
        if (hh >= 0 && hh < 24 && mm >= 0 && mm < 60) snprintf(d->time_of_day, sizeof d->time_of_day, "%02d:%02d", hh, mm);
      }
    }
  }
  for (size_t k = 0; k + 1 < d->mentions.count && !d->has_docdate; k++) {
    nkg_mention *a = mention(d, k), *b = mention(d, k + 1);
    if (a->kind == NKG_M_RELDAY && a->rel == 0 && b->kind == NKG_M_DATE && b->date.day && b->sentence == a->sentence &&
        b->first - a->last <= 2) {
      d->docdate = b->date;
      d->has_docdate = 1;
    }
  }
  /* no header: the lead's date, when the lead tells an event ("Президент ... 3 марта 2025
   * года принял ...") */
  for (size_t k = 0; k < d->mentions.count && !d->has_docdate; k++) {
    nkg_mention *m = mention(d, k);
    if (m->sentence > 1) break;
    if (m->kind != NKG_M_DATE || !m->date.day) continue;
    for (size_t q = 0; q < d->mentions.count; q++) {
      nkg_mention *t = mention(d, q);
      if (t->sentence == m->sentence && t->kind == NKG_M_TRIGGER) {
        d->docdate = m->date;
        d->has_docdate = 1;
        break;
      }
    }
  }
  /* a year the document gives elsewhere for the same day, or for its month ("№ 5 (май 2025)") */
  for (int pass = 0; pass < 3 && d->has_docdate && !d->docdate.year; pass++)
    for (size_t k = 0; k < d->mentions.count && !d->docdate.year; k++) {
      nkg_mention *m = mention(d, k);
      if (m->kind != NKG_M_DATE || !m->date.year || m->date.month != d->docdate.month) continue;
      /* the same day; then the month ("№ 5 (май 2025)"); then a day close by ("вчера, 6 июня 2025 года") */
      int close_by = m->date.day && abs(m->date.day - d->docdate.day) <= 3;
      if (pass == 0 ? m->date.day == d->docdate.day : pass == 1 ? !m->date.day : close_by) d->docdate.year = m->date.year;
    }
}

static nkg_date complete_year(const nkg_doc *d, nkg_date x) {
  if (x.year || !nkg_has_date(x) || !d->has_docdate || !d->docdate.year) return x;
  /* a date without a year is the nearest such date before or shortly after the document's */
  x.year = d->docdate.year;
  if (x.month - d->docdate.month > 6) x.year--;
  else if (d->docdate.month - x.month > 6) x.year++;
  return x;
}

/* --- roles --- */

typedef struct {
  int person, role, org; /* org -1: to be inferred */
  int role_mention;
} pending_membership;

typedef struct {
  int role; /* a role named without a person: "Президент принял ..." */
  uint32_t sentence;
  size_t mention;
} role_reference;

typedef struct {
  nkg_doc *d;
  nkg_vec pending;  /* pending_membership */
  nkg_vec rolerefs; /* role_reference */
} relater;

static void add_pending(relater *r, int person, int role_mention, int org) {
  nkg_mention *rm = mention(r->d, (size_t)role_mention);
  if (rm->former) return; /* "бывший министр": not a role held now */
  pending_membership *p = nkg_vec_push(&r->pending);
  p->person = person;
  p->role = rm->entity;
  p->org = org;
  p->role_mention = role_mention;
}

/* The gap between two stacked roles: the first one's portfolio, if any ("по
 * внешнеполитическим вопросам"), then commas and dashes. */
static int continuation_then_commas(const nkg_doc *d, size_t from, size_t to) {
  size_t k = from;
  while (k < to && strcmp(tk(d, k)->lower, ",") && strcmp(tk(d, k)->lower, "\xE2\x80\x93") &&
         strcmp(tk(d, k)->lower, "\xE2\x80\x94"))
    k++;
  if (k > from && !role_name_continues(d, from, k)) return 0;
  return only_commas(d, k, to);
}

/* "от Таджикистана – первый заместитель министра ...": an affiliation said before the role. */
static int affiliation_before(relater *r, size_t from, size_t k) {
  nkg_doc *d = r->d;
  for (size_t j = k; j-- > from;) {
    nkg_mention *m = mention(d, j);
    if (m->kind != NKG_M_ENTITY) continue;
    int type = ent(d, m->entity)->type;
    if (type != NKG_ENT_COUNTRY && type != NKG_ENT_ORG) return -1;
    if (m->first == 0 || strcmp(tk(d, m->first - 1)->lower, "от") != 0) return -1;
    return only_glue(d, m->last, mention(d, k)->first) ? m->entity : -1;
  }
  return -1;
}

/* "Джейхун Байрамов (Азербайджан)": the country in brackets right after a person (a mention
 * index), or -1. */
static int paren_country(nkg_doc *d, size_t k, size_t to) {
  nkg_mention *p = mention(d, k);
  if (k + 1 >= to || p->last + 2 >= d->seg.ntokens || strcmp(tk(d, p->last)->lower, "(")) return -1;
  nkg_mention *c = mention(d, k + 1);
  if (c->kind != NKG_M_ENTITY || c->first != p->last + 1 || c->last >= d->seg.ntokens || strcmp(tk(d, c->last)->lower, ")"))
    return -1;
  int type = ent(d, c->entity)->type;
  return type == NKG_ENT_COUNTRY || type == NKG_ENT_ORG ? (int)(k + 1) : -1;
}

/* "С азербайджанской стороны участвовали министр А и помощник Б", "Белорусскую сторону
 * представляли ...": the side a country's adjective names is the affiliation of the roles
 * the sentence gives no other.  (The country is not a mention: an adjective names none.) */
static void side_affiliation(relater *r, size_t from, size_t to, size_t pending_from) {
  nkg_doc *d = r->d;
  if (from >= to || pending_from >= r->pending.count) return;
  const nkg_sentence *s = &d->seg.sentences[mention(d, from)->sentence];
  int side = -1;
  /* every side the sentence names, where it names it: "С российской стороны ... А, с киргизской – Б" */
  uint32_t side_at[8];
  int side_of[8], nside = 0;
  for (uint32_t t = s->first + 1; t < s->first + s->count; t++) {
    int named = !strncmp(tk(d, t)->lower, "сторон", strlen("сторон"));
    int elliptic = t + 1 < s->first + s->count && nkg_preposition_of(d, tk(d, t - 1)) == NKG_PREP_S &&
                   (!strcmp(tk(d, t + 1)->lower, "–") || !strcmp(tk(d, t + 1)->lower, "—"));
    if (!named && !elliptic) continue;
    int lex = nkg_lex_country_of_adjective(d->lex, tk(d, named ? t - 1 : t)->lower);
    if (lex < 0) continue;
    int c = nkg_doc_entity(d, NKG_ENT_COUNTRY, d->lex->entries[lex].path, d->lex->entries[lex].label, lex);
    if (side < 0) side = c;
    if (nside < 8) side_at[nside] = t, side_of[nside++] = c;
  }
  if (nside >= 2) {
    for (size_t i = pending_from; i < r->pending.count; i++) {
      pending_membership *p = nkg_vec_at(&r->pending, i);
      uint32_t at = mention(d, (size_t)p->role_mention)->first;
      for (int q = nside; q-- > 0 && p->org < 0;)
        if (side_at[q] < at) p->org = side_of[q];
    }
    return;
  }
  /* "Индию на саммите представлял министр иностранных дел X": the country the verb follows;
   * "Азербайджан и Туркмению представляли заместители министров А и Б": the countries listed
   * before it, taken respectively */
  int sides[8], nsides = 0;
  for (size_t k = from; k < to && side < 0; k++) {
    nkg_mention *m = mention(d, k);
    if (m->kind != NKG_M_ENTITY || ent(d, m->entity)->type != NKG_ENT_COUNTRY) continue;
    if (nsides && !nkg_only_list_glue(d, mention(d, k - 1)->last, m->first)) nsides = 0;
    if (nsides < 8) sides[nsides++] = m->entity;
    nkg_mention *next = NULL; /* the next name: the verb comes before it */
    for (size_t q = k + 1; q < to && !next; q++)
      if (mention(d, q)->kind == NKG_M_ENTITY) next = mention(d, q);
    for (size_t t = m->last; t < m->last + 4 && t < s->first + s->count; t++) {
      if (next && t >= next->first) break;
      if (d->wclass[t] & NKG_WC_REPRESENT) side = m->entity;
    }
  }
  size_t open = 0;
  for (size_t i = pending_from; i < r->pending.count; i++) open += ((pending_membership *)nkg_vec_at(&r->pending, i))->org < 0;
  int respective = side >= 0 && nsides >= 2 && (size_t)nsides == open;
  for (size_t i = pending_from, n = 0; i < r->pending.count && side >= 0; i++) {
    pending_membership *p = nkg_vec_at(&r->pending, i);
    if (p->org < 0) p->org = respective ? sides[n++] : side;
  }
}

/* "назначен на должность", "был избран": the appointment words that end right before the
 * role at token `role_first`; their first token, or 0 when there are none. */
static size_t appointment_before(const nkg_doc *d, size_t role_first, size_t sentence_first) {
  for (size_t j = role_first; j-- > sentence_first && j + 5 > role_first;) {
    size_t n;
    if (nkg_phrase_classes_at(d, j, role_first, NKG_WC_APPOINTED, &n) && j + n == role_first) return j;
  }
  return 0;
}

/* Whether a person mention is plainly in the nominative: its last word ends as only a
 * nominative surname does ("Кошербаев", not "Кошербаева", which may be a genitive). */
static int plainly_nominative(nkg_doc *d, const nkg_mention *m) {
  const char *w = tk(d, m->last - 1)->lower;
  static const char *const male[] = {"ов", "ев", "ёв", "ин", "ын", "ский", "цкий"};
  static const char *const female[] = {"ова", "ева", "ина", "ына", "ская", "цкая"};
  int is_female = ent(d, m->entity)->female;
  if (is_female && m->gcase != NKG_CASE_NOM) return 0; /* "Нарбаевой" is plain, "Нарбаева" is not */
  const char *const *ends = is_female ? female : male;
  size_t n = is_female ? sizeof female / sizeof *female : sizeof male / sizeof *male, len = strlen(w);
  for (size_t k = 0; k < n; k++) {
    size_t el = strlen(ends[k]);
    if (len > el + 2 && !strcmp(w + len - el, ends[k])) return 1;
  }
  return 0;
}

/* Whether a role that a person follows stands in an oblique case.  "главы" is a genitive
 * singular or a plural nominative: with an affiliation after it ("главы МИД Казахстана Ерлан
 * Сапаров") the nominative person says it is the plural. */
static int oblique_role(nkg_doc *d, const nkg_mention *role, int aff) {
  if (role->gcase == NKG_CASE_NOM || role->gcase == NKG_CASE_UNKNOWN) return 0;
  const char *w = tk(d, role->first)->lower;
  size_t n = strlen(w);
  int ambiguous = n > 2 && (!strcmp(w + n - 2, "ы") || !strcmp(w + n - 2, "и"));
  return !(ambiguous && aff >= 0);
}

/* The person appointed: the nearest person in the nominative before the appointment words
 * ("Асейин Исаев назначен на пост ..."), or -1. */
static int appointee_before(relater *r, size_t from, size_t k, size_t verb) {
  nkg_doc *d = r->d;
  for (size_t j = k; j-- > from;) {
    nkg_mention *m = mention(d, j);
    if (m->kind != NKG_M_ENTITY || m->last > verb || ent(d, m->entity)->type != NKG_ENT_PERSON) continue;
    return m->gcase == NKG_CASE_NOM || plainly_nominative(d, m) ? m->entity : -1;
  }
  return -1;
}

static void relate_roles_in_sentence(relater *r, size_t from, size_t to) {
  nkg_doc *d = r->d;
  if (from >= to) return; /* a sentence with no names */
  size_t pending_before = r->pending.count;
  int role_m = -1, aff = -1, bound = 0, appos = -1, aff_before = -1;
  size_t frame_end = 0;
  /* roles stacked on one person: "заместитель премьер-министра, министр иностранных дел X",
   * each with the affiliation it was given, if any */
  int stacked[8], stacked_aff[8], nstacked = 0;
#define CLOSE_FRAME()                                                                              \
  do {                                                                                             \
    if (role_m >= 0 && !bound) {                                                                   \
      if (appos >= 0) {                                                                            \
        int a_ = aff >= 0 ? aff : aff_before;                                                      \
        add_pending(r, appos, role_m, a_);                                                         \
        for (int q = 0; q < nstacked; q++) add_pending(r, appos, stacked[q], stacked_aff[q] >= 0 ? stacked_aff[q] : a_); \
        nstacked = 0;                                                                              \
      } else {                                                                                     \
        role_reference *rr = nkg_vec_push(&r->rolerefs);                                           \
        rr->role = mention(d, (size_t)role_m)->entity;                                             \
        rr->sentence = mention(d, (size_t)role_m)->sentence;                                       \
        rr->mention = (size_t)role_m;                                                              \
      }                                                                                            \
    }                                                                                              \
    role_m = -1;                                                                                   \
  } while (0)
  int last_person = -1, bound_person_case = -1;
  size_t last_person_end = 0;
  const nkg_sentence *sent = &d->seg.sentences[mention(d, from)->sentence];
  int affs[8], naff = 0, nbound_since_aff = 0; /* countries listed in the frame, persons bound since */
  uint32_t paren_end = 0;
  for (size_t k = from; k < to; k++) {
    nkg_mention *m = mention(d, k);
    if (m->kind != NKG_M_ENTITY) continue;
    nkg_entity *e = ent(d, m->entity);
    if (k > from && m->first < mention(d, k - 1)->last) continue; /* inside a longer name: "ФСБ [России]" */
    /* "Микко Ринне (с резиденцией в Москве)": a place in an aside after the person is no frame's */
    if (e->type == NKG_ENT_CITY && in_aside(d, m)) continue;
    /* "Египта – Хани Салах Абдель Азиз": capitalised words right before a person are most
     * likely more of the name, not a break in the list */
    size_t starts = m->first;
    if (e->type == NKG_ENT_PERSON)
      while (starts > frame_end && starts + 3 > m->first && tk(d, starts - 1)->kind == NKG_TOK_WORD &&
             (tk(d, starts - 1)->flags & NKG_TF_CAP) && !d->glue[starts - 1])
        starts--;
    if (role_m >= 0 && !only_glue(d, frame_end, starts) &&
        !(e->type == NKG_ENT_ROLE && continuation_then_commas(d, frame_end, m->first)))
      CLOSE_FRAME();
    switch (e->type) {
    case NKG_ENT_ROLE:
      /* "Специальный представитель Президента России": a role in the genitive right after a
       * role says whose the first one is; it opens no frame of its own */
      if (role_m >= 0 && !bound && m->first == frame_end && m->gcase == NKG_CASE_GEN) {
        frame_end = m->last;
        break;
      }
      /* "секретарь Совета безопасности при Президенте": the body the first role serves */
      if (role_m >= 0 && !bound && m->first == frame_end + 1 && !strcmp(tk(d, frame_end)->lower, "при")) {
        frame_end = m->last;
        break;
      }
      int stacked_appos = -1;
      if (role_m >= 0 && !bound && continuation_then_commas(d, frame_end, m->first) && nstacked < 8) {
        stacked_aff[nstacked] = aff;
        stacked[nstacked++] = role_m; /* it waits for the person of the next role */
        stacked_appos = appos;
      } else {
        nstacked = 0;
      }
      if (nstacked && stacked[nstacked - 1] == role_m) role_m = -1; /* not closed: carried over */
      CLOSE_FRAME();
      role_m = (int)k;
      aff = -1;
      naff = nbound_since_aff = 0;
      aff_before = affiliation_before(r, from, k);
      bound = 0;
      frame_end = m->last;
      appos = stacked_appos;
      if (last_person >= 0 && m->first > last_person_end && m->first - last_person_end <= 2 &&
          only_glue(d, last_person_end, m->first) && strcmp(tk(d, last_person_end)->lower, "и") != 0)
        appos = last_person;
      size_t verb = appointment_before(d, m->first, sent->first);
      if (verb) {
        int who = appointee_before(r, from, k, verb);
        if (who >= 0) appos = who;
      }
      break;
    case NKG_ENT_COUNTRY:
    case NKG_ENT_ORG:
      if (role_m >= 0) {
        /* "Посол Китая в Кыргызстане", "представитель России по Афганистану": the place or
         * the subject of the post, not whom it serves */
        const char *before = m->first > 0 ? tk(d, m->first - 1)->lower : "";
        int governed = m->locative || !strcmp(before, "по") || !strcmp(before, "при") || !strcmp(before, "для");
        if (m->first < paren_end) break; /* "А (Казахстан)": taken with its person */
        if (!(governed && aff >= 0)) {
          /* "министры обороны Армении и Беларуси А и Б": countries listed before their persons,
           * taken respectively */
          if (nbound_since_aff) naff = 0, nbound_since_aff = 0;
          if (naff < 8 && !governed && e->type == NKG_ENT_COUNTRY) affs[naff++] = m->entity;
          aff = m->entity;
        }
        frame_end = m->last;
      }
      break;
    case NKG_ENT_PERSON:
      /* "Указом Президента Садыра Жапарова Асейин Исаев назначен": a person plainly in the
       * nominative right after a role or a person in another case starts a clause of its own
       * (after a colon or a comma it may well be a list item: "министров: Лавров, ...") */
      if (role_m >= 0 && m->first == frame_end && plainly_nominative(d, m) &&
          (bound ? bound_person_case != NKG_CASE_NOM : oblique_role(d, mention(d, (size_t)role_m), aff))) {
        CLOSE_FRAME();
      }
      if (role_m >= 0) {
        int a = aff >= 0 ? aff : aff_before;
        if (naff >= 2 && nbound_since_aff < naff) a = affs[nbound_since_aff];
        int own = paren_country(d, k, to);
        if (own >= 0) {
          a = mention(d, (size_t)own)->entity;
          paren_end = mention(d, (size_t)own)->last + 1;
        }
        nbound_since_aff++;
        add_pending(r, m->entity, role_m, a);
        for (int q = 0; q < nstacked; q++) add_pending(r, m->entity, stacked[q], stacked_aff[q] >= 0 ? stacked_aff[q] : a);
        nstacked = 0;
        bound = 1;
        bound_person_case = m->gcase;
        aff = -1;
        aff_before = -1;
        frame_end = own >= 0 ? paren_end : m->last;
      }
      last_person = m->entity;
      last_person_end = m->last;
      break;
    default:
      CLOSE_FRAME();
      break;
    }
  }
  CLOSE_FRAME();
#undef CLOSE_FRAME
  side_affiliation(r, from, to, pending_before);
}

/* The country a document is mostly about, and its main intergovernmental organization. */
static int dominant(nkg_doc *d, nkg_ent_type type, int intergov_only) {
  int best = -1, best_count = 0;
  for (size_t i = 0; i < d->entities.count; i++) {
    nkg_entity *e = ent(d, (int)i);
    if (e->type != type) continue;
    if (intergov_only && (e->lex < 0 || d->lex->entries[e->lex].org_kind != NKG_ORGKIND_INTERGOV)) continue;
    if (e->mentions > best_count) {
      best_count = e->mentions;
      best = (int)i;
    }
  }
  return best;
}

static void add_membership(nkg_doc *d, int person, int role, int org, uint32_t sentence) {
  for (size_t i = 0; i < d->memberships.count; i++) {
    nkg_membership *m = nkg_vec_at(&d->memberships, i);
    if (m->person == person && m->role == role && m->org == org) return;
  }
  nkg_membership *m = nkg_vec_push(&d->memberships);
  m->person = person;
  m->role = role;
  m->org = org;
  m->sentence = sentence;
}

/* Whether role label `general` ("министр") is the head word of `specific`
 * ("министр иностранных дел"). */
static int role_kind_of(const char *general, const char *specific) {
  size_t n = strlen(general);
  return !strchr(general, ' ') && !strncmp(general, specific, n) && (specific[n] == ' ' || !specific[n]);
}

/* Whether a role's word stands in the plural: "послов", "министры", "руководителям". */
static int plural_form(const char *w) {
  static const char *const ends[] = {"ов", "ев", "ей", "ы", "и", "ам", "ям", "ами", "ями", "ах", "ях"};
  size_t len = strlen(w);
  for (size_t k = 0; k < sizeof ends / sizeof *ends; k++) {
    size_t el = strlen(ends[k]);
    if (len > el + 2 && !strcmp(w + len - el, ends[k])) return 1;
  }
  return 0;
}

/* For each role the text names with no person right after it and one country ("Президент
 * Украины принял ..."): that country + 1 in out[role]; 0 where none; -1 where several. */
static void countries_named_with_roles(nkg_doc *d, int *out) {
  for (size_t k = 0; k + 1 < d->mentions.count; k++) {
    nkg_mention *m = mention(d, k), *n = mention(d, k + 1);
    if (m->kind != NKG_M_ENTITY || n->kind != NKG_M_ENTITY || n->first != m->last) continue;
    if (ent(d, m->entity)->type != NKG_ENT_ROLE || ent(d, n->entity)->type != NKG_ENT_COUNTRY || n->adjective) continue;
    if (plural_form(tk(d, m->first)->lower)) continue; /* "министров Азербайджана, Турции ...": many */
    if (k + 2 < d->mentions.count && mention(d, k + 2)->kind == NKG_M_ENTITY &&
        ent(d, mention(d, k + 2)->entity)->type == NKG_ENT_COUNTRY && nkg_only_list_glue(d, n->last, mention(d, k + 2)->first))
      continue; /* "глав ведомств Азербайджана, Кыргызстана ...": a list of countries */
    if (k + 2 < d->mentions.count && mention(d, k + 2)->kind == NKG_M_ENTITY &&
        ent(d, mention(d, k + 2)->entity)->type == NKG_ENT_PERSON && mention(d, k + 2)->first == n->last)
      continue; /* a person of its own: "Президент Казахстана Касым-Жомарт Токаев" */
    int *slot = &out[m->entity];
    if (*slot == 0) *slot = n->entity + 1;
    else if (*slot != n->entity + 1) *slot = -1; /* several: none */
  }
}

/* The country of the dateline's city, or -1. */
static int dateline_country(nkg_doc *d) {
  if (d->dateline_city < 0) return -1;
  const nkg_entity *city = ent(d, d->dateline_city);
  if (city->lex < 0 || d->lex->entries[city->lex].country < 0) return -1;
  int lexi = d->lex->entries[city->lex].country;
  return nkg_doc_entity(d, NKG_ENT_COUNTRY, d->lex->entries[lexi].path, d->lex->entries[lexi].label, lexi);
}

static void finish_memberships(relater *r) {
  nkg_doc *d = r->d;
  int *role_country = NULL; /* countries_named_with_roles, made when first needed */
  for (size_t i = 0; i < r->pending.count; i++) {
    pending_membership *p = nkg_vec_at(&r->pending, i);
    if (p->org >= 0) add_membership(d, p->person, p->role, p->org, mention(d, (size_t)p->role_mention)->sentence);
  }
  for (size_t i = 0; i < r->pending.count; i++) {
    pending_membership *p = nkg_vec_at(&r->pending, i);
    if (p->org >= 0) continue;
    int stated = 0;
    for (size_t k = 0; k < d->memberships.count; k++) {
      nkg_membership *m = nkg_vec_at(&d->memberships, k);
      /* "с министром Папикяном" after "министры обороны ... Папикян": the bare role is the one already told */
      stated |= m->person == p->person && (m->role == p->role || role_kind_of(ent(d, p->role)->label, ent(d, m->role)->label));
    }
    if (stated) continue; /* the document says for whom elsewhere */
    const nkg_entity *role = ent(d, p->role);
    const nkg_lex_entry *rl = role->role_lex >= 0 ? &d->lex->entries[role->role_lex] : NULL;
    const nkg_entity *person = ent(d, p->person);
    int org = -1;
    if (person->lex >= 0) {
      const nkg_lex_entry *pl = &d->lex->entries[person->lex];
      if (pl->country >= 0 && (!rl || !rl->affiliation_is_org)) {
        const nkg_lex_entry *c = &d->lex->entries[pl->country];
        org = nkg_doc_entity(d, NKG_ENT_COUNTRY, c->path, c->label, pl->country);
      }
    }
    /* "Президент Украины принял ..." in the headline, "Президент Владимир Зеленский" in the
     * body: the same post named with its country elsewhere in the text */
    if (org < 0) {
      if (!role_country) {
        role_country = calloc(d->entities.count + 1, sizeof *role_country);
        if (role_country) countries_named_with_roles(d, role_country);
      }
      if (role_country && p->role < (int)d->entities.count && role_country[p->role] > 0) org = role_country[p->role] - 1;
    }
    /* "БИШКЕК, 9 фев — Агентство. Председатель Кабинета министров А ...": a national post the
     * text names with no country is the dateline's country's */
    if (org < 0 && !(rl && rl->affiliation_is_org)) org = dateline_country(d);
    if (org < 0) org = dominant(d, rl && rl->affiliation_is_org ? NKG_ENT_ORG : NKG_ENT_COUNTRY, rl && rl->affiliation_is_org);
    if (org >= 0) add_membership(d, p->person, p->role, org, mention(d, (size_t)p->role_mention)->sentence);
  }
  free(role_country);
}

/* The one person the document gives a role: "Президент" is the president it names,
 * "министр" the one minister. */
static int person_with_role(nkg_doc *d, int role) {
  for (int pass = 0; pass < 2; pass++) {
    int found = -1, ambiguous = 0;
    for (size_t k = 0; k < d->memberships.count; k++) {
      nkg_membership *m = nkg_vec_at(&d->memberships, k);
      int fits = pass == 0 ? m->role == role : role_kind_of(ent(d, role)->label, ent(d, m->role)->label);
      if (!fits) continue;
      if (found >= 0 && found != m->person) ambiguous = 1;
      found = m->person;
    }
    if (found >= 0) return ambiguous ? -1 : found;
  }
  return -1;
}

/* --- events --- */

static void add_attendee(nkg_event *e, int person) {
  if (person < 0) return;
  for (int i = 0; i < e->nattendees; i++)
    if (e->attendees[i] == person) return;
  if (e->nattendees < (int)(sizeof e->attendees / sizeof *e->attendees)) e->attendees[e->nattendees++] = person;
}

/* The one person holding `role` for `org` ("глава МИД Австрии"), or -1. */
static int person_with_role_for(nkg_doc *d, int role, int org) {
  int found = -1;
  for (size_t k = 0; k < d->memberships.count; k++) {
    nkg_membership *m = nkg_vec_at(&d->memberships, k);
    if (m->role != role || m->org != org) continue;
    if (found >= 0 && found != m->person) return -1;
    found = m->person;
  }
  return found;
}

/* The subject of an event verb: a person or a role in the nominative before it, in its
 * clause, else in the clause a relative clause hangs from ("Лавров прибыл в Минск, где
 * провел переговоры"). */
static int sentence_person_before(relater *r, const nkg_frame *f, size_t from, size_t trigger) {
  nkg_doc *d = r->d;
  const nkg_clause *own = nkg_vec_at(&d->clauses, (size_t)f->clause);
  for (size_t k = trigger; k-- > from;) {
    nkg_mention *m = mention(d, k);
    if (m->kind != NKG_M_ENTITY) continue;
    int mc = (int)d->clause_of[m->first];
    if (!nkg_frame_holds(d, f, m) && !(own->kind == NKG_CLAUSE_RELATIVE && nkg_in_clause(d, m, own->parent)) &&
        !(own->kind == NKG_CLAUSE_MAIN && ((nkg_clause *)nkg_vec_at(&d->clauses, (size_t)mc))->kind == NKG_CLAUSE_MAIN))
      continue;
    nkg_entity *e = ent(d, m->entity);
    if (m->gcase != NKG_CASE_NOM) continue; /* "министра принял ...": the object, not the subject */
    if (e->type == NKG_ENT_PERSON) return m->entity;
    if (e->type == NKG_ENT_ROLE) {
      /* a role named with its affiliation picks that country's or organization's holder */
      nkg_mention *next = k + 1 < trigger ? mention(d, k + 1) : NULL;
      if (next && next->kind == NKG_M_ENTITY && only_glue(d, m->last, next->first) &&
          (ent(d, next->entity)->type == NKG_ENT_COUNTRY || ent(d, next->entity)->type == NKG_ENT_ORG)) {
        int p = person_with_role_for(d, m->entity, next->entity);
        if (p >= 0) return p;
      }
      int p = person_with_role(d, m->entity);
      if (p >= 0) return p;
    }
  }
  return -1;
}

typedef struct {
  nkg_event ev;
  nkg_frame frame;
  int from_verb;
  int announced; /* a future word in its clause: "Следующее заседание ...", "... пройдет" */
  int recap;     /* "Итоги встречи подвел ...": the word refers back to an event already told */
  int separate;  /* "провел раздельные встречи с А и Б": a meeting with each partner */
  int actor;     /* the subject who held them, or -1 */
  int told_again_by; /* a headline's word: the body's candidate that tells its event, or -1 */
  int guests_of;     /* "принял участников заседания": the event class whose attendees are its guests, or 0 */
  int by_video;      /* "сессия прошла в режиме видеоконференции": its event has no place */
  int event_index;   /* the event it became part of, or -1 */
  uint32_t sentence;
} candidate;

/* ", сообщил пресс-секретарь Главы государства Руслан Желдибай": a person named right after
 * a report verb, with the roles that name him, reports the event and is none of its company. */
static int named_by_report_verb(nkg_doc *d, size_t k) {
  size_t start = mention(d, k)->first;
  for (size_t q = k; q-- > 0;) {
    nkg_mention *p = mention(d, q);
    if (p->sentence != mention(d, k)->sentence) break;
    if (p->first >= start) continue; /* a name inside the chain */
    if (p->kind != NKG_M_ENTITY || ent(d, p->entity)->type == NKG_ENT_PERSON) break;
    if (p->last <= start && !only_glue(d, p->last, start)) break;
    start = p->first; /* "пресс-секретарь [Главы государства]": the longer name holds the inner */
  }
  const nkg_sentence *s = &d->seg.sentences[mention(d, k)->sentence];
  for (size_t t = start; t-- > s->first && t + 3 > start;) {
    size_t n;
    if (nkg_phrase_classes_at(d, t, start, NKG_WC_REPORT_VERB, &n) && t + n == start) return 1;
  }
  return 0;
}

/* "встречи" of "встреча", "беседы" of "беседа": the word is the plural of the label's first word. */
static int plural_of_label(const char *w, const char *label) {
  size_t n = strcspn(label, " "), wl = strlen(w);
  if (n < 4 || wl != n || strncmp(w, label, n - 2)) return 0;
  const char *end = label + n - 2, *wend = w + wl - 2;
  return (!strncmp(end, "а", 2) || !strncmp(end, "я", 2)) && (!strncmp(wend, "и", 2) || !strncmp(wend, "ы", 2));
}

/* The first sentence of the body: the page's top lines before it, whole lines with no full
 * stop above the dateline's body, are its headlines.  Furniture is passed over. */
static uint32_t first_body_sentence(const nkg_doc *d) {
  for (uint32_t s = 0; s < d->seg.nsentences; s++) {
    const nkg_sentence *st = &d->seg.sentences[s];
    if (d->furniture[s] || !st->count) continue;
    const char *last = tk(d, st->first + st->count - 1)->lower;
    int stops = !strcmp(last, ".") || !strcmp(last, "!") || !strcmp(last, "?");
    if (stops || (d->dateline_end && st->first + st->count > d->dateline_end)) return s;
  }
  return d->seg.nsentences;
}

/* "о ходе проходящей в Пекине сессии", "об итогах саммита": an event word governed by "о",
 * a few words before it, names what was talked about. */
static int spoken_of(const nkg_doc *d, uint32_t sentence, uint32_t trigger_first) {
  uint32_t first = d->seg.sentences[sentence].first;
  for (uint32_t t = trigger_first > first + 6 ? trigger_first - 6 : first; t < trigger_first; t++) {
    const char *w = tk(d, t)->lower;
    if (!strcmp(w, "о") || !strcmp(w, "об") || !strcmp(w, "обо")) return 1;
  }
  return 0;
}

static int attends(const nkg_event *e, int person) {
  for (int i = 0; i < e->nattendees; i++)
    if (e->attendees[i] == person) return 1;
  return 0;
}

/* Whether two meetings told by their own verbs can be one: the persons of one are
 * among the other's, or they have more than the subject in common.  The minister who
 * met an ambassador and then a UN official had two meetings. */
static int same_company(const nkg_event *a, const nkg_event *b) {
  int shared = 0, a_in_b = 1, b_in_a = 1;
  for (int i = 0; i < a->nattendees; i++) {
    if (attends(b, a->attendees[i])) shared++;
    else a_in_b = 0;
  }
  for (int i = 0; i < b->nattendees; i++)
    if (!attends(a, b->attendees[i])) b_in_a = 0;
  return shared && (a_in_b || b_in_a || shared >= 2);
}

/* Whether candidate `b` can be told of event `a`. */
static int event_compatible(const nkg_event *a, const nkg_event *b) {
  /* a verb's event is its subject's company: none of it among the persons told already
   * ("В тот же день министр провел с коллегой переговоры") is another meeting */
  if (b->told_by_verb && a->nattendees && b->nattendees && !same_company(a, b)) return 0;
  /* a candidate whose sentence gives no date ("Участники встречи: ...") may join an event
   * of another day; one that gives a date must agree with the event's */
  int dates_fit = !b->has_own_date || nkg_compatible_dates(a->date, b->date);
  return a->cls == b->cls && dates_fit && (a->city < 0 || b->city < 0 || a->city == b->city) && a->past == b->past &&
         (a->remote == b->remote || a->cls == NKG_EVENT_SESSION) /* a sitting held by video is still one */;
}

static void relate_events(relater *r) {
  nkg_doc *d = r->d;
  size_t nm = d->mentions.count;
  nkg_vec cands;
  nkg_vec_init(&cands, sizeof(candidate));
  size_t k = 0;
  int video_sentence = -1; /* the sentence that says its event was held by video */
  nkg_date last_date = {0}; /* the date the text gave last: "в тот же день" */
  int have_last = 0, last_city = -1; /* and the place of the event it was given for */
  for (uint32_t s = 0; s < d->seg.nsentences; s++) {
    size_t from = k;
    while (k < nm && mention(d, k)->sentence == s) k++;
    size_t to = k;
    int participation = -1;
    for (size_t j = from; j < to; j++) {
      nkg_mention *m = mention(d, j);
      if (m->kind != NKG_M_TRIGGER) continue;
      const nkg_lex_entry *t = &d->lex->entries[m->lex];
      if (t->trigger == NKG_TRIG_PARTICIPATION) {
        participation = (int)j;
        continue;
      }
      /* "в режиме видеоконференции", "по видеосвязи": how the sentence's event was held, no call of its own */
      if (t->remote && m->first > 0 && m->first > d->seg.sentences[s].first && (d->wclass[m->first - 1] & NKG_WC_REMOTE_MODE)) {
        for (size_t q = cands.count; q-- > 0 && ((candidate *)nkg_vec_at(&cands, q))->sentence == s;)
          ((candidate *)nkg_vec_at(&cands, q))->by_video = 1;
        video_sentence = (int)s;
        continue;
      }
      nkg_frame f;
      nkg_frame_of(d, from, to, j, have_last ? &last_date : NULL, &f);
      if (f.quoted) continue; /* speech tells no event of the report's */
      candidate *c = nkg_vec_push(&cands);
      c->sentence = s;
      c->frame = f;
      c->announced = f.scheduled;
      c->ev.cls = t->event_class ? t->event_class : NKG_EVENT_MEETING;
      c->ev.date = f.date;
      c->ev.has_own_date = f.own_date;
      c->ev.scheduled = f.scheduled;
      c->ev.spoken_of = spoken_of(d, s, m->first);
      c->recap = m->first > d->seg.sentences[s].first && !strncmp(tk(d, m->first - 1)->lower, "итог", strlen("итог"));

      for (uint32_t w = m->first; w-- > d->seg.sentences[s].first && w + 3 > m->first;)
        c->separate |= (d->wclass[w] & NKG_WC_SEPARATE) != 0;
      c->actor = c->separate ? sentence_person_before(r, &f, from, j) : -1;
      c->ev.remote = t->remote;
      c->by_video = video_sentence == (int)s;
      /* "На следующий день он встретился с ...": the next day of the visit just told, where
       * it was told to be, not the agency's dateline city */
      c->ev.city = t->remote ? -1 : f.city >= 0 ? f.city : f.date_from_last ? last_city : -1;
      c->ev.host = c->ev.organizer = -1;
      c->ev.sentence = s;
      c->ev.past = f.recalled;
      int past = f.recalled;
      if (t->trigger == NKG_TRIG_HOST_VERB || t->trigger == NKG_TRIG_MEET_VERB) {
        c->from_verb = 1;
        c->ev.told_by_verb = 1;
        int subject = nkg_frame_antecedent_person(d, &f, from, j);
        if (subject < 0) subject = sentence_person_before(r, &f, from, j);
        /* "Накануне министра принял премьер-министр Виктор Орбан": the subject after the verb */
        for (size_t q = j + 1; q < to && subject < 0; q++) {
          nkg_mention *o = mention(d, q);
          if (o->kind == NKG_M_ENTITY && ent(d, o->entity)->type == NKG_ENT_PERSON && o->gcase == NKG_CASE_NOM &&
              nkg_frame_holds(d, &f, o))
            subject = o->entity;
        }
        if (t->trigger == NKG_TRIG_HOST_VERB) c->ev.host = subject;
        /* "участников заседания принял президент": those who attended the sitting are the guests */
        c->guests_of = 0;
        for (size_t q = from; q < to; q++) {
          nkg_mention *o = mention(d, q);
          if (o->kind != NKG_M_TRIGGER || o->first == 0 || o->first <= d->seg.sentences[s].first) continue;
          if (!strncmp(tk(d, o->first - 1)->lower, "участник", strlen("участник")))
            c->guests_of = d->lex->entries[o->lex].event_class ? d->lex->entries[o->lex].event_class : NKG_EVENT_MEETING;
        }
        add_attendee(&c->ev, subject);
        /* "Максим Рыженков и Арарат Мирзоян провели переговоры": the subject's fellows in its list */
        for (size_t q = j; q-- > from && subject >= 0;) {
          nkg_mention *o = mention(d, q);
          if (o->kind != NKG_M_ENTITY || o->entity != subject) continue;
          size_t start = o->first;
          for (size_t p = q; p-- > from;) {
            nkg_mention *x = mention(d, p);
            if (x->kind != NKG_M_ENTITY || ent(d, x->entity)->type != NKG_ENT_PERSON || x->last > start ||
                !nkg_only_list_glue(d, x->last, start) || !nkg_frame_scope(d, &f, x))
              break;
            add_attendee(&c->ev, x->entity);
            start = x->first;
          }
          break;
        }
        int objects = 0;
        for (size_t q = j + 1; q < to; q++) {
          nkg_mention *o = mention(d, q);
          if (o->kind != NKG_M_ENTITY || !nkg_frame_holds(d, &f, o)) continue;
          int type = ent(d, o->entity)->type;
          if (type == NKG_ENT_PERSON && !named_by_report_verb(d, q)) add_attendee(&c->ev, o->entity), objects++;
          if (type == NKG_ENT_ROLE) objects++;
        }
        /* "Министры ... провели переговоры": a role as the subject of a verb only meetings have */
        for (size_t q = from; q < j && t->trigger == NKG_TRIG_MEET_VERB && !objects; q++) {
          nkg_mention *o = mention(d, q);
          if (o->kind == NKG_M_ENTITY && ent(d, o->entity)->type == NKG_ENT_ROLE && o->gcase == NKG_CASE_NOM) objects++;
        }
        if (subject < 0 && !objects) cands.count--; /* "принял решение": no event */
      } else {
        /* "провел двустороннюю встречу с X": the actors of the sentence and those met with */
        for (size_t q = from; q < to; q++) {
          nkg_mention *o = mention(d, q);
          if (o->kind == NKG_M_ENTITY && ent(d, o->entity)->type == NKG_ENT_PERSON &&
              (o->gcase == NKG_CASE_NOM || o->gcase == NKG_CASE_INS) && !past && !c->ev.spoken_of && !f.scheduled &&
              nkg_frame_scope(d, &f, o) && !named_by_report_verb(d, q))
            add_attendee(&c->ev, o->entity);
        }
        if (!past && !c->ev.spoken_of) add_attendee(&c->ev, nkg_frame_antecedent_person(d, &f, from, to));
        /* "беседа министров Армении и Грузии Арарата Мирзояна и Макара Ботошвили": the persons
         * the noun's own phrase names, in the genitive, take part */
        size_t phrase_end = m->last;
        /* only a noun in its own nominative, the subject: "в ходе визита Президента X" recalls another event */
        int nominative = is_first_word_of(tk(d, m->first)->lower, t->label);
        for (size_t q = j + 1; q < to && !past && nominative; q++) {
          nkg_mention *o = mention(d, q);
          /* "секретаря Совета безопасности при Президенте ... Виктора Махмудова" */
          int at_body = o->first == phrase_end + 1 && !strcmp(tk(d, phrase_end)->lower, "при");
          if (o->kind != NKG_M_ENTITY || (!at_body && !nkg_only_list_glue(d, phrase_end, o->first))) break;
          /* the noun names its own company: another company is another meeting */
          if (ent(d, o->entity)->type == NKG_ENT_PERSON && o->gcase == NKG_CASE_GEN)
            add_attendee(&c->ev, o->entity), c->ev.told_by_verb = 1;
          phrase_end = o->last;
        }
        /* "Д.Амарбаясгалан провел с гостем переговоры": a verb holds the event the noun names,
         * so that it is one event with its subject's company, not any event of the day */
        int held = 0;
        for (uint32_t w = m->first; w-- > d->seg.sentences[s].first && w + 8 > m->first;)
          if ((d->wclass[w] & NKG_WC_HOLD_VERB) && d->clause_of[w] == d->clause_of[m->first]) held = 1;
        if (held && c->ev.nattendees) c->ev.told_by_verb = 1;
        /* "провел встречи с послами Японии А и Италии Б": meetings, in the plural, one per partner */
        if (held && plural_of_label(tk(d, m->first)->lower, t->label) && !c->separate) {
          c->separate = 1;
          c->actor = sentence_person_before(r, &f, from, j);
        }
        /* "хозяин встречи", "участников заседания": a noun in an oblique case that no verb holds
         * names an event as known, not a new one */
        if (!c->ev.told_by_verb && !is_first_word_of(tk(d, m->first)->lower, t->label) && !f.own_date && f.city < 0 &&
            participation < 0) /* "принял участие в заседании" tells of it */
          c->recap = 1;
        /* "под председательством Президента X прошло заседание": the chair attends */
        for (uint32_t w = d->seg.sentences[s].first; w < d->seg.sentences[s].first + d->seg.sentences[s].count && !past; w++) {
          if (strcmp(tk(d, w)->lower, "председательством")) continue;
          size_t chain_end = w + 1;
          for (size_t q = from; q < to; q++) {
            nkg_mention *o = mention(d, q);
            if (o->first < chain_end) continue;
            if (o->kind != NKG_M_ENTITY || !nkg_only_list_glue(d, chain_end, o->first)) break;
            if (ent(d, o->entity)->type == NKG_ENT_PERSON) {
              add_attendee(&c->ev, o->entity);
              break;
            }
            chain_end = o->last;
          }
        }
        /* the organization whose sitting this is: "заседание Совета ...", "саммит ШОС" */
        if (j + 1 < to) {
          nkg_mention *o = mention(d, j + 1);
          if (o->kind == NKG_M_ENTITY && ent(d, o->entity)->type == NKG_ENT_ORG && o->first - m->last <= 2)
            c->ev.organizer = o->entity;
        }
      }
    }
    if (participation >= 0) {
      /* "Во встрече приняли участие ...": the persons named attend */
      candidate *target = NULL;
      for (size_t q = cands.count; q-- > 0;) {
        candidate *c = nkg_vec_at(&cands, q);
        if (c->sentence == s || !target) target = c;
        if (c->sentence != s) break;
      }
      int pc = (int)d->clause_of[mention(d, (size_t)participation)->first];
      if (target)
        for (size_t j = from; j < to; j++) {
          nkg_mention *m = mention(d, j);
          if (m->kind == NKG_M_ENTITY && ent(d, m->entity)->type == NKG_ENT_PERSON &&
              (nkg_in_clause(d, m, pc) || (target->sentence == s && nkg_frame_holds(d, &target->frame, m))))
            add_attendee(&target->ev, m->entity);
        }
    }
    /* "в тот же день" is the day of the last event reported with a date, not of one announced */
    for (size_t q = cands.count; q-- > 0;) {
      candidate *c = nkg_vec_at(&cands, q);
      if (c->sentence != s) break;
      if (c->ev.has_own_date && !c->ev.scheduled && !c->ev.past) {
        last_date = complete_year(d, c->ev.date);
        have_last = 1;
        last_city = c->ev.city;
        break;
      }
    }
  }

  /* a headline tells again what the body reports: its event word is the body's first of its kind */
  uint32_t body = first_body_sentence(d);
  for (size_t i = 0; i < cands.count; i++) {
    candidate *c = nkg_vec_at(&cands, i);
    c->event_index = -1;
    c->told_again_by = -1;
    if (c->sentence >= body || d->furniture[c->sentence]) continue;
    for (size_t q = i + 1; q < cands.count && c->told_again_by < 0; q++) {
      candidate *b = nkg_vec_at(&cands, q);
      if (b->sentence >= body && b->ev.cls == c->ev.cls && !b->ev.past && !b->ev.spoken_of)
        c->told_again_by = (int)q;
    }
  }
  /* one event per set of candidates that do not contradict each other */
  for (size_t i = 0; i < cands.count; i++) {
    candidate *c = nkg_vec_at(&cands, i);
    if (c->told_again_by >= 0) continue;
    if (c->ev.past && !c->ev.has_own_date) continue; /* history without a date: not an event we can place */
    if (c->announced && !c->ev.has_own_date && !c->from_verb) continue; /* not held yet */
    nkg_event *target = NULL;
    for (size_t q = 0; q < d->events.count && !target; q++) {
      nkg_event *e = nkg_vec_at(&d->events, q);
      if (event_compatible(e, &c->ev)) target = e;
    }
    /* "по итогам встречи" after a sitting: a bare word of another kind names the same event */
    if (!target && !c->from_verb && !c->ev.has_own_date && c->ev.city < 0 && (!c->ev.nattendees || c->recap) &&
        d->events.count && ((nkg_clause *)nkg_vec_at(&d->clauses, (size_t)c->frame.clause))->kind == NKG_CLAUSE_MAIN) {
      int same_class_exists = 0;
      for (size_t q = 0; q < d->events.count; q++) same_class_exists |= ((nkg_event *)nkg_vec_at(&d->events, q))->cls == c->ev.cls;
      for (size_t q = d->events.count; q-- > 0 && !target && !same_class_exists;) {
        nkg_event *e = nkg_vec_at(&d->events, q);
        if (d->sentence_future[e->sentence]) continue; /* "по итогам встречи" is not of an announced sitting */
        nkg_event probe = c->ev;
        probe.cls = e->cls;
        if (event_compatible(e, &probe)) target = e;
      }
    }
    /* a setting or a topic is told elsewhere or not at all; an announcement with its date stays one */
    /* nor does it lend its place or persons to an event told ("подготовка визита ... в Пекин") */
    if (c->frame.context && !c->from_verb && !(c->ev.scheduled && c->ev.has_own_date)) continue;
    if (c->separate && c->ev.cls == NKG_EVENT_MEETING && c->ev.nattendees >= 2) {
      /* the actor (the subject, else the first named) and a meeting of its own with each of the others */
      int actor = c->actor >= 0 ? c->actor : c->ev.attendees[0];
      int made = 0;
      for (int a = 0; a < c->ev.nattendees; a++) {
        if (c->ev.attendees[a] == actor) continue;
        nkg_event *e = nkg_vec_push(&d->events);
        *e = c->ev;
        e->nattendees = 0;
        e->attested = 1;
        add_attendee(e, actor);
        add_attendee(e, c->ev.attendees[a]);
        if (!made++) c->event_index = (int)(d->events.count - 1);
      }
      if (made >= 2 || (made == 1 && c->actor >= 0)) continue;
      d->events.count -= (size_t)made; /* one partner and no actor known: one meeting after all */
      c->event_index = -1;
    }
    if (!target) {
      target = nkg_vec_push(&d->events);
      *target = c->ev;
      target->nattendees = 0;
    }
    /* only a date the candidate's sentence gives may fill in the event's */
    if (c->ev.has_own_date && (!nkg_has_date(target->date) || !target->has_own_date)) target->date = c->ev.date;
    if (c->ev.has_own_date && target->date.year == 0 && c->ev.date.year && target->date.month == c->ev.date.month &&
        target->date.day == c->ev.date.day)
      target->date = c->ev.date;
    if (!nkg_has_date(target->date) && nkg_has_date(c->ev.date)) target->date = c->ev.date;
    if (target->city < 0 && !target->remote) target->city = c->ev.city;
    if (target->host < 0) target->host = c->ev.host;
    if (target->organizer < 0) target->organizer = c->ev.organizer;
    target->has_own_date |= c->ev.has_own_date;
    target->scheduled &= c->ev.scheduled; /* told once as held: held */
    target->spoken_of &= c->ev.spoken_of;
    target->attested |= c->ev.has_own_date || c->ev.city >= 0 || c->ev.told_by_verb || c->ev.nattendees > 0;
    for (int a = 0; a < c->ev.nattendees; a++) add_attendee(target, c->ev.attendees[a]);
    c->event_index = (int)(target - (nkg_event *)d->events.items);
    if (c->by_video) target->remote = 1, target->city = -1;
  }
  for (size_t i = 0; i < cands.count; i++) {
    candidate *c = nkg_vec_at(&cands, i);
    if (!c->from_verb || !c->guests_of || c->event_index < 0) continue;
    nkg_event *own = nkg_vec_at(&d->events, (size_t)c->event_index);
    for (size_t q = 0; q < d->events.count; q++) {
      nkg_event *e = nkg_vec_at(&d->events, q);
      if ((int)q == c->event_index || e->cls != (nkg_event_class)c->guests_of || e->past || e->scheduled ||
          !nkg_compatible_dates(e->date, own->date))
        continue;
      for (int a = 0; a < e->nattendees; a++) add_attendee(own, e->attendees[a]);
      break;
    }
  }
  for (size_t i = 0; i < cands.count; i++) {
    candidate *c = nkg_vec_at(&cands, i);
    if (c->told_again_by < 0) continue;
    candidate *b = nkg_vec_at(&cands, (size_t)c->told_again_by);
    if (b->event_index < 0) continue;
    nkg_event *e = nkg_vec_at(&d->events, (size_t)b->event_index);
    for (int a = 0; a < c->ev.nattendees; a++) add_attendee(e, c->ev.attendees[a]);
  }
  nkg_vec_free(&cands);
  /* "Публикуем фрагмент беседы": an event word alone, with no date, place or person in
   * any sentence that tells it, is no event the document reports */
  size_t kept = 0;
  for (size_t i = 0; i < d->events.count; i++) {
    nkg_event *e = nkg_vec_at(&d->events, i);
    if (e->attested) memmove(nkg_vec_at(&d->events, kept++), e, sizeof *e);
  }
  d->events.count = kept;
}

/* The city of a dateline ("АНКАРА, 11 февраля."), else the place of the first
 * current sentence that tells of an event ("В Минске прошло заседание ..."). */
static int dateline_city(nkg_doc *d) {
  /* "АНКАРА, 11 февраля.", "ЕРЕВАН.", "Душанбе, 27 ноября 2024 г." at the start of an early line */
  for (size_t k = 0; k < d->mentions.count; k++) {
    nkg_mention *m = mention(d, k);
    if (d->seg.sentences[m->sentence].line > 4) break;
    if (m->kind != NKG_M_ENTITY || ent(d, m->entity)->type != NKG_ENT_CITY) continue;
    if (!(tk(d, m->first)->flags & NKG_TF_LINE_START) || m->last >= d->seg.ntokens) continue;
    const char *next = tk(d, m->last)->lower;
    int dated = k + 1 < d->mentions.count && mention(d, k + 1)->kind == NKG_M_DATE && mention(d, k + 1)->first - m->last <= 2;
    if (dated || ((tk(d, m->first)->flags & NKG_TF_UPPER) && (!strcmp(next, ".") || !strcmp(next, ","))))
      return m->entity;
  }
  if (d->dateline_city >= 0) return d->dateline_city;
  /* the venue of the first event reported as held (not one announced: "следующее заседание
   * пройдет в Бишкеке") */
  for (size_t i = 0; i < d->events.count; i++) {
    nkg_event *e = nkg_vec_at(&d->events, i);
    if (e->city >= 0 && !e->past && !e->scheduled && !d->sentence_past[e->sentence]) return e->city;
  }
  return -1;
}

/* An event the document reports as news: not history, not announced, and dated
 * within a few days of the document ("вчера", "накануне", the day of the dateline). */
static int is_news(const nkg_doc *d, const nkg_event *e) {
  if (e->past || (d->sentence_future[e->sentence] && !e->has_own_date)) return 0;
  if (!d->has_docdate || !nkg_has_date(e->date)) return 1;
  if (nkg_compatible_dates(e->date, d->docdate)) return 1;
  if (!e->date.day || !d->docdate.day || e->date.month == 0) return 0;
  int y = d->docdate.year ? d->docdate.year : 2001;
  if (e->date.year && d->docdate.year && e->date.year != d->docdate.year) return 0;
  long diff = nkg_days_from_civil(y, e->date.month, e->date.day) - nkg_days_from_civil(y, d->docdate.month, d->docdate.day);
  return diff >= -3 && diff <= 3;
}

/* "С министром Папикяном он обсудил ...": a person in the instrumental after "с", or after a
 * role that follows "с", is whom the sentence's actor met */
static int partner_with_s(nkg_doc *d, size_t k) {
  nkg_mention *m = mention(d, k);
  if (m->gcase != NKG_CASE_INS) return 0;
  /* back over the role and its affiliation that name the person: "с президентом Казахстана X" */
  size_t before = m->first;
  for (size_t q = k; q-- > 0;) {
    nkg_mention *p = mention(d, q);
    if (p->last <= before && p->last != before) break;
    if (p->last != before || p->kind != NKG_M_ENTITY || ent(d, p->entity)->type == NKG_ENT_PERSON ||
        ent(d, p->entity)->type == NKG_ENT_CITY)
      continue; /* a name inside a longer one ends elsewhere */
    before = p->first;
  }
  return before > 0 && nkg_preposition_of(d, tk(d, before - 1)) == NKG_PREP_S;
}

/* The day the sentence of mention k tells of: a date it writes, else the last date an earlier
 * sentence of its paragraph wrote (a paragraph goes on telling its day).  0: none. */
static int day_told(nkg_doc *d, size_t k, nkg_date *day) {
  uint32_t sentence = mention(d, k)->sentence;
  size_t q = k;
  while (q > 0 && mention(d, q - 1)->sentence == sentence) q--;
  uint32_t line = d->seg.sentences[sentence].line;
  int found = 0;
  /* back over the paragraph's sentences, this one first */
  for (size_t i = q + 1; i-- > 0 && !found;) {
    if (i == q) {
      /* this sentence: any date of its own, from its first mention on */
      for (size_t j = q; j < d->mentions.count && mention(d, j)->sentence == sentence && !found; j++) {
        nkg_mention *x = mention(d, j);
        if (x->kind == NKG_M_DATE && x->first >= d->dateline_end) *day = x->date, found = 1;
        if (x->kind == NKG_M_RELDAY) return 0; /* "сегодня", "вчера": told by the frames */
      }
      continue;
    }
    nkg_mention *x = mention(d, i);
    if (d->seg.sentences[x->sentence].line != line) break;
    if (x->kind == NKG_M_TRIGGER || x->kind == NKG_M_RELDAY) break; /* its own event, its own day */
    if (x->kind == NKG_M_DATE && x->first >= d->dateline_end) *day = x->date, found = 1;
  }
  return found;
}

static void finish_events(relater *r) {
  nkg_doc *d = r->d;
  size_t ne = d->events.count;
  if (!ne) return;
  /* role-only subjects, dates, places */
  for (size_t i = 0; i < ne; i++) {
    nkg_event *e = nkg_vec_at(&d->events, i);
    if (!nkg_has_date(e->date) && !e->past && d->has_docdate) e->date = d->docdate;
    e->date = complete_year(d, e->date);
  }
  for (size_t i = 0; i < ne; i++) {
    nkg_event *e = nkg_vec_at(&d->events, i);
    if (e->city >= 0 || e->past || e->remote) continue;
    for (size_t q = 0; q < ne && e->city < 0; q++) {
      nkg_event *o = nkg_vec_at(&d->events, q);
      if (q != i && !o->past && !o->scheduled && o->city >= 0 && nkg_compatible_dates(o->date, e->date)) e->city = o->city;
    }
  }
  /* still no place: the dateline's city, or where the first event word of the day is set */
  int main_city = dateline_city(d);
  for (size_t i = 0; i < ne; i++) {
    nkg_event *e = nkg_vec_at(&d->events, i);
    if (e->city < 0 && !e->past && !e->remote && (!d->has_docdate || nkg_compatible_dates(e->date, d->docdate))) e->city = main_city;
  }
  /* the dateline's city holds for the days around it too ("вчера в ...") */
  for (size_t i = 0; i < ne; i++) {
    nkg_event *e = nkg_vec_at(&d->events, i);
    if (e->city < 0 && !e->past && !e->remote && !d->sentence_future[e->sentence]) e->city = main_city;
  }
  /* a later day of the same visit: where the rest of the report is set */
  for (size_t i = 0; i < ne; i++) {
    nkg_event *e = nkg_vec_at(&d->events, i);
    if (e->city >= 0 || e->past || e->remote || d->sentence_future[e->sentence]) continue;
    for (size_t q = 0; q < ne && e->city < 0; q++) {
      nkg_event *o = nkg_vec_at(&d->events, q);
      if (q != i && !o->past && o->city >= 0 && o->sentence < e->sentence) e->city = o->city;
    }
  }
  nkg_vec serial; /* int[2]: an event and a partner met in a meeting of its own */
  nkg_vec_init(&serial, 2 * sizeof(int));
  /* who attends: persons belong to the event whose part of the text names them, when
   * the text names them as actors (nominative): "приветствие от президента X" is not attendance */
  for (size_t k = 0; k < d->mentions.count; k++) {
    nkg_mention *m = mention(d, k);
    if (m->kind != NKG_M_ENTITY || ent(d, m->entity)->type != NKG_ENT_PERSON) continue;
    if (d->sentence_past[m->sentence] || !(m->gcase == NKG_CASE_NOM || partner_with_s(d, k))) continue;
    /* not whoever reports the news ("сообщила пресс-секретарь"), speaks in a quotation, or
     * is expected at what is still to come */
    const nkg_clause *c = nkg_clause_at(d, m->first);
    if (m->first < d->dateline_end || c->reports || c->tense == NKG_TENSE_SCHEDULED || named_by_report_verb(d, k) ||
        nkg_clause_quoted(d, (int)d->clause_of[m->first]))
      continue;
    nkg_event *owner = NULL;
    int partner = partner_with_s(d, k);
    for (size_t i = 0; i < ne; i++) {
      nkg_event *e = nkg_vec_at(&d->events, i);
      /* only the news of the day owns a part of the text; a dated event told in
       * passing ("в октябре 2022 года в Астане") keeps just the persons its sentence names */
      if (!is_news(d, e) || e->spoken_of || (partner && e->cls != NKG_EVENT_MEETING)) continue;
      if (partner && e->sentence > m->sentence) break; /* one met "с ..." is met in a meeting told by then */
      if (!owner || e->sentence <= m->sentence) owner = e;
      if (e->sentence > m->sentence) break;
    }
    if (!owner) continue;
    /* "вечером 4 июня гостя приветствовал X": a sentence dated another day tells of another
     * day, and so do the undated sentences after it in its paragraph */
    nkg_date day;
    if (day_told(d, k, &day) && !nkg_compatible_dates(complete_year(d, day), owner->date)) continue;
    /* "С президентом Казахстана ... обсудил ..., с президентом Киргизии — ...": after "провел ряд
     * встреч" each partner named with "с" is a meeting of its own with the actor */
    int met_already = 0; /* in a meeting of its own told by the same sentence */
    for (size_t i = 0; i < ne; i++) {
      nkg_event *e = nkg_vec_at(&d->events, i);
      met_already |= e->sentence == owner->sentence && attends(e, m->entity);
    }
    if (met_already) continue;
    if (partner && owner->nattendees >= 1 && !attends(owner, m->entity)) {
      size_t oi = (size_t)(owner - (nkg_event *)d->events.items);
      int *pair = nkg_vec_push(&serial);
      pair[0] = (int)oi;
      pair[1] = m->entity;
      continue;
    }
    add_attendee(owner, m->entity);
  }
  size_t before_serial = d->events.count;
  for (size_t i = 0; i < serial.count; i++) {
    int *pair = nkg_vec_at(&serial, i);
    nkg_event copy = *(nkg_event *)nkg_vec_at(&d->events, (size_t)pair[0]);
    copy.nattendees = 1; /* the actor, who came first */
    copy.host = -1;
    add_attendee(&copy, pair[1]);
    *(nkg_event *)nkg_vec_push(&d->events) = copy;
  }
  /* "провел серию встреч": the series with no partner of its own is its meetings, not one more */
  unsigned char *series = serial.count ? calloc(before_serial, 1) : NULL;
  for (size_t i = 0; i < serial.count && series; i++) {
    int *pair = nkg_vec_at(&serial, i);
    if (((nkg_event *)nkg_vec_at(&d->events, (size_t)pair[0]))->nattendees <= 1) series[pair[0]] = 1;
  }
  if (series) {
    size_t kept = 0;
    for (size_t i = 0; i < d->events.count; i++)
      if (i >= before_serial || !series[i]) memmove(nkg_vec_at(&d->events, kept++), nkg_vec_at(&d->events, i), sizeof(nkg_event));
    d->events.count = kept;
    free(series);
  }
  nkg_vec_free(&serial);
  ne = d->events.count;
  /* "на полях саммита", "в кулуарах заседания", "в рамках сессии": a meeting held within a sitting */
  for (size_t i = 0; i < ne; i++) {
    nkg_event *e = nkg_vec_at(&d->events, i);
    e->super_event = -1;
    if (e->cls != NKG_EVENT_MEETING) continue;
    const nkg_sentence *st = &d->seg.sentences[e->sentence];
    int within = 0;
    for (uint32_t t = st->first; t + 1 < st->first + st->count && !within; t++) {
      const char *w = tk(d, t)->lower, *n = tk(d, t + 1)->lower;
      within = (!strcmp(w, "на") && !strcmp(n, "полях")) || (!strcmp(w, "в") && !strcmp(n, "кулуарах")) ||
               (!strcmp(w, "в") && !strcmp(n, "рамках"));
    }
    for (size_t q = 0; q < ne && within && e->super_event < 0; q++) {
      nkg_event *s = nkg_vec_at(&d->events, q);
      if (s->cls == NKG_EVENT_SESSION && nkg_compatible_dates(s->date, e->date) && (s->city < 0 || e->city < 0 || s->city == e->city))
        e->super_event = (int)q;
    }
  }
  /* role references as hosts: "Президент принял ..." */
  for (size_t i = 0; i < ne; i++) {
    nkg_event *e = nkg_vec_at(&d->events, i);
    if (e->host >= 0) add_attendee(e, e->host);
  }
}

/* What a head role heads: a minister of a country heads that country's ministry (the lexicon
 * links the role to its body kind), a president the country itself, a secretary general
 * the organization. */
static void resolve_heads(nkg_doc *d) {
  for (size_t i = 0; i < d->memberships.count; i++) {
    nkg_membership *m = nkg_vec_at(&d->memberships, i);
    m->heads = -1;
    const nkg_entity *role = ent(d, m->role);
    if (role->lex < 0 || !d->lex->entries[role->lex].head_role) continue;
    int body = d->lex->entries[role->lex].heads_body;
    int country_lex = ent(d, m->org)->type == NKG_ENT_COUNTRY ? ent(d, m->org)->lex : -1;
    if (body < 0) {
      m->heads = m->org;
    } else if (country_lex >= 0) {
      int org = nkg_national_body(d, body, country_lex);
      if (!ent(d, org)->mentions) ent(d, org)->implied = 1;
      m->heads = org;
    }
  }
}


/* "Грамоты вручили послы:" then lines "Руслан Исетов – Республика Казахстан;": a list item
 * that is only a person and the country they come from takes the plural role its colon line
 * names.  Returns the role mention a colon line opens (or keeps) a list with, else -1. */
static int list_item_role(relater *r, size_t from, size_t to, int list_role) {
  nkg_doc *d = r->d;
  if (from >= to) return -1;
  const nkg_sentence *s = &d->seg.sentences[mention(d, from)->sentence];
  const char *last = tk(d, s->first + s->count - 1)->lower;
  if (!strcmp(last, ":")) {
    for (size_t k = to; k-- > from;) {
      nkg_mention *m = mention(d, k);
      if (m->kind == NKG_M_ENTITY && ent(d, m->entity)->type == NKG_ENT_ROLE) return plural_form(tk(d, m->first)->lower) ? (int)k : -1;
    }
    return -1;
  }
  if (list_role < 0 || to - from != 2) return -1;
  nkg_mention *p = mention(d, from), *c = mention(d, from + 1);
  if (p->kind != NKG_M_ENTITY || c->kind != NKG_M_ENTITY || ent(d, p->entity)->type != NKG_ENT_PERSON ||
      ent(d, c->entity)->type != NKG_ENT_COUNTRY || p->first != s->first + (strcmp(tk(d, s->first)->lower, "–") ? 0 : 1))
    return -1;
  const char *dash = tk(d, p->last)->lower; /* "А – Казахстан", "А (Казахстан)" */
  if (c->first != p->last + 1 || (strcmp(dash, "–") && strcmp(dash, "—") && strcmp(dash, "-") && strcmp(dash, "(")))
    return -1;
  add_pending(r, p->entity, list_role, c->entity);
  return list_role;
}

/* "В своем выступлении Президент Казахстана предложил ...": a post named with its country
 * and no person is held by the person the document names whom the lexicon knows to hold
 * it (its knownRole and knownAffiliation), when the document names that person too. */
static void known_holders_of_bare_posts(nkg_doc *d) {
  /* the persons named whom the lexicon knows in a post: a handful, looked for once */
  nkg_vec known;
  nkg_vec_init(&known, sizeof(int));
  for (size_t e = 0; e < d->entities.count; e++) {
    const nkg_entity *p = ent(d, (int)e);
    if (p->type == NKG_ENT_PERSON && p->lex >= 0 && p->mentions && nkg_doc_resolve(d, (int)e) == (int)e &&
        d->lex->entries[p->lex].known_role >= 0)
      *(int *)nkg_vec_push(&known) = (int)e;
  }
  for (size_t k = 0; known.count && k + 1 < d->mentions.count; k++) {
    const nkg_mention *rm = mention(d, k), *cm = mention(d, k + 1);
    if (rm->kind != NKG_M_ENTITY || cm->kind != NKG_M_ENTITY || rm->entity < 0 || cm->entity < 0 ||
        cm->first != rm->last || cm->sentence != rm->sentence || cm->adjective)
      continue;
    int role = nkg_doc_resolve(d, rm->entity), country = nkg_doc_resolve(d, cm->entity);
    const nkg_entity *re = ent(d, role), *ce = ent(d, country);
    if (re->type != NKG_ENT_ROLE || re->role_lex < 0 || ce->type != NKG_ENT_COUNTRY || ce->lex < 0) continue;
    /* a person named right after the post is its holder already ("Президент Казахстана Касым-Жомарт Токаев") */
    if (k + 2 < d->mentions.count && mention(d, k + 2)->first == cm->last && mention(d, k + 2)->entity >= 0 &&
        ent(d, nkg_doc_resolve(d, mention(d, k + 2)->entity))->type == NKG_ENT_PERSON)
      continue;
    int holder = -1, holders = 0;
    for (size_t i = 0; i < known.count; i++) {
      int e = *(int *)nkg_vec_at(&known, i);
      const nkg_lex_entry *pl = &d->lex->entries[ent(d, e)->lex];
      if (pl->known_role == re->role_lex && pl->country == ce->lex) {
        holder = e;
        holders++;
      }
    }
    if (holders == 1) add_membership(d, holder, role, country, rm->sentence);
  }
  nkg_vec_free(&known);
}

void nkg_relate(nkg_doc *d) {
  relater r = {.d = d};
  nkg_vec_init(&r.pending, sizeof(pending_membership));
  nkg_vec_init(&r.rolerefs, sizeof(role_reference));
  nkg_anatomy_dateline(d);
  nkg_find_clauses(d);
  find_docdate(d);
  size_t k = 0, nm = d->mentions.count;
  int list_role = -1;
  for (uint32_t s = 0; s < d->seg.nsentences; s++) {
    size_t from = k;
    while (k < nm && mention(d, k)->sentence == s) k++;
    relate_roles_in_sentence(&r, from, k);
    list_role = list_item_role(&r, from, k, list_role);
  }
  finish_memberships(&r);
  known_holders_of_bare_posts(d);
  resolve_heads(d);
  relate_events(&r);
  finish_events(&r);
  nkg_vec_free(&r.pending);
  nkg_vec_free(&r.rolerefs);
}

int nkg_person_with_role(nkg_doc *d, int role) { return person_with_role(d, role); }
