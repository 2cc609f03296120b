#include "store_file.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int nkg_store_replace_file(const char *path, int (*write)(FILE *f, const void *ctx), const void *ctx) {
  size_t len = strlen(path) + 8;
  char *tmp = malloc(len);
  if (!tmp) return -1;
  snprintf(tmp, len, "%s.new", path);
  FILE *f = fopen(tmp, "w");
  int status = f ? 0 : -1;
  if (f) {
    if (write(f, ctx)) status = -1;
    if (fflush(f) || ferror(f) || fsync(fileno(f))) status = -1;
    if (fclose(f)) status = -1;
  }
  if (status == 0 && rename(tmp, path)) status = -1;
  if (status) unlink(tmp);
  free(tmp);
  return status;
}
