/* From one document's facts to triples, in the contract's vocabulary. */
#include <stdio.h>
#include <string.h>

#include "../graph/graph_internal.h"
#include "emit.h"

typedef struct {
  nkg_graph *g;
  nkg_slugger *slugger;
  nkg_term_id type, label, alt, sameas, ru_latn;
  /* vocabulary terms by the address of their names (string literals), so that the
   * IRI of rdf:type is not built and looked up for every statement */
  struct {
    const char *ns, *local;
    nkg_term_id id;
  } vocabulary[128];
} emitter;

/* A vocabulary term; `ns` and `local` must be string literals (their addresses key
 * the cache). */
static nkg_term_id T(emitter *e, const char *ns, const char *local) {
  size_t slot = ((uintptr_t)local >> 3 ^ (uintptr_t)ns >> 5) & 127;
  if (e->vocabulary[slot].local == local && e->vocabulary[slot].ns == ns) return e->vocabulary[slot].id;
  nkg_term_id id = nkg_graph_ns(e->g, ns, local);
  e->vocabulary[slot].ns = ns;
  e->vocabulary[slot].local = local;
  e->vocabulary[slot].id = id;
  return id;
}
static nkg_term_id ru(emitter *e, const char *s) { return nkg_graph_literal(e->g, s, "ru", NULL); }

static void date_literal(const nkg_date *dt, char *buf, size_t n, const char **xsd_type) {
  if (dt->year && dt->day) {
    snprintf(buf, n, "%04d-%02d-%02d", dt->year, dt->month, dt->day);
    *xsd_type = NKG_NS_XSD "date";
  } else if (dt->day) {
    snprintf(buf, n, "--%02d-%02d", dt->month, dt->day);
    *xsd_type = NKG_NS_XSD "gMonthDay";
  } else if (dt->year && dt->month) {
    snprintf(buf, n, "%04d-%02d", dt->year, dt->month);
    *xsd_type = NKG_NS_XSD "gYearMonth";
  } else if (dt->year) {
    snprintf(buf, n, "%04d", dt->year);
    *xsd_type = NKG_NS_XSD "gYear";
  } else {
    buf[0] = '\0';
    *xsd_type = NULL;
  }
}

static nkg_term_id date_term(emitter *e, const nkg_date *dt) {
  char buf[32];
  const char *type;
  date_literal(dt, buf, sizeof buf, &type);
  return type ? nkg_graph_literal(e->g, buf, NULL, type) : 0;
}

static const char *class_of(nkg_ent_type t) {
  switch (t) {
  case NKG_ENT_PERSON: return "Person";
  case NKG_ENT_ORG: return "Organization";
  case NKG_ENT_COUNTRY: return "Country";
  case NKG_ENT_CITY: return "City";
  case NKG_ENT_ROLE: return "Role";
  }
  return "Thing";
}

static nkg_term_id entity_node(emitter *e, nkg_doc *d, int i) {
  return nkg_graph_iri(e->g, nkg_doc_ent(d, i)->path);
}

