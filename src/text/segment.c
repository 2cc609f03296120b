/* Segmentation: sentences and words by UAX #29 (breaks.c), then two repairs of its
 * word rules for Russian news: words joined by a hyphen are one token ("Чолпон-Ата",
 * "Касым-Жомарт") and an initial glued to a surname is two ("С.Жапаров"). */
#include <libstemmer.h>
#include <stdlib.h>
#include <string.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "../util/strmap.h"
#include "text.h"

/* What a word written one way folds and stems to, and its flags. */
typedef struct {
  const char *lower, *stem;
  uint32_t word;
  uint16_t flags, kind;
} written_form;

struct nkg_segmenter {
  struct sb_stemmer *stemmer;
  nkg_strmap stem_cache;   /* folded word -> index into stems */
  nkg_vec stems;           /* const char * owned by the cache's arena */
  nkg_strmap written;      /* a word as written -> index into forms */
  nkg_vec forms;           /* written_form; strings in the caches' arenas */
};

enum { CACHE_LIMIT = 500000 }; /* bounded: past this, rare words are not kept */

nkg_segmenter *nkg_segmenter_new(void) {
  nkg_segmenter *s = calloc(1, sizeof *s);
  if (!s) return NULL;
  nkg_breaks_init();
  s->stemmer = sb_stemmer_new("russian", "UTF_8");
  nkg_strmap_init(&s->stem_cache);
  nkg_vec_init(&s->stems, sizeof(const char *));
  nkg_strmap_init(&s->written);
  nkg_vec_init(&s->forms, sizeof(written_form));
  if (!s->stemmer) {
    nkg_segmenter_free(s);
    return NULL;
  }
  return s;
}

void nkg_segmenter_free(nkg_segmenter *s) {
  if (!s) return;
  if (s->stemmer) sb_stemmer_delete(s->stemmer);
  nkg_strmap_free(&s->stem_cache);
  nkg_vec_free(&s->stems);
  nkg_strmap_free(&s->written);
  nkg_vec_free(&s->forms);
  free(s);
}

/* Lower case of a Cyrillic capital in U+0400..U+042F (Ё folded to е); 0 for others. */
static UChar32 cyrillic_lower(UChar32 c) {
  if (c >= 0x410 && c <= 0x42F) return c + 0x20;
  if (c == 0x401) return 0x435;
  if (c >= 0x400 && c <= 0x40F) return c + 0x50;
  return 0;
}

char *nkg_fold(nkg_arena *arena, const char *s, size_t len) {
  char *out = nkg_arena_alloc(arena, len * 2 + 1);
  size_t o = 0;
  for (size_t i = 0; i < len;) {
    unsigned char b = (unsigned char)s[i];
    if (b < 0x80) {
      out[o++] = (char)(b >= 'A' && b <= 'Z' ? b + 32 : b);
      i++;
      continue;
    }
    /* А..я in their UTF-8 bytes: D0 90..AF are capitals, D0 B0..BF and D1 80..8F small */
    unsigned char b2 = i + 1 < len ? (unsigned char)s[i + 1] : 0;
    if (b == 0xD0 && b2 >= 0x90 && b2 <= 0xBF) {
      if (b2 < 0xA0) {
        out[o++] = (char)0xD0;
        out[o++] = (char)(b2 + 0x20);
      } else if (b2 < 0xB0) {
        out[o++] = (char)0xD1;
        out[o++] = (char)(b2 - 0x20);
      } else {
        out[o++] = (char)0xD0;
        out[o++] = (char)b2;
      }
      i += 2;
      continue;
    }
    if (b == 0xD1 && b2 >= 0x80 && b2 <= 0x8F) {
      out[o++] = (char)0xD1;
      out[o++] = (char)b2;
      i += 2;
      continue;
    }
    UChar32 c;
    U8_NEXT(s, i, len, c);
    if (c < 0) continue;
    UChar32 lower = cyrillic_lower(c);
    if (lower)
      c = lower;
    else if (c < 0x430 || c > 0x44F) /* а..я are lower case already */
      c = u_tolower(c);
    if (c == 0x451) c = 0x435; /* ё -> е */
    UBool e = 0;
    U8_APPEND(out, o, len * 2 + 1, c, e);
    (void)e;
  }
  out[o] = '\0';
  return out;
}

