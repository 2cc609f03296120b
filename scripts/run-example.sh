#!/usr/bin/env bash
# Installs the packages, builds newskg and turns the example documents (the
# hand-written corpus in tests/corpus/docs) into output/example.ttl.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/deps.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF >/dev/null
cmake --build build -j"$(nproc)" >/dev/null
mkdir -p output
build/newskg build -o output/example.ttl tests/corpus/docs
echo "wrote output/example.ttl"
