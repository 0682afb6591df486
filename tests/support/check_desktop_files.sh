#!/bin/sh
# Desktop integration of a GUI build (issue 13): `cmake --install --component gui` puts the menu
# entry, the AppStream metainfo and the icon theme where desktops look, the files pass
# desktop-file-validate and appstreamcli validate, their names agree, and the installed
# releasedesk answers --version.
#   check_desktop_files.sh BUILD_DIR      exit 0 ok, 1 with what is wrong, 77 when a validator is missing
set -eu
build=$1
id=io.github.releasedesk.ReleaseDesk
dest=$(mktemp -d)
trap 'rm -rf "$dest"' EXIT
cmake --install "$build" --component gui --prefix "$dest/usr" >/dev/null
for file in bin/releasedesk share/applications/$id.desktop share/metainfo/$id.metainfo.xml \
    share/icons/hicolor/scalable/apps/$id.svg share/icons/hicolor/16x16/apps/$id.png share/icons/hicolor/256x256/apps/$id.png; do
    if [ ! -e "$dest/usr/$file" ]; then
        echo "not installed: $file"
        exit 1
    fi
done
for tool in desktop-file-validate appstreamcli; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "SKIP: $tool is not installed (apt install desktop-file-utils appstream)"
        exit 77
    fi
done
desktop-file-validate "$dest/usr/share/applications/$id.desktop"
appstreamcli validate --no-net --pedantic "$dest/usr/share/metainfo/$id.metainfo.xml"
grep -qx "Icon=$id" "$dest/usr/share/applications/$id.desktop" || { echo "Icon= does not name $id"; exit 1; }
grep -q "<launchable type=\"desktop-id\">$id.desktop</launchable>" "$dest/usr/share/metainfo/$id.metainfo.xml" \
    || { echo "the metainfo's launchable does not name $id.desktop"; exit 1; }
exec_name=$(sed -n 's/^Exec=\([^ ]*\).*/\1/p' "$dest/usr/share/applications/$id.desktop")
[ -x "$dest/usr/bin/$exec_name" ] || { echo "Exec=$exec_name is not an installed program"; exit 1; }
version=$(QT_QPA_PLATFORM=offscreen "$dest/usr/bin/releasedesk" --version)
case "$version" in
    ReleaseDesk\ *) echo "ok: $version; $id installed and valid" ;;
    *) echo "releasedesk --version printed: $version"; exit 1 ;;
esac
