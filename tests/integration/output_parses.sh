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
