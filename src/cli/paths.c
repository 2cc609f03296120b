#define _XOPEN_SOURCE 700 /* realpath */
#include "paths.h"

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "../util/strmap.h"

typedef struct {
  dev_t dev;
  ino_t ino;
} file_id;

typedef struct {
  file_id *seen;
  size_t nseen, cap;
} visited;

static char *dup_or_die(const char *s) {
  char *d = strdup(s);
  if (!d) abort();
  return d;
}

static char *join(const char *a, const char *b) {
  size_t n = strlen(a) + strlen(b) + 2;
  char *p = malloc(n);
  if (!p) abort();
  snprintf(p, n, "%s%s%s", a, *a ? "/" : "", b);
  return p;
}

static void report(nkg_diag_fn diag, void *ctx, nkg_diag_level level, const char *file, const char *msg) {
  if (diag) diag(ctx, level, file, msg);
}

/* Whether the file is listed already; if not, it is from now on. */
static int listed(nkg_path_list *l, const struct stat *st) {
  if (!l->seen) {
    l->seen = malloc(sizeof(nkg_strmap));
    if (!l->seen) abort();
    nkg_strmap_init(l->seen);
  }
  file_id id;
  memset(&id, 0, sizeof id); /* the padding is part of the key */
  id.dev = st->st_dev;
  id.ino = st->st_ino;
  int added = 0;
  nkg_strmap_put(l->seen, (const char *)&id, sizeof id, 0, &added);
  return !added;
}

static void push(nkg_path_list *l, const char *path, const char *name) {
  if (l->count == l->cap) {
    l->cap = l->cap ? l->cap * 2 : 64;
    l->items = realloc(l->items, l->cap * sizeof *l->items);
    l->names = realloc(l->names, l->cap * sizeof *l->names);
    if (!l->items || !l->names) abort();
  }
  l->items[l->count] = dup_or_die(path);
  l->names[l->count] = dup_or_die(name);
  l->count++;
}

/* Adds a file unless it is listed already (under another name, or twice on the command line). */
static void add_file(nkg_path_list *l, const char *path, const char *name, const struct stat *st, nkg_diag_fn diag,
                     void *ctx) {
  if (listed(l, st)) {
    report(diag, ctx, NKG_DIAG_NOTE, path, "listed already: read once");
    return;
  }
  push(l, path, name);
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

/* `dir` is read; `name` is what its documents' names start with. */
static int walk(const char *dir, const char *name, nkg_path_list *out, visited *v, nkg_diag_fn diag, void *ctx) {
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
  nkg_path_list here = {0}; /* the entries' names (sorted in `items` only) */
  struct dirent *e;
  while ((e = readdir(d)))
    if (e->d_name[0] != '.') push(&here, e->d_name, e->d_name);
  closedir(d);
  if (here.count) qsort(here.items, here.count, sizeof *here.items, cmp);
  int problems = 0;
  for (size_t i = 0; i < here.count; i++) {
    char *full = join(dir, here.items[i]), *sub = join(name, here.items[i]);
    struct stat s;
    if (stat(full, &s) != 0) {
      char msg[256];
      snprintf(msg, sizeof msg, "cannot read: %s", strerror(errno));
      report(diag, ctx, NKG_DIAG_ERROR, full, msg);
      problems++;
    } else if (S_ISDIR(s.st_mode)) {
      problems += walk(full, sub, out, v, diag, ctx);
    } else if (has_txt_suffix(full)) {
      if (S_ISREG(s.st_mode)) {
        add_file(out, full, sub, &s, diag, ctx);
      } else { /* a FIFO with no writer would block the build, a device never end */
        char msg[160];
        snprintf(msg, sizeof msg, "%s, not a regular file: skipped (name it on the command line to read it)",
                 kind_of(s.st_mode));
        report(diag, ctx, NKG_DIAG_WARNING, full, msg);
      }
    }
    free(full);
    free(sub);
  }
  nkg_path_list_free(&here);
  return problems;
}

/* The directory's own name, from its real path, so that "news/", "/data/news" and "."
 * inside news all give "news" ("" for the root). */
static char *dir_name(const char *dir) {
  char *real = realpath(dir, NULL);
  const char *p = real ? real : dir;
  const char *slash = strrchr(p, '/');
  char *name = dup_or_die(slash ? slash + 1 : p);
  free(real);
  return name;
}

int nkg_collect_paths(const char *path, nkg_path_list *out, nkg_diag_fn diag, void *ctx) {
  if (!strcmp(path, "-")) {
    push(out, path, path);
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
    add_file(out, path, slash ? slash + 1 : path, &st, diag, ctx);
    return 0;
  }
  visited v = {0};
  /* strip trailing slashes so that paths read well */
  char *dir = dup_or_die(path);
  size_t n = strlen(dir);
  while (n > 1 && dir[n - 1] == '/') dir[--n] = '\0';
  char *name = dir_name(dir);
  size_t before = out->count;
  int problems = walk(dir, name, out, &v, diag, ctx);
  if (out->count == before && !problems)
    report(diag, ctx, NKG_DIAG_WARNING, path, "no document here: a directory is searched for *.txt files");
  free(name);
  free(dir);
  free(v.seen);
  return problems;
}

void nkg_path_list_free(nkg_path_list *l) {
  for (size_t i = 0; i < l->count; i++) {
    free(l->items[i]);
    if (l->names) free(l->names[i]);
  }
  free(l->items);
  free(l->names);
  if (l->seen) nkg_strmap_free(l->seen);
  free(l->seen);
  memset(l, 0, sizeof *l);
}
