#!/usr/bin/env bash
# The cases that need a user or a device: a file the user may not read (run as
# nobody, since root reads anything), a full disk (/dev/full), and a 100 MB document.
. "$(dirname "$0")/lib.sh"
docs=$1
good=$(ls "$docs"/*.txt | head -n 1)

# unreadable: named, the rest read, status 1
mkdir -p "$TMP/in" && chmod 755 "$TMP" "$TMP/in"
cp "$good" "$TMP/in/readable.txt"
cp "$good" "$TMP/in/secret.txt" && chmod 000 "$TMP/in/secret.txt"
chmod 644 "$TMP/in/readable.txt"
if [ "$(id -u)" -eq 0 ] && command -v runuser >/dev/null; then
  set +e
  runuser -u nobody -- "$NKG" build -q --ontology "$NEWSKG_ONTOLOGY" "$TMP/in" >"$TMP/unreadable.ttl" 2>"$TMP/unreadable.err"
  rc=$?
  set -e
else
  set +e
  "$NKG" build -q "$TMP/in" >"$TMP/unreadable.ttl" 2>"$TMP/unreadable.err"
  rc=$?
  set -e
fi
if [ "$(id -u)" -ne 0 ] || command -v runuser >/dev/null; then
  [ "$rc" -eq 1 ] || fail "an unreadable file: exit status $rc, expected 1"
  grep -q "secret.txt.*Permission denied" "$TMP/unreadable.err" || fail "the unreadable file is not named: $(cat "$TMP/unreadable.err")"
  grep -q 'readable.txt' "$TMP/unreadable.ttl" || fail "the readable file was not processed"
fi

# a full disk: a clear error and status 2, not a crash
set +e
"$NKG" build -q "$docs" >/dev/full 2>"$TMP/full.err"
rc=$?
set -e
[ "$rc" -eq 2 ] || fail "a full disk: exit status $rc, expected 2"
grep -q "cannot write the graph: No space left on device" "$TMP/full.err" || fail "a full disk is not reported: $(cat "$TMP/full.err")"

# a 100 MB document: read whole (over the default --max-document-size of 32 MiB, so the
# limit is raised), in time and memory that grow with it, not faster
"$PY" - "$TMP/big.txt" <<'PY'
import sys, random
random.seed(3)
names = [("Бахтиёр", "Саидов"), ("Мурат", "Нуртлеу"), ("Сергей", "Лавров"), ("Ильхам", "Алиев"), ("Арарат", "Мирзоян")]
places = ["Ташкенте", "Астане", "Москве", "Баку", "Ереване"]
with open(sys.argv[1], "w", encoding="utf-8") as f:
    size, n = 0, 0
    while size < 100 * 1000 * 1000:
        g, s = random.choice(names)
        line = (f"Абзац {n}. Министр иностранных дел {g} {s} провел встречу в {random.choice(places)} "
                f"и обсудил вопросы сотрудничества номер {random.randrange(10**9)}.\n")
        f.write(line); size += len(line.encode()); n += 1
PY
/usr/bin/time -f "%e %M" -o "$TMP/time" "$NKG" build -q --max-document-size 200M --format ntriples -o "$TMP/big.nt" "$TMP/big.txt" ||
  fail "a 100 MB document failed"
grep -q 'person/bakhtiyer-saidov' "$TMP/big.nt" || fail "the 100 MB document yielded nothing"
read -r secs kb <"$TMP/time"
echo "ok: 100 MB document in ${secs} s, peak ${kb} KB"
