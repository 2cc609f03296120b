/* Dates in the forms news text writes them: "30 июня 2025 года", "24–25 апреля",
 * "в октябре 2022 года", "30.06.2025", "30-06-2025", "2025-06-30"; relative days
 * ("сегодня", "накануне") and markers of things past ("в прошлом году"). */
#include <stdlib.h>
#include <string.h>

#include "doc.h"

static const nkg_token *tk(const nkg_doc *d, size_t i) { return &d->seg.tokens[i]; }

static int is_num(const nkg_token *t, size_t minlen, size_t maxlen) {
  size_t n = t->end - t->start;
  return t->kind == NKG_TOK_NUMBER && n >= minlen && n <= maxlen;
}

static int num(const nkg_token *t) { return atoi(t->lower); }

static int glued(const nkg_token *t) { return !(t->flags & NKG_TF_SPACE_BEFORE); }

static int is_sep(const nkg_token *t, const char *chars) {
  return t->kind == NKG_TOK_PUNCT && t->end - t->start == 1 && strchr(chars, t->lower[0]);
}

static int is_dash(const nkg_token *t) {
  return t->kind == NKG_TOK_PUNCT &&
         (!strcmp(t->lower, "-") || !strcmp(t->lower, "\xE2\x80\x93") || !strcmp(t->lower, "\xE2\x80\x94"));
}

static int valid(int y, int m, int d) {
  return (y == 0 || (y >= 1900 && y <= 2100)) && m >= 1 && m <= 12 && d >= 0 && d <= 31;
}

/* A year written with two digits ("11.11.22", "08/04/16") is of this century. */
static int full_year(const nkg_token *t) {
  int y = num(t);
  return t->end - t->start == 2 ? 2000 + y : y;
}

/* The month a token names, or 0. */
static int month_at(const nkg_doc *d, size_t i) {
  nkg_lex_match m[4];
  size_t n = nkg_lex_match_at(d->lex, d->seg.tokens, d->seg.ntokens, i, m, 4);
  for (size_t k = 0; k < n; k++) {
    const nkg_lex_entry *e = &d->lex->entries[m[k].entry];
    if (e->kind == NKG_LEX_MONTH && m[k].ntokens == 1) return e->month;
  }
  return 0;
}

/* "года", "году", "г." after a year. */
static size_t year_word(const nkg_doc *d, size_t i, size_t end) {
  if (i >= end) return 0;
  const char *w = tk(d, i)->lower;
  if (!strcmp(w, "года") || !strcmp(w, "году") || !strcmp(w, "год")) return 1;
  if (!strcmp(w, "г")) return i + 1 < end && !strcmp(tk(d, i + 1)->lower, ".") ? 2 : 1;
  return 0;
}

