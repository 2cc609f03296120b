#include "inputs.h"

#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* Device and inode of a path, or of standard input/output; 0 when there is no file. */
static int file_id(const char *path, int fd, struct stat *st) {
  int ok = path ? stat(path, st) == 0 : fstat(fd, st) == 0;
  /* a terminal, a pipe or /dev/null is not a document anyone can lose */
  return ok && S_ISREG(st->st_mode);
}

const char *nkg_output_is_input(const char *out_path, char *const *inputs, size_t n) {
  struct stat out;
  int to_stdout = !out_path || !strcmp(out_path, "-");
  if (!file_id(to_stdout ? NULL : out_path, STDOUT_FILENO, &out)) return NULL;
  for (size_t i = 0; i < n; i++) {
    struct stat in;
    int from_stdin = !strcmp(inputs[i], "-");
    if (file_id(from_stdin ? NULL : inputs[i], STDIN_FILENO, &in) && in.st_dev == out.st_dev &&
        in.st_ino == out.st_ino)
      return inputs[i];
  }
  return NULL;
}

char *nkg_output_listed_input(const char *out_path, const nkg_path_list *inputs) {
  struct stat out;
  int to_stdout = !out_path || !strcmp(out_path, "-");
  if (!file_id(to_stdout ? NULL : out_path, STDOUT_FILENO, &out)) return NULL;
  return nkg_path_list_find(inputs, out.st_dev, out.st_ino);
}
