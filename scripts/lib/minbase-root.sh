# Sourced by the checks that need a bare Debian 12 (bookworm) root: check-fresh-machine.sh
# (the README's set-up from nothing) and check-package-install.sh (the .deb on runtime packages).
#
#   make_minbase_root DIR   fills DIR with a debootstrap --variant=minbase root
#   release_minbase_root DIR  unmounts what make_minbase_root mounted and removes DIR
#
# The freshly bootstrapped root is kept as a tarball (GPUCOMPARE_ROOT_CACHE, by default
# ~/.cache/gpucompare) and unpacked again on later runs: it holds only what debootstrap put
# there, never a package a check installed afterwards. Needs root; installs debootstrap.
#
# Two things make the checks' package installs quick without changing what they install: the
# host's own package cache (/var/cache/apt/archives) is mounted into the root, so a .deb the
# host or an earlier check downloaded is not downloaded again (apt still checks it against the
# mirror's index), and dpkg in the root does not fsync every file it unpacks (force-unsafe-io):
# the root is thrown away after the check, and the syncs were two thirds of its install time.

MINBASE_MIRROR=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
MINBASE_SECURITY_MIRROR=${DEBIAN_SECURITY_MIRROR:-http://deb.debian.org/debian-security}
MINBASE_CACHE_DIR=${GPUCOMPARE_ROOT_CACHE:-${HOME:-/root}/.cache/gpucompare}
MINBASE_TARBALL="$MINBASE_CACHE_DIR/debian12-minbase.tar"
MINBASE_HOST_PACKAGES=/var/cache/apt/archives

make_minbase_root() {
    local dir=$1
    if [ -s "$MINBASE_TARBALL" ]; then
        echo "Unpacking the cached Debian 12 minbase root ($MINBASE_TARBALL)"
        tar -C "$dir" -xpf "$MINBASE_TARBALL"
    else
        if ! command -v debootstrap >/dev/null; then
            DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
                debootstrap >/dev/null
        fi
        echo "Bootstrapping a Debian 12 minbase root from $MINBASE_MIRROR"
        if ! debootstrap --variant=minbase bookworm "$dir" "$MINBASE_MIRROR" >"$dir.debootstrap.log" 2>&1; then
            tail -30 "$dir.debootstrap.log" >&2
            rm -f "$dir.debootstrap.log"
            return 1
        fi
        rm -f "$dir.debootstrap.log"
        mkdir -p "$MINBASE_CACHE_DIR"
        # Written under a temporary name, so an interrupted run never leaves half a root cached.
        tar -C "$dir" -cpf "$MINBASE_TARBALL.partial" . && mv "$MINBASE_TARBALL.partial" "$MINBASE_TARBALL"
    fi
    # The package sources of an installed Debian 12, not only the release debootstrap took: its
    # updates and security fixes too, as a user's machine (and the host) has them.
    cat >"$dir/etc/apt/sources.list" <<SOURCES
deb $MINBASE_MIRROR bookworm main
deb $MINBASE_MIRROR bookworm-updates main
deb $MINBASE_SECURITY_MIRROR bookworm-security main
SOURCES
    # The host's resolver for apt inside the root, and /proc for the programs that read it.
    cp /etc/resolv.conf "$dir/etc/resolv.conf" 2>/dev/null || true
    mount -t proc proc "$dir/proc"
    echo force-unsafe-io >"$dir/etc/dpkg/dpkg.cfg.d/gpucompare-check-unsafe-io"
    if [ -d "$MINBASE_HOST_PACKAGES" ]; then
        mount --bind "$MINBASE_HOST_PACKAGES" "$dir/var/cache/apt/archives"
    fi
}

release_minbase_root() {
    local dir=$1
    [ -n "$dir" ] && [ -d "$dir" ] || return 0
    umount "$dir/proc" 2>/dev/null || true
    local packages="$dir/var/cache/apt/archives"
    if mountpoint -q "$packages" 2>/dev/null && ! umount "$packages"; then
        # Removing the root now would empty the host's package cache through the mount.
        echo "$packages is still mounted; $dir left in place" >&2
        return 0
    fi
    rm -rf "$dir"
}

# True when Debian's mirror answers (the checks say they skipped instead of failing when it
# does not, outside CI).
minbase_mirror_reachable() {
    local host=${MINBASE_MIRROR#*://}
    host=${host%%/*}
    getent hosts "$host" >/dev/null
}
