#!/usr/bin/env bash
# Installs the Debian package on a machine that has only runtime packages, the way a user does:
# a minimal Debian 12 root (debootstrap --variant=minbase, no compiler, no -dev packages, no
# Qt), `apt-get install ./gpucompare_*.deb` pulling exactly the Depends, then the installed
# `gpucompare --version` and a headless `gpucompare export-chart market-share --out x.png`.
# Needs root and Debian's package mirror; says why and exits 0 when either is missing, since
# the package's own checks (scripts/check-package.sh) still ran.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=lib/minbase-root.sh
source "$ROOT/scripts/lib/minbase-root.sh"
deb=$(ls "$ROOT"/build/gpucompare_*_amd64.deb 2>/dev/null | head -n1 || true)
[ -n "$deb" ] || { echo "no package in build/; run scripts/check-package.sh first" >&2; exit 1; }
if [ "$(id -u)" -ne 0 ]; then
    echo "check-package-install: skipped (needs root for the chroot)"
    exit 0
fi
if ! minbase_mirror_reachable; then
    echo "check-package-install: skipped (Debian's mirror is unreachable)"
    exit 0
fi
rootfs=$(mktemp -d /tmp/gpucompare-runtime.XXXXXX)
trap 'release_minbase_root "$rootfs"' EXIT

echo "Installing $(basename "$deb") on a minimal Debian 12 (runtime packages only)"
make_minbase_root "$rootfs"
cp "$deb" "$rootfs/tmp/"
chroot "$rootfs" apt-get update -qq
DEBIAN_FRONTEND=noninteractive chroot "$rootfs" apt-get install -y -qq --no-install-recommends \
    "/tmp/$(basename "$deb")" >/dev/null
if chroot "$rootfs" dpkg -l | grep -E '^ii +(g\+\+|gcc|cmake|qt6-base-dev|libgtest-dev) ' ; then
    echo "the runtime root holds build tools; this check would prove nothing" >&2
    exit 1
fi
chroot "$rootfs" gpucompare --version
chroot "$rootfs" env HOME=/tmp gpucompare export-chart market-share --out /tmp/market-share.png
size=$(stat -c %s "$rootfs/tmp/market-share.png")
[ "$size" -gt 20000 ] || { echo "the chart is only $size bytes" >&2; exit 1; }
echo "Installed package: --version and a headless export-chart work ($size-byte PNG)"