const char *nkg_stem(nkg_segmenter *s, nkg_arena *arena, const char *folded, size_t len, uint32_t *word) {
  /* words repeat a lot: a cache keeps the stemmer off the hot path */
  uint32_t *hit = nkg_strmap_get(&s->stem_cache, folded, len);
  if (word) *word = hit ? *hit : NKG_NO_WORD;
  if (hit) return *(const char **)nkg_vec_at(&s->stems, *hit);
  const sb_symbol *st = sb_stemmer_stem(s->stemmer, (const sb_symbol *)folded, (int)len);
  int slen = sb_stemmer_length(s->stemmer);
  if (!st) {
    st = (const sb_symbol *)folded;
    slen = (int)len;
  }
  if (s->stem_cache.count > CACHE_LIMIT)
    return nkg_arena_strndup(arena, (const char *)st, (size_t)slen);
  const char *copy = nkg_arena_strndup(&s->stem_cache.keys, (const char *)st, (size_t)slen);
  *(const char **)nkg_vec_push(&s->stems) = copy;
  uint32_t index = (uint32_t)(s->stems.count - 1);
  nkg_strmap_put(&s->stem_cache, folded, len, index, NULL);
  if (word) *word = index;
  return copy;
}

static int is_hyphen(const char *t, uint32_t a, uint32_t b) {
  return b - a == 1 ? t[a] == '-' : (b - a == 3 && memcmp(t + a, "\xE2\x80\x90", 3) == 0);
}

static uint16_t word_flags(const char *t, uint32_t a, uint32_t b) {
  uint16_t f = 0;
  int letters = 0, upper = 0, first = 1;
  for (uint32_t i = a; i < b;) {
    unsigned char b1 = (unsigned char)t[i], b2 = i + 1 < b ? (unsigned char)t[i + 1] : 0;
    UChar32 c;
    int is_upper;
    if ((b1 == 0xD0 && b2 >= 0x90) || (b1 == 0xD1 && b2 >= 0x80 && b2 <= 0x8F)) { /* А..я in UTF-8 */
      c = 0x410; /* any Cyrillic letter will do below */
      is_upper = b1 == 0xD0 && b2 < 0xB0;
      i += 2;
    } else {
      U8_NEXT(t, i, b, c);
      if (c < 0 || !u_isalpha(c)) continue;
      is_upper = u_isupper(c);
    }
    letters++;
    if (is_upper) upper++;
    if (first && is_upper) f |= NKG_TF_CAP;
    first = 0;
    if (c >= 0x400 && c <= 0x52F) f |= NKG_TF_CYRILLIC;
  }
  if (letters >= 2 && upper == letters) f |= NKG_TF_UPPER;
  return f;
}

typedef struct {
  uint32_t start, end;
  uint16_t kind;
} raw_tok;

