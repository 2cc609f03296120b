#include "network_model.h"

#include <stdlib.h>
#include <string.h>

#define NKG "https://w3id.org/newskg/ontology#"
#define SCHEMA "http://schema.org/"
#define ORG "http://www.w3.org/ns/org#"
#define PROV "http://www.w3.org/ns/prov#"
#define DCTERMS "http://purl.org/dc/terms/"
#define SKOS "http://www.w3.org/2004/02/skos/core#"
#define RDF_TYPE "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
#define RDFS_LABEL "http://www.w3.org/2000/01/rdf-schema#label"
#define OWL_SAME_AS "http://www.w3.org/2002/07/owl#sameAs"

/* The classes that make a node, and what the network calls them. */
static const struct {
  const char *cls, *type, *kind;
} classes[] = {
    {NKG "Person", "person", NULL},         {NKG "Organization", "organization", NULL},
    {NKG "Country", "country", NULL},       {NKG "City", "city", NULL},
    {NKG "Event", "event", NULL},           {NKG "Meeting", "event", "meeting"},
    {NKG "Session", "event", "session"},    {NKG "Document", "document", NULL},
    {NKG "Chairmanship", "chairmanship", NULL}, {NKG "Agreement", "agreement", NULL},
    {NKG "Topic", "topic", NULL},           {SCHEMA "Quotation", "quotation", NULL},
    {NKG "Role", "role", NULL},             {ORG "Membership", "membership", NULL},
};

/* The relations between nodes: the predicate, whether the edge runs from the object to
 * the subject (a person attended an event: schema:attendee points the other way), and
 * its key, English and Russian labels. */
static const struct {
  const char *pred;
  int reversed;
  const char *relation, *en, *ru;
} relations[] = {
    {SCHEMA "attendee", 1, "attended", "attended", "участвовал"},
    {NKG "host", 1, "hosted", "hosted", "принимал"},
    {SCHEMA "location", 0, "located_in", "located in", "место проведения"},
    {SCHEMA "organizer", 0, "organized_by", "organized by", "организатор"},
    {SCHEMA "containedInPlace", 0, "in_country", "in country", "в стране"},
    {NKG "country", 0, "in_country", "in country", "в стране"},
    {ORG "hasMember", 0, "has_member", "has member", "государство-член"},
    {ORG "headOf", 0, "heads", "heads", "возглавляет"},
    {NKG "chair", 0, "chaired_by", "chaired by", "председатель"},
    {NKG "chairOf", 0, "chairmanship_of", "chairmanship of", "председательство в"},
    {NKG "adoptedAt", 0, "adopted_at", "adopted at", "принят на"},
    {SCHEMA "about", 0, "about", "about", "о"},
    {SCHEMA "superEvent", 0, "part_of", "part of", "часть"},
    {PROV "wasDerivedFrom", 0, "stated_in", "stated in", "источник"},
    {SCHEMA "mentions", 0, "mentions", "mentions", "упоминает"},
    {SCHEMA "spokenByCharacter", 0, "spoken_by", "spoken by", "автор"},
    {SCHEMA "creator", 0, "quoted_in", "quoted in", "приведено в"},
    {OWL_SAME_AS, 0, "same_as", "same as", "то же, что"},
};

static nkg_net_node *node_of(nkg_network *n, const char *iri) {
  int added = 0;
  uint32_t *at = nkg_strmap_put(&n->index, iri, strlen(iri), (uint32_t)n->nodes.count, &added);
  if (added) {
    nkg_net_node *nd = nkg_vec_push(&n->nodes);
    nd->iri = nkg_strmap_key(&n->index, iri, strlen(iri));
    nkg_vec_init(&nd->strings, sizeof(const char *));
  }
  return nkg_vec_at(&n->nodes, *at);
}

