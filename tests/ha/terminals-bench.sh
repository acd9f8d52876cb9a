#!/usr/bin/env bash
# Terminals per server, with and without pgbouncer (docs/benchmarks.md, "High availability"):
# kiosk_load with 64 and 200 terminal processes at a person's pace (--think-ms, default
# 1000) straight to PostgreSQL and through pgbouncer in session mode, each run in a fresh
# database of the same server; prints kiosk_load's report and the server's peak backends.
#   tests/ha/terminals-bench.sh BUILD_DIR [SECONDS] [THINK_MS]
set -euo pipefail
BUILD=${1:?usage: terminals-bench.sh BUILD_DIR [SECONDS] [THINK_MS]}
RUN_SECONDS=${2:-45}
THINK_MS=${3:-1000}
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=pgbouncer-cluster.sh
source "$HERE/pgbouncer-cluster.sh"
trap pb_cleanup EXIT
trap 'exit 130' INT TERM

pb_start
admin=$(pb_direct_url postgres)
for terminals in 64 200; do
  for via in direct pgbouncer; do
    db="t${terminals}_$via"
    psql -XAtq "$admin" -c "CREATE DATABASE $db" >/dev/null
    url=$(pb_direct_url "$db")
    [[ $via == pgbouncer ]] && url=$(pb_url "$db")
    echo "== $terminals terminals, $via, think $THINK_MS ms, $RUN_SECONDS s"
    "$BUILD/tests/bench/kiosk_load" --db "$url" --in-place --terminals "$terminals" --seconds "$RUN_SECONDS" \
      --flights 100 --think-ms "$THINK_MS" &
    load=$!
    peak=0
    while kill -0 "$load" 2>/dev/null; do
      now=$(psql -XAtq "$admin" -c "SELECT count(*) FROM pg_stat_activity WHERE backend_type = 'client backend'")
      ((now > peak)) && peak=$now
      sleep 2
    done
    wait "$load" || echo "kiosk_load failed"
    echo "server client backends at peak: $peak"
  done
done
