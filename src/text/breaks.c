/* Word and sentence boundaries by the rules of Unicode's UAX #29, as ICU's root rules
 * apply them, read straight off UTF-8.  The character classes are ICU's (Word_Break and
 * Sentence_Break properties); the rules are the subset that matters for alphabetic
 * text.  ICU's break iterators gave the same boundaries (tests/unit/test_text.c compares
 * the two) but cost more than all of the extraction after them: they go through UText
 * and a rule-driven state machine for every character.
 *
 * Not covered: scripts that ICU segments with dictionaries (Thai, Lao, Khmer, Burmese,
 * Chinese, Japanese), where each letter here is a word of its own; emoji sequences. */
#include <pthread.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "text.h"

enum { TABLE_SIZE = 0x2100 }; /* Latin, Cyrillic, Greek, general punctuation */
static uint8_t word_class_table[TABLE_SIZE], sentence_class_table[TABLE_SIZE];
static pthread_once_t tables_once = PTHREAD_ONCE_INIT;

static void fill_tables(void) {
  for (UChar32 c = 0; c < TABLE_SIZE; c++) {
    word_class_table[c] = (uint8_t)u_getIntPropertyValue(c, UCHAR_WORD_BREAK);
    sentence_class_table[c] = (uint8_t)u_getIntPropertyValue(c, UCHAR_SENTENCE_BREAK);
  }
}

void nkg_breaks_init(void) { pthread_once(&tables_once, fill_tables); }

static int word_class(UChar32 c) {
  if (c >= 0 && c < TABLE_SIZE) return word_class_table[c];
  return u_getIntPropertyValue(c, UCHAR_WORD_BREAK);
}

static int sentence_class(UChar32 c) {
  if (c >= 0 && c < TABLE_SIZE) return sentence_class_table[c];
  return u_getIntPropertyValue(c, UCHAR_SENTENCE_BREAK);
}

/* The code point at *i (advanced past it); U+FFFD for a malformed sequence. */
static UChar32 next_char(const uint8_t *t, size_t *i, size_t end) {
  int32_t k = (int32_t)*i;
  UChar32 c;
  U8_NEXT(t, k, (int32_t)end, c);
  *i = (size_t)k;
  return c < 0 ? 0xFFFD : c;
}

/* ---- words ---- */

/* Whether the character starting with this byte is surely no Extend, Format or ZWJ:
 * ASCII and the lead bytes of U+0400..U+047F, which most of the text is. */
static int cannot_attach(uint8_t lead) { return lead < 0x80 || lead == 0xD0 || lead == 0xD1; }

static int is_word_extend(int wb) { return wb == U_WB_EXTEND || wb == U_WB_FORMAT || wb == U_WB_ZWJ; }

/* The class of the character at i, past any Extend/Format/ZWJ after it (rule WB4). */
typedef struct {
  int cls;
  UChar32 c;
  size_t next; /* just after the character and what attaches to it */
  int extended; /* something did attach */
} word_char;

static word_char read_word_char(const uint8_t *t, size_t i, size_t end) {
  word_char w;
  w.c = next_char(t, &i, end);
  w.cls = word_class(w.c);
  if (w.cls == U_WB_HEBREW_LETTER || w.c == '@') w.cls = U_WB_ALETTER; /* '@': as ICU, for addresses */
  if (w.cls == U_WB_MIDLETTER && (w.c == ':' || w.c == 0xFE55 || w.c == 0xFF1A)) w.cls = U_WB_OTHER; /* as ICU */
  size_t bare = i;
  if (w.cls != U_WB_CR && w.cls != U_WB_LF && w.cls != U_WB_NEWLINE)
    while (i < end && !cannot_attach(t[i])) {
      size_t k = i;
      if (!is_word_extend(word_class(next_char(t, &k, end)))) break;
      i = k;
    }
  w.next = i;
  w.extended = i != bare;
  return w;
}

static int is_letter_class(int cls) { return cls == U_WB_ALETTER || cls == U_WB_KATAKANA; }

/* The first character of a segment, read directly when it is an ASCII letter or digit
 * or one of U+0400..U+047F (letters); what attaches to it is left to the caller. */
