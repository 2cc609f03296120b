/* Unit tests of page anatomy, clauses and event frames, on sentences written for these
 * tests, with the real ontology's word classes (NKG_TEST_ONTOLOGY). */
#include "extract/anatomy.h"
#include "extract/frames.h"
#include "doc_fixture.h"

/* A document prepared, recognized and related, as nkg_extract does. */
static nkg_doc *read_text(void **state, const char *text) {
  fixture *f = *state;
  test_doc_init(&f->doc, f->lex, f->seg, text);
  f->has_doc = 1;
  nkg_recognize(&f->doc.d, f->slugger);
  nkg_relate(&f->doc.d);
  return &f->doc.d;
}

static const nkg_clause *clause_of_word(nkg_doc *d, const char *word) {
  return nkg_clause_at(d, find_token(&d->seg, word));
}

static void relative_clause_is_cut_at_its_comma(void **state) {
  nkg_doc *d = read_text(state, "Министры обсудили подготовку к форуму, который откроется весной в Ташкенте, и другие вопросы.");
  assert_int_equal(clause_of_word(d, "обсудили")->kind, NKG_CLAUSE_MAIN);
  assert_int_equal(clause_of_word(d, "откроется")->kind, NKG_CLAUSE_RELATIVE);
  assert_int_equal(clause_of_word(d, "Ташкенте")->kind, NKG_CLAUSE_RELATIVE);
  /* ", и" goes back to the clause around it */
  assert_int_equal(clause_of_word(d, "другие")->kind, NKG_CLAUSE_MAIN);
  assert_ptr_equal(clause_of_word(d, "другие"), clause_of_word(d, "обсудили"));
}

static void relative_word_after_a_preposition(void **state) {
  nkg_doc *d = read_text(state, "Прошел брифинг, в ходе которого журналисты задали вопросы.");
  assert_int_equal(clause_of_word(d, "журналисты")->kind, NKG_CLAUSE_RELATIVE);
  assert_int_equal(clause_of_word(d, "брифинг")->kind, NKG_CLAUSE_MAIN);
}

static void complement_quote_and_aside(void **state) {
  nkg_doc *d = read_text(state, "Посол заявил, что визит готовится. «Мы ждем делегацию в ближайшее время», — добавил он (по телефону).");
  assert_int_equal(clause_of_word(d, "визит")->kind, NKG_CLAUSE_COMPLEMENT);
  assert_int_equal(clause_of_word(d, "делегацию")->kind, NKG_CLAUSE_QUOTE);
  assert_int_equal(clause_of_word(d, "добавил")->kind, NKG_CLAUSE_MAIN);
  assert_int_equal(clause_of_word(d, "телефону")->kind, NKG_CLAUSE_ASIDE);
}

static void semicolon_starts_a_new_main_clause(void **state) {
  nkg_doc *d = read_text(state, "Делегации работали в Минске; завтра они отправятся в Гродно.");
  const nkg_clause *a = clause_of_word(d, "работали"), *b = clause_of_word(d, "отправятся");
  assert_ptr_not_equal(a, b);
  assert_int_equal(b->kind, NKG_CLAUSE_MAIN);
  assert_int_equal(a->tense, NKG_TENSE_REPORTED);
  assert_int_equal(b->tense, NKG_TENSE_SCHEDULED);
}

static void tense_of_each_clause(void **state) {
  nkg_doc *d = read_text(state, "Ранее министр посещал Бишкек. Стороны договорились, что консультации пройдут осенью.");
  assert_int_equal(clause_of_word(d, "посещал")->tense, NKG_TENSE_RECALLED);
  assert_int_equal(clause_of_word(d, "договорились")->tense, NKG_TENSE_REPORTED);
  assert_int_equal(clause_of_word(d, "консультации")->tense, NKG_TENSE_SCHEDULED);
}

static void report_verb_and_same_day(void **state) {
  nkg_doc *d = read_text(state, "Об этом сообщила пресс-служба ведомства. В тот же день делегация вылетела домой.");
  assert_true(clause_of_word(d, "сообщила")->reports);
  assert_false(clause_of_word(d, "вылетела")->reports);
  assert_true(clause_of_word(d, "вылетела")->same_day);
}

