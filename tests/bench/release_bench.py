#!/usr/bin/python3
"""release_bench: the wall time of a whole release of a heavy Python app, done two ways, in one run.

What is measured
----------------
One generated "heavy" app (deterministic, fixed random seed) is released three times to the Gitea
test double (tests/support/gitea_test_server.py), each time from a fresh copy of the project, a fresh
bare git remote, a fresh server state and fresh output/cache folders:

  A          the yardstick: the CI/CD guide's scripts (shared/reference/ci-cd-python-gitea-guide.md
             §2.1, §2.3, §4, §5, §6), one after another, as a bash script the bench writes
             (<run>/reference.sh):
               tag        git tag -a + git push (what starts the guide's workflow)
               windows    unzip the embeddable Python into dist/python, patch the ._pth, one
                          `pip download --platform win_amd64 --python-version 3.11 --implementation cp
                          --only-binary :all: --no-index --find-links WHEELS` per dependency (§4.2's
                          loop), unzip each wheel into site-packages, §4.3's cleanup (find/rm, strip
                          --strip-debug on *.pyd), copy the app, `zip -qr` the portable zip
               linux      `python3 -m venv` (/usr/bin/python3), `pip install --no-index --find-links
                          WHEELS .`, remove the app package from the venv, §5.2's cleanup, run.sh,
                          copy the app, `tar -czf`
               installer  makensis on the Windows folder: Unicode true, Target amd64-unicode,
                          SetCompressor /SOLID lzma, one Section with File /r (the guide's §6 choice)
               release    §2.1's curl POST of the release (JSON body made with python3), then §2.3's
                          upload_asset for the three files (GET the assets, then
                          `curl -T FILE -X POST .../releases/ID/assets?name=NAME`; `-T` streams the
                          file, where the guide's `--data-binary @FILE` would read it into memory)
  B-lzma     `releasedesk-cli release run --json` with [installer] compressor = "lzma" (what A does)
  B-default  the same with [installer] compressor = "bzip2" (the default being introduced; set
             explicitly, so the result does not depend on that change)

Both sides use the same inputs: the same embeddable-Python zip, the same wheel folder (offline,
--no-index), the same interpreters (`python3` on PATH runs pip for the Windows wheels, as
ReleaseDesk's build.host_python default does; /usr/bin/python3 makes the Linux venv, as
build.linux_python's default does), zip/gzip level 6 on both sides, a private PIP_CACHE_DIR per run
and, for B, a private --cache-dir (no warm wheel cache). Reported per run: wall time per phase and
in all, the CPU time of the child processes, the three artifact sizes, the trees inside the
archives (files, bytes: they should match between A and B), and a check of the release on the
server (each asset once, its stored bytes' SHA-256 equal to the local file, SHA256SUMS right).
B's phases overlap (builds side by side, uploads as files appear), so they do not add up to its
total; B's "release + uploads" is the time during which any release/upload/checksums/verify step
ran. Ratios B/A of the total wall time are printed with the goals (B-lzma/A <= 0.85,
B-default/A <= 0.5).

The payload (full size; --quick divides everything by ten)
----------------------------------------------------------
The reference payload of shared/reference/machine-notes.md, ~95 MB of Windows files:
  * an embeddable-Python-like zip: tests/support/make_wheels.py's fixture, enlarged with a ~10 MB
    python311.zip of generated stdlib-like .py files and ~12 MB of DLLs/.pyd (real PE files made
    with mingw-w64 when installed, else PE-looking blobs);
  * ~6,000 generated .py modules of realistic text (docstrings, classes, functions; with a few
    tests/ folders and .pyi stubs for the cleanup to remove) in four wheels: heavyext (binary),
    bigframework, netkit, textutils (py3-none-any);
  * a 40 MB extension module heavyext/_core (.pyd in a cp311-win_amd64 wheel; the same bytes as a
    .so in a cp311 manylinux_2_17_x86_64 wheel so the Linux venv installs offline) whose bytes
    compress like machine code (measured: lzma 2.9x, bzip2 2.8x, deflate 2.1x; the module text:
    lzma 4.5x, bzip2 5.6x, deflate 3.7x).
The app (pyproject.toml with setuptools, src/heavyapp, releasedesk.toml) depends on the four.
python311.zip is already compressed (as the real one is), so the installers come out larger than
the notes' 22.6 MB (about 33 MB with lzma expected at full size); makensis's time is what matters.

How to run (Python 3 standard library only; use Debian's interpreter)
----------------------------------------------------------------------
  /usr/bin/python3 tests/bench/release_bench.py            # full size: several minutes
  /usr/bin/python3 tests/bench/release_bench.py --quick    # ~10x smaller payload: a smoke run
  options: --keep (keep the temp folder: scripts, logs, outputs), --cli PATH (default
  build/app/releasedesk-cli), --json (JSON on stdout, the table on stderr), --work DIR (where the
  temp folder goes), --payload DIR (generate the payload there once and reuse it next time),
  --only A,B-lzma,B-default (a subset, for debugging; ratios need A).
Needs: makensis (nsis), zip, unzip, curl, git, tar, strip, python3 with pip on PATH, /usr/bin/python3
with venv and pip; optional x86_64-w64-mingw32-gcc and gcc (real PE/ELF binaries).
Run it on a quiet machine: the three runs are compared with each other, never with other runs.
Exit code: 0 when every run succeeded and its release checked out (goals missed are reported,
not failed), 1 otherwise.
"""
import argparse
import base64
import hashlib
import io
import json
import keyword
import os
import random
import re
import resource
import shlex
import shutil
import struct
import subprocess
import sys
import tarfile
import tempfile
import threading
import time
import urllib.request
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
SUPPORT = os.path.join(REPO, "tests", "support")
SEED = 20240601
GENERATOR_VERSION = 4  # bump when the payload changes (invalidates --payload folders)

APP_NAME = "HeavyApp"
PACKAGE = "heavyapp"
VERSION = "1.0.0"
TAG = "v" + VERSION
OWNER, REPO_NAME = "alice", "app"
TOKEN = "bench-token-alice"
PY_VERSION = "3.11.9"

ZIP_NAME = f"{APP_NAME}-{TAG}-win-x64.zip"
TAR_NAME = f"{APP_NAME}-{TAG}-linux-x64.tar.gz"
EXE_NAME = f"{APP_NAME}-{TAG}-setup.exe"
ARTIFACTS = (EXE_NAME, ZIP_NAME, TAR_NAME)

GOALS = {"B-lzma": 0.85, "B-default": 0.5}
RUN_NAMES = ("A", "B-lzma", "B-default")

# Full-size payload; --quick multiplies by 0.1.
FULL = {
    "modules": 6000,          # .py files in the dependencies (tests and __init__ included)
    "module_mu": 7.95,        # lognormal size of a module's text (mean ~5.3 KB with the tail)
    "pyd_bytes": 40 * 2**20,  # heavyext's extension module
    "stdlib_zip_bytes": 10 * 2**20,  # python311.zip (compressed size)
    "dll_bytes": 12 * 2**20,  # python311.dll, libcrypto, ... in the embeddable zip
}

_T0 = time.monotonic()


def log(msg):
    print(f"[{time.monotonic() - _T0:7.1f}s] {msg}", file=sys.stderr, flush=True)


def human(n):
    if n is None:
        return "-"
    for unit in ("B", "KB", "MB", "GB"):
        if abs(n) < 1024 or unit == "GB":
            return f"{n:.1f} {unit}" if unit != "B" else f"{n} B"
        n /= 1024.0
    return str(n)


