#!/usr/bin/env bash
# cmake --install: the installed program finds its ontology under share/newskg/ beside
# its bin/ (also once the installation is moved), and never the source tree's; the man
# page renders and names every command and option the help does; another C program
# builds against libnewskg with pkg-config and calls nkg_extract.
. "$(dirname "$0")/lib.sh"
set -e
build=$1 doc=$2
unset NEWSKG_ONTOLOGY
cmake --install "$build" --prefix "$TMP/prefix" >/dev/null || fail "cmake --install failed"
for f in bin/newskg share/newskg/newskg.ttl share/newskg/lexicon/countries.ttl share/newskg/queries/who-met-whom.rq \
         share/man/man1/newskg.1 include/newskg.h lib/pkgconfig/newskg.pc; do
  need_file "$TMP/prefix/$f"
done
ls "$TMP/prefix"/lib/libnewskg.so* >/dev/null || fail "no libnewskg.so installed"

# moved elsewhere, the program reads the copy of the ontology it was installed with
cp -a "$TMP/prefix" "$TMP/moved" && rm -rf "$TMP/prefix"
inst=$TMP/moved
cp "$doc" "$TMP/doc.txt"
(cd / && "$inst/bin/newskg" build -q -o "$TMP/installed.ttl" "$TMP/doc.txt") || fail "the installed program failed"
"$NKG" build -q --ontology "$(dirname "$0")/../../ontology" -o "$TMP/built.ttl" "$TMP/doc.txt"
grep -q 'Бахтиёр Саидов' "$TMP/installed.ttl" || fail "the installed program found no person"
cmp "$TMP/installed.ttl" "$TMP/built.ttl" || fail "the installed program writes another graph than the built one"
# ... and that copy only: without it the program fails and names where it looked,
# rather than reading the source tree compiled into it
mv "$inst/share/newskg" "$inst/share/newskg.away"
set +e
"$inst/bin/newskg" build -q -o "$TMP/none.ttl" "$TMP/doc.txt" 2>"$TMP/err"
rc=$?
set -e
[ "$rc" -eq 2 ] || fail "without its share/newskg the installed program exited $rc: $(cat "$TMP/err")"
grep -q "$inst/bin/../share/newskg/lexicon" "$TMP/err" || fail "the error does not name share/newskg: $(cat "$TMP/err")"
mv "$inst/share/newskg.away" "$inst/share/newskg"

# the man page renders without a warning and covers every command, option and exit status
man=$inst/share/man/man1/newskg.1
groff -k -man -ww -z -Tutf8 "$man" 2>"$TMP/groff" && [ ! -s "$TMP/groff" ] || fail "groff: $(cat "$TMP/groff")"
text=$(MANWIDTH=200 man -l "$man" 2>/dev/null | col -b)
for cmd in build query graph store; do
  grep -q "^ *newskg $cmd" <<<"$text" || fail "the man page has no section on newskg $cmd"
  "$inst/bin/newskg" $cmd --help >"$TMP/help" || fail "$cmd --help failed"
  head -1 "$TMP/help" | grep -q "^usage: newskg $cmd " || fail "$cmd --help is not build's own: $(head -1 "$TMP/help")"
  for opt in $(grep -oE '(^|[ [])--?[a-zA-Z][a-zA-Z-]*' "$TMP/help" | tr -d ' [' | sort -u); do
    grep -qE -- "(^|[ ,])$opt( |,|$)" <<<"$text" || fail "the man page does not name $cmd's option $opt"
  done
done
grep -q "EXIT STATUS" <<<"$text" || fail "the man page has no EXIT STATUS"
"$inst/bin/newskg" --help | grep -q "newskg CMD --help" || fail "--help does not point to the commands' help"

# a program of one's own, built with pkg-config against the installed library
export PKG_CONFIG_PATH=$inst/lib/pkgconfig
[ "$(pkg-config --modversion newskg)" = "$("$inst/bin/newskg" --version | cut -d' ' -f2)" ] || fail "newskg.pc has another version"
# shellcheck disable=SC2086,SC2046
${NKG_CC:-cc} ${NKG_CFLAGS:-} -Wall -Wextra -Werror -o "$TMP/embed" "$(dirname "$0")/embed.c" \
  $(pkg-config --cflags --libs newskg) || fail "embed.c does not build against the installed library"
LD_LIBRARY_PATH=$inst/lib "$TMP/embed" "$inst/share/newskg" >"$TMP/embed.nt" || fail "embed failed"
LD_LIBRARY_PATH=$inst/lib ldd "$TMP/embed" | grep -q "$inst/lib/libnewskg.so" || fail "embed does not use the installed libnewskg"
rapper -q -i ntriples -c "$TMP/embed.nt" || fail "embed wrote no valid N-Triples"
# raptor writes N-Triples in ASCII (\u escapes): read the name back through rapper
rapper -q -i ntriples -o turtle "$TMP/embed.nt" | grep -q '"Хакан Фидан"@ru' ||
  fail "nkg_extract through the library found no person"
echo ok
