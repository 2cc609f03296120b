/* Word and sentence boundaries (src/text/breaks.c) against ICU's break iterators, the
 * reference they replace: hand-picked cases from news text, then many random strings
 * over an alphabet of the characters where the rules differ. */
#include <unicode/ubrk.h>
#include <unicode/utext.h>

#include "test_util.h"
#include "text/text.h"

typedef struct {
  UBreakIterator *words, *sentences;
} icu_iterators;

static int icu_setup(void **state) {
  nkg_breaks_init();
  icu_iterators *it = calloc(1, sizeof *it);
  UErrorCode err = U_ZERO_ERROR;
  it->words = ubrk_open(UBRK_WORD, "ru", NULL, 0, &err);
  it->sentences = ubrk_open(UBRK_SENTENCE, "ru", NULL, 0, &err);
  if (U_FAILURE(err)) return -1;
  *state = it;
  return 0;
}

static int icu_teardown(void **state) {
  icu_iterators *it = *state;
  ubrk_close(it->words);
  ubrk_close(it->sentences);
  free(it);
  return 0;
}

static nkg_word_kind icu_kind(int32_t status, int is_space) {
  if (status >= UBRK_WORD_LETTER) return NKG_WORD_LETTERS;
  if (status >= UBRK_WORD_NUMBER) return NKG_WORD_NUMBER;
  return is_space ? NKG_WORD_SPACE : NKG_WORD_PUNCT;
}

/* Every boundary and every word's kind agree with ICU's; returns the number compared. */
static size_t compare_with_icu(icu_iterators *it, const char *text) {
  size_t len = strlen(text), compared = 0;
  UErrorCode err = U_ZERO_ERROR;
  UText *ut = utext_openUTF8(NULL, text, (int64_t)len, &err);
  assert_false(U_FAILURE(err));

  ubrk_setUText(it->sentences, ut, &err);
  size_t pos = 0;
  for (int32_t b = ubrk_next(it->sentences); b != UBRK_DONE; b = ubrk_next(it->sentences)) {
    size_t mine = nkg_next_sentence(text, pos, len);
    if (mine != (size_t)b) fail_msg("sentence from %zu in \"%s\": ICU ends it at %d, breaks.c at %zu", pos, text, b, mine);
    pos = (size_t)b;
    compared++;
  }

  ubrk_setUText(it->words, ut, &err);
  pos = 0;
  for (int32_t b = ubrk_next(it->words); b != UBRK_DONE; b = ubrk_next(it->words)) {
    nkg_word_kind kind;
    size_t mine = nkg_next_word(text, pos, len, &kind);
    if (mine != (size_t)b) fail_msg("word from %zu in \"%s\": ICU ends it at %d, breaks.c at %zu", pos, text, b, mine);
    /* ICU has no kind for spaces: they are "none", like punctuation */
    nkg_word_kind expected = icu_kind(ubrk_getRuleStatus(it->words), kind == NKG_WORD_SPACE);
    if (kind != expected) fail_msg("word \"%.*s\" in \"%s\": kind %d, ICU says %d", b - (int32_t)pos, text + pos, text, kind, expected);
    pos = (size_t)b;
    compared++;
  }
  utext_close(ut);
  return compared;
}

static void breaks_news_cases(void **state) {
  static const char *const cases[] = {
      "Президент принял министров. Встреча прошла в Кремле.",
      "А. Лукашенко и В.Путин провели переговоры в г. Минске.",
      "Он сказал: «Нет!» Потом ушёл.",
      "1. Пункт первый. 2. Второй пункт.",
      "Что? Где?! Когда... Ответ.",
      "(см. ниже) и т.д., а также т. е. всё.",
      "Первый абзац.\n\nВторой абзац\nбез точки",
      "Цена 3.5 млн. руб. в год, 1,5 трлн; 12:30 по Москве.",
      "«Да.» Нет. \"Может быть.\" Да!",
      "ООН.Совбез заседал 10.05.2024 в 10:00.",
      "Группа G20 и C-400, 2025г., 50% и №5.",
      "О'Нил и д’Эстен, e-mail info@mid.ru, сайт www.mid.ru.",
      "Ру\u0301сский язы\u0301к; Ё-моё.",
      "U.S. Army and e.g. this... Hello!World",
      "Конец.\r\nНачало\u2029Новый абзац\u2028строка",
      "Слово\u00ADперенос и\u200Dсоединитель, а_б и __ и _.",
      "   пробелы   \t табуляция \u3000 широкий",
  };
  for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) assert_true(compare_with_icu(*state, cases[i]) > 0);
}

static void breaks_random_strings(void **state) {
  static const char *const alphabet[] = {
      "а", "б", "Ж", "Ё", "ё", "a", "X", "z", "0", "7", ".", ".", ",", ";", ":", "!", "?", "'", "\u2019",
      "\"", "«", "»", "(", ")", "-", "\u2014", "_", "@", " ", " ", " ", "\n", "\r", "\t", "\u0301",
      "\u00AD", "\u200D", "\u2026", "№", "%", "\u2028", "\u2029", "\u3000", "Ж.", ". ", "\u00A0"};
  const size_t nalpha = sizeof alphabet / sizeof *alphabet;
  uint32_t seed = 12345;
  size_t compared = 0;
  char text[256];
  for (int round = 0; round < 20000; round++) {
    size_t len = 0;
    seed = seed * 1103515245u + 12345u;
    int n = 1 + (int)((seed >> 16) % 30);
    for (int k = 0; k < n; k++) {
      seed = seed * 1103515245u + 12345u;
      const char *piece = alphabet[(seed >> 16) % nalpha];
      size_t pl = strlen(piece);
      memcpy(text + len, piece, pl);
      len += pl;
    }
    text[len] = '\0';
    compared += compare_with_icu(*state, text);
  }
  assert_true(compared > 100000);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test_setup_teardown(breaks_news_cases, icu_setup, icu_teardown),
      cmocka_unit_test_setup_teardown(breaks_random_strings, icu_setup, icu_teardown),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
