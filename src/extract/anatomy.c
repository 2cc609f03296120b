/* Page anatomy.  Real news pages put furniture around the article: a date widget, a
 * breadcrumb, "Фото: ..." credits, bylines in slashes, "Читайте также" lists of other
 * headlines.  Their names and dates are not the article's facts: a headline in a
 * related-news list would otherwise become an event of this document. */
#include "anatomy.h"

#include <string.h>

static const nkg_token *tk(const nkg_doc *d, size_t i) { return &d->seg.tokens[i]; }
static nkg_mention *mention(nkg_doc *d, size_t i) { return nkg_vec_at(&d->mentions, i); }

unsigned nkg_phrase_classes_at(const nkg_doc *d, size_t i, size_t end, unsigned want, size_t *ntokens) {
  const nkg_wordclasses *w = &d->lex->wordclasses;
  char buf[256];
  size_t len = 0;
  unsigned found = 0;
  *ntokens = 0;
  if (!(d->wclass[i] & NKG_WC_PHRASE_FIRST) || i + 1 >= end || !(d->wclass[i + 1] & NKG_WC_PHRASE_SECOND)) {
    found = d->wclass[i] & want; /* no phrase starts here: the word alone */
    *ntokens = found ? 1 : 0;
    return found;
  }
  for (size_t k = 0; k < w->longest_phrase && i + k < end; k++) {
    const char *lower = tk(d, i + k)->lower;
    size_t n = strlen(lower);
    if (len + n + 2 > sizeof buf) break;
    if (k) buf[len++] = ' ';
    memcpy(buf + len, lower, n);
    len += n;
    unsigned c = (k ? nkg_wordclasses_of(w, buf, len) : d->wclass[i]) & want;
    if (c) {
      found = c;
      *ntokens = k + 1;
    }
  }
  return found;
}

typedef struct {
  size_t first, end; /* tokens */
} line_span;

static int ends_sentence(const nkg_doc *d, const line_span *l) {
  const char *w = tk(d, l->end - 1)->lower;
  return !strcmp(w, ".") || !strcmp(w, "!") || !strcmp(w, "?") || !strcmp(w, "…") || !strcmp(w, "»") ||
         !strcmp(w, ":");
}

/* "/Иван Петров – Агентство/", "(Фото: ...)": a short line wholly in slashes or brackets */
static int is_byline(const nkg_doc *d, const line_span *l) {
  if (l->end - l->first < 2 || l->end - l->first > 14) return 0;
  const char *a = tk(d, l->first)->lower, *z = tk(d, l->end - 1)->lower;
  if (!strcmp(z, ".") && l->end - l->first > 2) z = tk(d, l->end - 2)->lower;
  return (!strcmp(a, "/") && !strcmp(z, "/")) || (!strcmp(a, "(") && !strcmp(z, ")"));
}

static int starts_with_time(const nkg_doc *d, const line_span *l) {
  return l->end - l->first >= 3 && tk(d, l->first)->kind == NKG_TOK_NUMBER && !strcmp(tk(d, l->first + 1)->lower, ":") &&
         tk(d, l->first + 2)->kind == NKG_TOK_NUMBER;
}

static void mark_line(nkg_doc *d, const line_span *l) {
  for (size_t t = l->first; t < l->end; t++) d->furniture[tk(d, t)->sentence] = 1;
}

static void mark_span(nkg_doc *d, size_t open, size_t close) {
  size_t words = 0;
  for (size_t k = open + 1; k < close; k++) words += tk(d, k)->kind == NKG_TOK_WORD;
  if (words >= 4)
    for (size_t k = open; k <= close; k++) d->quoted[k] = 1;
}

static void mark_quotes(nkg_doc *d) {
  /* «...» (or "..." within a line) of at least four words is speech; shorter ones are
   * names («Север – Юг») */
  size_t open = 0, straight = 0;
  int depth = 0, in_straight = 0;
  for (size_t i = 0; i < d->seg.ntokens; i++) {
    const char *w = tk(d, i)->lower;
    if (in_straight && (tk(d, i)->flags & NKG_TF_LINE_START)) in_straight = 0;
    if (!strcmp(w, "«")) {
      if (!depth++) open = i;
    } else if (!strcmp(w, "»") && depth > 0 && !--depth) {
      mark_span(d, open, i);
    } else if (!strcmp(w, "\"") && !depth) {
      if (in_straight) mark_span(d, straight, i);
      else straight = i;
      in_straight = !in_straight;
    }
  }
}

