#include "ontology_dir.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* Set by CMake: the source tree's ontology, the build directory, and the installed data
 * directory relative to the installed bin/ ("../share/newskg"). */
#ifndef NKG_ONTOLOGY_DIR
#define NKG_ONTOLOGY_DIR "ontology"
#endif
#ifndef NKG_BUILD_DIR
#define NKG_BUILD_DIR ""
#endif
#ifndef NKG_DATADIR_FROM_BINDIR
#define NKG_DATADIR_FROM_BINDIR "../share/newskg"
#endif

static int same_dir(const char *a, const char *b) {
  struct stat sa, sb;
  return stat(a, &sa) == 0 && stat(b, &sb) == 0 && sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
}

const char *nkg_ontology_dir(const char *option, char *buf, size_t n) {
  if (option) return option;
  const char *env = getenv("NEWSKG_ONTOLOGY");
  if (env && *env) return env;
  char self[4096];
  ssize_t len = readlink("/proc/self/exe", self, sizeof self - 1);
  char *slash = len > 0 ? (self[len] = '\0', strrchr(self, '/')) : NULL;
  if (!slash) {
    snprintf(buf, n, "%s", NKG_ONTOLOGY_DIR);
    return buf;
  }
  *slash = '\0';
  /* the source tree only for the program that was never installed: an installed copy
   * must not quietly depend on a tree that may be gone or newer */
  if (*NKG_BUILD_DIR && same_dir(self, NKG_BUILD_DIR)) {
    snprintf(buf, n, "%s", NKG_ONTOLOGY_DIR);
    return buf;
  }
  snprintf(buf, n, "%s/%s", self, NKG_DATADIR_FROM_BINDIR);
  return buf;
}
