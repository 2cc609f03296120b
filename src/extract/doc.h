/* What extraction knows about one document: mentions found in its sentences, the
 * entities they refer to, and the facts (memberships, events) that relate them.
 * Everything lives in the document's arena. */
#ifndef NKG_DOC_H
#define NKG_DOC_H
#include <stdint.h>

#include "../lexicon/lexicon.h"
#include "../text/text.h"
#include "../util/strmap.h"
#include "clauses.h"

/* A calendar date as precise as the text: year 0 = not given, day 0 = a month. */
typedef struct {
  int16_t year;
  int8_t month, day;
  int8_t end_day; /* "24–25 апреля": 25; less than `day`: in the next month; else 0 */
} nkg_date;

typedef enum { NKG_ENT_PERSON, NKG_ENT_ORG, NKG_ENT_COUNTRY, NKG_ENT_CITY, NKG_ENT_ROLE } nkg_ent_type;

typedef struct {
  nkg_ent_type type;
  int lex;              /* lexicon entry, or -1 */
  int role_lex;         /* roles: the lexicon role it is or is built on ("исполняющий обязанности министра") */
  const char *path;     /* IRI path: "person/sadyr-zhaparov" */
  const char *label;    /* canonical Russian label */
  const char *alts[8];  /* further Russian names this document adds */
  int nalts;
  /* persons */
  const char *given, *surname, *patronymic;
  int female;
  int initials_only; /* known only as "С. Жапаров" */
  int surname_first; /* "Си Цзиньпин": the label puts the family name first */
  int country; /* organizations made of a body kind and a country: the country entity */
  int inferred; /* recognised by the shape of its name, not known to the lexicon */
  int merged_into; /* -1, or the entity this one turned out to be */
  int mentions;
  int implied; /* not named by the document but implied by it (the ministry a minister heads) */
  uint32_t first_token;
} nkg_entity;

typedef enum {
  NKG_M_ENTITY,  /* a person, organization, country, city or role */
  NKG_M_TRIGGER, /* an event word */
  NKG_M_DATE,
  NKG_M_RELDAY,  /* сегодня, вчера...: `rel` days from the document date */
  NKG_M_PAST,    /* "ранее", "год назад": what the sentence tells is not current */
  NKG_M_RELYEAR, /* "в прошлом году", "в марте этого года": `rel` years from the document's, in `date.month` */
  NKG_M_RELWEEK  /* "на прошлой неделе": the week `rel` weeks from the document's */
} nkg_mention_kind;

typedef struct {
  nkg_mention_kind kind;
  uint32_t first, last; /* tokens [first, last) */
  uint32_t sentence;
  int entity;           /* NKG_M_ENTITY */
  int lex;              /* the lexicon entry matched (entities, triggers), or -1 */
  nkg_date date;        /* NKG_M_DATE */
  int rel;              /* NKG_M_RELDAY: days, NKG_M_RELYEAR: years */
  int locative;         /* preceded by "в", "во", "городе": a place where something happens */
  int former;           /* roles: "бывший", "экс-": not held now */
  int gcase;            /* persons and roles: grammatical case (nkg_case), NOM when unknown */
  int adjective;        /* countries: named by an adjective ("белорусского"): an affiliation, not a mention */
} nkg_mention;

typedef struct {
  int person, role, org; /* entities; org may be a country */
  int heads;             /* a head role: the entity the person heads (the ministry, not the country), or -1 */
  uint32_t sentence;     /* where the document states it */
} nkg_membership;

/* "председательство Кыргызстана в ОДКБ" */
typedef struct {
  int country, org;
  uint32_t sentence;
} nkg_chairmanship;

/* "государства – члены ОДКБ: Армения, Беларусь ...": a country that is a member of an organization */
typedef struct {
  int country, org;
} nkg_member_state;

/* "подписана Программа сотрудничества ... на 2023-2025 годы" */
typedef struct {
  uint32_t first, last; /* tokens of the title, from the document's noun */
  int kind;             /* the lexicon's agreement kind */
  int from_year, to_year; /* "на 2023-2025 годы", or 0 */
  uint32_t sentence;
} nkg_agreement;

/* «...» — сказал X */
typedef struct {
  uint32_t from, to; /* bytes of the quoted text in the cleaned text */
  int speaker;       /* a person entity */
  uint32_t sentence;
} nkg_quotation;

