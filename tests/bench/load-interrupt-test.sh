#!/bin/bash
# kiosk_load interrupted in the middle of a phase (SIGTERM to it alone, as a service manager
# or a script would send): its terminals are stopped, it exits 1 with no report, and the
# schema and logins it made are gone. Run under packaging/with-postgres.sh (ctest does).
#   load-interrupt-test.sh KIOSK_LOAD
set -u
LOAD=$1
PSQL=${KIOSK_TEST_PG_BIN:-/usr/lib/postgresql/15/bin}/psql
URL=${KIOSK_TEST_PG_URL:?run me under packaging/with-postgres.sh}
out=$(mktemp) err=$(mktemp)
trap 'rm -f "$out" "$err"' EXIT

"$LOAD" --terminals 2 --seconds 120 --logins >"$out" 2>"$err" &
pid=$!
# The run's schema, logins and live terminal connections are named after its pid.
left() {
  "$PSQL" -X -qAt -d "$URL" -c "SELECT (SELECT count(*) FROM pg_namespace WHERE nspname LIKE 'load\\_${pid}\\_%')
    + (SELECT count(*) FROM pg_roles WHERE rolname LIKE 'load\\_${pid}\\_%')"
}
selling() {
  "$PSQL" -X -qAt -d "$URL" -c "SELECT count(*) FROM pg_stat_activity WHERE usename LIKE 'load\\_${pid}\\_%'"
}
for ((i = 0; i < 600; i++)); do
  [[ $(selling) -ge 2 ]] && break
  kill -0 "$pid" 2>/dev/null || break
  sleep 0.2
done
if [[ $(selling) -lt 2 ]]; then
  echo "FAIL: kiosk_load's two terminals never connected"; cat "$err"; kill -9 "$pid"; exit 1
fi
sleep 2 # the terminals sell
kill -TERM "$pid"
wait "$pid"
rc=$?
status=0
[[ $rc -eq 1 ]] || { echo "FAIL: exit $rc after SIGTERM, expected 1"; status=1; }
[[ ! -s $out ]] || { echo "FAIL: a report was printed for a run cut short:"; cat "$out"; status=1; }
grep -q "interrupted: the terminals and pgbench were stopped" "$err" ||
  { echo "FAIL: no word of the interruption on stderr"; status=1; }
[[ $(left) -eq 0 ]] || { echo "FAIL: $(left) schemas and logins of kiosk_load $pid left behind"; status=1; }
[[ $(selling) -eq 0 ]] || { echo "FAIL: terminals of kiosk_load $pid still connected"; status=1; }
((status == 0)) && echo "PASS: kiosk_load stopped its terminals and dropped its schema and logins (exit $rc)"
((status == 0)) || grep -v "applied migration" "$err" | tail -5
exit "$status"
