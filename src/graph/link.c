/* Links the events different documents tell of one meeting in different words.
 *
 * Extraction already gives one IRI to a meeting both documents date, place and host
 * alike; this pass catches the rest: one report names the city and the other does not,
 * or only one names the host.  Events of one kind on one day are gathered into clusters,
 * in the order of their IRIs: an event joins the first cluster it agrees with (no other
 * city, no other host, none of its documents, and at least two attendees in common, or
 * one and the same host), else it starts one.  A cluster of two or more reports gets a
 * canonical event that carries the merged facts (kind, date, place, host, every attendee,
 * every document), and each report is linked to it by owl:sameAs both ways: two links a
 * report, however many reports there are (not one to every other report, which grew
 * with the square of the reports).
 *
 * The facts are gathered from any number of graphs (collect), so the same pass serves the
 * whole graph (Turtle, RDF/XML, RDF/JSON) and streamed N-Triples and N-Quads, which
 * collect each document's events as it is written and write the links at the end: every
 * format gets the same statements, whatever the number of threads.  The canonical IRI is
 * event/DATE-KIND-HASH, HASH (FNV-1a, 8 hex digits) of the IRI of the cluster's first
 * report (the least). */
#include <stdlib.h>
#include <string.h>

#include "graph_internal.h"
#include "link_spill.h"

#define NONE ((nkg_term_id)0xFFFFFFFFu)

typedef struct {
  nkg_term_id node, kind, date, city, host, label; /* terms of the collector's graph */
  int scheduled;
  nkg_vec attendees; /* nkg_term_id, sorted and unique after finish's first step */
  nkg_vec docs;      /* nkg_term_id, likewise */
} event_facts;

struct nkg_event_links {
  nkg_graph *g;   /* holds the terms of the facts; at the end, the links */
  nkg_vec events; /* event_facts */
  nkg_strmap index; /* event node -> position in events */
  nkg_spill *spill; /* streamed: the facts go to disk, by day (NULL: they stay here) */
};

nkg_event_links *nkg_event_links_new(const char *base) {
  nkg_event_links *l = calloc(1, sizeof *l);
  if (!l) abort();
  l->g = nkg_graph_new(base);
  if (!l->g) abort();
  nkg_vec_init(&l->events, sizeof(event_facts));
  nkg_strmap_init(&l->index);
  return l;
}

nkg_event_links *nkg_event_links_new_spilled(const char *base) {
  nkg_event_links *l = nkg_event_links_new(base);
  l->spill = calloc(1, sizeof *l->spill);
  if (!l->spill) abort();
  return l;
}

void nkg_event_links_free(nkg_event_links *l) {
  if (!l) return;
  for (size_t i = 0; i < l->events.count; i++) {
    event_facts *e = nkg_vec_at(&l->events, i);
    nkg_vec_free(&e->attendees);
    nkg_vec_free(&e->docs);
  }
  nkg_vec_free(&l->events);
  nkg_strmap_free(&l->index);
  nkg_graph_free(l->g);
  if (l->spill) nkg_spill_close(l->spill);
  free(l->spill);
  free(l);
}

static const char *text_of(const nkg_graph *g, nkg_term_id t) { return ((const nkg_term *)nkg_vec_at(&g->terms, t))->value; }

/* One value for a fact two documents may state differently of one node: the least, so
 * that the order in which documents come does not show. */
static void keep_least(const nkg_graph *g, nkg_term_id *slot, nkg_term_id t) {
  if (*slot == NONE || strcmp(text_of(g, t), text_of(g, *slot)) < 0) *slot = t;
}

/* Whether the term is a full xsd:date: a month or a year alone names no one day. */
static int is_day(const nkg_graph *g, nkg_term_id t) {
  const nkg_term *term = nkg_vec_at(&g->terms, t);
  return term && term->kind == NKG_TERM_LITERAL && term->datatype && !strcmp(term->datatype, NKG_NS_XSD "date");
}

static int is_iri(const nkg_graph *g, const char *ns, const char *local, nkg_term_id t) {
  const nkg_term *term = nkg_vec_at(&g->terms, t);
  size_t n = strlen(ns);
  return term->kind == NKG_TERM_IRI && !strncmp(term->value, ns, n) && !strcmp(term->value + n, local);
}