/* "заместитель Председателя Кабинета Министров, министр иностранных дел Рашид Мередов": a
 * body named inside a role phrase with no country of its own; the country the role is held
 * for (its membership) makes it an organization (nkg_resolve_role_bodies). */
typedef struct {
  int body;             /* the lexicon's body kind */
  int role;             /* the role entity whose phrase names it */
  uint32_t first, last; /* tokens of the body's name */
  uint32_t sentence;
} nkg_role_body;

typedef struct {
  nkg_event_class cls;
  nkg_date date;
  int city;      /* entity or -1 */
  int host;      /* entity or -1 */
  int organizer; /* entity or -1 */
  int attendees[64];
  int nattendees;
  uint32_t sentence; /* where it is first told */
  int past;          /* told as history, not as news */
  int has_own_date;
  int scheduled; /* announced, not yet held: "Сессия пройдет 28 ноября" */
  int spoken_of; /* only talked about ("проинформировал о ходе сессии"): it owns no persons of its sentence */
  int remote; /* a telephone or video call: no place */
  int told_by_verb; /* "принял", "встретился": its attendees are the verb's persons */
  int super_event;  /* "на полях саммита": the session it was held within, or -1 */
  int attested;     /* some sentence gives it a date, a place, a verb or a person of its own */
} nkg_event;

typedef struct {
  const nkg_lexicon *lex;
  nkg_arena *arena;
  nkg_segmenter *segmenter; /* the thread's: stems words met after segmentation */
  nkg_lex_memo *memo;       /* the thread's, or NULL: see nkg_word_property */
  nkg_segmented seg;
  const char *source;
  nkg_vec mentions;    /* nkg_mention, in text order */
  nkg_vec entities;    /* nkg_entity */
  nkg_strmap entity_by_path;
  nkg_vec memberships; /* nkg_membership */
  nkg_vec events;      /* nkg_event */
  nkg_date docdate;
  int has_docdate;
  int docdate_given; /* from outside the text (--date): not to be looked for */
  char time_of_day[6]; /* "15:45" from a header line, or "" */
  nkg_vec topics;      /* int lexicon entries the document names, in order, once each */
  nkg_vec chairs;      /* nkg_chairmanship */
  nkg_vec member_states; /* nkg_member_state */
  nkg_vec quotes;      /* nkg_quotation */
  nkg_vec agreements;  /* nkg_agreement */
  nkg_vec role_bodies; /* nkg_role_body, waiting for the role's membership */
  int *sentence_past;  /* per sentence: told as history */
  int *sentence_future; /* per sentence: announced, not yet held */
  unsigned char *glue;  /* per token: a title or rank that lists and role frames pass over */
  unsigned char *future_word; /* per token: "пройдет", "предстоящий" ... */
  /* anatomy (anatomy.h) */
  uint32_t *wclass;           /* per token: nkg_word_class bits of its word form */
  unsigned char *furniture;   /* per sentence: page furniture, not the article */
  unsigned char *quoted;      /* per token: inside quoted speech «...» */
  uint32_t dateline_end;      /* tokens before it are the dateline; 0: none */
  int dateline_date;          /* the dateline's date mention, or -1 */
  int dateline_city;          /* the dateline's city entity, or -1 */
  int *section_city;          /* per sentence: in a digest of datelined items ("ЕРЕВАН. 3 декабря ..."),
                                 the city of the item's own dateline, else -1 */
  /* clauses (clauses.h) */
  uint32_t *clause_of;        /* per token: its clause */
  nkg_vec clauses;            /* nkg_clause */
} nkg_doc;

/* Cleans and segments `text` and sets up empty tables: a document ready for
 * nkg_recognize.  Everything is allocated in `arena`, but for the tables that
 * nkg_doc_release frees.  `memo` (NULL: none) is the thread's, see nkg_lex_annotate. */
nkg_status nkg_doc_prepare(nkg_doc *d, const nkg_lexicon *lex, nkg_lex_memo *memo, nkg_arena *arena,
                           nkg_segmenter *seg, const char *source, const char *text, size_t len);
void nkg_doc_release(nkg_doc *d);

/* The slots of the word properties rules ask of every token (nkg_lex_memo_property). */
typedef enum {
  NKG_WP_PREPOSITION_CASE,
  NKG_WP_FUTURE_MARKER,
  NKG_WP_RELATIVE_DAY,
  NKG_WP_YEAR_NOUN,
  NKG_WP_PAST_MARKER,
  NKG_WP_MEMBERS_WORD,
  NKG_WP_PREPOSITION, /* nkg_preposition_of */
} nkg_word_prop;