/* The word segments of [from, to), with the two repairs applied. */
static size_t raw_tokens(const char *text, uint32_t from, uint32_t to, nkg_vec *out) {
  size_t before = out->count;
  for (uint32_t sa = from, sb; sa < to; sa = sb) {
    nkg_word_kind wk;
    sb = (uint32_t)nkg_next_word(text, sa, to, &wk);
    if (wk == NKG_WORD_SPACE && (text[sa] == ' ' || text[sa] == '\n')) continue; /* other spaces are marks */
    uint16_t kind = wk == NKG_WORD_NUMBER ? NKG_TOK_NUMBER : wk == NKG_WORD_LETTERS ? NKG_TOK_WORD : NKG_TOK_PUNCT;
    if (kind == NKG_TOK_WORD) {
      /* "С.Жапаров": UAX #29 keeps letters around a full stop together; split them */
      uint32_t p = sa;
      for (uint32_t q = sa; q < sb; q++)
        if (text[q] == '.') {
          if (q > p) *(raw_tok *)nkg_vec_push(out) = (raw_tok){p, q, NKG_TOK_WORD};
          *(raw_tok *)nkg_vec_push(out) = (raw_tok){q, q + 1, NKG_TOK_PUNCT};
          p = q + 1;
        }
      if (p < sb) *(raw_tok *)nkg_vec_push(out) = (raw_tok){p, sb, NKG_TOK_WORD};
      continue;
    }
    *(raw_tok *)nkg_vec_push(out) = (raw_tok){sa, sb, kind};
  }
  /* "Чолпон" "-" "Ата" -> "Чолпон-Ата" when nothing separates them */
  raw_tok *t = (raw_tok *)out->items + before;
  size_t n = out->count - before, k = 0;
  for (size_t i = 0; i < n; i++) {
    if (k > 0 && i + 1 < n && t[k - 1].kind == NKG_TOK_WORD && t[i].start == t[k - 1].end &&
        is_hyphen(text, t[i].start, t[i].end) && t[i + 1].kind == NKG_TOK_WORD &&
        t[i + 1].start == t[i].end) {
      t[k - 1].end = t[i + 1].end;
      t[k - 1].kind = NKG_TOK_WORD | 0x100; /* mark: hyphenated */
      i++;
      continue;
    }
    t[k++] = t[i];
  }
  out->count = before + k;
  return k;
}

static void fill_token(nkg_segmenter *s, nkg_arena *arena, const char *text, const raw_tok *r,
                       nkg_token *t) {
  t->start = r->start;
  t->end = r->end;
  t->kind = r->kind & 0xFF;
  t->flags = 0;
  t->surface = text + r->start;
  t->word = NKG_NO_WORD;
  if (r->kind & 0x100) t->flags |= NKG_TF_HYPHENATED;
  uint32_t len = r->end - r->start;
  /* a token is written the same way again and again: fold and stem it once, and keep
   * it, so that a token costs a lookup and no allocation */
  const uint32_t *known = nkg_strmap_get(&s->written, t->surface, len);
  const written_form *f = known ? nkg_vec_at(&s->forms, *known) : NULL;
  if (f && f->kind == t->kind) {
    t->flags |= f->flags;
    t->lower = f->lower;
    t->stem = f->stem;
    t->word = f->word;
    return;
  }
  /* new: kept in the table while it has room (and the form is not known as another kind) */
  int keep = !known && s->written.count <= CACHE_LIMIT;
  nkg_arena *into = keep ? &s->written.keys : arena;
  uint16_t flags = 0;
  if (t->kind == NKG_TOK_WORD) {
    flags = word_flags(text, r->start, r->end);
    t->flags |= flags;
    t->lower = nkg_fold(into, text + r->start, len);
    t->stem = nkg_stem(s, into, t->lower, strlen(t->lower), &t->word);
  } else {
    t->lower = t->stem = nkg_arena_strndup(into, text + r->start, len);
  }
  if (keep) {
    *(written_form *)nkg_vec_push(&s->forms) = (written_form){t->lower, t->stem, t->word, flags, t->kind};
    nkg_strmap_put(&s->written, t->surface, len, (uint32_t)(s->forms.count - 1), NULL);
  }
}

size_t nkg_tokenize_phrase(nkg_segmenter *s, const char *text, nkg_arena *arena,
                           nkg_token **out) {
  nkg_vec raw;
  nkg_vec_init(&raw, sizeof(raw_tok));
  size_t n = raw_tokens(text, 0, (uint32_t)strlen(text), &raw);
  nkg_token *toks = nkg_arena_alloc(arena, (n ? n : 1) * sizeof *toks);
  for (size_t i = 0; i < n; i++) fill_token(s, arena, text, nkg_vec_at(&raw, i), &toks[i]);
  nkg_vec_free(&raw);
  *out = toks;
  return n;
}

/* One-letter-and-full-stop at a sentence's end is an initial, not the end:
 * "А. Лукашенко" must stay one sentence. */
