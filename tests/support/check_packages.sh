#!/bin/sh
# The Debian packages of a build (issue 13): cpack makes them (dependencies from dpkg-shlibdeps),
# lintian finds no error in them, and the programs they carry run from the unpacked tree; with
# MODE fresh-root they are also installed with apt into a fresh Debian 12 root (debootstrap
# minbase, cached as a tarball) and run there, which proves the computed dependencies suffice.
#   check_packages.sh BUILD_DIR COMPONENTS [MODE]   COMPONENTS: "cli" or "cli;gui"; MODE: unpacked | fresh-root
#   exit 0 ok, 1 with what is wrong, 77 when a tool is missing or (outside CI) not root
set -eu
build=$1
components=$2
mode=${3:-unpacked}
skip() { # outside CI a missing tool skips (77); CI installs every tool, so there it fails
    if [ "${CI:-}" = true ]; then echo "FAIL (CI): $1"; exit 1; fi
    echo "SKIP: $1"; exit 77
}
for tool in lintian dpkg-shlibdeps; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        skip "$tool is not installed (apt install lintian dpkg-dev)"
    fi
done
work=$(mktemp -d)
root=""
cleanup() {
    if [ -n "$root" ]; then
        umount -l "$root/proc" 2>/dev/null || true
        umount -R -l "$root/dev" 2>/dev/null || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT
(cd "$build" && cpack -G DEB -B "$work/debs" -D "CPACK_COMPONENTS_ALL=$components" >"$work/cpack.log" 2>&1) \
    || { cat "$work/cpack.log"; exit 1; }
status=0
for deb in "$work"/debs/*.deb; do
    echo "== $(basename "$deb")"
    dpkg-deb -f "$deb" Package Version Depends
    # Errors fail; warnings (no manual page) are shown.
    lintian --fail-on error --tag-display-limit 0 "$deb" 2>&1 | grep -v "root privileges" || true
    if ! lintian --fail-on error "$deb" >/dev/null 2>&1; then
        echo "lintian found errors in $(basename "$deb")"
        status=1
    fi
    dpkg-deb -x "$deb" "$work/root"
done
"$work/root/usr/bin/releasedesk-cli" --version | grep -qi "^releasedesk-cli [0-9]" || { echo "releasedesk-cli --version failed"; exit 1; }
case "$components" in
    *gui*)
        # No display here: --version answers before any window system is touched.
        env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM "$work/root/usr/bin/releasedesk" --version | grep -q "^ReleaseDesk " \
            || { echo "releasedesk --version failed"; exit 1; }
        ;;
esac
[ "$status" -eq 0 ] || exit "$status"
echo "ok: packages lintian-clean, programs run from the unpacked tree"
[ "$mode" = fresh-root ] || exit 0

# A fresh Debian 12: nothing but minbase, then apt installs the packages and what they depend on.
[ "$(id -u)" -eq 0 ] || skip "installing into a fresh root needs root (chroot, mount)"
command -v debootstrap >/dev/null 2>&1 || skip "debootstrap is not installed (apt install debootstrap)"
cache=${XDG_CACHE_HOME:-$HOME/.cache}/releasedesk
minbase=$cache/debian12-minbase.tar.gz
mkdir -p "$cache"
root=$work/fresh
mkdir -p "$root"
if [ ! -s "$minbase" ]; then
    echo "-- debootstrap --variant=minbase bookworm (cached in $minbase afterwards)"
    debootstrap --variant=minbase bookworm "$root" http://deb.debian.org/debian >"$work/debootstrap.log" 2>&1 \
        || { tail -20 "$work/debootstrap.log"; echo "debootstrap failed"; exit 1; }
    tar -C "$root" -czf "$minbase.part" . && mv "$minbase.part" "$minbase"
else
    tar -C "$root" -xzf "$minbase"
fi
cp /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null || true
# As a Debian 12 that is kept up to date: its updates and security suites too (the packages'
# dependencies were computed against such a system).
cat >"$root/etc/apt/sources.list" <<'SOURCES'
deb http://deb.debian.org/debian bookworm main
deb http://deb.debian.org/debian bookworm-updates main
deb http://deb.debian.org/debian-security bookworm-security main
SOURCES
mkdir -p "$root/tmp/debs"
cp "$work"/debs/*.deb "$root/tmp/debs/"
mount -t proc proc "$root/proc"
mount --rbind /dev "$root/dev"
in_root() { chroot "$root" /usr/bin/env -i HOME=/root PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive "$@"; }
echo "-- apt-get install $(cd "$root/tmp/debs" && echo *.deb)"
in_root apt-get update -q >"$work/apt.log" 2>&1 || { tail -20 "$work/apt.log"; echo "apt-get update failed"; exit 1; }
# shellcheck disable=SC2046
in_root sh -c 'apt-get install -y -q --no-install-recommends /tmp/debs/*.deb' >>"$work/apt.log" 2>&1 \
    || { tail -30 "$work/apt.log"; echo "the packages do not install on a fresh Debian 12"; exit 1; }
in_root releasedesk-cli --version | grep -qi "^releasedesk-cli [0-9]" \
    || { echo "releasedesk-cli --version failed in the fresh root"; exit 1; }
echo "fresh root: $(in_root releasedesk-cli --version)"
# The libraries core opens on first use are not in the programs' NEEDED list, so dpkg-shlibdeps
# cannot see them: the packages' Depends must have brought each one in.
sonames=$(sed -n 's/^RD_ON_DEMAND_SONAMES:INTERNAL=//p' "$build/CMakeCache.txt" | tr ';' ' ')
[ -n "$sonames" ] || { echo "RD_ON_DEMAND_SONAMES is not in $build/CMakeCache.txt"; exit 1; }
for soname in $sonames; do
    in_root ldconfig -p | grep -qE "^[[:space:]]+$soname \(" \
        || { echo "$soname (opened on first use) is not installed by the packages' Depends"; exit 1; }
done
# And one of them in use: a signing key pair needs libsodium.
in_root releasedesk-cli update keygen --out /tmp/keys >"$work/keygen.log" 2>&1 && [ -s "$root/tmp/keys/releasedesk-update.pub" ] \
    || { cat "$work/keygen.log"; echo "update keygen failed in the fresh root"; exit 1; }
echo "fresh root: opens $sonames on first use"
case "$components" in
    *gui*)
        in_root releasedesk --version | grep -q "^ReleaseDesk " || { echo "releasedesk --version failed in the fresh root"; exit 1; }
        echo "fresh root: $(in_root releasedesk --version)"
        ;;
esac
echo "ok: installed with apt into a fresh Debian 12 root; both programs run there"
