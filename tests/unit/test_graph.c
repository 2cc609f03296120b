/* Unit tests of the graph (src/graph/graph_internal.h): slugs, transliteration,
 * interning and deduplication, deterministic output, escaping, the base IRI. */
#include <raptor2.h>
#include <strings.h>

#include "graph/graph_internal.h"
#include "test_util.h"

/* ---- slugs and transliteration ---- */

static int slugger_setup(void **state) {
  nkg_slugger *s = nkg_slugger_new();
  if (!s) return -1;
  *state = s;
  return 0;
}

static int slugger_teardown(void **state) {
  nkg_slugger_free(*state);
  return 0;
}

static const char *slug(void **state, const char *text, char *buf, size_t size) {
  size_t n = nkg_slug(*state, text, buf, size);
  assert_int_equal(n, strlen(buf));
  return buf;
}

static void slugs(void **state) {
  char buf[256];
  assert_string_equal(slug(state, "Садыр Жапаров", buf, sizeof buf), "sadyr-zhaparov");
  assert_string_equal(slug(state, "Чолпон-Ата", buf, sizeof buf), "cholpon-ata");
  assert_string_equal(slug(state, "Сергей Лавров", buf, sizeof buf), "sergey-lavrov");
  assert_string_equal(slug(state, "Москва", buf, sizeof buf), "moskva");
  /* punctuation and runs of spaces make one dash; none at either end */
  assert_string_equal(slug(state, "  «Москва» — Минск!  ", buf, sizeof buf), "moskva-minsk");
  /* ASCII stays ASCII, lower-cased; digits kept */
  assert_string_equal(slug(state, "CSTO 2025", buf, sizeof buf), "csto-2025");
  /* nothing to make a slug of */
  assert_string_equal(slug(state, "", buf, sizeof buf), "");
}

/* Found by fuzzing: a name of 300 letters once overflowed the transliteration buffer
 * and got an empty slug, so that all such persons shared the IRI id:person/. */
static void slug_of_a_long_name(void **state) {
  char text[2048] = "Шавкат ", buf[512], other[512];
  for (int i = 0; i < 300; i++) strcat(text, "а");
  slug(state, text, buf, sizeof buf);
  assert_true(strlen(buf) > 10);
  text[strlen(text) - 2] = '\0'; /* one letter fewer: another name, another slug */
  slug(state, text, other, sizeof other);
  assert_true(strlen(other) > 10);
  assert_string_not_equal(buf, other);
}

/* nkg_utf8_trim drops a character cut in two, and nothing else. */
static void utf8_trim(void **state) {
  (void)state;
  char cut[] = "Ж\xD0"; /* "Ж" and half of the next letter */
  nkg_utf8_trim(cut);
  assert_string_equal(cut, "Ж");
  char whole[] = "Жапаров";
  nkg_utf8_trim(whole);
  assert_string_equal(whole, "Жапаров");
  char ascii[] = "abc";
  nkg_utf8_trim(ascii);
  assert_string_equal(ascii, "abc");
}

