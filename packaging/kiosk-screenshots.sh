#!/usr/bin/env bash
# Screenshots of the real counter kiosk: `kiosk --kiosk` on a bare X server (Xvfb, no window
# manager) at 1280x1024 and 1920x1080, in English and German, driven with real X input
# (xdotool) and grabbed from the X server (xwd -root, converted with netpbm).
#   packaging/kiosk-screenshots.sh [OUT_DIR]     default docs/screenshots/real-kiosk
# Needs the dev build (build/dev, or $BUILD_DIR) and Debian's xvfb, xdotool, x11-apps (xwd),
# x11-utils (xwininfo, xprop) and netpbm (`packaging/bootstrap.sh --packaging`).
# Each run checks that the kiosk's window is frameless and covers the whole screen, and
# fails when a step does not reach the screen it should.
#
# Where to tap: the kiosk started with KIOSK_WIDGET_MAP=FILE (a test hook, off otherwise;
# app/kiosk/WidgetMap.h) writes where its visible controls are, five times a second.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD_DIR=${BUILD_DIR:-$ROOT/build/dev}
OUT=$(realpath -m "${1:-$ROOT/docs/screenshots/real-kiosk}")
KIOSK=$BUILD_DIR/app/kiosk/kiosk
KIOSKCTL=$BUILD_DIR/app/kioskctl/kioskctl
SIZES=(1280x1024 1920x1080)
LANGUAGES=(en de)
export LC_ALL=C.UTF-8 # ${c^^} on ü, and xdotool typing it

for tool in Xvfb xdotool xwd xwdtopnm pnmtopng xwininfo xprop; do
  command -v "$tool" >/dev/null || { echo "kiosk-screenshots: $tool is missing (packaging/bootstrap.sh --packaging)" >&2; exit 2; }
done
for program in "$KIOSK" "$KIOSKCTL"; do
  [[ -x "$program" ]] || { echo "kiosk-screenshots: $program is missing (build first)" >&2; exit 2; }
done

work=$(mktemp -d /tmp/kiosk-screenshots.XXXXXX)
xvfb_pid='' kiosk_pid=''
stop() { # also from the EXIT trap: nothing here may fail (set -e)
  local pid
  for pid in $kiosk_pid $xvfb_pid; do
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  done
  kiosk_pid='' xvfb_pid=''
}
trap 'stop; rm -rf "$work"' EXIT

fail() {
  echo "kiosk-screenshots ($run): $*" >&2
  if [[ -n "$kiosk_pid" ]] && ! kill -0 "$kiosk_pid" 2>/dev/null; then
    wait "$kiosk_pid" && status=0 || status=$?
    echo "--- the kiosk ended (exit status $status); its log:" >&2
    tail -20 "$work/$run-kiosk.log" >&2
  fi
  [[ -f "$map" ]] && { echo "--- what the kiosk showed last:" >&2; grep -E '^(window|focus)' "$map" >&2 || true; }
  exit 1
}

