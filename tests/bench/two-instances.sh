#!/usr/bin/env bash
# Two PuenteBot instances on one PostgreSQL database, loaded at once by two wrk processes (one per instance, each
# with its own 1,000 conversations), as two instances behind a round-robin balancer would be. Prints each instance's
# figures and the total. Needs PUENTEBOT_POSTGRES (eval "$(tests/postgres/start.sh)") and ../shared/bench.
# usage: tests/bench/two-instances.sh     (DURATION, WARMUP as for peers.sh; CONNECTIONS per instance, default 16)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
bench="$root/../shared/bench"
: "${PUENTEBOT_POSTGRES:?needs PUENTEBOT_POSTGRES (eval \"\$(tests/postgres/start.sh)\")}"
command -v wrk >/dev/null || { echo "needs wrk (apt-get install -y wrk)" >&2; exit 1; }
DURATION="${DURATION:-15s}"; WARMUP="${WARMUP:-20s}"; CONNECTIONS="${CONNECTIONS:-16}"
OUT="${OUT:-$root/TestResults/bench/two-$(date -u +%Y%m%dT%H%M%SZ)}"
mkdir -p "$OUT"
dotnet build "$root/bot" -c Release --nologo -v q
work=$(mktemp -d)
pids=()
trap 'kill "${pids[@]}" 2>/dev/null; rm -rf "$work"' EXIT
sed 's/conv-%d-%d/conv-a%d-%d/' "$bench/load/activity.lua" > "$work/a.lua"
sed 's/conv-%d-%d/conv-b%d-%d/' "$bench/load/activity.lua" > "$work/b.lua"
database=$(bash "$root/tests/bench/pg-database.sh")
for port in 3978 3981; do
  (cd "$root/bot" && Storage__Provider=postgres Storage__ConnectionString="$database" Logging__LogLevel__Default=Warning \
    exec dotnet bin/Release/net10.0/PuenteBot.dll --urls "http://127.0.0.1:$port") > "$OUT/bot-$port.log" 2>&1 &
  pids+=($!)
done
for port in 3978 3981; do
  for _ in $(seq 1 120); do curl -sf -o /dev/null "http://127.0.0.1:$port/healthz/live" && break; sleep 0.5; done
done
load() { # seconds-spec file-prefix
  wrk -t1 -c"$CONNECTIONS" -d"$1" --latency -s "$work/a.lua" http://127.0.0.1:3978/api/messages -- 1000 1 > "$2-a.txt" &
  local wa=$!
  wrk -t1 -c"$CONNECTIONS" -d"$1" --latency -s "$work/b.lua" http://127.0.0.1:3981/api/messages -- 1000 1 > "$2-b.txt"
  wait $wa
}
load "$WARMUP" "$work/warm"
cpu() { awk '{print $14+$15}' "/proc/$1/stat"; }
a0=$(cpu "${pids[0]}"); b0=$(cpu "${pids[1]}")
load "$DURATION" "$OUT/wrk"
a1=$(cpu "${pids[0]}"); b1=$(cpu "${pids[1]}")
tick=$(getconf CLK_TCK)
python3 - "$OUT" "$((a1 - a0))" "$((b1 - b0))" "$tick" <<'PY'
import re, sys
out, ta, tb, tick = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
total = 0; reqs = 0; rows = []
for name, ticks in (("a", ta), ("b", tb)):
    text = open(f"{out}/wrk-{name}.txt").read()
    rps = float(re.search(r"Requests/sec:\s*([\d.]+)", text).group(1))
    n = int(re.search(r"(\d+) requests in", text).group(1))
    errors = sum(int(x) for x in re.findall(r"(?:Non-2xx or 3xx responses|Socket errors:.*?timeout) (\d+)", text))
    def pct(p):
        m = re.search(rf"^\s*{p}%\s+([\d.]+)(us|ms|s)", text, re.M)
        v = float(m.group(1)); return v / 1000 if m.group(2) == "us" else v * 1000 if m.group(2) == "s" else v
    rows.append((name, rps, pct(50), pct(99), errors, ticks * 1e6 / tick / max(n, 1)))
    total += rps; reqs += n
print("instance  req/s   p50_ms  p99_ms  errors  cpu_us/req")
for r in rows: print(f"{r[0]:8} {r[1]:7.0f} {r[2]:8.2f} {r[3]:7.2f} {r[4]:7d} {r[5]:10.1f}")
print(f"total    {total:7.0f}          cpu_us/req {(ta + tb) * 1e6 / tick / max(reqs, 1):.1f}")
PY
