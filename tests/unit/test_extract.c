/* Unit tests of the whole extraction (nkg_extract) on short hand-written texts with the
 * real ontology (NKG_TEST_ONTOLOGY): the graph is written as N-Triples to memory, read
 * back with raptor, and specific triples are looked for. */
#include "extract_fixture.h"

/* ---- persons ---- */

static void person_label_in_nominative(void **state) {
  const triples *g = extract(state, "unit/persons.txt",
                             "Переговоры Андрея Соколова и Бахтиёра Саидова прошли в Ташкенте.\n");
  const char *a = person(state, g, RU("Андрей Соколов"));
  assert_triple(state, g, a, FOAF("givenName"), RU("Андрей"));
  assert_triple(state, g, a, FOAF("familyName"), RU("Соколов"));
  const char *b = person(state, g, RU("Бахтиёр Саидов"));
  assert_triple(state, g, b, FOAF("familyName"), RU("Саидов"));
  /* the forms of the text are not labels */
  assert_no_triple(state, g, NULL, RDFS_LABEL, RU("Андрея Соколова"));
  assert_no_triple(state, g, NULL, RDFS_LABEL, RU("Бахтиёра Саидова"));
  /* the document mentions them */
  const char *doc = subject(g, RDF_TYPE, NKG("Document"));
  assert_non_null(doc);
  assert_triple(state, g, doc, SCHEMA("mentions"), a);
  assert_triple(state, g, doc, SCHEMA("mentions"), b);
}

static void person_feminine(void **state) {
  const triples *g = extract(state, "unit/feminine.txt",
                             "Брифинг провела Анна Захарова. Вопросы задавали Анне Захаровой журналисты.\n");
  const char *a = person(state, g, RU("Анна Захарова"));
  assert_no_triple(state, g, NULL, RDFS_LABEL, RU("Анна Захаров"));
  assert_no_triple(state, g, NULL, RDFS_LABEL, RU("Анна Захаровой"));
  assert_triple(state, g, a, FOAF("familyName"), RU("Захарова"));
}

/* The persons of a list share the case of its first name: "с Тарасом Шевченко и
 * Андреем Белых" (an indeclinable surname each), also for a given name the list does not
 * know ("Алишоном Файзуллоевым"). */
static void persons_of_a_list_share_a_case(void **state) {
  const triples *g = extract(state, "unit/list-case.txt",
                             "Министр иностранных дел Казахстана Мурат Нуртлеу встретился с Тарасом Шевченко и Андреем "
                             "Белых. Затем он принял Мадину Абдуллаеву и Асель Ким. Позже он встретился с Алишоном "
                             "Файзуллоевым и Зарифой Хакимовой.\n");
  person(state, g, RU("Тарас Шевченко"));
  person(state, g, RU("Андрей Белых"));
  person(state, g, RU("Мадина Абдуллаева"));
  person(state, g, RU("Асель Ким"));
  person(state, g, RU("Алишон Файзуллоев"));
  person(state, g, RU("Зарифа Хакимова"));
  assert_no_triple(state, g, NULL, RDFS_LABEL, RU("Андреем Белых"));
}

/* A document's forms of one person are one node with its nominative label, whichever
 * form comes first; the surname alone later is that person too. */
static void inflected_forms_are_one_person(void **state) {
  const triples *g = extract(state, "unit/one-person.txt",
                             "Визит Алексея Оверчука в Ташкент завершился. Вице-премьер России Алексей Оверчук "
                             "встретился с Шавкат Мирзиёевым. Оверчук заявил, что переговоры прошли успешно. "
                             "Министр встретился с Ириной Абрамовой. Абрамова отметила рост торговли.\n");
  const char *a = person(state, g, RU("Алексей Оверчук"));
  assert_int_equal(count(g, NULL, RDFS_LABEL, RU("Алексей Оверчук")), 1);
  assert_int_equal(count(g, a, RDFS_LABEL, NULL), 2); /* Cyrillic and its transliteration */
  person(state, g, RU("Шавкат Мирзиёев"));
  person(state, g, RU("Ирина Абрамова"));
  assert_no_triple(state, g, NULL, RDFS_LABEL, RU("Алексея Оверчука"));
  assert_no_triple(state, g, NULL, RDFS_LABEL, RU("Шавкат Мирзиёевым"));
  assert_int_equal(count(g, NULL, RDF_TYPE, NKG("Person")), 3);
}

/* A city in a variant spelling is the city, labelled as the lexicon names it. */
static void city_in_a_variant_spelling(void **state) {
  const triples *g = extract(state, "unit/variant.txt",
                             "Министр иностранных дел Казахстана Мурат Нуртлеу прибыл в Душамбе. Затем он посетил Тошкент.\n");
  assert_triple(state, g, ID("city/dushanbe"), RDFS_LABEL, RU("Душанбе"));
  assert_triple(state, g, ID("city/tashkent"), RDFS_LABEL, RU("Ташкент"));
  assert_no_triple(state, g, NULL, NULL, RU("Душамбе"));
  assert_no_triple(state, g, NULL, NULL, RU("Тошкент"));
}

/* ---- roles ---- */

