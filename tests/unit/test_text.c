/* Unit tests of the text stage: checking, cleaning and segmenting (src/text/text.h). */
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "test_util.h"

/* ---- nkg_text_check ---- */

static void check_empty(void **state) {
  (void)state;
  size_t bad = 99;
  assert_int_equal(nkg_text_check("", 0, &bad), NKG_ERR_EMPTY);
}

static void check_whitespace_only(void **state) {
  (void)state;
  size_t bad = 99;
  const char *ws = "  \n\t \r\n   ";
  assert_int_equal(nkg_text_check(ws, strlen(ws), &bad), NKG_ERR_EMPTY);
  /* a byte-order mark is no text either */
  const char *bom = "\xEF\xBB\xBF\n";
  assert_int_equal(nkg_text_check(bom, strlen(bom), &bad), NKG_ERR_EMPTY);
}

static void check_nul_byte_is_binary(void **state) {
  (void)state;
  static const char bytes[] = "Москва\0PK\x03\x04";
  size_t bad = 0;
  assert_int_equal(nkg_text_check(bytes, sizeof bytes - 1, &bad), NKG_ERR_BINARY);
  assert_int_equal(bad, strlen("Москва")); /* 12: the NUL right after the word */
}

static void check_invalid_utf8(void **state) {
  (void)state;
  size_t bad = 0;
  const char *s = "Привет\xFF мир";
  assert_int_equal(nkg_text_check(s, strlen(s), &bad), NKG_ERR_ENCODING);
  assert_int_equal(bad, strlen("Привет"));
  /* a sequence cut short at the end of the text */
  const char *t = "Да\xD0";
  assert_int_equal(nkg_text_check(t, strlen(t), &bad), NKG_ERR_ENCODING);
  assert_int_equal(bad, 4);
  /* a Latin-1 (cp1251-like) byte in the middle of ASCII */
  const char *u = "abc\xE9z";
  assert_int_equal(nkg_text_check(u, strlen(u), &bad), NKG_ERR_ENCODING);
  assert_int_equal(bad, 3);
}

static void check_valid(void **state) {
  (void)state;
  size_t bad = 99;
  const char *s = "\xEF\xBB\xBFМинистр иностранных дел провёл встречу.\n";
  assert_int_equal(nkg_text_check(s, strlen(s), &bad), NKG_OK);
  assert_int_equal(nkg_text_check("x", 1, &bad), NKG_OK);
}

/* ---- nkg_text_clean ---- */

typedef struct {
  nkg_arena arena;
} clean_fixture;

static int clean_setup(void **state) {
  clean_fixture *f = calloc(1, sizeof *f);
  nkg_arena_init(&f->arena, 16 * 1024);
  *state = f;
  return 0;
}

static int clean_teardown(void **state) {
  clean_fixture *f = *state;
  nkg_arena_free(&f->arena);
  free(f);
  return 0;
}

static const char *clean(void **state, const char *in) {
  clean_fixture *f = *state;
  size_t n = 0;
  char *out = nkg_text_clean(in, strlen(in), &f->arena, &n);
  assert_non_null(out);
  assert_int_equal(n, strlen(out));
  return out;
}

static size_t count_occurrences(const char *hay, const char *needle) {
  size_t n = 0;
  for (const char *p = strstr(hay, needle); p; p = strstr(p + 1, needle)) n++;
  return n;
}

/* Plain text (ASCII, Cyrillic, a few punctuation marks) is cleaned on its bytes; any other
 * character sends the whole text through the code-point path.  A last line of only "©"
 * is emptied either way, so with it each text must come out as without it. */