static int quick_first(const uint8_t *t, size_t pos, size_t end, word_char *w) {
  uint8_t b = t[pos];
  if ((b == 0xD0 || b == 0xD1) && pos + 1 < end) {
    *w = (word_char){U_WB_ALETTER, 0x400, pos + 2, 0};
    return 1;
  }
  if ((b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9')) {
    *w = (word_char){b <= '9' ? U_WB_NUMERIC : U_WB_ALETTER, b, pos + 1, 0};
    return 1;
  }
  return 0;
}

size_t nkg_next_word(const char *text, size_t pos, size_t end, nkg_word_kind *kind) {
  const uint8_t *t = (const uint8_t *)text;
  if (t[pos] == ' ') { /* a run of plain spaces with nothing attached to the last */
    size_t at = pos + 1;
    while (at < end && t[at] == ' ') at++;
    if (at == end || cannot_attach(t[at])) {
      *kind = NKG_WORD_SPACE;
      return at;
    }
  }
  word_char first;
  if (!quick_first(t, pos, end, &first)) first = read_word_char(t, pos, end);
  size_t at = first.next;
  int cls = first.cls;
  if (cls == U_WB_CR) {
    if (at < end && t[at] == '\n') at++;
    *kind = NKG_WORD_SPACE;
    return at;
  }
  if (cls == U_WB_LF || cls == U_WB_NEWLINE) {
    *kind = NKG_WORD_SPACE;
    return at;
  }
  if (cls == U_WB_WSEGSPACE) {
    /* WB3d joins a space only to a bare space before it (WB4 applies after WB3d) */
    size_t bare_end = pos;
    next_char(t, &bare_end, end);
    while (at == bare_end && at < end) {
      size_t k = at;
      if (word_class(next_char(t, &k, end)) != U_WB_WSEGSPACE) break;
      bare_end = k;
      at = read_word_char(t, at, end).next;
    }
    *kind = NKG_WORD_SPACE;
    return at;
  }
  if (cls == U_WB_REGIONAL_INDICATOR) {
    if (at < end) {
      word_char w = read_word_char(t, at, end);
      if (w.cls == U_WB_REGIONAL_INDICATOR) at = w.next;
    }
    *kind = NKG_WORD_PUNCT;
    return at;
  }
  if (!is_letter_class(cls) && cls != U_WB_NUMERIC && cls != U_WB_EXTENDNUMLET) {
    /* ideographs and other letters ICU finds words of with a dictionary: one each */
    *kind = u_isalpha(first.c) ? NKG_WORD_LETTERS : NKG_WORD_PUNCT;
    return at;
  }
  int last = cls; /* ICU tells a segment's kind by its last letter or digit: "G20" is a number */
  int final_extended = first.extended, trailing_connectors = cls == U_WB_EXTENDNUMLET;
  while (at < end) {
    /* most of the way: ASCII letters and digits, and U+0400..U+047F, which are letters */
    if (cls == U_WB_ALETTER || cls == U_WB_NUMERIC) {
      uint8_t b = t[at];
      if ((b == 0xD0 || b == 0xD1) && at + 1 < end) {
        at += 2;
        cls = last = U_WB_ALETTER;
        final_extended = 0;
        trailing_connectors = 0;
        continue;
      }
      if ((b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9')) {
        at++;
        cls = last = b <= '9' ? U_WB_NUMERIC : U_WB_ALETTER;
        final_extended = 0;
        trailing_connectors = 0;
        continue;
      }
    }
    word_char n = read_word_char(t, at, end);
    if (is_word_extend(n.cls)) { /* WB4: it attaches to what came before */
      at = n.next;
      final_extended = 1;
      continue;
    }
    int join = 0;
    if (cls == U_WB_ALETTER)
      join = n.cls == U_WB_ALETTER || n.cls == U_WB_NUMERIC || n.cls == U_WB_EXTENDNUMLET; /* WB5, 9, 13a */
    else if (cls == U_WB_NUMERIC)
      join = n.cls == U_WB_NUMERIC || n.cls == U_WB_ALETTER || n.cls == U_WB_EXTENDNUMLET; /* WB8, 10, 13a */
    else if (cls == U_WB_KATAKANA)
      join = n.cls == U_WB_KATAKANA || n.cls == U_WB_EXTENDNUMLET; /* WB13, 13a */
    else if (cls == U_WB_EXTENDNUMLET)
      join = n.cls == U_WB_ALETTER || n.cls == U_WB_NUMERIC || n.cls == U_WB_KATAKANA ||
             n.cls == U_WB_EXTENDNUMLET; /* WB13a, 13b */
    if (join) {
      at = n.next;
      cls = n.cls;
      final_extended = n.extended;
      trailing_connectors = cls == U_WB_EXTENDNUMLET ? trailing_connectors + 1 : 0;
      if (cls != U_WB_EXTENDNUMLET) last = cls;
      continue;
    }
    /* WB6/7: letter (MidLetter | MidNumLet | ') letter; WB11/12: digit (MidNum | MidNumLet | ') digit */
    int mid_letter = n.cls == U_WB_MIDLETTER || n.cls == U_WB_MIDNUMLET || n.cls == U_WB_SINGLE_QUOTE;
    int mid_num = n.cls == U_WB_MIDNUM || n.cls == U_WB_MIDNUMLET || n.cls == U_WB_SINGLE_QUOTE;
    if ((cls == U_WB_ALETTER && mid_letter) || (cls == U_WB_NUMERIC && mid_num)) {
      if (n.next < end) {
        word_char after = read_word_char(t, n.next, end);
        if (after.cls == cls) {
          at = after.next;
          final_extended = after.extended;
          trailing_connectors = 0;
          continue;
        }
      }
    }
    break;
  }
  /* ICU's quirks with connectors ('_'): "__" and "7__" are words, "_" is not, "7_" is a
   * number, and a combining mark on a final '_' makes it punctuation */
  if (trailing_connectors && final_extended) last = U_WB_OTHER;
  else if (trailing_connectors >= 2) last = U_WB_ALETTER;
  else if (last == U_WB_EXTENDNUMLET) last = U_WB_OTHER;
  *kind = is_letter_class(last) ? NKG_WORD_LETTERS : last == U_WB_NUMERIC ? NKG_WORD_NUMBER : NKG_WORD_PUNCT;
  return at;
}

/* ---- sentences ---- */

static int is_sentence_extend(int sb) { return sb == U_SB_EXTEND || sb == U_SB_FORMAT; }
static int is_para_sep(int sb) { return sb == U_SB_SEP || sb == U_SB_CR || sb == U_SB_LF; }

typedef struct {
  int cls;
  size_t next;
} sentence_char;

static sentence_char read_sentence_char(const uint8_t *t, size_t i, size_t end) {
  sentence_char s;
  s.cls = sentence_class(next_char(t, &i, end));
  if (!is_para_sep(s.cls)) /* SB5 */
    while (i < end && !cannot_attach(t[i])) {
      size_t k = i;
      if (!is_sentence_extend(sentence_class(next_char(t, &k, end)))) break;
      i = k;
    }
  s.next = i;
  return s;
}

/* The class of the character at i, or -1 at the end. */
static int sentence_class_at(const uint8_t *t, size_t i, size_t end) {
  return i < end ? read_sentence_char(t, i, end).cls : -1;
}

/* The class of the character before `at` (past what attaches to it), or -1 at `start`. */
static int sentence_class_before(const uint8_t *t, size_t start, size_t at) {
  while (at > start) {
    int32_t k = (int32_t)at;
    UChar32 c;
    U8_PREV(t, (int32_t)start, k, c);
    at = (size_t)k;
    int cls = sentence_class(c < 0 ? 0xFFFD : c);
    if (!is_sentence_extend(cls)) return cls;
  }
  return -1;
}

size_t nkg_next_sentence(const char *text, size_t pos, size_t end) {
  const uint8_t *t = (const uint8_t *)text;
  size_t at = pos;
  while (at < end) {
    /* only terminators and paragraph ends can end a sentence: skip the rest quickly */
    uint8_t b = t[at];
    if (b < 0x80 && b != '.' && b != '!' && b != '?' && b != '\n' && b != '\r') {
      at++;
      continue;
    }
    if ((b == 0xD0 || b == 0xD1) && at + 1 < end) { /* U+0400..U+047F: letters */
      at += 2;
      continue;
    }
    sentence_char s = read_sentence_char(t, at, end);
    if (is_para_sep(s.cls)) { /* SB3, SB4 */
      if (s.cls == U_SB_CR && s.next < end && t[s.next] == '\n') return s.next + 1;
      return s.next;
    }
    if (s.cls != U_SB_ATERM && s.cls != U_SB_STERM) {
      at = s.next;
      continue;
    }
    int before = sentence_class_before(t, pos, at);
    size_t after_term = s.next;
    int next = sentence_class_at(t, after_term, end);
    if (s.cls == U_SB_ATERM) {
      if (next == U_SB_NUMERIC) { /* SB6: "3.5" */
        at = after_term;
        continue;
      }
      if ((before == U_SB_UPPER || before == U_SB_LOWER) && next == U_SB_UPPER) { /* SB7: "С.Жапаров" */
        at = after_term;
        continue;
      }
    }
    size_t k = after_term;
    while (k < end && sentence_class_at(t, k, end) == U_SB_CLOSE) k = read_sentence_char(t, k, end).next;
    while (k < end && sentence_class_at(t, k, end) == U_SB_SP) k = read_sentence_char(t, k, end).next;
    if (s.cls == U_SB_ATERM) { /* SB8: what follows starts in lower case: "т. е. так" */
      size_t x = k;
      int c = -1;
      while (x < end) {
        c = sentence_class_at(t, x, end);
        if (c == U_SB_OLETTER || c == U_SB_UPPER || c == U_SB_LOWER || is_para_sep(c) || c == U_SB_ATERM ||
            c == U_SB_STERM)
          break;
        x = read_sentence_char(t, x, end).next;
      }
      if (x < end && c == U_SB_LOWER) {
        at = k;
        continue;
      }
    }
    int follow = sentence_class_at(t, k, end);
    if (follow == U_SB_SCONTINUE || follow == U_SB_STERM || follow == U_SB_ATERM) { /* SB8a */
      at = k;
      continue;
    }
    if (k < end && is_para_sep(follow)) { /* SB9-11: the paragraph's end goes with the sentence */
      sentence_char p = read_sentence_char(t, k, end);
      k = p.next;
      if (p.cls == U_SB_CR && k < end && t[k] == '\n') k++;
    }
    return k;
  }
  return end;
}
