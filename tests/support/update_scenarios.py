#!/usr/bin/env python3
"""Seeds gitea_test_server.py with in-app update scenarios (core/update/PROTOCOL.md), signed with a
test key, and checks releasedesk_update.py against them.

    python3 update_scenarios.py --server URL --scenario NAME --seed-hex HEX [--old-seed-hex HEX]
                                [--reset] [--app-dir DIR --tag TAG [--prerelease]]
    python3 update_scenarios.py --self-test

Every scenario seeds user alice (token a11ce0000000000000000000000000000000a11c, all scopes) and the
public repository alice/tallyho, and prints JSON: the public key(s), and per release its tag,
version, flags and assets (size, sha256). --reset empties the server first; otherwise seeding adds.

Scenarios (releases are v1.0.0 and v1.1.0 unless said otherwise; every non-draft release has
Tallyho-<tag>-setup.exe, -win-x64.zip and -linux-x64.tar.gz, SHA256SUMS and SHA256SUMS.sig; the
linux tarball is a real Tallyho/{VERSION,run.sh,venv/,app/} tree whose VERSION is the tag's version,
and the zip a Tallyho/{VERSION,python/python.exe,app/,scripts/start-hidden.vbs} tree):
  channels       v1.0.0, v1.1.0, v1.2.0-rc.1 (marked pre-release), v1.3.0 (draft)
  missing-asset  v1.1.0 has no linux tarball
  tampered       v1.1.0's linux tarball differs from what SHA256SUMS lists
  bad-signature  v1.1.0's SHA256SUMS.sig signs other bytes
  unsigned       v1.1.0 has no SHA256SUMS.sig
  rotation       v1.1.0's SHA256SUMS.sig has two lines: the old key's and the new key's
  rollout        v1.1.0 has rollout.json at 30 % (signed), v1.0.0 at 100 % (signed)
  bad-tag        v1.0.0 and a newer release tagged nightly-2024
  real-tarball   one release --tag TAG with every file of --app-dir DIR, SHA256SUMS and its signature

The self-test starts the server on a free loopback port and runs `releasedesk_update.py check --json`
for every install type and both channels, plus real `apply` runs on temporary installations
(success, rollback through RELEASEDESK_UPDATE_TEST_FAIL_AT, checksum mismatch, resume, scheduled
swap with restart, Windows and installer dry runs, downgrade). Standard library only; it also runs
under `python3 -I`.
"""
from __future__ import annotations

import argparse
import base64
import gzip
import hashlib
import http.client
import importlib.util
import io
import json
import os
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
import urllib.parse
import zipfile
from typing import Any, Dict, List, Optional, Tuple

HERE = os.path.dirname(os.path.abspath(__file__))
REPO_ROOT = os.path.dirname(os.path.dirname(HERE))
SERVER = os.path.join(HERE, "gitea_test_server.py")
MODULE = os.path.join(REPO_ROOT, "core", "update", "python", "releasedesk_update.py")
sys.path.insert(0, HERE)  # python3 -I does not put the script's folder on sys.path
import ed25519_ref  # noqa: E402


def _load_module():
    if "releasedesk_update" in sys.modules:
        return sys.modules["releasedesk_update"]
    spec = importlib.util.spec_from_file_location("releasedesk_update", MODULE)
    module = importlib.util.module_from_spec(spec)
    sys.modules["releasedesk_update"] = module
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


rdu = _load_module()

APP, OWNER, NAME = "Tallyho", "alice", "tallyho"
REPO = f"{OWNER}/{NAME}"
ALICE_TOKEN = "a11ce0000000000000000000000000000000a11c"
MTIME = 1767225600  # 2026-01-01T00:00:00Z: archives are byte-for-byte reproducible
BLOB = b"".join(hashlib.sha256(b"blob %d" % i).digest() for i in range(2048))  # 64 KiB
SCENARIOS = ("channels", "missing-asset", "tampered", "bad-signature", "unsigned", "rotation", "rollout",
             "bad-tag", "real-tarball")


# ------------------------------------------------------------------------------------------------
# Release files
# ------------------------------------------------------------------------------------------------

def version_text(tag: str) -> str:
    v = rdu.parse_version(tag)
    return str(v) if v else tag


def run_sh(version: str) -> bytes:
    # Starts nothing real: it records that it was started (the restart test reads the marker).
    return ("#!/bin/sh\n"
            f"# Tallyho {version} (test fixture).\n"
            'HERE="$(cd "$(dirname "$0")" && pwd)"\n'
            'if [ -n "${TALLYHO_TEST_MARKER:-}" ]; then\n'
            '    echo "Tallyho $(cat "$HERE/VERSION") started" > "$TALLYHO_TEST_MARKER"\n'
            "fi\n").encode()


def tar_gz(entries: List[Tuple[str, str, Any]]) -> bytes:
    """entries: (name, 'dir'|'file'|'exec'|'symlink', bytes or link target)."""
    buf = io.BytesIO()
    with gzip.GzipFile(fileobj=buf, mode="wb", mtime=0) as gz:
        with tarfile.open(fileobj=gz, mode="w", format=tarfile.PAX_FORMAT) as tf:
            for name, kind, data in entries:
                ti = tarfile.TarInfo(name)
                ti.mtime, ti.uid, ti.gid, ti.uname, ti.gname = MTIME, 0, 0, "", ""
                if kind == "dir":
                    ti.type, ti.mode = tarfile.DIRTYPE, 0o755
                    tf.addfile(ti)
                elif kind == "symlink":
                    ti.type, ti.linkname, ti.mode = tarfile.SYMTYPE, data, 0o777
                    tf.addfile(ti)
                else:
                    ti.size, ti.mode = len(data), 0o755 if kind == "exec" else 0o644
                    tf.addfile(ti, io.BytesIO(data))
    return buf.getvalue()


def linux_tarball(tag: str, marker: str = "", version: Optional[str] = None) -> bytes:
    """A portable-linux tree like LinuxTarballBuild's, with an absolute venv/bin/python link as a real
    venv has."""
    v = version or version_text(tag)
    r = APP + "/"
    return tar_gz([
        (r, "dir", None), (r + "VERSION", "file", (v + "\n").encode()), (r + "run.sh", "exec", run_sh(v)),
        (r + "app/", "dir", None), (r + "app/src/", "dir", None), (r + "app/src/tallyho/", "dir", None),
        (r + "app/src/tallyho/__init__.py", "file", f'__version__ = "{v}"\n'.encode()),
        (r + "app/marker.txt", "file", f"Tallyho {tag}{marker}\n".encode()),
        (r + "app/blob.bin", "file", BLOB),  # incompressible: downloads take several reads
        (r + "venv/", "dir", None), (r + "venv/bin/", "dir", None),
        (r + "venv/pyvenv.cfg", "file", b"home = /usr/bin\ninclude-system-site-packages = false\n"),
        (r + "venv/bin/python", "symlink", "/usr/bin/python3"), (r + "venv/bin/python3", "symlink", "python"),
    ])


def windows_zip(tag: str, marker: str = "") -> bytes:
    v = version_text(tag)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in ((f"{APP}/VERSION", (v + "\n").encode()),
                           (f"{APP}/python/python.exe", b"MZ fake python.exe for " + tag.encode()),
                           (f"{APP}/app/src/tallyho/__init__.py", f'__version__ = "{v}"\n'.encode()),
                           (f"{APP}/app/marker.txt", f"Tallyho {tag}{marker}\n".encode()),
                           (f"{APP}/scripts/start-hidden.vbs",
                            b'Set sh = CreateObject("WScript.Shell")\r\nsh.Run "python\\pythonw.exe", 0\r\n')):
            zf.writestr(zipfile.ZipInfo(name, (2026, 1, 1, 0, 0, 0)), data)
    return buf.getvalue()