static void emit_entity(emitter *e, nkg_doc *d, int i) {
  nkg_entity *en = nkg_doc_ent(d, i);
  nkg_term_id s = entity_node(e, d, i);
  nkg_graph_add(e->g, s, e->type, T(e, NKG_NS_NKG, class_of(en->type)));
  nkg_graph_add(e->g, s, e->label, ru(e, en->label));
  char latin[NKG_LATIN_SIZE];
  if (nkg_translit(e->slugger, en->label, latin, sizeof latin))
    nkg_graph_add(e->g, s, e->label, nkg_graph_literal(e->g, latin, "ru-Latn", NULL));
  const nkg_lex_entry *le = en->lex >= 0 ? &d->lex->entries[en->lex] : NULL;
  if (le) {
    if (le->label_en) nkg_graph_add(e->g, s, e->label, nkg_graph_literal(e->g, le->label_en, "en", NULL));
    if (en->type != NKG_ENT_PERSON)
      for (size_t k = 0; k < le->nalts; k++) nkg_graph_add(e->g, s, e->alt, ru(e, le->alts[k]));
    if (le->sameas) nkg_graph_add(e->g, s, e->sameas, nkg_graph_iri(e->g, le->sameas));
    /* "Совет глав государств СНГ" is part of the CIS: a query for the CIS finds its councils' sittings */
    if (le->kind == NKG_LEX_ORG && le->parent >= 0)
      nkg_graph_add(e->g, s, T(e, NKG_NS_ORG, "subOrganizationOf"), nkg_graph_iri(e->g, d->lex->entries[le->parent].path));
    if (le->kind == NKG_LEX_CITY && le->country >= 0)
      nkg_graph_add(e->g, s, T(e, NKG_NS_SCHEMA, "containedInPlace"),
                    nkg_graph_iri(e->g, d->lex->entries[le->country].path));
  }
  for (int k = 0; k < en->nalts; k++) nkg_graph_add(e->g, s, e->alt, ru(e, en->alts[k]));
  if (en->type == NKG_ENT_PERSON) {
    if (en->given) nkg_graph_add(e->g, s, T(e, NKG_NS_FOAF, "givenName"), ru(e, en->given));
    if (en->surname) nkg_graph_add(e->g, s, T(e, NKG_NS_FOAF, "familyName"), ru(e, en->surname));
    if (en->patronymic && en->given && en->surname) {
      char full[768];
      snprintf(full, sizeof full, "%s %s %s", en->given, en->patronymic, en->surname);
      nkg_utf8_trim(full);
      nkg_graph_add(e->g, s, e->alt, ru(e, full));
    }
  }
  if (en->country >= 0 && en->type == NKG_ENT_ORG)
    nkg_graph_add(e->g, s, T(e, NKG_NS_NKG, "country"), entity_node(e, d, en->country));
  if (en->inferred)
    nkg_graph_add(e->g, s, T(e, NKG_NS_NKG, "inferred"), nkg_graph_literal(e->g, "true", NULL, NKG_NS_XSD "boolean"));
}

static const char *after_slash(const char *path) {
  const char *s = strchr(path, '/');
  return s ? s + 1 : path;
}

/* NIF 2.0: the document's normalised text as a context, each mention as a string at
 * character offsets (code points, not bytes) with the entity it names, and the
 * sentences memberships and events come from. */
typedef struct {
  uint32_t *chars; /* code points before each byte offset */
  nkg_term_id context;
} nif_state;

static nkg_term_id nif_string(emitter *e, nkg_doc *d, const char *doc_iri, nif_state *n, uint32_t from, uint32_t to,
                              const char *cls) {
  uint32_t b = n->chars[from], en = n->chars[to];
  char iri[1200];
  snprintf(iri, sizeof iri, "%s#char=%u,%u", doc_iri, b, en);
  nkg_term_id s = nkg_graph_iri(e->g, iri);
  char num[16];
  nkg_graph_add(e->g, s, e->type, T(e, NKG_NS_NIF, "OffsetBasedString"));
  nkg_graph_add(e->g, s, e->type, T(e, NKG_NS_NIF, cls));
  snprintf(num, sizeof num, "%u", b);
  nkg_graph_add(e->g, s, T(e, NKG_NS_NIF, "beginIndex"), nkg_graph_literal(e->g, num, NULL, NKG_NS_XSD "nonNegativeInteger"));
  snprintf(num, sizeof num, "%u", en);
  nkg_graph_add(e->g, s, T(e, NKG_NS_NIF, "endIndex"), nkg_graph_literal(e->g, num, NULL, NKG_NS_XSD "nonNegativeInteger"));
  char *anchor = nkg_arena_strndup(d->arena, d->seg.text + from, to - from);
  nkg_graph_add(e->g, s, T(e, NKG_NS_NIF, "anchorOf"), nkg_graph_literal(e->g, anchor, NULL, NULL));
  nkg_graph_add(e->g, s, T(e, NKG_NS_NIF, "referenceContext"), n->context);
  return s;
}