int nkg_parse_date_at(const nkg_doc *d, size_t i, size_t end, nkg_date *date, size_t *ntokens) {
  memset(date, 0, sizeof *date);
  const nkg_token *t = tk(d, i);
  if (t->kind == NKG_TOK_NUMBER) {
    /* "30.06.2025": ICU keeps it one token */
    if (strchr(t->lower, '.')) {
      int a = 0, b = 0, c = 0;
      /* the year in four digits, or in two ("11.11.22") */
      size_t year_digits = strlen(strrchr(t->lower, '.') + 1);
      int fields = sscanf(t->lower, "%d.%d.%d", &a, &b, &c);
      if (fields == 3 && year_digits == 2) c += 2000;
      if (fields == 3 && (year_digits == 2 || year_digits == 4) && c >= 1900 && valid(c, b, a) && a >= 1) {
        *date = (nkg_date){(int16_t)c, (int8_t)b, (int8_t)a, 0};
        *ntokens = 1;
        return 1;
      }
      return 0;
    }
    /* "2025-06-30" */
    if (is_num(t, 4, 4) && i + 4 < end && is_sep(tk(d, i + 1), "-/.") && glued(tk(d, i + 1)) &&
        is_num(tk(d, i + 2), 1, 2) && glued(tk(d, i + 2)) && is_sep(tk(d, i + 3), "-/.") &&
        is_num(tk(d, i + 4), 1, 2) && glued(tk(d, i + 4))) {
      int y = num(t), m = num(tk(d, i + 2)), dd = num(tk(d, i + 4));
      if (valid(y, m, dd) && dd >= 1) {
        *date = (nkg_date){(int16_t)y, (int8_t)m, (int8_t)dd, 0};
        *ntokens = 5;
        return 1;
      }
    }
    /* "30-06-2025", "30/06/2025", "08/04/16" (two-digit years only with slashes: "1-2-10" is no date) */
    if (is_num(t, 1, 2) && i + 4 < end && is_sep(tk(d, i + 1), "-/.") && glued(tk(d, i + 1)) &&
        is_num(tk(d, i + 2), 1, 2) && glued(tk(d, i + 2)) && is_sep(tk(d, i + 3), "-/.") &&
        (is_num(tk(d, i + 4), 4, 4) || (is_num(tk(d, i + 4), 2, 2) && is_sep(tk(d, i + 1), "/") &&
                                        is_sep(tk(d, i + 3), "/") && is_num(t, 2, 2) && is_num(tk(d, i + 2), 2, 2))) &&
        glued(tk(d, i + 4))) {
      int dd = num(t), m = num(tk(d, i + 2)), y = full_year(tk(d, i + 4));
      if (valid(y, m, dd) && dd >= 1) {
        *date = (nkg_date){(int16_t)y, (int8_t)m, (int8_t)dd, 0};
        *ntokens = 5;
        return 1;
      }
    }
    /* "30 июня [2025 года]", "24–25 апреля" */
    if (is_num(t, 1, 2)) {
      size_t j = i + 1;
      int end_day = 0;
      if (j + 1 < end && is_dash(tk(d, j)) && is_num(tk(d, j + 1), 1, 2)) {
        end_day = num(tk(d, j + 1));
        j += 2;
      }
      int m = j < end ? month_at(d, j) : 0;
      if (!m) return 0;
      j++;
      /* "13 сент. 2024": the full stop of an abbreviated month */
      if (j < end && !strcmp(tk(d, j)->lower, ".") && glued(tk(d, j)) && tk(d, j - 1)->end - tk(d, j - 1)->start <= 8) j++;
      /* "30 марта – 3 апреля [2027 года]": into the next month (an end day below the start day) */
      nkg_date to;
      size_t n;
      if (!end_day && j + 2 < end && is_dash(tk(d, j)) && is_num(tk(d, j + 1), 1, 2) &&
          nkg_parse_date_at(d, j + 1, end, &to, &n) && !to.end_day && to.month == m % 12 + 1 && to.day < num(t) &&
          valid(2000, m, num(t))) {
        int year = to.year && to.month == 1 ? to.year - 1 : to.year;
        *date = (nkg_date){(int16_t)year, (int8_t)m, (int8_t)num(t), to.day};
        *ntokens = j + 1 + n - i;
        return 1;
      }
      int y = 0;
      /* "09 октября, 2025 - 14:26": a comma may stand before the year */
      size_t comma = j + 1 < end && !strcmp(tk(d, j)->lower, ",") && is_num(tk(d, j + 1), 4, 4) ? 1 : 0;
      if (j + comma < end && is_num(tk(d, j + comma), 4, 4) && (!comma || (num(tk(d, j + 1)) >= 1990 && num(tk(d, j + 1)) <= 2100))) {
        j += comma;
        y = num(tk(d, j));
        j++;
        j += year_word(d, j, end);
      }
      if (!valid(y, m, num(t)) || num(t) < 1) return 0;
      *date = (nkg_date){(int16_t)y, (int8_t)m, (int8_t)num(t), (int8_t)end_day};
      *ntokens = j - i;
      return 1;
    }
    return 0;
  }
  /* "с 24 по 26 апреля [2027 года]": the same range as "24–26 апреля" */
  if (t->kind == NKG_TOK_WORD && nkg_preposition_of(d, t) == NKG_PREP_S && i + 4 < end &&
      is_num(tk(d, i + 1), 1, 2) && nkg_preposition_of(d, tk(d, i + 2)) == NKG_PREP_PO && is_num(tk(d, i + 3), 1, 2)) {
    nkg_date last;
    size_t n;
    int first = num(tk(d, i + 1));
    if (nkg_parse_date_at(d, i + 3, end, &last, &n) && !last.end_day && first >= 1 && first < last.day) {
      *date = (nkg_date){last.year, last.month, (int8_t)first, last.day};
      *ntokens = 3 + n;
      return 1;
    }
  }
  /* "с 30 марта по 3 апреля": a range into the next month (an end day below the start day) */
  if (t->kind == NKG_TOK_WORD && nkg_preposition_of(d, t) == NKG_PREP_S && i + 5 < end &&
      is_num(tk(d, i + 1), 1, 2)) {
    nkg_date from, to;
    size_t n1, n2;
    if (nkg_parse_date_at(d, i + 1, end, &from, &n1) && !from.year && !from.end_day && i + 1 + n1 < end &&
        nkg_preposition_of(d, tk(d, i + 1 + n1)) == NKG_PREP_PO && nkg_parse_date_at(d, i + 2 + n1, end, &to, &n2) && !to.end_day &&
        to.month == from.month % 12 + 1 && to.day < from.day) {
      int year = to.year && to.month == 1 ? to.year - 1 : to.year;
      *date = (nkg_date){(int16_t)year, from.month, from.day, to.day};
      *ntokens = 2 + n1 + n2;
      return 1;
    }
  }
  /* "в ноябре": a month of the document's year, when the text gives no more */
  if (t->kind == NKG_TOK_WORD && i > 0 && nkg_preposition_of(d, tk(d, i - 1)) == NKG_PREP_V &&
      !(i + 1 < end && is_num(tk(d, i + 1), 4, 4))) {
    int m = month_at(d, i);
    if (m) {
      *date = (nkg_date){0, (int8_t)m, 0, 0};
      *ntokens = 1;
      return 1;
    }
  }
  /* "в октябре 2022 года" */
  if (t->kind == NKG_TOK_WORD && i + 1 < end && is_num(tk(d, i + 1), 4, 4)) {
    int m = month_at(d, i); /* only where a year follows: the lexicon is not asked for every word */
    if (m) {
      int y = num(tk(d, i + 1));
      if (!valid(y, m, 0)) return 0;
      *date = (nkg_date){(int16_t)y, (int8_t)m, 0, 0};
      *ntokens = 2 + year_word(d, i + 2, end);
      return 1;
    }
  }
  return 0;
}

