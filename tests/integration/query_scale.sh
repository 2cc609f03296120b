#!/usr/bin/env bash
# newskg query at the size of a news archive: a graph of at least 300,000 statements
# generated with bench/gen_corpus.py, queried as N-Triples, Turtle and N-Quads. The
# answers must be roqet's (rasqal's own command, reading the same file), and newskg's
# CPU time at most LIMIT times roqet's (the goal is 2x; the limit leaves room for a
# loaded machine and a sanitizer build). A join that roqet cannot finish in minutes
# must answer too.
. "$(dirname "$0")/lib.sh"
gen=$1 queries=$2 limit=${3:-10}
command -v roqet >/dev/null || fail "roqet (rasqal-utils) is missing"
"$PY" "$gen" --out "$TMP/corpus" --mb 32 --jobs 2 >/dev/null || fail "gen_corpus failed"
for f in ntriples:nt nquads:nq turtle:ttl; do
  "$NKG" build -q --format "${f%%:*}" -o "$TMP/g.${f#*:}" "$TMP/corpus" || fail "build ${f%%:*} failed"
done
statements=$(wc -l <"$TMP/g.nt")
[ "$statements" -ge 300000 ] || fail "only $statements statements in the generated graph"
echo "graph: $statements triples, $(wc -l <"$TMP/g.nq") quads"

# cpu CMD...: runs CMD, stdout to $TMP/out; sets CPU to its user+system seconds
cpu() {
  local rc=0
  /usr/bin/time -f '%U %S' -o "$TMP/time" "$@" >"$TMP/out" 2>"$TMP/err" || rc=$?
  CPU=$(awk '/^[0-9.]+ [0-9.]+$/ { printf "%.2f", $1 + $2 }' "$TMP/time")
  [ $rc -eq 0 ] || cat "$TMP/err" >&2
  return $rc
}
persons='PREFIX nkg: <https://w3id.org/newskg/ontology#> SELECT (COUNT(?s) AS ?n) WHERE { ?s a nkg:Person }'
for ext in nt ttl nq; do
  cpu roqet -q -i sparql -r csv -D "$TMP/g.$ext" -e "$persons" 2>/dev/null || true # roqet exits 2 after a warning
  roqet_cpu=$CPU roqet_rows=$(tail -n +2 "$TMP/out" | tr -d '\r')
  cpu "$NKG" query -q --results csv "$TMP/g.$ext" "$persons" || fail "newskg query on .$ext failed"
  ours=$(tail -n +2 "$TMP/out" | tr -d '\r')
  echo ".$ext: persons $ours; CPU newskg ${CPU}s, roqet ${roqet_cpu}s"
  # roqet counts a triple once per named graph that holds it; the default graph of a
  # dataset is a set, so .nq must give the .nt answer
  if [ "$ext" = nq ]; then [ "$ours" = "$nt_answer" ] || fail ".nq gives $ours persons, .nt $nt_answer"
  else [ "$ours" = "$roqet_rows" ] || fail ".$ext: newskg says $ours, roqet $roqet_rows"; fi
  [ "$ext" = nt ] && nt_answer=$ours
  awk -v a="$CPU" -v b="$roqet_cpu" -v k="$limit" 'BEGIN { exit !(a <= k * b + 0.5) }' ||
    fail ".$ext: newskg took ${CPU}s of CPU, more than $limit x roqet's ${roqet_cpu}s"
done

# GRAPH over N-Quads: every quad in its document's graph (the cross-document event links
# of the final linking pass are triples of the default graph, outside any GRAPH)
quads=$(sort -u "$TMP/g.nq" | "$PY" -c '
import re, sys
term = r"(?:<[^>]*>|_:\S+|\"(?:[^\"\\]|\\.)*\"(?:@[A-Za-z0-9-]+|\^\^<[^>]*>)?)"
quad = re.compile(r"^\s*" + term + r"\s+" + term + r"\s+" + term + r"\s+" + term + r"\s*\.\s*$")
print(sum(1 for line in sys.stdin if quad.match(line)))')
"$NKG" query -q --results csv "$TMP/g.nq" 'SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }' >"$TMP/graph.csv" ||
  fail "GRAPH query failed"
[ "$(tail -n +2 "$TMP/graph.csv" | tr -d '\r')" = "$quads" ] || fail "GRAPH counts $(tail -1 "$TMP/graph.csv"), the file has $quads quads"

# a competency query with joins, which roqet does not finish in ten minutes on this graph
timeout 300 "$NKG" query -q --results csv "$TMP/g.nt" "$queries/who-met-whom.rq" >"$TMP/met.csv" ||
  fail "who-met-whom did not answer within 300 s"
[ "$(wc -l <"$TMP/met.csv")" -gt 100 ] || fail "who-met-whom: only $(wc -l <"$TMP/met.csv") lines"
echo ok
