#!/usr/bin/env bash
# The failover proof of docs/operations.md ("High availability"): a primary and a synchronous
# standby under Patroni and etcd, 8 kiosk_load terminals selling through the multi-host URL,
# the primary SIGKILLed several times at random moments, Patroni promoting the standby (no
# manual step). After each promotion, until the crashed primary is back as synchronous
# standby, writes are tried on it directly and through the URL: all must be refused. kiosk_load then reconciles every payment the crashes left open and fails
# unless every booking a terminal showed as confirmed is CONFIRMED with its capture on the
# new primary, no seat has two active lines, no attempt stays open and every terminal sold
# again after the last kill. It prints the time from each kill to the first successful hold.
#   tests/ha/failover-test.sh BUILD_DIR      (KIOSK_HA_SECONDS=90 KIOSK_HA_KILLS=3 by default)
set -euo pipefail

BUILD=${1:?usage: failover-test.sh BUILD_DIR}
RUN_SECONDS=${KIOSK_HA_SECONDS:-90}
KILLS=${KIOSK_HA_KILLS:-3}
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=ha-cluster.sh
source "$HERE/ha-cluster.sh"

SIM_PID=
cleanup() {
  local status=$?
  set +e
  [[ -n $SIM_PID ]] && kill "$SIM_PID" 2>/dev/null && wait "$SIM_PID" 2>/dev/null
  if ((status != 0)) && [[ -n ${HA_DIR:-} ]]; then
    tail -n 15 "$HA_DIR"/log-*/patroni.log >&2 2>/dev/null || true
  fi
  ha_cleanup
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

ha_start
ha_log "primary $(ha_leader), synchronous standby ready; $(ha_url)"
psql -XAtq "$(ha_url)" -c "CREATE TABLE ha_probe (note text NOT NULL, at timestamptz NOT NULL DEFAULT now())"

# One gateway for all terminals and the reconciler, as in production: an attempt a crash
# cut off can be looked up by whoever settles it.
coproc SIM { exec "$BUILD/app/paygate-sim/paygate-sim" --port 0; }
SIM_PID=$SIM_PID
read -r -t 10 line <&"${SIM[0]}"
GATEWAY=${line##* }
ha_log "paygate-sim at $GATEWAY"

RUN=$HA_DIR/run
mkdir -p "$RUN/journal"
: >"$RUN/kills"
"$BUILD/tests/bench/kiosk_load" --db "$(ha_url)" --terminals 8 --seconds "$RUN_SECONDS" --flights 200 \
  --think-ms 20 --ttl 5 --gateway "$GATEWAY" --attempt-seconds 5 --seed "$RANDOM" \
  --journal-dir "$RUN/journal" --kill-log "$RUN/kills" >"$RUN/report" 2>"$RUN/load.err" &
LOAD_PID=$!

# The clock starts with the first sale (loading the flights takes a while on a busy machine).
# Kill k falls at a random moment of its own window; the last leaves 25 s to resume selling.
# Each waits until the old primary has rejoined as synchronous standby: with nobody to
# promote, Patroni would (rightly) restart the crashed primary instead.
ha_wait 300 "the first sale" grep -qs "^hold " "$RUN"/journal/terminal-0.journal
start=$SECONDS
window=$(((RUN_SECONDS - 30) / KILLS))
for ((k = 0; k < KILLS; k++)); do
  at=$((3 + k * window + RANDOM % (window - 5)))
  while ((SECONDS - start < at)); do sleep 0.2; done
  ha_wait_sync_pair 60
  ha_kill_primary >>"$RUN/kills"
  ha_wait 60 "a new primary" ha_promoted
  ha_log "new primary: $(ha_leader)"
  # Split brain: the old primary comes back (Patroni restarts it) and is never written to.
  ha_guard_old_primary "$HA_KILLED" 90
done

status=0
wait "$LOAD_PID" || status=$?
cat "$RUN/report"
[[ $status -eq 0 ]] || { cat "$RUN/load.err" >&2; echo "ha: kiosk_load failed ($status)" >&2; exit 1; }

# After everything, exactly one node accepts writes and the other follows it.
ha_wait_sync_pair 60
writable=0
for node in "${HA_NODES[@]}"; do
  [[ $(psql -XAtq "$(ha_node_url "$node")" -c "SELECT NOT pg_is_in_recovery()") == t ]] && writable=$((writable + 1))
done
[[ $writable -eq 1 ]] || { echo "ha: $writable writable nodes after the run" >&2; exit 1; }
ha_log "passed: $KILLS kills, one writable node, its synchronous standby streaming"
