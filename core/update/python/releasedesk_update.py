#!/usr/bin/env python3
"""In-app updates for Python apps released with ReleaseDesk (standard library only, Python 3.9+).

This module is the app-side half of ReleaseDesk's update protocol (core/update/PROTOCOL.md in the
ReleaseDesk sources): it lists the releases of a Gitea or GitHub repository, decides what this
installation is offered (channel, staged rollout, signatures), downloads and verifies the file, and
swaps it in with a detached script once the app has exited. ``data/`` is never touched.

In an app::

    from . import releasedesk_update as rdu

    updater = rdu.Updater("https://git.example.com", "alice/tallyho",
                          install_dir=rdu.app_folder(),          # or your install folder
                          public_keys=["ed25519:..."], channel="stable")
    answer = updater.check()                    # the JSON answer of PROTOCOL.md, as a dict
    if answer["state"] == "update_available" and answer["can_apply"]:
        result = updater.apply(wait_pid=os.getpid())   # the swap runs once this process exits
        if result["state"] == "scheduled":
            sys.exit(0)                          # the app restarts in the new version

From a shell::

    python3 releasedesk_update.py check --server URL --repo OWNER/NAME --install-dir DIR --json
    python3 releasedesk_update.py detect DIR
    python3 releasedesk_update.py apply --install-dir DIR --server URL --repo OWNER/NAME

A private repository's token is read from RELEASEDESK_UPDATE_TOKEN (never printed).
Exit codes: 0 ok (also up to date / update available), 1 error, 2 usage.
"""
from __future__ import annotations

import argparse
import base64
import hashlib
import http.client
import json
import os
import posixpath
import re
import shutil
import stat
import subprocess
import sys
import tarfile
import urllib.error
import urllib.parse
import urllib.request
import uuid
import zipfile
from dataclasses import dataclass, field
from typing import Any, Callable, Dict, Iterable, List, Optional, Sequence, Tuple

__all__ = ["Updater", "UpdateError", "Version", "parse_version", "detect_install_type", "installed_version",
           "parse_public_key", "key_id", "verify_signature_file", "ed25519_verify", "parse_sha256sums",
           "rollout_bucket", "match_asset", "ReleaseSource", "decide", "app_folder"]

TOKEN_ENV = "RELEASEDESK_UPDATE_TOKEN"
# Test hook: RELEASEDESK_UPDATE_TEST_FAIL_AT=<entry> makes the swap scripts fail when about to move
# <entry> into place (after its old copy was moved away, the worst moment), so tests can prove the
# rollback. The scripts read it when they run; nothing else uses it.
TEST_FAIL_ENV = "RELEASEDESK_UPDATE_TEST_FAIL_AT"
TIMEOUT = 15                       # seconds, per connect / read
UPDATE_DIR = ".releasedesk-update"
INSTALL_ID_FILE = ".releasedesk-install-id"
USER_AGENT = "releasedesk-update/1"
META_LIMIT = 4 << 20               # SHA256SUMS, signatures, rollout.json: small files
MAX_PAGES = 200
INSTALL_TYPES = ("installer", "portable-windows", "portable-linux", "docker", "dev")
ASSET_SUFFIX = {"installer": "setup.exe", "portable-windows": "win-x64.zip", "portable-linux": "linux-x64.tar.gz"}
TITLES = {"installer": "Windows installer", "portable-windows": "Windows portable (zip)",
          "portable-linux": "Linux portable (tar.gz)", "docker": "Docker container", "dev": "Development checkout"}
STATES = ("idle", "checking", "up_to_date", "update_available", "downloading", "verifying", "applying", "error")


class UpdateError(Exception):
    """A failure with a PROTOCOL.md reason code (network, checksum_mismatch, bad_archive, ...)."""

    def __init__(self, code: str, message: str, status: int = 0):
        super().__init__(message)
        self.code = code
        self.status = status


# --- PEP 440 versions, exactly as packaging.version.Version parses, normalises and orders them --

VERSION_PATTERN = r"""
    v?
    (?:
        (?:(?P<epoch>[0-9]+)!)?                           # epoch
        (?P<release>[0-9]+(?:\.[0-9]+)*)                  # release segment
        (?P<pre>                                          # pre-release
            [-_\.]?
            (?P<pre_l>(a|b|c|rc|alpha|beta|pre|preview))
            [-_\.]?
            (?P<pre_n>[0-9]+)?
        )?
        (?P<post>                                         # post release
            (?:-(?P<post_n1>[0-9]+))
            |
            (?:
                [-_\.]?
                (?P<post_l>post|rev|r)
                [-_\.]?
                (?P<post_n2>[0-9]+)?
            )
        )?
        (?P<dev>                                          # dev release
            [-_\.]?
            (?P<dev_l>dev)
            [-_\.]?
            (?P<dev_n>[0-9]+)?
        )?
    )
    (?:\+(?P<local>[a-z0-9]+(?:[-_\.][a-z0-9]+)*))?       # local version
"""
_VERSION_RE = re.compile(r"^\s*" + VERSION_PATTERN + r"\s*$", re.VERBOSE | re.IGNORECASE)


class _Extreme:
    """packaging's Infinity / NegativeInfinity: above (or below) everything but itself."""

    def __init__(self, above: bool): self.above = above
    def __repr__(self) -> str: return "Infinity" if self.above else "-Infinity"
    def __hash__(self) -> int: return hash(self.above)
    def __eq__(self, other: object) -> bool: return isinstance(other, _Extreme) and other.above == self.above
    def __lt__(self, other: object) -> bool: return not self.above and self != other
    def __le__(self, other: object) -> bool: return not self.above or self == other
    def __gt__(self, other: object) -> bool: return self.above and self != other
    def __ge__(self, other: object) -> bool: return self.above or self == other


INFINITY, NEGATIVE_INFINITY = _Extreme(True), _Extreme(False)


def _letter_version(letter: Optional[str], number: Optional[str]) -> Optional[Tuple[str, int]]:
    if letter:
        letter = letter.lower()
        letter = {"alpha": "a", "beta": "b", "c": "rc", "pre": "rc", "preview": "rc",
                  "rev": "post", "r": "post"}.get(letter, letter)
        return letter, int(number or 0)
    if number:  # "1.0-1": the implicit post release
        return "post", int(number)
    return None


class Version:
    """A parsed PEP 440 version; str() is the normalised form, comparisons use packaging's _cmpkey."""

    __slots__ = ("epoch", "release", "pre", "post", "dev", "local", "key")

    def __init__(self, text: str):
        m = _VERSION_RE.search(text)
        if not m:
            raise ValueError(f"invalid version: {text!r}")
        # int() refuses more than 4300 digits (Python's own limit): that is "does not parse" too.
        self.epoch = int(m.group("epoch")) if m.group("epoch") else 0
        self.release = tuple(int(i) for i in m.group("release").split("."))
        self.pre = _letter_version(m.group("pre_l"), m.group("pre_n"))
        self.post = _letter_version(m.group("post_l"), m.group("post_n1") or m.group("post_n2"))
        self.dev = _letter_version(m.group("dev_l"), m.group("dev_n"))
        local = m.group("local")
        self.local = None if local is None else tuple(
            p.lower() if not p.isdigit() else int(p) for p in re.split(r"[._-]", local))
        self.key = self._cmpkey()

    def _cmpkey(self) -> tuple:
        release = list(self.release)
        while release and release[-1] == 0:   # 1.0 == 1.0.0
            release.pop()
        if self.pre is None and self.post is None and self.dev is not None:
            pre: Any = NEGATIVE_INFINITY       # 1.0.dev0 sorts before 1.0a0
        else:
            pre = INFINITY if self.pre is None else self.pre
        post: Any = NEGATIVE_INFINITY if self.post is None else self.post
        dev: Any = INFINITY if self.dev is None else self.dev
        local: Any = NEGATIVE_INFINITY if self.local is None else tuple(
            (i, "") if isinstance(i, int) else (NEGATIVE_INFINITY, i) for i in self.local)
        return self.epoch, tuple(release), pre, post, dev, local

    @property
    def is_prerelease(self) -> bool:
        return self.dev is not None or self.pre is not None

    def __str__(self) -> str:
        out = f"{self.epoch}!" if self.epoch else ""
        out += ".".join(str(x) for x in self.release)
        if self.pre is not None:
            out += f"{self.pre[0]}{self.pre[1]}"
        if self.post is not None:
            out += f".post{self.post[1]}"
        if self.dev is not None:
            out += f".dev{self.dev[1]}"
        if self.local is not None:
            out += "+" + ".".join(str(x) for x in self.local)
        return out

    def __repr__(self) -> str: return f"<Version('{self}')>"
    def __hash__(self) -> int: return hash(self.key)
    def __eq__(self, other: object) -> bool: return isinstance(other, Version) and self.key == other.key
    def __lt__(self, other: "Version") -> bool: return self.key < other.key
    def __le__(self, other: "Version") -> bool: return self.key <= other.key
    def __gt__(self, other: "Version") -> bool: return self.key > other.key
    def __ge__(self, other: "Version") -> bool: return self.key >= other.key


