#!/usr/bin/env bash
# Decoding loses nothing silently: text that NFC makes longer, a NUL inside a broken UTF-8
# sequence, a single NUL in a good document, UTF-16 without a byte-order mark.  Each is
# read whole, and each repair is a warning with its offset.
. "$(dirname "$0")/lib.sh"
"$PY" - "$TMP" <<'PY'
import sys
d = sys.argv[1]
s = "Министр иностранных дел России Сергей Лавров провел переговоры в Москве.\n"
b = s.encode()
def put(name, data): open(f"{d}/{name}", "wb").write(data)
# U+FB2C is three code points after NFC: 2000 of them made the text longer than the
# normaliser's buffer, and the document came out empty
put("nfc.txt", b + ("\ufb2c" * 2000 + "\n").encode())
# a NUL inside a two-byte Cyrillic letter ("ин" cut after its first byte)
put("nul-broken.txt", b[:20] + b"\x00" + b[20:])
# one NUL between two sentences of good UTF-8
put("nul-alone.txt", "Вчера прошли переговоры.".encode() + b"\x00" + b)
put("utf16le.txt", s.encode("utf-16-le"))
put("utf16be.txt", s.encode("utf-16-be"))
PY
# Every mention lies inside its context's string, and its text is the string's there.
check_nif() {
  "$PY" - "$1" <<'PY' || fail "$1: $(cat "$TMP/nif.err")"
import sys, rdflib
g = rdflib.Graph().parse(sys.argv[1], format="turtle")
NIF = rdflib.Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
bad = []
for m, ctx in g.subject_objects(NIF.referenceContext):
    text = str(g.value(ctx, NIF.isString))
    b, e = int(g.value(m, NIF.beginIndex)), int(g.value(m, NIF.endIndex))
    if e > len(text) or text[b:e] != str(g.value(m, NIF.anchorOf)):
        bad.append((str(m), b, e, len(text)))
if bad:
    open(sys.argv[1].rsplit("/", 1)[0] + "/nif.err", "w").write(f"mentions outside their text: {bad[:3]}")
    sys.exit(1)
PY
}
for name in nfc nul-broken nul-alone utf16le utf16be; do
  "$NKG" build -q --provenance -o "$TMP/$name.ttl" "$TMP/$name.txt" 2>"$TMP/$name.err" ||
    fail "$name.txt: exit status $?: $(cat "$TMP/$name.err")"
  grep -q '"Сергей Лавров"@ru' "$TMP/$name.ttl" || fail "$name.txt: the person was lost: $(cat "$TMP/$name.err")"
  grep -q 'nif:isString "[^"]*провел переговоры в Москве\.' "$TMP/$name.ttl" ||
    fail "$name.txt: the document's text was cut short: $(grep isString "$TMP/$name.ttl")"
  check_nif "$TMP/$name.ttl"
done
[ ! -s "$TMP/nfc.err" ] || fail "nfc.txt: unexpected messages: $(cat "$TMP/nfc.err")"
grep -q "nul-broken.txt: warning: a NUL byte at byte offset 20: replaced" "$TMP/nul-broken.err" ||
  fail "nul-broken.txt: the NUL is not reported with its offset: $(cat "$TMP/nul-broken.err")"
grep -q "nul-broken.txt: warning: invalid UTF-8 at byte offset 19" "$TMP/nul-broken.err" ||
  fail "nul-broken.txt: the broken letter is not reported: $(cat "$TMP/nul-broken.err")"
# no NUL reaches the output: the text goes on past where it was
if grep -aq $'\x01' <(tr '\0' '\1' <"$TMP/nul-broken.ttl"); then fail "a NUL reached the output"; fi
grep -q "nul-alone.txt: warning: a NUL byte at byte offset 45: replaced" "$TMP/nul-alone.err" ||
  fail "nul-alone.txt: the NUL is not reported with its offset: $(cat "$TMP/nul-alone.err")"
grep -q 'nif:isString "Вчера прошли переговоры.�Министр' "$TMP/nul-alone.ttl" ||
  fail "nul-alone.txt: the NUL is not replaced by U+FFFD: $(grep isString "$TMP/nul-alone.ttl")"
grep -q "utf16le.txt: warning: no byte-order mark.*read as UTF-16LE" "$TMP/utf16le.err" || fail "utf16le.txt: $(cat "$TMP/utf16le.err")"
grep -q "utf16be.txt: warning: no byte-order mark.*read as UTF-16BE" "$TMP/utf16be.err" || fail "utf16be.txt: $(cat "$TMP/utf16be.err")"

# damage a converter finds is reported too: a lone surrogate in UTF-16 with a byte-order mark
"$PY" -c "
import sys
s = 'Министр иностранных дел России Сергей Лавров провел переговоры в Москве.\n'.encode('utf-16-le')
open(sys.argv[1], 'wb').write(b'\xff\xfe' + s[:10] + b'\x00\xd8' + s[10:])" "$TMP/surrogate.txt"
"$NKG" build -q -o "$TMP/surrogate.ttl" "$TMP/surrogate.txt" 2>"$TMP/surrogate.err" || fail "surrogate.txt: exit $?"
grep -q "surrogate.txt: warning: .*not valid UTF-16LE at byte offset 12: replaced" "$TMP/surrogate.err" ||
  fail "a lone surrogate is replaced silently: $(cat "$TMP/surrogate.err")"
grep -q '"Сергей Лавров"@ru' "$TMP/surrogate.ttl" || fail "surrogate.txt: the person was lost"

# binary data is still binary: NULs and control characters everywhere
head -c 4096 /bin/sh >"$TMP/elf.txt"
set +e; "$NKG" build -q "$TMP/elf.txt" >/dev/null 2>"$TMP/elf.err"; rc=$?; set -e
[ "$rc" -eq 1 ] && grep -q "elf.txt: error: binary data" "$TMP/elf.err" || fail "a binary file: exit $rc, $(cat "$TMP/elf.err")"
echo ok