static event_facts *facts_for(nkg_event_links *l, nkg_term_id node) {
  uint32_t *at = nkg_strmap_get(&l->index, (const char *)&node, sizeof node);
  if (at) return nkg_vec_at(&l->events, *at);
  event_facts *e = nkg_vec_push(&l->events);
  *e = (event_facts){.node = node, .kind = NONE, .date = NONE, .city = NONE, .host = NONE, .label = NONE};
  nkg_vec_init(&e->attendees, sizeof(nkg_term_id));
  nkg_vec_init(&e->docs, sizeof(nkg_term_id));
  nkg_strmap_put(&l->index, (const char *)&node, sizeof node, (uint32_t)(l->events.count - 1), NULL);
  return e;
}

static void collect_here(nkg_event_links *l, const nkg_graph *src) {
  nkg_graph *g = l->g;
  /* the events of src, by their term in src -> position in l->events */
  nkg_strmap here;
  nkg_strmap_init(&here);
  for (size_t i = 0; i < src->triples.count; i++) {
    const nkg_term_id *t = nkg_vec_at(&src->triples, i);
    if (!is_iri(src, NKG_NS_RDF, "type", t[1]) || !is_iri(src, NKG_NS_NKG, "Event", t[2])) continue;
    if (nkg_strmap_get(&here, (const char *)&t[0], sizeof t[0])) continue;
    event_facts *e = facts_for(l, nkg_graph_copy_term(g, src, t[0]));
    nkg_strmap_put(&here, (const char *)&t[0], sizeof t[0], (uint32_t)(e - (event_facts *)l->events.items), NULL);
  }
  for (size_t i = 0; i < src->triples.count && here.count; i++) {
    const nkg_term_id *t = nkg_vec_at(&src->triples, i);
    uint32_t *at = nkg_strmap_get(&here, (const char *)&t[0], sizeof t[0]);
    if (!at) continue;
    event_facts *e = nkg_vec_at(&l->events, *at);
    nkg_term_id p = t[1];
    if (is_iri(src, NKG_NS_RDF, "type", p) &&
        (is_iri(src, NKG_NS_NKG, "Meeting", t[2]) || is_iri(src, NKG_NS_NKG, "Session", t[2])))
      keep_least(g, &e->kind, nkg_graph_copy_term(g, src, t[2]));
    else if (is_iri(src, NKG_NS_SCHEMA, "startDate", p) && is_day(src, t[2]))
      keep_least(g, &e->date, nkg_graph_copy_term(g, src, t[2]));
    else if (is_iri(src, NKG_NS_SCHEMA, "location", p))
      keep_least(g, &e->city, nkg_graph_copy_term(g, src, t[2]));
    else if (is_iri(src, NKG_NS_NKG, "host", p))
      keep_least(g, &e->host, nkg_graph_copy_term(g, src, t[2]));
    else if (is_iri(src, NKG_NS_RDFS, "label", p))
      keep_least(g, &e->label, nkg_graph_copy_term(g, src, t[2]));
    else if (is_iri(src, NKG_NS_SCHEMA, "eventStatus", p) && is_iri(src, NKG_NS_SCHEMA, "EventScheduled", t[2]))
      e->scheduled = 1;
    else if (is_iri(src, NKG_NS_SCHEMA, "attendee", p))
      *(nkg_term_id *)nkg_vec_push(&e->attendees) = nkg_graph_copy_term(g, src, t[2]);
    else if (is_iri(src, NKG_NS_PROV, "wasDerivedFrom", p))
      *(nkg_term_id *)nkg_vec_push(&e->docs) = nkg_graph_copy_term(g, src, t[2]);
  }
  nkg_strmap_free(&here);
}

static const nkg_term *term_or_null(const nkg_graph *g, nkg_term_id t) {
  return t == NONE ? NULL : nkg_vec_at(&g->terms, t);
}

