#!/usr/bin/env bash
# "--" ends the options of every command, and no command writes its output over one of its
# inputs, whatever path, link or redirection names it.
. "$(dirname "$0")/lib.sh"
docs=$1
a=$(ls "$docs"/*.txt | head -n 1)
b=$(ls "$docs"/*.txt | sed -n 2p)
mkdir "$TMP/in"
cp "$a" "$TMP/in/-o"
cp "$b" "$TMP/in/a.txt"
cp "$b" "$TMP/in/-q.txt"
cp "$TMP/in/a.txt" "$TMP/a.orig"
unchanged() { cmp -s "$1" "$2" || fail "$3: the input $1 was changed"; }
status() { set +e; "$@" >"$TMP/out" 2>"$TMP/err"; rc=$?; set -e; }

# a document named -o after "--" is a document, not the option that takes a.txt as output
(cd "$TMP/in" && "$NKG" build -q -- -o a.txt >"$TMP/dash.ttl" 2>"$TMP/dash.err") ||
  fail "build -- -o a.txt: exit $?: $(cat "$TMP/dash.err")"
unchanged "$TMP/in/a.txt" "$TMP/a.orig" "build -- -o a.txt"
grep -q 'dcterms:source "-o"' "$TMP/dash.ttl" || fail "the document named -o was not read"
grep -q 'dcterms:source "a.txt"' "$TMP/dash.ttl" || fail "a.txt was not read as a document"
# and -q.txt is a document, not an unknown option
(cd "$TMP/in" && "$NKG" build -- -q.txt >"$TMP/q.ttl" 2>"$TMP/q.err") || fail "build -- -q.txt: exit $?: $(cat "$TMP/q.err")"
grep -q 'dcterms:source "-q.txt"' "$TMP/q.ttl" || fail "the document named -q.txt was not read"
# options may still follow the paths before "--"
"$NKG" build "$TMP/in/a.txt" -q --format ntriples >"$TMP/after.nt" || fail "an option after a PATH"
rapper -q -i ntriples -c "$TMP/after.nt" || fail "--format after a PATH was not honoured"
# without "--", a name that looks like an option is refused with a hint, not taken as one
status "$NKG" build "$TMP/in/a.txt" -q.txt
[ "$rc" -eq 2 ] && grep -q -- "after '--'" "$TMP/err" || fail "build a.txt -q.txt: exit $rc, $(cat "$TMP/err")"

# -o naming an input: refused (exit 2) and the input is left as it was, however it is spelt
mkdir "$TMP/in/sub"
ln -s "$TMP/in/a.txt" "$TMP/link.txt"
ln "$TMP/in/a.txt" "$TMP/hard.txt"
for out in "$TMP/in/a.txt" "$TMP/in/sub/../a.txt" "$TMP/link.txt" "$TMP/hard.txt"; do
  status "$NKG" build -q -o "$out" "$TMP/in/a.txt"
  [ "$rc" -eq 2 ] || fail "build -o $out $TMP/in/a.txt: exit $rc, expected 2"
  grep -q "not writing over it" "$TMP/err" || fail "build -o $out: no reason given: $(cat "$TMP/err")"
  unchanged "$TMP/in/a.txt" "$TMP/a.orig" "build -o $out"
done
# ... also when the input is a directory that holds it, or standard input, or after --
status "$NKG" build -q -o "$TMP/in/a.txt" "$TMP/in"
[ "$rc" -eq 2 ] || fail "build -o DIR/a.txt DIR: exit $rc, expected 2"
unchanged "$TMP/in/a.txt" "$TMP/a.orig" "build -o DIR/a.txt DIR"
set +e; "$NKG" build -q -o "$TMP/in/a.txt" - <"$TMP/in/a.txt" 2>"$TMP/err"; rc=$?; set -e
[ "$rc" -eq 2 ] || fail "build -o a.txt - <a.txt: exit $rc, expected 2"
unchanged "$TMP/in/a.txt" "$TMP/a.orig" "build -o a.txt - <a.txt"
status "$NKG" build -q -o "$TMP/hard.txt" -- "$TMP/in/a.txt"
[ "$rc" -eq 2 ] || fail "build -o HARDLINK -- a.txt: exit $rc, expected 2"
# ... and standard output appended to an input
set +e; "$NKG" build -q "$TMP/in/a.txt" >>"$TMP/in/a.txt" 2>"$TMP/err"; rc=$?; set -e
[ "$rc" -eq 2 ] || fail "build a.txt >>a.txt: exit $rc, expected 2"
unchanged "$TMP/in/a.txt" "$TMP/a.orig" "build a.txt >>a.txt"
# an output that is another file is fine
"$NKG" build -q -o "$TMP/fine.ttl" "$TMP/in/a.txt" || fail "build -o a new file failed"
need_file "$TMP/fine.ttl"

# query and graph: "--" ends their options too
cp "$TMP/fine.ttl" "$TMP/in/-g.ttl"
(cd "$TMP/in" && "$NKG" query --results csv -- -g.ttl 'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }' >"$TMP/count.csv" 2>"$TMP/err") ||
  fail "query -- -g.ttl: exit $?: $(cat "$TMP/err")"
want=$(rapper -i turtle -c "$TMP/fine.ttl" 2>&1 | sed -n 's/.*returned \([0-9]*\) triples.*/\1/p')
[ "$(sed -n 2p "$TMP/count.csv" | tr -d '\r')" = "$want" ] || fail "query -- -g.ttl counted $(cat "$TMP/count.csv"), rapper $want"
(cd "$TMP/in" && "$NKG" graph --format dot -- -g.ttl >"$TMP/net.dot" 2>"$TMP/err") || fail "graph -- -g.ttl: exit $?: $(cat "$TMP/err")"
grep -q '^digraph' "$TMP/net.dot" || fail "graph -- -g.ttl wrote no DOT"

# graph -o naming its input graph: refused, the graph kept
cp "$TMP/fine.ttl" "$TMP/g.orig"
ln "$TMP/fine.ttl" "$TMP/g-hard.ttl"
for out in "$TMP/fine.ttl" "$TMP/g-hard.ttl"; do
  status "$NKG" graph -o "$out" "$TMP/fine.ttl"
  [ "$rc" -eq 2 ] || fail "graph -o $out $TMP/fine.ttl: exit $rc, expected 2"
  grep -q "not writing over it" "$TMP/err" || fail "graph -o $out: no reason given: $(cat "$TMP/err")"
  unchanged "$TMP/fine.ttl" "$TMP/g.orig" "graph -o $out"
done
echo ok
