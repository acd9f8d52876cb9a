#!/usr/bin/env bash
# Runs INSIDE a fresh Debian 12 root (packaging/fresh-check-debs.sh copies it there):
# installs the packages from DIR, tries every installed program, purges them and checks
# that nothing is left. Prints one line per step; exits non-zero on the first failure.
#   bash installed-check.sh DIR
set -euo pipefail
debs=$1
export DEBIAN_FRONTEND=noninteractive
step() { echo "installed-check: $*"; }
fail() { echo "installed-check: FAIL: $*" >&2; exit 1; }

# Stays up for `seconds` (else fails), then is stopped; its stderr goes to `log`.
stays_up() {
  local seconds=$1 log=$2
  shift 2
  "$@" 2>"$log" &
  local pid=$!
  sleep "$seconds"
  kill -0 "$pid" 2>/dev/null || { cat "$log" >&2; fail "$* exited within ${seconds} s"; }
  kill "$pid"
  wait "$pid" 2>/dev/null || true
}

# The first frame after start, as the kiosk logs it ("kiosk: ready after N ms").
ready_ms() { sed -n 's/.*kiosk: ready after \([0-9]*\) ms.*/\1/p' "$1" | head -1; }

step "apt-get update"
apt-get update -q >/dev/null
step "apt-get install ${debs}/*.deb (dependencies from Debian alone)"
apt_start=$SECONDS
apt-get install -y -q --no-install-recommends "$debs"/*.deb >/tmp/apt.log 2>&1 || { tail -30 /tmp/apt.log >&2; fail "apt-get install"; }
step "installed in $((SECONDS - apt_start)) s"
packages=(booking-kiosk booking-kiosk-tools booking-kiosk-appliance)
for package in "${packages[@]}"; do
  step "$package: $(dpkg-query -W -f='${Version}, installed size ${Installed-Size} KiB' "$package")"
done
dpkg -L "${packages[@]}" | sort -u >/tmp/package-files

step "$(kioskctl --version)"
step "$(QT_QPA_PLATFORM=offscreen kiosk --version | head -1)"
# --help needs no display at all (no QT_QPA_PLATFORM, no X server in this root).
kiosk --help | grep -q -- '--kiosk' || fail "kiosk --help"
step "kiosk --help works without a display"

# The appliance: user, configuration permissions, a unit systemd accepts.
getent passwd kiosk >/dev/null || fail "no kiosk user"
[[ "$(stat -c '%a %U:%G' /etc/booking-kiosk/kiosk.conf)" == "640 root:kiosk" ]] || fail "kiosk.conf permissions: $(stat -c '%a %U:%G' /etc/booking-kiosk/kiosk.conf)"
step "kiosk user and /etc/booking-kiosk/kiosk.conf 0640 root:kiosk"
systemd-analyze verify --man=no /lib/systemd/system/booking-kiosk.service 2>/tmp/verify.log \
  || { cat /tmp/verify.log >&2; fail "systemd-analyze verify booking-kiosk.service"; }
step "systemd-analyze verify booking-kiosk.service: clean"
systemd-analyze verify --man=no /lib/systemd/system/booking-kiosk-outbox.service 2>/tmp/verify.log \
  || { cat /tmp/verify.log >&2; fail "systemd-analyze verify booking-kiosk-outbox.service"; }
step "systemd-analyze verify booking-kiosk-outbox.service: clean"
systemd-analyze verify --man=no /lib/systemd/system/booking-kiosk-open-sales.service 2>/tmp/verify.log \
  || { cat /tmp/verify.log >&2; fail "systemd-analyze verify booking-kiosk-open-sales.service"; }
step "systemd-analyze verify booking-kiosk-open-sales.service: clean"
# A config file the kiosk user cannot read: a clear message and exit 78, no half start.
code=0
runuser -u nobody -- kiosk --kiosk --config /etc/booking-kiosk/kiosk.conf 2>/tmp/config.log || code=$?
[[ $code -eq 78 ]] || { cat /tmp/config.log >&2; fail "unreadable config: exit $code, expected 78"; }
grep -q "cannot be read" /tmp/config.log || { cat /tmp/config.log >&2; fail "no clear message for an unreadable config"; }
step "unreadable configuration: $(head -1 /tmp/config.log)"

step "SQLite: kioskctl migrate, seed-demo, flights"
kioskctl --db sqlite:/tmp/t.db migrate >/dev/null
kioskctl --db sqlite:/tmp/t.db seed-demo --days 2 >/dev/null
flights=$(kioskctl --db sqlite:/tmp/t.db --json flights | grep -o '"designator"' | wc -l)
((flights > 0)) || fail "no flights listed"
step "SQLite: $flights flights listed"

export QT_QPA_PLATFORM=offscreen
stays_up 5 /tmp/demo-cold.log kiosk --demo
stays_up 5 /tmp/demo-warm.log kiosk --demo
step "kiosk --demo stayed up 5 s; first frame after $(ready_ms /tmp/demo-cold.log) ms cold (new demo database), $(ready_ms /tmp/demo-warm.log) ms warm"

step "PostgreSQL 15 inside the root"
apt-get install -y -q --no-install-recommends postgresql-15 >/tmp/apt-pg.log 2>&1 || { tail -20 /tmp/apt-pg.log >&2; fail "install postgresql-15"; }
pgdir=$(mktemp -d /tmp/pg.XXXXXX)
mkdir -p "$pgdir/data" "$pgdir/socket"
chown -R postgres:postgres "$pgdir"
chmod 700 "$pgdir"
runuser -u postgres -- /usr/lib/postgresql/15/bin/initdb -D "$pgdir/data" -A trust -U kiosk >/dev/null
runuser -u postgres -- /usr/lib/postgresql/15/bin/pg_ctl -D "$pgdir/data" -l "$pgdir/log" -w \
  -o "-k $pgdir/socket -p 5499 -c listen_addresses=''" start >/dev/null
trap 'runuser -u postgres -- /usr/lib/postgresql/15/bin/pg_ctl -D "$pgdir/data" -m immediate stop >/dev/null 2>&1 || true' EXIT
url="postgresql://kiosk@/postgres?host=$pgdir/socket&port=5499"
kioskctl --db "$url" migrate >/dev/null
kioskctl --db "$url" seed-demo --days 2 >/dev/null
flights=$(kioskctl --db "$url" --json flights | grep -o '"designator"' | wc -l)
((flights > 0)) || fail "no flights listed on PostgreSQL"
step "PostgreSQL: $flights flights listed"
# The counter kiosk against it, paying through the gateway simulator of the tools package.
paygate-sim --port 0 >/tmp/paygate.out 2>&1 &
paygate=$!
for _ in $(seq 50); do grep -qo '[0-9]\{4,5\}' /tmp/paygate.out && break; sleep 0.1; done
port=$(grep -o '127.0.0.1:[0-9]*' /tmp/paygate.out | head -1 | cut -d: -f2)
[[ -n "$port" ]] || { cat /tmp/paygate.out >&2; fail "paygate-sim did not start"; }
stays_up 5 /tmp/kiosk-pg.log kiosk --kiosk --db "$url" --gateway "http://127.0.0.1:$port"
kill "$paygate"
step "kiosk --kiosk on PostgreSQL stayed up 5 s; first frame after $(ready_ms /tmp/kiosk-pg.log) ms"
runuser -u postgres -- /usr/lib/postgresql/15/bin/pg_ctl -D "$pgdir/data" -m fast -w stop >/dev/null
trap - EXIT

step "purge"
apt-get purge -y -q "${packages[@]}" >/tmp/purge.log 2>&1 || { tail -20 /tmp/purge.log >&2; fail "apt-get purge"; }
left=()
while read -r path; do
  [[ -e "$path" && ! -d "$path" ]] && left+=("$path")
done </tmp/package-files
# Directories of ours (not shared ones such as /usr/bin) must be gone too.
for dir in /etc/booking-kiosk /var/lib/booking-kiosk /var/cache/booking-kiosk /usr/share/doc/booking-kiosk \
           /usr/share/doc/booking-kiosk-tools /usr/share/doc/booking-kiosk-appliance; do
  [[ -e "$dir" ]] && left+=("$dir")
done
((${#left[@]} == 0)) || fail "left behind after purge: ${left[*]}"
step "purge left no file behind ($(wc -l </tmp/package-files) paths checked)"
echo "installed-check: PASS"
