/* Person names.  A given-name list (data) decides gender and case: "Садыра" can
 * only be the genitive of Садыр, so "Садыра Жапарова" is a man's genitive, while
 * "Ярослава" is first of all a nominative, so "Ярослава Новожилова" is a woman.
 * The surname is then put in the nominative by the regular declension of its
 * gender; a feminine surname is never made masculine. */
#include "names.h"

#include <stdio.h>
#include <string.h>

#include "../lexicon/lexicon.h"

static int ends_with(const char *s, size_t len, const char *suffix) {
  size_t b = strlen(suffix);
  return len >= b && memcmp(s + len - b, suffix, b) == 0;
}

typedef struct {
  const char *from, *to;
} rule;

/* Replace the first matching suffix; `consonant_strip` endings are removed only after
 * a consonant (a foreign surname: "Мемиша" -> "Мемиш"). */
static const char *apply(nkg_arena *a, const char *s, size_t len, const rule *rules, size_t n,
                         const char *const *consonant_strip, size_t nstrip) {
  for (size_t i = 0; i < n; i++)
    if (ends_with(s, len, rules[i].from) && len - strlen(rules[i].from) >= 4) { /* a stem of two letters at least */
      size_t fl = strlen(rules[i].from), tl = strlen(rules[i].to);
      char *out = nkg_arena_alloc(a, len - fl + tl + 1);
      memcpy(out, s, len - fl);
      memcpy(out + len - fl, rules[i].to, tl);
      return out;
    }
  static const char *const vowels[] = {"а", "е", "ё", "и", "о", "у", "ы", "э", "ю", "я", "й", "ь"};
  for (size_t i = 0; i < nstrip; i++)
    if (ends_with(s, len, consonant_strip[i])) {
      size_t cut = len - strlen(consonant_strip[i]);
      int after_vowel = 0;
      for (size_t v = 0; v < sizeof vowels / sizeof *vowels; v++) after_vowel |= ends_with(s, cut, vowels[v]);
      if (after_vowel || cut < 4) break;
      return nkg_arena_strndup(a, s, cut);
    }
  return nkg_arena_strndup(a, s, len);
}

static int indeclinable(const char *s, size_t len) {
  static const char *const endings[] = {"енко", "ко", "их", "ых", "дзе", "швили", "ия", "о", "у", "ю", "э", "и", "е"};
  for (size_t i = 0; i < sizeof endings / sizeof *endings; i++)
    if (ends_with(s, len, endings[i])) return 1;
  return 0;
}

const char *nkg_surname_nominative(nkg_arena *a, const char *s, size_t len, int female, nkg_case c) {
  if (c == NKG_CASE_NOM) return nkg_arena_strndup(a, s, len);
  /* a double surname declines in both parts: "Ивановой-Петровой" -> "Иванова-Петрова" */
  const char *hyphen = memchr(s, '-', len);
  if (hyphen && hyphen - s >= 6 && len - (size_t)(hyphen - s) > 6 && (unsigned char)hyphen[1] == 0xD0 &&
      (unsigned char)hyphen[2] >= 0x90 && (unsigned char)hyphen[2] <= 0xAF) {
    const char *first = nkg_surname_nominative(a, s, (size_t)(hyphen - s), female, c);
    const char *second = nkg_surname_nominative(a, hyphen + 1, len - (size_t)(hyphen - s) - 1, female, c);
    return nkg_arena_join(a, first, "-", second);
  }
  /* "Дарсалии", "Гахарией": a surname in -ия declines like a noun in -ия, for either sex */
  {
    const char *ending = c == NKG_CASE_ACC ? "ию" : c == NKG_CASE_INS ? "ией" : "ии";
    if (len >= 10 && ends_with(s, len, ending)) {
      rule ia[] = {{ending, "ия"}};
      return apply(a, s, len, ia, 1, NULL, 0);
    }
  }
  if (female) {
    static const rule fem[] = {{"овой", "ова"}, {"евой", "ева"}, {"ёвой", "ёва"}, {"иной", "ина"}, {"ыной", "ына"},
                               {"ской", "ская"}, {"цкой", "цкая"}, {"ову", "ова"}, {"еву", "ева"}, {"ёву", "ёва"},
                               {"ину", "ина"}, {"ыну", "ына"}, {"скую", "ская"}, {"цкую", "цкая"}, {"ую", "ая"}};
    return apply(a, s, len, fem, sizeof fem / sizeof *fem, NULL, 0);
  }
  /* soft stems: "Вадефуля", "Вадефулем" -> "Вадефуль"; "Сергея" -> "Сергей" */
  const char *soft = c == NKG_CASE_GEN || c == NKG_CASE_ACC ? "я" : c == NKG_CASE_DAT ? "ю" : c == NKG_CASE_INS ? "ем" : NULL;
  if (soft && ends_with(s, len, soft) && len >= strlen(soft) + 6) {
    static const char *const vowels[] = {"а", "е", "и", "о", "у", "ы", "э", "ю", "я"};
    static const char *const hushing[] = {"ж", "ш", "ч", "щ", "ц"};
    size_t cut = len - strlen(soft);
    int after_vowel = 0, after_hushing = 0;
    for (size_t v = 0; v < sizeof vowels / sizeof *vowels; v++) after_vowel |= ends_with(s, cut, vowels[v]);
    for (size_t h = 0; h < sizeof hushing / sizeof *hushing; h++) after_hushing |= ends_with(s, cut, hushing[h]);
    if (!after_hushing) {
      const char *tail = after_vowel ? "й" : "ь";
      char *out = nkg_arena_alloc(a, cut + 3);
      memcpy(out, s, cut);
      memcpy(out + cut, tail, strlen(tail));
      return out;
    }
  }
  /* Kazakh, Kyrgyz, Azerbaijani patronymic surnames ("Абдрахманулы", "Гусейнкызы") are
   * not declined */
  static const char *const turkic[] = {"улы", "уулу", "оглы", "кызы", "гызы"};
  for (size_t k = 0; k < sizeof turkic / sizeof *turkic; k++)
    if (ends_with(s, len, turkic[k])) return nkg_arena_strndup(a, s, len);
  switch (c) {
  case NKG_CASE_GEN:
  case NKG_CASE_ACC: {
    /* adjectival surnames: "Горького" -> "Горький" after a velar, "Толстого" -> "Толстой";
     * a man's surname in -а declines like a noun in -а: "Джинны" -> "Джинна" */
    static const rule r[] = {{"ского", "ский"}, {"цкого", "цкий"}, {"кого", "кий"}, {"гого", "гий"}, {"хого", "хий"},
                             {"ого", "ой"},     {"ова", "ов"},     {"ева", "ев"},   {"ёва", "ёв"},   {"ина", "ин"},
                             {"ына", "ын"},     {"яна", "ян"}};
    static const char *const strip[] = {"а"};
    if (c == NKG_CASE_GEN && ends_with(s, len, "ы") && len >= 8) {
      static const rule y[] = {{"ы", "а"}};
      static const char *const vowels[] = {"а", "е", "и", "о", "у", "ы", "э", "ю", "я"};
      int after_vowel = 0;
      for (size_t v = 0; v < sizeof vowels / sizeof *vowels; v++) after_vowel |= ends_with(s, len - strlen("ы"), vowels[v]);
      return after_vowel ? nkg_arena_strndup(a, s, len) : apply(a, s, len, y, 1, NULL, 0);
    }
    if (indeclinable(s, len) && !ends_with(s, len, "а") && !ends_with(s, len, "ого")) break;
    return apply(a, s, len, r, sizeof r / sizeof *r, strip, 1);
  }
  case NKG_CASE_DAT: {
    static const rule r[] = {{"скому", "ский"}, {"цкому", "цкий"}, {"кому", "кий"}, {"гому", "гий"}, {"хому", "хий"},
                             {"ому", "ой"},     {"ову", "ов"},     {"еву", "ев"},   {"ёву", "ёв"},   {"ину", "ин"},
                             {"ыну", "ын"},     {"яну", "ян"}};
    static const char *const strip[] = {"у"};
    return apply(a, s, len, r, sizeof r / sizeof *r, strip, 1);
  }
  case NKG_CASE_INS: {
    static const rule r[] = {{"ским", "ский"}, {"цким", "цкий"}, {"овым", "ов"}, {"евым", "ев"}, {"ёвым", "ёв"},
                             {"иным", "ин"},   {"ыным", "ын"},   {"яном", "ян"}, {"ким", "кий"}, {"гим", "гий"},
                             {"хим", "хий"},   {"ым", "ой"},     {"ой", "а"}};
    static const char *const strip[] = {"ом", "ем"};
    return apply(a, s, len, r, sizeof r / sizeof *r, strip, 2);
  }
  case NKG_CASE_PREP: {
    static const rule r[] = {{"ском", "ский"}, {"цком", "цкий"}, {"ове", "ов"}, {"еве", "ев"}, {"ёве", "ёв"},
                             {"ине", "ин"},    {"ыне", "ын"},    {"яне", "ян"}};
    static const char *const strip[] = {"е"};
    return apply(a, s, len, r, sizeof r / sizeof *r, strip, 1);
  }
  default: break;
  }
  return nkg_arena_strndup(a, s, len);
}

