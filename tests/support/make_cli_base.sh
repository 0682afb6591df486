#!/bin/sh
# make_cli_base.sh ROOT BINARY: a minimal root folder (busybox, with dpkg-deb, and the shared
# libraries BINARY needs, copied from this machine) for testing the releasedesk-cli image
# without a registry: the Dockerfile's no-apt branch unpacks the .deb into it.
set -eu
R=$1
B=$2
rm -rf "$R"
mkdir -p "$R/bin" "$R/usr/bin" "$R/usr/sbin" "$R/etc" "$R/tmp" "$R/root" "$R/proc" "$R/sys" "$R/dev"
chmod 1777 "$R/tmp"
cp /bin/busybox "$R/bin/busybox"
for a in $(/bin/busybox --list); do [ -e "$R/bin/$a" ] || ln -s busybox "$R/bin/$a"; done
for so in $(ldd "$B" | awk '$2=="=>" && $3 ~ /^\// {print $3} $1 ~ /^\/.*\.so/ {print $1}' | sort -u); do
  mkdir -p "$R$(dirname "$so")"
  cp -L "$so" "$R$so"
done
for d in lib lib64; do [ -L /$d ] && { mkdir -p "$R/usr/$d"; cp -a "$R/$d/." "$R/usr/$d/" 2>/dev/null || true; rm -rf "$R/$d"; ln -s usr/$d "$R/$d"; }; done
printf 'root:x:0:0:root:/root:/bin/sh\n' > "$R/etc/passwd"
printf 'root:x:0:\n' > "$R/etc/group"