/* The day a word like "вчера" points to, relative to the document's, plus 10; 0 for
 * other words. */
static int relative_day_word(const char *w) {
  static const struct {
    const char *word;
    int rel;
  } words[] = {{"сегодня", 0}, {"вчера", -1}, {"завтра", 1}, {"накануне", -1}, {"позавчера", -2}};
  static const struct {
    const char *prefix;
    int rel;
  } adjectives[] = {{"сегодняшн", 0}, {"вчерашн", -1}, {"завтрашн", 1}};
  for (size_t k = 0; k < sizeof words / sizeof *words; k++)
    if (!strcmp(w, words[k].word)) return words[k].rel + 10;
  for (size_t k = 0; k < sizeof adjectives / sizeof *adjectives; k++)
    if (!strncmp(w, adjectives[k].prefix, strlen(adjectives[k].prefix))) return adjectives[k].rel + 10;
  return 0;
}

int nkg_relative_day_at(const nkg_doc *d, size_t i, int *rel, size_t *ntokens) {
  const nkg_token *t = tk(d, i);
  if (t->kind != NKG_TOK_WORD) return 0;
  int code = nkg_word_property(d, t, NKG_WP_RELATIVE_DAY, relative_day_word);
  if (!code) return 0;
  *rel = code - 10;
  *ntokens = 1;
  return 1;
}

/* The year a word like "прошлый" points to, relative to the document's; 0 with *found unset
 * for other words. */
static int relative_year_word(const char *w, int *found) {
  static const struct {
    const char *prefix;
    int rel;
  } words[] = {{"позапрошл", -2}, {"прошл", -1},  {"минувш", -1}, {"текущ", 0},
               {"нынешн", 0},     {"следующ", 1}, {"будущ", 1},   {"наступающ", 1}};
  static const char *const demonstratives[] = {"этот", "этом", "этого", "этой"}; /* the demonstrative, not "этап" */
  *found = 1;
  for (size_t k = 0; k < sizeof demonstratives / sizeof *demonstratives; k++)
    if (!strcmp(w, demonstratives[k])) return 0;
  for (size_t k = 0; k < sizeof words / sizeof *words; k++)
    if (!strncmp(w, words[k].prefix, strlen(words[k].prefix))) return words[k].rel;
  *found = 0;
  return 0;
}