static void nif_begin(emitter *e, nkg_doc *d, const char *doc_iri, nif_state *n) {
  n->chars = nkg_arena_alloc(d->arena, (d->seg.len + 1) * sizeof *n->chars);
  uint32_t count = 0;
  for (size_t i = 0; i <= d->seg.len; i++) {
    n->chars[i] = count;
    if (i < d->seg.len) count += ((unsigned char)d->seg.text[i] & 0xC0) != 0x80;
  }
  char iri[1200], num[16];
  snprintf(iri, sizeof iri, "%s#char=0,%u", doc_iri, count);
  n->context = nkg_graph_iri(e->g, iri);
  nkg_graph_add(e->g, n->context, e->type, T(e, NKG_NS_NIF, "Context"));
  nkg_graph_add(e->g, n->context, e->type, T(e, NKG_NS_NIF, "OffsetBasedString"));
  nkg_graph_add(e->g, n->context, T(e, NKG_NS_NIF, "isString"), nkg_graph_literal(e->g, d->seg.text, NULL, NULL));
  nkg_graph_add(e->g, n->context, T(e, NKG_NS_NIF, "beginIndex"), nkg_graph_literal(e->g, "0", NULL, NKG_NS_XSD "nonNegativeInteger"));
  snprintf(num, sizeof num, "%u", count);
  nkg_graph_add(e->g, n->context, T(e, NKG_NS_NIF, "endIndex"), nkg_graph_literal(e->g, num, NULL, NKG_NS_XSD "nonNegativeInteger"));
  nkg_graph_add(e->g, n->context, T(e, NKG_NS_NIF, "sourceUrl"), nkg_graph_iri(e->g, doc_iri));
  for (size_t k = 0; k < d->mentions.count; k++) {
    nkg_mention *m = nkg_vec_at(&d->mentions, k);
    if (m->kind != NKG_M_ENTITY || m->entity < 0) continue;
    int entity = nkg_doc_resolve(d, m->entity);
    nkg_term_id s = nif_string(e, d, doc_iri, n, d->seg.tokens[m->first].start, d->seg.tokens[m->last - 1].end, "Phrase");
    nkg_graph_add(e->g, s, T(e, NKG_NS_ITSRDF, "taIdentRef"), entity_node(e, d, entity));
  }
}

static nkg_term_id nif_sentence(emitter *e, nkg_doc *d, const char *doc_iri, nif_state *n, uint32_t sentence) {
  const nkg_sentence *s = &d->seg.sentences[sentence];
  uint32_t from = s->start, to = s->end;
  while (to > from && (d->seg.text[to - 1] == ' ' || d->seg.text[to - 1] == '\n')) to--;
  return nif_string(e, d, doc_iri, n, from, to, "Sentence");
}

static int ends_with(const char *s, const char *tail) {
  size_t n = strlen(s), m = strlen(tail);
  return n >= m && !strcmp(s + n - m, tail);
}

/* An agreement's title: its noun in the nominative (a plural as written: "Основные направления"),
 * capitalised, then the rest of its words as the document wrote them. */
static void agreement_title(const nkg_doc *d, const nkg_agreement *a, char *title, size_t size) {
  const nkg_token *head = &d->seg.tokens[a->first];
  const char *noun = d->lex->entries[a->kind].label;
  size_t rest_from = a->first + 1 < a->last ? d->seg.tokens[a->first + 1].start : head->end;
  size_t rest_to = d->seg.tokens[a->last - 1].end;
  int plural = strcmp(head->lower, noun) &&
               (ends_with(head->lower, "ы") || ends_with(head->lower, "и") || ends_with(head->lower, "я"));
  snprintf(title, size, "%s %.*s", plural ? head->lower : noun, (int)(rest_to - rest_from), d->seg.text + rest_from);
  nkg_utf8_trim(title);
  nkg_utf8_capitalize_cyrillic(title);
}

