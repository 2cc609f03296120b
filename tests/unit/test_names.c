/* Unit tests of person names (src/extract/names.h): surnames put in the nominative,
 * patronymics, and names read from tokens of a document over the fixture lexicon. */
#include "extract/names.h"
#include "test_util.h"

static const char *nom(void **state, const char *surname, int female, nkg_case c) {
  lexicon_fixture *f = *state;
  const char *r = nkg_surname_nominative(&f->arena, surname, strlen(surname), female, c);
  assert_non_null(r);
  return r;
}

/* ---- nkg_surname_nominative ---- */

static void surname_masculine(void **state) {
  assert_string_equal(nom(state, "Жапарова", 0, NKG_CASE_GEN), "Жапаров");
  assert_string_equal(nom(state, "Жапарова", 0, NKG_CASE_ACC), "Жапаров");
  assert_string_equal(nom(state, "Лаврову", 0, NKG_CASE_DAT), "Лавров");
  assert_string_equal(nom(state, "Токаевым", 0, NKG_CASE_INS), "Токаев");
  assert_string_equal(nom(state, "Лаврове", 0, NKG_CASE_PREP), "Лавров");
  assert_string_equal(nom(state, "Путина", 0, NKG_CASE_GEN), "Путин");
  assert_string_equal(nom(state, "Путиным", 0, NKG_CASE_INS), "Путин");
  assert_string_equal(nom(state, "Пашиняна", 0, NKG_CASE_GEN), "Пашинян");
  assert_string_equal(nom(state, "Пашиняну", 0, NKG_CASE_DAT), "Пашинян");
  assert_string_equal(nom(state, "Вишневского", 0, NKG_CASE_GEN), "Вишневский");
  assert_string_equal(nom(state, "Вишневского", 0, NKG_CASE_ACC), "Вишневский");
  assert_string_equal(nom(state, "Троцкого", 0, NKG_CASE_GEN), "Троцкий");
  assert_string_equal(nom(state, "Вишневскому", 0, NKG_CASE_DAT), "Вишневский");
  assert_string_equal(nom(state, "Вишневским", 0, NKG_CASE_INS), "Вишневский");
  assert_string_equal(nom(state, "Вишневском", 0, NKG_CASE_PREP), "Вишневский");
  /* a foreign surname ending in a consonant */
  assert_string_equal(nom(state, "Мемиша", 0, NKG_CASE_GEN), "Мемиш");
  assert_string_equal(nom(state, "Мемишу", 0, NKG_CASE_DAT), "Мемиш");
  assert_string_equal(nom(state, "Мемишем", 0, NKG_CASE_INS), "Мемиш");
}

static void surname_indeclinable(void **state) {
  assert_string_equal(nom(state, "Нуртлеу", 0, NKG_CASE_GEN), "Нуртлеу");
  assert_string_equal(nom(state, "Нуртлеу", 0, NKG_CASE_DAT), "Нуртлеу");
  assert_string_equal(nom(state, "Нуртлеу", 0, NKG_CASE_INS), "Нуртлеу");
  assert_string_equal(nom(state, "Шевченко", 0, NKG_CASE_GEN), "Шевченко");
  assert_string_equal(nom(state, "Шевченко", 0, NKG_CASE_DAT), "Шевченко");
  assert_string_equal(nom(state, "Шевченко", 0, NKG_CASE_PREP), "Шевченко");
  assert_string_equal(nom(state, "Кобахидзе", 0, NKG_CASE_GEN), "Кобахидзе");
  assert_string_equal(nom(state, "Гогиашвили", 0, NKG_CASE_DAT), "Гогиашвили");
  assert_string_equal(nom(state, "Седых", 0, NKG_CASE_GEN), "Седых");
}

static void surname_feminine(void **state) {
  assert_string_equal(nom(state, "Захаровой", 1, NKG_CASE_GEN), "Захарова");
  assert_string_equal(nom(state, "Захаровой", 1, NKG_CASE_INS), "Захарова");
  assert_string_equal(nom(state, "Захарову", 1, NKG_CASE_ACC), "Захарова");
  assert_string_equal(nom(state, "Матвиенко", 1, NKG_CASE_GEN), "Матвиенко");
  assert_string_equal(nom(state, "Матвиенко", 1, NKG_CASE_DAT), "Матвиенко");
  assert_string_equal(nom(state, "Лукашевской", 1, NKG_CASE_GEN), "Лукашевская");
  assert_string_equal(nom(state, "Новожиловой", 1, NKG_CASE_DAT), "Новожилова");
}

