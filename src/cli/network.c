/* newskg graph [--format graphml|dot] [-o FILE] GRAPH...
 *
 * Not the raw triples: the network a reader looks at.  Nodes are the persons,
 * organizations, countries, cities and events, with their Russian labels and types;
 * edges say how they relate: holds a role in (labelled with the role), attended,
 * hosted, located in, organized by, in country.  Output is sorted, so equal graphs
 * give equal files. */
#include "network.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../util/strmap.h"
#include "help.h"
#include "inputs.h"
#include "output.h"
#include "rdfload.h"

#define NKG "https://w3id.org/newskg/ontology#"
#define SCHEMA "http://schema.org/"
#define ORG "http://www.w3.org/ns/org#"
#define RDF_TYPE "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
#define RDFS_LABEL "http://www.w3.org/2000/01/rdf-schema#label"

typedef struct {
  const char *iri;
  const char *type;  /* person, organization, country, city, event, role, membership, or NULL */
  const char *label; /* Russian label */
  const char *member, *role, *org; /* memberships */
} node;

typedef struct {
  const char *from, *to, *label;
} edge;

typedef struct {
  nkg_strmap index; /* IRI -> node */
  nkg_vec nodes;    /* node */
  nkg_vec edges;    /* edge */
  nkg_arena text;
} network;

static node *node_of(network *n, const char *iri) {
  int added = 0;
  uint32_t *at = nkg_strmap_put(&n->index, iri, strlen(iri), (uint32_t)n->nodes.count, &added);
  if (added) ((node *)nkg_vec_push(&n->nodes))->iri = nkg_strmap_key(&n->index, iri, strlen(iri));
  return nkg_vec_at(&n->nodes, *at);
}

static void add_edge(network *n, const char *from, const char *to, const char *label) {
  edge *e = nkg_vec_push(&n->edges);
  e->from = node_of(n, from)->iri;
  e->to = node_of(n, to)->iri;
  e->label = nkg_arena_strdup(&n->text, label);
}

static const char *type_name(const char *iri) {
  static const struct {
    const char *cls, *name;
  } types[] = {{NKG "Person", "person"}, {NKG "Organization", "organization"}, {NKG "Country", "country"},
               {NKG "City", "city"},     {NKG "Event", "event"},               {NKG "Role", "role"},
               {ORG "Membership", "membership"}};
  for (size_t i = 0; i < sizeof types / sizeof *types; i++)
    if (!strcmp(iri, types[i].cls)) return types[i].name;
  return NULL;
}

static void read_model(network *n, librdf_model *model) {
  librdf_stream *st = librdf_model_as_stream(model);
  for (; st && !librdf_stream_end(st); librdf_stream_next(st)) {
    librdf_statement *s = librdf_stream_get_object(st);
    librdf_node *sn = librdf_statement_get_subject(s), *pn = librdf_statement_get_predicate(s),
                *on = librdf_statement_get_object(s);
    if (!librdf_node_is_resource(sn)) continue;
    const char *subj = (const char *)librdf_uri_as_string(librdf_node_get_uri(sn));
    const char *pred = (const char *)librdf_uri_as_string(librdf_node_get_uri(pn));
    if (librdf_node_is_literal(on)) {
      const char *lang = librdf_node_get_literal_value_language(on);
      if (!strcmp(pred, RDFS_LABEL) && lang && !strcmp(lang, "ru"))
        node_of(n, subj)->label = nkg_arena_strdup(&n->text, (const char *)librdf_node_get_literal_value(on));
      continue;
    }
    if (!librdf_node_is_resource(on)) continue;
    const char *obj = (const char *)librdf_uri_as_string(librdf_node_get_uri(on));
    if (!strcmp(pred, RDF_TYPE)) {
      const char *t = type_name(obj);
      node *nd = node_of(n, subj);
      if (t && (!nd->type || !strcmp(t, "event") || strcmp(nd->type, "event"))) nd->type = t;
    } else if (!strcmp(pred, ORG "member") || !strcmp(pred, ORG "role") || !strcmp(pred, ORG "organization")) {
      /* one node_of at a time: each may move the nodes */
      const char *target = node_of(n, obj)->iri;
      node *m = node_of(n, subj);
      if (!strcmp(pred, ORG "member")) m->member = target;
      else if (!strcmp(pred, ORG "role")) m->role = target;
      else m->org = target;
    } else if (!strcmp(pred, SCHEMA "attendee")) {
      add_edge(n, obj, subj, "attended");
    } else if (!strcmp(pred, NKG "host")) {
      add_edge(n, obj, subj, "hosted");
    } else if (!strcmp(pred, SCHEMA "location")) {
      add_edge(n, subj, obj, "located in");
    } else if (!strcmp(pred, SCHEMA "organizer")) {
      add_edge(n, subj, obj, "organized by");
    } else if (!strcmp(pred, SCHEMA "containedInPlace") || !strcmp(pred, NKG "country")) {
      add_edge(n, subj, obj, "in country");
    }
  }
  if (st) librdf_free_stream(st);
  /* a membership becomes an edge from the person to the organization or country */
  size_t count = n->nodes.count;
  for (size_t i = 0; i < count; i++) {
    const node *m = nkg_vec_at(&n->nodes, i);
    if (!m->type || strcmp(m->type, "membership") || !m->member || !m->org) continue;
    const char *member = m->member, *org = m->org, *role_iri = m->role;
    const node *role = role_iri ? node_of(n, role_iri) : NULL;
    char label[512];
    snprintf(label, sizeof label, "%s", role && role->label ? role->label : "holds a role in");
    nkg_utf8_trim(label);
    add_edge(n, member, org, label);
  }
}

