#!/usr/bin/env python3
"""A Gitea (or GitHub) release-API test double for ReleaseDesk's C++ tests.

Standard library only; runs under Debian's /usr/bin/python3 (3.11).

    gitea_test_server.py [--mode gitea|github] [--version 1.27.0] [--data-dir DIR]

prints one line ``READY http://127.0.0.1:PORT`` and serves until SIGTERM, SIGINT or EOF on stdin
(so a crashed test never leaves it behind).  State is set up and faults are injected through the
unauthenticated ``/_control/`` API (see README.md next to this file).

Behaviour follows /work/shared/reference/gitea-api-notes.md (Gitea source as of 1.27/main),
including its quirks: 409 "Release is has no Tag", silently accepted duplicate asset names,
PATCH asset -> 201, limit clamped to 50, Link header format, drafts hidden from read tokens.

The server is a real HTTP/1.1 server (keep-alive, chunked request bodies, lazy
``100 Continue``).  Request bodies are streamed to disk in 1 MiB pieces, multipart included,
so uploads of any size run in constant memory.  Where Go's net/http behaves in a way a client
can observe (discarding at most 256 KiB of an unread body, then ``Connection: close`` and a
half-close with a 500 ms wait before the socket closes) the server imitates it, because that
is what a client talking to a real Gitea sees.

Layout of this file: helpers -> HTTP body streaming and multipart -> in-memory model ->
faults -> JSON views -> Gitea API -> GitHub API -> control API -> HTTP glue -> main.
"""
from __future__ import annotations

import argparse
import base64
import binascii
import hashlib
import json
import os
import re
import secrets
import shutil
import signal
import socket
import struct
import sys
import tempfile
import threading
import time
import uuid as uuidlib
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Callable, Optional
from urllib.parse import parse_qsl, quote, quote_plus, unquote

DEFAULT_VERSION = "1.27.0"
CHUNK = 1 << 20                     # body streaming unit; big reads keep Python overhead negligible
GO_DISCARD_LIMIT = 256 << 10        # net/http maxPostHandlerReadBytes
GO_RST_AVOIDANCE_DELAY = 0.5        # net/http rstAvoidanceDelay (closeWriteAndWait)
GO_MAX_FORM_SIZE = 10 << 20         # net/http maxFormSize for urlencoded bodies
GO_CHUNKING_THRESHOLD = 2048        # net/http buffers this much before switching to chunked
MAX_SMALL_BODY = 32 << 20           # JSON bodies are read into memory up to this size
MAX_MULTIPART_VALUES = 10 << 20     # net/http: non-file multipart values budget
MAX_LOG_ENTRIES = 20000             # request log entries kept for /_control/state
DEFAULT_FILE_MAX_SIZE = 2048 << 20  # [repository.release] FILE_MAX_SIZE default (2048 MiB)
# [attachment] ALLOWED_TYPES default (issue attachments; what /settings/attachment reports).
DEFAULT_ATTACHMENT_ALLOWED_TYPES = (
    ".avif,.cpuprofile,.csv,.dmp,.docx,.fodg,.fodp,.fods,.fodt,.gif,.gz,.jpeg,.jpg,.json,.jsonc,"
    ".log,.md,.mov,.mp4,.odf,.odg,.odp,.ods,.odt,.patch,.pdf,.png,.pptx,.svg,.tgz,.txt,.webm,"
    ".webp,.xls,.xlsx,.zip")
FORBIDDEN_TYPE_MESSAGE = ("This file cannot be uploaded or modified due to a forbidden file "
                          "extension or type.")
NGINX_413 = (b"<html>\r\n<head><title>413 Request Entity Too Large</title></head>\r\n<body>\r\n"
             b"<center><h1>413 Request Entity Too Large</h1></center>\r\n<hr><center>nginx</center>\r\n"
             b"</body>\r\n</html>\r\n")


# ----------------------------------------------------------------------------------------------
# Small helpers (Go semantics where the client can notice the difference)
# ----------------------------------------------------------------------------------------------

def parse_version(text: str) -> tuple[int, int, int]:
    """'1.22.3+dev-12' -> (1, 22, 3); missing parts are 0."""
    if not re.match(r"^v?\d+\.\d+", text):
        raise ValueError(f"not a version: {text!r}")
    nums = [int(x) for x in re.findall(r"\d+", text.split("+")[0].split("-")[0])[:3]]
    while len(nums) < 3:
        nums.append(0)
    return tuple(nums)  # type: ignore[return-value]


def go_atoi(value: Optional[str]) -> int:
    """strconv.Atoi as used by ctx.FormInt: anything unparsable is 0 (no whitespace, no '_')."""
    if value is None or not re.fullmatch(r"[+-]?\d{1,18}", value):
        return 0
    return int(value)


def go_optional_bool(value: str) -> Optional[bool]:
    """ctx.FormOptionalBool: '' -> no filter; else ParseBool(v) || v == 'on' (so 'yes' is False)."""
    if value == "":
        return None
    return value in ("1", "t", "T", "TRUE", "true", "True", "on")


def go_path_escape(s: str) -> str:
    """url.PathEscape: like a path segment, '/' is escaped; '$&+:=@' are not."""
    return quote(s, safe="$&+:=@")


def go_path_escape_segments(s: str) -> str:
    """util.PathEscapeSegments: escape each '/'-separated segment, keep the slashes."""
    return "/".join(go_path_escape(p) for p in s.split("/"))


def go_values_encode(pairs: list[tuple[str, str]]) -> str:
    """url.Values.Encode: keys sorted (values keep their order), QueryEscape'd."""
    ordered = sorted(pairs, key=lambda kv: kv[0])  # sort is stable: values of a key keep order
    return "&".join(f"{quote_plus(k, safe='')}={quote_plus(v, safe='')}" for k, v in ordered)


def go_json(obj) -> bytes:
    """Gitea writes JSON with json.NewEncoder: compact, HTML-escaped, trailing newline."""
    text = json.dumps(obj, ensure_ascii=False, separators=(",", ":"))
    text = (text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))
    return text.encode() + b"\n"


def parse_utc_offset(text: str) -> timezone:
    if text in ("", "Z", "z", "UTC"):
        return timezone.utc
    m = re.fullmatch(r"([+-])(\d{2}):?(\d{2})", text)
    if not m:
        raise ValueError(f"bad utc offset {text!r} (want +HH:MM)")
    delta = timedelta(hours=int(m.group(2)), minutes=int(m.group(3)))
    return timezone(-delta if m.group(1) == "-" else delta)


def format_time(ts: int, tz: timezone) -> str:
    """RFC 3339 with second precision like Go's time.Time JSON ('Z' for UTC)."""
    dt = datetime.fromtimestamp(ts, tz)
    off = dt.utcoffset() or timedelta(0)
    if off == timedelta(0):
        suffix = "Z"
    else:
        minutes = int(off.total_seconds()) // 60
        sign = "+" if minutes >= 0 else "-"
        suffix = f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"
    return dt.strftime("%Y-%m-%dT%H:%M:%S") + suffix


def parse_time(text: str) -> int:
    return int(datetime.fromisoformat(text.replace("Z", "+00:00")).timestamp())


def random_sha() -> str:
    return secrets.token_hex(20)


def valid_tag_name(name: str) -> bool:
    """git check-ref-format rules for refs/tags/<name> (what `git tag` would refuse)."""
    if not name or name == "@" or name.startswith("/") or name.endswith("/") or name.endswith("."):
        return False
    if "//" in name or ".." in name or "@{" in name:
        return False
    if any(c in name for c in " ~^:?*[\\") or any(ord(c) < 0x20 or ord(c) == 0x7F for c in name):
        return False
    return not any(p.startswith(".") or p.endswith(".lock") for p in name.split("/"))


_SNIFF_SIGNATURES = [
    (b"%PDF-", "application/pdf"), (b"%!PS-Adobe-", "application/postscript"),
    (b"\xfe\xff", "text/plain; charset=utf-16be"), (b"\xff\xfe", "text/plain; charset=utf-16le"),
    (b"\xef\xbb\xbf", "text/plain; charset=utf-8"), (b"GIF87a", "image/gif"), (b"GIF89a", "image/gif"),
    (b"\x89PNG\r\n\x1a\n", "image/png"), (b"\xff\xd8\xff", "image/jpeg"), (b"BM", "image/bmp"),
    (b"\x00\x00\x01\x00", "image/x-icon"), (b"OggS\x00", "application/ogg"),
    (b"\x1f\x8b\x08", "application/x-gzip"), (b"PK\x03\x04", "application/zip"),
    (b"Rar!\x1a\x07\x00", "application/x-rar-compressed"),
    (b"Rar!\x1a\x07\x01\x00", "application/x-rar-compressed"), (b"\x00asm", "application/wasm"),
]
_HTML_PREFIXES = [b"<!DOCTYPE HTML", b"<HTML", b"<HEAD", b"<SCRIPT", b"<IFRAME", b"<H1", b"<DIV",
                  b"<FONT", b"<TABLE", b"<A", b"<STYLE", b"<TITLE", b"<B", b"<BODY", b"<BR", b"<P",
                  b"<!--"]


def sniff_content_type(buf: bytes) -> str:
    """The common part of Go's http.DetectContentType (what upload.Verify matches against)."""
    data = bytes(buf[:512])
    stripped = data.lstrip(b"\t\n\x0c\r ")
    for prefix in _HTML_PREFIXES:
        head = stripped[:len(prefix)].upper()
        if head == prefix and len(stripped) > len(prefix) and stripped[len(prefix)] in b" >":
            return "text/html; charset=utf-8"
    if stripped.startswith(b"<?xml"):
        return "text/xml; charset=utf-8"
    for sig, ctype in _SNIFF_SIGNATURES:
        if data.startswith(sig):
            return ctype
    if data[:4] == b"RIFF" and data[8:14] == b"WEBPVP":
        return "image/webp"
    if not any(b <= 0x08 or b == 0x0B or 0x0E <= b <= 0x1A or 0x1C <= b <= 0x1F for b in data):
        return "text/plain; charset=utf-8"
    return "application/octet-stream"


def upload_type_allowed(buf: bytes, name: str, allowed_types: str) -> bool:
    """services/context/upload.Verify: '.ext', 'mime/type', 'type/*', '*/*'; empty = all."""
    entries = [e.strip().lower() for e in allowed_types.replace("|", ",").split(",")]
    entries = [e for e in entries if e]
    if not entries:
        return True
    mime = sniff_content_type(buf).split(";")[0].strip()
    base = name.rsplit("/", 1)[-1]
    ext = ("." + base.rsplit(".", 1)[1].lower()) if "." in base else ""
    for entry in entries:
        if entry == "*/*" or (entry.startswith(".") and entry == ext) or entry == mime:
            return True
        if entry.endswith("/*") and mime.startswith(entry[:-1]):
            return True
    return False


def parse_header_params(value: str) -> tuple[str, dict[str, str]]:
    """mime.ParseMediaType lite: 'form-data; name="a"; filename*=UTF-8''%C3%A4.txt'."""
    parts: list[str] = []
    buf, quoted, escape = [], False, False
    for ch in value:
        if escape:
            buf.append(ch)
            escape = False
        elif quoted and ch == "\\":
            escape = True
        elif ch == '"':
            quoted = not quoted
        elif ch == ";" and not quoted:
            parts.append("".join(buf))
            buf = []
        else:
            buf.append(ch)
    parts.append("".join(buf))
    main = parts[0].strip().lower()
    params: dict[str, str] = {}
    for p in parts[1:]:
        if "=" not in p:
            continue
        k, v = p.split("=", 1)
        k = k.strip().lower()
        v = v.strip()
        if k.endswith("*"):  # RFC 2231 extended value: charset'lang'percent-encoded
            pieces = v.split("'", 2)
            if len(pieces) == 3:
                try:
                    params[k[:-1]] = unquote(pieces[2], encoding=pieces[0] or "utf-8", errors="strict")
                except (LookupError, UnicodeDecodeError):
                    pass
            continue
        params.setdefault(k, v)
    return main, params


def go_filepath_base(path: str) -> str:
    """filepath.Base on Linux, as multipart.Part.FileName applies it."""
    if path == "":
        return "."
    path = path.rstrip("/")
    if path == "":
        return "/"
    return path.rsplit("/", 1)[-1]


# ----------------------------------------------------------------------------------------------
# Errors and control-flow exceptions
# ----------------------------------------------------------------------------------------------

class ApiError(Exception):
    """An error response.  kind: 'api' -> {"message","url"}; 'notfound' -> Gitea's 404 helper
    (its shape depends on the emulated version); 'raw' -> body/content_type given as is."""

    def __init__(self, status: int, message: str = "", *, kind: str = "api", body: bytes = b"",
                 content_type: str = "", headers: Optional[list[tuple[str, str]]] = None,
                 extra: Optional[dict] = None):
        super().__init__(f"{status} {message}")
        self.status, self.message, self.kind = status, message, kind
        self.body, self.content_type = body, content_type
        self.headers = headers or []
        self.extra = extra or {}