static int ends_with_initial(const char *chars, uint32_t start, uint32_t end) {
  const uint8_t *text = (const uint8_t *)chars;
  while (end > start && (text[end - 1] == ' ' || text[end - 1] == '\n')) end--;
  if (end - start < 2 || text[end - 1] != '.') return 0;
  int32_t i = (int32_t)end - 1;
  UChar32 c;
  U8_PREV(text, (int32_t)start, i, c);
  if (!u_isupper(c)) return 0;
  if (i == (int32_t)start) return 1;
  UChar32 before;
  int32_t j = i;
  U8_PREV(text, (int32_t)start, j, before);
  return !u_isalpha(before);
}

nkg_status nkg_segment(nkg_segmenter *s, const char *text, size_t len, nkg_arena *arena,
                       nkg_segmented *out) {
  memset(out, 0, sizeof *out);
  out->text = text;
  out->len = len;
  nkg_vec bounds;
  nkg_vec_init(&bounds, sizeof(uint32_t));
  *(uint32_t *)nkg_vec_push(&bounds) = 0;
  for (size_t a = 0, b; a < len; a = b) {
    b = nkg_next_sentence(text, a, len);
    uint32_t prev = *(uint32_t *)nkg_vec_at(&bounds, bounds.count - 1);
    int line_break = b > 0 && text[b - 1] == '\n';
    if (!line_break && ends_with_initial(text, prev, (uint32_t)b)) continue;
    *(uint32_t *)nkg_vec_push(&bounds) = (uint32_t)b;
  }
  if (*(uint32_t *)nkg_vec_at(&bounds, bounds.count - 1) != len)
    *(uint32_t *)nkg_vec_push(&bounds) = (uint32_t)len;

  nkg_vec raw, toks, sents;
  nkg_vec_init(&raw, sizeof(raw_tok));
  nkg_vec_init(&toks, sizeof(nkg_token));
  nkg_vec_init(&sents, sizeof(nkg_sentence));
  uint32_t line = 0, line_pos = 0;
  for (size_t i = 0; i + 1 < bounds.count; i++) {
    uint32_t a = *(uint32_t *)nkg_vec_at(&bounds, i), b = *(uint32_t *)nkg_vec_at(&bounds, i + 1);
    nkg_vec_clear(&raw);
    size_t n = raw_tokens(text, a, b, &raw);
    if (!n) continue;
    for (; line_pos < a; line_pos++) line += text[line_pos] == '\n';
    nkg_sentence *sent = nkg_vec_push(&sents);
    sent->first = (uint32_t)toks.count;
    sent->count = (uint32_t)n;
    sent->start = a;
    sent->end = b;
    sent->line = line;
    for (size_t k = 0; k < n; k++) {
      const raw_tok *r = nkg_vec_at(&raw, k);
      nkg_token *t = nkg_vec_push(&toks);
      fill_token(s, arena, text, r, t);
      t->sentence = (uint32_t)(sents.count - 1);
      uint32_t prev_end = toks.count >= 2 ? ((nkg_token *)nkg_vec_at(&toks, toks.count - 2))->end : 0;
      if (r->start > prev_end) t->flags |= NKG_TF_SPACE_BEFORE;
      if (r->start == 0 || memchr(text + prev_end, '\n', r->start - prev_end))
        t->flags |= NKG_TF_LINE_START;
    }
  }
  out->ntokens = toks.count;
  out->tokens = nkg_arena_alloc(arena, (toks.count ? toks.count : 1) * sizeof(nkg_token));
  if (toks.count) memcpy(out->tokens, toks.items, toks.count * sizeof(nkg_token));
  out->nsentences = sents.count;
  out->sentences = nkg_arena_alloc(arena, (sents.count ? sents.count : 1) * sizeof(nkg_sentence));
  if (sents.count) memcpy(out->sentences, sents.items, sents.count * sizeof(nkg_sentence));
  nkg_vec_free(&raw);
  nkg_vec_free(&toks);
  nkg_vec_free(&sents);
  nkg_vec_free(&bounds);
  return NKG_OK;
}
