#!/usr/bin/env bash
# Installs what newskg needs from Debian's packages (Debian 12), when it is missing.
set -euo pipefail
packages=(build-essential cmake pkg-config libraptor2-dev librdf0-dev librasqal3-dev libicu-dev libxml2-dev
          libstemmer-dev libcmocka-dev raptor2-utils rasqal-utils python3 python3-rdflib python3-networkx graphviz libxml2-utils valgrind time
          groff-base man-db bsdextrautils default-jdk-headless libowlapi-java)
# node and npm for the SHACL validator of the tests, unless the machine has them already
command -v node >/dev/null || packages+=(nodejs)
command -v npm >/dev/null || packages+=(npm)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
SUDO=""
[ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null && SUDO=sudo
echo "newskg: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