def sha256_file(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def run(cmd, **kw):
    kw.setdefault("check", True)
    return subprocess.run(cmd, **kw)


# ------------------------------------------------------------------------------------------------
# Payload generation
# ------------------------------------------------------------------------------------------------

def cumulative(weights):
    out, s = [], 0.0
    for w in weights:
        s += w
        out.append(s)
    return out


SYLLABLES = ["ba", "co", "de", "fi", "ga", "hu", "in", "jo", "ka", "le", "mo", "nu", "or", "pa", "qui", "ra",
             "se", "ti", "un", "ve", "wa", "xi", "yo", "za", "st", "tr", "pl", "ch", "th", "sh", "er", "an",
             "en", "on", "al", "el", "ic", "at", "is", "ex"]
COMMON = ["the", "a", "of", "to", "and", "is", "in", "for", "this", "that", "be", "with", "as", "if", "it",
          "not", "or", "are", "by", "on", "returns", "value", "object", "list", "name", "data", "default",
          "none", "given", "used", "when", "from", "an", "each", "new", "must", "path", "file", "key", "type",
          "string", "number", "set", "index", "result", "error", "config", "request", "response", "items"]
STDLIB = ["os", "sys", "re", "json", "logging", "typing", "collections", "functools", "itertools", "dataclasses",
          "pathlib", "enum", "abc", "time", "threading", "warnings", "io", "struct", "socket", "contextlib"]


class SourceText:
    """Python modules of realistic text: docstrings, imports, classes with methods, functions.
    Words come from a zipf-weighted vocabulary; each module reuses a small set of its own names."""

    def __init__(self, seed):
        rng = random.Random(f"{seed}:vocabulary")
        words = set(COMMON)
        while len(words) < 3000:
            words.add("".join(rng.choice(SYLLABLES) for _ in range(rng.choice([1, 2, 2, 3, 3, 4]))))
        rest = sorted(words - set(COMMON))
        rng.shuffle(rest)
        self.words = COMMON + rest
        self.cw = cumulative([1.0 / (i + 1) ** 1.05 for i in range(len(self.words))])

    def module(self, rng, target, header=""):
        W, cw = self.words, self.cw

        def words(k):
            return rng.choices(W, cum_weights=cw, k=k)

        def gident():
            x = "_".join(words(rng.choice([1, 1, 2, 2, 3])))
            return x + "_" if keyword.iskeyword(x) or x in ("self", "kwargs") else x

        def gcamel():
            return "".join(w.capitalize() for w in words(rng.choice([1, 2, 2, 3])))

        local = [gident() for _ in range(rng.randint(15, 40))]
        localc = [gcamel() for _ in range(rng.randint(4, 10))]

        def ident():
            return rng.choice(local) if rng.random() < 0.7 else gident()

        def camel():
            return rng.choice(localc) if rng.random() < 0.7 else gcamel()

        def sentence():
            s = " ".join(words(rng.randint(5, 16)))
            return s[0].upper() + s[1:] + "."

        def doc(ind, n):
            return f'{ind}"""' + ("\n" + ind).join(sentence() for _ in range(n)) + f'\n{ind}"""\n'

        def args(n):
            names = []
            for _ in range(n):
                a = ident()
                if a not in names:
                    names.append(a)
            return names

        def statement(ind):
            a, b = ident(), ident()
            while b == a:
                b = gident()
            i = ind
            choice = rng.randrange(10)
            if choice == 0:
                return f'{i}if {a} is None:\n{i}    raise ValueError("{sentence()}")\n'
            if choice == 1:
                return f'{i}{a} = self._{b}.get("{a}", None)\n' if ind == "        " else f'{i}{a} = {b}.get("{a}", None)\n'
            if choice == 2:
                return f"{i}for {a} in {b}:\n{i}    {b}_seen.append({a})\n"
            if choice == 3:
                return f'{i}logger.debug("{sentence()} %s", {a})\n'
            if choice == 4:
                return f"{i}{a} = [{b} for {b} in {a} if {b} is not None]\n"
            if choice == 5:
                return f"{i}# {sentence()}\n"
            if choice == 6:
                return f"{i}{a} = {b}\n"
            if choice == 7:
                return (f"{i}try:\n{i}    {a} = {b}({a}, **options)\n{i}except (KeyError, TypeError) as exc:\n"
                        f'{i}    raise RuntimeError("{sentence()}") from exc\n')
            if choice == 8:
                return f"{i}if isinstance({a}, (list, tuple)):\n{i}    return len({a}) + {rng.randint(0, 99)}\n"
            return f"{i}{a} = {rng.randint(0, 1 << 16)} if {b} else {rng.randint(0, 255)}\n"

        out = [header, doc("", rng.randint(2, 6)), "\n"]
        for m in sorted(rng.sample(STDLIB, rng.randint(2, 6))):
            out.append(f"import {m}\n")
        out.append("import logging\n")
        out.append(f"from .{ident()} import {camel()}, {ident()}\n\n")
        out.append(f"__all__ = [{', '.join(repr(camel()) for _ in range(rng.randint(1, 4)))}]\n\n")
        out.append(f"logger = logging.getLogger(__name__)\n{ident().upper()} = {rng.randint(0, 4096)}\n\n\n")
        size = sum(map(len, out))
        while size < target:
            if rng.random() < 0.6:
                block = [f"class {camel()}({rng.choice(['object', 'Exception', 'dict', camel()])}):\n",
                         doc("    ", rng.randint(1, 4)), "\n",
                         f"    def __init__(self, {ident()}=None, **options):\n        self._options = options\n\n"]
                for _ in range(rng.randint(2, 7)):
                    names = args(rng.randint(0, 3))
                    block.append(f"    def {ident()}(self{', ' if names else ''}{', '.join(names)}, **options):\n")
                    if rng.random() < 0.7:
                        block.append(doc("        ", rng.randint(1, 3)))
                    for _ in range(rng.randint(2, 7)):
                        block.append(statement("        "))
                    block.append(f"        return self._options.get({ident()!r})\n\n")
            else:
                names = args(rng.randint(0, 4))
                block = [f"def {ident()}({', '.join(names + ['**options'])}):\n", doc("    ", rng.randint(1, 4))]
                for _ in range(rng.randint(2, 8)):
                    block.append(statement("    "))
                block.append(f"    return {ident()}\n\n\n")
            s = "".join(block)
            out.append(s)
            size += len(s)
        return "".join(out)


class MachineCode:
    """Bytes that compress like x86-64 code and data: zipf-weighted instruction-like tokens and
    idioms with random immediates, 0xCC padding between functions, pointer tables, strings."""

    def __init__(self, seed):
        rng = random.Random(f"{seed}:machine-code")
        self.toks = [bytes(rng.randrange(256) for _ in range(rng.choice([1, 2, 2, 3, 3, 3, 4, 4, 5, 6, 7])))
                     for _ in range(1500)]
        self.tcw = cumulative([1.0 / (i + 1) ** 0.9 for i in range(1500)])
        self.idioms = [b"".join(rng.choices(self.toks, cum_weights=self.tcw, k=rng.randint(2, 10))) for _ in range(3000)]
        self.icw = cumulative([1.0 / (i + 1) for i in range(3000)])
        self.words = [bytes(rng.choice(b"abcdefghijklmnopqrstuvwxyz_") for _ in range(rng.randint(3, 12)))
                      for _ in range(2000)]
        self.wcw = cumulative([1.0 / (i + 1) for i in range(2000)])

    def generate(self, size, seed):
        rng = random.Random(seed)
        out, n = [], 0
        p_imm, p_idiom = 0.35, 0.22
        while n < size:
            kind = rng.random()
            if kind < 0.75:
                k = rng.randint(20, 120)
                ids = rng.choices(self.idioms, cum_weights=self.icw, k=k)
                ts = rng.choices(self.toks, cum_weights=self.tcw, k=k)
                r = rng.randbytes(k * 4)
                parts = []
                for j in range(k):
                    parts.append(ids[j] if rng.random() < p_idiom else ts[j])
                    if rng.random() < p_imm:
                        parts.append(r[4 * j:4 * j + 2] + (b"\x00\x00" if rng.random() < 0.5 else r[4 * j + 2:4 * j + 4]))
                f = b"".join(parts)
                f += b"\xcc" * ((-len(f)) % 16)
            elif kind < 0.9:
                k = rng.randint(8, 64)
                base = 0x180000000 + rng.randrange(1 << 22)
                f = b"".join(struct.pack("<Q", base + rng.randrange(1 << 16)) for _ in range(k))
            else:
                f = b"\x00".join(b"_".join(rng.choices(self.words, cum_weights=self.wcw, k=rng.randint(1, 4)))
                                 for _ in range(rng.randint(4, 30))) + b"\x00"
            out.append(f)
            n += len(f)
        return b"".join(out)[:size]


def native_binary(kind, name, blob, tmp):
    """A real PE DLL (kind 'pe', mingw-w64) or ELF shared object (kind 'elf', gcc) carrying blob in
    a read-only section, with a little debug info for strip to remove. Falls back to a blob with
    the right magic when the compiler is missing (strip then leaves it alone, on both sides)."""
    cc = shutil.which("x86_64-w64-mingw32-gcc" if kind == "pe" else "gcc")
    if cc:
        d = tempfile.mkdtemp(dir=tmp)
        try:
            with open(os.path.join(d, "blob.bin"), "wb") as f:
                f.write(blob)
            export = "__declspec(dllexport) " if kind == "pe" else "__attribute__((visibility(\"default\"))) "
            with open(os.path.join(d, "stub.c"), "w") as f:
                f.write(f"extern const unsigned char blob_data[];\n{export}int {name}_init(void) "
                        "{ return blob_data[0]; }\n")
            section = '.section .rdata,"dr"' if kind == "pe" else '.section .rodata,"a"'
            with open(os.path.join(d, "blob.S"), "w") as f:
                f.write(f'{section}\n.globl blob_data\nblob_data:\n.incbin "blob.bin"\n')
            out = os.path.join(d, "out.bin")
            args = [cc, "-shared", "-g", "-O0", "-o", out, "stub.c", "blob.S"]
            if kind == "elf":
                args.insert(2, "-fPIC")
            r = subprocess.run(args, cwd=d, capture_output=True)
            if r.returncode == 0:
                with open(out, "rb") as f:
                    return f.read()
            log(f"warning: {cc} failed ({r.stderr.decode(errors='replace')[-300:]}); using a blob")
        finally:
            shutil.rmtree(d, ignore_errors=True)
    magic = b"MZ" + b"\0" * 62 if kind == "pe" else b"\x7fELF\x02\x01\x01" + b"\0" * 9
    return magic + blob


def write_wheel(outdir, name, version, files, tag="py3-none-any"):
    """{name}-{version}-{tag}.whl with METADATA, WHEEL and RECORD, like make_wheels.wheel(), but with
    deflated entries as real wheels have (make_wheels.py stores them: ZipInfo entries keep
    ZIP_STORED unless told otherwise)."""
    dist = name.replace("-", "_")
    info = f"{dist}-{version}.dist-info"
    entries = {p: (c.encode() if isinstance(c, str) else c) for p, c in files.items()}
    entries[f"{info}/METADATA"] = f"Metadata-Version: 2.1\nName: {name}\nVersion: {version}\n".encode()
    pure = "true" if tag.endswith("-any") else "false"
    entries[f"{info}/WHEEL"] = (f"Wheel-Version: 1.0\nGenerator: release_bench.py\nRoot-Is-Purelib: {pure}\n"
                                f"Tag: {tag}\n").encode()
    record = []
    for p, d in entries.items():
        digest = base64.urlsafe_b64encode(hashlib.sha256(d).digest()).rstrip(b"=").decode()
        record.append(f"{p},sha256={digest},{len(d)}")
    record.append(f"{info}/RECORD,,")
    entries[f"{info}/RECORD"] = ("\n".join(record) + "\n").encode()
    path = os.path.join(outdir, f"{dist}-{version}-{tag}.whl")
    with zipfile.ZipFile(path, "w") as z:
        for p, d in entries.items():
            z.writestr(zipfile.ZipInfo(p, (2024, 1, 1, 0, 0, 0)), d, compress_type=zipfile.ZIP_DEFLATED)
    return path


class Payload:
    """Generates (or reuses) the inputs: <dir>/python-3.11.9-embed-amd64.zip, <dir>/wheels/,
    <dir>/project/ (a git repo with one commit)."""

    def __init__(self, directory, scale):
        self.dir = directory
        self.scale = scale
        self.python_zip = os.path.join(directory, f"python-{PY_VERSION}-embed-amd64.zip")
        self.wheels = os.path.join(directory, "wheels")
        self.project = os.path.join(directory, "project")
        self.stamp = os.path.join(directory, "payload.json")
        self.deps = []
        self.info = {}

    def params(self):
        p = {k: (v if k == "module_mu" else int(v * self.scale)) for k, v in FULL.items()}
        p["modules"] = max(60, p["modules"])
        return p

    def ensure(self):
        want = {"generator": GENERATOR_VERSION, "seed": SEED, "scale": self.scale,
                "mingw": bool(shutil.which("x86_64-w64-mingw32-gcc")), "gcc": bool(shutil.which("gcc"))}
        if os.path.exists(self.stamp):
            with open(self.stamp) as f:
                have = json.load(f)
            if have.get("key") == want:
                self.deps, self.info = have["deps"], have["info"]
                log(f"reusing the payload in {self.dir}")
                return
        if os.path.isdir(self.dir) and os.listdir(self.dir):
            if not os.path.exists(self.stamp):
                raise SystemExit(f"release_bench: {self.dir} is not empty and holds no payload.json: "
                                 "give an empty or new folder to --payload")
            shutil.rmtree(self.dir)  # a payload of another size or generator version
        os.makedirs(self.wheels)
        t = time.monotonic()
        self.generate()
        with open(self.stamp, "w") as f:
            json.dump({"key": want, "deps": self.deps, "info": self.info}, f, indent=1)
        log(f"payload generated in {time.monotonic() - t:.1f} s")

    def generate(self):
        p = self.params()
        tmp = os.path.join(self.dir, "tmp")
        os.makedirs(tmp)
        text = SourceText(SEED)
        code = MachineCode(SEED)

        # 1. make_wheels.py's fixtures: the embeddable Python and Debian's setuptools/wheel wheels.
        fixtures = os.path.join(tmp, "fixtures")
        log("running make_wheels.py (embeddable-Python fixture, setuptools/wheel)")
        run([sys.executable, os.path.join(SUPPORT, "make_wheels.py"), fixtures], stdout=subprocess.DEVNULL)
        for name in os.listdir(os.path.join(fixtures, "index")):
            if name.startswith(("setuptools-", "wheel-")) and name.endswith(".whl"):
                shutil.copy(os.path.join(fixtures, "index", name), self.wheels)

        # 2. The embeddable Python, enlarged: a python311.zip stdlib, bigger DLLs and .pyd files.
        log("generating the embeddable Python")
        rng = random.Random(f"{SEED}:stdlib")
        stdlib = io.BytesIO()
        n_std = 0
        with zipfile.ZipFile(stdlib, "w", zipfile.ZIP_DEFLATED) as z:
            while stdlib.tell() < p["stdlib_zip_bytes"]:
                src = text.module(rng, int(rng.lognormvariate(8.6, 0.8)), "# Python standard library (generated)\n")
                z.writestr(zipfile.ZipInfo(f"std{n_std // 40}/mod{n_std}.py", (2024, 4, 2, 0, 0, 0)), src,
                           compress_type=zipfile.ZIP_DEFLATED)
                n_std += 1
        dll_split = [("python311.dll", 0.40), ("libcrypto-3.dll", 0.33), ("libssl-3.dll", 0.06),
                     ("sqlite3.dll", 0.11), ("_decimal.pyd", 0.03), ("_ssl.pyd", 0.015), ("_sqlite3.pyd", 0.008),
                     ("_hashlib.pyd", 0.005), ("pyexpat.pyd", 0.015), ("unicodedata.pyd", 0.022)]
        replaced = {}
        for i, (name, share) in enumerate(dll_split):
            blob = code.generate(max(4096, int(p["dll_bytes"] * share)), f"{SEED}:dll:{i}")
            replaced[name] = native_binary("pe", re.sub(r"\W", "_", name.split(".")[0]).strip("_") or "m", blob, tmp)
        replaced["python311.zip"] = stdlib.getvalue()
        src_zip = os.path.join(fixtures, f"python-{PY_VERSION}-embed-amd64.zip")
        with zipfile.ZipFile(src_zip) as zin, zipfile.ZipFile(self.python_zip, "w", zipfile.ZIP_DEFLATED) as zout:
            for info in zin.infolist():
                if info.filename not in replaced:
                    zout.writestr(info, zin.read(info.filename), compress_type=zipfile.ZIP_DEFLATED)
            for name, data in replaced.items():
                zout.writestr(zipfile.ZipInfo(name, (2024, 4, 2, 0, 0, 0)), data, compress_type=zipfile.ZIP_DEFLATED)
        embed_unpacked = sum(i.file_size for i in zipfile.ZipFile(self.python_zip).infolist())

        # 3. The dependencies: ~N modules over four wheels; heavyext carries the extension module.
        log(f"generating {p['modules']} modules and a {human(p['pyd_bytes'])} extension module")
        shares = [("heavyext", "2.1.0", 0.05), ("bigframework", "4.2.0", 0.50), ("netkit", "1.8.3", 0.25),
                  ("textutils", "0.9.1", 0.20)]
        counts = [max(10, int(p["modules"] * s)) for _, _, s in shares]
        counts[1] += p["modules"] - sum(counts)
        stats = {"modules": 0, "module_bytes": 0, "tests_files": 0, "pyi_files": 0}
        for (name, version, _), count in zip(shares, counts):
            rng = random.Random(f"{SEED}:package:{name}")
            header = (f"# Copyright (c) 2016-2024 The {name} developers.\n# SPDX-License-Identifier: BSD-3-Clause\n"
                      f"# This file is part of {name}; see LICENSE.txt for the terms.\n")
            files = {f"{name}/__init__.py": f'"""{name}: generated for the release benchmark."""\n__version__ = "{version}"\n'}
            made = 1
            sub = 0
            while made < count:
                subpkg = f"{name}/{text.words[50 + (sub * 7919 + len(name)) % 2900]}_{sub}"
                files[f"{subpkg}/__init__.py"] = header + f'"""The {subpkg} subpackage."""\n'
                made += 1
                for j in range(min(rng.randint(10, 60), count - made)):
                    target = int(rng.lognormvariate(p["module_mu"], 0.8))
                    if rng.random() < 0.04:
                        path = f"{subpkg}/tests/test_{j}.py"
                        stats["tests_files"] += 1
                    else:
                        path = f"{subpkg}/m{j}_{text.words[rng.randrange(60, 600)]}.py"
                    files[path] = text.module(rng, target, header)
                    stats["module_bytes"] += len(files[path])
                    made += 1
                    if rng.random() < 0.02:
                        files[path[:-3] + ".pyi"] = "".join(f"def f{k}(x: int) -> int: ...\n" for k in range(40))
                        stats["pyi_files"] += 1
                sub += 1
            stats["modules"] += made
            if name == "heavyext":
                blob = code.generate(p["pyd_bytes"] - 16384, f"{SEED}:pyd")
                pyd = native_binary("pe", "PyInit__core", blob, tmp)
                so = native_binary("elf", "PyInit__core", blob, tmp)
                self.info["pyd_bytes"] = len(pyd)
                win = dict(files)
                win[f"{name}/_core.cp311-win_amd64.pyd"] = pyd
                write_wheel(self.wheels, name, version, win, tag="cp311-cp311-win_amd64")
                lin = dict(files)
                lin[f"{name}/_core.cpython-311-x86_64-linux-gnu.so"] = so
                write_wheel(self.wheels, name, version, lin, tag="cp311-cp311-manylinux_2_17_x86_64")
            else:
                write_wheel(self.wheels, name, version, files)
            self.deps.append(f"{name}>={version}")
        self.info.update(stats)
        self.info["embed_unpacked_bytes"] = embed_unpacked
        self.info["stdlib_modules"] = n_std
        self.info["windows_payload_estimate"] = embed_unpacked + stats["module_bytes"] + self.info["pyd_bytes"]
        self.make_project()
        shutil.rmtree(tmp)

    def make_project(self):
        d = self.project
        src = os.path.join(d, "src", PACKAGE)
        os.makedirs(src)
        deps = ",\n    ".join(json.dumps(x) for x in self.deps)
        files = {
            "pyproject.toml": f"""[build-system]
requires = ["setuptools>=61"]
build-backend = "setuptools.build_meta"

[project]
name = "{PACKAGE}"
version = "{VERSION}"
description = "A heavy sample app for the release benchmark"
readme = "README.md"
requires-python = ">=3.9"
dependencies = [
    {deps},
]

[tool.setuptools.packages.find]
where = ["src"]
""",
            "README.md": f"# {APP_NAME}\n\nA generated app for tests/bench/release_bench.py.\n",
            "RELEASE_NOTES.md": "## Changes\n\n- The benchmark's release.\n",
            ".gitignore": "dist/\n__pycache__/\n",
            "releasedesk.toml": f"""# ReleaseDesk settings for the release benchmark's app.
[app]
display_name = "{APP_NAME}"
publisher = "ReleaseDesk Bench"
icon = ""

[server]
kind = "gitea"
url = ""
repo = "{OWNER}/{REPO_NAME}"

[release]
tag_prefix = "v"
targets = ["windows", "linux"]
assets = ["{{app}}-{{tag}}-setup.exe", "{{app}}-{{tag}}-win-x64.zip", "{{app}}-{{tag}}-linux-x64.tar.gz"]
notes_file = "RELEASE_NOTES.md"

[build]
python_version = "{PY_VERSION}"
extras = []
no_index = true

[installer]
compressor = "lzma"
""",
            f"src/{PACKAGE}/__init__.py": f'"""{APP_NAME}."""\n__version__ = "{VERSION}"\n',
            f"src/{PACKAGE}/__main__.py": "from .main import main\n\nif __name__ == \"__main__\":\n    main()\n",
            f"src/{PACKAGE}/main.py": ("import heavyext\nimport bigframework\n\nfrom . import __version__\n\n\n"
                                       "def main():\n    print(f\"HeavyApp {__version__} (heavyext {heavyext.__version__})\")\n\n\n"
                                       "if __name__ == \"__main__\":\n    main()\n"),
        }
        text = SourceText(SEED + 1)
        rng = random.Random(f"{SEED}:app")
        for i in range(12):
            files[f"src/{PACKAGE}/part{i}.py"] = text.module(rng, 4000)
        for rel, content in files.items():
            path = os.path.join(d, rel)
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, "w") as f:
                f.write(content)
        git(d, "init", "-q", "-b", "main")
        git(d, "add", "-A")
        git(d, "commit", "-q", "-m", "HeavyApp 1.0.0")


