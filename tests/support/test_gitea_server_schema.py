#!/usr/bin/env python3
"""Checks gitea_test_server.py against Gitea's swagger and the documented quirks.

    /usr/bin/python3 tests/support/test_gitea_server_schema.py [--swagger PATH] [-v]

Starts the server (Gitea mode, then GitHub mode) as a subprocess, drives every endpoint in
success and error cases, and validates every JSON response body against the swagger 2.0
definitions (converted to JSON Schema draft 4; error bodies against APIError).  The core
definitions are checked *strictly*: every documented property must be present (Gitea's Go
structs have no omitempty on them) and no undocumented property may appear.

Exit status 0 when everything passed; otherwise 1 with a diff for each failure.
Needs python3-jsonschema (Debian package; 4.10 is fine).
"""
from __future__ import annotations

import argparse
import base64
import copy
import difflib
import http.client
import json
import os
import re
import socket
import subprocess
import sys
import threading
import time
from typing import Optional
from urllib.parse import urlsplit

try:
    import jsonschema
except ImportError:  # pragma: no cover
    sys.exit("test_gitea_server_schema: python3-jsonschema is not installed")

HERE = os.path.dirname(os.path.abspath(__file__))
REPO_ROOT = os.path.dirname(os.path.dirname(HERE))
SERVER = os.path.join(HERE, "gitea_test_server.py")
DEFAULT_SWAGGER = os.path.normpath(os.path.join(REPO_ROOT, "..", "shared", "reference",
                                                "gitea-swagger-v1.resolved.json"))

# Definitions checked strictly: all properties required, nothing extra.  The tuple lists the
# properties Gitea omits (omitempty pointers) and which are therefore optional.
STRICT = {
    "Release": (), "Attachment": (), "User": (), "Tag": (), "CommitMeta": (), "ServerVersion": (),
    "Permission": (), "GeneralAttachmentSettings": (), "APIError": (), "InternalTracker": (),
    "Repository": ("parent", "repo_transfer", "external_tracker", "external_wiki"),
}
RFC3339_SECONDS = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(Z|[+-]\d{2}:\d{2})$")


# ----------------------------------------------------------------------------------------------
# Swagger -> JSON Schema
# ----------------------------------------------------------------------------------------------

class Swagger:
    def __init__(self, path: str):
        with open(path, encoding="utf-8") as f:
            self.doc = json.load(f)
        if self.doc.get("swagger") != "2.0":
            raise SystemExit(f"{path}: not a swagger 2.0 document")
        self.path = path
        self.definitions = self.doc["definitions"]
        self.ref_count, self.bad_refs = self._check_refs(self.doc)
        loose = {k: self._convert(v) for k, v in self.definitions.items()}
        strict = copy.deepcopy(loose)
        for name, optional in STRICT.items():
            d = strict[name]
            d["required"] = sorted(p for p in d.get("properties", {}) if p not in optional)
            d["additionalProperties"] = False
        self.defs = {"strict": strict, "loose": loose}
        self.format_checker = self._format_checker()
        self._validators: dict = {}
        self.ops = self._operations()

    @staticmethod
    def _check_refs(doc) -> tuple[int, list[str]]:
        """The 'resolved' file still contains local $refs (only the template placeholders were
        resolved); make sure each one points at an existing definition."""
        count, bad = 0, []

        def walk(node):
            nonlocal count
            if isinstance(node, dict):
                ref = node.get("$ref")
                if isinstance(ref, str):
                    count += 1
                    parts = ref.split("/")
                    if len(parts) != 3 or parts[0] != "#" or parts[2] not in doc.get(parts[1], {}):
                        bad.append(ref)
                for v in node.values():
                    walk(v)
            elif isinstance(node, list):
                for v in node:
                    walk(v)
        walk(doc)
        return count, bad

    @classmethod
    def _convert(cls, node):
        """Swagger 2.0 schema object -> JSON Schema draft 4: drop vendor extensions and
        swagger-only keywords, map x-nullable, keep 'format' (checked by our FormatChecker)."""
        if isinstance(node, list):
            return [cls._convert(v) for v in node]
        if not isinstance(node, dict):
            return node
        out = {}
        for k, v in node.items():
            if k.startswith("x-") or k in ("example", "discriminator", "readOnly", "xml", "externalDocs"):
                continue
            if k == "type" and v == "file":
                continue
            if k in ("properties", "definitions"):
                out[k] = {pk: cls._convert(pv) for pk, pv in v.items()}
            else:
                out[k] = cls._convert(v)
        if node.get("x-nullable") and "type" in out:
            out["type"] = [out["type"], "null"] if isinstance(out["type"], str) else out["type"] + ["null"]
        return out

    @staticmethod
    def _format_checker():
        fc = jsonschema.FormatChecker(formats=())

        @fc.checks("date-time")
        def date_time(v):  # Gitea: RFC 3339, second precision
            return not isinstance(v, str) or bool(RFC3339_SECONDS.match(v))

        @fc.checks("int64")
        def int64(v):
            return not isinstance(v, int) or -(1 << 63) <= v < (1 << 63)

        @fc.checks("int32")
        def int32(v):
            return not isinstance(v, int) or -(1 << 31) <= v < (1 << 31)

        @fc.checks("email")
        def email(v):
            return not isinstance(v, str) or "@" in v
        return fc

    def validate(self, instance, name: str, array: bool = False, strict: bool = True) -> list[str]:
        key = (name, array, strict)
        v = self._validators.get(key)
        if v is None:
            ref = {"$ref": f"#/definitions/{name}"}
            schema = {"definitions": self.defs["strict" if strict else "loose"],
                      **({"type": "array", "items": ref} if array else ref)}
            v = jsonschema.Draft4Validator(schema, format_checker=self.format_checker)
            self._validators[key] = v
        return [f"{'/'.join(map(str, e.absolute_path)) or '<root>'}: {e.message}"
                for e in sorted(v.iter_errors(instance), key=lambda e: list(map(str, e.absolute_path)))]

    def _operations(self):
        ops = []
        for p, item in self.doc["paths"].items():
            rx = "^/api/v1" + re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(p)) + "$"
            rx = rx.replace("/tags/[^/]+$", "/tags/.+$")  # /tags/* takes slashes
            for method, op in item.items():
                if method != "parameters":
                    ops.append((p.count("{"), re.compile(rx), method.upper(), p, op))
        ops.sort(key=lambda o: o[0])
        return ops

    def documented_statuses(self, method: str, path: str):
        for _, rx, m, template, op in self.ops:
            if m == method and rx.match(path):
                return template, set(op.get("responses", {}))
        return None, None


# ----------------------------------------------------------------------------------------------
# Server process and HTTP client
# ----------------------------------------------------------------------------------------------

