/* Statements the genre makes beside roles and events: a country's chairmanship of an
 * organization ("председательство Кыргызстана в ОДКБ", "Кыргызстан председательствует
 * в СНГ"), and quotations with their speakers ("«...», — сказал Глава государства"). */
#include <stdlib.h>
#include <string.h>

#include "doc.h"

static const nkg_token *tk(const nkg_doc *d, size_t i) { return &d->seg.tokens[i]; }
static nkg_mention *mention(nkg_doc *d, size_t i) { return nkg_vec_at(&d->mentions, i); }

static int type_of(nkg_doc *d, const nkg_mention *m) {
  return m->kind == NKG_M_ENTITY ? (int)nkg_doc_ent(d, m->entity)->type : -1;
}

static int intergovernmental(nkg_doc *d, const nkg_mention *m) {
  const nkg_entity *e = nkg_doc_ent(d, m->entity);
  return e->type == NKG_ENT_ORG && e->lex >= 0 && d->lex->entries[e->lex].org_kind == NKG_ORGKIND_INTERGOV;
}

static void chairmanships_in_sentence(nkg_doc *d, uint32_t s, size_t from, size_t to) {
  const nkg_sentence *st = &d->seg.sentences[s];
  for (uint32_t t = st->first; t < st->first + st->count; t++) {
    const char *w = tk(d, t)->lower;
    /* "председательство", "председательствует", not "председательствующий" (a person who chairs) */
    if (strncmp(w, "председательств", strlen("председательств")) || strstr(w, "ующ")) continue;
    int country = -1, org = -1;
    for (size_t k = from; k < to; k++) {
      nkg_mention *m = mention(d, k);
      if (type_of(d, m) == NKG_ENT_COUNTRY && m->first == t + 1) country = m->entity; /* "председательства Кыргызстана" */
      if (type_of(d, m) == NKG_ENT_ORG && m->first > t && m->locative && org < 0 && intergovernmental(d, m)) org = m->entity;
    }
    for (size_t k = from; k < to && country < 0; k++) { /* "Кыргызстан ... председательство в ОДКБ" */
      nkg_mention *m = mention(d, k);
      if (type_of(d, m) == NKG_ENT_COUNTRY && m->first < t && !m->locative) country = m->entity;
    }
    for (size_t k = from; k < to && country < 0; k++) { /* "в период председательства в ОТГ Кыргызстан ..." */
      nkg_mention *m = mention(d, k);
      if (type_of(d, m) == NKG_ENT_COUNTRY && m->first > t && !m->locative && m->gcase == NKG_CASE_NOM) country = m->entity;
    }
    if (country < 0 || org < 0) continue;
    int seen = 0;
    for (size_t k = 0; k < d->chairs.count; k++) {
      nkg_chairmanship *c = nkg_vec_at(&d->chairs, k);
      seen |= c->country == country && c->org == org;
    }
    if (!seen) *(nkg_chairmanship *)nkg_vec_push(&d->chairs) = (nkg_chairmanship){country, org, s};
    return;
  }
}

/* "государства-члены", "государств – членов", "стран-участниц": a word that introduces the
 * members of the organization after it */
static int member_word(const char *w) {
  return !strncmp(w, "член", strlen("член")) || strstr(w, "-член") || !strncmp(w, "участни", strlen("участни")) ||
         strstr(w, "-участни");
}

static int members_word(const nkg_doc *d, uint32_t t, uint32_t first) {
  if (!nkg_word_property(d, tk(d, t), NKG_WP_MEMBERS_WORD, member_word)) return 0;
  for (uint32_t k = t + 1 > first + 3 ? t - 3 : first; k <= t; k++) { /* "государства" before, or in the same word */
    const char *v = tk(d, k)->lower;
    if (!strncmp(v, "государств", strlen("государств")) || !strncmp(v, "стран", strlen("стран"))) return 1;
  }
  return 0;
}