static void add_edge(nkg_network *n, const char *from, const char *to, const char *relation, const char *en,
                     const char *ru) {
  const char *a = node_of(n, from)->iri, *b = node_of(n, to)->iri; /* one at a time: each may move the nodes */
  nkg_net_edge *e = nkg_vec_push(&n->edges);
  *e = (nkg_net_edge){.from = a, .to = b, .relation = relation, .label = en, .label_ru = ru};
}

static const char *uri_of(librdf_node *x) { return (const char *)librdf_uri_as_string(librdf_node_get_uri(x)); }

static void set_type(nkg_net_node *nd, const char *cls) {
  for (size_t i = 0; i < sizeof classes / sizeof *classes; i++) {
    if (strcmp(cls, classes[i].cls)) continue;
    if (!nd->type || strcmp(nd->type, "event")) nd->type = classes[i].type; /* an event stays one */
    if (classes[i].kind) nd->kind = classes[i].kind;
  }
}

static void read_literal(nkg_network *n, const char *subj, const char *pred, librdf_node *on) {
  const char *lang = librdf_node_get_literal_value_language(on);
  const char *value = (const char *)librdf_node_get_literal_value(on);
  int ru = lang && !strcmp(lang, "ru");
  const char **slot = NULL;
  nkg_net_node *nd = node_of(n, subj);
  if (!strcmp(pred, RDFS_LABEL) && ru) slot = &nd->ru;
  else if (!strcmp(pred, RDFS_LABEL) && lang && !strcmp(lang, "en")) slot = &nd->label_en;
  else if (!strcmp(pred, SCHEMA "name") && ru) slot = &nd->name;
  else if (!strcmp(pred, SKOS "prefLabel") && ru) slot = &nd->pref;
  else if (!strcmp(pred, SCHEMA "text")) slot = &nd->text;
  else if (!strcmp(pred, DCTERMS "source")) slot = &nd->source;
  else if (!strcmp(pred, SCHEMA "startDate") || !strcmp(pred, DCTERMS "date")) slot = &nd->date;
  else if (!strcmp(pred, SCHEMA "endDate")) slot = &nd->end_date;
  else if (!strcmp(pred, NKG "inferred")) nd->inferred = !strcmp(value, "true");
  if (slot && (!*slot || strcmp(value, *slot) < 0)) *slot = nkg_arena_strdup(&n->text, value); /* the same whatever the order */
}

static void read_statement(nkg_network *n, librdf_statement *s) {
  librdf_node *sn = librdf_statement_get_subject(s), *pn = librdf_statement_get_predicate(s),
              *on = librdf_statement_get_object(s);
  if (!librdf_node_is_resource(sn)) return;
  const char *subj = uri_of(sn), *pred = uri_of(pn);
  if (librdf_node_is_literal(on)) {
    read_literal(n, subj, pred, on);
    return;
  }
  if (!librdf_node_is_resource(on)) return;
  const char *obj = uri_of(on);
  if (!strcmp(pred, RDF_TYPE)) {
    set_type(node_of(n, subj), obj);
    return;
  }
  if (!strcmp(pred, SCHEMA "eventStatus")) {
    if (!strcmp(obj, SCHEMA "EventScheduled")) node_of(n, subj)->status = "scheduled";
    return;
  }
  /* the object's node first: making it may move the subject's */
  int link = !strcmp(pred, ORG "member") || !strcmp(pred, ORG "role") || !strcmp(pred, ORG "organization") ||
             !strcmp(pred, NKG "chair") || !strcmp(pred, NKG "chairOf");
  if (link) {
    const char *target = node_of(n, obj)->iri;
    nkg_net_node *nd = node_of(n, subj);
    if (!strcmp(pred, ORG "member")) nd->member = target;
    else if (!strcmp(pred, ORG "role")) nd->role = target;
    else if (!strcmp(pred, ORG "organization")) nd->org = target;
    else if (!strcmp(pred, NKG "chair")) nd->chair = target;
    else nd->chair_of = target;
    if (!strncmp(pred, ORG, strlen(ORG))) return; /* a membership's parts; chair and chairOf are edges too */
  }
  for (size_t i = 0; i < sizeof relations / sizeof *relations; i++) {
    if (strcmp(pred, relations[i].pred)) continue;
    if (relations[i].reversed) add_edge(n, obj, subj, relations[i].relation, relations[i].en, relations[i].ru);
    else add_edge(n, subj, obj, relations[i].relation, relations[i].en, relations[i].ru);
    return;
  }
}