static void furniture_lines_are_skipped(void **state) {
  nkg_doc *d = read_text(state,
                         "Министр иностранных дел Армении Арарат Мирзоян провел встречу в Ереване.\n"
                         "Бильд-редактор Иван Сидоров\n"
                         "/Петр Ковалев – Агентство/\n"
                         "Читайте также:\n"
                         "Президент Казахстана принял посла Японии\n"
                         "Саммит СНГ пройдет в Душанбе\n");
  size_t photo = find_token(&d->seg, "Сидоров"), byline = find_token(&d->seg, "Ковалев");
  size_t more = find_token(&d->seg, "Японии"), body = find_token(&d->seg, "Мирзоян");
  assert_true(d->furniture[d->seg.tokens[photo].sentence]);
  assert_true(d->furniture[d->seg.tokens[byline].sentence]);
  assert_true(d->furniture[d->seg.tokens[more].sentence]);
  assert_false(d->furniture[d->seg.tokens[body].sentence]);
  /* nothing of the furniture is a mention */
  for (size_t k = 0; k < d->mentions.count; k++) {
    const nkg_mention *m = nkg_vec_at(&d->mentions, k);
    assert_false(d->furniture[m->sentence]);
  }
}

static void dateline_date_is_the_document_date_not_the_first_event_date(void **state) {
  nkg_doc *d = read_text(state,
                         "ТАШКЕНТ, 14.05.2024 /Агентство/. 13 мая в Нью-Дели министр иностранных дел Узбекистана "
                         "Бахтиёр Саидов провел переговоры с министром иностранных дел Индии Субраманьямом Джайшанкаром.");
  assert_true(d->dateline_end > 0);
  assert_true(d->has_docdate);
  assert_int_equal(d->docdate.day, 14);
  assert_int_equal(d->events.count, 1);
  const nkg_event *e = nkg_vec_at(&d->events, 0);
  assert_int_equal(e->date.day, 13);
  assert_int_equal(e->date.month, 5);
  assert_string_equal(nkg_doc_ent(d, e->city)->label, "Нью-Дели");
}

static void relative_clause_dates_its_event_word_only(void **state) {
  nkg_doc *d = read_text(state,
                         "МИНСК, 3 апреля. Министры иностранных дел Беларуси и Армении Максим Рыженков и Арарат Мирзоян "
                         "провели переговоры в Минске и обсудили подготовку к заседанию Совета министров иностранных дел СНГ, "
                         "которое состоится 12 октября в Душанбе.");
  int held = 0, announced = 0;
  for (size_t i = 0; i < d->events.count; i++) {
    const nkg_event *e = nkg_vec_at(&d->events, i);
    if (e->scheduled) {
      announced++;
      assert_int_equal(e->date.day, 12);
      assert_string_equal(nkg_doc_ent(d, e->city)->label, "Душанбе");
      assert_int_equal(e->nattendees, 0);
    } else {
      held++;
      assert_int_equal(e->date.day, 3);
      assert_string_equal(nkg_doc_ent(d, e->city)->label, "Минск");
      assert_int_equal(e->nattendees, 2);
    }
  }
  assert_int_equal(held, 1);
  assert_int_equal(announced, 1);
}

static void where_clause_of_a_city_is_the_venue(void **state) {
  nkg_doc *d = read_text(state,
                         "Ранее, 2 марта, Алексей Оверчук побывал в Бишкеке, где провел встречу с Адылбеком Касымалиевым.");
  assert_int_equal(d->events.count, 1);
  const nkg_event *e = nkg_vec_at(&d->events, 0);
  assert_int_equal(e->date.day, 2);
  assert_string_equal(nkg_doc_ent(d, e->city)->label, "Бишкек");
  assert_int_equal(e->nattendees, 2);
}

static void reporter_and_quoted_speaker_attend_nothing(void **state) {
  nkg_doc *d = read_text(state,
                         "Президент Беларуси Александр Лукашенко провел телефонный разговор с Президентом России "
                         "Владимиром Путиным. Как сообщила пресс-секретарь Наталья Эйсмонт, лидеры обсудили энергетику.");
  assert_int_equal(d->events.count, 1);
  const nkg_event *e = nkg_vec_at(&d->events, 0);
  assert_int_equal(e->nattendees, 2);
  for (int a = 0; a < e->nattendees; a++) assert_string_not_equal(nkg_doc_ent(d, e->attendees[a])->label, "Наталья Эйсмонт");
}

