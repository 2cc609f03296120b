/* Unit tests of recognition with the real ontology (NKG_TEST_ONTOLOGY): organizations
 * named inside role phrases, body kinds in lower case, organizations the lexicon does not
 * list, and person names of the region read in any case.  Sentences written for these
 * tests. */
#include "extract/names.h"
#include "doc_fixture.h"

/* A document recognized and related, as nkg_extract does. */
static nkg_doc *read_text(void **state, const char *text) {
  fixture *f = *state;
  if (f->has_doc) test_doc_free(&f->doc);
  test_doc_init(&f->doc, f->lex, f->seg, text);
  f->has_doc = 1;
  nkg_recognize(&f->doc.d, f->slugger);
  nkg_relate(&f->doc.d);
  nkg_resolve_role_bodies(&f->doc.d);
  return &f->doc.d;
}

static void list_entities(nkg_doc *d) {
  for (size_t i = 0; i < d->entities.count; i++) {
    nkg_entity *e = nkg_doc_ent(d, (int)i);
    print_message("  %s «%s» mentions=%d merged=%d\n", e->path, e->label, e->mentions, e->merged_into);
  }
}

/* The entity the document mentions with this IRI path, or -1. */
static int mentioned(nkg_doc *d, const char *path) {
  for (size_t i = 0; i < d->entities.count; i++) {
    nkg_entity *e = nkg_doc_ent(d, (int)i);
    if (!strcmp(e->path, path) && e->mentions > 0 && nkg_doc_resolve(d, (int)i) == (int)i) return (int)i;
  }
  return -1;
}

#define assert_mentioned(d, path)                                                                  \
  do {                                                                                             \
    if (mentioned((d), (path)) < 0) {                                                              \
      list_entities(d);                                                                            \
      fail_msg("%s is not mentioned", (path));                                                     \
    }                                                                                              \
  } while (0)

#define assert_not_mentioned(d, path)                                                              \
  do {                                                                                             \
    if (mentioned((d), (path)) >= 0) {                                                             \
      list_entities(d);                                                                            \
      fail_msg("%s is mentioned", (path));                                                         \
    }                                                                                              \
  } while (0)

/* The one mentioned person labelled `label`, or -1; fails when two are. */
static int person_labelled(nkg_doc *d, const char *label) {
  int found = -1;
  for (size_t i = 0; i < d->entities.count; i++) {
    nkg_entity *e = nkg_doc_ent(d, (int)i);
    if (e->type != NKG_ENT_PERSON || e->mentions <= 0 || nkg_doc_resolve(d, (int)i) != (int)i) continue;
    if (strcmp(e->label, label)) continue;
    assert_true(found < 0);
    found = (int)i;
  }
  return found;
}

#define assert_person(d, label)                                                                    \
  do {                                                                                             \
    if (person_labelled((d), (label)) < 0) {                                                       \
      list_entities(d);                                                                            \
      fail_msg("no person «%s»", (label));                                                         \
    }                                                                                              \
  } while (0)

static int persons(nkg_doc *d) {
  int n = 0;
  for (size_t i = 0; i < d->entities.count; i++) {
    nkg_entity *e = nkg_doc_ent(d, (int)i);
    n += e->type == NKG_ENT_PERSON && e->mentions > 0 && nkg_doc_resolve(d, (int)i) == (int)i;
  }
  return n;
}

static int has_alt(nkg_doc *d, int e, const char *alt) {
  nkg_entity *x = nkg_doc_ent(d, e);
  for (int k = 0; k < x->nalts; k++)
    if (!strcmp(x->alts[k], alt)) return 1;
  return 0;
}

/* ---- organizations inside role phrases ---- */

static void body_inside_a_role_with_its_country(void **state) {
  nkg_doc *d = read_text(state, "Гостя принял председатель Кабинета министров Киргизии Адылбек Касымалиев.\n");
  assert_mentioned(d, "org/cabinet-of-ministers-kyrgyzstan");
  int e = mentioned(d, "org/cabinet-of-ministers-kyrgyzstan");
  assert_string_equal(nkg_doc_ent(d, e)->label, "Кабинет министров Кыргызстана");
  /* the country as the text writes it is another name of the body */
  assert_true(has_alt(d, e, "Кабинет министров Киргизии"));
  d = read_text(state, "В Минске побывал секретарь Совета безопасности Кыргызской Республики Марат Иманкулов.\n");
  e = mentioned(d, "org/security-council-kyrgyzstan");
  assert_true(e >= 0);
  assert_true(has_alt(d, e, "Совет безопасности Кыргызской Республики"));
}

