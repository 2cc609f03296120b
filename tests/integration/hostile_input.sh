#!/usr/bin/env bash
# Dirty corpora: a 16 MB line, a symlink loop, a deep tree, names with spaces and
# Cyrillic, a closed pipe, a malformed lexicon.  Each is handled with a clear message,
# the rest is processed, and nothing crashes.
. "$(dirname "$0")/lib.sh"
docs=$1 onto=$2
good=$(ls "$docs"/*.txt | head -n 1)
mkdir -p "$TMP/in/deep"
d="$TMP/in/deep"; for i in $(seq 1 60); do d="$d/d$i"; done; mkdir -p "$d"
cp "$good" "$d/deep doc.txt"
cp "$good" "$TMP/in/документ с пробелами.txt"
ln -s "$TMP/in" "$TMP/in/loop"                    # a symlink loop
"$PY" - "$TMP/in/long line.txt" <<'PY'
import sys
s = "Министр иностранных дел Казахстана Мурат Нуртлеу провел переговоры. "
with open(sys.argv[1], "w", encoding="utf-8") as f:
    f.write(s * (16 * 1024 * 1024 // len(s.encode())))   # 16 MB, no newline
PY
"$NKG" build -o "$TMP/out.ttl" "$TMP/in" 2>"$TMP/err" || fail "exit status $? on a dirty tree: $(tail -3 "$TMP/err")"
[ "$(grep -c 'dcterms:source' "$TMP/out.ttl")" -eq 3 ] || fail "expected 3 documents (the loop followed once): $(cat "$TMP/err")"
[ ! -s "$TMP/err" ] || fail "messages where there should be none: $(cat "$TMP/err")"
rapper -q -i turtle -c "$TMP/out.ttl" || fail "output not valid"
grep -q 'документ с пробелами.txt' "$TMP/out.ttl" || fail "a name with spaces and Cyrillic was lost"
grep -q 'Мурат Нуртлеу' "$TMP/out.ttl" || fail "the long line was not read"

# a closed pipe: an error, not a crash or a hang
set +e
# the reader is gone before the program writes (it loads its lexicon first)
"$NKG" build "$docs" 2>"$TMP/pipe.err" | (exit 0)
rc=${PIPESTATUS[0]}
set -e
[ "$rc" -ne 0 ] && [ "$rc" -lt 128 ] || fail "a closed pipe: exit status $rc"
grep -q "cannot write" "$TMP/pipe.err" || fail "a closed pipe is not reported: $(cat "$TMP/pipe.err")"

# a malformed lexicon file: the parser's message with the file and line, exit 2
cp -r "$onto" "$TMP/onto"
printf '@prefix nkg: <https://w3id.org/newskg/ontology#> .\nnkg:x a nkg:Country ;\n  nkg:label "broken\n' >"$TMP/onto/lexicon/zz-broken.ttl"
set +e
"$NKG" build --ontology "$TMP/onto" "$good" >/dev/null 2>"$TMP/lex.err"
rc=$?
set -e
[ "$rc" -eq 2 ] || fail "a malformed lexicon: exit status $rc, expected 2"
grep -q "zz-broken.ttl.*line [0-9]" "$TMP/lex.err" || fail "the malformed lexicon file and line are not named: $(cat "$TMP/lex.err")"
echo ok
