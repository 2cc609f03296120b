#!/usr/bin/env bash
# A directory walk reads regular files only: a FIFO with no writer or a device named
# *.txt inside a tree is skipped with a warning instead of blocking or flooding the
# build.  Named on the command line, a FIFO is read.
. "$(dirname "$0")/lib.sh"
docs=$1
good=$(ls "$docs"/*.txt | head -n 1)
mkdir -p "$TMP/in/sub"
cp "$good" "$TMP/in/good.txt"
mkfifo "$TMP/in/sub/waiting.txt"            # no writer will ever come
ln -s /dev/zero "$TMP/in/zero.txt"           # would never end
set +e
timeout 60 "$NKG" build -o "$TMP/out.ttl" "$TMP/in" 2>"$TMP/err"
rc=$?
set -e
[ "$rc" -ne 124 ] || fail "a FIFO or a device in the tree blocked the build"
[ "$rc" -eq 0 ] || fail "exit status $rc, expected 0: $(cat "$TMP/err")"
grep -q 'in/good.txt' "$TMP/out.ttl" || fail "the regular document was not read"
grep -q 'waiting.txt.*FIFO.*skipped' "$TMP/err" || fail "the FIFO is not named in a warning: $(cat "$TMP/err")"
grep -q 'zero.txt.*device.*skipped' "$TMP/err" || fail "the device is not named in a warning: $(cat "$TMP/err")"
grep -q 'waiting\|zero' "$TMP/out.ttl" && fail "a special file became a document"

# named on the command line, a FIFO is read like a file
mkfifo "$TMP/named.txt"
(cat "$good" >"$TMP/named.txt") &
timeout 60 "$NKG" build -q -o "$TMP/named.ttl" "$TMP/named.txt" || fail "a FIFO named on the command line was not read"
wait
grep -q 'dcterms:source "named.txt"' "$TMP/named.ttl" || fail "the named FIFO is not a document"
grep -q 'nkg:Person' "$TMP/named.ttl" || fail "the named FIFO's text was not read"
echo ok