GIT_ENV = {"GIT_AUTHOR_NAME": "Bench", "GIT_AUTHOR_EMAIL": "bench@example.com",
           "GIT_COMMITTER_NAME": "Bench", "GIT_COMMITTER_EMAIL": "bench@example.com",
           "GIT_AUTHOR_DATE": "2024-06-01T12:00:00Z", "GIT_COMMITTER_DATE": "2024-06-01T12:00:00Z",
           "GIT_CONFIG_NOSYSTEM": "1"}


def git(cwd, *args, capture=False):
    env = dict(os.environ, **GIT_ENV)
    r = subprocess.run(["git", "-c", "user.name=Bench", "-c", "user.email=bench@example.com",
                        "-c", "commit.gpgsign=false", "-c", "tag.gpgsign=false", *args],
                       cwd=cwd, env=env, check=True, capture_output=capture, text=True)
    return r.stdout.strip() if capture else None


# ------------------------------------------------------------------------------------------------
# The Gitea test server
# ------------------------------------------------------------------------------------------------

class Server:
    def __init__(self, data_dir, logfile):
        self.log = open(logfile, "w")
        self.proc = subprocess.Popen(
            [sys.executable, os.path.join(SUPPORT, "gitea_test_server.py"), "--data-dir", data_dir],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=self.log, text=True)
        line = self.proc.stdout.readline().strip()
        if not line.startswith("READY "):
            raise SystemExit(f"gitea_test_server.py did not start: {line!r} (see {logfile})")
        self.url = line.split()[1]

    def call(self, method, path, body=None, timeout=120):
        data = json.dumps(body).encode() if body is not None else None
        req = urllib.request.Request(self.url + path, data=data, method=method,
                                     headers={"Content-Type": "application/json"} if data else {})
        with urllib.request.urlopen(req, timeout=timeout) as r:
            return json.loads(r.read() or b"null")

    def reset(self, head, message):
        seed = {"users": [{"login": OWNER, "password": "pw", "full_name": "Alice", "email": "alice@example.com",
                           "tokens": [TOKEN]}],
                "repos": [{"owner": OWNER, "name": REPO_NAME, "default_branch": "main", "branches": {"main": head},
                           "commits": [{"sha": head, "message": message}]}]}
        return self.call("POST", "/_control/reset", seed)

    def state(self):
        return self.call("GET", "/_control/state")

    def download(self, url):
        req = urllib.request.Request(url, headers={"Authorization": f"token {TOKEN}"})
        with urllib.request.urlopen(req, timeout=120) as r:
            return r.read()

    def stop(self):
        if self.proc.poll() is None:
            self.proc.stdin.close()  # the server exits on EOF
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.terminate()
                self.proc.wait(10)
        self.log.close()


