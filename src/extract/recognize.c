/* Recognition: the mentions of one document, each turned into its canonical
 * entity once.  Lexicon names, person names, dates; then what needs the whole
 * document: initials and bare surnames resolved to the full names it gives,
 * councils named without their organization. */
#include <stdlib.h>
#include <string.h>

#include "../graph/graph_internal.h"
#include "names.h"

typedef struct {
  nkg_person_name name;
  size_t mention;
} pending_person;

typedef struct {
  size_t mention;
  uint32_t candidates[4];
  size_t ncandidates;
} pending_council;

typedef struct {
  nkg_doc *d;
  nkg_slugger *slugger;
  nkg_vec persons;  /* pending_person */
  nkg_vec councils; /* pending_council */
} recognizer;

static const nkg_token *tk(const nkg_doc *d, size_t i) { return &d->seg.tokens[i]; }

static nkg_mention *push_mention(nkg_doc *d, nkg_mention_kind kind, size_t first, size_t last, uint32_t sentence) {
  nkg_mention *m = nkg_vec_push(&d->mentions);
  m->kind = kind;
  m->first = (uint32_t)first;
  m->last = (uint32_t)last;
  m->sentence = sentence;
  m->entity = m->lex = -1;
  if (first > 0) {
    const nkg_token *before = tk(d, first - 1);
    m->locative = before->sentence == sentence &&
                  (!strcmp(before->lower, "в") || !strcmp(before->lower, "во") ||
                   !strncmp(before->lower, "город", strlen("город")) || !strcmp(before->lower, "г"));
    if (!strcmp(before->lower, ".") && first > 1 && !strcmp(tk(d, first - 2)->lower, "г") &&
        tk(d, first - 2)->sentence == sentence)
      m->locative = 1;
  }
  return m;
}

static int is_former(const nkg_doc *d, size_t i) {
  if (i == 0) return 0;
  const char *w = tk(d, i - 1)->lower;
  return !strncmp(w, "бывш", strlen("бывш")) || !strcmp(w, "экс") ||
         (i > 1 && !strcmp(w, "-") && !strcmp(tk(d, i - 2)->lower, "экс"));
}

/* Tokens that continue a list: commas, dashes, "и", "а также"; titles and ranks. */
static int is_list_glue_word(const nkg_token *t) {
  static const char *const glue[] = {",", "-", "\xE2\x80\x93", "\xE2\x80\x94", "и", "а", "также", ":", "(", ")"};
  for (size_t k = 0; k < sizeof glue / sizeof *glue; k++)
    if (!strcmp(t->lower, glue[k])) return 1;
  return 0;
}

static int is_glue_at(const nkg_doc *d, size_t j) { return d->glue[j] || is_list_glue_word(tk(d, j)); }

int nkg_only_list_glue(const nkg_doc *d, size_t from, size_t to) {
  for (size_t j = from; j < to; j++)
    if (!is_glue_at(d, j)) return 0;
  return 1;
}

/* The case of a role's mention, from its first word against the label's first word. */
/* Bytes that the first word of `name` and `word` share at their start. */
static size_t shared_start(const char *name, const char *word) {
  size_t n = strcspn(name, " -"), k = 0;
  while (k < n && word[k] && name[k] == word[k]) k++;
  return k;
}

static int role_case(const nkg_doc *d, size_t i, const nkg_lex_entry *e) {
  /* the role's name whose first word is most like the form ("главы" -> "глава государства",
   * not the label "президент") says what the nominative is */
  const char *w = tk(d, i)->lower;
  const char *best = e->label;
  size_t best_shared = shared_start(e->label, w);
  for (size_t k = 0; k < e->nalts; k++) {
    size_t n = shared_start(e->alts[k], w);
    if (n > best_shared) best_shared = n, best = e->alts[k];
  }
  char first[128];
  size_t n = strcspn(best, " ");
  if (n >= sizeof first) n = sizeof first - 1;
  memcpy(first, best, n);
  first[n] = '\0';
  /* "главы" of "глава": the genitive singular, unless a plural follows ("главы
   * внешнеполитических ведомств", "главы Совбезов", "главы государств") */
  size_t fl = strlen(first), wl = strlen(w);
  const char *next = i + 1 < d->seg.ntokens ? tk(d, i + 1)->lower : "";
  size_t nl = strlen(next);
  static const char *const plural_ends[] = {"ых", "их", "ов", "ев", "ств"};
  int plural_next = 0;
  for (size_t k = 0; k < sizeof plural_ends / sizeof *plural_ends; k++) {
    size_t el = strlen(plural_ends[k]);
    plural_next |= nl > el + 2 && !strcmp(next + nl - el, plural_ends[k]);
  }
  if (fl >= 4 && !plural_next && wl == fl && !strncmp(w, first, fl - 2) && (!strcmp(first + fl - 2, "а") || !strcmp(first + fl - 2, "я")) &&
      (!strcmp(w + wl - 2, "ы") || !strcmp(w + wl - 2, "и")))
    return NKG_CASE_GEN;
  return (int)nkg_case_of_form(w, first);
}

static int entity_for_lex(nkg_doc *d, int lexi) {
  const nkg_lex_entry *e = &d->lex->entries[lexi];
  nkg_ent_type type = e->kind == NKG_LEX_COUNTRY ? NKG_ENT_COUNTRY
                      : e->kind == NKG_LEX_CITY  ? NKG_ENT_CITY
                      : e->kind == NKG_LEX_ROLE  ? NKG_ENT_ROLE
                                                 : NKG_ENT_ORG;
  return nkg_doc_entity(d, type, e->path, e->label, lexi);
}

static const char *after_slash(const char *path) {
  const char *s = strchr(path, '/');
  return s ? s + 1 : path;
}

int nkg_national_body(nkg_doc *d, int body, int country) {
  const nkg_lex_entry *b = &d->lex->entries[body], *c = &d->lex->entries[country];
  char path[512], label[512];
  snprintf(path, sizeof path, "org/%s-%s", after_slash(b->path), after_slash(c->path));
  const char *gen = c->genitive ? c->genitive : c->label;
  snprintf(label, sizeof label, "%s %s", b->label, gen);
  nkg_utf8_trim(label);
  int ent = nkg_doc_entity(d, NKG_ENT_ORG, path, label, -1);
  int country_ent = entity_for_lex(d, country); /* may grow the entity table: before taking a pointer */
  nkg_entity *e = nkg_doc_ent(d, ent);
  e->country = country_ent;
  if (b->abbr) {
    char alt[512];
    snprintf(alt, sizeof alt, "%s %s", b->abbr, gen);
    nkg_utf8_trim(alt);
    nkg_entity_add_alt(d, e, alt);
    if (c->abbr) {
      snprintf(alt, sizeof alt, "%s %s", b->abbr, c->abbr);
      nkg_utf8_trim(alt);
      nkg_entity_add_alt(d, e, alt);
    }
  }
  return ent;
}

int nkg_national_body_written(nkg_doc *d, int body, int country, size_t from, size_t to) {
  int ent = nkg_national_body(d, body, country);
  if (to > from && to <= d->seg.ntokens) {
    const nkg_token *a = tk(d, from), *b = tk(d, to - 1);
    char alt[768];
    int n = snprintf(alt, sizeof alt, "%s %.*s", d->lex->entries[body].label, (int)(b->end - a->start), a->surface);
    if (n > 0 && (size_t)n < sizeof alt && !memchr(alt, '\n', (size_t)n)) nkg_entity_add_alt(d, nkg_doc_ent(d, ent), alt);
  }
  return ent;
}

static int best_match(const nkg_doc *d, size_t i, nkg_lex_match *m, nkg_lex_match *all, size_t *nall) {
  *nall = nkg_lex_match_at(d->lex, d->seg.tokens, d->seg.ntokens, i, all, 8);
  if (!*nall) return 0;
  *m = all[0];
  return 1;
}

/* "в Иране", "в Исламской Республике Иран" at token i: another country than `country`, where
 * a body kept abroad sits.  Returns its lexicon entry (*end: after its name), or -1. */
static int host_country(const nkg_doc *d, size_t i, size_t end, int country, size_t *host_end) {
  nkg_lex_match m, all[8];
  size_t n = 0;
  if (i + 1 >= end || (strcmp(tk(d, i)->lower, "в") && strcmp(tk(d, i)->lower, "во"))) return -1;
  if (!best_match(d, i + 1, &m, all, &n) || d->lex->entries[m.entry].kind != NKG_LEX_COUNTRY || (int)m.entry == country)
    return -1;
  *host_end = i + 1 + m.ntokens;
  return (int)m.entry;
}

/* "Посольство Российской Федерации в Исламской Республике Иран": the body of one country in
 * another, one organization per pair; labelled with the country's genitive and the host as
 * written, and also named wholly as written.  Tokens [from, to) are the country and the host. */
static int body_abroad(nkg_doc *d, int body, int country, int host, size_t from, size_t to) {
  const nkg_lex_entry *b = &d->lex->entries[body], *c = &d->lex->entries[country], *h = &d->lex->entries[host];
  const nkg_token *a = tk(d, from), *z = tk(d, to - 1);
  size_t in = from;
  while (in < to && strcmp(tk(d, in)->lower, "в") && strcmp(tk(d, in)->lower, "во")) in++;
  const nkg_token *hw = tk(d, in);
  char path[512], label[768], alt[768];
  snprintf(path, sizeof path, "org/%s-%s-in-%s", after_slash(b->path), after_slash(c->path), after_slash(h->path));
  snprintf(label, sizeof label, "%s %s %.*s", b->label, c->genitive ? c->genitive : c->label, (int)(z->end - hw->start),
           hw->surface);
  snprintf(alt, sizeof alt, "%s %.*s", b->label, (int)(z->end - a->start), a->surface);
  int ent = nkg_doc_entity(d, NKG_ENT_ORG, path, label, -1);
  int country_ent = entity_for_lex(d, country);
  nkg_entity *e = nkg_doc_ent(d, ent);
  e->country = country_ent;
  if (!memchr(alt, '\n', strlen(alt))) nkg_entity_add_alt(d, e, alt);
  return ent;
}

