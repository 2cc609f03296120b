#!/usr/bin/env bash
# An HTML page saved as .txt is read as a browser shows it: no facts from its comments,
# alt= attributes, title, scripts (JSON-LD), styles or hidden elements, and its blocks
# are lines of their own, so that a heading does not run into the paragraph after it.
. "$(dirname "$0")/lib.sh"
page=$1
check_page() { # OUTPUT NAME
  "$PY" - "$1" "$2" <<'PY' || fail "$(cat "$TMP/why")"
import sys, rdflib
g = rdflib.Graph().parse(sys.argv[1], format="turtle")
why = open(sys.argv[1].rsplit("/", 1)[0] + "/why", "w")
NKG = rdflib.Namespace("https://w3id.org/newskg/ontology#")
NIF = rdflib.Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
persons = {str(l) for p in g.subjects(rdflib.RDF.type, NKG.Person) for l in g.objects(p, rdflib.RDFS.label) if l.language == "ru"}
shown = {"Сергей Лавров", "Хакан Фидан", "Касым-Жомарт Токаев"}
# in the title, a JSON-LD script, a style, a comment, an alt= attribute, a display:none block
unseen = {"Жан Дюпон", "Марко Росси", "Хосе Гарсия", "Ханс Мюллер", "Ян Ковальски", "Ахмед Саид"}
if not shown <= persons or persons & unseen:
    why.write(f"{sys.argv[2]}: persons {sorted(persons)}; expected {sorted(shown)}, none of {sorted(unseen)}"); sys.exit(1)
text = [str(s) for s in g.objects(None, NIF.isString)]
if len(text) != 1 or not text[0].startswith("Переговоры в Москве\nМинистр иностранных дел России Сергей Лавров"):
    why.write(f"{sys.argv[2]}: the heading and the paragraph are not lines of their own: {text}"); sys.exit(1)
if "<" in text[0] or "alt=" in text[0] or "NewsArticle" in text[0]:
    why.write(f"{sys.argv[2]}: markup in the text: {text}"); sys.exit(1)
PY
}
"$NKG" build --provenance -o "$TMP/page.ttl" "$page" 2>"$TMP/err" || fail "exit $?: $(cat "$TMP/err")"
check_page "$TMP/page.ttl" "UTF-8 page"
grep -q "note: an HTML page" "$TMP/err" || fail "reading a page as HTML is not said: $(cat "$TMP/err")"
# the same page in windows-1251 (decoded first, then parsed), and from standard input
iconv -f utf-8 -t windows-1251 "$page" >"$TMP/page-1251.txt"
"$NKG" build -q --provenance -o "$TMP/page-1251.ttl" "$TMP/page-1251.txt" || fail "the windows-1251 page: exit $?"
check_page "$TMP/page-1251.ttl" "windows-1251 page"
"$NKG" build -q --provenance - <"$page" >"$TMP/stdin.ttl" || fail "the page on standard input: exit $?"
check_page "$TMP/stdin.ttl" "page on standard input"

# plain text that mentions a tag is plain text: nothing of it is dropped
printf 'Министр иностранных дел России Сергей Лавров провел переговоры в Москве.\nВ письме было написано: <p> и <br>, а затем </p>.\n' >"$TMP/plain.txt"
"$NKG" build -q --provenance -o "$TMP/plain.ttl" "$TMP/plain.txt" || fail "plain text: exit $?"
grep -q 'написано: <p> и <br>, а затем </p>' "$TMP/plain.ttl" || fail "plain text mentioning tags was read as HTML"
# a page nested 5000 elements deep is read whole (libxml2 stops at 256 levels by default)
"$PY" -c "
import sys
open(sys.argv[1], 'w').write('<html><body>' + '<div>' * 5000 + 'Министр иностранных дел России Сергей Лавров провел переговоры.'
    + '</div>' * 5000 + '<p>Президент Казахстана Касым-Жомарт Токаев принял гостей.</p></body></html>')" "$TMP/deep.txt"
"$NKG" build -q --provenance -o "$TMP/deep.ttl" "$TMP/deep.txt" || fail "a deep page: exit $?"
# (read back with rdflib: raptor may write the text as a long string with its newlines)
"$PY" - "$TMP/deep.ttl" <<'PY' || fail "a deep page was not read whole: $(grep -A1 isString "$TMP/deep.ttl" | cut -c1-300)"
import sys, rdflib
g = rdflib.Graph().parse(sys.argv[1], format="turtle")
nif = rdflib.URIRef("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#isString")
texts = [str(o) for o in g.objects(None, nif)]
assert any(t.startswith("Министр иностранных дел России Сергей Лавров провел переговоры.\nПрезидент Казахстана")
           for t in texts), texts
PY
# a page with nothing to show is an empty document, exit 1
printf '<html><head><script>var x = "Сергей Лавров";</script></head><body><!-- Лавров --></body></html>\n' >"$TMP/empty.txt"
set +e; "$NKG" build -q "$TMP/empty.txt" >/dev/null 2>"$TMP/empty.err"; rc=$?; set -e
[ "$rc" -eq 1 ] && grep -q "empty.txt: error: the document is empty" "$TMP/empty.err" || fail "a page with no text: exit $rc, $(cat "$TMP/empty.err")"
echo ok
