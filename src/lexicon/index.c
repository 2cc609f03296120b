/* The lexicon's phrase index.
 *
 * Every word of every name gets a word id: the Snowball stem of its nominative, or,
 * for an abbreviation, the word exactly as written.  Snowball stems proper nouns
 * unevenly ("Казахстан" -> "казахста" but "Кыргызстане" -> "кыргызстан"), so each
 * word also registers the stems of its generated inflections as variants of its
 * id.  Names are paths of word ids in a trie kept in a hash map; matching walks
 * the trie from a token, following every id the token's stem is a variant of. */
#include <stdlib.h>
#include <string.h>

#include "index.h"

#define NEED_CAP 0x80000000u
#define PARTIAL 0x40000000u
#define FLAGS (NEED_CAP | PARTIAL)

/* Singular case endings for every name; plural ones only for common nouns (roles,
 * event words): a plural of "Кабул" is no word, but "Кабулов" is a surname. */
static const char *const noun_endings[] = {"", "а", "я", "у", "ю", "ом", "ем", "ой", "ей", "е", "и", "ы", "ь", "ию", "ии",
                                           "ам", "ям", "ами", "ями", "ах", "ях", "ов", "ев"};
enum { SINGULAR_ENDINGS = 15 };

static int ends_with(const char *s, const char *suffix) {
  size_t a = strlen(s), b = strlen(suffix);
  return a >= b && memcmp(s + a - b, suffix, b) == 0;
}

/* Byte length of the last UTF-8 character of s. */
static size_t last_char_len(const char *s, size_t len) {
  size_t i = len;
  while (i > 0 && ((unsigned char)s[i - 1] & 0xC0) == 0x80) i--;
  return i > 0 ? len - (i - 1) : 0;
}

static int ends_in_vowelish(const char *s) {
  static const char *const v[] = {"а", "я", "о", "е", "ы", "и", "й", "ь", "у", "ю"};
  for (size_t i = 0; i < sizeof v / sizeof *v; i++)
    if (ends_with(s, v[i])) return 1;
  return 0;
}

static void list_add(nkg_vec *lists, nkg_strmap *map, const char *key, size_t klen, uint32_t value,
                     int slots) {
  int added = 0;
  uint32_t *at = nkg_strmap_put(map, key, klen, (uint32_t)lists->count, &added);
  if (added) nkg_vec_push(lists);
  uint32_t *l = nkg_vec_at(lists, *at);
  uint32_t n = l[slots];
  for (uint32_t i = 0; i < n; i++)
    if (l[i] == value) return;
  if (n < (uint32_t)slots) {
    l[n] = value;
    l[slots] = n + 1;
  }
}

static uint32_t word_id(nkg_lexicon *lex, const char *key, size_t len) {
  return *nkg_strmap_put(&lex->word_ids, key, len, (uint32_t)lex->word_ids.count, NULL);
}

/* Registers a word of a name and returns its id. `inflect`: 0 none, 1 singular, 2 also plural. */
static uint32_t add_word(nkg_lexicon *lex, const nkg_token *t, int inflect) {
  uint32_t id = word_id(lex, t->stem, strlen(t->stem));
  list_add(&lex->variant_lists, &lex->variants, t->stem, strlen(t->stem), id, 3);
  if (!inflect) return id;
  const char *w = t->lower;
  size_t wl = strlen(w);
  size_t cut = ends_in_vowelish(w) ? last_char_len(w, wl) : 0;
  char buf[512];
  /* a fleeting vowel: "посол" -> "посла", "американец" -> "американца" */
  static const char *const fleeting[] = {"о", "е", "ё"};
  if (!cut && wl >= 6) {
    size_t lc = last_char_len(w, wl), vl = last_char_len(w, wl - lc);
    for (size_t f = 0; f < sizeof fleeting / sizeof *fleeting; f++)
      if (vl == strlen(fleeting[f]) && !memcmp(w + wl - lc - vl, fleeting[f], vl) && wl - vl + 8 < sizeof buf) {
        size_t bl = wl - lc - vl;
        memcpy(buf, w, bl);
        memcpy(buf + bl, w + wl - lc, lc);
        for (size_t e = 1; e < SINGULAR_ENDINGS; e++) {
          size_t el = strlen(noun_endings[e]);
          memcpy(buf + bl + lc, noun_endings[e], el);
          const char *st = nkg_stem(lex->seg, &lex->arena, buf, bl + lc + el, NULL);
          list_add(&lex->variant_lists, &lex->variants, st, strlen(st), id, 3);
        }
      }
  }
  for (int base = 0; base < (cut ? 2 : 1); base++) {
    size_t bl = base ? wl - cut : wl;
    if (bl == 0 || bl > 400) continue;
    size_t nendings = inflect > 1 ? sizeof noun_endings / sizeof *noun_endings : SINGULAR_ENDINGS;
    for (size_t e = 0; e < nendings; e++) {
      size_t el = strlen(noun_endings[e]);
      memcpy(buf, w, bl);
      memcpy(buf + bl, noun_endings[e], el);
      buf[bl + el] = '\0';
      const char *st = nkg_stem(lex->seg, &lex->arena, buf, bl + el, NULL);
      list_add(&lex->variant_lists, &lex->variants, st, strlen(st), id, 3);
    }
  }
  return id;
}