int nkg_network_shown(const nkg_net_node *nd) {
  return nd && nd->type && strcmp(nd->type, "membership") && strcmp(nd->type, "role");
}

size_t nkg_network_node_index(const nkg_network *n, const char *iri) {
  return *nkg_strmap_get(&n->index, iri, strlen(iri));
}

static const nkg_net_node *find(const nkg_network *n, const char *iri) {
  uint32_t *at = iri ? nkg_strmap_get(&n->index, iri, strlen(iri)) : NULL;
  return at ? nkg_vec_at(&n->nodes, *at) : NULL;
}

static int cmp_str(const void *a, const void *b) { return strcmp(*(const char *const *)a, *(const char *const *)b); }

/* "a b c": the strings of a vector, sorted, in the arena. */
static const char *joined(nkg_network *n, nkg_vec *v) {
  if (!v->count) return NULL;
  qsort(v->items, v->count, sizeof(const char *), cmp_str);
  const char *out = *(const char **)nkg_vec_at(v, 0);
  for (size_t i = 1; i < v->count; i++) {
    const char *s = *(const char **)nkg_vec_at(v, i);
    if (strcmp(s, *(const char **)nkg_vec_at(v, i - 1))) out = nkg_arena_join(&n->text, out, " ", s);
  }
  return out;
}

/* What a node is called: its Russian label, an agreement's name, a topic's preferred
 * label, a quotation's words, a document's file name, a chairmanship's two parties. */
static void name_nodes(nkg_network *n) {
  for (size_t i = 0; i < n->nodes.count; i++) {
    nkg_net_node *nd = nkg_vec_at(&n->nodes, i);
    nd->label = nd->ru ? nd->ru : nd->name ? nd->name : nd->pref ? nd->pref : nd->text;
    if (!nd->label && nd->source) {
      const char *slash = strrchr(nd->source, '/');
      nd->label = slash ? slash + 1 : nd->source;
    }
    const nkg_net_node *chair = find(n, nd->chair), *of = find(n, nd->chair_of);
    if (!nd->label && chair && of && chair->ru && of->ru) {
      char *l = nkg_arena_join(&n->text, "председательство: ", "", chair->ru);
      nd->label = nkg_arena_join(&n->text, l, " — ", of->ru);
    }
    if (!nd->label) {
      const char *slash = strrchr(nd->iri, '/');
      nd->label = slash ? slash + 1 : nd->iri;
    }
  }
}

/* A membership becomes an edge from the person to the organization or country, labelled
 * with the role (English, and Russian beside it) and carrying the documents that say so. */
static void membership_edges(nkg_network *n) {
  size_t count = n->nodes.count;
  for (size_t i = 0; i < count; i++) {
    nkg_net_node *m = nkg_vec_at(&n->nodes, i);
    if (!m->type || strcmp(m->type, "membership") || !m->member || !m->org) continue;
    const nkg_net_node *role = find(n, m->role);
    const char *member = m->member, *org = m->org, *role_iri = m->role, *sources = joined(n, &m->strings);
    add_edge(n, member, org, "holds_role", role && role->label_en ? role->label_en : "holds a role in",
             role && role->ru ? role->ru : "должность");
    nkg_net_edge *e = nkg_vec_at(&n->edges, n->edges.count - 1);
    e->role = role_iri;
    e->sources = sources;
  }
}

static int cmp_node(const void *a, const void *b) {
  return strcmp(((const nkg_net_node *)a)->iri, ((const nkg_net_node *)b)->iri);
}

