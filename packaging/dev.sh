#!/usr/bin/env bash
# The one entry point for a fresh Debian 12 machine (run as root the first time):
#   packaging/dev.sh demo    install what is needed, build, start the kiosk in demo mode
#   packaging/dev.sh agent   the same for the agent workstation (the demo database unless
#                            KIOSK_DB says otherwise; users agent, supervisor, admin,
#                            password demo-desk)
#   packaging/dev.sh test    install what is needed, build, run every test against a
#                            throwaway PostgreSQL started (and removed) for the run
#   packaging/dev.sh sanitize [ci]  the clang AddressSanitizer+UBSan build: unit, integration
#                            (both databases) and CLI tests under the sanitizers, then fuzz;
#                            `ci` is CI's subset (unit, integration on PostgreSQL, 30 s per target)
#   packaging/dev.sh fuzz    the libFuzzer targets (clang, ASan+UBSan): their seed corpora,
#                            then each for FUZZ_SECONDS (default 60)
#   packaging/dev.sh bench   the benchmarks of docs/benchmarks.md
#   packaging/dev.sh ha      the failover proofs alone (tests/ha: Patroni, etcd, two servers;
#                            kiosk_load under repeated kills, and a running kiosk and agent)
#   packaging/dev.sh build   install and build only
#   packaging/dev.sh package the Debian packages (release preset) into build/packages,
#                            checked with lintian
# Idempotent: packages are checked with dpkg-query, the build directory is reused.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
PRESET=${KIOSK_PRESET:-dev}
BUILD_DIR="$ROOT/build/$PRESET"

# Every sanitizer finding fails the run; leaks of libraries we do not build are listed in
# packaging/lsan.supp.
sanitizer_environment() {
  export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:strict_string_checks=1}
  export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$ROOT/packaging/lsan.supp:print_suppressions=0}
  export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
}

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
  sanitize)
    # `sanitize ci` is the fixed subset that .ci/run adds after the main run, to stay inside
    # CI's 90 minutes (docs/security.md): the unit tests and the integration tests on
    # PostgreSQL (their SQLite twins run the same core code), then 30 s per fuzz target.
    # The real SSIM sample's import is left out too: its before/after comparison of the
    # whole database takes over 300 s under ASan, and fuzz_ssim covers its parser. Without `ci`: both databases,
    # the CLI tests too, and 60 s per target.
    scope=${2:-all}
    targets=(core_unit_tests core_integration_tests kioskctl_tests kioskctl paygate-sim)
    labels='^(core_unit_tests|core_integration_tests|kioskctl_tests)$'
    skip=()
    case $scope in
      all) ;;
      ci)
        targets=(core_unit_tests core_integration_tests paygate-sim)
        labels='^(core_unit_tests|core_integration_tests)$'
        skip=(-E '/SQLite( |$)|TheRealSampleImportsAndASecondImportChangesNothing')
        export FUZZ_SECONDS=${FUZZ_SECONDS:-30}
        ;;
      *) echo "dev.sh: sanitize [ci], not '$scope'" >&2; exit 2 ;;
    esac
    "$ROOT/packaging/bootstrap.sh"
    [[ -f "$ROOT/build/sanitize/build.ninja" ]] || cmake --preset sanitize
    started=$(date +%s)
    # The UI tests and the benchmarks are left to the main run: Qt Widgets are not built
    # with the sanitizers, and the CI budget is better spent on the core, the CLI and fuzzing.
    cmake --build --preset sanitize --target "${targets[@]}"
    echo "dev.sh: sanitized build took $(( $(date +%s) - started )) s"
    started=$(date +%s)
    sanitizer_environment
    "$ROOT/packaging/with-postgres.sh" ctest --test-dir "$ROOT/build/sanitize" --output-on-failure --no-tests=error \
      -j "$(nproc)" -L "$labels" "${skip[@]}"
    echo "dev.sh: sanitized tests took $(( $(date +%s) - started )) s"
    exec "$ROOT/packaging/dev.sh" fuzz
    ;;
  fuzz)
    "$ROOT/packaging/bootstrap.sh"
    [[ -f "$ROOT/build/sanitize/build.ninja" ]] || cmake --preset sanitize
    cmake --build --preset sanitize --target fuzz_database_url fuzz_money fuzz_seat_list fuzz_layout_json \
      fuzz_gateway_reply fuzz_terminal_reply fuzz_cli_arguments fuzz_ssim fuzz_bcbp fuzz_feed
    sanitizer_environment
    ctest --test-dir "$ROOT/build/sanitize" --output-on-failure --no-tests=error -L '^fuzz$'
    exec "$ROOT/packaging/fuzz.sh" "$ROOT/build/sanitize" "${FUZZ_SECONDS:-60}"
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
    sed -n '2,18p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
    exit 2
    ;;
esac