# ------------------------------------------------------------------------------------------------
# A: the guide's scripts, in sequence
# ------------------------------------------------------------------------------------------------

REFERENCE_SH = r"""#!/usr/bin/env bash
# The CI/CD guide's release, as its scripts do it, one step after another (written by release_bench.py).
set -euo pipefail
phase() { printf '%s %s\n' "$1" "$(date +%s.%N)" >> "$MARKS"; }

cd "$PROJECT"
VERSION_CLEAN="@VERSION@"
TAG="@TAG@"

# --- tag (pushing it is what starts release.yml) -------------------------------------------
phase tag
git tag -a "$TAG" -m "$TAG"
git push -q origin "$TAG"

# --- windows: guide §4.1-4.3, the app, the portable zip --------------------------------------
phase windows
DIST="$WORK/win/@APP@"
mkdir -p "$DIST"
unzip -qo "$PYTHON_ZIP" -d "$DIST/python"
PTH_FILE=$(ls "$DIST"/python/python*._pth | head -1)
sed -i 's/^#\s*import site/import site/' "$PTH_FILE"
echo 'Lib\site-packages' >> "$PTH_FILE"
echo '../app/src' >> "$PTH_FILE"

WHEEL_DIR="$WORK/win-wheels"
SITE_PACKAGES="$DIST/python/Lib/site-packages"
mkdir -p "$WHEEL_DIR" "$SITE_PACKAGES"
for dep in @DEPS@; do
  python3 -m pip download --quiet --dest "$WHEEL_DIR" \
      --platform win_amd64 --python-version "3.11" \
      --implementation cp --only-binary :all: \
      --no-index --find-links "$WHEELS" \
      "$dep" 2>/dev/null || \
  python3 -m pip download --quiet --dest "$WHEEL_DIR" --no-index --find-links "$WHEELS" "$dep"
done
for whl in "$WHEEL_DIR"/*.whl; do
  unzip -qo "$whl" -d "$SITE_PACKAGES"
done

cleanup_site_packages() {
  local sp="$1" ext="$2"
  find "$sp" -type d -name __pycache__ -exec rm -rf {} +
  find "$sp" -type d -name tests -exec rm -rf {} +
  find "$sp" -type d -name "*.dist-info" -exec rm -rf {} +
  find "$sp" -name "*.pyi" -delete
  rm -rf "$sp"/{pip,setuptools,pkg_resources,_distutils_hack}*
  rm -f "$sp"/cv2/opencv_videoio_ffmpeg*.dll
  rm -rf "$sp"/cv2/{data,gapi,misc,utils,typing_stubs,typing}
  for mod in polynomial linalg ma lib distutils f2py typing _pyinstaller; do
    rm -rf "$sp/numpy/$mod"
  done
  rm -rf "$sp/zeroconf/_services"
  find "$sp" -name "*.$ext" -exec strip --strip-debug {} \;
}
cleanup_site_packages "$SITE_PACKAGES" pyd

copy_app_files() {  # guide §5.2: cp src/, clean __pycache__
  mkdir -p "$1/app"
  cp -r "$PROJECT/src" "$1/app/"
  find "$1/app" -type d -name __pycache__ -exec rm -rf {} +
}
copy_app_files "$DIST"
mkdir -p "$DIST/scripts"
printf 'Set WshShell = CreateObject("WScript.Shell")\r\nWshShell.Run "python\\python.exe -m @PACKAGE@", 0, False\r\n' \
    > "$DIST/scripts/start-hidden.vbs"
echo "$VERSION_CLEAN" > "$DIST/VERSION"
(cd "$WORK/win" && zip -qr "$OUT/@ZIP@" "@APP@")

# --- linux: guide §5 ---------------------------------------------------------------------------
phase linux
LDIST="$WORK/linux/@APP@"
mkdir -p "$LDIST"
/usr/bin/python3 -m venv "$LDIST/venv"
(
  source "$LDIST/venv/bin/activate"
  pip install --quiet --no-index --find-links "$WHEELS" "$PROJECT"
)
rm -rf "$LDIST"/venv/lib/python*/site-packages/@PACKAGE@*
cleanup_site_packages "$(echo "$LDIST"/venv/lib/python*/site-packages)" so
copy_app_files "$LDIST"
cat > "$LDIST/run.sh" << 'EOF'
#!/usr/bin/env bash
set -euo pipefail
SCRIPT_DIR="$(cd "$(dirname "$0")" && pwd)"
export PYTHONPATH="$SCRIPT_DIR/app/src"
source "$SCRIPT_DIR/venv/bin/activate"
exec python -m @PACKAGE@.main
EOF
chmod +x "$LDIST/run.sh"
echo "$VERSION_CLEAN" > "$LDIST/VERSION"
(cd "$WORK/linux" && tar -czf "$OUT/@TAR@" "@APP@")

# --- installer: guide §6, makensis -------------------------------------------------------------
phase installer
makensis -DVERSION="$VERSION_CLEAN" "$WORK/installer.nsi" > "$WORK/makensis.log"

# --- release: guide §2.1 (create) and §2.3 (upload_asset) ---------------------------------------
phase release
BASE_URL="$SERVER_URL/api/v1/repos/@REPO@"
IS_PRE="false"
if echo "$TAG" | grep -qE '(alpha|beta|rc)'; then IS_PRE="true"; fi
BODY_JSON=$(python3 -c "
import json, textwrap
tag = '$TAG'
body = f'''## Downloads
| Platform | File |
|----------|------|
| Windows (installer) | \`@APP@-{tag}-setup.exe\` |
| Windows (portable) | \`@APP@-{tag}-win-x64.zip\` |
| Linux | \`@APP@-{tag}-linux-x64.tar.gz\` |
'''
print(json.dumps(textwrap.dedent(body).strip()))
")
RELEASE=$(curl -sS -X POST "$BASE_URL/releases" \
  -H "Authorization: token $DEPLOY_TOKEN" \
  -H "Content-Type: application/json" \
  -d "{ \"tag_name\": \"$TAG\", \"name\": \"@APP@ $TAG\", \"body\": $BODY_JSON, \"draft\": false, \"prerelease\": $IS_PRE }")
RELEASE_ID=$(echo "$RELEASE" | python3 -c "import sys,json; print(json.load(sys.stdin)['id'])" 2>/dev/null || true)
if [ -z "$RELEASE_ID" ]; then
  RELEASE=$(curl -sS "$BASE_URL/releases/tags/$TAG" -H "Authorization: token $DEPLOY_TOKEN")
  RELEASE_ID=$(echo "$RELEASE" | python3 -c "import sys,json; print(json.load(sys.stdin)['id'])")
fi

upload_asset() {
  local FILE="$1"
  local NAME=$(basename "$FILE")
  EXISTING_ID=$(curl -sS "$BASE_URL/releases/$RELEASE_ID/assets" \
      -H "Authorization: token $DEPLOY_TOKEN" \
    | python3 -c "import sys,json; assets=json.load(sys.stdin); print(next((str(a['id']) for a in assets if a['name']=='$NAME'),''))" 2>/dev/null || true)
  if [ -n "$EXISTING_ID" ]; then
    curl -sS -X DELETE "$BASE_URL/releases/$RELEASE_ID/assets/$EXISTING_ID" -H "Authorization: token $DEPLOY_TOKEN"
  fi
  # -T streams the file (the guide's --data-binary @FILE reads it all into memory first).
  curl -sS --fail-with-body -o /dev/null -T "$FILE" -X POST \
    "$BASE_URL/releases/$RELEASE_ID/assets?name=$NAME" \
    -H "Authorization: token $DEPLOY_TOKEN" \
    -H "Content-Type: application/octet-stream"
  echo "Uploaded: $NAME"
}
upload_asset "$OUT/@EXE@"
upload_asset "$OUT/@ZIP@"
upload_asset "$OUT/@TAR@"
phase end
"""

