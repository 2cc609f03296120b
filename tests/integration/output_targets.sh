#!/usr/bin/env bash
# What -o points at is never destroyed, for `build` and for `graph`: a character device
# and a FIFO are written to (not replaced by a regular file), a symbolic link is
# followed (its target gets the output, the link stays), a directory is refused, a
# file keeps its permissions, and no temporary file is left anywhere.  `graph -o` is
# atomic like `build -o` (cut short by a file size limit, the previous file stays), and
# `graph` into a closed pipe exits 2 with a message instead of dying of SIGPIPE.
. "$(dirname "$0")/lib.sh"
docs=$1
doc=$(ls "$docs"/*.txt | head -n 1)
"$NKG" build -q -o "$TMP/g.ttl" "$docs" || fail "build failed"
"$NKG" build -q -o "$TMP/small.ttl" "$doc" || fail "build failed"   # graph is slow under ASan

# no temporary file may be left in any directory the test writes to
no_debris() {
  local left
  left=$(find "$TMP" -name '*.tmp.*' | head -n 3)
  [ -z "$left" ] || fail "$1: temporary files left behind: $left"
}

for cmd in build graph; do
  if [ "$cmd" = build ]; then
    run() { timeout 600 "$NKG" build -q -o "$1" "$doc"; }
    well_formed() { rapper -q -i turtle -c "$1" >/dev/null 2>&1; }
  else
    run() { timeout 600 "$NKG" graph -o "$1" "$TMP/small.ttl"; }
    well_formed() { xmllint --noout "$1" 2>/dev/null; }
  fi
  d="$TMP/$cmd"
  mkdir -p "$d/sub"

  # a character device (the null device, made here so the real one is never at risk)
  if mknod "$d/mynull" c 1 3 2>/dev/null; then
    run "$d/mynull" || fail "$cmd -o onto a character device failed"
    [ -c "$d/mynull" ] || fail "$cmd -o replaced a character device with: $(stat -c %F "$d/mynull")"
  else
    echo "note: cannot mknod (not root?): the character-device case is skipped"
  fi

  # a FIFO: a reader gets the whole output, the FIFO stays
  mkfifo "$d/fifo"
  timeout 600 cat "$d/fifo" >"$d/from-fifo" &
  reader=$!
  run "$d/fifo" || fail "$cmd -o onto a FIFO failed"
  wait "$reader" || fail "the FIFO's reader got nothing ($cmd)"
  [ -p "$d/fifo" ] || fail "$cmd -o replaced a FIFO with: $(stat -c %F "$d/fifo")"
  well_formed "$d/from-fifo" || fail "$cmd -o through a FIFO gave an ill-formed output"

  # a symlink (relative, into another directory): the target is written, the link stays
  echo old >"$d/sub/real.out"
  chmod 640 "$d/sub/real.out"
  ln -s sub/real.out "$d/link.out"
  run "$d/link.out" || fail "$cmd -o through a symlink failed"
  [ -L "$d/link.out" ] || fail "$cmd -o replaced a symlink with: $(stat -c %F "$d/link.out")"
  well_formed "$d/sub/real.out" || fail "$cmd -o through a symlink left its target stale"
  [ "$(stat -c %a "$d/sub/real.out")" = 640 ] ||
    fail "$cmd -o changed the target's permissions to $(stat -c %a "$d/sub/real.out")"
  # a chain of two links, and a dangling link that names the file to create
  ln -s link.out "$d/link2.out"
  run "$d/link2.out" || fail "$cmd -o through two symlinks failed"
  [ -L "$d/link2.out" ] && [ -L "$d/link.out" ] || fail "$cmd -o replaced a link of a chain"
  ln -s sub/new.out "$d/dangling.out"
  run "$d/dangling.out" || fail "$cmd -o through a dangling symlink failed"
  [ -L "$d/dangling.out" ] && well_formed "$d/sub/new.out" || fail "$cmd -o did not create a dangling link's target"

  # a directory: refused with a message, before any work, and left as it was
  mkdir "$d/outdir"
  set +e
  run "$d/outdir" 2>"$d/dir.err"
  rc=$?
  set -e
  [ "$rc" -eq 2 ] || fail "$cmd -o onto a directory: exit status $rc, expected 2"
  [ -d "$d/outdir" ] && [ -z "$(ls -A "$d/outdir")" ] || fail "$cmd -o changed a directory"
  grep -q "outdir.*directory" "$d/dir.err" || fail "$cmd -o onto a directory is not explained: $(cat "$d/dir.err")"
  no_debris "$cmd"
done

# graph -o is atomic: a file size limit cuts the write short, the previous file stays
"$NKG" graph -o "$TMP/keep.graphml" "$TMP/g.ttl" || fail "graph failed"
cp "$TMP/keep.graphml" "$TMP/keep.before"
[ "$(stat -c %s "$TMP/keep.before")" -gt 20480 ] || fail "the network is too small to test a size limit"
set +e
(ulimit -f 20 && "$NKG" graph -o "$TMP/keep.graphml" "$TMP/g.ttl") 2>"$TMP/limit.err"
rc=$?
set -e
[ "$rc" -eq 2 ] || fail "graph -o cut short by ulimit -f: exit status $rc, expected 2 ($(cat "$TMP/limit.err"))"
cmp -s "$TMP/keep.graphml" "$TMP/keep.before" || fail "graph -o cut short left a changed file"
grep -q "keep.graphml.*cannot write" "$TMP/limit.err" || fail "graph -o cut short is not reported: $(cat "$TMP/limit.err")"
no_debris "graph -o cut short"

# the same for build -o
"$NKG" build -q -o "$TMP/keep.ttl" "$docs"
cp "$TMP/keep.ttl" "$TMP/keep.ttl.before"
set +e
(ulimit -f 20 && "$NKG" build -q -o "$TMP/keep.ttl" "$docs") 2>/dev/null
rc=$?
set -e
[ "$rc" -eq 2 ] || fail "build -o cut short by ulimit -f: exit status $rc, expected 2"
cmp -s "$TMP/keep.ttl" "$TMP/keep.ttl.before" || fail "build -o cut short left a changed file"
no_debris "build -o cut short"

# graph into a closed pipe: the reader's end is closed before the program starts
"$PY" - "$NKG" "$TMP/small.ttl" <<'PY' || fail "graph into a closed pipe"
import os, subprocess, sys
r, w = os.pipe()
os.close(r)
p = subprocess.run([sys.argv[1], "graph", sys.argv[2]], stdout=w, stderr=subprocess.PIPE)
os.close(w)
err = p.stderr.decode()
assert p.returncode == 2, f"exit status {p.returncode} (negative: killed by a signal): {err}"
assert "cannot write" in err, err
print("ok: graph into a closed pipe exits 2:", err.strip())
PY
echo ok
