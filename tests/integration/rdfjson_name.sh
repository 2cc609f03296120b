#!/usr/bin/env bash
# RDF/JSON goes in a .rj file: `build --format json` warns when -o ends in .json or
# .jsonld (rdflib and Oxigraph read those as JSON-LD and get wrong data), not for .rj;
# query and graph read .rj as RDF/JSON.
. "$(dirname "$0")/lib.sh"
doc=$1
for ext in json jsonld; do
  "$NKG" build -q --format json -o "$TMP/g.$ext" "$doc" 2>"$TMP/err" || fail "build -o g.$ext failed"
  grep -q "g.$ext: warning: .*name it .rj" "$TMP/err" || fail "no warning for a .$ext file: $(cat "$TMP/err")"
done
"$NKG" build -q --format json -o "$TMP/g.rj" "$doc" 2>"$TMP/err" || fail "build -o g.rj failed"
[ ! -s "$TMP/err" ] || fail "a warning for a .rj file: $(cat "$TMP/err")"
"$NKG" build -q -o "$TMP/g.json" "$doc" 2>"$TMP/err" || fail "build -o g.json (Turtle) failed"
[ ! -s "$TMP/err" ] || fail "a warning for Turtle in a .json file: $(cat "$TMP/err")"
"$NKG" build -q -o "$TMP/g.ttl" "$doc"
# the same statements through the .rj file as through Turtle (rapper reads RDF/JSON as "json")
n_ttl=$(rapper -i turtle -c "$TMP/g.ttl" 2>&1 | grep -o 'returned [0-9]* triples')
n_rj=$(rapper -i json -c "$TMP/g.rj" 2>&1 | grep -o 'returned [0-9]* triples')
[ -n "$n_ttl" ] && [ "$n_ttl" = "$n_rj" ] || fail "Turtle $n_ttl, RDF/JSON $n_rj"
q='SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }'
[ "$("$NKG" query --results csv "$TMP/g.rj" "$q" 2>/dev/null)" = "$("$NKG" query --results csv "$TMP/g.ttl" "$q" 2>/dev/null)" ] ||
  fail "query reads the .rj file otherwise than the Turtle"
"$NKG" query --help | grep -q 'RDF/JSON .rj' || fail "query --help does not name .rj"
"$NKG" build --help | grep -q 'name the file .rj' || fail "build --help does not name .rj"
echo ok
