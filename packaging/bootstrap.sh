#!/usr/bin/env bash
# Installs every Debian 12 package the kiosk needs to build, run and test.
#   packaging/bootstrap.sh               for the README's commands (build, demo, test)
#   packaging/bootstrap.sh --packaging   also what `dev.sh package`, fresh-check.sh and
#                                        kiosk-screenshots.sh use
# Idempotent: asks dpkg-query first and only calls apt-get for what is missing.
set -euo pipefail

PACKAGES=(
  # toolchain
  g++ cmake ninja-build pkg-config git
  # Qt 6: core, SQL drivers, state machine, network, widgets, translations
  qt6-base-dev qt6-scxml-dev libqt6sql6-psql libqt6sql6-sqlite
  # libpq: statements in PostgreSQL's extended protocol on the QtSql connection (core/storage)
  libpq-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-svg-dev libgl1-mesa-dev
  # Qt's own German (qtbase_de.qm: standard buttons such as Close, Cancel)
  qt6-translations-l10n
  # paygate-sim, the payment gateway simulator; Qt6HttpServer's CMake package needs
  # Qt6WebSockets, which Debian's qt6-httpserver-dev does not pull in
  qt6-httpserver-dev qt6-websockets-dev
  # the agent workstation's report charts (ui/reports); Qt Charts' CMake package needs Qt6OpenGL's
  qt6-charts-dev libqt6opengl6-dev
  # the kiosk's accessible mode speaks through Qt TextToSpeech (ui/accessibility/Narrator);
  # flite is its engine, offline and without a speech daemon. Debian 12's Qt6TextToSpeech
  # CMake package asks for Qt6QmlIntegration, which only qt6-declarative-dev installs
  # (qt6-speech-dev does not depend on it)
  qt6-speech-dev qt6-speech-flite-plugin qt6-declarative-dev
  # barcodes: libzint draws PDF417 boarding passes and Interleaved 2 of 5 symbols (core,
  # print); zxing-cpp reads them back from the rendered image in tests/print
  libzint-dev libzxing-dev
  # tests: GoogleTest, Google Benchmark, a throwaway PostgreSQL, a headless X server
  libgtest-dev libgmock-dev googletest libbenchmark-dev
  postgresql-15 postgresql-client-15 xvfb xauth
  # high availability (tests/ha, docs/operations.md): Patroni promotes the synchronous
  # standby, etcd is its consensus store (python3-etcd: Patroni's etcd client module),
  # curl asks Patroni's REST API who is primary; pgbouncer pools terminal connections
  patroni python3-etcd etcd-server etcd-client curl pgbouncer
  # tests: zlib, for the feed test server's gzip bodies
  zlib1g-dev
  # the notification outbox: libcurl is its SMTP client (core/notify); the tests' real SMTP
  # server is Python's aiosmtpd, run by /usr/bin/python3 (tests/support/SmtpSink)
  libcurl4-openssl-dev python3-aiosmtpd
  # the sanitize build (dev.sh sanitize): clang with ASan/UBSan and libFuzzer's runtime
  clang libclang-rt-14-dev
)

# Building and checking the .deb packages (packaging/dev.sh package, fresh-check.sh).
PACKAGING_PACKAGES=(
  dpkg-dev file      # dpkg-shlibdeps computes the packages' Depends; CPack runs file on binaries
  help2man           # man pages from each program's --help
  lintian appstream desktop-file-utils   # checks of the packages and their metadata
  mmdebstrap         # the pristine Debian 12 root file systems of fresh-check.sh
  # packaging/kiosk-screenshots.sh: taps on the real kiosk on Xvfb (xdotool), grabs the
  # screen (xwd, in x11-apps), checks the window (xwininfo, xprop), PNG files (netpbm)
  xdotool x11-apps x11-utils netpbm
)
if [[ "${1:-}" == "--packaging" ]]; then
  PACKAGES+=("${PACKAGING_PACKAGES[@]}")
fi

missing=()
for pkg in "${PACKAGES[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
  [[ "$status" == "install ok installed" ]] || missing+=("$pkg")
done

if ((${#missing[@]} == 0)); then
  exit 0
fi

if [[ $EUID -ne 0 ]]; then
  echo "bootstrap: missing packages: ${missing[*]}" >&2
  echo "bootstrap: run as root (or with sudo) to install them" >&2
  exit 1
fi

echo "bootstrap: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
# A fresh machine has no package lists yet; refresh them when they are missing or stale.
if [[ -z "$(find /var/lib/apt/lists -maxdepth 1 -name '*Packages*' -mmin -1440 2>/dev/null | head -1)" ]]; then
  apt-get update -q
fi
apt-get install -y -q --no-install-recommends "${missing[@]}"
