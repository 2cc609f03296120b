/* Word classes: the function words and markers that clause, tense and page-anatomy rules
 * ask about ("который", "состоится", "ранее", "сообщил", "Фото:", "Читайте также"),
 * loaded from the lexicon's nkg:WordClass entries so that no rule keeps a word list of
 * its own. */
#ifndef NKG_WORDCLASS_H
#define NKG_WORDCLASS_H
#include <stddef.h>

#include "../util/strmap.h"

typedef enum {
  NKG_WC_RELATIVE = 1u << 0,       /* opens a relative clause: "который", "где" */
  NKG_WC_COMPLEMENT = 1u << 1,     /* opens a complement clause: "что", "чтобы" */
  NKG_WC_FUTURE_VERB = 1u << 2,    /* its clause tells what is still to come: "состоится", "намерен" */
  NKG_WC_FUTURE_ADJ = 1u << 3,     /* the event noun after it is still to come: "предстоящий" */
  NKG_WC_PAST = 1u << 4,           /* its clause recalls an earlier event: "ранее", "назад" */
  NKG_WC_REPORT_VERB = 1u << 5,    /* its subject reports, not takes part: "сообщил" */
  NKG_WC_FURNITURE_LINE = 1u << 6, /* a line that starts so is page furniture: "Фото:" */
  NKG_WC_FURNITURE_SECTION = 1u << 7, /* a line that starts so opens a list of other items: "Читайте также" */
  NKG_WC_SAME_DAY = 1u << 8,       /* "в этот день", "в тот же день": the date already told */
  NKG_WC_NOT_PLACE = 1u << 9,      /* a place after it is no venue: "между", "из" */
  NKG_WC_WIDGET = 1u << 10,        /* a line that starts so is a site's date widget: "Четверг, 4 декабря" */
  NKG_WC_CONTEXT = 1u << 11,       /* an event noun after it is a setting or a topic, not news: "на полях", "подготовка" */
  NKG_WC_NEXT_DAY = 1u << 12,      /* "на следующий день": the day after the date told last */
  NKG_WC_EVE = 1u << 13,           /* "накануне": the day before the date told last */
  NKG_WC_APPOINTED = 1u << 14,     /* the role after it is the subject's new post: "назначен", "избран" */
  NKG_WC_SEPARATE = 1u << 16,      /* the plural event noun after it is one meeting per partner: "раздельные встречи" */
  NKG_WC_HOLD_VERB = 1u << 17,     /* "провел": the event noun it governs is told by a verb, with its subject */
  NKG_WC_REPRESENT = 1u << 18,     /* "представлял": the country before it is the side its subject stands for */
  NKG_WC_REMOTE_MODE = 1u << 19,   /* "в режиме", "по": the call noun after it is how another event was held */
  NKG_WC_PURPOSE = 1u << 20,       /* an event noun a few words after it is the purpose of a trip: "прибывшего на" */
  NKG_WC_ADDRESS = 1u << 21,       /* a form of address before a name, never part of it: "уважаемый", "господин" */
  NKG_WC_NOT_NAME = 1u << 22,      /* a capitalised word of a region's name, never a person's: "Центральной Азии" */
  NKG_WC_PUBLISHED = 1u << 15,     /* a line that starts so gives the page's date: "Опубликовано:", "Дата публикации:" */
  /* kept by the loader, not named in the lexicon: the first and second words of a phrase
   * form, so that phrases are looked for only where one can start */
  NKG_WC_PHRASE_FIRST = 1u << 30,
  NKG_WC_PHRASE_SECOND = 1u << 31
} nkg_word_class;

typedef struct {
  nkg_strmap forms; /* folded word or phrase -> class bits */
  nkg_vec prefixes; /* nkg_wordclass_prefix */
  size_t longest_phrase; /* words in the longest multi-word form */
} nkg_wordclasses;

typedef struct {
  const char *prefix;
  size_t len;
  unsigned classes;
} nkg_wordclass_prefix;

void nkg_wordclasses_init(nkg_wordclasses *w);
void nkg_wordclasses_free(nkg_wordclasses *w);
/* The class bit a class IRI's local name stands for ("FutureVerb"), or 0. */
unsigned nkg_wordclass_bit(const char *local_name);
/* Adds a folded form (`prefix`: every word that starts with it) to the classes `bits`. */
void nkg_wordclasses_add(nkg_wordclasses *w, nkg_arena *arena, const char *folded, unsigned bits, int prefix);
/* The classes of a folded word or space-joined phrase: its exact form's, then its prefixes'. */
unsigned nkg_wordclasses_of(const nkg_wordclasses *w, const char *folded, size_t len);

#endif
