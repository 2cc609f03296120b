#!/usr/bin/env bash
# --provenance: NIF 2.0.  Every anchorOf is the context's text at its offsets (in
# characters, not bytes), every mention points to an entity of the graph, and every
# membership and event is linked to a sentence that names its persons.
. "$(dirname "$0")/lib.sh"
docs=$1
"$NKG" build -q --provenance -o "$TMP/p.ttl" "$docs" || fail "build --provenance failed"
"$NKG" build -q -o "$TMP/plain.ttl" "$docs" || fail "build failed"
"$PY" - "$TMP/p.ttl" "$TMP/plain.ttl" <<'PY' || fail "the NIF annotations are wrong"
import sys, rdflib
from rdflib import RDF, URIRef
NIF = rdflib.Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
ITS = rdflib.Namespace("http://www.w3.org/2005/11/its/rdf#")
NKG = rdflib.Namespace("https://w3id.org/newskg/ontology#")
ORG = rdflib.Namespace("http://www.w3.org/ns/org#")
SCHEMA = rdflib.Namespace("http://schema.org/")
g = rdflib.Graph().parse(sys.argv[1])
plain = rdflib.Graph().parse(sys.argv[2])
contexts = {c: str(g.value(c, NIF.isString)) for c in g.subjects(RDF.type, NIF.Context)}
docs = set(plain.subjects(RDF.type, NKG.Document))
assert len(contexts) == len(docs), (len(contexts), len(docs))
n = 0
for s in g.subjects(NIF.anchorOf, None):
    text = contexts[g.value(s, NIF.referenceContext)]
    b, e = int(g.value(s, NIF.beginIndex)), int(g.value(s, NIF.endIndex))
    assert text[b:e] == str(g.value(s, NIF.anchorOf)), (s, text[b:e], g.value(s, NIF.anchorOf))
    assert str(s).endswith(f"#char={b},{e}")
    n += 1
# in each document, the anchored entities are exactly the entities it mentions
SCHEMA_MENTIONS = URIRef("http://schema.org/mentions")
for c, text in contexts.items():
    doc = g.value(c, NIF.sourceUrl)
    anchored = {g.value(s, ITS.taIdentRef) for s in g.subjects(NIF.referenceContext, c)} - {None}
    mentioned = set(plain.objects(doc, SCHEMA_MENTIONS))
    assert anchored == mentioned, (doc, sorted(mentioned - anchored)[:3], sorted(anchored - mentioned)[:3])
nonascii = [s for s in g.subjects(NIF.anchorOf, None) if any(ord(ch) > 127 for ch in str(g.value(s, NIF.anchorOf)))]
assert nonascii, "offsets were never tested on Cyrillic text"
for s, ent in g.subject_objects(ITS.taIdentRef):
    assert (ent, RDF.type, None) in plain, f"{s} points to {ent}, which the graph does not describe"
def label(x): return {str(l) for l in g.objects(x, rdflib.RDFS.label) if getattr(l, "language", None) == "ru"}
for m in g.subjects(RDF.type, ORG.Membership):
    sentence = g.value(m, NKG.statedIn)
    assert sentence is not None and (sentence, RDF.type, NIF.Sentence) in g, m
for ev in g.subjects(RDF.type, NKG.Event):
    sentence = g.value(ev, NKG.statedIn)
    assert sentence is not None and (sentence, RDF.type, NIF.Sentence) in g, ev
# provenance adds, it changes nothing else
for t in plain: assert t in g, t
print(f"ok: {n} anchors in {len(contexts)} contexts")
PY
echo ok
