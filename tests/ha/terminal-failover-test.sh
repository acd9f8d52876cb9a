#!/usr/bin/env bash
# A running kiosk and agent workstation through real failovers (docs/operations.md, "What a
# failover looks like"): Patroni + etcd + a primary and its synchronous standby, and the
# widget test ha_terminal_failover (offscreen) on the multi-host URL. Whenever the test asks
# (it writes $KIOSK_HA_KILL_REQUEST with a payment in flight), the primary's postmaster is
# SIGKILLed; once Patroni has promoted the standby and the old primary is back as a
# standby that refused every write (ha_guard_old_primary), $KIOSK_HA_KILL_DONE appears.
#   tests/ha/terminal-failover-test.sh BUILD_DIR
set -euo pipefail
BUILD=${1:?usage: terminal-failover-test.sh BUILD_DIR}
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=ha-cluster.sh
source "$HERE/ha-cluster.sh"

KILLER_PID= TEST_PID=
cleanup() {
  local status=$?
  set +e
  [[ -n $KILLER_PID ]] && kill "$KILLER_PID" 2>/dev/null && wait "$KILLER_PID" 2>/dev/null
  # The test's own process group: a paygate-sim a crashed test left behind would keep
  # ctest's output pipe open until the timeout.
  [[ -n $TEST_PID ]] && kill -- -"$TEST_PID" 2>/dev/null
  if ((status != 0)) && [[ -n ${HA_DIR:-} ]]; then
    tail -n 15 "$HA_DIR"/log-*/patroni.log >&2 2>/dev/null || true
  fi
  ha_cleanup
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

ha_start
psql -XAtq "$(ha_url)" -c "CREATE TABLE ha_probe (note text NOT NULL, at timestamptz NOT NULL DEFAULT now())"
export KIOSK_HA_URL KIOSK_HA_KILL_REQUEST KIOSK_HA_KILL_DONE
KIOSK_HA_URL=$(ha_url)
KIOSK_HA_KILL_REQUEST=$HA_DIR/kill-request
KIOSK_HA_KILL_DONE=$HA_DIR/kill-done

serve_kills() {
  while :; do
    if [[ -f $KIOSK_HA_KILL_REQUEST ]]; then
      rm -f "$KIOSK_HA_KILL_REQUEST"
      ha_kill_primary >/dev/null
      ha_wait 60 "a new primary" ha_promoted || return 1
      ha_log "new primary: $(ha_leader)"
      ha_guard_old_primary "$HA_KILLED" 90 || return 1
      touch "$KIOSK_HA_KILL_DONE"
    fi
    sleep 0.1
  done
}
serve_kills &
KILLER_PID=$!

# setsid: the test and the paygate-sim it starts form a process group of their own.
QT_QPA_PLATFORM=offscreen setsid "$BUILD/tests/ha/ha_terminal_failover" &
TEST_PID=$!
wait "$TEST_PID"
ha_log "passed: kiosk and agent workstation carried on through two Patroni failovers"