int nkg_is_patronymic(const char *f) {
  static const char *const stems[] = {"ович", "евич", "ьич", "овн", "евн", "ичн", "инична"};
  size_t len = strlen(f);
  if (len < 10) return 0; /* at least a few letters before the suffix */
  for (size_t i = 0; i < sizeof stems / sizeof *stems; i++) {
    const char *p = strstr(f, stems[i]);
    if (!p) continue;
    size_t rest = len - (size_t)(p - f) - strlen(stems[i]);
    if (rest <= 6) return 1; /* a case ending at most ("-ем", "-ой", "-ы") */
  }
  return 0;
}

/* Whether a folded patronymic is made from a given name in the list: "владимирович" from
 * Владимир, "ивановна" from Иван; "вольфович" is then a surname. */
static int patronymic_of_known_name(nkg_doc *d, const char *f) {
  static const char *const suffixes[] = {"ович", "евич", "овна", "евна"};
  for (size_t k = 0; k < sizeof suffixes / sizeof *suffixes; k++) {
    const char *p = strstr(f, suffixes[k]);
    if (!p || p == f) continue;
    char base[128];
    size_t n = (size_t)(p - f);
    if (n >= sizeof base - 4) return 0;
    memcpy(base, f, n);
    base[n] = '\0';
    nkg_given_reading r[4];
    if (nkg_lex_given_readings(d->lex, base, r, 4)) return 1;
    /* "Сергеевич" from Сергей, "Юрьевич" from Юрий */
    memcpy(base + n, "й", strlen("й") + 1);
    if (nkg_lex_given_readings(d->lex, base, r, 4)) return 1;
    if (n > 2 && !strcmp(base + n - 2, "ь")) {
      memcpy(base + n - 2, "ий", strlen("ий") + 1);
      if (nkg_lex_given_readings(d->lex, base, r, 4)) return 1;
    }
  }
  return 0;
}

static const char *patronymic_nominative(nkg_arena *a, const char *s, size_t len, int female) {
  if (female) {
    static const rule r[] = {{"овны", "овна"}, {"овне", "овна"}, {"овну", "овна"}, {"овной", "овна"},
                             {"евны", "евна"}, {"евне", "евна"}, {"евну", "евна"}, {"евной", "евна"},
                             {"ичны", "ична"}, {"ичне", "ична"}, {"ичну", "ична"}, {"ичной", "ична"}};
    return apply(a, s, len, r, sizeof r / sizeof *r, NULL, 0);
  }
  static const rule r[] = {{"ича", "ич"}, {"ичу", "ич"}, {"ичем", "ич"}, {"иче", "ич"}};
  return apply(a, s, len, r, sizeof r / sizeof *r, NULL, 0);
}

