/* HTML saved as text: a page a crawler stored as .txt is read as a browser shows it.
 *
 * libxml2's HTML parser (the one raptor already uses) builds the tree, forgiving the tag
 * soup of real pages; newskg then takes the text nodes a reader sees, in order: not
 * comments, not attributes (alt=, title=, content=), not scripts (nor the JSON-LD inside
 * them), styles, templates, the head, or elements the page hides.  Block elements become
 * line breaks, so that a heading, a caption and a paragraph do not run into one sentence;
 * inside a block, white space collapses the way a browser collapses it. */
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#include "text.h"

static pthread_once_t init_once = PTHREAD_ONCE_INIT;
static void init_parser(void) { xmlInitParser(); } /* once, before threads parse */

/* Tags whose content no reader sees. */
static int unseen(const char *tag) {
  static const char *const tags[] = {"script", "style", "noscript", "template", "head", "title", "iframe",
                                     "object", "embed", "svg", "math", "canvas", "audio", "video", "map"};
  for (size_t i = 0; i < sizeof tags / sizeof *tags; i++)
    if (!strcasecmp(tag, tags[i])) return 1;
  return 0;
}

/* Tags that begin and end a block of text: a line of their own. */
static int block(const char *tag) {
  static const char *const tags[] = {
      "address", "article", "aside",  "blockquote", "br",     "caption", "dd",      "details", "dialog", "div",
      "dl",      "dt",      "fieldset", "figcaption", "figure", "footer",  "form",    "h1",      "h2",     "h3",
      "h4",      "h5",      "h6",     "header",     "hgroup", "hr",      "li",      "main",    "nav",    "ol",
      "option",  "p",       "pre",    "section",    "summary", "table",  "tbody",   "td",      "tfoot",  "th",
      "thead",   "tr",      "ul",     "body",       "html",   "legend",  "menu",    "select",  "textarea"};
  for (size_t i = 0; i < sizeof tags / sizeof *tags; i++)
    if (!strcasecmp(tag, tags[i])) return 1;
  return 0;
}

/* The page hides it: the hidden attribute, or an inline style display:none or
 * visibility:hidden (spaces and case as they come). */
static int hidden(xmlNode *n) {
  if (xmlHasProp(n, (const xmlChar *)"hidden")) return 1;
  xmlChar *style = xmlGetProp(n, (const xmlChar *)"style");
  if (!style) return 0;
  char squeezed[256];
  size_t k = 0;
  for (const xmlChar *c = style; *c && k + 1 < sizeof squeezed; c++)
    if (*c != ' ' && *c != '\t' && *c != '\n' && *c != '\r') squeezed[k++] = (char)(*c >= 'A' && *c <= 'Z' ? *c + 32 : *c);
  squeezed[k] = '\0';
  xmlFree(style);
  return strstr(squeezed, "display:none") || strstr(squeezed, "visibility:hidden");
}

typedef struct {
  char *s;
  size_t len, cap;
  int space_pending; /* white space seen since the last character written */
  int ok;
} text_buf;

static void put(text_buf *b, const char *s, size_t n) {
  if (!b->ok) return;
  if (b->len + n + 1 > b->cap) {
    size_t cap = (b->len + n + 1) * 2;
    char *bigger = realloc(b->s, cap);
    if (!bigger) {
      b->ok = 0;
      return;
    }
    b->s = bigger;
    b->cap = cap;
  }
  memcpy(b->s + b->len, s, n);
  b->len += n;
}

static void line_break(text_buf *b) {
  b->space_pending = 0;
  if (b->len && b->s[b->len - 1] != '\n') put(b, "\n", 1);
}

static int html_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

static void text_node(text_buf *b, const char *s, int preformatted) {
  if (preformatted) {
    put(b, s, strlen(s));
    return;
  }
  for (const char *p = s; *p;) {
    if (html_space(*p)) {
      b->space_pending = 1;
      p++;
      continue;
    }
    if (b->space_pending && b->len && b->s[b->len - 1] != '\n') put(b, " ", 1);
    b->space_pending = 0;
    const char *q = p;
    while (*q && !html_space(*q)) q++;
    put(b, p, (size_t)(q - p));
    p = q;
  }
}

