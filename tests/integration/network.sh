#!/usr/bin/env bash
# newskg graph: DOT that Graphviz renders, GraphML that validates against GraphML's
# structure and that networkx reads, with the nodes and edges the corpus's gold says.
. "$(dirname "$0")/lib.sh"
docs=$1 xsd=$2
"$NKG" build -q -o "$TMP/g.ttl" "$docs" || fail "build failed"
"$NKG" graph --format dot -o "$TMP/net.dot" "$TMP/g.ttl" || fail "graph --format dot failed"
dot -Tsvg -o "$TMP/net.svg" "$TMP/net.dot" || fail "Graphviz cannot render the DOT"
grep -q 'Бахтиёр Саидов' "$TMP/net.svg" || fail "the SVG lacks a person's label"
"$NKG" graph --format graphml -o "$TMP/net.graphml" "$TMP/g.ttl" || fail "graph --format graphml failed"
xmllint --noout --schema "$xsd" "$TMP/net.graphml" || fail "the GraphML does not validate"
"$NKG" graph --format graphml "$TMP/g.ttl" | cmp - "$TMP/net.graphml" || fail "two runs differ"
"$PY" - "$TMP/net.graphml" <<'PY' || fail "the network lacks what the gold facts say"
import sys, networkx as nx
g = nx.read_graphml(sys.argv[1])
by_label = {d["label"]: n for n, d in g.nodes(data=True)}
types = {d["type"] for _, d in g.nodes(data=True)}
assert types == {"person", "organization", "country", "city", "event"}, types
def edge(a, b, label):   # read_graphml gives a multigraph: any parallel edge may carry it
    data = g.get_edge_data(by_label[a], by_label[b]) or {}
    return any(d.get("label") == label for d in data.values())
# tests/corpus/gold.tsv: c08 -- Саидов and Байрамов met in Baku on 2025-01-22
assert edge("Бахтиёр Саидов", "Встреча, 2025-01-22, Баку", "attended")
assert edge("Джейхун Байрамов", "Встреча, 2025-01-22, Баку", "attended")
assert edge("Встреча, 2025-01-22, Баку", "Баку", "located in")
assert edge("Бахтиёр Саидов", "Узбекистан", "министр иностранных дел")
assert edge("Сергей Лавров", "Россия", "министр иностранных дел")
print(f"ok: {g.number_of_nodes()} nodes, {g.number_of_edges()} edges")
PY
echo ok
