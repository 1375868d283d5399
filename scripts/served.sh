#!/usr/bin/env bash
# For the README's `serve` examples: starts `claimlog serve` on a free
# port of 127.0.0.1 (on $CLAIMLOG_DB), prints what each PATH answers as
# `curl -s` would (a refusal's body after its status), then stops it.
#     bash scripts/served.sh '/api/events/kz-unrest-2022/summary?metric=deaths'
set -euo pipefail
log=$(mktemp)
claimlog serve --addr 127.0.0.1:0 2>"$log" &
server=$!
trap 'kill "$server" 2>/dev/null; rm -f "$log"' EXIT
for _ in $(seq 50); do
  grep -q 'at http://' "$log" && break
  sleep 0.1
done
addr=$(grep -o 'http://127\.0\.0\.1:[0-9]*' "$log")
for path in "$@"; do
  python3 - "$addr$path" <<'PY'
import sys, urllib.error, urllib.request
try:
    sys.stdout.write(urllib.request.urlopen(sys.argv[1]).read().decode())
except urllib.error.HTTPError as e:
    sys.stdout.write(e.read().decode())
PY
done
