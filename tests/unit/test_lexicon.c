/* Unit tests of the lexicon: loading the fixture lexicon (tests/fixtures/lexicon),
 * finding its entries in tokenized text, given-name readings, and failures. */
#include "test_util.h"

static int entry_by_path(const nkg_lexicon *lex, const char *path) {
  for (size_t i = 0; i < lex->nentries; i++)
    if (!strcmp(lex->entries[i].path, path)) return (int)i;
  fail_msg("no lexicon entry %s", path);
  return -1;
}

static int has_alt(const nkg_lex_entry *e, const char *alt) {
  for (size_t i = 0; i < e->nalts; i++)
    if (!strcmp(e->alts[i], alt)) return 1;
  return 0;
}

/* Matches at the token written `word` in `text`. */
static size_t match(void **state, const char *text, const char *word, nkg_lex_match *out, size_t max) {
  lexicon_fixture *f = *state;
  assert_int_equal(nkg_segment(f->seg, text, strlen(text), &f->arena, &f->toks), NKG_OK);
  size_t i = find_token(&f->toks, word);
  return nkg_lex_match_at(f->lex, f->toks.tokens, f->toks.ntokens, i, out, max);
}

/* The entry and length of the best (first) match at `word`; -1 when nothing matches. */
static int best(void **state, const char *text, const char *word, uint32_t *ntokens) {
  nkg_lex_match m[8];
  size_t n = match(state, text, word, m, 8);
  if (!n) return -1;
  if (ntokens) *ntokens = m[0].ntokens;
  return (int)m[0].entry;
}

/* ---- loading ---- */

static void load_counts(void **state) {
  lexicon_fixture *f = *state;
  /* 4 countries, 2 cities, 2 organizations, 1 body kind, 3 roles, 2 triggers, 12 months */
  assert_int_equal(f->lex->nentries, 26);
  size_t per_kind[NKG_LEX_KIND_COUNT] = {0};
  for (size_t i = 0; i < f->lex->nentries; i++) per_kind[f->lex->entries[i].kind]++;
  assert_int_equal(per_kind[NKG_LEX_COUNTRY], 4);
  assert_int_equal(per_kind[NKG_LEX_CITY], 2);
  assert_int_equal(per_kind[NKG_LEX_ORG], 2);
  assert_int_equal(per_kind[NKG_LEX_BODY], 1);
  assert_int_equal(per_kind[NKG_LEX_ROLE], 3);
  assert_int_equal(per_kind[NKG_LEX_TRIGGER], 2);
  assert_int_equal(per_kind[NKG_LEX_MONTH], 12);
  assert_int_equal(per_kind[NKG_LEX_PERSON], 0);
  assert_int_equal(f->lex->ngiven, 16);
  assert_int_equal(f->diags.errors, 0);
}

static void load_country_fields(void **state) {
  lexicon_fixture *f = *state;
  const nkg_lex_entry *kg = nkg_lex_entry_at(f->lex, entry_by_path(f->lex, "country/kyrgyzstan"));
  assert_non_null(kg);
  assert_int_equal(kg->kind, NKG_LEX_COUNTRY);
  assert_string_equal(kg->label, "Кыргызстан");
  assert_string_equal(kg->label_en, "Kyrgyzstan");
  assert_string_equal(kg->genitive, "Кыргызстана");
  assert_string_equal(kg->abbr, "КР");
  assert_true(has_alt(kg, "КР"));
  assert_true(has_alt(kg, "Киргизия"));
  assert_true(has_alt(kg, "Кыргызская Республика"));
  assert_false(has_alt(kg, "Kyrgyzstan")); /* English labels are not Russian names */
  assert_false(has_alt(kg, "Кыргызстан")); /* the label is not repeated */
  assert_string_equal(kg->sameas, "http://www.wikidata.org/entity/Q813");
  const nkg_lex_entry *by = nkg_lex_entry_at(f->lex, entry_by_path(f->lex, "country/belarus"));
  assert_null(by->sameas);
  assert_string_equal(by->genitive, "Беларуси");
  assert_null(nkg_lex_entry_at(f->lex, -1));
  assert_null(nkg_lex_entry_at(f->lex, (int)f->lex->nentries));
}

