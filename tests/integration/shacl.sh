#!/usr/bin/env bash
# The graph meets the contract's SHACL shapes (ontology/shapes.ttl) by an independent
# validator (shacl-engine, installed by scripts/test.sh with npm), and a graph that
# breaks the contract fails, each break named.
. "$(dirname "$0")/lib.sh"
docs=$1 shapes=$2 broken=$3
validator="$(dirname "$0")/../shacl/validate.mjs"
[ -d "$(dirname "$validator")/node_modules/shacl-engine" ] ||
  fail "the SHACL validator is not installed: run npm ci --prefix tests/shacl (scripts/test.sh does)"
"$NKG" build -q -o "$TMP/g.ttl" "$docs" || fail "build failed"
node "$validator" "$shapes" "$TMP/g.ttl" >"$TMP/ok.txt" || { cat "$TMP/ok.txt"; fail "the example graph does not conform"; }
set +e
node "$validator" "$shapes" "$broken" >"$TMP/broken.txt"
rc=$?
set -e
[ "$rc" -eq 1 ] || fail "the broken graph was not rejected (status $rc)"
for what in "p1 .*exactly one rdfs:label" "doc .*date" "/m .*member" "/e .*Meeting or a nkg:Session" "/e2 .*attendee"; do
  grep -q "$what" "$TMP/broken.txt" || fail "the validator did not report: $what"
done
echo "ok: $(tail -1 "$TMP/ok.txt"); the broken graph: $(tail -1 "$TMP/broken.txt")"