static void clean_plain_path_agrees_with_the_general_one(void **state) {
  static const char *const texts[] = {
      "Москва, 14 мая 2026 года\nПрезидент России провел\nпереговоры с гостем.\n",
      "  Пробелы   в\tначале\xC2\xA0и  конце  \n---\n===\n\nСлово через пере-\nнос и «кавычки» — тире…\n",
      "Абзац, который повторяется дважды на странице.\n\nДругой текст.\n\nАбзац, который повторяется дважды на странице.\n",
      "Фото: пресс-служба\nАвтор: Иван\nТеги: политика\nShare\n№ 5 от 1 июня\n",
      "Строка без точки\n(в скобках) продолжение\nВторая «строка»\nпродолжение после кавычек\n",
      "Минск – Москва. “Цитата” и „ещё“ ‘одна’\n12:30\n",
      "",
      "\n\n\n",
  };
  clean_fixture *f = *state;
  for (size_t i = 0; i < sizeof texts / sizeof *texts; i++) {
    size_t n1 = 0, n2 = 0;
    char *plain = nkg_text_clean(texts[i], strlen(texts[i]), &f->arena, &n1);
    char *with = malloc(strlen(texts[i]) + 8);
    assert_non_null(with);
    strcpy(with, texts[i]);
    strcat(with, "\n\xC2\xA9"); /* "©": not plain */
    char *general = nkg_text_clean(with, strlen(with), &f->arena, &n2);
    free(with);
    assert_int_equal(n1, n2);
    assert_string_equal(plain, general);
  }
}

static void clean_nfc(void **state) {
  /* "й" written as и + combining breve (U+0438 U+0306) becomes one code point U+0439 */
  const char *out = clean(state, "Андреи\xCC\x86 Кузнецов прибыл.");
  assert_string_equal(out, "Андрей Кузнецов прибыл.");
  assert_null(strstr(out, "\xCC\x86"));
}

static void clean_invisible_characters(void **state) {
  /* soft hyphen and zero-width space vanish; a no-break space is a space */
  assert_string_equal(clean(state, "Мос\xC2\xADква и Ка\xE2\x80\x8Bзань."), "Москва и Казань.");
  assert_string_equal(clean(state, "30\xC2\xA0июня 2025\xC2\xA0года"), "30 июня 2025 года");
}

static void clean_lookalikes(void **state) {
  /* Latin "o" and "a" inside a Cyrillic word are repaired */
  assert_string_equal(clean(state, "Делегация прибыла в Мoсквa."), "Делегация прибыла в Москва.");
  /* a Latin word is left alone, even next to a Cyrillic one */
  assert_string_equal(clean(state, "Агентство Reuters сообщило."), "Агентство Reuters сообщило.");
  assert_string_equal(clean(state, "Встреча в Мoсквe, пишет Moscow Times."),
                      "Встреча в Москве, пишет Moscow Times.");
}

static void clean_markdown(void **state) {
  assert_string_equal(clean(state, "**Садыр Жапаров** провёл встречу."), "Садыр Жапаров провёл встречу.");
  assert_string_equal(clean(state, "## Заголовок новости"), "Заголовок новости");
  assert_string_equal(clean(state, "## Заголовок\n\nТекст новости."), "Заголовок\nТекст новости.");
}

static void clean_drops_lines_without_words(void **state) {
  const char *out = clean(state, "Menu\nRSS\nНовости дня.\nShare | Tweet\n");
  assert_string_equal(out, "Новости дня.");
  /* a line with a digit is kept: it may be a date line */
  assert_string_equal(clean(state, "15.10.2025\nНовости дня."), "15.10.2025\nНовости дня.");
}

static void clean_drops_repeated_paragraph(void **state) {
  const char *para = "Министр иностранных дел провёл переговоры в столице.";
  char in[512];
  snprintf(in, sizeof in, "%s\n\nВторой абзац новости.\n\n%s\n", para, para);
  const char *out = clean(state, in);
  assert_int_equal(count_occurrences(out, para), 1);
  assert_non_null(strstr(out, "Второй абзац новости."));
  /* the first copy is the one kept */
  assert_true(strstr(out, para) < strstr(out, "Второй абзац"));
}