static void membership_role_country(void **state) {
  const triples *g = extract(state, "unit/membership.txt",
                             "Министр иностранных дел Казахстана Мурат Нуртлеу прибыл с визитом в Баку.\n");
  const char *p = person(state, g, RU("Мурат Нуртлеу"));
  assert_membership(state, g, p, MFA, KAZAKHSTAN);
  /* a head role says it plainly too: a minister heads the ministry, not the country; the
   * ministry is described but the document does not name it */
  assert_triple(state, g, p, ORG("headOf"), ID("org/ministry-of-foreign-affairs-kazakhstan"));
  assert_triple(state, g, ID("org/ministry-of-foreign-affairs-kazakhstan"), RDF_TYPE, NKG("Organization"));
  assert_no_triple(state, g, NULL, SCHEMA("mentions"), ID("org/ministry-of-foreign-affairs-kazakhstan"));
  assert_no_triple(state, g, p, ORG("headOf"), KAZAKHSTAN);
  assert_triple(state, g, MFA, RDF_TYPE, NKG("Role"));
  assert_triple(state, g, KAZAKHSTAN, RDF_TYPE, NKG("Country"));
  assert_triple(state, g, KAZAKHSTAN, RDFS_LABEL, RU("Казахстан"));
  /* one membership only */
  assert_int_equal(count(g, NULL, RDF_TYPE, ORG("Membership")), 1);
  /* a president heads the country itself */
  const triples *h = extract(state, "unit/president.txt",
                             "Президент Казахстана Касым-Жомарт Токаев прибыл с визитом в Баку.\n");
  assert_triple(state, h, person(state, h, RU("Касым-Жомарт Токаев")), ORG("headOf"), KAZAKHSTAN);
}

static void membership_distributed_over_list(void **state) {
  const triples *g = extract(state, "unit/list.txt",
                             "Совместное заявление подписали главы МИД Казахстана Ерлан Сапаров, "
                             "Узбекистана Бахтиёр Саидов.\n");
  const char *a = person(state, g, RU("Ерлан Сапаров"));
  const char *b = person(state, g, RU("Бахтиёр Саидов"));
  assert_membership(state, g, a, MFA, KAZAKHSTAN);
  assert_membership(state, g, b, MFA, UZBEKISTAN);
  assert_false(has_membership(g, a, MFA, UZBEKISTAN));
  assert_false(has_membership(g, b, MFA, KAZAKHSTAN));
  assert_int_equal(count(g, NULL, RDF_TYPE, ORG("Membership")), 2);
}

static void former_role_no_membership(void **state) {
  const triples *g = extract(state, "unit/former.txt",
                             "С критикой выступил бывший министр иностранных дел Казахстана Ерлан Сапаров.\n");
  const char *p = person(state, g, RU("Ерлан Сапаров"));
  assert_int_equal(count(g, NULL, RDF_TYPE, ORG("Membership")), 0);
  assert_no_triple(state, g, p, ORG("headOf"), NULL);
}

static void membership_apposition(void **state) {
  /* a role right after a person, set off by a comma, is that person's */
  const triples *g = extract(state, "unit/apposition.txt",
                             "Ерлан Сапаров, министр иностранных дел Казахстана, прибыл в Ташкент.\n");
  const char *p = person(state, g, RU("Ерлан Сапаров"));
  assert_membership(state, g, p, MFA, KAZAKHSTAN);
}

static void initials_and_surname_resolve(void **state) {
  /* "Е.Сапаров" and "Сапарова" later in the text are the person named in full first */
  const triples *g = extract(state, "unit/resolve.txt",
                             "Министр иностранных дел Казахстана Ерлан Сапаров прибыл в Ташкент. "
                             "Е.Сапаров провёл брифинг. Журналисты спросили Сапарова о визите.\n");
  const char *p = person(state, g, RU("Ерлан Сапаров"));
  assert_int_equal(count(g, NULL, RDF_TYPE, NKG("Person")), 1);
  assert_no_triple(state, g, NULL, RDFS_LABEL, RU("Е. Сапаров"));
  assert_no_triple(state, g, NULL, RDFS_LABEL, RU("Е.Сапаров"));
  assert_triple(state, g, p, FOAF("familyName"), RU("Сапаров"));
}

static void national_body(void **state) {
  /* "МИД Киргизии": a body kind and a country make an organization of that country */
  const triples *g = extract(state, "unit/body.txt", "Об этом сообщили в МИД Киргизии.\n");
  const char *org = ID("org/ministry-of-foreign-affairs-kyrgyzstan");
  assert_triple(state, g, org, RDF_TYPE, NKG("Organization"));
  assert_triple(state, g, org, RDFS_LABEL, RU("Министерство иностранных дел Кыргызстана"));
  assert_triple(state, g, org, NKG("country"), ID("country/kyrgyzstan"));
  assert_triple(state, g, ID("country/kyrgyzstan"), RDFS_LABEL, RU("Кыргызстан"));
}

/* A country named by an adjective inside a role ("секретарь белорусского Совбеза", "главой
 * казахстанского МИД") is the role's affiliation, and the whole role is read; the
 * document does not mention the country for it. */
static void country_adjective_in_a_role(void **state) {
  const triples *g = extract(state, "unit/adjective-role.txt",
                             "Секретарь белорусского Совбеза Александр Вольфович встретился с главой казахстанского "
                             "МИД Муратом Нуртлеу.\n");
  const char *a = person(state, g, RU("Александр Вольфович"));
  assert_membership(state, g, a, ID("role/secretary-of-the-security-council"), ID("country/belarus"));
  const char *b = person(state, g, RU("Мурат Нуртлеу"));
  assert_membership(state, g, b, MFA, KAZAKHSTAN);
  assert_triple(state, g, KAZAKHSTAN, RDF_TYPE, NKG("Country"));
  const char *doc = ID("doc/adjective-role-101f27f60a62");
  assert_no_triple(state, g, doc, SCHEMA("mentions"), KAZAKHSTAN);
  assert_no_triple(state, g, doc, SCHEMA("mentions"), ID("country/belarus"));
  assert_triple(state, g, doc, SCHEMA("mentions"), MFA);
}