/* A council known for one organization, named for another the lexicon has no council
 * entry for: "Совет министров иностранных дел" + ОТГ -> "Совет министров иностранных дел ОТГ". */
static int compose_council(nkg_doc *d, int council, int org) {
  const nkg_lex_entry *c = &d->lex->entries[council], *o = &d->lex->entries[org];
  const nkg_lex_entry *known_parent = c->parent >= 0 ? &d->lex->entries[c->parent] : NULL;
  const char *cslug = after_slash(c->path), *oslug = after_slash(o->path);
  const char *pslug = known_parent ? after_slash(known_parent->path) : "";
  size_t pl = strlen(pslug);
  const char *kind = pl && !strncmp(cslug, pslug, pl) && cslug[pl] == '-' ? cslug + pl + 1 : cslug;
  char path[512], label[512];
  snprintf(path, sizeof path, "org/%s-%s", oslug, kind);
  /* the council's name less its organization's, then the other organization's */
  const char *name = c->label;
  size_t nl = strlen(name);
  const char *pname = known_parent && known_parent->abbr ? known_parent->abbr : "";
  size_t pnl = strlen(pname);
  if (pnl && nl > pnl + 1 && !strcmp(name + nl - pnl, pname)) nl -= pnl + 1;
  snprintf(label, sizeof label, "%.*s %s", (int)nl, name, o->abbr ? o->abbr : o->label);
  nkg_utf8_trim(label);
  int ent = nkg_doc_entity(d, NKG_ENT_ORG, path, label, -1);
  nkg_entity *e = nkg_doc_ent(d, ent);
  e->inferred = 1;
  if (c->abbr && o->abbr && strcmp(c->abbr, pname)) {
    char alt[256];
    const char *abbr = c->abbr;
    size_t al = strlen(abbr);
    if (pnl && al > pnl + 1 && !strcmp(abbr + al - pnl, pname)) al -= pnl + 1;
    snprintf(alt, sizeof alt, "%.*s %s", (int)al, abbr, o->abbr);
    nkg_utf8_trim(alt);
    nkg_entity_add_alt(d, e, alt);
  }
  return ent;
}

/* "ФСБ России", "Совет Безопасности ООН": a country or organization named inside
 * another's name is named by the text all the same. */
static void mention_inner_countries(nkg_doc *d, size_t from, size_t to, uint32_t si) {
  for (size_t j = from; j < to; j++) {
    nkg_lex_match all[8];
    size_t n = nkg_lex_match_at(d->lex, d->seg.tokens, d->seg.ntokens, j, all, 8);
    for (size_t k = 0; k < n; k++) {
      const nkg_lex_entry *e = &d->lex->entries[all[k].entry];
      if (j + all[k].ntokens > to || all[k].partial) continue;
      if (e->kind != NKG_LEX_COUNTRY && e->kind != NKG_LEX_ORG) continue;
      nkg_mention *m = push_mention(d, NKG_M_ENTITY, j, j + all[k].ntokens, si);
      m->lex = (int)all[k].entry;
      m->entity = entity_for_lex(d, (int)all[k].entry);
      /* "Сенат Олий Мажлиса Республики Узбекистан": the country inside the inner name too */
      if (e->kind == NKG_LEX_ORG) mention_inner_countries(d, j + 1, j + all[k].ntokens, si);
      j += all[k].ntokens - 1;
      break;
    }
  }
}

/* "государств Центральной Азии": after the member words [from, j) that end with "государств"
 * or "стран", capitalised words of no lexicon entry (a region).  Returns how many, or 0. */
static size_t states_named(const nkg_doc *d, size_t from, size_t j, size_t end) {
  if (j <= from) return 0;
  const char *w = tk(d, j - 1)->lower;
  if (strncmp(w, "государств", strlen("государств")) && strncmp(w, "стран", strlen("стран"))) return 0;
  size_t k = j;
  while (k < end && k - j < 3 && tk(d, k)->kind == NKG_TOK_WORD && (tk(d, k)->flags & NKG_TF_CAP) &&
         !(tk(d, k)->flags & NKG_TF_UPPER)) {
    nkg_lex_match m[4];
    if (nkg_lex_match_at(d->lex, d->seg.tokens, d->seg.ntokens, k, m, 4)) return 0;
    k++;
  }
  return k - j >= 2 ? k - j : 0; /* a region's name: an adjective and a noun at least */
}

/* The council named by `council`'s words less its organization's, and the states as the text
 * writes them: "Совет министров иностранных дел государств Центральной Азии". */
static int council_of_states(nkg_doc *d, nkg_slugger *sl, int council, size_t stop, size_t last) {
  const nkg_lex_entry *c = &d->lex->entries[council];
  const nkg_lex_entry *parent = c->parent >= 0 ? &d->lex->entries[c->parent] : NULL;
  const char *name = c->label, *pname = parent && parent->abbr ? parent->abbr : "";
  size_t nl = strlen(name), pnl = strlen(pname);
  if (pnl && nl > pnl + 1 && !strcmp(name + nl - pnl, pname)) nl -= pnl + 1;
  const nkg_token *a = tk(d, stop), *b = tk(d, last - 1);
  char label[768], slug[512], path[600];
  snprintf(label, sizeof label, "%.*s %.*s", (int)nl, name, (int)(b->end - a->start), a->surface);
  nkg_slug(sl, label, slug, sizeof slug);
  snprintf(path, sizeof path, "org/%s", slug);
  int ent = nkg_doc_entity(d, NKG_ENT_ORG, path, label, -1);
  nkg_doc_ent(d, ent)->inferred = 1;
  return ent;
}

/* Words between a council's name and its organization: "государств-членов". */
static size_t skip_member_words(const nkg_doc *d, size_t i, size_t end) {
  size_t j = i;
  while (j < end) {
    const char *w = tk(d, j)->lower;
    if (!strncmp(w, "государств", strlen("государств")) || !strncmp(w, "стран", strlen("стран")) ||
        !strncmp(w, "член", strlen("член")) || !strncmp(w, "участни", strlen("участни")) ||
        !strcmp(w, "-") || !strcmp(w, "\xE2\x80\x93") || !strcmp(w, "\xE2\x80\x94"))
      j++;
    else
      break;
  }
  return j;
}

/* "исполняющий обязанности министра обороны": a modifier and the role after it make
 * a role of their own, unless the lexicon lists the whole (a longer match won).
 * Returns the index of the role mention pushed, or -1. */
static int compose_role(nkg_doc *d, size_t i, size_t end, nkg_lex_match *m, nkg_lex_match *all, size_t nall,
                        uint32_t si) {
  int modifier = -1;
  for (size_t k = 0; k < nall; k++)
    if (all[k].ntokens == m->ntokens && d->lex->entries[all[k].entry].kind == NKG_LEX_MODIFIER) modifier = (int)all[k].entry;
  size_t stop = i + m->ntokens;
  if (modifier < 0 || stop >= end) return -1;
  nkg_lex_match rm, rall[8];
  size_t nr = 0;
  if (!best_match(d, stop, &rm, rall, &nr) || d->lex->entries[rm.entry].kind != NKG_LEX_ROLE) return -1;
  const nkg_lex_entry *mod = &d->lex->entries[modifier], *role = &d->lex->entries[rm.entry];
  char path[512], label[512];
  snprintf(path, sizeof path, "role/%s-%s", mod->slug_prefix ? mod->slug_prefix : after_slash(mod->path),
           after_slash(role->path));
  /* the role is written in the genitive after the modifier: keep it as written */
  size_t from = d->seg.tokens[stop].start, to = d->seg.tokens[stop + rm.ntokens - 1].end;
  char *written = nkg_fold(d->arena, d->seg.text + from, to - from);
  snprintf(label, sizeof label, "%s %s", mod->label, written);
  nkg_utf8_trim(label);
  nkg_mention *mm = push_mention(d, NKG_M_ENTITY, i, stop + rm.ntokens, si);
  mm->entity = nkg_doc_entity(d, NKG_ENT_ROLE, path, label, -1);
  nkg_doc_ent(d, mm->entity)->role_lex = (int)rm.entry;
  mm->former = is_former(d, i);
  mm->gcase = role_case(d, i, mod);
  return (int)(d->mentions.count - 1);
}

/* A capitalised word after "город" (any case) or "г." names a city; after "в городе"
 * it agrees in the locative ("Нукусе" -> "Нукус"), else it stands in the nominative. */
