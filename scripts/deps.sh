#!/usr/bin/env bash
# Installs what newskg needs from Debian's packages (Debian 12), when it is missing.
set -euo pipefail
packages=(build-essential cmake pkg-config libraptor2-dev librdf0-dev librasqal3-dev libicu-dev libxml2-dev
          libstemmer-dev libdb-dev libcmocka-dev raptor2-utils rasqal-utils python3 python3-rdflib python3-networkx graphviz libxml2-utils valgrind time
          groff-base man-db bsdextrautils default-jdk-headless libowlapi-java)
# node and npm for the SHACL validator of the tests, unless the machine has them already
command -v node >/dev/null || packages+=(nodejs)
command -v npm >/dev/null || packages+=(npm)
# Virtuoso for the virtuoso test, which is skipped without it, so it may fail to install.
# Its binaries only (virtuoso-t, isql-vt, 15 MB): the test runs its own server on
# 127.0.0.1; the virtuoso-opensource package would also start a system-wide one.
optional=(virtuoso-opensource-7-bin)
not_installed() {
  local p
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || echo "$p"
  done
}
mapfile -t missing < <(not_installed "${packages[@]}")
mapfile -t missing_optional < <(not_installed "${optional[@]}")
[ ${#missing[@]} -eq 0 ] && [ ${#missing_optional[@]} -eq 0 ] && exit 0
SUDO=""
[ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null && SUDO=sudo
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq || [ ${#missing[@]} -eq 0 ]
if [ ${#missing[@]} -gt 0 ]; then
  echo "newskg: installing ${missing[*]}" >&2
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
if [ ${#missing_optional[@]} -gt 0 ]; then
  echo "newskg: installing ${missing_optional[*]} (optional)" >&2
  $SUDO apt-get install -y -qq --no-install-recommends "${missing_optional[@]}" >/dev/null ||
    echo "newskg: ${missing_optional[*]} could not be installed: the tests that need it will be skipped" >&2
fi
