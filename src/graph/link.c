/* Links the events two documents tell differently.  Extraction already gives one IRI to a
 * meeting both documents date, place and host alike; this pass catches the rest: one
 * report names the city and the other does not, or only one names the host.  Two events
 * are the same when they are of one kind, on the same day, in no two different cities,
 * under no two different hosts, told by different documents, and share at least two
 * attendees (one, when both name the same host).  They get owl:sameAs both ways, so a
 * place or date known from one answers a query about the other. */
#include <stdlib.h>
#include <string.h>

#include "graph_internal.h"

#define NONE ((nkg_term_id)0xFFFFFFFFu)

typedef struct {
  nkg_term_id node, kind, date, city, host;
  nkg_vec attendees; /* nkg_term_id, sorted */
  nkg_vec docs;      /* nkg_term_id, sorted */
} event_facts;

static int cmp_id(const void *a, const void *b) {
  nkg_term_id x = *(const nkg_term_id *)a, y = *(const nkg_term_id *)b;
  return x < y ? -1 : x > y;
}

static int cmp_date(const void *a, const void *b) {
  const event_facts *x = a, *y = b;
  return x->date < y->date ? -1 : x->date > y->date ? 1 : x->node < y->node ? -1 : x->node > y->node;
}

static size_t shared(const nkg_vec *a, const nkg_vec *b) {
  size_t n = 0, i = 0, j = 0;
  while (i < a->count && j < b->count) {
    nkg_term_id x = *(nkg_term_id *)nkg_vec_at(a, i), y = *(nkg_term_id *)nkg_vec_at(b, j);
    if (x == y) n++;
    i += x <= y;
    j += y <= x;
  }
  return n;
}

/* Whether the term is a full xsd:date: a month or a year alone names no one day. */
static int is_day(const nkg_graph *g, nkg_term_id t) {
  const nkg_term *term = nkg_vec_at(&g->terms, t);
  return term && term->kind == NKG_TERM_LITERAL && term->datatype && !strcmp(term->datatype, NKG_NS_XSD "date");
}

static int same_event(const event_facts *a, const event_facts *b) {
  if (a->kind != b->kind || a->date != b->date) return 0;
  if (a->city != NONE && b->city != NONE && a->city != b->city) return 0;
  if (a->host != NONE && b->host != NONE && a->host != b->host) return 0;
  if (shared(&a->docs, &b->docs)) return 0; /* one document keeps its events apart on purpose */
  size_t common = shared(&a->attendees, &b->attendees);
  return common >= 2 || (common >= 1 && a->host != NONE && a->host == b->host);
}

/* The facts gathered for an event node, or NULL for a node that is no event. */
static event_facts *facts_of(nkg_vec *events, nkg_strmap *index, nkg_term_id node) {
  uint32_t *at = nkg_strmap_get(index, (const char *)&node, sizeof node);
  return at ? nkg_vec_at(events, *at) : NULL;
}

size_t nkg_graph_link_same_events(nkg_graph *g) {
  nkg_term_id type = nkg_graph_ns(g, NKG_NS_RDF, "type"), event = nkg_graph_ns(g, NKG_NS_NKG, "Event"),
              meeting = nkg_graph_ns(g, NKG_NS_NKG, "Meeting"), session = nkg_graph_ns(g, NKG_NS_NKG, "Session"),
              start = nkg_graph_ns(g, NKG_NS_SCHEMA, "startDate"), location = nkg_graph_ns(g, NKG_NS_SCHEMA, "location"),
              attendee = nkg_graph_ns(g, NKG_NS_SCHEMA, "attendee"), host = nkg_graph_ns(g, NKG_NS_NKG, "host"),
              derived = nkg_graph_ns(g, NKG_NS_PROV, "wasDerivedFrom"), same = nkg_graph_ns(g, NKG_NS_OWL, "sameAs");
  nkg_vec events;
  nkg_vec_init(&events, sizeof(event_facts));
  nkg_strmap index;
  nkg_strmap_init(&index);
  size_t ntriples = g->triples.count;
  for (size_t i = 0; i < ntriples; i++) {
    const nkg_term_id *t = nkg_vec_at(&g->triples, i);
    if (t[1] != type || t[2] != event || facts_of(&events, &index, t[0])) continue;
    event_facts *e = nkg_vec_push(&events);
    *e = (event_facts){.node = t[0], .kind = NONE, .date = NONE, .city = NONE, .host = NONE};
    nkg_vec_init(&e->attendees, sizeof(nkg_term_id));
    nkg_vec_init(&e->docs, sizeof(nkg_term_id));
    int added;
    nkg_strmap_put(&index, (const char *)&t[0], sizeof t[0], (uint32_t)(events.count - 1), &added);
  }
  size_t links = 0;
  if (events.count < 2) goto done;
  for (size_t i = 0; i < ntriples; i++) {
    const nkg_term_id *t = nkg_vec_at(&g->triples, i);
    event_facts *e = facts_of(&events, &index, t[0]);
    if (!e) continue;
    if (t[1] == type && (t[2] == meeting || t[2] == session)) e->kind = t[2];
    else if (t[1] == start && is_day(g, t[2])) e->date = t[2];
    else if (t[1] == location) e->city = t[2];
    else if (t[1] == host) e->host = t[2];
    else if (t[1] == attendee) *(nkg_term_id *)nkg_vec_push(&e->attendees) = t[2];
    else if (t[1] == derived) *(nkg_term_id *)nkg_vec_push(&e->docs) = t[2];
  }
  for (size_t i = 0; i < events.count; i++) {
    event_facts *e = nkg_vec_at(&events, i);
    if (e->attendees.count) qsort(e->attendees.items, e->attendees.count, sizeof(nkg_term_id), cmp_id);
    if (e->docs.count) qsort(e->docs.items, e->docs.count, sizeof(nkg_term_id), cmp_id);
  }
  /* the index points into the vector by position: it is not used after sorting */
  qsort(events.items, events.count, sizeof(event_facts), cmp_date);
  nkg_term_id saved = g->context;
  g->context = NKG_NO_GRAPH;
  for (size_t i = 0; i < events.count; i++) {
    event_facts *a = nkg_vec_at(&events, i);
    if (a->date == NONE) continue;
    for (size_t j = i + 1; j < events.count; j++) {
      event_facts *b = nkg_vec_at(&events, j);
      if (b->date != a->date) break;
      if (!same_event(a, b)) continue;
      nkg_graph_add(g, a->node, same, b->node);
      nkg_graph_add(g, b->node, same, a->node);
      links++;
    }
  }
  g->context = saved;
done:
  for (size_t i = 0; i < events.count; i++) {
    event_facts *e = nkg_vec_at(&events, i);
    nkg_vec_free(&e->attendees);
    nkg_vec_free(&e->docs);
  }
  nkg_vec_free(&events);
  nkg_strmap_free(&index);
  return links;
}
