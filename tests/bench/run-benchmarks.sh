#!/usr/bin/env bash
# Hold + confirm on PostgreSQL: hold_bench (BookingService, one connection per thread)
# beside pgbench running the same SQL (hold_confirm.pgbench), with 1 and 16 connections,
# each run on fresh data in its own schema of the same cluster. Then an open loop at a
# fixed arrival rate (hold_bench --rate, pgbench -R). Then the hold alone at each connection
# count (kiosk_load --pgbench: terminal processes against pgbench on the same SQL,
# hold.pgbench, and on the least SQL of a hold, hold_minimal.pgbench). Prints tables for
# docs/benchmarks.md.
#
#   packaging/with-postgres.sh tests/bench/run-benchmarks.sh BUILD_DIR [SECONDS]
#   packaging/dev.sh bench [SECONDS]
#
# Needs KIOSK_TEST_PG_URL (and KIOSK_TEST_PG_BIN for pgbench and psql), which
# packaging/with-postgres.sh sets. Knobs: KIOSK_BENCH_CONNECTIONS="1 16" (the series),
# KIOSK_BENCH_REPEAT=N (rounds per connection count; even rounds run pgbench first, so
# neither side always gets the quieter half; the hold alone reports the medians of its N
# rounds: kiosk_load --rounds), KIOSK_BENCH_OPEN_RATES="50 auto" (open-loop rates in ops/s at the last connection count;
# auto = half of pgbench's closed-loop tps there; "" for none), KIOSK_BENCH_LOGINS="owner
# terminal" (whose logins the hold alone runs on: the owner's, a kiosk login per terminal).
#
# The machine is shared: each run samples `top` and reports how much CPU other processes
# (compilers, other test clusters) took meanwhile, so a disturbed figure can be told apart.
set -euo pipefail

