#!/bin/sh
# The Debian packages of a build (issue 13): cpack makes them (dependencies from dpkg-shlibdeps),
# lintian finds no error in them, and the programs they carry run from the unpacked tree.
#   check_packages.sh BUILD_DIR COMPONENTS     COMPONENTS: "cli" or "cli;gui"
#   exit 0 ok, 1 with what is wrong, 77 when lintian or dpkg-shlibdeps is missing
set -eu
build=$1
components=$2
for tool in lintian dpkg-shlibdeps; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "SKIP: $tool is not installed (apt install lintian dpkg-dev)"
        exit 77
    fi
done
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
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
[ "$status" -eq 0 ] && echo "ok: packages lintian-clean, programs run"
exit "$status"
