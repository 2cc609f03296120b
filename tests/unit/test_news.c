/* Unit tests of the mechanisms real news pages need (issue 12): page anatomy (datelines,
 * headlines, digests, publication dates), roles in real constructions (appointments,
 * list items, asides, represented countries) and event frames (separate meetings, the
 * place of a later day, events held by other hosts).  Short hand-written texts, the
 * whole extraction, the real ontology. */
#include "extract_fixture.h"

#define AMBASSADOR ID("role/ambassador")
#define PRESIDENT ID("role/president")

static size_t events(const triples *g) { return count(g, NULL, RDF_TYPE, NKG("Meeting")); }

/* The meeting at `city` (an IRI) that person attends, or NULL. */
static const char *meeting_of(const triples *g, const char *person_iri, const char *city) {
  for (size_t i = 0; i < g->n; i++) {
    if (strcmp(g->t[i].p, SCHEMA("attendee")) || strcmp(g->t[i].o, person_iri)) continue;
    if (count(g, g->t[i].s, RDF_TYPE, NKG("Meeting")) && (!city || count(g, g->t[i].s, SCHEMA("location"), city)))
      return g->t[i].s;
  }
  return NULL;
}

/* ---- roles ---- */

/* "назначен на должность ...": the post is the appointee's; the president who signed the
 * decree keeps his own, and the appointee does not become president. */
static void appointment_gives_the_new_post(void **state) {
  const triples *g = extract(state, "unit/appointment.txt",
                             "Указом Президента Республики Казахстан Касым-Жомарта Токаева Алексей Бородин назначен "
                             "Чрезвычайным и Полномочным Послом Республики Казахстан в Японии.\n");
  const char *p = person(state, g, RU("Алексей Бородин"));
  assert_membership(state, g, p, AMBASSADOR, KAZAKHSTAN);
  assert_false(has_membership(g, p, PRESIDENT, KAZAKHSTAN));
  assert_false(has_membership(g, p, AMBASSADOR, ID("country/japan")));
  assert_membership(state, g, ID("person/kasym-zhomart-tokayev"), PRESIDENT, KAZAKHSTAN);
}

/* "секретарь Совета безопасности при Президенте ...": the body the role serves, not a
 * second role of the person's. */
static void role_at_a_body_of_the_president(void **state) {
  const triples *g = extract(state, "unit/pri.txt",
                             "В Ташкенте прошла встреча секретаря Совета безопасности при Президенте Республики "
                             "Узбекистан Алишера Каримова с послом Японии.\n");
  const char *p = person(state, g, RU("Алишер Каримов"));
  assert_membership(state, g, p, ID("role/secretary-of-the-security-council"), UZBEKISTAN);
  assert_false(has_membership(g, p, PRESIDENT, UZBEKISTAN));
}

/* Lines "Имя – Страна;" under a colon line that names the role in the plural. */
static void list_items_take_the_role_of_their_colon_line(void **state) {
  const triples *g = extract(state, "unit/credentials-list.txt",
                             "Президент Узбекистана Шавкат Мирзиёев принял верительные грамоты.\n"
                             "Грамоты вручили новые послы:\n"
                             "Алексей Бородин – Республика Казахстан;\n"
                             "Ильхам Гасанов – Азербайджанская Республика.\n");
  assert_membership(state, g, person(state, g, RU("Алексей Бородин")), AMBASSADOR, KAZAKHSTAN);
  assert_membership(state, g, person(state, g, RU("Ильхам Гасанов")), AMBASSADOR, ID("country/azerbaijan"));
}

/* "Президент Беларуси (страны-хозяйки) А": an aside between the role and its person;
 * "Индию представлял министр А": the represented country is the role's. */
