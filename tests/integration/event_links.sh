#!/usr/bin/env bash
# Repeated reports of one event are linked linearly: each report to one canonical event
# of its cluster (owl:sameAs both ways), so 4 times the reports give 4 times the links,
# not 16 times.  And every output format carries the same graph, links included:
# Turtle, RDF/XML, streamed N-Triples and N-Quads, with -j 1 and -j 3.
. "$(dirname "$0")/lib.sh"
# REPORTS reports of each of three meetings, told differently: one names the city, the
# others do not, and each has words of its own, so each is a document of its own
make_reports() {
  local dir=$1 reports=$2
  mkdir -p "$dir"
  "$PY" - "$dir" "$reports" <<'PY'
import sys
out, reports = sys.argv[1], int(sys.argv[2])
events = [("14 мая 2027", "Министр иностранных дел Азербайджана Джейхун Байрамов", "Президентом Казахстана Касым-Жомартом Токаевым", "Астане"),
          ("15 мая 2027", "Министр иностранных дел Армении Арарат Мирзоян", "Президентом Узбекистана Шавкатом Мирзиёевым", "Ташкенте"),
          ("16 мая 2027", "Министр иностранных дел России Сергей Лавров", "Президентом Кыргызстана Садыром Жапаровым", "Бишкеке")]
for e, (date, guest, host, city) in enumerate(events):
    for r in range(reports):
        place = f" в {city}" if r == 0 else ""
        text = f"{date} года\n{guest} провел переговоры{place} с {host}. Сообщение номер {r}.\n"
        open(f"{out}/e{e}-r{r:04d}.txt", "w", encoding="utf-8").write(text)
PY
}
count_links() { rapper -q -i turtle -o ntriples "$1" | grep -c '<http://www.w3.org/2002/07/owl#sameAs> <https://w3id.org/newskg/id/event/'; }
make_reports "$TMP/few" 40
make_reports "$TMP/many" 160
"$NKG" build -q -o "$TMP/few.ttl" "$TMP/few" || fail "build of 120 reports failed"
"$NKG" build -q -o "$TMP/many.ttl" "$TMP/many" || fail "build of 480 reports failed"
few=$(count_links "$TMP/few.ttl") many=$(count_links "$TMP/many.ttl")
echo "owl:sameAs between events: ${few} for 120 reports, ${many} for 480 reports"
[ "$few" -gt 0 ] || fail "the reports of one meeting are not linked"
[ "$many" -le $((2 * 480)) ] || fail "${many} links for 480 reports: more than two a report"
[ "$many" -le $((4 * few + 8)) ] || fail "4 times the reports gave ${many} links against ${few}: faster than the reports"
"$PY" - "$TMP/many.ttl" <<'PY' || fail "the reports are not linked to one canonical event each"
import sys, rdflib
from rdflib import RDF, OWL
NKG = rdflib.Namespace("https://w3id.org/newskg/ontology#")
S = rdflib.Namespace("http://schema.org/")
PROV = rdflib.Namespace("http://www.w3.org/ns/prov#")
g = rdflib.Graph().parse(sys.argv[1])
meetings = set(g.subjects(RDF.type, NKG.Meeting))
canon = {m for m in meetings if len(set(g.objects(m, PROV.wasDerivedFrom))) > 1}
assert len(canon) == 3, canon            # one a meeting
for c in canon:
    reports = set(g.objects(c, OWL.sameAs))
    assert len(reports) == 160, len(reports)
    assert len(set(g.objects(c, PROV.wasDerivedFrom))) == 160
    assert len(set(g.objects(c, S.location))) == 1   # the one report that names the city
    for r in reports:
        assert set(g.objects(r, OWL.sameAs)) == {c}, r
print("ok: 480 reports, 3 canonical events, each report linked once")
PY

# the same graph in every format, with one thread and with three
# (language tags compared without case, as RDF says: raptor's RDF/XML reader lowers them)
nt() { sed -E 's/"@([A-Za-z0-9-]+) \.$/"@\L\1 ./' | sort -u; }
rapper -q -i turtle -o ntriples "$TMP/many.ttl" | nt >"$TMP/turtle.nt"
"$NKG" build -q --format rdfxml -o "$TMP/many.rdf" "$TMP/many" || fail "rdfxml failed"
rapper -q -i rdfxml -o ntriples "$TMP/many.rdf" | nt >"$TMP/rdfxml.nt"
for j in 1 3; do
  "$NKG" build -q -j $j --format ntriples -o "$TMP/s$j.nt" "$TMP/many" || fail "ntriples -j $j failed"
  rapper -q -i ntriples -o ntriples "$TMP/s$j.nt" | nt >"$TMP/ntriples$j.nt"
  "$NKG" build -q -j $j --format nquads -o "$TMP/s$j.nq" "$TMP/many" || fail "nquads -j $j failed"
  rapper -q -i nquads -o ntriples "$TMP/s$j.nq" | nt >"$TMP/nquads$j.nt"
  "$NKG" build -q -j $j -o "$TMP/t$j.ttl" "$TMP/many" || fail "turtle -j $j failed"
  rapper -q -i turtle -o ntriples "$TMP/t$j.ttl" | nt >"$TMP/turtle$j.nt"
done
for f in rdfxml ntriples1 ntriples3 nquads1 nquads3 turtle1 turtle3; do
  cmp -s "$TMP/turtle.nt" "$TMP/$f.nt" ||
    fail "$f carries another graph than Turtle: $(diff "$TMP/turtle.nt" "$TMP/$f.nt" | head -4)"
done
echo "ok: $(wc -l <"$TMP/turtle.nt") statements, the same in every format"

# streamed, the events wait on disk in $TMPDIR: where none can be made, the build says
# so, fails, and leaves no output behind
TMPDIR="$TMP/no-such-dir" "$NKG" build -q --format ntriples -o "$TMP/nowhere.nt" "$TMP/few" 2>"$TMP/nowhere.err" &&
  fail "a build with no room for its temporary files succeeded"
grep -q "temporary files (in $TMP/no-such-dir)" "$TMP/nowhere.err" ||
  fail "no message naming the temporary files' directory: $(cat "$TMP/nowhere.err")"
[ ! -e "$TMP/nowhere.nt" ] || fail "a failed build left $TMP/nowhere.nt"
echo "ok: no room for the events' temporary files is an error, and nothing is written"
