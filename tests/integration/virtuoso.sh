#!/usr/bin/env bash
# Into a triple store server: newskg's N-Quads (one named graph per document) bulk-loaded
# into Virtuoso, which runs on 127.0.0.1 only, in a database of its own under $TMP, on
# free ports; every competency query gives there the rows `newskg query` gives on the
# same .nq file. Skipped (exit 77) where Virtuoso is not installed or does not start.
. "$(dirname "$0")/lib.sh"
docs=$1 queries=$2
skip() {
  echo "SKIPPED: $*" >&2
  exit 77
}
command -v virtuoso-t >/dev/null && command -v isql-vt >/dev/null ||
  skip "Virtuoso is not installed (Debian's virtuoso-opensource-7-bin, which scripts/deps.sh tries to install)"

# the N-Quads: the corpus, and two reports of one meeting, whose canonical event
# newskg writes in the default graph (no graph term)
mkdir -p "$TMP/data" "$TMP/db" "$TMP/extra"
printf 'Астана, 14 мая 2027 г.\nПрезидент Казахстана Касым-Жомарт Токаев принял министра иностранных дел Азербайджана Джейхуна Байрамова.\n' >"$TMP/extra/a.txt"
printf '14 мая 2027 года\nМинистр иностранных дел Азербайджана Джейхун Байрамов провел переговоры с Президентом Казахстана Касым-Жомартом Токаевым.\n' >"$TMP/extra/b.txt"
nq=$TMP/data/graph.nq
"$NKG" build -q --format nquads -o "$nq" "$docs" "$TMP/extra" || fail "build --format nquads failed"
read -r documents triples default_triples < <("$PY" - "$nq" <<'PY'
import sys, rdflib
d = rdflib.Dataset()
d.parse(sys.argv[1], format="nquads")
# rdflib puts the statements without a graph term in a graph named after the file
named = [g for g in d.graphs() if str(g.identifier).startswith("https://w3id.org/newskg/id/doc/")]
rest = [g for g in d.graphs() if g not in named]
doc = rdflib.URIRef("https://w3id.org/newskg/ontology#Document")
print(len({s for g in named for s in g.subjects(rdflib.RDF.type, doc)}), sum(map(len, named)), sum(map(len, rest)))
PY
)
[ "$default_triples" -gt 0 ] || fail "expected statements in the default graph (the linked events)"

# two free ports on 127.0.0.1: the SQL server (isql) and HTTP (the SPARQL endpoint)
read -r sql_port http_port < <("$PY" -c '
import socket
s = [socket.socket() for _ in range(2)]
for x in s: x.bind(("127.0.0.1", 0))
print(*[x.getsockname()[1] for x in s])')
db=$TMP/db
cat >"$db/virtuoso.ini" <<EOF
[Database]
DatabaseFile = $db/virtuoso.db
ErrorLogFile = $db/virtuoso.log
LockFile = $db/virtuoso.lck
TransactionFile = $db/virtuoso.trx
xa_persistent_file = $db/virtuoso.pxa
Striping = 0
TempStorage = TempDatabase

[TempDatabase]
DatabaseFile = $db/virtuoso-temp.db
TransactionFile = $db/virtuoso-temp.trx
Striping = 0

[Parameters]
ServerPort = 127.0.0.1:$sql_port
ServerThreads = 4
NumberOfBuffers = 10000
MaxDirtyBuffers = 6000
CheckpointInterval = 0
DirsAllowed = ., $TMP/data

[HTTPServer]
ServerPort = 127.0.0.1:$http_port
ServerRoot = $db
ServerThreads = 2

[SPARQL]
ResultSetMaxRows = 1000000
MaxQueryExecutionTime = 300
EOF

server=""
stop_server() {
  [ -n "$server" ] || return 0
  isql-vt "127.0.0.1:$sql_port" dba dba -K >/dev/null 2>&1 || true
  for _ in $(seq 50); do kill -0 "$server" 2>/dev/null || break; sleep 0.2; done
  kill "$server" 2>/dev/null && sleep 1
  kill -9 "$server" 2>/dev/null
  wait "$server" 2>/dev/null
  server=""
}
trap 'stop_server; rm -rf "$TMP"' EXIT
(cd "$db" && exec virtuoso-t -f -c "$db/virtuoso.ini") >"$db/stdout" 2>&1 &
server=$!
isql() { isql-vt "127.0.0.1:$sql_port" dba dba "$@"; }
for i in $(seq 120); do
  kill -0 "$server" 2>/dev/null || skip "Virtuoso did not start: $(tail -5 "$db/stdout")"
  grep -q 'Server online at' "$db/stdout" && isql 'EXEC=SELECT 1;' >/dev/null 2>&1 && break
  [ "$i" -lt 120 ] || skip "Virtuoso did not come online in 60 s: $(tail -5 "$db/stdout")"
  sleep 0.5
done
command -v ss >/dev/null || fail "ss (iproute2) is needed to see where Virtuoso listens"
listening=$(ss -ltnp 2>/dev/null | grep "pid=$server," | awk '{print $4}' | sort -u | tr '\n' ' ')
echo "Virtuoso (pid $server) listens on: $listening"
[ -n "$listening" ] || fail "Virtuoso is online but ss shows no port of it"
for a in $listening; do
  case $a in 127.0.0.1:*) ;; *) fail "Virtuoso listens beyond 127.0.0.1: $a" ;; esac
