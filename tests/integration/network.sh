#!/usr/bin/env bash
# newskg graph, read back by independent readers: DOT that Graphviz renders; GraphML that
# validates against GraphML's structure and that networkx reads; GEXF that networkx reads
# (with Gephi's timeline dates); the Neo4j CSV pair, checked against the header form
# neo4j-admin database import documents.  The network holds what the corpus's gold and a
# hand-written graph say, every node linked, edges labelled in English with the Russian
# beside it, and all four formats the same network.
. "$(dirname "$0")/lib.sh"
docs=$1 xsd=$2 small=$3
"$NKG" build -q -o "$TMP/g.ttl" "$docs" || fail "build failed"
"$NKG" graph --format dot -o "$TMP/net.dot" "$TMP/g.ttl" || fail "graph --format dot failed"
dot -Tsvg -o "$TMP/net.svg" "$TMP/net.dot" || fail "Graphviz cannot render the DOT"
grep -q 'Бахтиёр Саидов' "$TMP/net.svg" || fail "the SVG lacks a person's label"
for g in g small; do
  src=$TMP/g.ttl
  [ $g = small ] && src=$small
  "$NKG" graph --format graphml -o "$TMP/$g.graphml" "$src" || fail "graph --format graphml failed"
  xmllint --noout --schema "$xsd" "$TMP/$g.graphml" || fail "the GraphML does not validate"
  "$NKG" graph --format gexf -o "$TMP/$g.gexf" "$src" || fail "graph --format gexf failed"
  "$NKG" graph --format neo4j -o "$TMP/$g.neo4j" "$src" || fail "graph --format neo4j failed"
done
"$NKG" graph --format graphml "$TMP/g.ttl" | cmp - "$TMP/g.graphml" || fail "two runs differ"
set +e
"$NKG" graph --format neo4j "$TMP/g.ttl" >/dev/null 2>"$TMP/err"; rc=$?
set -e
[ "$rc" -eq 2 ] && grep -q "name their directory with -o DIR" "$TMP/err" || fail "neo4j without -o DIR: exit $rc, $(cat "$TMP/err")"

"$PY" - "$TMP" <<'PY' || fail "the network lacks what it should hold"
import csv, re, sys, networkx as nx
tmp = sys.argv[1]