static void load_references(void **state) {
  lexicon_fixture *f = *state;
  const nkg_lexicon *lex = f->lex;
  int kg = entry_by_path(lex, "country/kyrgyzstan"), by = entry_by_path(lex, "country/belarus");
  assert_int_equal(lex->entries[entry_by_path(lex, "city/cholpon-ata")].country, kg);
  assert_int_equal(lex->entries[entry_by_path(lex, "city/minsk")].country, by);
  int csto = entry_by_path(lex, "org/csto");
  const nkg_lex_entry *o = &lex->entries[csto];
  assert_int_equal(o->org_kind, NKG_ORGKIND_INTERGOV);
  assert_int_equal(o->parent, -1);
  assert_string_equal(o->abbr, "ОДКБ");
  assert_true(has_alt(o, "ОДКБ"));
  assert_string_equal(o->sameas, "http://www.wikidata.org/entity/Q318693");
  const nkg_lex_entry *council = &lex->entries[entry_by_path(lex, "org/csto-council-of-foreign-ministers")];
  assert_int_equal(council->parent, csto);
  assert_null(council->abbr);
  int mfa = entry_by_path(lex, "body/ministry-of-foreign-affairs");
  assert_int_equal(lex->entries[mfa].kind, NKG_LEX_BODY);
  assert_string_equal(lex->entries[mfa].abbr, "МИД");
  const nkg_lex_entry *minister = &lex->entries[entry_by_path(lex, "role/minister-of-foreign-affairs")];
  assert_string_equal(minister->label, "министр иностранных дел");
  assert_int_equal(minister->heads_body, mfa);
  assert_true(minister->head_role);
  assert_false(minister->affiliation_is_org);
  const nkg_lex_entry *sg = &lex->entries[entry_by_path(lex, "role/secretary-general")];
  assert_true(sg->affiliation_is_org);
  assert_int_equal(sg->heads_body, -1);
  const nkg_lex_entry *recv = &lex->entries[entry_by_path(lex, "trigger/receive")];
  assert_int_equal(recv->kind, NKG_LEX_TRIGGER);
  assert_int_equal(recv->trigger, NKG_TRIG_HOST_VERB);
  assert_int_equal(recv->event_class, NKG_EVENT_MEETING);
  assert_true(has_alt(recv, "принял"));
  const nkg_lex_entry *noun = &lex->entries[entry_by_path(lex, "trigger/meeting-noun")];
  assert_int_equal(noun->trigger, NKG_TRIG_NOUN);
  assert_int_equal(lex->entries[entry_by_path(lex, "month/june")].month, 6);
  assert_int_equal(lex->entries[entry_by_path(lex, "month/december")].month, 12);
}

static void load_given_names(void **state) {
  lexicon_fixture *f = *state;
  int seen_f = 0, seen_m = 0;
  for (size_t i = 0; i < f->lex->ngiven; i++) {
    const nkg_given_name *g = &f->lex->given[i];
    if (!strcmp(g->name, "Ярослава")) {
      assert_true(g->female);
      seen_f = 1;
    }
    if (!strcmp(g->name, "Ярослав")) {
      assert_false(g->female);
      seen_m = 1;
    }
  }
  assert_true(seen_f && seen_m);
  /* word names are marked, and the loader declines "Любовь" as a noun in -ь */
  int words = 0;
  for (size_t i = 0; i < f->lex->ngiven; i++) {
    const nkg_given_name *g = &f->lex->given[i];
    words += g->also_word;
    if (!strcmp(g->name, "Любовь")) assert_true(g->also_word && g->female);
    if (!strcmp(g->name, "Ислам")) assert_true(g->also_word && !g->female);
    if (!strcmp(g->name, "Ирина")) assert_false(g->also_word);
  }
  assert_int_equal(words, 2);
  nkg_given_reading r[4];
  assert_int_equal(nkg_lex_given_readings(f->lex, "любовью", r, 4), 1);
  assert_int_equal(r[0].gcase, NKG_CASE_INS);
  assert_int_equal(nkg_lex_given_readings(f->lex, "любови", r, 4), 1);
  assert_int_equal(nkg_lex_given_readings(f->lex, "любовя", r, 4), 0);
}

/* ---- matching ---- */

