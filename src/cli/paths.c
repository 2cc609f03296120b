#define _XOPEN_SOURCE 700 /* realpath */
#include "paths.h"

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../util/strmap.h"

typedef struct {
  dev_t dev;
  ino_t ino;
} file_id;

typedef struct {
  file_id *seen;
  size_t nseen, cap;
} visited;

/* ---- the tree: a root for each path of the command line, a node for each directory
 * and document below it */

enum { NO_ENTRY = 0xFFFFFFFFu };
#define ROOT_FLAG 0x80000000u

typedef struct {
  const char *entry; /* the name in its directory; NULL for a root */
  uint32_t parent;   /* a node, or ROOT_FLAG | the root */
} path_node;

typedef struct {
  const char *path, *name; /* as the command line gives it, and the name its documents start with */
} path_root;

/* The files listed, by device and inode: open addressing, ino 0 (no file has it) for a free slot. */
typedef struct {
  file_id *slots;
  size_t cap, count;
} id_set;

struct nkg_path_tree {
  nkg_arena text;
  nkg_vec roots; /* path_root */
  nkg_vec nodes; /* path_node */
  nkg_vec docs;  /* uint32_t: the node of each document, in order */
  id_set seen;
  size_t stdin_doc; /* the document that is standard input, or SIZE_MAX */
};

static nkg_path_tree *tree_of(nkg_path_list *l) {
  if (!l->tree) {
    l->tree = calloc(1, sizeof *l->tree);
    if (!l->tree) abort();
    nkg_arena_init(&l->tree->text, 64 * 1024);
    nkg_vec_init(&l->tree->roots, sizeof(path_root));
    nkg_vec_init(&l->tree->nodes, sizeof(path_node));
    nkg_vec_init(&l->tree->docs, sizeof(uint32_t));
    l->tree->stdin_doc = SIZE_MAX;
  }
  return l->tree;
}

static uint32_t add_root(nkg_path_tree *t, const char *path, const char *name) {
  path_root *r = nkg_vec_push(&t->roots);
  r->path = nkg_arena_strdup(&t->text, path);
  r->name = nkg_arena_strdup(&t->text, name);
  path_node *n = nkg_vec_push(&t->nodes);
  *n = (path_node){NULL, ROOT_FLAG | (uint32_t)(t->roots.count - 1)};
  return (uint32_t)(t->nodes.count - 1);
}

static uint32_t add_node(nkg_path_tree *t, uint32_t parent, const char *entry) {
  path_node *n = nkg_vec_push(&t->nodes);
  *n = (path_node){nkg_arena_strdup(&t->text, entry), parent};
  return (uint32_t)(t->nodes.count - 1);
}

static size_t slot_of(const id_set *s, file_id id) {
  uint64_t h = ((uint64_t)id.ino * 0x9E3779B97F4A7C15ull) ^ ((uint64_t)id.dev * 0xC2B2AE3D27D4EB4Full);
  size_t i = (size_t)(h ^ (h >> 29)) & (s->cap - 1);
  while (s->slots[i].ino && (s->slots[i].ino != id.ino || s->slots[i].dev != id.dev)) i = (i + 1) & (s->cap - 1);
  return i;
}

static int id_set_has(const id_set *s, file_id id) { return s->cap && s->slots[slot_of(s, id)].ino; }

/* Adds id; 0 when it was there already. */
static int id_set_add(id_set *s, file_id id) {
  if (!id.ino) return 1; /* no inode: nothing to tell it by */
  if ((s->count + 1) * 4 > s->cap * 3) {
    id_set bigger = {nkg_xcalloc(s->cap ? s->cap * 2 : 1024, sizeof(file_id)), s->cap ? s->cap * 2 : 1024, s->count};
    for (size_t i = 0; i < s->cap; i++)
      if (s->slots[i].ino) bigger.slots[slot_of(&bigger, s->slots[i])] = s->slots[i];
    free(s->slots);
    *s = bigger;
  }
  size_t i = slot_of(s, id);
  if (s->slots[i].ino) return 0;
  s->slots[i] = id;
  s->count++;
  return 1;
}

