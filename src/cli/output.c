#include "output.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

enum { MAX_LINK_HOPS = 40 }; /* as the kernel's own limit on symlinks in a path */

/* The temporary file of the output being written, for the signal handler to remove. */
static char *volatile pending_tmp;

static void say(nkg_diag_fn diag, void *ctx, const char *file, const char *what) {
  char msg[512];
  snprintf(msg, sizeof msg, "%s: %s", what, strerror(errno));
  if (diag) diag(ctx, NKG_DIAG_ERROR, file, msg);
}

void nkg_output_print_diag(void *ctx, nkg_diag_level level, const char *file, const char *message) {
  (void)ctx;
  const char *what = level == NKG_DIAG_ERROR ? "error" : level == NKG_DIAG_WARNING ? "warning" : "note";
  if (file)
    fprintf(stderr, "newskg: %s: %s: %s\n", file, what, message);
  else
    fprintf(stderr, "newskg: %s: %s\n", what, message);
}

/* Interrupted: remove the temporary file, then die of the signal as if not caught. */
static void remove_pending(int sig) {
  char *tmp = pending_tmp;
  if (tmp) unlink(tmp);
  signal(sig, SIG_DFL);
  raise(sig);
}

static void catch_interruptions(void) {
  static int installed;
  if (installed) return;
  installed = 1;
  int signals[] = {SIGINT, SIGTERM, SIGHUP};
  for (size_t i = 0; i < sizeof signals / sizeof *signals; i++) {
    struct sigaction old;
    /* a signal the caller ignores (nohup) stays ignored */
    if (sigaction(signals[i], NULL, &old) == 0 && old.sa_handler == SIG_IGN) continue;
    struct sigaction sa = {0};
    sa.sa_handler = remove_pending;
    sigemptyset(&sa.sa_mask);
    sigaction(signals[i], &sa, NULL);
  }
}

static char *join_dir(const char *of, const char *name) {
  const char *slash = strrchr(of, '/');
  size_t dlen = slash ? (size_t)(slash - of) + 1 : 0;
  char *p = malloc(dlen + strlen(name) + 1);
  if (!p) abort();
  memcpy(p, of, dlen);
  strcpy(p + dlen, name);
  return p;
}

/* Follows `path` through its symbolic links to the file they end at (which need not
 * exist: a dangling link names the file to create).  *st is that file's, and *exists
 * says whether there is one.  NULL with errno set when the links cannot be read. */
static char *follow_links(const char *path, struct stat *st, int *exists) {
  char *cur = strdup(path);
  if (!cur) abort();
  for (int hops = 0;; hops++) {
    if (lstat(cur, st) != 0) {
      *exists = 0;
      if (errno == ENOENT) return cur;
      break;
    }
    *exists = 1;
    if (!S_ISLNK(st->st_mode)) return cur;
    if (hops == MAX_LINK_HOPS) {
      errno = ELOOP;
      break;
    }
    size_t size = (size_t)st->st_size + 2 > 256 ? (size_t)st->st_size + 2 : 256;
    char *link = malloc(size);
    if (!link) abort();
    ssize_t n = readlink(cur, link, size - 1);
    if (n < 0) {
      free(link);
      break;
    }
    link[n] = '\0';
    char *next = link[0] == '/' ? strdup(link) : join_dir(cur, link);
    free(link);
    free(cur);
    cur = next;
  }
  free(cur);
  return NULL;
}

/* A device, FIFO or socket: written in place, since it cannot be replaced. */
static FILE *open_special(nkg_output *o, nkg_diag_fn diag, void *ctx) {
  int fd = open(o->target, O_WRONLY | O_NOCTTY | O_CLOEXEC);
  if (fd < 0) {
    say(diag, ctx, o->path, "cannot open the output for writing");
    return NULL;
  }
  o->file = fdopen(fd, "wb");
  if (!o->file) {
    say(diag, ctx, o->path, "cannot open the output for writing");
    close(fd);
  }
  return o->file;
}

