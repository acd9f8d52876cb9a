#!/usr/bin/env bash
# Runs a command beside a throwaway PostgreSQL 15 cluster and always removes the cluster
# afterwards (also on failure or Ctrl-C). The command sees KIOSK_TEST_PG_URL, a libpq URL.
#   packaging/with-postgres.sh ctest --preset dev
set -euo pipefail

PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}
[[ -x "$PG_BIN/initdb" ]] || { echo "with-postgres: $PG_BIN/initdb not found (install postgresql-15)" >&2; exit 1; }

# The cluster trusts every local connection, so its socket directory is private: only the
# cluster's owner (and root, who may run the tests) can reach it.
workdir=$(mktemp -d /tmp/kiosk-pg.XXXXXX)
chmod 700 "$workdir"
mkdir -p -m 700 "$workdir/data" "$workdir/socket"
# The socket lives in our private directory, so any port number is free; vary it anyway
# so two runs on one machine never share a socket name.
port=$((20000 + RANDOM % 20000))

as_pg() {
  if [[ $EUID -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}
if [[ $EUID -eq 0 ]]; then chown -R postgres:postgres "$workdir"; fi

cleanup() {
  local status=$?
  as_pg "$PG_BIN/pg_ctl" -D "$workdir/data" -m immediate -w stop >/dev/null 2>&1 || true
  rm -rf "$workdir"
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

as_pg "$PG_BIN/initdb" -D "$workdir/data" -A trust -U kiosk -E UTF8 --locale=C.UTF-8 >"$workdir/initdb.log" 2>&1 \
  || { cat "$workdir/initdb.log" >&2; exit 1; }
as_pg "$PG_BIN/pg_ctl" -D "$workdir/data" -l "$workdir/postgres.log" -w -t 60 \
  -o "-k $workdir/socket -p $port -c listen_addresses='' -c max_connections=200 -c shared_buffers=256MB" start >/dev/null \
  || { cat "$workdir/postgres.log" >&2; exit 1; }

export KIOSK_TEST_PG_URL="postgresql://kiosk@/postgres?host=$workdir/socket&port=$port"
export KIOSK_TEST_PG_BIN="$PG_BIN"
echo "with-postgres: PostgreSQL 15 running at $KIOSK_TEST_PG_URL"
"$@"
