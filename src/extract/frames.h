/* Event frames: what an event word's own clause says of its event.  The date, the
 * place and the tense come from the clause the word stands in, an aside in it, and a
 * relative clause that tells of the word ("саммиту, который состоится 12 октября в
 * Бишкеке"); a word in a main clause may also take them from the sentence's other main
 * clauses, never from a subordinate clause or a quotation. */
#ifndef NKG_FRAMES_H
#define NKG_FRAMES_H
#include "doc.h"

typedef struct {
  size_t trigger;  /* the event word's mention */
  int clause;      /* its clause */
  int attached;    /* a relative clause that tells of it, or -1 */
  nkg_date date;   /* as the clause gives it, else the document's (news is of its day) */
  int own_date;    /* the clause gives a date */
  int date_from_last; /* that date is told from the last one ("в тот же день", "на следующий день") */
  int city;        /* a venue the clause names ("в Минске", "Минск, где ..."), or -1 */
  int scheduled;   /* announced, not yet held */
  int recalled;    /* told as history */
  int quoted;      /* inside a quotation: speech, not the report */
  int context;     /* a noun only the setting or topic of what is told ("на полях саммита") */
} nkg_frame;

/* Fills the frame of trigger mention `k` among mentions [from, to) of one sentence.
 * `last_date` is the date the text gave last ("в тот же день"), or NULL. */
void nkg_frame_of(nkg_doc *d, size_t from, size_t to, size_t k, const nkg_date *last_date, nkg_frame *f);
/* Whether mention m lies in the frame's part of the text (its clause, an aside in it,
 * the relative clause that tells of it). */
int nkg_frame_holds(const nkg_doc *d, const nkg_frame *f, const nkg_mention *m);

/* The same, and in a main clause also any main clause of the sentence (the persons of
 * "На полях саммита министр ... провел ряд встреч" are the sentence's). */
int nkg_frame_scope(const nkg_doc *d, const nkg_frame *f, const nkg_mention *m);
/* The person a relative clause of the frame's hangs from ("Нарбаевой, которая прибыла для
 * участия в заседании"): the clause's subject; or -1. */
int nkg_frame_antecedent_person(nkg_doc *d, const nkg_frame *f, size_t from, size_t to);
/* Whether mention m is in clause c or in an aside within it. */
int nkg_in_clause(const nkg_doc *d, const nkg_mention *m, int c);

#endif
