# Shared helpers for the integration tests (sourced).
set -u
fail() { echo "FAIL: $*" >&2; exit 1; }
need_file() { [ -s "$1" ] || fail "expected a non-empty file $1"; }
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
: "${NKG:?NKG must name the newskg binary}"
# Debian's python3 has python3-rdflib; another python3 earlier on PATH may not.
if [ -x /usr/bin/python3 ]; then PY=/usr/bin/python3; else PY=python3; fi
