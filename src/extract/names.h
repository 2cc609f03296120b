/* Person names: finding "Имя [Отчество] Фамилия", "Фамилия Имя Отчество" and
 * initials in tokens, and putting every part in the nominative. */
#ifndef NKG_NAMES_H
#define NKG_NAMES_H
#include "doc.h"

typedef struct {
  const char *given;      /* nominative; NULL when only initials are known */
  const char *surname;    /* nominative */
  const char *patronymic; /* nominative, or NULL */
  const char *initials;   /* "С." / "К.-Ж.", or NULL */
  int female;
  int gender_known;
  int inferred; /* the given name is not in the lexicon: found by the name's position */
  int surname_first; /* "Си Цзиньпин" */
  nkg_case gcase;
} nkg_person_name;

/* Tries to read a person's name starting at token i (before `end`). Returns the
 * number of tokens it covers, or 0. */
size_t nkg_match_person(nkg_doc *d, size_t i, size_t end, nkg_case context, nkg_person_name *out);

/* A name of two capitalised words that are not in the lexicon, for places where the
 * text makes a person certain (right after a role). */
size_t nkg_match_unknown_person(nkg_doc *d, size_t i, size_t end, nkg_case context, nkg_person_name *out);

/* Two capitalised words not in the lexicon after a preposition or in a list, the second
 * a surname whose ending agrees with that case: "с Алишером Файзуллаевым". */
size_t nkg_match_surnamed_person(nkg_doc *d, size_t i, size_t end, nkg_case context, nkg_person_name *out);

/* Names of other naming traditions, recognised by their shape wherever they stand: a
 * Mongolian father's name in the genitive and a given name ("Ухнаагийн Хурэлсух"), three
 * short syllables of a Korean or Vietnamese name ("Ли Чжон Хун", "Буй Тхань Шоном"). */
size_t nkg_match_foreign_person(nkg_doc *d, size_t i, size_t end, nkg_case context, nkg_person_name *out);

/* The case a word is in, judged from its ending against its nominative: a role's head
 * word ("секретаря" against "секретарь") or a preposition before a name. */
nkg_case nkg_case_of_form(const char *folded_form, const char *folded_nominative);
nkg_case nkg_case_after_preposition(const char *folded);

/* The nominative of a surname seen in case `c`; `female` as the given name says. */
const char *nkg_surname_nominative(nkg_arena *a, const char *surface, size_t len, int female, nkg_case c);

/* Whether a folded word is a patronymic (any case): "владимирович", "миромоновича", "викторовны". */
int nkg_is_patronymic(const char *folded);

/* Whether a token could be a surname: a capitalised Cyrillic word. */
int nkg_surname_shaped(const nkg_token *t);

#endif