/* "представитель казахстанского МИД": the body of the country its adjective names is an
 * organization the document names. */
static void country_adjective_before_a_body(void **state) {
  const triples *g = extract(state, "unit/adjective-body.txt", "Об этом сообщили в пресс-службе казахстанского МИД.\n");
  const char *org = ID("org/ministry-of-foreign-affairs-kazakhstan");
  assert_triple(state, g, org, RDFS_LABEL, RU("Министерство иностранных дел Казахстана"));
  assert_triple(state, g, ID("doc/adjective-body-87ea2d4ac6ca"), SCHEMA("mentions"), org);
  assert_no_triple(state, g, ID("doc/adjective-body-87ea2d4ac6ca"), SCHEMA("mentions"), KAZAKHSTAN);
}

/* ---- events ---- */

static void event_with_date_and_place(void **state) {
  const triples *g = extract(state, "unit/event.txt",
                             "Президент Узбекистана Шавкат Мирзиёев 3 марта 2025 года принял в Ташкенте "
                             "министра иностранных дел Казахстана Ерлана Сапарова.\n");
  const char *ev = subject(g, RDF_TYPE, NKG("Meeting"));
  if (!ev) dump(state);
  assert_non_null(ev);
  assert_int_equal(count(g, NULL, RDF_TYPE, NKG("Event")), 1);
  assert_triple(state, g, ev, RDF_TYPE, NKG("Event"));
  assert_triple(state, g, ev, SCHEMA("startDate"), XSD_DATE("2025-03-03"));
  assert_triple(state, g, ev, SCHEMA("location"), ID("city/tashkent"));
  /* the known person keeps the lexicon's IRI */
  const char *host = ID("person/shavkat-mirziyoyev");
  assert_triple(state, g, ev, NKG("host"), host);
  assert_triple(state, g, ev, SCHEMA("attendee"), host);
  const char *guest = person(state, g, RU("Ерлан Сапаров"));
  assert_triple(state, g, ev, SCHEMA("attendee"), guest);
  assert_membership(state, g, host, ID("role/president"), UZBEKISTAN);
  assert_membership(state, g, guest, MFA, KAZAKHSTAN);
  assert_triple(state, g, ID("city/tashkent"), RDF_TYPE, NKG("City"));
  const char *doc = subject(g, RDF_TYPE, NKG("Document"));
  assert_triple(state, g, ev, "<" NKG_NS_PROV "wasDerivedFrom>", doc);
}

static void session_of_council(void **state) {
  /* a sitting of a council: an nkg:Session organized by the council */
  const triples *g = extract(state, "unit/session.txt",
                             "15 ноября 2024 года в Минске состоялось заседание Совета министров иностранных дел ОДКБ.\n");
  const char *ev = subject(g, RDF_TYPE, NKG("Session"));
  if (!ev) dump(state);
  assert_non_null(ev);
  assert_triple(state, g, ev, RDF_TYPE, NKG("Event"));
  assert_no_triple(state, g, ev, RDF_TYPE, NKG("Meeting"));
  assert_triple(state, g, ev, SCHEMA("startDate"), XSD_DATE("2024-11-15"));
  assert_triple(state, g, ev, SCHEMA("location"), ID("city/minsk"));
  assert_triple(state, g, ev, SCHEMA("organizer"), ID("org/csto-council-of-foreign-ministers"));
  assert_triple(state, g, ID("org/csto-council-of-foreign-ministers"), RDF_TYPE, NKG("Organization"));
}

static void count_statement(void *user, raptor_statement *st) {
  (void)st;
  (*(size_t *)user)++;
}

/* Statements in `text` of `syntax`, parsed by raptor. */
static size_t parsed_statements(const char *text, size_t len, const char *syntax) {
  raptor_world *w = raptor_new_world();
  raptor_parser *p = raptor_new_parser(w, syntax);
  size_t n = 0;
  raptor_parser_set_statement_handler(p, &n, count_statement);
  raptor_uri *base = raptor_new_uri(w, (const unsigned char *)"http://example.org/");
  raptor_parser_parse_start(p, base);
  raptor_parser_parse_chunk(p, (const unsigned char *)text, len, 1);
  raptor_free_uri(base);
  raptor_free_parser(p);
  raptor_free_world(w);
  return n;
}

/* Found by fuzzing: a 300-letter name was cut in the middle of a character in a label,
 * and raptor's Turtle writer then dropped the rest of the person's description without
 * a word.  Every format must carry every statement, in valid UTF-8. */