NSI = r'''; A simple installer as the guide builds it (written by release_bench.py).
Unicode true
Target amd64-unicode
SetCompressor /SOLID lzma
Name "@APP@"
OutFile "@OUTFILE@"
InstallDir "$LOCALAPPDATA\@APP@"
RequestExecutionLevel user

Section "Core"
  SetOutPath "$INSTDIR"
  File /r "@DIST@/*"
SectionEnd
'''


def fill(template, values):
    for k, v in values.items():
        template = template.replace(f"@{k}@", v)
    return template


# ------------------------------------------------------------------------------------------------
# Runs
# ------------------------------------------------------------------------------------------------

def clean_env(extra):
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("GITEA_", "GITHUB_", "PIP_")) and k not in ("DEPLOY_TOKEN", "RELEASEDESK_TOKEN")}
    env.update(extra)
    return env


def children_cpu():
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


class Run:
    def __init__(self, name, base, payload, server):
        self.name = name
        self.dir = os.path.join(base, "runs", name)
        self.project = os.path.join(self.dir, "app")
        self.out = os.path.join(self.dir, "out")
        self.work = os.path.join(self.dir, "work")
        self.payload = payload
        self.server = server
        self.result = {"name": name, "ok": False, "phases": {}, "phase_order": []}

    def prepare(self, compressor):
        os.makedirs(self.out)
        os.makedirs(self.work)
        shutil.copytree(self.payload.project, self.project, symlinks=True)
        origin = os.path.join(self.dir, "origin.git")
        git(self.dir, "clone", "-q", "--bare", self.project, origin)
        git(self.project, "remote", "add", "origin", origin)
        git(self.project, "config", "user.name", "Bench")
        git(self.project, "config", "user.email", "bench@example.com")
        toml = os.path.join(self.project, "releasedesk.toml")
        with open(toml) as f:
            text = f.read()
        text = re.sub(r'(?m)^compressor = ".*"$', f'compressor = "{compressor}"', text)
        with open(toml, "w") as f:
            f.write(text)
        git(self.project, "commit", "-q", "--allow-empty", "-am", f"bench: installer compressor {compressor}")
        git(self.project, "push", "-q", "origin", "main")
        self.head = git(self.project, "rev-parse", "HEAD", capture=True)
        self.server.reset(self.head, f"bench: installer compressor {compressor}\n")
        self.result["compressor"] = compressor
        self.result["commit"] = self.head

    def finish_common(self, wall, cpu):
        self.result["total_s"] = round(wall, 2)
        self.result["cpu_s"] = round(cpu, 2)
        self.result["sizes"] = {n: (os.path.getsize(os.path.join(self.out, n))
                                    if os.path.exists(os.path.join(self.out, n)) else None) for n in ARTIFACTS}


