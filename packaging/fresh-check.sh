#!/usr/bin/env bash
# Proves the README's quick start on a pristine Debian 12: builds a minimal root file
# system with mmdebstrap (once, cached), unpacks a fresh copy for every run, copies a
# clean `git archive` of HEAD into it and runs the README's two commands exactly as
# written, as root, in a chroot with its own mount and PID namespaces (so nothing from
# the host's build or packages leaks in, and nothing it starts outlives the check).
#
#   packaging/fresh-check.sh            the README's commands (source tree)
#   packaging/fresh-check.sh --quick    only what catches a missing package fast: bootstrap
#                                       and CMake's configure step of the dev and sanitize
#                                       presets (a few minutes)
#   packaging/fresh-check.sh --debs     also install build/packages/*.deb into another
#                                       fresh root and try the installed programs
#                                       (packaging/fresh-check-debs.sh)
#
# Run it whenever bootstrap.sh, a find_package or a runtime dependency changes. Needs
# root and the Debian package mmdebstrap; takes about 30-40 min on 2 cores.
# Environment: KIOSK_FRESH_CACHE (default /var/cache/booking-kiosk-fresh) holds the
# root file system tarball; KIOSK_FRESH_KEEP=1 keeps the unpacked root for inspection;
# KIOSK_FRESH_DEMO_DEADLINE (default 3600 s) is how long the demo may take to come up.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
CACHE=${KIOSK_FRESH_CACHE:-/var/cache/booking-kiosk-fresh}
DEMO_UP_SECONDS=10           # the demo must stay up this long to count as started
# Bootstrap + build before the demo may take this long: about 25 min on 2 idle cores; a
# machine busy with other builds needs more (KIOSK_FRESH_DEMO_DEADLINE, seconds).
DEMO_DEADLINE_SECONDS=${KIOSK_FRESH_DEMO_DEADLINE:-3600}

[[ $EUID -eq 0 ]] || { echo "fresh-check: run as root (chroot, mounts)" >&2; exit 2; }
command -v mmdebstrap >/dev/null || { echo "fresh-check: apt-get install mmdebstrap" >&2; exit 2; }

# shellcheck source=packaging/fresh-root.sh
source "$ROOT/packaging/fresh-root.sh"

check_source_tree() {
  local rootfs=$1
  git -C "$ROOT" archive --format=tar --prefix=booking-kiosk/ HEAD | tar -x -C "$rootfs/root"

  # The README's quick start, word for word (checked, so README and check cannot drift).
  grep -qxF './packaging/dev.sh demo     # install what is needed, build, start the kiosk in demo mode' "$ROOT/README.md" \
    && grep -qxF './packaging/dev.sh test     # install what is needed, build, run every test (own PostgreSQL)' "$ROOT/README.md" \
    || { echo "fresh-check: README's quick start changed; update this script" >&2; return 2; }

  # 1. demo: a GUI that runs until closed. It passes when the kiosk process has been
  #    up for DEMO_UP_SECONDS (bootstrap and build come first); then it is stopped.
  local start=$SECONDS status=0
  fresh_root_run "$rootfs" "cd /root/booking-kiosk && $(demo_watch_script)" || status=$?
  report_step "./packaging/dev.sh demo" "$status" $((SECONDS - start))
  ((status == 0)) || return 1

  # 2. test: bootstrap (already done: fast), build (done), every test.
  start=$SECONDS
  status=0
  fresh_root_run "$rootfs" "cd /root/booking-kiosk && ./packaging/dev.sh test" || status=$?
  report_step "./packaging/dev.sh test" "$status" $((SECONDS - start))
  ((status == 0))
}

# A shell script (run inside the root) that starts the demo exactly as the README says,
# waits for the kiosk process and keeps it DEMO_UP_SECONDS, then stops it.
demo_watch_script() {
  cat <<SCRIPT
setsid ./packaging/dev.sh demo > /tmp/demo.log 2>&1 &
demo=\$!
up=0
for ((t = 0; t < $DEMO_DEADLINE_SECONDS; t++)); do
  if ! kill -0 \$demo 2>/dev/null; then
    echo "fresh-check: ./packaging/dev.sh demo exited early:" >&2; tail -30 /tmp/demo.log >&2; exit 1
  fi
  # The kiosk process itself (minbase has no pgrep): its name is "kiosk".
  if grep -qx kiosk /proc/[0-9]*/comm 2>/dev/null; then
    up=\$((up + 1))
    if ((up >= $DEMO_UP_SECONDS)); then
      # This shell is PID 1 of the check's own PID namespace: leaving it ends the demo
      # and everything it started (xvfb-run, Xvfb, the kiosk) with it.
      echo "fresh-check: the demo kiosk is up (\$up s); stopping it"
      exit 0
    fi
  fi
  sleep 1
done
echo "fresh-check: the demo did not start within $DEMO_DEADLINE_SECONDS s" >&2; exit 1
SCRIPT
}

# --quick: the packages bootstrap.sh installs, and every find_package of the configure step.
check_configure() {
  local rootfs=$1 start=$SECONDS status=0
  git -C "$ROOT" archive --format=tar --prefix=booking-kiosk/ HEAD | tar -x -C "$rootfs/root"
  # Both configurations CI builds: dev (gcc) and sanitize (clang, ASan/UBSan, libFuzzer).
  fresh_root_run "$rootfs" "cd /root/booking-kiosk && ./packaging/bootstrap.sh && { cmake --preset dev && cmake --preset sanitize; } >/tmp/configure.log 2>&1 || { tail -40 /tmp/configure.log >&2; exit 1; }" || status=$?
  report_step "bootstrap.sh + cmake --preset dev, sanitize" "$status" $((SECONDS - start))
  ((status == 0))
}

overall=$SECONDS
echo "fresh-check: commit $(git -C "$ROOT" rev-parse --short HEAD) in a pristine Debian 12 root"
rootfs=$(fresh_root_unpack "source")
trap 'fresh_root_remove "$rootfs"' EXIT
result=0
if [[ "${1:-}" == "--quick" ]]; then
  check_configure "$rootfs" || result=1
else
  check_source_tree "$rootfs" || result=1
fi

if [[ "${1:-}" == "--debs" ]]; then
  "$ROOT/packaging/fresh-check-debs.sh" || result=1
fi
echo "fresh-check: total $((SECONDS - overall)) s, $([[ $result -eq 0 ]] && echo PASS || echo FAIL)"
exit "$result"