static void long_names_stay_whole(void **state) {
  extract_fixture *f = *state;
  char text[4096] = "Шавкат Q";
  for (int i = 0; i < 300; i++) strcat(text, "а");
  strcat(text, " прибыл.\n");
  nkg_graph *graph = nkg_graph_new(NULL);
  assert_int_equal(nkg_extract(f->lex, "unit/long.txt", text, strlen(text), graph, NULL, NULL), NKG_OK);
  size_t counts[2];
  nkg_format formats[2] = {NKG_FORMAT_NTRIPLES, NKG_FORMAT_TURTLE};
  for (int k = 0; k < 2; k++) {
    char *buf = NULL;
    size_t len = 0;
    FILE *mem = open_memstream(&buf, &len);
    assert_int_equal(nkg_graph_write(graph, formats[k], mem), NKG_OK);
    fclose(mem);
    size_t bad = 0;
    assert_int_equal(nkg_text_check(buf, len, &bad), NKG_OK); /* valid UTF-8 */
    counts[k] = parsed_statements(buf, len, "turtle");
    free(buf);
  }
  assert_true(counts[0] > 3);
  assert_int_equal(counts[0], counts[1]);
  nkg_graph_free(graph);
}

/* A meeting "на полях" a summit is part of it (schema:superEvent); a meeting elsewhere
 * in the text is not. */
static void meeting_on_the_sidelines(void **state) {
  const triples *g = extract(state, "unit/sidelines.txt",
                             "БАКУ, 7 ноября 2025 года. В Баку открылся саммит Организации тюркских государств.\n"
                             "На полях саммита Президент Казахстана Касым-Жомарт Токаев провел переговоры с "
                             "Президентом Азербайджана Ильхамом Алиевым.\n");
  const char *session = subject(g, RDF_TYPE, NKG("Session"));
  const char *meeting = subject(g, RDF_TYPE, NKG("Meeting"));
  assert_non_null(session);
  assert_non_null(meeting);
  assert_triple(state, g, meeting, SCHEMA("superEvent"), session);
  assert_int_equal(count(g, session, SCHEMA("superEvent"), NULL), 0);
  const triples *h = extract(state, "unit/not-sidelines.txt",
                             "БАКУ, 7 ноября 2025 года. В Баку открылся саммит Организации тюркских государств.\n"
                             "Президент Казахстана Касым-Жомарт Токаев провел переговоры с Президентом Азербайджана "
                             "Ильхамом Алиевым.\n");
  assert_int_equal(count(h, NULL, SCHEMA("superEvent"), NULL), 0);
}

/* The subjects a document discusses are SKOS concepts it is schema:about, in any case. */
static void topics_discussed(void **state) {
  const triples *g = extract(state, "unit/topics.txt",
                             "Министры обсудили противодействие терроризму, угрозы экстремизма и рост киберугроз.\n");
  const char *doc = subject(g, RDF_TYPE, NKG("Document"));
  assert_non_null(doc);
  assert_triple(state, g, doc, SCHEMA("about"), "<" NKG_DEFAULT_BASE "topic/terrorism>");
  assert_triple(state, g, doc, SCHEMA("about"), "<" NKG_DEFAULT_BASE "topic/extremism>");
  assert_triple(state, g, doc, SCHEMA("about"), "<" NKG_DEFAULT_BASE "topic/cyber-threats>");
  assert_triple(state, g, "<" NKG_DEFAULT_BASE "topic/terrorism>", RDF_TYPE, "<" NKG_NS_SKOS "Concept>");
  const triples *h = extract(state, "unit/no-topics.txt", "Министры обсудили календарь встреч.\n");
  assert_int_equal(count(h, NULL, SCHEMA("about"), NULL), 0);
}

/* Ambassadors of several countries in one list: the role and its genitive case carry
 * over; a foreign name the list does not know is put in the nominative by that case;
 * an Arabic family name with "аль-"; a country with a fleeting vowel (Египет, Египта). */
static void ambassadors_in_a_list(void **state) {
  const triples *g = extract(state, "unit/credentials.txt",
                             "Президент Узбекистана принял верительные грамоты Чрезвычайных и Полномочных Послов "
                             "Индии Ашока Кумара, Катара Абдуллы аль-Тани и Египта Мохаммеда Салема.\n");
  assert_membership(state, g, person(state, g, RU("Ашок Кумар")), ID("role/ambassador"), ID("country/india"));
  assert_membership(state, g, person(state, g, RU("Абдулла аль-Тани")), ID("role/ambassador"), ID("country/qatar"));
  assert_membership(state, g, person(state, g, RU("Мохаммед Салем")), ID("role/ambassador"), ID("country/egypt"));
}

/* "Постоянный представитель Кыргызстана при ООН X": the organization after "при" does
 * not cut the role from its person, nor replace its country. */
static void post_at_an_organization(void **state) {
  const triples *g = extract(state, "unit/permrep.txt",
                             "В беседе участвовал Постоянный представитель Кыргызстана при ООН Айдай Бекмуратова.\n");
  assert_membership(state, g, person(state, g, RU("Айдай Бекмуратова")), ID("role/permanent-representative"),
                    ID("country/kyrgyzstan"));
}

/* "вчера, 6 июня 2025 года": the date the sentence writes wins over "вчера"; and a
 * subject after its verb ("принял ... Виктор Орбан") hosts the meeting. */
static void explicit_date_and_late_subject(void **state) {
  const triples *g = extract(state, "unit/dates.txt",
                             "НЬЮ-ДЕЛИ, 7 июня. В индийской столице вчера, 6 июня 2025 года, прошла встреча министров.\n"
                             "Участники встречи: министр иностранных дел Индии Субраманьям Джайшанкар.\n"
                             "Сегодня министра принял премьер-министр Индии Нарендра Моди.\n");
  assert_triple(state, g, NULL, SCHEMA("startDate"), "\"2025-06-06\"^^<" NKG_NS_XSD "date>");
  assert_triple(state, g, NULL, SCHEMA("startDate"), "\"2025-06-07\"^^<" NKG_NS_XSD "date>");
  const char *modi = person(state, g, RU("Нарендра Моди"));
  assert_triple(state, g, NULL, NKG("host"), modi);
}