class ReferenceRun(Run):
    def execute(self):
        self.prepare("lzma")
        marks = os.path.join(self.dir, "phases.txt")
        script = os.path.join(self.dir, "reference.sh")
        values = {"VERSION": VERSION, "TAG": TAG, "APP": APP_NAME, "PACKAGE": PACKAGE, "ZIP": ZIP_NAME,
                  "TAR": TAR_NAME, "EXE": EXE_NAME, "REPO": f"{OWNER}/{REPO_NAME}",
                  "DEPS": " ".join(shlex.quote(d) for d in self.payload.deps)}
        with open(script, "w") as f:
            f.write(fill(REFERENCE_SH, values))
        with open(os.path.join(self.work, "installer.nsi"), "w") as f:
            f.write(fill(NSI, {"APP": APP_NAME, "OUTFILE": os.path.join(self.out, EXE_NAME),
                               "DIST": os.path.join(self.work, "win", APP_NAME)}))
        env = clean_env({"MARKS": marks, "PROJECT": self.project, "WORK": self.work, "OUT": self.out,
                         "PYTHON_ZIP": self.payload.python_zip, "WHEELS": self.payload.wheels,
                         "SERVER_URL": self.server.url, "DEPLOY_TOKEN": TOKEN,
                         "PIP_CACHE_DIR": os.path.join(self.dir, "pip-cache"),
                         "PIP_DISABLE_PIP_VERSION_CHECK": "1"})
        log(f"{self.name}: running the guide's scripts ({script})")
        cpu0 = children_cpu()
        t0 = time.time()
        m0 = time.monotonic()
        with open(os.path.join(self.dir, "reference.log"), "w") as logf:
            rc = subprocess.run(["bash", script], env=env, stdout=logf, stderr=subprocess.STDOUT).returncode
        wall = time.monotonic() - m0
        self.finish_common(wall, children_cpu() - cpu0)
        marks_list = []
        if os.path.exists(marks):
            with open(marks) as f:
                marks_list = [(l.split()[0], float(l.split()[1])) for l in f if l.strip()]
        phases = {"setup": round(marks_list[0][1] - t0, 2)} if marks_list else {}
        for (name, start), (_, end) in zip(marks_list, marks_list[1:]):
            phases[name] = round(end - start, 2)
        self.result["phases"] = phases
        self.result["phase_order"] = [n for n, _ in marks_list if n != "end"]
        self.result["exit_code"] = rc
        if rc != 0:
            with open(os.path.join(self.dir, "reference.log")) as f:
                tail = f.read()[-3000:]
            self.result["error"] = f"reference.sh exited with {rc}:\n{tail}"
            log(f"{self.name}: FAILED (exit {rc})\n{tail}")
        else:
            self.result["ok"] = True
            log(f"{self.name}: done in {wall:.1f} s")
        return self.result