static int shown(const node *nd) {
  return nd->type && strcmp(nd->type, "membership") && strcmp(nd->type, "role");
}

static int cmp_node(const void *a, const void *b) { return strcmp(((const node *)a)->iri, ((const node *)b)->iri); }
static int cmp_edge(const void *a, const void *b) {
  const edge *x = a, *y = b;
  int c = strcmp(x->from, y->from);
  if (!c) c = strcmp(x->to, y->to);
  if (!c) c = strcmp(x->label, y->label);
  return c;
}

static void xml_text(FILE *f, const char *s) {
  for (; *s; s++) switch (*s) {
    case '<': fputs("&lt;", f); break;
    case '>': fputs("&gt;", f); break;
    case '&': fputs("&amp;", f); break;
    case '"': fputs("&quot;", f); break;
    default: fputc(*s, f);
    }
}

static void dot_text(FILE *f, const char *s) {
  for (; *s; s++) {
    if (*s == '"' || *s == '\\') fputc('\\', f);
    fputc(*s, f);
  }
}

static const char *label_of(const node *nd) {
  if (nd->label) return nd->label;
  const char *slash = strrchr(nd->iri, '/');
  return slash ? slash + 1 : nd->iri;
}

static void write_graphml(FILE *f, network *n) {
  fputs("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"\n"
        "         xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
        "         xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
        "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n"
        "  <key id=\"label\" for=\"node\" attr.name=\"label\" attr.type=\"string\"/>\n"
        "  <key id=\"type\" for=\"node\" attr.name=\"type\" attr.type=\"string\"/>\n"
        "  <key id=\"iri\" for=\"node\" attr.name=\"iri\" attr.type=\"string\"/>\n"
        "  <key id=\"relation\" for=\"edge\" attr.name=\"label\" attr.type=\"string\"/>\n"
        "  <graph id=\"newskg\" edgedefault=\"directed\">\n",
        f);
  size_t id = 0;
  for (size_t i = 0; i < n->nodes.count; i++) {
    node *nd = nkg_vec_at(&n->nodes, i);
    if (!shown(nd)) continue;
    fprintf(f, "    <node id=\"n%zu\"><data key=\"label\">", i);
    xml_text(f, label_of(nd));
    fprintf(f, "</data><data key=\"type\">%s</data><data key=\"iri\">", nd->type);
    xml_text(f, nd->iri);
    fputs("</data></node>\n", f);
    id++;
  }
  (void)id;
  size_t e = 0;
  for (size_t i = 0; i < n->edges.count; i++) {
    edge *ed = nkg_vec_at(&n->edges, i);
    uint32_t *a = nkg_strmap_get(&n->index, ed->from, strlen(ed->from)), *b = nkg_strmap_get(&n->index, ed->to, strlen(ed->to));
    if (!shown(nkg_vec_at(&n->nodes, *a)) || !shown(nkg_vec_at(&n->nodes, *b))) continue;
    fprintf(f, "    <edge id=\"e%zu\" source=\"n%u\" target=\"n%u\"><data key=\"relation\">", e++, *a, *b);
    xml_text(f, ed->label);
    fputs("</data></edge>\n", f);
  }
  fputs("  </graph>\n</graphml>\n", f);
}