/* A membership carries the date of the document that says it. */
static void membership_dated(void **state) {
  const triples *g = extract(state, "unit/dated.txt",
                             "15.10.2025\nМинистр иностранных дел Казахстана Мурат Нуртлеу прибыл в Баку.\n");
  const char *m = subject(g, ORG("member"), person(state, g, RU("Мурат Нуртлеу")));
  assert_non_null(m);
  assert_triple(state, g, m, "<" NKG_NS_DCT "date>", "\"2025-10-15\"^^<" NKG_NS_XSD "date>");
}

/* A country's chairmanship of an organization, said either way round. */
static void chairmanship(void **state) {
  const triples *g = extract(state, "unit/chair.txt",
                             "Президент отметил, что Казахстан воспринимает председательство в ШОС как ответственность.\n");
  const char *c = subject(g, RDF_TYPE, NKG("Chairmanship"));
  assert_non_null(c);
  assert_triple(state, g, c, NKG("chair"), ID("country/kazakhstan"));
  assert_triple(state, g, c, NKG("chairOf"), ID("org/sco"));
  const triples *h = extract(state, "unit/no-chair.txt", "Казахстан воспринимает сотрудничество в ШОС как ответственность.\n");
  assert_int_equal(count(h, NULL, RDF_TYPE, NKG("Chairmanship")), 0);
}

/* A quotation with its speaker: after it ("— сказал X") or before it ("X заявил: «...»"),
 * a role standing for its holder. */
static void quotation_and_speaker(void **state) {
  const triples *g = extract(state, "unit/quote.txt",
                             "Президент Узбекистана Шавкат Мирзиёев принял делегацию.\n"
                             "«Мы открыты к сотрудничеству», — сказал Глава государства.\n"
                             "Министр иностранных дел Узбекистана Бахтиёр Саидов заявил: «Переговоры были полезными».\n");
  const char *mirziyoyev = person(state, g, RU("Шавкат Мирзиёев")), *saidov = person(state, g, RU("Бахтиёр Саидов"));
  const char *q1 = subject(g, SCHEMA("text"), RU("Мы открыты к сотрудничеству"));
  const char *q2 = subject(g, SCHEMA("text"), RU("Переговоры были полезными"));
  assert_non_null(q1);
  assert_non_null(q2);
  assert_triple(state, g, q1, SCHEMA("spokenByCharacter"), mirziyoyev);
  assert_triple(state, g, q2, SCHEMA("spokenByCharacter"), saidov);
  assert_triple(state, g, q1, RDF_TYPE, SCHEMA("Quotation"));
}

/* A document signed at the sitting of the day: its title in the nominative and its years;
 * one the document only recalls from the past is not tied to the day's sitting. */
static void agreement_adopted_at_session(void **state) {
  const triples *g = extract(state, "unit/agreement.txt",
                             "В Бишкеке 3 марта 2027 года состоялось заседание Совета министров обороны ОДКБ.\n"
                             "По итогам заседания подписана Программа военного сотрудничества на 2027-2029 годы.\n");
  const char *a = subject(g, RDF_TYPE, NKG("Agreement"));
  assert_non_null(a);
  assert_triple(state, g, a, SCHEMA("name"), RU("Программа военного сотрудничества на 2027-2029 годы"));
  assert_triple(state, g, a, SCHEMA("startDate"), XSD_GYEAR("2027"));
  assert_triple(state, g, a, SCHEMA("endDate"), XSD_GYEAR("2029"));
  const char *session = subject(g, RDF_TYPE, NKG("Session"));
  assert_non_null(session);
  assert_triple(state, g, a, NKG("adoptedAt"), session);

  const triples *h = extract(state, "unit/no-agreement.txt",
                             "В Бишкеке 3 марта 2027 года состоялось заседание Совета министров обороны ОДКБ.\n"
                             "Стороны обсудили программу визитов.\n");
  assert_int_equal(count(h, NULL, RDF_TYPE, NKG("Agreement")), 0);
}

/* "государств – членов ОДКБ: Армении, Беларуси ...": each listed country is a member; a country
 * named after the list is not. */
static void member_states_listed(void **state) {
  const triples *g = extract(state, "unit/members.txt",
                             "В заседании участвовали министры государств – членов ОДКБ: Армении, Беларуси и "
                             "Казахстана, а также наблюдатели из Сербии.\n"
                             "Страны-участницы ШОС – Индия и Пакистан – выступили с заявлением.\n");
  assert_triple(state, g, ID("org/csto"), ORG("hasMember"), ID("country/armenia"));
  assert_triple(state, g, ID("org/csto"), ORG("hasMember"), ID("country/belarus"));
  assert_triple(state, g, ID("org/csto"), ORG("hasMember"), ID("country/kazakhstan"));
  assert_triple(state, g, ID("org/sco"), ORG("hasMember"), ID("country/india"));
  assert_triple(state, g, ID("org/sco"), ORG("hasMember"), ID("country/pakistan"));
  assert_int_equal(count(g, NULL, ORG("hasMember"), NULL), 5);
}