class CliRun(Run):
    def __init__(self, name, base, payload, server, cli, compressor):
        super().__init__(name, base, payload, server)
        self.cli = cli
        self.compressor = compressor

    def execute(self):
        self.prepare(self.compressor)
        cmd = [self.cli, "release", "run", "--project", self.project, "--server", self.server.url,
               "--repo", f"{OWNER}/{REPO_NAME}", "--kind", "gitea", "--python-zip", self.payload.python_zip,
               "--find-links", self.payload.wheels, "--no-index", "--out", self.out,
               "--cache-dir", os.path.join(self.dir, "rd-cache"), "--json"]
        self.result["command"] = " ".join(shlex.quote(c) for c in cmd)
        env = clean_env({"RELEASEDESK_TOKEN": TOKEN, "PIP_CACHE_DIR": os.path.join(self.dir, "pip-cache"),
                         "PIP_DISABLE_PIP_VERSION_CHECK": "1", "QT_QPA_PLATFORM": "offscreen"})
        log(f"{self.name}: {self.result['command']}")
        events = []
        stderr_lines = []
        cpu0 = children_cpu()
        m0 = time.monotonic()
        proc = subprocess.Popen(cmd, cwd=self.project, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                stdin=subprocess.DEVNULL, text=True, bufsize=1)

        def read_stderr():
            for line in proc.stderr:
                now = time.monotonic() - m0
                stderr_lines.append(f"[{now:8.2f}] {line.rstrip()}")
                try:
                    ev = json.loads(line)
                except ValueError:
                    continue
                if isinstance(ev, dict):
                    ev["t"] = now
                    events.append(ev)
                    if ev.get("event") in ("step-started", "step-finished"):
                        log(f"{self.name}:   {ev['event'][5:]:8} {ev.get('step')}"
                            f"{'  ' + ev.get('state', '') + '  ' + ev.get('message', '') if ev['event'] == 'step-finished' else ''}")

        reader = threading.Thread(target=read_stderr, daemon=True)
        reader.start()
        stdout = proc.stdout.read()
        rc = proc.wait()
        wall = time.monotonic() - m0
        reader.join(10)
        self.finish_common(wall, children_cpu() - cpu0)
        with open(os.path.join(self.dir, "cli.stdout"), "w") as f:
            f.write(stdout)
        with open(os.path.join(self.dir, "cli.stderr"), "w") as f:
            f.write("\n".join(stderr_lines) + "\n")
        self.result["exit_code"] = rc
        result_event = None
        for line in stdout.splitlines():
            try:
                obj = json.loads(line)
            except ValueError:
                continue
            if isinstance(obj, dict) and obj.get("event") == "result":
                result_event = obj
        self.result["cli_result"] = result_event
        self.result["steps"] = self.step_times(events)
        self.result["phases"], self.result["phase_order"] = self.phases(self.result["steps"])
        if rc != 0 or not result_event or not result_event.get("ok"):
            failed = [e for e in events if e.get("event") == "step-finished" and e.get("state") == "failed"]
            self.result["error"] = (f"releasedesk-cli exited with {rc}\n--- stdout (last 4000 chars) ---\n{stdout[-4000:]}"
                                    f"\n--- failed steps ---\n" + "\n".join(json.dumps(e) for e in failed) +
                                    "\n--- stderr (last 40 lines) ---\n" + "\n".join(stderr_lines[-40:]))
            log(f"{self.name}: FAILED\n{self.result['error']}")
        else:
            self.result["ok"] = True
            log(f"{self.name}: done in {wall:.1f} s (the CLI says {result_event.get('seconds')} s)")
        return self.result

    @staticmethod
    def step_times(events):
        steps = {}
        for e in events:
            sid = e.get("step")
            if not sid:
                continue
            s = steps.setdefault(sid, {"start": None, "end": None, "state": None, "message": None})
            if e["event"] == "step-started" and s["start"] is None:
                s["start"] = round(e["t"], 2)
            elif e["event"] == "step-finished":
                s["end"] = round(e["t"], 2)
                s["state"] = e.get("state")
                s["message"] = e.get("message")
        return steps

    @staticmethod
    def phases(steps):
        def span(ids):
            # The time during which at least one of these steps was running (union of intervals).
            iv = sorted((steps[i]["start"], steps[i]["end"]) for i in ids
                        if i in steps and steps[i]["start"] is not None and steps[i]["end"] is not None)
            if not iv:
                return None
            total, cur_s, cur_e = 0.0, iv[0][0], iv[0][1]
            for a, b in iv[1:]:
                if a > cur_e:
                    total += cur_e - cur_s
                    cur_s, cur_e = a, b
                else:
                    cur_e = max(cur_e, b)
            return round(total + cur_e - cur_s, 2)

        groups = {
            "tag": ["tag"],
            "windows": ["build:windows"],
            "linux": ["build:linux"],
            "installer": ["installer"],
            "release": ["release"] + [s for s in steps if s.startswith("upload:")] + ["checksums", "verify", "publish"],
        }
        out = {k: span(v) for k, v in groups.items()}
        return {k: v for k, v in out.items() if v is not None}, [k for k in groups if out.get(k) is not None]


# ------------------------------------------------------------------------------------------------
# Checks: what the server holds, what the archives contain
# ------------------------------------------------------------------------------------------------

def check_release(run_obj, server, expect_sums):
    state = server.state()
    repo = state["repos"].get(f"{OWNER}/{REPO_NAME}", {})
    rels = [r for r in repo.get("releases", []) if r["tag_name"] == TAG and not r["is_tag"]]
    problems = []
    report = {"requests": len(state.get("requests", []))}
    by_kind = {}
    for e in state.get("requests", []):
        key = e["method"] + " " + re.sub(r"\d+", "N", e["path"].split("?")[0])
        by_kind[key] = by_kind.get(key, 0) + 1
        status = e.get("status", 200)
        if status >= 400 or status == 0:
            report.setdefault("error_replies", []).append(f"{e['method']} {e['path']} -> {status}")
        if status >= 500 or status in (0, 499):
            problems.append(f"request {e['method']} {e['path']} answered {status}")
    report["request_kinds"] = by_kind
    if len(rels) != 1:
        problems.append(f"{len(rels)} releases for {TAG} on the server (expected 1)")
        report["problems"] = problems
        return report
    rel = rels[0]
    report["release_id"] = rel["id"]
    report["draft"] = rel["draft"]
    if rel["draft"]:
        problems.append("the release is still a draft")
    assets = rel["assets"]
    report["assets"] = [{k: a[k] for k in ("name", "size", "stored_size", "sha256")} for a in assets]
    names = [a["name"] for a in assets]
    expected = list(ARTIFACTS) + (["SHA256SUMS"] if expect_sums else [])
    for n in expected:
        if names.count(n) != 1:
            problems.append(f"{n}: {names.count(n)} copies on the release (expected 1)")
    for n in names:
        if n not in expected:
            problems.append(f"unexpected asset {n}")
    local = {}
    for n in ARTIFACTS:
        path = os.path.join(run_obj.out, n)
        if os.path.exists(path):
            local[n] = (os.path.getsize(path), sha256_file(path))
        else:
            problems.append(f"{n}: no local file in {run_obj.out}")
    for a in assets:
        if a["name"] in local:
            size, digest = local[a["name"]]
            if a["stored_size"] != size or a["size"] != size:
                problems.append(f"{a['name']}: {a['stored_size']} bytes stored, {a['size']} reported, local {size}")
            if a["sha256"] != digest:
                problems.append(f"{a['name']}: stored bytes' SHA-256 differs from the local file")
    if expect_sums:
        sums = [a for a in assets if a["name"] == "SHA256SUMS"]
        if len(sums) == 1:
            try:
                api = server.call("GET", f"/api/v1/repos/{OWNER}/{REPO_NAME}/releases/{rel['id']}/assets")
                url = next(x["browser_download_url"] for x in api if x["name"] == "SHA256SUMS")
                text = server.download(url).decode()
                report["sha256sums"] = text
                listed = {}
                for line in text.splitlines():
                    parts = line.split()
                    if len(parts) == 2:
                        listed[parts[1].lstrip("*")] = parts[0]
                for n, (_, digest) in local.items():
                    if listed.get(n) != digest:
                        problems.append(f"SHA256SUMS: {n} listed as {listed.get(n)}, file is {digest}")
                for n in listed:
                    if n not in local:
                        problems.append(f"SHA256SUMS lists {n}, which is not an artifact")
            except Exception as exc:  # noqa: BLE001 - reported, not fatal
                problems.append(f"SHA256SUMS could not be read: {exc}")
    report["problems"] = problems
    return report


