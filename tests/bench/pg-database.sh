#!/usr/bin/env bash
# Creates a fresh database on the PostgreSQL server of PUENTEBOT_POSTGRES (an Npgsql admin connection string) and
# prints its Npgsql connection string. Used by peers.sh and two-instances.sh.
set -euo pipefail
name="pb_bench_$(date +%s)_$$_$RANDOM"
python3 - "$name" <<'PY'
import os, subprocess, sys
name = sys.argv[1]
parts = dict(p.split("=", 1) for p in os.environ["PUENTEBOT_POSTGRES"].split(";") if "=" in p)
env = dict(os.environ, PGPASSWORD=parts.get("Password", ""))
subprocess.run(["psql", "-q", "-h", parts.get("Host", "127.0.0.1"), "-p", parts.get("Port", "5432"),
                "-U", parts.get("Username", "postgres"), "-d", parts.get("Database", "postgres"),
                "-c", f"CREATE DATABASE {name};"], check=True, env=env)
parts["Database"] = name
print(";".join(f"{k}={v}" for k, v in parts.items()))
PY