static void clean_joins_broken_lines(void **state) {
  assert_string_equal(clean(state, "Министр иностранных дел провёл\nвстречу с коллегой."),
                      "Министр иностранных дел провёл встречу с коллегой.");
  /* a line that ends a sentence, or a next line in upper case, stays apart */
  assert_string_equal(clean(state, "Первое предложение.\nвторое предложение."),
                      "Первое предложение.\nвторое предложение.");
  assert_string_equal(clean(state, "Заголовок новости\nТекст новости."), "Заголовок новости\nТекст новости.");
}

static void clean_joins_hyphenated_word(void **state) {
  assert_string_equal(clean(state, "Стороны обсудили воз-\nможность нового визита."),
                      "Стороны обсудили возможность нового визита.");
}

/* ---- nkg_segment ---- */

typedef struct {
  nkg_arena arena;
  nkg_segmenter *seg;
  nkg_segmented out;
} seg_fixture;

static int seg_setup(void **state) {
  seg_fixture *f = calloc(1, sizeof *f);
  nkg_arena_init(&f->arena, 16 * 1024);
  f->seg = nkg_segmenter_new();
  if (!f->seg) return -1;
  *state = f;
  return 0;
}

static int seg_teardown(void **state) {
  seg_fixture *f = *state;
  nkg_segmenter_free(f->seg);
  nkg_arena_free(&f->arena);
  free(f);
  return 0;
}

static const nkg_segmented *segment(void **state, const char *text) {
  seg_fixture *f = *state;
  assert_int_equal(nkg_segment(f->seg, text, strlen(text), &f->arena, &f->out), NKG_OK);
  return &f->out;
}

static void segment_sentences(void **state) {
  const nkg_segmented *s = segment(state, "Первое предложение. Второе предложение! А третье?");
  assert_int_equal(s->nsentences, 3);
  assert_int_equal(s->sentences[0].first, 0);
  assert_int_equal(s->sentences[0].count, 3); /* "Первое" "предложение" "." */
  assert_int_equal(s->sentences[1].first, 3);
  assert_int_equal(s->ntokens, 9);
  for (size_t i = 0; i < s->ntokens; i++) {
    uint32_t si = s->tokens[i].sentence;
    assert_true(i >= s->sentences[si].first && i < s->sentences[si].first + s->sentences[si].count);
  }
}

static void segment_lines(void **state) {
  const nkg_segmented *s = segment(state, "15.10.2025\nНовость первая.\nНовость вторая.");
  assert_int_equal(s->nsentences, 3);
  assert_int_equal(s->sentences[0].line, 0);
  assert_int_equal(s->sentences[1].line, 1);
  assert_int_equal(s->sentences[2].line, 2);
  size_t i = find_token(s, "Новость");
  assert_true(s->tokens[i].flags & NKG_TF_LINE_START);
  assert_false(s->tokens[i + 1].flags & NKG_TF_LINE_START);
}

static void segment_initial_glued_to_surname(void **state) {
  const nkg_segmented *s = segment(state, "С.Жапаров заявил.");
  assert_true(s->ntokens >= 3);
  assert_true(token_is(s, 0, "С"));
  assert_int_equal(s->tokens[0].kind, NKG_TOK_WORD);
  assert_true(token_is(s, 1, "."));
  assert_int_equal(s->tokens[1].kind, NKG_TOK_PUNCT);
  assert_true(token_is(s, 2, "Жапаров"));
  assert_int_equal(s->tokens[2].kind, NKG_TOK_WORD);
  assert_false(s->tokens[2].flags & NKG_TF_SPACE_BEFORE);
  assert_int_equal(s->nsentences, 1);
}