/* The word id of a word matched one way only (exactly as written, or by its folded form):
 * its key in the shared word table carries `kind` first, so it never meets a stem. */
static uint32_t keyed_id(nkg_lexicon *lex, nkg_strmap *by_word, char kind, const char *word, size_t len) {
  char key[512];
  if (len > 500) len = 500;
  key[0] = kind;
  memcpy(key + 1, word, len);
  uint32_t id = word_id(lex, key, len + 1);
  nkg_strmap_put(by_word, word, len, id, NULL);
  return id;
}

static uint32_t exact_id(nkg_lexicon *lex, const char *surface, size_t len) {
  return keyed_id(lex, &lex->exact, '=', surface, len);
}

static uint32_t form_id(nkg_lexicon *lex, const char *folded) { return keyed_id(lex, &lex->forms, '~', folded, strlen(folded)); }

/* Case forms of a word of a proper name, generated by the regular declensions: exact
 * forms, not stems, because stems of short names collide with other words (Snowball
 * stems "Ханой" and "Ханом" alike, and "Кабул" like "Кабулов").  Adjectives come before
 * the noun in a name, so only a word that is not last is also declined as one. */
static void add_proper_forms(nkg_lexicon *lex, const char *w, uint32_t id, int adjective) {
  static const struct paradigm {
    const char *ending;              /* the nominative ends so */
    size_t cut;                      /* bytes removed before adding a form's ending */
    const char *const forms[12];     /* the endings of the other cases */
  } nouns[] = {
      {"ия", 4, {"ия", "ии", "ию", "ией"}},
      {"ие", 4, {"ие", "ия", "ию", "ием", "ии"}},
      {"ь", 2, {"ь", "я", "ю", "ем", "е", "и", "ей", "ью"}},
      {"й", 2, {"й", "я", "ю", "ем", "е", "и"}},
      {"а", 2, {"а", "ы", "и", "е", "у", "ой", "ою"}},
      {"я", 2, {"я", "и", "е", "ю", "ей", "ею"}},
      {"ы", 2, {"ы", "ов", "ам", "ами", "ах"}},
      {"и", 0, {""}},
      {"о", 2, {"о", "а", "у", "ом", "е"}},
      {"у", 0, {""}},
      {"е", 0, {""}},
      {"ю", 0, {""}},
  };
  static const struct paradigm adjectives[] = {
      {"ая", 4, {"ая", "ой", "ую", "ою"}},
      {"яя", 4, {"яя", "ей", "юю"}},
      {"ый", 4, {"ый", "ого", "ому", "ым", "ом"}},
      {"ий", 4, {"ий", "ого", "его", "ому", "ему", "им", "ем", "ом"}},
      {"ой", 4, {"ой", "ого", "ому", "ым", "ом"}},
      {"ое", 4, {"ое", "ого", "ому", "ым", "ом"}},
      {"ее", 4, {"ее", "его", "ему", "им", "ем"}},
      {"ые", 4, {"ые", "ых", "ым", "ыми"}},
      {"ие", 4, {"ие", "их", "им", "ими"}},
  };
  /* singular cases only: "Кабулов" is a surname, not a plural of Кабул */
  static const char *const consonant[] = {"", "а", "у", "ом", "ем", "е"};
  size_t wl = strlen(w);
  char buf[512];
  if (wl + 8 >= sizeof buf) return;
  const struct paradigm *sets[2] = {nouns, adjectives};
  size_t sizes[2] = {sizeof nouns / sizeof *nouns, sizeof adjectives / sizeof *adjectives};
  int matched = 0;
  /* a word before the last may be an adjective or a noun ("Совещание по ..."): both */
  for (int set = adjective ? 1 : 0; set >= 0; set--) {
    for (size_t p = 0; p < sizes[set]; p++) {
      const struct paradigm *pd = &sets[set][p];
      if (!ends_with(w, pd->ending)) continue;
      matched = 1;
      for (size_t f = 0; f < 12 && pd->forms[f]; f++) {
        size_t bl = wl - pd->cut, fl = strlen(pd->forms[f]);
        memcpy(buf, w, bl);
        memcpy(buf + bl, pd->forms[f], fl);
        buf[bl + fl] = '\0';
        list_add(&lex->variant_lists, &lex->proper_forms, buf, bl + fl, id, 3);
      }
      break;
    }
  }
  if (!matched) {
    for (size_t f = 0; f < sizeof consonant / sizeof *consonant; f++) {
      size_t fl = strlen(consonant[f]);
      memcpy(buf, w, wl);
      memcpy(buf + wl, consonant[f], fl);
      buf[wl + fl] = '\0';
      list_add(&lex->variant_lists, &lex->proper_forms, buf, wl + fl, id, 3);
    }
    /* a fleeting vowel: "Египет" -> "Египта", "Кувейт" keeps its own */
    size_t lc = last_char_len(w, wl), vl = wl > lc ? last_char_len(w, wl - lc) : 0;
    if (wl >= 8 && vl == 2 && (!memcmp(w + wl - lc - vl, "е", 2) || !memcmp(w + wl - lc - vl, "о", 2)))
      for (size_t f = 1; f < sizeof consonant / sizeof *consonant; f++) {
        size_t bl = wl - lc - vl, fl = strlen(consonant[f]);
        memcpy(buf, w, bl);
        memcpy(buf + bl, w + wl - lc, lc);
        memcpy(buf + bl + lc, consonant[f], fl);
        buf[bl + lc + fl] = '\0';
        list_add(&lex->variant_lists, &lex->proper_forms, buf, bl + lc + fl, id, 3);
      }
  }
}