static size_t shaped_city(nkg_doc *d, nkg_slugger *sl, size_t i, size_t end, uint32_t si) {
  const nkg_token *t = tk(d, i);
  if (i == 0 || !(t->flags & NKG_TF_CAP) || !(t->flags & NKG_TF_CYRILLIC) || (t->flags & NKG_TF_UPPER)) return 0;
  if (t->end - t->start < 6) return 0;
  const nkg_token *b = tk(d, i - 1);
  int after_gorod = b->sentence == t->sentence && !strncmp(b->lower, "город", strlen("город"));
  int after_g = i >= 2 && !strcmp(b->lower, ".") && !strcmp(tk(d, i - 2)->lower, "г");
  if (!after_gorod && !after_g) return 0;
  if (i + 1 < end && nkg_surname_shaped(tk(d, i + 1))) return 0; /* "в городе Иван Петров ..." is no city */
  size_t len = t->end - t->start;
  const char *w = t->surface;
  if (after_gorod && !strcmp(b->lower, "городе") && len > 2 && !memcmp(w + len - 2, "е", 2)) len -= 2;
  char label[256], slug[256], path[300];
  snprintf(label, sizeof label, "%.*s", (int)len, w);
  nkg_utf8_trim(label);
  nkg_slug(sl, label, slug, sizeof slug);
  if (!slug[0]) return 0;
  snprintf(path, sizeof path, "city/%s", slug);
  nkg_mention *m = push_mention(d, NKG_M_ENTITY, i, i + 1, si);
  m->locative = 1;
  m->entity = nkg_doc_entity(d, NKG_ENT_CITY, path, label, -1);
  nkg_doc_ent(d, m->entity)->inferred = 1;
  return 1;
}

/* Words after the head of a name are genitive modifiers ("цифрового развития") or
 * datives after "по" ("по международным делам"): their endings show it. */
static int modifier_shaped(const char *w) {
  static const char *const endings[] = {"ого", "его", "ой", "ей", "ых", "их", "ов", "ев", "ий", "ым", "им", "ам", "ям",
                                        "ами", "ями", "ах", "ях", "а", "я", "ы", "и", "е", "ю", "дел", "по"};
  size_t len = strlen(w);
  for (size_t k = 0; k < sizeof endings / sizeof *endings; k++) {
    size_t el = strlen(endings[k]);
    if (len >= el && !strcmp(w + len - el, endings[k])) return 1;
  }
  return 0;
}

/* Whether a word ends as a Russian adjective does, in some case and gender. */
static size_t adjective_ending(const char *w) {
  static const char *const endings[] = {"ого", "его", "ому", "ему", "ыми", "ими", "ым", "им", "ом", "ем", "ой", "ей",
                                        "ую", "юю", "ая", "яя", "ое", "ее", "ый", "ий", "ые", "ие", "ых", "их"};
  size_t len = strlen(w);
  for (size_t k = 0; k < sizeof endings / sizeof *endings; k++) {
    size_t el = strlen(endings[k]);
    if (len >= el + 6 && !strcmp(w + len - el, endings[k])) return el;
  }
  return 0;
}

/* An adjective as written ("Дипломатическую") in the nominative of the gender of `head`
 * ("академия"): "Дипломатическая". */
static void adjective_nominative(const char *written, size_t len, const char *head, char *out, size_t size) {
  char w[256];
  snprintf(w, sizeof w, "%.*s", (int)len, written);
  len = strlen(w);
  size_t el = adjective_ending(w);
  size_t hl = strlen(head);
  int fem = hl >= 2 && (!strcmp(head + hl - 2, "а") || !strcmp(head + hl - 2, "я"));
  int neut = hl >= 2 && (!strcmp(head + hl - 2, "о") || !strcmp(head + hl - 2, "е"));
  size_t stem = len - el;
  const char *ending = w + stem;
  int soft = !strncmp(ending, "е", 2) || !strncmp(ending, "ю", 2) || !strncmp(ending, "я", 2) || !strncmp(ending, "и", 2);
  static const char *const velar_hushing[] = {"к", "г", "х", "ж", "ш", "ч", "щ"};
  int vh = 0;
  for (size_t k = 0; k < sizeof velar_hushing / sizeof *velar_hushing; k++)
    vh |= stem >= 2 && !strncmp(w + stem - 2, velar_hushing[k], 2);
  const char *nom = fem ? (soft && !vh ? "яя" : "ая") : neut ? (soft ? "ее" : "ое") : (soft || vh ? "ий" : "ый");
  snprintf(out, size, "%.*s%s", (int)stem, w, nom);
}

/* Whether a lower-case word ends as a verb's past, infinitive or reflexive form does. */
static int verb_shaped(const char *w) {
  static const char *const endings[] = {"ла", "ло", "ли", "ть", "ся", "сь", "ет", "ют", "ит", "ат", "ят"};
  size_t len = strlen(w);
  for (size_t k = 0; k < sizeof endings / sizeof *endings; k++) {
    size_t el = strlen(endings[k]);
    if (len >= el && !strcmp(w + len - el, endings[k])) return 1;
  }
  return 0;
}

/* Whether token j can be a lower-case word of a name after its head: a genitive modifier
 * ("цифрового развития", "службы") or a dative after "по" ("делам"); not a verb ("примет",
 * "отметила"), a role or an event word, nor a short word. */
static int name_modifier(const nkg_doc *d, size_t j, size_t end) {
  if (j >= end) return 0;
  const nkg_token *t = tk(d, j);
  if (t->kind != NKG_TOK_WORD || (t->flags & (NKG_TF_CAP | NKG_TF_UPPER))) return 0;
  nkg_lex_match lm, lall[8];
  size_t nl = 0;
  if (best_match(d, j, &lm, lall, &nl) && d->lex->entries[lm.entry].kind != NKG_LEX_ORG_HEAD &&
      d->lex->entries[lm.entry].kind != NKG_LEX_TOPIC)
    return 0;
  return modifier_shaped(t->lower) && strlen(t->lower) >= 6 && !verb_shaped(t->lower);
}

/* Lower-case words after "по" in a name: "по международным делам". */
static size_t dative_phrase(const nkg_doc *d, size_t j, size_t end) {
  if (j + 1 >= end || strcmp(tk(d, j)->lower, "по")) return 0;
  size_t k = j + 1;
  while (k < end && k - j <= 4 && tk(d, k)->kind == NKG_TOK_WORD && !(tk(d, k)->flags & (NKG_TF_CAP | NKG_TF_UPPER)) &&
         modifier_shaped(tk(d, k)->lower))
    k++;
  return k - j >= 2 ? k - j : 0;
}

/* "Министерство цифрового развития Казахстана": a capitalised head noun, lower-case
 * words, then a country or organization of the lexicon (a body kind and its country
 * too), and maybe what it deals with ("Комитет Совета Федерации по международным
 * делам"); or, inside a sentence, a capitalised head and two or more lower-case words
 * that end the phrase ("Совета стратегического сотрудничества высокого уровня").  A
 * capitalised adjective may come before a lower-case head ("Дипломатическую академию МИД
 * Кыргызстана", `adj` the adjective's token, else -1).  The head is put in the nominative;
 * the words after it are genitive modifiers and stay as written.  Pushes the organization
 * (and what it names) and returns the organization's entity, or -1. */