/* Adjectival surnames ("Толстой", "Горький"), a man's surname in -а ("Джинна"),
 * double surnames and Turkic patronymic surnames. */
static void surname_adjectival_and_others(void **state) {
  assert_string_equal(nom(state, "Толстого", 0, NKG_CASE_GEN), "Толстой");
  assert_string_equal(nom(state, "Толстому", 0, NKG_CASE_DAT), "Толстой");
  assert_string_equal(nom(state, "Толстым", 0, NKG_CASE_INS), "Толстой");
  assert_string_equal(nom(state, "Горького", 0, NKG_CASE_ACC), "Горький");
  assert_string_equal(nom(state, "Горьким", 0, NKG_CASE_INS), "Горький");
  assert_string_equal(nom(state, "Толстую", 1, NKG_CASE_ACC), "Толстая");
  assert_string_equal(nom(state, "Джинны", 0, NKG_CASE_GEN), "Джинна");
  assert_string_equal(nom(state, "Джинной", 0, NKG_CASE_INS), "Джинна");
  assert_string_equal(nom(state, "Ивановой-Петровой", 1, NKG_CASE_INS), "Иванова-Петрова");
  assert_string_equal(nom(state, "Римского-Корсакова", 0, NKG_CASE_GEN), "Римский-Корсаков");
  assert_string_equal(nom(state, "Абдрахманулы", 0, NKG_CASE_GEN), "Абдрахманулы");
  assert_string_equal(nom(state, "Тургунбек уулу", 0, NKG_CASE_INS), "Тургунбек уулу");
  /* too short to be a stem and an ending: left as written */
  assert_string_equal(nom(state, "Ким", 0, NKG_CASE_INS), "Ким");
  assert_string_equal(nom(state, "Белых", 0, NKG_CASE_GEN), "Белых");
}

static void surname_nominative_unchanged(void **state) {
  assert_string_equal(nom(state, "Захарова", 1, NKG_CASE_NOM), "Захарова");
  assert_string_equal(nom(state, "Жапаров", 0, NKG_CASE_NOM), "Жапаров");
  /* looks like a genitive, but the given name says nominative */
  assert_string_equal(nom(state, "Жапарова", 0, NKG_CASE_NOM), "Жапарова");
  assert_string_equal(nom(state, "Вишневского", 0, NKG_CASE_NOM), "Вишневского");
}

static void surname_feminine_never_masculinised(void **state) {
  static const nkg_case cases[] = {NKG_CASE_NOM, NKG_CASE_GEN, NKG_CASE_DAT, NKG_CASE_ACC, NKG_CASE_INS, NKG_CASE_PREP};
  for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
    assert_string_equal(nom(state, "Захарова", 1, cases[i]), "Захарова");
    assert_string_equal(nom(state, "Новожилова", 1, cases[i]), "Новожилова");
    assert_string_equal(nom(state, "Лукашевская", 1, cases[i]), "Лукашевская");
  }
}

static void surname_only_the_given_bytes(void **state) {
  lexicon_fixture *f = *state;
  const char *s = "Жапарова заявил";
  const char *r = nkg_surname_nominative(&f->arena, s, strlen("Жапарова"), 0, NKG_CASE_GEN);
  assert_string_equal(r, "Жапаров");
}

/* ---- nkg_is_patronymic ---- */

static void patronymics(void **state) {
  (void)state;
  assert_true(nkg_is_patronymic("владимирович"));
  assert_true(nkg_is_patronymic("владимировича"));
  assert_true(nkg_is_patronymic("владимировичем"));
  assert_true(nkg_is_patronymic("викторовны"));
  assert_true(nkg_is_patronymic("викторовна"));
  assert_true(nkg_is_patronymic("сергеевич"));
  assert_true(nkg_is_patronymic("миромонович"));
  assert_false(nkg_is_patronymic("владимир"));
  assert_false(nkg_is_patronymic("москвич"));
  assert_false(nkg_is_patronymic("жапаров"));
  assert_false(nkg_is_patronymic("иванов"));
  assert_false(nkg_is_patronymic(""));
}

/* ---- nkg_match_person ---- */

/* Reads a person's name at the token written `first` of `text`, in a context that says
 * nothing of its case (or says `context`); returns the token count. */
static size_t person_in_case(void **state, test_doc *t, const char *text, const char *first, nkg_case context,
                             nkg_person_name *out) {
  lexicon_fixture *f = *state;
  test_doc_init(t, f->lex, f->seg, text);
  size_t i = find_token(&t->d.seg, first);
  const nkg_sentence *s = &t->d.seg.sentences[t->d.seg.tokens[i].sentence];
  return nkg_match_person(&t->d, i, s->first + s->count, context, out);
}