static uint32_t trie_child(nkg_lexicon *lex, uint32_t node, uint32_t wid, int create) {
  uint32_t key[2] = {node, wid};
  uint32_t *child = nkg_strmap_get(&lex->trie, (const char *)key, sizeof key);
  if (child || !create) return child ? *child : 0;
  uint32_t id = ++lex->nnodes;
  nkg_strmap_put(&lex->trie, (const char *)key, sizeof key, id, NULL);
  return id;
}

static void node_add_entry(nkg_lexicon *lex, uint32_t node, uint32_t value) {
  while (lex->node_entries.count <= node) nkg_vec_init(nkg_vec_push(&lex->node_entries), sizeof(uint32_t));
  nkg_vec *v = nkg_vec_at(&lex->node_entries, node);
  for (size_t i = 0; i < v->count; i++)
    if ((*(uint32_t *)nkg_vec_at(v, i) & ~FLAGS) == (value & ~FLAGS)) return;
  *(uint32_t *)nkg_vec_push(v) = value;
}

static int is_proper(nkg_lex_kind k) {
  return k == NKG_LEX_COUNTRY || k == NKG_LEX_CITY || k == NKG_LEX_ORG || k == NKG_LEX_PERSON;
}

static void add_name(nkg_lexicon *lex, uint32_t entry, const char *name, uint32_t flags) {
  const nkg_lex_entry *e = &lex->entries[entry];
  nkg_token *toks;
  size_t n = nkg_tokenize_phrase(lex->seg, name, &lex->arena, &toks);
  /* a month's other written forms ("сент", "окт") are abbreviations: exact, like verb forms */
  int verb = (e->kind == NKG_LEX_TRIGGER && e->trigger != NKG_TRIG_NOUN) || e->kind == NKG_LEX_ADOPTION ||
             (e->kind == NKG_LEX_MONTH && name != e->label);
  uint32_t node = 0;
  size_t used = 0;
  int first_exact = 0;
  for (size_t i = 0; i < n; i++) {
    if (toks[i].kind == NKG_TOK_PUNCT) continue; /* quotes, brackets: not part of the name */
    uint32_t wid;
    if (toks[i].flags & NKG_TF_UPPER) {
      wid = exact_id(lex, name + toks[i].start, toks[i].end - toks[i].start);
      if (used == 0) first_exact = 1;
    } else if (verb) {
      /* verb forms are listed in full: stems would confuse "переговорил" with "переговоры" */
      wid = form_id(lex, toks[i].lower);
    } else if (is_proper(e->kind)) {
      char key[512];
      snprintf(key, sizeof key, "#%s", toks[i].lower);
      wid = word_id(lex, key, strlen(key));
      size_t last = n;
      while (last > 0 && toks[last - 1].kind == NKG_TOK_PUNCT) last--;
      add_proper_forms(lex, toks[i].lower, wid, i + 1 < last);
    } else {
      wid = add_word(lex, &toks[i], 2);
    }
    node = trie_child(lex, node, wid, 1);
    used++;
  }
  if (!used) return;
  uint32_t value = entry | flags;
  /* a body kind named by one common noun is a name only when capitalised: "сообщило
   * правительство Казахстана", "руководители парламентов" speak of a government in general;
   * "министерство иностранных дел Армении" names its body in any letter case */
  int one_word_body = e->kind == NKG_LEX_BODY && used == 1;
  if ((is_proper(e->kind) || one_word_body) && !first_exact) value |= NEED_CAP;
  node_add_entry(lex, node, value);
}

