#!/usr/bin/env bash
# The same meeting reported by two documents (same day, place, host) is one node, so
# what one document knows (a participant, the place) answers a query about the other.
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
echo ok
