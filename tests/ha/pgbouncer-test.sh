#!/usr/bin/env bash
# The kiosk behind pgbouncer 1.18 (docs/operations.md, "pgbouncer"):
#  1. Qt's PostgreSQL driver prepares with SQL PREPARE/EXECUTE (server log), i.e. session state;
#  2. the traveller's journey (kiosk_load, 8 terminals, invariants checked) passes through a
#     session-mode pool;
#  3. LISTEN through the session pool: a running `kioskctl watch` (work and LISTEN
#     connection both through pgbouncer) hears a hold another terminal makes;
#  4. through a transaction-mode pool the same work fails on a prepared statement that
#     another client's server connection does not know — why session mode is required.
#   tests/ha/pgbouncer-test.sh BUILD_DIR
set -euo pipefail
BUILD=${1:?usage: pgbouncer-test.sh BUILD_DIR}
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=pgbouncer-cluster.sh
source "$HERE/pgbouncer-cluster.sh"
WATCH_PID=
cleanup() {
  [[ -n $WATCH_PID ]] && kill "$WATCH_PID" 2>/dev/null && wait "$WATCH_PID" 2>/dev/null
  pb_cleanup
}
trap cleanup EXIT
trap 'exit 130' INT TERM

PB_PG_OPTIONS="-c log_statement=all" pb_start
echo "pgbouncer: $(pb_url sess) (session) and $(pb_url tx) (transaction) in front of port $PB_PG_PORT"

"$BUILD/tests/bench/kiosk_load" --db "$(pb_url sess)" --in-place --terminals 8 --seconds 15 --flights 100 --think-ms 10
grep -Eq "execute kiosk_[0-9]+: " "$PB_DIR/postgres.log" \
  || { echo "pgbouncer: no protocol-level prepared statement in the server log; docs/operations.md needs a look" >&2; exit 1; }
echo "pgbouncer: the terminals prepare in the extended protocol (server log: execute kiosk_N), session state"

# LISTEN in session mode. On PostgreSQL a watch re-reads seats only when a notification
# arrives, so the line for the seat proves the notification came through the pooler.
KIOSKCTL=$BUILD/app/kioskctl/kioskctl
read -r flight seat < <(psql -XAtq -F ' ' "$(pb_direct_url sess)" -c "
  SELECT s.flight_id, s.code FROM seats s JOIN flights f ON f.id = s.flight_id
  WHERE f.departure_at > now() + interval '3 hours' AND NOT s.blocked
    AND NOT EXISTS (SELECT 1 FROM booking_lines l WHERE l.seat_id = s.id AND l.active)
  ORDER BY s.id LIMIT 1")
"$KIOSKCTL" --db "$(pb_url sess)" --json watch "$flight" --for 60 >"$PB_DIR/watch.out" 2>"$PB_DIR/watch.err" &
WATCH_PID=$!
waited=0
until grep -q '"event":"watching"' "$PB_DIR/watch.out"; do
  ((++waited < 100)) || { cat "$PB_DIR/watch.err" >&2; echo "pgbouncer: the watch did not start" >&2; exit 1; }
  sleep 0.1
done
"$KIOSKCTL" --db "$(pb_url sess)" --terminal other-desk hold "$flight" "$seat" --passenger "Ada Lovelace" >/dev/null
waited=0
until grep -q "\"seat\":\"$seat\",\"to\":\"held\"" "$PB_DIR/watch.out"; do
  ((++waited < 150)) || { cat "$PB_DIR/watch.out" "$PB_DIR/watch.err" >&2; echo "pgbouncer: the watch did not hear the hold of $seat" >&2; exit 1; }
  sleep 0.1
done
kill "$WATCH_PID" && wait "$WATCH_PID" || true
WATCH_PID=
echo "pgbouncer: a watch through the session pool heard the hold of seat $seat on flight $flight (LISTEN via pgbouncer)"

if out=$("$BUILD/tests/bench/kiosk_load" --db "$(pb_url tx)" --in-place --terminals 8 --seconds 10 --flights 100 2>&1); then
  echo "$out"
  echo "pgbouncer: the journey passed in transaction mode; docs/operations.md says it cannot" >&2
  exit 1
fi
# The server's message may come quoted as it is, or escaped (\"kiosk_1\") by the log; the
# LISTEN connection's statements are QtSql's (qpsqlpstmt_N).
grep -Eq 'prepared statement \\?"?(kiosk|qpsqlpstmt)_[0-9a-f]+\\?"? (does not exist|already exists)' <<<"$out" \
  || { echo "$out"; echo "pgbouncer: transaction mode failed, but not on a prepared statement" >&2; exit 1; }
echo "pgbouncer: transaction mode breaks the prepared statements, as documented:"
grep -Eo -m1 'prepared statement \\?"?(kiosk|qpsqlpstmt)_[0-9a-f]+\\?"? (does not exist|already exists)' <<<"$out"