/* "в прошлом году", "прошлого года": the year as a time; "нынешний год" as a subject is not */
static int is_year_noun(const char *w) { return !strcmp(w, "года") || !strcmp(w, "году"); }

int nkg_relative_year_at(const nkg_doc *d, size_t i, size_t end, int *rel, int *month, size_t *ntokens) {
  int found;
  *month = 0;
  /* called for every word: the rare year noun is looked for first */
  if (i + 1 < end && nkg_word_property(d, tk(d, i + 1), NKG_WP_YEAR_NOUN, is_year_noun)) { /* "прошлого года" */
    *rel = relative_year_word(tk(d, i)->lower, &found);
    *ntokens = 2;
    return found;
  }
  if (i + 2 < end && nkg_word_property(d, tk(d, i + 2), NKG_WP_YEAR_NOUN, is_year_noun)) { /* "декабре прошлого года" */
    *rel = relative_year_word(tk(d, i + 1)->lower, &found);
    *ntokens = 3;
    return found && (*month = month_at(d, i)) != 0;
  }
  return 0;
}

int nkg_relative_week_at(const nkg_doc *d, size_t i, size_t end, int *rel, size_t *ntokens) {
  if (i + 2 >= end || nkg_preposition_of(d, tk(d, i)) != NKG_PREP_NA || strcmp(tk(d, i + 2)->lower, "неделе")) return 0;
  int found;
  *rel = relative_year_word(tk(d, i + 1)->lower, &found);
  *ntokens = 3;
  return found;
}

/* 1 for "прошлый" and "позапрошлый" in any form (a past marker with "год", "месяц" or
 * "неделя" after it), 2 for "назад" and "ранее" (one on its own), else 0. */
static int past_word(const char *w) {
  if (!strncmp(w, "прошл", strlen("прошл")) || !strncmp(w, "позапрошл", strlen("позапрошл"))) return 1;
  if (!strcmp(w, "назад") || !strcmp(w, "ранее")) return 2;
  return 0;
}

int nkg_past_marker_at(const nkg_doc *d, size_t i, size_t *ntokens) {
  const nkg_token *t = tk(d, i);
  if (t->kind != NKG_TOK_WORD) return 0;
  int kind = nkg_word_property(d, t, NKG_WP_PAST_MARKER, past_word);
  /* "в прошлом году", "прошлого месяца", "на прошлой неделе", "в позапрошлом году" */
  if (kind == 1 && i + 1 < d->seg.ntokens) {
    const char *n = tk(d, i + 1)->lower;
    if (!strncmp(n, "год", strlen("год")) || !strncmp(n, "месяц", strlen("месяц")) ||
        !strncmp(n, "недел", strlen("недел"))) {
      *ntokens = 2;
      return 1;
    }
  }
  /* "год назад", "несколько лет назад"; "Ранее ..." */
  if (kind == 2) {
    *ntokens = 1;
    return 1;
  }
  return 0;
}

int nkg_future_verb(const char *w) {
  static const char *const words[] = {"пройдет", "пройдут", "состоится", "состоятся", "проведут", "проведет"};
  for (size_t k = 0; k < sizeof words / sizeof *words; k++)
    if (!strcmp(w, words[k])) return 1;
  return 0;
}

/* "следующий", "предстоящий", "запланированный", "пройдёт"...: the text speaks of what
 * is still to come. */
static int future_word(const char *w) {
  static const char *const prefixes[] = {"следующ", "предстоящ", "запланирован", "планируется", "намечен", "подготовк"};
  for (size_t k = 0; k < sizeof prefixes / sizeof *prefixes; k++)
    if (!strncmp(w, prefixes[k], strlen(prefixes[k]))) return 1;
  return nkg_future_verb(w);
}

int nkg_future_marker_at(const nkg_doc *d, size_t i, size_t *ntokens) {
  const nkg_token *t = tk(d, i);
  if (t->kind != NKG_TOK_WORD || !nkg_word_property(d, t, NKG_WP_FUTURE_MARKER, future_word)) return 0;
  *ntokens = 1;
  return 1;
}
