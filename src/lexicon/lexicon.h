/* The lexicon: entries loaded from the Turtle files of ontology/lexicon/ and an index that finds
 * them in tokenized text by stems, whatever the case the text inflects them in. */
#ifndef NKG_LEXICON_H
#define NKG_LEXICON_H
#include <stddef.h>
#include <stdint.h>

#include "../text/text.h"
#include "../util/strmap.h"
#include "wordclass.h"
#include "newskg.h"

typedef enum {
  NKG_LEX_COUNTRY,
  NKG_LEX_CITY,
  NKG_LEX_ORG,
  NKG_LEX_BODY, /* a kind of national body: "Министерство иностранных дел" */
  NKG_LEX_ROLE,
  NKG_LEX_TRIGGER,
  NKG_LEX_MONTH,
  NKG_LEX_PERSON,
  NKG_LEX_TITLE, /* a rank or form of address: "генерал-лейтенант", "господин" */
  NKG_LEX_MODIFIER, /* makes a role of its own from the role after it: "исполняющий обязанности" */
  NKG_LEX_ORG_HEAD, /* heads an organization's name: "Министерство", "Комитет" */
  NKG_LEX_TOPIC,    /* a subject of the news: "терроризм" */
  NKG_LEX_AGREEMENT_KIND, /* a signed or adopted document: "программа", "заявление" */
  NKG_LEX_ADOPTION, /* a verb form that signs or adopts: "подписана", "приняты" */
  NKG_LEX_KIND_COUNT
} nkg_lex_kind;

typedef enum { NKG_TRIG_NONE, NKG_TRIG_HOST_VERB, NKG_TRIG_MEET_VERB, NKG_TRIG_NOUN, NKG_TRIG_PARTICIPATION } nkg_trigger_kind;
typedef enum { NKG_EVENT_MEETING = 1, NKG_EVENT_SESSION = 2 } nkg_event_class;
typedef enum { NKG_ORGKIND_UNKNOWN, NKG_ORGKIND_INTERGOV, NKG_ORGKIND_NATIONAL } nkg_org_kind;

typedef struct {
  nkg_lex_kind kind;
  const char *path;     /* IRI path under the data base: "country/kyrgyzstan" */
  const char *label;    /* canonical Russian label */
  const char *label_en; /* may be NULL */
  const char **alts;    /* other Russian names, abbreviations included */
  size_t nalts;
  const char **spellings; /* variant spellings ("Душамбе"): matched, never written out */
  size_t nspellings;
  const char **adjectives; /* countries: "белорусский", the adjective that names them */
  size_t nadjectives;
  const char *abbr;     /* first abbreviation, or NULL */
  const char *genitive; /* countries: genitive of the label */
  const char *sameas;   /* an owl:sameAs IRI, or NULL */
  int country;          /* cities, national bodies, persons: a country entry, or -1 */
  int parent;           /* organizations: the one this is part of, or -1 */
  nkg_org_kind org_kind;
  int affiliation_is_org; /* roles: held for an organization rather than a country */
  int head_role;          /* roles: heads its affiliation */
  int abroad;             /* body kinds: kept by a country in another ("Посольство России в Иране") */
  int heads_body;         /* roles: the body kind it heads, or -1 */
  nkg_trigger_kind trigger;
  nkg_event_class event_class;
  int remote; /* triggers: a call, held at no place */
  int month;      /* months: 1..12 */
  int known_role; /* persons: a role entry, or -1 */
  const char *given, *surname; /* persons: parts of the label */
  const char *slug_prefix;     /* role modifiers: start of the composed role's slug */
} nkg_lex_entry;

typedef struct {
  const char *name; /* nominative */
  int female;
  int also_word; /* also an everyday word or a place: a name only before a plain surname */
} nkg_given_name;

