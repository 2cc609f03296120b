/* The list of what a store holds: each document (its number, IRI, source name and
 * statement count) and each build's event links (the documents of that build). A text
 * file, replaced whole and atomically (written beside, synced, renamed) when an
 * operation on the store is complete, so it always names a consistent state. */
#ifndef NKG_CLI_STORE_CATALOG_H
#define NKG_CLI_STORE_CATALOG_H
#include <stddef.h>
#include <stdint.h>

typedef enum { NKG_ENTRY_DOCUMENT = 'D', NKG_ENTRY_LINKS = 'L' } nkg_entry_kind;

typedef struct {
  uint32_t id; /* names the graph file graphs/ID.nq; never reused */
  nkg_entry_kind kind;
  char *iri;     /* a document's IRI (its named graph); "-" for links */
  char *source;  /* a document's dcterms:source; for links, the ids of its build's documents, "1 2 3" */
  size_t statements;
  int removed; /* removed in this operation: dropped when the catalog is written */
} nkg_entry;

typedef struct {
  nkg_entry *items;
  size_t count, cap;
  uint32_t next_id;
} nkg_catalog;

/* A missing file is an empty catalog; -1 for a file that is not one. */
int nkg_catalog_read(const char *path, nkg_catalog *c);
int nkg_catalog_write(const char *path, const nkg_catalog *c);
/* A new entry (the strings are copied); NULL when out of memory. */
nkg_entry *nkg_catalog_add(nkg_catalog *c, nkg_entry_kind kind, const char *iri, const char *source);
void nkg_catalog_free(nkg_catalog *c);

#endif
