#include "store_catalog.h"
#include "store_file.h"

#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define HEADER "newskg store catalog 1"

/* A source name may hold any byte but NUL: tab, line end and backslash are escaped. */
static void write_escaped(FILE *f, const char *s) {
  for (; *s; s++) {
    if (*s == '\t') fputs("\\t", f);
    else if (*s == '\n') fputs("\\n", f);
    else if (*s == '\\') fputs("\\\\", f);
    else fputc(*s, f);
  }
}

static void unescape(char *s) {
  char *o = s;
  for (; *s; s++) {
    if (*s == '\\' && s[1]) {
      s++;
      *o++ = *s == 't' ? '\t' : *s == 'n' ? '\n' : *s;
    } else
      *o++ = *s;
  }
  *o = '\0';
}

nkg_entry *nkg_catalog_add(nkg_catalog *c, nkg_entry_kind kind, const char *iri, const char *source) {
  if (c->count == c->cap) {
    size_t cap = c->cap ? c->cap * 2 : 64;
    nkg_entry *items = realloc(c->items, cap * sizeof *items);
    if (!items) return NULL;
    c->items = items;
    c->cap = cap;
  }
  nkg_entry *e = &c->items[c->count];
  *e = (nkg_entry){.id = c->next_id, .kind = kind, .iri = strdup(iri), .source = strdup(source)};
  if (!e->iri || !e->source) {
    free(e->iri);
    free(e->source);
    return NULL;
  }
  c->next_id++;
  c->count++;
  return e;
}

int nkg_catalog_read(const char *path, nkg_catalog *c) {
  *c = (nkg_catalog){.next_id = 1};
  FILE *f = fopen(path, "r");
  if (!f) return 0;
  char *line = NULL;
  size_t cap = 0;
  ssize_t n;
  int status = 0, lineno = 0;
  while (status == 0 && (n = getline(&line, &cap, f)) >= 0) {
    if (n > 0 && line[n - 1] == '\n') line[--n] = '\0';
    if (++lineno == 1) {
      unsigned long next = 0;
      if (sscanf(line, HEADER " next %lu", &next) != 1 || next < 1) status = -1;
      c->next_id = (uint32_t)next;
      continue;
    }
    /* KIND \t ID \t STATEMENTS \t IRI \t SOURCE */
    char *field[5], *p = line;
    int k = 0;
    for (; k < 5 && p; k++) {
      field[k] = p;
      p = k < 4 ? strchr(p, '\t') : NULL;
      if (p) *p++ = '\0';
    }
    if (k != 5 || (field[0][0] != NKG_ENTRY_DOCUMENT && field[0][0] != NKG_ENTRY_LINKS) || field[0][1]) {
      status = -1;
      break;
    }
    unescape(field[4]);
    uint32_t next = c->next_id;
    nkg_entry *e = nkg_catalog_add(c, (nkg_entry_kind)field[0][0], field[3], field[4]);
    c->next_id = next;
    if (!e) {
      status = -1;
      break;
    }
    e->id = (uint32_t)strtoul(field[1], NULL, 10);
    e->statements = (size_t)strtoull(field[2], NULL, 10);
    if (!e->id || e->id >= c->next_id) status = -1;
  }
  free(line);
  if (ferror(f)) status = -1;
  fclose(f);
  return status;
}

static int write_catalog(FILE *f, const void *ctx) {
  const nkg_catalog *c = ctx;
  fprintf(f, HEADER " next %lu\n", (unsigned long)c->next_id);
  for (size_t i = 0; i < c->count; i++) {
    const nkg_entry *e = &c->items[i];
    if (e->removed) continue;
    fprintf(f, "%c\t%lu\t%zu\t%s\t", (char)e->kind, (unsigned long)e->id, e->statements, e->iri);
    write_escaped(f, e->source);
    fputc('\n', f);
  }
  return 0;
}

int nkg_catalog_write(const char *path, const nkg_catalog *c) { return nkg_store_replace_file(path, write_catalog, c); }

void nkg_catalog_free(nkg_catalog *c) {
  for (size_t i = 0; i < c->count; i++) {
    free(c->items[i].iri);
    free(c->items[i].source);
  }
  free(c->items);
  *c = (nkg_catalog){0};
}
