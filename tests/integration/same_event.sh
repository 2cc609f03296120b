#!/usr/bin/env bash
# The same meeting reported by two documents (same day, place, host) is one node, so
# what one document knows (a participant, the place) answers a query about the other.
# Reports that differ in what they name are linked by owl:sameAs instead.
. "$(dirname "$0")/lib.sh"
mkdir -p "$TMP/in"
printf 'ТАШКЕНТ, 3 марта 2025 года. Президент Узбекистана Шавкат Мирзиёев принял в Ташкенте министра иностранных дел Турции Хакана Фидана.\n' >"$TMP/in/a.txt"
printf '3 марта 2025 года Президент Узбекистана Шавкат Мирзиёев принял в Ташкенте главу МИД Турции Хакана Фидана. Во встрече участвовал министр иностранных дел Узбекистана Бахтиёр Саидов.\n' >"$TMP/in/b.txt"
"$NKG" build -q -o "$TMP/g.ttl" "$TMP/in" || fail "build failed"
"$PY" - "$TMP/g.ttl" <<'PY' || fail "the two reports are not one event"
import sys, rdflib
from rdflib import RDF, URIRef
NKG = rdflib.Namespace("https://w3id.org/newskg/ontology#")
S = rdflib.Namespace("http://schema.org/")
PROV = rdflib.Namespace("http://www.w3.org/ns/prov#")
g = rdflib.Graph().parse(sys.argv[1])
meetings = list(g.subjects(RDF.type, NKG.Meeting))
assert len(meetings) == 1, meetings
m = meetings[0]
assert len(set(g.objects(m, PROV.wasDerivedFrom))) == 2
names = {str(g.value(p, rdflib.RDFS.label)) for p in g.objects(m, S.attendee)}
assert URIRef("https://w3id.org/newskg/id/person/bakhtiyer-saidov") in set(g.objects(m, S.attendee)), names
print("ok: one meeting told by two documents")
PY

# Told differently: one report names the city and the host, the other neither. Both are
# linked by owl:sameAs to one canonical event that carries their merged facts, so a
# SPARQL query for the place answers for both; a meeting of other people that day in
# another report stays apart.
mkdir -p "$TMP/in2"
printf 'Астана, 14 мая 2027 г.\nПрезидент Казахстана Касым-Жомарт Токаев принял министра иностранных дел Азербайджана Джейхуна Байрамова.\n' >"$TMP/in2/a.txt"
printf '14 мая 2027 года\nМинистр иностранных дел Азербайджана Джейхун Байрамов провел переговоры с Президентом Казахстана Касым-Жомартом Токаевым.\n' >"$TMP/in2/b.txt"
printf '14 мая 2027 года\nМинистр иностранных дел Армении Арарат Мирзоян провел переговоры с Президентом Казахстана Касым-Жомартом Токаевым.\n' >"$TMP/in2/c.txt"
"$NKG" build -q -o "$TMP/g2.ttl" "$TMP/in2" || fail "build failed"
"$PY" - "$TMP/g2.ttl" <<'PY' || fail "the two differently told reports are not linked"
import sys, rdflib
from rdflib import RDF, OWL, URIRef
NKG = rdflib.Namespace("https://w3id.org/newskg/ontology#")
S = rdflib.Namespace("http://schema.org/")
PROV = rdflib.Namespace("http://www.w3.org/ns/prov#")
ID = rdflib.Namespace("https://w3id.org/newskg/id/")
g = rdflib.Graph().parse(sys.argv[1])
meetings = set(g.subjects(RDF.type, NKG.Meeting))
# three reports, each derived from its one document, and one canonical event of two of them
reports = {m for m in meetings if len(set(g.objects(m, PROV.wasDerivedFrom))) == 1}
canonical = meetings - reports
assert len(reports) == 3 and len(canonical) == 1, meetings
canon = canonical.pop()
linked = set(g.objects(canon, OWL.sameAs))
assert len(linked) == 2 and linked <= reports, linked
for r in linked:
    assert set(g.objects(r, OWL.sameAs)) == {canon}, r
assert len(set(g.objects(canon, PROV.wasDerivedFrom))) == 2
assert (canon, S.location, ID["city/astana"]) in g
with_city = [m for m in reports if (m, S.location, ID["city/astana"]) in g]
assert len(with_city) == 1 and with_city[0] in linked, with_city
other = (linked - set(with_city)).pop()
def person(name):
    found = set(g.subjects(rdflib.RDFS.label, rdflib.Literal(name, lang="ru")))
    assert len(found) == 1, (name, found)
    return found.pop()
bayramov, mirzoyan = person("Джейхун Байрамов"), person("Арарат Мирзоян")
assert bayramov in set(g.objects(other, S.attendee))
assert mirzoyan not in set(g.objects(other, S.attendee))
assert bayramov in set(g.objects(canon, S.attendee)) and mirzoyan not in set(g.objects(canon, S.attendee))
# the place of the second report, through the link
q = """PREFIX schema: <http://schema.org/> PREFIX owl: <http://www.w3.org/2002/07/owl#>
SELECT ?city WHERE { ?m schema:attendee <%s> .
  { ?m schema:location ?city } UNION { ?m owl:sameAs ?o . ?o schema:location ?city } }""" % bayramov
assert {str(r.city) for r in g.query(q)} == {str(ID["city/astana"])}
print("ok: two differently told reports linked by owl:sameAs to one canonical event")
PY
echo ok
