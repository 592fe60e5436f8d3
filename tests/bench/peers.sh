#!/usr/bin/env bash
# Measures PuenteBot's /api/messages (expectReplies, full turn with SQLite) side by side with the Bot Framework
# JS SDK's dialog bot and a bare Kestrel endpoint, in one run of ../shared/bench/run-peers.sh.
# usage: tests/bench/peers.sh            (RUNS, DURATION, WARMUP, TARGETS pass through to run-peers.sh)
#        PROVIDER=postgres tests/bench/peers.sh   the bot on PostgreSQL: a fresh database per bot process on the
#                                                 server of PUENTEBOT_POSTGRES (tests/postgres/start.sh)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
bench="$root/../shared/bench"
[ -x "$bench/run-peers.sh" ] || { echo "needs ../shared/bench/run-peers.sh beside the repository" >&2; exit 1; }

dotnet build "$root/bot" -c Release --nologo -v q
# The shared bench folder is read-only input: run a copy of it, and keep the results under TestResults/.
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -r "$bench" "$work/bench"
chmod -R u+w "$work/bench"
db_dir="$work/db"
mkdir -p "$db_dir"
export OUT="${OUT:-$root/TestResults/bench/$(date -u +%Y%m%dT%H%M%SZ)}"

# Each bot process gets a fresh database file; logging stays at warnings so the console is not measured.
# The .NET processes need about 15 s under this load to finish tiered JIT compilation (the bot's first 5 s run at
# about 4 times the CPU per turn of its steady state), so every target is warmed for 20 s before it is measured;
# WARMUP=5s gives the shared script's default, which measures that warm-up as well (docs/benchmarks.md).
export TARGETS="${TARGETS:-dialog kestrel bot}"
export WARMUP="${WARMUP:-20s}"
export BOT_DIR="$root/bot"
if [ "${PROVIDER:-sqlite}" = postgres ]; then
  : "${PUENTEBOT_POSTGRES:?PROVIDER=postgres needs PUENTEBOT_POSTGRES (eval \"\$(tests/postgres/start.sh)\")}"
  export PUENTEBOT_POSTGRES
  storage="Storage__Provider=postgres Storage__ConnectionString=\"\$(bash $root/tests/bench/pg-database.sh)\""
else
  storage="Storage__ConnectionString=\"Data Source=$db_dir/bench-\$\$.db\""
fi
export BOT_CMD="${BOT_ENV:-} $storage Logging__LogLevel__Default=Warning exec dotnet bin/Release/net10.0/PuenteBot.dll --urls http://127.0.0.1:3978"
export BOT_URL=http://127.0.0.1:3978/api/messages
export BOT_EXPECT='"type":"message"'
cd "$work/bench"
./run-peers.sh
