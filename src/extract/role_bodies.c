/* Bodies named inside role phrases with no country of their own ("заместитель Председателя
 * Кабинета Министров, министр иностранных дел Рашид Мередов"): recognition cannot tell
 * whose body it is, the role's membership can.  Each becomes the national body of the
 * country the membership names, and a mention of the document. */
#include "doc.h"

/* Recognition leaves the mentions in text order: the first of them at or after token `from`
 * among the first `sorted`, found by halving. */
static size_t mention_from(const nkg_doc *d, size_t sorted, uint32_t from) {
  size_t lo = 0, hi = sorted;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (((const nkg_mention *)nkg_vec_at(&d->mentions, mid))->first < from)
      lo = mid + 1;
    else
      hi = mid;
  }
  return lo;
}

/* The token where person `p` is first named in sentence `s` at or after token `from`, or
 * UINT32_MAX. */
static uint32_t person_named_after(nkg_doc *d, size_t sorted, int p, uint32_t s, uint32_t from) {
  for (size_t k = mention_from(d, sorted, from); k < sorted; k++) {
    const nkg_mention *m = nkg_vec_at(&d->mentions, k);
    if (m->sentence != s) break;
    if (m->kind == NKG_M_ENTITY && m->entity >= 0 && nkg_doc_resolve(d, m->entity) == p) return m->first;
  }
  return UINT32_MAX;
}

/* The country entity the role is held for in the body's sentence: of the membership whose
 * person the text names first after the body ("заместителя Председателя Кабинета Министров,
 * министра иностранных дел Туркменистана Рашида Мередова с вице-премьером ... Казахстан
 * Ермеком Кошербаевым"), or -1. */
static int country_of_role(nkg_doc *d, size_t sorted, const nkg_role_body *rb) {
  int found = -1;
  uint32_t nearest = UINT32_MAX;
  int role = nkg_doc_resolve(d, rb->role);
  for (size_t k = 0; k < d->memberships.count; k++) {
    const nkg_membership *m = nkg_vec_at(&d->memberships, k);
    if (m->sentence != rb->sentence || nkg_doc_resolve(d, m->role) != role) continue;
    int org = nkg_doc_resolve(d, m->org);
    if (org < 0 || nkg_doc_ent(d, org)->type != NKG_ENT_COUNTRY || nkg_doc_ent(d, org)->lex < 0) continue;
    uint32_t at = person_named_after(d, sorted, nkg_doc_resolve(d, m->person), rb->sentence, rb->last);
    if (found < 0 || at < nearest) {
      found = org;
      nearest = at;
    }
  }
  return found;
}

/* Without a membership: the country the rest of the role phrase names ("начальник
 * Генерального штаба Вооруженных Сил — первый заместитель министра обороны Республики
 * Казахстан ..."), the first after the body in its sentence with no person before it. */
static int country_further_on(nkg_doc *d, size_t sorted, const nkg_role_body *rb) {
  for (size_t k = mention_from(d, sorted, rb->last); k < sorted; k++) {
    const nkg_mention *m = nkg_vec_at(&d->mentions, k);
    if (m->sentence != rb->sentence) break;
    if (m->kind != NKG_M_ENTITY || m->entity < 0) continue;
    int e = nkg_doc_resolve(d, m->entity);
    nkg_ent_type type = nkg_doc_ent(d, e)->type;
    if (type == NKG_ENT_PERSON) return -1;
    if (type == NKG_ENT_COUNTRY) return !m->adjective && nkg_doc_ent(d, e)->lex >= 0 ? e : -1;
  }
  return -1;
}

void nkg_resolve_role_bodies(nkg_doc *d) {
  size_t sorted = d->mentions.count; /* the mentions pushed here come after, out of order */
  for (size_t k = 0; k < d->role_bodies.count; k++) {
    const nkg_role_body *rb = nkg_vec_at(&d->role_bodies, k);
    int country = country_of_role(d, sorted, rb);
    if (country < 0) country = country_further_on(d, sorted, rb);
    if (country < 0) continue;
    int org = nkg_national_body(d, rb->body, nkg_doc_ent(d, country)->lex);
    nkg_entity *e = nkg_doc_ent(d, org);
    /* the text names the body without its country: that name is one of its names here */
    nkg_entity_add_alt(d, e, d->lex->entries[rb->body].label);
    nkg_mention *m = nkg_vec_push(&d->mentions);
    *m = (nkg_mention){.kind = NKG_M_ENTITY, .first = rb->first, .last = rb->last, .sentence = rb->sentence,
                       .entity = org, .lex = -1, .gcase = NKG_CASE_NOM};
    e->mentions++;
  }
}