class AbortConnection(Exception):
    """Reset the TCP connection (SO_LINGER 0) instead of answering."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


class ClientGone(Exception):
    """The client closed the connection before sending the whole body."""


class BadFraming(Exception):
    """Unparsable Content-Length / chunked framing -> 400 and close, like net/http."""


# ----------------------------------------------------------------------------------------------
# Request body streaming
# ----------------------------------------------------------------------------------------------

class BodyReader:
    """Streams a request body (Content-Length or chunked) from the socket without buffering it.

    Sends ``100 Continue`` lazily on the first read (net/http does the same, so a client that
    waits for it learns about an early error reply without sending the body).  Fault hooks:
    ``reset_after`` (abort after N body bytes) and ``rate_bps`` (throttle)."""

    def __init__(self, handler: BaseHTTPRequestHandler, length: Optional[int], chunked: bool,
                 expect_continue: bool):
        self.h = handler
        self.rfile = handler.rfile
        self.chunked = chunked
        self.remaining = 0 if chunked else (length or 0)
        self.declared_length = None if chunked else (length or 0)
        self.chunk_left = 0
        self.eof = (not chunked) and self.remaining == 0
        self.consumed = 0
        self.expect_continue = expect_continue and not self.eof
        self.continue_sent = False
        self.limit_hit = False          # a size limit stopped reading (http.MaxBytesReader)
        self.reset_after: Optional[int] = None
        self.rate_bps: Optional[int] = None
        self._rate_t0 = 0.0
        self._scratch: Optional[bytearray] = None

    @property
    def has_body(self) -> bool:
        return self.chunked or (self.declared_length or 0) > 0

    def _maybe_continue(self) -> None:
        if self.expect_continue and not self.continue_sent:
            self.continue_sent = True
            self.h.wfile.write(b"HTTP/1.1 100 Continue\r\n\r\n")

    def _next_chunk(self) -> None:
        line = self.rfile.readline(4097)
        if not line:
            raise ClientGone()
        size_text = line.split(b";", 1)[0].strip()
        try:
            size = int(size_text, 16)
        except ValueError:
            raise BadFraming("bad chunk size") from None
        if size < 0:
            raise BadFraming("bad chunk size")
        if size == 0:
            while True:  # trailers
                t = self.rfile.readline(4097)
                if not t:
                    raise ClientGone()
                if t in (b"\r\n", b"\n"):
                    break
            self.eof = True
        self.chunk_left = size

    def _end_chunk(self) -> None:
        crlf = self.rfile.readline(3)
        if crlf not in (b"\r\n", b"\n"):
            raise BadFraming("missing CRLF after chunk")

    def readinto(self, mv: memoryview) -> int:
        """Fills up to len(mv) bytes (fewer at chunk boundaries); 0 means end of body."""
        if self.eof:
            return 0
        self._maybe_continue()
        want = len(mv)
        if self.reset_after is not None:
            if self.consumed >= self.reset_after:
                raise AbortConnection("reset_after_bytes")
            want = min(want, self.reset_after - self.consumed)
        if self.chunked:
            if self.chunk_left == 0:
                self._next_chunk()
                if self.eof:
                    return 0
            want = min(want, self.chunk_left)
        else:
            want = min(want, self.remaining)
        n = self.rfile.readinto(mv[:want])
        if not n:
            raise ClientGone()
        self.consumed += n
        if self.chunked:
            self.chunk_left -= n
            if self.chunk_left == 0:
                self._end_chunk()
        else:
            self.remaining -= n
            if self.remaining == 0:
                self.eof = True
        if self.rate_bps:
            if not self._rate_t0:
                self._rate_t0 = time.monotonic()
            ahead = self.consumed / self.rate_bps - (time.monotonic() - self._rate_t0)
            if ahead > 0:
                time.sleep(ahead)
        return n

    def read(self, n: int) -> bytes:
        """Reads up to n bytes (loops over chunk boundaries); b'' at end.  Allocates in pieces
        of at most 1 MiB, so read(32 MiB) of a small body stays cheap."""
        parts: list = []
        got = 0
        while got < n and not self.eof:
            want = min(n - got, CHUNK)
            if not self.chunked:
                want = min(want, self.remaining)
            buf = bytearray(want)
            k = self.readinto(memoryview(buf))
            if k == 0:
                break
            parts.append(buf if k == want else buf[:k])
            got += k
        return b"".join(parts)

    def read_all(self, limit: int) -> Optional[bytes]:
        """Whole body if it is at most `limit` bytes, else None (body partly consumed)."""
        data = self.read(limit + 1)
        return None if len(data) > limit else data

    def discard(self, max_bytes: Optional[int]) -> bool:
        """Reads and drops up to max_bytes (None = all); True when the body is fully consumed."""
        if self._scratch is None:
            self._scratch = bytearray(CHUNK)
        mv = memoryview(self._scratch)
        left = max_bytes
        while not self.eof:
            if left is not None and left <= 0:
                return False
            k = self.readinto(mv if left is None else mv[:min(CHUNK, left)])
            if k == 0:
                break
            if left is not None:
                left -= k
        return True

    def copy_to(self, f, limit: Optional[int] = None) -> int:
        """Streams the rest of the body into file f; stops (limit_hit) past `limit` bytes."""
        if self._scratch is None:
            self._scratch = bytearray(CHUNK)
        mv = memoryview(self._scratch)
        total = 0
        while True:
            k = self.readinto(mv)
            if k == 0:
                return total
            total += k
            if limit is not None and total > limit:
                self.limit_hit = True
                return total
            f.write(mv[:k])


class MultipartError(Exception):
    pass


class MultipartStreamParser:
    """Streaming multipart/form-data parser: the delimiter search is bytes.find over 1 MiB
    windows, part data goes straight to a sink, so nothing is buffered beyond one window.

    open_part(disposition_params, headers) returns a sink with write(memoryview) and close(),
    or None to drop the part."""

    def __init__(self, body: BodyReader, boundary: str, open_part: Callable):
        if not boundary:
            raise MultipartError("no multipart boundary param in Content-Type")
        self.body = body
        self.delim = b"\r\n--" + boundary.encode("latin-1")
        self.open_part = open_part

    def parse(self) -> None:
        delim = self.delim
        dlen = len(delim)
        keep = dlen + 2              # tail that might be the start of a delimiter split by a read
        cap = 2 * CHUNK
        buf = bytearray(cap)         # one buffer for the whole body: readinto, find, write views
        mv = memoryview(buf)
        # A virtual CRLF in front lets the first boundary (which has none) match `delim`.
        buf[0:2] = b"\r\n"
        start, end = 0, 2            # unprocessed data is buf[start:end]
        at_eof = False

        def fill() -> bool:
            """Moves the unprocessed tail to the front and reads more behind it."""
            nonlocal start, end, at_eof
            if at_eof:
                return False
            if start:
                n = end - start
                buf[0:n] = bytes(mv[start:end])   # small: at most a header block or `keep`
                start, end = 0, n
            if end >= cap:
                raise MultipartError("multipart: part headers too large")
            k = self.body.readinto(mv[end:cap])
            if k == 0:
                at_eof = True
                return False
            end += k
            return True

        state = "preamble"
        sink = None
        while True:
            if state in ("preamble", "body"):
                i = buf.find(delim, start, end)
                if i < 0:
                    safe = end - keep
                    if safe > start:
                        if sink is not None:
                            sink.write(mv[start:safe])
                        start = safe
                    if not fill():
                        raise MultipartError("multipart: NextPart: EOF")
                    continue
                if sink is not None:
                    sink.write(mv[start:i])
                    sink.close()
                    sink = None
                start = i + dlen
                state = "after_delim"
            if state == "after_delim":
                while end - start < 2 and fill():
                    pass
                if buf[start:start + 2] == b"--":
                    self.body.discard(None)   # epilogue
                    return
                j = buf.find(b"\n", start, end)
                while j < 0:
                    if end - start > 4096 or not fill():
                        raise MultipartError("multipart: boundary line not terminated")
                    j = buf.find(b"\n", start, end)
                if bytes(buf[start:j + 1]).strip(b" \t\r\n"):
                    raise MultipartError("multipart: garbage after boundary")
                start = j + 1
                state = "headers"
            if state == "headers":
                while end - start < 2 and fill():
                    pass
                if buf.startswith(b"\r\n", start, end):   # part without headers
                    hdr_end, skip = start, 2
                else:
                    hdr_end = buf.find(b"\r\n\r\n", start, end)
                    while hdr_end < 0:
                        if not fill():
                            raise MultipartError("multipart: malformed part headers")
                        hdr_end = buf.find(b"\r\n\r\n", start, end)
                    skip = 4
                block = bytes(buf[start:hdr_end]).decode("utf-8", "replace")
                start = hdr_end + skip
                headers: dict[str, str] = {}
                for line in block.split("\r\n"):
                    if ":" in line:
                        k, v = line.split(":", 1)
                        headers.setdefault(k.strip().lower(), v.strip())
                _, params = parse_header_params(headers.get("content-disposition", ""))
                sink = self.open_part(params, headers)
                state = "body"


class FileSink:
    def __init__(self, path: str):
        self.path = path
        self.f = open(path, "wb", buffering=0)
        self.size = 0
        self.head = bytearray()  # first 1024 bytes, for the content-type check

    def write(self, mv: memoryview) -> None:
        if len(self.head) < 1024:
            self.head.extend(mv[:1024 - len(self.head)])
        self.size += len(mv)
        self.f.write(mv)

    def close(self) -> None:
        self.f.close()


class ValueSink:
    def __init__(self, budget: list[int]):
        self.data = bytearray()
        self.budget = budget

    def write(self, mv: memoryview) -> None:
        self.budget[0] -= len(mv)
        if self.budget[0] < 0:
            raise MultipartError("multipart: message too large")
        self.data.extend(mv)

    def close(self) -> None:
        pass


class NullSink:
    def write(self, mv: memoryview) -> None:
        pass

    def close(self) -> None:
        pass


# ----------------------------------------------------------------------------------------------
# In-memory model
# ----------------------------------------------------------------------------------------------

PERM_NONE, PERM_READ, PERM_WRITE, PERM_ADMIN = 0, 1, 2, 3
PERM_NAMES = {"none": PERM_NONE, "read": PERM_READ, "write": PERM_WRITE, "admin": PERM_ADMIN}


@dataclass
class Token:
    value: str
    scopes: list[str]
    name: str
    user: "User"

    def has_scope(self, category: str, write: bool) -> bool:
        s = set(self.scopes)
        if "all" in s or f"write:{category}" in s:
            return True
        return not write and f"read:{category}" in s

    @property
    def public_only(self) -> bool:
        return "public-only" in self.scopes


@dataclass
class User:
    id: int
    login: str
    full_name: str = ""
    email: str = ""
    password: Optional[str] = None
    is_admin: bool = False
    created: int = 0
    tokens: list[Token] = field(default_factory=list)


@dataclass
class Commit:
    sha: str
    message: str
    created: int


@dataclass
class GitTag:
    name: str
    commit_sha: str
    message: Optional[str]   # None: lightweight tag
    tag_sha: str
    created: int


@dataclass
class Repo:
    id: int
    owner: User
    name: str
    private: bool = False
    empty: bool = False
    archived: bool = False
    default_branch: str = "main"
    description: str = ""
    releases_enabled: bool = True
    actions_enabled: bool = True
    created: int = 0
    branches: dict[str, str] = field(default_factory=dict)
    commits: dict[str, Commit] = field(default_factory=dict)
    tags: dict[str, GitTag] = field(default_factory=dict)
    collaborators: dict[str, int] = field(default_factory=dict)
    protected_tags: list[tuple[str, list[str]]] = field(default_factory=list)

    @property
    def full_name(self) -> str:
        return f"{self.owner.login}/{self.name}"


@dataclass
class Release:
    id: int
    repo: Repo
    tag_name: str
    target: str
    title: str
    note: str
    is_draft: bool
    is_prerelease: bool
    is_tag: bool
    publisher: User
    created: int
    published: Optional[int] = None   # GitHub mode only (null for drafts)


@dataclass
class Attachment:
    id: int
    uuid: str
    release_id: int
    name: str
    size: int                 # what the metadata says (may differ from the file, see seed)
    path: str
    created: int
    uploader: Optional[User] = None
    download_count: int = 0
    content_type: str = "application/octet-stream"   # GitHub mode
    label: str = ""                                   # GitHub mode
    sha256: Optional[str] = None                      # computed lazily for /_control/state


@dataclass
class Settings:
    version: str = DEFAULT_VERSION
    utc_offset: str = "Z"
    attachments_enabled: bool = True
    release_allowed_types: str = ""                 # [repository.release] ALLOWED_TYPES
    max_upload_size: Optional[int] = None           # bytes; None = version default
    attachment_allowed_types: str = DEFAULT_ATTACHMENT_ALLOWED_TYPES
    attachment_max_size_mb: int = 2048
    attachment_max_files: int = 5
    disable_query_auth_token: bool = False
    go_chunking: bool = False                       # chunked responses > 2 KiB like net/http
    drain_rejected_body: bool = False               # read the whole body before an early reply

    @property
    def v(self) -> tuple[int, int, int]:
        return parse_version(self.version)

    @property
    def tz(self) -> timezone:
        return parse_utc_offset(self.utc_offset)


class Model:
    """All server state.  One lock: handlers hold it while touching the model, never while
    streaming a body or a file."""

    def __init__(self, data_dir: str, base_settings: Settings):
        self.lock = threading.RLock()
        self.data_dir = data_dir
        self.base_settings = base_settings
        self.clock_offset = 0
        self.reset()

    def reset(self) -> None:
        with self.lock:
            self.settings = Settings(**vars(self.base_settings))
            self.users: dict[str, User] = {}
            self.tokens: dict[str, Token] = {}
            self.repos: dict[str, Repo] = {}        # key: lower "owner/name"
            self.releases: dict[int, Release] = {}
            self.attachments: dict[int, Attachment] = {}
            self._ids = {"user": 0, "repo": 0, "release": 0, "attachment": 0}
            self.clock_offset = 0
            store = os.path.join(self.data_dir, "attachments")
            shutil.rmtree(store, ignore_errors=True)
            os.makedirs(store, exist_ok=True)
            os.makedirs(os.path.join(self.data_dir, "tmp"), exist_ok=True)

    # -- basics ---------------------------------------------------------------------------------
    def now(self) -> int:
        return int(time.time()) + self.clock_offset

    def next_id(self, kind: str) -> int:
        self._ids[kind] += 1
        return self._ids[kind]

    def attachment_path(self, uuid: str) -> str:
        return os.path.join(self.data_dir, "attachments", uuid)

    def temp_path(self) -> str:
        return os.path.join(self.data_dir, "tmp", secrets.token_hex(8))

    # -- users and auth -------------------------------------------------------------------------
    def add_user(self, login: str, **kw) -> User:
        if login.lower() in self.users:
            u = self.users[login.lower()]
            for k, v in kw.items():
                setattr(u, k, v)
            return u
        u = User(id=self.next_id("user"), login=login, created=self.now(), **kw)
        if not u.email:
            u.email = f"{login.lower()}@example.com"
        self.users[login.lower()] = u
        return u

    def add_token(self, user: User, value: str, scopes: list[str], name: str = "") -> Token:
        t = Token(value=value, scopes=list(scopes), name=name or f"token{len(user.tokens) + 1}",
                  user=user)
        user.tokens.append(t)
        self.tokens[value] = t
        return t

    def user(self, login: str) -> Optional[User]:
        return self.users.get(login.lower())

    # -- repos ----------------------------------------------------------------------------------
    def repo(self, owner: str, name: str) -> Optional[Repo]:
        return self.repos.get(f"{owner}/{name}".lower())

    def permission(self, repo: Repo, user: Optional[User]) -> int:
        if user is not None:
            if user.is_admin or user.id == repo.owner.id:
                return PERM_ADMIN
            if user.login.lower() in repo.collaborators:
                return max(repo.collaborators[user.login.lower()], PERM_NONE if repo.private else PERM_READ)
        return PERM_NONE if repo.private else PERM_READ

    def resolve_commit(self, repo: Repo, ref: str) -> Optional[str]:
        """Branch, tag or (abbreviated, >= 4 hex) SHA of a known commit -> full SHA."""
        if not ref:
            return None
        if ref in repo.branches:
            return repo.branches[ref]
        if ref in repo.tags:
            return repo.tags[ref].commit_sha
        for prefix in ("refs/heads/", "refs/tags/"):
            if ref.startswith(prefix):
                return self.resolve_commit(repo, ref[len(prefix):])
        if re.fullmatch(r"[0-9a-fA-F]{4,40}", ref):
            hits = [c for c in repo.commits if c.startswith(ref.lower())]
            if len(hits) == 1:
                return hits[0]
        return None

    def add_commit(self, repo: Repo, sha: Optional[str] = None, message: str = "Initial commit\n",
                   created: Optional[int] = None) -> str:
        sha = (sha or random_sha()).lower()
        repo.commits.setdefault(sha, Commit(sha, message, created if created is not None else self.now()))
        return sha

    def add_git_tag(self, repo: Repo, name: str, commit_sha: str, message: Optional[str] = None,
                    created: Optional[int] = None) -> GitTag:
        t = GitTag(name=name, commit_sha=commit_sha, message=message,
                   tag_sha=random_sha() if message else commit_sha,
                   created=created if created is not None else self.now())
        repo.tags[name] = t
        return t

    def tag_protected(self, repo: Repo, name: str, user: Optional[User]) -> bool:
        import fnmatch
        for pattern, allowed in repo.protected_tags:
            if fnmatch.fnmatchcase(name, pattern):
                return user is None or user.login.lower() not in allowed
        return False

    # -- releases -------------------------------------------------------------------------------
    def repo_releases(self, repo: Repo) -> list[Release]:
        return [r for r in self.releases.values() if r.repo is repo]

    def release_by_tag(self, repo: Repo, tag: str) -> Optional[Release]:
        """GetRelease: by lower_tag_name, so case-insensitive; includes tag-only rows."""
        low = tag.lower()
        for r in self.releases.values():
            if r.repo is repo and r.tag_name.lower() == low:
                return r
        return None

    def release_by_id(self, repo: Repo, rid: int) -> Optional[Release]:
        r = self.releases.get(rid)
        return r if r is not None and r.repo is repo else None

    def new_release(self, repo: Repo, **kw) -> Release:
        rel = Release(id=self.next_id("release"), repo=repo, **kw)
        self.releases[rel.id] = rel
        return rel

    def release_assets(self, rel: Release) -> list[Attachment]:
        """GetReleaseAttachments orders by (release_id, name); ties by id for stability."""
        return sorted((a for a in self.attachments.values() if a.release_id == rel.id),
                      key=lambda a: (a.name, a.id))

    def delete_attachment(self, att: Attachment) -> None:
        self.attachments.pop(att.id, None)
        try:
            os.unlink(att.path)
        except FileNotFoundError:
            pass

    def add_attachment(self, rel: Release, name: str, path: str, size: int,
                       uploader: Optional[User], uuid: Optional[str] = None,
                       created: Optional[int] = None, content_type: str = "application/octet-stream",
                       label: str = "") -> Attachment:
        uuid = uuid or str(uuidlib.uuid4())
        final = self.attachment_path(uuid)
        os.replace(path, final)
        att = Attachment(id=self.next_id("attachment"), uuid=uuid, release_id=rel.id, name=name,
                         size=size, path=final, created=created if created is not None else self.now(),
                         uploader=uploader, content_type=content_type, label=label)
        self.attachments[att.id] = att
        return att

    def attachment_by_uuid(self, uuid: str) -> Optional[Attachment]:
        for a in self.attachments.values():
            if a.uuid == uuid:
                return a
        return None

    def sha256_of(self, att: Attachment) -> Optional[str]:
        if att.sha256 is None:
            try:
                h = hashlib.sha256()
                with open(att.path, "rb") as f:
                    while chunk := f.read(CHUNK):
                        h.update(chunk)
                att.sha256 = h.hexdigest()
            except FileNotFoundError:
                return None
        return att.sha256


def corrupt_one_byte(path: str, size: int) -> None:
    """The corrupt_upload fault: the stored copy keeps its size but one byte in the middle flips
    (what a broken proxy or disk does), so only a content check can tell."""
    with open(path, "r+b") as f:
        f.seek(size // 2)
        byte = f.read(1)
        f.seek(size // 2)
        f.write(bytes([byte[0] ^ 0xFF]))


# ----------------------------------------------------------------------------------------------
# Faults
# ----------------------------------------------------------------------------------------------

@dataclass
class Matcher:
    """Optional method/path regex a fault applies to (regex searched in the path+query)."""
    method: Optional[str] = None
    path_regex: Optional[str] = None

    def matches(self, method: str, target: str) -> bool:
        if self.method and self.method.upper() != method.upper():
            return False
        return not self.path_regex or re.search(self.path_regex, target) is not None

    def to_json(self) -> dict:
        return {"method": self.method, "path_regex": self.path_regex}


def _matcher(spec: dict, default_regex: Optional[str] = None, default_method: Optional[str] = None) -> Matcher:
    return Matcher(spec.get("method", default_method), spec.get("path_regex", default_regex))


UPLOAD_REGEX = r"/releases/\d+/assets(\?|$)"


class Faults:
    """Injected faults.  Counting faults are one-shot unless 'times' says otherwise."""

    def __init__(self):
        self.lock = threading.Lock()
        self.clear()

    def clear(self) -> None:
        self.reset_after: list[dict] = []      # {bytes, matcher, times}
        self.drop_after_store: list[dict] = [] # {matcher, times}
        self.corrupt_upload: list[dict] = []   # {matcher, times}: the stored copy gets one byte flipped
        self.fail_nth: list[dict] = []         # {n, status, message, matcher, seen, times, when, body, content_type}
        self.delays: list[dict] = []           # {ms, matcher}
        self.upload_rate: Optional[dict] = None

    def configure(self, spec: dict, model: Model) -> None:
        s = model.settings
        with self.lock:
            if spec.get("clear"):
                self.clear()
            if "reset_after_bytes" in spec:
                v = spec["reset_after_bytes"]
                if v is None:
                    self.reset_after.clear()
                else:
                    v = v if isinstance(v, dict) else {"bytes": v}
                    self.reset_after.append({"bytes": int(v["bytes"]), "times": int(v.get("times", 1)),
                                             "matcher": _matcher(v, UPLOAD_REGEX, "POST")})
            if "drop_after_store" in spec:
                v = spec["drop_after_store"]
                if v in (None, False):
                    self.drop_after_store.clear()
                else:
                    v = v if isinstance(v, dict) else {}
                    self.drop_after_store.append({"times": int(v.get("times", 1)),
                                                  "matcher": _matcher(v, UPLOAD_REGEX, "POST")})
            if "corrupt_upload" in spec:
                v = spec["corrupt_upload"]
                if v in (None, False):
                    self.corrupt_upload.clear()
                else:
                    v = v if isinstance(v, dict) else {}
                    self.corrupt_upload.append({"times": int(v.get("times", 1)),
                                                "matcher": _matcher(v, UPLOAD_REGEX, "POST")})
            if "fail_nth_request" in spec:
                v = spec["fail_nth_request"]
                if v is None:
                    self.fail_nth.clear()
                else:
                    self.fail_nth.append({
                        "n": int(v.get("n", 1)), "status": int(v.get("status", 500)),
                        "message": v.get("message", ""), "times": int(v.get("times", 1)),
                        "when": v.get("when", "before"), "body": v.get("body"),
                        "content_type": v.get("content_type"), "seen": 0,
                        "matcher": _matcher(v)})
            if "delay_ms" in spec:
                v = spec["delay_ms"]
                if v is None:
                    self.delays.clear()
                else:
                    v = v if isinstance(v, dict) else {"ms": v}
                    self.delays.append({"ms": int(v["ms"]), "matcher": _matcher(v)})
            if "upload_rate_bps" in spec:
                v = spec["upload_rate_bps"]
                self.upload_rate = None if v is None else (
                    {"bps": int(v["bps"]), "matcher": _matcher(v, UPLOAD_REGEX, "POST")}
                    if isinstance(v, dict) else {"bps": int(v), "matcher": _matcher({}, UPLOAD_REGEX, "POST")})
        # Settings-like "faults" change the emulated server configuration.
        with model.lock:
            if "max_upload_size" in spec:
                s.max_upload_size = None if spec["max_upload_size"] is None else int(spec["max_upload_size"])
            if "allowed_types" in spec:
                s.release_allowed_types = spec["allowed_types"] or ""
            if "attachments_enabled" in spec:
                s.attachments_enabled = bool(spec["attachments_enabled"])
            if "version" in spec:
                parse_version(str(spec["version"]))
                s.version = str(spec["version"])
            for key in ("drain_rejected_body", "go_chunking", "disable_query_auth_token"):
                if key in spec:
                    setattr(s, key, bool(spec[key]))

    @staticmethod
    def _take(lst: list[dict], method: str, target: str) -> Optional[dict]:
        for f in lst:
            if f["times"] > 0 and f["matcher"].matches(method, target):
                f["times"] -= 1
                if f["times"] <= 0:
                    lst.remove(f)
                return f
        return None

    def take_reset_after(self, method: str, target: str) -> Optional[int]:
        with self.lock:
            f = self._take(self.reset_after, method, target)
            return None if f is None else f["bytes"]

    def take_corrupt_upload(self, method: str, target: str) -> bool:
        with self.lock:
            return self._take(self.corrupt_upload, method, target) is not None

    def take_drop_after_store(self, method: str, target: str) -> bool:
        with self.lock:
            return self._take(self.drop_after_store, method, target) is not None

    def count_failure(self, method: str, target: str) -> Optional[dict]:
        """Counts this request against every fail_nth fault; returns the one that fires."""
        fired = None
        with self.lock:
            for f in list(self.fail_nth):
                if not f["matcher"].matches(method, target):
                    continue
                f["seen"] += 1
                if f["seen"] >= f["n"] and fired is None:
                    fired = dict(f)
                    f["times"] -= 1
                    if f["times"] <= 0:
                        self.fail_nth.remove(f)
        return fired

    def delay_for(self, method: str, target: str) -> int:
        with self.lock:
            return sum(d["ms"] for d in self.delays if d["matcher"].matches(method, target))

    def rate_for(self, method: str, target: str) -> Optional[int]:
        with self.lock:
            r = self.upload_rate
            return r["bps"] if r and r["matcher"].matches(method, target) else None

    def to_json(self) -> dict:
        def clean(lst):
            return [{k: (v.to_json() if isinstance(v, Matcher) else v) for k, v in f.items()} for f in lst]
        with self.lock:
            return {"reset_after_bytes": clean(self.reset_after),
                    "drop_after_store": clean(self.drop_after_store),
                    "fail_nth_request": clean(self.fail_nth), "delay_ms": clean(self.delays),
                    "upload_rate_bps": clean([self.upload_rate]) if self.upload_rate else None}


# ----------------------------------------------------------------------------------------------
# Requests, responses, routing
# ----------------------------------------------------------------------------------------------

@dataclass
class Caller:
    user: Optional[User] = None
    token: Optional[Token] = None       # set when authenticated by a token (header, query, Basic)
    method: Optional[str] = None        # 'token' | 'basic-token' | 'password' | None


@dataclass
class Response:
    status: int
    body: bytes = b""
    content_type: Optional[str] = None
    headers: list[tuple[str, str]] = field(default_factory=list)
    file: Optional[tuple] = None        # (open file object, offset, length) streamed after headers
    close: bool = False


class Request:
    def __init__(self, method: str, target: str, headers, body: BodyReader, base_url: str):
        self.method = method
        self.target = target                  # raw request-target (path + query)
        path, _, query = target.partition("?")
        self.raw_path = path
        self.raw_query = query
        self.query: list[tuple[str, str]] = parse_qsl(query, keep_blank_values=True)
        self.headers = headers
        self.body = body
        self.base_url = base_url              # 'http://127.0.0.1:PORT/' (Gitea's AppURL)
        self.caller = Caller()
        self.form: list[tuple[str, str]] = [] # urlencoded body values (consumed by ParseForm)
        self.params: dict[str, str] = {}
        self.log: dict = {}

    def header(self, name: str) -> str:
        return self.headers.get(name, "") or ""

    def query_value(self, key: str) -> str:
        for k, v in self.query:
            if k == key:
                return v
        return ""

    def form_value(self, key: str) -> str:
        """Go's Request.FormValue: urlencoded body values first, then the query."""
        for k, v in self.form + self.query:
            if k == key:
                return v
        return ""

    @property
    def content_type(self) -> str:
        return self.header("Content-Type")


