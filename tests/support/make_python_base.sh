#!/bin/sh
# make_python_base.sh ROOT: a minimal busybox + python3.11 + pip root folder made from this
# machine's files, imported by the Docker tests as their base image (no registry is reachable).
# No useradd: the generated Dockerfile's fallback for images without it is what runs.
set -eu
R=$1
rm -rf "$R"; mkdir -p "$R"
PYV=3.11
# 1. busybox + applets
mkdir -p "$R/bin" "$R/sbin" "$R/usr/lib" "$R/usr/bin" "$R/usr/sbin" "$R/etc" "$R/tmp" "$R/root" "$R/home" "$R/var/tmp" "$R/proc" "$R/sys" "$R/dev"
chmod 1777 "$R/tmp" "$R/var/tmp"
cp /bin/busybox "$R/bin/busybox"
for a in $(/bin/busybox --list); do [ -e "$R/bin/$a" ] || ln -s busybox "$R/bin/$a"; done
# 2. python interpreter + stdlib (trimmed)
cp /usr/bin/python$PYV "$R/usr/bin/"
ln -s python$PYV "$R/usr/bin/python3"; ln -s python3 "$R/usr/bin/python"
tar -C /usr/lib -c \
  --exclude='__pycache__' --exclude="python$PYV/test" --exclude="python$PYV/idlelib" \
  --exclude="python$PYV/tkinter" --exclude="python$PYV/turtledemo" --exclude="python$PYV/lib2to3" \
  --exclude="python$PYV/pydoc_data" --exclude="python$PYV/config-$PYV-*" --exclude="python$PYV/EXTERNALLY-MANAGED" \
  --exclude='*/lib-dynload/_test*' --exclude='*/lib-dynload/xx*' --exclude='*/lib-dynload/_ctypes_test*' \
  --exclude='*/lib-dynload/_curses*' --exclude='*/lib-dynload/readline*' --exclude='*/lib-dynload/nis*' \
  --exclude='*/lib-dynload/_dbm*' --exclude='*/lib-dynload/ossaudiodev*' --exclude='*/lib-dynload/_tkinter*' \
  "python$PYV" | tar -C "$R/usr/lib" -x
# 3. shared libraries needed by python + remaining extension modules (ldd closure, real files + symlink names)
for so in $( { ldd /usr/bin/python$PYV /bin/busybox 2>/dev/null || true; for m in "$R"/usr/lib/python$PYV/lib-dynload/*.so; do ldd "$m"; done; } \
            | awk '$2=="=>" && $3 ~ /^\// {print $3} $1 ~ /^\/.*\.so/ {print $1}' | sort -u); do
  mkdir -p "$R$(dirname "$so")"
  cp -L "$so" "$R$so"
done
# /lib, /lib64 are symlinks on merged-usr Debian; reproduce that layout
for d in lib lib64; do [ -L /$d ] && { cp -a "$R/$d/." "$R/usr/$d/" 2>/dev/null || true; rm -rf "$R/$d"; ln -s usr/$d "$R/$d"; }; done
# 4. pip/setuptools/wheel: unpack Debian's self-contained *.whl (pip's vendored deps included) into site-packages,
#    and keep the wheels for Debian-patched ensurepip (used by `python3 -m venv`)
SP="$R/usr/local/lib/python$PYV/dist-packages"; mkdir -p "$SP" "$R/usr/local/bin" "$R/usr/share/python-wheels"
cp /usr/share/python-wheels/*.whl "$R/usr/share/python-wheels/"
for w in /usr/share/python-wheels/pip-*.whl /usr/share/python-wheels/setuptools-*.whl /usr/share/python-wheels/wheel-*.whl; do
  /usr/bin/python$PYV -c 'import sys,zipfile; zipfile.ZipFile(sys.argv[1]).extractall(sys.argv[2])' "$w" "$SP"
done
printf '#!/bin/sh\nexec /usr/bin/python3 -m pip "$@"\n' > "$R/usr/local/bin/pip"; chmod 755 "$R/usr/local/bin/pip"; ln -s pip "$R/usr/local/bin/pip3"
# 5. minimal /etc
printf 'root:x:0:0:root:/root:/bin/sh\nnobody:x:65534:65534:nobody:/nonexistent:/bin/false\n' > "$R/etc/passwd"
printf 'root:x:0:\nnogroup:x:65534:\n' > "$R/etc/group"
printf 'root:*:19000:0:99999:7:::\nnobody:*:19000:0:99999:7:::\n' > "$R/etc/shadow"; chmod 640 "$R/etc/shadow"
printf 'hosts: files dns\n' > "$R/etc/nsswitch.conf"