done

# the bulk loader: *.nq is read as N-Quads, each quad into its own graph; a statement
# without a graph term goes into the graph named here
isql "EXEC=ld_dir('$TMP/data', '*.nq', 'urn:newskg:default-graph');" >/dev/null || fail "ld_dir failed"
isql 'EXEC=rdf_loader_run();' >/dev/null || fail "rdf_loader_run failed"
isql 'EXEC=checkpoint;' >/dev/null || fail "checkpoint failed"
isql "EXEC=SELECT ll_file, ll_state, ll_error FROM DB.DBA.load_list;" >"$TMP/load_list" || fail "no load list"
grep -q "graph.nq *2 *NULL" "$TMP/load_list" || fail "the bulk load did not end cleanly: $(cat "$TMP/load_list")"

# SPARQL over HTTP as a client would ask it: CSV rows
sparql() {
  "$PY" - "$http_port" "$1" <<'PY'
import sys, urllib.parse, urllib.request
data = urllib.parse.urlencode({"query": sys.argv[2]}).encode()
req = urllib.request.Request(f"http://127.0.0.1:{sys.argv[1]}/sparql", data=data, headers={"Accept": "text/csv"})
sys.stdout.write(urllib.request.urlopen(req, timeout=300).read().decode("utf-8"))
PY
}
lastrow() { tail -1 | tr -d '\r"'; }
# one named graph per document, every quad in it, the rest in the ld_dir graph
got=$(sparql 'SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?d a <https://w3id.org/newskg/ontology#Document> } FILTER (?g = ?d) }' | lastrow)
[ "$got" = "$documents" ] || fail "Virtuoso holds $got document graphs, the N-Quads $documents"
got=$(sparql 'SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } FILTER STRSTARTS(STR(?g), "https://w3id.org/newskg/id/doc/") }' | lastrow)
want=$("$NKG" query --results csv "$nq" 'SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }' | lastrow)
[ "$got" = "$want" ] && [ "$got" = "$triples" ] || fail "quads in the document graphs: Virtuoso $got, newskg query $want, the file $triples"
got=$(sparql 'SELECT (COUNT(*) AS ?n) WHERE { GRAPH <urn:newskg:default-graph> { ?s ?p ?o } }' | lastrow)
[ "$got" = "$default_triples" ] || fail "default-graph statements: Virtuoso $got, the file $default_triples"

# the competency queries as they are (no FROM, no GRAPH): Virtuoso's default graph is
# every graph it holds, so they see the documents' graphs without any setting
for q in "$queries"/*.rq; do
  name=$(basename "$q" .rq)
  "$NKG" query --results csv "$nq" "$q" >"$TMP/$name.ours.csv" 2>"$TMP/err" || fail "$name: newskg query: $(cat "$TMP/err")"
  sparql "$(cat "$q")" >"$TMP/$name.virtuoso.csv" || fail "$name: Virtuoso refused the query"
  "$PY" - "$name" "$TMP/$name.ours.csv" "$TMP/$name.virtuoso.csv" <<'PY' || fail "$name: newskg query and Virtuoso disagree"
import csv, sys
name, ours, theirs = sys.argv[1], *(list(csv.reader(open(f, encoding="utf-8"))) for f in sys.argv[2:])
assert ours[0] == theirs[0], (ours[0], theirs[0])
got, want = sorted(map(tuple, ours[1:])), sorted(map(tuple, theirs[1:]))
if got != want or not got:
    print(f"{name}: newskg {len(got)} rows, Virtuoso {len(want)}")
    for r in sorted(set(got) ^ set(want))[:5]: print("  differs:", r)
    sys.exit(1)
print(f"{name}: {len(got)} rows agree")
PY
done
stop_server
echo ok
