#include "results.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

enum { TABLE_SAMPLE = 1000 }; /* rows a table reads before it sizes its columns */

struct nkg_results_writer {
  FILE *out;
  nkg_results_format format;
  int count;
  char **names;
  size_t rows;
  int failed;
  /* table: the first rows, kept to size the columns, then written as they come */
  char **sample;
  size_t sampled;
  size_t *width;
  int header_done;
};

/* ---- growing strings */

typedef struct {
  char *s;
  size_t len, cap;
  int oom;
} buf;

static void put(buf *b, const char *s, size_t n) {
  if (b->oom) return;
  if (b->len + n + 1 > b->cap) {
    size_t cap = b->cap ? b->cap : 64;
    while (cap < b->len + n + 1) cap *= 2;
    char *p = realloc(b->s, cap);
    if (!p) {
      b->oom = 1;
      return;
    }
    b->s = p;
    b->cap = cap;
  }
  memcpy(b->s + b->len, s, n);
  b->len += n;
  b->s[b->len] = '\0';
}

static void puts_(buf *b, const char *s) { put(b, s, strlen(s)); }

/* One UTF-8 sequence at s (n bytes left): its code point and length, or -1. */
static int32_t decode(const unsigned char *s, size_t n, size_t *len) {
  unsigned char c = s[0];
  int k = c < 0x80 ? 0 : c < 0xC2 ? -1 : c < 0xE0 ? 1 : c < 0xF0 ? 2 : c < 0xF5 ? 3 : -1;
  if (k < 0 || (size_t)k >= n) return *len = 1, -1;
  int32_t cp = k == 0 ? c : k == 1 ? c & 0x1F : k == 2 ? c & 0x0F : c & 0x07;
  for (int i = 1; i <= k; i++) {
    if ((s[i] & 0xC0) != 0x80) return *len = 1, -1;
    cp = (cp << 6) | (s[i] & 0x3F);
  }
  if ((k == 2 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) || (k == 3 && (cp < 0x10000 || cp > 0x10FFFF)))
    return *len = 1, -1;
  *len = (size_t)k + 1;
  return cp;
}

/* Characters that steer a terminal or the direction of text. */
static int is_control(int32_t cp) {
  return cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp <= 0x9F) || cp == 0x061C || cp == 0x200E || cp == 0x200F ||
         (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);
}

enum { ESC_TERMINAL, ESC_TURTLE, ESC_JSON };

/* s escaped for a terminal (controls visible: \n, \u001B; bad bytes \xFF), a Turtle
 * string (ECHAR, UCHAR) or a JSON string. keep_newlines: CSV quotes them instead. */
static void escaped(buf *b, const char *s, int mode, int keep_newlines) {
  const unsigned char *p = (const unsigned char *)s;
  size_t n = strlen(s);
  char tmp[16];
  while (n) {
    size_t len;
    int32_t cp = decode(p, n, &len);
    if (cp < 0) {
      if (mode == ESC_TERMINAL) {
        snprintf(tmp, sizeof tmp, "\\x%02X", *p);
        puts_(b, tmp);
      } else
        puts_(b, "\xEF\xBF\xBD"); /* U+FFFD: the outputs must be UTF-8 */
    } else if (mode != ESC_TERMINAL && (cp == '"' || cp == '\\')) {
      put(b, "\\", 1);
      put(b, (const char *)p, 1);
    } else if (keep_newlines && (cp == '\n' || cp == '\r' || cp == '\t')) {
      put(b, (const char *)p, 1);
    } else if (mode == ESC_JSON ? (cp < 0x20 || cp == 0x2028 || cp == 0x2029) : is_control(cp)) {
      const char *shortform = cp == '\n' ? "\\n" : cp == '\t' ? "\\t" : cp == '\r' ? "\\r" : NULL;
      if (shortform)
        puts_(b, shortform);
      else {
        snprintf(tmp, sizeof tmp, "\\u%04X", (unsigned)cp);
        puts_(b, tmp);
      }
    } else
      put(b, (const char *)p, len);
    p += len;
    n -= len;
  }
}

static const char *lexical(rasqal_literal *l) {
  const unsigned char *s = rasqal_literal_as_string(l);
  return s ? (const char *)s : "";
}

/* A value as a reader wants it: the text of a literal, an IRI as it is, _:b for a blank. */
static void plain(buf *b, rasqal_literal *l, int keep_newlines) {
  if (!l) return;
  rasqal_literal_type t = rasqal_literal_get_rdf_term_type(l);
  if (t == RASQAL_LITERAL_BLANK) puts_(b, "_:");
  escaped(b, t == RASQAL_LITERAL_URI ? (const char *)raptor_uri_as_string(l->value.uri) : lexical(l), ESC_TERMINAL,
          keep_newlines);
}