/* Every event word of the genre makes one event, a session or a meeting. */
static void each_event_word(void **state) {
  static const struct {
    const char *text, *cls;
  } cases[] = {
      {"Состоялась беседа министров иностранных дел Армении и Грузии Арарата Мирзояна и Макара Ботошвили.", "Meeting"},
      {"Состоялся телефонный разговор Президента Армении Арама Саргсяна с Президентом Франции.", "Meeting"},
      {"Президент Армении прибыл в Париж с государственным визитом.", "Meeting"},
      {"Министр обороны Армении провёл встречу с министром обороны Франции.", "Meeting"},
      {"Министры иностранных дел Армении и Франции провели переговоры в Париже.", "Meeting"},
      {"В Париже состоялась встреча министров обороны Армении и Франции.", "Meeting"},
      {"В Женеве прошел саммит по вопросам безопасности.", "Session"},
      {"В Женеве прошло совещание секретарей советов безопасности.", "Session"},
      {"В Женеве открылась сессия Генеральной Ассамблеи ООН.", "Session"},
      {"В Женеве прошел международный форум по кибербезопасности.", "Session"},
      {"В Женеве прошла международная конференция по разоружению.", "Session"},
      {"В Женеве состоялось заседание Совета Безопасности ООН.", "Session"},
  };
  for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
    char text[512];
    snprintf(text, sizeof text, "12.05.2027\n%s\n", cases[i].text);
    const triples *g = extract(state, "unit/event-word.txt", text);
    if (count(g, NULL, RDF_TYPE, NKG("Event")) != 1) fprintf(stderr, "not one event: %s\n", cases[i].text);
    assert_int_equal(count(g, NULL, RDF_TYPE, NKG("Event")), 1);
    char cls[64];
    snprintf(cls, sizeof cls, "<%s%s>", NKG_NS_NKG, cases[i].cls);
    if (count(g, NULL, RDF_TYPE, cls) != 1) fprintf(stderr, "not a %s: %s\n", cases[i].cls, cases[i].text);
    assert_int_equal(count(g, NULL, RDF_TYPE, cls), 1);
  }
}

/* "директора Департамента Европы и Америки МИД Армении": the unit's name between the role
 * and the organization it belongs to does not cut the role off from its affiliation. */
static void role_in_a_unit_of_an_organization(void **state) {
  const triples *g = extract(state, "unit/subunit.txt",
                             "В Ереване прошли консультации с участием директора Департамента Европы и Америки "
                             "МИД Армении Сурена Акопяна.\n");
  const char *p = person(state, g, RU("Сурен Акопян"));
  assert_true(has_membership(g, p, ID("role/department-director"), ID("country/armenia")) ||
              has_membership(g, p, ID("role/department-director"), ID("org/ministry-of-foreign-affairs-armenia")));
}

/* "Сессия пройдет в Минске 28 ноября": an announced sitting is marked schema:EventScheduled;
 * one told with a past verb is not, whatever adjective dates it ("На следующий день"). */
static void announced_event_scheduled(void **state) {
  const triples *g = extract(state, "unit/announced.txt",
                             "20.11.2027\nВ Минске состоялось заседание Совета министров обороны ОДКБ.\n"
                             "Сессия Совета коллективной безопасности ОДКБ пройдет в Минске 28 ноября.\n"
                             "На следующий день министры провели переговоры в Гродно.\n");
  assert_int_equal(count(g, NULL, SCHEMA("eventStatus"), SCHEMA("EventScheduled")), 1);
  const char *announced = subject(g, SCHEMA("startDate"), XSD_DATE("2027-11-28"));
  assert_non_null(announced);
  assert_triple(state, g, announced, SCHEMA("eventStatus"), SCHEMA("EventScheduled"));
  const char *held = subject(g, SCHEMA("startDate"), XSD_DATE("2027-11-20"));
  assert_non_null(held);
  assert_no_triple(state, g, held, SCHEMA("eventStatus"), NULL);
}

/* "проинформировал о ходе проходящей в Женеве сессии": a session only talked about is
 * attended by no one the sentence names. */
static void event_spoken_of_has_no_attendees(void **state) {
  const triples *g = extract(state, "unit/spoken-of.txt",
                             "12.05.2027\nСостоялся телефонный разговор министров иностранных дел Армении и Франции "
                             "Арарата Мирзояна и Жана Дюпона.\n"
                             "Жан Дюпон проинформировал собеседника о ходе проходящей в Женеве сессии Совета ООН по "
                             "правам человека.\n");
  const char *session = subject(g, RDF_TYPE, NKG("Session"));
  assert_non_null(session);
  assert_int_equal(count(g, session, SCHEMA("attendee"), NULL), 0);
  const char *call = subject(g, RDF_TYPE, NKG("Meeting"));
  assert_non_null(call);
  assert_triple(state, g, call, SCHEMA("attendee"), person(state, g, RU("Жан Дюпон")));
}

/* "под председательством Президента X прошло заседание": the chair attends; "Итоги встречи
 * подвел Y": a word that sums up refers back to the sitting, it is no second event. */
static void chair_attends_and_recap_refers_back(void **state) {
  const triples *g = extract(state, "unit/chair-recap.txt",
                             "12.05.2027\nВ Ереване под председательством Президента Армении Арама Саргсяна прошло "
                             "заседание Совета глав государств СНГ.\n"
                             "Итоги встречи подвел Исполнительный секретарь СНГ Олег Петров.\n");
  assert_int_equal(count(g, NULL, RDF_TYPE, NKG("Event")), 1);
  const char *session = subject(g, RDF_TYPE, NKG("Session"));
  assert_non_null(session);
  assert_triple(state, g, session, SCHEMA("attendee"), person(state, g, RU("Арам Саргсян")));
  assert_triple(state, g, session, SCHEMA("attendee"), person(state, g, RU("Олег Петров")));
}

