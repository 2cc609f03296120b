#!/usr/bin/env bash
# newskg query against hostile queries and graphs: no SERVICE unless asked (a listener on
# 127.0.0.1 must see no request), a graph cut in the middle is exit 2 with its line and
# no answer, rows stream and a failed write is an error, and values cannot steer the
# terminal through table or CSV output.
. "$(dirname "$0")/lib.sh"
docs=$1
"$NKG" build -q -o "$TMP/g.ttl" "$docs" || fail "build failed"

# ---- SERVICE: refused, exit 1, nothing reaches the listener; file: likewise
"$PY" - "$TMP/port" "$TMP/requests" <<'PY' &
import http.server, sys
port_file, log = sys.argv[1], sys.argv[2]
class H(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        open(log, "a").write(self.path + "\n")
        self.send_response(500); self.end_headers()
    do_POST = do_GET
    def log_message(self, *a): pass
s = http.server.HTTPServer(("127.0.0.1", 0), H)
s.timeout = 30
open(port_file, "w").write(str(s.server_address[1]))
for _ in range(3): s.handle_request()   # bounded: three requests or 30 s each at most
PY
listener=$!
for _ in $(seq 50); do [ -s "$TMP/port" ] && break; sleep 0.1; done
port=$(cat "$TMP/port") || fail "the listener did not start"
echo '<?xml version="1.0"?><sparql xmlns="http://www.w3.org/2005/sparql-results#"><head><variable name="s"/></head><results><result><binding name="s"><uri>http://leak/</uri></binding></result></results></sparql>' >"$TMP/local.srx"
for target in "http://127.0.0.1:$port/sparql" "file://$TMP/local.srx"; do
  out=$("$NKG" query "$TMP/g.ttl" "SELECT * WHERE { SERVICE <$target> { ?s ?p ?o } }" 2>"$TMP/err")
  rc=$?
  [ $rc -eq 1 ] || fail "SERVICE <$target>: exit $rc, not 1"
  grep -q -- "--allow-service" "$TMP/err" || fail "SERVICE refused without saying why: $(cat "$TMP/err")"
  [ -z "$out" ] || fail "SERVICE <$target> printed an answer: $out"
done
"$NKG" query "$TMP/g.ttl" "SELECT * WHERE { ?x ?y ?z OPTIONAL { SERVICE <http://127.0.0.1:$port/q> { ?s ?p ?o } } }" >/dev/null 2>&1
[ $? -eq 1 ] || fail "a SERVICE inside OPTIONAL was not refused"
sleep 0.5
[ ! -s "$TMP/requests" ] || fail "the listener received: $(cat "$TMP/requests")"
# the listener does see a request when the user allows it (so the check above can fail)
"$NKG" query --allow-service "$TMP/g.ttl" "SELECT * WHERE { SERVICE <http://127.0.0.1:$port/sparql> { ?s ?p ?o } }" >/dev/null 2>&1
for _ in $(seq 50); do [ -s "$TMP/requests" ] && break; sleep 0.1; done
[ -s "$TMP/requests" ] || fail "--allow-service did not reach the listener"
kill "$listener" 2>/dev/null; wait "$listener" 2>/dev/null

# ---- a graph cut in the middle: exit 2, file and line, no partial answer
head -c $(($(wc -c <"$TMP/g.ttl") / 2)) "$TMP/g.ttl" >"$TMP/cut.ttl"
out=$("$NKG" query --results csv "$TMP/cut.ttl" 'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }' 2>"$TMP/err")
rc=$?
[ $rc -eq 2 ] || fail "a cut Turtle file: exit $rc, not 2"
grep -Eq "cut\.ttl:[0-9]+: " "$TMP/err" || fail "no file and line in: $(cat "$TMP/err")"
[ -z "$out" ] || fail "a cut Turtle file still gave an answer: $out"
printf '<http://x/a> <http://x/b> <http://x/c> <http://x/g> .\n<http://x/a> <http://x/b> "unterminated\n' >"$TMP/bad.nq"
"$NKG" query "$TMP/bad.nq" 'SELECT * WHERE { ?s ?p ?o }' >/dev/null 2>"$TMP/err"
[ $? -eq 2 ] && grep -q "bad.nq:2:" "$TMP/err" || fail "bad N-Quads: $(cat "$TMP/err")"

# ---- rows stream: the first rows of a cross product of ~3 million rows come at once,
# in every format, and a reader that goes away is an error, not an answer
cross='SELECT ?a ?b WHERE { ?a ?p ?x . ?b ?q ?y }'
for f in table csv tsv json; do
  timeout 60 "$NKG" query --results $f "$TMP/g.ttl" "$cross" 2>/dev/null | head -3 >"$TMP/first" || true
  [ "$(wc -l <"$TMP/first")" -eq 3 ] || fail "--results $f did not stream its first rows within 60 s"
done
timeout 60 "$NKG" query --results csv "$TMP/g.ttl" "$cross" 2>"$TMP/err" | head -1 >/dev/null
rc=${PIPESTATUS[0]}
[ "$rc" -ne 0 ] && [ "$rc" -ne 124 ] || fail "writing into a closed pipe: exit $rc"
if [ -w /dev/full ]; then
  "$NKG" query --results csv "$TMP/g.ttl" 'SELECT * WHERE { ?s ?p ?o }' >/dev/full 2>"$TMP/err"
  [ $? -eq 2 ] && grep -q "could not be written" "$TMP/err" || fail "/dev/full: $(cat "$TMP/err")"
fi

# ---- terminal escapes and bidi controls in values
printf '@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n<http://x/a> rdfs:label "ok \\u001B]0;owned\\u0007 \\u001B[2J \\u202Eevil\\u200F" .\n' >"$TMP/hostile.ttl"
for f in table csv; do
  "$NKG" query --results $f "$TMP/hostile.ttl" 'SELECT ?s ?l WHERE { ?s ?p ?l }' >"$TMP/out.$f" 2>/dev/null ||
    fail "--results $f on controls failed"
  LC_ALL=C grep -q $'[\x01-\x08\x0b\x0c\x0e-\x1f\x7f]' "$TMP/out.$f" && fail "--results $f passes control characters"
  grep -q $'\u202e\|\u200f' "$TMP/out.$f" && fail "--results $f passes bidi controls"
  grep -qF 'ok \u001B]0;owned\u0007 \u001B[2J \u202Eevil\u200F' "$TMP/out.$f" || fail "--results $f: $(cat "$TMP/out.$f")"
done
# JSON and TSV keep the value, escaped in their own syntax
"$NKG" query --results json "$TMP/hostile.ttl" 'SELECT ?l WHERE { ?s ?p ?l }' | "$PY" -c '
import json, sys
v = json.load(sys.stdin)["results"]["bindings"][0]["l"]["value"]
assert v == "ok \x1b]0;owned\x07 \x1b[2J \u202eevil\u200f", repr(v)' || fail "JSON does not carry the value"
echo ok