/* A node's path (or name) spelled out: the root's, then each entry after a '/'. */
static char *spell(const nkg_path_tree *t, uint32_t node, int want_name) {
  /* the nodes from this one up to its root, walked once */
  nkg_vec chain;
  nkg_vec_init(&chain, sizeof(const path_node *));
  const path_node *pn = nkg_vec_at(&t->nodes, node);
  for (;;) {
    *(const path_node **)nkg_vec_push(&chain) = pn;
    if (pn->parent & ROOT_FLAG) break;
    pn = nkg_vec_at(&t->nodes, pn->parent);
  }
  const path_root *r = nkg_vec_at(&t->roots, pn->parent & ~ROOT_FLAG);
  const char *base = want_name ? r->name : r->path;
  size_t len = strlen(base) + 1;
  for (size_t k = 0; k < chain.count; k++) {
    const path_node *c = *(const path_node **)nkg_vec_at(&chain, k);
    if (c->entry) len += strlen(c->entry) + 1;
  }
  char *out = malloc(len);
  if (!out) abort();
  size_t o = strlen(base);
  memcpy(out, base, o + 1);
  for (size_t k = chain.count; k-- > 0;) {
    const path_node *c = *(const path_node **)nkg_vec_at(&chain, k);
    if (!c->entry) continue;
    if (o) out[o++] = '/'; /* as "a" + "/" + "b", and "" + "b" for a root named "" */
    size_t el = strlen(c->entry);
    memcpy(out + o, c->entry, el + 1);
    o += el;
  }
  nkg_vec_free(&chain);
  return out;
}

char *nkg_path_at(const nkg_path_list *l, size_t i) {
  return spell(l->tree, *(const uint32_t *)nkg_vec_at(&l->tree->docs, i), 0);
}

char *nkg_path_name_at(const nkg_path_list *l, size_t i) {
  return spell(l->tree, *(const uint32_t *)nkg_vec_at(&l->tree->docs, i), 1);
}

char *nkg_path_list_find(const nkg_path_list *l, dev_t dev, ino_t ino) {
  if (!l->tree) return NULL;
  struct stat st;
  if (l->tree->stdin_doc != SIZE_MAX && fstat(STDIN_FILENO, &st) == 0 && st.st_dev == dev && st.st_ino == ino)
    return strdup("-");
  if (!id_set_has(&l->tree->seen, (file_id){dev, ino})) return NULL;
  for (size_t i = 0; i < l->count; i++) { /* rare: only to name the file in an error */
    char *p = nkg_path_at(l, i);
    if (strcmp(p, "-") && stat(p, &st) == 0 && st.st_dev == dev && st.st_ino == ino) return p;
    free(p);
  }
  return NULL;
}

static void report(nkg_diag_fn diag, void *ctx, nkg_diag_level level, const char *file, const char *msg) {
  if (diag) diag(ctx, level, file, msg);
}

static void add_document(nkg_path_list *l, uint32_t node) {
  *(uint32_t *)nkg_vec_push(&tree_of(l)->docs) = node;
  l->count++;
}

/* Whether a file is not listed yet (under another name, or twice on the command line);
 * from now on it is. */
static int is_new_file(nkg_path_list *l, const char *path, const struct stat *st, nkg_diag_fn diag, void *ctx) {
  if (!id_set_add(&tree_of(l)->seen, (file_id){st->st_dev, st->st_ino})) {
    report(diag, ctx, NKG_DIAG_NOTE, path, "listed already: read once");
    return 0;
  }
  return 1;
}

static char *join(const char *a, const char *b) {
  size_t n = strlen(a) + strlen(b) + 2;
  char *p = malloc(n);
  if (!p) abort();
  snprintf(p, n, "%s%s%s", a, *a ? "/" : "", b);
  return p;
}