static void event_told_in_a_quotation_is_not_the_report(void **state) {
  nkg_doc *d = read_text(state,
                         "Министр иностранных дел Казахстана Ермек Кошербаев принял посла Японии. «В прошлом году мы провели "
                         "переговоры в Токио, 5 мая», — напомнил он.");
  assert_int_equal(d->events.count, 1);
  const nkg_event *e = nkg_vec_at(&d->events, 0);
  assert_false(e->has_own_date);
  assert_true(e->city < 0 || strcmp(nkg_doc_ent(d, e->city)->label, "Токио") != 0);
}

static void respective_and_bracketed_affiliations(void **state) {
  nkg_doc *d = read_text(state,
                         "В совещании участвовали министры обороны Армении и Беларуси Сурен Папикян и Виктор Хренин, "
                         "а также Руслан Жаксылыков (Казахстан) и Шерали Мирзо (Таджикистан).");
  const char *want[][2] = {{"Сурен Папикян", "Армения"},
                           {"Виктор Хренин", "Беларусь"},
                           {"Руслан Жаксылыков", "Казахстан"},
                           {"Шерали Мирзо", "Таджикистан"}};
  for (size_t w = 0; w < 4; w++) {
    int found = 0;
    for (size_t i = 0; i < d->memberships.count; i++) {
      const nkg_membership *m = nkg_vec_at(&d->memberships, i);
      if (strcmp(nkg_doc_ent(d, m->person)->label, want[w][0])) continue;
      assert_string_equal(nkg_doc_ent(d, m->org)->label, want[w][1]);
      found = 1;
    }
    assert_true(found);
  }
}

static const nkg_event *event_on(nkg_doc *d, int month, int day) {
  for (size_t i = 0; i < d->events.count; i++) {
    const nkg_event *e = nkg_vec_at(&d->events, i);
    if (e->date.month == month && e->date.day == day && !e->scheduled) return e;
  }
  return NULL;
}

static void a_setting_noun_makes_no_event(void **state) {
  nkg_doc *d = read_text(state,
                         "БАКУ, 6 мая. Министр иностранных дел Азербайджана Джейхун Байрамов встретился с министром "
                         "иностранных дел Турции Хаканом Фиданом на полях совещания в Анталье. Стороны обсудили "
                         "подготовку очередного саммита.");
  assert_int_equal(d->events.count, 1);
  assert_int_equal(((const nkg_event *)nkg_vec_at(&d->events, 0))->cls, NKG_EVENT_MEETING);
}

static void next_day_and_eve_count_from_the_last_date(void **state) {
  nkg_doc *d = read_text(state,
                         "АСТАНА, 20 сентября. 18 сентября Президент Казахстана Касым-Жомарт Токаев принял министра "
                         "иностранных дел Японии Такэси Иваю. На следующий день Такэси Ивая встретился с министром "
                         "иностранных дел Казахстана Ермеком Кошербаевым. Накануне визита Ивая провел переговоры с "
                         "Президентом Кыргызстана Садыром Жапаровым.");
  assert_non_null(event_on(d, 9, 18));
  const nkg_event *next = event_on(d, 9, 19);
  assert_non_null(next);
  assert_int_equal(next->nattendees, 2);
}

static void serial_partners_each_meet_the_actor(void **state) {
  nkg_doc *d = read_text(state,
                         "ДУШАНБЕ, 9 октября. Президент России Владимир Путин провел в Душанбе серию двусторонних встреч. "
                         "С президентом Казахстана Касым-Жомартом Токаевым он обсудил энергетику, с президентом Киргизии "
                         "Садыром Жапаровым — образование.");
  /* a meeting with each partner; the series itself, with no partner of its own, is no
   * meeting beside them */
  int meetings = 0;
  for (size_t i = 0; i < d->events.count; i++) {
    const nkg_event *e = nkg_vec_at(&d->events, i);
    if (e->cls != NKG_EVENT_MEETING) continue;
    meetings++;
    assert_int_equal(e->nattendees, 2);
    assert_string_equal(nkg_doc_ent(d, e->attendees[0])->label, "Владимир Путин");
  }
  assert_int_equal(meetings, 2);
}