static int shaped_org(nkg_doc *d, nkg_slugger *sl, long adj, size_t i, size_t head_end, size_t end, size_t *stop,
                      uint32_t si) {
  static const char *const prepositions[] = {"в", "во", "на", "с", "со", "к", "о", "об", "у", "от", "до", "за", "из",
                                             "при", "для", "без", "под", "над", "через", "между", "а", "но", "что"};
  size_t j = head_end;
  int glued = 0; /* "цифрового развития, инноваций и аэрокосмической промышленности" */
  for (; j < end && j - head_end < 12; j++) {
    const nkg_token *t = tk(d, j);
    if ((!strcmp(t->lower, ",") || !strcmp(t->lower, "и")) && j > head_end && name_modifier(d, j + 1, end)) {
      glued = 1;
      continue;
    }
    if (t->kind != NKG_TOK_WORD || (t->flags & (NKG_TF_CAP | NKG_TF_UPPER))) break;
    if (!strcmp(t->lower, "по") && name_modifier(d, j + 1, end)) continue; /* "по делам государственной службы" */
    for (size_t k = 0; k < sizeof prepositions / sizeof *prepositions; k++)
      if (!strcmp(t->lower, prepositions[k])) return -1; /* "Ассамблея за вклад в ...": not a name */
    if (!name_modifier(d, j, end)) return -1;
  }
  size_t words = j - head_end;
  if (j > end) return -1;
  nkg_lex_match am = {0}, aall[8];
  size_t na = 0, named_end = j;
  int named = -1, named_country = -1;
  nkg_lex_kind ak = NKG_LEX_KIND_COUNT;
  if (j < end && best_match(d, j, &am, aall, &na)) ak = d->lex->entries[am.entry].kind;
  if (ak == NKG_LEX_COUNTRY || (ak == NKG_LEX_ORG && !am.partial)) {
    named = (int)am.entry;
    named_end = j + am.ntokens;
  } else if (ak == NKG_LEX_BODY && adj >= 0 && j == head_end) {
    /* "Дипломатическая академия МИД Кыргызстана": an institution of a country's body; a
     * department of it ("Управление пресс-службы МИД") is the body's own business */
    nkg_lex_match cm, call[8];
    size_t nc = 0;
    size_t at = j + am.ntokens;
    if (at < end && best_match(d, at, &cm, call, &nc) && d->lex->entries[cm.entry].kind == NKG_LEX_COUNTRY) {
      named = (int)am.entry;
      named_country = (int)cm.entry;
      named_end = at + cm.ntokens;
    }
  }
  size_t about = named_end < end ? dative_phrase(d, named_end, end) : 0;
  size_t last = named_end + about;
  /* "... по целям в области устойчивого развития для ...": where the phrase goes on in lower
   * case, the name's end cannot be seen */
  if (about && last < end && tk(d, last)->kind == NKG_TOK_WORD && !(tk(d, last)->flags & (NKG_TF_CAP | NKG_TF_UPPER)))
    return -1;
  if (named < 0) {
    /* no organization or country named: a name only inside a sentence, of two words or more,
     * ending the phrase */
    const nkg_token *h = tk(d, i);
    int mid_sentence = i > d->seg.sentences[si].first && !(h->flags & NKG_TF_LINE_START);
    if (!mid_sentence || adj >= 0 || words < 2 || about || glued) return -1;
    if (j < end && tk(d, j)->kind == NKG_TOK_WORD) return -1;
    last = j;
  } else if (words == 0 && !about && adj < 0) {
    return -1; /* "Комитета ОДКБ": the organization's own name, if any, is the lexicon's */
  }
  nkg_lex_match hm = {0}, hall[8];
  size_t nh = 0;
  if (!best_match(d, i, &hm, hall, &nh)) return -1;
  const char *head = d->lex->entries[hm.entry].label;
  size_t from = tk(d, head_end)->start, to = tk(d, last - 1)->end;
  char label[768], slug[512], path[600], adjective[256] = "";
  if (adj >= 0) {
    const nkg_token *a = tk(d, (size_t)adj);
    adjective_nominative(a->surface, a->end - a->start, head, adjective, sizeof adjective - 1);
    strcat(adjective, " ");
  }
  /* the head's nominative, capitalised as it stands at the start of a name */
  int n = last > head_end ? snprintf(label, sizeof label, "%s%s %.*s", adjective, head, (int)(to - from), d->seg.text + from)
                          : snprintf(label, sizeof label, "%s%s", adjective, head);
  if (n <= 0 || (size_t)n >= sizeof label || memchr(label, '\n', (size_t)n)) return -1;
  nkg_utf8_capitalize_cyrillic(label);
  nkg_slug(sl, label, slug, sizeof slug);
  snprintf(path, sizeof path, "org/%s", slug);
  nkg_mention *om = push_mention(d, NKG_M_ENTITY, adj >= 0 ? (size_t)adj : i, last, si);
  om->entity = nkg_doc_entity(d, NKG_ENT_ORG, path, label, -1);
  nkg_entity *oe = nkg_doc_ent(d, om->entity);
  oe->inferred = 1;
  int org = om->entity;
  if (named >= 0 && named_country >= 0) {
    /* "МИД Кыргызстана" inside the name: the ministry and the country are named too */
    nkg_mention *bm = push_mention(d, NKG_M_ENTITY, j, j + am.ntokens, si);
    bm->entity = nkg_national_body(d, named, named_country);
    nkg_mention *cm = push_mention(d, NKG_M_ENTITY, j + am.ntokens, named_end, si);
    cm->lex = named_country;
    cm->entity = entity_for_lex(d, named_country);
    nkg_doc_ent(d, org)->country = cm->entity;
  } else if (named >= 0) {
    nkg_mention *am_m = push_mention(d, NKG_M_ENTITY, j, named_end, si);
    am_m->lex = named;
    am_m->entity = entity_for_lex(d, named);
    if (d->lex->entries[named].kind == NKG_LEX_COUNTRY) nkg_doc_ent(d, org)->country = am_m->entity;
  }
  *stop = last;
  return org;
}

static int preposition_case(const char *w) { return (int)nkg_case_after_preposition(w); }

/* The country token i names by an adjective ("белорусского"), or -1. */
static int country_adjective_at(const nkg_doc *d, size_t i) {
  const nkg_token *t = tk(d, i);
  if (t->kind != NKG_TOK_WORD || (t->flags & NKG_TF_UPPER)) return -1;
  return nkg_lex_country_of_adjective(d->lex, t->lower);
}

/* The country named by an adjective: its entity is written out (it is a role's
 * affiliation), but the document is not said to mention it. */
static void push_adjective_country(nkg_doc *d, size_t i, int country, uint32_t si) {
  nkg_mention *cm = push_mention(d, NKG_M_ENTITY, i, i + 1, si);
  cm->lex = country;
  cm->entity = entity_for_lex(d, country);
  cm->adjective = 1;
  nkg_doc_ent(d, cm->entity)->implied = 1;
}

/* "главой казахстанского МИД", "секретарь белорусского Совбеза": a role whose name a
 * country's adjective interrupts. Matches the role as if the adjective were not there;
 * returns the tokens the longer role covers in the text (adjective included), or 0. */
static size_t role_around_adjective(const nkg_doc *d, size_t i, size_t stop, size_t end, const nkg_lex_match *m,
                                    nkg_lex_match *longer) {
  if (stop + 1 >= end || country_adjective_at(d, stop) < 0) return 0;
  nkg_token without[8];
  size_t n = 0;
  for (size_t j = i; j < end && n < sizeof without / sizeof *without; j++)
    if (j != stop) without[n++] = d->seg.tokens[j];
  nkg_lex_match all[8];
  size_t nall = nkg_lex_match_at(d->lex, without, n, 0, all, 8);
  if (!nall || all[0].ntokens <= m->ntokens || all[0].partial) return 0;
  if (d->lex->entries[all[0].entry].kind != NKG_LEX_ROLE) return 0;
  *longer = all[0];
  return all[0].ntokens + 1;
}

/* The country named right after a body's name at token i, in tokens [*cfrom, *cto): "Совета
 * безопасности Кыргызской Республики", also past "при" and the office it is attached to
 * ("Совет безопасности при Президенте Республики Узбекистан").  Returns the country's lexicon
 * entry, or -1. */
static int country_after_body(const nkg_doc *d, size_t i, size_t end, size_t *cfrom, size_t *cto) {
  nkg_lex_match m, all[8];
  size_t n = 0;
  if (i + 2 < end && !strcmp(tk(d, i)->lower, "при") && best_match(d, i + 1, &m, all, &n) &&
      (d->lex->entries[m.entry].kind == NKG_LEX_ROLE || d->lex->entries[m.entry].kind == NKG_LEX_BODY))
    i += 1 + m.ntokens;
  if (i >= end || !best_match(d, i, &m, all, &n) || d->lex->entries[m.entry].kind != NKG_LEX_COUNTRY) return -1;
  *cfrom = i;
  *cto = i + m.ntokens;
  return (int)m.entry;
}

/* Whether a noun's form is plural by its ending: "советов", "кабинетам". The bodies of
 * "секретари советов безопасности Беларуси и России" are several, named by no one word. */
static int plural_noun_form(const char *w) {
  static const char *const endings[] = {"ов", "ев", "ам", "ям", "ами", "ями", "ах", "ях"};
  size_t len = strlen(w);
  for (size_t k = 0; k < sizeof endings / sizeof *endings; k++) {
    size_t el = strlen(endings[k]);
    if (len > el + 2 && !strcmp(w + len - el, endings[k])) return 1;
  }
  return 0;
}

/* "председатель Кабинета министров Киргизии", "секретаря Совета безопасности Кыргызской
 * Республики", "начальник Генерального штаба Вооруженных Сил": the role's name contains the
 * name of the body it belongs to, and that body is an organization the document names.  Looks
 * for a capitalised body kind or organization starting inside the role's tokens [from, stop)
 * and reaching its end (it may go on after it).  A body followed by a country is that
 * country's; one named by the country's adjective before it too; else the role's membership
 * will tell (nkg_role_body).  Returns where the name ends (at
 * least `stop`). */
static size_t body_inside_role(nkg_doc *d, size_t from, size_t stop, size_t end, int role_entity, uint32_t si) {
  for (size_t j = from + 1; j < stop; j++) {
    const nkg_token *t = tk(d, j);
    if (t->kind != NKG_TOK_WORD || !(t->flags & (NKG_TF_CAP | NKG_TF_UPPER))) continue;
    /* "глава МИД Киргизии", "заместитель главы МИД" are names of roles, the ministry they
     * imply is not named by them: an abbreviation inside a role is part of the role's name */
    if (t->flags & NKG_TF_UPPER) continue;
    nkg_lex_match all[8];
    size_t n = nkg_lex_match_at(d->lex, d->seg.tokens, d->seg.ntokens, j, all, 8);
    for (size_t k = 0; k < n; k++) {
      const nkg_lex_entry *e = &d->lex->entries[all[k].entry];
      size_t last = j + all[k].ntokens;
      if (last < stop || last > end || all[k].partial) continue;
      if (e->kind == NKG_LEX_ORG) {
        nkg_mention *om = push_mention(d, NKG_M_ENTITY, j, last, si);
        om->lex = (int)all[k].entry;
        om->entity = entity_for_lex(d, (int)all[k].entry);
        return last;
      }
      if (e->kind != NKG_LEX_BODY) continue;
      if (!(t->flags & NKG_TF_UPPER) && plural_noun_form(t->lower)) return stop;
      int adjective = country_adjective_at(d, j - 1);
      size_t cfrom = 0, cto = 0;
      int country = country_after_body(d, last, end, &cfrom, &cto);
      if (country >= 0) {
        nkg_mention *bm = push_mention(d, NKG_M_ENTITY, j, last, si);
        bm->entity = nkg_national_body_written(d, (int)all[k].entry, country, last, cto);
      } else if (adjective >= 0) {
        nkg_mention *bm = push_mention(d, NKG_M_ENTITY, j - 1, last, si);
        bm->entity = nkg_national_body(d, (int)all[k].entry, adjective);
      } else {
        nkg_role_body *rb = nkg_vec_push(&d->role_bodies);
        rb->body = (int)all[k].entry;
        rb->role = role_entity;
        rb->first = (uint32_t)j;
        rb->last = (uint32_t)last;
        rb->sentence = si;
      }
      return last;
    }
  }
  return stop;
}

