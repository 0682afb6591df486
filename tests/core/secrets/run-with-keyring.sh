#!/bin/sh
# Runs a command (a test) inside a private D-Bus session with a throw-away, unlocked GNOME keyring
# and without a display, so that no unlock prompt can appear. CTest uses it as the launcher of
# TestRealKeychain:   run-with-keyring.sh COMMAND [ARGS...]
#
# The user's own keyrings are never touched: HOME, the XDG directories and the runtime directory
# point into a temporary directory removed afterwards. The whole run is bounded by
# RELEASEDESK_KEYRING_TIMEOUT seconds (default 120). Needs dbus-run-session (Debian package dbus)
# and gnome-keyring-daemon (Debian package gnome-keyring); without them the command runs as is,
# and TestRealKeychain skips, naming the packages.
set -eu

if [ $# -lt 1 ]; then
    echo "usage: $0 COMMAND [ARGS...]" >&2
    exit 2
fi

missing=""
command -v dbus-run-session >/dev/null 2>&1 || missing="$missing dbus-run-session (Debian package dbus)"
command -v gnome-keyring-daemon >/dev/null 2>&1 || missing="$missing gnome-keyring-daemon (Debian package gnome-keyring)"
if [ -n "$missing" ]; then
    echo "run-with-keyring: missing$missing; running without a keyring." >&2
    exec "$@"
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/releasedesk-keyring.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
trap 'exit 130' INT TERM
mkdir -p "$tmp/home/.local/share" "$tmp/home/.config" "$tmp/home/.cache" "$tmp/runtime"
chmod 700 "$tmp/runtime"

export HOME="$tmp/home"
export XDG_DATA_HOME="$HOME/.local/share" XDG_CONFIG_HOME="$HOME/.config" XDG_CACHE_HOME="$HOME/.cache"
export XDG_RUNTIME_DIR="$tmp/runtime"
# No display: gnome-keyring cannot show an unlock prompt, so nothing can wait for a person.
# No desktop hints: QtKeychain would pick KWallet on KDE.
unset DISPLAY WAYLAND_DISPLAY DBUS_SESSION_BUS_ADDRESS GNOME_KEYRING_CONTROL SSH_AUTH_SOCK \
      XDG_CURRENT_DESKTOP DESKTOP_SESSION GNOME_DESKTOP_SESSION_ID KDE_FULL_SESSION KDE_SESSION_VERSION
export RELEASEDESK_TEST_KEYRING=1
export RELEASEDESK_TEST_KEYRING_PASSWORD=releasedesk-test-keyring

seconds=${RELEASEDESK_KEYRING_TIMEOUT:-120}
status=0
timeout --kill-after=10 "$seconds" dbus-run-session -- sh -c '
    printf "%s" "$RELEASEDESK_TEST_KEYRING_PASSWORD" \
        | gnome-keyring-daemon --unlock --components=secrets >/dev/null \
        || { echo "run-with-keyring: gnome-keyring-daemon --unlock failed" >&2; exit 3; }
    exec "$@"' run-with-keyring "$@" || status=$?
if [ "$status" -eq 124 ] || [ "$status" -eq 137 ]; then
    echo "run-with-keyring: stopped after ${seconds} s (RELEASEDESK_KEYRING_TIMEOUT)." >&2
fi
exit "$status"
