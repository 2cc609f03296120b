/* The network as the two CSV files `neo4j-admin database import full --nodes=nodes.csv
 * --relationships=relationships.csv` reads: a header naming the ID, LABEL, START_ID,
 * END_ID and TYPE columns as Neo4j's import tool documents them, then one record a line,
 * every field quoted. */
#include <ctype.h>
#include <string.h>

#include "network_model.h"

/* A missing value is an empty field, which gives the node or relationship no such
 * property; a value is quoted. */
static void field(FILE *f, const char *s, int last) {
  if (!s) {
    fputc(last ? '\n' : ',', f);
    return;
  }
  fputc('"', f);
  for (; *s; s++) {
    if (*s == '"') fputs("\"\"", f);
    else if (*s == '\n' || *s == '\r') fputc(' ', f); /* one record a line, without --multiline-fields */
    else fputc(*s, f);
  }
  fputc('"', f);
  fputc(last ? '\n' : ',', f);
}

/* "event" -> "Event"; an event's kind is a second label ("Event;Meeting"). */
static void labels(FILE *f, const nkg_net_node *nd) {
  char buf[64];
  snprintf(buf, sizeof buf, "%s%s%s", nd->type, nd->kind ? ";" : "", nd->kind ? nd->kind : "");
  buf[0] = (char)toupper((unsigned char)buf[0]);
  char *semi = strchr(buf, ';');
  if (semi) semi[1] = (char)toupper((unsigned char)semi[1]);
  field(f, buf, 0);
}

void nkg_network_write_neo4j_nodes(FILE *f, const nkg_network *n) {
  fputs("iri:ID,:LABEL,name,name_en,type,kind,date,end_date,status,inferred:boolean,same_as\n", f);
  for (size_t i = 0; i < n->nodes.count; i++) {
    const nkg_net_node *nd = nkg_vec_at(&n->nodes, i);
    if (!nkg_network_shown(nd)) continue;
    field(f, nd->iri, 0);
    labels(f, nd);
    field(f, nd->label, 0);
    field(f, nd->label_en, 0);
    field(f, nd->type, 0);
    field(f, nd->kind, 0);
    field(f, nd->date, 0);
    field(f, nd->end_date, 0);
    field(f, nd->status, 0);
    fputs(nd->inferred ? "true," : "false,", f);
    field(f, nd->same_as, 1);
  }
}

void nkg_network_write_neo4j_relationships(FILE *f, const nkg_network *n) {
  fputs(":START_ID,:END_ID,:TYPE,label,label_ru,role,sources\n", f);
  for (size_t i = 0; i < n->edges.count; i++) {
    const nkg_net_edge *e = nkg_vec_at(&n->edges, i);
    char type[64];
    size_t k = 0;
    for (const char *r = e->relation; *r && k + 1 < sizeof type; r++) type[k++] = (char)toupper((unsigned char)*r);
    type[k] = '\0';
    field(f, e->from, 0);
    field(f, e->to, 0);
    field(f, type, 0);
    field(f, e->label, 0);
    field(f, e->label_ru, 0);
    field(f, e->role, 0);
    field(f, e->sources, 1);
  }
}
