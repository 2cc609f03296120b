#!/usr/bin/env bash
# Answers a SPARQL user can trust: each case compares newskg query's answer with
# rdflib's on the example corpus's graph (as Turtle, N-Triples and N-Quads).
. "$(dirname "$0")/lib.sh"
docs=$1
for f in turtle:ttl ntriples:nt nquads:nq; do
  "$NKG" build -q --format "${f%%:*}" -o "$TMP/g.${f#*:}" "$docs" || fail "build ${f%%:*} failed"
done
P='PREFIX nkg: <https://w3id.org/newskg/ontology#> PREFIX owl: <http://www.w3.org/2002/07/owl#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>'

# same QUERY GRAPH...: newskg's CSV rows equal rdflib's rows (graphs merged; .nq as a
# dataset whose default graph is the union of its named graphs)
same() {
  local q=$1; shift
  "$NKG" query --results csv "$@" "$q" >"$TMP/ours.csv" 2>"$TMP/err" || fail "newskg query failed: $(cat "$TMP/err")"
  "$PY" - "$q" "$TMP/ours.csv" "$@" <<'PY' || fail "newskg and rdflib disagree on: $q"
import csv, sys, rdflib
q, ours, files = sys.argv[1], sys.argv[2], sys.argv[3:]
d = rdflib.Dataset(default_union=True)
for f in files:
    fmt = {"ttl": "turtle", "nt": "nt", "nq": "nquads"}[f.rsplit(".", 1)[1]]
    (d if fmt == "nquads" else d.default_context).parse(f, format=fmt)
got = [tuple(r) for r in list(csv.reader(open(ours, encoding="utf-8")))[1:]]
want = [tuple("" if v is None else str(v) for v in row) for row in d.query(q)]
if sorted(got) != sorted(want):
    print("newskg:", got[:5], "\nrdflib:", want[:5])
    sys.exit(1)
print(len(got), "rows agree:", got[:2])
PY
}

