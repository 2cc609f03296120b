/* The network as GraphML (Gephi, Cytoscape, yEd) and as GEXF 1.2 (Gephi, whose
 * timeline reads the nodes' start and end dates). */
#include <string.h>

#include "network_model.h"

static void xml_text(FILE *f, const char *s) {
  for (; *s; s++) switch (*s) {
    case '<': fputs("&lt;", f); break;
    case '>': fputs("&gt;", f); break;
    case '&': fputs("&amp;", f); break;
    case '"': fputs("&quot;", f); break;
    case '\n': fputs("&#10;", f); break;
    default: fputc(*s, f);
    }
}

/* The attributes of nodes and edges, in the order they are written. */
typedef struct {
  const char *name, *type;
} attribute;
static const attribute node_attributes[] = {{"label", "string"},   {"label_en", "string"}, {"type", "string"},
                                            {"kind", "string"},    {"iri", "string"},      {"date", "string"},
                                            {"end_date", "string"}, {"status", "string"},  {"inferred", "boolean"},
                                            {"same_as", "string"}};
static const attribute edge_attributes[] = {
    {"label", "string"}, {"label_ru", "string"}, {"relation", "string"}, {"role", "string"}, {"sources", "string"}};
enum { NODE_ATTRIBUTES = sizeof node_attributes / sizeof *node_attributes,
       EDGE_ATTRIBUTES = sizeof edge_attributes / sizeof *edge_attributes };

static void node_values(const nkg_net_node *nd, const char *v[NODE_ATTRIBUTES]) {
  const char *values[NODE_ATTRIBUTES] = {nd->label,    nd->label_en, nd->type,   nd->kind,
                                         nd->iri,      nd->date,     nd->end_date, nd->status,
                                         nd->inferred ? "true" : NULL, nd->same_as};
  memcpy(v, values, sizeof values);
}

static void edge_values(const nkg_net_edge *e, const char *v[EDGE_ATTRIBUTES]) {
  const char *values[EDGE_ATTRIBUTES] = {e->label, e->label_ru, e->relation, e->role, e->sources};
  memcpy(v, values, sizeof values);
}

/* The declarations of a class's attributes ("node" or "edge"): GraphML's keys, or GEXF's
 * attributes, which leave out the label (a GEXF element's own). */
static void declare(FILE *f, int gexf, const char *cls, const attribute *attrs, size_t count) {
  for (size_t i = gexf ? 1 : 0; i < count; i++)
    if (gexf)
      fprintf(f, "      <attribute id=\"%s\" title=\"%s\" type=\"%s\"/>\n", attrs[i].name, attrs[i].name, attrs[i].type);
    else
      fprintf(f, "  <key id=\"%c_%s\" for=\"%s\" attr.name=\"%s\" attr.type=\"%s\"/>\n", cls[0], attrs[i].name, cls,
              attrs[i].name, attrs[i].type);
}

/* GraphML's <data> of the values present. */
static void graphml_data(FILE *f, const char *cls, const attribute *attrs, const char **v, size_t count) {
  for (size_t a = 0; a < count; a++) {
    if (!v[a]) continue;
    fprintf(f, "<data key=\"%c_%s\">", cls[0], attrs[a].name);
    xml_text(f, v[a]);
    fputs("</data>", f);
  }
}

void nkg_network_write_graphml(FILE *f, const nkg_network *n) {
  fputs("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"\n"
        "         xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
        "         xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
        "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n",
        f);
  declare(f, 0, "node", node_attributes, NODE_ATTRIBUTES);
  declare(f, 0, "edge", edge_attributes, EDGE_ATTRIBUTES);
  fputs("  <graph id=\"newskg\" edgedefault=\"directed\">\n", f);
  for (size_t i = 0; i < n->nodes.count; i++) {
    const nkg_net_node *nd = nkg_vec_at(&n->nodes, i);
    if (!nkg_network_shown(nd)) continue;
    const char *v[NODE_ATTRIBUTES];
    node_values(nd, v);
    fprintf(f, "    <node id=\"n%zu\">", i);
    graphml_data(f, "node", node_attributes, v, NODE_ATTRIBUTES);
    fputs("</node>\n", f);
  }
  for (size_t i = 0; i < n->edges.count; i++) {
    const nkg_net_edge *e = nkg_vec_at(&n->edges, i);
    const char *v[EDGE_ATTRIBUTES];
    edge_values(e, v);
    fprintf(f, "    <edge id=\"e%zu\" source=\"n%zu\" target=\"n%zu\">", i, nkg_network_node_index(n, e->from),
            nkg_network_node_index(n, e->to));
    graphml_data(f, "edge", edge_attributes, v, EDGE_ATTRIBUTES);
    fputs("</edge>\n", f);
  }
  fputs("  </graph>\n</graphml>\n", f);
}