def read_neo4j(d):
    """nodes.csv and relationships.csv, checked against the header form of Neo4j's import
    tool (Operations Manual, "Import": CSV header format)."""
    types = "int long float double boolean byte short char string point date localtime time localdatetime datetime duration".split()
    def header(fields, required):
        for r in required:
            assert sum(f.endswith(r) for f in fields) == 1, (r, fields)
        for f in fields:
            name, _, typ = f.partition(":")
            if typ in ("ID", "LABEL", "START_ID", "END_ID", "TYPE"):
                assert typ not in ("LABEL", "START_ID", "END_ID", "TYPE") or name == "", f
                continue
            assert re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", name), f
            assert typ == "" or typ.removesuffix("[]") in types, f
    with open(f"{d}/nodes.csv", newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    header(rows[0], [":ID", ":LABEL"])
    idcol, labcol = rows[0].index("iri:ID"), rows[0].index(":LABEL")
    nodes = {}
    for r in rows[1:]:
        assert len(r) == len(rows[0]), r
        assert r[idcol] not in nodes, r[idcol]
        assert re.fullmatch(r"[A-Z][a-z]+(;[A-Z][a-z]+)*", r[labcol]), r[labcol]
        nodes[r[idcol]] = dict(zip(rows[0], r))
    with open(f"{d}/relationships.csv", newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    header(rows[0], [":START_ID", ":END_ID", ":TYPE"])
    rels = []
    for r in rows[1:]:
        assert len(r) == len(rows[0]), r
        rel = dict(zip(rows[0], r))
        assert rel[":START_ID"] in nodes and rel[":END_ID"] in nodes, rel
        assert re.fullmatch(r"[A-Z][A-Z_]*", rel[":TYPE"]), rel[":TYPE"]
        rels.append(rel)
    return nodes, rels

def check(name):
    g = nx.read_graphml(f"{tmp}/{name}.graphml")
    x = nx.read_gexf(f"{tmp}/{name}.gexf")
    nodes, rels = read_neo4j(f"{tmp}/{name}.neo4j")
    # the same network in all three
    iri = {n: d["iri"] for n, d in g.nodes(data=True)}
    assert sorted(iri.values()) == sorted(d["iri"] for _, d in x.nodes(data=True)) == sorted(nodes)
    edges = sorted((iri[a], iri[b], d["relation"], d["label"]) for a, b, d in g.edges(data=True))
    assert edges == sorted((x.nodes[a]["iri"], x.nodes[b]["iri"], d["relation"], d["label"]) for a, b, d in x.edges(data=True))
    assert edges == sorted((r[":START_ID"], r[":END_ID"], r[":TYPE"].lower(), r["label"]) for r in rels)
    # every node is linked; edge labels are English, with the Russian beside them
    assert not list(nx.isolates(g)), [g.nodes[n]["label"] for n in nx.isolates(g)]
    for a, b, d in g.edges(data=True):
        assert not re.search("[А-Яа-яЁё]", d["label"]) and re.search("[А-Яа-яЁё]", d["label_ru"]), d
    return g, x, nodes, rels

g, x, nodes, rels = check("g")
by_label = {d["label"]: n for n, d in g.nodes(data=True)}
types = {d["type"] for _, d in g.nodes(data=True)}
want = {"person", "organization", "country", "city", "event", "document", "chairmanship", "agreement", "topic"}
assert want <= types, want - types
def edge(a, b, relation, label=None):   # read_graphml gives a multigraph: any parallel edge may carry it
    data = g.get_edge_data(by_label[a], by_label[b]) or {}
    return any(d["relation"] == relation and (label is None or d["label"] == label) for d in data.values())
# tests/corpus/gold.tsv: c08 -- Саидов and Байрамов met in Baku on 2025-01-22
baku = "Встреча, 2025-01-22, Баку"
assert edge("Бахтиёр Саидов", baku, "attended")
assert edge("Джейхун Байрамов", baku, "attended")
assert edge(baku, "Баку", "located_in")
assert edge(baku, "c08_saidov_baku.txt", "stated_in")
assert g.nodes[by_label[baku]]["date"] == "2025-01-22" and g.nodes[by_label[baku]]["kind"] == "meeting"
assert x.nodes[by_label[baku]]["start"] == "2025-01-22"      # Gephi's timeline
assert edge("Бахтиёр Саидов", "Узбекистан", "holds_role", "minister of foreign affairs")
assert edge("Сергей Лавров", "Россия", "holds_role", "minister of foreign affairs")
# c07: Turkmenistan takes the chair of the CIS; c03's plan adopted at the Minsk session
chair = [n for n, d in g.nodes(data=True) if d["type"] == "chairmanship" and "Туркменистан" in d["label"]]
assert len(chair) == 1 and g.nodes[chair[0]]["date"] == "2025-10-10"
assert any(d["relation"] == "adopted_at" for _, _, d in g.out_edges(by_label[
    "План совместной подготовки органов управления и формирований сил коллективной безопасности на 2025 год"], data=True))
# the organizations whose links the old network dropped
for org in ("Организация Договора о коллективной безопасности", "Организация Объединённых Наций"):
    assert g.degree(by_label[org]) > 0, org
assert nodes[g.nodes[by_label["Сергей Лавров"]]["iri"]][":LABEL"] == "Person"
assert nodes[g.nodes[by_label[baku]]["iri"]][":LABEL"] == "Event;Meeting"

# tests/fixtures/network-small.ttl, read by hand
g, x, nodes, rels = check("small")
by_label = {d["label"]: n for n, d in g.nodes(data=True)}
assert set(by_label) == {"Анна Петрова", 'Борис "Бор" Иванов', "Страна Икс", "Город Це", "one.txt", "two.txt",
                         "Встреча, 2025-03-03, Город Це", "Встреча, 2025-03-03"}, set(by_label)
e1, e2 = by_label["Встреча, 2025-03-03, Город Це"], by_label["Встреча, 2025-03-03"]
assert {d["relation"] for d in (g.get_edge_data(e1, e2) or {}).values()} == {"same_as"}
assert {d["relation"] for d in (g.get_edge_data(e2, e1) or {}).values()} == {"same_as"}
assert g.nodes[e2]["status"] == "scheduled"
assert g.nodes[by_label["Страна Икс"]]["same_as"] == "http://www.wikidata.org/entity/Q1"
anna = by_label["Анна Петрова"]
assert {d["relation"] for d in g.get_edge_data(anna, e1).values()} == {"attended", "hosted"}
role = [d for d in g.get_edge_data(anna, by_label["Страна Икс"]).values()]
assert len(role) == 1 and role[0]["label"] == "minister" and role[0]["label_ru"] == "министр"
assert role[0]["sources"] == "https://w3id.org/newskg/id/doc/one https://w3id.org/newskg/id/doc/two"
assert g.number_of_edges() == 14, g.number_of_edges()   # counted off the fixture
print(f"ok")
PY
echo ok
