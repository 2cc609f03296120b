#!/usr/bin/env bash
# Documents in other encodings are detected and read; damaged UTF-8 is reported with
# its byte offset and the rest of the text is still read; --encoding forces a charset.
. "$(dirname "$0")/lib.sh"
printf 'Министр иностранных дел Узбекистана Бахтиёр Саидов 12 мая 2025 года провел в Ташкенте переговоры с министром иностранных дел Венгрии Петером Сийярто. Стороны обсудили торговлю и транспорт.\n' >"$TMP/u8.txt"
iconv -f utf-8 -t cp1251 "$TMP/u8.txt" >"$TMP/w1251.txt"
iconv -f utf-8 -t koi8-r "$TMP/u8.txt" >"$TMP/koi8.txt"
iconv -f utf-8 -t utf-16 "$TMP/u8.txt" >"$TMP/u16.txt"      # with a byte-order mark
{ printf '\xef\xbb\xbf'; cat "$TMP/u8.txt"; } >"$TMP/bom.txt"
{ head -c 40 "$TMP/u8.txt"; printf '\xff'; tail -c +41 "$TMP/u8.txt"; } >"$TMP/damaged.txt"
for f in w1251 koi8 u16 bom damaged; do
  "$NKG" build -o "$TMP/$f.ttl" "$TMP/$f.txt" 2>"$TMP/$f.err" || fail "$f: exit status $?"
  grep -q 'Бахтиёр Саидов' "$TMP/$f.ttl" || fail "$f: the person before the damage was not found"
  grep -q 'Петер Сийярто' "$TMP/$f.ttl" || fail "$f: the person after the damage was not found"
done
grep -q 'w1251.txt.*windows-1251' "$TMP/w1251.err" || fail "the Windows-1251 file is not named with its encoding"
grep -q 'koi8.txt.*KOI8-R' "$TMP/koi8.err" || fail "the KOI8-R file is not named with its encoding"
grep -q 'damaged.txt.*invalid UTF-8 at byte offset 40' "$TMP/damaged.err" || fail "the damaged byte's offset is not reported: $(cat "$TMP/damaged.err")"
# forced: the same bytes read as KOI8-R on request
"$NKG" build -q --encoding KOI8-R -o "$TMP/forced.ttl" "$TMP/koi8.txt" || fail "--encoding KOI8-R failed"
grep -q 'Бахтиёр Саидов' "$TMP/forced.ttl" || fail "--encoding KOI8-R did not decode"
set +e
"$NKG" build -q --encoding no-such-charset "$TMP/u8.txt" >/dev/null 2>"$TMP/bad.err"
rc=$?
set -e
[ "$rc" -eq 1 ] || fail "an unknown --encoding: exit status $rc, expected 1"
grep -q 'no-such-charset' "$TMP/bad.err" || fail "an unknown --encoding is not named"
echo ok
