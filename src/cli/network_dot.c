/* The network as Graphviz DOT: a colour and a shape for each type of node. */
#include <string.h>

#include "network_model.h"

static void dot_text(FILE *f, const char *s) {
  for (; *s; s++) {
    if (*s == '"' || *s == '\\') fputc('\\', f);
    if (*s == '\n') fputs("\\n", f);
    else fputc(*s, f);
  }
}

void nkg_network_write_dot(FILE *f, const nkg_network *n) {
  static const struct {
    const char *type, *shape, *color;
  } styles[] = {{"person", "ellipse", "#4e79a7"},      {"organization", "box", "#f28e2b"},
                {"country", "hexagon", "#59a14f"},     {"city", "house", "#76b7b2"},
                {"event", "diamond", "#e15759"},       {"document", "note", "#9c755f"},
                {"chairmanship", "octagon", "#b07aa1"}, {"agreement", "component", "#edc948"},
                {"topic", "tab", "#ff9da7"},           {"quotation", "plain", "#79706e"}};
  fputs("digraph newskg {\n  graph [rankdir=LR, overlap=false, fontname=\"DejaVu Sans\"];\n"
        "  node [style=filled, fontcolor=white, fontname=\"DejaVu Sans\"];\n  edge [fontname=\"DejaVu Sans\", fontsize=9];\n",
        f);
  for (size_t i = 0; i < n->nodes.count; i++) {
    const nkg_net_node *nd = nkg_vec_at(&n->nodes, i);
    if (!nkg_network_shown(nd)) continue;
    const char *shape = "ellipse", *color = "#bab0ac";
    for (size_t s = 0; s < sizeof styles / sizeof *styles; s++)
      if (!strcmp(nd->type, styles[s].type)) shape = styles[s].shape, color = styles[s].color;
    fprintf(f, "  n%zu [label=\"", i);
    dot_text(f, nd->label);
    fprintf(f, "\", shape=%s, fillcolor=\"%s\"];\n", shape, color);
  }
  for (size_t i = 0; i < n->edges.count; i++) {
    const nkg_net_edge *e = nkg_vec_at(&n->edges, i);
    fprintf(f, "  n%zu -> n%zu [label=\"", nkg_network_node_index(n, e->from), nkg_network_node_index(n, e->to));
    dot_text(f, e->label);
    fputs("\"];\n", f);
  }
  fputs("}\n", f);
}