def parse_version(text: str) -> Optional[Version]:
    """A tag or version ("v0.3.0-alpha.1" -> 0.3.0a1; the regex takes one leading v/V), or None."""
    try:
        return Version(text)
    except ValueError:
        return None


# --- Ed25519 verification (RFC 8032), with libsodium's crypto_sign_verify_detached rules --------
# Pure Python on purpose: one code path everywhere (also without `cryptography`), and the same
# verdicts as the C++ engine's libsodium, which also refuses small-order keys and R values.
# Verifying a signature takes a few milliseconds.

_P = 2 ** 255 - 19
_L = 2 ** 252 + 27742317777372353535851937790883648493
_D = -121665 * pow(121666, _P - 2, _P) % _P
_SQRT_M1 = pow(2, (_P - 1) // 4, _P)


def _recover_x(y: int, sign: int) -> Optional[int]:
    if y >= _P:
        return None                       # non-canonical encoding
    x2 = (y * y - 1) * pow(_D * y * y + 1, _P - 2, _P) % _P
    if x2 == 0:
        return None if sign else 0        # x = 0 has no negative
    x = pow(x2, (_P + 3) // 8, _P)
    if (x * x - x2) % _P:
        x = x * _SQRT_M1 % _P
    if (x * x - x2) % _P:
        return None                       # not on the curve
    return _P - x if (x & 1) != sign else x


_BY = 4 * pow(5, _P - 2, _P) % _P
_BX = _recover_x(_BY, 0) or 0
_B = (_BX, _BY, 1, _BX * _BY % _P)        # extended coordinates (X, Y, Z, T)
_IDENTITY = (0, 1, 1, 0)


def _point_add(p: tuple, q: tuple) -> tuple:
    a = (p[1] - p[0]) * (q[1] - q[0]) % _P
    b = (p[1] + p[0]) * (q[1] + q[0]) % _P
    c = 2 * p[3] * q[3] * _D % _P
    d = 2 * p[2] * q[2] % _P
    e, f, g, h = b - a, d - c, d + c, b + a
    return e * f % _P, g * h % _P, f * g % _P, e * h % _P


def _point_mul(s: int, p: tuple) -> tuple:
    q = _IDENTITY
    while s:
        if s & 1:
            q = _point_add(q, p)
        p = _point_add(p, p)
        s >>= 1
    return q


def _point_encode(p: tuple) -> bytes:
    zinv = pow(p[2], _P - 2, _P)
    x, y = p[0] * zinv % _P, p[1] * zinv % _P
    return (y | ((x & 1) << 255)).to_bytes(32, "little")


def _point_decode(s: bytes) -> Optional[tuple]:
    if len(s) != 32:
        return None
    y = int.from_bytes(s, "little")
    sign, y = y >> 255, y & ((1 << 255) - 1)
    x = _recover_x(y, sign)
    return None if x is None else (x, y, 1, x * y % _P)


def _small_order(p: tuple) -> bool:
    for _ in range(3):                    # [8]P is the identity
        p = _point_add(p, p)
    return p[0] % _P == 0 and (p[1] - p[2]) % _P == 0


def ed25519_verify(public_key: bytes, message: bytes, signature: bytes) -> bool:
    if len(public_key) != 32 or len(signature) != 64:
        return False
    a = _point_decode(public_key)
    r = _point_decode(signature[:32])
    s = int.from_bytes(signature[32:], "little")
    if a is None or r is None or s >= _L or _small_order(a) or _small_order(r):
        return False
    k = int.from_bytes(hashlib.sha512(signature[:32] + public_key + message).digest(), "little") % _L
    minus_a = ((_P - a[0]) % _P, a[1], a[2], (_P - a[3]) % _P)
    # [S]B - [k]A must encode to the signature's R, byte for byte (as libsodium compares).
    return _point_encode(_point_add(_point_mul(s, _B), _point_mul(k, minus_a))) == signature[:32]


# --- Keys, signature files, SHA256SUMS, rollout -------------------------------------------------

def _b64(text: str, size: int) -> Optional[bytes]:
    text = text.strip()
    if len(text) % 4:
        text += "=" * (-len(text) % 4)    # unpadded base64 is read too
    try:
        raw = base64.b64decode(text, validate=True)
    except ValueError:
        return None
    return raw if len(raw) == size else None


def parse_public_key(text: str) -> bytes:
    """'ed25519:<base64 of 32 bytes>' -> the raw key; ValueError otherwise."""
    text = text.strip()
    raw = _b64(text[len("ed25519:"):], 32) if text.startswith("ed25519:") else None
    if raw is None:
        raise ValueError(f"{text[:40]!r} is not an update public key (ed25519:<base64 of 32 bytes>)")
    return raw


def parse_public_keys(values: Iterable[str]) -> List[bytes]:
    """Keys given as text, separated by commas or spaces; an entry that is not ed25519:... names a
    .pub file, which is read. Duplicates are dropped."""
    keys: List[bytes] = []
    for value in values:
        for part in re.split(r"[,\s]+", value):
            if not part:
                continue
            text = part
            if not part.startswith("ed25519:"):
                try:
                    with open(part, "rb") as f:
                        text = f.read(4096).decode("utf-8", "replace").strip()
                except OSError:
                    raise ValueError(f"{part!r} is neither an update public key (ed25519:...) "
                                     f"nor a readable .pub file") from None
            key = parse_public_key(text)
            if key not in keys:
                keys.append(key)
    return keys


def key_id(public_key: bytes) -> str:
    return hashlib.sha256(public_key).digest()[:8].hex()


def verify_signature_file(message: bytes, signature_file: Optional[bytes],
                          trusted: Sequence[bytes]) -> Tuple[str, str]:
    """('', message) when valid, else (reason code, message): unsigned / unknown_key / bad_signature.
    Every line of a trusted key must verify, and at least one must be there."""
    if signature_file is None:
        return "unsigned", "The release is not signed, but this app only takes signed updates."
    ids = {key_id(k): k for k in trusted}
    verified: List[str] = []
    for raw in signature_file.split(b"\n"):
        line = raw.strip()
        if not line or line.startswith(b"#"):
            continue
        fields = line.split(b" ")
        sig = _b64(fields[2].decode("latin-1"), 64) if len(fields) == 3 else None
        if len(fields) != 3 or fields[0] != b"ed25519" or sig is None:
            return "bad_signature", 'The signature file is damaged: a line is not "ed25519 <key id> <signature>".'
        kid = fields[1].decode("latin-1")
        if kid not in ids:
            continue                      # another key's line: not ours to judge
        if not ed25519_verify(ids[kid], message, sig):
            return "bad_signature", f"The signature by key {kid} does not match: the file was changed after signing."
        verified.append(kid)
    if not verified:
        return "unknown_key", "The release is signed, but by none of the keys this app trusts."
    return "", "Signed by " + ", ".join(verified) + "."


def parse_sha256sums(data: bytes) -> Dict[str, str]:
    """sha256sum's format ("<hex>  <name>" or "<hex> *<name>", GNU's "\\" escapes); empty lines and
    # comments are skipped. A damaged line raises ValueError: the file is not trusted at all."""
    sums: Dict[str, str] = {}
    for number, line in enumerate(data.split(b"\n"), 1):
        if line.endswith(b"\r"):
            line = line[:-1]
        if not line.strip() or line.startswith(b"#"):
            continue
        escaped = line.startswith(b"\\")
        if escaped:
            line = line[1:]
        digest = line[:64].decode("latin-1")
        if len(line) < 67 or not re.fullmatch(r"[0-9a-fA-F]{64}", digest) or line[64:65] != b" " \
                or line[65:66] not in (b" ", b"*"):
            raise ValueError(f"SHA256SUMS line {number} is not \"<sha256>  <name>\"")
        name = line[66:].decode("utf-8", "replace")
        if escaped:
            name = re.sub(r"\\(.)", lambda m: "\n" if m.group(1) == "n" else m.group(1), name)
        sums[name] = digest.lower()       # a repeated name: the last line wins
    return sums


def rollout_bucket(install_id: str, tag: str) -> int:
    return int.from_bytes(hashlib.sha256((install_id + ":" + tag).encode("utf-8")).digest()[:4], "big") % 100


def parse_rollout(data: bytes, tag: str) -> int:
    """The percentage of a rollout.json for release `tag`; UpdateError('bad_rollout') otherwise."""
    try:
        obj = json.loads(data.decode("utf-8"))
    except ValueError:
        obj = None

    def whole(v: Any) -> bool:          # JSON numbers: 30 and 30.0 alike, never true/false/1e999
        return (isinstance(v, int) and not isinstance(v, bool)) or (isinstance(v, float) and v.is_integer())

    if not isinstance(obj, dict) or not whole(obj.get("format")) or obj["format"] != 1 \
            or not isinstance(obj.get("tag"), str) or not whole(obj.get("percent")) \
            or not 0 <= obj["percent"] <= 100:
        raise UpdateError("bad_rollout", 'rollout.json is not a rollout manifest ({"format": 1, "tag": ..., '
                                         '"percent": 0-100}).')
    if obj["tag"] != tag:
        raise UpdateError("bad_rollout", f"{tag}'s rollout.json names another release ({obj['tag']}).")
    return int(obj["percent"])


# --- Installations ------------------------------------------------------------------------------

def app_folder() -> str:
    """The installation folder of a portable app or installed app: the folder of the running
    interpreter's install (portable-windows: <root>/python/python.exe; portable-linux:
    <root>/venv/bin/python). Falls back to the current folder."""
    exe = os.path.abspath(sys.executable or "")
    for root in (os.path.dirname(os.path.dirname(exe)), os.path.dirname(os.path.dirname(os.path.dirname(exe)))):
        if detect_install_type(root) in ("installer", "portable-windows", "portable-linux"):
            return root
    return os.getcwd()


def detect_install_type(folder: Optional[str], dockerenv: str = "/.dockerenv") -> str:
    """PROTOCOL.md's markers, first match wins."""
    if folder and os.path.isdir(folder):
        if any(n.lower() == "uninstall.exe" and os.path.isfile(os.path.join(folder, n)) for n in os.listdir(folder)):
            return "installer"
        if os.path.isfile(os.path.join(folder, "python", "python.exe")):
            return "portable-windows"
        if os.path.isdir(os.path.join(folder, "venv")) and os.path.isfile(os.path.join(folder, "run.sh")):
            return "portable-linux"
    if dockerenv and os.path.exists(dockerenv):
        return "docker"
    return "dev"


def installed_version(folder: Optional[str]) -> Optional[str]:
    """The first line of <folder>/VERSION, trimmed; None when there is none."""
    if not folder:
        return None
    try:
        with open(os.path.join(folder, "VERSION"), "rb") as f:
            text = f.readline(4096).decode("utf-8", "replace").strip()
    except OSError:
        return None
    return text or None


def install_id_for(folder: Optional[str], create: bool) -> str:
    """The installation's stable random id (<folder>/.releasedesk-install-id, outside data/ and
    outside what updates replace). Without one a random id is made, and saved when `create`."""
    path = os.path.join(folder, INSTALL_ID_FILE) if folder else ""
    try:
        with open(path, "rb") as f:
            text = f.readline(200).decode("utf-8", "replace").strip()
        if text:
            return text
    except OSError:
        pass
    new = str(uuid.uuid4())
    if path and create:
        try:
            with open(path + ".tmp", "w", encoding="utf-8") as f:
                f.write(new + "\n")
            os.replace(path + ".tmp", path)
        except OSError:
            pass                          # a read-only folder: the id just is not stable
    return new


# --- Releases from Gitea or GitHub --------------------------------------------------------------

@dataclass
class Asset:
    name: str
    size: int
    url: str


@dataclass
class Release:
    tag: str
    draft: bool = False
    prerelease: bool = False
    assets: List[Asset] = field(default_factory=list)
    html_url: str = ""
    body: str = ""

    def named(self, name: str) -> Optional[Asset]:
        hits = [a for a in self.assets if a.name == name]
        return hits[-1] if hits else None  # a duplicated name: the last one, as the C++ engine


class _SameHostAuthRedirect(urllib.request.HTTPRedirectHandler):
    """Follows redirects, but never sends the token to another host (GitHub's asset downloads
    redirect to a storage host)."""

    def redirect_request(self, req, fp, code, msg, headers, newurl):  # type: ignore[override]
        new = super().redirect_request(req, fp, code, msg, headers, newurl)
        if new is not None and urllib.parse.urlsplit(newurl).netloc != urllib.parse.urlsplit(req.full_url).netloc:
            new.remove_header("Authorization")
        return new


_OPENER = urllib.request.build_opener(_SameHostAuthRedirect)


def _status_code(status: int) -> str:
    return "not_found" if status == 404 else "unauthorized" if status in (401, 403) else "network"


class ReleaseSource:
    """Lists releases and fetches assets. kind: 'gitea', 'github', or None (github for
    github.com, else gitea). api_url overrides the API base (GitHub Enterprise, test servers)."""

    def __init__(self, server: str, repo: str, token: Optional[str] = None, kind: Optional[str] = None,
                 api_url: Optional[str] = None, timeout: float = TIMEOUT):
        owner, _, name = repo.partition("/")
        if not owner or not name or "/" in name:
            raise ValueError(f"{repo!r} is not OWNER/NAME")
        server = server.rstrip("/")
        host = (urllib.parse.urlsplit(server).hostname or "").lower()
        github_com = host in ("github.com", "www.github.com")
        self.kind = kind or ("github" if github_com else "gitea")
        if self.kind not in ("gitea", "github"):
            raise ValueError(f"unknown server kind {self.kind!r} (gitea or github)")
        path = f"/repos/{urllib.parse.quote(owner, safe='')}/{urllib.parse.quote(name, safe='')}/releases"
        if self.kind == "github":
            base = api_url or ("https://api.github.com" if github_com else server + "/api/v3")
            self._list, self._limit = base.rstrip("/") + path + "?per_page=100&page={page}", 100
        else:
            base = api_url or server + "/api/v1"
            self._list, self._limit = base.rstrip("/") + path + "?page={page}&limit=50", 50
        self.token = token
        self.timeout = timeout

    def open(self, url: str, headers: Optional[Dict[str, str]] = None) -> http.client.HTTPResponse:
        h = {"User-Agent": USER_AGENT}
        if self.token:
            h["Authorization"] = "token " + self.token
        h.update(headers or {})
        shown = urllib.parse.urlsplit(url)._replace(query="", fragment="").geturl()
        try:
            return _OPENER.open(urllib.request.Request(url, headers=h), timeout=self.timeout)
        except urllib.error.HTTPError as e:
            e.close()
            raise UpdateError(_status_code(e.code), f"GET {shown}: HTTP {e.code} {e.reason}", e.code) from None
        except (urllib.error.URLError, OSError, ValueError, http.client.HTTPException) as e:
            reason = getattr(e, "reason", None) or e
            raise UpdateError("network", f"GET {shown}: {reason}") from None

    def releases(self) -> List[Release]:
        """Every release, newest first, all pages (until a short or empty page)."""
        items: List[Any] = []
        for page in range(1, MAX_PAGES + 1):
            with self.open(self._list.format(page=page)) as resp:
                total = resp.headers.get("X-Total-Count", "")
                try:
                    data = json.loads(resp.read().decode("utf-8"))
                except (ValueError, OSError, http.client.HTTPException) as e:
                    raise UpdateError("network", f"reading the release list failed: {e}") from None
            if not isinstance(data, list):
                raise UpdateError("network", "the server's release list is not a JSON array")
            items.extend(data)
            more = len(data) >= self._limit or (total.isdigit() and int(total) > len(items))
            if not data or not more:
                break
        out = []
        for r in items:
            if not isinstance(r, dict) or not isinstance(r.get("tag_name"), str):
                continue
            assets = [Asset(str(a.get("name", "")), a["size"] if isinstance(a.get("size"), int) else 0,
                            str(a.get("browser_download_url", "")))
                      for a in r.get("assets") or [] if isinstance(a, dict)]
            out.append(Release(r["tag_name"], r.get("draft") is True, r.get("prerelease") is True, assets,
                               str(r.get("html_url") or ""), str(r.get("body") or "")))
        return out

    def fetch(self, asset: Asset, limit: int = META_LIMIT) -> bytes:
        try:
            with self.open(asset.url) as resp:
                data = resp.read(limit + 1)
        except (OSError, http.client.HTTPException) as e:
            raise UpdateError("network", f"downloading {asset.name} failed: {e}") from None
        if len(data) > limit:
            raise UpdateError("network", f"{asset.name} is larger than {limit} bytes")
        return data

    def download(self, asset: Asset, part: str, progress: Optional[Callable[[int, int], None]] = None) -> None:
        """Appends the rest of `asset` to `part`, resuming with a Range request when `part` holds a
        beginning; a server that ignores the Range sends everything again."""
        have = os.path.getsize(part) if os.path.isfile(part) else 0
        if have >= asset.size > 0:
            have = 0                      # nothing left to ask for: start over
        try:
            resp = self.open(asset.url, {"Range": f"bytes={have}-"} if have else None)
        except UpdateError as e:
            if e.status == 416 and have:
                return                    # the .part is complete already: the checksum decides
            raise
        with resp:
            start = 0
            if resp.status == 206:
                m = re.match(r"bytes (\d+)-", resp.headers.get("Content-Range", ""))
                start = int(m.group(1)) if m else -1
                if start != have:
                    raise UpdateError("network", f"the server answered a Range request for {asset.name} wrongly")
            done = start
            length = resp.headers.get("Content-Length", "")
            total = start + int(length) if length.isdigit() else asset.size
            try:
                with open(part, "ab" if start else "wb") as out:
                    while True:
                        chunk = resp.read(1 << 16)
                        if not chunk:
                            break
                        out.write(chunk)
                        done += len(chunk)
                        if progress:
                            progress(done, total)
            except (OSError, http.client.HTTPException) as e:
                raise UpdateError("network", f"downloading {asset.name} failed after {done} bytes: {e}") from None
            if length.isdigit() and done != total:
                raise UpdateError("network", f"downloading {asset.name} stopped after {done} of {total} bytes")


# --- The decision (PROTOCOL.md "Deciding") ------------------------------------------------------

@dataclass
class Offer:
    version: Version
    release: Release
    asset: Asset
    sha256: str


def match_asset(assets: Sequence[Asset], install_type: str, tag: str) -> Optional[Asset]:
    """Names ending in '-<suffix>'; one naming the tag ('-<tag>-') wins, then the alphabetically first."""
    suffix = ASSET_SUFFIX.get(install_type)
    if not suffix:
        return None
    found = [a for a in assets if a.name.endswith("-" + suffix)]
    preferred = [a for a in found if f"-{tag}-" in a.name] if tag else []
    pool = preferred or found
    return min(pool, key=lambda a: a.name) if pool else None


def candidates(releases: Sequence[Release], channel: str) -> List[Tuple[Version, Release]]:
    """Steps 1-3: no drafts, tags that parse, the channel's releases, highest version first (a stable
    sort, so equal versions keep the server's newest-first order)."""
    out = []
    for rel in releases:
        v = None if rel.draft else parse_version(rel.tag)
        if v is None or (channel == "stable" and (rel.prerelease or v.is_prerelease)):
            continue
        out.append((v, rel))
    out.sort(key=lambda c: c[0].key, reverse=True)
    return out


def new_answer(current: str, install_type: str, channel: str) -> Dict[str, Any]:
    return {"state": "error", "current": current, "install_type": install_type, "channel": channel,
            "version": None, "tag": None, "asset": None, "can_apply": False, "reason_code": "", "reason": "",
            "rollout": None, "signed": False, "dismissed": False, "release_url": None, "notes": None}


def decide(releases: Sequence[Release], current: Version, install_type: str, channel: str,
           public_keys: Sequence[bytes], install_id: str, fetch: Callable[[Asset], bytes],
           dismissed: Optional[str] = None) -> Tuple[Dict[str, Any], Optional[Offer]]:
    """Steps 4-5: the answer, and the offer when it can be applied. fetch() reads small assets."""
    ans = new_answer(str(current), install_type, channel)
    try:
        deferred = False
        for version, rel in candidates(releases, channel):
            if not version > current:
                break
            manifest = rel.named("rollout.json")
            if manifest is not None:
                data = fetch(manifest)
                if public_keys:
                    sig = rel.named("rollout.json.sig")
                    code, why = verify_signature_file(data, fetch(sig) if sig else None, public_keys)
                    if code:
                        raise UpdateError(code, "rollout.json: " + why)
                percent = parse_rollout(data, rel.tag)
                if rollout_bucket(install_id, rel.tag) >= percent:
                    deferred = True       # not in this stage yet: maybe an older release is
                    continue
                ans["rollout"] = {"percent": percent, "included": True}
            return _offer(ans, version, rel, install_type, public_keys, fetch, dismissed)
        ans["state"] = "up_to_date"
        if deferred:
            ans["reason_code"] = "rollout_deferred"
            ans["reason"] = "A newer release is rolling out in stages; this installation is not in the stage yet."
        else:
            ans["reason"] = f"{current} is the newest version for the {channel} channel."
        return ans, None
    except UpdateError as e:
        ans.update(state="error", can_apply=False, reason_code=e.code, reason=str(e))
        return ans, None


def _offer(ans: Dict[str, Any], version: Version, rel: Release, install_type: str,
           public_keys: Sequence[bytes], fetch: Callable[[Asset], bytes],
           dismissed: Optional[str]) -> Tuple[Dict[str, Any], Optional[Offer]]:
    dv = parse_version(dismissed) if dismissed else None
    ans.update(state="update_available", version=str(version), tag=rel.tag, release_url=rel.html_url or None,
               notes=rel.body, dismissed=dv is not None and dv == version)
    if install_type in ("docker", "dev"):
        ans["reason_code"] = install_type
        ans["reason"] = (f"Runs in a container: pull the new image ({rel.tag}) and recreate the container."
                         if install_type == "docker" else
                         f"A development checkout: update it with git, or download {rel.tag} from the releases page.")
        return ans, None
    asset = match_asset(rel.assets, install_type, rel.tag)
    if asset is None:
        ans["reason_code"] = "no_asset"
        ans["reason"] = (f"{rel.tag} has no file for this install type (a name ending in "
                         f"-{ASSET_SUFFIX[install_type]}); download it from the releases page.")
        return ans, None
    ans["asset"] = {"name": asset.name, "size": asset.size, "url": asset.url}
    sums_asset = rel.named("SHA256SUMS")
    if sums_asset is None:
        ans["reason_code"] = "no_checksums"
        ans["reason"] = f"{rel.tag} has no SHA256SUMS, so a download could not be checked."
        return ans, None
    sums_data = fetch(sums_asset)
    try:
        sums = parse_sha256sums(sums_data)
    except ValueError as e:
        ans.update(reason_code="not_in_checksums", reason=f"SHA256SUMS is damaged: {e}")
        return ans, None
    if asset.name not in sums:
        ans.update(reason_code="not_in_checksums", reason=f"SHA256SUMS does not list {asset.name}.")
        return ans, None
    if public_keys:
        sig = rel.named("SHA256SUMS.sig")
        code, why = verify_signature_file(sums_data, fetch(sig) if sig else None, public_keys)
        if code:
            ans.update(state="error", reason_code=code, reason=why)
            return ans, None
        ans["signed"] = True
    ans["can_apply"] = True
    ans["reason"] = f"{rel.tag} can be downloaded, checked and applied."
    return ans, Offer(version, rel, asset, sums[asset.name])


# --- Unpacking, safely --------------------------------------------------------------------------

def _bad(message: str) -> UpdateError:
    return UpdateError("bad_archive", message)


def _safe_parts(name: str) -> List[str]:
    """A member name as path parts below the destination; refuses absolute names and '..'."""
    if "\x00" in name or "\\" in name:
        raise _bad(f"{name!r}: a NUL or backslash in a name in the archive")
    if name.startswith("/") or re.match(r"^[A-Za-z]:", name):
        raise _bad(f"{name!r}: an absolute path in the archive")
    parts = [p for p in name.split("/") if p not in ("", ".")]
    if ".." in parts:
        raise _bad(f"{name!r}: '..' in a path in the archive")
    if os.name == "nt" and any(re.search(r'[<>:"|?*]|[. ]$', p) or
                               re.fullmatch(r"(?i)(con|prn|aux|nul|com\d|lpt\d)(\..*)?", p) for p in parts):
        raise _bad(f"{name!r}: not a valid Windows file name")
    return parts


def _folders(dest: str, parts: List[str]) -> str:
    """Makes dest/parts..., never through a symlink the archive planted; returns the path."""
    cur = dest
    for p in parts:
        cur = os.path.join(cur, p)
        if os.path.islink(cur):
            raise _bad(f"{'/'.join(parts)!r} would be written through the symlink {p!r}")
        if not os.path.isdir(cur):
            if os.path.lexists(cur):
                raise _bad(f"{'/'.join(parts)!r}: {p!r} is both a file and a folder in the archive")
            os.mkdir(cur)
    return cur


def _target(dest: str, parts: List[str]) -> str:
    """The path of a file member, its folders made; a repeated member replaces the earlier one."""
    path = os.path.join(_folders(dest, parts[:-1]), parts[-1])
    if os.path.islink(path) or os.path.isfile(path):
        os.unlink(path)
    elif os.path.isdir(path):
        raise _bad(f"{'/'.join(parts)!r} is both a folder and a file in the archive")
    return path


def _inside(dest: str, path: str) -> bool:
    real, path = os.path.realpath(dest), os.path.realpath(path)
    return path == real or path.startswith(real + os.sep)


def _follow(root: str, cur: str, target: str, hops: List[int]) -> Optional[str]:
    """Where a relative link target leads from folder `cur`, following the tree's links component by
    component: the path, "" for an absolute link at the very end, None when it leaves `root`."""
    comps = [c for c in target.split("/") if c not in ("", ".")]
    for i, comp in enumerate(comps):
        if comp == "..":
            cur = os.path.dirname(cur)
            if not (cur == root or cur.startswith(root + os.sep)):
                return None
            continue
        nxt = os.path.join(cur, comp)
        if not os.path.islink(nxt):
            cur = nxt
            continue
        hops[0] += 1
        link = os.readlink(nxt)
        found = "" if link.startswith("/") else None if hops[0] > 40 else _follow(root, cur, link, hops)
        if found is None or (found == "" and i < len(comps) - 1):
            return None                   # out of the tree, a loop, or on through an absolute link
        if found == "":
            return ""
        cur = found
    return cur


def extract_tar(archive: str, dest: str) -> None:
    """Unpacks a .tar.gz: regular files (mode 0755 or 0644), folders, symlinks and hard links. Refused:
    absolute names, '..', writing through symlinks, hard links out of the tree, relative symlinks
    that resolve outside it, devices and FIFOs. Absolute symlink targets are kept: a venv's
    bin/python names the system interpreter (/usr/bin/python3.x)."""
    os.makedirs(dest, exist_ok=True)
    links = []
    try:
        with tarfile.open(archive, "r:*") as tf:
            for m in tf:
                parts = _safe_parts(m.name)
                if not parts:
                    continue
                if m.isdir():
                    _folders(dest, parts)
                    continue
                path = _target(dest, parts)
                if m.isreg():
                    src = tf.extractfile(m)
                    with src, open(path, "wb") as out:  # type: ignore[union-attr]
                        shutil.copyfileobj(src, out)
                    os.chmod(path, 0o755 if m.mode & 0o111 else 0o644)
                elif m.issym():
                    if not m.linkname.startswith("/"):
                        inner = posixpath.normpath(posixpath.join(posixpath.dirname("/".join(parts)), m.linkname))
                        if inner == ".." or inner.startswith("../"):
                            raise _bad(f"{m.name!r} links out of the archive ({m.linkname!r})")
                        links.append(path)
                    os.symlink(m.linkname, path)
                elif m.islnk():
                    source = os.path.join(dest, *_safe_parts(m.linkname))
                    if os.path.islink(source) or not os.path.isfile(source) or not _inside(dest, source):
                        raise _bad(f"{m.name!r} is a hard link to {m.linkname!r}, which is not a file in the archive")
                    try:
                        os.link(source, path)
                    except OSError:
                        shutil.copy2(source, path)
                else:
                    raise _bad(f"{m.name!r}: devices and FIFOs are not unpacked")
    except (tarfile.TarError, EOFError, OSError, zipfile.BadZipFile) as e:
        raise _bad(f"{os.path.basename(archive)} cannot be unpacked: {e}") from None
    # Relative links can chain (a link through another link): check where each finally leads.
    root = os.path.realpath(dest)
    for path in links:
        if _follow(root, os.path.realpath(os.path.dirname(path)), os.readlink(path), [0]) is None:
            raise _bad(f"{os.path.relpath(path, dest)!r} links out of the archive")


def extract_zip(archive: str, dest: str) -> None:
    """Unpacks a .zip; refuses absolute names, '..', backslashes and symlink entries."""
    os.makedirs(dest, exist_ok=True)
    try:
        with zipfile.ZipFile(archive) as zf:
            for info in zf.infolist():
                name = info.filename
                parts = _safe_parts(name)
                mode = info.external_attr >> 16
                if not parts:
                    continue
                if info.create_system == 3 and stat.S_ISLNK(mode):
                    raise _bad(f"{name!r}: symlinks are not unpacked from a zip")
                if name.endswith("/"):
                    _folders(dest, parts)
                    continue
                path = _target(dest, parts)
                with zf.open(info) as src, open(path, "wb") as out:
                    shutil.copyfileobj(src, out)
                if info.create_system == 3 and mode & 0o111:
                    os.chmod(path, 0o755)
    except (zipfile.BadZipFile, OSError, EOFError, RuntimeError) as e:
        raise _bad(f"{os.path.basename(archive)} cannot be unpacked: {e}") from None


def find_new_root(dest: str, install_type: str) -> Optional[str]:
    """The shallowest folder (depth 0-2) with the install type's markers; symlinks not followed."""
    level = [dest]
    for _ in range(3):
        nxt = []
        for folder in level:
            if detect_install_type(folder, dockerenv="") == install_type:
                return folder
            nxt += [os.path.join(folder, n) for n in sorted(os.listdir(folder))
                    if os.path.isdir(os.path.join(folder, n)) and not os.path.islink(os.path.join(folder, n))]
        level = nxt
    return None


# --- The swap scripts (detached: the app cannot replace its own files while it runs) ------------

def _sh(text: str) -> str:
    return "'" + text.replace("'", "'\\''") + "'"


_POSIX_SWAP = r"""#!/bin/sh
# Written by releasedesk_update.py: puts a downloaded update in place once the app has exited.
# Every top-level entry of the new tree replaces the old one (moved to $OLD first); data/ is never
# touched. If a move fails, everything moved is put back (exit 1; 2 if even that failed).
# Test hook: RELEASEDESK_UPDATE_TEST_FAIL_AT=<entry> fails the move of <entry> into place.
set -u
ROOT=@ROOT@
NEW=@NEW@
UPD="$ROOT/.releasedesk-update"
OLD="$UPD/old"
PID=@PID@
RESTART=@RESTART@
FAIL_AT="${RELEASEDESK_UPDATE_TEST_FAIL_AT:-}"
set -- @ENTRIES@

say() { printf 'releasedesk-update: %s\n' "$*" >&2; }
there() { [ -e "$1" ] || [ -L "$1" ]; }
# The app's process is gone when kill -0 fails, or when it is a zombie nobody reaped yet.
alive() {
    [ -n "$PID" ] && kill -0 "$PID" 2>/dev/null || return 1
    [ "$(sed -n 's/^.*) \(.\).*$/\1/p' "/proc/$PID/stat" 2>/dev/null)" != Z ]
}
swap_in() {
    if there "$ROOT/$1"; then
        there "$OLD/$1" && return 1
        mv -f "$ROOT/$1" "$OLD/$1" || return 1
    fi
    if [ -n "$FAIL_AT" ] && [ "$1" = "$FAIL_AT" ]; then say "test hook: failing at $1"; return 1; fi
    there "$ROOT/$1" && return 1
    mv -f "$NEW/$1" "$ROOT/$1"
}
# Undoes swap_in for one entry, whatever step it reached.
put_back() {
    if ! there "$NEW/$1" && there "$ROOT/$1"; then mv -f "$ROOT/$1" "$NEW/$1" || return 1; fi
    if there "$OLD/$1"; then
        there "$ROOT/$1" && return 1
        mv -f "$OLD/$1" "$ROOT/$1" || return 1
    fi
    return 0
}
restart() {
    [ "$RESTART" = 1 ] && [ -x "$ROOT/run.sh" ] || return 0
    cd "$ROOT" || return 0
    if command -v setsid >/dev/null 2>&1; then
        setsid "$ROOT/run.sh" </dev/null >/dev/null 2>&1 &
    else
        nohup "$ROOT/run.sh" </dev/null >/dev/null 2>&1 &
    fi
}

waited=0
while alive; do
    if [ "$waited" -ge 3000 ]; then say "process $PID still runs after 10 minutes; nothing was changed"; exit 3; fi
    sleep 0.2 2>/dev/null || sleep 1
    waited=$((waited + 1))
done
cd "$ROOT" || exit 1
rm -rf "$OLD" && mkdir -p "$OLD" || { say "cannot create $OLD; nothing was changed"; exit 1; }
failed=
for name in "$@"; do
    swap_in "$name" || { failed=$name; break; }
done
if [ -z "$failed" ]; then
    say "swapped in: $*"
    rm -rf "$UPD"
    restart
    exit 0
fi
say "could not put $failed in place; putting the previous version back"
broken=
for name in "$@"; do put_back "$name" || broken="$broken $name"; done
if [ -n "$broken" ]; then
    say "ROLLBACK INCOMPLETE:$broken (the previous files are in $OLD)"
    exit 2
fi
say "the previous version was restored"
for f in "$UPD"/* "$UPD"/.[!.]*; do
    case "${f##*/}" in swap.log) ;; *) rm -rf "$f" ;; esac
done
restart
exit 1
"""


def posix_swap_script(root: str, new_root: str, entries: Sequence[str], wait_pid: Optional[int],
                      restart: bool) -> str:
    return (_POSIX_SWAP.replace("@ROOT@", _sh(root)).replace("@NEW@", _sh(new_root))
            .replace("@PID@", _sh(str(wait_pid) if wait_pid else "")).replace("@RESTART@", "1" if restart else "0")
            .replace("@ENTRIES@", " ".join(_sh(e) for e in entries)))


def _bat(text: str) -> str:
    """A value for `set "X=..."`: with delayed expansion off only % is special there (doubled)."""
    if any(c in text for c in '"\r\n'):
        raise UpdateError("bad_path", f"{text!r} cannot be written into a batch file")
    return text.replace("%", "%%")


# The batch files run with the installation as their working directory and name everything relative
# to it: the install folder's own name (spaces, & % ^ !, non-ASCII) never appears in them, so no
# expansion rule of cmd (or of wine's cmd, which re-expands % and ignores chcp) can split or eat it.
# The names that do appear (entries, the archive's folder) live in variables and are only used
# inside quotes; `call :label` gets no arguments, because CALL expands % twice and doubles ^. No
# `(` blocks and no `||` after internal commands (wine skips the one and ignores the other);
# results are checked with `if exist`. "(goto) 2>nul & rmdir ..." lets a script delete its own
# folder; the line after it, never reached on Windows, stops interpreters that run on.
_BAT_HEAD = r"""@echo off
chcp 65001 >nul
setlocal EnableExtensions DisableDelayedExpansion
rem Written by releasedesk_update.py: @WHAT@ once process WAIT_PID has exited.
rem It runs in the installation folder. Test hook: RELEASEDESK_UPDATE_TEST_FAIL_AT=<entry> fails
rem the move of <entry> into place.
set "UPD=.releasedesk-update"
set "OLD=.releasedesk-update\old"
set "LOG=.releasedesk-update\swap.log"
set "WAIT_PID=@PID@"
set "RESTART=@RESTART@"
set "LAUNCHER=@LAUNCHER@"
set "FAIL_AT=%RELEASEDESK_UPDATE_TEST_FAIL_AT%"
if not exist "%UPD%\%~nx0" exit /b 1
set /a WAITED=0
:wait
if "%WAIT_PID%"=="" goto go
tasklist /FI "PID eq %WAIT_PID%" /NH 2>nul | find " %WAIT_PID% " >nul
if errorlevel 1 goto go
set /a WAITED+=1
if %WAITED% GEQ 600 goto wait_timeout
ping -n 2 127.0.0.1 >nul
goto wait
:wait_timeout
>>"%LOG%" echo(process %WAIT_PID% still runs after 10 minutes; nothing was changed
exit /b 3
:go
"""

_BAT_SWAP = r"""if exist "%OLD%\" rmdir /s /q "%OLD%"
mkdir "%OLD%"
if not exist "%OLD%\" exit /b 1
@SWAPS@rem Check again, from here: only a complete swap may delete the old files.
@VERIFY@>>"%LOG%" echo(swapped in
call :restart
(goto) 2>nul & rmdir /s /q "%UPD%" & exit /b 0
exit /b 0

:rollback
>>"%LOG%" echo(could not put "%E%" in place; putting the previous version back
set "BROKEN="
@PUTBACKS@if defined BROKEN goto rollback_broken
>>"%LOG%" echo(the previous version was restored
rmdir /s /q "%UPD%\new" 2>nul
rmdir /s /q "%OLD%" 2>nul
if not "%ARCHIVE%"=="" del /f /q "%UPD%\%ARCHIVE%" 2>nul
call :restart
(goto) 2>nul & del /f /q "%UPD%\%~nx0" & exit /b 1
exit /b 1
:rollback_broken
>>"%LOG%" echo(ROLLBACK INCOMPLETE: the previous files are in "%OLD%"
exit /b 2

:swap_in
if not exist ".\%E%" goto swap_in_new
if exist "%OLD%\%E%" exit /b 1
move /y ".\%E%" "%OLD%\%E%" >nul 2>>"%LOG%"
if exist ".\%E%" exit /b 1
:swap_in_new
if "%E%"=="%FAIL_AT%" goto swap_in_hook
move /y "%NEW%\%E%" ".\%E%" >nul 2>>"%LOG%"
if not exist ".\%E%" exit /b 1
if exist "%NEW%\%E%" exit /b 1
exit /b 0
:swap_in_hook
>>"%LOG%" echo(test hook: failing at "%E%"
exit /b 1

:put_back
if exist "%NEW%\%E%" goto put_back_old
if exist ".\%E%" move /y ".\%E%" "%NEW%\%E%" >nul 2>>"%LOG%"
:put_back_old
if not exist "%OLD%\%E%" exit /b 0
if exist ".\%E%" exit /b 1
move /y "%OLD%\%E%" ".\%E%" >nul 2>>"%LOG%"
if exist "%OLD%\%E%" exit /b 1
exit /b 0
"""

# The installer needs absolute paths: taken from %CD% when it runs, never written into the file.
_BAT_INSTALL = r"""set "ROOT=%CD%"
set "SETUP=%CD%\%UPD%\%ARCHIVE%"
cd /d "%TEMP%"
>>"%ROOT%\%LOG%" echo(running the installer
rem Delayed expansion only here: values expanded by !X! are never parsed again.
setlocal EnableDelayedExpansion
"!SETUP!" /S /D=!ROOT!
endlocal & set "RC=%errorlevel%"
cd /d "%ROOT%"
if not "%RC%"=="0" goto install_failed
call :restart
(goto) 2>nul & rmdir /s /q "%UPD%" & exit /b 0
exit /b 0
:install_failed
>>"%LOG%" echo(the installer failed with exit code %RC%
exit /b 1
"""

_BAT_RESTART = r"""
:restart
if not "%RESTART%"=="1" exit /b 0
if "%LAUNCHER%"=="" exit /b 0
if not exist ".\%LAUNCHER%" exit /b 0
start "" wscript.exe "%CD%\%LAUNCHER%"
exit /b 0
"""


def _bat_head(what: str, wait_pid: Optional[int], restart: bool, launcher: str, archive: str) -> str:
    return (_BAT_HEAD.replace("@WHAT@", what).replace("@PID@", str(wait_pid) if wait_pid else "")
            .replace("@RESTART@", "1" if restart else "0").replace("@LAUNCHER@", _bat(launcher))
            + f'set "ARCHIVE={_bat(archive)}"\n')


def windows_swap_script(new_root: str, entries: Sequence[str], wait_pid: Optional[int], restart: bool,
                        launcher: str = "", archive: str = "") -> str:
    """new_root relative to the installation (".releasedesk-update\\new\\App"); see _BAT_HEAD."""
    swaps = "".join(f'set "E={_bat(e)}"\ncall :swap_in\nif errorlevel 1 goto rollback\n' for e in entries)
    verify = "".join(f'set "E={_bat(e)}"\nif not exist ".\\%E%" goto rollback\n'
                     f'if exist "%NEW%\\%E%" goto rollback\n' for e in entries)
    backs = "".join(f'set "E={_bat(e)}"\ncall :put_back\nif errorlevel 1 set "BROKEN=1"\n' for e in entries)
    text = (_bat_head("swaps in the update", wait_pid, restart, launcher, archive)
            + f'set "NEW={_bat(new_root)}"\nif not exist "%NEW%\\" exit /b 1\n'
            + _BAT_SWAP.replace("@SWAPS@", swaps).replace("@VERIFY@", verify).replace("@PUTBACKS@", backs)
            + _BAT_RESTART)
    return text.replace("\n", "\r\n")     # cmd.exe misreads labels in LF-only files


def windows_installer_script(setup_name: str, wait_pid: Optional[int], restart: bool, launcher: str = "") -> str:
    """Runs .releasedesk-update\\<setup_name> /S /D=<the installation> once the app has exited."""
    text = _bat_head("runs the installer", wait_pid, restart, launcher, setup_name) + _BAT_INSTALL + _BAT_RESTART
    return text.replace("\n", "\r\n")


def _windows_launcher(root: str, entries: Sequence[str]) -> str:
    """The VBS launcher to restart through: a .vbs at the root, else scripts\\start-hidden.vbs (the
    layout of ReleaseDesk's portable build)."""
    for name in entries:
        if name.lower().endswith(".vbs") and os.path.isfile(os.path.join(root, name)):
            return name
    return "scripts\\start-hidden.vbs" if os.path.isfile(os.path.join(root, "scripts", "start-hidden.vbs")) else ""


def _cmd_argv(script: str, wait_pid: Optional[int]) -> Optional[List[str]]:
    """How to run .releasedesk-update\\<script> from the installation folder: cmd.exe on Windows;
    elsewhere wine's cmd when wine is installed (as the C++ engine does; a shell loop waits for the
    app there, since wine's tasklist cannot see it), else None."""
    rel = UPDATE_DIR + "\\" + script
    if os.name == "nt":
        return ["cmd.exe", "/d", "/c", rel]
    wine = shutil.which("wine")
    if not wine:
        return None
    wait = ('while kill -0 "$1" 2>/dev/null && [ "$(sed -n \'s/^.*) \\(.\\).*$/\\1/p\' "/proc/$1/stat" '
            '2>/dev/null)" != Z ]; do sleep 0.2; done; ') if wait_pid else ""
    return ["/bin/sh", "-c", wait + 'exec "$0" cmd /d /c "$2"', wine, str(wait_pid or ""), rel]


def _start_script(argv: List[str], cwd: str, log: str) -> subprocess.Popen:
    """Starts a script in its own session / process group, so it outlives the app."""
    if os.name == "nt":
        # CREATE_NO_WINDOW (a console, for chcp) | CREATE_NEW_PROCESS_GROUP; the script writes its own
        # log (an inherited handle would keep it from deleting its folder).
        flags = 0x08000000 | 0x00000200
        kw: Dict[str, Any] = dict(cwd=cwd, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                  stderr=subprocess.DEVNULL)
        try:
            return subprocess.Popen(argv, creationflags=flags | 0x01000000, **kw)  # + CREATE_BREAKAWAY_FROM_JOB
        except OSError:
            return subprocess.Popen(argv, creationflags=flags, **kw)
    with open(log, "ab") as out:
        return subprocess.Popen(argv, cwd=cwd, stdin=subprocess.DEVNULL, stdout=out, stderr=subprocess.STDOUT,
                                start_new_session=True, close_fds=True)


# --- The updater --------------------------------------------------------------------------------

class Updater:
    """check() -> the answer; download() -> the verified file; apply() -> the result.

    state: idle, checking, up_to_date, update_available, downloading, verifying, applying, error
    (on_state, if given, is called with each new state)."""

    def __init__(self, server: str, repo: str, current: Optional[str] = None, install_dir: Optional[str] = None,
                 channel: str = "stable", public_keys: Iterable[Any] = (), install_id: Optional[str] = None,
                 token: Optional[str] = None, install_type: Optional[str] = None, kind: Optional[str] = None,
                 api_url: Optional[str] = None, dismissed: Optional[str] = None, create_install_id: bool = True,
                 on_state: Optional[Callable[[str], None]] = None):
        channel = channel.strip().lower()
        if channel not in ("stable", "prerelease"):
            raise ValueError(f"channel {channel!r} is not stable or prerelease")
        if install_type is not None and install_type not in INSTALL_TYPES:
            raise ValueError(f"install type {install_type!r} is not one of {', '.join(INSTALL_TYPES)}")
        self.install_dir = os.path.abspath(install_dir) if install_dir else None
        self.install_type = install_type or detect_install_type(self.install_dir)
        text = current if current is not None else installed_version(self.install_dir)
        if not text:
            raise ValueError("no current version: give it, or an install folder with a VERSION file")
        version = parse_version(text)
        if version is None:
            raise ValueError(f"{text!r} is not a PEP 440 version")
        self.current = version
        self.channel = channel
        self.public_keys = [k if isinstance(k, bytes) else parse_public_key(k) for k in public_keys]
        self.install_id = install_id or install_id_for(self.install_dir, create_install_id)
        self.dismissed = dismissed
        self.source = ReleaseSource(server, repo, token if token is not None else os.environ.get(TOKEN_ENV) or None,
                                    kind, api_url)
        self.on_state = on_state
        self.state = "idle"
        self.answer: Optional[Dict[str, Any]] = None
        self.offer: Optional[Offer] = None

    def _set(self, state: str) -> None:
        self.state = state
        if self.on_state:
            self.on_state(state)

    def check(self, current: Optional[Version] = None) -> Dict[str, Any]:
        """The answer of PROTOCOL.md (never raises for network or protocol failures)."""
        self._set("checking")
        cur = current or self.current
        try:
            releases = self.source.releases()
        except UpdateError as e:
            answer, offer = new_answer(str(cur), self.install_type, self.channel), None
            answer.update(reason_code=e.code, reason=str(e))
        else:
            answer, offer = decide(releases, cur, self.install_type, self.channel, self.public_keys,
                                   self.install_id, self.source.fetch, self.dismissed)
        self.answer, self.offer = answer, offer
        self._set(answer["state"])
        return answer

    @property
    def update_dir(self) -> str:
        if not self.install_dir:
            raise ValueError("an install folder is needed to download or apply")
        return os.path.join(self.install_dir, UPDATE_DIR)

    def download(self, progress: Optional[Callable[[int, int], None]] = None) -> str:
        """Downloads the offer to .releasedesk-update/<name>.part (resuming), checks its SHA-256 and
        renames it to <name>. A mismatch deletes it: UpdateError('checksum_mismatch')."""
        if self.answer is None:
            self.check()
        if self.offer is None:
            raise UpdateError((self.answer or {}).get("reason_code") or "up_to_date",
                              (self.answer or {}).get("reason") or "nothing to download")
        upd, asset = self.update_dir, self.offer.asset
        final, part = os.path.join(upd, asset.name), os.path.join(upd, asset.name + ".part")
        try:
            os.makedirs(upd, exist_ok=True)
            if os.path.isfile(final):
                if _sha256_file(final) == self.offer.sha256:
                    return final              # downloaded and checked before
                os.unlink(final)
            self._set("downloading")
            self.source.download(asset, part, progress)
            self._set("verifying")
            actual = _sha256_file(part)
            if actual != self.offer.sha256:
                shutil.rmtree(upd, ignore_errors=True)   # nothing else changes
                raise UpdateError("checksum_mismatch",
                                  f"{asset.name} does not match SHA256SUMS (expected {self.offer.sha256[:16]}, "
                                  f"got {actual[:16]}): the file was changed or damaged, so it is not applied.")
            os.replace(part, final)
            return final
        except OSError as e:
            self._set("error")
            raise UpdateError("io_error", f"cannot write {upd}: {e}") from None
        except UpdateError:
            self._set("error")
            raise

    def apply(self, wait_pid: Optional[int] = None, restart: bool = True, wait: Optional[bool] = None,
              allow_downgrade: bool = False, progress: Optional[Callable[[int, int], None]] = None) -> Dict[str, Any]:
        """Checks (unless check() already made an offer), downloads, verifies, unpacks and starts the
        swap script. wait (default: when no wait_pid is given) waits for the script and reports the
        new VERSION. Never raises for protocol failures: result['state'] is applied, scheduled,
        dry_run (written, not run: an installer, or a Windows folder, on a system without Windows or
        wine), up_to_date, not_applied or error."""
        upd = self.update_dir
        result: Dict[str, Any] = {"state": "error", "reason_code": "", "reason": "", "install_type": self.install_type,
                                  "version": None, "tag": None, "asset": None, "script": None, "command": None}

        def done(state: str, code: str = "", reason: str = "") -> Dict[str, Any]:
            result.update(state=state, reason_code=code, reason=reason, version=installed_version(self.install_dir))
            if state in ("error", "not_applied"):
                self._set("error")
            return result

        if wait is None:
            wait = wait_pid is None
        if allow_downgrade:               # any release is "above" 0.dev0: take the newest one
            self.check(Version("0.dev0"))
        elif self.offer is None:
            self.check()
        answer = self.answer or {}
        if answer.get("state") == "error":
            return done("error", answer["reason_code"], answer["reason"])
        if answer.get("state") == "up_to_date":
            self._set("up_to_date")
            return done("up_to_date", answer["reason_code"], f"Nothing to apply: {self.current} is up to date.")
        if self.offer is None:
            return done("not_applied", answer.get("reason_code", ""), answer.get("reason", ""))
        offer = self.offer
        result.update(tag=offer.release.tag, asset=offer.asset.name)
        try:
            archive = self.download(progress)
        except UpdateError as e:
            return done("error", e.code if e.code in ("checksum_mismatch", "io_error") else "network", str(e))
        self._set("applying")
        root = self.install_dir or "."
        try:
            if self.install_type == "installer":
                script = os.path.join(upd, "install.bat")
                _write(script, windows_installer_script(os.path.basename(archive), wait_pid, restart,
                                                        _windows_launcher(root, os.listdir(root))))
                result.update(script=script, command=[archive, "/S", "/D=" + root])
                if os.name != "nt":
                    return done("dry_run", "", "Would run: " + " ".join(result["command"]))
                argv = _cmd_argv("install.bat", wait_pid)
            else:
                new_root, entries, new_version = self._stage(archive)
                if not allow_downgrade:
                    nv = parse_version(new_version or "")
                    if nv is None or not nv > self.current:
                        shutil.rmtree(upd, ignore_errors=True)
                        return done("error", "downgrade", f"The file of {offer.release.tag} holds version "
                                    f"{new_version!r}, not above the installed {self.current}: refused.")
                if self.install_type == "portable-windows":
                    script = os.path.join(upd, "swap.bat")
                    _write(script, windows_swap_script(
                        os.path.relpath(new_root, root).replace("/", "\\"), entries,
                        wait_pid if os.name == "nt" else None, restart, _windows_launcher(new_root, entries),
                        os.path.basename(archive)))
                    argv = _cmd_argv("swap.bat", wait_pid)
                else:
                    script = os.path.join(upd, "swap.sh")
                    _write(script, posix_swap_script(root, new_root, entries, wait_pid, restart))
                    os.chmod(script, 0o700)
                    argv = ["/bin/sh", script] if os.name != "nt" else None
                result.update(script=script, command=argv)
                if argv is None:
                    return done("dry_run", "", f"{script} was written, not run: it needs "
                                               f"{'a POSIX shell' if script.endswith('.sh') else 'Windows or wine'}.")
            log = os.path.join(upd, "swap.log")
            proc = _start_script(argv, root, log)
        except UpdateError as e:
            shutil.rmtree(upd, ignore_errors=True)
            return done("error", e.code, str(e))
        except OSError as e:
            return done("error", "apply_failed", f"could not start the update script: {e}")
        if not wait:
            return done("scheduled", "", f"{offer.release.tag} is staged; the swap runs when process {wait_pid} exits.")
        code = proc.wait()
        if code == 0:
            shutil.rmtree(upd, ignore_errors=True)  # wine's cmd cannot delete the folder of a running script
            self._set("up_to_date")
            now = installed_version(self.install_dir)
            return done("applied", "", f"Updated {self.install_dir} from {self.current} to {now} "
                                       f"({offer.asset.name}); data/ was left as it was.")
        try:
            with open(log, encoding="utf-8", errors="replace") as f:
                tail = f.read()[-400:].strip()
        except OSError:
            tail = ""
        if code == 1:
            return done("error", "swap_failed", f"The swap failed and the previous version was restored: {tail}")
        return done("error", "rollback_failed" if code == 2 else "apply_failed",
                    f"The swap script failed (exit {code}): {tail}")

    def _stage(self, archive: str) -> Tuple[str, List[str], Optional[str]]:
        """Unpacks into .releasedesk-update/new and returns (new root, entries to swap, its VERSION)."""
        upd = self.update_dir
        dest = os.path.join(upd, "new")
        for leftover in (dest, os.path.join(upd, "old")):
            shutil.rmtree(leftover, ignore_errors=True)
        (extract_zip if archive.lower().endswith(".zip") else extract_tar)(archive, dest)
        root = find_new_root(dest, self.install_type)
        if root is None:
            raise _bad(f"{os.path.basename(archive)} does not hold a {TITLES[self.install_type]} "
                       "(no folder with its markers); nothing was changed.")
        entries = sorted(n for n in os.listdir(root) if n.lower() != "data" and n != UPDATE_DIR)
        if "VERSION" in entries:          # last: until the rest is in place the folder says the old version
            entries.remove("VERSION")
            entries.append("VERSION")
        return root, entries, installed_version(root)


def _sha256_file(path: str) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def _write(path: str, text: str) -> None:
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(text)


# --- Command line -------------------------------------------------------------------------------

def _print_json(obj: Any) -> None:
    print(json.dumps(obj, indent=2, ensure_ascii=False))


class _UsageError(Exception):
    pass


def _updater(args: argparse.Namespace, create_id: bool) -> Updater:
    try:
        keys = parse_public_keys(args.public_key or [])
        if args.install_dir and not os.path.isdir(args.install_dir):
            raise ValueError(f"--install-dir {args.install_dir} is not a folder")
        return Updater(args.server, args.repo, current=args.current, install_dir=args.install_dir,
                       channel=args.channel, public_keys=keys, install_id=args.install_id,
                       install_type=args.install_type, kind=args.kind, api_url=args.api_url,
                       dismissed=getattr(args, "dismissed", None), create_install_id=create_id)
    except ValueError as e:               # bad options: exit 2
        raise _UsageError(str(e)) from None


def _cmd_check(args: argparse.Namespace) -> int:
    answer = _updater(args, create_id=False).check()
    if args.json:
        _print_json(answer)
    elif answer["state"] == "up_to_date":
        print(f"Up to date: {answer['current']} ({answer['install_type']}, {answer['channel']} channel).")
        if answer["reason_code"]:
            print(answer["reason"])
    elif answer["state"] == "update_available":
        print(f"Update available: {answer['version']} ({answer['tag']}), installed {answer['current']}.")
        if answer["asset"]:
            print(f"File: {answer['asset']['name']} ({answer['asset']['size']} bytes)")
        print("Can be applied automatically" + (" (signature verified)." if answer["signed"] else ".")
              if answer["can_apply"] else "Not applied automatically: " + answer["reason"])
    else:
        print(f"Update check failed ({answer['reason_code']}): {answer['reason']}", file=sys.stderr)
    return 1 if answer["state"] == "error" else 0


def _cmd_detect(args: argparse.Namespace) -> int:
    if not os.path.isdir(args.dir):
        print(f"releasedesk_update: {args.dir} is not a folder", file=sys.stderr)
        return 2
    kind, version = detect_install_type(args.dir), installed_version(args.dir)
    if args.json:
        _print_json({"install_type": kind, "title": TITLES[kind], "version": version,
                     "can_self_update": kind in ASSET_SUFFIX, "asset_suffix": ASSET_SUFFIX.get(kind)})
    else:
        print(f"{kind} ({TITLES[kind]}), version {version or 'unknown (no VERSION file)'}")
    return 0


def _cmd_apply(args: argparse.Namespace) -> int:
    updater = _updater(args, create_id=True)
    progress = None
    if not args.json and sys.stderr.isatty():
        def progress(done: int, total: int) -> None:
            print(f"\r  {done} of {total} bytes", end="", file=sys.stderr, flush=True)
    result = updater.apply(wait_pid=args.wait_pid, restart=not args.no_restart, allow_downgrade=args.allow_downgrade,
                           progress=progress)
    code = 1 if result["state"] in ("error", "not_applied") else 0
    if args.json:
        _print_json(result)
    else:
        if progress:
            print(file=sys.stderr)
        print(result["reason"] or result["state"], file=sys.stderr if code else sys.stdout)
    return code


def main(argv: Optional[Sequence[str]] = None) -> int:
    parser = argparse.ArgumentParser(prog="releasedesk_update.py",
                                     description="In-app updates from ReleaseDesk releases (PROTOCOL.md).")
    sub = parser.add_subparsers(dest="command", required=True)

    def server_options(p: argparse.ArgumentParser) -> None:
        p.add_argument("--server", required=True, help="Gitea or GitHub URL (https://github.com for GitHub)")
        p.add_argument("--repo", required=True, help="OWNER/NAME")
        p.add_argument("--kind", choices=("gitea", "github"), help="server kind (default: github for github.com)")
        p.add_argument("--api-url", help="API base URL override (GitHub Enterprise: https://HOST/api/v3)")
        p.add_argument("--current", help="the installed version (default: DIR/VERSION)")
        p.add_argument("--install-type", choices=INSTALL_TYPES, help="default: detected from --install-dir")
        p.add_argument("--channel", default="stable", help="stable (default) or prerelease")
        p.add_argument("--public-key", action="append", metavar="KEY",
                       help="a trusted key (ed25519:... or a .pub file); repeat or separate with commas")
        p.add_argument("--install-id", help="the installation's id for staged rollouts "
                                            "(default: DIR/.releasedesk-install-id, else random)")
        p.add_argument("--json", action="store_true", help="print JSON")

    p = sub.add_parser("check", help="what this installation is offered")
    server_options(p)
    p.add_argument("--install-dir", help="the installed app's folder")
    p.add_argument("--dismissed", help="a version the user dismissed")
    p.set_defaults(func=_cmd_check)
    p = sub.add_parser("detect", help="install type and version of a folder")
    p.add_argument("dir")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=_cmd_detect)
    p = sub.add_parser("apply", help="download, verify and swap in the update")
    server_options(p)
    p.add_argument("--install-dir", required=True, help="the installed app's folder")
    p.add_argument("--wait-pid", type=int, help="swap once this process exits (the script runs detached)")
    p.add_argument("--no-restart", action="store_true", help="do not start the app after the swap")
    p.add_argument("--restart", action="store_true", help="start the app after the swap (the default)")
    p.add_argument("--allow-downgrade", action="store_true", help="take the newest release even if not above")
    p.set_defaults(func=_cmd_apply)
    args = parser.parse_args(argv)
    try:
        return int(args.func(args))
    except _UsageError as e:
        print(f"releasedesk_update: {e}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
