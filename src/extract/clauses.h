/* Clauses: each sentence cut where a clause of its own begins (", который", ", где",
 * ", что", a quotation «...», an aside in brackets, ";"), each clause with its tense:
 * reported, announced (scheduled) or recalled.  An event word takes its date, place,
 * tense and persons from its own clause, not from the sentence as a whole: in
 * "министры обсудили подготовку к саммиту, который состоится 12 октября в Бишкеке" the
 * date and the city are the summit's, which is still to come. */
#ifndef NKG_CLAUSES_H
#define NKG_CLAUSES_H
#include <stdint.h>

typedef enum {
  NKG_CLAUSE_MAIN,       /* the sentence itself, or a part after ";" */
  NKG_CLAUSE_RELATIVE,   /* ", который ...", ", в ходе которой ...", ", где ..." */
  NKG_CLAUSE_COMPLEMENT, /* ", что ...": what was said or agreed */
  NKG_CLAUSE_QUOTE,      /* «...» of four words or more: speech */
  NKG_CLAUSE_ASIDE       /* (...): part of the clause around it */
} nkg_clause_kind;

typedef enum { NKG_TENSE_REPORTED, NKG_TENSE_SCHEDULED, NKG_TENSE_RECALLED } nkg_tense;

typedef struct {
  nkg_clause_kind kind;
  nkg_tense tense;
  uint32_t sentence;
  uint32_t first, last; /* its first token and one past its last (a clause it encloses included) */
  int parent;           /* the clause it is part of, or -1 */
  int64_t antecedent;   /* relative clauses: the token before the comma ("саммиту, который"), or -1 */
  int reports;          /* a report verb in it ("сообщил"): its subject tells the news */
  int same_day;         /* "в тот же день": the date the text gave last */
  int day_shift;        /* "на следующий день" +1, "накануне" -1: from the date the text gave last */
} nkg_clause;

#endif