class Router:
    """Patterns like '/api/v1/repos/{owner}/{repo}/tags/{tag*}'; params are path-unescaped after
    matching the raw path, so '%2F' stays inside one segment (chi matches on RawPath)."""

    def __init__(self):
        self.routes: list[tuple[set[str], re.Pattern, Callable, dict]] = []

    def add(self, methods: str, pattern: str, handler: Callable, **opts) -> None:
        rx = "^"
        for part in re.split(r"(\{[a-z_]+\*?\})", pattern):
            if part.startswith("{"):
                name = part[1:-1]
                rx += f"(?P<{name[:-1]}>.+)" if name.endswith("*") else f"(?P<{name}>[^/]+)"
            else:
                rx += re.escape(part)
        self.routes.append((set(methods.split()), re.compile(rx + "$"), handler, opts))

    def match(self, method: str, path: str):
        allowed: set[str] = set()
        for methods, rx, handler, opts in self.routes:
            m = rx.match(path)
            if not m:
                continue
            if method in methods or (method == "HEAD" and "GET" in methods):
                return handler, {k: unquote(v) for k, v in m.groupdict().items()}, opts
            allowed |= methods
        return None, allowed, None


# ----------------------------------------------------------------------------------------------
# The API implementations share this base: model access, auth parsing, response helpers
# ----------------------------------------------------------------------------------------------

class ApiBase:
    def __init__(self, app: "App"):
        self.app = app
        self.model: Model = app.model
        self.router = Router()

    @property
    def s(self) -> Settings:
        return self.model.settings

    def ts(self, t: int) -> str:
        return format_time(t, self.s.tz)

    def json(self, status: int, obj, headers=None) -> Response:
        return Response(status, go_json(obj), "application/json;charset=utf-8", list(headers or []))

    def empty(self, status: int = 204) -> Response:
        return Response(status)

    # -- request bodies -------------------------------------------------------------------------
    def read_small_body(self, req: Request) -> bytes:
        if req.form or req.body.consumed:
            return b""
        data = req.body.read_all(MAX_SMALL_BODY)
        if data is None:
            raise ApiError(413, "request body too large")
        return data

    def bind(self, req: Request, spec: dict[str, tuple[str, type]], type_name: str,
             required: tuple[str, ...] = ()) -> dict:
        """gitea.com/go-chi/binding as used by bind[T]: JSON unless the Content-Type says form;
        Go's decoder matches keys case-insensitively and ignores unknown ones; errors -> 422
        '[FieldNames]: message'."""
        ctype = req.content_type.lower()
        out: dict = {}
        if "form-urlencoded" in ctype or "multipart/form-data" in ctype:
            # Form binding maps Go field names; nobody sends these, but do not crash on them.
            vals = {k.lower(): v for k, v in req.form}
            for key, (go_name, typ) in spec.items():
                if go_name.lower() in vals:
                    raw = vals[go_name.lower()]
                    out[key] = (raw in ("1", "t", "true", "on", "True", "TRUE")) if typ is bool else raw
        else:
            raw = self.read_small_body(req)
            if raw.strip():
                try:
                    data = json.loads(raw)
                except (ValueError, UnicodeDecodeError) as e:
                    raise ApiError(422, f"[]: {go_json_error(e)}") from None
                if data is not None and not isinstance(data, dict):
                    kind = "array" if isinstance(data, list) else type_json_name(data)
                    raise ApiError(422, f"[]: json: cannot unmarshal {kind} into Go value of type "
                                        f"structs.{type_name}")
                for k, v in (data or {}).items():
                    key = k if k in spec else next((s for s in spec if s.lower() == k.lower()), None)
                    if key is None or v is None:
                        continue
                    typ = spec[key][1]
                    if (typ is bool and not isinstance(v, bool)) or (typ is str and not isinstance(v, str)):
                        raise ApiError(422, f"[]: json: cannot unmarshal {type_json_name(v)} into Go "
                                            f"struct field {type_name}.{key} of type "
                                            f"{'bool' if typ is bool else 'string'}")
                    out[key] = v
        for key in required:
            if not out.get(key):
                raise ApiError(422, f"[{spec[key][0]}]: Required")
        return out


def type_json_name(v) -> str:
    if isinstance(v, bool):
        return "bool"
    if isinstance(v, (int, float)):
        return "number"
    if isinstance(v, str):
        return "string"
    if isinstance(v, list):
        return "array"
    return "object"


def go_json_error(e: Exception) -> str:
    """Approximates encoding/json's syntax error texts from Python's JSONDecodeError."""
    if not isinstance(e, json.JSONDecodeError):
        return "invalid character looking for beginning of value"
    ch = e.doc[e.pos:e.pos + 1] if e.pos < len(e.doc) else ""
    if not ch:
        return "unexpected EOF"
    context = {"Expecting property name enclosed in double quotes": "looking for beginning of object key string",
               "Expecting ':' delimiter": "after object key",
               "Expecting ',' delimiter": "after object key:value pair",
               "Extra data": "after top-level value"}.get(e.msg, "looking for beginning of value")
    return f"invalid character '{ch}' {context}"


# ----------------------------------------------------------------------------------------------
# Gitea API
# ----------------------------------------------------------------------------------------------

RELEASE_CREATE_SPEC = {"tag_name": ("TagName", str), "tag_message": ("TagMessage", str),
                       "target_commitish": ("Target", str), "name": ("Title", str),
                       "body": ("Note", str), "draft": ("IsDraft", bool),
                       "prerelease": ("IsPrerelease", bool)}
RELEASE_EDIT_SPEC = {"tag_name": ("TagName", str), "target_commitish": ("Target", str),
                     "name": ("Title", str), "body": ("Note", str), "draft": ("IsDraft", bool),
                     "prerelease": ("IsPrerelease", bool)}
TAG_CREATE_SPEC = {"tag_name": ("TagName", str), "message": ("Message", str), "target": ("Target", str)}
ATTACHMENT_EDIT_SPEC = {"name": ("Name", str)}


