#!/usr/bin/env bash
# Stops the cluster tests/postgres/start.sh started (PUENTEBOT_POSTGRES_DATA) and removes its folder.
set -uo pipefail
data="${PUENTEBOT_POSTGRES_DATA:?run eval \"\$(tests/postgres/start.sh)\" first}"
bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
run=()
[ "$(id -u)" = 0 ] && run=(runuser -u postgres --)
"${run[@]}" "$bin/pg_ctl" -D "$data" stop -m fast >/dev/null 2>&1
rm -rf "$(dirname "$data")"