static size_t person_at(void **state, test_doc *t, const char *text, const char *first, nkg_person_name *out) {
  return person_in_case(state, t, text, first, NKG_CASE_UNKNOWN, out);
}

/* Where the context says nominative, a word that is only an oblique form of a listed
 * name is a foreign name kept as written ("Министр ... Беате Майнль-Райзингер"). */
static void person_foreign_name_kept(void **state) {
  test_doc t;
  nkg_person_name p;
  assert_int_equal(person_in_case(state, &t, "Министр Садыра Жапарова.", "Садыра", NKG_CASE_NOM, &p), 2);
  assert_string_equal(p.given, "Садыра");
  assert_string_equal(p.surname, "Жапарова");
  test_doc_free(&t);
  assert_int_equal(person_in_case(state, &t, "Министр Садыра Жапарова.", "Садыра", NKG_CASE_UNKNOWN, &p), 2);
  assert_string_equal(p.given, "Садыр");
  assert_string_equal(p.surname, "Жапаров");
  test_doc_free(&t);
}

static void person_genitive(void **state) {
  test_doc t;
  nkg_person_name p;
  assert_int_equal(person_at(state, &t, "Визит Садыра Жапарова завершился.", "Садыра", &p), 2);
  assert_string_equal(p.given, "Садыр");
  assert_string_equal(p.surname, "Жапаров");
  assert_null(p.patronymic);
  assert_null(p.initials);
  assert_false(p.female);
  assert_true(p.gender_known);
  assert_false(p.inferred);
  assert_int_equal(p.gcase, NKG_CASE_GEN);
  test_doc_free(&t);
}

static void person_other_cases(void **state) {
  test_doc t;
  nkg_person_name p;
  assert_int_equal(person_at(state, &t, "Он позвонил Сергею Лаврову вечером.", "Сергею", &p), 2);
  assert_string_equal(p.given, "Сергей");
  assert_string_equal(p.surname, "Лавров");
  assert_int_equal(p.gcase, NKG_CASE_DAT);
  test_doc_free(&t);
  assert_int_equal(person_at(state, &t, "Он встретился с Муратом Нуртлеу вечером.", "Муратом", &p), 2);
  assert_string_equal(p.given, "Мурат");
  assert_string_equal(p.surname, "Нуртлеу");
  test_doc_free(&t);
  assert_int_equal(person_at(state, &t, "Слово дали Анне Захаровой вчера.", "Анне", &p), 2);
  assert_string_equal(p.given, "Анна");
  assert_string_equal(p.surname, "Захарова");
  assert_true(p.female);
  test_doc_free(&t);
}

static void person_feminine_nominative(void **state) {
  test_doc t;
  nkg_person_name p;
  assert_int_equal(person_at(state, &t, "Ярослава Новожилова выступила с докладом.", "Ярослава", &p), 2);
  assert_string_equal(p.given, "Ярослава");
  assert_string_equal(p.surname, "Новожилова");
  assert_true(p.female);
  assert_true(p.gender_known);
  assert_int_equal(p.gcase, NKG_CASE_NOM);
  test_doc_free(&t);
}

static void person_case_from_context(void **state) {
  test_doc t;
  nkg_person_name p;
  /* the same words in a context that asks for the genitive: a man's name */
  assert_int_equal(person_in_case(state, &t, "Визит Ярослава Новожилова завершился.", "Ярослава", NKG_CASE_GEN, &p), 2);
  assert_string_equal(p.given, "Ярослав");
  assert_string_equal(p.surname, "Новожилов");
  assert_false(p.female);
  assert_int_equal(p.gcase, NKG_CASE_GEN);
  test_doc_free(&t);
  /* a context case the name has no form for leaves the reading alone */
  assert_int_equal(person_in_case(state, &t, "Садыра Жапарова ждали.", "Садыра", NKG_CASE_INS, &p), 2);
  assert_string_equal(p.given, "Садыр");
  assert_string_equal(p.surname, "Жапаров");
  test_doc_free(&t);
}

static void person_initials(void **state) {
  test_doc t;
  nkg_person_name p;
  assert_int_equal(person_at(state, &t, "С.Жапаров подписал указ.", "С", &p), 3);
  assert_null(p.given);
  assert_string_equal(p.initials, "С.");
  assert_string_equal(p.surname, "Жапаров");
  test_doc_free(&t);
  assert_int_equal(person_at(state, &t, "Указ подписал С. Жапаров вчера.", "С", &p), 3);
  assert_string_equal(p.initials, "С.");
  assert_string_equal(p.surname, "Жапаров");
  test_doc_free(&t);
}

