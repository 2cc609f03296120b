#!/usr/bin/env bash
# Ctrl-C (SIGINT), SIGTERM or SIGHUP during `build -o big.ttl` removes the temporary file
# and leaves the earlier big.ttl as it was; the program dies of the signal.
. "$(dirname "$0")/lib.sh"
docs=$1
mkdir -p "$TMP/in"
# enough documents that the build is still running when the signal comes
for i in $(seq 1 400); do cp -r "$docs" "$TMP/in/$i"; done
echo "an earlier graph" >"$TMP/big.ttl"
"$PY" - "$NKG" "$TMP" <<'PY' || fail "an interrupted build left debris or changed the earlier file"
import glob, os, signal, subprocess, sys, time
nkg, tmp = sys.argv[1], sys.argv[2]
for sig in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
    p = subprocess.Popen([nkg, "build", "-q", "-o", f"{tmp}/big.ttl", f"{tmp}/in"])
    deadline = time.time() + 60
    while not glob.glob(f"{tmp}/big.ttl.tmp.*"):   # the output is being written
        assert p.poll() is None, "the build ended before it could be interrupted"
        assert time.time() < deadline, "no temporary file appeared"
        time.sleep(0.01)
    time.sleep(0.05)
    p.send_signal(sig)
    rc = p.wait(timeout=60)
    assert rc == -sig, f"{sig.name}: exit status {rc}, expected death by the signal"
    left = glob.glob(f"{tmp}/big.ttl.tmp.*")
    assert not left, f"{sig.name}: left behind {left}"
    assert open(f"{tmp}/big.ttl").read() == "an earlier graph\n", f"{sig.name}: the earlier file changed"
    print(f"ok: {sig.name} removed the temporary file")
PY
echo ok
