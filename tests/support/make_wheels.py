#!/usr/bin/env python3
"""Generates the build tests' fixtures: wheels, an sdist, broken archives and an embeddable
Python zip, all made here (no network). Standard library only; uses x86_64-w64-mingw32-gcc
(Debian gcc-mingw-w64-x86-64) when present so that the Windows binaries are real PE files.

  make_wheels.py OUT

OUT/index/        a package index folder (serve it with pep503_server.py):
    helperlib-1.0.0-py3-none-any.whl          pure, with tests/, .pyi stubs (trim rules)
    soundcard-0.4.2-py3-none-any.whl          requires "numpy" with no pin (the guide's 13.3 case)
    numpy-1.26.4-cp311-cp311-win_amd64.whl    a real PE .pyd, numpy/f2py, numpy/tests ...
    numpy-2.0.0-cp311-cp311-win_amd64.whl
    withdata-1.0-py3-none-any.whl             .data/purelib, .data/platlib, .data/scripts
    puresdist-1.0.tar.gz                      sdist only (the pure-Python fallback builds it)
    linuxonly-1.0-cp311-cp311-manylinux_2_17_x86_64.whl   no Windows wheel, no sdist
    setuptools-*.whl, wheel-*.whl             Debian's, for isolated builds
OUT/index-np2/    soundcard + numpy 2.0.0 only (a "<2" constraint cannot be met)
OUT/evil/         zip-slip wheels: evil-dotdot, evil-absolute, evil-drive, evil-backslash,
                  evil-symlink, evil-hardlink-ish; and truncated.whl
OUT/python-3.11.9-embed-amd64.zip               the embeddable-Python fixture (real layout)
OUT/ftp/3.11.9/python-3.11.9-embed-amd64.zip    the same, python.org's ftp layout
OUT/ftp/3.11.9/amd64/tcltk.msi, lib.msi          tkinter's MSIs (only when wixl is installed)
OUT/manifest.json  sha256 of the fixture files
"""
import base64
import glob
import hashlib
import io
import json
import os
import shutil
import subprocess
import sys
import tarfile
import tempfile
import zipfile

MINGW = shutil.which("x86_64-w64-mingw32-gcc")


def pe_binary(kind, name):
    """A real Windows PE (DLL or EXE) when mingw-w64 is installed, else a stand-in."""
    if MINGW:
        with tempfile.TemporaryDirectory() as tmp:
            src = os.path.join(tmp, "x.c")
            out = os.path.join(tmp, "x.bin")
            if kind == "dll":
                code = '__declspec(dllexport) int %s_answer(void) { return 42; }\n' % name
                args = [MINGW, "-shared", "-g", "-O0", "-o", out, src]
            else:
                code = '#include <stdio.h>\nint main(void) { puts("%s fixture"); return 0; }\n' % name
                args = [MINGW, "-g", "-O0", "-o", out, src]
            with open(src, "w") as f:
                f.write(code)
            subprocess.run(args, check=True)
            return open(out, "rb").read()
    return b"MZ" + b"\0" * 62 + ("fixture %s %s\n" % (kind, name)).encode() * 100


def record_line(path, data):
    digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
    return f"{path},sha256={digest},{len(data)}"


def wheel(outdir, name, version, files, requires=(), tag="py3-none-any", data=None, extra_entries=None):
    """Writes {name}-{version}-{tag}.whl; files: {path: bytes|str}; data: {"purelib/x.py": ...}."""
    dist = name.replace("-", "_")
    info = f"{dist}-{version}.dist-info"
    entries = {}
    for path, content in files.items():
        entries[path] = content.encode() if isinstance(content, str) else content
    for path, content in (data or {}).items():
        entries[f"{dist}-{version}.data/{path}"] = content.encode() if isinstance(content, str) else content
    meta = [f"Metadata-Version: 2.1", f"Name: {name}", f"Version: {version}"]
    meta += [f"Requires-Dist: {r}" for r in requires]
    entries[f"{info}/METADATA"] = ("\n".join(meta) + "\n").encode()
    pure = "true" if tag.endswith("-any") else "false"
    entries[f"{info}/WHEEL"] = (f"Wheel-Version: 1.0\nGenerator: make_wheels.py\nRoot-Is-Purelib: {pure}\nTag: {tag}\n").encode()
    record = [record_line(p, d) for p, d in entries.items()] + [f"{info}/RECORD,,"]
    entries[f"{info}/RECORD"] = ("\n".join(record) + "\n").encode()
    path = os.path.join(outdir, f"{dist}-{version}-{tag}.whl")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for p, d in entries.items():
            z.writestr(zipfile.ZipInfo(p, (2024, 1, 1, 0, 0, 0)), d)
        for info_obj, d in (extra_entries or []):
            z.writestr(info_obj, d)
    return path