static void no_event_word_no_event(void **state) {
  const triples *g = extract(state, "unit/noevent.txt",
                             "Министр иностранных дел Казахстана Мурат Нуртлеу заявил, что сотрудничество "
                             "с Узбекистаном развивается успешно.\n");
  assert_int_equal(count(g, NULL, RDF_TYPE, NKG("Event")), 0);
  assert_int_equal(count(g, NULL, RDF_TYPE, NKG("Meeting")), 0);
  assert_int_equal(count(g, NULL, RDF_TYPE, NKG("Session")), 0);
  /* the rest of the facts are there */
  assert_membership(state, g, person(state, g, RU("Мурат Нуртлеу")), MFA, KAZAKHSTAN);
}

/* ---- document dates ---- */

static void document_date_from_header(void **state) {
  const triples *g = extract(state, "unit/docdate.txt",
                             "15.10.2025\nМинистр иностранных дел Казахстана Мурат Нуртлеу сделал заявление.\n");
  /* the file name's stem and 48 bits of the text's 64-bit FNV-1a (computed with Python) */
  const char *doc = ID("doc/docdate-fe47802f2627");
  assert_triple(state, g, doc, RDF_TYPE, NKG("Document"));
  assert_triple(state, g, doc, DCT("source"), "\"unit/docdate.txt\"");
  assert_triple(state, g, doc, DCT("date"), XSD_DATE("2025-10-15"));
  assert_int_equal(count(g, doc, DCT("date"), NULL), 1);
}

/* A dateline with a two-digit year dates the document; the body's day and month take
 * its year; an abbreviated month in the body is a date too. */
static void dateline_year_for_the_body(void **state) {
  const triples *g = extract(state, "unit/dateline-year.txt",
                             "ТАШКЕНТ, 11.11.22 /Агентство/.\nМинистр иностранных дел Узбекистана Бахтиёр Саидов "
                             "10 ноя встретился в Ташкенте с министром иностранных дел Казахстана Муратом Нуртлеу.\n");
  assert_triple(state, g, ID("doc/dateline-year-8c815138566a"), DCT("date"), XSD_DATE("2022-11-11"));
  assert_triple(state, g, NULL, SCHEMA("startDate"), XSD_DATE("2022-11-10"));
}

static void document_time_of_day(void **state) {
  const triples *g = extract(state, "unit/published.txt",
                             "15.10.2025, 14:30\nМинистр иностранных дел Казахстана Мурат Нуртлеу сделал заявление.\n");
  const char *doc = ID("doc/published-e3bfe2000553");
  assert_triple(state, g, doc, DCT("date"), XSD_DATE("2025-10-15"));
  assert_triple(state, g, doc, NKG("publishedAt"), "\"2025-10-15T14:30:00\"^^<" NKG_NS_XSD "dateTime>");
}

static void no_document_date(void **state) {
  const triples *g = extract(state, "unit/nodate.txt",
                             "Министр иностранных дел Казахстана Мурат Нуртлеу сделал заявление.\n");
  assert_int_equal(count(g, NULL, DCT("date"), NULL), 0);
}

static void relative_event_date(void **state) {
  /* "вчера" is the day before the document's date */
  const triples *g = extract(state, "unit/yesterday.txt",
                             "15.10.2025\nВчера в Ташкенте президент Узбекистана Шавкат Мирзиёев принял "
                             "министра иностранных дел Казахстана Ерлана Сапарова.\n");
  const char *ev = subject(g, RDF_TYPE, NKG("Meeting"));
  if (!ev) dump(state);
  assert_non_null(ev);
  assert_triple(state, g, ev, SCHEMA("startDate"), XSD_DATE("2025-10-14"));
  assert_triple(state, g, ev, SCHEMA("location"), ID("city/tashkent"));
}

/* "в прошлом году", "в декабре прошлого года", "5 мая прошлого года": years counted from the
 * document's; "в этом году" alone does not replace the day the document is dated. */
static void relative_year_dates(void **state) {
  const triples *g = extract(state, "unit/last-year.txt",
                             "10.02.2026\nВ декабре прошлого года в Минске состоялось заседание Совета министров "
                             "иностранных дел СНГ.\n");
  const char *ev = subject(g, RDF_TYPE, NKG("Session"));
  if (!ev) dump(state);
  assert_non_null(ev);
  assert_triple(state, g, ev, SCHEMA("startDate"), "\"2025-12\"^^<" NKG_NS_XSD "gYearMonth>");

  g = extract(state, "unit/last-year-only.txt",
              "10.02.2026\nВ прошлом году в Минске состоялось заседание Совета министров иностранных дел СНГ.\n");
  ev = subject(g, RDF_TYPE, NKG("Session"));
  assert_non_null(ev);
  assert_triple(state, g, ev, SCHEMA("startDate"), XSD_GYEAR("2025"));

  g = extract(state, "unit/last-year-day.txt",
              "10.02.2026\nЗаседание Совета министров иностранных дел СНГ прошло 5 мая прошлого года в Минске.\n");
  ev = subject(g, RDF_TYPE, NKG("Session"));
  assert_non_null(ev);
  assert_triple(state, g, ev, SCHEMA("startDate"), XSD_DATE("2025-05-05"));

  g = extract(state, "unit/this-year.txt",
              "10.02.2026\nВ Минске состоялось первое в этом году заседание Совета министров иностранных дел СНГ.\n");
  ev = subject(g, RDF_TYPE, NKG("Session"));
  assert_non_null(ev);
  assert_triple(state, g, ev, SCHEMA("startDate"), XSD_DATE("2026-02-10"));
}

