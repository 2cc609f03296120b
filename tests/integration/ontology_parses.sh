#!/usr/bin/env bash
# Every ontology and lexicon file is valid Turtle, and every nkg: term the program
# writes is defined in the ontology.
set -eu
onto=$1 corpus=${2:-}
for f in "$onto"/*.ttl "$onto"/lexicon/*.ttl; do
  rapper -q -i turtle -c "$f" || { echo "FAIL: $f"; exit 1; }
done
if [ -n "$corpus" ]; then
  : "${NKG:?NKG must name the newskg binary}"
  terms=$("$NKG" build -q --format ntriples "$corpus" | grep -o '<https://w3id.org/newskg/ontology#[A-Za-z]*>' | sort -u)
  [ -n "$terms" ] || { echo "FAIL: no nkg: terms in the output"; exit 1; }
  for t in $terms; do
    local_name=${t#<https://w3id.org/newskg/ontology#}; local_name=${local_name%>}
    grep -q "^nkg:$local_name " "$onto/newskg.ttl" || { echo "FAIL: nkg:$local_name is not defined in $onto/newskg.ttl"; exit 1; }
  done
fi
echo ok