static void recognize_sentence(recognizer *r, uint32_t si) {
  nkg_doc *d = r->d;
  const nkg_sentence *s = &d->seg.sentences[si];
  size_t end = s->first + s->count;
  long frame_end = -1; /* where the last role or its affiliation ended */
  nkg_case frame_case = NKG_CASE_NOM; /* the case the role is in: its persons are in it too */
  long list_end = -1; /* where a person in an oblique case ended: "с А и Б", "принял А и Б" */
  nkg_case list_case = NKG_CASE_NOM;
  for (size_t i = s->first; i < end;) {
    const nkg_token *t = tk(d, i);
    size_t n = 0;
    nkg_date date;
    int rel;
    if (nkg_parse_date_at(d, i, end, &date, &n)) {
      push_mention(d, NKG_M_DATE, i, i + n, si)->date = date;
      i += n;
      continue;
    }
    if (nkg_relative_day_at(d, i, &rel, &n)) {
      push_mention(d, NKG_M_RELDAY, i, i + n, si)->rel = rel;
      i += n;
      continue;
    }
    if (nkg_relative_week_at(d, i, end, &rel, &n)) {
      push_mention(d, NKG_M_RELWEEK, i, i + n, si)->rel = rel;
      if (rel < 0) d->sentence_past[si] = 1;
      if (rel > 0) d->sentence_future[si] = 1;
      i += n;
      continue;
    }
    int month;
    if (nkg_relative_year_at(d, i, end, &rel, &month, &n)) {
      nkg_mention *m = push_mention(d, NKG_M_RELYEAR, i, i + n, si);
      m->rel = rel;
      m->date.month = (int8_t)month;
      if (rel < 0) d->sentence_past[si] = 1;
      if (rel > 0) d->sentence_future[si] = 1;
      i += n;
      continue;
    }
    if (nkg_future_marker_at(d, i, &n)) { /* the word may still be more */
      d->sentence_future[si] = 1;
      d->future_word[i] = 1;
    }
    if (nkg_past_marker_at(d, i, &n)) {
      push_mention(d, NKG_M_PAST, i, i + n, si);
      d->sentence_past[si] = 1;
      i += n;
      continue;
    }
    if (t->kind != NKG_TOK_WORD) {
      i++;
      continue;
    }
    nkg_person_name name;
    nkg_case context = NKG_CASE_UNKNOWN;
    if (list_end >= 0 && nkg_only_list_glue(d, (size_t)list_end, i))
      context = list_case;
    else if (frame_end >= 0 && nkg_only_list_glue(d, (size_t)frame_end, i))
      context = frame_case;
    else if (i > s->first) {
      nkg_case governed = (nkg_case)nkg_word_property(d, tk(d, i - 1), NKG_WP_PREPOSITION_CASE, preposition_case);
      if (governed != NKG_CASE_NOM) context = governed;
    }
    if ((n = nkg_match_person(d, i, end, context, &name)) > 0) {
      pending_person *p = nkg_vec_push(&r->persons);
      p->name = name;
      p->mention = d->mentions.count;
      push_mention(d, NKG_M_ENTITY, i, i + n, si)->gcase = name.gcase;
      if (frame_end >= 0) frame_end = (long)(i + n);
      if (name.gcase != NKG_CASE_NOM && name.gcase != NKG_CASE_UNKNOWN) {
        list_end = (long)(i + n); /* the next name of the list is in the same case */
        list_case = name.gcase;
      }
      i += n;
      continue;
    }
    nkg_lex_match m, all[8];
    size_t nall = 0;
    if (best_match(d, i, &m, all, &nall)) {
      int composed = compose_role(d, i, end, &m, all, nall, si);
      if (composed >= 0) {
        nkg_mention *mm = nkg_vec_at(&d->mentions, (size_t)composed);
        size_t first = mm->first, last = mm->last;
        int role_entity = mm->entity;
        frame_case = (nkg_case)mm->gcase;
        size_t after = body_inside_role(d, first, last, end, role_entity, si);
        frame_end = (long)after;
        i = after;
        continue;
      }
      const nkg_lex_entry *e = &d->lex->entries[m.entry];
      size_t stop = i + m.ntokens;
      switch (e->kind) {
      case NKG_LEX_COUNTRY:
      case NKG_LEX_CITY:
      case NKG_LEX_ORG: {
        /* "СМИД" is the abbreviation of several organizations' councils: which one, the
         * organization after it or the document says, as for a partial name */
        for (size_t k = 1; k < nall && !m.partial && e->parent >= 0; k++)
          if (all[k].ntokens == m.ntokens && d->lex->entries[all[k].entry].kind == NKG_LEX_ORG &&
              d->lex->entries[all[k].entry].parent >= 0 && d->lex->entries[all[k].entry].parent != e->parent) {
            m.partial = 1;
            for (size_t q = 0; q < nall; q++)
              if (all[q].ntokens == m.ntokens) all[q].partial = 1;
          }
        if (m.partial) {
          /* the council's organization may follow: "... государств-членов ОДКБ" */
          size_t j = skip_member_words(d, stop, end);
          nkg_lex_match pm, pall[8];
          size_t np = 0;
          int chosen = -1;
          int parent_follows = j < end && best_match(d, j, &pm, pall, &np) &&
                               d->lex->entries[pm.entry].kind == NKG_LEX_ORG &&
                               d->lex->entries[pm.entry].org_kind == NKG_ORGKIND_INTERGOV;
          if (parent_follows)
            for (size_t k = 0; k < nall && chosen < 0; k++)
              if (all[k].partial && all[k].ntokens == m.ntokens && d->lex->entries[all[k].entry].parent == (int)pm.entry)
                chosen = (int)all[k].entry;
          if (chosen >= 0 || parent_follows) {
            nkg_mention *mm = push_mention(d, NKG_M_ENTITY, i, j + pm.ntokens, si);
            mm->lex = chosen;
            mm->entity = chosen >= 0 ? entity_for_lex(d, chosen) : compose_council(d, (int)m.entry, (int)pm.entry);
            /* the organization itself is named too */
            nkg_mention *pmm = push_mention(d, NKG_M_ENTITY, j, j + pm.ntokens, si);
            pmm->lex = (int)pm.entry;
            pmm->entity = entity_for_lex(d, (int)pm.entry);
            i = j + pm.ntokens;
          } else if ((n = states_named(d, stop, j, end)) > 0) {
            /* "Совета министров иностранных дел государств Центральной Азии": the council of a
             * group of states the text names, not of an organization */
            nkg_mention *mm = push_mention(d, NKG_M_ENTITY, i, j + n, si);
            mm->entity = council_of_states(d, r->slugger, (int)m.entry, stop, j + n);
            i = j + n;
          } else {
            pending_council *c = nkg_vec_push(&r->councils);
            c->mention = d->mentions.count;
            for (size_t k = 0; k < nall && c->ncandidates < 4; k++)
              if (all[k].partial && all[k].ntokens == m.ntokens) c->candidates[c->ncandidates++] = all[k].entry;
            push_mention(d, NKG_M_ENTITY, i, stop, si);
            i = stop;
          }
          continue;
        }
        nkg_mention *mm = push_mention(d, NKG_M_ENTITY, i, stop, si);
        mm->lex = (int)m.entry;
        mm->entity = entity_for_lex(d, (int)m.entry);
        if (frame_end >= 0) frame_end = (long)stop;
        if (e->kind == NKG_LEX_ORG) mention_inner_countries(d, i + 1, stop, si);
        i = stop;
        continue;
      }
      case NKG_LEX_BODY: {
        nkg_lex_match cm, call[8];
        size_t nc = 0;
        if (stop < end && best_match(d, stop, &cm, call, &nc) && d->lex->entries[cm.entry].kind == NKG_LEX_COUNTRY) {
          size_t after = stop + cm.ntokens, host_end = after;
          int host = e->abroad ? host_country(d, after, end, (int)cm.entry, &host_end) : -1;
          nkg_mention *mm = push_mention(d, NKG_M_ENTITY, i, host >= 0 ? host_end : stop, si);
          mm->entity = host >= 0 ? body_abroad(d, (int)m.entry, (int)cm.entry, host, stop, host_end)
                                 : nkg_national_body_written(d, (int)m.entry, (int)cm.entry, stop, after);
          nkg_mention *cmm = push_mention(d, NKG_M_ENTITY, stop, after, si);
          cmm->lex = (int)cm.entry;
          cmm->entity = entity_for_lex(d, (int)cm.entry);
          if (host >= 0) {
            nkg_mention *hm = push_mention(d, NKG_M_ENTITY, after + 1, host_end, si);
            hm->lex = host;
            hm->entity = entity_for_lex(d, host);
          }
          if (frame_end >= 0) frame_end = (long)host_end;
          i = host_end;
        } else if (i > s->first && country_adjective_at(d, i - 1) >= 0) {
          /* "казахстанского МИД": the body of the country its adjective names */
          int country = country_adjective_at(d, i - 1);
          nkg_mention *mm = push_mention(d, NKG_M_ENTITY, i - 1, stop, si);
          mm->entity = nkg_national_body(d, (int)m.entry, country);
          push_adjective_country(d, i - 1, country, si);
          if (frame_end >= 0) frame_end = (long)stop;
          i = stop;
        } else {
          i = stop;
        }
        continue;
      }
      case NKG_LEX_ROLE: {
        if (i > s->first && !strcmp(tk(d, i - 1)->lower, "во") && !strcmp(t->lower, "главе")) {
          i = stop; /* "во главе с ...": led by, not a role */
          continue;
        }
        nkg_lex_match longer;
        size_t covered = role_around_adjective(d, i, stop, end, &m, &longer);
        if (covered) {
          /* the role's words, the country, then the rest of its name as glue: the person
           * after it is the role's, the country its affiliation */
          nkg_mention *mm = push_mention(d, NKG_M_ENTITY, i, stop, si);
          mm->lex = (int)longer.entry;
          mm->entity = entity_for_lex(d, (int)longer.entry);
          mm->former = is_former(d, i);
          mm->gcase = role_case(d, i, e);
          frame_case = (nkg_case)mm->gcase;
          push_adjective_country(d, stop, country_adjective_at(d, stop), si);
          for (size_t j = stop + 1; j < i + covered; j++) d->glue[j] = 1;
          frame_end = (long)(i + covered);
          i += covered;
          continue;
        }
        nkg_mention *mm = push_mention(d, NKG_M_ENTITY, i, stop, si);
        mm->lex = (int)m.entry;
        mm->entity = entity_for_lex(d, (int)m.entry);
        mm->former = is_former(d, i);
        mm->gcase = role_case(d, i, e);
        frame_case = (nkg_case)mm->gcase;
        size_t after = body_inside_role(d, i, stop, end, mm->entity, si);
        frame_end = (long)after;
        i = after;
        continue;
      }
      case NKG_LEX_ORG_HEAD: {
        size_t stop2 = 0;
        /* a capitalised adjective before a lower-case head: "Дипломатическую академию" */
        long adj = -1;
        if (!(t->flags & NKG_TF_CAP) && i > s->first && (tk(d, i - 1)->flags & NKG_TF_CAP) &&
            !(tk(d, i - 1)->flags & NKG_TF_UPPER) && tk(d, i - 1)->kind == NKG_TOK_WORD &&
            adjective_ending(tk(d, i - 1)->lower) && country_adjective_at(d, i - 1) < 0)
          adj = (long)(i - 1);
        int org = (t->flags & NKG_TF_CAP) || adj >= 0 ? shaped_org(d, r->slugger, adj, i, stop, end, &stop2, si) : -1;
        if (org >= 0) {
          if (frame_end >= 0) frame_end = (long)stop2;
          i = stop2;
        } else {
          i = stop;
        }
        continue;
      }
      case NKG_LEX_TOPIC: {
        int seen = 0;
        for (size_t k = 0; k < d->topics.count; k++) seen |= *(int *)nkg_vec_at(&d->topics, k) == (int)m.entry;
        if (!seen) *(int *)nkg_vec_push(&d->topics) = (int)m.entry;
        i = stop;
        continue;
      }
      case NKG_LEX_TITLE:
        for (size_t j = i; j < stop; j++) d->glue[j] = 1;
        i = stop;
        continue;
      case NKG_LEX_TRIGGER: {
        nkg_mention *mm = push_mention(d, NKG_M_TRIGGER, i, stop, si);
        mm->lex = (int)m.entry;
        i = stop;
        continue;
      }
      default: i = stop; continue;
      }
    }
    /* "в городе Нукусе", "г. Термез": a city the lexicon does not know */
    if ((n = shaped_city(d, r->slugger, i, end, si)) > 0) {
      i += n;
      continue;
    }
    /* "с Алишером Файзуллаевым": a name the list does not know, its case stated twice */
    if ((n = nkg_match_surnamed_person(d, i, end, context, &name)) > 0) {
      pending_person *p = nkg_vec_push(&r->persons);
      p->name = name;
      p->mention = d->mentions.count;
      push_mention(d, NKG_M_ENTITY, i, i + n, si)->gcase = name.gcase;
      if (frame_end >= 0) frame_end = (long)(i + n);
      list_end = (long)(i + n);
      list_case = name.gcase;
      i += n;
      continue;
    }
    /* "Ухнаагийн Хурэлсух", "Ли Чжон Хун": names of other traditions, known by their shape */
    if ((n = nkg_match_foreign_person(d, i, end, context, &name)) > 0) {
      pending_person *p = nkg_vec_push(&r->persons);
      p->name = name;
      p->mention = d->mentions.count;
      push_mention(d, NKG_M_ENTITY, i, i + n, si)->gcase = name.gcase;
      if (frame_end >= 0) frame_end = (long)(i + n);
      i += n;
      continue;
    }
    /* a name the given-name list does not know, where a role makes a person certain */
    if (frame_end >= 0) {
      size_t j = (size_t)frame_end;
      while (j < i && is_glue_at(d, j)) j++;
      if (j == i && (n = nkg_match_unknown_person(d, i, end, frame_case, &name)) > 0) {
        pending_person *p = nkg_vec_push(&r->persons);
        p->name = name;
        p->mention = d->mentions.count;
        push_mention(d, NKG_M_ENTITY, i, i + n, si)->gcase = name.gcase;
        frame_end = (long)(i + n);
        i += n;
        continue;
      }
    }
    i++;
  }
}