static const char *datatype_of(rasqal_literal *l) {
  return l->datatype ? (const char *)raptor_uri_as_string(l->datatype) : NULL;
}

/* TSV: an RDF term in Turtle syntax. */
static void term(buf *b, rasqal_literal *l) {
  if (!l) return;
  rasqal_literal_type t = rasqal_literal_get_rdf_term_type(l);
  if (t == RASQAL_LITERAL_URI) {
    put(b, "<", 1);
    escaped(b, (const char *)raptor_uri_as_string(l->value.uri), ESC_TURTLE, 0);
    put(b, ">", 1);
  } else if (t == RASQAL_LITERAL_BLANK) {
    puts_(b, "_:");
    puts_(b, lexical(l));
  } else {
    put(b, "\"", 1);
    escaped(b, lexical(l), ESC_TURTLE, 0);
    put(b, "\"", 1);
    if (l->language && *l->language) {
      put(b, "@", 1);
      puts_(b, l->language);
    } else if (datatype_of(l)) {
      puts_(b, "^^<");
      puts_(b, datatype_of(l));
      put(b, ">", 1);
    }
  }
}

static void json_string(buf *b, const char *s) {
  put(b, "\"", 1);
  escaped(b, s, ESC_JSON, 0);
  put(b, "\"", 1);
}

static void json_term(buf *b, const char *name, rasqal_literal *l) {
  rasqal_literal_type t = rasqal_literal_get_rdf_term_type(l);
  json_string(b, name);
  puts_(b, ": { \"type\": ");
  if (t == RASQAL_LITERAL_URI) {
    puts_(b, "\"uri\", \"value\": ");
    json_string(b, (const char *)raptor_uri_as_string(l->value.uri));
  } else if (t == RASQAL_LITERAL_BLANK) {
    puts_(b, "\"bnode\", \"value\": ");
    json_string(b, lexical(l));
  } else {
    puts_(b, "\"literal\", \"value\": ");
    json_string(b, lexical(l));
    if (l->language && *l->language) {
      puts_(b, ", \"xml:lang\": ");
      json_string(b, l->language);
    } else if (datatype_of(l)) {
      puts_(b, ", \"datatype\": ");
      json_string(b, datatype_of(l));
    }
  }
  puts_(b, " }");
}

/* CSV: a field in quotes when it holds a quote, comma or line break. */
static void csv_field(buf *b, rasqal_literal *l) {
  buf v = {0};
  plain(&v, l, 1);
  if (v.s && strpbrk(v.s, "\",\r\n")) {
    put(b, "\"", 1);
    for (const char *p = v.s; *p; p++) {
      if (*p == '"') put(b, "\"", 1);
      put(b, p, 1);
    }
    put(b, "\"", 1);
  } else if (v.s)
    puts_(b, v.s);
  b->oom |= v.oom;
  free(v.s);
}

/* Display width of UTF-8: code points, which is right for Cyrillic and Latin. */
static size_t width(const char *s) {
  size_t w = 0;
  for (; *s; s++) w += ((unsigned char)*s & 0xC0) != 0x80;
  return w;
}

static void emit(nkg_results_writer *w, buf *b) {
  if (b->oom) w->failed = 1;
  if (b->s && fwrite(b->s, 1, b->len, w->out) != b->len) w->failed = 1;
  free(b->s);
  *b = (buf){0};
}

static void table_line(nkg_results_writer *w, char **cells) {
  buf b = {0};
  for (int c = 0; c < w->count; c++) {
    if (c) puts_(&b, "  ");
    puts_(&b, cells[c]);
    if (c + 1 < w->count)
      for (size_t k = width(cells[c]); k < w->width[c]; k++) put(&b, " ", 1);
  }
  put(&b, "\n", 1);
  emit(w, &b);
}

/* The header and the sampled rows, once the columns have their widths. */
static void table_flush(nkg_results_writer *w) {
  if (w->header_done) return;
  w->header_done = 1;
  table_line(w, w->names);
  buf b = {0};
  for (int c = 0; c < w->count; c++) {
    if (c) puts_(&b, "  ");
    for (size_t k = 0; k < w->width[c]; k++) put(&b, "-", 1);
  }
  put(&b, "\n", 1);
  emit(w, &b);
  for (size_t r = 0; r < w->sampled; r++) {
    table_line(w, w->sample + r * (size_t)w->count);
    for (int c = 0; c < w->count; c++) free(w->sample[r * (size_t)w->count + (size_t)c]);
  }
  w->sampled = 0;
}