/* A council of an organization is often named without it ("заседание Совета министров
 * иностранных дел"): its name less the organization's is indexed as a partial name,
 * which the recognizer accepts only where the document points to the organization. */
/* Transliterated city names are written with a vowel or two otherwise ("Чолпан-Ата" for
 * "Чолпон-Ата", "Туркменбашы" for "Туркменбаши"): a long name is also known with any one
 * of its vowels, past the first letter, swapped for the one it is most often written as.
 * Short names stay exact: "Баку" must not turn into "боку". */
static void add_vowel_variants(nkg_lexicon *lex, uint32_t id, const char *name) {
  static const char *const swaps[][2] = {{"о", "а"}, {"а", "о"}, {"е", "и"}, {"и", "ы"}, {"ы", "и"}, {"е", "э"}, {"э", "е"}};
  size_t len = strlen(name), letters = 0;
  for (size_t i = 0; i < len; i++) letters += ((unsigned char)name[i] & 0xC0) != 0x80;
  if (letters < 8 || len >= 256) return;
  char buf[256];
  for (size_t i = 2; i + 1 < len; i++) { /* byte 2 on: past the first (two-byte) letter */
    for (size_t k = 0; k < sizeof swaps / sizeof *swaps; k++) {
      if (strncmp(name + i, swaps[k][0], 2)) continue;
      memcpy(buf, name, len + 1);
      memcpy(buf + i, swaps[k][1], 2);
      add_name(lex, id, buf, 0);
    }
  }
}

static void add_partial_names(nkg_lexicon *lex, uint32_t entry) {
  const nkg_lex_entry *e = &lex->entries[entry];
  if (e->kind != NKG_LEX_ORG || e->parent < 0) return;
  const nkg_lex_entry *p = &lex->entries[e->parent];
  const char *parent_names[16];
  size_t np = 0;
  parent_names[np++] = p->label;
  for (size_t k = 0; k < p->nalts && np < 16; k++) parent_names[np++] = p->alts[k];
  for (size_t k = 0; k <= e->nalts; k++) {
    const char *name = k == 0 ? e->label : e->alts[k - 1];
    size_t nl = strlen(name);
    for (size_t q = 0; q < np; q++) {
      size_t pl = strlen(parent_names[q]);
      if (nl > pl + 1 && name[nl - pl - 1] == ' ' && strcmp(name + nl - pl, parent_names[q]) == 0) {
        char *prefix = nkg_arena_strndup(&lex->arena, name, nl - pl - 1);
        /* one word ("Совет" of "Совет ЕС") says too little to stand for a council */
        if (strchr(prefix, ' ')) add_name(lex, entry, prefix, PARTIAL);
      }
    }
  }
}

