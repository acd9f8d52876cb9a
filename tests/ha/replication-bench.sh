#!/usr/bin/env bash
# What synchronous replication costs and how stale a standby is (docs/benchmarks.md, "High
# availability"): the Patroni pair of ha-cluster.sh, hold_bench (hold + confirm) at 1 and 8
# connections through the multi-host URL with Patroni's synchronous_mode on, then off, in
# the same run; and replica_lag_bench (a hold on the primary until a standby's seat map
# shows it) idle and beside 8 kiosk_load terminals.
#   tests/ha/replication-bench.sh BUILD_DIR [SECONDS]
set -euo pipefail

BUILD=${1:?usage: replication-bench.sh BUILD_DIR [SECONDS]}
RUN_SECONDS=${2:-20}
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=ha-cluster.sh
source "$HERE/ha-cluster.sh"
trap ha_cleanup EXIT
trap 'exit 130' INT TERM

ha_start
for mode in on off; do
  ha_set_sync "$mode"
  echo "== synchronous_mode $mode (synchronous_standby_names '$(psql -XAtq "$(ha_url)" -c 'SHOW synchronous_standby_names')')"
  for connections in 1 8; do
    echo "-- hold_bench, $connections connections, $RUN_SECONDS s"
    "$BUILD/tests/bench/hold_bench" --db "$(ha_url)" --connections "$connections" --seconds "$RUN_SECONDS"
  done
  echo "-- replica lag, idle"
  "$BUILD/tests/bench/replica_lag_bench" "$(ha_url)" "$(ha_standby_url)" 300
  echo "-- replica lag beside 8 kiosk_load terminals (think 20 ms)"
  "$BUILD/tests/bench/kiosk_load" --db "$(ha_url)" --terminals 8 --seconds "$RUN_SECONDS" --flights 200 \
    --think-ms 20 >"$HA_DIR/load-$mode.txt" 2>&1 &
  load=$!
  sleep 3
  "$BUILD/tests/bench/replica_lag_bench" "$(ha_url)" "$(ha_standby_url)" 300
  wait "$load" || echo "kiosk_load beside it failed:"
  grep -E "^(kiosk_load|mixed|counts|invariants)|violation|failed|error" "$HA_DIR/load-$mode.txt" | head -8
done