nkg_results_writer *nkg_results_begin(FILE *out, nkg_results_format format, const char *const *names, int count) {
  nkg_results_writer *w = calloc(1, sizeof *w);
  if (!w) return NULL;
  w->out = out;
  w->format = format;
  w->count = count;
  w->names = calloc((size_t)count + 1, sizeof *w->names);
  w->width = calloc((size_t)count + 1, sizeof *w->width);
  if (format == NKG_RESULTS_TABLE) w->sample = calloc((size_t)TABLE_SAMPLE * (size_t)(count ? count : 1), sizeof(char *));
  if (!w->names || !w->width || (format == NKG_RESULTS_TABLE && !w->sample)) {
    nkg_results_end(w, NULL);
    return NULL;
  }
  for (int c = 0; c < count; c++) {
    buf b = {0};
    escaped(&b, names[c] ? names[c] : "?", ESC_TERMINAL, 0);
    w->names[c] = b.s ? b.s : strdup("");
    w->width[c] = width(w->names[c]);
  }
  buf b = {0};
  switch (format) {
    case NKG_RESULTS_CSV:
    case NKG_RESULTS_TSV:
      for (int c = 0; c < count; c++) {
        if (c) put(&b, format == NKG_RESULTS_CSV ? "," : "\t", 1);
        if (format == NKG_RESULTS_TSV) put(&b, "?", 1);
        puts_(&b, w->names[c]);
      }
      puts_(&b, format == NKG_RESULTS_CSV ? "\r\n" : "\n");
      break;
    case NKG_RESULTS_JSON:
      puts_(&b, "{\n  \"head\": { \"vars\": [");
      for (int c = 0; c < count; c++) {
        if (c) puts_(&b, ", ");
        json_string(&b, names[c] ? names[c] : "");
      }
      puts_(&b, "] },\n  \"results\": { \"bindings\": [");
      break;
    case NKG_RESULTS_TABLE:
      break;
  }
  emit(w, &b);
  return w;
}

int nkg_results_row(nkg_results_writer *w, rasqal_literal **values) {
  buf b = {0};
  switch (w->format) {
    case NKG_RESULTS_TABLE:
      if (w->header_done) {
        char **cells = calloc((size_t)w->count + 1, sizeof *cells);
        if (!cells) return w->failed = 1, -1;
        for (int c = 0; c < w->count; c++) {
          buf v = {0};
          plain(&v, values[c], 0);
          cells[c] = v.s ? v.s : strdup("");
        }
        table_line(w, cells);
        for (int c = 0; c < w->count; c++) free(cells[c]);
        free(cells);
        break;
      }
      for (int c = 0; c < w->count; c++) {
        buf v = {0};
        plain(&v, values[c], 0);
        char *cell = v.s ? v.s : strdup("");
        if (!cell || v.oom) w->failed = 1;
        w->sample[w->sampled * (size_t)w->count + (size_t)c] = cell;
        if (cell && width(cell) > w->width[c]) w->width[c] = width(cell);
      }
      if (++w->sampled == TABLE_SAMPLE) table_flush(w);
      break;
    case NKG_RESULTS_CSV:
    case NKG_RESULTS_TSV:
      for (int c = 0; c < w->count; c++) {
        if (c) put(&b, w->format == NKG_RESULTS_CSV ? "," : "\t", 1);
        if (w->format == NKG_RESULTS_CSV)
          csv_field(&b, values[c]);
        else
          term(&b, values[c]);
      }
      puts_(&b, w->format == NKG_RESULTS_CSV ? "\r\n" : "\n");
      break;
    case NKG_RESULTS_JSON: {
      puts_(&b, w->rows ? ",\n    {" : "\n    {");
      int first = 1;
      for (int c = 0; c < w->count; c++) {
        if (!values[c]) continue;
        puts_(&b, first ? " " : ", ");
        first = 0;
        json_term(&b, w->names[c], values[c]);
      }
      puts_(&b, first ? "}" : " }");
      break;
    }
  }
  emit(w, &b);
  w->rows++;
  return w->failed ? -1 : 0;
}

int nkg_results_end(nkg_results_writer *w, size_t *rows) {
  if (w->format == NKG_RESULTS_TABLE && w->sample) table_flush(w);
  if (w->format == NKG_RESULTS_JSON && w->names) {
    buf b = {0};
    puts_(&b, w->rows ? "\n  ] }\n}\n" : "] }\n}\n");
    emit(w, &b);
  }
  if (fflush(w->out) || ferror(w->out)) w->failed = 1;
  if (rows) *rows = w->rows;
  int status = w->failed ? -1 : 0;
  for (int c = 0; w->names && c < w->count; c++) free(w->names[c]);
  free(w->names);
  free(w->width);
  free(w->sample);
  free(w);
  return status;
}

int nkg_results_boolean(FILE *out, nkg_results_format format, int value) {
  if (format == NKG_RESULTS_JSON)
    fprintf(out, "{\n  \"head\": {},\n  \"boolean\": %s\n}\n", value ? "true" : "false");
  else
    fprintf(out, "%s\n", value ? "true" : "false");
  return fflush(out) || ferror(out) ? -1 : 0;
}