static void segment_hyphenated_word(void **state) {
  const nkg_segmented *s = segment(state, "Встреча прошла в Чолпон-Ате вчера.");
  size_t i = find_token(s, "Чолпон-Ате");
  assert_int_equal(s->tokens[i].kind, NKG_TOK_WORD);
  assert_true(s->tokens[i].flags & NKG_TF_HYPHENATED);
  assert_string_equal(s->tokens[i].lower, "чолпон-ате");
  /* an ordinary word is not marked */
  assert_false(s->tokens[find_token(s, "Встреча")].flags & NKG_TF_HYPHENATED);
  /* a dash between spaced words joins nothing */
  s = segment(state, "Москва - Минск");
  assert_int_equal(s->ntokens, 3);
  assert_false(s->tokens[0].flags & NKG_TF_HYPHENATED);
}

static void segment_initial_keeps_sentence(void **state) {
  const nkg_segmented *s = segment(state, "А. Лукашенко встретился.");
  assert_int_equal(s->nsentences, 1);
  s = segment(state, "Встречу провёл А. Лукашенко. Потом он уехал.");
  assert_int_equal(s->nsentences, 2);
}

static void segment_flags_and_folding(void **state) {
  const nkg_segmented *s = segment(state, "МИД Казахстана объявил: в 2025 году Ёлка и объём.");
  const nkg_token *mid = &s->tokens[find_token(s, "МИД")];
  assert_true(mid->flags & NKG_TF_CAP);
  assert_true(mid->flags & NKG_TF_UPPER);
  assert_true(mid->flags & NKG_TF_CYRILLIC);
  assert_string_equal(mid->lower, "мид");
  const nkg_token *kz = &s->tokens[find_token(s, "Казахстана")];
  assert_true(kz->flags & NKG_TF_CAP);
  assert_false(kz->flags & NKG_TF_UPPER);
  const nkg_token *v = &s->tokens[find_token(s, "в")];
  assert_false(v->flags & (NKG_TF_CAP | NKG_TF_UPPER));
  const nkg_token *year = &s->tokens[find_token(s, "2025")];
  assert_int_equal(year->kind, NKG_TOK_NUMBER);
  assert_string_equal(s->tokens[find_token(s, "Ёлка")].lower, "елка");
  assert_string_equal(s->tokens[find_token(s, "объём")].lower, "объем");
  assert_int_equal(s->tokens[find_token(s, ":")].kind, NKG_TOK_PUNCT);
  /* a single capital letter is capitalised, not an abbreviation */
  s = segment(state, "В Минске.");
  assert_true(s->tokens[0].flags & NKG_TF_CAP);
  assert_false(s->tokens[0].flags & NKG_TF_UPPER);
  /* a Latin word is not Cyrillic */
  s = segment(state, "Reuters сообщает.");
  assert_false(s->tokens[0].flags & NKG_TF_CYRILLIC);
  assert_true(s->tokens[1].flags & NKG_TF_CYRILLIC);
}

static void segment_offsets(void **state) {
  const char *text = "Глава МИД Кыргызстана Жээнбек Кулубаев прибыл в Чолпон-Ату.";
  const nkg_segmented *s = segment(state, text);
  assert_ptr_equal(s->text, text);
  static const char *const words[] = {"Глава", "МИД", "Кыргызстана", "Жээнбек", "Кулубаев", "прибыл", "в",
                                      "Чолпон-Ату", "."};
  assert_int_equal(s->ntokens, sizeof words / sizeof *words);
  for (size_t i = 0; i < s->ntokens; i++) {
    const nkg_token *t = &s->tokens[i];
    assert_int_equal(t->end - t->start, strlen(words[i]));
    assert_memory_equal(text + t->start, words[i], strlen(words[i]));
    assert_ptr_equal(t->surface, text + t->start);
  }
  /* byte offsets, not characters */
  assert_int_equal(s->tokens[2].start, strlen("Глава МИД "));
  assert_int_equal(s->sentences[0].start, 0);
  assert_int_equal(s->sentences[0].end, strlen(text));
}

