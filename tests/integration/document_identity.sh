#!/usr/bin/env bash
# A document's identity: two files with one name in different folders are two
# documents (two nodes, two named graphs, no facts mixed); the same build from another
# working directory, from an absolute path or from inside the folder gives the same
# graph; a file named on the command line and the same file found in its folder are one
# document; a file listed twice is read once; a file name that is not UTF-8 still gives
# output that rapper and rdflib parse.
. "$(dirname "$0")/lib.sh"
mkdir -p "$TMP/a" "$TMP/b" "$TMP/x" "$TMP/y" "$TMP/elsewhere"
printf 'ТАШКЕНТ, 3 марта 2025 года. Президент Узбекистана Шавкат Мирзиёев принял в Ташкенте министра иностранных дел Турции Хакана Фидана.\n' >"$TMP/a/item.txt"
printf 'АСТАНА, 5 апреля 2025 года. Президент Казахстана Касым-Жомарт Токаев принял в Астане министра иностранных дел Азербайджана Джейхуна Байрамова.\n' >"$TMP/b/item.txt"
cp "$TMP/a/item.txt" "$TMP/x/item.txt"
cp "$TMP/b/item.txt" "$TMP/y/item.txt"
cd "$TMP"
"$NKG" build -q -o "$TMP/ab.ttl" a b || fail "build a b failed"
"$NKG" build -q --format nquads -o "$TMP/ab.nq" a b || fail "build --format nquads a b failed"
"$NKG" build -q -o "$TMP/xy.ttl" x/item.txt y/item.txt || fail "build x/item.txt y/item.txt failed"
"$PY" - "$TMP/ab.ttl" "$TMP/ab.nq" "$TMP/xy.ttl" <<'PY' || fail "two documents of one name became one"
import sys, rdflib
from rdflib import RDF
NKG = rdflib.Namespace("https://w3id.org/newskg/ontology#")
S = rdflib.Namespace("http://schema.org/")
PROV = rdflib.Namespace("http://www.w3.org/ns/prov#")
DCT = rdflib.Namespace("http://purl.org/dc/terms/")
ID = rdflib.Namespace("https://w3id.org/newskg/id/")
for path, sources in ((sys.argv[1], {"a/item.txt", "b/item.txt"}), (sys.argv[3], {"item.txt"})):
    g = rdflib.Graph().parse(path)
    docs = set(g.subjects(RDF.type, NKG.Document))
    assert len(docs) == 2, (path, docs)
    assert {str(s) for d in docs for s in g.objects(d, DCT.source)} == sources, path
    for d in docs:
        assert len(set(g.objects(d, DCT.source))) == 1, (path, d)
        assert len(set(g.objects(d, DCT.date))) == 1, (path, d, set(g.objects(d, DCT.date)))
        events = set(g.subjects(PROV.wasDerivedFrom, d)) & set(g.subjects(RDF.type, NKG.Event))
        assert len(events) == 1, (path, d, events)
        places = {p for e in events for p in g.objects(e, S.location)}
        assert len(places) == 1 and places <= {ID["city/tashkent"], ID["city/astana"]}, (path, d, places)
ds = rdflib.Dataset()
ds.parse(sys.argv[2], format="nquads")
named = {c.identifier for c in ds.contexts() if len(c) and c.identifier != rdflib.URIRef("urn:x-rdflib:default")}
assert len(named) == 2, named
print("ok: two documents named item.txt are two documents")
PY

# the same graph whatever the working directory and however the folder is named
nt() { rapper -q -i turtle -o ntriples "$1" | sort; }
"$NKG" build -q -o "$TMP/a-rel.ttl" a || fail "build a failed"
(cd / && "$NKG" build -q -o "$TMP/a-abs.ttl" "$TMP/a/") || fail "build /abs/a/ failed"
(cd "$TMP/a" && "$NKG" build -q -o "$TMP/a-dot.ttl" .) || fail "build . failed"
(cd "$TMP/elsewhere" && "$NKG" build -q -o "$TMP/a-up.ttl" ../a) || fail "build ../a failed"
for v in abs dot up; do
  cmp -s <(nt "$TMP/a-rel.ttl") <(nt "$TMP/a-$v.ttl") || fail "build a and the $v way differ: $(diff <(nt "$TMP/a-rel.ttl") <(nt "$TMP/a-$v.ttl") | head -4)"
done
grep -q 'dcterms:source "a/item.txt"' "$TMP/a-abs.ttl" || fail "the source is not the path below the folder: $(grep dcterms:source "$TMP/a-abs.ttl")"
# a file named directly is the same document (same IRI) as the file found in its folder
"$NKG" build -q -o "$TMP/direct.ttl" "$TMP/a/item.txt" || fail "build a/item.txt failed"
docs_of() { "$PY" -c 'import sys, rdflib; g = rdflib.Graph().parse(sys.argv[1]); print(sorted(g.subjects(rdflib.RDF.type, rdflib.URIRef("https://w3id.org/newskg/ontology#Document"))))' "$1"; }
[ "$(docs_of "$TMP/direct.ttl")" = "$(docs_of "$TMP/a-rel.ttl")" ] || fail "a file named directly and found in its folder differ"
# a file listed twice is read once
"$NKG" build -q -o "$TMP/twice.ttl" a a/item.txt || fail "build a a/item.txt failed"
[ "$(grep -c 'dcterms:source' "$TMP/twice.ttl")" = 1 ] || fail "a file listed twice: $(grep dcterms:source "$TMP/twice.ttl")"

# a file name with bytes that are not UTF-8: every output format parses
mkdir -p "$TMP/odd"
cp "$TMP/a/item.txt" "$TMP/odd/$(printf 'bad\xff\xfe name %%41.txt')"
for fmt in turtle ntriples nquads rdfxml json; do
  "$NKG" build -q --format "$fmt" -o "$TMP/odd.$fmt" odd || fail "build of a non-UTF-8 name ($fmt) failed"
done
rapper -q -i turtle -c "$TMP/odd.turtle" || fail "rapper rejects the Turtle of a non-UTF-8 name"
rapper -q -i ntriples -c "$TMP/odd.ntriples" || fail "rapper rejects the N-Triples of a non-UTF-8 name"
rapper -q -i nquads -c "$TMP/odd.nquads" || fail "rapper rejects the N-Quads of a non-UTF-8 name"
rapper -q -i rdfxml -c "$TMP/odd.rdfxml" || fail "rapper rejects the RDF/XML of a non-UTF-8 name"
"$PY" - "$TMP/odd" <<'PY' || fail "rdflib rejects the output of a non-UTF-8 name"
import sys, rdflib
DCT = rdflib.Namespace("http://purl.org/dc/terms/")
for fmt, parser in (("turtle", "turtle"), ("ntriples", "nt"), ("rdfxml", "xml"), ("json", "json-ld")):
    if fmt == "json":
        import json; json.load(open(sys.argv[1] + ".json", encoding="utf-8")); continue
    g = rdflib.Graph().parse(sys.argv[1] + "." + fmt, format=parser)
    sources = {str(o) for o in g.objects(None, DCT.source)}
    # each byte that is not UTF-8, and '%', written %XX: no two names meet
    assert sources == {"odd/bad%FF%FE name %2541.txt"}, (fmt, sources)
ds = rdflib.Dataset(); ds.parse(sys.argv[1] + ".nquads", format="nquads")
print("ok: a non-UTF-8 file name parses in every format")
PY
echo ok