static void role_with_an_aside_and_a_represented_country(void **state) {
  const triples *g = extract(state, "unit/aside.txt",
                             "В саммите участвовали Президент Казахстана (страны-председателя) Касым-Жомарт Токаев и "
                             "Президент России Владимир Путин.\n"
                             "Индию на встрече представлял министр иностранных дел Субраманьям Джайшанкар.\n");
  assert_membership(state, g, ID("person/kasym-zhomart-tokayev"), PRESIDENT, KAZAKHSTAN);
  assert_false(has_membership(g, ID("person/vladimir-putin"), PRESIDENT, KAZAKHSTAN));
  assert_membership(state, g, person(state, g, RU("Субраманьям Джайшанкар")), MFA, ID("country/india"));
}

/* ---- page anatomy ---- */

/* An official site's header: the date first, then the time, the city and the venue. */
static void date_first_header_is_the_dateline(void **state) {
  const triples *g = extract(state, "unit/date-first.txt",
                             "Президент принял посла\n\n12 марта 2025 года, 11:00, Ташкент\n\n"
                             "Президент Узбекистана Шавкат Мирзиёев принял посла Японии Кэнтаро Сато.\n");
  const char *ev = meeting_of(g, ID("person/shavkat-mirziyoyev"), ID("city/tashkent"));
  if (!ev) dump(state);
  assert_non_null(ev);
  assert_triple(state, g, ev, SCHEMA("startDate"), XSD_DATE("2025-03-12"));
  /* the headline tells the same reception again: one event */
  assert_int_equal(events(g), 1);
}

/* A digest: each item under its own dateline is set in its city; "Опубликовано:" dates
 * the page, the first item keeps its dateline's day; the compiler's byline is no attendee. */
static void digest_items_keep_their_datelines(void **state) {
  const triples *g = extract(state, "unit/digest.txt",
                             "Неделя в дипломатии\n\nОпубликовано: 7 марта 2025\n\n"
                             "БАКУ. 3 марта министр иностранных дел Азербайджана Джейхун Байрамов принял посла Японии "
                             "Кэнтаро Сато.\n\n"
                             "ТАШКЕНТ. 5 марта министр иностранных дел Узбекистана Бахтиёр Саидов провел переговоры с "
                             "министром иностранных дел Казахстана Муратом Нуртлеу.\n\n"
                             "Материал подготовила Айгуль Сапарова\n");
  const char *doc = subject(g, RDF_TYPE, NKG("Document"));
  assert_triple(state, g, doc, DCT("date"), XSD_DATE("2025-03-07"));
  const char *baku = meeting_of(g, person(state, g, RU("Джейхун Байрамов")), ID("city/baku"));
  const char *tashkent = meeting_of(g, person(state, g, RU("Бахтиёр Саидов")), ID("city/tashkent"));
  if (!baku || !tashkent) dump(state);
  assert_non_null(baku);
  assert_non_null(tashkent);
  assert_triple(state, g, baku, SCHEMA("startDate"), XSD_DATE("2025-03-03"));
  assert_triple(state, g, tashkent, SCHEMA("startDate"), XSD_DATE("2025-03-05"));
  assert_int_equal(count(g, NULL, RDFS_LABEL, RU("Айгуль Сапарова")), 0);
}

/* A news ticker of timed headlines above the article is not the article. */
static void ticker_items_are_furniture(void **state) {
  const triples *g = extract(state, "unit/ticker.txt",
                             "ЛЕНТА НОВОСТЕЙ\n10:15 Лавров провел переговоры с Байрамовым в Минске\n"
                             "09:40 В Оше прошло заседание совета\n\nПолитика | 4 марта 2025, 12:10\n\n"
                             "Министр иностранных дел Казахстана Мурат Нуртлеу встретился в Астане с послом Японии.\n");
  assert_int_equal(events(g), 1);
  assert_int_equal(count(g, NULL, RDF_TYPE, NKG("Session")), 0);
  assert_no_triple(state, g, NULL, SCHEMA("location"), ID("city/minsk"));
}

/* ---- event frames ---- */