/* Short words that start sentences: never a family name. */
static int is_function_word(const char *w) {
  static const char *const words[] = {"в", "во", "на", "с", "со", "к", "по", "о", "об", "у", "от", "до", "за", "из", "и",
                                      "а", "но", "не", "ни", "как", "так", "это", "его", "ее", "их", "он", "она", "они",
                                      "мы", "вы", "я", "же", "ли", "для", "при", "про", "без", "под", "над", "что", "где"};
  for (size_t i = 0; i < sizeof words / sizeof *words; i++)
    if (!strcmp(w, words[i])) return 1;
  return 0;
}

static int nkg_surname_shaped_short(const nkg_token *t) {
  return t->kind == NKG_TOK_WORD && (t->flags & NKG_TF_CAP) && (t->flags & NKG_TF_CYRILLIC) && !(t->flags & NKG_TF_UPPER);
}

/* "аль-Тани", "эль-Сиси", "ад-Дин": Arabic family names begin with an article in lower case. */
static int arabic_article_name(const nkg_token *t) {
  static const char *const articles[] = {"аль-", "эль-", "ал-", "ад-", "ас-", "ат-", "ар-", "ан-", "аш-", "аз-"};
  if (t->kind != NKG_TOK_WORD || !(t->flags & NKG_TF_HYPHENATED)) return 0;
  for (size_t i = 0; i < sizeof articles / sizeof *articles; i++) {
    size_t n = strlen(articles[i]);
    if (strncmp(t->surface, articles[i], n) == 0 && t->end - t->start > n + 2) {
      /* the name after the article is capitalised */
      const unsigned char *c = (const unsigned char *)t->surface + n;
      return c[0] == 0xD0 && c[1] >= 0x90 && c[1] <= 0xAF;
    }
  }
  return 0;
}

int nkg_surname_shaped(const nkg_token *t) {
  if (arabic_article_name(t)) return 1;
  return t->kind == NKG_TOK_WORD && (t->flags & NKG_TF_CAP) && (t->flags & NKG_TF_CYRILLIC) &&
         !(t->flags & NKG_TF_UPPER) && t->end - t->start >= 4;
}

/* A word that starts a country, city or organization name, or a month: not a surname. */
static int is_lexicon_word(nkg_doc *d, size_t i) {
  nkg_lex_match m[4];
  size_t n = nkg_lex_match_at(d->lex, d->seg.tokens, d->seg.ntokens, i, m, 4);
  for (size_t k = 0; k < n; k++) {
    nkg_lex_kind kind = d->lex->entries[m[k].entry].kind;
    if (kind != NKG_LEX_PERSON && kind != NKG_LEX_TRIGGER) return 1;
  }
  return 0;
}

static int indeclinable_given(const char *name) {
  size_t len = strlen(name);
  static const char *const v[] = {"и", "у", "о", "е", "ю", "э", "ы"};
  for (size_t i = 0; i < sizeof v / sizeof *v; i++)
    if (ends_with(name, len, v[i])) return 1;
  return 0;
}

/* The reading of a given name: nominative first, unless the text around says which
 * case it is in; an indeclinable name ("Эмомали") takes its case from the context. */
static int given_reading(nkg_doc *d, const nkg_token *t, nkg_case context, nkg_given_reading *r) {
  if (t->kind != NKG_TOK_WORD || !(t->flags & NKG_TF_CAP) || (t->flags & NKG_TF_UPPER)) return 0;
  nkg_given_reading all[4];
  size_t n = nkg_lex_given_readings(d->lex, t->lower, all, 4);
  if (!n) return 0;
  *r = all[0]; /* nominative readings come first */
  if (context != NKG_CASE_NOM && context != NKG_CASE_UNKNOWN)
    for (size_t k = 0; k < n; k++)
      if (all[k].gcase == context) {
        *r = all[k];
        break;
      }
  if (r->gcase == NKG_CASE_NOM && indeclinable_given(d->lex->given[r->name].name))
    r->gcase = context == NKG_CASE_UNKNOWN ? NKG_CASE_NOM : context;
  return 1;
}

/* "Министр ... Беате Майнль-Райзингер": where the context says nominative but the word
 * is only an oblique form of a name in the list, it is a foreign name Russian does not
 * decline, to be kept as written. */
static int kept_as_written(const nkg_given_reading *g, nkg_case context) {
  return context == NKG_CASE_NOM && g->gcase != NKG_CASE_NOM;
}

nkg_case nkg_case_of_form(const char *form, const char *nom) {
  if (!strcmp(form, nom)) return NKG_CASE_NOM;
  size_t len = strlen(form);
  static const struct {
    const char *ending;
    nkg_case c;
  } endings[] = {{"ого", NKG_CASE_GEN},  {"его", NKG_CASE_GEN},  {"ому", NKG_CASE_DAT},  {"ему", NKG_CASE_DAT},
                 {"ых", NKG_CASE_GEN},   {"их", NKG_CASE_GEN}, /* "Чрезвычайных и Полномочных Послов" */
                 {"ами", NKG_CASE_INS}, {"ями", NKG_CASE_INS}, {"ым", NKG_CASE_INS},  {"им", NKG_CASE_INS},
                 {"ом", NKG_CASE_INS},  {"ем", NKG_CASE_INS},  {"ой", NKG_CASE_INS},  {"ам", NKG_CASE_DAT},
                 {"ям", NKG_CASE_DAT},  {"ов", NKG_CASE_GEN},  {"ей", NKG_CASE_GEN},  {"ах", NKG_CASE_PREP},
                 {"ях", NKG_CASE_PREP}, {"у", NKG_CASE_DAT},   {"ю", NKG_CASE_DAT},   {"а", NKG_CASE_GEN},
                 {"я", NKG_CASE_GEN},   {"е", NKG_CASE_PREP},  {"ы", NKG_CASE_NOM},   {"и", NKG_CASE_NOM}};
  for (size_t i = 0; i < sizeof endings / sizeof *endings; i++)
    if (ends_with(form, len, endings[i].ending)) return endings[i].c;
  return NKG_CASE_NOM;
}