/* Every case, gender and number form of a country's adjective ("белорусский",
 * "белорусского", "белорусской", "белорусские"...). */
static void add_country_adjective(nkg_lexicon *lex, const char *adjective, uint32_t entry) {
  char *w = nkg_fold(&lex->arena, adjective, strlen(adjective));
  size_t wl = strlen(w);
  if (wl <= 4 || !(ends_with(w, "ий") || ends_with(w, "ый") || ends_with(w, "ой"))) return;
  static const char *const endings[] = {"ий", "ый", "ой", "ого", "ому", "им", "ым", "ом", "ая", "ую", "ое",
                                        "ие", "ые", "их", "ых", "ими", "ыми", "ей"};
  char buf[256];
  size_t bl = wl - strlen("ий");
  for (size_t k = 0; k < sizeof endings / sizeof *endings; k++) {
    size_t el = strlen(endings[k]);
    if (bl + el >= sizeof buf) continue;
    memcpy(buf, w, bl);
    memcpy(buf + bl, endings[k], el);
    nkg_strmap_put(&lex->country_adjectives, buf, bl + el, entry, NULL);
  }
}

int nkg_lex_country_of_adjective(const nkg_lexicon *lex, const char *folded) {
  const uint32_t *at = nkg_strmap_get(&lex->country_adjectives, folded, strlen(folded));
  return at ? (int)*at : -1;
}

/* Forms of a given name with their cases, by the regular Russian declensions. */
static void add_given_forms(nkg_lexicon *lex, uint32_t idx) {
  const char *nom = lex->given[idx].name;
  nkg_arena *a = &lex->arena;
  char *w = nkg_fold(a, nom, strlen(nom));
  size_t wl = strlen(w);
  struct form {
    const char *ending;
    nkg_case c;
  };
  static const struct form consonant[] = {{"а", NKG_CASE_GEN}, {"у", NKG_CASE_DAT}, {"ом", NKG_CASE_INS},
                                          {"ем", NKG_CASE_INS}, {"е", NKG_CASE_PREP}};
  static const struct form soft[] = {{"я", NKG_CASE_GEN}, {"ю", NKG_CASE_DAT}, {"ем", NKG_CASE_INS},
                                     {"е", NKG_CASE_PREP}};
  static const struct form a_stem[] = {{"ы", NKG_CASE_GEN}, {"и", NKG_CASE_GEN}, {"е", NKG_CASE_DAT},
                                       {"у", NKG_CASE_ACC}, {"ой", NKG_CASE_INS}};
  static const struct form ya_stem[] = {{"и", NKG_CASE_GEN}, {"е", NKG_CASE_DAT}, {"ю", NKG_CASE_ACC},
                                        {"ей", NKG_CASE_INS}};
  list_add(&lex->given_lists, &lex->given_forms, w, wl, idx << 3 | NKG_CASE_NOM, 4);
  const struct form *forms = NULL;
  size_t nforms = 0, cut = 0;
  static const struct form soft_feminine[] = {{"и", NKG_CASE_GEN}, {"ью", NKG_CASE_INS}}; /* "Любови", "Любовью" */
  if (ends_with(w, "ь") && lex->given[idx].female) {
    forms = soft_feminine, nforms = 2, cut = last_char_len(w, wl);
  } else if (ends_with(w, "й") || ends_with(w, "ь")) {
    forms = soft, nforms = 4, cut = last_char_len(w, wl);
  } else if (ends_with(w, "а")) {
    forms = a_stem, nforms = 5, cut = last_char_len(w, wl);
  } else if (ends_with(w, "я")) {
    forms = ya_stem, nforms = 4, cut = last_char_len(w, wl);
  } else if (!ends_in_vowelish(w)) {
    forms = consonant, nforms = 5;
  }
  char buf[256];
  for (size_t f = 0; f < nforms; f++) {
    size_t bl = wl - cut, el = strlen(forms[f].ending);
    if (bl + el >= sizeof buf) continue;
    memcpy(buf, w, bl);
    memcpy(buf + bl, forms[f].ending, el);
    list_add(&lex->given_lists, &lex->given_forms, buf, bl + el, idx << 3 | forms[f].c, 4);
  }
}