static void slug_is_ascii(void **state) {
  char buf[256];
  const char *inputs[] = {"Шавкат Мирзиёев", "Объединённые Арабские Эмираты", "Касым-Жомарт Токаев", "Реджеп Тайип Эрдоган"};
  for (size_t i = 0; i < sizeof inputs / sizeof *inputs; i++) {
    slug(state, inputs[i], buf, sizeof buf);
    assert_true(buf[0] != '\0');
    for (const char *p = buf; *p; p++)
      assert_true((*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') || *p == '-');
    assert_true(buf[0] != '-' && buf[strlen(buf) - 1] != '-');
    assert_null(strstr(buf, "--"));
  }
}

/* nkg_translit goes word by word through a cache; the result must be what the whole
 * text gives (BGN's rules look at the start of a word and its neighbours within it). */
static void translit_word_by_word(void **state) {
  static const char *const names[] = {
      "Ерлан Карин", "Юрий Ёлкин", "Сергей Лавров-Ерёмин", "ВЛАДИМИР ЁЖИКОВ", "ЕЛЕНА ЕРЁМИНА",
      "д'Эстен", "Шавкат Мирзиёев", "Қасым-Жомарт Тоқаев", "Ілля Єрмак", "Ἀθῆναι", "习近平", "თბილისი",
      "Երևան", "Ахмед аль-Асад", "Мария-Елена Объедкова", "Подъём Ильи", "«Газпром» и «Роснефть»",
      "МИД России — 2025 год", "Зелёный Ёж, ёлка и ель", "Ульяна Юдина-Яковлева", "Türkiye Cumhuriyeti",
      "Łódź и Žilina", "Ру\u0301сский", "  два  пробела  "};
  for (size_t i = 0; i < sizeof names / sizeof *names; i++) {
    char by_word[512], whole[512];
    nkg_translit(*state, names[i], by_word, sizeof by_word);
    nkg_translit_whole(*state, names[i], whole, sizeof whole);
    assert_string_equal(by_word, whole);
    nkg_translit(*state, names[i], by_word, sizeof by_word); /* now from the cache */
    assert_string_equal(by_word, whole);
  }
}

static void slug_truncates_safely(void **state) {
  char buf[8];
  size_t n = nkg_slug(*state, "Садыр Жапаров", buf, sizeof buf);
  assert_true(n < sizeof buf);
  assert_int_equal(n, strlen(buf));
  assert_memory_equal(buf, "sadyr-zhaparov", n);
}

static void transliteration(void **state) {
  char buf[256];
  assert_true(nkg_translit(*state, "Садыр Жапаров", buf, sizeof buf) > 0);
  assert_string_equal(buf, "Sadyr Zhaparov");
  nkg_translit(*state, "Сергей Лавров", buf, sizeof buf);
  assert_string_equal(buf, "Sergey Lavrov");
  nkg_translit(*state, "Чолпон-Ата", buf, sizeof buf);
  assert_string_equal(buf, "Cholpon-Ata");
  /* no modifier letters for the soft and hard signs: plain ASCII */
  nkg_translit(*state, "Объединение Ильич", buf, sizeof buf);
  for (const unsigned char *p = (const unsigned char *)buf; *p; p++) assert_true(*p < 0x80);
  /* Latin text passes through */
  nkg_translit(*state, "Reuters", buf, sizeof buf);
  assert_string_equal(buf, "Reuters");
}

/* ---- graphs ---- */

/* The bytes nkg_graph_write gives, through a tmpfile; malloc'd, NUL-terminated. */
static char *write_graph(const nkg_graph *g, nkg_format format, size_t *len) {
  FILE *f = tmpfile();
  assert_non_null(f);
  assert_int_equal(nkg_graph_write(g, format, f), NKG_OK);
  long n = ftell(f);
  assert_true(n >= 0);
  rewind(f);
  char *buf = malloc((size_t)n + 1);
  assert_non_null(buf);
  assert_int_equal(fread(buf, 1, (size_t)n, f), (size_t)n);
  buf[n] = '\0';
  fclose(f);
  if (len) *len = (size_t)n;
  return buf;
}

typedef struct {
  const char *s, *p, *o, *lang, *dt;
} triple_spec;

/* Adds triples with IRIs (relative: under the base; "ns:" forms for a few namespaces) and
 * literals ("o" starting with '"': a literal of the rest). */
static nkg_term_id term(nkg_graph *g, const char *v, const char *lang, const char *dt) {
  if (v[0] == '"') return nkg_graph_literal(g, v + 1, lang, dt);
  if (!strncmp(v, "rdfs:", 5)) return nkg_graph_ns(g, NKG_NS_RDFS, v + 5);
  if (!strncmp(v, "rdf:", 4)) return nkg_graph_ns(g, NKG_NS_RDF, v + 4);
  if (!strncmp(v, "nkg:", 4)) return nkg_graph_ns(g, NKG_NS_NKG, v + 4);
  if (!strncmp(v, "schema:", 7)) return nkg_graph_ns(g, NKG_NS_SCHEMA, v + 7);
  return nkg_graph_iri(g, v);
}

static void add_spec(nkg_graph *g, const triple_spec *t) {
  nkg_graph_add(g, term(g, t->s, NULL, NULL), term(g, t->p, NULL, NULL), term(g, t->o, t->lang, t->dt));
}

static const triple_spec sample[] = {
    {"person/sadyr-zhaparov", "rdf:type", "nkg:Person", NULL, NULL},
    {"person/sadyr-zhaparov", "rdfs:label", "\"Садыр Жапаров", "ru", NULL},
    {"person/sadyr-zhaparov", "rdfs:label", "\"Sadyr Zhaparov", "ru-Latn", NULL},
    {"city/cholpon-ata", "rdf:type", "nkg:City", NULL, NULL},
    {"city/cholpon-ata", "rdfs:label", "\"Чолпон-Ата", "ru", NULL},
    {"event/2025-06-30-cholpon-ata-meeting", "rdf:type", "nkg:Event", NULL, NULL},
    {"event/2025-06-30-cholpon-ata-meeting", "schema:startDate", "\"2025-06-30", NULL, NKG_NS_XSD "date"},
    {"event/2025-06-30-cholpon-ata-meeting", "schema:location", "city/cholpon-ata", NULL, NULL},
    {"event/2025-06-30-cholpon-ata-meeting", "schema:attendee", "person/sadyr-zhaparov", NULL, NULL},
    {"http://example.org/other", "rdfs:label", "\"plain", NULL, NULL},
};
#define NSAMPLE (sizeof sample / sizeof *sample)

static void graph_dedup(void **state) {
  (void)state;
  nkg_graph *g = nkg_graph_new(NULL);
  assert_non_null(g);
  assert_int_equal(nkg_graph_size(g), 0);
  add_spec(g, &sample[1]);
  add_spec(g, &sample[1]);
  assert_int_equal(nkg_graph_size(g), 1);
  /* the same literal in another language is another term */
  add_spec(g, &sample[2]);
  assert_int_equal(nkg_graph_size(g), 2);
  nkg_term_id s = nkg_graph_iri(g, "person/sadyr-zhaparov");
  nkg_term_id p = nkg_graph_ns(g, NKG_NS_RDFS, "label");
  /* equal terms intern to one id, however they are built */
  assert_int_equal(s, nkg_graph_iri(g, NKG_DEFAULT_BASE "person/sadyr-zhaparov"));
  assert_int_equal(p, nkg_graph_iri(g, NKG_NS_RDFS "label"));
  nkg_term_id ru = nkg_graph_literal(g, "Садыр Жапаров", "ru", NULL);
  assert_int_equal(ru, nkg_graph_literal(g, "Садыр Жапаров", "ru", NULL));
  assert_int_not_equal(ru, nkg_graph_literal(g, "Садыр Жапаров", NULL, NULL));
  assert_int_not_equal(ru, nkg_graph_literal(g, "Садыр Жапаров", NULL, NKG_NS_XSD "string"));
  /* an IRI and a literal with the same text differ */
  assert_int_not_equal(nkg_graph_literal(g, NKG_DEFAULT_BASE "person/sadyr-zhaparov", NULL, NULL), s);
  nkg_graph_add(g, s, p, ru);
  assert_int_equal(nkg_graph_size(g), 2);
  nkg_graph_add(g, s, p, nkg_graph_literal(g, "Садыр Жапаров", NULL, NULL));
  assert_int_equal(nkg_graph_size(g), 3);
  nkg_graph_free(g);
  nkg_graph_free(NULL);
}

static void graph_write_is_repeatable(void **state) {
  (void)state;
  nkg_graph *g = nkg_graph_new(NULL);
  for (size_t i = 0; i < NSAMPLE; i++) add_spec(g, &sample[i]);
  for (int f = 0; f < 2; f++) {
    nkg_format fmt = f ? NKG_FORMAT_NTRIPLES : NKG_FORMAT_TURTLE;
    size_t la = 0, lb = 0;
    char *a = write_graph(g, fmt, &la), *b = write_graph(g, fmt, &lb);
    assert_true(la > 0);
    assert_int_equal(la, lb);
    assert_memory_equal(a, b, la);
    free(a);
    free(b);
  }
  nkg_graph_free(g);
}

static void graph_insertion_order_irrelevant(void **state) {
  (void)state;
  nkg_graph *g1 = nkg_graph_new(NULL), *g2 = nkg_graph_new(NULL);
  for (size_t i = 0; i < NSAMPLE; i++) add_spec(g1, &sample[i]);
  /* reversed, and with terms interned in another order first */
  nkg_graph_literal(g2, "plain", NULL, NULL);
  nkg_graph_iri(g2, "city/cholpon-ata");
  for (size_t i = NSAMPLE; i-- > 0;) add_spec(g2, &sample[i]);
  add_spec(g2, &sample[3]); /* and a duplicate */
  assert_int_equal(nkg_graph_size(g1), nkg_graph_size(g2));
  for (int f = 0; f < 2; f++) {
    nkg_format fmt = f ? NKG_FORMAT_NTRIPLES : NKG_FORMAT_TURTLE;
    size_t la = 0, lb = 0;
    char *a = write_graph(g1, fmt, &la), *b = write_graph(g2, fmt, &lb);
    assert_int_equal(la, lb);
    assert_memory_equal(a, b, la);
    free(a);
    free(b);
  }
  nkg_graph_free(g1);
  nkg_graph_free(g2);
}

static void graph_ntriples_lines(void **state) {
  (void)state;
  nkg_graph *g = nkg_graph_new(NULL);
  for (size_t i = 0; i < NSAMPLE; i++) add_spec(g, &sample[i]);
  char *nt = write_graph(g, NKG_FORMAT_NTRIPLES, NULL);
  size_t lines = 0;
  for (const char *p = nt; *p; p++) lines += *p == '\n';
  assert_int_equal(lines, NSAMPLE);
  assert_non_null(strstr(nt, "<" NKG_DEFAULT_BASE "event/2025-06-30-cholpon-ata-meeting> <" NKG_NS_SCHEMA
                             "startDate> \"2025-06-30\"^^<" NKG_NS_XSD "date> .\n"));
  free(nt);
  nkg_graph_free(g);
}

/* ---- reading Turtle back with raptor ---- */

typedef struct {
  char *values[32];
  char *langs[32];
  char *subjects[32];
  int n;
  int errors;
} parsed_literals;

static void on_parsed(void *user, raptor_statement *st) {
  parsed_literals *r = user;
  if (st->object->type != RAPTOR_TERM_TYPE_LITERAL || r->n >= 32) return;
  r->values[r->n] = strdup((const char *)st->object->value.literal.string);
  r->langs[r->n] = st->object->value.literal.language ? strdup((const char *)st->object->value.literal.language) : NULL;
  r->subjects[r->n] = st->subject->type == RAPTOR_TERM_TYPE_URI
                          ? strdup((const char *)raptor_uri_as_string(st->subject->value.uri))
                          : NULL;
  r->n++;
}

static void on_parse_log(void *user, raptor_log_message *m) {
  parsed_literals *r = user;
  if (m->level >= RAPTOR_LOG_LEVEL_ERROR) r->errors++;
}

static void parse_turtle(const char *text, size_t len, parsed_literals *out) {
  memset(out, 0, sizeof *out);
  raptor_world *w = raptor_new_world();
  assert_non_null(w);
  raptor_world_set_log_handler(w, out, on_parse_log);
  raptor_parser *p = raptor_new_parser(w, "turtle");
  assert_non_null(p);
  raptor_parser_set_statement_handler(p, out, on_parsed);
  raptor_uri *base = raptor_new_uri(w, (const unsigned char *)"http://example.org/");
  assert_int_equal(raptor_parser_parse_start(p, base), 0);
  assert_int_equal(raptor_parser_parse_chunk(p, (const unsigned char *)text, len, 1), 0);
  raptor_free_uri(base);
  raptor_free_parser(p);
  raptor_free_world(w);
}

static void free_parsed(parsed_literals *r) {
  for (int i = 0; i < r->n; i++) {
    free(r->values[i]);
    free(r->langs[i]);
    free(r->subjects[i]);
  }
}

static void graph_literal_round_trip(void **state) {
  (void)state;
  static const char *const tricky[] = {
      "Он сказал: \"мир\" и \"дружба\"",
      "первая строка\nвторая строка",
      "обратная \\ черта, \t табуляция и 'апостроф'",
      "\"\"\"тройные кавычки\"\"\"\r\n",
  };
  nkg_graph *g = nkg_graph_new(NULL);
  nkg_term_id p = nkg_graph_ns(g, NKG_NS_RDFS, "comment");
  for (size_t i = 0; i < sizeof tricky / sizeof *tricky; i++) {
    char path[64];
    snprintf(path, sizeof path, "note/%zu", i);
    nkg_graph_add(g, nkg_graph_iri(g, path), p, nkg_graph_literal(g, tricky[i], "ru", NULL));
  }
  for (int f = 0; f < 2; f++) {
    size_t len = 0;
    char *out = write_graph(g, f ? NKG_FORMAT_NTRIPLES : NKG_FORMAT_TURTLE, &len);
    parsed_literals r;
    parse_turtle(out, len, &r); /* N-Triples is Turtle too */
    assert_int_equal(r.errors, 0);
    assert_int_equal(r.n, sizeof tricky / sizeof *tricky);
    for (size_t i = 0; i < sizeof tricky / sizeof *tricky; i++) {
      char subject[128];
      snprintf(subject, sizeof subject, NKG_DEFAULT_BASE "note/%zu", i);
      int found = 0;
      for (int k = 0; k < r.n; k++)
        if (r.subjects[k] && !strcmp(r.subjects[k], subject)) {
          assert_string_equal(r.values[k], tricky[i]);
          assert_non_null(r.langs[k]);
          assert_string_equal(r.langs[k], "ru");
          found = 1;
        }
      assert_true(found);
    }
    free_parsed(&r);
    free(out);
  }
  nkg_graph_free(g);
}

static void graph_base(void **state) {
  (void)state;
  const char *base = "http://example.org/kg/";
  nkg_graph *g = nkg_graph_new(base);
  nkg_term_id s = nkg_graph_iri(g, "person/sadyr-zhaparov");
  const nkg_term *t = nkg_vec_at(&g->terms, s);
  assert_int_equal(t->kind, NKG_TERM_IRI);
  assert_string_equal(t->value, "http://example.org/kg/person/sadyr-zhaparov");
  /* absolute IRIs stay as they are */
  nkg_term_id wd = nkg_graph_iri(g, "http://www.wikidata.org/entity/Q813");
  assert_string_equal(((const nkg_term *)nkg_vec_at(&g->terms, wd))->value, "http://www.wikidata.org/entity/Q813");
  nkg_graph_add(g, s, nkg_graph_ns(g, NKG_NS_OWL, "sameAs"), wd);
  char *nt = write_graph(g, NKG_FORMAT_NTRIPLES, NULL);
  assert_non_null(strstr(nt, "<http://example.org/kg/person/sadyr-zhaparov>"));
  assert_null(strstr(nt, NKG_DEFAULT_BASE));
  free(nt);
  char *ttl = write_graph(g, NKG_FORMAT_TURTLE, NULL);
  assert_non_null(strstr(ttl, "http://example.org/kg/"));
  assert_null(strstr(ttl, NKG_DEFAULT_BASE));
  parsed_literals r;
  parse_turtle(ttl, strlen(ttl), &r);
  assert_int_equal(r.errors, 0);
  free_parsed(&r);
  free(ttl);
  nkg_graph_free(g);

  /* no base: the default */
  g = nkg_graph_new(NULL);
  s = nkg_graph_iri(g, "person/sadyr-zhaparov");
  assert_string_equal(((const nkg_term *)nkg_vec_at(&g->terms, s))->value, NKG_DEFAULT_BASE "person/sadyr-zhaparov");
  nkg_graph_free(g);
}

/* ---- every syntax, read back by raptor, is the same set of statements ---- */

typedef struct {
  char *lines[64];
  int n, errors;
} statement_set;

static void on_statement(void *user, raptor_statement *st) {
  statement_set *r = user;
  if (r->n >= 64) return;
  size_t len = 0;
  raptor_iostream *io = NULL;
  void *str = NULL;
  io = raptor_new_iostream_to_string(st->world, &str, &len, malloc);
  raptor_statement_ntriples_write(st, io, 0);
  raptor_free_iostream(io);
  r->lines[r->n++] = str;
}

static void on_statement_log(void *user, raptor_log_message *m) {
  if (m->level >= RAPTOR_LOG_LEVEL_ERROR) ((statement_set *)user)->errors++;
}

static int cmp_line(const void *a, const void *b) { return strcasecmp(*(char *const *)a, *(char *const *)b); }

static void read_back(const char *syntax, const char *text, size_t len, statement_set *out) {
  memset(out, 0, sizeof *out);
  raptor_world *w = raptor_new_world();
  raptor_world_set_log_handler(w, out, on_statement_log);
  raptor_parser *p = raptor_new_parser(w, syntax);
  assert_non_null(p);
  raptor_parser_set_statement_handler(p, out, on_statement);
  raptor_uri *base = raptor_new_uri(w, (const unsigned char *)"http://example.org/");
  assert_int_equal(raptor_parser_parse_start(p, base), 0);
  raptor_parser_parse_chunk(p, (const unsigned char *)text, len, 1);
  raptor_free_uri(base);
  raptor_free_parser(p);
  raptor_free_world(w);
  qsort(out->lines, (size_t)out->n, sizeof *out->lines, cmp_line);
}

static void free_set(statement_set *r) {
  for (int i = 0; i < r->n; i++) free(r->lines[i]);
}

static void graph_syntaxes_agree(void **state) {
  (void)state;
  nkg_graph *g = nkg_graph_new("http://example.org/kg/");
  for (size_t i = 0; i < NSAMPLE; i++) add_spec(g, &sample[i]);
  /* one subject, one predicate, several objects; and what N-Triples must escape */
  nkg_term_id s = nkg_graph_iri(g, "person/x"), label = nkg_graph_ns(g, NKG_NS_RDFS, "label");
  nkg_graph_add(g, s, label, nkg_graph_literal(g, "tab\t and form feed-less text", NULL, NULL));
  nkg_graph_add(g, s, label, nkg_graph_literal(g, "кавычка \" и \\ и\r\nстрока", "ru", NULL));
  nkg_graph_add(g, s, label, nkg_graph_literal(g, "42", NULL, NKG_NS_XSD "integer"));
  nkg_graph_add(g, s, nkg_graph_ns(g, NKG_NS_OWL, "sameAs"), nkg_graph_iri(g, "http://example.org/%D0%90"));
  static const struct {
    nkg_format format;
    const char *syntax;
  } syntaxes[] = {{NKG_FORMAT_NTRIPLES, "ntriples"},
                  {NKG_FORMAT_NQUADS, "nquads"},
                  {NKG_FORMAT_TURTLE, "turtle"},
                  {NKG_FORMAT_RDFXML, "rdfxml"}};
  statement_set first = {0};
  for (size_t k = 0; k < sizeof syntaxes / sizeof *syntaxes; k++) {
    size_t len = 0;
    char *text = write_graph(g, syntaxes[k].format, &len);
    statement_set r;
    read_back(syntaxes[k].syntax, text, len, &r);
    assert_int_equal(r.errors, 0);
    assert_int_equal(r.n, NSAMPLE + 4);
    if (k == 0) {
      first = r;
    } else {
      /* some of raptor's parsers lower-case language tags, which are case-insensitive */
      for (int i = 0; i < r.n; i++) assert_int_equal(strcasecmp(r.lines[i], first.lines[i]), 0);
      free_set(&r);
    }
    free(text);
  }
  free_set(&first);
  nkg_graph_free(g);
}

/* What an IRI may not hold is written as \u escapes by raptor (parsers differ on what
 * they make of them, so this is checked on the text). */
static void graph_ntriples_escapes_iris(void **state) {
  (void)state;
  nkg_graph *g = nkg_graph_new(NULL);
  nkg_graph_add(g, nkg_graph_iri(g, "http://example.org/a b<c>"), nkg_graph_ns(g, NKG_NS_RDFS, "label"),
                nkg_graph_literal(g, "text", NULL, NULL));
  char *nt = write_graph(g, NKG_FORMAT_NTRIPLES, NULL);
  assert_non_null(strstr(nt, "<http://example.org/a\\u0020b\\u003Cc\\u003E> "));
  free(nt);
  nkg_graph_free(g);
}

/* A literal holds only characters every syntax carries: C0 controls other than tab,
 * newline and carriage return (RDF/XML cannot hold them), DEL (raptor's RDF/XML writer
 * refuses it), noncharacters (raptor's parsers refuse them) and malformed bytes become
 * U+FFFD, one for one; the rest, outside the BMP too, stays. */
static void graph_literals_carried_everywhere(void **state) {
  (void)state;
  nkg_graph *g = nkg_graph_new(NULL);
  nkg_term_id plain = nkg_graph_literal(g, "tab\t nl\n cr\r, Кириллица 😀", NULL, NULL);
  nkg_term_id bad = nkg_graph_literal(g, "c\x01 d\x7F n\xEF\xBF\xBE b\xFF e\x1B[0m", "ru", NULL);
  const nkg_term *t = nkg_vec_at(&g->terms, plain);
  assert_string_equal(t->value, "tab\t nl\n cr\r, Кириллица 😀");
  t = nkg_vec_at(&g->terms, bad);
  assert_string_equal(t->value, "c\xEF\xBF\xBD d\xEF\xBF\xBD n\xEF\xBF\xBD b\xEF\xBF\xBD e\xEF\xBF\xBD[0m");
  /* the same text made again is the same term */
  assert_int_equal(nkg_graph_literal(g, "c\x01 d\x7F n\xEF\xBF\xBE b\xFF e\x1B[0m", "ru", NULL), bad);
  nkg_graph_free(g);
}

/* raptor's RDF/JSON writer escapes a character outside the BMP as \U0001F600, which is
 * not JSON: the output has its UTF-16 surrogate pair instead, and other escapes intact. */
static void graph_rdfjson_outside_bmp(void **state) {
  (void)state;
  nkg_graph *g = nkg_graph_new(NULL);
  nkg_graph_add(g, nkg_graph_iri(g, "person/x"), nkg_graph_ns(g, NKG_NS_RDFS, "label"),
                nkg_graph_literal(g, "smile 😀, \\U0001F600 written out, tab\t, ё", "ru", NULL));
  char *json = write_graph(g, NKG_FORMAT_RDFJSON, NULL);
  assert_null(strstr(json, "\\U0001F600\""));
  assert_non_null(strstr(json, "smile \\uD83D\\uDE00, \\\\U0001F600 written out, tab\\t, \\u0451"));
  free(json);
  nkg_graph_free(g);
}

/* --base: an absolute IRI that every syntax can carry. */
static void graph_base_iri_check(void **state) {
  (void)state;
  assert_true(nkg_base_iri_ok("https://w3id.org/newskg/id/"));
  assert_true(nkg_base_iri_ok("urn:example:kg:"));
  assert_true(nkg_base_iri_ok("https://пример.рф/id/"));
  assert_false(nkg_base_iri_ok("not an iri"));
  assert_false(nkg_base_iri_ok("relative/path/"));
  assert_false(nkg_base_iri_ok(""));
  assert_false(nkg_base_iri_ok("https://example.org/a b/"));
  assert_false(nkg_base_iri_ok("https://example.org/<x>/"));
  assert_false(nkg_base_iri_ok("https://example.org/\"/"));
  assert_false(nkg_base_iri_ok("https://example.org/\x01/"));
  assert_false(nkg_base_iri_ok("https://example.org/\xFF/"));
}

/* An empty graph is a valid, empty document (it once passed NULL to memcpy). */
static void graph_empty_writes(void **state) {
  (void)state;
  nkg_graph *g = nkg_graph_new(NULL);
  size_t len = 99;
  char *nt = write_graph(g, NKG_FORMAT_NTRIPLES, &len);
  assert_int_equal(len, 0);
  free(nt);
  char *ttl = write_graph(g, NKG_FORMAT_TURTLE, &len);
  parsed_literals r;
  parse_turtle(ttl, len, &r);
  assert_int_equal(r.errors, 0);
  assert_int_equal(r.n, 0);
  free_parsed(&r);
  free(ttl);
  nkg_graph_free(g);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test_setup_teardown(slugs, slugger_setup, slugger_teardown),
      cmocka_unit_test_setup_teardown(slug_of_a_long_name, slugger_setup, slugger_teardown),
      cmocka_unit_test_setup_teardown(slug_is_ascii, slugger_setup, slugger_teardown),
      cmocka_unit_test_setup_teardown(slug_truncates_safely, slugger_setup, slugger_teardown),
      cmocka_unit_test_setup_teardown(transliteration, slugger_setup, slugger_teardown),
      cmocka_unit_test_setup_teardown(translit_word_by_word, slugger_setup, slugger_teardown),
      cmocka_unit_test(graph_dedup),
      cmocka_unit_test(graph_write_is_repeatable),
      cmocka_unit_test(graph_insertion_order_irrelevant),
      cmocka_unit_test(graph_ntriples_lines),
      cmocka_unit_test(graph_literal_round_trip),
      cmocka_unit_test(graph_base),
      cmocka_unit_test(graph_empty_writes),
      cmocka_unit_test(graph_syntaxes_agree),
      cmocka_unit_test(graph_ntriples_escapes_iris),
      cmocka_unit_test(graph_literals_carried_everywhere),
      cmocka_unit_test(graph_rdfjson_outside_bmp),
      cmocka_unit_test(graph_base_iri_check),
      cmocka_unit_test(utf8_trim),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}