nkg_case nkg_case_after_preposition(const char *w) {
  static const struct {
    const char *word;
    nkg_case c;
  } preps[] = {{"с", NKG_CASE_INS},   {"со", NKG_CASE_INS},  {"между", NKG_CASE_INS}, {"к", NKG_CASE_DAT},
               {"ко", NKG_CASE_DAT},  {"у", NKG_CASE_GEN},   {"от", NKG_CASE_GEN},    {"для", NKG_CASE_GEN},
               {"без", NKG_CASE_GEN}, {"до", NKG_CASE_GEN},  {"о", NKG_CASE_PREP},    {"об", NKG_CASE_PREP},
               {"при", NKG_CASE_PREP}};
  for (size_t i = 0; i < sizeof preps / sizeof *preps; i++)
    if (!strcmp(w, preps[i].word)) return preps[i].c;
  return NKG_CASE_NOM;
}

/* A given name the list does not know, put in the nominative by its case. */
static const char *unknown_given_nominative(nkg_arena *a, const char *s, size_t len, int female, nkg_case c) {
  if (c == NKG_CASE_NOM) return nkg_arena_strndup(a, s, len);
  if (female) {
    static const rule r[] = {{"ой", "а"}, {"ы", "а"}, {"е", "а"}, {"у", "а"}};
    return apply(a, s, len, r, sizeof r / sizeof *r, NULL, 0);
  }
  if (c == NKG_CASE_INS && ends_with(s, len, "ой")) { /* "Исматуллой": a man's name in -а */
    static const rule r[] = {{"ой", "а"}};
    return apply(a, s, len, r, 1, NULL, 0);
  }
  static const char *const gen[] = {"а"}, *const dat[] = {"у"}, *const ins[] = {"ом", "ем"}, *const prep[] = {"е"};
  const char *const *strip = c == NKG_CASE_GEN || c == NKG_CASE_ACC ? gen : c == NKG_CASE_DAT ? dat : c == NKG_CASE_INS ? ins : prep;
  size_t n = c == NKG_CASE_INS ? 2 : 1;
  return apply(a, s, len, NULL, 0, strip, n);
}

/* What a surname's ending says of its bearer's gender and case, when it says it
 * plainly: "-овым" is a man in the instrumental, "-овой" a woman in an oblique case.
 * Returns 0 when the ending leaves it open. */
static int surname_reading(const char *s, size_t len, nkg_case context, int *female, nkg_case *c) {
  static const struct {
    const char *ending;
    int female;
    nkg_case c;
  } plain[] = {{"овым", 0, NKG_CASE_INS}, {"евым", 0, NKG_CASE_INS}, {"ёвым", 0, NKG_CASE_INS}, {"иным", 0, NKG_CASE_INS},
               {"ыным", 0, NKG_CASE_INS}, {"ским", 0, NKG_CASE_INS}, {"цким", 0, NKG_CASE_INS}, {"ского", 0, NKG_CASE_GEN},
               {"цкого", 0, NKG_CASE_GEN}, {"скому", 0, NKG_CASE_DAT}, {"ове", 0, NKG_CASE_PREP}, {"еве", 0, NKG_CASE_PREP},
               {"овой", 1, NKG_CASE_GEN}, {"евой", 1, NKG_CASE_GEN}, {"иной", 1, NKG_CASE_GEN}, {"ской", 1, NKG_CASE_GEN},
               {"цкой", 1, NKG_CASE_GEN}};
  for (size_t i = 0; i < sizeof plain / sizeof *plain; i++)
    if (ends_with(s, len, plain[i].ending)) {
      *female = plain[i].female;
      /* a woman's oblique surname has one form for four cases: the context picks */
      *c = plain[i].female && context != NKG_CASE_NOM ? context : plain[i].c;
      return 1;
    }
  return 0;
}

static const char *given_label(nkg_doc *d, const nkg_given_reading *r) { return d->lex->given[r->name].name; }

/* Whether a word ends as surnames do, in some case: "-ов", "-евой", "-иным", "-ского",
 * "-енко", "-ян", "-дзе", "-уулу". A given name that is also a word ("Любовь") is a
 * name only before such a word. */
static int plain_surname_shape(const char *s, size_t len) {
  static const char *const stems[] = {"ов", "ев", "ёв", "ин", "ын"};
  static const char *const endings[] = {"", "а", "у", "ым", "ом", "е", "ой", "ы"};
  char suffix[32];
  for (size_t k = 0; k < sizeof stems / sizeof *stems; k++)
    for (size_t e = 0; e < sizeof endings / sizeof *endings; e++) {
      snprintf(suffix, sizeof suffix, "%s%s", stems[k], endings[e]);
      if (ends_with(s, len, suffix)) return 1;
    }
  static const char *const other[] = {"ский", "ская", "ского", "скому", "ским", "ской", "скую", "цкий", "цкая", "цкого",
                                      "цкому", "цким", "цкой", "енко", "ян", "яна", "яну", "яном", "яне", "янц",
                                      "дзе", "швили", "ук", "юк", "ука", "уку", "уком", "юка", "юку", "юком",
                                      "улы", "уулу", "кызы", "оглы", "заде", "зода", "ич", "ича", "ичу", "ичем"};
  for (size_t k = 0; k < sizeof other / sizeof *other; k++)
    if (ends_with(s, len, other[k])) return 1;
  return 0;
}

/* Whether a surname cannot be a woman's in the nominative: "Ковальчука", "Толстого",
 * "Каримовым" (a woman's surname in -а is "-ова", "-ина", "-ская"...). Then "Ивана" before
 * it is Иван in the genitive, not the feminine Ивана. */
