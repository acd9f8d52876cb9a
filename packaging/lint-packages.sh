#!/usr/bin/env bash
# Checks built .deb files: lintian (no errors allowed; the warnings we keep are explained
# in packaging/lintian-overrides.md), and the AppStream and desktop metadata inside them.
#   packaging/lint-packages.sh build/packages/*.deb
set -euo pipefail
(($# > 0)) || { echo "usage: $0 PACKAGE.deb..." >&2; exit 2; }

status=0
echo "lint: lintian $*"
lintian --fail-on error --display-info --allow-root "$@" || status=1

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
for deb in "$@"; do
  dpkg-deb -x "$deb" "$scratch"
done
for metainfo in "$scratch"/usr/share/metainfo/*.xml; do
  [[ -e "$metainfo" ]] || continue
  appstreamcli validate --no-net --explain "$metainfo" || status=1
done
for desktop in "$scratch"/usr/share/applications/*.desktop; do
  [[ -e "$desktop" ]] || continue
  desktop-file-validate "$desktop" && echo "lint: $(basename "$desktop") valid" || status=1
done
exit "$status"