struct nkg_lexicon {
  nkg_arena arena;
  nkg_lex_entry *entries;
  size_t nentries;
  nkg_segmenter *seg; /* for building the index; not used after loading */
  /* the phrase index */
  nkg_strmap word_ids;  /* canonical word key -> word id */
  nkg_strmap variants;  /* stem of an inflected form -> index into variant_lists */
  nkg_vec variant_lists; /* uint32_t[4]: up to 3 word ids + count in [3] */
  nkg_strmap exact;     /* abbreviation as written -> word id */
  nkg_strmap forms;     /* a verb form, folded, exactly -> word id */
  nkg_strmap proper_forms; /* a case form of a word of a proper name -> index into variant_lists */
  nkg_strmap trie;      /* (node, word id) -> child node */
  nkg_vec node_entries; /* per node: nkg_vec of uint32_t entry ids (lazily) */
  uint32_t nnodes;
  /* given names */
  nkg_given_name *given;
  size_t ngiven;
  nkg_strmap given_forms; /* folded form -> index into given_lists */
  nkg_vec given_lists;    /* uint32_t[5]: up to 4 readings (name << 3 | case) + count in [4] */
  nkg_strmap surnames;      /* folded surname of a known person -> entry */
  const char **family_first; /* family names written before the given name ("Сунь"), nominative */
  size_t nfamily_first;
  nkg_strmap family_first_names; /* folded family_first -> 1 */
  nkg_wordclasses wordclasses; /* function words and markers (nkg:WordClass) */
  nkg_strmap country_adjectives; /* folded adjective form -> country entry */
};

typedef struct {
  uint32_t entry;
  uint32_t ntokens;
  int partial; /* a council named without its organization ("Совет министров иностранных дел") */
} nkg_lex_match;

/* What a thread remembers of the word forms it has looked up, by the segmenter's
 * word numbers (nkg_token.word): the forms of a corpus repeat, and one array index
 * replaces three lookups in the lexicon's large tables. */
typedef struct nkg_lex_memo nkg_lex_memo;
nkg_lex_memo *nkg_lex_memo_new(void);
void nkg_lex_memo_free(nkg_lex_memo *memo);

/* Room for this many properties of a word form in a memo (nkg_lex_memo_property). */
#define NKG_MEMO_PROPERTIES 8

/* A property of a token's word form that rules ask of every token: `test` is a pure
 * function of the folded form with a value in -127..127, computed once per form and
 * thread; `property` (below NKG_MEMO_PROPERTIES) names its slot.  Without a memo or a
 * word number, `test` is simply called. */
int nkg_lex_memo_property(nkg_lex_memo *memo, const nkg_token *t, unsigned property, int (*test)(const char *lower));

/* The word classes (wordclass.h) of a token's word form, remembered per form in `memo`
 * (NULL: looked up each time); after nkg_lex_annotate with the same memo and lexicon. */
unsigned nkg_lex_word_classes(const nkg_lexicon *lex, nkg_lex_memo *memo, const nkg_token *t);

/* Looks up the word ids of each token once, for nkg_lex_match_at; `memo` (NULL: none)
 * belongs to the thread and to the segmenter that numbered the tokens' words. */
void nkg_lex_annotate(const nkg_lexicon *lex, nkg_lex_memo *memo, nkg_token *toks, size_t ntoks);

/* All entries whose name starts at token `i`, longest first; at most `max`. */
size_t nkg_lex_match_at(const nkg_lexicon *lex, const nkg_token *toks, size_t ntoks, size_t i,
                        nkg_lex_match *out, size_t max);

/* Grammatical cases, as the readings of a given name's form report them. */
typedef enum {
  NKG_CASE_NOM,
  NKG_CASE_GEN,
  NKG_CASE_DAT,
  NKG_CASE_ACC,
  NKG_CASE_INS,
  NKG_CASE_PREP,
  NKG_CASE_UNKNOWN /* the context does not say: a name's own form decides */
} nkg_case;

typedef struct {
  uint32_t name; /* index into lex->given */
  nkg_case gcase;
} nkg_given_reading;

/* The given names a folded word may be a form of, nominative readings first. */
size_t nkg_lex_given_readings(const nkg_lexicon *lex, const char *folded, nkg_given_reading *out,
                              size_t max);

/* Whether a folded word is a family name written before the given name (nkg:familyNameFirst:
 * "сунь" of "Сунь Вэйдун"). */
int nkg_lex_family_name_first(const nkg_lexicon *lex, const char *folded);

/* A known person by folded surname, or -1. */
int nkg_lex_person_by_surname(const nkg_lexicon *lex, const char *folded_surname);

/* The country a folded adjective form names ("белорусского" -> Belarus), or -1. */
int nkg_lex_country_of_adjective(const nkg_lexicon *lex, const char *folded);

const nkg_lex_entry *nkg_lex_entry_at(const nkg_lexicon *lex, int i);

#endif
