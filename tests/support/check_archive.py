#!/usr/bin/env python3
"""Checks an archive with Python's own readers (zipfile / tarfile), for the archive tests.

  check_archive.py zip ARCHIVE [TREE PREFIX]   testzip(), then (with TREE) every file of TREE is
                                               in the archive under PREFIX with the same bytes
                                               and executable bit
  check_archive.py tar ARCHIVE [TREE PREFIX]   the same for .tar.gz, plus symlinks and modes
  check_archive.py list ARCHIVE                prints the member names (zip or tar.gz)
Prints "OK <count>" and exits 0, or prints the problems and exits 1.
"""
import os
import stat
import sys
import tarfile
import zipfile


def tree_items(tree, prefix):
    items = {}
    for root, dirs, files in os.walk(tree):
        for name in dirs + files:
            path = os.path.join(root, name)
            rel = os.path.relpath(path, tree)
            arc = (prefix + "/" + rel) if prefix else rel
            items[arc] = path
    return items


def check_zip(archive, tree, prefix):
    problems = []
    with zipfile.ZipFile(archive) as z:
        bad = z.testzip()
        if bad:
            problems.append(f"bad CRC in {bad}")
        infos = {i.filename.rstrip("/"): i for i in z.infolist()}
        if tree:
            for arc, path in tree_items(tree, prefix).items():
                info = infos.get(arc)
                if info is None:
                    problems.append(f"missing {arc}")
                    continue
                if os.path.islink(path):
                    continue
                if os.path.isdir(path):
                    if not info.is_dir():
                        problems.append(f"{arc} is not a folder")
                    continue
                if z.read(info) != open(path, "rb").read():
                    problems.append(f"content differs: {arc}")
                mode = info.external_attr >> 16
                if bool(mode & 0o111) != bool(os.stat(path).st_mode & 0o111):
                    problems.append(f"executable bit differs: {arc} ({oct(mode)})")
        count = len(infos)
    return problems, count


def check_tar(archive, tree, prefix):
    problems = []
    with tarfile.open(archive, "r:gz") as t:
        members = {m.name.rstrip("/"): m for m in t.getmembers()}
        if tree:
            for arc, path in tree_items(tree, prefix).items():
                m = members.get(arc)
                if m is None:
                    problems.append(f"missing {arc}")
                    continue
                if os.path.islink(path):
                    if not m.issym() or m.linkname != os.readlink(path):
                        problems.append(f"symlink differs: {arc}")
                    continue
                if os.path.isdir(path):
                    if not m.isdir():
                        problems.append(f"{arc} is not a folder")
                    continue
                if t.extractfile(m).read() != open(path, "rb").read():
                    problems.append(f"content differs: {arc}")
                if stat.S_IMODE(m.mode) != stat.S_IMODE(os.stat(path).st_mode):
                    problems.append(f"mode differs: {arc} {oct(m.mode)} vs {oct(os.stat(path).st_mode)}")
        count = len(members)
    return problems, count


def main():
    kind, archive = sys.argv[1], sys.argv[2]
    tree = sys.argv[3] if len(sys.argv) > 3 else None
    prefix = sys.argv[4] if len(sys.argv) > 4 else ""
    if kind == "list":
        if zipfile.is_zipfile(archive):
            names = zipfile.ZipFile(archive).namelist()
        else:
            names = tarfile.open(archive, "r:*").getnames()
        print("\n".join(names))
        return 0
    problems, count = (check_zip if kind == "zip" else check_tar)(archive, tree, prefix)
    if problems:
        print("\n".join(problems[:50]))
        return 1
    print(f"OK {count}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