/* The event an agreement was adopted at: the one its own sentence tells ("в рамках заседания ...
 * в октябре 2022 года"), else the document's sitting of the day, unless the sentence tells history. */
static int adopted_at(const nkg_doc *d, const nkg_agreement *a) {
  for (size_t k = 0; k < d->events.count; k++)
    if (((nkg_event *)nkg_vec_at(&d->events, k))->sentence == a->sentence) return (int)k;
  if (d->sentence_past[a->sentence]) return -1;
  for (size_t k = 0; k < d->events.count; k++) {
    const nkg_event *ev = nkg_vec_at(&d->events, k);
    if (ev->cls == NKG_EVENT_SESSION && !ev->past) return (int)k;
  }
  for (size_t k = 0; k < d->events.count; k++)
    if (!((nkg_event *)nkg_vec_at(&d->events, k))->past) return (int)k;
  return -1;
}

static void emit_agreements(emitter *e, nkg_doc *d, const char *doc_path, nkg_term_id doc, const nkg_term_id *event_node,
                            nif_state *nif, const char *doc_iri) {
  nkg_graph *g = e->g;
  for (size_t i = 0; i < d->agreements.count; i++) {
    const nkg_agreement *a = nkg_vec_at(&d->agreements, i);
    char path[1024], title[1024];
    snprintf(path, sizeof path, "agreement/%s-%zu", after_slash(doc_path), i + 1);
    nkg_term_id s = nkg_graph_iri(g, path);
    agreement_title(d, a, title, sizeof title);
    nkg_graph_add(g, s, e->type, T(e, NKG_NS_NKG, "Agreement"));
    nkg_graph_add(g, s, T(e, NKG_NS_SCHEMA, "name"), ru(e, title));
    if (a->from_year) {
      char y[8];
      snprintf(y, sizeof y, "%04d", a->from_year);
      nkg_graph_add(g, s, T(e, NKG_NS_SCHEMA, "startDate"), nkg_graph_literal(g, y, NULL, NKG_NS_XSD "gYear"));
      snprintf(y, sizeof y, "%04d", a->to_year ? a->to_year : a->from_year);
      nkg_graph_add(g, s, T(e, NKG_NS_SCHEMA, "endDate"), nkg_graph_literal(g, y, NULL, NKG_NS_XSD "gYear"));
    }
    int at = adopted_at(d, a);
    if (at >= 0) nkg_graph_add(g, s, T(e, NKG_NS_NKG, "adoptedAt"), event_node[at]);
    nkg_graph_add(g, s, T(e, NKG_NS_PROV, "wasDerivedFrom"), doc);
    if (nif) nkg_graph_add(g, s, T(e, NKG_NS_NKG, "statedIn"), nif_sentence(e, d, doc_iri, nif, a->sentence));
  }
}

