#!/usr/bin/env bash
# -j N writes exactly what -j 1 writes; and the union of the graphs built from
# disjoint parts of a corpus is the graph built from the whole (deterministic IRIs),
# so a corpus can be split over machines and the outputs concatenated.
. "$(dirname "$0")/lib.sh"
shift 0
all=()
for dir in "$@"; do all+=("$dir"); done
"$NKG" build -q -j 1 -o "$TMP/j1.ttl" "${all[@]}" || fail "-j 1 failed"
"$NKG" build -q -j 3 -o "$TMP/j3.ttl" "${all[@]}" || fail "-j 3 failed"
cmp "$TMP/j1.ttl" "$TMP/j3.ttl" || fail "-j 3 writes something else than -j 1"
# streamed formats: with one thread the worker writes, with more a writer thread does
for fmt in ntriples nquads; do
  "$NKG" build -q -j 1 --format "$fmt" -o "$TMP/j1.$fmt" "${all[@]}" || fail "-j 1 $fmt failed"
  "$NKG" build -q -j 3 --format "$fmt" -o "$TMP/j3.$fmt" "${all[@]}" || fail "-j 3 $fmt failed"
  cmp "$TMP/j1.$fmt" "$TMP/j3.$fmt" || fail "-j 3 writes other $fmt than -j 1"
done

# shards: every file goes to one of three parts, by position
mapfile -t files < <(for dir in "${all[@]}"; do find "$dir" -name '*.txt'; done | sort)
parts=("" "" "")
for i in "${!files[@]}"; do
  p=$((i % 3)); printf '%s\n' "${files[$i]}" >>"$TMP/part$p.list"
done
for p in 0 1 2; do
  mapfile -t list <"$TMP/part$p.list"
  "$NKG" build -q --format ntriples -o "$TMP/part$p.nt" "${list[@]}" || fail "part $p failed"
done
"$NKG" build -q --format ntriples -o "$TMP/whole.nt" "${files[@]}" || fail "the whole failed"
sort -u "$TMP"/part?.nt >"$TMP/union.nt"
sort -u "$TMP/whole.nt" >"$TMP/whole.sorted.nt"
if ! cmp -s "$TMP/union.nt" "$TMP/whole.sorted.nt"; then
  diff "$TMP/union.nt" "$TMP/whole.sorted.nt" | head -5
  fail "the union of the shards is not the graph of the whole"
fi
echo "ok: $(wc -l <"$TMP/whole.nt") triples, shards and threads agree"
