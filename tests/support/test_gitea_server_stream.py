#!/usr/bin/env python3
"""Checks that gitea_test_server.py streams request bodies to disk.

    /usr/bin/python3 tests/support/test_gitea_server_stream.py [--size-mb 300] [--max-rss-mb 100]

Uploads SIZE MB as a raw body (Content-Length), as multipart/form-data and as a chunked raw
body, then downloads it again.  After each transfer the server's peak RSS (VmHWM from
/proc/PID/status) must stay under --max-rss-mb, and the stored bytes must have the sha256 the
client computed while sending.  Prints the throughput of each transfer (the target for raw
uploads on loopback is > 500 MB/s; a slower run is reported, not failed, because it depends on
what else the machine is doing).  Exit status 0 when everything passed.
"""
from __future__ import annotations

import argparse
import hashlib
import http.client
import json
import os
import socket
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
SERVER = os.path.join(HERE, "gitea_test_server.py")
BLOCK = 1 << 20


def vm_hwm_kb(pid: int) -> int:
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    raise RuntimeError("no VmHWM")


class Server:
    def __init__(self):
        self.proc = subprocess.Popen([sys.executable, SERVER], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
        line = self.proc.stdout.readline().decode().split()
        if not line or line[0] != "READY":
            raise SystemExit("server did not start")
        self.host, port = line[1].rsplit("/", 1)[-1].split(":")
        self.port = int(port)

    def control(self, path: str, obj=None, method: str = "POST"):
        c = http.client.HTTPConnection(self.host, self.port, timeout=120)
        c.request(method, "/_control/" + path, body=None if obj is None else json.dumps(obj).encode())
        r = c.getresponse()
        data = json.loads(r.read())
        c.close()
        return data

    def stop(self) -> None:
        self.proc.stdin.close()
        self.proc.wait(timeout=10)


def payload_blocks(size: int):
    """Deterministic, incompressible-looking data produced block by block (never held whole)."""
    seed = hashlib.sha256(b"stream-test").digest()
    block = bytearray((seed * (BLOCK // len(seed) + 1))[:BLOCK])
    counter = 0
    while size > 0:
        block[:8] = counter.to_bytes(8, "little")   # make blocks differ
        counter += 1
        n = min(size, BLOCK)
        yield memoryview(block)[:n]
        size -= n


def read_response(s: socket.socket) -> tuple[int, bytes]:
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = s.recv(65536)
        if not chunk:
            raise ConnectionError("connection closed before the response")
        data += chunk
    head, _, rest = data.partition(b"\r\n\r\n")
    status = int(head.split()[1])
    length = 0
    for line in head.split(b"\r\n")[1:]:
        k, _, v = line.partition(b":")
        if k.strip().lower() == b"content-length":
            length = int(v)
    while len(rest) < length:
        chunk = s.recv(65536)
        if not chunk:
            break
        rest += chunk
    return status, rest


def upload(srv: Server, path: str, size: int, mode: str) -> tuple[int, dict, str, float]:
    """mode: raw | chunked | multipart.  Returns (status, json, client sha256, seconds)."""
    h = hashlib.sha256()
    s = socket.create_connection((srv.host, srv.port), timeout=120)
    boundary = "----stream-test-boundary-7MA4YWxkTrZu0gW"
    head = f"POST {path} HTTP/1.1\r\nHost: {srv.host}\r\nAuthorization: token tok\r\n"
    pre = post = b""
    if mode == "multipart":
        pre = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"name\"\r\n\r\nbig-multipart.bin\r\n"
               f"--{boundary}\r\nContent-Disposition: form-data; name=\"attachment\"; filename=\"x.bin\"\r\n"
               f"Content-Type: application/octet-stream\r\n\r\n").encode()
        post = f"\r\n--{boundary}--\r\n".encode()
        head += f"Content-Type: multipart/form-data; boundary={boundary}\r\n"
        head += f"Content-Length: {len(pre) + size + len(post)}\r\n\r\n"
    elif mode == "chunked":
        head += "Content-Type: application/octet-stream\r\nTransfer-Encoding: chunked\r\n\r\n"
    else:
        head += f"Content-Type: application/octet-stream\r\nContent-Length: {size}\r\n\r\n"
    t0 = time.monotonic()
    s.sendall(head.encode() + pre)
    for block in payload_blocks(size):
        h.update(block)
        if mode == "chunked":
            s.sendall(f"{len(block):x}\r\n".encode())
            s.sendall(block)
            s.sendall(b"\r\n")
        else:
            s.sendall(block)
    s.sendall(b"0\r\n\r\n" if mode == "chunked" else post)
    status, body = read_response(s)
    dt = time.monotonic() - t0
    s.close()
    return status, json.loads(body) if body else {}, h.hexdigest(), dt


def download(srv: Server, path: str) -> tuple[int, int, str, float]:
    h = hashlib.sha256()
    c = http.client.HTTPConnection(srv.host, srv.port, timeout=120)
    t0 = time.monotonic()
    c.request("GET", path)
    r = c.getresponse()
    n = 0
    while chunk := r.read(BLOCK):
        h.update(chunk)
        n += len(chunk)
    dt = time.monotonic() - t0
    c.close()
    return r.status, n, h.hexdigest(), dt


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--size-mb", type=int, default=300)
    ap.add_argument("--max-rss-mb", type=int, default=100)
    args = ap.parse_args()
    size = args.size_mb * 1000 * 1000
    failures: list[str] = []

    def check(cond: bool, what: str) -> None:
        print(f"   {'ok  ' if cond else 'FAIL'} {what}")
        if not cond:
            failures.append(what)

    srv = Server()
    try:
        srv.control("seed", {"users": [{"login": "u", "tokens": ["tok"]}],
                             "repos": [{"owner": "u", "name": "r", "releases": [{"tag_name": "v1"}]}]})
        base_kb = vm_hwm_kb(srv.proc.pid)
        print(f"server pid {srv.proc.pid}: VmHWM at start {base_kb / 1024:.1f} MB; transfers of {args.size_mb} MB")
        assets = "/api/v1/repos/u/r/releases/1/assets"
        results = {}
        for mode, path in (("raw", f"{assets}?name=big-raw.bin"), ("multipart", assets),
                           ("chunked", f"{assets}?name=big-chunked.bin")):
            status, js, digest, dt = upload(srv, path, size, mode)
            hwm = vm_hwm_kb(srv.proc.pid) / 1024
            print(f"== {mode} upload: {size / dt / 1e6:.0f} MB/s ({dt:.2f} s), server VmHWM {hwm:.1f} MB")
            check(status == 201 and js.get("size") == size,
                  f"{mode}: 201 with size {size} (got {status}, {js.get('size')})")
            check(hwm < args.max_rss_mb, f"{mode}: server peak RSS {hwm:.1f} MB < {args.max_rss_mb} MB")
            if mode == "raw" and size / dt < 500e6:
                print(f"   note: raw upload below the 500 MB/s target on this run ({size / dt / 1e6:.0f} MB/s)")
            results[js.get("name")] = (digest, js.get("id"), js.get("uuid"))
        state = srv.control("state", method="GET")
        stored = {a["name"]: a for a in state["repos"]["u/r"]["releases"][0]["assets"]}
        for name, (digest, _, _) in results.items():
            a = stored.get(name, {})
            check(a.get("sha256") == digest and a.get("stored_size") == size,
                  f"{name}: stored bytes have the client's sha256")
        digest, _, uuid = results["big-raw.bin"]
        status, n, got, dt = download(srv, f"/attachments/{uuid}")
        hwm = vm_hwm_kb(srv.proc.pid) / 1024
        print(f"== download: {n / dt / 1e6:.0f} MB/s ({dt:.2f} s), server VmHWM {hwm:.1f} MB")
        check(status == 200 and n == size and got == digest, "download returns the same bytes")
        check(hwm < args.max_rss_mb, f"download: server peak RSS {hwm:.1f} MB < {args.max_rss_mb} MB")
    finally:
        srv.stop()
    if failures:
        print(f"FAILED: {len(failures)} check(s)")
        return 1
    print("PASSED")
    return 0


if __name__ == "__main__":
    sys.exit(main())
