/* The text stage: checking, cleaning and segmenting a document.
 *
 * Offsets are byte offsets into the *cleaned* text, which is what provenance
 * (NIF) annotations point into. */
#ifndef NKG_TEXT_H
#define NKG_TEXT_H
#include <stddef.h>
#include <stdint.h>

#include "../util/arena.h"
#include "newskg.h"

/* NKG_OK for non-empty UTF-8 text; else EMPTY, BINARY (NUL byte) or ENCODING,
 * with the offending byte offset in *bad_offset. */
nkg_status nkg_text_check(const char *bytes, size_t len, size_t *bad_offset);

/* Decodes a document's bytes to NUL-terminated UTF-8 in *out (malloc'd): UTF-8 as it
 * is, UTF-16/32 by their byte-order mark, Cyrillic single-byte encodings found by ICU's
 * detector, or `encoding` when given.  Invalid UTF-8 is replaced and reported. */
nkg_status nkg_decode(const char *bytes, size_t len, const char *encoding, const char *path, char **out,
                      size_t *out_len, nkg_diag_fn diag, void *ctx);

/* Whether decoded text is an HTML page (it starts with markup and has the tags of a page's
 * skeleton) rather than plain text that mentions a tag. */
int nkg_text_is_html(const char *text, size_t len);

/* The text a browser shows of an HTML page (libxml2's HTML parser): text nodes only, no
 * comments, attributes, scripts, styles or hidden elements; a line for each block
 * element, white space collapsed inside it.  NUL-terminated and malloc'd; NULL when the
 * page cannot be parsed or memory runs out. */
char *nkg_html_visible_text(const char *html, size_t len, size_t *out_len);

/* A document's text from its bytes, as nkg_read_document makes it: nkg_decode, then of an
 * HTML page the text a browser shows (a note says so).  NKG_ERR_EMPTY when nothing is
 * left; *text is malloc'd and NUL-terminated. */
nkg_status nkg_document_text(const char *bytes, size_t n, const char *encoding, const char *path, char **text,
                             size_t *len, nkg_diag_fn diag, void *diag_ctx);

/* Cleans UTF-8 text for extraction: NFC; soft hyphens, zero-width and odd spaces;
 * Latin look-alike letters inside Cyrillic words; markdown; lines without words;
 * paragraphs repeated (a page header in mid-sentence); lines broken inside a
 * sentence or a word.  Returns a NUL-terminated string in `arena`. */
char *nkg_text_clean(const char *text, size_t len, nkg_arena *arena, size_t *out_len);

enum nkg_token_kind { NKG_TOK_WORD, NKG_TOK_NUMBER, NKG_TOK_PUNCT };

enum nkg_token_flags {
  NKG_TF_CAP = 1 << 0,        /* first letter upper case */
  NKG_TF_UPPER = 1 << 1,      /* two or more letters, all upper case: an abbreviation */
  NKG_TF_CYRILLIC = 1 << 2,   /* has a Cyrillic letter */
  NKG_TF_SPACE_BEFORE = 1 << 3,
  NKG_TF_LINE_START = 1 << 4, /* first token of a line */
  NKG_TF_HYPHENATED = 1 << 5  /* words joined by a hyphen ("Чолпон-Ата") */
};

typedef struct {
  uint32_t start, end; /* bytes in the cleaned text */
  uint16_t kind, flags;
  uint32_t sentence;
  const char *surface; /* the token as written (not NUL-terminated: end - start bytes) */
  const char *lower; /* lower case, ё folded to е */
  const char *stem;  /* Snowball stem of `lower` (words only; else == lower) */
  /* The segmenter's number for this word form (its folded text), the same in every
   * document a segmenter reads; NKG_NO_WORD when it has none. */
  uint32_t word;
  /* The lexicon's word ids for this token, looked up once per document by
   * nkg_lex_annotate (the matcher asks for them at every position that reaches it). */
  uint8_t word_ids_known, nword_ids;
  uint32_t word_ids[9];
} nkg_token;

#define NKG_NO_WORD UINT32_MAX

typedef struct {
  uint32_t first, count; /* tokens */
  uint32_t start, end;   /* bytes */
  uint32_t line;         /* 0-based line of the cleaned text where it starts */
} nkg_sentence;

typedef struct {
  const char *text;
  size_t len;
  nkg_token *tokens;
  size_t ntokens;
  nkg_sentence *sentences;
  size_t nsentences;
} nkg_segmented;

/* Boundaries by UAX #29's rules with ICU's character classes (breaks.c). */
typedef enum { NKG_WORD_SPACE, NKG_WORD_PUNCT, NKG_WORD_NUMBER, NKG_WORD_LETTERS } nkg_word_kind;
/* Fills the class tables; call once before the functions below (thread-safe). */
void nkg_breaks_init(void);
/* The end of the word segment (a word, a number, a punctuation mark or a run of
 * spaces) that starts at `pos`, with nothing read at or past `end`. */
size_t nkg_next_word(const char *text, size_t pos, size_t end, nkg_word_kind *kind);
/* The end of the sentence that starts at `pos`. */
size_t nkg_next_sentence(const char *text, size_t pos, size_t end);

/* A segmenter holds a stemmer and its cache: one per thread. */
typedef struct nkg_segmenter nkg_segmenter;
nkg_segmenter *nkg_segmenter_new(void);
void nkg_segmenter_free(nkg_segmenter *s);

/* Splits text into sentences and tokens; everything is allocated in `arena`. */
nkg_status nkg_segment(nkg_segmenter *s, const char *text, size_t len, nkg_arena *arena,
                       nkg_segmented *out);

/* Lower-cases UTF-8 and folds ё to е; returns a string in `arena`. */
char *nkg_fold(nkg_arena *arena, const char *s, size_t len);
/* Stem of an already folded word; the result lives in `arena`.  `word`, when not NULL,
 * receives the word form's number (see nkg_token.word). */
const char *nkg_stem(nkg_segmenter *s, nkg_arena *arena, const char *folded, size_t len, uint32_t *word);

/* Splits a short phrase (a lexicon label) into tokens the way nkg_segment does. */
size_t nkg_tokenize_phrase(nkg_segmenter *s, const char *text, nkg_arena *arena,
                           nkg_token **out);

#endif