/* "на прошлой неделе": Monday to Sunday of the week before the document's, across a month's end too */
static void relative_week_dates(void **state) {
  const triples *g = extract(state, "unit/last-week.txt",
                             "04.11.2026\nНа прошлой неделе в Минске состоялось заседание Совета министров "
                             "иностранных дел СНГ.\n");
  const char *ev = subject(g, RDF_TYPE, NKG("Session"));
  if (!ev) dump(state);
  assert_non_null(ev);
  assert_triple(state, g, ev, SCHEMA("startDate"), XSD_DATE("2026-10-26"));
  assert_triple(state, g, ev, SCHEMA("endDate"), XSD_DATE("2026-11-01"));
}

static void extract_is_deterministic(void **state) {
  extract_fixture *f = *state;
  const char *text = "15.10.2025\nПрезидент Узбекистана Шавкат Мирзиёев принял в Ташкенте министра "
                     "иностранных дел Казахстана Ерлана Сапарова.\n";
  char *out[2] = {NULL, NULL};
  size_t len[2] = {0, 0};
  for (int k = 0; k < 2; k++) {
    nkg_graph *graph = nkg_graph_new(NULL);
    assert_int_equal(nkg_extract(f->lex, "unit/det.txt", text, strlen(text), graph, NULL, NULL), NKG_OK);
    FILE *mem = open_memstream(&out[k], &len[k]);
    assert_int_equal(nkg_graph_write(graph, NKG_FORMAT_TURTLE, mem), NKG_OK);
    fclose(mem);
    nkg_graph_free(graph);
  }
  assert_true(len[0] > 0);
  assert_int_equal(len[0], len[1]);
  assert_memory_equal(out[0], out[1], len[0]);
  free(out[0]);
  free(out[1]);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test_teardown(person_label_in_nominative, test_teardown),
      cmocka_unit_test_teardown(person_feminine, test_teardown),
      cmocka_unit_test_teardown(persons_of_a_list_share_a_case, test_teardown),
      cmocka_unit_test_teardown(inflected_forms_are_one_person, test_teardown),
      cmocka_unit_test_teardown(city_in_a_variant_spelling, test_teardown),
      cmocka_unit_test_teardown(country_adjective_in_a_role, test_teardown),
      cmocka_unit_test_teardown(country_adjective_before_a_body, test_teardown),
      cmocka_unit_test_teardown(membership_role_country, test_teardown),
      cmocka_unit_test_teardown(membership_distributed_over_list, test_teardown),
      cmocka_unit_test_teardown(former_role_no_membership, test_teardown),
      cmocka_unit_test_teardown(membership_apposition, test_teardown),
      cmocka_unit_test_teardown(initials_and_surname_resolve, test_teardown),
      cmocka_unit_test_teardown(national_body, test_teardown),
      cmocka_unit_test_teardown(event_with_date_and_place, test_teardown),
      cmocka_unit_test_teardown(session_of_council, test_teardown),
      cmocka_unit_test_teardown(each_event_word, test_teardown),
      cmocka_unit_test_teardown(role_in_a_unit_of_an_organization, test_teardown),
      cmocka_unit_test_teardown(announced_event_scheduled, test_teardown),
      cmocka_unit_test_teardown(event_spoken_of_has_no_attendees, test_teardown),
      cmocka_unit_test_teardown(chair_attends_and_recap_refers_back, test_teardown),
      cmocka_unit_test_teardown(no_event_word_no_event, test_teardown),
      cmocka_unit_test_teardown(long_names_stay_whole, test_teardown),
      cmocka_unit_test_teardown(meeting_on_the_sidelines, test_teardown),
      cmocka_unit_test_teardown(topics_discussed, test_teardown),
      cmocka_unit_test_teardown(ambassadors_in_a_list, test_teardown),
      cmocka_unit_test_teardown(membership_dated, test_teardown),
      cmocka_unit_test_teardown(chairmanship, test_teardown),
      cmocka_unit_test_teardown(quotation_and_speaker, test_teardown),
      cmocka_unit_test_teardown(agreement_adopted_at_session, test_teardown),
      cmocka_unit_test_teardown(member_states_listed, test_teardown),
      cmocka_unit_test_teardown(post_at_an_organization, test_teardown),
      cmocka_unit_test_teardown(explicit_date_and_late_subject, test_teardown),
      cmocka_unit_test_teardown(document_date_from_header, test_teardown),
      cmocka_unit_test_teardown(dateline_year_for_the_body, test_teardown),
      cmocka_unit_test_teardown(document_time_of_day, test_teardown),
      cmocka_unit_test_teardown(no_document_date, test_teardown),
      cmocka_unit_test_teardown(relative_event_date, test_teardown),
      cmocka_unit_test_teardown(relative_year_dates, test_teardown),
      cmocka_unit_test_teardown(relative_week_dates, test_teardown),
      cmocka_unit_test_teardown(extract_is_deterministic, test_teardown),
  };
  return cmocka_run_group_tests(tests, group_setup, group_teardown);
}
