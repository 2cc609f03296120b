#include "link_spill.h"

#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* A bucket's file: made in $TMPDIR (else /tmp) and unlinked at once, so that nothing is
 * left behind however the build ends. */
static FILE *open_bucket(void) {
  const char *dir = getenv("TMPDIR");
  if (!dir || !*dir) dir = "/tmp";
  size_t n = strlen(dir) + sizeof "/newskg-links-XXXXXX";
  char *path = malloc(n);
  if (!path) return NULL;
  snprintf(path, n, "%s/newskg-links-XXXXXX", dir);
  int fd = mkstemp(path);
  if (fd >= 0) unlink(path);
  free(path);
  if (fd < 0) return NULL;
  FILE *f = fdopen(fd, "w+b");
  if (!f) close(fd);
  return f;
}

size_t nkg_spill_bucket_of(const char *day) { return nkg_hash_bytes(day, strlen(day)) % NKG_SPILL_BUCKETS; }

/* ---- writing: host byte order, the file is read back by the same process */

static int put_bytes(FILE *f, const void *p, size_t n) { return fwrite(p, 1, n, f) == n ? 0 : -1; }

static int put_u32(FILE *f, uint32_t v) { return put_bytes(f, &v, sizeof v); }

static int put_string(FILE *f, const char *s) {
  size_t n = s ? strlen(s) : 0;
  return put_u32(f, (uint32_t)n) || put_bytes(f, s ? s : "", n);
}

enum { HAS_LANG = 1, HAS_DATATYPE = 2 };

static int put_term(FILE *f, const nkg_term *t) {
  unsigned char head[2] = {(unsigned char)t->kind, (unsigned char)((t->lang ? HAS_LANG : 0) | (t->datatype ? HAS_DATATYPE : 0))};
  return put_bytes(f, head, sizeof head) || put_string(f, t->value) || (t->lang && put_string(f, t->lang)) ||
         (t->datatype && put_string(f, t->datatype));
}

enum { SCHEDULED = 1, HAS_KIND = 2, HAS_DATE = 4, HAS_CITY = 8, HAS_HOST = 16, HAS_LABEL = 32 };

int nkg_spill_put(nkg_spill *spill, size_t bucket, const nkg_spilled_event *e) {
  if (spill->failed) return -1;
  FILE *f = spill->bucket[bucket];
  if (!f && !(f = spill->bucket[bucket] = open_bucket())) goto fail;
  unsigned char flags = (unsigned char)((e->scheduled ? SCHEDULED : 0) | (e->kind ? HAS_KIND : 0) | (e->date ? HAS_DATE : 0) |
                                        (e->city ? HAS_CITY : 0) | (e->host ? HAS_HOST : 0) | (e->label ? HAS_LABEL : 0));
  if (put_bytes(f, &flags, 1) || put_term(f, e->node) || (e->kind && put_term(f, e->kind)) ||
      (e->date && put_term(f, e->date)) || (e->city && put_term(f, e->city)) || (e->host && put_term(f, e->host)) ||
      (e->label && put_term(f, e->label)) || put_u32(f, (uint32_t)e->nattendees) || put_u32(f, (uint32_t)e->ndocs))
    goto fail;
  for (size_t i = 0; i < e->nattendees; i++)
    if (put_term(f, e->attendees[i])) goto fail;
  for (size_t i = 0; i < e->ndocs; i++)
    if (put_term(f, e->docs[i])) goto fail;
  return 0;
fail:
  if (!spill->failed) spill->error = errno ? errno : EIO;
  spill->failed = 1;
  return -1;
}

/* ---- reading */

typedef struct {
  FILE *f;
  nkg_arena *arena; /* the strings of the event being read */
} source;

static int get_bytes(source *s, void *p, size_t n) { return fread(p, 1, n, s->f) == n ? 0 : -1; }

static int get_u32(source *s, uint32_t *v) { return get_bytes(s, v, sizeof *v); }

static int get_string(source *s, const char **out) {
  uint32_t n;
  if (get_u32(s, &n)) return -1;
  char *p = nkg_arena_alloc_uninitialised(s->arena, (size_t)n + 1);
  if (get_bytes(s, p, n)) return -1;
  p[n] = '\0';
  *out = p;
  return 0;
}

static int get_term(source *s, const nkg_term **out) {
  unsigned char head[2];
  nkg_term *t = nkg_arena_alloc(s->arena, sizeof *t);
  if (get_bytes(s, head, sizeof head) || head[0] > NKG_TERM_LITERAL) return -1;
  t->kind = (nkg_term_kind)head[0];
  if (get_string(s, &t->value) || ((head[1] & HAS_LANG) && get_string(s, &t->lang)) ||
      ((head[1] & HAS_DATATYPE) && get_string(s, &t->datatype)))
    return -1;
  *out = t;
  return 0;
}

static int get_terms(source *s, uint32_t n, const nkg_term *const **out) {
  const nkg_term **list = nkg_arena_alloc(s->arena, ((size_t)n + 1) * sizeof *list);
  for (uint32_t i = 0; i < n; i++)
    if (get_term(s, &list[i])) return -1;
  *out = list;
  return 0;
}

/* One event; 1 when there was one, 0 at the end of the file, -1 when it is cut short. */
static int get_event(source *s, nkg_spilled_event *e) {
  unsigned char flags;
  if (fread(&flags, 1, 1, s->f) != 1) return ferror(s->f) ? -1 : 0;
  memset(e, 0, sizeof *e);
  e->scheduled = (flags & SCHEDULED) != 0;
  uint32_t na, nd;
  if (get_term(s, &e->node) || ((flags & HAS_KIND) && get_term(s, &e->kind)) ||
      ((flags & HAS_DATE) && get_term(s, &e->date)) || ((flags & HAS_CITY) && get_term(s, &e->city)) ||
      ((flags & HAS_HOST) && get_term(s, &e->host)) || ((flags & HAS_LABEL) && get_term(s, &e->label)) ||
      get_u32(s, &na) || get_u32(s, &nd) || get_terms(s, na, &e->attendees) || get_terms(s, nd, &e->docs))
    return -1;
  e->nattendees = na;
  e->ndocs = nd;
  return 1;
}

int nkg_spill_read(nkg_spill *spill, size_t bucket, nkg_spill_reader read, void *ctx) {
  FILE *f = spill->bucket[bucket];
  if (spill->failed) return -1;
  if (!f) return 0;
  if (fflush(f) || fseek(f, 0, SEEK_SET)) goto fail;
  nkg_arena arena;
  nkg_arena_init(&arena, 16 * 1024);
  source s = {f, &arena};
  nkg_spilled_event e;
  int got;
  while ((got = get_event(&s, &e)) == 1) {
    read(ctx, &e);
    nkg_arena_reset(&arena);
  }
  nkg_arena_free(&arena);
  if (got == 0) return 0;
fail:
  if (!spill->failed) spill->error = errno ? errno : EIO;
  spill->failed = 1;
  return -1;
}

void nkg_spill_close(nkg_spill *spill) {
  for (size_t i = 0; i < NKG_SPILL_BUCKETS; i++)
    if (spill->bucket[i]) fclose(spill->bucket[i]);
  memset(spill, 0, sizeof *spill);
}
