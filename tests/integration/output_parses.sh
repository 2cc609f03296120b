#!/usr/bin/env bash
# The output is valid RDF for two independent parsers, in both formats, and has
# the prefixes the README promises.
. "$(dirname "$0")/lib.sh"
docs=$1
"$NKG" build -q -o "$TMP/g.ttl" "$docs" || fail "build failed"
rapper -q -i turtle -c "$TMP/g.ttl" 2>"$TMP/rapper.err" || { cat "$TMP/rapper.err"; fail "rapper rejects the Turtle"; }
for p in nkg id schema org prov dcterms rdfs skos xsd owl foaf; do
  grep -q "^@prefix $p: " "$TMP/g.ttl" || fail "prefix $p: not declared"
done
"$NKG" build -q --format ntriples -o "$TMP/g.nt" "$docs" || fail "ntriples build failed"
rapper -q -i ntriples -c "$TMP/g.nt" || fail "rapper rejects the N-Triples"
"$PY" - "$TMP/g.ttl" "$TMP/g.nt" <<'PY' || fail "rdflib disagrees"
import sys, rdflib
from rdflib.compare import isomorphic
a = rdflib.Graph().parse(sys.argv[1], format="turtle")
b = rdflib.Graph().parse(sys.argv[2], format="nt")
assert len(a) > 100, f"only {len(a)} triples"
assert isomorphic(a, b), "Turtle and N-Triples give different graphs"
NKG = rdflib.Namespace("https://w3id.org/newskg/ontology#")
RDFS = rdflib.RDFS
# every person has exactly one Russian label
for p in a.subjects(rdflib.RDF.type, NKG.Person):
    ru = [l for l in a.objects(p, RDFS.label) if getattr(l, "language", None) == "ru"]
    assert len(ru) == 1, f"{p} has {len(ru)} Russian labels"
# every typed node carries its nkg class explicitly, and every document mentions something
docs = list(a.subjects(rdflib.RDF.type, NKG.Document))
assert docs, "no documents"
print(f"ok: {len(a)} triples, {len(docs)} documents")
PY

# N-Quads: every statement sits in the named graph of the document it came from; the
# triples are those of the other formats.  RDF/XML and RDF/JSON are the same graph.
"$NKG" build -q --format nquads -o "$TMP/g.nq" "$docs" || fail "nquads build failed"
"$NKG" build -q --format rdfxml -o "$TMP/g.rdf" "$docs" || fail "rdfxml build failed"
"$NKG" build -q --format json -o "$TMP/g.json" "$docs" || fail "json build failed"
rapper -q -i nquads -c "$TMP/g.nq" || fail "rapper rejects the N-Quads"
rapper -q -i json -o ntriples "$TMP/g.json" >"$TMP/from-json.nt" || fail "rapper rejects the RDF/JSON"
"$PY" - "$TMP/g.nq" "$TMP/g.nt" "$TMP/g.rdf" "$TMP/from-json.nt" <<'PY' || fail "the formats disagree"
import sys, rdflib
from rdflib.compare import isomorphic
ds = rdflib.Dataset()
ds.parse(sys.argv[1], format="nquads")
nt = rdflib.Graph().parse(sys.argv[2], format="nt")
docs = {str(d) for d in nt.subjects(rdflib.RDF.type, rdflib.URIRef("https://w3id.org/newskg/ontology#Document"))}
names = {str(c.identifier) for c in ds.contexts() if len(c)}
assert names <= docs and docs <= names, (sorted(names - docs)[:3], sorted(docs - names)[:3])
union = rdflib.Graph()
for c in ds.contexts():
    for t in c: union.add(t)
assert isomorphic(union, nt), "N-Quads triples differ from N-Triples"
for c in ds.contexts():   # a document's graph holds its own description
    if len(c): assert (c.identifier, rdflib.RDF.type, rdflib.URIRef("https://w3id.org/newskg/ontology#Document")) in c
assert isomorphic(rdflib.Graph().parse(sys.argv[3], format="xml"), nt), "RDF/XML differs"
assert isomorphic(rdflib.Graph().parse(sys.argv[4], format="nt"), nt), "RDF/JSON differs"
print(f"ok: {len(names)} named graphs")
PY