static void person_with_patronymic(void **state) {
  test_doc t;
  nkg_person_name p;
  assert_int_equal(person_at(state, &t, "Визит Владимира Владимировича Путина прошёл.", "Владимира", &p), 3);
  assert_string_equal(p.given, "Владимир");
  assert_string_equal(p.patronymic, "Владимирович");
  assert_string_equal(p.surname, "Путин");
  test_doc_free(&t);
}

static void person_not_a_place(void **state) {
  test_doc t;
  nkg_person_name p;
  /* a given name followed by a country is no person's name */
  assert_int_equal(person_at(state, &t, "Садыр Кыргызстан посетил.", "Садыр", &p), 0);
  test_doc_free(&t);
  /* a word that is no given name starts no name */
  assert_int_equal(person_at(state, &t, "Делегация Жапарова прибыла.", "Делегация", &p), 0);
  test_doc_free(&t);
}

/* "с Азиз Каримовым": an undeclined given name before a surname whose ending states the
 * case; the surname is put in the nominative by its own case. */
static void person_undeclined_given(void **state) {
  test_doc t;
  nkg_person_name p;
  assert_int_equal(person_at(state, &t, "Он встретился с Азиз Каримовым вчера.", "Азиз", &p), 2);
  assert_string_equal(p.given, "Азиз");
  assert_string_equal(p.surname, "Каримов");
  assert_int_equal(p.gcase, NKG_CASE_INS);
  test_doc_free(&t);
  assert_int_equal(person_in_case(state, &t, "Встреча с Ирина Абрамовой прошла.", "Ирина", NKG_CASE_INS, &p), 2);
  assert_string_equal(p.given, "Ирина");
  assert_string_equal(p.surname, "Абрамова");
  assert_true(p.female);
  test_doc_free(&t);
  /* an ending that leaves the case open changes nothing */
  assert_int_equal(person_at(state, &t, "Азиз Каримов прибыл.", "Азиз", &p), 2);
  assert_string_equal(p.surname, "Каримов");
  assert_int_equal(p.gcase, NKG_CASE_NOM);
  test_doc_free(&t);
}

/* "Ивана Ковальчука": a surname no woman bears in the nominative picks the masculine
 * genitive reading of a name that is also a feminine nominative. */
static void person_reading_by_surname(void **state) {
  test_doc t;
  nkg_person_name p;
  assert_int_equal(person_at(state, &t, "Он принял Ивана Ковальчука вчера.", "Ивана", &p), 2);
  assert_string_equal(p.given, "Иван");
  assert_string_equal(p.surname, "Ковальчук");
  assert_false(p.female);
  test_doc_free(&t);
  assert_int_equal(person_at(state, &t, "Он принял Ивана Толстого вчера.", "Ивана", &p), 2);
  assert_string_equal(p.given, "Иван");
  assert_string_equal(p.surname, "Толстой");
  test_doc_free(&t);
  /* a feminine surname keeps the feminine reading */
  assert_int_equal(person_at(state, &t, "Ивана Петрова выступила.", "Ивана", &p), 2);
  assert_string_equal(p.given, "Ивана");
  assert_string_equal(p.surname, "Петрова");
  assert_true(p.female);
  test_doc_free(&t);
}

/* A given name that is also a word ("Любовь", "Ислам") is a name only before a word
 * shaped as a surname. */
static void person_word_name(void **state) {
  test_doc t;
  nkg_person_name p;
  assert_int_equal(person_at(state, &t, "Любовь Глебова выступила.", "Любовь", &p), 2);
  assert_string_equal(p.given, "Любовь");
  assert_string_equal(p.surname, "Глебова");
  test_doc_free(&t);
  assert_int_equal(person_at(state, &t, "Встреча с Любовью Глебовой прошла.", "Любовью", &p), 2);
  assert_string_equal(p.given, "Любовь");
  assert_string_equal(p.surname, "Глебова");
  test_doc_free(&t);
  assert_int_equal(person_at(state, &t, "Ислам Каримов прибыл.", "Ислам", &p), 2);
  assert_string_equal(p.surname, "Каримов");
  test_doc_free(&t);
  /* not before a capitalised word of another shape */
  assert_int_equal(person_at(state, &t, "Ислам Востока изучали.", "Ислам", &p), 0);
  test_doc_free(&t);
  assert_int_equal(person_at(state, &t, "Любовь Народа воспевали.", "Любовь", &p), 0);
  test_doc_free(&t);
  /* an ordinary name needs no such surname */
  assert_int_equal(person_at(state, &t, "Ирина Шмидт выступила.", "Ирина", &p), 2);
  test_doc_free(&t);
}