nkg_status nkg_lex_build_index(nkg_lexicon *lex) {
  lex->seg = nkg_segmenter_new();
  if (!lex->seg) return NKG_ERR_NOMEM;
  nkg_strmap_init(&lex->word_ids);
  nkg_strmap_init(&lex->variants);
  nkg_vec_init(&lex->variant_lists, sizeof(uint32_t[4]));
  nkg_strmap_init(&lex->exact);
  nkg_strmap_init(&lex->forms);
  nkg_strmap_init(&lex->proper_forms);
  nkg_strmap_init(&lex->trie);
  nkg_vec_init(&lex->node_entries, sizeof(nkg_vec));
  nkg_strmap_init(&lex->given_forms);
  nkg_vec_init(&lex->given_lists, sizeof(uint32_t[5]));
  nkg_strmap_init(&lex->surnames);
  nkg_strmap_init(&lex->country_adjectives);
  nkg_strmap_init(&lex->family_first_names);
  for (size_t i = 0; i < lex->nfamily_first; i++) {
    char *f = nkg_fold(&lex->arena, lex->family_first[i], strlen(lex->family_first[i]));
    nkg_strmap_put(&lex->family_first_names, f, strlen(f), 1, NULL);
  }
  for (size_t i = 0; i < lex->nentries; i++) {
    const nkg_lex_entry *e = &lex->entries[i];
    for (size_t k = 0; k < e->nadjectives; k++) add_country_adjective(lex, e->adjectives[k], (uint32_t)i);
    if (e->kind == NKG_LEX_PERSON) {
      /* persons are found by their names' parts (given-name list), not as phrases */
    } else {
      if (e->kind != NKG_LEX_TRIGGER || e->trigger == NKG_TRIG_NOUN) add_name(lex, (uint32_t)i, e->label, 0);
      for (size_t k = 0; k < e->nalts; k++) add_name(lex, (uint32_t)i, e->alts[k], 0);
      for (size_t k = 0; k < e->nspellings; k++) add_name(lex, (uint32_t)i, e->spellings[k], 0);
      if (e->kind == NKG_LEX_CITY) add_vowel_variants(lex, (uint32_t)i, e->label);
      add_partial_names(lex, (uint32_t)i);
    }
    if (e->kind == NKG_LEX_PERSON && e->surname) {
      char *f = nkg_fold(&lex->arena, e->surname, strlen(e->surname));
      nkg_strmap_put(&lex->surnames, f, strlen(f), (uint32_t)i, NULL);
    }
  }
  for (size_t i = 0; i < lex->ngiven; i++) add_given_forms(lex, (uint32_t)i);
  nkg_segmenter_free(lex->seg);
  lex->seg = NULL;
  return NKG_OK;
}

void nkg_lex_free_index(nkg_lexicon *lex) {
  nkg_segmenter_free(lex->seg);
  lex->seg = NULL;
  nkg_strmap_free(&lex->word_ids);
  nkg_strmap_free(&lex->variants);
  nkg_vec_free(&lex->variant_lists);
  nkg_strmap_free(&lex->exact);
  nkg_strmap_free(&lex->forms);
  nkg_strmap_free(&lex->proper_forms);
  nkg_strmap_free(&lex->trie);
  for (size_t i = 0; i < lex->node_entries.count; i++) nkg_vec_free(nkg_vec_at(&lex->node_entries, i));
  nkg_vec_free(&lex->node_entries);
  nkg_strmap_free(&lex->given_forms);
  nkg_vec_free(&lex->given_lists);
  nkg_strmap_free(&lex->surnames);
  nkg_strmap_free(&lex->country_adjectives);
  nkg_strmap_free(&lex->family_first_names);
}

int nkg_lex_family_name_first(const nkg_lexicon *lex, const char *folded) {
  return nkg_strmap_get(&lex->family_first_names, folded, strlen(folded)) != NULL;
}

/* The word ids a text token's folded form and stem stand for (at most 8). */
static size_t form_ids(const nkg_lexicon *lex, const nkg_token *t, uint32_t *ids) {
  size_t n = 0, max = 8;
  const uint32_t *l = nkg_strmap_get(&lex->variants, t->stem, strlen(t->stem));
  if (l) {
    const uint32_t *list = nkg_vec_at(&lex->variant_lists, *l);
    for (uint32_t i = 0; i < list[3] && n < max; i++) ids[n++] = list[i];
  }
  size_t lower_len = strlen(t->lower);
  const uint32_t *f = nkg_strmap_get(&lex->forms, t->lower, lower_len);
  if (f && n < max) ids[n++] = *f;
  const uint32_t *pf = nkg_strmap_get(&lex->proper_forms, t->lower, lower_len);
  if (pf) {
    const uint32_t *list = nkg_vec_at(&lex->variant_lists, *pf);
    for (uint32_t i = 0; i < list[3] && n < max; i++) ids[n++] = list[i];
  }
  return n;
}