static void body_attached_to_an_office(void **state) {
  nkg_doc *d = read_text(state, "Встречу провел секретарь Совета безопасности при Президенте Республики Узбекистан "
                                "Виктор Махмудов.\n");
  assert_mentioned(d, "org/security-council-uzbekistan");
}

/* the body's country is the one the role is held for */
static void body_inside_a_role_without_its_country(void **state) {
  nkg_doc *d = read_text(state, "Сегодня в Ашхабаде состоялись переговоры заместителя Председателя Кабинета Министров, "
                                "министра иностранных дел Туркменистана Рашида Мередова с министром иностранных дел "
                                "Республики Казахстан Ермеком Кошербаевым.\n");
  assert_mentioned(d, "org/cabinet-of-ministers-turkmenistan");
  assert_not_mentioned(d, "org/cabinet-of-ministers-kazakhstan");
  d = read_text(state, "В переговорах участвовал начальник Генерального штаба Вооруженных Сил — первый заместитель "
                       "министра обороны Республики Казахстан Султан Камалетдинов.\n");
  assert_mentioned(d, "org/general-staff-kazakhstan");
}

/* "глава МИД" is a name of the minister's role, whose ministry it implies; several bodies
 * ("секретари советов безопасности") are no one body */
static void role_synonyms_and_plurals_name_no_body(void **state) {
  nkg_doc *d = read_text(state, "В заседании приняли участие главы МИД Киргизии Жээнбек Кулубаев.\n");
  assert_not_mentioned(d, "org/ministry-of-foreign-affairs-kyrgyzstan");
  d = read_text(state, "Заместитель главы МИД России Андрей Руденко принял посла.\n");
  assert_not_mentioned(d, "org/ministry-of-foreign-affairs-russia");
  d = read_text(state, "Накануне секретари советов безопасности Беларуси и России провели встречу.\n");
  assert_not_mentioned(d, "org/security-council-belarus");
  assert_not_mentioned(d, "org/security-council-russia");
}

/* an embassy of one country in another is an organization per pair */
static void body_kept_abroad(void **state) {
  nkg_doc *d = read_text(state, "Прием организовало Посольство Кыргызской Республики в Республике Казахстан.\n");
  int e = mentioned(d, "org/embassy-kyrgyzstan-in-kazakhstan");
  if (e < 0) list_entities(d);
  assert_true(e >= 0);
  assert_string_equal(nkg_doc_ent(d, e)->label, "Посольство Кыргызстана в Республике Казахстан");
  assert_true(has_alt(d, e, "Посольство Кыргызской Республики в Республике Казахстан"));
  assert_mentioned(d, "country/kazakhstan");
  d = read_text(state, "Прием организовало Посольство Кыргызстана.\n");
  assert_mentioned(d, "org/embassy-kyrgyzstan");
}

/* a body named by one common noun in lower case speaks of no particular body */
static void lower_case_one_word_body(void **state) {
  nkg_doc *d = read_text(state, "Об этом сообщило правительство Казахстана.\n");
  assert_not_mentioned(d, "org/government-kazakhstan");
  d = read_text(state, "Об этом сообщило Правительство Казахстана.\n");
  assert_mentioned(d, "org/government-kazakhstan");
  d = read_text(state, "Консультации прошли в министерстве иностранных дел Армении.\n");
  assert_mentioned(d, "org/ministry-of-foreign-affairs-armenia");
}

/* ---- person names ---- */

/* a document's inflected forms of one person are one node */
static void inflected_forms_are_one_person(void **state) {
  nkg_doc *d = read_text(state, "Премьер-министр провел встречу с Алексеем Оверчуком. Алексей Оверчук поблагодарил за "
                                "прием.\n");
  assert_person(d, "Алексей Оверчук");
  assert_int_equal(persons(d), 1);
}

/* a Georgian surname in -ия and an Armenian given name, both in the genitive */
static void genitive_of_names_of_the_caucasus(void **state) {
  nkg_doc *d = read_text(state, "Консультации заместителей министров Мнацакана Сафаряна и Лаши Дарсалии прошли в Ереване.\n");
  assert_person(d, "Мнацакан Сафарян");
  assert_person(d, "Лаша Дарсалия");
}

/* a given name Russian does not decline leaves the case to the surname */
static void undeclined_given_name_before_an_instrumental(void **state) {
  nkg_doc *d = read_text(state, "Министр побеседовал в Ватикане с кардиналом Пьетро Паролином.\n");
  assert_person(d, "Пьетро Паролин");
  assert_int_equal(persons(d), 1);
}

