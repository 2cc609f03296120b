/* Unit tests of dates (nkg_parse_date_at, nkg_relative_day_at in src/extract/doc.h),
 * read from a document over the fixture lexicon (which has the months). */
#include "test_util.h"

typedef struct {
  int found;
  nkg_date date;
  size_t ntokens;
  size_t covered_bytes; /* from the first token's start to the last covered token's end */
} parsed;

/* Parses a date at the token written `first` in `text` (to the end of its sentence). */
static parsed parse_at(void **state, const char *text, const char *first) {
  lexicon_fixture *f = *state;
  test_doc t;
  test_doc_init(&t, f->lex, f->seg, text);
  parsed r;
  memset(&r, 0, sizeof r);
  size_t i = find_token(&t.d.seg, first);
  const nkg_sentence *s = &t.d.seg.sentences[t.d.seg.tokens[i].sentence];
  r.found = nkg_parse_date_at(&t.d, i, s->first + s->count, &r.date, &r.ntokens);
  if (r.found) {
    assert_true(r.ntokens >= 1 && i + r.ntokens <= s->first + s->count);
    r.covered_bytes = t.d.seg.tokens[i + r.ntokens - 1].end - t.d.seg.tokens[i].start;
  }
  test_doc_free(&t);
  return r;
}

#define assert_date(r, y, m, d, e)                                                                 \
  do {                                                                                             \
    assert_true((r).found);                                                                        \
    assert_int_equal((r).date.year, (y));                                                          \
    assert_int_equal((r).date.month, (m));                                                         \
    assert_int_equal((r).date.day, (d));                                                           \
    assert_int_equal((r).date.end_day, (e));                                                       \
  } while (0)

/* Abbreviated months, exact forms of the lexicon (any letter case), with or without a
 * full stop; a comma before the year. */
static void date_abbreviated_month(void **state) {
  parsed r = parse_at(state, "Встреча прошла 13 сен в столице.", "13");
  assert_date(r, 0, 9, 13, 0);
  assert_int_equal(r.covered_bytes, strlen("13 сен"));
  r = parse_at(state, "Встреча прошла 13 сент. 2024 года в столице.", "13");
  assert_date(r, 2024, 9, 13, 0);
  assert_int_equal(r.covered_bytes, strlen("13 сент. 2024 года"));
  r = parse_at(state, "Визит 5 окт 2024 завершился.", "5");
  assert_date(r, 2024, 10, 5, 0);
  r = parse_at(state, "БИШКЕК, 5 ОКТ. Визит завершился.", "5");
  assert_date(r, 0, 10, 5, 0);
  /* a word that only starts like a month is none: "сентиментальный" */
  r = parse_at(state, "Он прочел 5 сентиментальных писем.", "5");
  assert_false(r.found);
  r = parse_at(state, "- 09 октября, 2025 - 14:26", "09");
  assert_date(r, 2025, 10, 9, 0);
  assert_int_equal(r.covered_bytes, strlen("09 октября, 2025"));
}

/* Two-digit years: "11.11.22" and "08/04/16" (day first), not "1-2-10" or "1.2.3". */
static void date_two_digit_year(void **state) {
  parsed r = parse_at(state, "ТАШКЕНТ, 11.11.22 /Агентство/.", "11.11.22");
  assert_date(r, 2022, 11, 11, 0);
  r = parse_at(state, "Опубликовано 08/04/16 утром.", "08");
  assert_date(r, 2016, 4, 8, 0);
  assert_int_equal(r.covered_bytes, strlen("08/04/16"));
  r = parse_at(state, "Пункты 1-2-10 приняты.", "1");
  assert_false(r.found);
  r = parse_at(state, "Опубликовано 08-04-16 утром.", "08");
  assert_false(r.found);
  r = parse_at(state, "Раздел 31.13.22 принят.", "31.13.22");
  assert_false(r.found);
}

static void date_words(void **state) {
  parsed r = parse_at(state, "Встреча прошла 30 июня 2025 года в столице.", "30");
  assert_date(r, 2025, 6, 30, 0);
  assert_int_equal(r.ntokens, 4); /* "30" "июня" "2025" "года" */
  r = parse_at(state, "Указ подписан 1 мая 2024 г. в Минске.", "1");
  assert_date(r, 2024, 5, 1, 0);
  assert_int_equal(r.covered_bytes, strlen("1 мая 2024 г."));
  r = parse_at(state, "Сессия откроется 3 марта 2025 года, сообщили в МИД.", "3");
  assert_date(r, 2025, 3, 3, 0);
  assert_int_equal(r.ntokens, 4);
}

static void date_numeric(void **state) {
  parsed r = parse_at(state, "30.06.2025\nТекст новости.", "30.06.2025");
  assert_date(r, 2025, 6, 30, 0);
  assert_int_equal(r.ntokens, 1);
  r = parse_at(state, "Опубликовано 30-06-2025 в полдень.", "30");
  assert_date(r, 2025, 6, 30, 0);
  assert_int_equal(r.covered_bytes, strlen("30-06-2025"));
  r = parse_at(state, "date 2025-06-30 time", "2025");
  assert_date(r, 2025, 6, 30, 0);
  assert_int_equal(r.covered_bytes, strlen("2025-06-30"));
  r = parse_at(state, "Опубликовано 05.03.2024.", "05.03.2024");
  assert_date(r, 2024, 3, 5, 0);
}

