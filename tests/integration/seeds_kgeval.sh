#!/usr/bin/env bash
# Scores the sample documents with the project-independent scorer, when ../shared is there.
. "$(dirname "$0")/lib.sh"
shared=$1 min=$2
if [ ! -x "$shared/eval/kgeval" ] || [ ! -d "$shared/seeds" ]; then
  echo "SKIP: no $shared/eval/kgeval here"; exit 77
fi
"$NKG" build -q -o "$TMP/seeds.ttl" "$shared/seeds" || fail "newskg build failed on the seeds"
"$shared/eval/kgeval" --gold "$shared/gold/seeds.tsv" "$TMP/seeds.ttl" --min-f1 "$min" \
  || fail "kgeval micro-F1 on the seeds is below $min"