def sdist(outdir, name, version, module_source):
    base = f"{name}-{version}"
    files = {
        f"{base}/pyproject.toml": f'[build-system]\nrequires = ["setuptools>=61"]\nbuild-backend = "setuptools.build_meta"\n\n'
                                  f'[project]\nname = "{name}"\nversion = "{version}"\n',
        f"{base}/{name}.py": module_source,
        f"{base}/PKG-INFO": f"Metadata-Version: 2.1\nName: {name}\nVersion: {version}\n",
    }
    path = os.path.join(outdir, f"{base}.tar.gz")
    with tarfile.open(path, "w:gz") as t:
        for p, content in files.items():
            data = content.encode()
            ti = tarfile.TarInfo(p)
            ti.size = len(data)
            ti.mtime = 1704067200
            t.addfile(ti, io.BytesIO(data))
    return path


def numpy_wheel(outdir, version, pyd):
    files = {
        "numpy/__init__.py": f'__version__ = "{version}"\nfrom .core import answer\n',
        "numpy/core/__init__.py": "def answer():\n    return 42\n",
        "numpy/core/_multiarray_umath.cp311-win_amd64.pyd": pyd,
        "numpy/f2py/__init__.py": "# f2py: build-time only\n" + "# padding\n" * 200,
        "numpy/distutils/__init__.py": "# distutils: build-time only\n" + "# padding\n" * 200,
        "numpy/linalg/__init__.py": "# linalg\n",
        "numpy/tests/test_numpy.py": "def test():\n    pass\n" * 50,
        "numpy/__init__.pyi": "def answer() -> int: ...\n" * 20,
    }
    return wheel(outdir, "numpy", version, files, tag="cp311-cp311-win_amd64")