# --- the widget map -------------------------------------------------------------------
# The centre of the first visible widget named $1 (or, with $2, whose class is $1 and text $2).
centre() {
  awk -F'\t' -v name="$1" -v text="${2-}" -v by_text="${2+1}" '
    $1 == "widget" && ((by_text && $2 == name && $8 == text) || (!by_text && $3 == name)) {
      printf "%d %d\n", $4 + $6 / 2, $5 + $7 / 2; found = 1; exit }
    END { exit !found }' "$map"
}
shows() { centre "$@" >/dev/null 2>&1; }
wait_for() { # wait_for SECONDS WIDGETNAME: until the kiosk shows it
  local tries=$(($1 * 10))
  while ! shows "$2"; do
    ((tries-- > 0)) || fail "no $2 after $1 s"
    sleep 0.1
  done
}
tap_at() { xdotool mousemove --sync "$1" "$2" click 1; }
tap() { # tap WIDGETNAME, or tap CLASS TEXT
  local at
  at=$(centre "$@") || fail "nothing to tap: $*"
  # shellcheck disable=SC2086  # "x y"
  tap_at $at
}
# Taps the on-screen keyboard's key for each letter of $1 (the keys show the case they type).
tap_keys() {
  local word=$1 i letter at
  for ((i = 0; i < ${#word}; i++)); do
    letter=${word:i:1}
    at=$(awk -F'\t' -v lower="${letter,,}" -v upper="${letter^^}" '
      $1 == "widget" && $3 == "onScreenKeyboard" { x = $4; y = $5; w = $6; h = $7 }
      $1 == "widget" && $2 == "QPushButton" && ($8 == lower || $8 == upper) && w && $4 >= x && $4 < x + w && $5 >= y && $5 < y + h {
        printf "%d %d\n", $4 + $6 / 2, $5 + $7 / 2; found = 1; exit }
      END { exit !found }' "$map") || fail "no key '$letter' on the on-screen keyboard"
    # shellcheck disable=SC2086
    tap_at $at
    sleep 0.25 # the key's case follows the last one typed (Shift, capital first letter)
  done
}

shot() {
  sleep 0.8 # painted
  xwd -root -silent -display "$DISPLAY" | xwdtopnm 2>/dev/null | pnmtopng >"$OUT/$run-$1.png"
  echo "  $run-$1.png"
}

# The kiosk's visible windows are frameless (Motif hints: no decorations) and each covers the screen.
check_whole_screen() {
  local screen ids id geometry hints flags decorations
  screen=$(xwininfo -root | awk '/Width:/ { w = $2 } /Height:/ { h = $2 } END { print w "x" h }')
  [[ "$screen" == "$size" ]] || fail "the X screen is $screen"
  ids=$(xdotool search --onlyvisible --pid "$kiosk_pid" 2>/dev/null) || fail "no visible window of the kiosk"
  for id in $ids; do
    geometry=$(xwininfo -id "$id" | awk '/Absolute upper-left X/ { x = $NF } /Absolute upper-left Y/ { y = $NF }
      /Width:/ { w = $2 } /Height:/ { h = $2 } END { print w "x" h "+" x "+" y }')
    [[ "$geometry" == "$size+0+0" ]] || fail "$1: window $id is $geometry on a $size screen"
    # _MOTIF_WM_HINTS = flags, functions, decorations, ...: flag 2 says decorations are given, and none are.
    hints=$(xprop -id "$id" _MOTIF_WM_HINTS | sed -n 's/.*= //p' | tr -d ' ')
    IFS=, read -r flags _ decorations _ <<<"$hints"
    if [[ -z "$flags" ]] || ! (((flags & 2) && decorations == 0)); then fail "$1: window $id is not frameless (_MOTIF_WM_HINTS: ${hints:-none})"; fi
  done
  echo "  $1: $(wc -w <<<"$ids") window(s), frameless, ${size}+0+0 on a $screen screen"
}

# --- one tour ---------------------------------------------------------------------------
tour() {
  local language=$1 given1 surname1 given2 surname2 row
  if [[ $language == de ]]; then
    given1=Jürgen surname1=Müller given2=Käthe surname2=Schön
  else
    given1=Ada surname1=Lovelace given2=Alan surname2=Turing
  fi
  cp "$work/seeded.sqlite" "$work/$run.sqlite"
  : >"$work/$run.conf"
  Xvfb -displayfd 3 -screen 0 "${size}x24" -nolisten tcp -noreset 3>"$work/display" >"$work/$run-xvfb.log" 2>&1 &
  xvfb_pid=$!
  for _ in $(seq 50); do [[ -s "$work/display" ]] && break; sleep 0.1; done
  [[ -s "$work/display" ]] || fail "Xvfb did not start: $(cat "$work/$run-xvfb.log")"
  DISPLAY=:$(cat "$work/display")
  export DISPLAY
  map=$work/$run.map
  rm -f "$map" "$work/display"
  # No window manager: nothing but the kiosk runs on this display.
  KIOSK_WIDGET_MAP=$map XDG_CONFIG_HOME=$work/config XDG_DATA_HOME=$work/data XDG_CACHE_HOME=$work/cache \
    "$KIOSK" --kiosk --db "sqlite:$work/$run.sqlite" --config "$work/$run.conf" --terminal screenshots \
    --card-terminal mock --lang "$language" --idle 600 >"$work/$run-kiosk.log" 2>&1 &
  kiosk_pid=$!
  for _ in $(seq 100); do [[ -s "$map" ]] && break; sleep 0.1; done
  [[ -s "$map" ]] || fail "the kiosk wrote no widget map: $(tail -5 "$work/$run-kiosk.log")"

  wait_for 10 startButton
  check_whole_screen welcome
  shot 1-welcome
  tap startButton
  wait_for 5 flightListScreen
  tap partyMore # two travellers, asked before the flights
  sleep 0.3
  shot 2-flights
  # The first line that opens the seat map (a flight past its sales cut-off only says so).
  local rows
  rows=$(awk -F'\t' '$1 == "row" && $2 == "flightTable" { print $3 }' "$map")
  for row in $rows; do
    # shellcheck disable=SC2046
    tap_at $(awk -F'\t' -v r="$row" '$1 == "row" && $2 == "flightTable" && $3 == r { printf "%d %d", $4 + $6 / 2, $5 + $7 / 2 }' "$map")
    for _ in $(seq 15); do shows seatMapScreen && break 2; sleep 0.1; done
  done
  wait_for 5 seatMapScreen
  shot 3-seat-map
  tap bestAvailable
  sleep 0.3
  shot 3a-seat-map-chosen
  tap seatContinue
  wait_for 5 passengerScreen
  wait_for 5 onScreenKeyboard
  tap givenNames1
  tap_keys "$given1"
  tap surname1
  tap_keys "$surname1"
  tap nextKey # Next traveller: the second one's given names
  sleep 0.3
  tap_keys "$given2"
  shot 4-passengers-keyboard
  tap surname2
  tap_keys "$surname2"
  tap passengerContinue
  wait_for 10 payButton
  check_whole_screen payment
  shot 5-payment
  tap voucherCode
  wait_for 5 onScreenKeyboard
  shot 5a-payment-voucher-keypad
  tap payButton
  wait_for 15 confirmationScreen
  check_whole_screen confirmation
  shot 6-confirmation
  stop
}

mkdir -p "$OUT"
run=seed map=
"$KIOSKCTL" --db "sqlite:$work/seeded.sqlite" seed-demo --seed 7 --days 3 >"$work/seed.log" 2>&1 ||
  fail "seed-demo: $(tail -5 "$work/seed.log")"
for size in "${SIZES[@]}"; do
  for language in "${LANGUAGES[@]}"; do
    run=$language-$size
    echo "kiosk-screenshots: $run"
    tour "$language"
  done
done
echo "kiosk-screenshots: $(find "$OUT" -name '*.png' | wc -l) screenshots in $OUT"
