#include "store_internal.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#define MARKER "newskg-store"
#define MARKER_TEXT "newskg store 1: librdf hashes on Berkeley DB, graphs/ID.nq, catalog\n"

char *nkg_store_path(const nkg_store *s, const char *name) {
  size_t len = strlen(s->dir) + strlen(name) + 2;
  char *p = malloc(len);
  if (p) snprintf(p, len, "%s/%s", s->dir, name);
  return p;
}

char *nkg_store_graph_path(const nkg_store *s, uint32_t id) {
  char name[32];
  snprintf(name, sizeof name, "graphs/%lu.nq", (unsigned long)id);
  return nkg_store_path(s, name);
}

static int exists_in(const nkg_store *s, const char *name) {
  char *p = nkg_store_path(s, name);
  struct stat st;
  int found = p && stat(p, &st) == 0;
  free(p);
  return found;
}

static int unlink_in(const nkg_store *s, const char *name) {
  char *p = nkg_store_path(s, name);
  int rc = p && (unlink(p) == 0 || errno == ENOENT) ? 0 : -1;
  free(p);
  return rc;
}

/* A small file, written and synced: the marker and the incomplete flag. */
static int write_file_in(const nkg_store *s, const char *name, const char *text) {
  char *p = nkg_store_path(s, name);
  int fd = p ? open(p, O_WRONLY | O_CREAT | O_TRUNC, 0644) : -1;
  free(p);
  if (fd < 0) return -1;
  size_t len = strlen(text);
  int rc = write(fd, text, len) == (ssize_t)len && fsync(fd) == 0 ? 0 : -1;
  return close(fd) || rc ? -1 : 0;
}

/* ---- the databases */

/* The predicates file goes with the catalog: written before "incomplete" is removed. */
static int write_predicates(nkg_store *s) {
  char *p = nkg_store_path(s, "predicates");
  int rc = p && s->preds.known ? nkg_predicates_write(p, &s->preds) : -1;
  free(p);
  return rc;
}

static int read_predicates(nkg_store *s) {
  char *p = nkg_store_path(s, "predicates");
  int rc = p ? nkg_predicates_read(s->world, p, &s->preds) : -1;
  if (rc) fprintf(stderr, "newskg: %s/predicates: not a list of predicate IRIs\n", s->dir);
  free(p);
  return rc;
}

static int open_databases(nkg_store *s, int fresh) {
  const char *opts[] = {"hash-type", "bdb", "dir", s->dir, "contexts", "no", "index-predicates", "yes",
                        "new", fresh ? "yes" : "no", "write", s->writable ? "yes" : "no", NULL};
  librdf_hash *options = librdf_new_hash_from_array_of_strings(s->world, NULL, opts);
  s->storage = options ? librdf_new_storage_with_options(s->world, "hashes", "union", options) : NULL;
  if (options) librdf_free_hash(options);
  s->model = s->storage ? librdf_new_model(s->world, s->storage, NULL) : NULL;
  if (!s->model) {
    fprintf(stderr, "newskg: %s: the store's databases (union-*.db) cannot be opened\n", s->dir);
    return -1;
  }
  if (fresh) nkg_predicates_clear(&s->preds, 1);
  if (!s->writable) return 0;
  char *p = nkg_store_path(s, "tellers.db");
  const char *why = "out of memory";
  if (p && fresh) unlink(p);
  s->tellers = p ? nkg_tellers_open(p, 1, 1, &why) : NULL;
  free(p);
  if (!s->tellers) fprintf(stderr, "newskg: %s/tellers.db: %s\n", s->dir, why);
  return s->tellers ? 0 : -1;
}

static int close_databases(nkg_store *s) {
  int rc = 0;
  if (s->model) {
    if (s->writable && librdf_model_sync(s->model)) rc = -1;
    librdf_free_model(s->model);
  }
  if (s->storage) librdf_free_storage(s->storage);
  if (nkg_tellers_close(s->tellers)) rc = -1;
  s->model = NULL, s->storage = NULL, s->tellers = NULL;
  return rc;
}