/* "раздельные встречи с А и Б": a meeting with each. */
static void separate_meetings_one_per_partner(void **state) {
  const triples *g = extract(state, "unit/separate.txt",
                             "Президент Казахстана Касым-Жомарт Токаев 20 января 2025 года провел в Астане раздельные "
                             "встречи с Послом России Алексеем Бородиным и Послом Индии Ашоком Кумаром.\n");
  assert_int_equal(events(g), 2);
  const char *a = meeting_of(g, person(state, g, RU("Алексей Бородин")), NULL);
  const char *b = meeting_of(g, person(state, g, RU("Ашок Кумар")), NULL);
  assert_non_null(a);
  assert_non_null(b);
  assert_string_not_equal(a, b);
  assert_triple(state, g, a, SCHEMA("attendee"), ID("person/kasym-zhomart-tokayev"));
  assert_triple(state, g, b, SCHEMA("attendee"), ID("person/kasym-zhomart-tokayev"));
}

/* "На следующий день ...": a later day of the visit just told is where that was, not in
 * the agency's dateline city; "В тот же день Б провел переговоры": another host, another
 * meeting. */
static void later_day_keeps_the_visit_place(void **state) {
  const triples *g = extract(state, "unit/visit.txt",
                             "Баку, 11 мая 2025 года, Агентство\n\n"
                             "Визит Президента Азербайджана Ильхама Алиева в Китай начался 10 мая. В тот же день в "
                             "Пекине прошли его переговоры с Председателем КНР Си Цзиньпином. В тот же день "
                             "министр иностранных дел Азербайджана Джейхун Байрамов провел с китайским коллегой "
                             "переговоры.\n"
                             "На следующий день Ильхам Алиев встретился с послом Японии Кэнтаро Сато.\n");
  const char *guest = person(state, g, RU("Кэнтаро Сато"));
  const char *ev = meeting_of(g, guest, ID("city/beijing"));
  if (!ev) dump(state);
  assert_non_null(ev);
  assert_triple(state, g, ev, SCHEMA("startDate"), XSD_DATE("2025-05-11"));
  assert_no_triple(state, g, NULL, SCHEMA("location"), ID("city/baku"));
  /* the minister's talks are a meeting of their own, not the president's */
  const char *talks = meeting_of(g, person(state, g, RU("Джейхун Байрамов")), NULL);
  assert_non_null(talks);
  assert_no_triple(state, g, talks, SCHEMA("attendee"), ID("person/ilkham-aliyev"));
}

/* "15 мая, Минск /Корр. Агентство/. Президент ...": a date-first dateline opening the body;
 * "..." speech within a line is a quotation; "в режиме видеоконференции": held by video. */
static void dateline_quote_and_video(void **state) {
  const triples *g = extract(state, "unit/video.txt",
                             "15 мая 2025 года, Минск /Корр. Агентство/. Президент Беларуси Александр Лукашенко сегодня "
                             "принял посла Японии Кэнтаро Сато. \"Мы рады видеть вас в Минске и ждем вас в Гродно на "
                             "форуме\", - сказал он.\n"
                             "Вечером Александр Лукашенко принял участие в заседании Высшего Государственного Совета, "
                             "которое прошло в режиме видеоконференции.\n");
  const char *reception = meeting_of(g, person(state, g, RU("Кэнтаро Сато")), ID("city/minsk"));
  if (!reception) dump(state);
  assert_non_null(reception);
  assert_triple(state, g, reception, SCHEMA("startDate"), XSD_DATE("2025-05-15"));
  assert_no_triple(state, g, NULL, SCHEMA("location"), ID("city/grodno"));
  const char *session = subject(g, RDF_TYPE, NKG("Session"));
  assert_non_null(session);
  assert_int_equal(count(g, session, SCHEMA("location"), NULL), 0);
}

/* "прибывшего в Минск на заседание": the sitting is the trip's purpose, no event of this report;
 * "подтвердил участие в саммите": an announcement. */
static void purpose_and_confirmed_participation(void **state) {
  const triples *g = extract(state, "unit/purpose.txt",
                             "МИНСК, 29 августа 2025 года. Президент Беларуси Александр Лукашенко принял Премьер-министра "
                             "Узбекистана Абдуллу Арипова, прибывшего в Минск на заседание Совета глав правительств СНГ. "
                             "Абдулла Арипов подтвердил участие в саммите ШОС.\n");
  assert_int_equal(events(g), 1);
  assert_int_equal(count(g, NULL, RDF_TYPE, NKG("Session")), 0);
}

