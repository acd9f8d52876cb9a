#!/usr/bin/env bash
# What synchronous replication costs and how stale a standby is (docs/benchmarks.md, "High
# availability"): the Patroni pair of ha-cluster.sh, hold_bench (hold + confirm) at 1 and 8
# connections through the multi-host URL with Patroni's synchronous_mode on and off,
# alternated ROUNDS times (on, off, on, off, ...) so a change in the machine's load falls on
# both modes alike; each run loads only the flights it needs (--flights), so loading does not
# dominate a busy machine. Then replica_lag_bench (a hold on the primary until a standby's
# seat map shows it) idle and beside 8 kiosk_load terminals, in each mode. One JSON line per
# hold_bench run ("mode", "round" added) and `uptime` before each round.
#   tests/ha/replication-bench.sh BUILD_DIR [SECONDS] [ROUNDS]
set -euo pipefail

BUILD=${1:?usage: replication-bench.sh BUILD_DIR [SECONDS] [ROUNDS]}
RUN_SECONDS=${2:-10}
ROUNDS=${3:-3}
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=ha-cluster.sh
source "$HERE/ha-cluster.sh"
trap ha_cleanup EXIT
trap 'exit 130' INT TERM

ha_start
for ((round = 1; round <= ROUNDS; round++)); do
  echo "== round $round: $(uptime)"
  for mode in on off; do
    ha_set_sync "$mode"
    for connections in 1 8; do
      # 40 flights of 180 seats: 7,200 seats, far more than 10-20 s sell at these rates.
      "$BUILD/tests/bench/hold_bench" --db "$(ha_url)" --connections "$connections" --seconds "$RUN_SECONDS" \
        --flights 40 --json | sed "s/^{/{\"mode\":\"sync_$mode\",\"round\":$round,/"
    done
  done
done

for mode in on off; do
  ha_set_sync "$mode"
  echo "== replica lag, synchronous_mode $mode, idle: $(uptime)"
  "$BUILD/tests/bench/replica_lag_bench" "$(ha_url)" "$(ha_standby_url)" 300
  echo "== replica lag beside 8 kiosk_load terminals (think 20 ms)"
  "$BUILD/tests/bench/kiosk_load" --db "$(ha_url)" --terminals 8 --seconds 40 --flights 100 \
    --think-ms 20 >"$HA_DIR/load-$mode.txt" 2>&1 &
  load=$!
  # The lag sampling starts once the terminals sell (loading flights comes first).
  ha_wait 300 "the terminals to sell" grep -q "^kiosk_load" "$HA_DIR/load-$mode.txt" || true
  sleep 5
  "$BUILD/tests/bench/replica_lag_bench" "$(ha_url)" "$(ha_standby_url)" 300
  wait "$load" || echo "kiosk_load beside it failed:"
  grep -E "^(kiosk_load|mixed|counts|invariants)|violation|failed|error" "$HA_DIR/load-$mode.txt" | head -8
done