void nkg_emit(nkg_doc *d, const char *doc_path, nkg_graph *g, nkg_slugger *slugger) {
  emitter e = {.g = g, .slugger = slugger};
  e.type = T(&e, NKG_NS_RDF, "type");
  e.label = T(&e, NKG_NS_RDFS, "label");
  e.alt = T(&e, NKG_NS_SKOS, "altLabel");
  e.sameas = T(&e, NKG_NS_OWL, "sameAs");
  nkg_term_id derived = T(&e, NKG_NS_PROV, "wasDerivedFrom");

  nkg_term_id doc = nkg_graph_iri(g, doc_path);
  nkg_graph_set_context(g, doc); /* in N-Quads, a document's facts are its own named graph */
  nkg_graph_add(g, doc, e.type, T(&e, NKG_NS_NKG, "Document"));
  nkg_graph_add(g, doc, T(&e, NKG_NS_DCT, "source"), nkg_graph_literal(g, d->source, NULL, NULL));
  if (d->has_docdate) {
    nkg_term_id dt = date_term(&e, &d->docdate);
    if (dt) nkg_graph_add(g, doc, T(&e, NKG_NS_DCT, "date"), dt);
    if (d->time_of_day[0] && d->docdate.year && d->docdate.day) {
      char buf[40];
      snprintf(buf, sizeof buf, "%04d-%02d-%02dT%s:00", d->docdate.year, d->docdate.month, d->docdate.day, d->time_of_day);
      nkg_graph_add(g, doc, T(&e, NKG_NS_NKG, "publishedAt"), nkg_graph_literal(g, buf, NULL, NKG_NS_XSD "dateTime"));
    }
  }
  nif_state nif = {0};
  const char *doc_iri = nkg_vec_at(&g->terms, doc) ? ((nkg_term *)nkg_vec_at(&g->terms, doc))->value : "";
  nkg_term_id stated_in = T(&e, NKG_NS_NKG, "statedIn");
  if (g->provenance) nif_begin(&e, d, doc_iri, &nif);
  for (size_t i = 0; i < d->entities.count; i++) {
    const nkg_entity *ent = nkg_doc_ent(d, (int)i);
    if (nkg_doc_resolve(d, (int)i) != (int)i || (!ent->mentions && !ent->implied)) continue;
    emit_entity(&e, d, (int)i);
    if (ent->mentions) nkg_graph_add(g, doc, T(&e, NKG_NS_SCHEMA, "mentions"), entity_node(&e, d, (int)i));
  }
  /* topics: SKOS concepts the document is about */
  for (size_t i = 0; i < d->topics.count; i++) {
    const nkg_lex_entry *t = &d->lex->entries[*(int *)nkg_vec_at(&d->topics, i)];
    nkg_term_id s = nkg_graph_iri(g, t->path);
    nkg_graph_add(g, s, e.type, T(&e, NKG_NS_NKG, "Topic"));
    nkg_graph_add(g, s, e.type, T(&e, NKG_NS_SKOS, "Concept"));
    nkg_graph_add(g, s, T(&e, NKG_NS_SKOS, "prefLabel"), ru(&e, t->label));
    if (t->label_en) nkg_graph_add(g, s, T(&e, NKG_NS_SKOS, "prefLabel"), nkg_graph_literal(g, t->label_en, "en", NULL));
    nkg_graph_add(g, doc, T(&e, NKG_NS_SCHEMA, "about"), s);
  }
  /* chairmanships: a country presiding over an organization */
  for (size_t i = 0; i < d->chairs.count; i++) {
    nkg_chairmanship *c = nkg_vec_at(&d->chairs, i);
    char path[1024];
    snprintf(path, sizeof path, "chairmanship/%s--%s", after_slash(nkg_doc_ent(d, c->country)->path),
             after_slash(nkg_doc_ent(d, c->org)->path));
    nkg_term_id s = nkg_graph_iri(g, path);
    nkg_graph_add(g, s, e.type, T(&e, NKG_NS_NKG, "Chairmanship"));
    nkg_graph_add(g, s, T(&e, NKG_NS_NKG, "chair"), entity_node(&e, d, c->country));
    nkg_graph_add(g, s, T(&e, NKG_NS_NKG, "chairOf"), entity_node(&e, d, c->org));
    if (d->has_docdate) {
      nkg_term_id dt = date_term(&e, &d->docdate);
      if (dt) nkg_graph_add(g, s, T(&e, NKG_NS_DCT, "date"), dt);
    }
    nkg_graph_add(g, s, derived, doc);
  }
  /* countries as members of organizations */
  for (size_t i = 0; i < d->member_states.count; i++) {
    nkg_member_state *ms = nkg_vec_at(&d->member_states, i);
    nkg_graph_add(g, entity_node(&e, d, ms->org), T(&e, NKG_NS_ORG, "hasMember"), entity_node(&e, d, ms->country));
  }
  /* quotations with their speakers */
  for (size_t i = 0; i < d->quotes.count; i++) {
    nkg_quotation *q = nkg_vec_at(&d->quotes, i);
    char path[1024];
    snprintf(path, sizeof path, "quote/%s-%zu", after_slash(doc_path), i + 1);
    nkg_term_id s = nkg_graph_iri(g, path);
    char *text = nkg_arena_strndup(d->arena, d->seg.text + q->from, q->to - q->from);
    nkg_graph_add(g, s, e.type, T(&e, NKG_NS_SCHEMA, "Quotation"));
    nkg_graph_add(g, s, T(&e, NKG_NS_SCHEMA, "text"), ru(&e, text));
    nkg_graph_add(g, s, T(&e, NKG_NS_SCHEMA, "spokenByCharacter"), entity_node(&e, d, q->speaker));
    nkg_graph_add(g, s, T(&e, NKG_NS_SCHEMA, "creator"), entity_node(&e, d, q->speaker));
    nkg_graph_add(g, s, derived, doc);
    if (g->provenance) nkg_graph_add(g, s, stated_in, nif_sentence(&e, d, doc_iri, &nif, q->sentence));
  }
  for (size_t i = 0; i < d->memberships.count; i++) {
    nkg_membership *m = nkg_vec_at(&d->memberships, i);
    nkg_entity *p = nkg_doc_ent(d, m->person), *r = nkg_doc_ent(d, m->role), *o = nkg_doc_ent(d, m->org);
    char path[1024];
    snprintf(path, sizeof path, "membership/%s--%s--%s", after_slash(p->path), after_slash(r->path), after_slash(o->path));
    nkg_term_id s = nkg_graph_iri(g, path);
    nkg_graph_add(g, s, e.type, T(&e, NKG_NS_ORG, "Membership"));
    nkg_graph_add(g, s, T(&e, NKG_NS_ORG, "member"), entity_node(&e, d, m->person));
    nkg_graph_add(g, s, T(&e, NKG_NS_ORG, "role"), entity_node(&e, d, m->role));
    nkg_graph_add(g, s, T(&e, NKG_NS_ORG, "organization"), entity_node(&e, d, m->org));
    nkg_graph_add(g, s, derived, doc);
    /* when it was so: the date of each document that says it */
    if (d->has_docdate) {
      nkg_term_id dt = date_term(&e, &d->docdate);
      if (dt) nkg_graph_add(g, s, T(&e, NKG_NS_DCT, "date"), dt);
    }
    if (g->provenance) nkg_graph_add(g, s, stated_in, nif_sentence(&e, d, doc_iri, &nif, m->sentence));
    /* a head role also says it plainly: the person heads the ministry, organization or country */
    if (m->heads >= 0) nkg_graph_add(g, entity_node(&e, d, m->person), T(&e, NKG_NS_ORG, "headOf"), entity_node(&e, d, m->heads));
  }
  nkg_term_id *event_node = nkg_arena_alloc(d->arena, (d->events.count + 1) * sizeof *event_node);
  for (size_t i = 0; i < d->events.count; i++) {
    nkg_event *ev = nkg_vec_at(&d->events, i);
    const char *kind = ev->cls == NKG_EVENT_SESSION ? "session" : "meeting";
    char path[1024], datebuf[32];
    const char *dtype;
    date_literal(&ev->date, datebuf, sizeof datebuf, &dtype);
    /* the same meeting told by two documents gets one IRI: date, place, host, kind */
    int full_date = ev->date.year && ev->date.month;
    const char *city = ev->city >= 0 ? after_slash(nkg_doc_ent(d, ev->city)->path) : NULL;
    const char *who = ev->cls == NKG_EVENT_SESSION && ev->organizer >= 0 ? after_slash(nkg_doc_ent(d, ev->organizer)->path)
                      : ev->host >= 0                                  ? after_slash(nkg_doc_ent(d, ev->host)->path)
                                                                       : NULL;
    /* without a host or organizer, the day and place alone would merge different meetings:
     * such an event keeps an IRI of its document (nkg_graph_link_same_events links it) */
    if (full_date && who)
      snprintf(path, sizeof path, "event/%s%s%s%s%s-%s", datebuf, city ? "-" : "", city ? city : "", who ? "-" : "",
               who ? who : "", kind);
    else
      snprintf(path, sizeof path, "event/%s-%zu-%s", after_slash(doc_path), i + 1, kind);
    nkg_term_id s = nkg_graph_iri(g, path);
    event_node[i] = s;
    /* a label for people and graph tools: "Встреча, 2025-01-22, Баку" */
    char label[512];
    int n = snprintf(label, sizeof label, "%s", ev->cls == NKG_EVENT_SESSION ? "Заседание" : "Встреча");
    if (dtype && n > 0 && (size_t)n < sizeof label) n += snprintf(label + n, sizeof label - (size_t)n, ", %s", datebuf);
    if (ev->city >= 0 && n > 0 && (size_t)n < sizeof label)
      snprintf(label + n, sizeof label - (size_t)n, ", %s", nkg_doc_ent(d, ev->city)->label);
    nkg_utf8_trim(label);
    nkg_graph_add(g, s, e.label, ru(&e, label));
    nkg_graph_add(g, s, e.type, T(&e, NKG_NS_NKG, "Event"));
    nkg_graph_add(g, s, e.type, T(&e, NKG_NS_NKG, ev->cls == NKG_EVENT_SESSION ? "Session" : "Meeting"));
    if (dtype) nkg_graph_add(g, s, T(&e, NKG_NS_SCHEMA, "startDate"), nkg_graph_literal(g, datebuf, NULL, dtype));
    if (ev->date.end_day && ev->date.day) {
      nkg_date end = ev->date;
      end.day = ev->date.end_day;
      if (end.day < ev->date.day && ++end.month > 12) { /* a week across two months */
        end.month = 1;
        if (end.year) end.year++;
      }
      nkg_graph_add(g, s, T(&e, NKG_NS_SCHEMA, "endDate"), date_term(&e, &end));
    }
    if (ev->city >= 0) nkg_graph_add(g, s, T(&e, NKG_NS_SCHEMA, "location"), entity_node(&e, d, ev->city));
    if (ev->host >= 0) nkg_graph_add(g, s, T(&e, NKG_NS_NKG, "host"), entity_node(&e, d, ev->host));
    if (ev->organizer >= 0) nkg_graph_add(g, s, T(&e, NKG_NS_SCHEMA, "organizer"), entity_node(&e, d, ev->organizer));
    /* announced, not yet held: a query for what took place can leave it out */
    if (ev->scheduled) nkg_graph_add(g, s, T(&e, NKG_NS_SCHEMA, "eventStatus"), T(&e, NKG_NS_SCHEMA, "EventScheduled"));
    for (int a = 0; a < ev->nattendees; a++)
      nkg_graph_add(g, s, T(&e, NKG_NS_SCHEMA, "attendee"), entity_node(&e, d, ev->attendees[a]));
    nkg_graph_add(g, s, derived, doc);
    if (g->provenance) nkg_graph_add(g, s, stated_in, nif_sentence(&e, d, doc_iri, &nif, ev->sentence));
  }
  for (size_t i = 0; i < d->events.count; i++) {
    nkg_event *ev = nkg_vec_at(&d->events, i);
    if (ev->super_event >= 0) nkg_graph_add(g, event_node[i], T(&e, NKG_NS_SCHEMA, "superEvent"), event_node[ev->super_event]);
  }
  emit_agreements(&e, d, doc_path, doc, event_node, g->provenance ? &nif : NULL, doc_iri);
  nkg_graph_set_context(g, NKG_NO_GRAPH);
}
