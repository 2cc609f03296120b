#include "paths.h"

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

typedef struct {
  dev_t dev;
  ino_t ino;
} dir_id;

typedef struct {
  dir_id *seen;
  size_t nseen, cap;
} visited;

static void push(nkg_path_list *l, const char *p) {
  if (l->count == l->cap) {
    l->cap = l->cap ? l->cap * 2 : 64;
    l->items = realloc(l->items, l->cap * sizeof *l->items);
    if (!l->items) abort();
  }
  l->items[l->count++] = strdup(p);
}

static int cmp(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

static void report(nkg_diag_fn diag, void *ctx, const char *file, const char *msg) {
  if (diag) diag(ctx, NKG_DIAG_ERROR, file, msg);
}

static int walk(const char *dir, nkg_path_list *out, visited *v, nkg_diag_fn diag, void *ctx) {
  struct stat st;
  if (stat(dir, &st) != 0) {
    report(diag, ctx, dir, strerror(errno));
    return 1;
  }
  for (size_t i = 0; i < v->nseen; i++)
    if (v->seen[i].dev == st.st_dev && v->seen[i].ino == st.st_ino) return 0; /* a loop: been here */
  if (v->nseen == v->cap) {
    v->cap = v->cap ? v->cap * 2 : 16;
    v->seen = realloc(v->seen, v->cap * sizeof *v->seen);
    if (!v->seen) abort();
  }
  v->seen[v->nseen++] = (dir_id){st.st_dev, st.st_ino};
  DIR *d = opendir(dir);
  if (!d) {
    char msg[256];
    snprintf(msg, sizeof msg, "cannot read the directory: %s", strerror(errno));
    report(diag, ctx, dir, msg);
    return 1;
  }
  nkg_path_list here = {0};
  struct dirent *e;
  while ((e = readdir(d))) {
    if (e->d_name[0] == '.') continue;
    size_t n = strlen(dir) + strlen(e->d_name) + 2;
    char *full = malloc(n);
    snprintf(full, n, "%s/%s", dir, e->d_name);
    push(&here, full);
    free(full);
  }
  closedir(d);
  if (here.count) qsort(here.items, here.count, sizeof *here.items, cmp);
  int problems = 0;
  for (size_t i = 0; i < here.count; i++) {
    struct stat s;
    if (stat(here.items[i], &s) != 0) {
      char msg[256];
      snprintf(msg, sizeof msg, "cannot read: %s", strerror(errno));
      report(diag, ctx, here.items[i], msg);
      problems++;
    } else if (S_ISDIR(s.st_mode)) {
      problems += walk(here.items[i], out, v, diag, ctx);
    } else {
      size_t len = strlen(here.items[i]);
      if (len > 4 && strcmp(here.items[i] + len - 4, ".txt") == 0) push(out, here.items[i]);
    }
  }
  nkg_path_list_free(&here);
  return problems;
}

int nkg_collect_paths(const char *path, nkg_path_list *out, nkg_diag_fn diag, void *ctx) {
  if (!strcmp(path, "-")) {
    push(out, path);
    return 0;
  }
  struct stat st;
  if (stat(path, &st) != 0) {
    char msg[256];
    snprintf(msg, sizeof msg, "no such file or directory (%s)", strerror(errno));
    report(diag, ctx, path, msg);
    return 1;
  }
  if (!S_ISDIR(st.st_mode)) {
    push(out, path);
    return 0;
  }
  visited v = {0};
  /* strip trailing slashes so that paths read well */
  char *dir = strdup(path);
  size_t n = strlen(dir);
  while (n > 1 && dir[n - 1] == '/') dir[--n] = '\0';
  int problems = walk(dir, out, &v, diag, ctx);
  free(dir);
  free(v.seen);
  return problems;
}

void nkg_path_list_free(nkg_path_list *l) {
  for (size_t i = 0; i < l->count; i++) free(l->items[i]);
  free(l->items);
  l->items = NULL;
  l->count = l->cap = 0;
}