static void segment_cleaned_text(void **state) {
  /* offsets point into the cleaned text, whatever the raw text had */
  seg_fixture *f = *state;
  const char *raw = "**Мoсквa** и\xC2\xA0Мин\xC2\xADск";
  size_t n = 0;
  char *text = nkg_text_clean(raw, strlen(raw), &f->arena, &n);
  assert_string_equal(text, "Москва и Минск");
  const nkg_segmented *s = segment(state, text);
  assert_int_equal(s->ntokens, 3);
  assert_int_equal(s->tokens[0].start, 0);
  assert_memory_equal(text + s->tokens[0].start, "Москва", strlen("Москва"));
  assert_int_equal(s->tokens[2].start, strlen("Москва и "));
  assert_memory_equal(text + s->tokens[2].start, "Минск", strlen("Минск"));
}

/* The quick paths of folding agree with ICU's lower case for every character of the
 * Basic Multilingual Plane's first part (ё folded to е on top). */
static void fold_agrees_with_icu(void **state) {
  (void)state;
  nkg_arena a;
  nkg_arena_init(&a, 4096);
  for (UChar32 c = 1; c < 0x3000; c++) {
    if (c >= 0xD800 && c <= 0xDFFF) continue;
    char in[8], want[8];
    int32_t n = 0, m = 0;
    UBool e = 0;
    U8_APPEND(in, n, (int32_t)sizeof in, c, e);
    UChar32 lower = u_tolower(c);
    if (lower == 0x451) lower = 0x435;
    U8_APPEND(want, m, (int32_t)sizeof want, lower, e);
    assert_false(e);
    want[m] = '\0';
    const char *got = nkg_fold(&a, in, (size_t)n);
    if (strcmp(got, want)) fail_msg("U+%04X folds to \"%s\", ICU says \"%s\"", (unsigned)c, got, want);
    nkg_arena_reset(&a);
  }
  nkg_arena_free(&a);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(check_empty),
      cmocka_unit_test(check_whitespace_only),
      cmocka_unit_test(check_nul_byte_is_binary),
      cmocka_unit_test(check_invalid_utf8),
      cmocka_unit_test(check_valid),
      cmocka_unit_test_setup_teardown(clean_nfc, clean_setup, clean_teardown),
      cmocka_unit_test_setup_teardown(clean_plain_path_agrees_with_the_general_one, clean_setup, clean_teardown),
      cmocka_unit_test_setup_teardown(clean_invisible_characters, clean_setup, clean_teardown),
      cmocka_unit_test_setup_teardown(clean_lookalikes, clean_setup, clean_teardown),
      cmocka_unit_test_setup_teardown(clean_markdown, clean_setup, clean_teardown),
      cmocka_unit_test_setup_teardown(clean_drops_lines_without_words, clean_setup, clean_teardown),
      cmocka_unit_test_setup_teardown(clean_drops_repeated_paragraph, clean_setup, clean_teardown),
      cmocka_unit_test_setup_teardown(clean_joins_broken_lines, clean_setup, clean_teardown),
      cmocka_unit_test_setup_teardown(clean_joins_hyphenated_word, clean_setup, clean_teardown),
      cmocka_unit_test_setup_teardown(segment_sentences, seg_setup, seg_teardown),
      cmocka_unit_test_setup_teardown(segment_lines, seg_setup, seg_teardown),
      cmocka_unit_test_setup_teardown(segment_initial_glued_to_surname, seg_setup, seg_teardown),
      cmocka_unit_test_setup_teardown(segment_hyphenated_word, seg_setup, seg_teardown),
      cmocka_unit_test_setup_teardown(segment_initial_keeps_sentence, seg_setup, seg_teardown),
      cmocka_unit_test_setup_teardown(segment_flags_and_folding, seg_setup, seg_teardown),
      cmocka_unit_test(fold_agrees_with_icu),
      cmocka_unit_test_setup_teardown(segment_offsets, seg_setup, seg_teardown),
      cmocka_unit_test_setup_teardown(segment_cleaned_text, seg_setup, seg_teardown),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