static int not_feminine_nominative(const char *s, size_t len) {
  static const char *const feminine_a[] = {"ова", "ева", "ёва", "ина", "ына", "ая", "яя"};
  if (ends_with(s, len, "а")) {
    for (size_t k = 0; k < sizeof feminine_a / sizeof *feminine_a; k++)
      if (ends_with(s, len, feminine_a[k])) return 0;
    return 1;
  }
  static const char *const masculine[] = {"ого", "его", "ому", "ему", "ым", "ом", "ем"};
  for (size_t k = 0; k < sizeof masculine / sizeof *masculine; k++)
    if (ends_with(s, len, masculine[k])) return 1;
  return 0;
}

/* "Паролином", "Гором": a consonant and "-ом"/"-ем" after a stem of three letters at least. */
static int instrumental_shaped(const char *s, size_t len) {
  static const char *const vowels[] = {"а", "е", "ё", "и", "о", "у", "ы", "э", "ю", "я", "й", "ь"};
  if (len < 10 || !(ends_with(s, len, "ом") || ends_with(s, len, "ем"))) return 0;
  for (size_t v = 0; v < sizeof vowels / sizeof *vowels; v++)
    if (ends_with(s, len - 4, vowels[v])) return 0;
  return 1;
}

/* "Гейдар оглы": Turkic patronymics written with a separate word. */
static int turkic_patronymic_word(const nkg_token *t) {
  return t->kind == NKG_TOK_WORD && (!strcmp(t->lower, "оглы") || !strcmp(t->lower, "кызы") ||
                                     !strcmp(t->lower, "улы") || !strcmp(t->lower, "уулу"));
}

static const char *surface(nkg_doc *d, const nkg_token *t) {
  return nkg_arena_strndup(d->arena, t->surface, t->end - t->start);
}

/* "фон", "дер", "ван", "де": lower-case particles of European family names. */
static int nobiliary_particle(const nkg_token *t) {
  static const char *const words[] = {"фон", "дер", "ван", "ден", "де", "ди", "да", "дель", "делла", "дос", "ла", "ле"};
  if (t->kind != NKG_TOK_WORD || (t->flags & (NKG_TF_CAP | NKG_TF_UPPER))) return 0;
  for (size_t k = 0; k < sizeof words / sizeof *words; k++)
    if (!strcmp(t->lower, words[k])) return 1;
  return 0;
}

/* "Аль", "аль", "Эль" written as a word of its own before an Arabic family name. */
static int separate_article(const nkg_token *t) {
  return t->kind == NKG_TOK_WORD && !(t->flags & NKG_TF_HYPHENATED) && (!strcmp(t->lower, "аль") || !strcmp(t->lower, "эль"));
}

/* "бин", "ибн", "бен": "son of" in Arabic names, before the father's name. */
static int name_particle(const nkg_token *t) {
  return t->kind == NKG_TOK_WORD && (!strcmp(t->lower, "бин") || !strcmp(t->lower, "ибн") || !strcmp(t->lower, "бен"));
}