/* The prepositions date phrases are built with. */
typedef enum { NKG_PREP_OTHER, NKG_PREP_S, NKG_PREP_V, NKG_PREP_PO, NKG_PREP_NA } nkg_preposition;
/* Which of them token t is ("с"/"со", "в"/"во", "по", "на"), remembered per word form. */
nkg_preposition nkg_preposition_of(const nkg_doc *d, const nkg_token *t);

/* `test` of token t's word form, remembered per form by the thread. */
int nkg_word_property(const nkg_doc *d, const nkg_token *t, nkg_word_prop prop, int (*test)(const char *lower));

/* The entity with this IRI path, created when new (label and type from the caller). */
int nkg_doc_entity(nkg_doc *d, nkg_ent_type type, const char *path, const char *label, int lex);
nkg_entity *nkg_doc_ent(nkg_doc *d, int i);
/* Follows merged_into links. */
int nkg_doc_resolve(nkg_doc *d, int i);
void nkg_entity_add_alt(nkg_doc *d, nkg_entity *e, const char *alt);

/* Stages. */
/* Cuts every sentence into clauses (clauses.h); after nkg_recognize. */
void nkg_find_clauses(nkg_doc *d);
/* The clause of token t, and whether clause c is or lies within a quotation. */
const nkg_clause *nkg_clause_at(const nkg_doc *d, size_t t);
int nkg_clause_quoted(const nkg_doc *d, int c);
void nkg_recognize(nkg_doc *d, void *slugger);
void nkg_relate(nkg_doc *d);
/* Bodies named inside role phrases (nkg_role_body) become organizations of the country
 * the role's membership names; after nkg_relate. */
void nkg_resolve_role_bodies(nkg_doc *d);
/* Statements beside roles and events: chairmanships and quotations. */
void nkg_relate_statements(nkg_doc *d);
/* The one person holding a role in the document ("Глава государства"), or -1. */
int nkg_person_with_role(nkg_doc *d, int role);

/* Calendar arithmetic (calendar.c). */
long nkg_days_from_civil(int y, int m, int d);
nkg_date nkg_civil_from_days(long days);
/* `base` moved by `days` (a date without a day stays as it is). */
nkg_date nkg_date_shift(nkg_date base, int days);
/* A year alone ("в прошлом году") is a date too. */
int nkg_has_date(nkg_date a);
/* Dates that can be the same day: equal where both are given. */
int nkg_compatible_dates(nkg_date a, nkg_date b);

/* Dates. */
int nkg_parse_date_at(const nkg_doc *d, size_t i, size_t end, nkg_date *date, size_t *ntokens);
int nkg_relative_day_at(const nkg_doc *d, size_t i, int *rel, size_t *ntokens);
/* "в этом году", "прошлого года", "в декабре прошлого года": *rel years from the
 * document's year, *month 1-12 when a month comes first, else 0. */
int nkg_relative_year_at(const nkg_doc *d, size_t i, size_t end, int *rel, int *month, size_t *ntokens);
/* "на прошлой неделе", "на этой неделе": *rel weeks from the document's week. */
int nkg_relative_week_at(const nkg_doc *d, size_t i, size_t end, int *rel, size_t *ntokens);
/* "МИД Киргизии": the organization a body kind of the lexicon and a country make. */
int nkg_national_body(nkg_doc *d, int body, int country);
/* The same, the country written as tokens [from, to) after the body: the body's name with the
 * country as the text writes it ("Совет безопасности Кыргызской Республики") is another name of it. */
int nkg_national_body_written(nkg_doc *d, int body, int country, size_t from, size_t to);
/* Whether tokens [from, to) only join the items of a list: ",", "и", "а также", dashes,
 * a colon, brackets, titles and ranks. */
int nkg_only_list_glue(const nkg_doc *d, size_t from, size_t to);
int nkg_past_marker_at(const nkg_doc *d, size_t i, size_t *ntokens);
/* "следующее заседание", "пройдет", "состоится": what the sentence tells is still to come. */
/* "пройдет", "состоится": a verb in the future that announces an event. */
int nkg_future_verb(const char *w);
int nkg_future_marker_at(const nkg_doc *d, size_t i, size_t *ntokens);

#endif
