#!/usr/bin/env bash
# Proves the .deb packages on a pristine Debian 12: installs build/packages/*.deb into a
# fresh root with `apt-get install ./*.deb` (so apt resolves every dependency from Debian
# alone), tries the installed programs on SQLite and on a PostgreSQL started inside the
# root, then purges the packages and checks that none of their files is left behind.
#   packaging/dev.sh package && packaging/fresh-check-debs.sh
# Needs root and mmdebstrap (packaging/bootstrap.sh --packaging); about 5 minutes.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
[[ $EUID -eq 0 ]] || { echo "fresh-check-debs: run as root (chroot, mounts)" >&2; exit 2; }
shopt -s nullglob
debs=("$ROOT"/build/packages/*.deb)
((${#debs[@]} > 0)) || { echo "fresh-check-debs: no packages in build/packages (run packaging/dev.sh package)" >&2; exit 2; }

# shellcheck source=packaging/fresh-root.sh
source "$ROOT/packaging/fresh-root.sh"

start=$SECONDS
rootfs=$(fresh_root_unpack "debs")
trap 'fresh_root_remove "$rootfs"' EXIT
mkdir -p "$rootfs/root/debs"
cp "${debs[@]}" "$rootfs/root/debs/"
cp "$ROOT/packaging/installed-check.sh" "$rootfs/root/installed-check.sh"

status=0
fresh_root_run "$rootfs" "bash /root/installed-check.sh /root/debs" || status=$?
report_step "installed packages on a fresh root" "$status" $((SECONDS - start))
exit "$status"
