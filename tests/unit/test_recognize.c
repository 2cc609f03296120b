/* Unit tests of recognition with the real ontology (NKG_TEST_ONTOLOGY): organizations
 * named inside role phrases, body kinds in lower case, organizations the lexicon does not
 * list, and person names of the region read in any case.  Sentences written for these
 * tests. */
#include "extract/names.h"
#include "graph/graph_internal.h"
#include "test_util.h"

#ifndef NKG_TEST_ONTOLOGY
#error "NKG_TEST_ONTOLOGY must be defined by the build"
#endif

typedef struct {
  nkg_lexicon *lex;
  nkg_segmenter *seg;
  nkg_slugger *slugger;
  test_doc doc;
  int has_doc;
} fixture;

static int setup(void **state) {
  fixture *f = calloc(1, sizeof *f);
  if (!f || nkg_lexicon_load(NKG_TEST_ONTOLOGY, NULL, NULL, &f->lex) != NKG_OK) return -1;
  f->seg = nkg_segmenter_new();
  f->slugger = nkg_slugger_new();
  *state = f;
  return 0;
}

static int teardown(void **state) {
  fixture *f = *state;
  nkg_lexicon_free(f->lex);
  nkg_segmenter_free(f->seg);
  nkg_slugger_free(f->slugger);
  nkg_release_thread_state();
  free(f);
  return 0;
}

static int doc_teardown(void **state) {
  fixture *f = *state;
  if (f->has_doc) test_doc_free(&f->doc);
  f->has_doc = 0;
  return 0;
}

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

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test_teardown(body_inside_a_role_with_its_country, doc_teardown),
      cmocka_unit_test_teardown(body_attached_to_an_office, doc_teardown),
      cmocka_unit_test_teardown(body_inside_a_role_without_its_country, doc_teardown),
      cmocka_unit_test_teardown(role_synonyms_and_plurals_name_no_body, doc_teardown),
      cmocka_unit_test_teardown(lower_case_one_word_body, doc_teardown),
      cmocka_unit_test_teardown(inflected_forms_are_one_person, doc_teardown),
  };
  return cmocka_run_group_tests(tests, setup, teardown);
}
