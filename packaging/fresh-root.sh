# Helpers for the fresh-system checks (sourced by fresh-check.sh and fresh-check-debs.sh):
# a cached minimal Debian 12 root file system, unpacked anew for every check and entered
# in private mount and PID namespaces, so every check starts pristine and leaves nothing
# running or mounted behind.

FRESH_CACHE=${KIOSK_FRESH_CACHE:-/var/cache/booking-kiosk-fresh}
# bookworm with its updates and security suites, as a newly installed machine has them.
FRESH_MIRRORS=(
  "deb http://deb.debian.org/debian bookworm main"
  "deb http://deb.debian.org/debian bookworm-updates main"
  "deb http://deb.debian.org/debian-security bookworm-security main"
)

# Prints the path of the cached root file system tarball, building it on first use.
fresh_root_tarball() {
  local tarball="$FRESH_CACHE/bookworm-minbase.tar"
  if [[ ! -s "$tarball" ]]; then
    mkdir -p "$FRESH_CACHE"
    echo "fresh-check: building a minimal Debian 12 root file system (once; a few minutes)" >&2
    local start=$SECONDS
    mmdebstrap --quiet --variant=minbase bookworm "$tarball.partial.tar" "${FRESH_MIRRORS[@]}" >&2
    mv "$tarball.partial.tar" "$tarball"
    echo "fresh-check: root file system built in $((SECONDS - start)) s" >&2
  fi
  echo "$tarball"
}

# Unpacks a pristine copy of the root file system; prints its path. On disk (/var/tmp),
# not in /tmp, which may be a small tmpfs: a build needs several GB.
fresh_root_unpack() {
  local name=$1 tarball rootfs
  tarball=$(fresh_root_tarball)
  rootfs=$(mktemp -d "/var/tmp/kiosk-fresh-$name.XXXXXX")
  tar -x -C "$rootfs" -f "$tarball"
  # Name resolution for apt, as any installed machine has it.
  cp -L /etc/resolv.conf "$rootfs/etc/resolv.conf"
  echo "$rootfs"
}

# Runs a shell command as root inside the root file system: own mount and PID namespaces,
# /proc, /dev, a new /dev/pts, /dev/shm and a tmpfs /tmp, a clean environment. Every
# process it started ends with it.
fresh_root_run() {
  local rootfs=$1 command=$2
  unshare --mount --pid --fork --kill-child -- /bin/bash -euc '
    rootfs=$1; command=$2
    mount --make-rprivate /
    mount -t proc proc "$rootfs/proc"
    mount --bind /dev "$rootfs/dev"
    mount -t devpts -o newinstance,ptmxmode=0666,mode=0620 devpts "$rootfs/dev/pts"
    mount -t tmpfs -o mode=1777 shm "$rootfs/dev/shm"
    mount -t tmpfs -o mode=1777 tmp "$rootfs/tmp"
    exec chroot "$rootfs" /usr/bin/env -i HOME=/root LANG=C.UTF-8 TERM=dumb \
      PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
      /bin/bash -c "$command"
  ' fresh-root "$rootfs" "$command"
}

fresh_root_remove() {
  local rootfs=$1
  [[ -n "$rootfs" && -d "$rootfs" ]] || return 0
  if [[ "${KIOSK_FRESH_KEEP:-0}" == 1 ]]; then
    echo "fresh-check: kept $rootfs" >&2
  else
    rm -rf --one-file-system "$rootfs"
  fi
}

# One line per step: what ran, PASS/FAIL and its wall time.
report_step() {
  local what=$1 status=$2 seconds=$3
  printf 'fresh-check: %-40s %s  %4d s (%dm%02ds)\n' "$what" \
    "$([[ $status -eq 0 ]] && echo PASS || echo "FAIL (exit $status)")" \
    "$seconds" $((seconds / 60)) $((seconds % 60))
}
