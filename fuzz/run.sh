#!/usr/bin/env bash
# Builds the libFuzzer targets in build-fuzz (CC=clang, -DNKG_FUZZ=ON) and runs each for
# SECONDS (default 600), one job and one worker, one target after the other, on a working
# copy of the seeds in tests/fuzz-seeds/.  Prints a summary line per target.
#
#   fuzz/run.sh [SECONDS] [TARGET...]        TARGET: extract, lexicon, graphfile (default: all)
#
# Environment:
#   BUILD_DIR        build directory (default build-fuzz, relative to the source tree)
#   NEWSKG_ONTOLOGY  the ontology fuzz_extract loads (default: the source tree's ontology/)
#   CC               the compiler (default clang)
#   FUZZ_CMAKE_ARGS  extra configure options, e.g.
#                    -DNKG_FUZZ_UBSAN_RECOVER=nonnull-attribute,pointer-overflow
#                    to have those UBSan checks reported without stopping the run
#   FUZZ_ARGS        extra libFuzzer options
#
# Afterwards: build-fuzz/corpus-TARGET/ holds the corpus the runs grew (kept between runs),
# build-fuzz/artifacts-TARGET/ any crash-*, leak-*, timeout-*, oom-* input, and
# build-fuzz/fuzz-TARGET.log the fuzzer's output.  Replay a reproducer with
#   NEWSKG_ONTOLOGY=ontology build-fuzz/fuzz/fuzz_TARGET build-fuzz/artifacts-TARGET/crash-...
# Exit status: 0 no target found a problem, 1 one did, 2 the build failed.
set -u
here=$(cd "$(dirname "$0")" && pwd)
src=$(cd "$here/.." && pwd)
seconds=${1:-600}
[ $# -gt 0 ] && shift
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(extract lexicon graphfile)
case $seconds in ''|*[!0-9]*) echo "usage: $0 [SECONDS] [extract|lexicon|graphfile...]" >&2; exit 2;; esac
for t in "${targets[@]}"; do
  case $t in extract|lexicon|graphfile) ;; *) echo "run.sh: unknown target '$t' (extract, lexicon or graphfile)" >&2; exit 2;; esac
done

build=${BUILD_DIR:-build-fuzz}
case $build in /*) ;; *) build=$src/$build;; esac
export NEWSKG_ONTOLOGY=${NEWSKG_ONTOLOGY:-$src/ontology}
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:symbolize=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:symbolize=1}
# fuzz_lexicon's private directory goes here, so that a crash leaves nothing in /tmp
export TMPDIR=$build/tmp

echo "== building the fuzz targets in $build"
mkdir -p "$build" "$TMPDIR"
# shellcheck disable=SC2086
if ! CC=${CC:-clang} cmake -S "$src" -B "$build" -DNKG_FUZZ=ON -DBUILD_TESTING=OFF -DNKG_WERROR=OFF \
       ${FUZZ_CMAKE_ARGS:-} >"$build/configure.log" 2>&1; then
  cat "$build/configure.log" >&2
  echo "run.sh: cmake configure failed (does CMakeLists.txt have 'if(NKG_FUZZ) add_subdirectory(fuzz) endif()'?)" >&2
  exit 2
fi
if ! cmake --build "$build" --target "${targets[@]/#/fuzz_}" -j2 >"$build/build.log" 2>&1; then
  tail -50 "$build/build.log" >&2
  echo "run.sh: build failed (full log: $build/build.log)" >&2
  exit 2
fi

found=0
summaries=()
for t in "${targets[@]}"; do
  # fuzz_graphfile runs the commands, which print: -close_fd_mask=3 silences them (libFuzzer's
  # and the sanitizers' reports still reach the log)
  quiet=
  case $t in
    extract) max_len=65536 ;;
    lexicon) max_len=16384 ;;
    graphfile) max_len=16384 quiet=-close_fd_mask=3 ;;
  esac
  bin=$build/fuzz/fuzz_$t
  corpus=$build/corpus-$t
  artifacts=$build/artifacts-$t
  log=$build/fuzz-$t.log
  mkdir -p "$corpus" "$artifacts"
  cp -n "$src/tests/fuzz-seeds/$t/"* "$corpus/" 2>/dev/null || true
  before=$(find "$artifacts" -type f | wc -l)
  echo "== fuzz_$t for ${seconds}s: corpus $corpus, artifacts $artifacts, log $log"
  # -jobs=1 -workers=1: one fuzzing process (the machine has two cores).  In that mode
  # libFuzzer runs it as a child writing to fuzz-0.log in the working directory, and copies
  # that log to its own output when the child ends.
  rm -f "$build/fuzz-0.log"
  start=$(date +%s)
  # shellcheck disable=SC2086
  (cd "$build" && "$bin" -max_len=$max_len -max_total_time="$seconds" -print_final_stats=1 \
      -timeout=25 -rss_limit_mb=4096 -jobs=1 -workers=1 $quiet \
      -artifact_prefix="$artifacts/" ${FUZZ_ARGS:-} "$corpus") >"$log" 2>&1
  rc=$?
  elapsed=$(( $(date +%s) - start ))
  rm -f "$build/fuzz-0.log"  # the parent has copied it into $log
  after=$(find "$artifacts" -type f | wc -l)
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  eps=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
  last=$(grep -E '^#[0-9]+' "$log" | tail -1)
  cov=$(sed -n 's/.* cov: \([0-9]*\).*/\1/p' <<<"$last")
  ft=$(sed -n 's/.* ft: \([0-9]*\).*/\1/p' <<<"$last")
  units=$(sed -n 's/.* corp: \([0-9]*\/[0-9a-zA-Z]*\).*/\1/p' <<<"$last")
  # distinct places UBSan reported (the fatal one, and any check made recoverable)
  soft=$(grep -o '[^ ]*\.c:[0-9]*:[0-9]*: runtime error:.*' "$log" | sort -u | wc -l)
  if [ "$after" -gt "$before" ] || grep -qE '^==[0-9]+==ERROR|deadly signal|ERROR: libFuzzer|Test unit written to' "$log"; then
    new=$(ls -t "$artifacts" | head -1)
    crash="CRASH: ${new:+$artifacts/$new }(see $log)"
    found=1
  elif [ $rc -ne 0 ]; then
    crash="fuzzer exited with status $rc (see $log)"
    found=1
  else
    crash="no crash"
  fi
  [ "$soft" -gt 0 ] && crash="$crash; UBSan reported at $soft place(s) (grep 'runtime error' $log)"
  summaries+=("fuzz_$t: ${elapsed}s of ${seconds}s, ${execs:-?} executions (${eps:-?}/s), coverage ${cov:-?} edges / ${ft:-?} features, corpus ${units:-?}; $crash")
done

echo "== summary"
printf '%s\n' "${summaries[@]}"
exit $found
