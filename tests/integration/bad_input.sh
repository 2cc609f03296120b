#!/usr/bin/env bash
# Bad input: each problem is reported with the file's name, the other documents are
# still processed, the exit status is 1, and no half-written output is left.
. "$(dirname "$0")/lib.sh"
docs=$1
good=$(ls "$docs"/*.txt | head -n 1)
mkdir -p "$TMP/in"
cp "$good" "$TMP/in/good.txt"
: >"$TMP/in/empty.txt"
"$PY" -c 'import random,sys; random.seed(7); sys.stdout.buffer.write(bytes(random.randrange(1,256) for _ in range(3000)))' >"$TMP/in/noise.txt"   # neither UTF-8 nor a Cyrillic encoding
printf 'ELF\x00\x01\x02binary' >"$TMP/in/binary.txt"

set +e
"$NKG" build -o "$TMP/out.ttl" "$TMP/in" "$TMP/missing.txt" 2>"$TMP/err"
rc=$?
set -e
[ "$rc" -eq 1 ] || fail "exit status $rc, expected 1"
grep -q "empty.txt.*empty" "$TMP/err" || fail "no message naming the empty file: $(cat "$TMP/err")"
grep -q "noise.txt.*not valid UTF-8" "$TMP/err" || fail "no message naming the undecodable file"
grep -q "binary.txt.*binary" "$TMP/err" || fail "no message naming the binary file"
grep -q "missing.txt.*no such file" "$TMP/err" || fail "no message naming the missing path"
need_file "$TMP/out.ttl"
rapper -q -i turtle -c "$TMP/out.ttl" || fail "the output of a partly failed run is not valid"
grep -q 'good.txt' "$TMP/out.ttl" || fail "the good document was not processed"
ls "$TMP" | grep -q '\.tmp\.' && fail "a temporary output file was left behind"

# an output path that cannot be written: clear error, status 2, nothing left
set +e
"$NKG" build -q -o "$TMP/no/such/dir/out.ttl" "$TMP/in/good.txt" 2>"$TMP/err2"
rc=$?
set -e
[ "$rc" -eq 2 ] || fail "unwritable output: exit status $rc, expected 2"
grep -q "out.ttl" "$TMP/err2" || fail "unwritable output: message does not name the file"

# an existing output is not truncated when the run cannot write
echo "precious" >"$TMP/keep.ttl"
chmod a-w "$TMP"
set +e
"$NKG" build -q -o "$TMP/keep.ttl" "$TMP/in/good.txt" 2>/dev/null
set -e
chmod u+w "$TMP"
if [ "$(id -u)" != 0 ]; then grep -q precious "$TMP/keep.ttl" || fail "existing output was damaged"; fi
echo ok