static int remove_database_files(const nkg_store *s) {
  DIR *d = opendir(s->dir);
  if (!d) return -1;
  struct dirent *e;
  int rc = 0;
  while ((e = readdir(d))) {
    size_t n = strlen(e->d_name);
    if (n > 3 && !strcmp(e->d_name + n - 3, ".db") && (!strncmp(e->d_name, "union-", 6) || !strcmp(e->d_name, "tellers.db")))
      rc |= unlink_in(s, e->d_name);
  }
  closedir(d);
  return rc;
}

/* ---- statements */

static const unsigned char *encode(nkg_store *s, librdf_statement *t, size_t *len) {
  *len = librdf_statement_encode2(s->world, t, NULL, 0);
  if (!*len) return NULL;
  if (*len > s->key_cap) {
    unsigned char *k = realloc(s->key, *len * 2);
    if (!k) return NULL;
    s->key = k;
    s->key_cap = *len * 2;
  }
  return librdf_statement_encode2(s->world, t, s->key, s->key_cap) ? s->key : NULL;
}

/* DOC tells T: into the default graph unless another document told it already. */
int nkg_store_tell(nkg_store *s, librdf_statement *t, uint32_t doc) {
  size_t len;
  const unsigned char *k = encode(s, t, &len);
  int first = 0;
  if (!k || nkg_tellers_add(s->tellers, k, len, doc, &first)) return -1;
  if (!first) return 0;
  return librdf_model_add_statement(s->model, t) || nkg_predicates_note(&s->preds, librdf_statement_get_predicate(t)) ? -1 : 0;
}

/* DOC no longer tells T: out of the default graph unless another document does. */
int nkg_store_untell(nkg_store *s, librdf_statement *t, uint32_t doc) {
  size_t len;
  const unsigned char *k = encode(s, t, &len);
  int left = 1;
  if (!k || nkg_tellers_remove(s->tellers, k, len, doc, &left)) return -1;
  return !left && librdf_model_remove_statement(s->model, t) ? -1 : 0;
}

typedef struct {
  nkg_store *s;
  nkg_entry *e;
} entry_ctx;

static int untell_one(void *ctx, librdf_statement *t) {
  entry_ctx *c = ctx;
  return nkg_store_untell(c->s, t, c->e->id);
}

static int tell_one(void *ctx, librdf_statement *t) {
  entry_ctx *c = ctx;
  c->e->statements++;
  return nkg_store_tell(c->s, t, c->e->id);
}

int nkg_store_remove_entry(nkg_store *s, nkg_entry *e) {
  char *p = nkg_store_graph_path(s, e->id);
  entry_ctx c = {s, e};
  int rc = p ? nkg_store_read_graph(s->world, p, untell_one, &c) : -1;
  if (rc) fprintf(stderr, "newskg: %s: cannot be read to remove its statements\n", p ? p : s->dir);
  free(p);
  e->removed = 1;
  return rc;
}

static int by_id(const void *x, const void *y) {
  uint32_t a = *(const uint32_t *)x, b = *(const uint32_t *)y;
  return a < b ? -1 : a > b;
}

/* A build's event links link reports of its documents: when one of them goes, they go. */
int nkg_store_remove_stale_links(nkg_store *s) {
  size_t n = 0;
  uint32_t *gone = malloc((s->cat.count + 1) * sizeof *gone);
  if (!gone) return -1;
  for (size_t i = 0; i < s->cat.count; i++)
    if (s->cat.items[i].removed && s->cat.items[i].kind == NKG_ENTRY_DOCUMENT) gone[n++] = s->cat.items[i].id;
  qsort(gone, n, sizeof *gone, by_id);
  int rc = 0;
  for (size_t i = 0; n && rc == 0 && i < s->cat.count; i++) {
    nkg_entry *l = &s->cat.items[i];
    if (l->kind != NKG_ENTRY_LINKS || l->removed) continue;
    int stale = 0;
    for (const char *p = l->source; *p && !stale;) {
      char *end;
      uint32_t id = (uint32_t)strtoul(p, &end, 10);
      if (end == p) break;
      p = end;
      stale = bsearch(&id, gone, n, sizeof *gone, by_id) != NULL;
    }
    if (stale) rc = nkg_store_remove_entry(s, l);
  }
  free(gone);
  return rc;
}

