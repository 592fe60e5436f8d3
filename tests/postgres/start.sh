#!/usr/bin/env bash
# Starts a throw-away PostgreSQL cluster from Debian's postgresql package on a free loopback port and prints the
# line that points the tests at it:   eval "$(tests/postgres/start.sh)"   then   dotnet test
# Installs the package when it is missing (as root). The cluster lives in a temporary folder; stop it with
#   pg_ctl -D "$PUENTEBOT_POSTGRES_DATA" stop   (printed too).
set -euo pipefail

bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
  if [ "$(id -u)" = 0 ]; then
    (apt-get install -y -qq postgresql >/dev/null 2>&1 || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null; })
    bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
  else
    echo "PostgreSQL is not installed: sudo apt-get install -y postgresql" >&2
    exit 1
  fi
fi

data=$(mktemp -d /tmp/puentebot-pg.XXXXXX)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
password=$(head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')
run=()
if [ "$(id -u)" = 0 ]; then
  # initdb refuses to run as root: the cluster belongs to the postgres user the package created.
  id postgres >/dev/null 2>&1 || useradd --system --home-dir /var/lib/postgresql postgres
  chown postgres "$data"
  run=(runuser -u postgres --)
fi
printf '%s\n' "$password" > "$data.pw"
chmod 644 "$data.pw"
"${run[@]}" "$bin/initdb" -D "$data/db" -U puentebot --pwfile="$data.pw" --auth=scram-sha-256 -E UTF8 --locale=C.UTF-8 >/dev/null
rm -f "$data.pw"
"${run[@]}" "$bin/pg_ctl" -D "$data/db" -l "$data/server.log" -w \
  -o "-c listen_addresses=127.0.0.1 -p $port -k $data -c fsync=off -c max_connections=300" start >/dev/null
echo "export PUENTEBOT_POSTGRES='Host=127.0.0.1;Port=$port;Username=puentebot;Password=$password;Database=postgres'"
echo "export PUENTEBOT_POSTGRES_DATA='$data/db'"
