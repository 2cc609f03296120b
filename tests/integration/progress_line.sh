#!/usr/bin/env bash
# The progress line on a terminal tells the truth: after the documents it names the
# phases that follow (linking the events, writing the graph) instead of "0 s left", and
# its last statement count is the summary's, links included, for a whole-graph format
# and for a streamed one.
. "$(dirname "$0")/lib.sh"
mkdir -p "$TMP/in"
# two reports of one meeting told differently: the links come after the documents
printf 'Астана, 14 мая 2027 г.\nПрезидент Казахстана Касым-Жомарт Токаев принял министра иностранных дел Азербайджана Джейхуна Байрамова.\n' >"$TMP/in/a.txt"
printf '14 мая 2027 года\nМинистр иностранных дел Азербайджана Джейхун Байрамов провел переговоры с Президентом Казахстана Касым-Жомартом Токаевым.\n' >"$TMP/in/b.txt"
for fmt in turtle ntriples; do
  script -qec "$NKG build --format $fmt -o $TMP/out.$fmt $TMP/in" /dev/null >"$TMP/tty.$fmt" 2>&1 || fail "build on a terminal failed"
  "$PY" - "$TMP/tty.$fmt" "$fmt" <<'PY' || fail "the progress line of $fmt does not tell the truth: $(cat -v "$TMP/tty.$fmt")"
import re, sys
text = open(sys.argv[1], encoding="utf-8").read()
fmt = sys.argv[2]
# every redraw of the line: split at carriage returns and line ends, drop the erase code
parts = [p.replace("\x1b[K", "").strip() for p in re.split(r"[\r\n]", text)]
parts = [p for p in parts if p]
summary = [p for p in parts if " documents read, " in p and p.startswith("newskg:")]
assert len(summary) == 1, parts
final = int(re.search(r"(\d+) statements in", summary[0]).group(1))
progress = [p for p in parts[:parts.index(summary[0])] if "statements" in p]
assert progress, parts
last = int(re.search(r"(\d+) statements", progress[-1]).group(1))
assert last == final, f"the last progress line says {last} statements, the summary {final}: {progress[-1]!r}"
assert any("linking events" in p for p in progress), progress
if fmt == "turtle":
    assert any("writing" in p for p in progress), progress
assert not any(re.search(r"\b0 s left", p) for p in progress), progress
print(f"ok ({fmt}): {progress[-1]!r} then {summary[0]!r}")
PY
done
echo ok
