/* Bodies named inside role phrases with no country of their own ("заместитель Председателя
 * Кабинета Министров, министр иностранных дел Рашид Мередов"): recognition cannot tell
 * whose body it is, the role's membership can.  Each becomes the national body of the
 * country the membership names, and a mention of the document. */
#include "doc.h"

/* The token where person `p` is first named in sentence `s` at or after token `from`, or
 * UINT32_MAX. */
static uint32_t person_named_after(const nkg_doc *d, int p, uint32_t s, uint32_t from) {
  uint32_t best = UINT32_MAX;
  for (size_t k = 0; k < d->mentions.count; k++) {
    const nkg_mention *m = nkg_vec_at(&d->mentions, k);
    if (m->kind == NKG_M_ENTITY && m->sentence == s && m->first >= from && m->first < best &&
        nkg_doc_resolve((nkg_doc *)d, m->entity) == p)
      best = m->first;
  }
  return best;
}

/* The country entity the role is held for in the body's sentence: of the membership whose
 * person the text names first after the body ("заместителя Председателя Кабинета Министров,
 * министра иностранных дел Туркменистана Рашида Мередова с вице-премьером ... Казахстан
 * Ермеком Кошербаевым"), or -1. */
static int country_of_role(nkg_doc *d, const nkg_role_body *rb) {
  int found = -1;
  uint32_t nearest = UINT32_MAX;
  int role = nkg_doc_resolve(d, rb->role);
  for (size_t k = 0; k < d->memberships.count; k++) {
    const nkg_membership *m = nkg_vec_at(&d->memberships, k);
    if (m->sentence != rb->sentence || nkg_doc_resolve(d, m->role) != role) continue;
    int org = nkg_doc_resolve(d, m->org);
    if (org < 0 || nkg_doc_ent(d, org)->type != NKG_ENT_COUNTRY || nkg_doc_ent(d, org)->lex < 0) continue;
    uint32_t at = person_named_after(d, nkg_doc_resolve(d, m->person), rb->sentence, rb->last);
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
static int country_further_on(nkg_doc *d, const nkg_role_body *rb) {
  const nkg_mention *best = NULL;
  for (size_t k = 0; k < d->mentions.count; k++) {
    const nkg_mention *m = nkg_vec_at(&d->mentions, k);
    if (m->kind != NKG_M_ENTITY || m->sentence != rb->sentence || m->first < rb->last || m->entity < 0) continue;
    if (!best || m->first < best->first) {
      nkg_ent_type type = nkg_doc_ent(d, nkg_doc_resolve(d, m->entity))->type;
      if (type == NKG_ENT_PERSON || type == NKG_ENT_COUNTRY) best = m;
    }
  }
  if (!best || best->adjective) return -1;
  int e = nkg_doc_resolve(d, best->entity);
  return nkg_doc_ent(d, e)->type == NKG_ENT_COUNTRY && nkg_doc_ent(d, e)->lex >= 0 ? e : -1;
}

void nkg_resolve_role_bodies(nkg_doc *d) {
  for (size_t k = 0; k < d->role_bodies.count; k++) {
    const nkg_role_body *rb = nkg_vec_at(&d->role_bodies, k);
    int country = country_of_role(d, rb);
    if (country < 0) country = country_further_on(d, rb);
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
