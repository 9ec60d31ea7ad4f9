#!/usr/bin/env bash
# The README's set-up on a machine that has never seen the project: a minimal Debian 12 root
# (debootstrap --variant=minbase, nothing else installed), a clean export of the tree copied
# into it (git archive: committed files, plus uncommitted changes to tracked files when run by
# hand), the README's first command run inside it as `bash scripts/dev.sh run --version` (it
# installs, builds and launches the application, which prints its version and exits), then a
# headless `gpucompare export-chart market-share` there. The second command (`dev.sh test`)
# differs only by the test packages, and CI runs it on the host. Every package the build needs must
# come from dev.sh's own list; a missing one fails here, naming the step.
#
# Needs root (for the chroot). Outside CI, a machine without root or without Debian's mirror
# is told why and the check is skipped; in CI (CI=true) both are failures.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=lib/minbase-root.sh
source "$ROOT/scripts/lib/minbase-root.sh"

step="starting"
fail() {
    echo "check-fresh-machine: FAILED at step: $step" >&2
    exit 1
}
skip_or_fail() {
    if [ "${CI:-}" = "true" ]; then
        echo "check-fresh-machine: $1" >&2
        fail
    fi
    echo "check-fresh-machine: skipped ($1)"
    exit 0
}
timed() {
    local started=$SECONDS
    step=$1
    shift
    echo "== $step"
    "$@" || fail
    echo "   ($((SECONDS - started)) s)"
}

[ "$(id -u)" -eq 0 ] || skip_or_fail "needs root for the chroot"
minbase_mirror_reachable || skip_or_fail "Debian's mirror is unreachable"

rootfs=$(mktemp -d /tmp/gpucompare-fresh.XXXXXX)
# The host's compiler cache, mounted into the root for dev.sh's ccache (scripts/lib/
# ccache-env.sh): the sources the host's build compiled a moment ago come from it. The root is
# removed only once the cache is unmounted, never with it.
host_cache=${CCACHE_DIR:-${HOME:-/root}/.cache/ccache}
root_cache="$rootfs/root/.cache/ccache"
cleanup() {
    if mountpoint -q "$root_cache" 2>/dev/null && ! umount "$root_cache"; then
        echo "check-fresh-machine: $root_cache is still mounted; $rootfs left in place" >&2
        return
    fi
    release_minbase_root "$rootfs"
}
trap cleanup EXIT

timed "make a Debian 12 minbase root" make_minbase_root "$rootfs"
mount_cache() {
    mkdir -p "$host_cache" "$root_cache" && mount --bind "$host_cache" "$root_cache"
}
timed "mount the host's compiler cache" mount_cache

export_tree() {
    mkdir -p "$rootfs/src"
    local tree
    # A stash commit holds the uncommitted changes to tracked files; with none, HEAD itself.
    tree=$(git -C "$ROOT" stash create 2>/dev/null || true)
    git -C "$ROOT" archive --format=tar "${tree:-HEAD}" | tar -C "$rootfs/src" -xf -
}
timed "copy a clean export of the tree (git archive)" export_tree

in_root() {
    chroot "$rootfs" env -i PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
        HOME=/root TERM=dumb "$@"
}
# Nothing but minbase: no compiler, no CMake, no Qt before dev.sh installs them.
check_bare() {
    if in_root dpkg-query -W -f='${Status} ${Package}\n' g++ cmake qt6-base-dev 2>/dev/null |
        grep -q "install ok installed"; then
        echo "the root already holds build tools; this check would prove nothing" >&2
        return 1
    fi
}
timed "check the root is bare" check_bare
run_quick_start() {
    in_root bash -c 'cd /src && bash scripts/dev.sh run --version' | tee "$rootfs/tmp/run.log" ||
        return 1
    grep -q '^gpucompare [0-9]' "$rootfs/tmp/run.log"
}
timed "bash scripts/dev.sh run --version (inside the root)" run_quick_start

export_chart() {
    in_root env QT_QPA_PLATFORM=offscreen /src/build/app/gpucompare export-chart market-share \
        --out /tmp/market-share.png || return 1
    local size
    size=$(stat -c %s "$rootfs/tmp/market-share.png")
    if [ "$size" -lt 20000 ] || [ "$(head -c 8 "$rootfs/tmp/market-share.png" | od -An -tx1 | tr -d ' \n')" != "89504e470d0a1a0a" ]; then
        echo "the chart is not a PNG of a drawn chart ($size bytes)" >&2
        return 1
    fi
    echo "   market-share.png: $size bytes"
}
timed "gpucompare export-chart market-share (headless)" export_chart
echo "check-fresh-machine: the README's set-up builds and runs on a bare Debian 12 ($(cat "$rootfs/etc/debian_version"))"