/* A full date (YYYY-MM-DD) for the timeline; a day without a year or a bare year is
 * not a point in time Gephi can place. */
static int full_date(const char *d) {
  if (!d || strlen(d) != 10 || d[4] != '-' || d[7] != '-') return 0;
  for (int i = 0; i < 10; i++)
    if (i != 4 && i != 7 && (d[i] < '0' || d[i] > '9')) return 0;
  return 1;
}

static void gexf_attvalues(FILE *f, const attribute *attrs, size_t count, const char **v) {
  int open = 0;
  for (size_t a = 1; a < count; a++) { /* from 1: the label is the element's own attribute */
    if (!v[a]) continue;
    if (!open) fputs("<attvalues>", f);
    open = 1;
    fprintf(f, "<attvalue for=\"%s\" value=\"", attrs[a].name);
    xml_text(f, v[a]);
    fputs("\"/>", f);
  }
  if (open) fputs("</attvalues>", f);
}

void nkg_network_write_gexf(FILE *f, const nkg_network *n) {
  fputs("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<gexf xmlns=\"http://www.gexf.net/1.2draft\" version=\"1.2\">\n"
        "  <meta><creator>newskg</creator><description>the entity network of a newskg graph</description></meta>\n"
        "  <graph mode=\"dynamic\" timeformat=\"date\" defaultedgetype=\"directed\">\n"
        "    <attributes class=\"node\" mode=\"static\">\n",
        f);
  declare(f, 1, "node", node_attributes, NODE_ATTRIBUTES);
  fputs("    </attributes>\n    <attributes class=\"edge\" mode=\"static\">\n", f);
  declare(f, 1, "edge", edge_attributes, EDGE_ATTRIBUTES);
  fputs("    </attributes>\n    <nodes>\n", f);
  for (size_t i = 0; i < n->nodes.count; i++) {
    const nkg_net_node *nd = nkg_vec_at(&n->nodes, i);
    if (!nkg_network_shown(nd)) continue;
    const char *v[NODE_ATTRIBUTES];
    node_values(nd, v);
    fprintf(f, "      <node id=\"n%zu\" label=\"", i);
    xml_text(f, nd->label);
    fputc('"', f);
    if (full_date(nd->date))
      fprintf(f, " start=\"%s\" end=\"%s\"", nd->date, full_date(nd->end_date) ? nd->end_date : nd->date);
    fputc('>', f);
    gexf_attvalues(f, node_attributes, NODE_ATTRIBUTES, v);
    fputs("</node>\n", f);
  }
  fputs("    </nodes>\n    <edges>\n", f);
  for (size_t i = 0; i < n->edges.count; i++) {
    const nkg_net_edge *e = nkg_vec_at(&n->edges, i);
    const char *v[EDGE_ATTRIBUTES];
    edge_values(e, v);
    fprintf(f, "      <edge id=\"e%zu\" source=\"n%zu\" target=\"n%zu\" label=\"", i, nkg_network_node_index(n, e->from),
            nkg_network_node_index(n, e->to));
    xml_text(f, e->label);
    fputs("\">", f);
    gexf_attvalues(f, edge_attributes, EDGE_ATTRIBUTES, v);
    fputs("</edge>\n", f);
  }
  fputs("    </edges>\n  </graph>\n</gexf>\n", f);
}