static void write_dot(FILE *f, network *n) {
  static const struct {
    const char *type, *shape, *color;
  } styles[] = {{"person", "ellipse", "#4e79a7"}, {"organization", "box", "#f28e2b"}, {"country", "hexagon", "#59a14f"},
                {"city", "house", "#76b7b2"},     {"event", "diamond", "#e15759"}};
  fputs("digraph newskg {\n  graph [rankdir=LR, overlap=false, fontname=\"DejaVu Sans\"];\n"
        "  node [style=filled, fontcolor=white, fontname=\"DejaVu Sans\"];\n  edge [fontname=\"DejaVu Sans\", fontsize=9];\n",
        f);
  for (size_t i = 0; i < n->nodes.count; i++) {
    node *nd = nkg_vec_at(&n->nodes, i);
    if (!shown(nd)) continue;
    const char *shape = "ellipse", *color = "#bab0ac";
    for (size_t s = 0; s < sizeof styles / sizeof *styles; s++)
      if (!strcmp(nd->type, styles[s].type)) shape = styles[s].shape, color = styles[s].color;
    fprintf(f, "  n%zu [label=\"", i);
    dot_text(f, label_of(nd));
    fprintf(f, "\", shape=%s, fillcolor=\"%s\"];\n", shape, color);
  }
  for (size_t i = 0; i < n->edges.count; i++) {
    edge *ed = nkg_vec_at(&n->edges, i);
    uint32_t *a = nkg_strmap_get(&n->index, ed->from, strlen(ed->from)), *b = nkg_strmap_get(&n->index, ed->to, strlen(ed->to));
    if (!shown(nkg_vec_at(&n->nodes, *a)) || !shown(nkg_vec_at(&n->nodes, *b))) continue;
    fprintf(f, "  n%u -> n%u [label=\"", *a, *b);
    dot_text(f, ed->label);
    fputs("\"];\n", f);
  }
  fputs("}\n", f);
}

int nkg_cmd_graph(int argc, char **argv) {
  const char *format = "graphml", *out_path = NULL;
  int first = 1;
  for (; first < argc && argv[first][0] == '-' && argv[first][1]; first++) {
    if (!strcmp(argv[first], "--")) { /* the end of the options: a GRAPH may start with '-' */
      first++;
      break;
    }
    if (!strcmp(argv[first], "--format") && first + 1 < argc) {
      format = argv[++first];
      if (strcmp(format, "graphml") && strcmp(format, "dot")) {
        fprintf(stderr, "newskg: unknown graph format '%s' (graphml or dot)\n", format);
        return 2;
      }
    } else if (!strcmp(argv[first], "-o") && first + 1 < argc) {
      out_path = argv[++first];
    } else if (!strcmp(argv[first], "-h") || !strcmp(argv[first], "--help")) {
      nkg_help_graph(stdout);
      return 0;
    } else {
      fprintf(stderr, "newskg: unknown option '%s'\n", argv[first]);
      nkg_help_graph(stderr);
      return 2;
    }
  }
  if (first >= argc) {
    fputs("newskg: graph needs at least one GRAPH file\n", stderr);
    nkg_help_graph(stderr);
    return 2;
  }
  const char *clobbered = nkg_output_is_input(out_path, argv + first, (size_t)(argc - first));
  if (clobbered) {
    fprintf(stderr, "newskg: %s: the output is the input graph %s; not writing over it\n",
            out_path ? out_path : "<stdout>", clobbered);
    return 2;
  }
  librdf_world *world = NULL;
  librdf_storage *storage = NULL;
  librdf_model *model = NULL;
  int status = 0;
  if (nkg_rdf_open(&world, &storage, &model)) status = 2;
  for (int i = first; i < argc && !status; i++)
    if (nkg_rdf_load(world, model, argv[i])) status = 2;
  if (status) {
    nkg_rdf_close(world, storage, model);
    return status;
  }
  network n;
  nkg_strmap_init(&n.index);
  nkg_vec_init(&n.nodes, sizeof(node));
  nkg_vec_init(&n.edges, sizeof(edge));
  nkg_arena_init(&n.text, 64 * 1024);
  read_model(&n, model);
  /* sorted nodes and edges: the same graph gives the same file */
  qsort(n.nodes.items, n.nodes.count, sizeof(node), cmp_node);
  for (size_t i = 0; i < n.nodes.count; i++) {
    node *nd = nkg_vec_at(&n.nodes, i);
    *nkg_strmap_get(&n.index, nd->iri, strlen(nd->iri)) = (uint32_t)i;
  }
  qsort(n.edges.items, n.edges.count, sizeof(edge), cmp_edge);
  /* drop repeated edges (a fact told by two documents) */
  size_t k = 0;
  for (size_t i = 0; i < n.edges.count; i++)
    if (!k || cmp_edge(nkg_vec_at(&n.edges, i), nkg_vec_at(&n.edges, k - 1)))
      memmove(nkg_vec_at(&n.edges, k++), nkg_vec_at(&n.edges, i), sizeof(edge));
  n.edges.count = k;
  nkg_output out; /* atomic, and never over a device or through a symlink: output.h */
  FILE *f = nkg_output_open(&out, out_path, nkg_output_print_diag, NULL);
  if (!f) {
    status = 2;
  } else {
    if (!strcmp(format, "dot")) write_dot(f, &n);
    else write_graphml(f, &n);
    if (nkg_output_close(&out, !ferror(f), nkg_output_print_diag, NULL) != NKG_OK) status = 2;
  }
  nkg_strmap_free(&n.index);
  nkg_vec_free(&n.nodes);
  nkg_vec_free(&n.edges);
  nkg_arena_free(&n.text);
  nkg_rdf_close(world, storage, model);
  return status;
}
