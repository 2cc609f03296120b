/* Word classes as data: exact forms in a hash map, prefixes in a short list. */
#include "wordclass.h"

#include <string.h>

void nkg_wordclasses_init(nkg_wordclasses *w) {
  memset(w, 0, sizeof *w);
  nkg_strmap_init(&w->forms);
  nkg_vec_init(&w->prefixes, sizeof(nkg_wordclass_prefix));
}

void nkg_wordclasses_free(nkg_wordclasses *w) {
  nkg_strmap_free(&w->forms);
  nkg_vec_free(&w->prefixes);
}

unsigned nkg_wordclass_bit(const char *local) {
  static const struct {
    const char *name;
    unsigned bit;
  } names[] = {{"RelativeWord", NKG_WC_RELATIVE},           {"ComplementWord", NKG_WC_COMPLEMENT},
               {"FutureVerb", NKG_WC_FUTURE_VERB},          {"FutureAdjective", NKG_WC_FUTURE_ADJ},
               {"PastMarker", NKG_WC_PAST},                 {"ReportVerb", NKG_WC_REPORT_VERB},
               {"FurnitureLine", NKG_WC_FURNITURE_LINE},    {"FurnitureSection", NKG_WC_FURNITURE_SECTION},
               {"SameDayWord", NKG_WC_SAME_DAY},            {"NotPlaceWord", NKG_WC_NOT_PLACE},
               {"WidgetWord", NKG_WC_WIDGET},               {"ContextWord", NKG_WC_CONTEXT},
               {"NextDayWord", NKG_WC_NEXT_DAY},            {"EveWord", NKG_WC_EVE},
               {"AppointmentWord", NKG_WC_APPOINTED},
               {"PublishedWord", NKG_WC_PUBLISHED},
               {"SeparateWord", NKG_WC_SEPARATE},
               {"HoldVerb", NKG_WC_HOLD_VERB},
               {"RepresentVerb", NKG_WC_REPRESENT},
               {"RemoteModeWord", NKG_WC_REMOTE_MODE},
               {"PurposeWord", NKG_WC_PURPOSE},
               {"AddressWord", NKG_WC_ADDRESS},
               {"RegionWord", NKG_WC_NOT_NAME}};
  for (size_t k = 0; k < sizeof names / sizeof *names; k++)
    if (!strcmp(local, names[k].name)) return names[k].bit;
  return 0;
}

void nkg_wordclasses_add(nkg_wordclasses *w, nkg_arena *arena, const char *folded, unsigned bits, int prefix) {
  size_t len = strlen(folded);
  if (!len || !bits) return;
  if (prefix) {
    nkg_wordclass_prefix *p = nkg_vec_push(&w->prefixes);
    p->prefix = nkg_arena_strndup(arena, folded, len);
    p->len = len;
    p->classes = bits;
    return;
  }
  size_t words = 1;
  for (size_t i = 0; i < len; i++) words += folded[i] == ' ';
  if (words > w->longest_phrase) w->longest_phrase = words;
  if (words > 1) {
    const char *sp = strchr(folded, ' '), *sp2 = strchr(sp + 1, ' ');
    size_t second = sp2 ? (size_t)(sp2 - sp - 1) : len - (size_t)(sp - folded) - 1;
    int added = 0;
    uint32_t *v = nkg_strmap_put(&w->forms, folded, (size_t)(sp - folded), NKG_WC_PHRASE_FIRST, &added);
    if (!added) *v |= NKG_WC_PHRASE_FIRST;
    v = nkg_strmap_put(&w->forms, sp + 1, second, NKG_WC_PHRASE_SECOND, &added);
    if (!added) *v |= NKG_WC_PHRASE_SECOND;
  }
  int added = 0;
  uint32_t *v = nkg_strmap_put(&w->forms, folded, len, bits, &added);
  if (!added) *v |= bits;
}

unsigned nkg_wordclasses_of(const nkg_wordclasses *w, const char *folded, size_t len) {
  unsigned bits = 0;
  const uint32_t *v = nkg_strmap_get(&w->forms, folded, len);
  if (v) bits |= *v;
  for (size_t k = 0; k < w->prefixes.count; k++) {
    const nkg_wordclass_prefix *p = nkg_vec_at(&w->prefixes, k);
    if (len >= p->len && !memcmp(folded, p->prefix, p->len)) bits |= p->classes;
  }
  return bits;
}