/* A variant spelling finds its entry in every case form, and is no name of the entry. */
static void match_variant_spelling(void **state) {
  lexicon_fixture *f = *state;
  int ca = entry_by_path(f->lex, "city/cholpon-ata");
  uint32_t n = 0;
  assert_int_equal(best(state, "Встреча прошла в Чолпонкате.", "Чолпонкате", &n), ca);
  assert_int_equal(best(state, "Встреча прошла в Чолпон Ате вчера.", "Чолпон", &n), ca);
  assert_int_equal(n, 2);
  const nkg_lex_entry *e = &f->lex->entries[ca];
  assert_int_equal(e->nspellings, 2);
  for (size_t k = 0; k < e->nalts; k++) assert_string_not_equal(e->alts[k], "Чолпонката");
}

/* A country's adjectives in every form name it; other words do not. */
static void country_adjectives(void **state) {
  lexicon_fixture *f = *state;
  int kg = entry_by_path(f->lex, "country/kyrgyzstan");
  static const char *const forms[] = {"кыргызский", "кыргызского", "кыргызскому", "кыргызским", "кыргызской",
                                      "кыргызскую", "кыргызские", "киргизских", "киргизскими", "киргизское"};
  for (size_t k = 0; k < sizeof forms / sizeof *forms; k++) assert_int_equal(nkg_lex_country_of_adjective(f->lex, forms[k]), kg);
  assert_int_equal(nkg_lex_country_of_adjective(f->lex, "кыргызстан"), -1);
  assert_int_equal(nkg_lex_country_of_adjective(f->lex, "кыргызско"), -1);
  assert_int_equal(nkg_lex_country_of_adjective(f->lex, "казахский"), -1);
}

static void match_inflected_country(void **state) {
  lexicon_fixture *f = *state;
  int kg = entry_by_path(f->lex, "country/kyrgyzstan");
  uint32_t n = 0;
  assert_int_equal(best(state, "Делегация Киргизии прибыла в Москву.", "Киргизии", &n), kg);
  assert_int_equal(n, 1);
  assert_int_equal(best(state, "Президент Кыргызской Республики выступил.", "Кыргызской", &n), kg);
  assert_int_equal(n, 2);
  assert_int_equal(best(state, "В Кыргызстане прошли выборы.", "Кыргызстане", &n), kg);
  assert_int_equal(n, 1);
  assert_int_equal(best(state, "Отношения с Казахстаном укрепляются.", "Казахстаном", &n),
                   entry_by_path(f->lex, "country/kazakhstan"));
  assert_int_equal(best(state, "Встреча прошла в Чолпон-Ате.", "Чолпон-Ате", &n), entry_by_path(f->lex, "city/cholpon-ata"));
  assert_int_equal(n, 1);
}

static void match_abbreviation_as_written(void **state) {
  lexicon_fixture *f = *state;
  int kg = entry_by_path(f->lex, "country/kyrgyzstan");
  uint32_t n = 0;
  assert_int_equal(best(state, "Посол КР выступил.", "КР", &n), kg);
  assert_int_equal(n, 1);
  assert_int_equal(best(state, "Посол кр выступил.", "кр", &n), -1);
  assert_int_equal(best(state, "Совещание ОДКБ прошло.", "ОДКБ", &n), entry_by_path(f->lex, "org/csto"));
  assert_int_equal(best(state, "Заявление МИД прозвучало.", "МИД", &n),
                   entry_by_path(f->lex, "body/ministry-of-foreign-affairs"));
  assert_int_equal(best(state, "Заявление мид прозвучало.", "мид", &n), -1);
}

static void match_needs_capital(void **state) {
  uint32_t n = 0;
  assert_int_equal(best(state, "делегация киргизии прибыла.", "киргизии", &n), -1);
  assert_int_equal(best(state, "о казахстане.", "казахстане", &n), -1);
  assert_int_equal(best(state, "прибыли в минск.", "минск", &n), -1);
}

static void match_role_any_case(void **state) {
  lexicon_fixture *f = *state;
  int role = entry_by_path(f->lex, "role/minister-of-foreign-affairs");
  uint32_t n = 0;
  assert_int_equal(best(state, "Он встретился с министрами иностранных дел стран.", "министрами", &n), role);
  assert_int_equal(n, 3);
  assert_int_equal(best(state, "Министр иностранных дел выступил.", "Министр", &n), role);
  assert_int_equal(n, 3);
  assert_int_equal(best(state, "Переговоры министра иностранных дел.", "министра", &n), role);
  assert_int_equal(n, 3);
  /* an altLabel with an abbreviation in it */
  assert_int_equal(best(state, "Выступили главы МИД.", "главы", &n), role);
  assert_int_equal(n, 2);
  assert_int_equal(best(state, "Выступил президенту.", "президенту", &n), entry_by_path(f->lex, "role/president"));
}

