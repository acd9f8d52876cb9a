#!/usr/bin/env bash
# Runs every libFuzzer target of a sanitize build for a bounded time and prints, per target,
# the executions and executions per second:
#   packaging/fuzz.sh build/sanitize [SECONDS]     (default 60 s per target, as CI)
# New inputs go to a scratch copy, never into the committed corpora (tests/fuzz/corpus);
# a crash stops the run with the input that caused it: add that file to the target's
# corpus directory, where the ctest of the target replays it for good.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD_DIR=${1:?usage: packaging/fuzz.sh BUILD_DIR [SECONDS]}
SECONDS_EACH=${2:-60}
scratch=$(mktemp -d /tmp/kiosk-fuzz.XXXXXX)
trap 'rm -rf "$scratch"' EXIT

status=0
printf '%-22s %12s %10s\n' target executions exec/s
for corpus in "$ROOT"/tests/fuzz/corpus/*/; do
  target=$(basename "$corpus")
  binary="$BUILD_DIR/tests/fuzz/$target"
  [[ -x "$binary" ]] || { echo "fuzz: $binary is not built" >&2; status=1; continue; }
  mkdir -p "$scratch/$target"
  if ! "$binary" -max_total_time="$SECONDS_EACH" -print_final_stats=1 -artifact_prefix="$scratch/" \
      -timeout=10 -rss_limit_mb=2048 "$scratch/$target" "$corpus" >"$scratch/$target.log" 2>&1; then
    echo "fuzz: $target found a crash:" >&2
    tail -40 "$scratch/$target.log" >&2
    ls "$scratch"/crash-* "$scratch"/leak-* "$scratch"/timeout-* 2>/dev/null | while read -r input; do
      cp "$input" "$BUILD_DIR/" && echo "fuzz: input kept as $BUILD_DIR/$(basename "$input")" >&2
    done
    status=1
    continue
  fi
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$scratch/$target.log")
  speed=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$scratch/$target.log")
  printf '%-22s %12s %10s\n' "$target" "$runs" "$speed"
done
exit $status