/* "Николай Ильясов" alone on the last line of the article (before any furniture): the
 * author's byline, two or three capitalised words and nothing else. */
static void trailing_byline(nkg_doc *d) {
  size_t n = d->seg.ntokens, end = n;
  while (end > 0) {
    size_t first = end - 1;
    while (first > 0 && !(tk(d, first)->flags & NKG_TF_LINE_START)) first--;
    line_span l = {first, end};
    if (d->furniture[tk(d, first)->sentence]) {
      end = first;
      continue;
    }
    size_t words = 0;
    int names_only = 1;
    for (size_t t = l.first; t < l.end; t++) {
      const nkg_token *x = tk(d, t);
      if (x->kind != NKG_TOK_WORD || !(x->flags & NKG_TF_CAP)) names_only = 0;
      words++;
    }
    if (names_only && words >= 2 && words <= 3 && first > 0) mark_line(d, &l);
    return;
  }
}

void nkg_anatomy_lines(nkg_doc *d) {
  size_t n = d->seg.ntokens;
  for (size_t i = 0; i < n; i++) {
    const nkg_token *t = tk(d, i);
    d->wclass[i] = (uint32_t)nkg_lex_word_classes(d->lex, d->memo, t);
  }
  int in_section = 0, timed_items = -1;
  for (size_t i = 0; i < n;) {
    line_span l = {i, i + 1};
    while (l.end < n && !(tk(d, l.end)->flags & NKG_TF_LINE_START)) l.end++;
    i = l.end;
    size_t used;
    unsigned c = nkg_phrase_classes_at(d, l.first, l.end, NKG_WC_FURNITURE_LINE | NKG_WC_FURNITURE_SECTION, &used);
    if (c & NKG_WC_FURNITURE_SECTION) {
      in_section = 1;
      timed_items = -1;
      mark_line(d, &l);
      continue;
    }
    /* a list of other items runs on while its lines read as headlines: short, or with
     * no full stop; a news ticker's items each start with their time ("16:40 ...") */
    int timed = starts_with_time(d, &l);
    if (in_section && timed_items < 0) timed_items = timed;
    if (in_section && (timed_items ? timed : !ends_sentence(d, &l) || l.end - l.first <= 12)) {
      mark_line(d, &l);
      continue;
    }
    in_section = 0;
    if (c & NKG_WC_FURNITURE_LINE || is_byline(d, &l)) {
      mark_line(d, &l);
      continue;
    }
    /* "Александр Лукашенко и Абдулла Арипов. Фото: Максим Гучек": a caption and its credit on
     * one short line; in a longer line only the credit and what follows it */
    for (size_t t = l.first + 1; t < l.end; t++) {
      if (tk(d, t)->sentence == tk(d, t - 1)->sentence) continue;
      size_t n;
      if (!(nkg_phrase_classes_at(d, t, l.end, NKG_WC_FURNITURE_LINE, &n) & NKG_WC_FURNITURE_LINE)) continue;
      line_span rest = {l.end - l.first <= 20 ? l.first : t, l.end};
      mark_line(d, &rest);
      break;
    }
  }
  trailing_byline(d);
  mark_quotes(d);
}

static int is_city(nkg_doc *d, const nkg_mention *m) {
  return m->kind == NKG_M_ENTITY && nkg_doc_ent(d, m->entity)->type == NKG_ENT_CITY;
}

/* Past the agency that follows a dateline's city and date: "/Агентство/.", "– Агентство.",
 * "(Агентство) –", "Агентство –"; stops at the first full stop or dash after a word. */