/* The terms of a list of ids, for the spill. */
static const nkg_term **terms_of(const nkg_graph *g, const nkg_vec *ids) {
  const nkg_term **list = malloc((ids->count ? ids->count : 1) * sizeof *list);
  if (!list) abort();
  for (size_t i = 0; i < ids->count; i++) list[i] = nkg_vec_at(&g->terms, *(nkg_term_id *)nkg_vec_at(ids, i));
  return list;
}

/* Streamed: the document's events are gathered here as always, and those that can be
 * linked (a kind and a day) go to their day's bucket; the rest never link. */
static void collect_to_disk(nkg_event_links *l, const nkg_graph *src) {
  nkg_event_links *doc = nkg_event_links_new(l->g->base);
  collect_here(doc, src);
  const nkg_graph *g = doc->g;
  for (size_t i = 0; i < doc->events.count && !l->spill->failed; i++) {
    const event_facts *e = nkg_vec_at(&doc->events, i);
    if (e->kind == NONE || e->date == NONE) continue;
    const nkg_term **attendees = terms_of(g, &e->attendees), **docs = terms_of(g, &e->docs);
    nkg_spilled_event out = {.node = term_or_null(g, e->node),
                             .kind = term_or_null(g, e->kind),
                             .date = term_or_null(g, e->date),
                             .city = term_or_null(g, e->city),
                             .host = term_or_null(g, e->host),
                             .label = term_or_null(g, e->label),
                             .scheduled = e->scheduled,
                             .attendees = attendees,
                             .nattendees = e->attendees.count,
                             .docs = docs,
                             .ndocs = e->docs.count};
    nkg_spill_put(l->spill, nkg_spill_bucket_of(text_of(g, e->date)), &out);
    free(attendees);
    free(docs);
  }
  nkg_event_links_free(doc);
}

void nkg_event_links_collect(nkg_event_links *l, const nkg_graph *src) {
  if (l->spill)
    collect_to_disk(l, src);
  else
    collect_here(l, src);
}

/* A spilled event back into a collector: the facts merge with those other documents
 * told of the same node, as collect_here merges them. */
static nkg_term_id term_in(nkg_graph *g, const nkg_term *t) { return nkg_graph_term(g, t); }

static void merge_spilled(void *ctx, const nkg_spilled_event *s) {
  nkg_event_links *l = ctx;
  nkg_graph *g = l->g;
  event_facts *e = facts_for(l, term_in(g, s->node));
  const nkg_term *one[] = {s->kind, s->date, s->city, s->host, s->label};
  nkg_term_id *slot[] = {&e->kind, &e->date, &e->city, &e->host, &e->label};
  for (size_t i = 0; i < sizeof one / sizeof *one; i++)
    if (one[i]) keep_least(g, slot[i], term_in(g, one[i]));
  e->scheduled |= s->scheduled;
  for (size_t i = 0; i < s->nattendees; i++) *(nkg_term_id *)nkg_vec_push(&e->attendees) = term_in(g, s->attendees[i]);
  for (size_t i = 0; i < s->ndocs; i++) *(nkg_term_id *)nkg_vec_push(&e->docs) = term_in(g, s->docs[i]);
}

static int cmp_id(const void *a, const void *b) {
  nkg_term_id x = *(const nkg_term_id *)a, y = *(const nkg_term_id *)b;
  return x < y ? -1 : x > y;
}