/* ---- recovery */

static int recover(nkg_store *s) {
  fprintf(stderr, "newskg: %s: an earlier operation on the store did not finish; rebuilding its databases from "
                  "the graphs of its %zu entries\n", s->dir, s->cat.count);
  close_databases(s);
  int writable = s->writable;
  s->writable = 1;
  int rc = remove_database_files(s) || open_databases(s, 1) ? -1 : 0;
  /* an entry whose graph file is gone or unreadable is dropped: nothing else says what it told */
  for (size_t i = 0; rc == 0 && i < s->cat.count; i++) {
    nkg_entry *e = &s->cat.items[i];
    char *p = nkg_store_graph_path(s, e->id);
    if (p && access(p, R_OK) != 0) {
      fprintf(stderr, "newskg: %s: warning: %s cannot be read; %s is dropped from the store\n", s->dir, p,
              e->kind == NKG_ENTRY_DOCUMENT ? e->iri : "a build's event links");
      e->removed = 1;
    }
    free(p);
  }
  for (size_t i = 0; rc == 0 && i < s->cat.count; i++) {
    nkg_entry *e = &s->cat.items[i];
    if (e->removed) continue;
    char *p = nkg_store_graph_path(s, e->id);
    entry_ctx c = {s, e};
    e->statements = 0;
    if (!p || nkg_store_read_graph(s->world, p, tell_one, &c)) {
      fprintf(stderr, "newskg: %s: %s cannot be read\n", s->dir, p ? p : "a graph file");
      rc = -1;
    }
    free(p);
  }
  /* graphs of an operation that never reached the catalog */
  char *gdir = nkg_store_path(s, "graphs");
  DIR *d = gdir ? opendir(gdir) : NULL;
  struct dirent *de;
  while (d && (de = readdir(d))) {
    char *end;
    unsigned long id = strtoul(de->d_name, &end, 10);
    if (end == de->d_name || strcmp(end, ".nq")) continue;
    int known = 0;
    for (size_t i = 0; i < s->cat.count && !known; i++) known = s->cat.items[i].id == id && !s->cat.items[i].removed;
    if (!known) {
      char name[300];
      snprintf(name, sizeof name, "graphs/%s", de->d_name);
      unlink_in(s, name);
    }
  }
  if (d) closedir(d);
  free(gdir);
  /* the N-Quads of builds that died before they were added (a live build's stay) */
  d = opendir(s->dir);
  while (d && (de = readdir(d))) {
    char *end;
    if (strncmp(de->d_name, "incoming-", 9)) continue;
    long pid = strtol(de->d_name + 9, &end, 10);
    if (strcmp(end, ".nq") || pid <= 0 || (kill((pid_t)pid, 0) != 0 && errno == ESRCH)) unlink_in(s, de->d_name);
  }
  if (d) closedir(d);
  char *cat = nkg_store_path(s, "catalog");
  if (rc == 0 && (!cat || nkg_catalog_write(cat, &s->cat) || write_predicates(s))) rc = -1;
  free(cat);
  if (close_databases(s)) rc = -1;
  if (rc == 0) rc = unlink_in(s, "incomplete");
  s->writable = writable;
  if (rc) fprintf(stderr, "newskg: %s: the store could not be rebuilt\n", s->dir);
  return rc;
}

/* ---- open and close */

static int is_empty_dir(const char *dir) {
  DIR *d = opendir(dir);
  if (!d) return 0;
  struct dirent *e;
  int empty = 1;
  while (empty && (e = readdir(d))) empty = !strcmp(e->d_name, ".") || !strcmp(e->d_name, "..");
  closedir(d);
  return empty;
}

static int make_store(nkg_store *s) {
  char *g = nkg_store_path(s, "graphs");
  int rc = g && (mkdir(g, 0777) == 0 || errno == EEXIST) ? 0 : -1;
  free(g);
  return rc || write_file_in(s, MARKER, MARKER_TEXT);
}

/* raptor 2.0.15's N-Quads parser leaks the datatype URI of each typed literal it reads
 * (tests/lsan.supp). While their world lives they stay in its table of URIs; freed, they
 * would be lost. A process opens a store a few times at most, so its worlds are kept
 * until it exits. */
