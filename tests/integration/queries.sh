#!/usr/bin/env bash
# The competency queries of ontology/queries/, run through `newskg query` on the
# example corpus's graph: the same rows as rdflib gives for the same query and file,
# and the rows the corpus's gold facts say must be there.
. "$(dirname "$0")/lib.sh"
docs=$1 queries=$2
"$NKG" build -q -o "$TMP/g.ttl" "$docs" || fail "build failed"
for q in "$queries"/*.rq; do
  name=$(basename "$q" .rq)
  "$NKG" query --results csv "$TMP/g.ttl" "$q" >"$TMP/$name.csv" 2>"$TMP/$name.err" || fail "$name: $(cat "$TMP/$name.err")"
  "$PY" - "$TMP/g.ttl" "$q" "$TMP/$name.csv" <<'PY' || fail "$name: newskg query and rdflib disagree"
import csv, sys, rdflib
g = rdflib.Graph().parse(sys.argv[1], format="turtle")
ours = list(csv.reader(open(sys.argv[3], encoding="utf-8")))
header, rows = ours[0], ours[1:]
theirs = g.query(open(sys.argv[2], encoding="utf-8").read())
want = sorted(tuple("" if v is None else str(v) for v in row) for row in theirs)
got = sorted(tuple(r) for r in rows)
if want != got:
    print("rdflib:", len(want), "rows; newskg:", len(got), "rows")
    for r in sorted(set(want) ^ set(got))[:5]: print("  differs:", r)
    sys.exit(1)
if not got: sys.exit("no rows at all")
print(f"{len(got)} rows agree")
PY
done
# rows the gold facts of the corpus vouch for (tests/corpus/gold.tsv)
expect() { grep -qF "$2" "$TMP/$1.csv" || fail "$1: expected a row with: $2"; }
expect who-met-whom '2025-01-22,Баку,Бахтиёр Саидов,Джейхун Байрамов'
expect who-met-whom '2025-11-03,Стамбул,Хакан Фидан,Петер Сийярто'
expect roles-by-country 'Узбекистан,министр иностранных дел,Бахтиёр Саидов,'
expect roles-by-country 'Россия,министр иностранных дел,Сергей Лавров,'
expect organization-timeline '2025-10-10,session,https://w3id.org/newskg/id/event/2025-10-10-dushanbe-cis-council-of-heads-of-state-session,organizer'
expect person 'role,"министр иностранных дел, Узбекистан",'
expect person 'attended,2025-01-22,'
"$PY" - "$TMP/co-attendance.csv" <<'PY' || fail "co-attendance: Saidov and Bayramov met in two documents"
import csv, sys
rows = {(r[0], r[1]): int(r[2]) for r in list(csv.reader(open(sys.argv[1], encoding="utf-8")))[1:]}
assert rows.get(("Бахтиёр Саидов", "Джейхун Байрамов"), 0) >= 2, rows.get(("Бахтиёр Саидов", "Джейхун Байрамов"))
PY
echo ok
