/* db.h uses the BSD types u_int and u_long, which glibc declares only with _DEFAULT_SOURCE */
#define _DEFAULT_SOURCE 1
#include "store_tellers.h"

#include <db.h>
#include <stdlib.h>
#include <string.h>

struct nkg_tellers {
  DB *db;
};

/* Big-endian, so that a statement's documents sort by number. */
static void encode_doc(uint32_t doc, unsigned char out[4]) {
  for (int i = 0; i < 4; i++) out[i] = (unsigned char)(doc >> (24 - 8 * i));
}

nkg_tellers *nkg_tellers_open(const char *path, int create, int writable, const char **why) {
  nkg_tellers *t = calloc(1, sizeof *t);
  *why = "out of memory";
  if (!t || db_create(&t->db, NULL, 0) != 0) {
    free(t);
    return NULL;
  }
  /* one entry per statement and document: a cache of 64 MB keeps a day's load in memory */
  t->db->set_cachesize(t->db, 0, 64u << 20, 1);
  t->db->set_flags(t->db, DB_DUP | DB_DUPSORT);
  u_int32_t flags = create ? DB_CREATE : writable ? 0 : DB_RDONLY;
  int rc = t->db->open(t->db, NULL, path, NULL, DB_BTREE, flags, 0644);
  if (rc != 0) {
    *why = db_strerror(rc);
    t->db->close(t->db, 0);
    free(t);
    return NULL;
  }
  return t;
}

int nkg_tellers_add(nkg_tellers *t, const void *key, size_t len, uint32_t doc, int *first) {
  unsigned char d[4];
  encode_doc(doc, d);
  DBT k = {.data = (void *)key, .size = (u_int32_t)len}, v = {.data = d, .size = 4};
  DBT probe_value = {.flags = DB_DBT_PARTIAL}; /* only whether there is one: read no bytes */
  int rc = t->db->get(t->db, NULL, &k, &probe_value, 0);
  if (rc != 0 && rc != DB_NOTFOUND) return -1;
  *first = rc == DB_NOTFOUND;
  rc = t->db->put(t->db, NULL, &k, &v, DB_NODUPDATA);
  return rc == 0 || rc == DB_KEYEXIST ? 0 : -1;
}

int nkg_tellers_remove(nkg_tellers *t, const void *key, size_t len, uint32_t doc, int *left) {
  unsigned char d[4];
  encode_doc(doc, d);
  DBC *c = NULL;
  if (t->db->cursor(t->db, NULL, &c, 0) != 0) return -1;
  DBT k = {.data = (void *)key, .size = (u_int32_t)len}, v = {.data = d, .size = 4};
  int rc = c->get(c, &k, &v, DB_GET_BOTH);
  if (rc == 0) rc = c->del(c, 0);
  else if (rc == DB_NOTFOUND) rc = 0; /* never told: nothing to forget */
  if (rc == 0) {
    DBT k2 = {.data = (void *)key, .size = (u_int32_t)len}, any = {.flags = DB_DBT_PARTIAL};
    int found = c->get(c, &k2, &any, DB_SET);
    if (found != 0 && found != DB_NOTFOUND) rc = -1;
    *left = found == 0;
  }
  c->close(c);
  return rc == 0 ? 0 : -1;
}

int nkg_tellers_close(nkg_tellers *t) {
  if (!t) return 0;
  int rc = t->db->close(t->db, 0); /* flushes the cache to the file */
  free(t);
  return rc == 0 ? 0 : -1;
}
