#!/usr/bin/env bash
# Every ontology and lexicon file is valid Turtle.
set -eu
for f in "$1"/*.ttl "$1"/lexicon/*.ttl; do
  rapper -q -i turtle -c "$f" || { echo "FAIL: $f"; exit 1; }
done
echo ok