static void member_states_in_sentence(nkg_doc *d, uint32_t s, size_t from, size_t to) {
  const nkg_sentence *st = &d->seg.sentences[s];
  for (uint32_t t = st->first; t < st->first + st->count; t++) {
    if (!members_word(d, t, st->first)) continue;
    /* the organization right after the word, then the countries listed after it */
    size_t k = from;
    while (k < to && mention(d, k)->first <= t) k++;
    if (k >= to || type_of(d, mention(d, k)) != NKG_ENT_ORG || mention(d, k)->first > t + 1 || !intergovernmental(d, mention(d, k)))
      continue;
    int org = mention(d, k)->entity;
    size_t last = mention(d, k)->last;
    for (k++; k < to; k++) {
      nkg_mention *m = mention(d, k);
      if (type_of(d, m) != NKG_ENT_COUNTRY || !nkg_only_list_glue(d, last, m->first)) break;
      int seen = 0;
      for (size_t q = 0; q < d->member_states.count; q++) {
        nkg_member_state *ms = nkg_vec_at(&d->member_states, q);
        seen |= ms->country == m->entity && ms->org == org;
      }
      if (!seen) *(nkg_member_state *)nkg_vec_push(&d->member_states) = (nkg_member_state){m->entity, org};
      last = m->last;
    }
  }
}

static int speech_verb(const char *w) {
  static const char *const stems[] = {"сказа", "заяви", "отмети", "подчеркну", "добави", "написа", "сообщи",
                                      "замети", "указа", "поясни", "констатирова", "признал", "уточни"};
  for (size_t i = 0; i < sizeof stems / sizeof *stems; i++)
    if (!strncmp(w, stems[i], strlen(stems[i]))) return 1;
  return 0;
}

static int is_dash(const char *w) {
  return !strcmp(w, "-") || !strcmp(w, "\xE2\x80\x93") || !strcmp(w, "\xE2\x80\x94");
}

/* The speaker in tokens [from, to) of a sentence: a person, or the holder of a role. */
static int speaker_in(nkg_doc *d, size_t from, size_t to, int last) {
  int found = -1;
  for (size_t k = 0; k < d->mentions.count; k++) {
    nkg_mention *m = mention(d, k);
    if (m->kind != NKG_M_ENTITY || m->first < from || m->last > to) continue;
    int type = type_of(d, m);
    int p = type == NKG_ENT_PERSON ? m->entity : type == NKG_ENT_ROLE ? nkg_person_with_role(d, m->entity) : -1;
    if (p < 0) continue;
    found = p;
    if (!last) return found;
  }
  return found;
}

static void quotations(nkg_doc *d) {
  size_t n = d->seg.ntokens;
  for (size_t i = 0; i < n; i++) {
    if (strcmp(tk(d, i)->lower, "«")) continue;
    size_t j = i + 1;
    while (j < n && strcmp(tk(d, j)->lower, "»") && strcmp(tk(d, j)->lower, "«")) j++;
    if (j >= n || strcmp(tk(d, j)->lower, "»") || j == i + 1) continue;
    int speaker = -1;
    /* «...», — сказал X: after the quote, a dash, a speech verb, then the speaker */
    size_t k = j + 1;
    while (k < n && !strcmp(tk(d, k)->lower, ",")) k++;
    if (k < n && is_dash(tk(d, k)->lower)) {
      size_t v = k + 1;
      if (v < n && speech_verb(tk(d, v)->lower)) {
        const nkg_sentence *s = &d->seg.sentences[tk(d, v)->sentence];
        speaker = speaker_in(d, v + 1, s->first + s->count, 0);
      }
    }
    /* X заявил: «...» — the speaker before the verb */
    if (speaker < 0 && i >= 2 && !strcmp(tk(d, i - 1)->lower, ":") && speech_verb(tk(d, i - 2)->lower)) {
      const nkg_sentence *s = &d->seg.sentences[tk(d, i - 2)->sentence];
      speaker = speaker_in(d, s->first, i - 2, 1);
    }
    if (speaker >= 0) {
      nkg_quotation *q = nkg_vec_push(&d->quotes);
      q->from = tk(d, i + 1)->start;
      q->to = tk(d, j - 1)->end;
      q->speaker = speaker;
      q->sentence = tk(d, i)->sentence;
    }
    i = j;
  }
}