def setup_exe(tag: str) -> bytes:
    return b"MZ" + f"Tallyho {tag} setup (test fixture)\n".encode() * 8


def artifacts(tag: str, linux: bool = True, windows: bool = True, installer: bool = True) -> Dict[str, bytes]:
    files = {}
    if installer:
        files[f"{APP}-{tag}-setup.exe"] = setup_exe(tag)
    if windows:
        files[f"{APP}-{tag}-win-x64.zip"] = windows_zip(tag)
    if linux:
        files[f"{APP}-{tag}-linux-x64.tar.gz"] = linux_tarball(tag)
    return files


def sha256sums(files: Dict[str, bytes]) -> bytes:
    return "".join(f"{hashlib.sha256(data).hexdigest()}  {name}\n" for name, data in sorted(files.items())).encode()


def rollout_json(tag: str, percent: int) -> bytes:
    return json.dumps({"format": 1, "tag": tag, "percent": percent}, separators=(",", ":")).encode() + b"\n"


def release(tag: str, created: Optional[str], files: Dict[str, bytes], seeds: List[bytes], *,
            prerelease: bool = False, draft: bool = False, listed: Optional[Dict[str, bytes]] = None,
            sign_over: Optional[bytes] = None, rollout: Optional[int] = None) -> Dict[str, Any]:
    """A release with `files`, SHA256SUMS over `listed` (default: the files) and its signature by
    `seeds` (none: unsigned) over `sign_over` (default: SHA256SUMS itself)."""
    assets = dict(files)
    sums = sha256sums(files if listed is None else listed)
    assets["SHA256SUMS"] = sums
    if seeds:
        assets["SHA256SUMS.sig"] = ed25519_ref.signature_file(sums if sign_over is None else sign_over, seeds)
    if rollout is not None:
        manifest = rollout_json(tag, rollout)
        assets["rollout.json"] = manifest
        if seeds:
            assets["rollout.json.sig"] = ed25519_ref.signature_file(manifest, seeds)
    spec: Dict[str, Any] = {"tag_name": tag, "name": f"{APP} {tag}", "body": f"Notes for {APP} {tag}.",
                            "draft": draft, "prerelease": prerelease,
                            "assets": [{"name": n, "content_b64": base64.b64encode(d).decode()}
                                       for n, d in sorted(assets.items())]}
    if created:
        spec["created_at"] = created
    return spec


def scenario_releases(name: str, seed: bytes, old_seed: bytes, app_dir: Optional[str] = None,
                      tag: Optional[str] = None, prerelease: bool = False) -> List[Dict[str, Any]]:
    day = "2026-01-%02dT00:00:00Z".__mod__
    v100 = release("v1.0.0", day(1), artifacts("v1.0.0"), [seed])
    v110 = artifacts("v1.1.0")
    if name == "channels":
        return [v100, release("v1.1.0", day(2), v110, [seed]),
                release("v1.2.0-rc.1", day(3), artifacts("v1.2.0-rc.1"), [seed], prerelease=True),
                release("v1.3.0", day(4), artifacts("v1.3.0"), [seed], draft=True)]
    if name == "missing-asset":
        return [v100, release("v1.1.0", day(2), artifacts("v1.1.0", linux=False), [seed])]
    if name == "tampered":
        served = dict(v110)
        served[f"{APP}-v1.1.0-linux-x64.tar.gz"] = linux_tarball("v1.1.0", marker=" (tampered)")
        return [v100, release("v1.1.0", day(2), served, [seed], listed=v110)]
    if name == "bad-signature":
        return [v100, release("v1.1.0", day(2), v110, [seed], sign_over=sha256sums(v110) + b"# changed\n")]
    if name == "unsigned":
        return [v100, release("v1.1.0", day(2), v110, [])]
    if name == "rotation":
        return [release("v1.0.0", day(1), artifacts("v1.0.0"), [old_seed]),
                release("v1.1.0", day(2), v110, [old_seed, seed])]
    if name == "rollout":
        return [release("v1.0.0", day(1), artifacts("v1.0.0"), [seed], rollout=100),
                release("v1.1.0", day(2), v110, [seed], rollout=30)]
    if name == "bad-tag":
        return [v100, release("nightly-2024", "2026-02-01T00:00:00Z", artifacts("nightly-2024"), [seed])]
    if name == "real-tarball":
        if not app_dir or not tag:
            raise SystemExit("update_scenarios: real-tarball needs --app-dir DIR and --tag TAG")
        files = {}
        for entry in sorted(os.listdir(app_dir)):
            path = os.path.join(app_dir, entry)
            if os.path.isfile(path):
                with open(path, "rb") as f:
                    files[entry] = f.read()
        return [release(tag, None, files, [seed], prerelease=prerelease)]
    raise SystemExit(f"update_scenarios: unknown scenario {name!r} ({', '.join(SCENARIOS)})")


# ------------------------------------------------------------------------------------------------
# Seeding
# ------------------------------------------------------------------------------------------------

def control(server: str, what: str, body: Optional[dict] = None) -> dict:
    u = urllib.parse.urlsplit(server)
    conn = http.client.HTTPConnection(u.hostname, u.port, timeout=60)
    try:
        data = json.dumps(body).encode() if body is not None else None
        conn.request("GET" if what.startswith("state") else "POST", "/_control/" + what, body=data,
                     headers={"Content-Type": "application/json"})
        resp = conn.getresponse()
        answer = resp.read()
    finally:
        conn.close()
    if resp.status != 200:
        raise SystemExit(f"update_scenarios: /_control/{what} failed: {resp.status} {answer[:300]!r}")
    return json.loads(answer)


def seed(server: str, name: str, seed_key: bytes, old_seed: Optional[bytes] = None, reset: bool = False,
         app_dir: Optional[str] = None, tag: Optional[str] = None, prerelease: bool = False) -> Dict[str, Any]:
    """Seeds one scenario and returns what it seeded (printed as JSON by the command line)."""
    old_seed = old_seed or hashlib.sha256(b"releasedesk old test key:" + seed_key).digest()
    releases = scenario_releases(name, seed_key, old_seed, app_dir, tag, prerelease)
    body = {"users": [{"login": OWNER, "tokens": [{"token": ALICE_TOKEN, "scopes": ["all"]}]}],
            "repos": [{"owner": OWNER, "name": NAME, "releases": releases}]}
    reply = control(server, "reset" if reset else "seed", body)
    pub, old_pub = ed25519_ref.public_key(seed_key), ed25519_ref.public_key(old_seed)
    out: Dict[str, Any] = {"scenario": name, "server": server, "repo": REPO, "token": ALICE_TOKEN,
                           "public_key": ed25519_ref.public_key_text(pub), "key_id": ed25519_ref.key_id(pub),
                           "old_public_key": ed25519_ref.public_key_text(old_pub),
                           "old_key_id": ed25519_ref.key_id(old_pub), "releases": []}
    for spec in releases:
        assets = {a["name"]: base64.b64decode(a["content_b64"]) for a in spec["assets"]}
        out["releases"].append({"tag": spec["tag_name"], "version": version_text(spec["tag_name"]),
                                "draft": spec["draft"], "prerelease": spec["prerelease"],
                                "assets": {n: {"size": len(d), "sha256": hashlib.sha256(d).hexdigest()}
                                           for n, d in assets.items()}})
    out["seeded"] = reply.get("repos", {})
    return out