/* Leaving an element: the end of a block or of preformatted text. */
static void leave(text_buf *b, xmlNode *n, int *preformatted) {
  const char *tag = (const char *)n->name;
  if (!strcasecmp(tag, "pre")) --*preformatted;
  if (block(tag)) line_break(b);
}

/* The tree in document order, without recursion: a hostile page can nest deeper than a
 * stack should go. */
static void walk(text_buf *b, xmlNode *first) {
  int preformatted = 0;
  xmlNode *n = first;
  while (n) {
    int descend = 0;
    if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
      if (n->content) text_node(b, (const char *)n->content, preformatted > 0);
    } else if (n->type == XML_ELEMENT_NODE && n->name && !unseen((const char *)n->name) && !hidden(n)) {
      /* (comments and processing instructions are neither) */
      const char *tag = (const char *)n->name;
      if (block(tag)) line_break(b);
      if (!strcasecmp(tag, "pre")) preformatted++;
      descend = 1;
    }
    if (descend && n->children) {
      n = n->children;
      continue;
    }
    if (descend) leave(b, n, &preformatted);
    while (n && !n->next) { /* the last child: back up, leaving each parent */
      n = n->parent;
      if (!n || n->type != XML_ELEMENT_NODE) return; /* the document itself */
      leave(b, n, &preformatted);
    }
    n = n ? n->next : NULL;
  }
}

int nkg_text_is_html(const char *text, size_t len) {
  size_t i = 0;
  if (len >= 3 && !memcmp(text, "\xEF\xBB\xBF", 3)) i = 3;
  while (i < len && html_space(text[i])) i++;
  if (i + 2 > len || text[i] != '<') return 0;
  /* a page starts with a doctype, a comment or a tag; count the tags of a page's skeleton
   * in the first 64 KB: a text that only quotes "<html>" does not start with it */
  static const char *const skeleton[] = {"<html", "<head", "<body", "<meta", "<title", "<div", "<p>", "<p ",
                                         "</p>", "<br", "<script", "<!doctype", "<span", "<article", "<a "};
  size_t end = len < 65536 ? len : 65536, found = 0;
  for (size_t k = 0; k < sizeof skeleton / sizeof *skeleton; k++) {
    size_t n = strlen(skeleton[k]);
    for (size_t p = i; p + n <= end; p++)
      if (text[p] == '<' && !strncasecmp(text + p, skeleton[k], n)) {
        found++;
        break;
      }
  }
  return found >= 2;
}

char *nkg_html_visible_text(const char *html, size_t len, size_t *out_len) {
  pthread_once(&init_once, init_parser);
  *out_len = 0;
  if (len > (size_t)INT32_MAX) return NULL;
  htmlParserCtxtPtr ctxt = htmlNewParserCtxt();
  if (!ctxt) return NULL;
  /* the text is UTF-8 already (decode.c): a <meta charset> must not decode it again.
   * XML_PARSE_HUGE: a long text node is read whole, not cut at 10 MB */
  htmlDocPtr doc = htmlCtxtReadMemory(ctxt, html, (int)len, NULL, "UTF-8",
                                      HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                                          HTML_PARSE_NONET | HTML_PARSE_NOIMPLIED | HTML_PARSE_COMPACT | XML_PARSE_HUGE);
  /* tag soup is recovered from; a parser that gave up (nesting deeper than its limit, no
   * memory) would drop the rest of the page, so the caller reads it as plain text instead */
  int gave_up = ctxt->errNo == XML_ERR_INTERNAL_ERROR || ctxt->errNo == XML_ERR_NO_MEMORY;
  htmlFreeParserCtxt(ctxt);
  if (doc && gave_up) {
    xmlFreeDoc(doc);
    doc = NULL;
  }
  if (!doc) return NULL;
  text_buf b = {.ok = 1};
  walk(&b, doc->children);
  xmlFreeDoc(doc);
  put(&b, "\n", 1);
  if (!b.ok) {
    free(b.s);
    return NULL;
  }
  b.s[b.len] = '\0';
  *out_len = b.len;
  return b.s;
}