static int cmp_edge(const void *a, const void *b) {
  const nkg_net_edge *x = a, *y = b;
  int c = strcmp(x->from, y->from);
  if (!c) c = strcmp(x->to, y->to);
  if (!c) c = strcmp(x->relation, y->relation);
  if (!c) c = strcmp(x->label, y->label);
  return c;
}

void nkg_network_build(nkg_network *n, librdf_model *model) {
  nkg_strmap_init(&n->index);
  nkg_vec_init(&n->nodes, sizeof(nkg_net_node));
  nkg_vec_init(&n->edges, sizeof(nkg_net_edge));
  nkg_arena_init(&n->text, 64 * 1024);
  librdf_stream *st = librdf_model_as_stream(model);
  for (; st && !librdf_stream_end(st); librdf_stream_next(st)) read_statement(n, librdf_stream_get_object(st));
  if (st) librdf_free_stream(st);
  /* a membership's documents go with its edge; its other links (stated_in) are dropped below */
  for (size_t i = 0; i < n->edges.count; i++) {
    const nkg_net_edge *e = nkg_vec_at(&n->edges, i);
    nkg_net_node *from = nkg_vec_at(&n->nodes, nkg_network_node_index(n, e->from));
    if (from->type && !strcmp(from->type, "membership") && !strcmp(e->relation, "stated_in"))
      *(const char **)nkg_vec_push(&from->strings) = e->to;
  }
  name_nodes(n);
  membership_edges(n);
  /* owl:sameAs to what is not in the network (Wikidata) is an attribute of the node */
  for (size_t i = 0; i < n->nodes.count; i++) {
    nkg_net_node *nd = nkg_vec_at(&n->nodes, i);
    nkg_vec_clear(&nd->strings);
  }
  for (size_t i = 0; i < n->edges.count; i++) {
    const nkg_net_edge *e = nkg_vec_at(&n->edges, i);
    nkg_net_node *from = nkg_vec_at(&n->nodes, nkg_network_node_index(n, e->from));
    if (!strcmp(e->relation, "same_as") && !nkg_network_shown(find(n, e->to)))
      *(const char **)nkg_vec_push(&from->strings) = e->to;
  }
  for (size_t i = 0; i < n->nodes.count; i++) {
    nkg_net_node *nd = nkg_vec_at(&n->nodes, i);
    nd->same_as = joined(n, &nd->strings);
    nkg_vec_free(&nd->strings);
  }
  /* sorted nodes and edges, only those between shown nodes, each once: the same graph
   * gives the same file */
  qsort(n->nodes.items, n->nodes.count, sizeof(nkg_net_node), cmp_node);
  for (size_t i = 0; i < n->nodes.count; i++) {
    nkg_net_node *nd = nkg_vec_at(&n->nodes, i);
    *nkg_strmap_get(&n->index, nd->iri, strlen(nd->iri)) = (uint32_t)i;
  }
  size_t k = 0;
  for (size_t i = 0; i < n->edges.count; i++) {
    const nkg_net_edge *e = nkg_vec_at(&n->edges, i);
    if (nkg_network_shown(find(n, e->from)) && nkg_network_shown(find(n, e->to)))
      memmove(nkg_vec_at(&n->edges, k++), e, sizeof *e);
  }
  n->edges.count = k;
  qsort(n->edges.items, n->edges.count, sizeof(nkg_net_edge), cmp_edge);
  k = 0;
  for (size_t i = 0; i < n->edges.count; i++)
    if (!k || cmp_edge(nkg_vec_at(&n->edges, i), nkg_vec_at(&n->edges, k - 1)))
      memmove(nkg_vec_at(&n->edges, k++), nkg_vec_at(&n->edges, i), sizeof(nkg_net_edge));
  n->edges.count = k;
}

void nkg_network_free(nkg_network *n) {
  nkg_strmap_free(&n->index);
  nkg_vec_free(&n->nodes);
  nkg_vec_free(&n->edges);
  nkg_arena_free(&n->text);
}
