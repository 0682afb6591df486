#!/usr/bin/env bash
# ReleaseDesk set-up: installs the Debian packages, builds, then runs the app or the tests.
#   ./setup.sh run     install, build, start the GUI on the built-in demo
#   ./setup.sh test    install, build (GUI and core-only variants), run the whole test suite
#   ./setup.sh deps    install the Debian packages only
#   ./setup.sh build   install and build only
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
cd "$here"

# The one list of Debian packages this project needs (build, tests, and the tools it drives).
packages=(
  build-essential cmake ninja-build ccache pkg-config git ca-certificates file
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools linguist-qt6
  qtkeychain-qt6-dev libarchive-dev libtomlplusplus-dev libsodium-dev libdeflate-dev zlib1g-dev
  python3 python3-venv python3-pip python3-packaging python3-jsonschema
  python3-setuptools-whl python3-wheel-whl
  nsis msitools wixl osslsigncode openssl wine binutils-mingw-w64-x86-64 gcc-mingw-w64-x86-64
  xvfb xauth dbus dbus-x11 gnome-keyring libsecret-tools
  zip unzip libarchive-tools pigz clang-format
  podman docker-registry busybox-static python3-yaml
  desktop-file-utils appstream systemd lintian dpkg-dev debootstrap qt6-translations-l10n
)

install_packages() {
  local missing=()
  local p
  for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
      missing+=("$p")
    fi
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "setup: installing ${#missing[@]} Debian package(s): ${missing[*]}"
  local sudo=()
  [ "$(id -u)" -ne 0 ] && sudo=(sudo)
  export DEBIAN_FRONTEND=noninteractive
  "${sudo[@]}" apt-get update -q
  "${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
}

build_dir=${RELEASEDESK_BUILD_DIR:-$here/build}
core_build_dir=${RELEASEDESK_CORE_BUILD_DIR:-$here/build-core}
jobs=${RELEASEDESK_JOBS:-$(nproc)}
# ccache rewrites paths under the base dir to relative ones, so clones and build trees share hits.
export CCACHE_BASEDIR=${CCACHE_BASEDIR:-$here}
# ...and the compiling folder is left out of the hash (it only names the debug info's folder),
# so the core-only and the GUI build share every object of core/ and app/cli.
export CCACHE_NOHASHDIR=${CCACHE_NOHASHDIR:-true}

configure_and_build() { # dir gui(ON|OFF)
  local dir=$1 gui=$2 werror=OFF
  [ "${CI:-}" = true ] && werror=ON
  cmake -S "$here" -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DRELEASEDESK_GUI="$gui" -DRELEASEDESK_WERROR="$werror" >/dev/null
  cmake --build "$dir" -j "$jobs"
}

cmd=${1:-run}
shift || true
case "$cmd" in
  deps) install_packages ;;
  build)
    install_packages
    configure_and_build "$build_dir" ON ;;
  run)
    install_packages
    configure_and_build "$build_dir" ON
    exec "$build_dir/app/releasedesk" --demo "$@" ;;
  test)
    install_packages
    if [ "${CI:-}" = true ] || [ -z "${DISPLAY:-}" ]; then export QT_QPA_PLATFORM=offscreen; fi
    "$here/.ci/check-format" || exit 1
    configure_and_build "$core_build_dir" OFF
    (cd "$core_build_dir" && ctest --output-on-failure -j "$jobs" "$@")
    configure_and_build "$build_dir" ON
    # Each test runs once: the GUI build runs only what the core-only build does not have (the
    # same sources against the same core; ccache makes the second build of core nearly free).
    core_tests=$(cd "$core_build_dir" && ctest -N | sed -n 's/^ *Test *#[0-9]*: //p' | paste -sd'|' -)
    (cd "$build_dir" && ctest --output-on-failure -j "$jobs" ${core_tests:+-E "^(${core_tests})\$"} "$@") ;;
  *) echo "usage: $0 run|test|build|deps" >&2; exit 2 ;;
esac