size_t nkg_match_person(nkg_doc *d, size_t i, size_t end, nkg_case context, nkg_person_name *out) {
  const nkg_token *tok = d->seg.tokens;
  memset(out, 0, sizeof *out);
  nkg_given_reading g;
  /* initials: "С.Жапаров", "С. Жапаров", "К.-Ж. Токаев", "А.Г. Лукашенко" */
  if (tok[i].kind == NKG_TOK_WORD && (tok[i].flags & NKG_TF_CAP) && tok[i].end - tok[i].start <= 2 &&
      i + 2 < end && !strcmp(tok[i + 1].lower, ".")) {
    size_t j = i + 2;
    if (j + 2 < end && !strcmp(tok[j].lower, "-") && tok[j + 1].end - tok[j + 1].start <= 2 &&
        (tok[j + 1].flags & NKG_TF_CAP) && !strcmp(tok[j + 2].lower, "."))
      j += 3;
    else if (j + 2 < end && tok[j].kind == NKG_TOK_WORD && tok[j].end - tok[j].start <= 2 &&
             (tok[j].flags & NKG_TF_CAP) && !strcmp(tok[j + 1].lower, "."))
      j += 2;
    if (j < end && nkg_surname_shaped(&tok[j]) && !is_lexicon_word(d, j)) {
      out->initials = nkg_arena_strndup(d->arena, tok[i].surface, tok[j - 1].end - tok[i].start);
      out->surname = surface(d, &tok[j]);
      out->gcase = NKG_CASE_NOM;
      /* "с Министром ... С.Джайшанкаром", "брифинг ... М.В.Захаровой": the context's case,
       * which initials do not show, is the surname's; its ending may tell a woman */
      if (context != NKG_CASE_NOM && context != NKG_CASE_UNKNOWN) {
        size_t len = tok[j].end - tok[j].start;
        int female = 0;
        nkg_case c = context;
        if (!surname_reading(tok[j].surface, len, context, &female, &c) || c == context) {
          out->surname = nkg_surname_nominative(d->arena, tok[j].surface, len, female, context);
          out->female = female;
          out->gender_known = female;
          out->gcase = context;
        }
      }
      return j + 1 - i;
    }
    return 0;
  }
  if (given_reading(d, &tok[i], context, &g)) {
    size_t j = i + 1;
    const char *middle = NULL, *patronymic = NULL;
    nkg_given_reading g2;
    if (j + 2 < end && name_particle(&tok[j]) && (tok[j + 1].flags & NKG_TF_CAP) && nkg_surname_shaped(&tok[j + 2]) &&
        !is_lexicon_word(d, j + 1) && !is_lexicon_word(d, j + 2)) {
      /* "Абдулла бин Насер аль-Тани": "son of" and the father's name go with the given name */
      const char *father = given_reading(d, &tok[j + 1], g.gcase, &g2) ? given_label(d, &g2) : surface(d, &tok[j + 1]);
      middle = nkg_arena_join(d->arena, tok[j].lower, " ", father);
      j += 2;
    } else if (j + 1 < end && given_reading(d, &tok[j], g.gcase, &g2) && nkg_surname_shaped(&tok[j + 1]) &&
        !is_lexicon_word(d, j + 1)) {
      middle = given_label(d, &g2); /* "Реджеп Тайип Эрдоган" */
      j++;
    } else if (j + 1 < end && nkg_surname_shaped_short(&tok[j]) &&
               strlen(nkg_surname_nominative(d->arena, tok[j].surface, tok[j].end - tok[j].start, 0, g.gcase)) <= 12 &&
               nkg_surname_shaped(&tok[j + 1]) && !is_lexicon_word(d, j) && !is_lexicon_word(d, j + 1) &&
               !(j + 2 < end && nkg_surname_shaped_short(&tok[j + 2])) && !nkg_is_patronymic(tok[j + 1].lower)) {
      /* "Амир Хан Муттаки" ("Амиром Ханом Муттаки"): a short second name, in the name's case */
      middle = nkg_surname_nominative(d->arena, tok[j].surface, tok[j].end - tok[j].start, d->lex->given[g.name].female,
                                      g.gcase);
      j++;
    } else if (j < end && tok[j].kind == NKG_TOK_WORD && nkg_is_patronymic(tok[j].lower) && (tok[j].flags & NKG_TF_CAP)) {
      patronymic = patronymic_nominative(d->arena, tok[j].surface, tok[j].end - tok[j].start,
                                         d->lex->given[g.name].female);
      j++;
    } else if (j + 1 < end && nkg_surname_shaped(&tok[j]) && turkic_patronymic_word(&tok[j + 1])) {
      patronymic = nkg_arena_strndup(d->arena, tok[j].surface, tok[j + 1].end - tok[j].start);
      j += 2;
    }
    int female = d->lex->given[g.name].female;
    /* "Урсулы фон дер Ляйен", "Ханс ван ден Брук": particles written in lower case before
     * the family name belong to it */
    const char *particles = NULL;
    size_t pj = j;
    while (pj < end && pj - j < 2 && nobiliary_particle(&tok[pj])) pj++;
    if (pj > j && pj < end && nkg_surname_shaped(&tok[pj]) && !is_lexicon_word(d, pj)) {
      particles = nkg_arena_strndup(d->arena, tok[j].surface, tok[pj - 1].end - tok[j].start);
      j = pj;
    }
    if (j < end && nkg_surname_shaped(&tok[j]) && !is_lexicon_word(d, j)) {
      const char *sur = tok[j].surface;
      size_t slen = tok[j].end - tok[j].start;
      if (d->lex->given[g.name].also_word && !plain_surname_shape(sur, slen)) return 0;
      /* "Ивана Ковальчука": the feminine nominative reading loses to the masculine
       * genitive the surname agrees with */
      if (context == NKG_CASE_UNKNOWN && g.gcase == NKG_CASE_NOM && female && !middle && !patronymic &&
          not_feminine_nominative(sur, slen)) {
        nkg_given_reading all[4];
        size_t nr = nkg_lex_given_readings(d->lex, tok[i].lower, all, 4);
        for (size_t k = 0; k < nr; k++)
          if (!d->lex->given[all[k].name].female && all[k].gcase != NKG_CASE_NOM) {
            g = all[k];
            female = 0;
            break;
          }
      }
      /* "с Азиз Каримовым", "Шавкат Мирзиёевым": a given name Russian text leaves undeclined
       * before a surname whose ending states its case plainly */
      int sf = 0;
      nkg_case sc = NKG_CASE_UNKNOWN;
      int undeclined_given = g.gcase == NKG_CASE_NOM &&
                             surname_reading(sur, slen, context == NKG_CASE_UNKNOWN ? NKG_CASE_GEN : context, &sf, &sc) &&
                             sf == female && sc != NKG_CASE_NOM && sc != NKG_CASE_UNKNOWN;
      /* "с кардиналом Пьетро Паролином": a given name Russian never declines ("Пьетро",
       * "Серджио") leaves the case to the surname, whose "-ом"/"-ем" after a consonant is
       * the instrumental */
      if (!undeclined_given && g.gcase == NKG_CASE_NOM && context == NKG_CASE_UNKNOWN && !female &&
          indeclinable_given(given_label(d, &g)) && instrumental_shaped(sur, slen)) {
        undeclined_given = 1;
        sc = NKG_CASE_INS;
      }
      const char *given = given_label(d, &g);
      if (kept_as_written(&g, context)) {
        given = surface(d, &tok[i]);
        g.gcase = NKG_CASE_NOM;
      }
      nkg_case surname_case = undeclined_given ? sc : g.gcase;
      if (middle) {
        size_t a = strlen(given), b = strlen(middle);
        char *both = nkg_arena_alloc(d->arena, a + b + 2);
        memcpy(both, given, a);
        both[a] = ' ';
        memcpy(both + a + 1, middle, b);
        given = both;
      }
      out->given = given;
      out->surname = nkg_surname_nominative(d->arena, sur, slen, female, surname_case);
      /* "Тамим бин Хамад Аль Тани": the article written apart is part of the family name */
      if (j + 1 < end && separate_article(&tok[j]) && nkg_surname_shaped(&tok[j + 1]) && !is_lexicon_word(d, j + 1)) {
        out->surname = nkg_arena_join(d->arena, surface(d, &tok[j]), " ",
                                      nkg_surname_nominative(d->arena, tok[j + 1].surface, tok[j + 1].end - tok[j + 1].start,
                                                             female, surname_case));
        j++;
      }
      if (particles) out->surname = nkg_arena_join(d->arena, particles, " ", out->surname);
      out->patronymic = patronymic;
      out->female = female;
      out->gender_known = 1;
      out->gcase = surname_case;
      return j + 1 - i;
    }
    /* "Нурланбек Тургунбек уулу": the father's name and "уулу"/"кызы" are the family name */
    if (patronymic && !middle && j == i + 3 && turkic_patronymic_word(&tok[i + 2]) &&
        (j >= end || !nkg_surname_shaped(&tok[j]))) {
      out->given = given_label(d, &g);
      out->surname = patronymic;
      out->female = female;
      out->gender_known = 1;
      out->gcase = g.gcase;
      return 3;
    }
    /* "Александр Вольфович": a surname in -ович with no other surname after it; but
     * "Владимир Владимирович", "Наталья Ивановна" are a name and a patronymic */
    /* «Мы договорились с Шавкатом Миромоновичем»: in quoted speech a name and a patronymic
     * are how one addresses a person, the family name left out */
    /* ... and so they are after a form of address ("Уважаемый Садыр Нургожоевич!") */
    if (patronymic && !middle && j == i + 2 && (j >= end || !nkg_surname_shaped(&tok[j])) && !female &&
        !patronymic_of_known_name(d, tok[i + 1].lower) && !d->quoted[i] && !(i > 0 && (d->wclass[i - 1] & NKG_WC_ADDRESS))) {
      out->given = given_label(d, &g);
      out->surname = nkg_surname_nominative(d->arena, tok[i + 1].surface, tok[i + 1].end - tok[i + 1].start, female, g.gcase);
      out->female = female;
      out->gender_known = 1;
      out->gcase = g.gcase;
      return 2;
    }
    return 0;
  }
  /* "Си Цзиньпин", "Ван И": a short family name before a given name */
  if (nkg_surname_shaped_short(&tok[i]) && tok[i].end - tok[i].start <= 6 && !is_function_word(tok[i].lower) && i + 1 < end &&
      given_reading(d, &tok[i + 1], context, &g) && !(i + 2 < end && nkg_surname_shaped(&tok[i + 2]))) {
    out->given = given_label(d, &g);
    out->surname = surface(d, &tok[i]);
    out->surname_first = 1;
    out->gcase = g.gcase;
    out->female = d->lex->given[g.name].female;
    out->gender_known = 1;
    return 2;
  }
  /* surname first (but "Уважаемый Садыр Нургожоевич!" is how a speaker addresses him) */
  if (nkg_surname_shaped(&tok[i]) && !(d->wclass[i] & NKG_WC_ADDRESS) && i + 2 < end && given_reading(d, &tok[i + 1], context, &g) &&
      tok[i + 2].kind == NKG_TOK_WORD && nkg_is_patronymic(tok[i + 2].lower) && !is_lexicon_word(d, i)) {
    int female = d->lex->given[g.name].female;
    out->given = given_label(d, &g);
    out->surname = nkg_surname_nominative(d->arena, tok[i].surface, tok[i].end - tok[i].start, female, g.gcase);
    out->patronymic = patronymic_nominative(d->arena, tok[i + 2].surface, tok[i + 2].end - tok[i + 2].start, female);
    out->female = female;
    out->gender_known = 1;
    out->gcase = g.gcase;
    return 3;
  }
  return 0;
}

