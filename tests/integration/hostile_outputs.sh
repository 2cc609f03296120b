#!/usr/bin/env bash
# Hostile texts and file names in, every output format out: each parses in rapper and in
# rdflib (RDF/JSON through Python's strict JSON reader) and carries the same graph, with
# and without --provenance (which writes each document's whole text as a literal).
# Characters some syntax cannot carry (C0 controls, DEL, U+FFFE) are U+FFFD in every
# format; characters outside the BMP stay themselves in every format, RDF/JSON included.
# A --base that is not an IRI is refused with status 2.  (No backslash in the texts is
# followed by a letter: rdflib 6.1's N-Triples reader takes "\\n" for a backslash
# and a newline; rapper reads it right.)
. "$(dirname "$0")/lib.sh"
fixtures=$1
docs="$TMP/docs"
mkdir -p "$docs"
cp "$fixtures"/*.txt "$docs/"
# names a file system allows and RDF syntaxes must escape: quotes, backslash, angle
# brackets, a tab, a control, an emoji, and bytes that are not UTF-8
text="МОСКВА, 3 марта. Министр иностранных дел России Сергей Лавров провел переговоры в Москве."
for name in 'a "quoted" name' 'back\slash' '<angle>&amp;' $'tab\there' $'bell\a' 'emoji 😀' $'bad\xff\xfe'; do
  printf '%s\n' "$text" >"$docs/$name.txt"
done

check_all() { # $1: extra option ("" or --provenance)
  local opt=$1 f
  for f in turtle ntriples nquads rdfxml json; do
    local out="$TMP/g.$f"
    [ $f = json ] && out="$TMP/g.rj" # a .json name is read as JSON-LD by tools that guess
    # shellcheck disable=SC2086
    "$NKG" build -q $opt --format $f -o "$out" "$docs" || fail "build $opt --format $f failed"
    rapper -i $f -o ntriples "$out" >"$TMP/rapper.$f.nt" 2>"$TMP/rapper.$f.err" ||
      { cat "$TMP/rapper.$f.err"; fail "rapper rejects the $f output ($opt)"; }
    grep -qi "error\|warning" "$TMP/rapper.$f.err" && { cat "$TMP/rapper.$f.err"; fail "rapper complains about the $f output ($opt)"; }
  done
  "$PY" - "$TMP" "$opt" <<'PY' || fail "the formats disagree ($opt)"
import json, sys, rdflib
tmp, opt = sys.argv[1], sys.argv[2]
def from_rdfjson(path):
    # strict JSON (no lone surrogates, no \U escapes), then RDF/JSON's plain structure
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    g = rdflib.Graph()
    for s, props in data.items():
        for p, objs in props.items():
            for o in objs:
                if o["type"] == "uri":
                    obj = rdflib.URIRef(o["value"])
                elif o["type"] == "bnode":
                    obj = rdflib.BNode(o["value"])
                else:
                    obj = rdflib.Literal(o["value"], lang=o.get("lang"),
                                         datatype=o.get("datatype"))
                g.add((rdflib.URIRef(s), rdflib.URIRef(p), obj))
    return g
def quads_as_triples(path):
    ds = rdflib.Dataset()
    ds.parse(path, format="nquads")
    g = rdflib.Graph()
    for c in ds.contexts():
        for t in c:
            g.add(t)
    return g
def canon(g):  # language tags compare in lower case (rapper and rdflib differ)
    out = set()
    for s, p, o in g:
        if isinstance(o, rdflib.Literal) and o.language:
            o = rdflib.Literal(str(o), lang=o.language.lower())
        out.add((s, p, o))
    return out
graphs = {
    "turtle": rdflib.Graph().parse(f"{tmp}/g.turtle", format="turtle"),
    "ntriples": rdflib.Graph().parse(f"{tmp}/g.ntriples", format="nt"),
    "nquads": quads_as_triples(f"{tmp}/g.nquads"),
    "rdfxml": rdflib.Graph().parse(f"{tmp}/g.rdfxml", format="xml"),
    "json": from_rdfjson(f"{tmp}/g.rj"),
}
ref = canon(graphs["ntriples"])
assert len(ref) > 50, f"only {len(ref)} triples"
for name, g in graphs.items():
    got = canon(g)
    assert got == ref, f"{name}: {len(got - ref)} triples not in N-Triples, {len(ref - got)} missing, e.g. {sorted(got ^ ref)[:2]}"
    # rapper read the same graph as rdflib
    r = canon(rdflib.Graph().parse(f"{tmp}/rapper.{name}.nt", format="nt"))
    assert r == ref, f"rapper and rdflib read {name} differently: {sorted(r ^ ref)[:2]}"
text = "".join(str(o) for _, _, o in graphs["ntriples"] if isinstance(o, rdflib.Literal))
for c in ["\x01", "\x7f", "\x0b", "\x1b", "\x08", "\x0c", "\ufffe", "\uffff", "\ufdd0"]:
    assert c not in text, f"U+{ord(c):04X} reached a literal"
assert "\ufffd" in text, "no U+FFFD where a control was"
for c in ["😀", "🤝", "𝔡", "𐍈"]:
    if opt or c == "😀":  # the whole text is a literal only with --provenance
        assert c in text, f"{c} was lost"
sources = {str(o) for _, p, o in graphs["ntriples"] if str(p) == "http://purl.org/dc/terms/source"}
# a name's bytes that are not UTF-8 are written %XX (README, "Document identity")
for part in ['a "quoted" name', "back\\slash", "<angle>&amp;", "tab\there", "emoji 😀", "bad%FF%FE"]:
    assert any(part in s for s in sources), f"no dcterms:source with {part!r}: {sorted(sources)}"
print(f"ok {opt or '(plain)'}: {len(ref)} triples, the same in 5 formats")
PY
}

check_all ""
check_all --provenance

# a base that is not an IRI: refused, and no output written
for bad in 'not an iri' 'noscheme/path/' 'https://example.org/a b/' 'https://example.org/<x>/' $'https://example.org/\x01/'; do
  rc=0
  "$NKG" build -q --base "$bad" -o "$TMP/bad.ttl" "$docs" 2>"$TMP/base.err" || rc=$?
  [ $rc -eq 2 ] || fail "--base '$bad' gave status $rc, not 2"
  grep -q -- "--base" "$TMP/base.err" || fail "--base '$bad': the error does not name the option"
  [ ! -e "$TMP/bad.ttl" ] || fail "--base '$bad' wrote an output file"
done
"$NKG" build -q --base 'https://example.org/kg/' -o "$TMP/good.ttl" "$docs" || fail "a good --base was refused"
rapper -q -i turtle -c "$TMP/good.ttl" || fail "rapper rejects the Turtle with a --base"
grep -q 'https://example.org/kg/person/' "$TMP/good.ttl" || fail "the --base is not used"
echo "ok: --base is checked"
