#!/usr/bin/env bash
# The one entry point for a fresh Debian 12 machine (run as root the first time):
#   packaging/dev.sh demo    install what is needed, build, start the kiosk in demo mode
#   packaging/dev.sh agent   the same for the agent workstation (the demo database unless
#                            KIOSK_DB says otherwise; users agent, supervisor, admin,
#                            password demo-desk)
#   packaging/dev.sh test    install what is needed, build, run every test against a
#                            throwaway PostgreSQL started (and removed) for the run
#   packaging/dev.sh bench   the benchmarks of docs/benchmarks.md
#   packaging/dev.sh ha      the failover proof alone (tests/ha: Patroni, etcd, two servers)
#   packaging/dev.sh build   install and build only
#   packaging/dev.sh package the Debian packages (release preset) into build/packages,
#                            checked with lintian
# Idempotent: packages are checked with dpkg-query, the build directory is reused.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
PRESET=${KIOSK_PRESET:-dev}
BUILD_DIR="$ROOT/build/$PRESET"

build() {
  "$ROOT/packaging/bootstrap.sh"
  if [[ ! -f "$BUILD_DIR/build.ninja" ]]; then
    cmake --preset "$PRESET"
  fi
  cmake --build --preset "$PRESET"
}

case "${1:-}" in
  build)
    build
    ;;
  demo|agent)
    build
    mode=$1
    shift
    if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" ]]; then
      echo "dev.sh: no display; starting the kiosk on a virtual X server (xvfb-run)" >&2
      exec xvfb-run -a "$BUILD_DIR/app/kiosk/kiosk" "--$mode" "$@"
    fi
    exec "$BUILD_DIR/app/kiosk/kiosk" "--$mode" "$@"
    ;;
  test)
    build
    exec "$ROOT/packaging/with-postgres.sh" \
      ctest --test-dir "$BUILD_DIR" --output-on-failure --no-tests=error -j "$(nproc)"
    ;;
  ha)
    build
    exec ctest --test-dir "$BUILD_DIR" --output-on-failure --no-tests=error -L ha
    ;;
  bench)
    build
    shift
    exec "$ROOT/packaging/with-postgres.sh" "$ROOT/tests/bench/run-benchmarks.sh" "$BUILD_DIR" "$@"
    ;;
  package)
    "$ROOT/packaging/bootstrap.sh" --packaging
    [[ -f "$ROOT/build/release/build.ninja" ]] || cmake --preset release
    cmake --build --preset release
    rm -f "$ROOT"/build/packages/*.deb
    (cd "$ROOT/build/release" && cpack --config CPackConfig.cmake)
    "$ROOT/packaging/lint-packages.sh" "$ROOT"/build/packages/*.deb
    ls -l "$ROOT"/build/packages/*.deb
    ;;
  *)
    sed -n '2,14p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
    exit 2
    ;;
esac
