#!/usr/bin/env bash
# Queries over the store that answer (issue 14.2): a store of a corpus generated with
# bench/gen_corpus.py gives every competency query the rows newskg query gives on the
# N-Triples of the same corpus, in at most LIMIT times its CPU time (and a second).
# librdf's hashes storage, under the store, has no index for a pattern whose subject,
# predicate and object are all known, nor for one with only its subject or only its
# object known: it reads every statement for each, and roles-by-country.rq asks
# "is ?c a country?" once per membership (38 s of CPU at 2 MB, where the file took
# 0.14 s). Patterns of the same shapes outside the competency queries (a subject's
# statements, an object's, DESCRIBE, ASK) are compared and timed too.
. "$(dirname "$0")/lib.sh"
# see store.sh: librdf's Berkeley DB cursor and the sanitizers
export ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}strict_memcmp=0:fast_unwind_on_malloc=0"
gen=$1 queries=$2 limit=${3:-5}
command -v rapper >/dev/null || fail "rapper (raptor2-utils) is missing"
"$PY" "$gen" --out "$TMP/corpus" --mb 2 --jobs 1 >/dev/null || fail "gen_corpus failed"
"$NKG" build -q --format ntriples -o "$TMP/g.nt" "$TMP/corpus" || fail "build ntriples failed"
"$NKG" build -q --store "$TMP/st" "$TMP/corpus" || fail "build --store failed"
echo "graph: $(wc -l <"$TMP/g.nt") triples"

# the competency queries, with person.rq asking about the person most mentioned here
person=$(grep -o '<https://w3id.org/newskg/id/person/[^>]*>' "$TMP/g.nt" | sort | uniq -c | sort -k1,1nr -k2 |
  awk 'NR == 1 { print $2 }')
[ -n "$person" ] || fail "no person in the generated graph"
mkdir "$TMP/q"
for q in "$queries"/*.rq; do
  sed "s|<https://w3id.org/newskg/id/person/[^>]*>|$person|" "$q" >"$TMP/q/$(basename "$q")"
done
P='PREFIX nkg: <https://w3id.org/newskg/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>'
echo "$P SELECT ?x ?p ?o WHERE { ?x a nkg:Person . ?x ?p ?o } ORDER BY ?x ?p ?o" >"$TMP/q/subject-any.rq"
echo "$P SELECT ?s ?p ?x WHERE { ?x a nkg:Country . ?s ?p ?x } ORDER BY ?x ?s ?p" >"$TMP/q/object-any.rq"
echo "$P SELECT ?s ?p ?l WHERE { ?x a nkg:City ; rdfs:label ?l . ?s ?p ?l } ORDER BY ?l ?s ?p" >"$TMP/q/literal-any.rq"
echo "$P ASK { $person a nkg:Person }" >"$TMP/q/ask-yes.rq"
echo "$P ASK { $person a nkg:Country }" >"$TMP/q/ask-no.rq"

# cpu CMD...: runs CMD (300 s at most), stdout to $TMP/out; CPU is its user+system seconds
cpu() {
  local rc=0
  /usr/bin/time -f '%U %S' -o "$TMP/time" timeout 300 "$@" >"$TMP/out" 2>"$TMP/err" || rc=$?
  CPU=$(awk '/^[0-9.]+ [0-9.]+$/ { printf "%.2f", $1 + $2 }' "$TMP/time")
  [ $rc -eq 0 ] || cat "$TMP/err" >&2
  return $rc
}
within() { awk -v a="$1" -v b="$2" -v k="$limit" 'BEGIN { exit !(a <= k * b + 1) }'; }
nonempty=0
for q in "$TMP"/q/*.rq; do
  name=$(basename "$q" .rq)
  cpu "$NKG" query -q --results csv "$TMP/g.nt" "$q" || fail "$name: newskg query on the file failed"
  file_cpu=$CPU
  mv "$TMP/out" "$TMP/file.csv"
  cpu "$NKG" query -q --results csv --store "$TMP/st" "$q" || fail "$name: query --store failed (or took 300 s)"
  cmp -s "$TMP/out" "$TMP/file.csv" || { diff "$TMP/out" "$TMP/file.csv" | head -5 >&2; fail "$name: the store answers differently"; }
  rows=$(($(wc -l <"$TMP/out") - 1))
  [ "$rows" -gt 0 ] && nonempty=$((nonempty + 1))
  echo "$name: $rows rows; CPU store ${CPU}s, file ${file_cpu}s"
  within "$CPU" "$file_cpu" || fail "$name: the store took ${CPU}s of CPU, more than $limit x the file's ${file_cpu}s + 1 s"
done
[ "$nonempty" -ge 8 ] || fail "only $nonempty queries had rows to compare"

# DESCRIBE: the person's statements (a subject with nothing else known)
cpu "$NKG" query -q "$TMP/g.nt" "$P DESCRIBE $person" || fail "DESCRIBE on the file failed"
rapper -q -i turtle -o ntriples "$TMP/out" 'http://example.org/' | sort >"$TMP/describe.file" || fail "DESCRIBE: not Turtle"
cpu "$NKG" query -q --store "$TMP/st" "$P DESCRIBE $person" || fail "DESCRIBE over the store failed"
rapper -q -i turtle -o ntriples "$TMP/out" 'http://example.org/' | sort >"$TMP/describe.store" ||
  fail "DESCRIBE over the store: not Turtle"
[ -s "$TMP/describe.store" ] || fail "DESCRIBE over the store says nothing"
cmp -s "$TMP/describe.store" "$TMP/describe.file" || fail "DESCRIBE: the store describes $person differently"
echo ok