static void match_longest_first(void **state) {
  lexicon_fixture *f = *state;
  int by = entry_by_path(f->lex, "country/belarus");
  uint32_t n = 0;
  assert_int_equal(best(state, "Делегация Республики Беларусь прибыла.", "Республики", &n), by);
  assert_int_equal(n, 2);
  /* the council's full name and its name less the organization's both start at "Совета":
   * the full one comes first */
  nkg_lex_match m[8];
  int council = entry_by_path(f->lex, "org/csto-council-of-foreign-ministers");
  size_t k = match(state, "Заседание Совета министров иностранных дел ОДКБ прошло.", "Совета", m, 8);
  assert_true(k >= 2);
  assert_int_equal(m[0].entry, council);
  assert_int_equal(m[0].ntokens, 5);
  assert_false(m[0].partial);
  assert_int_equal(m[1].entry, council);
  assert_int_equal(m[1].ntokens, 4);
  assert_true(m[1].partial);
  for (size_t i = 1; i < k; i++) assert_true(m[i - 1].ntokens >= m[i].ntokens);
  /* a word that is no name */
  assert_int_equal(best(state, "Погода хорошая.", "Погода", &n), -1);
}

static void match_months_and_triggers(void **state) {
  lexicon_fixture *f = *state;
  uint32_t n = 0;
  assert_int_equal(best(state, "30 июня 2025 года", "июня", &n), entry_by_path(f->lex, "month/june"));
  assert_int_equal(best(state, "в октябре", "октябре", &n), entry_by_path(f->lex, "month/october"));
  assert_int_equal(best(state, "Президент принял гостя.", "принял", &n), entry_by_path(f->lex, "trigger/receive"));
  assert_int_equal(best(state, "Во время встречи обсудили.", "встречи", &n), entry_by_path(f->lex, "trigger/meeting-noun"));
  /* verb forms are matched as listed: an unlisted form is not one */
  assert_int_equal(best(state, "Президент примет гостя.", "примет", &n), -1);
}

/* ---- given names ---- */

static void given_readings(void **state) {
  lexicon_fixture *f = *state;
  nkg_given_reading r[4];
  size_t n = nkg_lex_given_readings(f->lex, "садыра", r, 4);
  assert_int_equal(n, 1);
  assert_string_equal(f->lex->given[r[0].name].name, "Садыр");
  assert_int_equal(r[0].gcase, NKG_CASE_GEN);

  n = nkg_lex_given_readings(f->lex, "ярослава", r, 4);
  assert_int_equal(n, 2);
  assert_string_equal(f->lex->given[r[0].name].name, "Ярослава");
  assert_int_equal(r[0].gcase, NKG_CASE_NOM);
  assert_true(f->lex->given[r[0].name].female);
  assert_string_equal(f->lex->given[r[1].name].name, "Ярослав");
  assert_int_equal(r[1].gcase, NKG_CASE_GEN);
  assert_false(f->lex->given[r[1].name].female);

  n = nkg_lex_given_readings(f->lex, "садыр", r, 4);
  assert_int_equal(n, 1);
  assert_int_equal(r[0].gcase, NKG_CASE_NOM);
  n = nkg_lex_given_readings(f->lex, "сергею", r, 4);
  assert_int_equal(n, 1);
  assert_string_equal(f->lex->given[r[0].name].name, "Сергей");
  assert_int_equal(r[0].gcase, NKG_CASE_DAT);
  n = nkg_lex_given_readings(f->lex, "анной", r, 4);
  assert_int_equal(n, 1);
  assert_string_equal(f->lex->given[r[0].name].name, "Анна");
  assert_int_equal(r[0].gcase, NKG_CASE_INS);
  assert_int_equal(nkg_lex_given_readings(f->lex, "москва", r, 4), 0);
  /* readings are of folded words */
  assert_int_equal(nkg_lex_given_readings(f->lex, "Садыра", r, 4), 0);
}

/* ---- failures ---- */