/* A name the list does not know, after a preposition whose case the surname's ending
 * repeats; the words must agree. */
static void person_unknown_given_by_case(void **state) {
  test_doc t;
  nkg_person_name p;
  lexicon_fixture *f = *state;
  test_doc_init(&t, f->lex, f->seg, "Он встретился с Алишером Файзуллаевым вчера.");
  size_t i = find_token(&t.d.seg, "Алишером");
  assert_int_equal(nkg_match_surnamed_person(&t.d, i, t.d.seg.ntokens, NKG_CASE_INS, &p), 2);
  assert_string_equal(p.given, "Алишер");
  assert_string_equal(p.surname, "Файзуллаев");
  /* the same words where the context asks for another case, or none */
  assert_int_equal(nkg_match_surnamed_person(&t.d, i, t.d.seg.ntokens, NKG_CASE_DAT, &p), 0);
  assert_int_equal(nkg_match_surnamed_person(&t.d, i, t.d.seg.ntokens, NKG_CASE_UNKNOWN, &p), 0);
  test_doc_free(&t);
  test_doc_init(&t, f->lex, f->seg, "Он встретился с Генеральным Секретарем вчера.");
  i = find_token(&t.d.seg, "Генеральным");
  assert_int_equal(nkg_match_surnamed_person(&t.d, i, t.d.seg.ntokens, NKG_CASE_INS, &p), 0);
  test_doc_free(&t);
}

/* Declining a surname back to the nominative changes only its ending: the recognizer
 * skips words whose first letter no known surname has, relying on it. */
static void surname_nominative_keeps_first_letter(void **state) {
  (void)state;
  static const char *const forms[] = {"ова", "ину", "ского", "ская", "ей", "ем", "ю", "я", "у", "е", "Ли", "Ким",
                                      "Лаврову", "Ивановой", "Шойгу", "Вадефулем", "Сергея", "Ёлкину", "Юдиной",
                                      "Алиевым", "Токаеве", "Эрдогана", "Ямпольскому", "Цоем"};
  static const nkg_case cases[] = {NKG_CASE_NOM, NKG_CASE_GEN, NKG_CASE_ACC, NKG_CASE_DAT, NKG_CASE_INS, NKG_CASE_PREP};
  nkg_arena a;
  nkg_arena_init(&a, 4096);
  for (size_t f = 0; f < sizeof forms / sizeof *forms; f++)
    for (int female = 0; female < 2; female++)
      for (size_t c = 0; c < sizeof cases / sizeof *cases; c++) {
        const char *nom = nkg_surname_nominative(&a, forms[f], strlen(forms[f]), female, cases[c]);
        size_t n = 1;
        while (forms[f][n] && ((unsigned char)forms[f][n] & 0xC0) == 0x80) n++;
        if (strncmp(nom, forms[f], n)) fail_msg("%s -> %s (female %d, case %d)", forms[f], nom, female, (int)cases[c]);
      }
  nkg_arena_free(&a);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(surname_masculine),
      cmocka_unit_test(surname_indeclinable),
      cmocka_unit_test(surname_feminine),
      cmocka_unit_test(surname_adjectival_and_others),
      cmocka_unit_test(surname_nominative_unchanged),
      cmocka_unit_test(surname_feminine_never_masculinised),
      cmocka_unit_test(surname_only_the_given_bytes),
      cmocka_unit_test(patronymics),
      cmocka_unit_test(person_genitive),
      cmocka_unit_test(person_foreign_name_kept),
      cmocka_unit_test(person_other_cases),
      cmocka_unit_test(person_feminine_nominative),
      cmocka_unit_test(person_case_from_context),
      cmocka_unit_test(person_initials),
      cmocka_unit_test(person_with_patronymic),
      cmocka_unit_test(person_not_a_place),
      cmocka_unit_test(person_undeclined_given),
      cmocka_unit_test(person_reading_by_surname),
      cmocka_unit_test(person_word_name),
      cmocka_unit_test(person_unknown_given_by_case),
      cmocka_unit_test(surname_nominative_keeps_first_letter),
  };
  return cmocka_run_group_tests(tests, lexicon_fixture_setup, lexicon_fixture_teardown);
}