static int cmp(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

static const char *kind_of(mode_t m) {
  return S_ISFIFO(m) ? "a FIFO" : S_ISCHR(m) ? "a character device" : S_ISBLK(m) ? "a block device"
         : S_ISSOCK(m) ? "a socket" : "not a regular file";
}

static int has_txt_suffix(const char *p) {
  size_t len = strlen(p);
  return len > 4 && strcmp(p + len - 4, ".txt") == 0;
}

/* The entries of a directory (but hidden ones), sorted. */
typedef struct {
  char **names;
  size_t count, cap;
} entries;

static void entries_add(entries *e, const char *name) {
  if (e->count == e->cap) {
    e->cap = e->cap ? e->cap * 2 : 64;
    e->names = realloc(e->names, e->cap * sizeof *e->names);
    if (!e->names) abort();
  }
  if (!(e->names[e->count++] = strdup(name))) abort();
}

static void entries_free(entries *e) {
  for (size_t i = 0; i < e->count; i++) free(e->names[i]);
  free(e->names);
}

/* `dir` is read, the tree's `node` (which spells its documents' paths and names). */
static int walk(const char *dir, uint32_t node, nkg_path_list *out, visited *v, nkg_diag_fn diag, void *ctx) {
  struct stat st;
  if (stat(dir, &st) != 0) {
    report(diag, ctx, NKG_DIAG_ERROR, dir, strerror(errno));
    return 1;
  }
  for (size_t i = 0; i < v->nseen; i++)
    if (v->seen[i].dev == st.st_dev && v->seen[i].ino == st.st_ino) return 0; /* a loop: been here */
  if (v->nseen == v->cap) {
    v->cap = v->cap ? v->cap * 2 : 16;
    v->seen = realloc(v->seen, v->cap * sizeof *v->seen);
    if (!v->seen) abort();
  }
  v->seen[v->nseen++] = (file_id){st.st_dev, st.st_ino};
  DIR *d = opendir(dir);
  if (!d) {
    char msg[256];
    snprintf(msg, sizeof msg, "cannot read the directory: %s", strerror(errno));
    report(diag, ctx, NKG_DIAG_ERROR, dir, msg);
    return 1;
  }
  entries here = {0};
  struct dirent *e;
  while ((e = readdir(d)))
    if (e->d_name[0] != '.') entries_add(&here, e->d_name);
  if (here.count) qsort(here.names, here.count, sizeof *here.names, cmp);
  /* each entry looked up relative to the open directory (the kernel walks the directory's
   * path once, not once an entry), all before descending, so that one directory is open
   * at a time however deep the tree */
  struct stat *stats = malloc((here.count ? here.count : 1) * sizeof *stats);
  int *errors = malloc((here.count ? here.count : 1) * sizeof *errors);
  if (!stats || !errors) abort();
  for (size_t i = 0; i < here.count; i++)
    errors[i] = fstatat(dirfd(d), here.names[i], &stats[i], 0) != 0 ? errno : 0;
  closedir(d);
  int problems = 0;
  nkg_path_tree *t = tree_of(out);
  for (size_t i = 0; i < here.count; i++) {
    char *full = join(dir, here.names[i]);
    struct stat s = stats[i];
    if (errors[i]) {
      char msg[256];
      snprintf(msg, sizeof msg, "cannot read: %s", strerror(errors[i]));
      report(diag, ctx, NKG_DIAG_ERROR, full, msg);
      problems++;
    } else if (S_ISDIR(s.st_mode)) {
      problems += walk(full, add_node(t, node, here.names[i]), out, v, diag, ctx);
    } else if (has_txt_suffix(full)) {
      if (S_ISREG(s.st_mode)) {
        if (is_new_file(out, full, &s, diag, ctx)) add_document(out, add_node(t, node, here.names[i]));
      } else { /* a FIFO with no writer would block the build, a device never end */
        char msg[160];
        snprintf(msg, sizeof msg, "%s, not a regular file: skipped (name it on the command line to read it)",
                 kind_of(s.st_mode));
        report(diag, ctx, NKG_DIAG_WARNING, full, msg);
      }
    }
    free(full);
  }
  free(stats);
  free(errors);
  entries_free(&here);
  return problems;
}

/* The directory's own name, from its real path, so that "news/", "/data/news" and "."
 * inside news all give "news" ("" for the root). */
static char *dir_name(const char *dir) {
  char *real = realpath(dir, NULL);
  const char *p = real ? real : dir;
  const char *slash = strrchr(p, '/');
  char *name = strdup(slash ? slash + 1 : p);
  if (!name) abort();
  free(real);
  return name;
}

int nkg_collect_paths(const char *path, nkg_path_list *out, nkg_diag_fn diag, void *ctx) {
  nkg_path_tree *t = tree_of(out);
  if (!strcmp(path, "-")) {
    t->stdin_doc = out->count;
    add_document(out, add_root(t, path, path));
    return 0;
  }
  struct stat st;
  if (stat(path, &st) != 0) {
    char msg[256];
    snprintf(msg, sizeof msg, "no such file or directory (%s)", strerror(errno));
    report(diag, ctx, NKG_DIAG_ERROR, path, msg);
    return 1;
  }
  if (!S_ISDIR(st.st_mode)) {
    const char *slash = strrchr(path, '/');
    if (is_new_file(out, path, &st, diag, ctx)) add_document(out, add_root(t, path, slash ? slash + 1 : path));
    return 0;
  }
  visited v = {0};
  /* strip trailing slashes so that paths read well */
  char *dir = strdup(path);
  if (!dir) abort();
  size_t n = strlen(dir);
  while (n > 1 && dir[n - 1] == '/') dir[--n] = '\0';
  char *name = dir_name(dir);
  size_t before = out->count;
  int problems = walk(dir, add_root(t, dir, name), out, &v, diag, ctx);
  if (out->count == before && !problems)
    report(diag, ctx, NKG_DIAG_WARNING, path, "no document here: a directory is searched for *.txt files");
  free(name);
  free(dir);
  free(v.seen);
  return problems;
}

void nkg_path_list_free(nkg_path_list *l) {
  if (l->tree) {
    nkg_arena_free(&l->tree->text);
    nkg_vec_free(&l->tree->roots);
    nkg_vec_free(&l->tree->nodes);
    nkg_vec_free(&l->tree->docs);
    free(l->tree->seen.slots);
    free(l->tree);
  }
  memset(l, 0, sizeof *l);
}