class ServerProcess:
    def __init__(self, *args: str):
        self.proc = subprocess.Popen([sys.executable, SERVER, *args], stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        line = self.proc.stdout.readline().decode().strip()
        if not line.startswith("READY "):
            err = self.proc.stderr.read().decode()
            raise SystemExit(f"server did not start: {line!r}\n{err}")
        self.url = line.split()[1]
        u = urlsplit(self.url)
        self.host, self.port = u.hostname, u.port
        self.base = self.url + "/"

    def control(self, path: str, obj=None, method: str = "POST"):
        c = http.client.HTTPConnection(self.host, self.port, timeout=30)
        body = None if obj is None else json.dumps(obj).encode()
        c.request(method, "/_control/" + path, body=body, headers={"Content-Type": "application/json"})
        r = c.getresponse()
        data = r.read()
        c.close()
        if r.status != 200:
            raise SystemExit(f"control {path} failed: {r.status} {data!r}")
        return json.loads(data)

    def stop(self) -> None:
        try:
            self.proc.stdin.close()          # the server exits on stdin EOF
            self.proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self.proc.terminate()
            self.proc.wait(timeout=5)


class Resp:
    def __init__(self, status: int, headers, body: bytes):
        self.status, self.headers, self.body = status, headers, body
        self.json = None
        ctype = headers.get("Content-Type", "")
        if "json" in ctype and body.strip():
            self.json = json.loads(body)

    def header(self, name: str) -> Optional[str]:
        return self.headers.get(name)


class Client:
    """Keep-alive client (one connection, reopened when the server closes it)."""

    def __init__(self, server: ServerProcess):
        self.server = server
        self.conn: Optional[http.client.HTTPConnection] = None

    def request(self, method: str, path: str, body=None, headers=None) -> Resp:
        headers = dict(headers or {})
        for attempt in range(2):
            if self.conn is None:
                self.conn = http.client.HTTPConnection(self.server.host, self.server.port, timeout=30)
            try:
                self.conn.request(method, path, body=body, headers=headers)
                r = self.conn.getresponse()
                data = r.read()
                resp = Resp(r.status, r.headers, data)
                if r.will_close:
                    self.conn.close()
                    self.conn = None
                return resp
            except (ConnectionError, http.client.RemoteDisconnected, BrokenPipeError):
                self.conn.close()
                self.conn = None
                if attempt:
                    raise
        raise AssertionError("unreachable")


def multipart(fields: list[tuple[str, Optional[str], bytes]], boundary: str = "XyZzy0123boundary") -> tuple[bytes, str]:
    out = b""
    for name, filename, data in fields:
        disp = f'form-data; name="{name}"' + (f'; filename="{filename}"' if filename is not None else "")
        out += f"--{boundary}\r\nContent-Disposition: {disp}\r\n".encode()
        if filename is not None:
            out += b"Content-Type: application/octet-stream\r\n"
        out += b"\r\n" + data + b"\r\n"
    out += f"--{boundary}--\r\n".encode()
    return out, f"multipart/form-data; boundary={boundary}"


def basic(user: str, password: str) -> str:
    return "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()


# ----------------------------------------------------------------------------------------------
# Test bookkeeping
# ----------------------------------------------------------------------------------------------

class Suite:
    def __init__(self, swagger: Swagger, verbose: bool):
        self.sw = swagger
        self.verbose = verbose
        self.passed = 0
        self.failures: list[str] = []
        self.validated: dict[str, int] = {}
        self.undocumented: set[tuple[str, str, int]] = set()
        self.section_name = ""

    def section(self, name: str) -> None:
        self.section_name = name
        print(f"== {name}")

    def check(self, cond: bool, what: str, detail: str = "") -> bool:
        if cond:
            self.passed += 1
            if self.verbose:
                print(f"   ok  {what}")
        else:
            self.failures.append(f"[{self.section_name}] {what}" + (f"\n{detail}" if detail else ""))
            print(f"   FAIL {what}" + (f"\n{detail}" if detail else ""))
        return cond

    def eq(self, actual, expected, what: str) -> bool:
        if actual == expected:
            return self.check(True, what)
        a = json.dumps(actual, indent=1, sort_keys=True, default=str).splitlines()
        e = json.dumps(expected, indent=1, sort_keys=True, default=str).splitlines()
        diff = "\n".join(difflib.unified_diff(e, a, "expected", "actual", lineterm=""))
        return self.check(False, what, diff)

    def validate(self, instance, name: str, what: str, array: bool = False, strict: bool = True) -> None:
        errs = self.sw.validate(instance, name, array, strict)
        label = f"{'[]' if array else ''}{name}{'' if strict else ' (loose)'}"
        self.validated[label] = self.validated.get(label, 0) + 1
        self.check(not errs, f"{what}: body matches {label}", "\n".join("     " + e for e in errs[:20]))


class GiteaChecks:
    """Drives the Gitea-mode server."""

    def __init__(self, suite: Suite, srv: ServerProcess):
        self.t = suite
        self.srv = srv
        self.c = Client(srv)
        self.base = srv.base

    # -- the one request helper: status, content type, schema of every body -------------------
    def call(self, method: str, path: str, expect: int, schema: Optional[str] = None, *,
             array: bool = False, message: Optional[str] = None, token: Optional[str] = None,
             auth: Optional[str] = None, json_body=None, body: Optional[bytes] = None,
             ctype: Optional[str] = None, headers: Optional[dict] = None, strict_error: bool = True,
             what: str = "") -> Resp:
        h = dict(headers or {})
        if token:
            h["Authorization"] = f"token {token}"
        if auth:
            h["Authorization"] = auth
        if json_body is not None:
            body = json.dumps(json_body).encode()
            h.setdefault("Content-Type", "application/json")
        if ctype is not None:
            h["Content-Type"] = ctype
        r = self.c.request(method, path, body=body, headers=h)
        label = what or f"{method} {path.split('?')[0] if len(path) > 70 else path}"
        self.t.eq(r.status, expect, f"{label} -> {expect}")
        api_path = path.split("?")[0]
        if api_path.startswith("/api/v1/"):
            template, documented = self.t.sw.documented_statuses(method, api_path)
            if documented is not None and str(r.status) not in documented and r.status not in (401, 403, 500):
                self.t.undocumented.add((method, template, r.status))
        if r.status == 204:
            self.t.check(r.body == b"", f"{label}: 204 has no body")
            return r
        if api_path.startswith("/api/v1/"):
            self.t.check(r.header("Content-Type") == "application/json;charset=utf-8",
                         f"{label}: JSON content type", f"got {r.header('Content-Type')!r}")
            if r.json is None:
                self.t.check(False, f"{label}: JSON body", repr(r.body[:200]))
                return r
            if r.status >= 400:
                self.t.validate(r.json, "APIError", label, strict=strict_error)
                self.t.eq(r.json.get("url"), self.base + "api/swagger", f"{label}: error url")
            else:
                if schema is None:
                    self.t.check(False, f"{label}: test names a schema for this body")
                else:
                    self.t.validate(r.json, schema, label, array=array)
            if message is not None:
                self.t.eq(r.json.get("message"), message, f"{label}: message")
        return r

    def api(self, path: str) -> str:
        return "/api/v1" + path

    def seed(self) -> None:
        self.srv.control("reset")
        self.ids = self.srv.control("seed", {
            "users": [
                {"login": "alice", "password": "alicepw", "full_name": "Alice A", "tokens": [
                    {"token": "aliceW", "scopes": ["write:repository", "read:user"]},
                    {"token": "aliceR", "scopes": ["read:repository"]},
                    {"token": "aliceU", "scopes": ["read:user"]},
                    {"token": "alicePub", "scopes": ["public-only", "write:repository"]}]},
                {"login": "bob", "tokens": [{"token": "bobW", "scopes": ["all"]}]},
                {"login": "carol", "tokens": [{"token": "carolT", "scopes": ["all"]}]},
                {"login": "dave", "tokens": [{"token": "daveT", "scopes": ["all"]}]},
                {"login": "root", "is_admin": True, "tokens": [{"token": "rootT", "scopes": ["all"]}]},
            ],
            "repos": [
                {"owner": "alice", "name": "app", "collaborators": {"bob": "write", "carol": "read"},
                 "branches": {"main": "a" * 40, "dev": "b" * 40}},
                {"owner": "alice", "name": "secret", "private": True, "collaborators": {"bob": "write"}},
                {"owner": "alice", "name": "empty", "empty": True},
                {"owner": "alice", "name": "norel", "releases_enabled": False},
                {"owner": "alice", "name": "many", "generate_releases": {"count": 120, "prefix": "v0.0."}},
            ]})

    def run(self) -> None:
        self.seed()
        self.misc()
        self.auth()
        self.releases()
        self.drafts()
        self.tags_and_tag_only_rows()
        self.pagination()
        self.assets()
        self.downloads()
        self.limits()
        self.versions()
        self.faults_and_http()

    # -- sections -------------------------------------------------------------------------------
    def misc(self) -> None:
        t = self.t
        t.section("version, settings, user, repository")
        r = self.call("GET", self.api("/version"), 200, "ServerVersion")
        t.eq(r.json, {"version": "1.27.0"}, "version string")
        r = self.call("GET", self.api("/settings/attachment"), 200, "GeneralAttachmentSettings")
        t.eq(r.json["enabled"], True, "attachments enabled")
        r = self.call("GET", self.api("/user"), 200, "User", token="aliceW")
        t.eq((r.json["login"], r.json["email"]), ("alice", "alice@example.com"), "authenticated user")
        self.call("GET", self.api("/user"), 401, message="token is required")
        self.call("GET", self.api("/user"), 403, token="aliceR",
                  message="token does not have at least one of required scope(s), "
                          "required=[read:user], token scope=read:repository")
        r = self.call("GET", self.api("/repos/alice/app"), 200, "Repository")
        t.eq(r.json["permissions"], {"admin": False, "push": False, "pull": True}, "anonymous permissions")
        t.eq(r.json["owner"]["email"], "alice@noreply.localhost", "owner e-mail hidden from anonymous")
        r = self.call("GET", self.api("/repos/alice/app"), 200, "Repository", token="bobW")
        t.eq(r.json["permissions"], {"admin": False, "push": True, "pull": True}, "collaborator (write)")
        r = self.call("GET", self.api("/repos/alice/app"), 200, "Repository", token="aliceW")
        t.eq(r.json["permissions"], {"admin": True, "push": True, "pull": True}, "owner permissions")
        t.eq((r.json["default_branch"], r.json["private"], r.json["empty"]), ("main", False, False),
             "repository fields")
        r = self.call("GET", self.api("/repos/alice/empty"), 200, "Repository", token="aliceW")
        t.eq(r.json["empty"], True, "empty repo flagged")
        self.call("GET", self.api("/repos/alice/nope"), 404, message="not found")
        self.call("GET", "/api/v1/no/such/route", 404, message="not found")

    def auth(self) -> None:
        t = self.t
        t.section("authentication, scopes, permissions (order of checks)")
        for label, kw in [
            ("token scheme", {"auth": "token aliceW"}), ("Bearer scheme", {"auth": "Bearer aliceW"}),
            ("scheme case-insensitive", {"auth": "TOKEN aliceW"}),
            ("Basic token:", {"auth": basic("aliceW", "")}),
            ("Basic token:x-oauth-basic", {"auth": basic("aliceW", "x-oauth-basic")}),
            ("Basic user:token", {"auth": basic("alice", "aliceW")}),
            ("Basic user:password", {"auth": basic("alice", "alicepw")}),
        ]:
            r = self.call("GET", self.api("/user"), 200, "User", what=f"GET /user with {label}", **kw)
            t.eq(r.json["login"], "alice", f"{label} authenticates alice")
        self.call("GET", self.api("/user?token=aliceW"), 200, "User", what="GET /user?token=")
        self.call("GET", self.api("/user?access_token=aliceW"), 200, "User", what="GET /user?access_token=")
        bad = "invalid username, password or token"
        self.call("GET", self.api("/user"), 401, token="nope", message=bad, what="unknown token")
        self.call("GET", self.api("/version"), 401, token="nope", message=bad, what="bad token even on /version")
        self.call("GET", self.api("/user"), 401, auth=basic("alice", "wrong"), message=bad, what="wrong password")
        self.call("GET", self.api("/repos/alice/app/releases?token=nope"), 401, message=bad,
                  what="bad ?token= wins over a good header", headers={"Authorization": "token aliceW"})
        scope_msg = ("token does not have at least one of required scope(s), required=[read:repository], "
                     "token scope=read:user")
        self.call("GET", self.api("/repos/alice/app/releases"), 403, token="aliceU", message=scope_msg,
                  what="token without repository scope")
        self.call("GET", self.api("/repos/alice/nope/releases"), 403, token="aliceU", message=scope_msg,
                  what="scope check comes before the repo lookup")
        self.call("POST", self.api("/repos/alice/app/releases"), 403, token="aliceR",
                  json_body={"tag_name": "x"},
                  message="token does not have at least one of required scope(s), "
                          "required=[write:repository], token scope=read:repository", what="write with read token")
        self.call("GET", self.api("/repos/alice/secret/releases"), 404, message="not found",
                  what="private repo hidden from anonymous")
        self.call("GET", self.api("/repos/alice/secret/releases"), 404, token="daveT",
                  what="private repo hidden from non-collaborator")
        self.call("GET", self.api("/repos/alice/secret/releases"), 200, "Release", array=True, token="bobW",
                  what="private repo visible to collaborator")
        self.call("POST", self.api("/repos/alice/secret/releases"), 404, json_body={"tag_name": "x"},
                  what="anonymous write to private repo: 404 before 401")
        self.call("POST", self.api("/repos/alice/app/releases"), 401, json_body={"tag_name": "x"},
                  message="token is required", what="anonymous write to public repo")
        self.call("POST", self.api("/repos/alice/app/releases"), 403, token="carolT", json_body={"tag_name": "x"},
                  message="user should have a permission to write to a repo", what="reader cannot write")
        self.call("GET", self.api("/repos/alice/secret/releases"), 403, token="alicePub",
                  message="token scope is limited to public repos", what="public-only token on private repo")
        self.call("GET", self.api("/repos/alice/norel/releases"), 403,
                  message="user should have specific read permission or be a repo admin or a site admin",
                  what="releases unit disabled")
        self.call("GET", self.api("/repos/alice/secret/releases"), 200, "Release", array=True, token="rootT",
                  what="site admin sees private repo")

    def releases(self) -> None:
        t = self.t
        t.section("releases: create, 409, 422, get, latest, edit, delete")
        p = self.api("/repos/alice/app/releases")
        r = self.call("POST", p, 201, "Release", token="aliceW",
                      json_body={"tag_name": "v1.0", "name": "One", "body": "notes 1"})
        rel = r.json
        self.rel1 = rel["id"]
        t.eq((rel["tag_name"], rel["target_commitish"], rel["name"], rel["body"], rel["draft"],
              rel["prerelease"], rel["assets"], rel["author"]["login"]),
             ("v1.0", "main", "One", "notes 1", False, False, [], "alice"), "created release fields")
        t.eq(rel["published_at"], rel["created_at"], "published_at == created_at")
        t.check(rel["upload_url"].endswith(f"/api/v1/repos/alice/app/releases/{rel['id']}/assets"),
                "upload_url is a plain URL ending in /assets")
        t.eq(rel["url"], f"{self.base}api/v1/repos/alice/app/releases/{rel['id']}", "url")
        t.eq(rel["html_url"], f"{self.base}alice/app/releases/tag/v1.0", "html_url")
        t.eq(rel["tarball_url"], f"{self.base}alice/app/archive/v1.0.tar.gz", "tarball_url")
        self.call("GET", self.api("/repos/alice/app/tags/v1.0"), 200, "Tag", what="git tag created with release")
        self.call("POST", p, 409, token="aliceW", json_body={"tag_name": "V1.0"}, message="Release is has no Tag",
                  what="duplicate tag (other case) -> 409")
        self.call("POST", p, 422, token="aliceW", json_body={"name": "x"}, message="[TagName]: Required",
                  what="missing tag_name")
        self.call("POST", p, 422, token="aliceW", body=b"{oops", ctype="application/json",
                  message="[]: invalid character 'o' looking for beginning of object key string",
                  what="invalid JSON")
        self.call("POST", p, 422, token="aliceW", json_body={"tag_name": "v9", "draft": "yes"},
                  message="[]: json: cannot unmarshal string into Go struct field CreateReleaseOption.draft "
                          "of type bool", what="wrong JSON type")
        self.call("POST", p, 422, token="aliceW", body=b'{"tag_name":"v9"}',
                  ctype="application/x-www-form-urlencoded", message="[TagName]: Required",
                  what="urlencoded body is bound as a form (curl -d pitfall)")
        self.call("POST", self.api("/repos/alice/empty/releases"), 422, token="aliceW",
                  json_body={"tag_name": "v1"}, message="repo is empty")
        self.call("POST", p, 404, token="aliceW", json_body={"tag_name": "v9", "target_commitish": "nope"},
                  message="target not found")
        r = self.call("POST", p, 201, "Release", token="bobW",
                      json_body={"tag_name": "v1.1-rc1", "target_commitish": "dev", "prerelease": True,
                                 "tag_message": "annotated"})
        self.rel_rc = r.json["id"]
        t.eq((r.json["target_commitish"], r.json["prerelease"], r.json["author"]["login"]),
             ("dev", True, "bob"), "prerelease on branch dev by bob")
        r = self.call("GET", self.api("/repos/alice/app/tags/v1.1-rc1"), 200, "Tag")
        t.eq((r.json["message"], r.json["commit"]["sha"]), ("annotated\n", "b" * 40), "annotated tag at dev")
        r = self.call("GET", f"{p}/{self.rel1}", 200, "Release")
        t.eq(r.json["id"], self.rel1, "get by id")
        r = self.call("GET", f"{p}/tags/V1.0", 200, "Release", what="get by tag, case-insensitive")
        t.eq(r.json["id"], self.rel1, "get by tag returns v1.0")
        self.call("GET", f"{p}/99999", 404, message="not found")
        self.call("GET", f"{p}/abc", 404, message="not found", what="non-numeric id")
        self.call("GET", f"{p}/tags/v404", 404)
        r = self.call("GET", f"{p}/latest", 200, "Release")
        t.eq(r.json["id"], self.rel1, "latest skips prereleases")
        self.call("GET", self.api("/repos/alice/many/releases/latest"), 200, "Release")
        # edit: empty strings mean unchanged, bools nullable
        r = self.call("PATCH", f"{p}/{self.rel1}", 200, "Release", token="aliceW",
                      json_body={"name": "", "body": "", "tag_name": "", "prerelease": None})
        t.eq((r.json["name"], r.json["body"], r.json["tag_name"], r.json["prerelease"]),
             ("One", "notes 1", "v1.0", False), "PATCH with empty values leaves fields unchanged")
        r = self.call("PATCH", f"{p}/{self.rel1}", 200, "Release", token="aliceW",
                      json_body={"name": "One!", "prerelease": True})
        t.eq((r.json["name"], r.json["prerelease"]), ("One!", True), "PATCH changes name and prerelease")
        self.call("PATCH", f"{p}/{self.rel1}", 200, "Release", token="aliceW", json_body={"prerelease": False})
        self.call("PATCH", f"{p}/99999", 404, token="aliceW", json_body={"name": "x"})
        self.call("PATCH", f"{p}/{self.rel1}", 500, token="aliceW", json_body={"tag_name": "v1.1-RC1"},
                  message="", what="rename onto another release's tag -> 500 (DB unique index)")
        # delete by id keeps the tag; the row becomes tag-only
        r = self.call("POST", p, 201, "Release", token="aliceW", json_body={"tag_name": "v0.5"})
        rid = r.json["id"]
        self.call("DELETE", f"{p}/{rid}", 204, token="aliceW")
        self.call("GET", f"{p}/{rid}", 404, what="deleted release gone")
        self.call("DELETE", f"{p}/{rid}", 404, token="aliceW", what="second delete by id")
        self.call("GET", self.api("/repos/alice/app/tags/v0.5"), 200, "Tag", what="tag kept after delete")
        self.call("DELETE", f"{p}/tags/v0.5", 404, token="aliceW", what="delete by tag of a tag-only row")
        r = self.call("POST", p, 201, "Release", token="aliceW", json_body={"tag_name": "v0.5", "name": "again"})
        t.eq(r.json["id"], rid, "re-creating converts the tag-only row (same id)")
        self.call("DELETE", f"{p}/tags/V0.5", 204, token="aliceW", what="delete by tag (case-insensitive)")
        self.call("DELETE", self.api("/repos/alice/app/tags/v0.5"), 204, token="aliceW",
                  what="then the tag can be deleted")
        self.call("DELETE", f"{p}/{self.rel1}", 403, token="carolT", what="reader cannot delete")

    def drafts(self) -> None:
        t = self.t
        t.section("drafts: no tag, visibility, publish")
        p = self.api("/repos/alice/app/releases")
        r = self.call("POST", p, 201, "Release", token="aliceW",
                      json_body={"tag_name": "v2.0", "name": "Two", "draft": True})
        d = r.json
        self.draft = d["id"]
        t.eq((d["draft"], d["published_at"]), (True, d["created_at"]), "draft: published_at == created_at, not null")
        self.call("GET", self.api("/repos/alice/app/tags/v2.0"), 404, message="tag doesn't exist: v2.0",
                  what="draft creates no git tag")
        self.call("POST", p, 409, token="aliceW", json_body={"tag_name": "v2.0"}, message="Release is has no Tag",
                  what="draft reserves the tag")
        self.call("POST", self.api("/repos/alice/app/tags"), 409, token="aliceW", json_body={"tag_name": "v2.0"},
                  message="tag already exists [name: v2.0]", what="tag API refuses the draft's tag")

        def ids(resp):
            return [x["id"] for x in resp.json]
        r = self.call("GET", p, 200, "Release", array=True, token="aliceW", what="list as owner (write token)")
        t.check(self.draft in ids(r), "owner with write token sees the draft")
        for who, tok in (("anonymous", None), ("reader", "carolT"), ("owner with read token", "aliceR")):
            r = self.call("GET", p, 200, "Release", array=True, token=tok, what=f"list as {who}")
            t.check(self.draft not in ids(r), f"{who} does not see the draft")
            r = self.call("GET", f"{p}?draft=true", 200, "Release", array=True, token=tok,
                          what=f"draft=true as {who}")
            t.eq(r.json, [], f"draft=true as {who} is empty")
            self.call("GET", f"{p}/{self.draft}", 404, token=tok, what=f"get draft by id as {who}")
            self.call("GET", f"{p}/{self.draft}/assets", 404, token=tok, what=f"draft assets as {who}")
        self.call("GET", f"{p}/tags/v2.0", 200, "Release", token="aliceR",
                  what="get draft by tag: write permission suffices, token scope not re-checked")
        self.call("GET", f"{p}/tags/v2.0", 404, token="carolT", what="get draft by tag as reader")
        r = self.call("GET", f"{p}?draft=true", 200, "Release", array=True, token="aliceW")
        t.eq(ids(r), [self.draft], "draft=true filter")
        r = self.call("GET", f"{p}?draft=yes", 200, "Release", array=True, token="aliceW",
                      what="draft=yes parses as false")
        t.check(self.draft not in ids(r), "draft=yes means draft=false")
        r = self.call("GET", f"{p}?pre-release=true", 200, "Release", array=True)
        t.eq(ids(r), [self.rel_rc], "pre-release=true filter")
        # publish: tag created, created_at reset
        self.srv.control("clock", {"advance_s": 3600})
        r = self.call("PATCH", f"{p}/{self.draft}", 200, "Release", token="aliceW", json_body={"draft": False})
        t.eq(r.json["draft"], False, "published")
        t.check(r.json["created_at"] > d["created_at"], "publishing resets created_at",
                f"{d['created_at']} -> {r.json['created_at']}")
        self.call("GET", self.api("/repos/alice/app/tags/v2.0"), 200, "Tag", what="publishing created the tag")
        r = self.call("GET", f"{p}/latest", 200, "Release")
        t.eq(r.json["id"], self.draft, "latest is the just-published release")

    def tags_and_tag_only_rows(self) -> None:
        t = self.t
        t.section("tags and tag-only rows")
        tp = self.api("/repos/alice/app/tags")
        r = self.call("POST", tp, 201, "Tag", token="aliceW", json_body={"tag_name": "v0.9"})
        t.eq((r.json["name"], r.json["id"], r.json["commit"]["sha"], r.json["message"]),
             ("v0.9", "a" * 40, "a" * 40, "Initial commit\n"), "lightweight tag at default branch")
        self.call("POST", tp, 201, "Tag", token="aliceW",
                  json_body={"tag_name": "feature/x", "target": "dev", "message": "msg"})
        r = self.call("GET", tp + "/feature/x", 200, "Tag", what="tag name with a slash")
        t.check(r.json["id"] != "b" * 40 and r.json["message"] == "msg\n", "annotated tag object id and message")
        self.call("POST", tp, 409, token="aliceW", json_body={"tag_name": "V0.9"},
                  message="tag already exists [name: V0.9]", what="existing tag (case-insensitive) -> 409")
        self.call("POST", tp, 404, token="aliceW", json_body={"tag_name": "t", "target": "nope"},
                  message="target not found: object does not exist [id: nope, rel_path: ]")
        self.call("POST", tp, 422, token="aliceW", json_body={}, message="[TagName]: Required")
        self.call("DELETE", tp + "/v1.0", 409, token="aliceW",
                  message="a tag attached to a release cannot be deleted directly")
        self.call("DELETE", tp + "/nope", 404, token="aliceW")
        self.call("GET", tp + "/nope", 404, message="tag doesn't exist: nope")
        r = self.call("GET", tp, 200, "Tag", array=True)
        t.eq(r.header("X-Total-Count"), str(len(r.json)), "tags: X-Total-Count")
        t.eq(r.header("Link"), None, "tags: no Link header")
        r = self.call("GET", tp + "?limit=1&page=2", 200, "Tag", array=True)
        t.eq(len(r.json), 1, "tags paginate")
        # tag-only row -> release: target as sent (empty), created_at of the tag
        now = self.srv.control("clock", {"advance_s": 60})["now"]
        self.call("GET", self.api("/repos/alice/app/releases/tags/v0.9"), 404, what="tag-only row is not a release")
        r = self.call("POST", self.api("/repos/alice/app/releases"), 201, "Release", token="aliceW",
                      json_body={"tag_name": "v0.9", "name": "Nine"})
        t.eq(r.json["target_commitish"], "", "converted tag-only row keeps an empty target")
        t.check(r.json["created_at"] < now, "converted release keeps the tag's created_at",
                f"{r.json['created_at']} vs now {now}")
        self.call("DELETE", tp + "/feature/x", 204, token="aliceW", what="delete tag with slash")
        self.call("POST", tp, 403, token="carolT", json_body={"tag_name": "c"},
                  message="user should have a permission to write to a repo")

    def pagination(self) -> None:
        t = self.t
        t.section("pagination (120 releases): default 30, clamp 50, X-Total-Count, Link")
        p = self.api("/repos/alice/many/releases")
        full = self.base + p[1:]
        r = self.call("GET", p, 200, "Release", array=True)
        t.eq(len(r.json), 30, "default page size 30")
        t.eq(r.json[0]["tag_name"], "v0.0.120", "newest first")
        t.eq(r.header("X-Total-Count"), "120", "X-Total-Count")
        t.eq(r.header("Link"), f'<{full}?page=2>; rel="next",<{full}?page=4>; rel="last"', "Link on page 1")
        r = self.call("GET", p + "?limit=100", 200, "Release", array=True)
        t.eq(len(r.json), 50, "limit=100 silently clamped to 50")
        t.eq(r.header("Link"), f'<{full}?limit=100&page=2>; rel="next",<{full}?limit=100&page=3>; rel="last"',
             "Link keeps limit=100 but counts pages of 50")
        r = self.call("GET", p + "?page=2&limit=50", 200, "Release", array=True)
        t.eq(r.json[0]["tag_name"], "v0.0.70", "page 2 starts at the 51st")
        t.eq(r.header("Link"),
             f'<{full}?limit=50&page=3>; rel="next",<{full}?limit=50&page=3>; rel="last",'
             f'<{full}?limit=50&page=1>; rel="first",<{full}?limit=50&page=1>; rel="prev"',
             "Link on a middle page: next,last,first,prev; keys sorted")
        r = self.call("GET", p + "?page=3&limit=50", 200, "Release", array=True)
        t.eq(len(r.json), 20, "last page")
        t.eq(r.header("Link"), f'<{full}?limit=50&page=1>; rel="first",<{full}?limit=50&page=2>; rel="prev"',
             "Link on the last page")
        r = self.call("GET", p + "?page=9&limit=50", 200, "Release", array=True)
        t.eq(r.json, [], "page past the end is empty")
        t.eq(r.header("Link"), f'<{full}?limit=50&page=1>; rel="first",<{full}?limit=50&page=2>; rel="prev"',
             "page past the end: Link as on the last page")
        r = self.call("GET", p + "?limit=0&page=x", 200, "Release", array=True)
        t.eq(len(r.json), 30, "limit=0 and page=x fall back to defaults")
        r = self.call("GET", p + "?per_page=100", 200, "Release", array=True)
        t.eq(len(r.json), 30, "per_page is ignored")
        r = self.call("GET", p + "?limit=200&page=1", 200, "Release", array=True)
        t.eq(r.header("Access-Control-Expose-Headers"), "Link, X-Total-Count", "exposed headers")
        r = self.call("GET", self.api("/repos/alice/empty/releases"), 200, "Release", array=True, token="aliceW")
        t.eq((r.json, r.header("Link"), r.header("X-Total-Count")), ([], None, "0"), "no releases: no Link")

    def assets(self) -> None:
        t = self.t
        t.section("assets: raw, multipart, duplicates, list/get/edit/delete")
        rid = self.rel1
        ap = self.api(f"/repos/alice/app/releases/{rid}/assets")
        r = self.call("POST", ap + "?name=app.zip", 201, "Attachment", token="aliceW",
                      body=b"PK\x03\x04" + b"z" * 100, ctype="application/octet-stream", what="raw upload")
        a1 = r.json
        t.eq((a1["name"], a1["size"], a1["download_count"]), ("app.zip", 104, 0), "raw upload metadata")
        t.eq(a1["browser_download_url"], f"{self.base}attachments/{a1['uuid']}", "single asset: /attachments/ URL")
        r = self.call("POST", ap + "?name=nocontenttype.bin", 201, "Attachment", token="aliceW", body=b"abc",
                      what="raw upload without Content-Type")
        no_ct = r.json
        self.call("POST", ap, 400, token="aliceW", body=b"abc", ctype="application/octet-stream",
                  message="Could not determine name of attachment.", what="raw upload without name")
        body, ct = multipart([("attachment", "dir/setup.exe", b"MZ" + b"\0" * 50)])
        r = self.call("POST", ap, 201, "Attachment", token="aliceW", body=body, ctype=ct, what="multipart upload")
        t.eq((r.json["name"], r.json["size"]), ("setup.exe", 52), "multipart: name from filename (base name)")
        body, ct = multipart([("attachment", "x.bin", b"1234")])
        r = self.call("POST", ap + "?name=renamed.bin", 201, "Attachment", token="aliceW", body=body, ctype=ct,
                      what="multipart + ?name=")
        t.eq(r.json["name"], "renamed.bin", "?name= overrides the filename")
        body, ct = multipart([("name", None, b"field.bin"), ("attachment", "x.bin", b"1234")])
        r = self.call("POST", ap, 201, "Attachment", token="aliceW", body=body, ctype=ct,
                      what="multipart with name field")
        t.eq(r.json["name"], "field.bin", "multipart name field overrides the filename")
        body, ct = multipart([("file", "x.bin", b"1234")])
        self.call("POST", ap, 500, token="aliceW", body=body, ctype=ct, message="",
                  what="multipart without 'attachment' field -> 500")
        self.call("POST", ap, 500, token="aliceW", body=b"--b\r\nbroken", ctype="multipart/form-data; boundary=b",
                  what="truncated multipart -> 500")
        # duplicates are accepted silently
        r = self.call("POST", ap + "?name=app.zip", 201, "Attachment", token="aliceW", body=b"second copy",
                      ctype="application/octet-stream", what="duplicate name accepted")
        dup = r.json
        t.check(dup["id"] != a1["id"] and dup["uuid"] != a1["uuid"], "duplicate gets a new id and uuid")
        r = self.call("GET", ap, 200, "Attachment", array=True)
        names = [a["name"] for a in r.json]
        t.eq(names, sorted(names), "assets sorted by name")
        t.eq(names.count("app.zip"), 2, "both copies listed")
        t.check(all(a["browser_download_url"] == f"{self.base}attachments/{a['uuid']}" for a in r.json),
                "a duplicate switches every browser_download_url to /attachments/<uuid>")
        r = self.call("GET", self.api(f"/repos/alice/app/releases/{rid}"), 200, "Release")
        t.eq([a["id"] for a in r.json["assets"]], [a["id"] for a in self.c.request(
            "GET", ap).json], "release JSON embeds the same assets")
        self.call("DELETE", f"{ap}/{dup['id']}", 204, token="aliceW")
        r = self.call("GET", ap, 200, "Attachment", array=True)
        t.check(all("/releases/download/v1.0/" in a["browser_download_url"] for a in r.json),
                "unique names again: /releases/download/<tag>/<name> form")
        self.call("GET", f"{ap}/{dup['id']}", 404, what="deleted asset")
        self.call("DELETE", f"{ap}/{dup['id']}", 404, token="aliceW", what="delete twice")
        r = self.call("GET", f"{ap}/{a1['id']}", 200, "Attachment")
        t.eq(r.json["browser_download_url"], f"{self.base}attachments/{a1['uuid']}", "GET one: /attachments/ URL")
        self.call("GET", self.api(f"/repos/alice/app/releases/{self.rel_rc}/assets/{a1['id']}"), 404,
                  what="asset through the wrong release id")
        r = self.call("PATCH", f"{ap}/{no_ct['id']}", 201, "Attachment", token="aliceW",
                      json_body={"name": "renamed.txt"}, what="edit asset name -> 201")
        t.eq(r.json["name"], "renamed.txt", "renamed")
        r = self.call("PATCH", f"{ap}/{no_ct['id']}", 201, "Attachment", token="aliceW", json_body={"name": ""})
        t.eq(r.json["name"], "renamed.txt", "empty name leaves it unchanged")
        self.call("PATCH", f"{ap}/{no_ct['id']}", 403, token="carolT", json_body={"name": "x"})
        self.call("POST", ap + "?name=x", 401, body=b"x", ctype="application/octet-stream", message="token is required")
        self.call("POST", self.api("/repos/alice/app/releases/99999/assets?name=x"), 404, token="aliceW", body=b"x",
                  ctype="application/octet-stream", what="upload to a missing release")
        self.assets_release = rid
        self.asset_zip = a1

    def downloads(self) -> None:
        t = self.t
        t.section("downloads (web routes)")
        a = self.asset_zip
        r = self.c.request("GET", "/alice/app/releases/download/v1.0/app.zip")
        t.eq((r.status, r.body), (200, b"PK\x03\x04" + b"z" * 100), "download by tag/name")
        t.eq(r.header("Content-Type"), "application/zip", "sniffed content type")
        r = self.c.request("GET", f"/attachments/{a['uuid']}", headers={"Range": "bytes=0-3"})
        t.eq((r.status, r.body, r.header("Content-Range")), (206, b"PK\x03\x04", "bytes 0-3/104"), "range request")
        r = self.c.request("HEAD", f"/attachments/{a['uuid']}")
        t.eq((r.status, r.header("Content-Length"), r.body), (200, "104", b""), "HEAD")
        r = self.call("GET", self.api(f"/repos/alice/app/releases/{self.rel1}/assets/{a['id']}"), 200, "Attachment")
        t.eq(r.json["download_count"], 3, "download_count incremented per download")
        t.eq(self.c.request("GET", "/alice/app/releases/download/v1.0/nope").status, 404, "missing name -> 404")
        t.eq(self.c.request("GET", "/alice/app/releases/download/latest/app.zip").status, 404,
             "'latest' alias resolves to the latest release (which has no app.zip)")

    def limits(self) -> None:
        t = self.t
        t.section("limits: FILE_MAX_SIZE (413), ALLOWED_TYPES (400/422), attachments disabled")
        ap = self.api(f"/repos/alice/app/releases/{self.rel1}/assets")
        self.srv.control("faults", {"max_upload_size": 1000})
        self.call("POST", ap + "?name=big.bin", 413, token="aliceW", body=b"x" * 2000,
                  ctype="application/octet-stream", message="attachment exceeds limit 1000", what="raw over limit")
        body, ct = multipart([("attachment", "big.bin", b"x" * 2000)])
        self.call("POST", ap, 413, token="aliceW", body=body, ctype=ct, message="attachment exceeds limit 1000",
                  what="multipart over limit")
        self.call("POST", ap + "?name=ok.bin", 201, "Attachment", token="aliceW", body=b"x" * 1000,
                  ctype="application/octet-stream", what="exactly at the limit")
        self.srv.control("faults", {"max_upload_size": None, "allowed_types": ".zip,image/*"})
        self.call("POST", ap + "?name=notes.txt", 400, token="aliceW", body=b"hello",
                  ctype="application/octet-stream",
                  message="This file cannot be uploaded or modified due to a forbidden file extension or type.")
        self.call("POST", ap + "?name=pic.bin", 201, "Attachment", token="aliceW", body=b"\x89PNG\r\n\x1a\n....",
                  ctype="application/octet-stream", what="allowed by sniffed type image/png")
        r = self.call("POST", ap + "?name=pkg.zip", 201, "Attachment", token="aliceW", body=b"anything",
                      ctype="application/octet-stream", what="allowed by extension")
        self.call("PATCH", f"{ap}/{r.json['id']}", 422, token="aliceW", json_body={"name": "pkg.exe"},
                  message="This file cannot be uploaded or modified due to a forbidden file extension or type.",
                  what="rename to a forbidden extension -> 422")
        self.srv.control("faults", {"allowed_types": "", "attachments_enabled": False})
        self.call("POST", ap + "?name=a.bin", 404, token="aliceW", body=b"x", ctype="application/octet-stream",
                  message="attachment is not enabled")
        r = self.call("GET", self.api("/settings/attachment"), 200, "GeneralAttachmentSettings")
        t.eq(r.json["enabled"], False, "settings reflect the switch")
        self.srv.control("faults", {"attachments_enabled": True})

    def versions(self) -> None:
        t = self.t
        t.section("emulated versions")
        ap = self.api(f"/repos/alice/app/releases/{self.rel1}/assets")
        self.srv.control("faults", {"version": "1.21.11"})
        self.call("POST", ap + "?name=raw.bin", 500, token="aliceW", body=b"x", ctype="application/octet-stream",
                  message="", what="1.21: raw body upload -> 500 (multipart only)")
        body, ct = multipart([("attachment", "m.bin", b"1234")])
        self.call("POST", ap, 201, "Attachment", token="aliceW", body=body, ctype=ct, what="1.21: multipart works")
        self.srv.control("faults", {"version": "1.24.0", "max_upload_size": 10})
        r = self.call("GET", self.api("/repos/alice/app/releases/99999"), 404, strict_error=False,
                      message="The target couldn't be found.", what="1.24 404 body")
        t.check("errors" in r.json and r.json["errors"] is None, "1.24 404 carries errors: null")
        r = self.c.request("POST", ap + "?name=big.bin", body=b"x" * 100,
                           headers={"Authorization": "token aliceW", "Content-Type": "application/octet-stream"})
        t.eq((r.status, r.header("Content-Type")), (413, "text/html"),
             "before 1.25 the size limit comes from a proxy (HTML 413)")
        self.srv.control("faults", {"version": "1.26.0", "max_upload_size": None})
        r = self.call("GET", self.api("/repos/alice/app/releases/99999"), 404, strict_error=False,
                      message="not found", what="1.26 404 body")
        self.srv.control("faults", {"version": "1.27.0"})

    def faults_and_http(self) -> None:
        t = self.t
        t.section("HTTP behaviour and injected faults")
        ap = self.api(f"/repos/alice/app/releases/{self.rel1}/assets")
        # keep-alive: several requests on one connection
        c = http.client.HTTPConnection(self.srv.host, self.srv.port, timeout=10)
        for _ in range(3):
            c.request("GET", self.api("/version"))
            c.getresponse().read()
        c.close()
        log = self.srv.control("state", method="GET")["requests"]
        t.eq(len({e["conn"] for e in log[-3:]}), 1, "keep-alive: three requests on one connection")
        # chunked request body
        def chunks():
            yield b"hello "
            yield b"chunked world"
        c = http.client.HTTPConnection(self.srv.host, self.srv.port, timeout=10)
        c.request("POST", ap + "?name=chunked.bin", body=chunks(), encode_chunked=True,
                  headers={"Authorization": "token aliceW", "Content-Type": "application/octet-stream",
                           "Transfer-Encoding": "chunked"})
        r = c.getresponse()
        data = json.loads(r.read())
        t.eq((r.status, data.get("size")), (201, 19), "chunked request body")
        t.validate(data, "Attachment", "chunked upload")
        c.close()
        # fail_nth_request
        self.srv.control("faults", {"fail_nth_request": {"n": 2, "status": 500, "path_regex": "/version"}})
        self.call("GET", self.api("/version"), 200, "ServerVersion", what="1st request passes")
        self.call("GET", self.api("/version"), 500, message="", what="2nd request fails (fault)")
        self.call("GET", self.api("/version"), 200, "ServerVersion", what="fault is one-shot")
        self.srv.control("faults", {"fail_nth_request": {"n": 1, "status": 502, "body": "Bad Gateway",
                                                         "content_type": "text/html"}})
        r = self.c.request("GET", self.api("/version"))
        t.eq((r.status, r.body, r.header("Content-Type")), (502, b"Bad Gateway", "text/html"), "proxy-style fault body")
        # fail "after": the release is created but the client only sees a reset
        self.srv.control("faults", {"fail_nth_request": {"n": 1, "status": 0, "method": "POST",
                                                         "path_regex": "/releases$", "when": "after"}})
        s = socket.create_connection((self.srv.host, self.srv.port), timeout=5)
        body = json.dumps({"tag_name": "v7.0"}).encode()
        s.sendall(f"POST {self.api('/repos/alice/app/releases')} HTTP/1.1\r\nHost: x\r\n"
                  f"Authorization: token aliceW\r\nContent-Type: application/json\r\n"
                  f"Content-Length: {len(body)}\r\n\r\n".encode() + body)
        try:
            outcome = "reply" if recv_head(s) else "closed"
        except ConnectionResetError:
            outcome = "reset"
        s.close()
        t.eq(outcome, "reset", "fail_nth_request status 0 + when=after: connection reset")
        self.call("GET", self.api("/repos/alice/app/releases/tags/v7.0"), 200, "Release",
                  what="... but the release was created")
        # delay
        self.srv.control("faults", {"delay_ms": {"ms": 300, "path_regex": "/version"}})
        t0 = time.monotonic()
        self.call("GET", self.api("/version"), 200, "ServerVersion", what="delayed response")
        t.check(time.monotonic() - t0 >= 0.3, "delay_ms applied")
        self.srv.control("faults", {"delay_ms": None})
        # reset after N bytes
        self.srv.control("faults", {"reset_after_bytes": 4096})
        outcome = raw_upload(self.srv, ap + "?name=reset.bin", 1 << 20, "aliceW")
        t.eq(outcome, "reset", "reset_after_bytes: the client sees a connection reset")
        state = self.srv.control("state", method="GET")
        rel = next(x for x in state["repos"]["alice/app"]["releases"] if x["id"] == self.rel1)
        t.check(all(a["name"] != "reset.bin" for a in rel["assets"]), "nothing stored after the reset")
        t.eq(state["requests"][-1]["fault"], "reset_after_bytes", "request log records the fault")
        # drop after store
        self.srv.control("faults", {"drop_after_store": True})
        outcome = raw_upload(self.srv, ap + "?name=dropped.bin", 5000, "aliceW")
        t.eq(outcome, "reset", "drop_after_store: the client sees a reset")
        state = self.srv.control("state", method="GET")
        rel = next(x for x in state["repos"]["alice/app"]["releases"] if x["id"] == self.rel1)
        stored = [a for a in rel["assets"] if a["name"] == "dropped.bin"]
        t.check(len(stored) == 1 and stored[0]["size"] == 5000 and len(stored[0]["sha256"]) == 64,
                "drop_after_store: the asset was stored (state has its sha256)")
        log_text = json.dumps(state["requests"])
        t.check(not any(secret in log_text for secret in ("aliceW", "aliceR", "bobW", "carolT", "alicepw",
                                                          base64.b64encode(b"alice:alicepw").decode())),
                "request log redacts Authorization headers and query tokens",
                sorted({str(e["authorization"]) for e in state["requests"]}).__repr__())
        t.check(any("token=REDACTED" in e["path"] for e in state["requests"]), "request log redacts ?token=")
        # Expect: 100-continue with a bad token: the answer comes without 100 Continue, connection closes
        s = socket.create_connection((self.srv.host, self.srv.port), timeout=5)
        s.sendall(f"POST {ap}?name=e.bin HTTP/1.1\r\nHost: x\r\nAuthorization: token bad\r\n"
                  f"Content-Length: 1000000\r\nExpect: 100-continue\r\n\r\n".encode())
        head = recv_head(s)
        s.close()
        t.check(head.startswith("HTTP/1.1 401") and "Connection: close" in head,
                "Expect: 100-continue + bad token -> 401 without 100 Continue, Connection: close", head)
        # an early error on a large unread body: Connection: close (net/http discards at most 256 KiB)
        s = socket.create_connection((self.srv.host, self.srv.port), timeout=5)
        s.sendall(f"POST {ap}?name=x HTTP/1.1\r\nHost: x\r\nContent-Length: 10000000\r\n\r\n".encode())
        sender = threading.Thread(target=send_quietly, args=(s, 10_000_000), daemon=True)
        sender.start()
        head = recv_head(s)
        sender.join(timeout=5)
        s.close()
        t.check(head.startswith("HTTP/1.1 401") and "Connection: close" in head,
                "early 401 with a 10 MB unread body -> Connection: close", head)
        self.srv.control("faults", {"clear": True})


def send_quietly(s: socket.socket, size: int) -> None:
    """Sends a body the way a real client does (while the reply may already be coming)."""
    block = b"q" * 65536
    try:
        while size > 0:
            s.sendall(block[:min(size, len(block))])
            size -= len(block)
    except OSError:
        pass


def recv_head(s: socket.socket) -> str:
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = s.recv(65536)
        if not chunk:
            break
        data += chunk
    return data.split(b"\r\n\r\n")[0].decode("latin-1")


def raw_upload(srv: ServerProcess, path: str, size: int, token: str) -> str:
    """Sends a raw upload over a plain socket; returns 'ok:<status>' or 'reset'."""
    s = socket.create_connection((srv.host, srv.port), timeout=10)
    try:
        s.sendall(f"POST {path} HTTP/1.1\r\nHost: x\r\nAuthorization: token {token}\r\n"
                  f"Content-Type: application/octet-stream\r\nContent-Length: {size}\r\n\r\n".encode())
        block = b"r" * 65536
        left = size
        while left:
            n = min(left, len(block))
            s.sendall(block[:n])
            left -= n
        head = recv_head(s)
        if not head:
            return "closed"
        return "ok:" + head.split()[1]
    except (ConnectionResetError, BrokenPipeError):
        return "reset"
    finally:
        s.close()


class GithubChecks:
    def __init__(self, suite: Suite, srv: ServerProcess):
        self.t = suite
        self.srv = srv
        self.c = Client(srv)

    def req(self, method, path, token="ghW", body=None, ctype=None, headers=None):
        h = dict(headers or {})
        if token:
            h["Authorization"] = f"Bearer {token}"
        if isinstance(body, (dict, list)):
            body = json.dumps(body).encode()
            h["Content-Type"] = "application/json"
        if ctype:
            h["Content-Type"] = ctype
        return self.c.request(method, path, body=body, headers=h)

    def run(self) -> None:
        t = self.t
        t.section("GitHub mode")
        self.srv.control("seed", {"users": [{"login": "gh", "tokens": [{"token": "ghW"}]},
                                            {"login": "other", "tokens": ["otherT"]}],
                                  "repos": [{"owner": "gh", "name": "app"},
                                            {"owner": "gh", "name": "many",
                                             "generate_releases": {"count": 120}}]})
        r = self.req("POST", "/repos/gh/app/releases", body={"tag_name": "v1", "name": "One"})
        rel = r.json
        t.eq(r.status, 201, "create release -> 201")
        t.check(rel["upload_url"] == f"{self.srv.base}uploads/repos/gh/app/releases/{rel['id']}/assets{{?name,label}}",
                "upload_url is a URI template on the uploads path", rel["upload_url"])
        t.check(rel["published_at"] is not None, "published release has published_at")
        r = self.req("POST", "/repos/gh/app/releases", body={"tag_name": "v1"})
        t.eq((r.status, r.json["message"], r.json["errors"]),
             (422, "Validation Failed", [{"resource": "Release", "code": "already_exists", "field": "tag_name"}]),
             "duplicate release -> 422 already_exists")
        r = self.req("POST", "/repos/gh/app/releases", body={"tag_name": "v2", "draft": True})
        t.eq((r.status, r.json["published_at"]), (201, None), "draft: published_at null")
        draft_id = r.json["id"]
        t.eq(self.req("GET", f"/repos/gh/app/releases/{draft_id}", token=None).status, 404,
             "draft hidden from anonymous")
        up = f"/uploads/repos/gh/app/releases/{rel['id']}/assets?name=app.zip"
        r = self.req("POST", up, body=b"PK\x03\x04zip", ctype="application/zip")
        t.eq((r.status, r.json.get("name"), r.json.get("state"), r.json.get("content_type")),
             (201, "app.zip", "uploaded", "application/zip"), "upload asset on the uploads path")
        asset = r.json
        r = self.req("POST", up, body=b"again", ctype="application/zip")
        t.eq((r.status, r.json.get("errors")),
             (422, [{"resource": "ReleaseAsset", "code": "already_exists", "field": "name"}]),
             "duplicate asset name -> 422 already_exists")
        r = self.req("GET", f"/repos/gh/app/releases/assets/{asset['id']}")
        t.eq((r.status, r.json["id"]), (200, asset["id"]), "asset endpoint without release id")
        r = self.req("GET", f"/repos/gh/app/releases/assets/{asset['id']}",
                     headers={"Accept": "application/octet-stream"})
        t.eq((r.status, r.header("Location")), (302, asset["browser_download_url"]), "octet-stream -> 302")
        r = self.c.request("GET", urlsplit(asset["browser_download_url"]).path)
        t.eq((r.status, r.body), (200, b"PK\x03\x04zip"), "download")
        r = self.req("PATCH", f"/repos/gh/app/releases/assets/{asset['id']}", body={"name": "b.zip"})
        t.eq((r.status, r.json["name"]), (200, "b.zip"), "edit asset -> 200")
        t.eq(self.req("DELETE", f"/repos/gh/app/releases/assets/{asset['id']}").status, 204, "delete asset")
        r = self.req("GET", "/repos/gh/many/releases?per_page=150")
        t.eq((r.status, len(r.json)), (200, 100), "per_page capped at 100")
        t.check('rel="next"' in (r.header("Link") or "") and 'rel="last"' in r.header("Link"), "Link header",
                str(r.header("Link")))
        r = self.req("GET", "/repos/gh/many/releases")
        t.eq(len(r.json), 30, "default per_page 30")
        t.eq(self.req("POST", "/repos/gh/app/releases", token="otherT", body={"tag_name": "x"}).status, 403,
             "no push access -> 403")
        t.eq(self.req("GET", "/repos/gh/app/releases", token="bad").status, 401, "bad token -> 401")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--swagger", default=DEFAULT_SWAGGER, help="path to gitea-swagger-v1.resolved.json")
    ap.add_argument("-v", "--verbose", action="store_true", help="print every passing check")
    args = ap.parse_args()
    t0 = time.monotonic()
    sw = Swagger(args.swagger)
    refs = "all resolve" if not sw.bad_refs else "BROKEN: " + ", ".join(sw.bad_refs[:5])
    print(f"swagger: {sw.path}: {len(sw.definitions)} definitions, {len(sw.doc['paths'])} paths, "
          f"{sw.ref_count} local $refs ({refs})")
    print(f"strict definitions (all properties required, none extra): {', '.join(sorted(STRICT))}")
    suite = Suite(sw, args.verbose)
    suite.check(not sw.bad_refs, "every $ref in the swagger resolves")

    srv = ServerProcess("--mode", "gitea")
    try:
        GiteaChecks(suite, srv).run()
    finally:
        srv.stop()
    suite.check(srv.proc.returncode == 0, "gitea server exited cleanly on stdin EOF",
                srv.proc.stderr.read().decode()[-3000:])
    gh = ServerProcess("--mode", "github")
    try:
        GithubChecks(suite, gh).run()
    finally:
        gh.stop()
    suite.check(gh.proc.returncode == 0, "github server exited cleanly", gh.proc.stderr.read().decode()[-3000:])

    print("\nvalidated response bodies: " + ", ".join(f"{k} x{v}" for k, v in sorted(suite.validated.items())))
    if suite.undocumented:
        print("statuses the swagger does not document (known Gitea/swagger mismatches):")
        for m, p, s in sorted(suite.undocumented):
            print(f"   {m} {p} -> {s}")
    dt = time.monotonic() - t0
    if suite.failures:
        print(f"\nFAILED: {len(suite.failures)} of {suite.passed + len(suite.failures)} checks ({dt:.1f} s)")
        for f in suite.failures:
            print(" - " + f.replace("\n", "\n   "))
        return 1
    print(f"\nPASSED: {suite.passed} checks ({dt:.1f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