/* --- persons --- */

static char *fold(nkg_doc *d, const char *s) { return nkg_fold(d->arena, s, strlen(s)); }

static int person_entity(recognizer *r, const char *given, const char *surname, const nkg_person_name *pn) {
  nkg_doc *d = r->d;
  /* a person the lexicon knows keeps its IRI, label and Wikidata link */
  int known = nkg_lex_person_by_surname(d->lex, fold(d, surname));
  if (known >= 0) {
    const nkg_lex_entry *e = &d->lex->entries[known];
    if (given ? !strcmp(fold(d, given), fold(d, e->given)) : 1) {
      int ent = nkg_doc_entity(d, NKG_ENT_PERSON, e->path, e->label, known);
      nkg_entity *p = nkg_doc_ent(d, ent);
      p->given = e->given;
      p->surname = e->surname;
      if (pn && pn->patronymic && !p->patronymic) p->patronymic = pn->patronymic;
      return ent;
    }
  }
  char path[600], slug[512];
  const char *label = pn && pn->surname_first ? nkg_arena_join(d->arena, surname, " ", given)
                                              : nkg_arena_join(d->arena, given, " ", surname);
  nkg_slug(r->slugger, label, slug, sizeof slug);
  snprintf(path, sizeof path, "person/%s", slug);
  int ent = nkg_doc_entity(d, NKG_ENT_PERSON, path, label, -1);
  nkg_entity *p = nkg_doc_ent(d, ent);
  p->surname_first = pn && pn->surname_first;
  p->given = nkg_arena_strdup(d->arena, given);
  p->surname = nkg_arena_strdup(d->arena, surname);
  if (pn) {
    p->female = pn->female;
    p->inferred |= pn->inferred;
    if (pn->patronymic && !p->patronymic) p->patronymic = pn->patronymic;
  }
  return ent;
}

/* The length in bytes of a non-empty UTF-8 string's first character. */
static size_t first_char_len(const char *s) {
  size_t n = 1;
  while (s[n] && ((unsigned char)s[n] & 0xC0) == 0x80) n++;
  return n;
}

/* Whether two UTF-8 strings start with the same character. */
static int same_first_char(const char *a, const char *b) { return !strncmp(a, b, first_char_len(a)); }

/* A surname as the text writes it, folded, with the nominatives it may be an oblique
 * case of (each gender, each case), worked out once per surname rather than once per
 * pair of persons compared: a document naming thousands of persons compares millions
 * of pairs. */
typedef struct {
  const char *folded;
  const char *nominatives[8];
} surname_forms;

static void surname_forms_of(nkg_doc *d, const char *form, surname_forms *out) {
  static const nkg_case cases[] = {NKG_CASE_GEN, NKG_CASE_DAT, NKG_CASE_INS, NKG_CASE_PREP};
  out->folded = fold(d, form);
  size_t k = 0;
  for (int female = 0; female < 2; female++)
    for (size_t c = 0; c < sizeof cases / sizeof *cases; c++)
      out->nominatives[k++] = fold(d, nkg_surname_nominative(d->arena, form, strlen(form), female, cases[c]));
}

/* Whether the surname `form` is the folded `nominative` in some case. */
static int is_surname_form(const char *nominative, const surname_forms *form) {
  if (!strcmp(nominative, form->folded)) return 1;
  /* declension changes only a surname's ending, never its first letter */
  if (!*nominative || !same_first_char(nominative, form->folded)) return 0;
  for (size_t k = 0; k < sizeof form->nominatives / sizeof *form->nominatives; k++)
    if (!strcmp(nominative, form->nominatives[k])) return 1;
  return 0;
}

/* The first letter of a UTF-8 string, folded, as a small string. */
static void first_letter(nkg_doc *d, const char *s, char out[8]) {
  char *f = fold(d, s);
  size_t n = 1;
  while (f[n] && ((unsigned char)f[n] & 0xC0) == 0x80) n++;
  memcpy(out, f, n);
  out[n] = '\0';
}

/* A person's initial and folded surname, kept so that each person is folded once
 * however many initials are compared with it.  Valid while `given` and `surname` are
 * the strings it was made from. */
typedef struct {
  const char *given, *surname;
  char initial[8];
  const char *folded_surname;
} person_key;

static const person_key *key_of(nkg_doc *d, person_key *k, const char *given, const char *surname) {
  if (k->given != given || k->surname != surname) {
    k->given = given;
    k->surname = surname;
    first_letter(d, given, k->initial);
    k->folded_surname = fold(d, surname);
  }
  return k;
}

/* "А.Гаджизаде" where the document also writes "Айхан Гаджизаде", a given name the list does
 * not know: the capitalised word before the same surname, with the initial's letter, is the
 * given name.  `after_word` maps each folded word written after a capitalised word to its
 * first token (made on first use). Returns the person entity, or -1. */