static size_t after_agency(const nkg_doc *d, size_t i, size_t end) {
  size_t j = i;
  while (j < end && (!strcmp(tk(d, j)->lower, ",") || !strcmp(tk(d, j)->lower, "г") || !strcmp(tk(d, j)->lower, ".")))
    j++;
  if (j < end && (!strcmp(tk(d, j)->lower, "/") || !strcmp(tk(d, j)->lower, "("))) {
    const char *close = !strcmp(tk(d, j)->lower, "/") ? "/" : ")";
    size_t k = j + 1;
    while (k < end && k < j + 8 && strcmp(tk(d, k)->lower, close)) k++;
    if (k < end && !strcmp(tk(d, k)->lower, close)) {
      k++;
      while (k < end && (!strcmp(tk(d, k)->lower, ".") || !strcmp(tk(d, k)->lower, "–") ||
                         !strcmp(tk(d, k)->lower, "—") || !strcmp(tk(d, k)->lower, "-")))
        k++;
      return k;
    }
  }
  /* "– Агентство." / "— Агентство Имя." : a dash, then up to three capitalised words and a full stop */
  if (j < end && (!strcmp(tk(d, j)->lower, "–") || !strcmp(tk(d, j)->lower, "—") || !strcmp(tk(d, j)->lower, "-"))) {
    size_t k = j + 1;
    while (k < end && k < j + 5 && tk(d, k)->kind == NKG_TOK_WORD && (tk(d, k)->flags & (NKG_TF_CAP | NKG_TF_UPPER))) k++;
    if (k > j + 1 && k < end && !strcmp(tk(d, k)->lower, ".")) return k + 1;
    return j + 1;
  }
  return i;
}

/* "5 ноября 2025 года, 16:00, Москва, Кремль": an official site's header line, the date
 * first, then the time, the city and the venue, with no sentence of its own. */
/* "12:40": a time of day at token i; the token after it, or i. */
static size_t past_time(const nkg_doc *d, size_t i, size_t end) {
  if (i + 2 < end && tk(d, i)->kind == NKG_TOK_NUMBER && !strcmp(tk(d, i + 1)->lower, ":") &&
      tk(d, i + 2)->kind == NKG_TOK_NUMBER)
    return i + 3;
  return i;
}

static size_t past_comma(const nkg_doc *d, size_t i, size_t end) {
  return i < end && !strcmp(tk(d, i)->lower, ",") ? i + 1 : i;
}

/* "5 ноября 2025 года, 16:00, Москва, Кремль", "12:40, 27 ноября 2025, Бишкек - Агентство",
 * "15 мая, Минск /Корр. Агентство/. Президент ...": a dateline with the date first, then the
 * time, the city, the venue or the agency; on a line of its own, or opening the body. */
static void date_first_dateline(nkg_doc *d) {
  for (size_t k = 0; k + 1 < d->mentions.count; k++) {
    nkg_mention *m = mention(d, k);
    if (d->seg.sentences[m->sentence].line > 6) return;
    if (m->kind != NKG_M_DATE || !m->date.day) continue;
    size_t line_start = m->first;
    while (line_start > 0 && !(tk(d, line_start)->flags & NKG_TF_LINE_START)) line_start--;
    if (past_comma(d, past_time(d, line_start, m->first), m->first) != m->first) continue;
    size_t line_end = m->last;
    while (line_end < d->seg.ntokens && !(tk(d, line_end)->flags & NKG_TF_LINE_START)) line_end++;
    size_t j = past_comma(d, m->last, line_end);
    j = past_comma(d, past_time(d, j, line_end), line_end);
    nkg_mention *c = mention(d, k + 1);
    if (c->first != j || !is_city(d, c)) continue;
    const char *after = c->last < line_end ? tk(d, c->last)->lower : "";
    int own_line = line_end - m->first <= 16 && strcmp(tk(d, line_end - 1)->lower, ".");
    int agency = !strcmp(after, "/") || !strcmp(after, "(");
    if (!own_line && !agency) continue;
    d->dateline_end = (uint32_t)(own_line ? line_end : after_agency(d, c->last, line_end));
    d->dateline_city = c->entity;
    d->dateline_date = (int)k;
    return;
  }
}