static void sort_unique(nkg_vec *v) {
  if (v->count < 2) return;
  qsort(v->items, v->count, sizeof(nkg_term_id), cmp_id);
  nkg_term_id *ids = v->items;
  size_t k = 1;
  for (size_t i = 1; i < v->count; i++)
    if (ids[i] != ids[k - 1]) ids[k++] = ids[i];
  v->count = k;
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

/* a := a ∪ b, both sorted and unique */
static void unite(nkg_vec *a, const nkg_vec *b) {
  for (size_t i = 0; i < b->count; i++) *(nkg_term_id *)nkg_vec_push(a) = *(nkg_term_id *)nkg_vec_at(b, i);
  sort_unique(a);
}

static const nkg_graph *sort_graph; /* for qsort's comparison: finish is not reentrant */

/* By day, then kind, then IRI: the order of the text of the terms, not of their ids,
 * which depend on the order documents came in. */
static int cmp_events(const void *a, const void *b) {
  const event_facts *x = a, *y = b;
  int c = strcmp(text_of(sort_graph, x->date), text_of(sort_graph, y->date));
  if (!c) c = strcmp(text_of(sort_graph, x->kind), text_of(sort_graph, y->kind));
  return c ? c : strcmp(text_of(sort_graph, x->node), text_of(sort_graph, y->node));
}

typedef struct {
  nkg_term_id city, host;
  nkg_vec attendees, docs;
  nkg_vec members; /* size_t: positions in the sorted events */
  int all_scheduled;
} cluster;

static int agrees(const cluster *c, const event_facts *e) {
  if (c->city != NONE && e->city != NONE && c->city != e->city) return 0;
  if (c->host != NONE && e->host != NONE && c->host != e->host) return 0;
  if (shared(&c->docs, &e->docs)) return 0; /* one document keeps its events apart on purpose */
  size_t common = shared(&c->attendees, &e->attendees);
  return common >= 2 || (common >= 1 && e->host != NONE && e->host == c->host);
}

static void join(cluster *c, event_facts *e, size_t position) {
  if (c->city == NONE) c->city = e->city;
  if (c->host == NONE) c->host = e->host;
  unite(&c->attendees, &e->attendees);
  unite(&c->docs, &e->docs);
  *(size_t *)nkg_vec_push(&c->members) = position;
  c->all_scheduled &= e->scheduled;
}

/* The canonical event of a cluster: its statements and the links of its reports. */
static void emit_cluster(nkg_graph *g, const cluster *c, const event_facts *events) {
  const event_facts *first = &events[*(size_t *)nkg_vec_at(&c->members, 0)];
  const char *kind = text_of(g, first->kind), *local = strrchr(kind, '#');
  char iri[160];
  uint32_t h = nkg_hash_bytes(text_of(g, first->node), strlen(text_of(g, first->node)));
  snprintf(iri, sizeof iri, "event/%s-%s-%08x", text_of(g, first->date), local && !strcmp(local, "#Session") ? "session" : "meeting", h);
  nkg_term_id canon = nkg_graph_iri(g, iri), type = nkg_graph_ns(g, NKG_NS_RDF, "type"),
              same = nkg_graph_ns(g, NKG_NS_OWL, "sameAs"), attendee = nkg_graph_ns(g, NKG_NS_SCHEMA, "attendee"),
              derived = nkg_graph_ns(g, NKG_NS_PROV, "wasDerivedFrom");
  nkg_graph_add(g, canon, type, nkg_graph_ns(g, NKG_NS_NKG, "Event"));
  nkg_graph_add(g, canon, type, first->kind);
  nkg_graph_add(g, canon, nkg_graph_ns(g, NKG_NS_SCHEMA, "startDate"), first->date);
  if (c->city != NONE) nkg_graph_add(g, canon, nkg_graph_ns(g, NKG_NS_SCHEMA, "location"), c->city);
  if (c->host != NONE) nkg_graph_add(g, canon, nkg_graph_ns(g, NKG_NS_NKG, "host"), c->host);
  if (c->all_scheduled)
    nkg_graph_add(g, canon, nkg_graph_ns(g, NKG_NS_SCHEMA, "eventStatus"), nkg_graph_ns(g, NKG_NS_SCHEMA, "EventScheduled"));
  for (size_t i = 0; i < c->attendees.count; i++) nkg_graph_add(g, canon, attendee, *(nkg_term_id *)nkg_vec_at(&c->attendees, i));
  for (size_t i = 0; i < c->docs.count; i++) nkg_graph_add(g, canon, derived, *(nkg_term_id *)nkg_vec_at(&c->docs, i));
  /* the label of the report that names the place, which says most */
  nkg_term_id label = NONE;
  for (size_t i = 0; i < c->members.count; i++) {
    const event_facts *e = &events[*(size_t *)nkg_vec_at(&c->members, i)];
    if (e->label != NONE && (label == NONE || (e->city != NONE && e->city == c->city))) {
      label = e->label;
      if (e->city == c->city) break;
    }
  }
  if (label != NONE) nkg_graph_add(g, canon, nkg_graph_ns(g, NKG_NS_RDFS, "label"), label);
  for (size_t i = 0; i < c->members.count; i++) {
    nkg_term_id node = events[*(size_t *)nkg_vec_at(&c->members, i)].node;
    nkg_graph_add(g, node, same, canon);
    nkg_graph_add(g, canon, same, node);
  }
}

const nkg_graph *nkg_event_links_finish(nkg_event_links *l, size_t *links) {
  nkg_graph *g = l->g;
  *links = 0;
  /* only events with a kind and a day can be linked */
  size_t n = 0;
  event_facts *events = l->events.items;
  for (size_t i = 0; i < l->events.count; i++) {
    event_facts *e = &events[i];
    sort_unique(&e->attendees);
    sort_unique(&e->docs);
    if (e->kind != NONE && e->date != NONE) {
      event_facts tmp = events[n];
      events[n++] = *e;
      *e = tmp;
    }
  }
  sort_graph = g;
  qsort(events, n, sizeof *events, cmp_events);
  /* the index points into the vector by position: it is not used after sorting */
  nkg_strmap_free(&l->index);
  nkg_strmap_init(&l->index);
  nkg_term_id saved = g->context;
  g->context = NKG_NO_GRAPH;
  nkg_vec clusters;
  nkg_vec_init(&clusters, sizeof(cluster));
  for (size_t start = 0, end; start < n; start = end) {
    for (end = start + 1; end < n && events[end].date == events[start].date && events[end].kind == events[start].kind;
         end++) {
    }
    nkg_vec_clear(&clusters);
    for (size_t i = start; i < end; i++) {
      cluster *home = NULL;
      for (size_t k = 0; k < clusters.count && !home; k++)
        if (agrees(nkg_vec_at(&clusters, k), &events[i])) home = nkg_vec_at(&clusters, k);
      if (!home) {
        home = nkg_vec_push(&clusters);
        *home = (cluster){.city = NONE, .host = NONE, .all_scheduled = 1};
        nkg_vec_init(&home->attendees, sizeof(nkg_term_id));
        nkg_vec_init(&home->docs, sizeof(nkg_term_id));
        nkg_vec_init(&home->members, sizeof(size_t));
      }
      join(home, &events[i], i);
    }
    for (size_t k = 0; k < clusters.count; k++) {
      cluster *c = nkg_vec_at(&clusters, k);
      if (c->members.count >= 2) {
        emit_cluster(g, c, events);
        *links += c->members.count;
      }
      nkg_vec_free(&c->attendees);
      nkg_vec_free(&c->docs);
      nkg_vec_free(&c->members);
    }
  }
  nkg_vec_free(&clusters);
  g->context = saved;
  return g;
}

nkg_status nkg_event_links_write(nkg_event_links *l, nkg_writer *w, size_t *linked) {
  *linked = 0;
  if (!l->spill) return nkg_writer_add(w, nkg_event_links_finish(l, linked));
  nkg_status status = l->spill->failed ? NKG_ERR_IO : NKG_OK;
  /* bucket by bucket: the events of one day are all in one, and a bucket is linked and
   * written before the next is read */
  for (size_t b = 0; b < NKG_SPILL_BUCKETS && status == NKG_OK; b++) {
    nkg_event_links *day = nkg_event_links_new(l->g->base);
    size_t n = 0;
    if (nkg_spill_read(l->spill, b, merge_spilled, day))
      status = NKG_ERR_IO;
    else
      status = nkg_writer_add(w, nkg_event_links_finish(day, &n));
    *linked += n;
    nkg_event_links_free(day);
  }
  return status;
}

int nkg_event_links_spill_error(const nkg_event_links *l) {
  return l->spill && l->spill->failed ? l->spill->error : 0;
}

size_t nkg_graph_link_same_events(nkg_graph *g) {
  nkg_event_links *l = nkg_event_links_new(g->base);
  nkg_event_links_collect(l, g);
  size_t links = 0;
  nkg_graph_merge(g, nkg_event_links_finish(l, &links));
  nkg_event_links_free(l);
  return links;
}