def evil_zips(outdir):
    def make(name, entries):
        path = os.path.join(outdir, name)
        with zipfile.ZipFile(path, "w") as z:
            z.writestr("good/__init__.py", "x = 1\n")
            for info, data in entries:
                z.writestr(info, data)
        return path

    make("evil-dotdot-1.0-py3-none-any.whl", [(zipfile.ZipInfo("good/../../escape.py"), "escaped = True\n")])
    make("evil-absolute-1.0-py3-none-any.whl", [(zipfile.ZipInfo("/tmp/rd-absolute-escape.py"), "escaped = True\n")])
    make("evil-drive-1.0-py3-none-any.whl", [(zipfile.ZipInfo("C:/Windows/escape.py"), "escaped = True\n")])
    make("evil-backslash-1.0-py3-none-any.whl", [(zipfile.ZipInfo("good\\..\\..\\escape.py"), "escaped = True\n")])
    link = zipfile.ZipInfo("good/link")
    link.create_system = 3
    link.external_attr = (0o120777 << 16)
    make("evil-symlink-1.0-py3-none-any.whl", [(link, "../../../../etc/passwd")])
    # A truncated archive: the first half of a good wheel.
    good = make("good-1.0-py3-none-any.whl", [(zipfile.ZipInfo("good/more.py"), "y = 2\n" * 500)])
    data = open(good, "rb").read()
    with open(os.path.join(outdir, "truncated-1.0-py3-none-any.whl"), "wb") as f:
        f.write(data[: len(data) // 2])


def embeddable_python(path, version="3.11.9"):
    major, minor = version.split(".")[:2]
    tag = f"{major}{minor}"
    stdlib = io.BytesIO()
    with zipfile.ZipFile(stdlib, "w", zipfile.ZIP_DEFLATED) as z:
        for mod in ("os", "site", "encodings/__init__", "json/__init__", "zipfile"):
            z.writestr(f"{mod}.pyc", b"\x00" * 16 + b"fixture bytecode\n" * 40)
    pth = f"python{tag}.zip\r\n.\r\n\r\n# Uncomment to run site.main() automatically\r\n#import site\r\n"
    files = {
        "python.exe": pe_binary("exe", "python"),
        "pythonw.exe": pe_binary("exe", "pythonw"),
        f"python{tag}.dll": pe_binary("dll", f"python{tag}"),
        "python3.dll": pe_binary("dll", "python3"),
        "vcruntime140.dll": pe_binary("dll", "vcruntime140"),
        "_socket.pyd": pe_binary("dll", "socket"),
        f"python{tag}.zip": stdlib.getvalue(),
        f"python{tag}._pth": pth.encode(),
        "LICENSE.txt": b"Fixture standing in for the PSF license.\r\n",
    }
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files.items():
            z.writestr(zipfile.ZipInfo(name, (2024, 4, 2, 0, 0, 0)), data)


def msi(path, product, files):
    """An MSI holding files ({"DLLs/_tkinter.pyd": bytes, ...} under Python/), built with wixl
    (Debian package wixl); returns False when wixl is missing."""
    wixl = shutil.which("wixl")
    if not wixl:
        return False
    with tempfile.TemporaryDirectory() as tmp:
        tree = {}
        for rel, data in files.items():
            src = os.path.join(tmp, "src", rel)
            os.makedirs(os.path.dirname(src), exist_ok=True)
            with open(src, "wb") as f:
                f.write(data)
            node = tree
            for part in rel.split("/")[:-1]:
                node = node.setdefault(part, {})
            node.setdefault("__files__", []).append((rel.split("/")[-1], "src/" + rel))  # wixl wants relative sources
        counter = [0]
        refs = []

        def emit(node, indent):
            xml = ""
            for name, src in node.get("__files__", []):
                counter[0] += 1
                n = counter[0]
                refs.append(f"c{n}")
                xml += f'{indent}<Component Id="c{n}" Guid="*" Win64="yes"><File Id="f{n}" Name="{name}" Source="{src}"/></Component>\n'
            for name, child in node.items():
                if name == "__files__":
                    continue
                counter[0] += 1
                xml += f'{indent}<Directory Id="d{counter[0]}" Name="{name}">\n' + emit(child, indent + "  ") + f"{indent}</Directory>\n"
            return xml

        body = emit(tree, "          ")
        features = "".join(f'<ComponentRef Id="{r}"/>' for r in refs)
        wxs = f"""<?xml version="1.0" encoding="utf-8"?>
<Wix xmlns="http://schemas.microsoft.com/wix/2006/wi">
  <Product Id="*" Name="{product}" Language="1033" Version="3.11.9" Manufacturer="ReleaseDesk tests"
           UpgradeCode="12345678-1234-1234-1234-123456789012">
    <Package InstallerVersion="200" Compressed="yes"/>
    <Media Id="1" Cabinet="data.cab" EmbedCab="yes"/>
    <Directory Id="TARGETDIR" Name="SourceDir">
      <Directory Id="ProgramFiles64Folder">
        <Directory Id="INSTALLDIR" Name="Python">
{body}        </Directory>
      </Directory>
    </Directory>
    <Feature Id="All" Level="1">{features}</Feature>
  </Product>
</Wix>
"""
        wxs_path = os.path.join(tmp, "fixture.wxs")
        with open(wxs_path, "w") as f:
            f.write(wxs)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        subprocess.run([wixl, "-a", "x64", "-o", os.path.abspath(path), "fixture.wxs"], check=True, cwd=tmp,
                       stderr=subprocess.DEVNULL)
    return True


def main():
    out = os.path.abspath(sys.argv[1])
    index = os.path.join(out, "index")
    np2 = os.path.join(out, "index-np2")
    evil = os.path.join(out, "evil")
    for d in (index, np2, evil):
        os.makedirs(d, exist_ok=True)
    pyd = pe_binary("dll", "multiarray")

    wheel(index, "helperlib", "1.0.0", {
        "helperlib/__init__.py": 'VERSION = "1.0.0"\n\ndef greet(name):\n    return "hello " + name\n',
        "helperlib/__init__.pyi": "VERSION: str\ndef greet(name: str) -> str: ...\n",
        "helperlib/util.py": "def double(x):\n    return 2 * x\n",
        "helperlib/tests/__init__.py": "",
        "helperlib/tests/test_helper.py": "def test():\n    assert True\n" * 30,
    })
    soundcard_files = {"soundcard/__init__.py": "import numpy\n\ndef record():\n    return numpy.answer()\n"}
    wheel(index, "soundcard", "0.4.2", soundcard_files, requires=["numpy"])
    numpy_wheel(index, "1.26.4", pyd)
    numpy_wheel(index, "2.0.0", pyd)
    wheel(index, "withdata", "1.0", {"withdata/__init__.py": "NAME = 'withdata'\n"}, data={
        "purelib/withdata_pure.py": "PURE = True\n",
        "platlib/withdata_plat.py": "PLAT = True\n",
        "scripts/withdata-tool": "#!python\nprint('tool')\n",
        "headers/withdata.h": "int withdata(void);\n",
    })
    sdist(index, "puresdist", "1.0", 'VALUE = "built from an sdist"\n')
    wheel(index, "linuxonly", "1.0", {"linuxonly/__init__.py": ""}, tag="cp311-cp311-manylinux_2_17_x86_64")
    for pattern in ("setuptools-*.whl", "wheel-*.whl"):
        for found in glob.glob(os.path.join("/usr/share/python-wheels", pattern)):
            shutil.copy(found, index)

    wheel(np2, "soundcard", "0.4.2", soundcard_files, requires=["numpy"])
    numpy_wheel(np2, "2.0.0", pyd)

    evil_zips(evil)
    embeddable_python(os.path.join(out, "python-3.11.9-embed-amd64.zip"))
    os.makedirs(os.path.join(out, "ftp", "3.11.9"), exist_ok=True)
    shutil.copy(os.path.join(out, "python-3.11.9-embed-amd64.zip"), os.path.join(out, "ftp", "3.11.9"))

    # tkinter as python.org ships it for the embeddable Python: {ver}/amd64/tcltk.msi + lib.msi.
    amd64 = os.path.join(out, "ftp", "3.11.9", "amd64")
    msi(os.path.join(amd64, "tcltk.msi"), "Tcl/Tk fixture", {
        "DLLs/_tkinter.pyd": pe_binary("dll", "tkinter"),
        "DLLs/tcl86t.dll": pe_binary("dll", "tcl86t"),
        "DLLs/tk86t.dll": pe_binary("dll", "tk86t"),
        "tcl/tcl8.6/init.tcl": b"# Tcl fixture\n",
        "tcl/tk8.6/tk.tcl": b"# Tk fixture\n",
    })
    msi(os.path.join(amd64, "lib.msi"), "Standard library fixture", {
        "Lib/tkinter/__init__.py": b"# tkinter fixture\n",
        "Lib/tkinter/constants.py": b"N = 'n'\n",
        "Lib/json/__init__.py": b"# other stdlib\n",
    })

    manifest = {}
    for root, _, names in os.walk(out):
        for n in names:
            p = os.path.join(root, n)
            manifest[os.path.relpath(p, out)] = hashlib.sha256(open(p, "rb").read()).hexdigest()
    with open(os.path.join(out, "manifest.json"), "w") as f:
        json.dump({"mingw": bool(MINGW), "files": manifest}, f, indent=1, sort_keys=True)
    print(out)


if __name__ == "__main__":
    main()