def archive_contents(run_obj):
    out = {}
    z = os.path.join(run_obj.out, ZIP_NAME)
    if os.path.exists(z):
        try:
            with zipfile.ZipFile(z) as f:
                infos = [i for i in f.infolist() if not i.is_dir()]
                out["zip"] = {"files": len(infos), "bytes": sum(i.file_size for i in infos),
                              "py": sum(1 for i in infos if i.filename.endswith(".py")),
                              "largest": max((i.file_size for i in infos), default=0)}
        except zipfile.BadZipFile as exc:
            out["zip"] = {"error": str(exc)}
    t = os.path.join(run_obj.out, TAR_NAME)
    if os.path.exists(t):
        try:
            files = nbytes = py = 0
            with tarfile.open(t, "r:gz") as f:
                for m in f:
                    if m.isfile():
                        files += 1
                        nbytes += m.size
                        py += m.name.endswith(".py")
            out["tar"] = {"files": files, "bytes": nbytes, "py": py}
        except (tarfile.TarError, OSError, EOFError) as exc:
            out["tar"] = {"error": str(exc)}
    e = os.path.join(run_obj.out, EXE_NAME)
    if os.path.exists(e):
        with open(e, "rb") as f:
            out["exe_is_pe"] = f.read(2) == b"MZ"
    return out


# ------------------------------------------------------------------------------------------------
# Report
# ------------------------------------------------------------------------------------------------

def table(results, ratios):
    names = [n for n in RUN_NAMES if n in results]
    w = 14
    lines = []
    head = f"{'':28}" + "".join(f"{n:>{w}}" for n in names)
    lines.append(head)
    lines.append("-" * len(head))
    labels = [("tag", "tag"), ("windows", "windows portable build"), ("linux", "linux tarball build"),
              ("installer", "installer (makensis)"), ("release", "release + uploads (*)")]
    for key, label in labels:
        row = f"{label:28}"
        for n in names:
            v = results[n].get("phases", {}).get(key)
            cell = f"{v:.1f} s" if v is not None else "-"
            row += f"{cell:>{w}}"
        lines.append(row)
    row = f"{'TOTAL (wall)':28}"
    for n in names:
        r = results[n]
        cell = f"{r['total_s']:.1f} s" if r.get("ok") else "FAILED"
        row += f"{cell:>{w}}"
    lines.append(row)
    row = f"{'cpu (children)':28}"
    for n in names:
        row += f"{results[n].get('cpu_s', 0):>{w - 2}.1f} s"
    lines.append(row)
    lines.append("")
    for a, label in ((EXE_NAME, "installer .exe"), (ZIP_NAME, "portable .zip"), (TAR_NAME, "linux .tar.gz")):
        row = f"{label:28}"
        for n in names:
            row += f"{human(results[n].get('sizes', {}).get(a)):>{w}}"
        lines.append(row)
    row = f"{'installer size vs A':28}"
    a_exe = results.get("A", {}).get("sizes", {}).get(EXE_NAME)
    for n in names:
        b_exe = results[n].get("sizes", {}).get(EXE_NAME)
        cell = f"{(b_exe / a_exe - 1) * 100:+.1f}%" if a_exe and b_exe else "-"
        row += f"{cell:>{w}}"
    lines.append(row)
    for key, label in (("zip", "zip tree (files/MB)"), ("tar", "tar tree (files/MB)")):
        row = f"{label:28}"
        for n in names:
            c = results[n].get("contents", {}).get(key, {})
            cell = f"{c['files']}/{c['bytes'] / 2**20:.1f}" if "files" in c else "-"
            row += f"{cell:>{w}}"
        lines.append(row)
    row = f"{'release check':28}"
    for n in names:
        probs = results[n].get("check", {}).get("problems")
        cell = "ok" if probs == [] else ("-" if probs is None else f"{len(probs)} problem(s)")
        row += f"{cell:>{w}}"
    lines.append(row)
    lines.append("")
    lines.append("B's phases overlap (builds side by side, uploads as files appear): they do not add up to its total.")
    lines.append("(*) for B: the time during which a release, upload, checksums or verify step was running.")
    for key, goal in GOALS.items():
        r = ratios.get(f"{key}/A")
        if r is None:
            lines.append(f"ratio {key}/A: n/a")
        else:
            lines.append(f"ratio {key}/A: {r:.3f}   goal <= {goal}   {'MET' if r <= goal else 'MISSED'}")
    return "\n".join(lines)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true", help="a payload ~10x smaller (smoke run)")
    ap.add_argument("--keep", action="store_true", help="keep the temp folder")
    ap.add_argument("--cli", default=os.path.join(REPO, "build", "app", "releasedesk-cli"))
    ap.add_argument("--json", action="store_true", help="JSON on stdout (the table goes to stderr)")
    ap.add_argument("--work", default=None, help="parent of the temp folder (default: $TMPDIR or /tmp)")
    ap.add_argument("--payload", default=None, help="generate the payload here once and reuse it")
    ap.add_argument("--only", default=",".join(RUN_NAMES), help="runs to do (A,B-lzma,B-default)")
    args = ap.parse_args()

    only = [x.strip() for x in args.only.split(",") if x.strip()]
    for x in only:
        if x not in RUN_NAMES:
            ap.error(f"unknown run {x!r} (choose from {', '.join(RUN_NAMES)})")
    cli = os.path.abspath(args.cli)
    missing = [t for t in ("makensis", "zip", "unzip", "curl", "git", "tar", "strip", "bash", "python3")
               if not shutil.which(t)]
    if not os.access("/usr/bin/python3", os.X_OK):
        missing.append("/usr/bin/python3")
    if any(n.startswith("B") for n in only) and not os.access(cli, os.X_OK):
        missing.append(cli)
    if missing:
        raise SystemExit("release_bench: missing " + ", ".join(missing))

    scale = 0.1 if args.quick else 1.0
    base = tempfile.mkdtemp(prefix="release-bench-", dir=args.work)
    log(f"work folder {base} ({'quick' if args.quick else 'full'} mode)")
    payload = Payload(os.path.abspath(args.payload) if args.payload else os.path.join(base, "payload"), scale)
    server = None
    results = {}
    ok = False
    try:
        payload.ensure()
        log(f"payload: {json.dumps(payload.info)}")
        server = Server(os.path.join(base, "server-data"), os.path.join(base, "server.log"))
        log(f"gitea test server at {server.url}")
        load = os.getloadavg()
        for name in only:
            if name == "A":
                r = ReferenceRun(name, base, payload, server)
            else:
                r = CliRun(name, base, payload, server, cli, "lzma" if name == "B-lzma" else "bzip2")
            res = r.execute()
            res["check"] = check_release(r, server, expect_sums=name != "A")
            res["contents"] = archive_contents(r)
            if res["check"]["problems"]:
                log(f"{name}: release check: " + "; ".join(res["check"]["problems"]))
            results[name] = res
        ratios = {}
        a = results.get("A")
        for key in GOALS:
            b = results.get(key)
            if a and b and a.get("ok") and b.get("ok") and a["total_s"] > 0:
                ratios[f"{key}/A"] = round(b["total_s"] / a["total_s"], 3)
        ok = bool(results) and all(r.get("ok") and not r["check"]["problems"] for r in results.values())
        text = table(results, ratios)
        report = {
            "mode": "quick" if args.quick else "full", "scale": scale, "cli": cli, "nproc": os.cpu_count(),
            "loadavg_before": load, "loadavg_after": os.getloadavg(), "payload": payload.info,
            "runs": results, "ratios": ratios,
            "goals": {f"{k}/A": v for k, v in GOALS.items()},
            "goals_met": {f"{k}/A": (ratios[f"{k}/A"] <= v) for k, v in GOALS.items() if f"{k}/A" in ratios},
            "ok": ok, "work": base if args.keep else None,
        }
        if load[0] > 0.5 * (os.cpu_count() or 1):
            text = (f"warning: the machine was busy (load average {load[0]:.2f} on {os.cpu_count()} cores at the start):"
                    " these figures are noisy.\n" + text)
        if args.json:
            print(text, file=sys.stderr)
            print(json.dumps(report, indent=1))
        else:
            print()
            print(f"release_bench ({report['mode']}; load {load[0]:.2f} before, {report['loadavg_after'][0]:.2f} after;"
                  f" Windows payload ~{human(payload.info.get('windows_payload_estimate'))})")
            print(text)
    finally:
        if server:
            server.stop()
        if args.keep:
            log(f"kept {base}")
        else:
            shutil.rmtree(base, ignore_errors=True)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
