#!/usr/bin/env bash
# newskg graph on a graph file that does not parse: exit 2, the file and line named, and
# nothing written -- an existing -o file is kept as it was, standard output stays empty.
. "$(dirname "$0")/lib.sh"
docs=$1
"$NKG" build -q -o "$TMP/good.ttl" "$docs" || fail "build failed"
"$NKG" build -q --format ntriples -o "$TMP/good.nt" "$docs" || fail "build failed"
"$NKG" build -q --format rdfxml -o "$TMP/good.rdf" "$docs" || fail "build failed"
size=$(wc -c <"$TMP/good.ttl")
line_of() { head -c "$2" "$1" | wc -l | awk '{print $1 + 1}'; } # the line a cut at byte N ends on
# cut in the middle: inside a literal; inside a prefixed name at the very end (raptor's
# Turtle lexer once let such a last token go unnoticed); after a ';'
offset_in_literal=$(grep -bo '"@ru' "$TMP/good.ttl" | sed -n 20p | cut -d: -f1)
offset_in_name=$(grep -bo '^organization:[a-z-]*$' "$TMP/good.ttl" | sed -n 5p | cut -d: -f1); offset_in_name=$((offset_in_name + 9))
offset_after_semicolon=$(grep -bo ' ;$' "$TMP/good.ttl" | sed -n 40p | cut -d: -f1); offset_after_semicolon=$((offset_after_semicolon + 2))
i=0
for cut in "$offset_in_literal" "$offset_in_name" "$offset_after_semicolon"; do
  i=$((i + 1))
  [ "$cut" -gt 100 ] && [ "$cut" -lt "$size" ] || fail "no place to cut the graph ($cut)"
  head -c "$cut" "$TMP/good.ttl" >"$TMP/cut$i.ttl"
done
printf '<https://w3id.org/newskg/id/a> <http://www.w3.org/2000/01/rdf-schema#label> "a"@ru .\n<https://w3id.org/newskg/id/b> <http://www.w3.org/2000/01/rdf-schema#label> "b\n' >"$TMP/bad.nt"
head -c "$(( $(wc -c <"$TMP/good.rdf") / 2 ))" "$TMP/good.rdf" >"$TMP/cut.rdf"

printf 'the previous network\n' >"$TMP/keep.orig"
for bad in "$TMP/cut1.ttl" "$TMP/cut2.ttl" "$TMP/cut3.ttl" "$TMP/bad.nt" "$TMP/cut.rdf"; do
  for fmt in graphml dot; do
    cp "$TMP/keep.orig" "$TMP/keep.out"
    set +e; "$NKG" graph --format $fmt -o "$TMP/keep.out" "$TMP/good.ttl" "$bad" >"$TMP/stdout" 2>"$TMP/err"; rc=$?; set -e
    [ "$rc" -eq 2 ] || fail "graph --format $fmt -o FILE $(basename "$bad"): exit $rc, expected 2 ($(cat "$TMP/err"))"
    cmp -s "$TMP/keep.out" "$TMP/keep.orig" || fail "graph -o: $(basename "$bad") did not parse, yet the previous file was replaced"
    [ ! -s "$TMP/stdout" ] || fail "graph -o: something went to standard output"
    ls "$TMP" | grep -q '^keep.out.' && fail "graph -o left a temporary file: $(ls "$TMP")"
    grep -q "$(basename "$bad")" "$TMP/err" || fail "$(basename "$bad"): the message does not name the file: $(cat "$TMP/err")"
    # raptor gives the line for Turtle and N-Triples (its RDF/XML errors come from libxml2 without one)
    case $bad in *.rdf) ;; *)
      grep -qE "$(basename "$bad")(:| line | \(line )[0-9]+" "$TMP/err" || fail "$(basename "$bad"): the message names no line: $(cat "$TMP/err")";;
    esac
    set +e; "$NKG" graph --format $fmt "$bad" >"$TMP/stdout" 2>"$TMP/err"; rc=$?; set -e
    [ "$rc" -eq 2 ] || fail "graph --format $fmt $(basename "$bad") to standard output: exit $rc, expected 2"
    [ ! -s "$TMP/stdout" ] || fail "graph $(basename "$bad"): a network was written for a graph that does not parse"
  done
done
# the line named is the one the cut is on (a literal cut open may end on a later line: at the end)
want=$(line_of "$TMP/good.ttl" "$offset_after_semicolon")
set +e; "$NKG" graph "$TMP/cut3.ttl" >/dev/null 2>"$TMP/err"; set -e
grep -qE "cut3.ttl(:| line | \(line )($want|$((want + 1)))\b" "$TMP/err" || fail "cut3.ttl: expected line $want: $(cat "$TMP/err")"
# and the good graph still makes its network
"$NKG" graph -o "$TMP/keep.out" "$TMP/good.ttl" || fail "graph on the good graph failed"
grep -q '<graphml' "$TMP/keep.out" || fail "graph on the good graph wrote no GraphML"
echo ok