/* `case_agrees`: the surname's ending is known to state the context's case, so a list
 * may follow ("с А Б и В Г"). */
static size_t unknown_person(nkg_doc *d, size_t i, size_t end, nkg_case context, int case_agrees, nkg_person_name *out) {
  const nkg_token *tok = d->seg.tokens;
  if (context == NKG_CASE_UNKNOWN) context = NKG_CASE_NOM;
  memset(out, 0, sizeof *out);
  if (i + 1 >= end) return 0;
  /* the family name may be short ("Ван И"), but not an initial ("А." follows) */
  if (!nkg_surname_shaped(&tok[i]) || !nkg_surname_shaped_short(&tok[i + 1])) return 0;
  /* "А." before a surname is an initial; "Ван И." at the end of a sentence is a name */
  if (i + 3 < end && !strcmp(tok[i + 2].lower, ".") && tok[i + 1].end - tok[i + 1].start <= 2 &&
      nkg_surname_shaped(&tok[i + 3]))
    return 0;
  if (tok[i + 1].flags & NKG_TF_LINE_START) return 0;
  if (is_lexicon_word(d, i) || is_lexicon_word(d, i + 1)) return 0;
  if ((d->wclass[i] | d->wclass[i + 1]) & NKG_WC_NOT_NAME) return 0; /* "глав государств Центральной Азии" */
  /* "Центральная Азия", "Департамента Азии и Африки": adjectives and named things, not a name */
  static const char *const adjective[] = {"ая", "яя", "ое", "ее", "ые", "ие", "ых", "их", "ого", "его", "ому", "ему", "ской", "ный", "ний"};
  for (size_t k = 0; k < sizeof adjective / sizeof *adjective; k++)
    if (ends_with(tok[i].surface, tok[i].end - tok[i].start, adjective[k])) return 0;
  if (!case_agrees && i + 3 < end && !strcmp(tok[i + 2].lower, "и") && nkg_surname_shaped(&tok[i + 3])) return 0;
  /* a third capitalised word would make this something else: a title, an org's name */
  if (i + 2 < end && nkg_surname_shaped(&tok[i + 2]) && !(tok[i + 2].flags & NKG_TF_LINE_START)) return 0;
  const char *sur = tok[i + 1].surface;
  size_t sl = tok[i + 1].end - tok[i + 1].start;
  const char *giv = tok[i].surface;
  size_t gl = tok[i].end - tok[i].start;
  int sf = 0;
  nkg_case sc = context;
  if (surname_reading(sur, sl, context, &sf, &sc)) {
    out->given = unknown_given_nominative(d->arena, giv, gl, sf, sc);
    out->surname = nkg_surname_nominative(d->arena, sur, sl, sf, sc);
    out->female = sf;
    out->gcase = sc;
    out->inferred = 1;
    return 2;
  }
  /* the given name's ending tells a woman's name in the oblique cases: "Маккой" (-ой), "Макки" (-и) */
  int female_given = (context == NKG_CASE_INS && (ends_with(giv, gl, "ой") || ends_with(giv, gl, "ей"))) ||
                     ((context == NKG_CASE_GEN) && (ends_with(giv, gl, "ы") || ends_with(giv, gl, "и"))) ||
                     (context == NKG_CASE_DAT && ends_with(giv, gl, "е"));
  int female = female_given || ends_with(sur, sl, "овой") || ends_with(sur, sl, "евой") || ends_with(sur, sl, "иной") ||
               ends_with(sur, sl, "ской") || ends_with(sur, sl, "цкой") ||
               (context == NKG_CASE_NOM && (ends_with(sur, sl, "ова") || ends_with(sur, sl, "ева") ||
                                           ends_with(sur, sl, "ина") || ends_with(sur, sl, "ская")));
  out->given = unknown_given_nominative(d->arena, tok[i].surface, tok[i].end - tok[i].start, female, context);
  out->surname = nkg_surname_nominative(d->arena, sur, sl, female, context);
  out->female = female;
  out->gcase = context;
  out->inferred = 1;
  return 2;
}