static int full_name_in_text(recognizer *r, nkg_strmap *after_word, int *made, const char *initial, const char *surname) {
  nkg_doc *d = r->d;
  if (!*made) {
    *made = 1;
    for (size_t i = 1; i < d->seg.ntokens; i++) {
      const nkg_token *a = tk(d, i - 1), *b = tk(d, i);
      if (a->sentence != b->sentence || !nkg_surname_shaped(b) || !(a->flags & NKG_TF_CAP)) continue;
      nkg_strmap_put(after_word, b->lower, strlen(b->lower), (uint32_t)i, NULL);
    }
  }
  const char *f = fold(d, surname);
  const uint32_t *at = nkg_strmap_get(after_word, f, strlen(f));
  if (!at) return -1;
  size_t t = *at;
  const nkg_sentence *s = &d->seg.sentences[tk(d, t)->sentence];
  nkg_person_name name;
  if (nkg_match_unknown_person(d, t - 1, s->first + s->count, NKG_CASE_UNKNOWN, &name) != 2) return -1;
  char given_initial[8];
  first_letter(d, name.given, given_initial);
  if (strcmp(given_initial, initial) || strcmp(fold(d, name.surname), f)) return -1;
  int ent = person_entity(r, name.given, name.surname, &name);
  nkg_mention *m = push_mention(d, NKG_M_ENTITY, t - 1, t + 1, tk(d, t)->sentence);
  m->entity = ent;
  return ent;
}

/* Initials as a label writes them, a space after each full stop before the next letter:
 * "М.В." and "М. В." are one person's "М. В." ("К.-Ж." keeps its hyphen). */
static const char *spaced_initials(nkg_arena *a, const char *initials) {
  size_t n = strlen(initials);
  char *out = nkg_arena_alloc(a, 2 * n + 1);
  size_t o = 0;
  for (size_t k = 0; k < n; k++) {
    if (initials[k] == ' ' && o > 0 && out[o - 1] == ' ') continue;
    out[o++] = initials[k];
    if (initials[k] == '.' && k + 1 < n && initials[k + 1] != ' ' && initials[k + 1] != '-') out[o++] = ' ';
  }
  out[o] = '\0';
  return out;
}

static void resolve_persons(recognizer *r, nkg_segmenter *seg) {
  nkg_doc *d = r->d;
  (void)seg;
  /* full names first: initials and bare surnames resolve to them */
  for (size_t k = 0; k < r->persons.count; k++) {
    pending_person *p = nkg_vec_at(&r->persons, k);
    if (!p->name.given) continue;
    nkg_mention *m = nkg_vec_at(&d->mentions, p->mention);
    m->entity = person_entity(r, p->name.given, p->name.surname, &p->name);
  }
  nkg_vec keys; /* person_key by entity; entities are added as initials resolve */
  nkg_vec_init(&keys, sizeof(person_key));
  nkg_strmap after_word;
  nkg_strmap_init(&after_word);
  int after_word_made = 0;
  person_key *lex_keys = NULL;
  for (size_t k = 0; k < r->persons.count; k++) {
    pending_person *p = nkg_vec_at(&r->persons, k);
    if (p->name.given) continue;
    nkg_mention *m = nkg_vec_at(&d->mentions, p->mention);
    char initial[8];
    first_letter(d, p->name.initials, initial);
    surname_forms forms;
    surname_forms_of(d, p->name.surname, &forms);
    while (keys.count < d->entities.count) nkg_vec_push(&keys);
    for (size_t e = 0; e < d->entities.count && m->entity < 0; e++) {
      nkg_entity *ent = nkg_doc_ent(d, (int)e);
      if (ent->type != NKG_ENT_PERSON || !ent->given || ent->initials_only) continue;
      const person_key *pk = key_of(d, nkg_vec_at(&keys, e), ent->given, ent->surname);
      if (!strcmp(pk->initial, initial) && is_surname_form(pk->folded_surname, &forms)) m->entity = (int)e;
    }
    if (m->entity >= 0) continue;
    /* a person the lexicon knows: "Ш.Мирзиёев" */
    if (!lex_keys) lex_keys = calloc(d->lex->nentries + 1, sizeof *lex_keys);
    if (!lex_keys) abort();
    for (size_t e = 0; e < d->lex->nentries && m->entity < 0; e++) {
      const nkg_lex_entry *le = &d->lex->entries[e];
      if (le->kind != NKG_LEX_PERSON || !le->given || !*le->given) continue;
      const person_key *pk = key_of(d, &lex_keys[e], le->given, le->surname);
      if (!strcmp(pk->initial, initial) && is_surname_form(pk->folded_surname, &forms))
        m->entity = person_entity(r, le->given, le->surname, NULL);
    }
    if (m->entity >= 0) continue;
    int full = full_name_in_text(r, &after_word, &after_word_made, initial, p->name.surname);
    m = nkg_vec_at(&d->mentions, p->mention); /* the mention table may have grown */
    if (full >= 0) {
      m->entity = full;
      continue;
    }
    char path[600], slug[512];
    const char *label = nkg_arena_join(d->arena, spaced_initials(d->arena, p->name.initials), " ", p->name.surname);
    nkg_slug(r->slugger, label, slug, sizeof slug);
    snprintf(path, sizeof path, "person/%s", slug);
    m->entity = nkg_doc_entity(d, NKG_ENT_PERSON, path, label, -1);
    nkg_entity *ent = nkg_doc_ent(d, m->entity);
    ent->initials_only = 1;
    ent->surname = p->name.surname;
  }
  nkg_vec_free(&keys);
  nkg_strmap_free(&after_word);
  free(lex_keys);
}

/* "Лавров заявил": a capitalised word that is the surname of a person the document
 * names in full refers to that person.  Each word's possible nominatives are looked up
 * in a map of the persons' surnames, so the cost does not grow with the persons. */
static void resolve_bare_surnames(recognizer *r, nkg_segmenter *seg) {
  nkg_doc *d = r->d;
  (void)seg;
  size_t nt = d->seg.ntokens;
  unsigned char *covered = calloc(nt ? nt : 1, 1);
  for (size_t k = 0; k < d->mentions.count; k++) {
    nkg_mention *m = nkg_vec_at(&d->mentions, k);
    for (uint32_t t = m->first; t < m->last && t < nt; t++) covered[t] = 1;
  }
  nkg_strmap surnames;
  nkg_strmap_init(&surnames);
  /* declension changes only a surname's ending: a word whose first letter no surname
   * has need not be declined back (the first letters, each once) */
  nkg_strmap initials;
  nkg_strmap_init(&initials);
  for (size_t e = 0; e < d->entities.count; e++) {
    nkg_entity *ent = nkg_doc_ent(d, (int)e);
    if (ent->type != NKG_ENT_PERSON || !ent->surname) continue;
    char *f = fold(d, ent->surname);
    if (!*f) continue;
    nkg_strmap_put(&surnames, f, strlen(f), (uint32_t)e, NULL);
    nkg_strmap_put(&initials, f, first_char_len(f), 0, NULL);
  }
  nkg_arena scratch;
  nkg_arena_init(&scratch, 4096);
  static const nkg_case cases[] = {NKG_CASE_GEN, NKG_CASE_DAT, NKG_CASE_INS, NKG_CASE_PREP};
  /* a two-word name said again in full ("встречу с Ван И"), where its words alone
   * would not be found */
  nkg_strmap fullnames;
  nkg_strmap_init(&fullnames);
  for (size_t e = 0; e < d->entities.count; e++) {
    nkg_entity *ent = nkg_doc_ent(d, (int)e);
    if (ent->type != NKG_ENT_PERSON || strchr(ent->label, ' ') != strrchr(ent->label, ' ')) continue;
    char *f = fold(d, ent->label);
    nkg_strmap_put(&fullnames, f, strlen(f), (uint32_t)e, NULL);
  }
  for (size_t i = 0; i + 1 < nt && fullnames.count; i++) {
    const nkg_token *a = tk(d, i), *b = tk(d, i + 1);
    if (covered[i] || covered[i + 1] || a->sentence != b->sentence || !(a->flags & NKG_TF_CAP) || !(b->flags & NKG_TF_CAP))
      continue;
    char both[512];
    int n = snprintf(both, sizeof both, "%s %s", a->lower, b->lower);
    const uint32_t *hit = n > 0 && (size_t)n < sizeof both ? nkg_strmap_get(&fullnames, both, (size_t)n) : NULL;
    if (!hit) continue;
    nkg_mention *m = push_mention(d, NKG_M_ENTITY, i, i + 2, a->sentence);
    m->entity = (int)*hit;
    covered[i] = covered[i + 1] = 1;
  }
  nkg_strmap_free(&fullnames);
  for (size_t i = 0; i < nt && surnames.count; i++) {
    const nkg_token *t = tk(d, i);
    if (covered[i] || !nkg_surname_shaped(t)) continue;
    if (!*t->lower || !nkg_strmap_get(&initials, t->lower, first_char_len(t->lower))) continue;
    const uint32_t *hit = nkg_strmap_get(&surnames, t->lower, strlen(t->lower));
    int oblique = 0;
    for (int female = 0; female < 2 && !hit; female++)
      for (size_t c = 0; c < sizeof cases / sizeof *cases && !hit; c++) {
        const char *nom = nkg_surname_nominative(&scratch, t->lower, strlen(t->lower), female, cases[c]);
        hit = nkg_strmap_get(&surnames, nom, strlen(nom));
        oblique = 1;
      }
    nkg_arena_reset(&scratch);
    if (!hit) continue;
    nkg_mention *m = push_mention(d, NKG_M_ENTITY, i, i + 1, t->sentence);
    m->entity = (int)*hit;
    m->gcase = oblique ? NKG_CASE_GEN : NKG_CASE_NOM;
  }
  nkg_arena_free(&scratch);
  nkg_strmap_free(&surnames);
  nkg_strmap_free(&initials);
  free(covered);
}