/* Abbreviations are matched as written: one more id for an all-capitals token. */
static size_t abbreviation_id(const nkg_lexicon *lex, const nkg_token *t, uint32_t *ids, size_t n) {
  if (!(t->flags & NKG_TF_UPPER)) return n;
  const uint32_t *x = nkg_strmap_get(&lex->exact, t->surface, t->end - t->start);
  if (x) ids[n++] = *x;
  return n;
}

/* The word ids a text token may stand for (at most 9). */
static size_t token_ids(const nkg_lexicon *lex, const nkg_token *t, uint32_t *ids) {
  if (t->kind != NKG_TOK_WORD) return 0;
  return abbreviation_id(lex, t, ids, form_ids(lex, t, ids));
}

typedef struct {
  uint8_t known, n;
  uint8_t properties[NKG_MEMO_PROPERTIES]; /* value + 128; 0: not computed yet */
  uint8_t classes_known;
  uint32_t classes; /* nkg_word_class bits */
  uint32_t ids[8];
} memo_entry;

struct nkg_lex_memo {
  const nkg_lexicon *lex; /* what the entries were looked up in */
  nkg_vec entries;        /* memo_entry, by word number */
};

nkg_lex_memo *nkg_lex_memo_new(void) {
  nkg_lex_memo *m = calloc(1, sizeof *m);
  if (m) nkg_vec_init(&m->entries, sizeof(memo_entry));
  return m;
}

void nkg_lex_memo_free(nkg_lex_memo *m) {
  if (!m) return;
  nkg_vec_free(&m->entries);
  free(m);
}

static memo_entry *memo_entry_of(nkg_lex_memo *memo, uint32_t word) {
  while (memo->entries.count <= word) nkg_vec_push(&memo->entries);
  return nkg_vec_at(&memo->entries, word);
}

int nkg_lex_memo_property(nkg_lex_memo *memo, const nkg_token *t, unsigned property, int (*test)(const char *lower)) {
  if (!memo || t->word == NKG_NO_WORD || property >= NKG_MEMO_PROPERTIES) return test(t->lower);
  memo_entry *e = memo_entry_of(memo, t->word);
  if (!e->properties[property]) e->properties[property] = (uint8_t)(test(t->lower) + 128);
  return (int)e->properties[property] - 128;
}

unsigned nkg_lex_word_classes(const nkg_lexicon *lex, nkg_lex_memo *memo, const nkg_token *t) {
  if (!memo || t->word == NKG_NO_WORD || memo->lex != lex)
    return nkg_wordclasses_of(&lex->wordclasses, t->lower, strlen(t->lower));
  memo_entry *e = memo_entry_of(memo, t->word);
  if (!e->classes_known) {
    e->classes = (uint32_t)nkg_wordclasses_of(&lex->wordclasses, t->lower, strlen(t->lower));
    e->classes_known = 1;
  }
  return e->classes;
}

void nkg_lex_annotate(const nkg_lexicon *lex, nkg_lex_memo *memo, nkg_token *toks, size_t ntoks) {
  if (memo && memo->lex != lex) {
    nkg_vec_clear(&memo->entries);
    memo->lex = lex;
  }
  for (size_t i = 0; i < ntoks; i++) {
    nkg_token *t = &toks[i];
    t->word_ids_known = 1;
    if (t->kind != NKG_TOK_WORD) {
      t->nword_ids = 0;
      continue;
    }
    if (!memo || t->word == NKG_NO_WORD) {
      t->nword_ids = (uint8_t)token_ids(lex, t, t->word_ids);
      continue;
    }
    memo_entry *e = memo_entry_of(memo, t->word);
    if (!e->known) {
      e->n = (uint8_t)form_ids(lex, t, e->ids);
      e->known = 1;
    }
    memcpy(t->word_ids, e->ids, e->n * sizeof *e->ids);
    t->nword_ids = (uint8_t)abbreviation_id(lex, t, t->word_ids, e->n);
  }
}