static void date_range(void **state) {
  parsed r = parse_at(state, "Саммит пройдёт 24–25 апреля в Минске.", "24");
  assert_date(r, 0, 4, 24, 25);
  assert_int_equal(r.covered_bytes, strlen("24–25 апреля"));
  r = parse_at(state, "Форум пройдёт 24-25 апреля 2026 года.", "24");
  assert_date(r, 2026, 4, 24, 25);
  r = parse_at(state, "Учения пройдут с 12 по 14 мая 2026 года.", "с");
  assert_date(r, 2026, 5, 12, 14);
  assert_int_equal(r.covered_bytes, strlen("с 12 по 14 мая 2026 года"));
  r = parse_at(state, "Визит продлится со 2 по 4 июня.", "со");
  assert_date(r, 0, 6, 2, 4);
  r = parse_at(state, "Учения пройдут с 30 марта по 3 апреля 2027 года.", "с");
  assert_date(r, 2027, 3, 30, 3);
  assert_int_equal(r.covered_bytes, strlen("с 30 марта по 3 апреля 2027 года"));
  r = parse_at(state, "Форум прошел с 29 декабря по 2 января 2027 года.", "с");
  assert_date(r, 2026, 12, 29, 2);
  r = parse_at(state, "Саммит пройдёт 30 марта – 3 апреля 2027 года.", "30");
  assert_date(r, 2027, 3, 30, 3);
  assert_int_equal(r.covered_bytes, strlen("30 марта – 3 апреля 2027 года"));
  r = parse_at(state, "Сессия прошла 20 марта – 3 мая.", "20");
  assert_date(r, 0, 3, 20, 0); /* two months apart: only the start is read */
  r = parse_at(state, "Встреча с 12 участниками прошла по 4 пунктам.", "с");
  assert_false(r.found);
}

static void date_month_precision(void **state) {
  parsed r = parse_at(state, "Это случилось в октябре 2022 года в Астане.", "октябре");
  assert_date(r, 2022, 10, 0, 0);
  assert_int_equal(r.ntokens, 3); /* "октябре" "2022" "года" */
  /* "в" is no date: the date starts at the month */
  r = parse_at(state, "Это случилось в октябре 2022 года в Астане.", "в");
  assert_false(r.found);
}

static void date_without_year(void **state) {
  parsed r = parse_at(state, "Переговоры пройдут 12 сентября в Минске.", "12");
  assert_date(r, 0, 9, 12, 0);
  assert_int_equal(r.ntokens, 2);
  /* a number that is not followed by a month is no date */
  r = parse_at(state, "В составе 12 человек.", "12");
  assert_false(r.found);
}

static void date_invalid(void **state) {
  parsed r = parse_at(state, "Номер 32.13.2025 не дата.", "32.13.2025");
  assert_false(r.found);
  r = parse_at(state, "Номер 32-13-2025 не дата.", "32");
  assert_false(r.found);
  r = parse_at(state, "Сумма 45 июня не дата.", "45");
  assert_false(r.found);
  r = parse_at(state, "В 1812 году.", "1812");
  assert_false(r.found);
}

/* ---- relative days ---- */

static int relative(void **state, const char *text, const char *word, int *rel) {
  lexicon_fixture *f = *state;
  test_doc t;
  test_doc_init(&t, f->lex, f->seg, text);
  size_t n = 0;
  *rel = 99;
  int found = nkg_relative_day_at(&t.d, find_token(&t.d.seg, word), rel, &n);
  if (found) assert_int_equal(n, 1);
  test_doc_free(&t);
  return found;
}

static void relative_days(void **state) {
  int rel;
  assert_true(relative(state, "Об этом сегодня сообщил МИД.", "сегодня", &rel));
  assert_int_equal(rel, 0);
  assert_true(relative(state, "Сегодня состоялась встреча.", "Сегодня", &rel));
  assert_int_equal(rel, 0);
  assert_true(relative(state, "Министры вчера встретились.", "вчера", &rel));
  assert_int_equal(rel, -1);
  assert_true(relative(state, "Министры накануне встретились.", "накануне", &rel));
  assert_int_equal(rel, -1);
  assert_true(relative(state, "На сегодняшнее заседание пришли все.", "сегодняшнее", &rel));
  assert_int_equal(rel, 0);
  assert_true(relative(state, "Министры завтра встретятся.", "завтра", &rel));
  assert_int_equal(rel, 1);
  assert_true(relative(state, "Итоги вчерашней встречи.", "вчерашней", &rel));
  assert_int_equal(rel, -1);
  assert_false(relative(state, "Министры встретились.", "встретились", &rel));
  assert_false(relative(state, "Министры встретились.", ".", &rel));
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(date_words),
      cmocka_unit_test(date_abbreviated_month),
      cmocka_unit_test(date_two_digit_year),
      cmocka_unit_test(date_numeric),
      cmocka_unit_test(date_range),
      cmocka_unit_test(date_month_precision),
      cmocka_unit_test(date_without_year),
      cmocka_unit_test(date_invalid),
      cmocka_unit_test(relative_days),
  };
  return cmocka_run_group_tests(tests, lexicon_fixture_setup, lexicon_fixture_teardown);
}
