#!/usr/bin/env python3
"""A PEP 503 "simple" package index on loopback, for tests that run the real pip offline.

  pep503_server.py --packages DIR [--ftp DIR] [--slow SUBSTRING]

Serves
  /simple/                 the project list (names from the wheel and sdist files in DIR)
  /simple/<project>/       links to the project's files, with #sha256= fragments
  /files/<file>            the files of DIR
  /ftp/python/<path>       files under the --ftp folder (a python.org/ftp/python-like tree)
  GET  /_stats             {"downloads": {"/files/x.whl": 2, ...}} (index pages are not counted)
  POST /_reset             clears the counters
Files whose name contains --slow are sent very slowly (for cancel tests).
Prints "READY http://127.0.0.1:<port>" on stdout once listening; exits when its stdin closes
(the test that started it ended). Standard library only.
"""
import argparse
import hashlib
import html
import json
import os
import re
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import unquote


def normalize(name):
    return re.sub(r"[-_.]+", "-", name).lower()


def project_of(filename):
    if filename.endswith(".whl"):
        return normalize(filename.split("-")[0])
    for ext in (".tar.gz", ".zip", ".tar.bz2"):
        if filename.endswith(ext):
            stem = filename[: -len(ext)]
            return normalize(stem.rsplit("-", 1)[0])
    return None


class State:
    def __init__(self, packages, ftp, slow):
        self.packages = packages
        self.ftp = ftp
        self.slow = slow
        self.lock = threading.Lock()
        self.downloads = {}

    def count(self, path):
        with self.lock:
            self.downloads[path] = self.downloads.get(path, 0) + 1


def make_handler(state):
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, fmt, *args):  # quiet
            pass

        def send_body(self, status, body, content_type="text/html; charset=utf-8"):
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def files(self):
            try:
                return sorted(f for f in os.listdir(state.packages) if project_of(f))
            except FileNotFoundError:
                return []

        def send_file(self, path, url_path):
            if not os.path.isfile(path):
                self.send_body(404, b"not found\n", "text/plain")
                return
            state.count(url_path)
            size = os.path.getsize(path)
            self.send_response(200)
            self.send_header("Content-Type", "application/octet-stream")
            self.send_header("Content-Length", str(size))
            self.end_headers()
            slow = state.slow and state.slow in os.path.basename(path)
            with open(path, "rb") as f:
                while True:
                    chunk = f.read(1024 if slow else 1 << 20)
                    if not chunk:
                        break
                    try:
                        self.wfile.write(chunk)
                        self.wfile.flush()
                    except (BrokenPipeError, ConnectionResetError):
                        return
                    if slow:
                        time.sleep(0.2)

        def do_GET(self):
            path = unquote(self.path.split("?", 1)[0])
            if path == "/_stats":
                with state.lock:
                    body = json.dumps({"downloads": state.downloads}).encode()
                self.send_body(200, body, "application/json")
            elif path in ("/simple", "/simple/"):
                names = sorted({project_of(f) for f in self.files()})
                links = "".join(f'<a href="/simple/{n}/">{n}</a>\n' for n in names)
                self.send_body(200, f"<!DOCTYPE html><html><body>\n{links}</body></html>\n".encode())
            elif path.startswith("/simple/"):
                wanted = normalize(path[len("/simple/"):].strip("/"))
                rows = []
                for f in self.files():
                    if project_of(f) == wanted:
                        digest = hashlib.sha256(open(os.path.join(state.packages, f), "rb").read()).hexdigest()
                        rows.append(f'<a href="/files/{html.escape(f)}#sha256={digest}">{html.escape(f)}</a><br/>\n')
                if not rows:
                    self.send_body(404, b"no such project\n", "text/plain")
                    return
                self.send_body(200, ("<!DOCTYPE html><html><body>\n" + "".join(rows) + "</body></html>\n").encode())
            elif path.startswith("/files/"):
                name = os.path.basename(path)
                self.send_file(os.path.join(state.packages, name), path)
            elif path.startswith("/ftp/python/") and state.ftp:
                relative = os.path.normpath(path[len("/ftp/python/"):])
                if relative.startswith("..") or os.path.isabs(relative):
                    self.send_body(403, b"no\n", "text/plain")
                    return
                self.send_file(os.path.join(state.ftp, relative), path)
            else:
                self.send_body(404, b"not found\n", "text/plain")

        def do_POST(self):
            length = int(self.headers.get("Content-Length") or 0)
            if length:
                self.rfile.read(length)
            if self.path == "/_reset":
                with state.lock:
                    state.downloads.clear()
                self.send_body(200, b"{}", "application/json")
            else:
                self.send_body(404, b"not found\n", "text/plain")

    return Handler


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--packages", required=True)
    parser.add_argument("--ftp")
    parser.add_argument("--slow")
    parser.add_argument("--port", type=int, default=0)
    args = parser.parse_args()
    state = State(os.path.abspath(args.packages), os.path.abspath(args.ftp) if args.ftp else None, args.slow)
    server = ThreadingHTTPServer(("127.0.0.1", args.port), make_handler(state))
    server.daemon_threads = True
    print(f"READY http://127.0.0.1:{server.server_address[1]}", flush=True)
    if not sys.stdin.isatty():
        # The test that started us holds our stdin open: when it ends (even by a crash), stop.
        threading.Thread(target=lambda: (sys.stdin.read(), os._exit(0)), daemon=True).start()
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    sys.exit(main())