size_t nkg_match_surnamed_person(nkg_doc *d, size_t i, size_t end, nkg_case context, nkg_person_name *out) {
  if (context == NKG_CASE_NOM || context == NKG_CASE_UNKNOWN || i + 1 >= end) return 0;
  const nkg_token *sur = &d->seg.tokens[i + 1];
  int female = 0;
  nkg_case c = NKG_CASE_UNKNOWN;
  if (!surname_reading(sur->surface, sur->end - sur->start, context, &female, &c) || c != context) return 0;
  if (is_function_word(d->seg.tokens[i].lower)) return 0;
  size_t n = unknown_person(d, i, end, context, 1, out);
  return n && out->gcase == context ? n : 0;
}

size_t nkg_match_unknown_person(nkg_doc *d, size_t i, size_t end, nkg_case context, nkg_person_name *out) {
  return unknown_person(d, i, end, context, 0, out);
}

/* Letters (not bytes) of a token's word. */
static size_t letters(const nkg_token *t) {
  size_t n = 0;
  for (uint32_t k = 0; k < t->end - t->start; k++) n += ((unsigned char)t->surface[k] & 0xC0) != 0x80;
  return n;
}

/* A capitalised Cyrillic word that no lexicon entry starts with and that is no function word
 * capitalised for starting a sentence or line ("Ли" inside a sentence is a name, not "ли"). */
static int free_name_word(nkg_doc *d, size_t i) {
  const nkg_token *t = &d->seg.tokens[i];
  int starts = (t->flags & NKG_TF_LINE_START) || i == d->seg.sentences[t->sentence].first;
  return nkg_surname_shaped_short(t) && !(starts && is_function_word(t->lower)) && !is_lexicon_word(d, i) &&
         !(d->wclass[i] & NKG_WC_NOT_NAME);
}

/* "Дамдинсурэнгийн", "Ухнаагийн": a Mongolian father's name in the genitive, written before
 * the given name. */
static int mongolian_genitive(const nkg_token *t) {
  size_t len = t->end - t->start;
  return letters(t) >= 7 && (ends_with(t->surface, len, "ийн") || ends_with(t->surface, len, "ын") ||
                             ends_with(t->surface, len, "иин"));
}

size_t nkg_match_foreign_person(nkg_doc *d, size_t i, size_t end, nkg_case context, nkg_person_name *out) {
  const nkg_token *tok = d->seg.tokens;
  memset(out, 0, sizeof *out);
  if (context == NKG_CASE_UNKNOWN) context = NKG_CASE_NOM;
  if (i + 1 >= end || !free_name_word(d, i) || !free_name_word(d, i + 1) || (tok[i + 1].flags & NKG_TF_LINE_START) ||
      tok[i + 1].sentence != tok[i].sentence)
    return 0;
  /* "Ухнаагийн Хурэлсух": the father's name in the genitive, then the given name, which
   * Russian declines ("с Ухнаагийн Хурэлсухом") */
  if (mongolian_genitive(&tok[i]) && letters(&tok[i + 1]) >= 4 && !(i + 2 < end && free_name_word(d, i + 2))) {
    out->given = surface(d, &tok[i]);
    out->surname = unknown_given_nominative(d->arena, tok[i + 1].surface, tok[i + 1].end - tok[i + 1].start, 0, context);
    out->gcase = context;
    out->inferred = 1;
    return 2;
  }
  /* "Сунь Вэйдун", "с Ван Ливэем": a family name of the list written first, then a given
   * name of one or two syllables, declined as a noun */
  if (nkg_lex_family_name_first(d->lex, tok[i].lower) && letters(&tok[i + 1]) <= 8 &&
      !(i + 2 < end && free_name_word(d, i + 2) && !(tok[i + 2].flags & NKG_TF_LINE_START))) {
    nkg_case c = context == NKG_CASE_NOM && instrumental_shaped(tok[i + 1].surface, tok[i + 1].end - tok[i + 1].start)
                     ? NKG_CASE_INS
                     : context;
    out->surname = surface(d, &tok[i]);
    out->given = nkg_surname_nominative(d->arena, tok[i + 1].surface, tok[i + 1].end - tok[i + 1].start, 0, c);
    out->surname_first = 1;
    out->gcase = c;
    out->inferred = 1;
    return 2;
  }
  /* "Ли Чжон Хун", "Буй Тхань Шоном": three short syllables, the family name first, the
   * last declined as a noun */
  if (i + 2 < end && free_name_word(d, i + 2) && !(tok[i + 2].flags & NKG_TF_LINE_START) &&
      tok[i + 2].sentence == tok[i].sentence && letters(&tok[i]) <= 5 && letters(&tok[i + 1]) <= 5 &&
      letters(&tok[i + 2]) <= 6 && !(i + 3 < end && nkg_surname_shaped_short(&tok[i + 3]))) {
    nkg_case c = context == NKG_CASE_NOM && instrumental_shaped(tok[i + 2].surface, tok[i + 2].end - tok[i + 2].start)
                     ? NKG_CASE_INS
                     : context;
    const char *last = nkg_surname_nominative(d->arena, tok[i + 2].surface, tok[i + 2].end - tok[i + 2].start, 0, c);
    if (strlen(last) > 10) return 0;
    out->given = surface(d, &tok[i]);
    out->surname = nkg_arena_join(d->arena, surface(d, &tok[i + 1]), " ", last);
    out->gcase = c;
    out->inferred = 1;
    return 3;
  }
  return 0;
}
