#!/usr/bin/env bash
# A build that finds no document says so and exits 2, and leaves -o as it was (no
# graph of prefixes only); a folder without documents next to one with documents is
# named in a warning.
. "$(dirname "$0")/lib.sh"
docs=$1
mkdir -p "$TMP/web" "$TMP/empty" "$TMP/good"
printf '<html><body>Президент принял министра.</body></html>\n' >"$TMP/web/page.html"
printf '{"text": "Президент принял министра."}\n' >"$TMP/web/items.jsonl"
cp "$(ls "$docs"/*.txt | head -n 1)" "$TMP/good/"
echo "an earlier graph" >"$TMP/keep.ttl"
for dir in web empty; do
  set +e
  "$NKG" build -o "$TMP/keep.ttl" "$TMP/$dir" >"$TMP/out" 2>"$TMP/err"
  rc=$?
  set -e
  [ "$rc" -eq 2 ] || fail "$dir: exit status $rc, expected 2"
  grep -q "no document found" "$TMP/err" || fail "$dir: no message: $(cat "$TMP/err")"
  [ "$(cat "$TMP/keep.ttl")" = "an earlier graph" ] || fail "$dir: the earlier output was replaced"
  [ ! -s "$TMP/out" ] || fail "$dir: something was written to standard output"
done
"$NKG" build -o "$TMP/mixed.ttl" "$TMP/good" "$TMP/web" 2>"$TMP/err" || fail "a folder without documents next to one with them failed"
grep -q "web.*warning.*no document" "$TMP/err" || fail "the folder without documents is not named: $(cat "$TMP/err")"
grep -q "nkg:Document" "$TMP/mixed.ttl" || fail "the other folder's documents are missing"
echo ok
