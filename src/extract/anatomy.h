/* A page's anatomy: which lines are page furniture (captions, credits, bylines, lists
 * of other items), which tokens are quoted speech, and where the dateline ends
 * ("АСТАНА, 3 марта – Агентство."), so that later stages ask instead of guessing from
 * positions. */
#ifndef NKG_ANATOMY_H
#define NKG_ANATOMY_H
#include "doc.h"

/* Before recognition: word classes of every token, furniture sentences (recognition
 * skips them) and quoted tokens. */
void nkg_anatomy_lines(nkg_doc *d);
/* After recognition: the dateline, a city that opens one of the first lines with a date
 * or an agency after it; sets d->dateline_end and d->dateline_date (a mention or -1). */
void nkg_anatomy_dateline(nkg_doc *d);

/* Whether `phrase_classes` are the classes of the words at token i, one to a few words
 * joined by spaces: the classes of the longest form there that has any of `want`. */
unsigned nkg_phrase_classes_at(const nkg_doc *d, size_t i, size_t end, unsigned want, size_t *ntokens);

#endif
