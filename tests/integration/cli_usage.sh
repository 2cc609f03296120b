#!/usr/bin/env bash
# Usage errors exit 2 with a message; help and version exit 0; stdin works.
. "$(dirname "$0")/lib.sh"
set +e
"$NKG" >/dev/null 2>&1; [ $? -eq 2 ] || fail "no arguments should exit 2"
"$NKG" frobnicate >/dev/null 2>&1; [ $? -eq 2 ] || fail "an unknown command should exit 2"
"$NKG" build >/dev/null 2>&1; [ $? -eq 2 ] || fail "build without a path should exit 2"
"$NKG" build --format xml x >/dev/null 2>&1; [ $? -eq 2 ] || fail "an unknown format should exit 2"
"$NKG" build --ontology "$TMP/none" x >/dev/null 2>"$TMP/e"; [ $? -eq 2 ] || fail "a missing lexicon should exit 2"
grep -q lexicon "$TMP/e" || fail "a missing lexicon should be named"
set -e
"$NKG" --help | grep -q "newskg build" || fail "--help says nothing useful"
"$NKG" --version | grep -q "newskg" || fail "--version"
printf 'Президент Казахстана Касым-Жомарт Токаев 3 марта 2025 года принял в Астане министра иностранных дел Турции Хакана Фидана.\n' |
  "$NKG" build -q - >"$TMP/stdin.ttl" || fail "stdin build failed"
grep -q 'Хакан Фидан' "$TMP/stdin.ttl" || fail "stdin document: person not in nominative"
grep -q '"-"' "$TMP/stdin.ttl" || fail "stdin document: source is not \"-\""
# --date: a date known from outside dates the document, and "вчера" is read against it
printf 'Вчера Президент Казахстана Касым-Жомарт Токаев принял в Астане министра иностранных дел Турции Хакана Фидана.\n' |
  "$NKG" build -q --date 2025-03-04 - >"$TMP/dated.ttl" || fail "--date failed"
grep -q 'dcterms:date "2025-03-04"^^xsd:date' "$TMP/dated.ttl" || fail "--date did not date the document"
grep -q 'schema:startDate "2025-03-03"^^xsd:date' "$TMP/dated.ttl" || fail "вчера was not read against --date"
set +e
"$NKG" build --date 2025-13-01 "$TMP/dated.ttl" >/dev/null 2>&1; [ $? -eq 2 ] || fail "a malformed --date should exit 2"
set -e

# on a terminal: a summary line; piped: nothing but problems
docs=$(dirname "$0")/../corpus/docs
script -qec "$NKG build -o $TMP/tty.ttl $docs" /dev/null >"$TMP/tty.out" 2>&1 || fail "build on a terminal failed"
grep -q "documents read, 0 failed, [0-9]* statements in" "$TMP/tty.out" || fail "no summary on a terminal: $(cat "$TMP/tty.out")"
"$NKG" build -o "$TMP/pipe.ttl" "$docs" 2>"$TMP/pipe.err" || fail "build piped failed"
[ ! -s "$TMP/pipe.err" ] || fail "piped, it printed: $(cat "$TMP/pipe.err")"
script -qec "$NKG build -q -o $TMP/q.ttl $docs" /dev/null >"$TMP/q.out" 2>&1
[ ! -s "$TMP/q.out" ] || fail "--quiet on a terminal printed: $(cat "$TMP/q.out")"
for cmd in build query graph; do "$NKG" $cmd --help | grep -q "usage: newskg $cmd" || fail "$cmd --help"; done
echo ok