static void keep_world(librdf_world *world) {
  static librdf_world *kept[8];
  static size_t n;
  if (n < sizeof kept / sizeof *kept) kept[n++] = world;
  else librdf_free_world(world);
}

nkg_store *nkg_store_open(const char *dir, int create, int writable) {
  struct stat st;
  if (stat(dir, &st) != 0) {
    if (!create || errno != ENOENT) {
      fprintf(stderr, "newskg: %s: no newskg store here (%s)\n", dir, strerror(errno));
      return NULL;
    }
    if (mkdir(dir, 0777) != 0) {
      fprintf(stderr, "newskg: %s: cannot make the store's directory: %s\n", dir, strerror(errno));
      return NULL;
    }
  } else if (!S_ISDIR(st.st_mode)) {
    fprintf(stderr, "newskg: %s: not a directory, so not a store\n", dir);
    return NULL;
  }
  nkg_store *s = calloc(1, sizeof *s);
  if (!s || !(s->dir = strdup(dir))) {
    free(s);
    return NULL;
  }
  s->lock_fd = -1;
  s->writable = writable;
  if (!exists_in(s, MARKER)) {
    if (!create || !is_empty_dir(dir)) {
      fprintf(stderr, create ? "newskg: %s: not a newskg store (no %s file), and not empty: give a new or an empty directory\n"
                             : "newskg: %s: not a newskg store (no %s file)\n",
              dir, MARKER);
      goto fail;
    }
    if (make_store(s)) {
      fprintf(stderr, "newskg: %s: cannot make a store here: %s\n", dir, strerror(errno));
      goto fail;
    }
  }
  char *lock = nkg_store_path(s, "lock");
  s->lock_fd = lock ? open(lock, writable ? O_RDWR | O_CREAT : O_RDONLY, 0644) : -1;
  if (s->lock_fd < 0 && lock && !writable) s->lock_fd = open(lock, O_RDWR | O_CREAT, 0644);
  free(lock);
  if (s->lock_fd < 0 || flock(s->lock_fd, writable ? LOCK_EX : LOCK_SH)) {
    fprintf(stderr, "newskg: %s: cannot lock the store: %s\n", dir, strerror(errno));
    goto fail;
  }
  char *cat = nkg_store_path(s, "catalog");
  int bad = !cat || nkg_catalog_read(cat, &s->cat);
  free(cat);
  if (bad) {
    fprintf(stderr, "newskg: %s/catalog: not a newskg store catalog\n", dir);
    goto fail;
  }
  if (!(s->world = nkg_rdf_world())) goto fail;
  if (exists_in(s, "incomplete")) {
    if (!writable) flock(s->lock_fd, LOCK_EX); /* readers wait; the first one rebuilds */
    int still = exists_in(s, "incomplete");
    if (still && recover(s)) goto fail;
    if (!writable) flock(s->lock_fd, LOCK_SH);
    if (still) { /* the catalog may have dropped what could not be read */
      nkg_catalog_free(&s->cat);
      cat = nkg_store_path(s, "catalog");
      bad = !cat || nkg_catalog_read(cat, &s->cat);
      free(cat);
      if (bad) goto fail;
    }
  }
  if (!exists_in(s, "union-sp2o.db")) { /* a new store: its empty databases, once */
    if (!writable) flock(s->lock_fd, LOCK_EX);
    s->writable = 1;
    int made = exists_in(s, "union-sp2o.db") || (open_databases(s, 1) == 0 && close_databases(s) == 0);
    s->writable = writable;
    if (!writable) flock(s->lock_fd, LOCK_SH);
    if (!made) goto fail;
  }
  if (writable && write_file_in(s, "incomplete", "an operation is changing the store\n")) {
    fprintf(stderr, "newskg: %s: the store cannot be written: %s\n", dir, strerror(errno));
    goto fail;
  }
  if (read_predicates(s) || open_databases(s, 0)) {
    if (writable) unlink_in(s, "incomplete");
    goto fail;
  }
  /* a store made before the predicates file: one scan to learn them */
  if (writable && !s->preds.known && nkg_predicates_learn(&s->preds, s->model)) {
    fprintf(stderr, "newskg: %s: the store's statements cannot be read\n", dir);
    unlink_in(s, "incomplete");
    goto fail;
  }
  return s;
fail:
  close_databases(s);
  nkg_predicates_free(&s->preds);
  if (s->world) keep_world(s->world);
  if (s->lock_fd >= 0) close(s->lock_fd);
  nkg_catalog_free(&s->cat);
  free(s->dir);
  free(s);
  return NULL;
}

