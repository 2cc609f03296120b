#!/usr/bin/env bash
# The ontology is OWL 2 DL, alone, with the lexicon, and with the graph of the corpora:
# the OWL API's profile check (tests/owl/OwlDlCheck.java, run on Debian's libowlapi-java)
# finds no violation, and rejects a fixture that is not DL.  rdflib checks what a
# profile check does not: every term the graph and the lexicon use is declared, as
# exactly one kind of OWL entity; every nkg: term has its own English and Russian label;
# every nkg: property a domain and a range; the header a version IRI, licence, creator.
. "$(dirname "$0")/lib.sh"
onto=$1 notdl=$2
shift 2
"$NKG" build -q --provenance -o "$TMP/graph.ttl" "$@" || fail "build failed"

"$PY" - "$onto/newskg.ttl" "$TMP/graph.ttl" "$onto"/lexicon/*.ttl <<'PY' || fail "rdflib finds the ontology lacking"
import sys, rdflib
from collections import defaultdict
from rdflib.namespace import RDF, RDFS, OWL, DCTERMS
NKG = "https://w3id.org/newskg/ontology#"
onto = rdflib.Graph().parse(sys.argv[1])
graph = rdflib.Graph().parse(sys.argv[2])
lexicon = rdflib.Graph()
for f in sys.argv[3:]:
    lexicon.parse(f)
problems = []
kinds = {OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty, OWL.NamedIndividual, RDFS.Datatype}
def kind(term):
    k = set(onto.objects(term, RDF.type)) & kinds
    if term in (RDFS.label, RDFS.comment, RDFS.seeAlso, RDFS.isDefinedBy, OWL.versionInfo):
        return {OWL.AnnotationProperty}
    if term == OWL.sameAs or term == RDF.type:
        return {"built-in"}
    return k

header = rdflib.URIRef("https://w3id.org/newskg/ontology")
for p in (OWL.versionIRI, DCTERMS.license, DCTERMS.creator):
    if not list(onto.objects(header, p)):
        problems.append(f"the ontology header has no {p}")

labels = defaultdict(set)
for term in sorted(set(onto.subjects()) - {header}):
    if not isinstance(term, rdflib.URIRef) or not str(term).startswith(NKG):
        continue
    k = kind(term) - {OWL.NamedIndividual} if len(kind(term)) > 1 else kind(term)
    if len(k) != 1:
        problems.append(f"{term} is declared as {sorted(kind(term)) or 'nothing'}")
    langs = {l.language for l in onto.objects(term, RDFS.label)}
    if not {"en", "ru"} <= langs:
        problems.append(f"{term} lacks an English or a Russian label")
    for l in onto.objects(term, RDFS.label):
        labels[(l.language, str(l).casefold())].add(term)
    if k & {OWL.ObjectProperty, OWL.DatatypeProperty}:
        for p in (RDFS.domain, RDFS.range):
            if not list(onto.objects(term, p)):
                problems.append(f"{term} has no {p}")
for (lang, text), terms in sorted(labels.items()):
    if len(terms) > 1:
        problems.append(f'"{text}"@{lang} labels {sorted(terms)}')

for name, g in (("graph", graph), ("lexicon", lexicon)):
    for p in sorted(set(g.predicates())):
        k = kind(p)
        if len(k) != 1 or k & {OWL.Class, OWL.NamedIndividual}:
            problems.append(f"the {name} uses {p}, declared as {sorted(k) or 'nothing'}")
            continue
        objects = list(g.objects(None, p))
        if k == {OWL.ObjectProperty} and any(isinstance(o, rdflib.Literal) for o in objects):
            problems.append(f"the {name} gives object property {p} a literal")
        if k == {OWL.DatatypeProperty} and any(not isinstance(o, rdflib.Literal) for o in objects):
            problems.append(f"the {name} gives data property {p} an individual")
    for c in sorted(set(g.objects(None, RDF.type))):
        if kind(c) != {OWL.Class}:
            problems.append(f"the {name} types nodes with {c}, declared as {sorted(kind(c)) or 'nothing'}")
print("\n".join(problems) or f"ok: {len(set(graph.predicates()))} properties and {len(set(graph.objects(None, RDF.type)))} classes of the graph declared")
sys.exit(1 if problems else 0)
PY

# OWL API's OWL 2 DL profile check, from Debian's libowlapi-java
cp=""
for jar in owlapi-distribution guava caffeine commons-io commons-codec commons-rdf-api hppcrt jackson-core \
           jackson-databind jackson-annotations jsr305 atinject-jsr330-api slf4j-api slf4j-nop xz; do
  [ -f "/usr/share/java/$jar.jar" ] || fail "/usr/share/java/$jar.jar is missing (scripts/deps.sh installs libowlapi-java)"
  cp=$cp:/usr/share/java/$jar.jar
done
for jar in /usr/share/java/rdf4j-*.jar; do
  case $jar in *-[0-9]*.jar) ;; *) cp=$cp:$jar ;; esac   # the unversioned links only
done
nt() { # files as one N-Triples document, so that declarations and uses meet
  local out=$1; shift
  for f in "$@"; do rapper -q -i turtle -o ntriples "$f" || fail "$f does not parse"; done >"$out"
}
owl_dl() { java -cp "${cp#:}" "$(dirname "$0")/../owl/OwlDlCheck.java" "$@"; }
nt "$TMP/ontology.nt" "$onto/newskg.ttl"
nt "$TMP/with-lexicon.nt" "$onto/newskg.ttl" "$onto"/lexicon/*.ttl
nt "$TMP/with-graph.nt" "$onto/newskg.ttl" "$TMP/graph.ttl"
nt "$TMP/notdl.nt" "$notdl"
owl_dl "$TMP/ontology.nt" "$TMP/with-lexicon.nt" "$TMP/with-graph.nt" ||
  fail "the ontology alone, with the lexicon or with the corpus graph is not OWL 2 DL"
set +e
owl_dl "$TMP/notdl.nt" >"$TMP/notdl.out"
rc=$?
set -e
[ "$rc" -eq 1 ] || fail "the OWL 2 DL check accepts $notdl (exit $rc): $(cat "$TMP/notdl.out")"
grep -q UseOfUndeclaredClass "$TMP/notdl.out" || fail "the check did not see the undeclared class: $(cat "$TMP/notdl.out")"
echo ok