static void load_bad_turtle(void **state) {
  (void)state;
  test_diags diags;
  memset(&diags, 0, sizeof diags);
  nkg_lexicon *lex = (nkg_lexicon *)&diags; /* must be reset to NULL */
  assert_int_equal(nkg_lexicon_load(NKG_FIXTURE_LEXICON_BAD, test_diag_collect, &diags, &lex), NKG_ERR_LEXICON);
  assert_null(lex);
  assert_true(diags.errors >= 1);
  /* some message names broken.ttl and line 9, where the syntax error is */
  int named = 0;
  for (int i = 0; i < diags.count && i < 8; i++)
    if (strstr(diags.file[i], "broken.ttl") && strstr(diags.message[i], "line 9")) named = 1;
  if (!named)
    for (int i = 0; i < diags.count && i < 8; i++) print_message("diag %d: [%s] %s\n", i, diags.file[i], diags.message[i]);
  assert_true(named);
}

static void load_missing_directory(void **state) {
  (void)state;
  test_diags diags;
  memset(&diags, 0, sizeof diags);
  nkg_lexicon *lex = (nkg_lexicon *)&diags;
  assert_int_equal(nkg_lexicon_load(NKG_TEST_FIXTURES "/no-such-directory", test_diag_collect, &diags, &lex),
                   NKG_ERR_LEXICON);
  assert_null(lex);
  assert_true(diags.errors >= 1);
  /* without a callback it fails the same, silently */
  lex = (nkg_lexicon *)&diags;
  assert_int_equal(nkg_lexicon_load(NKG_TEST_FIXTURES "/no-such-directory", NULL, NULL, &lex), NKG_ERR_LEXICON);
  assert_null(lex);
  nkg_lexicon_free(NULL); /* accepts NULL */
}

/* ---- the thread's memo of word forms ---- */

static int calls;
static int minus_five(const char *w) {
  (void)w;
  calls++;
  return -5;
}

/* The memo gives the same ids as the lexicon's tables, and computes a word property
 * once per word form however often the form comes back. */
static void memo_of_word_forms(void **state) {
  lexicon_fixture *f = *state;
  nkg_lex_memo *memo = nkg_lex_memo_new();
  nkg_segmented direct, remembered;
  const char *text = "Делегация Киргизии прибыла. Делегация Киргизии уехала.";
  assert_int_equal(nkg_segment(f->seg, text, strlen(text), &f->arena, &direct), NKG_OK);
  assert_int_equal(nkg_segment(f->seg, text, strlen(text), &f->arena, &remembered), NKG_OK);
  nkg_lex_annotate(f->lex, NULL, direct.tokens, direct.ntokens);
  nkg_lex_annotate(f->lex, memo, remembered.tokens, remembered.ntokens);
  for (size_t i = 0; i < direct.ntokens; i++) {
    assert_int_equal(direct.tokens[i].nword_ids, remembered.tokens[i].nword_ids);
    assert_memory_equal(direct.tokens[i].word_ids, remembered.tokens[i].word_ids,
                        direct.tokens[i].nword_ids * sizeof(uint32_t));
  }
  calls = 0;
  for (size_t i = 0; i < remembered.ntokens; i++)
    if (token_is(&remembered, i, "Делегация")) assert_int_equal(nkg_lex_memo_property(memo, &remembered.tokens[i], 3, minus_five), -5);
  assert_int_equal(calls, 1);
  /* without a memo the test is simply run */
  assert_int_equal(nkg_lex_memo_property(NULL, &remembered.tokens[0], 3, minus_five), -5);
  assert_int_equal(calls, 2);
  nkg_lex_memo_free(memo);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(load_counts),
      cmocka_unit_test(load_country_fields),
      cmocka_unit_test(load_references),
      cmocka_unit_test(load_given_names),
      cmocka_unit_test(match_inflected_country),
      cmocka_unit_test(match_variant_spelling),
      cmocka_unit_test(country_adjectives),
      cmocka_unit_test(match_abbreviation_as_written),
      cmocka_unit_test(match_needs_capital),
      cmocka_unit_test(match_role_any_case),
      cmocka_unit_test(match_longest_first),
      cmocka_unit_test(match_months_and_triggers),
      cmocka_unit_test(given_readings),
      cmocka_unit_test(load_bad_turtle),
      cmocka_unit_test(load_missing_directory),
      cmocka_unit_test_setup_teardown(memo_of_word_forms, lexicon_fixture_setup, lexicon_fixture_teardown),
  };
  return cmocka_run_group_tests(tests, lexicon_fixture_setup, lexicon_fixture_teardown);
}
