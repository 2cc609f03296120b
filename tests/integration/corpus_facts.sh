#!/usr/bin/env bash
# Builds the graph of a hand-written corpus and scores it against the corpus's gold
# facts with the independent rdflib checker.
. "$(dirname "$0")/lib.sh"
corpus=$1 min=$2
"$NKG" build -q -o "$TMP/graph.ttl" "$corpus/docs" || fail "newskg build failed on $corpus"
need_file "$TMP/graph.ttl"
"$PY" "$(dirname "$0")/factcheck.py" --gold "$corpus/gold.tsv" "$TMP/graph.ttl" --min-f1 "$min" \
  || fail "micro-F1 on $corpus is below $min"
