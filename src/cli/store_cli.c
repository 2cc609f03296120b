/* newskg store --list DIR | --remove DIR PATH...
 *
 * A PATH that exists removes the documents built from its files, however they were
 * named (a file by its name, a file found in a folder by the folder's name and the path
 * below it); one that does not exist any more is taken as the name itself (a source
 * name, a folder of them, or a document IRI). */
#define _XOPEN_SOURCE 700 /* realpath */
#include "store_cli.h"

#include "help.h"
#include "output.h"
#include "paths.h"
#include "store.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

enum { EXIT_OK = 0, EXIT_SOME = 1, EXIT_USAGE = 2 };

int nkg_store_prepare(const char *dir) {
  nkg_store *s = nkg_store_open(dir, 1, 0);
  return s && nkg_store_close(s, 0) == 0 ? 0 : -1;
}

char *nkg_store_incoming_path(const char *dir) {
  size_t len = strlen(dir) + 48;
  char *p = malloc(len);
  if (p) snprintf(p, len, "%s/incoming-%ld.nq", dir, (long)getpid());
  return p;
}

int nkg_store_add_build(const char *dir, const char *nquads, int show_summary) {
  size_t added = 0, replaced = 0;
  nkg_store *s = nkg_store_open(dir, 1, 1);
  int ok = s && nkg_store_add_nquads(s, nquads, &added, &replaced) == 0;
  int rc = s ? nkg_store_close(s, ok) : -1;
  unlink(nquads);
  if (rc == 0 && show_summary)
    fprintf(stderr, "newskg: store %s: %zu document%s added, %zu replaced\n", dir, added, added == 1 ? "" : "s",
            replaced);
  return rc;
}

/* The documents a file on disk was built as: build names it by the path below the
 * folder it was found in, so any trailing part of its real path (day2/item.txt,
 * item.txt) may be its source name. */
static int remove_file(nkg_store *s, const char *file, size_t *removed) {
  char *real = realpath(file, NULL);
  if (!real) return 0;
  int rc = 0;
  for (char *p = real; rc == 0 && (p = strchr(p, '/')); p++)
    if (p[1]) rc = nkg_store_remove(s, p + 1, 1, removed);
  free(real);
  return rc;
}

static int remove_names(nkg_store *s, char **names, int count) {
  int missing = 0;
  for (int i = 0; i < count; i++) {
    size_t removed = 0;
    struct stat st;
    if (strcmp(names[i], "-") && stat(names[i], &st) == 0) {
      nkg_path_list paths = {0};
      nkg_collect_paths(names[i], &paths, nkg_output_print_diag, NULL);
      for (size_t k = 0; k < paths.count; k++) {
        char *file = nkg_path_at(&paths, k);
        int failed = remove_file(s, file, &removed);
        free(file);
        if (failed) {
          nkg_path_list_free(&paths);
          return -1;
        }
      }
      nkg_path_list_free(&paths);
    }
    if (!removed && nkg_store_remove(s, names[i], 0, &removed)) return -1;
    if (!removed) {
      fprintf(stderr, "newskg: %s: warning: no such document in the store\n", names[i]);
      missing++;
    }
  }
  return missing;
}

int nkg_cmd_store(int argc, char **argv) {
  int list = 0, remove = 0, first = 1;
  for (; first < argc && argv[first][0] == '-'; first++) {
    const char *a = argv[first];
    if (!strcmp(a, "--")) {
      first++;
      break;
    } else if (!strcmp(a, "--list")) list = 1;
    else if (!strcmp(a, "--remove")) remove = 1;
    else if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
      nkg_help_store(stdout);
      return EXIT_OK;
    } else {
      fprintf(stderr, "newskg: unknown option '%s'\n", a);
      nkg_help_store(stderr);
      return EXIT_USAGE;
    }
  }
  if (list + remove != 1 || first >= argc || (list && argc - first != 1) || (remove && argc - first < 2)) {
    fputs("newskg: store needs --list DIR, or --remove DIR PATH...\n", stderr);
    nkg_help_store(stderr);
    return EXIT_USAGE;
  }
  const char *dir = argv[first];
  nkg_store *s = nkg_store_open(dir, 0, remove);
  if (!s) return EXIT_USAGE;
  if (list) {
    int rc = nkg_store_list(s, stdout);
    nkg_store_close(s, 0);
    if (rc) fputs("newskg: the list could not be written\n", stderr);
    return rc ? EXIT_USAGE : EXIT_OK;
  }
  int missing = remove_names(s, argv + first + 1, argc - first - 1);
  if (nkg_store_close(s, missing >= 0)) return EXIT_USAGE;
  return missing < 0 ? EXIT_USAGE : missing ? EXIT_SOME : EXIT_OK;
}
