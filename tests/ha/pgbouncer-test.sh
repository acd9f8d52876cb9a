#!/usr/bin/env bash
# The kiosk behind pgbouncer 1.18 (docs/operations.md, "pgbouncer"):
#  1. Qt's PostgreSQL driver prepares with SQL PREPARE/EXECUTE (server log), i.e. session state;
#  2. the traveller's journey (kiosk_load, 8 terminals, invariants checked) passes through a
#     session-mode pool;
#  3. through a transaction-mode pool the same work fails on a prepared statement that
#     another client's server connection does not know — why session mode is required.
#   tests/ha/pgbouncer-test.sh BUILD_DIR
set -euo pipefail
BUILD=${1:?usage: pgbouncer-test.sh BUILD_DIR}
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=pgbouncer-cluster.sh
source "$HERE/pgbouncer-cluster.sh"
trap pb_cleanup EXIT
trap 'exit 130' INT TERM

PB_PG_OPTIONS="-c log_statement=all" pb_start
echo "pgbouncer: $(pb_url sess) (session) and $(pb_url tx) (transaction) in front of port $PB_PG_PORT"

"$BUILD/tests/bench/kiosk_load" --db "$(pb_url sess)" --in-place --terminals 8 --seconds 15 --flights 100 --think-ms 10
grep -q "statement: PREPARE qpsqlpstmt_" "$PB_DIR/postgres.log" \
  || { echo "pgbouncer: no SQL-level PREPARE in the server log; docs/operations.md needs a look" >&2; exit 1; }
grep -q "statement: EXECUTE qpsqlpstmt_" "$PB_DIR/postgres.log" \
  || { echo "pgbouncer: no SQL-level EXECUTE in the server log" >&2; exit 1; }
echo "pgbouncer: the driver prepares with SQL PREPARE/EXECUTE (server log), session state"

if out=$("$BUILD/tests/bench/kiosk_load" --db "$(pb_url tx)" --in-place --terminals 8 --seconds 10 --flights 100 2>&1); then
  echo "$out"
  echo "pgbouncer: the journey passed in transaction mode; docs/operations.md says it cannot" >&2
  exit 1
fi
# The server's message may come quoted as it is, or escaped (\"qpsqlpstmt_1\") by the log.
grep -Eq 'prepared statement \\?"?qpsqlpstmt_[0-9a-f]+\\?"? (does not exist|already exists)' <<<"$out" \
  || { echo "$out"; echo "pgbouncer: transaction mode failed, but not on a prepared statement" >&2; exit 1; }
echo "pgbouncer: transaction mode breaks the prepared statements, as documented:"
grep -Eo -m1 'prepared statement \\?"?qpsqlpstmt_[0-9a-f]+\\?"? (does not exist|already exists)' <<<"$out"