usage() { echo "usage: $0 BUILD_DIR [SECONDS]   (under packaging/with-postgres.sh)" >&2; exit 2; }
[[ $# -ge 1 && $# -le 2 ]] || usage
BUILD_DIR=$1
RUN_SECONDS=${2:-30}
[[ $RUN_SECONDS =~ ^[0-9]+$ && $RUN_SECONDS -ge 1 ]] || usage
if [[ -z ${KIOSK_TEST_PG_URL:-} ]]; then
  echo "run-benchmarks: KIOSK_TEST_PG_URL is not set; run me under packaging/with-postgres.sh" >&2
  exit 2
fi
PG_BIN=${KIOSK_TEST_PG_BIN:-/usr/lib/postgresql/15/bin}
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
BENCH=$BUILD_DIR/tests/bench/hold_bench
LOAD=$BUILD_DIR/tests/bench/kiosk_load
CONNECTIONS=${KIOSK_BENCH_CONNECTIONS:-"1 16"}
REPEAT=${KIOSK_BENCH_REPEAT:-1}
OPEN_RATES=${KIOSK_BENCH_OPEN_RATES-50 auto}
LOGINS=${KIOSK_BENCH_LOGINS-owner terminal}
[[ -x $BENCH && -x $LOAD ]] || { echo "run-benchmarks: $BENCH or $LOAD not built (cmake --build $BUILD_DIR --target hold_bench kiosk_load)" >&2; exit 2; }
[[ -x $PG_BIN/pgbench ]] || { echo "run-benchmarks: $PG_BIN/pgbench not found (postgresql-15)" >&2; exit 2; }

work=$(mktemp -d /tmp/kiosk-bench.XXXXXX)
trap 'rm -rf "$work"' EXIT
status=0

pg() { "$PG_BIN/psql" -X -q -A -t -v ON_ERROR_STOP=1 -d "$KIOSK_TEST_PG_URL" "$@"; }
# A number out of hold_bench's compact JSON; `json_object NAME` narrows to a nested object.
json_number() { grep -o "$1:[-0-9.eE+]*" | head -1 | cut -d: -f2; }
json_object() { grep -o "\"$1\":{[^}]*}"; }
fmt() { LC_ALL=C printf "%.${2:-2}f" "${1:-0}"; }
# The same quiet start for every run: dirty pages flushed, nothing left from the last run.
quiesce() { pg -c CHECKPOINT >/dev/null; sleep 1; }
# Other processes' CPU while a run goes on: `top` every 2 s, everything that is not the
# benchmark's own (postgres backends, hold_bench, pgbench) summed as % of one core.
sampler_start() {
  sampler_pid=''
  command -v top >/dev/null || return 0
  top -b -d 2 -w 256 >"$work/top.txt" 2>/dev/null &
  sampler_pid=$!
}
sampler_stop() { # sets others ("35% (cc1plus 30, ninja 3)")
  others='n/a'
  [[ -n $sampler_pid ]] || return 0
  kill "$sampler_pid" 2>/dev/null || true
  wait "$sampler_pid" 2>/dev/null || true
  others=$(awk '/^top -/ { n++; next }
    n >= 2 && $1 ~ /^[0-9]+$/ && NF >= 12 && $12 !~ /^(postgres|hold_bench|kiosk_load|pgbench|top)$/ { cpu[$12] += $9 }
    END { if (n < 2) { print "n/a"; exit }
      for (c in cpu) { total += cpu[c] / (n - 1); if (cpu[c] / (n - 1) >= 1) list = list sprintf("%s %.0f, ", c, cpu[c] / (n - 1)) }
      sub(/, $/, "", list); printf "%.0f%%%s", total, (list == "" ? "" : " (" list ")") }' "$work/top.txt")
  echo "   other processes meanwhile: $others of one core"
}
percentile() { # percentile P FILE (sorted numbers; nearest rank, as hold_bench)
  awk -v p="$1" '{ v[NR] = $1 } END { if (NR == 0) { print 0; exit }
    r = int(p / 100 * NR); if (r < p / 100 * NR) r++; if (r < 1) r = 1; print v[r] }' "$2"
}

# run_ours CONNECTIONS [RATE]: sets ours_rate ours_p50 ours_p99 ours_hold_p99 ours_violations
# ours_cpu (client CPU ms per hold + confirm), others
run_ours() {
  local c=$1 rate=${2:-} out=$work/ours-$1-${2:-closed}-$RANDOM
  local cmd=("$BENCH" --connections "$c" --seconds "$RUN_SECONDS" --json)
  [[ -n $rate ]] && cmd+=(--rate "$rate")
  quiesce
  echo "\$ ${cmd[*]}"
  sampler_start
  if ! "${cmd[@]}" >"$out.json" 2>"$out.err"; then
    echo "run-benchmarks: hold_bench failed:" >&2
    cat "$out.err" >&2
    status=1
  fi
  sampler_stop
  cat "$out.json"
  local total hold
  total=$(json_object hold_confirm_ms <"$out.json" || true)
  hold=$(json_object hold_ms <"$out.json" || true)
  ours_rate=$(json_number '"ops_per_sec"' <"$out.json" || true)
  ours_p50=$(json_number '"p50"' <<<"$total" || true)
  ours_p99=$(json_number '"p99"' <<<"$total" || true)
  ours_hold_p99=$(json_number '"p99"' <<<"$hold" || true)
  ours_violations=$(json_number '"violations"' <"$out.json" || true)
  ours_cpu=$(json_number '"client_cpu_ms_per_op"' <"$out.json" || true)
}

# run_pgbench CONNECTIONS SCRIPT SEATS_HINT [RATE]: fresh schema of the same shape, pgbench,
# then hold_bench --verify-only on what it left. Sets pgb_tps pgb_avg pgb_p50 pgb_p99 pgb_cpu
# (pgbench's own CPU ms per transaction), others.
run_pgbench() {
  local c=$1 script=$2 hint=$3 rate=${4:-}
  local name
  name=$(basename "$script" .pgbench)
  local schema="pgb_${name}_c${c}_${rate:-closed}_$$" log=$work/pgb-$name-$c-${rate:-closed}-$RANDOM
  # Enough seats for 3x the rate seen so far: running out would abort pgbench's clients.
  local flights
  flights=$(awk -v r="${hint:-0}" -v s="$RUN_SECONDS" 'BEGIN { if (r < 300) r = 300; printf "%d", r * 3 * s / 180 + 10 }')
  local prep url first
  prep=$("$BENCH" --prepare-only --json --schema "$schema" --flights "$flights")
  url=$(sed 's/.*"url":"\([^"]*\)".*/\1/' <<<"$prep")
  first=$(json_number '"first_flight_id"' <<<"$prep")
  local cmd=("$PG_BIN/pgbench" -n -M prepared -c "$c" -j "$((c < 2 ? c : 2))" -T "$RUN_SECONDS")
  [[ -n $rate ]] && cmd+=(-R "$rate")
  cmd+=(-D clients="$c" -D iter=0 -D first_flight="$first" -f "$script" -l --log-prefix="$log" "$url")
  quiesce
  echo "\$ ${cmd[*]}"
  sampler_start
  local TIMEFORMAT='%U %S'
  { time "${cmd[@]}" >"$log.out" 2>&1 || status=1; } 2>"$log.time"
  sampler_stop
  grep -E "processed|failed|latency average|lag|^tps|aborted|error" "$log.out" || true
  local processed
  processed=$(sed -n 's/^number of transactions actually processed: \([0-9]*\).*/\1/p' "$log.out")
  pgb_tps=$(sed -n 's/^tps = \([0-9.]*\).*/\1/p' "$log.out")
  pgb_avg=$(sed -n 's/^latency average = \([0-9.]*\) ms.*/\1/p' "$log.out")
  pgb_cpu=$(awk -v n="${processed:-0}" '{ if (n > 0) printf "%.2f", ($1 + $2) * 1000 / n; else print 0 }' "$log.time")
  # Per-transaction log: column 3 is the latency in microseconds (from the scheduled start under -R).
  cat "$log".[0-9]* 2>/dev/null | awk '{ print $3 / 1000 }' | sort -g >"$log.sorted"
  pgb_p50=$(percentile 50 "$log.sorted")
  pgb_p99=$(percentile 99 "$log.sorted")
  # pgbench did the real work: each transaction left a CONFIRMED, captured, audited booking.
  "$BENCH" --verify-only --schema "$schema" --expect-confirmed "${processed:-0}" || status=1
  pg -c "SET client_min_messages = warning" -c "DROP SCHEMA $schema CASCADE" >/dev/null
}

# run_hold_only CONNECTIONS LOGINS: kiosk_load's terminals holding one seat each time, then
# pgbench on the same SQL and on the least SQL of a hold; LOGINS "owner" (the owner's login)
# or "terminal" (--logins: a kiosk-class login each, pgbench on one); adds a row to hold_rows.
run_hold_only() {
  local c=$1 logins=$2 out=$work/hold-only-$1-$2-$RANDOM
  local cmd=("$LOAD" --terminals "$c" --seconds "$RUN_SECONDS" --pgbench --rounds "$REPEAT" --json)
  [[ $logins == terminal ]] && cmd+=(--logins)
  quiesce
  echo "\$ ${cmd[*]}"
  sampler_start
  "${cmd[@]}" 2>"$out.err" | tr -d ' \n' >"$out.json" || { echo "run-benchmarks: kiosk_load failed:" >&2; tail -5 "$out.err" >&2; status=1; }
  sampler_stop
  # One side of the comparison: its object up to the end of its latency and the fields after.
  side() { grep -o "\"$1\":{\"client_system_ms_per_op\":[^{]*{[^}]*}[^}]*}" "$out.json" | head -1; }
  local kiosk pgb procs minimal
  kiosk=$(side kiosk) pgb=$(side pgbench) procs=$(side pgbench_processes) minimal=$(side minimal)
  hold_rows+=("$(printf '%5s | %8s | %12s | %9s | %16s | %11s | %5s | %18s | %11s | %5s | %18s | %11s | %13s | %10s | %s' "$c" "$logins" \
    "$(fmt "$(json_number '"tps"' <<<"$kiosk")" 1)" "$(fmt "$(json_number '"p99_ms"' <<<"$kiosk")")" \
    "$(fmt "$(json_number '"client_user_ms_per_op"' <<<"$kiosk")" 3) + $(fmt "$(json_number '"client_system_ms_per_op"' <<<"$kiosk")" 3)" \
    "$(fmt "$(json_number '"tps"' <<<"$pgb")" 1)" "$(fmt "$(json_number '"ratio"' <"$out.json")")" \
    "$(fmt "$(json_number '"client_user_ms_per_op"' <<<"$pgb")" 3) + $(fmt "$(json_number '"client_system_ms_per_op"' <<<"$pgb")" 3)" \
    "$(fmt "$(json_number '"tps"' <<<"$procs")" 1)" "$(fmt "$(json_number '"ratio_to_processes"' <"$out.json")")" \
    "$(fmt "$(json_number '"client_user_ms_per_op"' <<<"$procs")" 3) + $(fmt "$(json_number '"client_system_ms_per_op"' <<<"$procs")" 3)" \
    "$(fmt "$(json_number '"tps"' <<<"$minimal")" 1)" "$(fmt "$(json_number '"ratio_to_minimal"' <"$out.json")")" \
    "$(json_number '"violations"' <"$out.json")" "${others%% *}")")
}

ratio() { awk -v a="${1:-0}" -v b="${2:-0}" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }'; }

echo "== hold + confirm benchmark: $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, $RUN_SECONDS s per run"
echo "   load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "   $(pg -c 'SELECT version()' | cut -d, -f1)"
echo "   settings: $(pg -c "SELECT string_agg(name || '=' || setting || coalesce(unit, ''), ' ' ORDER BY name)
  FROM pg_settings WHERE name IN ('shared_buffers', 'fsync', 'synchronous_commit', 'wal_sync_method',
  'max_connections', 'full_page_writes', 'wal_buffers', 'max_wal_size', 'checkpoint_timeout')")"
echo

main_rows=() open_rows=() hold_rows=()
last_c='' last_tps=''
for c in $CONNECTIONS; do
  for ((round = 1; round <= REPEAT; round++)); do
    if ((round % 2 == 1)); then
      run_ours "$c"; ours_others=$others; echo
      run_pgbench "$c" "$HERE/hold_confirm.pgbench" "$ours_rate"; echo
    else
      run_pgbench "$c" "$HERE/hold_confirm.pgbench" "$ours_rate"; echo
      run_ours "$c"; ours_others=$others; echo
    fi
    main_rows+=("$(printf '%5s | %10s | %8s | %8s | %11s | %11s | %11s | %11s | %5s | %10s | %11s | %s / %s' "$c" \
      "$(fmt "$ours_rate" 1)" "$(fmt "$ours_p50")" "$(fmt "$ours_p99")" "$(fmt "$pgb_tps" 1)" \
      "$(fmt "$pgb_avg")" "$(fmt "$pgb_p50")" "$(fmt "$pgb_p99")" "$(ratio "$ours_rate" "$pgb_tps")" \
      "${ours_violations:-?}" "$(fmt "$ours_cpu") / $(fmt "$pgb_cpu")" "${ours_others%% *}" "${others%% *}")")
  done
  full_tps=$pgb_tps
  last_c=$c last_tps=$full_tps
done

for rate in $OPEN_RATES; do
  [[ -n $last_c ]] || break
  if [[ $rate == auto ]]; then
    rate=$(awk -v t="${last_tps:-0}" 'BEGIN { r = int(t / 2 / 10) * 10; print (r < 10 ? 10 : r) }')
  fi
  run_ours "$last_c" "$rate"
  ours_others=$others
  echo
  run_pgbench "$last_c" "$HERE/hold_confirm.pgbench" "$rate" "$rate"
  echo
  open_rows+=("$(printf '%5s | %6s | %10s | %8s | %8s | %13s | %11s | %11s | %11s | %s / %s' "$last_c" "$rate" \
    "$(fmt "$ours_rate" 1)" "$(fmt "$ours_p50")" "$(fmt "$ours_p99")" "$(fmt "$ours_hold_p99")" "$(fmt "$pgb_tps" 1)" \
    "$(fmt "$pgb_p50")" "$(fmt "$pgb_p99")" "${ours_others%% *}" "${others%% *}")")
done

echo "== closed loop: each connection starts its next hold + confirm as soon as the last one ends"
echo "   ($RUN_SECONDS s per run; latencies of one hold + confirm in ms; ratio = ours / pgbench throughput)"
echo "   (client CPU: ms of CPU the client process used per hold + confirm, ours / pgbench;"
echo "    other load: CPU other processes took during our run / during pgbench's, % of one core)"
echo "conns | ours ops/s | ours p50 | ours p99 | pgbench tps | pgbench avg | pgbench p50 | pgbench p99 | ratio | violations | client CPU  | other load"
echo "------|------------|----------|----------|-------------|-------------|-------------|-------------|-------|------------|-------------|-----------"
printf '%s\n' "${main_rows[@]}"
if ((${#open_rows[@]})); then
  echo
  echo "== open loop: Poisson arrivals at a fixed rate; latency counted from the scheduled start"
  echo "   (ours hold p99: the hold alone, of each hold + confirm)"
  echo "conns | ops/s  | ours ops/s | ours p50 | ours p99 | ours hold p99 | pgbench tps | pgbench p50 | pgbench p99 | other load"
  echo "------|--------|------------|----------|----------|---------------|-------------|-------------|-------------|-----------"
  printf '%s\n' "${open_rows[@]}"
fi
for c in $CONNECTIONS; do
  for logins in $LOGINS; do
    run_hold_only "$c" "$logins"
    echo
  done
done
echo
echo "== the hold alone: terminal processes (kiosk_load) against pgbench on the same SQL (hold.pgbench),"
echo "   as one process with a thread a connection and as a process a connection (procs, the terminals' shape),"
echo "   and on the least SQL of a hold (hold_minimal.pgbench, no trigger, no notification)"
echo "   (client CPU: ms a hold in user space + in the kernel, starts left out; violations: kiosk_load's"
echo "   journeys before; logins: the owner's, or a kiosk-class login per terminal and one for pgbench)"
echo "conns | logins   | kiosk hold/s | kiosk p99 | kiosk client CPU | pgbench tps | ratio | pgbench client CPU | procs tps   | ratio | procs client CPU   | minimal tps | kiosk/minimal | violations | other load"
echo "------|----------|--------------|-----------|------------------|-------------|-------|--------------------|-------------|-------|--------------------|-------------|---------------|------------|-----------"
printf '%s\n' "${hold_rows[@]}"
echo
echo "   load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
exit "$status"