/* "Ильхама" is a woman's name, and the genitive of Ильхам: the document's Ильхам Алиев decides */
static void feminine_reading_yields_to_a_named_man(void **state) {
  nkg_doc *d = read_text(state, "Президент поговорил по телефону с Ильхамом Алиевым. Он пригласил Ильхама Алиева в Астану.\n");
  assert_person(d, "Ильхам Алиев");
  assert_int_equal(persons(d), 1);
  /* with no man of that name, the woman's reading stands */
  d = read_text(state, "Награду получила Ильхама Алиева.\n");
  assert_person(d, "Ильхама Алиева");
}

/* a name and a patronymic in quoted speech address a person; in the narrative the same shape
 * is a given name and a surname ("Александр Вольфович") */
static void name_and_patronymic_in_quoted_speech(void **state) {
  nkg_doc *d = read_text(state, "«Мы обо всем договорились с Шавкатом Миромоновичем еще весной», – сказал президент.\n");
  assert_int_equal(persons(d), 0);
  d = read_text(state, "Секретарь Совета безопасности Александр Вольфович провел совещание.\n");
  assert_person(d, "Александр Вольфович");
}

static void arabic_and_three_part_names(void **state) {
  nkg_doc *d = read_text(state, "Копию грамот вручил посол Государства Катар Абдулла бин Насер аль-Тани.\n");
  assert_person(d, "Абдулла бин Насер аль-Тани");
  assert_int_equal(persons(d), 1);
  d = read_text(state, "Поздравление направил эмир Катара шейх Тамим бин Хамад Аль Тани.\n");
  assert_person(d, "Тамим бин Хамад Аль Тани");
  /* particles of European family names */
  d = read_text(state, "Он передал приветствие от Урсулы фон дер Ляйен.\n");
  assert_person(d, "Урсула фон дер Ляйен");
  d = read_text(state, "Министр встретился с главой МИД Пакистана Мухаммадом Исхаком Даром.\n");
  assert_person(d, "Мухаммад Исхак Дар");
  assert_int_equal(persons(d), 1);
}

/* Korean and Vietnamese names: three short syllables; a Mongolian father's name in the genitive */
static void names_of_east_asia(void **state) {
  nkg_doc *d = read_text(state, "Грамоты вручил новый посол Республики Корея Ли Чжон Хун.\n");
  assert_person(d, "Ли Чжон Хун");
  d = read_text(state, "Министр провел переговоры с вьетнамским коллегой Буй Тхань Шоном.\n");
  assert_person(d, "Буй Тхань Шон");
  /* a Chinese family name of the list, then a given name in any case */
  d = read_text(state, "Министр встретился с заместителем министра Сунь Вэйдуном. Сунь Вэйдун поблагодарил за прием.\n");
  assert_person(d, "Сунь Вэйдун");
  assert_int_equal(persons(d), 1);
  /* "У" starting a sentence is the preposition */
  d = read_text(state, "У Ивана Петрова нет вопросов.\n");
  assert_true(person_labelled(d, "У Иван") < 0);
  d = read_text(state, "На саммит прибыл Президент Монголии Ухнаагийн Хурэлсух.\n");
  assert_person(d, "Ухнаагийн Хурэлсух");
  assert_int_equal(persons(d), 1);
}

/* initials resolve to the full name the document writes, the given name unknown to the list */
static void initials_find_the_full_name(void **state) {
  nkg_doc *d = read_text(state, "Об этом в четверг сообщил журналистам Ниджат Мамедзаде.\nН.Мамедзаде также напомнил о "
                                "переговорах.\n");
  assert_person(d, "Ниджат Мамедзаде");
  assert_int_equal(persons(d), 1);
  /* another initial does not make the unknown word before the surname a given name */
  d = read_text(state, "Об этом в четверг сообщил журналистам Ниджат Мамедзаде.\nА.Мамедзаде также напомнил о "
                       "переговорах.\n");
  assert_true(person_labelled(d, "Ниджат Мамедзаде") < 0);
}

/* ---- organizations the lexicon does not list ---- */