/* "провел встречи с послами Японии А и Италии Б": meetings in the plural, one per partner;
 * a heading that ends with its date dates the page. */
static void plural_meetings_and_heading_date(void **state) {
  const triples *g = extract(state, "unit/plural.txt",
                             "Пресс-релиз Сената, Астана, 14 октября 2025 года\n\n"
                             "Председатель Сената Парламента Республики Казахстан Маулен Ашимбаев провел встречи с "
                             "послами Японии Такэси Ито и Италии Маурицио Пантано.\n");
  const char *doc = subject(g, RDF_TYPE, NKG("Document"));
  assert_triple(state, g, doc, DCT("date"), XSD_DATE("2025-10-14"));
  assert_int_equal(events(g), 2);
  const char *a = meeting_of(g, person(state, g, RU("Такэси Ито")), NULL);
  const char *b = meeting_of(g, person(state, g, RU("Маурицио Пантано")), NULL);
  assert_non_null(a);
  assert_non_null(b);
  assert_string_not_equal(a, b);
}

/* A national post with no country in a datelined report is the dateline country's. */
static void post_without_country_is_the_dateline_country(void **state) {
  const triples *g = extract(state, "unit/dateline-country.txt",
                             "БИШКЕК, 9 февраля 2025 года. Министр иностранных дел Жээнбек Кулубаев принял "
                             "вице-премьера России Алексея Оверчука и посла России Алексея Кривошеева.\n");
  assert_membership(state, g, person(state, g, RU("Жээнбек Кулубаев")), MFA, ID("country/kyrgyzstan"));
}

/* A long city name written with one vowel otherwise is the same city ("Чолпан-Ата"); and
 * "Азербайджан и Туркмению представляли А и Б": the countries before the verb, respectively. */
static void vowel_variant_city_and_respective_sides(void **state) {
  const triples *g = extract(state, "unit/variant.txt",
                             "25 июля 2025 года в Чолпан-Ате прошло заседание Совета министров иностранных дел СНГ. "
                             "Азербайджан и Туркмению представляли заместители министров иностранных дел Эльнур Мамедов "
                             "и Вепа Хаджиев.\n");
  assert_triple(state, g, NULL, SCHEMA("location"), ID("city/cholpon-ata"));
  assert_membership(state, g, person(state, g, RU("Эльнур Мамедов")), ID("role/deputy-minister-of-foreign-affairs"),
                    ID("country/azerbaijan"));
  assert_membership(state, g, person(state, g, RU("Вепа Хаджиев")), ID("role/deputy-minister-of-foreign-affairs"),
                    ID("country/turkmenistan"));
}

/* "Президент Украины принял ..." in the headline, the president named without his country in
 * the body: the post keeps the country the text gives it, not the country named most. */
static void post_keeps_the_country_named_with_it(void **state) {
  const triples *g = extract(state, "unit/headline-country.txt",
                             "Президент Украины принял верительные грамоты посла Азербайджана\n\n"
                             "29 мая Президент Владимир Зеленский принял верительные грамоты у послов Азербайджана — "
                             "Эльмиры Ахундовой и Португалии — Антониу Машаду. Посол Азербайджана передала приветствие.\n");
  const char *p = person(state, g, RU("Владимир Зеленский"));
  assert_membership(state, g, p, PRESIDENT, ID("country/ukraine"));
  assert_false(has_membership(g, p, PRESIDENT, ID("country/azerbaijan")));
}

/* A transcript's "Уважаемый Садыр Нургожоевич!" addresses the guest: the form of address
 * is no family name written before his given name and patronymic. */
static void form_of_address_is_no_family_name(void **state) {
  const triples *g = extract(state, "unit/address.txt",
                             "Москва, 22 апреля 2026 года\n"
                             "Президент России Владимир Путин провел переговоры с Президентом Киргизии Садыром Жапаровым.\n"
                             "В.Путин: Уважаемый Садыр Нургожоевич! Уважаемые коллеги!\n");
  assert_int_equal(count(g, NULL, RDF_TYPE, NKG("Person")), 2);
  assert_membership(state, g, person(state, g, RU("Садыр Жапаров")), PRESIDENT, ID("country/kyrgyzstan"));
}