int nkg_store_close(nkg_store *s, int commit) {
  if (!s) return 0;
  int rc = 0;
  if (s->writable) {
    char *cat = nkg_store_path(s, "catalog");
    if (commit && (!cat || nkg_catalog_write(cat, &s->cat) || write_predicates(s))) {
      fprintf(stderr, "newskg: %s/catalog: cannot be written: %s\n", s->dir, strerror(errno));
      commit = 0;
    }
    free(cat);
    if (close_databases(s)) {
      fprintf(stderr, "newskg: %s: the store's databases could not be written\n", s->dir);
      commit = 0;
    }
    if (commit) {
      for (size_t i = 0; i < s->cat.count; i++)
        if (s->cat.items[i].removed) {
          char *p = nkg_store_graph_path(s, s->cat.items[i].id);
          if (p) unlink(p);
          free(p);
        }
      rc = unlink_in(s, "incomplete");
    } else {
      /* back to the catalog on disk, the state before this operation */
      nkg_catalog_free(&s->cat);
      cat = nkg_store_path(s, "catalog");
      rc = !cat || nkg_catalog_read(cat, &s->cat) || recover(s) ? -1 : 0;
      free(cat);
      if (rc == 0) fprintf(stderr, "newskg: %s: the store is as it was before\n", s->dir);
      rc = -1;
    }
  } else {
    close_databases(s);
  }
  nkg_graphs_free(s->graphs);
  nkg_predicates_free(&s->preds);
  keep_world(s->world);
  close(s->lock_fd);
  nkg_catalog_free(&s->cat);
  free(s->by_iri);
  free(s->key);
  free(s->dir);
  free(s);
  return rc;
}

librdf_world *nkg_store_world(nkg_store *s) { return s->world; }
librdf_model *nkg_store_model(nkg_store *s) { return s->model; }

nkg_find_plan nkg_store_find_plan(const nkg_store *s) {
  return (nkg_find_plan){1, s->preds.known ? s->preds.nodes : NULL, s->preds.count};
}

/* ---- removing and listing */

int nkg_store_remove(nkg_store *s, const char *name, int exact, size_t *removed) {
  size_t len = strlen(name);
  while (len > 1 && name[len - 1] == '/') len--;
  for (size_t i = 0; i < s->cat.count; i++) {
    nkg_entry *e = &s->cat.items[i];
    if (e->kind != NKG_ENTRY_DOCUMENT || e->removed) continue;
    int under = !strncmp(e->source, name, len) && (e->source[len] == '\0' || (!exact && e->source[len] == '/'));
    if (!under && strcmp(e->iri, name)) continue;
    if (nkg_store_remove_entry(s, e)) return -1;
    (*removed)++;
  }
  return nkg_store_remove_stale_links(s);
}

int nkg_store_list(nkg_store *s, FILE *out) {
  for (size_t i = 0; i < s->cat.count; i++) {
    const nkg_entry *e = &s->cat.items[i];
    if (e->kind == NKG_ENTRY_DOCUMENT) fprintf(out, "%zu\t%s\t%s\n", e->statements, e->iri, e->source);
  }
  for (size_t i = 0; i < s->cat.count; i++) {
    const nkg_entry *e = &s->cat.items[i];
    if (e->kind != NKG_ENTRY_LINKS) continue;
    size_t docs = 0;
    for (const char *p = e->source; *p; p++) docs += (p == e->source || p[-1] == ' ') && *p != ' ';
    fprintf(out, "%zu\t-\tevent links of a build of %zu document%s\n", e->statements, docs, docs == 1 ? "" : "s");
  }
  return fflush(out) || ferror(out) ? -1 : 0;
}