static void organizations_by_the_shape_of_their_names(void **state) {
  nkg_doc *d = read_text(state, "Стороны готовят заседание Совета стратегического сотрудничества высокого уровня.\n");
  assert_mentioned(d, "org/sovet-strategicheskogo-sotrudnichestva-vysokogo-urovnya");
  d = read_text(state, "В делегацию вошел председатель Комитета Совета Федерации по международным делам Григорий "
                       "Карасин.\n");
  assert_mentioned(d, "org/komitet-soveta-federatsii-po-mezhdunarodnym-delam");
  assert_mentioned(d, "org/federation-council-russia");
  d = read_text(state, "До назначения он возглавлял Дипломатическую академию МИД Кыргызстана.\n");
  int e = mentioned(d, "org/diplomaticheskaya-akademiya-mid-kyrgyzstana");
  if (e < 0) list_entities(d);
  assert_true(e >= 0);
  assert_string_equal(nkg_doc_ent(d, e)->label, "Дипломатическая академия МИД Кыргызстана");
  assert_mentioned(d, "org/ministry-of-foreign-affairs-kyrgyzstan");
  /* what a body deals with after "по", and a list of what it deals with */
  d = read_text(state, "Делегацию принял глава Агентства по делам государственной службы Республики Казахстан.\n");
  assert_mentioned(d, "org/agentstvo-po-delam-gosudarstvennoy-sluzhby-respubliki-kazakhstan");
  d = read_text(state, "Приняли участие сотрудники Министерства цифрового развития, инноваций и аэрокосмической "
                       "промышленности Казахстана.\n");
  e = mentioned(d, "org/ministerstvo-tsifrovogo-razvitiya-innovatsiy-i-aerokosmicheskoy-promyshlennosti-kazakhstana");
  if (e < 0) list_entities(d);
  assert_true(e >= 0);
}

/* a council of a group of states, not of an organization */
static void council_of_a_group_of_states(void **state) {
  nkg_doc *d = read_text(state, "Министры готовят заседание Совета министров иностранных дел государств Центральной Азии.\n");
  int e = mentioned(d, "org/sovet-ministrov-inostrannykh-del-gosudarstv-tsentralnoy-azii");
  if (e < 0) list_entities(d);
  assert_true(e >= 0);
  assert_string_equal(nkg_doc_ent(d, e)->label, "Совет министров иностранных дел государств Центральной Азии");
}

static void no_organization_where_the_name_does_not_end(void **state) {
  /* a verb after the head; a phrase that runs on in lower case */
  nkg_doc *d = read_text(state, "Он сказал, что Совет примет решение завтра.\n");
  for (size_t i = 0; i < d->entities.count; i++) assert_int_not_equal(nkg_doc_ent(d, (int)i)->type, NKG_ENT_ORG);
  d = read_text(state, "Работает Центр Организации Объединенных Наций по целям в области развития для региона.\n");
  for (size_t i = 0; i < d->entities.count; i++)
    if (nkg_doc_ent(d, (int)i)->type == NKG_ENT_ORG) assert_string_equal(nkg_doc_ent(d, (int)i)->path, "org/un");
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test_teardown(body_inside_a_role_with_its_country, doc_teardown),
      cmocka_unit_test_teardown(body_attached_to_an_office, doc_teardown),
      cmocka_unit_test_teardown(body_inside_a_role_without_its_country, doc_teardown),
      cmocka_unit_test_teardown(role_synonyms_and_plurals_name_no_body, doc_teardown),
      cmocka_unit_test_teardown(body_kept_abroad, doc_teardown),
      cmocka_unit_test_teardown(lower_case_one_word_body, doc_teardown),
      cmocka_unit_test_teardown(inflected_forms_are_one_person, doc_teardown),
      cmocka_unit_test_teardown(genitive_of_names_of_the_caucasus, doc_teardown),
      cmocka_unit_test_teardown(undeclined_given_name_before_an_instrumental, doc_teardown),
      cmocka_unit_test_teardown(feminine_reading_yields_to_a_named_man, doc_teardown),
      cmocka_unit_test_teardown(name_and_patronymic_in_quoted_speech, doc_teardown),
      cmocka_unit_test_teardown(arabic_and_three_part_names, doc_teardown),
      cmocka_unit_test_teardown(names_of_east_asia, doc_teardown),
      cmocka_unit_test_teardown(initials_find_the_full_name, doc_teardown),
      cmocka_unit_test_teardown(organizations_by_the_shape_of_their_names, doc_teardown),
      cmocka_unit_test_teardown(council_of_a_group_of_states, doc_teardown),
      cmocka_unit_test_teardown(no_organization_where_the_name_does_not_end, doc_teardown),
  };
  return cmocka_run_group_tests(tests, setup, teardown);
}