/* "ЕРЕВАН. 3 декабря ...", "УЛАН-БАТОР, 4 декабря – ...": a line that opens with a city in
 * capitals, as a dateline does. */
static int is_bullet(const char *w) {
  return !strcmp(w, "•") || !strcmp(w, "●") || !strcmp(w, "▪") || !strcmp(w, "*") || !strcmp(w, "-") ||
         !strcmp(w, "–") || !strcmp(w, "—");
}

/* ... or, after a list bullet, in plain capitals: "• Ашхабад. 10 ноября ..." */
static int dateline_shaped(nkg_doc *d, const nkg_mention *m) {
  if (!is_city(d, m) || m->last >= d->seg.ntokens) return 0;
  const nkg_token *first = tk(d, m->first);
  int bulleted = m->first > 0 && (tk(d, m->first - 1)->flags & NKG_TF_LINE_START) && is_bullet(tk(d, m->first - 1)->lower) &&
                 (first->flags & NKG_TF_CAP);
  if (!bulleted && (!(first->flags & NKG_TF_LINE_START) || !(first->flags & NKG_TF_UPPER))) return 0;
  const char *after = tk(d, m->last)->lower;
  return !strcmp(after, ".") || !strcmp(after, ",") || !strcmp(after, "–") || !strcmp(after, "—");
}

/* A digest of several items, each under a dateline of its own: every item's sentences are
 * set in its dateline's city. */
static void section_datelines(nkg_doc *d) {
  int count = 0;
  for (size_t k = 0; k < d->mentions.count; k++) count += dateline_shaped(d, mention(d, k));
  if (count < 2) return;
  int city = -1;
  uint32_t next = 0;
  for (size_t k = 0; k < d->mentions.count; k++) {
    nkg_mention *m = mention(d, k);
    if (!dateline_shaped(d, m)) continue;
    for (; next < m->sentence; next++) d->section_city[next] = city;
    city = m->entity;
  }
  for (; next < d->seg.nsentences; next++) d->section_city[next] = city;
}

void nkg_anatomy_dateline(nkg_doc *d) {
  section_datelines(d);
  d->dateline_end = 0;
  d->dateline_date = -1;
  d->dateline_city = -1;
  for (size_t k = 0; k < d->mentions.count; k++) {
    nkg_mention *m = mention(d, k);
    const nkg_sentence *s = &d->seg.sentences[m->sentence];
    if (s->line > 6) break;
    if (!is_city(d, m) || !(tk(d, m->first)->flags & NKG_TF_LINE_START) || m->last >= d->seg.ntokens) continue;
    size_t line_end = m->last;
    while (line_end < d->seg.ntokens && !(tk(d, line_end)->flags & NKG_TF_LINE_START)) line_end++;
    nkg_mention *next = k + 1 < d->mentions.count ? mention(d, k + 1) : NULL;
    const char *after = tk(d, m->last)->lower;
    int dated = next && next->kind == NKG_M_DATE && next->first - m->last <= 2 && next->first < line_end;
    int upper = (tk(d, m->first)->flags & NKG_TF_UPPER) && (!strcmp(after, ".") || !strcmp(after, ",") ||
                                                             !strcmp(after, "–") || !strcmp(after, "—"));
    /* "Улаанбаатар /МОНЦАМЭ/", "Минск (Агентство)": a city and its agency */
    int agency = !strcmp(after, "/") || !strcmp(after, "(");
    if (!dated && !upper && !agency) continue;
    size_t end = dated ? next->last : m->last;
    /* a time after the date: "14.05.2024, 12:40" */
    size_t j = end;
    while (j < line_end && !strcmp(tk(d, j)->lower, ",")) j++;
    if (j + 2 < line_end && tk(d, j)->kind == NKG_TOK_NUMBER && !strcmp(tk(d, j + 1)->lower, ":") &&
        tk(d, j + 2)->kind == NKG_TOK_NUMBER)
      end = j + 3;
    end = after_agency(d, end, line_end);
    d->dateline_end = (uint32_t)end;
    d->dateline_city = m->entity;
    if (dated) d->dateline_date = (int)(k + 1);
    return;
  }
  date_first_dateline(d);
}