# COUNT(?w) does not count rows where ?w is unbound (rasqal does: 44, 44)
same "$P SELECT (COUNT(*) AS ?n) (COUNT(?w) AS ?b) WHERE { ?s a nkg:Person OPTIONAL { ?s owl:sameAs ?w } }" "$TMP/g.ttl"
tr -d '\r' <"$TMP/ours.csv" | grep -qx '44,8' || fail "COUNT over OPTIONAL: $(tail -1 "$TMP/ours.csv")"
# COUNT(DISTINCT ?w) likewise (rdflib 6 fails on it: the distinct values, by rdflib)
distinct=$("$NKG" query --results csv "$TMP/g.ttl" "$P SELECT (COUNT(DISTINCT ?w) AS ?d) WHERE { ?s a nkg:Person OPTIONAL { ?s owl:sameAs ?w } }" | tail -1 | tr -d '\r')
[ "$distinct" = "$("$PY" -c '
import rdflib, sys
from rdflib.namespace import OWL, RDF
g = rdflib.Graph().parse(sys.argv[1]); P = rdflib.URIRef("https://w3id.org/newskg/ontology#Person")
print(len({w for s in g.subjects(RDF.type, P) for w in g.objects(s, OWL.sameAs)}))' "$TMP/g.ttl")" ] || fail "COUNT(DISTINCT ?w): $distinct"
# an aggregate over no match is one row with 0 (rasqal gives no row)
same "$P SELECT (COUNT(?s) AS ?n) WHERE { ?s a nkg:NoSuchClass }" "$TMP/g.ttl"
tr -d '\r' <"$TMP/ours.csv" | grep -qx '0' || fail "COUNT over nothing"
# a GROUP BY over no match is zero groups, zero rows (rasqal gives one group, COUNT(*) 1)
for q in "SELECT ?s (COUNT(*) AS ?n) WHERE { ?s a nkg:NoSuchClass } GROUP BY ?s" \
         "SELECT (COUNT(*) AS ?n) WHERE { ?s a nkg:Person FILTER(1 < 0) } GROUP BY ?s" \
         "SELECT ?s WHERE { ?s a nkg:NoSuchClass } GROUP BY ?s"; do
  same "$P $q" "$TMP/g.ttl"
  [ "$(wc -l <"$TMP/ours.csv")" -eq 1 ] || fail "GROUP BY over no match gave rows: $(cat "$TMP/ours.csv")"
done
same "$P SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s a nkg:NoSuchClass } } GROUP BY ?g" "$TMP/g.nq"
[ "$(wc -l <"$TMP/ours.csv")" -eq 1 ] || fail "GROUP BY ?g over no match gave rows: $(cat "$TMP/ours.csv")"
# ... but a real group whose key is unbound stays, even of one solution
same "$P SELECT ?w (COUNT(*) AS ?n) WHERE { <https://w3id.org/newskg/id/person/sergey-lavrov> a nkg:Person
      OPTIONAL { <https://w3id.org/newskg/id/person/sergey-lavrov> owl:nothing ?w } } GROUP BY ?w" "$TMP/g.ttl"
tr -d '\r' <"$TMP/ours.csv" | grep -qx ',1' || fail "a group with an unbound key was lost: $(cat "$TMP/ours.csv")"
# HAVING without GROUP BY over no match: the one empty group, kept when HAVING holds on it
# (rasqal has no group at all)
same "$P SELECT (COUNT(*) AS ?n) WHERE { ?s a nkg:NoSuchClass } HAVING (COUNT(*) = 0)" "$TMP/g.ttl"
tr -d '\r' <"$TMP/ours.csv" | grep -qx '0' || fail "HAVING (COUNT(*) = 0) over no match: $(cat "$TMP/ours.csv")"
same "$P SELECT (COUNT(*) AS ?n) WHERE { ?s a nkg:NoSuchClass } HAVING (COUNT(*) > 0)" "$TMP/g.ttl"
same "$P SELECT (COUNT(?s) AS ?n) (MAX(?s) AS ?m) WHERE { ?s a nkg:NoSuchClass } HAVING (COUNT(?s) = 0) (MAX(?s) = 1)" "$TMP/g.ttl"
same "$P SELECT (COUNT(*) AS ?n) WHERE { ?s a nkg:Person } HAVING (COUNT(*) > 10)" "$TMP/g.ttl"
# the same graph as .ttl and .nt together is counted once (raptor's N-Triples parser
# lower-cases the @ru-Latn tags its Turtle parser keeps)
same 'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }' "$TMP/g.ttl" "$TMP/g.nt"
[ "$(tail -1 "$TMP/ours.csv" | tr -d '\r')" = "$("$PY" -c 'import rdflib,sys; print(len(rdflib.Graph().parse(sys.argv[1])))' "$TMP/g.ttl")" ] ||
  fail ".ttl + .nt counted some triples twice"
# GRAPH patterns over N-Quads, and the default graph of N-Quads as the union
same 'SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }' "$TMP/g.nq"
[ "$(tail -1 "$TMP/ours.csv" | tr -d '\r')" -gt 1000 ] || fail "GRAPH over N-Quads found too little"
same "$P SELECT ?g (COUNT(?s) AS ?n) WHERE { GRAPH ?g { ?s a nkg:Person } } GROUP BY ?g" "$TMP/g.nq"
same "$P SELECT ?s ?l WHERE { ?s a nkg:Person ; rdfs:label ?l }" "$TMP/g.nq"
same "$P SELECT ?g WHERE { GRAPH ?g { <https://w3id.org/newskg/id/person/sergey-lavrov> a nkg:Person } }" "$TMP/g.nq"
# each order the model is kept in, by the query's patterns (rdfload.h): one pattern (the
# subject order only), a join through objects (object order), a later pattern sharing no
# variable (predicate order), and s ?p o (the subject's statements, the object filtered)
same "$P SELECT ?p ?o WHERE { ?s a nkg:Person ; rdfs:label ?o . ?s ?p ?o }" "$TMP/g.ttl"
same "$P SELECT ?g ?s ?p WHERE { GRAPH ?g { ?s a nkg:Person . ?s ?p nkg:Person } }" "$TMP/g.nq"
same "$P SELECT ?e ?r WHERE { ?s a nkg:Person . ?e ?r ?s }" "$TMP/g.nt"
same "$P SELECT ?x ?y WHERE { <https://w3id.org/newskg/id/person/sergey-lavrov> a nkg:Person . ?x owl:sameAs ?y }" "$TMP/g.ttl"
[ "$(wc -l <"$TMP/ours.csv")" -gt 2 ] || fail "a pattern sharing no variable found too little"
same "$P SELECT ?s ?o WHERE { ?s owl:sameAs ?o }" "$TMP/g.nq"
# standard input as a graph file, its syntax guessed
"$NKG" query --results csv - 'SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }' <"$TMP/g.nq" >"$TMP/stdin.csv" ||
  fail "query on standard input failed"
"$NKG" query --results csv "$TMP/g.nq" 'SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }' | cmp -s - "$TMP/stdin.csv" ||
  fail "standard input gives another answer than the file"

# empty results still name their variables; ASK as the SPARQL JSON boolean
none="$P SELECT ?s ?label WHERE { ?s a nkg:NoSuchClass ; rdfs:label ?label }"
"$NKG" query --results json "$TMP/g.ttl" "$none" | "$PY" -c '
import json, sys
r = json.load(sys.stdin)
assert r["head"]["vars"] == ["s", "label"], r
assert r["results"]["bindings"] == [], r' || fail "empty JSON results lose their vars"
[ "$("$NKG" query --results csv "$TMP/g.ttl" "$none" | tr -d '\r')" = "s,label" ] || fail "empty CSV has no header"
[ "$("$NKG" query --results tsv "$TMP/g.ttl" "$none")" = "$(printf '?s\t?label')" ] || fail "empty TSV has no header"
for ask in "ASK { ?s a nkg:Person }" "ASK { ?s a nkg:NoSuchClass }"; do
  "$NKG" query --results json "$TMP/g.ttl" "$P $ask" >"$TMP/ask.json" || fail "ASK failed"
  "$PY" - "$TMP/g.ttl" "$P $ask" "$TMP/ask.json" <<'PY' || fail "ASK: $ask"
import json, sys, rdflib
r = json.load(open(sys.argv[3]))
assert set(r) == {"head", "boolean"} and r["head"] == {}, r
assert r["boolean"] == rdflib.Graph().parse(sys.argv[1]).query(sys.argv[2]).askAnswer, r
PY
done

# DESCRIBE: the resource's statements (rasqal parses DESCRIBE but returns nothing)
lavrov=https://w3id.org/newskg/id/person/sergey-lavrov
for q in "DESCRIBE <$lavrov>" "$P DESCRIBE ?p WHERE { ?p a nkg:Person ; rdfs:label \"Сергей Лавров\"@ru }"; do
  "$NKG" query "$TMP/g.ttl" "$q" >"$TMP/describe.ttl" || fail "DESCRIBE failed: $q"
  "$PY" - "$TMP/g.ttl" "$TMP/describe.ttl" "$lavrov" <<'PY' || fail "DESCRIBE: $q"
import sys, rdflib
g, d, s = rdflib.Graph().parse(sys.argv[1]), rdflib.Graph().parse(sys.argv[2], format="turtle"), rdflib.URIRef(sys.argv[3])
want = set(g.triples((s, None, None)))
assert want and set(d) == want, (len(set(d)), len(want))
PY
done
echo ok