class GiteaApi(ApiBase):
    def __init__(self, app: "App"):
        super().__init__(app)
        r = self.router.add
        p = "/api/v1/repos/{owner}/{repo}"
        r("GET", "/api/v1/version", self.get_version)
        r("GET", "/api/v1/settings/attachment", self.get_attachment_settings)
        r("GET", "/api/v1/user", self.get_user)
        r("GET", p, self.get_repo, scope="repository")
        r("GET", p + "/releases", self.list_releases, scope="repository", unit="releases")
        r("POST", p + "/releases", self.create_release, scope="repository", unit="releases", write=True)
        r("GET", p + "/releases/latest", self.latest_release, scope="repository", unit="releases")
        r("GET", p + "/releases/tags/{tag}", self.release_by_tag, scope="repository", unit="releases")
        r("DELETE", p + "/releases/tags/{tag}", self.delete_release_by_tag, scope="repository",
          unit="releases", write=True)
        r("GET", p + "/releases/{id}", self.get_release, scope="repository", unit="releases")
        r("PATCH", p + "/releases/{id}", self.edit_release, scope="repository", unit="releases", write=True)
        r("DELETE", p + "/releases/{id}", self.delete_release, scope="repository", unit="releases", write=True)
        r("GET", p + "/releases/{id}/assets", self.list_assets, scope="repository", unit="releases")
        r("POST", p + "/releases/{id}/assets", self.upload_asset, scope="repository", unit="releases",
          write=True, streams=True)
        r("GET", p + "/releases/{id}/assets/{aid}", self.get_asset, scope="repository", unit="releases")
        r("PATCH", p + "/releases/{id}/assets/{aid}", self.edit_asset, scope="repository",
          unit="releases", write=True)
        r("DELETE", p + "/releases/{id}/assets/{aid}", self.delete_asset, scope="repository",
          unit="releases", write=True)
        r("GET", p + "/tags", self.list_tags, scope="repository", unit="code")
        r("POST", p + "/tags", self.create_tag, scope="repository", unit="code", write=True, archived=True)
        r("GET", p + "/tags/{tag*}", self.get_tag, scope="repository", unit="code")
        r("DELETE", p + "/tags/{tag*}", self.delete_tag, scope="repository", unit="code", write=True,
          archived=True)
        # Web routes that serve asset bytes (browser_download_url targets).
        r("GET", "/attachments/{uuid}", self.download_by_uuid, web=True)
        r("GET", "/{owner}/{repo}/releases/attachments/{uuid}", self.download_by_uuid, web=True)
        r("GET", "/{owner}/{repo}/releases/download/{tag}/{name}", self.download_by_name, web=True)

    # -- error shapes ---------------------------------------------------------------------------
    def error_response(self, e: ApiError, req: Request) -> Response:
        if e.kind == "raw":
            return Response(e.status, e.body, e.content_type or "text/plain; charset=utf-8", e.headers)
        if e.kind == "web":
            return Response(e.status, (e.message or "Not Found").encode() + b"\n",
                            "text/plain; charset=utf-8", e.headers)
        message = e.message
        if e.kind == "notfound" and not message:
            message = "not found" if self.s.v >= (1, 25, 0) else "The target couldn't be found."
        if e.status == 500 and not (req.caller.user and req.caller.user.is_admin):
            message = ""   # Gitea blanks 500 messages for non-admins in prod
        body = {"message": message, "url": f"{req.base_url}api/swagger"}
        if e.kind == "notfound":
            v = self.s.v
            if v < (1, 27, 0):       # 1.25/1.26 (and earlier) add "errors": null
                body["errors"] = e.extra.get("errors")
        body.update({k: v for k, v in e.extra.items() if k != "errors"})
        return Response(e.status, go_json(body), "application/json;charset=utf-8", e.headers)

    @staticmethod
    def not_found(message: str = "") -> ApiError:
        """ctx.APIErrorNotFound: its default text and shape depend on the version (notes §1.2)."""
        return ApiError(404, message, kind="notfound")

    # -- middleware (order as in routers/api/v1/api.go; see notes §1.1) --------------------------
    def authenticate(self, req: Request) -> None:
        """apiAuth: token in query (form) first, then Authorization token/bearer, then Basic.
        Bad credentials of any kind -> 401 before anything else."""
        bad = ApiError(401, "invalid username, password or token")
        m = self.model
        if not self.s.disable_query_auth_token:
            for key in ("token", "access_token"):
                val = req.form_value(key)
                if val:
                    t = m.tokens.get(val)
                    if t is None:
                        raise bad
                    req.caller = Caller(t.user, t, "token")
                    return
        fields = req.header("Authorization").split()
        if len(fields) != 2:
            return
        scheme, cred = fields[0].lower(), fields[1]
        if scheme in ("token", "bearer"):
            t = m.tokens.get(cred)
            if t is None:
                raise bad
            req.caller = Caller(t.user, t, "token")
        elif scheme == "basic":
            try:
                uname, _, passwd = base64.b64decode(cred, validate=True).decode().partition(":")
            except (binascii.Error, UnicodeDecodeError):
                return
            as_token = uname if passwd in ("", "x-oauth-basic") else passwd
            t = m.tokens.get(as_token)
            if t is not None:
                req.caller = Caller(t.user, t, "basic-token")
                return
            u = m.user(uname)
            if u is None or u.password is None or u.password != passwd:
                raise bad
            req.caller = Caller(u, None, "password")

    def check_scope(self, req: Request, category: str) -> None:
        t = req.caller.token
        if t is None:
            return
        write = req.method not in ("GET", "HEAD")
        if not t.has_scope(category, write):
            need = f"{'write' if write else 'read'}:{category}"
            raise ApiError(403, f"token does not have at least one of required scope(s), "
                                f"required=[{need}], token scope={','.join(t.scopes)}")

    def assign_repo(self, req: Request) -> tuple[Repo, int]:
        repo = self.model.repo(req.params["owner"], req.params["repo"])
        if repo is None:
            raise self.not_found()
        perm = self.model.permission(repo, req.caller.user)
        if perm < PERM_READ:
            raise self.not_found()     # hides private repos
        if repo.private and req.caller.token is not None and req.caller.token.public_only:
            raise ApiError(403, "token scope is limited to public repos")
        return repo, perm

    def dispatch(self, req: Request) -> Response:
        handler, params, opts = self.router.match(req.method, req.raw_path)
        if handler is None:
            if req.raw_path.startswith("/api/"):
                if params:
                    return Response(405, b"", None, [("Allow", ", ".join(sorted(params)))])
                raise self.not_found()
            raise ApiError(404, "404 page not found", kind="web")
        req.params = params
        if opts.get("web"):
            return handler(req)
        self.authenticate(req)    # apiAuth runs for every API route: bad credentials -> 401
        if "scope" in opts:
            self.check_scope(req, opts["scope"])
            repo, perm = self.assign_repo(req)
            if opts.get("unit") == "releases" and not repo.releases_enabled:
                raise ApiError(403, "user should have specific read permission or be a repo admin "
                                    "or a site admin")
            if opts.get("write"):
                if req.caller.user is None:
                    raise ApiError(401, "token is required")
                if perm < PERM_WRITE:
                    raise ApiError(403, "user should have a permission to write to a repo")
                if opts.get("archived") and repo.archived:
                    raise ApiError(423, "repo is archived")
            return handler(req, repo, perm)
        return handler(req)

    # -- helpers --------------------------------------------------------------------------------
    def can_access_draft(self, req: Request, perm: int) -> bool:
        """canAccessReleaseDraft: signed in, Releases-write, and (since 1.26) a token needs
        write:repository."""
        if req.caller.user is None or perm < PERM_WRITE:
            return False
        t = req.caller.token
        if t is not None and self.s.v >= (1, 26, 0):
            return t.has_scope("repository", True)
        return True

    def app_url(self, req: Request) -> str:
        return req.base_url

    def user_json(self, u: User, req: Request, authed: Optional[bool] = None) -> dict:
        viewer = req.caller.user
        signed = viewer is not None
        if authed is None:
            authed = signed and (viewer.id == u.id or viewer.is_admin)
        base = self.app_url(req)
        zero = self.ts(0)
        return {
            "id": u.id, "login": u.login, "login_name": "" if authed else "",
            "source_id": 0, "full_name": u.full_name,
            "email": u.email if signed else f"{u.login.lower()}@noreply.localhost",
            "avatar_url": f"{base}avatars/{hashlib.md5(u.email.encode()).hexdigest()}",
            "html_url": f"{base}{u.login}", "language": "en-US" if authed else "",
            "is_admin": u.is_admin if authed else False,
            "last_login": self.ts(u.created) if authed else zero,
            "created": self.ts(u.created), "restricted": False, "active": bool(authed),
            "prohibit_login": False, "location": "", "website": "", "description": "",
            "visibility": "public", "followers_count": 0, "following_count": 0,
            "starred_repos_count": 0,
        }

    def asset_json(self, a: Attachment, req: Request, rel: Optional[Release] = None,
                   by_name: bool = False) -> dict:
        if by_name and rel is not None:
            html = f"{self.app_url(req)}{rel.repo.owner.login}/{rel.repo.name}"
            url = f"{html}/releases/download/{go_path_escape(rel.tag_name)}/{go_path_escape(a.name)}"
        else:
            url = f"{self.app_url(req)}attachments/{a.uuid}"
        return {"id": a.id, "name": a.name, "size": a.size, "download_count": a.download_count,
                "created_at": self.ts(a.created), "uuid": a.uuid, "browser_download_url": url}

    def assets_json(self, rel: Release, req: Request) -> list[dict]:
        """A release's assets: the /releases/download/ form unless two share a name."""
        assets = self.model.release_assets(rel)
        names = [a.name for a in assets]
        unique = len(set(names)) == len(names)
        return [self.asset_json(a, req, rel, by_name=unique) for a in assets]

    def release_json(self, rel: Release, req: Request) -> dict:
        repo = rel.repo
        base = self.app_url(req)
        html = f"{base}{repo.owner.login}/{repo.name}"
        url = f"{base}api/v1/repos/{repo.owner.login}/{repo.name}/releases/{rel.id}"
        tag = go_path_escape_segments(rel.tag_name)
        created = self.ts(rel.created)
        return {
            "id": rel.id, "tag_name": rel.tag_name, "target_commitish": rel.target,
            "name": rel.title, "body": rel.note, "url": url,
            "html_url": f"{html}/releases/tag/{tag}",
            "tarball_url": f"{html}/archive/{tag}.tar.gz", "zipball_url": f"{html}/archive/{tag}.zip",
            "upload_url": f"{url}/assets", "draft": rel.is_draft, "prerelease": rel.is_prerelease,
            "created_at": created, "published_at": created,
            "author": self.user_json(rel.publisher, req), "assets": self.assets_json(rel, req),
        }

    def tag_json(self, repo: Repo, t: GitTag, req: Request) -> dict:
        base = self.app_url(req)
        html = f"{base}{repo.owner.login}/{repo.name}"
        commit = repo.commits.get(t.commit_sha)
        message = (t.message + "\n") if t.message else (commit.message if commit else "")
        esc = go_path_escape_segments(t.name)
        return {"name": t.name, "message": message, "id": t.tag_sha,
                "commit": {"url": f"{base}api/v1/repos/{repo.owner.login}/{repo.name}/git/commits/"
                                  f"{t.commit_sha}",
                           "sha": t.commit_sha, "created": self.ts(commit.created if commit else t.created)},
                "zipball_url": f"{html}/archive/{esc}.zip", "tarball_url": f"{html}/archive/{esc}.tar.gz"}

    def repo_json(self, repo: Repo, perm: int, req: Request) -> dict:
        base = self.app_url(req)
        html = f"{base}{repo.owner.login}/{repo.name}"
        api = f"{base}api/v1/repos/{repo.owner.login}/{repo.name}"
        released = [r for r in self.model.repo_releases(repo) if not r.is_tag and not r.is_draft]
        return {
            "id": repo.id, "owner": self.user_json(repo.owner, req, authed=perm >= PERM_ADMIN),
            "name": repo.name, "full_name": repo.full_name, "description": repo.description,
            "empty": repo.empty, "private": repo.private, "fork": False, "template": False,
            "mirror": False, "size": 0, "language": "", "languages_url": f"{api}/languages",
            "html_url": html, "url": api, "link": "", "ssh_url": f"git@127.0.0.1:{repo.full_name}.git",
            "clone_url": f"{html}.git", "original_url": "", "website": "", "stars_count": 0,
            "forks_count": 0, "watchers_count": 1, "open_issues_count": 0, "open_pr_counter": 0,
            "release_counter": len(released), "default_branch": repo.default_branch,
            "archived": repo.archived, "created_at": self.ts(repo.created),
            "updated_at": self.ts(repo.created), "archived_at": self.ts(0),
            "permissions": {"admin": perm >= PERM_ADMIN, "push": perm >= PERM_WRITE,
                            "pull": perm >= PERM_READ},
            "has_code": True, "has_issues": True,
            "internal_tracker": {"enable_time_tracker": True, "allow_only_contributors_to_track_time": True,
                                 "enable_issue_dependencies": True},
            "has_wiki": True, "has_pull_requests": True, "has_projects": True, "projects_mode": "all",
            "has_releases": repo.releases_enabled, "has_packages": True, "has_actions": repo.actions_enabled,
            "ignore_whitespace_conflicts": False, "allow_merge_commits": True, "allow_rebase": True,
            "allow_rebase_explicit": True, "allow_squash_merge": True,
            "allow_fast_forward_only_merge": True, "allow_rebase_update": True, "allow_merge_update": True,
            "allow_manual_merge": False, "autodetect_manual_merge": False,
            "default_delete_branch_after_merge": False, "default_merge_style": "merge",
            "default_update_style": "merge", "default_allow_maintainer_edit": False,
            "default_target_branch": repo.default_branch, "avatar_url": "", "internal": False,
            "mirror_interval": "", "object_format_name": "sha1",
            "mirror_updated": "0001-01-01T00:00:00Z", "mirror_last_sync_at": "0001-01-01T00:00:00Z",
            "topics": [], "licenses": [],
            "branch_count": len(repo.branches),
        }

    def pagination(self, req: Request) -> tuple[int, int]:
        """utils.GetListOptions: page >= 1; limit <= 0 -> 30, > 50 -> 50 (silently)."""
        page = max(go_atoi(req.form_value("page")), 1)
        limit = go_atoi(req.form_value("limit"))
        if limit <= 0:
            limit = 30
        elif limit > 50:
            limit = 50
        return page, limit

    def link_header(self, req: Request, total: int, page_size: int) -> Optional[str]:
        """genAPILinks: next,last,first,prev joined with ','; page clamped to [1, pages]."""
        cur = go_atoi(req.form_value("page"))
        pages = 1 if total == 0 else -(-total // page_size)
        cur = min(max(cur, 1), pages)
        base_pairs = [(k, v) for k, v in req.query if k != "page"]

        def link(page: int, rel: str) -> str:
            q = go_values_encode(base_pairs + [("page", str(page))])
            return f'<{req.base_url}{req.raw_path[1:]}?{q}>; rel="{rel}"'

        links = []
        if total > cur * page_size:
            links += [link(cur + 1, "next"), link(pages, "last")]
        if cur > 1:
            links += [link(1, "first"), link(cur - 1, "prev")]
        return ",".join(links) or None

    @staticmethod
    def expose(headers: list[tuple[str, str]], *names: str) -> None:
        headers.append(("Access-Control-Expose-Headers", ", ".join(names)))

    def release_for_read(self, req: Request, repo: Repo, perm: int, rid: int) -> Release:
        rel = self.model.release_by_id(repo, rid)
        if rel is None or rel.is_tag:
            raise self.not_found()
        if rel.is_draft and self.s.v >= (1, 25, 5) and not self.can_access_draft(req, perm):
            raise self.not_found()
        return rel

    def release_for_assets(self, req: Request, repo: Repo, perm: int) -> Release:
        """checkReleaseMatchRepo: tag-only rows are not rejected here."""
        rel = self.model.release_by_id(repo, go_atoi(req.params["id"]))
        if rel is None:
            raise self.not_found()
        if rel.is_draft and self.s.v >= (1, 25, 5) and not self.can_access_draft(req, perm):
            raise self.not_found()
        return rel

    def asset_of(self, rel: Release, req: Request) -> Attachment:
        att = self.model.attachments.get(go_atoi(req.params["aid"]))
        if att is None or att.release_id != rel.id:
            raise self.not_found()
        return att

    def create_git_tag_for(self, req: Request, rel: Release, message: str = "") -> bool:
        """release_service.createTag for a non-draft release: returns True if a tag was made."""
        repo = rel.repo
        if rel.tag_name in repo.tags:
            return False
        if self.model.tag_protected(repo, rel.tag_name, rel.publisher):
            raise ApiError(422, f"release tag name is protected [tag_name: {rel.tag_name}]")
        sha = self.model.resolve_commit(repo, rel.target)
        if sha is None:
            raise ApiError(500, f'target "{rel.target}" not found')
        if not valid_tag_name(rel.tag_name):
            raise ApiError(500, f"invalid tag name: {rel.tag_name}")
        self.model.add_git_tag(repo, rel.tag_name, sha, message or None)
        return True

    # -- misc endpoints -------------------------------------------------------------------------
    def get_version(self, req: Request) -> Response:
        return self.json(200, {"version": self.s.version})

    def get_attachment_settings(self, req: Request) -> Response:
        s = self.s
        return self.json(200, {"enabled": s.attachments_enabled, "allowed_types": s.attachment_allowed_types,
                               "max_size": s.attachment_max_size_mb, "max_files": s.attachment_max_files})

    def get_user(self, req: Request) -> Response:
        self.check_scope(req, "user")
        if req.caller.user is None:
            raise ApiError(401, "token is required")
        return self.json(200, self.user_json(req.caller.user, req))

    def get_repo(self, req: Request, repo: Repo, perm: int) -> Response:
        return self.json(200, self.repo_json(repo, perm, req))

    # -- releases -------------------------------------------------------------------------------
    def list_releases(self, req: Request, repo: Repo, perm: int) -> Response:
        include_drafts = self.can_access_draft(req, perm)
        want_draft = go_optional_bool(req.form_value("draft"))
        want_pre = go_optional_bool(req.form_value("pre-release"))
        rels = [r for r in self.model.repo_releases(repo) if not r.is_tag]
        if not include_drafts:
            rels = [r for r in rels if not r.is_draft]
        if want_draft is not None:
            rels = [r for r in rels if r.is_draft == want_draft]
        if want_pre is not None:
            rels = [r for r in rels if r.is_prerelease == want_pre]
        rels.sort(key=lambda r: (r.created, r.id), reverse=True)
        page, limit = self.pagination(req)
        window = rels[(page - 1) * limit: page * limit]
        headers: list[tuple[str, str]] = []
        link = self.link_header(req, len(rels), limit)
        exposed = []
        if link:
            headers.append(("Link", link))
            exposed.append("Link")
        headers.append(("X-Total-Count", str(len(rels))))
        exposed.append("X-Total-Count")
        self.expose(headers, *exposed)
        return self.json(200, [self.release_json(r, req) for r in window], headers)

    def get_release(self, req: Request, repo: Repo, perm: int) -> Response:
        return self.json(200, self.release_json(self.release_for_read(req, repo, perm,
                                                                      go_atoi(req.params["id"])), req))

    def latest_release(self, req: Request, repo: Repo, perm: int) -> Response:
        rels = [r for r in self.model.repo_releases(repo)
                if not r.is_tag and not r.is_draft and not r.is_prerelease]
        if not rels:
            raise self.not_found()
        return self.json(200, self.release_json(max(rels, key=lambda r: (r.created, r.id)), req))

    def release_by_tag(self, req: Request, repo: Repo, perm: int) -> Response:
        rel = self.model.release_by_tag(repo, req.params["tag"])
        if rel is None or rel.is_tag:
            raise self.not_found()
        # Here only "signed in with write permission" is checked, not the token scope.
        if rel.is_draft and (req.caller.user is None or perm < PERM_WRITE):
            raise self.not_found()
        return self.json(200, self.release_json(rel, req))

    def create_release(self, req: Request, repo: Repo, perm: int) -> Response:
        form = self.bind(req, RELEASE_CREATE_SPEC, "CreateReleaseOption", required=("tag_name",))
        m, v = self.model, self.s.v
        if repo.empty:
            if v >= (1, 21, 8):
                raise ApiError(422, "repo is empty")
            raise ApiError(500, "repo is empty")
        tag = form["tag_name"]
        title = form.get("name", "")[:255]
        note = form.get("body", "")
        draft = bool(form.get("draft", False))
        pre = bool(form.get("prerelease", False))
        tag_message = form.get("tag_message", "") if v >= (1, 25, 0) else ""
        rel = m.release_by_tag(repo, tag)
        if rel is not None:
            if not rel.is_tag:
                raise ApiError(409, "Release is has no Tag")
            # A tag-only row (tag pushed or created via the tag API) becomes the release; the
            # target is whatever was sent (no default here), created_at stays the tag's unless a
            # git tag has to be made or it becomes a draft.
            saved = dict(vars(rel))
            rel.title, rel.note, rel.is_draft, rel.is_prerelease = title, note, draft, pre
            rel.publisher, rel.target, rel.is_tag = req.caller.user, form.get("target_commitish", ""), False
            try:
                self.update_release_tag(req, rel)
            except ApiError:
                vars(rel).update(saved)   # nothing was saved in Gitea's DB either
                raise
            return self.json(201, self.release_json(rel, req))
        target = form.get("target_commitish") or repo.default_branch
        rel = Release(id=0, repo=repo, tag_name=tag, target=target, title=title, note=note,
                      is_draft=draft, is_prerelease=pre, is_tag=False, publisher=req.caller.user,
                      created=m.now())
        if not draft and tag not in repo.tags:
            if m.tag_protected(repo, tag, req.caller.user):
                if v >= (1, 22, 0):
                    raise ApiError(422, f"release tag name is protected [tag_name: {tag}]")
                raise ApiError(500, "protected tag")
            sha = m.resolve_commit(repo, target)
            if sha is None:
                if v < (1, 22, 3):
                    raise ApiError(500, f"object does not exist [id: {target}, rel_path: ]")
                if (1, 24, 0) <= v < (1, 27, 0):
                    raise ApiError(404, f'target "{target}" not found: object does not exist '
                                        f'[id: {target}, rel_path: ]')
                raise ApiError(404, "target not found")
            if not valid_tag_name(tag):
                raise ApiError(500, f"invalid tag name: {tag}")
            m.add_git_tag(repo, tag, sha, tag_message or None)
        rel.id = m.next_id("release")
        m.releases[rel.id] = rel
        return self.json(201, self.release_json(rel, req))

    def update_release_tag(self, req: Request, rel: Release) -> None:
        """release_service.UpdateRelease -> createTag: drafts get created_at = now on every
        update; a non-draft whose git tag is missing gets the tag and created_at = now."""
        if rel.is_draft:
            rel.created = self.model.now()
        elif self.create_git_tag_for(req, rel):
            rel.created = self.model.now()

    def edit_release(self, req: Request, repo: Repo, perm: int) -> Response:
        form = self.bind(req, RELEASE_EDIT_SPEC, "EditReleaseOption")
        rel = self.model.release_by_id(repo, go_atoi(req.params["id"]))
        if rel is None or rel.is_tag:
            raise self.not_found()
        new_tag = form.get("tag_name") or rel.tag_name
        if new_tag.lower() != rel.tag_name.lower():
            other = self.model.release_by_tag(repo, new_tag)
            if other is not None:   # unique index violation in the DB -> 500
                raise ApiError(500, "UNIQUE constraint failed: release.repo_id, release.tag_name")
        saved = dict(vars(rel))
        # Empty strings mean "unchanged" (so a body cannot be cleared); bools are nullable.
        rel.tag_name = new_tag
        rel.target = form.get("target_commitish") or rel.target
        rel.title = (form.get("name") or rel.title)[:255]
        rel.note = form.get("body") or rel.note
        if "draft" in form:
            rel.is_draft = form["draft"]
        if "prerelease" in form:
            rel.is_prerelease = form["prerelease"]
        try:
            self.update_release_tag(req, rel)
        except ApiError:
            vars(rel).update(saved)   # UpdateRelease failed: nothing stored (API answers 500/422)
            raise
        return self.json(200, self.release_json(rel, req))

    def _delete_release(self, rel: Release) -> Response:
        # DeleteReleaseByID(delTag=false): the row becomes tag-only, git tag kept, assets gone.
        for a in self.model.release_assets(rel):
            self.model.delete_attachment(a)
        rel.is_tag = True
        return self.empty(204)

    def delete_release(self, req: Request, repo: Repo, perm: int) -> Response:
        rel = self.model.release_by_id(repo, go_atoi(req.params["id"]))
        if rel is None or rel.is_tag:
            raise self.not_found()
        return self._delete_release(rel)

    def delete_release_by_tag(self, req: Request, repo: Repo, perm: int) -> Response:
        rel = self.model.release_by_tag(repo, req.params["tag"])
        if rel is None or rel.is_tag:
            raise self.not_found()
        return self._delete_release(rel)

    # -- assets ---------------------------------------------------------------------------------
    def list_assets(self, req: Request, repo: Repo, perm: int) -> Response:
        rel = self.release_for_assets(req, repo, perm)
        return self.json(200, self.assets_json(rel, req))

    def get_asset(self, req: Request, repo: Repo, perm: int) -> Response:
        rel = self.release_for_assets(req, repo, perm)
        return self.json(200, self.asset_json(self.asset_of(rel, req), req))

    def edit_asset(self, req: Request, repo: Repo, perm: int) -> Response:
        form = self.bind(req, ATTACHMENT_EDIT_SPEC, "EditAttachmentOptions")
        rel = self.release_for_assets(req, repo, perm)
        att = self.asset_of(rel, req)
        name = form.get("name") or att.name
        # UpdateAttachment verifies the name only (Verify(nil, ...): the sniffed type of no
        # bytes is text/plain).
        if not upload_type_allowed(b"", name, self.s.release_allowed_types):
            raise ApiError(422, FORBIDDEN_TYPE_MESSAGE)
        att.name = name
        return self.json(201, self.asset_json(att, req))

    def delete_asset(self, req: Request, repo: Repo, perm: int) -> Response:
        rel = self.release_for_assets(req, repo, perm)
        self.model.delete_attachment(self.asset_of(rel, req))
        return self.empty(204)

    def effective_limit(self) -> Optional[int]:
        s = self.s
        if s.v < (1, 25, 0):
            return None                 # no FILE_MAX_SIZE before 1.25 (max_upload_size = proxy)
        return s.max_upload_size if s.max_upload_size is not None else DEFAULT_FILE_MAX_SIZE

    def upload_asset(self, req: Request, repo: Repo, perm: int) -> Response:
        """Called with the model lock held; drops it while the body streams to disk."""
        m, s, v = self.model, self.s, self.s.v
        if not s.attachments_enabled:
            raise self.not_found("attachment is not enabled")
        rel = self.release_for_assets(req, repo, perm)
        rel_id = rel.id
        ctype = req.content_type
        limit = self.effective_limit()
        if v < (1, 25, 0) and s.max_upload_size is not None:
            # Before 1.25 only a reverse proxy limits uploads: nginx answers from Content-Length
            # without reading the body.
            if req.body.declared_length is not None and req.body.declared_length > s.max_upload_size:
                raise ApiError(413, kind="raw", body=NGINX_413, content_type="text/html")
            limit = s.max_upload_size
        tmp = m.temp_path()
        try:
            if ctype.lower().startswith("multipart/form-data"):
                name, size, head = self._receive_multipart(req, tmp)
                if size is None:    # no file in field "attachment": FormFile error -> 500
                    raise ApiError(500, "http: no such file")
                if not name:
                    raise ApiError(400, "Could not determine name of attachment.")
                if limit is not None and size > limit:
                    if v < (1, 25, 0):
                        raise ApiError(413, kind="raw", body=NGINX_413, content_type="text/html")
                    raise ApiError(413, f"attachment exceeds limit {limit}")
                if not upload_type_allowed(head, name, s.release_allowed_types):
                    raise ApiError(400, FORBIDDEN_TYPE_MESSAGE)
            else:
                if v < (1, 22, 0):  # multipart only: FormFile -> ErrNotMultipart -> 500
                    raise ApiError(500, "request Content-Type isn't multipart/form-data")
                name = req.form_value("name")
                if not name:
                    raise ApiError(400, "Could not determine name of attachment.")
                m.lock.release()
                try:
                    size, head = self._receive_raw(req, tmp, limit)
                finally:
                    m.lock.acquire()
                if head is None:
                    raise ApiError(400, FORBIDDEN_TYPE_MESSAGE)
                if size is None:
                    if v < (1, 25, 0):
                        raise ApiError(413, kind="raw", body=NGINX_413, content_type="text/html")
                    raise ApiError(413, f"attachment exceeds limit {limit}")
            rel = m.releases.get(rel_id)
            if rel is None:         # deleted while we were receiving
                raise self.not_found()
            if size and self.app.faults.take_corrupt_upload(req.method, req.target):
                corrupt_one_byte(tmp, size)
            att = m.add_attachment(rel, name, tmp, size, req.caller.user)
        finally:
            if os.path.exists(tmp):
                os.unlink(tmp)
        if self.app.faults.take_drop_after_store(req.method, req.target):
            raise AbortConnection("drop_after_store")
        return self.json(201, self.asset_json(att, req))

    def _receive_raw(self, req: Request, tmp: str, limit: Optional[int]):
        """Raw body -> tmp.  Returns (size, head); size None = over limit; head None = type
        refused after sniffing the first 1024 bytes (the rest is left unread, as in Gitea)."""
        with open(tmp, "wb", buffering=0) as f:
            head = req.body.read(1024)
            if not upload_type_allowed(head, req.form_value("name"), self.s.release_allowed_types):
                return 0, None
            if limit is not None and len(head) > limit:
                req.body.limit_hit = True
                return None, head
            f.write(head)
            rest = req.body.copy_to(f, None if limit is None else limit - len(head))
            if req.body.limit_hit:
                return None, head
            return len(head) + rest, head

    def _receive_multipart(self, req: Request, tmp: str):
        """ParseMultipartForm equivalent: the whole body is read; the first file part named
        'attachment' goes to tmp.  Name = first 'name' value (query before form, as Go's
        FormValue sees them for multipart), else the part's filename."""
        _, params = parse_header_params(req.content_type)
        found: dict = {}
        values: dict[str, list[str]] = {}
        budget = [MAX_MULTIPART_VALUES]

        def open_part(disp: dict, headers: dict):
            fname = disp.get("filename")
            field_name = disp.get("name", "")
            if fname is None or fname == "":
                sink = ValueSink(budget)
                found.setdefault("_values", []).append((field_name, sink))
                return sink
            if field_name == "attachment" and "file" not in found:
                found["file"] = FileSink(tmp)
                found["filename"] = go_filepath_base(fname)
                return found["file"]
            return NullSink()

        self.model.lock.release()
        try:
            try:
                MultipartStreamParser(req.body, params.get("boundary", ""), open_part).parse()
            except MultipartError as e:
                if "file" in found:
                    found["file"].close()
                raise ApiError(500, str(e)) from None
        finally:
            self.model.lock.acquire()
        for k, sink in found.get("_values", []):
            values.setdefault(k, []).append(sink.data.decode("utf-8", "replace"))
        if "file" not in found:
            return None, None, b""
        names = [v for k, v in req.query if k == "name"] + values.get("name", [])
        name = names[0] if names and names[0] else found["filename"]
        fs: FileSink = found["file"]
        return name, fs.size, bytes(fs.head)

    # -- tags -----------------------------------------------------------------------------------
    def list_tags(self, req: Request, repo: Repo, perm: int) -> Response:
        page, limit = self.pagination(req)
        tags = sorted(repo.tags.values(), key=lambda t: (t.created, t.name), reverse=True)
        window = tags[(page - 1) * limit: page * limit]
        headers = [("X-Total-Count", str(len(tags)))]
        self.expose(headers, "X-Total-Count")
        return self.json(200, [self.tag_json(repo, t, req) for t in window], headers)

    def get_tag(self, req: Request, repo: Repo, perm: int) -> Response:
        name = req.params["tag"]
        t = repo.tags.get(name)
        if t is None:
            raise self.not_found(f"tag doesn't exist: {name}")
        return self.json(200, self.tag_json(repo, t, req))

    def create_tag(self, req: Request, repo: Repo, perm: int) -> Response:
        form = self.bind(req, TAG_CREATE_SPEC, "CreateTagOption", required=("tag_name",))
        m = self.model
        name = form["tag_name"]
        target = form.get("target") or repo.default_branch
        sha = m.resolve_commit(repo, target)
        if sha is None:
            raise ApiError(404, f"target not found: object does not exist [id: {target}, rel_path: ]")
        if m.release_by_tag(repo, name) is not None:
            raise ApiError(409, f"tag already exists [name: {name}]")
        if m.tag_protected(repo, name, req.caller.user):
            raise ApiError(422, "user not allowed to create protected tag")
        if not valid_tag_name(name):
            raise ApiError(500, f"invalid tag name: {name}")
        message = form.get("message", "")
        t = repo.tags.get(name) or m.add_git_tag(repo, name, sha, message or None)
        m.new_release(repo, tag_name=name, target=sha, title="", note="", is_draft=False,
                      is_prerelease=False, is_tag=True, publisher=req.caller.user, created=m.now())
        return self.json(201, self.tag_json(repo, t, req))

    def delete_tag(self, req: Request, repo: Repo, perm: int) -> Response:
        name = req.params["tag"]
        rel = self.model.release_by_tag(repo, name)
        if rel is None:
            raise self.not_found()
        if not rel.is_tag:
            raise ApiError(409, "a tag attached to a release cannot be deleted directly")
        if self.model.tag_protected(repo, rel.tag_name, req.caller.user):
            raise ApiError(422, "user not allowed to delete protected tag")
        repo.tags.pop(rel.tag_name, None)
        self.model.releases.pop(rel.id, None)
        return self.empty(204)

    # -- downloads (web routes) -----------------------------------------------------------------
    def _web_caller(self, req: Request) -> None:
        try:
            self.authenticate(req)
        except ApiError:
            raise ApiError(401, "Unauthorized", kind="web") from None

    def download_by_uuid(self, req: Request) -> Response:
        self._web_caller(req)
        att = self.model.attachment_by_uuid(req.params["uuid"])
        if att is None:
            raise ApiError(404, kind="web")
        rel = self.model.releases.get(att.release_id)
        if rel is None or self.model.permission(rel.repo, req.caller.user) < PERM_READ:
            raise ApiError(404, kind="web")
        if "owner" in req.params and self.model.repo(req.params["owner"], req.params["repo"]) is not rel.repo:
            raise ApiError(404, kind="web")
        return self.serve_attachment(req, att)

    def download_by_name(self, req: Request) -> Response:
        self._web_caller(req)
        m = self.model
        repo = m.repo(req.params["owner"], req.params["repo"])
        if repo is None:
            raise ApiError(404, kind="web")
        perm = m.permission(repo, req.caller.user)
        if perm < PERM_READ:
            raise ApiError(404, kind="web")
        tag = req.params["tag"]
        rels = [r for r in m.repo_releases(repo) if r.tag_name == tag and not r.is_tag
                and (not r.is_draft or perm >= PERM_WRITE)]
        if not rels and tag == "latest":  # GitHub-compatible alias
            cands = [r for r in m.repo_releases(repo) if not (r.is_tag or r.is_draft or r.is_prerelease)]
            rels = [max(cands, key=lambda r: (r.created, r.id))] if cands else []
        if len(rels) != 1:
            raise ApiError(404, kind="web")
        hits = sorted((a for a in m.attachments.values()
                       if a.release_id == rels[0].id and a.name == req.params["name"]), key=lambda a: a.id)
        if not hits:
            raise ApiError(404, kind="web")
        return self.serve_attachment(req, hits[0])

    def serve_attachment(self, req: Request, att: Attachment) -> Response:
        att.download_count += 1
        return serve_file(req, att.path, att.name, etag=att.uuid)


def serve_file(req: Request, path: str, name: str, etag: str) -> Response:
    """http.ServeContent lite: single byte ranges, HEAD, Content-Disposition."""
    try:
        f = open(path, "rb")
    except FileNotFoundError:
        raise ApiError(404, kind="web") from None
    size = os.fstat(f.fileno()).st_size
    head = f.read(512)
    f.seek(0)
    ctype = sniff_content_type(head)
    headers = [("Accept-Ranges", "bytes"), ("ETag", f'"{etag}"'),
               ("Content-Disposition", f"attachment; filename=\"{name}\"; filename*=UTF-8''{quote(name)}"),
               ("Last-Modified", time.strftime("%a, %d %b %Y %H:%M:%S GMT", time.gmtime(os.path.getmtime(path))))]
    rng = req.header("Range")
    m = re.fullmatch(r"bytes=(\d*)-(\d*)", rng.strip()) if rng else None
    if m and (m.group(1) or m.group(2)):
        if m.group(1):
            start = int(m.group(1))
            end = min(int(m.group(2)), size - 1) if m.group(2) else size - 1
        else:
            n = int(m.group(2))
            start, end = max(size - n, 0), size - 1
        if start >= size or end < start:
            f.close()
            return Response(416, b"invalid range: failed to overlap\n", "text/plain; charset=utf-8",
                            [("Content-Range", f"bytes */{size}")])
        headers.append(("Content-Range", f"bytes {start}-{end}/{size}"))
        return Response(206, b"", ctype, headers, file=(f, start, end - start + 1))
    return Response(200, b"", ctype, headers, file=(f, 0, size))


# ----------------------------------------------------------------------------------------------
# GitHub API (same operations, GitHub's shapes; notes §6)
# ----------------------------------------------------------------------------------------------

GH_DOCS = "https://docs.github.com/rest"


class GithubApi(ApiBase):
    def __init__(self, app: "App"):
        super().__init__(app)
        r = self.router.add
        p = "/repos/{owner}/{repo}"
        r("GET", "/user", self.get_user)
        r("GET", p, self.get_repo, repo=True)
        r("GET", p + "/releases", self.list_releases, repo=True)
        r("POST", p + "/releases", self.create_release, repo=True, write=True)
        r("GET", p + "/releases/latest", self.latest_release, repo=True)
        r("GET", p + "/releases/tags/{tag}", self.release_by_tag, repo=True)
        r("GET", p + "/releases/assets/{aid}", self.get_asset, repo=True)
        r("PATCH", p + "/releases/assets/{aid}", self.edit_asset, repo=True, write=True)
        r("DELETE", p + "/releases/assets/{aid}", self.delete_asset, repo=True, write=True)
        r("GET", p + "/releases/{id}", self.get_release, repo=True)
        r("PATCH", p + "/releases/{id}", self.edit_release, repo=True, write=True)
        r("DELETE", p + "/releases/{id}", self.delete_release, repo=True, write=True)
        r("GET", p + "/releases/{id}/assets", self.list_assets, repo=True)
        r("POST", "/uploads/repos/{owner}/{repo}/releases/{id}/assets", self.upload_asset, repo=True,
          write=True, streams=True)
        r("GET", p + "/tags", self.list_tags, repo=True)
        r("GET", "/{owner}/{repo}/releases/download/{tag}/{name}", self.download_by_name)

    def error_response(self, e: ApiError, req: Request) -> Response:
        if e.kind == "raw":
            return Response(e.status, e.body, e.content_type or "text/plain", e.headers)
        body = {"message": e.message or {404: "Not Found"}.get(e.status, "Server Error")}
        body.update(e.extra)
        body.setdefault("documentation_url", GH_DOCS)
        body["status"] = str(e.status)
        return Response(e.status, json.dumps(body).encode(), "application/json; charset=utf-8", e.headers)

    def json(self, status: int, obj, headers=None) -> Response:
        return Response(status, json.dumps(obj).encode(), "application/json; charset=utf-8",
                        list(headers or []))

    @staticmethod
    def validation_failed(resource: str, code: str, fieldname: str) -> ApiError:
        return ApiError(422, "Validation Failed",
                        extra={"errors": [{"resource": resource, "code": code, "field": fieldname}]})

    def ts(self, t: Optional[int]) -> Optional[str]:
        return None if t is None else format_time(t, timezone.utc)

    def authenticate(self, req: Request) -> None:
        fields = req.header("Authorization").split()
        if len(fields) != 2:
            return
        scheme, cred = fields[0].lower(), fields[1]
        value = None
        if scheme in ("token", "bearer"):
            value = cred
        elif scheme == "basic":
            try:
                uname, _, passwd = base64.b64decode(cred, validate=True).decode().partition(":")
            except (binascii.Error, UnicodeDecodeError):
                raise ApiError(401, "Bad credentials") from None
            value = passwd or uname
        if value is not None:
            t = self.model.tokens.get(value)
            if t is None:
                raise ApiError(401, "Bad credentials")
            req.caller = Caller(t.user, t, "token")

    def dispatch(self, req: Request) -> Response:
        handler, params, opts = self.router.match(req.method, req.raw_path)
        if handler is None:
            raise ApiError(404, "Not Found")
        req.params = params
        self.authenticate(req)
        if opts.get("repo"):
            repo = self.model.repo(params["owner"], params["repo"])
            perm = PERM_NONE if repo is None else self.model.permission(repo, req.caller.user)
            if perm < PERM_READ:
                raise ApiError(404, "Not Found")
            if opts.get("write"):
                if req.caller.user is None:
                    raise ApiError(401, "Requires authentication")
                if perm < PERM_WRITE:
                    raise ApiError(403, "Must have push access to repository")
            return handler(req, repo, perm)
        return handler(req)

    def user_json(self, u: User, req: Request) -> dict:
        base = req.base_url
        return {"login": u.login, "id": u.id, "node_id": f"U_{u.id}", "avatar_url": f"{base}avatars/{u.id}",
                "url": f"{base}users/{u.login}", "html_url": f"{base}{u.login}", "type": "User",
                "site_admin": u.is_admin}

    def release_json(self, rel: Release, req: Request) -> dict:
        base = req.base_url
        api = f"{base}repos/{rel.repo.full_name}/releases/{rel.id}"
        return {
            "url": api, "assets_url": f"{api}/assets",
            "upload_url": f"{base}uploads/repos/{rel.repo.full_name}/releases/{rel.id}/assets{{?name,label}}",
            "html_url": f"{base}{rel.repo.full_name}/releases/tag/{go_path_escape_segments(rel.tag_name)}",
            "id": rel.id, "author": self.user_json(rel.publisher, req), "node_id": f"RE_{rel.id}",
            "tag_name": rel.tag_name, "target_commitish": rel.target, "name": rel.title,
            "draft": rel.is_draft, "prerelease": rel.is_prerelease,
            "created_at": self.ts(rel.created), "published_at": None if rel.is_draft else self.ts(rel.published),
            "assets": [self.asset_json(a, req) for a in sorted(
                (a for a in self.model.attachments.values() if a.release_id == rel.id), key=lambda a: a.id)],
            "tarball_url": f"{base}repos/{rel.repo.full_name}/tarball/{rel.tag_name}",
            "zipball_url": f"{base}repos/{rel.repo.full_name}/zipball/{rel.tag_name}",
            "body": rel.note,
        }

    def asset_json(self, a: Attachment, req: Request) -> dict:
        rel = self.model.releases[a.release_id]
        base = req.base_url
        return {
            "url": f"{base}repos/{rel.repo.full_name}/releases/assets/{a.id}",
            "id": a.id, "node_id": f"RA_{a.id}", "name": a.name, "label": a.label,
            "uploader": self.user_json(a.uploader or rel.publisher, req), "content_type": a.content_type,
            "state": "uploaded", "size": a.size, "download_count": a.download_count,
            "created_at": self.ts(a.created), "updated_at": self.ts(a.created),
            "digest": f"sha256:{self.model.sha256_of(a)}",
            "browser_download_url": f"{base}{rel.repo.full_name}/releases/download/"
                                    f"{go_path_escape(rel.tag_name)}/{go_path_escape(a.name)}",
        }

    def paginate(self, req: Request, items: list) -> tuple[list, list[tuple[str, str]]]:
        per_page = go_atoi(req.query_value("per_page")) or 30
        per_page = min(max(per_page, 1), 100)
        page = max(go_atoi(req.query_value("page")), 1)
        total = len(items)
        pages = max(-(-total // per_page), 1)

        def link(n: int, rel: str) -> str:
            pairs = [(k, v) for k, v in req.query if k != "page"] + [("page", str(n))]
            query = "&".join(f"{quote_plus(k)}={quote_plus(v)}" for k, v in pairs)
            return f'<{req.base_url}{req.raw_path[1:]}?{query}>; rel="{rel}"'

        links = []
        if page > 1:
            links.append(link(min(page - 1, pages), "prev"))
        if page < pages:
            links += [link(page + 1, "next"), link(pages, "last")]
        if page > 1:
            links.append(link(1, "first"))
        headers = [("Link", ", ".join(links))] if links else []
        return items[(page - 1) * per_page: page * per_page], headers

    def visible(self, rel: Release, perm: int) -> bool:
        return not rel.is_tag and (not rel.is_draft or perm >= PERM_WRITE)

    def release_of(self, repo: Repo, perm: int, rid: int) -> Release:
        rel = self.model.release_by_id(repo, rid)
        if rel is None or not self.visible(rel, perm):
            raise ApiError(404, "Not Found")
        return rel

    def get_user(self, req: Request) -> Response:
        if req.caller.user is None:
            raise ApiError(401, "Requires authentication")
        return self.json(200, self.user_json(req.caller.user, req))

    def get_repo(self, req: Request, repo: Repo, perm: int) -> Response:
        return self.json(200, {"id": repo.id, "node_id": f"R_{repo.id}", "name": repo.name,
                               "full_name": repo.full_name, "private": repo.private,
                               "owner": self.user_json(repo.owner, req),
                               "html_url": f"{req.base_url}{repo.full_name}",
                               "default_branch": repo.default_branch, "archived": repo.archived,
                               "permissions": {"admin": perm >= PERM_ADMIN, "maintain": perm >= PERM_ADMIN,
                                               "push": perm >= PERM_WRITE, "triage": perm >= PERM_WRITE,
                                               "pull": perm >= PERM_READ}})

    def list_releases(self, req: Request, repo: Repo, perm: int) -> Response:
        rels = [r for r in self.model.repo_releases(repo) if self.visible(r, perm)]
        rels.sort(key=lambda r: (r.created, r.id), reverse=True)
        window, headers = self.paginate(req, rels)
        return self.json(200, [self.release_json(r, req) for r in window], headers)

    def get_release(self, req: Request, repo: Repo, perm: int) -> Response:
        return self.json(200, self.release_json(self.release_of(repo, perm, go_atoi(req.params["id"])), req))

    def latest_release(self, req: Request, repo: Repo, perm: int) -> Response:
        rels = [r for r in self.model.repo_releases(repo) if not (r.is_tag or r.is_draft or r.is_prerelease)]
        if not rels:
            raise ApiError(404, "Not Found")
        return self.json(200, self.release_json(max(rels, key=lambda r: (r.published or 0, r.id)), req))

    def release_by_tag(self, req: Request, repo: Repo, perm: int) -> Response:
        # GitHub: exact tag, published releases only.
        for r in self.model.repo_releases(repo):
            if r.tag_name == req.params["tag"] and not r.is_tag and not r.is_draft:
                return self.json(200, self.release_json(r, req))
        raise ApiError(404, "Not Found")

    def _published_for(self, repo: Repo, tag: str, exclude: Optional[Release] = None) -> bool:
        return any(r.tag_name == tag and not r.is_tag and not r.is_draft and r is not exclude
                   for r in self.model.repo_releases(repo))

    def _ensure_tag(self, repo: Repo, rel: Release) -> None:
        if rel.tag_name in repo.tags:
            return
        sha = self.model.resolve_commit(repo, rel.target or repo.default_branch)
        if sha is None:
            raise self.validation_failed("Release", "invalid", "target_commitish")
        if not valid_tag_name(rel.tag_name):
            raise self.validation_failed("Release", "invalid", "tag_name")
        self.model.add_git_tag(repo, rel.tag_name, sha)

    def _body(self, req: Request) -> dict:
        raw = self.read_small_body(req)
        try:
            data = json.loads(raw) if raw.strip() else {}
        except ValueError:
            raise ApiError(400, "Problems parsing JSON") from None
        if not isinstance(data, dict):
            raise ApiError(400, "Problems parsing JSON")
        return data

    def create_release(self, req: Request, repo: Repo, perm: int) -> Response:
        data = self._body(req)
        tag = data.get("tag_name") or ""
        if not tag:
            raise self.validation_failed("Release", "missing_field", "tag_name")
        if repo.empty:
            raise ApiError(422, "Repository is empty.")
        draft = bool(data.get("draft", False))
        m = self.model
        if not draft and self._published_for(repo, tag):
            raise self.validation_failed("Release", "already_exists", "tag_name")
        rel = Release(id=0, repo=repo, tag_name=tag, target=data.get("target_commitish") or repo.default_branch,
                      title=data.get("name") or "", note=data.get("body") or "", is_draft=draft,
                      is_prerelease=bool(data.get("prerelease", False)), is_tag=False,
                      publisher=req.caller.user, created=m.now(), published=None if draft else m.now())
        if not draft:
            self._ensure_tag(repo, rel)
        rel.id = m.next_id("release")
        m.releases[rel.id] = rel
        headers = [("Location", f"{req.base_url}repos/{repo.full_name}/releases/{rel.id}")]
        return self.json(201, self.release_json(rel, req), headers)

    def edit_release(self, req: Request, repo: Repo, perm: int) -> Response:
        data = self._body(req)
        rel = self.release_of(repo, perm, go_atoi(req.params["id"]))
        for key, attr in (("tag_name", "tag_name"), ("target_commitish", "target"), ("name", "title"),
                          ("body", "note")):
            if isinstance(data.get(key), str):
                setattr(rel, attr, data[key])
        if isinstance(data.get("prerelease"), bool):
            rel.is_prerelease = data["prerelease"]
        if data.get("draft") is False and rel.is_draft:
            if self._published_for(repo, rel.tag_name, exclude=rel):
                raise self.validation_failed("Release", "already_exists", "tag_name")
            self._ensure_tag(repo, rel)
            rel.is_draft, rel.published = False, self.model.now()
        elif data.get("draft") is True:
            rel.is_draft = True
        return self.json(200, self.release_json(rel, req))

    def delete_release(self, req: Request, repo: Repo, perm: int) -> Response:
        rel = self.release_of(repo, perm, go_atoi(req.params["id"]))
        for a in self.model.release_assets(rel):
            self.model.delete_attachment(a)
        self.model.releases.pop(rel.id, None)   # the git tag stays
        return self.empty(204)

    def list_assets(self, req: Request, repo: Repo, perm: int) -> Response:
        rel = self.release_of(repo, perm, go_atoi(req.params["id"]))
        assets = sorted((a for a in self.model.attachments.values() if a.release_id == rel.id),
                        key=lambda a: a.id)
        window, headers = self.paginate(req, assets)
        return self.json(200, [self.asset_json(a, req) for a in window], headers)

    def asset_of(self, repo: Repo, perm: int, req: Request) -> Attachment:
        att = self.model.attachments.get(go_atoi(req.params["aid"]))
        rel = None if att is None else self.model.releases.get(att.release_id)
        if att is None or rel is None or rel.repo is not repo or not self.visible(rel, perm):
            raise ApiError(404, "Not Found")
        return att

    def get_asset(self, req: Request, repo: Repo, perm: int) -> Response:
        att = self.asset_of(repo, perm, req)
        if "application/octet-stream" in req.header("Accept"):
            url = self.asset_json(att, req)["browser_download_url"]
            return Response(302, b"", None, [("Location", url)])
        return self.json(200, self.asset_json(att, req))

    def edit_asset(self, req: Request, repo: Repo, perm: int) -> Response:
        data = self._body(req)
        att = self.asset_of(repo, perm, req)
        name = data.get("name")
        if isinstance(name, str) and name and name != att.name:
            if any(a.name == name and a.release_id == att.release_id for a in self.model.attachments.values()):
                raise self.validation_failed("ReleaseAsset", "already_exists", "name")
            att.name = name
        if isinstance(data.get("label"), str):
            att.label = data["label"]
        return self.json(200, self.asset_json(att, req))

    def delete_asset(self, req: Request, repo: Repo, perm: int) -> Response:
        self.model.delete_attachment(self.asset_of(repo, perm, req))
        return self.empty(204)

    @staticmethod
    def clean_name(name: str) -> str:
        """GitHub replaces unusual characters in asset names (guess: with '.')."""
        return re.sub(r"[^A-Za-z0-9._+\-]", ".", name)

    def upload_asset(self, req: Request, repo: Repo, perm: int) -> Response:
        m = self.model
        rel = self.release_of(repo, perm, go_atoi(req.params["id"]))
        raw_name = req.query_value("name")
        if not raw_name:
            raise self.validation_failed("ReleaseAsset", "missing_field", "name")
        name = self.clean_name(raw_name)
        if any(a.name == name and a.release_id == rel.id for a in m.attachments.values()):
            raise self.validation_failed("ReleaseAsset", "already_exists", "name")
        limit = m.settings.max_upload_size
        if limit is not None and req.body.declared_length is not None and req.body.declared_length > limit:
            raise ApiError(413, "Request Entity Too Large")
        tmp = m.temp_path()
        try:
            m.lock.release()
            try:
                with open(tmp, "wb", buffering=0) as f:
                    size = req.body.copy_to(f, limit)
            finally:
                m.lock.acquire()
            if req.body.limit_hit:
                raise ApiError(413, "Request Entity Too Large")
            rel = m.releases.get(rel.id)
            if rel is None:
                raise ApiError(404, "Not Found")
            if any(a.name == name and a.release_id == rel.id for a in m.attachments.values()):
                raise self.validation_failed("ReleaseAsset", "already_exists", "name")
            if size and self.app.faults.take_corrupt_upload(req.method, req.target):
                corrupt_one_byte(tmp, size)
            att = m.add_attachment(rel, name, tmp, size, req.caller.user,
                                   content_type=req.content_type or "application/octet-stream",
                                   label=req.query_value("label"))
        finally:
            if os.path.exists(tmp):
                os.unlink(tmp)
        if self.app.faults.take_drop_after_store(req.method, req.target):
            raise AbortConnection("drop_after_store")
        return self.json(201, self.asset_json(att, req))

    def list_tags(self, req: Request, repo: Repo, perm: int) -> Response:
        tags = sorted(repo.tags.values(), key=lambda t: (t.created, t.name), reverse=True)
        window, headers = self.paginate(req, tags)
        base = req.base_url
        api = f"{base}repos/{repo.full_name}"
        return self.json(200, [{"name": t.name, "zipball_url": f"{api}/zipball/refs/tags/{t.name}",
                                "tarball_url": f"{api}/tarball/refs/tags/{t.name}",
                                "commit": {"sha": t.commit_sha,
                                           "url": f"{base}repos/{repo.full_name}/commits/{t.commit_sha}"},
                                "node_id": f"REF_{t.name}"} for t in window], headers)

    def download_by_name(self, req: Request) -> Response:
        m = self.model
        repo = m.repo(req.params["owner"], req.params["repo"])
        if repo is None or m.permission(repo, req.caller.user) < PERM_READ:
            raise ApiError(404, "Not Found")
        for r in m.repo_releases(repo):
            if r.tag_name == req.params["tag"] and not r.is_tag:
                for a in m.release_assets(r):
                    if a.name == req.params["name"]:
                        a.download_count += 1
                        return serve_file(req, a.path, a.name, etag=a.uuid)
        raise ApiError(404, "Not Found")


# ----------------------------------------------------------------------------------------------
# Control API (/_control/*, no auth)
# ----------------------------------------------------------------------------------------------

class ControlApi:
    def __init__(self, app: "App"):
        self.app = app
        self.model = app.model

    def handle(self, req: Request) -> Response:
        path = req.raw_path
        body = b""
        if req.method in ("POST", "PUT", "DELETE"):
            body = req.body.read_all(MAX_SMALL_BODY) or b""
        try:
            data = json.loads(body) if body.strip() else {}
        except ValueError as e:
            return self.reply(400, {"error": f"bad JSON: {e}"})
        try:
            if path == "/_control/reset" and req.method == "POST":
                self.app.reset()
                if data:
                    return self.reply(200, self.seed(data))
                return self.reply(200, {"ok": True})
            if path == "/_control/seed" and req.method == "POST":
                return self.reply(200, self.seed(data))
            if path == "/_control/faults" and req.method == "POST":
                self.app.faults.configure(data, self.model)
                return self.reply(200, {"ok": True, "faults": self.app.faults.to_json()})
            if path == "/_control/faults" and req.method in ("DELETE", "GET"):
                if req.method == "DELETE":
                    self.app.faults.clear()
                return self.reply(200, {"faults": self.app.faults.to_json()})
            if path == "/_control/clock" and req.method == "POST":
                with self.model.lock:
                    if "advance_s" in data:
                        self.model.clock_offset += int(data["advance_s"])
                    if "set" in data:
                        self.model.clock_offset = parse_time(data["set"]) - int(time.time())
                    return self.reply(200, {"now": format_time(self.model.now(), timezone.utc)})
            if path == "/_control/state" and req.method == "GET":
                return self.reply(200, self.state(req))
        except (KeyError, ValueError, TypeError) as e:
            return self.reply(400, {"error": f"{type(e).__name__}: {e}"})
        return self.reply(404, {"error": f"no control endpoint {req.method} {path}"})

    @staticmethod
    def reply(status: int, obj) -> Response:
        return Response(status, json.dumps(obj, indent=1).encode() + b"\n", "application/json")

    # -- seed -----------------------------------------------------------------------------------
    def seed(self, data: dict) -> dict:
        m = self.model
        out: dict = {"users": {}, "repos": {}}
        with m.lock:
            if "settings" in data:
                st = dict(data["settings"])
                s = m.settings
                if "version" in st:
                    parse_version(st["version"])
                if "utc_offset" in st:
                    parse_utc_offset(st["utc_offset"])
                for key in ("version", "utc_offset", "attachments_enabled", "disable_query_auth_token",
                            "go_chunking", "drain_rejected_body", "max_upload_size"):
                    if key in st:
                        setattr(s, key, st[key])
                if "allowed_types" in st:
                    s.release_allowed_types = st["allowed_types"] or ""
                att = st.get("attachment", {})
                s.attachment_allowed_types = att.get("allowed_types", s.attachment_allowed_types)
                s.attachment_max_size_mb = int(att.get("max_size", s.attachment_max_size_mb))
                s.attachment_max_files = int(att.get("max_files", s.attachment_max_files))
            for u in data.get("users", []):
                user = m.add_user(u["login"], full_name=u.get("full_name", ""),
                                  email=u.get("email", ""), password=u.get("password"),
                                  is_admin=bool(u.get("is_admin", False)))
                tokens = []
                for i, t in enumerate(u.get("tokens", [])):
                    t = {"token": t} if isinstance(t, str) else dict(t)
                    value = t.get("token") or secrets.token_hex(20)
                    m.add_token(user, value, t.get("scopes", ["all"]), t.get("name", ""))
                    tokens.append(value)
                out["users"][user.login] = {"id": user.id, "tokens": tokens}
            for r in data.get("repos", []):
                out["repos"].update(self.seed_repo(r))
        return out

    def seed_repo(self, r: dict) -> dict:
        m = self.model
        owner = m.user(r["owner"]) or m.add_user(r["owner"])
        key = f"{owner.login}/{r['name']}".lower()
        repo = m.repos.get(key)
        if repo is None:
            repo = Repo(id=m.next_id("repo"), owner=owner, name=r["name"], created=m.now())
            m.repos[key] = repo
        for attr in ("private", "empty", "archived", "default_branch", "description", "releases_enabled", "actions_enabled"):
            if attr in r:
                setattr(repo, attr, r[attr])
        for c in r.get("commits", []):
            m.add_commit(repo, c.get("sha"), c.get("message", "commit\n"),
                         parse_time(c["created_at"]) if "created_at" in c else None)
        branches = r.get("branches", {})
        if isinstance(branches, list):
            branches = {b["name"]: b.get("sha") for b in branches}
        for name, sha in branches.items():
            repo.branches[name] = m.add_commit(repo, sha)
        if not repo.empty and repo.default_branch not in repo.branches:
            repo.branches[repo.default_branch] = m.add_commit(repo)
        for login, perm in r.get("collaborators", {}).items():
            m.user(login) or m.add_user(login)
            repo.collaborators[login.lower()] = PERM_NAMES[perm]
        for p in r.get("protected_tags", []):
            p = {"pattern": p} if isinstance(p, str) else p
            repo.protected_tags.append((p["pattern"], [a.lower() for a in p.get("allowed", [])]))
        for t in r.get("tags", []):
            self.seed_tag(repo, t)
        created_releases = []
        for rel in r.get("releases", []):
            created_releases.append(self.seed_release(repo, rel))
        gen = r.get("generate_releases")
        if gen:
            base = m.now() - int(gen.get("count", 0)) - 10
            for i in range(int(gen.get("count", 0))):
                num = int(gen.get("start", 1)) + i
                created_releases.append(self.seed_release(repo, {
                    "tag_name": f"{gen.get('prefix', 'v0.0.')}{num}", "name": f"Release {num}",
                    "body": f"Notes {num}", "author": gen.get("author", owner.login),
                    "prerelease": bool(gen.get("prerelease_every") and num % int(gen["prerelease_every"]) == 0),
                    "draft": bool(gen.get("draft_every") and num % int(gen["draft_every"]) == 0),
                    "created_ts": base + i}))
        return {repo.full_name: {"id": repo.id, "releases": created_releases,
                                 "branches": dict(repo.branches)}}

    def seed_tag(self, repo: Repo, t: dict) -> GitTag:
        m = self.model
        target = t.get("target") or repo.default_branch
        sha = m.resolve_commit(repo, target) or m.add_commit(
            repo, target if re.fullmatch(r"[0-9a-f]{40}", target) else None)
        created = parse_time(t["created_at"]) if "created_at" in t else None
        tag = m.add_git_tag(repo, t["name"], sha, t.get("message") or None, created)
        if m.release_by_tag(repo, t["name"]) is None:   # a pushed tag gets a tag-only row
            m.new_release(repo, tag_name=t["name"], target="", title="", note="", is_draft=False,
                          is_prerelease=False, is_tag=True, publisher=repo.owner, created=tag.created)
        return tag

    def seed_release(self, repo: Repo, spec: dict) -> dict:
        m = self.model
        tag = spec["tag_name"]
        author = m.user(spec.get("author", repo.owner.login)) or m.add_user(spec["author"])
        created = spec.get("created_ts") or (parse_time(spec["created_at"]) if "created_at" in spec else m.now())
        draft = bool(spec.get("draft", False))
        tag_only = bool(spec.get("tag_only", False))
        target = spec.get("target_commitish", repo.default_branch)
        if not draft and spec.get("git_tag", True) and tag not in repo.tags:
            sha = m.resolve_commit(repo, target) or m.add_commit(repo)
            m.add_git_tag(repo, tag, sha, spec.get("tag_message") or None, created)
        rel = m.release_by_tag(repo, tag)
        fields = dict(tag_name=tag, target=target, title=spec.get("name", ""), note=spec.get("body", ""),
                      is_draft=draft, is_prerelease=bool(spec.get("prerelease", False)), is_tag=tag_only,
                      publisher=author, created=created, published=None if draft else created)
        if rel is None:
            rel = m.new_release(repo, **fields)
        else:
            for k, v in fields.items():
                setattr(rel, k, v)
        assets = []
        for a in spec.get("assets", []):
            assets.append(self.seed_asset(rel, a))
        return {"id": rel.id, "tag_name": rel.tag_name, "assets": assets}

    def seed_asset(self, rel: Release, a: dict) -> dict:
        """Bytes from 'content' (text), 'content_b64', or 'size' (a deterministic pattern);
        'reported_size' plants a size mismatch between metadata and stored bytes."""
        m = self.model
        tmp = m.temp_path()
        with open(tmp, "wb") as f:
            if "content_b64" in a:
                f.write(base64.b64decode(a["content_b64"]))
            elif "content" in a:
                f.write(a["content"].encode())
            else:
                size = int(a.get("size", 0))
                pattern = (hashlib.sha256(a["name"].encode()).hexdigest().encode() * 2048)[:CHUNK]
                while size > 0:
                    f.write(pattern[:min(size, len(pattern))])
                    size -= min(size, len(pattern))
        actual = os.path.getsize(tmp)
        att = m.add_attachment(rel, a["name"], tmp, int(a.get("reported_size", actual)), rel.publisher,
                               uuid=a.get("uuid"), created=parse_time(a["created_at"]) if "created_at" in a else None,
                               content_type=a.get("content_type", "application/octet-stream"))
        att.download_count = int(a.get("download_count", 0))
        return {"id": att.id, "name": att.name, "uuid": att.uuid, "size": att.size, "stored_size": actual}

    # -- state dump -----------------------------------------------------------------------------
    def state(self, req: Request) -> dict:
        m = self.model
        since = go_atoi(req.query_value("log_since"))
        with m.lock:
            s = m.settings
            repos = {}
            for repo in m.repos.values():
                rels = []
                for r in sorted(m.repo_releases(repo), key=lambda r: r.id):
                    rels.append({
                        "id": r.id, "tag_name": r.tag_name, "target": r.target, "name": r.title,
                        "body": r.note, "draft": r.is_draft, "prerelease": r.is_prerelease,
                        "is_tag": r.is_tag, "author": r.publisher.login if r.publisher else None,
                        "created_at": format_time(r.created, timezone.utc),
                        "assets": [{"id": a.id, "uuid": a.uuid, "name": a.name, "size": a.size,
                                    "stored_size": os.path.getsize(a.path) if os.path.exists(a.path) else None,
                                    "sha256": m.sha256_of(a), "download_count": a.download_count,
                                    "uploader": a.uploader.login if a.uploader else None,
                                    "created_at": format_time(a.created, timezone.utc)}
                                   for a in sorted((a for a in m.attachments.values() if a.release_id == r.id),
                                                   key=lambda a: a.id)]})
                repos[repo.full_name] = {
                    "id": repo.id, "private": repo.private, "empty": repo.empty, "archived": repo.archived,
                    "default_branch": repo.default_branch, "branches": repo.branches,
                    "tags": {t.name: {"commit": t.commit_sha, "annotated": t.message is not None}
                             for t in repo.tags.values()},
                    "collaborators": {k: [n for n, v in PERM_NAMES.items() if v == p][0]
                                      for k, p in repo.collaborators.items()},
                    "releases": rels}
            out = {
                "mode": self.app.mode, "now": format_time(m.now(), timezone.utc),
                "settings": {k: getattr(s, k) for k in vars(s)},
                "users": {u.login: {"id": u.id, "is_admin": u.is_admin,
                                    "tokens": [{"name": t.name, "scopes": t.scopes} for t in u.tokens]}
                          for u in m.users.values()},
                "repos": repos, "faults": self.app.faults.to_json(),
            }
        with self.app.log_lock:
            out["requests"] = [e for e in self.app.request_log if e["seq"] > since]
        return out


# ----------------------------------------------------------------------------------------------
# Application glue: request pipeline, response writing, connection faults
# ----------------------------------------------------------------------------------------------

_TOKEN_QUERY = re.compile(r"((?:^|[?&])(?:token|access_token)=)[^&]*")


def redact_target(target: str) -> str:
    return _TOKEN_QUERY.sub(r"\1REDACTED", target)


def redact_auth(value: str) -> Optional[str]:
    if not value:
        return None
    fields = value.split()
    return f"{fields[0]} REDACTED" if len(fields) > 1 else "REDACTED"


class App:
    def __init__(self, mode: str, data_dir: str, settings: Settings, verbose: bool = False):
        self.mode = mode
        self.model = Model(data_dir, settings)
        self.faults = Faults()
        self.verbose = verbose
        self.request_log: list[dict] = []
        self.log_lock = threading.Lock()
        self.seq = 0
        self.control = ControlApi(self)
        self.api: ApiBase = GiteaApi(self) if mode == "gitea" else GithubApi(self)

    def reset(self) -> None:
        self.model.reset()
        self.faults.clear()
        with self.log_lock:
            self.request_log.clear()

    def base_url(self, h: BaseHTTPRequestHandler) -> str:
        host, port = h.server.server_address[:2]
        return f"http://{host}:{port}/"

    # -- the request pipeline -------------------------------------------------------------------
    def handle(self, h: "Handler") -> None:
        t0 = time.monotonic()
        method, target = h.command, h.path
        te = (h.headers.get("Transfer-Encoding") or "").lower()
        cl = h.headers.get("Content-Length")
        try:
            if te and te != "identity":
                if te.split(",")[-1].strip() != "chunked":
                    raise BadFraming("unsupported transfer encoding")
                length, chunked = None, True
            else:
                if cl is not None and not re.fullmatch(r"\d+", cl.strip()):
                    raise BadFraming("bad Content-Length")
                length, chunked = (int(cl) if cl is not None else 0), False
        except BadFraming as e:
            self._bad_request(h, str(e))
            return
        expect = (h.headers.get("Expect") or "").lower() == "100-continue"
        body = BodyReader(h, length, chunked, expect)
        req = Request(method, target, h.headers, body, self.base_url(h))
        is_control = req.raw_path.startswith("/_control/")
        entry = {"seq": 0, "conn": h.conn_id, "method": method, "path": redact_target(target),
                 "status": None, "authorization": redact_auth(req.header("Authorization")),
                 "content_type": req.content_type or None, "content_length": length,
                 "chunked": chunked, "body_bytes": 0, "fault": None, "duration_ms": 0}
        req.log = entry
        if not is_control:
            with self.log_lock:
                self.seq += 1
                entry["seq"] = self.seq
                self.request_log.append(entry)
                if len(self.request_log) > MAX_LOG_ENTRIES:   # long soak tests: keep the newest
                    del self.request_log[:len(self.request_log) - MAX_LOG_ENTRIES]
            reset_at = self.faults.take_reset_after(method, target) if body.has_body else None
            if reset_at is not None:
                body.reset_after = reset_at
            body.rate_bps = self.faults.rate_for(method, target) if body.has_body else None
        try:
            resp = self.process(req, is_control)
            entry["status"] = resp.status
            self.write_response(h, req, resp)
        except AbortConnection as e:
            entry["fault"] = e.reason
            entry["status"] = 0
            self.reset_connection(h)
        except ClientGone:
            entry["status"] = 499
            entry["fault"] = "client closed connection"
            h.close_connection = True
        except BadFraming as e:
            entry["status"] = 400
            self._bad_request(h, str(e))
        except (BrokenPipeError, ConnectionResetError):
            h.close_connection = True
        finally:
            entry["body_bytes"] = body.consumed
            entry["duration_ms"] = int((time.monotonic() - t0) * 1000)
            if self.verbose:
                sys.stderr.write(f"{entry['method']} {entry['path']} -> {entry['status']} "
                                 f"({entry['body_bytes']} B in, {entry['duration_ms']} ms)\n")

    def process(self, req: Request, is_control: bool) -> Response:
        if is_control:
            return self.control.handle(req)
        fault = self.faults.count_failure(req.method, req.target)
        if fault is not None and fault["when"] == "before":
            req.log["fault"] = f"fail_nth_request {fault['status']}"
            if fault["status"] == 0:
                raise AbortConnection("fail_nth_request reset")
            return self.fault_response(fault, req)
        api = self.api
        try:
            with self.model.lock:
                # Go's ParseForm (run by the token parser) consumes urlencoded bodies up to 10 MiB.
                if req.method in ("POST", "PUT", "PATCH") and \
                        "application/x-www-form-urlencoded" in req.content_type.lower():
                    raw = req.body.read(GO_MAX_FORM_SIZE + 1)
                    if len(raw) <= GO_MAX_FORM_SIZE:
                        req.form = parse_qsl(raw.decode("latin-1"), keep_blank_values=True)
                resp = api.dispatch(req)
        except ApiError as e:
            resp = api.error_response(e, req)
        if fault is not None:   # when == "after": the request took effect, the reply is lost
            req.log["fault"] = f"fail_nth_request {fault['status']} after processing"
            if resp.file:
                resp.file[0].close()
            if fault["status"] == 0:
                raise AbortConnection("fail_nth_request reset after processing")
            return self.fault_response(fault, req)
        return resp

    def fault_response(self, fault: dict, req: Request) -> Response:
        if fault.get("body") is not None:
            return Response(fault["status"], fault["body"].encode(), fault.get("content_type") or "text/plain")
        e = ApiError(fault["status"], fault.get("message", ""))
        if fault["status"] == 500:
            e.message = fault.get("message", "")
            return Response(500, go_json({"message": e.message, "url": f"{req.base_url}api/swagger"}),
                            "application/json;charset=utf-8")
        return self.api.error_response(e, req)

    # -- writing the response -------------------------------------------------------------------
    def write_response(self, h: "Handler", req: Request, resp: Response) -> None:
        delay = self.faults.delay_for(req.method, req.target) if not req.raw_path.startswith("/_control/") else 0
        if delay:
            time.sleep(delay / 1000)
            req.log["fault"] = req.log["fault"] or f"delay {delay} ms"
        body = req.body
        close, linger = resp.close or h.close_connection, False
        if not body.eof:
            if self.model.settings.drain_rejected_body and not (body.expect_continue and not body.continue_sent):
                body.discard(None)
            elif body.expect_continue and not body.continue_sent:
                close = True     # client never sent the body; the connection cannot be reused
            elif body.limit_hit:
                close = linger = True
            elif not body.discard(GO_DISCARD_LIMIT):
                close = linger = True
        head_only = req.method == "HEAD"
        length = resp.file[2] if resp.file else len(resp.body)
        chunked = (self.model.settings.go_chunking and not resp.file and length > GO_CHUNKING_THRESHOLD
                   and resp.status not in (204, 304) and not req.raw_path.startswith("/_control/"))
        lines = [f"HTTP/1.1 {resp.status} {h.responses.get(resp.status, ('',))[0]}",
                 f"Date: {h.date_time_string()}"]
        if resp.content_type:
            lines.append(f"Content-Type: {resp.content_type}")
        for k, v in resp.headers:
            lines.append(f"{k}: {v}")
        if resp.status not in (204, 304) and not (100 <= resp.status < 200):
            lines.append("Transfer-Encoding: chunked" if chunked else f"Content-Length: {length}")
        if close:
            lines.append("Connection: close")
        payload = ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")
        if not head_only and not resp.file and resp.status != 204:
            if chunked:
                payload += f"{len(resp.body):x}\r\n".encode() + resp.body + b"\r\n0\r\n\r\n"
            else:
                payload += resp.body
        try:
            h.wfile.write(payload)
            if resp.file and not head_only:
                f, offset, count = resp.file
                if count:
                    h.connection.sendfile(f, offset, count)
        finally:
            if resp.file:
                resp.file[0].close()
        if close:
            h.close_connection = True
        if linger:
            # net/http closeWriteAndWait: half-close, wait, then close (an RST follows if the
            # client is still sending).
            try:
                h.connection.shutdown(socket.SHUT_WR)
            except OSError:
                pass
            time.sleep(GO_RST_AVOIDANCE_DELAY)

    @staticmethod
    def reset_connection(h: "Handler") -> None:
        """Close with SO_LINGER 0 so the peer gets an RST, not a FIN."""
        h.close_connection = True
        try:
            h.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        except OSError:
            pass
        # rfile (makefile) holds a reference; the fd only really closes when both are closed.
        try:
            h.rfile.close()
        except OSError:
            pass
        try:
            h.connection.close()
        except OSError:
            pass

    @staticmethod
    def _bad_request(h: "Handler", why: str) -> None:
        h.close_connection = True
        msg = f"400 Bad Request: {why}".encode()
        try:
            h.wfile.write(b"HTTP/1.1 400 Bad Request\r\nContent-Type: text/plain; charset=utf-8\r\n"
                          b"Connection: close\r\nContent-Length: " + str(len(msg)).encode() + b"\r\n\r\n" + msg)
        except OSError:
            pass


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "gitea-test-server"
    sys_version = ""

    def setup(self) -> None:
        super().setup()
        self.conn_id = self.server.next_conn_id()  # type: ignore[attr-defined]

    def handle_expect_100(self) -> bool:
        return True   # sent lazily by BodyReader on the first body read, as net/http does

    def log_message(self, fmt: str, *args) -> None:
        pass

    def do_ANY(self) -> None:
        self.server.app.handle(self)  # type: ignore[attr-defined]

    do_GET = do_HEAD = do_POST = do_PUT = do_PATCH = do_DELETE = do_OPTIONS = do_ANY


class Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 64

    def __init__(self, addr, app: App):
        super().__init__(addr, Handler)
        self.app = app
        self._conn_lock = threading.Lock()
        self._conn_seq = 0

    def next_conn_id(self) -> int:
        with self._conn_lock:
            self._conn_seq += 1
            return self._conn_seq

    def handle_error(self, request, client_address) -> None:
        exc = sys.exc_info()[1]
        if isinstance(exc, (ConnectionError, OSError, ValueError)):
            return   # peers going away mid-request are part of the tests
        super().handle_error(request, client_address)


def main(argv: Optional[list[str]] = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--mode", choices=("gitea", "github"), default="gitea")
    ap.add_argument("--version", default=DEFAULT_VERSION, help="Gitea version to emulate (default %(default)s)")
    ap.add_argument("--data-dir", help="where asset bytes are stored (default: a temp dir removed at exit)")
    ap.add_argument("--host", default="127.0.0.1")
    ap.add_argument("--port", type=int, default=0)
    ap.add_argument("--utc-offset", default="Z", help="timezone of emitted times, e.g. +08:00")
    ap.add_argument("--no-stdin-watch", action="store_true", help="do not exit when stdin reaches EOF")
    ap.add_argument("--verbose", action="store_true", help="log requests to stderr")
    args = ap.parse_args(argv)
    parse_version(args.version)
    parse_utc_offset(args.utc_offset)

    own_dir = args.data_dir is None
    data_dir = tempfile.mkdtemp(prefix="gitea-test-server-") if own_dir else os.path.abspath(args.data_dir)
    os.makedirs(data_dir, exist_ok=True)
    settings = Settings(version=args.version, utc_offset=args.utc_offset)
    app = App(args.mode, data_dir, settings, verbose=args.verbose)
    server = Server((args.host, args.port), app)

    def stop(*_):
        threading.Thread(target=server.shutdown, daemon=True).start()

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    if not args.no_stdin_watch:
        def watch_stdin():
            try:
                while sys.stdin.buffer.read1(65536):
                    pass
            except (OSError, ValueError):
                pass
            stop()
        threading.Thread(target=watch_stdin, daemon=True).start()

    host, port = server.server_address[:2]
    print(f"READY http://{host}:{port}", flush=True)
    try:
        server.serve_forever(poll_interval=0.2)
    finally:
        server.server_close()
        if own_dir:
            shutil.rmtree(data_dir, ignore_errors=True)
        else:
            shutil.rmtree(os.path.join(data_dir, "tmp"), ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