/* The lexicon entry of `kind` that starts at token i, with its length, or -1. */
static int lex_kind_at(const nkg_doc *d, size_t i, nkg_lex_kind kind, size_t *ntokens) {
  nkg_lex_match m[8];
  size_t n = nkg_lex_match_at(d->lex, d->seg.tokens, d->seg.ntokens, i, m, 8);
  for (size_t k = 0; k < n; k++)
    if (d->lex->entries[m[k].entry].kind == kind) {
      *ntokens = m[k].ntokens;
      return (int)m[k].entry;
    }
  return -1;
}

static int year_at(const nkg_doc *d, size_t i) {
  const nkg_token *t = tk(d, i);
  if (t->kind != NKG_TOK_NUMBER || t->end - t->start != 4) return 0;
  int y = atoi(t->lower);
  return y >= 1900 && y <= 2100 ? y : 0;
}

/* "подписана Программа ... на 2023-2025 годы", "приняты заявления о ...": an adoption verb
 * and a document's noun in one sentence; the title runs from the noun to the end of its
 * phrase (a comma, a colon, a dash, "который", another verb of adoption). */
static void agreements_in_sentence(nkg_doc *d, uint32_t s) {
  const nkg_sentence *st = &d->seg.sentences[s];
  size_t end = st->first + st->count, n = 0;
  int adopted = 0;
  for (size_t t = st->first; t < end && !adopted; t++) adopted = lex_kind_at(d, t, NKG_LEX_ADOPTION, &n) >= 0;
  if (!adopted) return;
  for (size_t t = st->first; t < end; t++) {
    size_t head = 0;
    int kind = lex_kind_at(d, t, NKG_LEX_AGREEMENT_KIND, &head);
    if (kind < 0) continue;
    size_t last = t + head;
    int from_year = 0, to_year = 0;
    while (last < end && last - t < 25) {
      const nkg_token *w = tk(d, last);
      const char *l = w->lower;
      if (!strcmp(l, ",") || !strcmp(l, ";") || !strcmp(l, ".") || !strcmp(l, ":") || !strcmp(l, "(") || !strcmp(l, "»") ||
          !strncmp(l, "котор", strlen("котор")) || lex_kind_at(d, last, NKG_LEX_ADOPTION, &n) >= 0)
        break;
      /* a dash between years ("2023-2025") or between lower-case words ("государств – участников") stays */
      if (is_dash(l) && !(last + 1 < end && year_at(d, last + 1) && last > t && year_at(d, last - 1)) &&
          !(last + 1 < end && tk(d, last + 1)->kind == NKG_TOK_WORD && !(tk(d, last + 1)->flags & NKG_TF_CAP) &&
            tk(d, last - 1)->kind == NKG_TOK_WORD && !(tk(d, last - 1)->flags & NKG_TF_CAP)))
        break;
      /* "Программа ... и заявление о ...": the next document starts its own title */
      if (last > t + head && !strcmp(l, "и") && last + 1 < end && lex_kind_at(d, last + 1, NKG_LEX_AGREEMENT_KIND, &n) >= 0)
        break;
      if (year_at(d, last)) { /* "на 2023-2025 годы" */
        if (!from_year) from_year = year_at(d, last);
        else to_year = year_at(d, last);
      }
      last++;
    }
    if (last - t >= 2) { /* a bare "заявления:" introduces a list, it is no title */
      nkg_agreement *a = nkg_vec_push(&d->agreements);
      *a = (nkg_agreement){(uint32_t)t, (uint32_t)last, kind, from_year, to_year ? to_year : 0, s};
    }
    t = last > t ? last - 1 : t;
  }
}

void nkg_relate_statements(nkg_doc *d) {
  size_t k = 0, nm = d->mentions.count;
  for (uint32_t s = 0; s < d->seg.nsentences; s++) {
    size_t from = k;
    while (k < nm && mention(d, k)->sentence == s) k++;
    if (!d->sentence_past[s]) chairmanships_in_sentence(d, s, from, k);
    agreements_in_sentence(d, s);
    member_states_in_sentence(d, s, from, k);
  }
  quotations(d);
}