/* A regular file, or none yet: a new temporary file beside it with the mode the file
 * has (or would get), renamed over it at the end. */
static FILE *open_replacement(nkg_output *o, const struct stat *st, int exists, nkg_diag_fn diag, void *ctx) {
  size_t n = strlen(o->target) + 16;
  o->tmp = malloc(n);
  if (!o->tmp) abort();
  snprintf(o->tmp, n, "%s.tmp.XXXXXX", o->target);
  catch_interruptions();
  int fd = mkstemp(o->tmp);
  if (fd < 0) {
    say(diag, ctx, o->path, "cannot create the output file");
    free(o->tmp);
    o->tmp = NULL;
    return NULL;
  }
  pending_tmp = o->tmp;
  mode_t mode;
  if (exists) {
    mode = st->st_mode & 07777;
  } else {
    mode_t mask = umask(0);
    umask(mask);
    mode = 0666 & ~mask;
  }
  fchmod(fd, mode);
  o->file = fdopen(fd, "wb");
  if (!o->file) {
    say(diag, ctx, o->path, "cannot create the output file");
    pending_tmp = NULL;
    close(fd);
    unlink(o->tmp);
    free(o->tmp);
    o->tmp = NULL;
  }
  return o->file;
}

FILE *nkg_output_open(nkg_output *o, const char *path, nkg_diag_fn diag, void *ctx) {
  memset(o, 0, sizeof *o);
  signal(SIGPIPE, SIG_IGN); /* a closed pipe is an error to report, not a silent death */
  signal(SIGXFSZ, SIG_IGN); /* so is a file size limit: the write fails, the old file stays */
  if (!path || !strcmp(path, "-")) {
    o->file = stdout;
    return o->file;
  }
  o->path = path;
  struct stat st;
  int exists = 0;
  o->target = follow_links(path, &st, &exists);
  if (!o->target) {
    say(diag, ctx, path, "cannot follow the output's symbolic links");
    return NULL;
  }
  FILE *f = NULL;
  if (exists && S_ISDIR(st.st_mode)) {
    if (diag) diag(ctx, NKG_DIAG_ERROR, path, "the output is a directory: give a file name");
  } else if (exists && !S_ISREG(st.st_mode)) {
    f = open_special(o, diag, ctx);
  } else {
    f = open_replacement(o, &st, exists, diag, ctx);
  }
  if (!f) {
    free(o->target);
    o->target = NULL;
  }
  return f;
}

nkg_status nkg_output_close(nkg_output *o, int ok, nkg_diag_fn diag, void *ctx) {
  if (!o->file) return NKG_ERR_IO;
  nkg_status st = ok ? NKG_OK : NKG_ERR_IO;
  if (!o->path) {
    if (fflush(stdout) != 0 || ferror(stdout)) st = NKG_ERR_IO;
    if (st != NKG_OK) say(diag, ctx, "<stdout>", "cannot write the graph");
    o->file = NULL;
    return st;
  }
  if (st == NKG_OK && (fflush(o->file) != 0 || ferror(o->file))) st = NKG_ERR_IO;
  /* a device or FIFO has nothing to sync; a file must be on disk before the rename */
  if (st == NKG_OK && o->tmp && fsync(fileno(o->file)) != 0) st = NKG_ERR_IO;
  int saved = errno;
  if (fclose(o->file) != 0 && st == NKG_OK) {
    st = NKG_ERR_IO;
    saved = errno;
  }
  if (st == NKG_OK && o->tmp && rename(o->tmp, o->target) != 0) {
    st = NKG_ERR_IO;
    saved = errno;
  }
  errno = saved;
  if (st != NKG_OK) {
    say(diag, ctx, o->path, "cannot write the graph");
    if (o->tmp) unlink(o->tmp);
  }
  pending_tmp = NULL;
  free(o->tmp);
  free(o->target);
  o->tmp = NULL;
  o->target = NULL;
  o->file = NULL;
  return st;
}
