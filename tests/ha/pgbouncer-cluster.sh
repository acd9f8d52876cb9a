#!/usr/bin/env bash
# Sourced by the pgbouncer scripts of tests/ha: a throwaway PostgreSQL 15 on 127.0.0.1 and
# one pgbouncer (Debian 12: 1.18) in front of it, with two pools on the same server:
#   sess  pool_mode = session      the work connection and LISTEN, as docs/operations.md advises
#   tx    pool_mode = transaction  to show what breaks there (QPSQL's SQL-level PREPARE)
#   *     any other database of the server, session mode
# sess and tx reach empty databases of their own. pb_cleanup removes everything.
PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}

# As root, programs run as postgres (initdb and pgbouncer refuse root).
as_pg() {
  if [[ $EUID -eq 0 ]]; then
    env -C "$PB_DIR" "HOME=$PB_DIR" setpriv --reuid=postgres --regid=postgres --init-groups -- "$@"
  else
    "$@"
  fi
}

pb_start() {
  [[ -x /usr/sbin/pgbouncer ]] || { echo "pgbouncer: not installed (Debian pgbouncer; packaging/bootstrap.sh)" >&2; return 1; }
  PB_DIR=$(mktemp -d /tmp/kiosk-pgbouncer.XXXXXX)
  chmod 755 "$PB_DIR"
  # Above Linux's ephemeral ports, apart from ha-cluster.sh's 61000-62999.
  local base=$((63000 + (RANDOM % 200) * 10))
  PB_PG_PORT=$base PB_PORT=$((base + 1))
  if [[ $EUID -eq 0 ]]; then chown postgres:postgres "$PB_DIR"; fi
  as_pg "$PG_BIN/initdb" -D "$PB_DIR/data" -A trust -U kiosk -E UTF8 --locale=C.UTF-8 >"$PB_DIR/initdb.log" 2>&1 \
    || { cat "$PB_DIR/initdb.log" >&2; return 1; }
  as_pg "$PG_BIN/pg_ctl" -D "$PB_DIR/data" -l "$PB_DIR/postgres.log" -w -t 60 \
    -o "-k $PB_DIR -p $PB_PG_PORT -c listen_addresses=127.0.0.1 -c max_connections=${PB_MAX_CONNECTIONS:-300} ${PB_PG_OPTIONS:-}" \
    start >/dev/null || { cat "$PB_DIR/postgres.log" >&2; return 1; }
  psql -XAtq "postgresql://kiosk@127.0.0.1:$PB_PG_PORT/postgres" -c "CREATE DATABASE sess" -c "CREATE DATABASE tx" >/dev/null
  echo '"kiosk" ""' >"$PB_DIR/userlist.txt"
  cat >"$PB_DIR/pgbouncer.ini" <<INI
[databases]
sess = host=127.0.0.1 port=$PB_PG_PORT dbname=sess pool_mode=session
tx = host=127.0.0.1 port=$PB_PG_PORT dbname=tx pool_mode=transaction pool_size=4
* = host=127.0.0.1 port=$PB_PG_PORT pool_mode=session
[pgbouncer]
listen_addr = 127.0.0.1
listen_port = $PB_PORT
unix_socket_dir =
auth_type = trust
auth_file = $PB_DIR/userlist.txt
max_client_conn = 1000
default_pool_size = ${PB_POOL_SIZE:-250}
logfile = $PB_DIR/pgbouncer.log
pidfile = $PB_DIR/pgbouncer.pid
INI
  if [[ $EUID -eq 0 ]]; then chown -R postgres:postgres "$PB_DIR"; fi
  as_pg /usr/sbin/pgbouncer -d "$PB_DIR/pgbouncer.ini" || { cat "$PB_DIR/pgbouncer.log" >&2; return 1; }
  local tries=0
  until psql -XAtq "$(pb_url sess)" -c "SELECT 1" >/dev/null 2>&1; do
    ((++tries < 50)) || { cat "$PB_DIR/pgbouncer.log" >&2; return 1; }
    sleep 0.2
  done
}

pb_url() { echo "postgresql://kiosk@127.0.0.1:$PB_PORT/$1"; }
pb_direct_url() { echo "postgresql://kiosk@127.0.0.1:$PB_PG_PORT/$1"; }

pb_cleanup() {
  [[ -n ${PB_DIR:-} && -d $PB_DIR ]] || return 0
  set +e
  [[ -f $PB_DIR/pgbouncer.pid ]] && kill -TERM "$(cat "$PB_DIR/pgbouncer.pid")" 2>/dev/null
  as_pg "$PG_BIN/pg_ctl" -D "$PB_DIR/data" -m immediate -w stop >/dev/null 2>&1 || true
  rm -rf "$PB_DIR"
}