/* "глав государств Центральной Азии": a region's name after a plural post is no person;
 * "С.Джайшанкаром", "М.В.Захаровой": a surname after initials is put in the nominative by
 * its context's case, and the initials are written "М. В.". */
static void region_is_no_person_and_initials_take_the_context_case(void **state) {
  const triples *g = extract(state, "unit/region.txt",
                             "Ташкент, 5 мая 2026 года\n"
                             "Президент Узбекистана Шавкат Мирзиёев подтвердил участие в Консультативной встрече глав "
                             "государств Центральной Азии.\n"
                             "Министр иностранных дел Узбекистана Бахтиёр Саидов провел переговоры с Министром "
                             "иностранных дел Республики Индия С.Джайшанкаром.\n"
                             "Об этом сообщила официальный представитель МИД России М.В.Захарова.\n");
  assert_int_equal(count(g, NULL, RDF_TYPE, NKG("Person")), 4);
  person(state, g, RU("С. Джайшанкар"));
  person(state, g, RU("М. В. Захарова"));
}

/* "Президент Казахстана предложил ..." with no name after it: the post is held by the
 * person the text names and the lexicon knows to hold it; a post with its holder named
 * after it stays his. */
static void bare_post_is_its_known_holders(void **state) {
  const triples *g = extract(state, "unit/bare-post.txt",
                             "Астана, 7 октября 2026 года\n"
                             "Касым-Жомарт Токаев принял участие в заседании совета.\n"
                             "В своем выступлении Президент Казахстана предложил создать единую платформу.\n"
                             "Президент Кыргызстана Садыр Жапаров поддержал предложение.\n");
  assert_membership(state, g, ID("person/kasym-zhomart-tokayev"), PRESIDENT, KAZAKHSTAN);
  assert_membership(state, g, ID("person/sadyr-zhaparov"), PRESIDENT, ID("country/kyrgyzstan"));
  assert_false(has_membership(g, ID("person/kasym-zhomart-tokayev"), PRESIDENT, ID("country/kyrgyzstan")));
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test_teardown(appointment_gives_the_new_post, test_teardown),
      cmocka_unit_test_teardown(role_at_a_body_of_the_president, test_teardown),
      cmocka_unit_test_teardown(list_items_take_the_role_of_their_colon_line, test_teardown),
      cmocka_unit_test_teardown(role_with_an_aside_and_a_represented_country, test_teardown),
      cmocka_unit_test_teardown(date_first_header_is_the_dateline, test_teardown),
      cmocka_unit_test_teardown(digest_items_keep_their_datelines, test_teardown),
      cmocka_unit_test_teardown(ticker_items_are_furniture, test_teardown),
      cmocka_unit_test_teardown(separate_meetings_one_per_partner, test_teardown),
      cmocka_unit_test_teardown(later_day_keeps_the_visit_place, test_teardown),
      cmocka_unit_test_teardown(dateline_quote_and_video, test_teardown),
      cmocka_unit_test_teardown(purpose_and_confirmed_participation, test_teardown),
      cmocka_unit_test_teardown(plural_meetings_and_heading_date, test_teardown),
      cmocka_unit_test_teardown(post_without_country_is_the_dateline_country, test_teardown),
      cmocka_unit_test_teardown(vowel_variant_city_and_respective_sides, test_teardown),
      cmocka_unit_test_teardown(post_keeps_the_country_named_with_it, test_teardown),
      cmocka_unit_test_teardown(form_of_address_is_no_family_name, test_teardown),
      cmocka_unit_test_teardown(region_is_no_person_and_initials_take_the_context_case, test_teardown),
      cmocka_unit_test_teardown(bare_post_is_its_known_holders, test_teardown),
  };
  return cmocka_run_group_tests(tests, group_setup, group_teardown);
}
