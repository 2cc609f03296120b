/* Loading the lexicon: every *.ttl under ontology/lexicon/ parsed with raptor,
 * statements grouped by subject, subjects turned into entries. */
#include <dirent.h>
#include <raptor2.h>
#include <stdlib.h>
#include <string.h>

#include "../diag.h"
#include "index.h"
#include "lexicon.h"

#define NKG_NS "https://w3id.org/newskg/ontology#"
#define ID_NS "https://w3id.org/newskg/id/"
#define RDF_TYPE "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
#define RDFS_LABEL "http://www.w3.org/2000/01/rdf-schema#label"
#define SKOS_ALT "http://www.w3.org/2004/02/skos/core#altLabel"
#define OWL_SAMEAS "http://www.w3.org/2002/07/owl#sameAs"

typedef struct {
  const char *s, *p, *o, *lang;
  int o_is_iri;
} stmt;

typedef struct {
  nkg_lexicon *lex;
  nkg_vec stmts;
  const char *file;
  nkg_diag_fn diag;
  void *diag_ctx;
  int errors;
} load_ctx;

static const char *term_string(nkg_arena *a, raptor_term *t) {
  switch (t->type) {
  case RAPTOR_TERM_TYPE_URI: return nkg_arena_strdup(a, (const char *)raptor_uri_as_string(t->value.uri));
  case RAPTOR_TERM_TYPE_BLANK: {
    char *s = nkg_arena_alloc(a, t->value.blank.string_len + 3);
    memcpy(s, "_:", 2);
    memcpy(s + 2, t->value.blank.string, t->value.blank.string_len);
    return s;
  }
  case RAPTOR_TERM_TYPE_LITERAL: return nkg_arena_strdup(a, (const char *)t->value.literal.string);
  default: return "";
  }
}

static void on_statement(void *user, raptor_statement *st) {
  load_ctx *c = user;
  stmt *s = nkg_vec_push(&c->stmts);
  nkg_arena *a = &c->lex->arena;
  s->s = term_string(a, st->subject);
  s->p = term_string(a, st->predicate);
  s->o = term_string(a, st->object);
  s->o_is_iri = st->object->type == RAPTOR_TERM_TYPE_URI;
  s->lang = st->object->type == RAPTOR_TERM_TYPE_LITERAL && st->object->value.literal.language
                ? nkg_arena_strdup(a, (const char *)st->object->value.literal.language)
                : NULL;
}

static void on_log(void *user, raptor_log_message *m) {
  load_ctx *c = user;
  if (m->level < RAPTOR_LOG_LEVEL_WARN) return;
  int line = m->locator ? m->locator->line : -1;
  nkg_report(c->diag, c->diag_ctx, m->level >= RAPTOR_LOG_LEVEL_ERROR ? NKG_DIAG_ERROR : NKG_DIAG_WARNING,
             c->file, "line %d: %s", line, m->text);
  if (m->level >= RAPTOR_LOG_LEVEL_ERROR) c->errors++;
}

static int parse_file(raptor_world *w, load_ctx *c, const char *path) {
  raptor_parser *p = raptor_new_parser(w, "turtle");
  if (!p) return -1;
  raptor_parser_set_statement_handler(p, c, on_statement);
  unsigned char *uri_str = raptor_uri_filename_to_uri_string(path);
  raptor_uri *uri = uri_str ? raptor_new_uri(w, uri_str) : NULL;
  int rc = -1;
  if (uri) {
    c->file = path;
    int before = c->errors;
    rc = raptor_parser_parse_file(p, uri, uri);
    if (c->errors > before) rc = -1;
  }
  if (uri) raptor_free_uri(uri);
  raptor_free_memory(uri_str);
  raptor_free_parser(p);
  return rc;
}