static void a_weekday_widget_is_not_the_document_date(void **state) {
  nkg_doc *d = read_text(state,
                         "Среда, 4 декабря 2025 | Астана +2°C\n\n20 января 2025 года\n\n"
                         "Президент Казахстана Касым-Жомарт Токаев принял посла Японии Такаси Мацумото.");
  assert_true(d->has_docdate);
  assert_int_equal(d->docdate.month, 1);
  assert_int_equal(d->docdate.day, 20);
}

static void a_future_participle_announces_its_event(void **state) {
  nkg_doc *d = read_text(state,
                         "МИНСК, 3 апреля. Президент Беларуси Александр Лукашенко принял посла Китая Се Сяоюна. Стороны "
                         "обсудили программу визита в Пекин, запланированного на 12 мая.");
  for (size_t i = 0; i < d->events.count; i++) {
    const nkg_event *e = nkg_vec_at(&d->events, i);
    if (e->date.month == 5) assert_true(e->scheduled);
  }
  assert_non_null(event_on(d, 4, 3));
}

static void the_side_an_adjective_names_is_the_affiliation(void **state) {
  nkg_doc *d = read_text(state,
                         "ПЕКИН, 22 апреля. Президент Китая Си Цзиньпин провел переговоры с Президентом Азербайджана "
                         "Ильхамом Алиевым. С азербайджанской стороны во встрече участвовали министр иностранных дел "
                         "Джейхун Байрамов и помощник Президента Хикмет Гаджиев.");
  int found = 0;
  for (size_t i = 0; i < d->memberships.count; i++) {
    const nkg_membership *m = nkg_vec_at(&d->memberships, i);
    const char *who = nkg_doc_ent(d, m->person)->label;
    if (!strcmp(who, "Джейхун Байрамов") || !strcmp(who, "Хикмет Гаджиев")) {
      assert_string_equal(nkg_doc_ent(d, m->org)->label, "Азербайджан");
      found++;
    }
  }
  assert_int_equal(found, 2);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test_teardown(relative_clause_is_cut_at_its_comma, doc_teardown),
      cmocka_unit_test_teardown(relative_word_after_a_preposition, doc_teardown),
      cmocka_unit_test_teardown(complement_quote_and_aside, doc_teardown),
      cmocka_unit_test_teardown(semicolon_starts_a_new_main_clause, doc_teardown),
      cmocka_unit_test_teardown(tense_of_each_clause, doc_teardown),
      cmocka_unit_test_teardown(report_verb_and_same_day, doc_teardown),
      cmocka_unit_test_teardown(furniture_lines_are_skipped, doc_teardown),
      cmocka_unit_test_teardown(dateline_date_is_the_document_date_not_the_first_event_date, doc_teardown),
      cmocka_unit_test_teardown(relative_clause_dates_its_event_word_only, doc_teardown),
      cmocka_unit_test_teardown(where_clause_of_a_city_is_the_venue, doc_teardown),
      cmocka_unit_test_teardown(reporter_and_quoted_speaker_attend_nothing, doc_teardown),
      cmocka_unit_test_teardown(event_told_in_a_quotation_is_not_the_report, doc_teardown),
      cmocka_unit_test_teardown(respective_and_bracketed_affiliations, doc_teardown),
      cmocka_unit_test_teardown(a_setting_noun_makes_no_event, doc_teardown),
      cmocka_unit_test_teardown(next_day_and_eve_count_from_the_last_date, doc_teardown),
      cmocka_unit_test_teardown(serial_partners_each_meet_the_actor, doc_teardown),
      cmocka_unit_test_teardown(a_weekday_widget_is_not_the_document_date, doc_teardown),
      cmocka_unit_test_teardown(a_future_participle_announces_its_event, doc_teardown),
      cmocka_unit_test_teardown(the_side_an_adjective_names_is_the_affiliation, doc_teardown),
  };
  return cmocka_run_group_tests(tests, setup, teardown);
}