# ------------------------------------------------------------------------------------------------
# Self-test
# ------------------------------------------------------------------------------------------------

class TestServer:
    """gitea_test_server.py on a free loopback port; it exits when its stdin closes."""

    def __init__(self, mode: str = "gitea"):
        self.err = tempfile.TemporaryFile()
        self.proc = subprocess.Popen([sys.executable, SERVER, "--mode", mode], stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, stderr=self.err)
        line = self.proc.stdout.readline().decode().strip()  # type: ignore[union-attr]
        if not line.startswith("READY "):
            self.err.seek(0)
            raise SystemExit(f"the test server did not start: {line!r} {self.err.read()[-2000:]!r}")
        self.url = line.split()[1]

    def close(self) -> None:
        self.proc.stdin.close()  # type: ignore[union-attr]
        try:
            self.proc.wait(10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        self.err.close()


class SelfTest:
    def __init__(self) -> None:
        self.checks = 0
        self.failures: List[str] = []
        self.tmp = tempfile.mkdtemp(prefix="rd-update-selftest-")
        self.key = hashlib.sha256(b"releasedesk update self-test key").digest()
        self.old_key = hashlib.sha256(b"releasedesk update self-test old key").digest()
        self.other_key = hashlib.sha256(b"a key nobody signs with").digest()
        self.pub = ed25519_ref.public_key_text(ed25519_ref.public_key(self.key))
        self.old_pub = ed25519_ref.public_key_text(ed25519_ref.public_key(self.old_key))
        self.other_pub = ed25519_ref.public_key_text(ed25519_ref.public_key(self.other_key))
        self.python = [sys.executable] + (["-I"] if sys.flags.isolated else []) + (["-S"] if sys.flags.no_site else [])
        self.server: Optional[TestServer] = None
        self.wine_env: Dict[str, str] = {}

    # -- helpers ----------------------------------------------------------------------------------
    def check(self, ok: bool, what: str) -> bool:
        self.checks += 1
        if not ok:
            self.failures.append(what)
            print(f"  FAIL {what}", flush=True)
        return ok

    def expect(self, got: Dict[str, Any], what: str, **want: Any) -> None:
        for k, v in want.items():
            actual = (got.get("asset") or {}).get("name") if k == "asset_name" else got.get(k)
            self.check(actual == v, f"{what}: {k} = {actual!r}, expected {v!r}"
                                    + ("" if actual == v else f" (reason: {got.get('reason')!r})"))

    def run(self, *args: str, env: Optional[Dict[str, str]] = None) -> Tuple[int, Any, str, str]:
        full_env = dict(os.environ)
        full_env.pop(rdu.TEST_FAIL_ENV, None)
        full_env.pop(rdu.TOKEN_ENV, None)
        full_env.update(env or {})
        p = subprocess.run(self.python + [MODULE, *args], capture_output=True, text=True, env=full_env, timeout=120)
        try:
            data = json.loads(p.stdout) if "--json" in args else None
        except ValueError:
            data = None
        return p.returncode, data, p.stdout, p.stderr

    def check_cli(self, what: str, itype: Optional[str], chan: str = "stable", cur: str = "1.0.0",
                  keys: Optional[List[str]] = None, extra: Tuple[str, ...] = (), env: Optional[Dict[str, str]] = None,
                  exit_code: Optional[int] = None, **want: Any) -> Dict[str, Any]:
        assert self.server is not None
        args = ["check", "--server", self.server.url, "--repo", REPO, "--channel", chan, "--json", *extra]
        if cur:
            args += ["--current", cur]
        if itype:
            args += ["--install-type", itype]
        for k in ([self.pub] if keys is None else keys):
            args += ["--public-key", k]
        code, data, out, err = self.run(*args, env=env)
        if not self.check(isinstance(data, dict), f"{what}: JSON answer (exit {code}, stderr {err[-300:]!r})"):
            return {}
        self.check(code == (exit_code if exit_code is not None else (1 if data["state"] == "error" else 0)),
                   f"{what}: exit code {code}")
        self.check(list(data) == list(rdu.new_answer("", "", "")), f"{what}: answer keys {list(data)}")
        self.expect(data, what, **want)
        return data

    def seed(self, name: str, **kw: Any) -> Dict[str, Any]:
        assert self.server is not None
        return seed(self.server.url, name, self.key, self.old_key, reset=kw.pop("reset", True), **kw)

    def make_install(self, name: str, kind: str = "portable-linux", version: str = "1.0.0") -> str:
        root = os.path.join(self.tmp, name)
        os.makedirs(os.path.join(root, "data"))
        with open(os.path.join(root, "VERSION"), "w") as f:
            f.write(version + "\n")
        with open(os.path.join(root, "data", "x"), "w") as f:
            f.write("precious user data\n")
        os.makedirs(os.path.join(root, "app"))
        with open(os.path.join(root, "app", "marker.txt"), "w") as f:
            f.write(f"old {version}\n")
        if kind == "portable-linux":
            os.makedirs(os.path.join(root, "venv", "bin"))
            with open(os.path.join(root, "venv", "old-venv.txt"), "w") as f:
                f.write("old venv\n")
            with open(os.path.join(root, "run.sh"), "wb") as f:
                f.write(run_sh(version))
            os.chmod(os.path.join(root, "run.sh"), 0o755)
        elif kind == "portable-windows":
            os.makedirs(os.path.join(root, "python"))
            os.makedirs(os.path.join(root, "scripts"))
            for rel in ("python/python.exe", "scripts/start-hidden.vbs"):
                with open(os.path.join(root, rel), "wb") as f:
                    f.write(b"old\r\n")
        elif kind == "installer":
            with open(os.path.join(root, "Uninstall.exe"), "wb") as f:
                f.write(b"MZ")
        return root

    @staticmethod
    def snapshot(root: str, skip: Tuple[str, ...] = (rdu.INSTALL_ID_FILE,)) -> Dict[str, Any]:
        out: Dict[str, Any] = {}
        for folder, dirs, files in os.walk(root):
            for n in dirs + files:
                path = os.path.join(folder, n)
                rel = os.path.relpath(path, root)
                if rel in skip:
                    continue
                if os.path.islink(path):
                    out[rel] = ("link", os.readlink(path))
                elif os.path.isfile(path):
                    with open(path, "rb") as f:
                        out[rel] = ("file", hashlib.sha256(f.read()).hexdigest(), os.stat(path).st_mode & 0o777)
                else:
                    out[rel] = ("dir",)
        return out

    def apply(self, root: str, *extra: str, env: Optional[Dict[str, str]] = None) -> Tuple[int, Dict[str, Any]]:
        assert self.server is not None
        code, data, out, err = self.run("apply", "--install-dir", root, "--server", self.server.url, "--repo", REPO,
                                        "--public-key", self.pub, "--json", *extra, env=env)
        self.check(isinstance(data, dict), f"apply {os.path.basename(root)}: JSON (exit {code}, {err[-300:]!r})")
        return code, data or {}

    # -- library tests ---------------------------------------------------------------------------
    def test_library(self) -> None:
        print("library: versions, SHA256SUMS, rollout, asset matching, unpacking, scripts", flush=True)
        table = {"v0.3.0-alpha.1": "0.3.0a1", "v1.2.0-rc.1": "1.2.0rc1", "V1.0": "1.0", " v1.0.0 ": "1.0.0",
                 "1.0-1": "1.0.post1", "1.0.0-beta": "1.0.0b0", "1!2.0.DEV3": "1!2.0.dev3",
                 "1.0+Ubuntu-1": "1.0+ubuntu.1", "nightly-2024": None, "vv1.0": None, "1.0-foo": None, "": None}
        for text, want in table.items():
            v = rdu.parse_version(text)
            self.check((str(v) if v else None) == want, f"version {text!r} -> {v} (expected {want})")
        order = ["1.0.dev0", "1.0a1", "1.0a2.dev1", "1.0b1", "1.0rc1", "1.0rc1.post1", "1.0", "1.0+local",
                 "1.0.post1.dev0", "1.0.post1", "1.1", "1!0.1"]
        parsed = [rdu.Version(t) for t in order]
        self.check(all(a < b for a, b in zip(parsed, parsed[1:])), "PEP 440 order")
        self.check(rdu.Version("1.0") == rdu.Version("1.0.0") and rdu.Version("v1.0.0").is_prerelease is False,
                   "1.0 == 1.0.0")
        self.check(rdu.Version("1.0.dev1").is_prerelease and not rdu.Version("1.0.post1").is_prerelease,
                   "dev is a pre-release, post is not")
        try:
            from packaging.version import Version as PV, InvalidVersion
        except ImportError:
            PV = None
        if PV is not None:
            samples = list(table) + order + ["1.0.0-RC.1", "2.0-r4", "1.0c1", "0.9preview2", "1.2.3.4.5",
                                             "1.0_post_7", "1.0.dev", "1.0-dev-1", "1.0+abc.5.def", "1..0"]
            for t in samples:
                try:
                    theirs: Optional[str] = str(PV(t))
                except InvalidVersion:
                    theirs = None
                ours = rdu.parse_version(t)
                self.check((str(ours) if ours else None) == theirs, f"packaging agrees on {t!r}")
            for a in samples:
                for b in samples:
                    pa, pb, oa, ob = None, None, rdu.parse_version(a), rdu.parse_version(b)
                    try:
                        pa, pb = PV(a), PV(b)
                    except InvalidVersion:
                        continue
                    if oa and ob and (pa < pb) != (oa < ob) or oa and ob and (pa == pb) != (oa == ob):
                        self.check(False, f"packaging orders {a!r} and {b!r} differently")
        sums = rdu.parse_sha256sums(b"# c\r\n\r\n" + b"a" * 64 + b"  one.zip\r\n" + b"B" * 64 + b" *two.tar.gz\n"
                                    + b"\\" + b"c" * 64 + b"  back\\\\slash\n")
        self.check(sums == {"one.zip": "a" * 64, "two.tar.gz": "b" * 64, "back\\slash": "c" * 64}, f"sums {sums}")
        for damaged in (b"abc  x\n", b"a" * 64 + b"x\n", b"a" * 64 + b"\tx\n"):
            try:
                rdu.parse_sha256sums(damaged)
                self.check(False, f"damaged SHA256SUMS {damaged!r} refused")
            except ValueError:
                self.check(True, "damaged SHA256SUMS refused")
        self.check(rdu.parse_rollout(b'{"format": 1, "tag": "v1", "percent": 30.0}', "v1") == 30, "rollout 30.0")
        for bad in (b'{"format": 2, "tag": "v1", "percent": 3}', b'{"format": 1, "tag": "v2", "percent": 3}',
                    b'{"format": 1, "tag": "v1", "percent": 101}', b'{"format": 1, "tag": "v1", "percent": true}',
                    b'{"format": 1, "tag": "v1", "percent": 2.5}', b"[]", b"\xff"):
            try:
                rdu.parse_rollout(bad, "v1")
                self.check(False, f"bad rollout {bad!r} refused")
            except rdu.UpdateError as e:
                self.check(e.code == "bad_rollout", "bad rollout code")
        self.check(rdu.rollout_bucket("install-1", "v1.1.0") ==
                   int.from_bytes(hashlib.sha256(b"install-1:v1.1.0").digest()[:4], "big") % 100, "bucket")
        A = rdu.Asset
        assets = [A("Tallyho-v1.1.0-linux-x64.tar.gz", 1, ""), A("Old-v1.0.0-linux-x64.tar.gz", 1, ""),
                  A("b-linux-x64.tar.gz", 1, ""), A("Tallyho-v1.1.0-linux-x64.tar.gz.sig", 1, "")]
        self.check(rdu.match_asset(assets, "portable-linux", "v1.1.0").name == "Tallyho-v1.1.0-linux-x64.tar.gz",
                   "asset naming the tag wins")
        self.check(rdu.match_asset(assets[1:], "portable-linux", "v1.1.0").name == "Old-v1.0.0-linux-x64.tar.gz",
                   "else the alphabetically first")
        self.check(rdu.match_asset(assets, "docker", "v1.1.0") is None, "docker takes no asset")
        self.test_unpacking()
        self.test_scripts()

    def test_unpacking(self) -> None:
        base = os.path.join(self.tmp, "unpack")
        outside = os.path.join(self.tmp, "outside.txt")
        evil = {
            "absolute name": [("/tmp/rd-evil-abs", "file", b"x")],
            "dot-dot name": [("a/../../outside.txt", "file", b"x")],
            "relative link out": [("a/", "dir", None), ("a/l", "symlink", "../../outside.txt")],
            "write through a link": [("l", "symlink", "/tmp"), ("l/rd-evil-through", "file", b"x")],
            "chained links out": [("d/e/f/", "dir", None), ("d/e/f/a", "symlink", "../../.."),
                                  ("b", "symlink", "d/e/f/a/../../../..")],
        }
        for n, (what, entries) in enumerate(evil.items()):
            archive = os.path.join(self.tmp, f"evil{n}.tar.gz")
            with open(archive, "wb") as f:
                f.write(tar_gz(entries))
            dest = os.path.join(base, str(n))
            try:
                rdu.extract_tar(archive, dest)
                self.check(False, f"unpacking refuses: {what}")
            except rdu.UpdateError as e:
                self.check(e.code == "bad_archive", f"unpacking refuses {what} as bad_archive")
        for name in ("/tmp/rd-evil-abs", "/tmp/rd-evil-through", outside):
            self.check(not os.path.lexists(name), f"nothing written outside: {name}")
        # Hard links to files outside, devices: refused. A hard link inside: kept.
        buf = io.BytesIO()
        with tarfile.open(fileobj=buf, mode="w:gz") as tf:
            ti = tarfile.TarInfo("h")
            ti.type, ti.linkname = tarfile.LNKTYPE, "/etc/passwd"
            tf.addfile(ti)
        archive = os.path.join(self.tmp, "evil-hard.tar.gz")
        with open(archive, "wb") as f:
            f.write(buf.getvalue())
        try:
            rdu.extract_tar(archive, os.path.join(base, "hard"))
            self.check(False, "hard link out refused")
        except rdu.UpdateError:
            self.check(True, "hard link out refused")
        for what, name in (("zip dot-dot", "../outside.txt"), ("zip absolute", "/tmp/rd-evil-zip"),
                           ("zip drive", "C:/evil"), ("zip backslash", "a\\..\\..\\outside.txt")):
            archive = os.path.join(self.tmp, "evil.zip")
            with zipfile.ZipFile(archive, "w") as zf:
                zf.writestr(name, b"x")
            try:
                rdu.extract_zip(archive, os.path.join(base, "zip"))
                self.check(False, f"unpacking refuses: {what}")
            except rdu.UpdateError:
                self.check(True, f"unpacking refuses: {what}")
        self.check(not os.path.lexists(outside) and not os.path.lexists("/tmp/rd-evil-zip"),
                   "zip wrote nothing outside")
        good = os.path.join(self.tmp, "good.tar.gz")
        with open(good, "wb") as f:
            f.write(linux_tarball("v9.9.9"))
        dest = os.path.join(base, "good")
        rdu.extract_tar(good, dest)
        root = rdu.find_new_root(dest, "portable-linux")
        self.check(root == os.path.join(dest, APP), f"new root found: {root}")
        self.check(os.readlink(os.path.join(dest, APP, "venv", "bin", "python")) == "/usr/bin/python3",
                   "a venv's absolute interpreter link is kept")
        self.check(os.access(os.path.join(dest, APP, "run.sh"), os.X_OK), "run.sh stays executable")
        self.check(rdu.find_new_root(dest, "portable-windows") is None, "no Windows root in a Linux tarball")

    def test_scripts(self) -> None:
        weird = os.path.join(self.tmp, "we'ird $x `y` \\ & 100% ^!")
        new = os.path.join(weird, ".releasedesk-update", "new", APP)
        entries = ["app", "it's", "-dash", "sp ace", "VERSION"]
        script = rdu.posix_swap_script(weird, new, entries, 1234, True)
        path = os.path.join(self.tmp, "syntax.sh")
        with open(path, "w") as f:
            f.write(script)
        p = subprocess.run(["sh", "-n", path], capture_output=True, text=True)
        self.check(p.returncode == 0, f"the swap script parses: {p.stderr}")
        self.check(f"ROOT={rdu._sh(weird)}" in script and "set -- 'app' 'it'\\''s' '-dash'" in script,
                   "the swap script quotes paths and entries")
        bat = rdu.windows_swap_script(".releasedesk-update\\new\\Tally 100% ünï", ["app", "python", "100% done",
                                      "VERSION"], 4321, True, "scripts\\start-hidden.vbs", "Tallyho-v1-win-x64.zip")
        self.check("\n" not in bat.replace("\r\n", ""), "the batch file has CRLF line ends only")
        self.check(bat.startswith("@echo off\r\nchcp 65001 >nul\r\nsetlocal EnableExtensions DisableDelayedExpansion"),
                   "the batch file switches to UTF-8 with delayed expansion off")
        self.check('set "NEW=.releasedesk-update\\new\\Tally 100%% ünï"\r\n' in bat, "NEW set with % doubled")
        self.check(":\\" not in bat and "ROOT" not in bat, "no absolute path in the swap script")
        self.check('set "E=100%% done"\r\ncall :swap_in\r\n' in bat,
                   "entries set with % doubled, CALL without arguments")
        self.check('tasklist /FI "PID eq %WAIT_PID%"' in bat and 'set "WAIT_PID=4321"' in bat, "waits via tasklist")
        self.check('start "" wscript.exe "%CD%\\%LAUNCHER%"' in bat, "restarts through the VBS launcher")
        self.check("call :swap_in \"" not in bat and "%1" not in bat and "||" not in bat
                   and not any(line.rstrip().endswith("(") for line in bat.splitlines()),
                   "no arguments through CALL, no ||, no ( blocks")
        inst_bat = rdu.windows_installer_script("Tallyho-v1-setup.exe", None, True, "")
        self.check('"!SETUP!" /S /D=!ROOT!' in inst_bat and 'set "ROOT=%CD%"' in inst_bat,
                   "the installer script takes its paths from %CD% and runs setup with delayed expansion")
        try:
            rdu.windows_swap_script('new\\a"b', ["app"], None, False)
            self.check(False, "a quote in a path is refused")
        except rdu.UpdateError:
            self.check(True, "a quote in a path is refused")

    # -- scenarios -------------------------------------------------------------------------------
    def test_channels(self) -> None:
        print("scenario channels: every install type, both channels", flush=True)
        info = self.seed("channels")
        self.check(info["public_key"] == self.pub and len(info["releases"]) == 4, "seed reply")
        want = {"stable": ("1.1.0", "v1.1.0"), "prerelease": ("1.2.0rc1", "v1.2.0-rc.1")}
        for itype in rdu.INSTALL_TYPES:
            for channel, (version, tag) in want.items():
                suffix = rdu.ASSET_SUFFIX.get(itype)
                applies = suffix is not None
                self.check_cli(f"channels {itype} {channel}", itype, channel, state="update_available",
                               version=version, tag=tag, asset_name=f"{APP}-{tag}-{suffix}" if applies else None,
                               can_apply=applies, reason_code="" if applies else itype, signed=applies,
                               rollout=None, notes=f"Notes for {APP} {tag}.", current="1.0.0", channel=channel)
        a = self.check_cli("channels release_url", "portable-linux")
        self.check(str(a.get("release_url")).endswith(f"/{REPO}/releases/tag/v1.1.0"), "release_url")
        self.check(a.get("asset", {}).get("url", "").startswith(self.server.url) and
                   a["asset"]["size"] == len(linux_tarball("v1.1.0")), "asset url and size")  # type: ignore
        self.check_cli("channels current 1.1.0", "portable-linux", cur="1.1.0", state="up_to_date",
                       version=None, tag=None, asset=None, reason_code="", can_apply=False)
        self.check_cli("channels current 1.1.0 prerelease", "portable-linux", "prerelease", cur="1.1.0",
                       state="update_available", version="1.2.0rc1")
        self.check_cli("channels draft ignored", "portable-linux", "prerelease", cur="1.2.0",
                       state="up_to_date", version=None)
        self.check_cli("channels draft ignored with a writer's token", "portable-linux", "prerelease",
                       cur="1.2.0", env={rdu.TOKEN_ENV: ALICE_TOKEN}, state="up_to_date")
        self.check_cli("channels current normalised", "portable-linux", cur="v1.0", state="update_available",
                       current="1.0")
        self.check_cli("channels without keys", "portable-linux", keys=[], state="update_available",
                       can_apply=True, signed=False)
        self.check_cli("channels other key", "portable-linux", keys=[self.other_pub], state="error",
                       reason_code="unknown_key", version="1.1.0", can_apply=False, signed=False)
        keyfile = os.path.join(self.tmp, "key.pub")
        with open(keyfile, "w") as f:
            f.write(self.pub + "\n")
        self.check_cli("channels key from a .pub file, comma list", "portable-linux",
                       keys=[f"{self.other_pub},{keyfile}"], state="update_available", signed=True)
        url = self.server.url  # type: ignore[union-attr]
        code, _, _, err = self.run("check", "--server", url, "--repo", REPO, "--current", "1.0",
                                   "--install-type", "dev", "--public-key", "ed25519:nope")
        self.check(code == 2, f"a bad key is a usage error (exit {code})")
        code, _, _, _ = self.run("check", "--server", url, "--repo", REPO, "--current", "one",
                                 "--install-type", "dev")
        self.check(code == 2, f"a bad --current is a usage error (exit {code})")
        secret = "s3cr3t-token-value"
        a = self.check_cli("channels bad token", "portable-linux", env={rdu.TOKEN_ENV: secret}, state="error",
                           reason_code="unauthorized")
        self.check(secret not in json.dumps(a), "the token is never printed")
        self.check_cli("channels token", "portable-linux", env={rdu.TOKEN_ENV: ALICE_TOKEN}, state="update_available",
                       can_apply=True)
        self.check_cli("missing repository", "portable-linux", extra=("--repo", "alice/nope"), state="error",
                       reason_code="not_found")
        self.check_cli("network failure", "portable-linux", extra=("--server", "http://127.0.0.1:9"), state="error",
                       reason_code="network")
        # human output
        code, _, out, _ = self.run("check", "--server", self.server.url, "--repo", REPO,  # type: ignore
                                   "--current", "1.0.0", "--install-type", "portable-linux", "--public-key", self.pub)
        self.check(code == 0 and "Update available: 1.1.0 (v1.1.0)" in out and "signature verified" in out,
                   f"human summary: {out!r}")
        # detect
        inst = self.make_install("detect-me")
        code, data, _, _ = self.run("detect", inst, "--json")
        self.check(code == 0 and data == {"install_type": "portable-linux", "title": "Linux portable (tar.gz)",
                                          "version": "1.0.0", "can_self_update": True,
                                          "asset_suffix": "linux-x64.tar.gz"}, f"detect: {data}")
        code, _, out, _ = self.run("detect", inst)
        self.check(code == 0 and out.startswith("portable-linux"), f"detect (text): {out!r}")
        code, _, _, _ = self.run("detect", os.path.join(self.tmp, "nope"))
        self.check(code == 2, "detect of a missing folder is a usage error")
        self.check_cli("check with --install-dir", None, cur="", extra=("--install-dir", inst),
                       state="update_available", install_type="portable-linux", current="1.0.0")
        self.check(not os.path.exists(os.path.join(inst, rdu.INSTALL_ID_FILE)), "check does not write an install id")

    def test_variants(self) -> None:
        print("scenarios missing-asset, bad-signature, unsigned, rotation, bad-tag", flush=True)
        channels = ("stable", "prerelease")
        self.seed("missing-asset")
        for itype in rdu.INSTALL_TYPES:
            for chan in channels:
                linux = itype == "portable-linux"
                docker_dev = itype in ("docker", "dev")
                self.check_cli(f"missing-asset {itype} {chan}", itype, chan, state="update_available",
                               version="1.1.0", can_apply=not linux and not docker_dev,
                               reason_code="no_asset" if linux else itype if docker_dev else "")
        self.check_cli("missing-asset linux asset null", "portable-linux", asset=None, signed=False)
        for name, code in (("bad-signature", "bad_signature"), ("unsigned", "unsigned")):
            self.seed(name)
            for itype in rdu.INSTALL_TYPES:
                for chan in channels:
                    docker_dev = itype in ("docker", "dev")
                    self.check_cli(f"{name} {itype} {chan}", itype, chan,
                                   state="update_available" if docker_dev else "error",
                                   reason_code=itype if docker_dev else code, can_apply=False, version="1.1.0",
                                   signed=False)
            self.check_cli(f"{name} without keys", "portable-linux", keys=[], state="update_available",
                           can_apply=True, signed=False)
        self.seed("rotation")
        for what, keys in (("new key", [self.pub]), ("old key", [self.old_pub]), ("both", [self.old_pub, self.pub])):
            for itype in ("portable-windows", "portable-linux", "installer"):
                for chan in channels:
                    self.check_cli(f"rotation {what} {itype} {chan}", itype, chan, keys=keys,
                                   state="update_available", can_apply=True, signed=True, version="1.1.0")
        self.check_cli("rotation other key", "portable-windows", keys=[self.other_pub], state="error",
                       reason_code="unknown_key")
        self.seed("bad-tag")
        for itype in rdu.INSTALL_TYPES:
            for chan in channels:
                self.check_cli(f"bad-tag below {itype} {chan}", itype, chan, cur="0.9.0", state="update_available",
                               version="1.0.0", tag="v1.0.0")
                self.check_cli(f"bad-tag current {itype} {chan}", itype, chan, cur="1.0.0", state="up_to_date")

    def test_rollout(self) -> None:
        print("scenario rollout", flush=True)
        self.seed("rollout")
        ids = [f"install-{i}" for i in range(200)]
        inside = next(i for i in ids if rdu.rollout_bucket(i, "v1.1.0") < 30)
        outside = next(i for i in ids if rdu.rollout_bucket(i, "v1.1.0") >= 30)
        for itype in rdu.INSTALL_TYPES:
            for chan in ("stable", "prerelease"):
                self.check_cli(f"rollout included {itype} {chan}", itype, chan, extra=("--install-id", inside),
                               state="update_available", version="1.1.0", rollout={"percent": 30, "included": True},
                               can_apply=itype in rdu.ASSET_SUFFIX)
                self.check_cli(f"rollout deferred {itype} {chan}", itype, chan, extra=("--install-id", outside),
                               state="up_to_date", reason_code="rollout_deferred", rollout=None, version=None)
        self.check_cli("rollout deferred, older release offered", "portable-linux", cur="0.9.0",
                       extra=("--install-id", outside), state="update_available", version="1.0.0",
                       rollout={"percent": 100, "included": True})
        self.check_cli("rollout manifest signed by others", "portable-linux", keys=[self.other_pub],
                       extra=("--install-id", inside), state="error", reason_code="unknown_key", version=None)
        self.check_cli("rollout without keys", "portable-linux", keys=[], extra=("--install-id", inside),
                       state="update_available", rollout={"percent": 30, "included": True}, signed=False)
        inst = self.make_install("rollout-install")
        with open(os.path.join(inst, rdu.INSTALL_ID_FILE), "w") as f:
            f.write(inside + "\n")
        self.check_cli("rollout id from the install folder", None, cur="", extra=("--install-dir", inst),
                       state="update_available", version="1.1.0")
        with open(os.path.join(inst, rdu.INSTALL_ID_FILE), "w") as f:
            f.write(outside + "\n")
        self.check_cli("rollout id from the install folder (deferred)", None, cur="",
                       extra=("--install-dir", inst), state="up_to_date", reason_code="rollout_deferred")

    def test_github(self) -> None:
        print("GitHub mode, pagination", flush=True)
        gh = TestServer("github")
        try:
            seed(gh.url, "channels", self.key, self.old_key, reset=True)
            self.check_cli("github", "portable-linux", extra=("--server", gh.url, "--kind", "github",
                                                              "--api-url", gh.url),
                           state="update_available", version="1.1.0", can_apply=True, signed=True)
        finally:
            gh.close()
        assert self.server is not None
        control(self.server.url, "reset", {"repos": [{"owner": OWNER, "name": NAME, "releases": [
            {"tag_name": "v9.0.0", "created_at": "2020-01-01T00:00:00Z"}],
            "generate_releases": {"count": 120, "prefix": "v0.0.", "start": 1}}]})
        self.check_cli("pagination: the oldest release is on page 3", "portable-linux", cur="0.0.1",
                       state="update_available", version="9.0.0", reason_code="no_asset")

    def test_apply(self) -> None:
        print("apply: success, rollback, mismatch, resume, scheduled swap with restart, dry runs", flush=True)
        self.seed("channels")
        asset = f"{APP}-v1.1.0-linux-x64.tar.gz"
        # Success.
        inst = self.make_install("apply ok")
        before = self.snapshot(inst)
        code, r = self.apply(inst, "--no-restart")
        self.check(code == 0, f"apply: exit {code} ({r.get('reason')})")
        self.expect(r, "apply", state="applied", version="1.1.0", tag="v1.1.0", asset=asset, reason_code="")
        after = self.snapshot(inst)
        self.check(after["data/x"] == before["data/x"] and after["data"] == ("dir",), "apply: data/ unchanged")
        self.check(not os.path.exists(os.path.join(inst, rdu.UPDATE_DIR)), "apply: update folder gone")
        self.check(open(os.path.join(inst, "app", "marker.txt")).read() == "Tallyho v1.1.0\n", "apply: new app/")
        self.check(os.readlink(os.path.join(inst, "venv", "bin", "python")) == "/usr/bin/python3", "apply: venv link")
        self.check(not os.path.exists(os.path.join(inst, "venv", "old-venv.txt")), "apply: venv replaced")
        self.check(os.path.isfile(os.path.join(inst, rdu.INSTALL_ID_FILE)), "apply: install id kept at the root")
        code, r = self.apply(inst, "--no-restart")
        self.expect(r, "apply again", state="up_to_date", version="1.1.0")
        self.check(code == 0, "apply when up to date: exit 0")
        # The Python API, in this process: the state machine and progress.
        inst = self.make_install("api")
        states: List[str] = []
        progress: List[Tuple[int, int]] = []
        updater = rdu.Updater(self.server.url, REPO, install_dir=inst, public_keys=[self.pub], token="",  # type: ignore
                              on_state=states.append)
        self.expect(updater.check(), "API check", state="update_available", version="1.1.0", can_apply=True)
        path = updater.download(lambda done, total: progress.append((done, total)))
        self.check(os.path.basename(path) == asset and updater.state == "verifying", f"API download: {path}")
        self.check(bool(progress) and progress[-1][0] == progress[-1][1] == len(linux_tarball("v1.1.0")),
                   f"API progress: {progress[-3:]}")
        r = updater.apply(restart=False)
        self.expect(r, "API apply", state="applied", version="1.1.0", reason_code="")
        self.check(states == ["checking", "update_available", "downloading", "verifying", "applying", "up_to_date"]
                   and updater.state == "up_to_date", f"API states: {states}")
        # Rollback at the first, a middle and the last entry.
        for fail_at in ("app", "venv", "VERSION"):
            inst = self.make_install(f"rollback {fail_at}")
            before = self.snapshot(inst)
            code, r = self.apply(inst, "--no-restart", env={rdu.TEST_FAIL_ENV: fail_at})
            self.check(code == 1, f"rollback at {fail_at}: exit {code}")
            self.expect(r, f"rollback at {fail_at}", state="error", reason_code="swap_failed", version="1.0.0")
            self.check(self.snapshot(inst, skip=(rdu.INSTALL_ID_FILE, rdu.UPDATE_DIR,
                                                 os.path.join(rdu.UPDATE_DIR, "swap.log"))) == before,
                       f"rollback at {fail_at}: everything as before")
            left = sorted(os.listdir(os.path.join(inst, rdu.UPDATE_DIR)))
            self.check(left == ["swap.log"], f"rollback at {fail_at}: only the log is left ({left})")
        # A damaged .part: checksum_mismatch, nothing changes; the next attempt succeeds.
        inst = self.make_install("damaged part")
        before = self.snapshot(inst)
        os.makedirs(os.path.join(inst, rdu.UPDATE_DIR))
        with open(os.path.join(inst, rdu.UPDATE_DIR, asset + ".part"), "wb") as f:
            f.write(b"\0" * (len(linux_tarball("v1.1.0")) // 2))
        code, r = self.apply(inst, "--no-restart")
        self.check(code == 1, "damaged part: exit 1")
        self.expect(r, "damaged part", state="error", reason_code="checksum_mismatch", version="1.0.0")
        self.check(self.snapshot(inst) == {k: v for k, v in before.items()}, "damaged part: nothing changed")
        code, r = self.apply(inst, "--no-restart")
        self.expect(r, "after a damaged part", state="applied", version="1.1.0")
        # Resume: a correct beginning is completed with a Range request (206).
        inst = self.make_install("resume")
        os.makedirs(os.path.join(inst, rdu.UPDATE_DIR))
        with open(os.path.join(inst, rdu.UPDATE_DIR, asset + ".part"), "wb") as f:
            f.write(linux_tarball("v1.1.0")[:len(linux_tarball("v1.1.0")) // 2])
        since = control(self.server.url, "state")["requests"][-1]["seq"]  # type: ignore
        code, r = self.apply(inst, "--no-restart")
        self.expect(r, "resume", state="applied", version="1.1.0")
        log = control(self.server.url, f"state?log_since={since}")["requests"]  # type: ignore
        self.check(any(e["path"].endswith(asset) and e["status"] == 206 for e in log),
                   f"resume: a 206 answer for the Range request ({[(e['path'], e['status']) for e in log]})")
        # Scheduled: the swap waits for a process, then restarts run.sh.
        inst = self.make_install("scheduled")
        marker = os.path.join(self.tmp, "started.txt")
        sleeper = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(2)"])
        code, r = self.apply(inst, "--wait-pid", str(sleeper.pid), env={"TALLYHO_TEST_MARKER": marker})
        self.check(code == 0, f"scheduled: exit {code}")
        self.expect(r, "scheduled", state="scheduled", version="1.0.0")
        self.check(rdu.installed_version(inst) == "1.0.0", "scheduled: nothing swapped while the app runs")
        sleeper.wait()
        deadline = time.time() + 20
        while time.time() < deadline and not (os.path.exists(marker) and not os.path.exists(
                os.path.join(inst, rdu.UPDATE_DIR))):
            time.sleep(0.1)
        self.check(rdu.installed_version(inst) == "1.1.0", "scheduled: swapped after the process exited")
        self.check(os.path.exists(marker) and open(marker).read().strip() == "Tallyho 1.1.0 started",
                   "scheduled: run.sh restarted (the new one)")
        # Windows portable on Linux: run by wine's cmd when wine is installed, else only written.
        self.test_windows_apply()
        inst = self.make_install("installer", "installer")
        code, r = self.apply(inst)
        setup = os.path.join(inst, rdu.UPDATE_DIR, f"{APP}-v1.1.0-setup.exe")
        self.expect(r, "installer dry run", state="dry_run", command=[setup, "/S", "/D=" + inst])
        self.check(code == 0 and os.path.isfile(setup) and os.path.isfile(str(r.get("script"))), "installer: staged")
        # docker never downloads.
        inst = self.make_install("docker", "docker")
        code, r = self.apply(inst, "--install-type", "docker")
        self.check(code == 1, "docker apply: exit 1")
        self.expect(r, "docker apply", state="not_applied", reason_code="docker")
        self.check(not os.path.exists(os.path.join(inst, rdu.UPDATE_DIR)), "docker apply: nothing downloaded")

    def test_windows_apply(self) -> None:
        name = "Tally ho & 100% ^caret! ünï (x)"
        inst = self.make_install(name + " dry", "portable-windows")
        before = self.snapshot(inst)
        code, r = self.apply(inst, env={"PATH": os.path.join(self.tmp, "no-wine-here")})
        self.check(code == 0, f"portable-windows without wine: exit {code} ({r.get('reason')})")
        self.expect(r, "portable-windows without wine", state="dry_run", asset=f"{APP}-v1.1.0-win-x64.zip",
                    command=None)
        bat = open(r.get("script") or os.devnull, "rb").read()
        self.check(bat.startswith(b"@echo off\r\nchcp 65001") and b"\n" not in bat.replace(b"\r\n", b""),
                   "portable-windows: a CRLF batch file")
        self.check(name.encode() not in bat and b'set "NEW=.releasedesk-update\\new\\Tallyho"' in bat,
                   "portable-windows: paths relative to the installation")
        self.check(b'set "LAUNCHER=scripts\\start-hidden.vbs"' in bat and b'set "E=python"' in bat,
                   "portable-windows: launcher and entries")
        self.check(os.path.isfile(os.path.join(inst, rdu.UPDATE_DIR, "new", APP, "python", "python.exe")),
                   "portable-windows: unpacked")
        self.check({k: v for k, v in self.snapshot(inst).items() if not k.startswith(rdu.UPDATE_DIR)} == before,
                   "portable-windows without wine: the installation is unchanged")
        if not shutil.which("wine"):
            print("  (wine is not installed: the batch file was not run)", flush=True)
            return
        print("  portable-windows under wine (a private WINEPREFIX; the first start takes a while)", flush=True)
        self.wine_env = {"WINEPREFIX": os.path.join(self.tmp, "wineprefix"), "WINEDEBUG": "-all"}
        inst = self.make_install(name, "portable-windows")
        before = self.snapshot(inst)
        code, r = self.apply(inst, "--no-restart", env=self.wine_env)
        self.check(code == 0, f"portable-windows under wine: exit {code} ({r.get('reason')})")
        self.expect(r, "portable-windows under wine", state="applied", version="1.1.0")
        after = self.snapshot(inst)
        self.check(after.get("data/x") == before["data/x"], "wine: data/ unchanged")
        self.check(open(os.path.join(inst, "python", "python.exe"), "rb").read().startswith(b"MZ fake"),
                   "wine: python/ replaced")
        self.check(not os.path.exists(os.path.join(inst, rdu.UPDATE_DIR)), "wine: update folder gone")
        inst = self.make_install(name + " rollback", "portable-windows")
        before = self.snapshot(inst)
        code, r = self.apply(inst, "--no-restart", env=dict(self.wine_env, **{rdu.TEST_FAIL_ENV: "python"}))
        self.check(code == 1, f"wine rollback: exit {code}")
        self.expect(r, "wine rollback", state="error", reason_code="swap_failed", version="1.0.0")
        self.check({k: v for k, v in self.snapshot(inst).items() if not k.startswith(rdu.UPDATE_DIR)} == before,
                   "wine rollback: everything as before")

    def test_tampered(self) -> None:
        print("scenario tampered: check, then a real apply", flush=True)
        self.seed("tampered")
        self.check_cli("tampered check", "portable-linux", state="update_available", can_apply=True, signed=True)
        inst = self.make_install("tampered")
        before = self.snapshot(inst)
        code, r = self.apply(inst, "--no-restart")
        self.check(code == 1, "tampered apply: exit 1")
        self.expect(r, "tampered apply", state="error", reason_code="checksum_mismatch", version="1.0.0")
        self.check(self.snapshot(inst) == before, "tampered apply: nothing changed")

    def test_real_tarball(self) -> None:
        print("scenario real-tarball: apply, and a file that holds an older version", flush=True)
        app_dir = os.path.join(self.tmp, "real")
        os.makedirs(app_dir)
        with open(os.path.join(app_dir, f"{APP}-v1.1.0-linux-x64.tar.gz"), "wb") as f:
            f.write(linux_tarball("v1.1.0", marker=" (real)"))
        assert self.server is not None
        p = subprocess.run(self.python + [os.path.abspath(__file__), "--server", self.server.url, "--scenario",
                                          "real-tarball", "--seed-hex", self.key.hex(), "--reset", "--app-dir",
                                          app_dir, "--tag", "v1.1.0"], capture_output=True, text=True, timeout=60)
        info = json.loads(p.stdout) if p.returncode == 0 else {}
        self.check([r["tag"] for r in info.get("releases", [])] == ["v1.1.0"], f"real-tarball CLI: {p.stderr[-300:]}")
        inst = self.make_install("real")
        code, r = self.apply(inst, "--no-restart")
        self.expect(r, "real-tarball apply", state="applied", version="1.1.0")
        self.check(open(os.path.join(inst, "app", "marker.txt")).read() == "Tallyho v1.1.0 (real)\n", "real app/")
        older = os.path.join(self.tmp, "older")
        os.makedirs(older)
        with open(os.path.join(older, f"{APP}-v1.2.0-linux-x64.tar.gz"), "wb") as f:
            f.write(linux_tarball("v1.2.0", version="1.0.0"))
        self.seed("real-tarball", reset=False, app_dir=older, tag="v1.2.0")
        before = self.snapshot(inst)
        code, r = self.apply(inst, "--no-restart")
        self.check(code == 1, "downgrade: exit 1")
        self.expect(r, "downgrade", state="error", reason_code="downgrade", version="1.1.0")
        self.check(self.snapshot(inst) == before, "downgrade: nothing changed")

    def main(self) -> int:
        started = time.time()
        ed25519_ref.self_test()
        self.test_library()
        self.server = TestServer()
        try:
            self.test_channels()
            self.test_variants()
            self.test_rollout()
            self.test_tampered()
            self.test_apply()
            self.test_real_tarball()
            self.test_github()
        finally:
            self.server.close()
            if self.wine_env:             # the wineserver of our private prefix, not any other
                subprocess.run(["wineserver", "-k"], env=dict(os.environ, **self.wine_env), capture_output=True)
        if self.failures:
            print(f"update_scenarios self-test: {len(self.failures)} of {self.checks} checks FAILED "
                  f"(files kept in {self.tmp})")
            return 1
        shutil.rmtree(self.tmp, ignore_errors=True)
        print(f"update_scenarios self-test: {self.checks} checks passed in {time.time() - started:.1f} s "
              f"(python {sys.version.split()[0]}{', -I' if sys.flags.isolated else ''})")
        return 0


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(description="Seeds the Gitea test server with update scenarios.")
    parser.add_argument("--self-test", action="store_true", help="start a server and check releasedesk_update.py")
    parser.add_argument("--server", help="the test server's URL (its READY line)")
    parser.add_argument("--scenario", choices=SCENARIOS)
    parser.add_argument("--seed-hex", help="the signing key's 32-byte seed, as hex")
    parser.add_argument("--old-seed-hex", help="the previous key's seed (rotation; default: derived)")
    parser.add_argument("--reset", action="store_true", help="empty the server first")
    parser.add_argument("--app-dir", help="real-tarball: the files to upload")
    parser.add_argument("--tag", help="real-tarball: the release's tag")
    parser.add_argument("--prerelease", action="store_true", help="real-tarball: mark it a pre-release")
    args = parser.parse_args(argv)
    if args.self_test:
        return SelfTest().main()
    if not args.server or not args.scenario or not args.seed_hex:
        parser.error("--server, --scenario and --seed-hex are needed (or --self-test)")
    try:
        key = bytes.fromhex(args.seed_hex)
        old = bytes.fromhex(args.old_seed_hex) if args.old_seed_hex else None
    except ValueError:
        parser.error("--seed-hex and --old-seed-hex take 64 hex digits")
    if len(key) != 32 or (old is not None and len(old) != 32):
        parser.error("a seed is 32 bytes (64 hex digits)")
    out = seed(args.server.rstrip("/"), args.scenario, key, old, args.reset, args.app_dir, args.tag, args.prerelease)
    print(json.dumps(out, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
