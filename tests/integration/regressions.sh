#!/usr/bin/env bash
# Inputs that once crashed or corrupted the output (most found by fuzzing): each must
# give a valid graph in Turtle and in N-Triples, with the same statements.  Run in the
# sanitizer build too, where a use-after-free or an overflow stops the program.
. "$(dirname "$0")/lib.sh"
dir=$1
for f in "$dir"/*.txt; do
  name=$(basename "$f")
  "$NKG" build -q -o "$TMP/out.ttl" "$f" || fail "$name: exit status $?"
  "$NKG" build -q --format ntriples -o "$TMP/out.nt" "$f" || fail "$name: exit status $? (ntriples)"
  rapper -q -i turtle -c "$TMP/out.ttl" || fail "$name: the Turtle does not parse"
  n_ttl=$(rapper -i turtle -c "$TMP/out.ttl" 2>&1 | grep -o 'returned [0-9]* triples' | grep -o '[0-9]*')
  n_nt=$(rapper -i turtle -c "$TMP/out.nt" 2>&1 | grep -o 'returned [0-9]* triples' | grep -o '[0-9]*')
  [ "$n_ttl" = "$n_nt" ] || fail "$name: Turtle has $n_ttl statements, N-Triples $n_nt"
done
echo ok

# lexicon files that once broke the loader: loaded beside the real lexicon, they must
# neither crash it nor stop it from extracting
onto=${NEWSKG_ONTOLOGY:?}
for f in "$dir"/../regressions-lexicon/*.ttl; do
  rm -rf "$TMP/onto" && cp -r "$onto" "$TMP/onto" && cp "$f" "$TMP/onto/lexicon/zz-$(basename "$f")"
  set +e
  "$NKG" build -q --ontology "$TMP/onto" "$dir/no-mentions.txt" >/dev/null 2>"$TMP/lex.err"
  rc=$?
  set -e
  [ "$rc" -eq 0 ] || [ "$rc" -eq 2 ] || fail "$(basename "$f"): exit status $rc: $(cat "$TMP/lex.err")"
done
echo ok