/* One person read two ways: "Александра Лукашенко" (a woman, nominative) and
 * "Александр Лукашенко" are one man when the document has both; so are
 * "Валентину Матвиенко" read as Валентин and "Валентина Матвиенко".  The reading
 * the text gives in the nominative, or the lexicon knows, wins. */
typedef struct {
  size_t entity;
  const char *given_stem; /* of the folded given name */
  char surname_initial[8];
  surname_forms surname;
} reading;

/* Two readings can be one person only when their given names have one stem and their
 * surnames one first letter: sorted so, each group is compared within itself only. */
static int cmp_readings(const void *a, const void *b) {
  const reading *x = a, *y = b;
  int c = strcmp(x->given_stem, y->given_stem);
  if (!c) c = strcmp(x->surname_initial, y->surname_initial);
  return c ? c : x->entity < y->entity ? -1 : x->entity > y->entity;
}

/* "Ильхама Алиева" read as a woman (Ильхама is a woman's name too) is Ильхам Алиев in the
 * genitive when the document names him: a feminine nominative reading yields to a man's
 * oblique one the document confirms. */
static void merge_feminine_readings(nkg_doc *d) {
  /* the men the document names, by folded "given surname": one look-up per reading */
  nkg_strmap men;
  nkg_strmap_init(&men);
  int women = 0;
  for (size_t b = 0; b < d->entities.count; b++) {
    nkg_entity *y = nkg_doc_ent(d, (int)b);
    if (y->type != NKG_ENT_PERSON || !y->given || !y->surname || y->merged_into >= 0) continue;
    if (y->female) {
      women = 1;
      continue;
    }
    const char *key = nkg_arena_join(d->arena, fold(d, y->given), " ", fold(d, y->surname));
    nkg_strmap_put(&men, key, strlen(key), (uint32_t)b, NULL);
  }
  for (size_t a = 0; a < d->entities.count && women && men.count; a++) {
    nkg_entity *x = nkg_doc_ent(d, (int)a);
    if (x->type != NKG_ENT_PERSON || !x->female || !x->given || !x->surname || x->lex >= 0 || x->merged_into >= 0)
      continue;
    nkg_given_reading rd[4];
    size_t nr = nkg_lex_given_readings(d->lex, fold(d, x->given), rd, 4);
    for (size_t k = 0; k < nr && x->merged_into < 0; k++) {
      if (d->lex->given[rd[k].name].female || rd[k].gcase == NKG_CASE_NOM) continue;
      const char *given = fold(d, d->lex->given[rd[k].name].name);
      const char *surname = fold(d, nkg_surname_nominative(d->arena, x->surname, strlen(x->surname), 0, rd[k].gcase));
      const char *key = nkg_arena_join(d->arena, given, " ", surname);
      const uint32_t *man = nkg_strmap_get(&men, key, strlen(key));
      if (man) x->merged_into = (int)*man;
    }
  }
  nkg_strmap_free(&men);
}

static void merge_readings(recognizer *r, nkg_segmenter *seg) {
  nkg_doc *d = r->d;
  size_t n = d->entities.count;
  int *nom = calloc(n ? n : 1, sizeof *nom);
  reading *rd = calloc(n ? n : 1, sizeof *rd);
  if (!nom || !rd) abort();
  for (size_t k = 0; k < d->mentions.count; k++) {
    nkg_mention *m = nkg_vec_at(&d->mentions, k);
    if (m->kind == NKG_M_ENTITY && m->entity >= 0 && m->gcase == NKG_CASE_NOM) nom[m->entity]++;
  }
  size_t nr = 0;
  for (size_t a = 0; a < n; a++) {
    nkg_entity *x = nkg_doc_ent(d, (int)a);
    if (x->type != NKG_ENT_PERSON || !x->given || !x->surname) continue;
    reading *e = &rd[nr++];
    e->entity = a;
    char *g = fold(d, x->given);
    e->given_stem = nkg_stem(seg, d->arena, g, strlen(g), NULL);
    first_letter(d, x->surname, e->surname_initial);
  }
  qsort(rd, nr, sizeof *rd, cmp_readings);
  /* within a group, pairs in the order of their entities, as the text found them */
  for (size_t g = 0, end; g < nr; g = end) {
    for (end = g + 1; end < nr && !strcmp(rd[end].given_stem, rd[g].given_stem) &&
                      !strcmp(rd[end].surname_initial, rd[g].surname_initial);
         end++) {
    }
    if (end - g < 2) continue; /* most persons: alone in their group, nothing to decline */
    for (size_t i = g; i < end; i++) surname_forms_of(d, nkg_doc_ent(d, (int)rd[i].entity)->surname, &rd[i].surname);
    for (size_t i = g; i < end; i++)
      for (size_t j = i + 1; j < end; j++) {
        size_t a = rd[i].entity, b = rd[j].entity;
        nkg_entity *x = nkg_doc_ent(d, (int)a), *y = nkg_doc_ent(d, (int)b);
        if (x->merged_into >= 0 || y->merged_into >= 0) continue;
        if (!is_surname_form(rd[i].surname.folded, &rd[j].surname) &&
            !is_surname_form(rd[j].surname.folded, &rd[i].surname))
          continue;
        int score_x = nom[a] * 4 + (x->lex >= 0) * 8, score_y = nom[b] * 4 + (y->lex >= 0) * 8;
        if (score_y > score_x)
          x->merged_into = (int)b;
        else
          y->merged_into = (int)a;
      }
  }
  merge_feminine_readings(d);
  for (size_t k = 0; k < d->mentions.count; k++) {
    nkg_mention *m = nkg_vec_at(&d->mentions, k);
    if (m->kind == NKG_M_ENTITY && m->entity >= 0) m->entity = nkg_doc_resolve(d, m->entity);
  }
  free(rd);
  free(nom);
}

static void resolve_councils(recognizer *r) {
  nkg_doc *d = r->d;
  if (!r->councils.count) return;
  /* how often the document names each lexicon entry, counted once */
  int *count = calloc(d->lex->nentries + 1, sizeof *count);
  for (size_t j = 0; j < d->mentions.count; j++) {
    nkg_mention *o = nkg_vec_at(&d->mentions, j);
    if (o->kind == NKG_M_ENTITY && o->lex >= 0) count[o->lex]++;
  }
  for (size_t k = 0; k < r->councils.count; k++) {
    pending_council *c = nkg_vec_at(&r->councils, k);
    nkg_mention *m = nkg_vec_at(&d->mentions, c->mention);
    /* the candidate whose organization the document mentions most */
    int best = -1, best_count = 0;
    for (size_t q = 0; q < c->ncandidates; q++) {
      int parent = d->lex->entries[c->candidates[q]].parent;
      if (parent >= 0 && count[parent] > best_count) {
        best_count = count[parent];
        best = (int)c->candidates[q];
      }
    }
    if (best >= 0) {
      m->lex = best;
      m->entity = entity_for_lex(d, best);
      continue;
    }
    /* none of theirs: the council of the organization the document is about */
    int org = -1, org_count = 0;
    for (size_t e = 0; e < d->lex->nentries; e++) {
      const nkg_lex_entry *le = &d->lex->entries[e];
      if (le->kind != NKG_LEX_ORG || le->org_kind != NKG_ORGKIND_INTERGOV || le->parent >= 0) continue;
      if (count[e] > org_count) {
        org_count = count[e];
        org = (int)e;
      }
    }
    if (org >= 0 && c->ncandidates) m->entity = compose_council(d, (int)c->candidates[0], org);
  }
  free(count);
}

static int cmp_mentions(const void *a, const void *b) {
  const nkg_mention *x = a, *y = b;
  if (x->first != y->first) return x->first < y->first ? -1 : 1;
  return x->last < y->last ? 1 : x->last > y->last ? -1 : 0;
}

void nkg_recognize(nkg_doc *d, void *slugger) {
  recognizer r = {.d = d, .slugger = slugger};
  nkg_vec_init(&r.persons, sizeof(pending_person));
  nkg_vec_init(&r.councils, sizeof(pending_council));
  for (uint32_t s = 0; s < d->seg.nsentences; s++)
    if (!d->furniture[s]) recognize_sentence(&r, s); /* a caption or a list of other items names no fact */
  nkg_segmenter *seg = d->segmenter;
  resolve_persons(&r, seg);
  resolve_bare_surnames(&r, seg);
  merge_readings(&r, seg);
  resolve_councils(&r);
  /* drop what could not be resolved, then put mentions in text order */
  size_t k = 0;
  for (size_t i = 0; i < d->mentions.count; i++) {
    nkg_mention *m = nkg_vec_at(&d->mentions, i);
    if (m->kind == NKG_M_ENTITY && m->entity < 0) continue;
    memmove(nkg_vec_at(&d->mentions, k++), m, sizeof *m);
  }
  d->mentions.count = k;
  qsort(d->mentions.items, d->mentions.count, sizeof(nkg_mention), cmp_mentions);
  for (size_t i = 0; i < d->mentions.count; i++) {
    nkg_mention *m = nkg_vec_at(&d->mentions, i);
    if (m->kind == NKG_M_ENTITY && !m->adjective) nkg_doc_ent(d, m->entity)->mentions++;
  }
  nkg_vec_free(&r.persons);
  nkg_vec_free(&r.councils);
}