static int cmp_str(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

/* The sorted *.ttl files of a directory, so that loading order never depends on the file system. */
static char **ttl_files(const char *dir, size_t *n) {
  *n = 0;
  DIR *d = opendir(dir);
  if (!d) return NULL;
  nkg_vec names;
  nkg_vec_init(&names, sizeof(char *));
  struct dirent *e;
  while ((e = readdir(d))) {
    size_t len = strlen(e->d_name);
    if (len > 4 && strcmp(e->d_name + len - 4, ".ttl") == 0) {
      size_t sz = strlen(dir) + len + 2;
      char *full = malloc(sz);
      snprintf(full, sz, "%s/%s", dir, e->d_name);
      *(char **)nkg_vec_push(&names) = full;
    }
  }
  closedir(d);
  qsort(names.items, names.count, sizeof(char *), cmp_str);
  *n = names.count;
  return names.items;
}

/* --- from statements to entries --- */

typedef struct {
  const char *subject;
  nkg_vec idx; /* size_t statement indexes */
} subject_group;

static int is(const char *iri, const char *local) {
  size_t n = sizeof NKG_NS - 1;
  return strncmp(iri, NKG_NS, n) == 0 && strcmp(iri + n, local) == 0;
}

static nkg_lex_kind kind_of(const char *type_iri, int *ok) {
  static const char *names[] = {"Country", "City", "Organization", "BodyKind", "Role", "EventTrigger", "Month", "Person", "Title", "RoleModifier", "OrganizationHead", "Topic", "AgreementKind", "AdoptionVerb"};
  for (int k = 0; k < NKG_LEX_KIND_COUNT; k++)
    if (is(type_iri, names[k])) {
      *ok = 1;
      return (nkg_lex_kind)k;
    }
  *ok = 0;
  return NKG_LEX_COUNTRY;
}

/* An nkg:WordClass entry: its classes (nkg:wordClass nkg:FutureVerb ...) given to each
 * of its nkg:wordForm values (a word or a phrase, matched folded and whole) and
 * nkg:wordPrefix values (any word that starts so). */
static void load_word_class(nkg_lexicon *lex, load_ctx *c, const subject_group *sg) {
  unsigned bits = 0;
  for (size_t m = 0; m < sg->idx.count; m++) {
    stmt *t = nkg_vec_at(&c->stmts, *(size_t *)nkg_vec_at(&sg->idx, m));
    if (is(t->p, "wordClass") && strncmp(t->o, NKG_NS, sizeof NKG_NS - 1) == 0) {
      unsigned bit = nkg_wordclass_bit(t->o + sizeof NKG_NS - 1);
      if (!bit) nkg_report(c->diag, c->diag_ctx, NKG_DIAG_WARNING, sg->subject, "unknown word class ignored");
      bits |= bit;
    }
  }
  for (size_t m = 0; m < sg->idx.count; m++) {
    stmt *t = nkg_vec_at(&c->stmts, *(size_t *)nkg_vec_at(&sg->idx, m));
    int prefix = is(t->p, "wordPrefix");
    if (!prefix && !is(t->p, "wordForm")) continue;
    const char *folded = nkg_fold(&lex->arena, t->o, strlen(t->o));
    nkg_wordclasses_add(&lex->wordclasses, &lex->arena, folded, bits, prefix);
  }
}

static const char *path_of(const char *iri) {
  size_t n = sizeof ID_NS - 1;
  return strncmp(iri, ID_NS, n) == 0 ? iri + n : NULL;
}

nkg_status nkg_lexicon_load(const char *ontology_dir, nkg_diag_fn diag, void *diag_ctx,
                            nkg_lexicon **out) {
  *out = NULL;
  nkg_lexicon *lex = calloc(1, sizeof *lex);
  if (!lex) return NKG_ERR_NOMEM;
  nkg_arena_init(&lex->arena, 256 * 1024);
  nkg_wordclasses_init(&lex->wordclasses);
  load_ctx c = {.lex = lex, .diag = diag, .diag_ctx = diag_ctx};
  nkg_vec_init(&c.stmts, sizeof(stmt));

  char dir[4096];
  snprintf(dir, sizeof dir, "%s/lexicon", ontology_dir);
  size_t nfiles = 0;
  char **files = ttl_files(dir, &nfiles);
  nkg_status status = NKG_OK;
  if (!nfiles) {
    nkg_report(diag, diag_ctx, NKG_DIAG_ERROR, dir, "no lexicon files (*.ttl) found");
    status = NKG_ERR_LEXICON;
  }
  raptor_world *world = raptor_new_world();
  raptor_world_set_log_handler(world, &c, on_log);
  for (size_t i = 0; i < nfiles && status == NKG_OK; i++)
    if (parse_file(world, &c, files[i]) != 0) {
      nkg_report(diag, diag_ctx, NKG_DIAG_ERROR, files[i], "malformed Turtle: lexicon not loaded");
      status = NKG_ERR_LEXICON;
    }
  for (size_t i = 0; i < nfiles; i++) free(files[i]);
  free(files);
  raptor_free_world(world);
  if (status != NKG_OK) {
    nkg_vec_free(&c.stmts);
    nkg_lexicon_free(lex);
    return status;
  }

  /* group statements by subject, keeping first-seen order */
  nkg_strmap subj;
  nkg_strmap_init(&subj);
  nkg_vec groups;
  nkg_vec_init(&groups, sizeof(subject_group));
  for (size_t i = 0; i < c.stmts.count; i++) {
    stmt *s = nkg_vec_at(&c.stmts, i);
    int added = 0;
    uint32_t *g = nkg_strmap_put(&subj, s->s, strlen(s->s), (uint32_t)groups.count, &added);
    if (added) {
      subject_group *sg = nkg_vec_push(&groups);
      sg->subject = s->s;
      nkg_vec_init(&sg->idx, sizeof(size_t));
    }
    *(size_t *)nkg_vec_push(&((subject_group *)nkg_vec_at(&groups, *g))->idx) = i;
  }

  /* entries: first pass creates them, so that references can be resolved by path */
  nkg_vec entries, given, family_first;
  nkg_vec_init(&entries, sizeof(nkg_lex_entry));
  nkg_vec_init(&given, sizeof(nkg_given_name));
  nkg_vec_init(&family_first, sizeof(const char *));
  nkg_strmap by_path;
  nkg_strmap_init(&by_path);
  nkg_vec group_of_entry;
  nkg_vec_init(&group_of_entry, sizeof(size_t));
  for (size_t g = 0; g < groups.count; g++) {
    subject_group *sg = nkg_vec_at(&groups, g);
    for (size_t k = 0; k < sg->idx.count; k++) {
      stmt *s = nkg_vec_at(&c.stmts, *(size_t *)nkg_vec_at(&sg->idx, k));
      if (strcmp(s->p, RDF_TYPE) == 0 && is(s->o, "WordClass")) {
        load_word_class(lex, &c, sg);
        continue;
      }
      if (strcmp(s->p, RDF_TYPE) == 0 && is(s->o, "GivenNameList")) {
        for (size_t m = 0; m < sg->idx.count; m++) {
          stmt *t = nkg_vec_at(&c.stmts, *(size_t *)nkg_vec_at(&sg->idx, m));
          /* a "word name" (Роза, Любовь, Ислам) is also an everyday word or a place */
          int word = is(t->p, "feminineWordName") || is(t->p, "masculineWordName");
          int female = is(t->p, "feminineName") || is(t->p, "feminineWordName");
          if (is(t->p, "familyNameFirst")) *(const char **)nkg_vec_push(&family_first) = t->o;
          if (female || word || is(t->p, "masculineName")) {
            nkg_given_name *gn = nkg_vec_push(&given);
            gn->name = t->o;
            gn->female = female;
            gn->also_word = word;
          }
        }
        continue;
      }
      int ok = 0;
      nkg_lex_kind kind = strcmp(s->p, RDF_TYPE) == 0 ? kind_of(s->o, &ok) : NKG_LEX_COUNTRY;
      const char *path = path_of(sg->subject);
      if (!ok || !path) continue;
      nkg_lex_entry *e = nkg_vec_push(&entries);
      e->kind = kind;
      e->path = path;
      e->country = e->parent = e->heads_body = e->known_role = -1;
      *(size_t *)nkg_vec_push(&group_of_entry) = g;
      nkg_strmap_put(&by_path, sg->subject, strlen(sg->subject), (uint32_t)(entries.count - 1), NULL);
      break;
    }
  }
  for (size_t i = 0; i < entries.count; i++) {
    nkg_lex_entry *e = nkg_vec_at(&entries, i);
    subject_group *sg = nkg_vec_at(&groups, *(size_t *)nkg_vec_at(&group_of_entry, i));
    nkg_vec alts, spellings, adjectives;
    nkg_vec_init(&alts, sizeof(const char *));
    nkg_vec_init(&spellings, sizeof(const char *));
    nkg_vec_init(&adjectives, sizeof(const char *));
    for (size_t k = 0; k < sg->idx.count; k++) {
      stmt *s = nkg_vec_at(&c.stmts, *(size_t *)nkg_vec_at(&sg->idx, k));
      int ru = !s->lang || strcmp(s->lang, "ru") == 0;
      uint32_t *ref = s->o_is_iri ? nkg_strmap_get(&by_path, s->o, strlen(s->o)) : NULL;
      int refi = ref ? (int)*ref : -1;
      if (strcmp(s->p, RDFS_LABEL) == 0) {
        if (ru && !e->label) e->label = s->o;
        else if (ru) *(const char **)nkg_vec_push(&alts) = s->o;
        else if (s->lang && strcmp(s->lang, "en") == 0) e->label_en = s->o;
      } else if (strcmp(s->p, SKOS_ALT) == 0 && ru) {
        *(const char **)nkg_vec_push(&alts) = s->o;
      } else if (is(s->p, "abbreviation")) {
        if (!e->abbr) e->abbr = s->o;
        *(const char **)nkg_vec_push(&alts) = s->o;
      } else if (is(s->p, "adjective")) {
        *(const char **)nkg_vec_push(&adjectives) = s->o;
      } else if (is(s->p, "variantSpelling")) {
        *(const char **)nkg_vec_push(&spellings) = s->o;
      } else if (is(s->p, "form")) {
        *(const char **)nkg_vec_push(&alts) = s->o;
      } else if (strcmp(s->p, OWL_SAMEAS) == 0 && !e->sameas) {
        e->sameas = s->o;
      } else if (is(s->p, "genitive")) {
        e->genitive = s->o;
      } else if (is(s->p, "country") || is(s->p, "knownAffiliation")) {
        e->country = refi;
      } else if (is(s->p, "partOf")) {
        e->parent = refi;
      } else if (is(s->p, "orgKind")) {
        e->org_kind = is(s->o, "Intergovernmental") ? NKG_ORGKIND_INTERGOV : NKG_ORGKIND_NATIONAL;
      } else if (is(s->p, "affiliationKind")) {
        e->affiliation_is_org = is(s->o, "Organization");
      } else if (is(s->p, "abroad")) {
        e->abroad = strcmp(s->o, "true") == 0 || strcmp(s->o, "1") == 0;
      } else if (is(s->p, "isHeadRole")) {
        e->head_role = strcmp(s->o, "true") == 0 || strcmp(s->o, "1") == 0;
      } else if (is(s->p, "headOf")) {
        e->heads_body = refi;
      } else if (is(s->p, "knownRole")) {
        e->known_role = refi;
      } else if (is(s->p, "triggerKind")) {
        e->trigger = is(s->o, "HostVerb") ? NKG_TRIG_HOST_VERB
                     : is(s->o, "MeetVerb") ? NKG_TRIG_MEET_VERB
                     : is(s->o, "Participation") ? NKG_TRIG_PARTICIPATION
                                                 : NKG_TRIG_NOUN;
      } else if (is(s->p, "eventClass")) {
        e->event_class = is(s->o, "Session") ? NKG_EVENT_SESSION : NKG_EVENT_MEETING;
      } else if (is(s->p, "remote")) {
        e->remote = strcmp(s->o, "true") == 0 || strcmp(s->o, "1") == 0;
      } else if (is(s->p, "slugPrefix")) {
        e->slug_prefix = s->o;
      } else if (is(s->p, "monthNumber")) {
        e->month = atoi(s->o);
      }
    }
    if (!e->label && alts.count) e->label = *(const char **)nkg_vec_at(&alts, 0);
    if (!e->label) e->label = e->path;
    e->nalts = alts.count;
    e->alts = nkg_arena_alloc(&lex->arena, (alts.count + 1) * sizeof(const char *));
    if (alts.count) memcpy(e->alts, alts.items, alts.count * sizeof(const char *));
    nkg_vec_free(&alts);
    e->nspellings = spellings.count;
    e->spellings = nkg_arena_alloc(&lex->arena, (spellings.count + 1) * sizeof(const char *));
    if (spellings.count) memcpy(e->spellings, spellings.items, spellings.count * sizeof(const char *));
    nkg_vec_free(&spellings);
    e->nadjectives = adjectives.count;
    e->adjectives = nkg_arena_alloc(&lex->arena, (adjectives.count + 1) * sizeof(const char *));
    if (adjectives.count) memcpy(e->adjectives, adjectives.items, adjectives.count * sizeof(const char *));
    nkg_vec_free(&adjectives);
    if (e->kind == NKG_LEX_PERSON) {
      const char *sp = strrchr(e->label, ' ');
      e->given = sp ? nkg_arena_strndup(&lex->arena, e->label, (size_t)(sp - e->label)) : "";
      e->surname = sp ? sp + 1 : e->label;
    }
  }
  lex->entries = entries.items;
  lex->nentries = entries.count;
  lex->given = given.items;
  lex->ngiven = given.count;
  lex->family_first = family_first.items;
  lex->nfamily_first = family_first.count;

  for (size_t g = 0; g < groups.count; g++) nkg_vec_free(&((subject_group *)nkg_vec_at(&groups, g))->idx);
  nkg_vec_free(&groups);
  nkg_vec_free(&group_of_entry);
  nkg_strmap_free(&subj);
  nkg_strmap_free(&by_path);
  nkg_vec_free(&c.stmts);

  status = nkg_lex_build_index(lex);
  if (status != NKG_OK) {
    nkg_lexicon_free(lex);
    return status;
  }
  *out = lex;
  return NKG_OK;
}

void nkg_lexicon_free(nkg_lexicon *lex) {
  if (!lex) return;
  nkg_lex_free_index(lex);
  nkg_wordclasses_free(&lex->wordclasses);
  free(lex->entries);
  free(lex->given);
  free(lex->family_first);
  nkg_arena_free(&lex->arena);
  free(lex);
}

const nkg_lex_entry *nkg_lex_entry_at(const nkg_lexicon *lex, int i) {
  return i >= 0 && (size_t)i < lex->nentries ? &lex->entries[i] : NULL;
}
