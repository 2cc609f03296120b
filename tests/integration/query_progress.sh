#!/usr/bin/env bash
# `newskg query` on a terminal shows how the load of a large graph goes (the file,
# statements so far, the rate), then clears the line before the answer; never with
# --quiet, and never when standard error is not a terminal. Run under a pseudo-terminal
# (util-linux's script) on a generated graph that takes a good part of a second to load.
. "$(dirname "$0")/lib.sh"
command -v script >/dev/null || fail "script (util-linux) is needed to run newskg under a terminal"
n=500000
"$PY" - "$TMP/big.nt" "$n" <<'PY'
import sys
with open(sys.argv[1], "w") as f:
    for i in range(int(sys.argv[2])):
        f.write(f'<https://example.org/s{i}> <https://example.org/p{i % 7}> "v{i}" .\n')
PY
q='SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }'

# on a terminal: the progress line, then the answer on a cleared line
script -qec "$NKG query --results csv $TMP/big.nt '$q' >$TMP/out.csv" /dev/null >"$TMP/tty" 2>&1 ||
  fail "query on a terminal failed: $(cat -v "$TMP/tty")"
"$PY" - "$TMP/tty" "$TMP/big.nt" "$n" <<'PY' || fail "no true progress line on the terminal: $(cat -v "$TMP/tty" | head -c 600)"
import re, sys
# newline="": keep the carriage returns that redraw the line
text = open(sys.argv[1], encoding="utf-8", newline="").read()
name, n = sys.argv[2], int(sys.argv[3])
draws = re.findall(r"\r\x1b\[K([^\r\n]*)", text)
lines = [d for d in draws if d]
assert lines, "no progress line drawn"
counts = []
for line in lines:
    m = re.fullmatch(re.escape(name) + r": (\d+) statements, (\d+) statements/s", line)
    assert m, f"not a progress line: {line!r}"
    counts.append(int(m.group(1)))
assert counts == sorted(counts) and 0 < counts[-1] <= n, counts
# the last draw is an empty one: the line is cleared when the load ends
assert draws[-1] == "", draws[-3:]
print(f"ok: {len(lines)} progress lines, last {lines[-1]!r}, then cleared")
PY
[ "$(tr -d '\r' <"$TMP/out.csv")" = "$(printf 'n\n%s' "$n")" ] || fail "the answer on standard output is not clean: $(cat -v "$TMP/out.csv")"

# standard input is named so
script -qec "$NKG query --results csv - '$q' <$TMP/big.nt >/dev/null" /dev/null >"$TMP/tty.stdin" 2>&1 ||
  fail "query of standard input on a terminal failed"
grep -qa 'standard input: [0-9]* statements' "$TMP/tty.stdin" || fail "no progress for standard input: $(cat -v "$TMP/tty.stdin" | head -c 300)"

# --quiet on a terminal, and standard error not a terminal (stdout still is): no progress
script -qec "$NKG query -q --results csv $TMP/big.nt '$q'" /dev/null >"$TMP/tty.quiet" 2>&1 || fail "query -q failed"
script -qec "$NKG query $TMP/big.nt '$q' 2>$TMP/err" /dev/null >"$TMP/tty.piped" 2>&1 || fail "query with stderr to a file failed"
"$NKG" query "$TMP/big.nt" "$q" >/dev/null 2>"$TMP/err.plain" || fail "query without a terminal failed"
for f in tty.quiet tty.piped err err.plain; do
  ! grep -qa 'statements' "$TMP/$f" || fail "$f: a progress line without a terminal for it: $(cat -v "$TMP/$f" | head -c 300)"
  ! grep -qa $'\e' "$TMP/$f" || fail "$f: terminal codes where stderr is not a terminal: $(cat -v "$TMP/$f" | head -c 300)"
done
grep -qx 'newskg: 1 row' "$TMP/err" || fail "standard error to a file lost its summary: $(cat -v "$TMP/err")"
tr -d '\r' <"$TMP/tty.piped" | grep -qx "$n" || fail "the answer did not reach the terminal: $(cat -v "$TMP/tty.piped")"
echo ok