size_t nkg_lex_match_at(const nkg_lexicon *lex, const nkg_token *toks, size_t ntoks, size_t i,
                        nkg_lex_match *out, size_t max) {
  enum { WIDTH = 8 };
  uint32_t states[WIDTH], next[WIDTH];
  size_t nstates = 1, found = 0;
  states[0] = 0;
  int first_cap = (toks[i].flags & (NKG_TF_CAP | NKG_TF_UPPER)) != 0;
  for (size_t j = i; j < ntoks && nstates; j++) {
    const nkg_token *t = &toks[j];
    if (t->kind != NKG_TOK_WORD) break;
    uint32_t looked_up[9];
    const uint32_t *ids = t->word_ids;
    size_t nids = t->nword_ids;
    if (!t->word_ids_known) {
      nids = token_ids(lex, t, looked_up);
      ids = looked_up;
    }
    size_t nnext = 0;
    for (size_t s = 0; s < nstates; s++)
      for (size_t k = 0; k < nids && nnext < WIDTH; k++) {
        uint32_t child = trie_child((nkg_lexicon *)lex, states[s], ids[k], 0);
        if (child) next[nnext++] = child;
      }
    for (size_t s = 0; s < nnext; s++) {
      if (next[s] >= lex->node_entries.count) continue;
      const nkg_vec *v = nkg_vec_at(&lex->node_entries, next[s]);
      for (size_t e = 0; e < v->count; e++) {
        uint32_t val = *(uint32_t *)nkg_vec_at(v, e);
        if ((val & NEED_CAP) && !first_cap) continue;
        int dup = 0;
        for (size_t f = 0; f < found; f++)
          dup |= out[f].entry == (val & ~FLAGS) && out[f].ntokens == (uint32_t)(j - i + 1);
        if (dup) continue;
        if (found < max) {
          out[found].entry = val & ~FLAGS;
          out[found].ntokens = (uint32_t)(j - i + 1);
          out[found].partial = (val & PARTIAL) != 0;
          found++;
        } else {
          /* keep the longest: replace the shortest */
          size_t shortest = 0;
          for (size_t f = 1; f < found; f++)
            if (out[f].ntokens < out[shortest].ntokens) shortest = f;
          out[shortest].entry = val & ~FLAGS;
          out[shortest].ntokens = (uint32_t)(j - i + 1);
          out[shortest].partial = (val & PARTIAL) != 0;
        }
      }
    }
    memcpy(states, next, nnext * sizeof *next);
    nstates = nnext;
  }
  /* longest first, then lexicon order for a stable choice */
  for (size_t a = 1; a < found; a++)
    for (size_t b = a; b > 0 && (out[b].ntokens > out[b - 1].ntokens ||
                                 (out[b].ntokens == out[b - 1].ntokens && out[b].partial < out[b - 1].partial) ||
                                 (out[b].ntokens == out[b - 1].ntokens && out[b].partial == out[b - 1].partial &&
                                  out[b].entry < out[b - 1].entry));
         b--) {
      nkg_lex_match t = out[b];
      out[b] = out[b - 1];
      out[b - 1] = t;
    }
  return found;
}

size_t nkg_lex_given_readings(const nkg_lexicon *lex, const char *folded, nkg_given_reading *out,
                              size_t max) {
  const uint32_t *at = nkg_strmap_get(&lex->given_forms, folded, strlen(folded));
  if (!at) return 0;
  const uint32_t *l = nkg_vec_at(&lex->given_lists, *at);
  size_t n = 0;
  for (int pass = 0; pass < 2; pass++) /* nominative readings first */
    for (uint32_t i = 0; i < l[4] && n < max; i++) {
      int nom = (l[i] & 7) == NKG_CASE_NOM;
      if (nom != (pass == 0)) continue;
      out[n].name = l[i] >> 3;
      out[n].gcase = (nkg_case)(l[i] & 7);
      n++;
    }
  return n;
}

int nkg_lex_person_by_surname(const nkg_lexicon *lex, const char *folded_surname) {
  const uint32_t *at = nkg_strmap_get(&lex->surnames, folded_surname, strlen(folded_surname));
  return at ? (int)*at : -1;
}
