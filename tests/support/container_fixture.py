#!/usr/bin/env python3
"""Fixtures of the Docker tests, all on loopback and without any outside registry.

  container_fixture.py base ROOTDIR TAG      make a busybox + python root (make_python_base.sh) and
                                            import it as image TAG with podman ($RELEASEDESK_PODMAN_ARGS)
  container_fixture.py registry DATADIR      serve Debian's docker-registry on a free port; prints
                                            "READY http://127.0.0.1:PORT", runs until killed
  container_fixture.py inspect BASE REPO     prints {"tags": [...], "labels": {tag: {...}}, "user": ...}
                                            read through the registry's HTTP API (manifest -> config blob)
  container_fixture.py webhook               a redeploy webhook: POST /ok -> 200, /fail -> 500,
                                            /slow -> answers after 20 s; GET /_stats -> {"posts": [...]}
"""
import json
import os
import shlex
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

HERE = os.path.dirname(os.path.abspath(__file__))


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def podman():
    return ["podman"] + shlex.split(os.environ.get("RELEASEDESK_PODMAN_ARGS", "")) + ["--storage-driver", "vfs"]


def base(root, tag):
    subprocess.run(["sh", os.path.join(HERE, "make_python_base.sh"), root], check=True, stdout=subprocess.DEVNULL)
    tar = subprocess.Popen(["tar", "-C", root, "-c", "."], stdout=subprocess.PIPE)
    subprocess.run(podman() + ["import", "--change", "ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
                               "--change", "ENV PYTHONDONTWRITEBYTECODE=1", "-", tag],
                   stdin=tar.stdout, check=True, stdout=subprocess.DEVNULL)
    tar.wait()


def registry(data):
    os.makedirs(data, exist_ok=True)
    port = free_port()
    config = os.path.join(data, "config.yml")
    with open(config, "w") as f:
        f.write("version: 0.1\nlog: {level: warn}\nstorage: {filesystem: {rootdirectory: %s}, delete: {enabled: true}}\n"
                "http: {addr: 127.0.0.1:%d}\n" % (os.path.join(data, "store"), port))
    proc = subprocess.Popen(["docker-registry", "serve", config], stdout=subprocess.DEVNULL, stderr=sys.stderr)
    # The test stops this script with SIGTERM: the registry must go with it, not linger.
    signal.signal(signal.SIGTERM, lambda *_: (proc.terminate(), sys.exit(0)))
    base_url = "http://127.0.0.1:%d" % port
    for _ in range(100):
        try:
            urllib.request.urlopen(base_url + "/v2/", timeout=1)
            break
        except Exception:
            if proc.poll() is not None:
                sys.exit("docker-registry exited")
            time.sleep(0.1)
    print("READY " + base_url, flush=True)
    try:
        proc.wait()
    except KeyboardInterrupt:
        pass
    finally:
        proc.terminate()


def get(url, accept=None):
    request = urllib.request.Request(url)
    if accept:
        for value in accept:
            request.add_header("Accept", value)
        request.add_header("Accept", ", ".join(accept))
    with urllib.request.urlopen(request, timeout=10) as reply:
        return json.loads(reply.read())


def inspect(base_url, repo):
    tags = sorted(get("%s/v2/%s/tags/list" % (base_url, repo)).get("tags") or [])
    labels, users, healthchecks = {}, {}, {}
    for tag in tags:
        manifest = get("%s/v2/%s/manifests/%s" % (base_url, repo, tag),
                       ["application/vnd.docker.distribution.manifest.v2+json", "application/vnd.oci.image.manifest.v1+json"])
        config = get("%s/v2/%s/blobs/%s" % (base_url, repo, manifest["config"]["digest"]))
        labels[tag] = config.get("config", {}).get("Labels") or {}
        users[tag] = config.get("config", {}).get("User", "")
        healthchecks[tag] = config.get("config", {}).get("Healthcheck")
    print(json.dumps({"tags": tags, "labels": labels, "users": users, "healthchecks": healthchecks}))


class Webhook(BaseHTTPRequestHandler):
    posts = []

    def log_message(self, *args):
        pass

    def do_POST(self):
        Webhook.posts.append(self.path)
        length = int(self.headers.get("Content-Length") or 0)
        self.rfile.read(length)
        if self.path.startswith("/slow"):
            time.sleep(20)
        status, body = (200, b'{"redeployed": true}') if self.path.startswith("/ok") else (500, b"stack not found")
        self.send_response(status)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        if self.path != "/_stats":  # not a registry: /v2/ is unknown here
            self.send_error(404)
            return
        body = json.dumps({"posts": Webhook.posts}).encode()
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


def webhook():
    server = ThreadingHTTPServer(("127.0.0.1", 0), Webhook)
    server.daemon_threads = True
    print("READY http://127.0.0.1:%d" % server.server_address[1], flush=True)
    server.serve_forever()


if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) > 1 else ""
    if command == "base":
        base(sys.argv[2], sys.argv[3])
    elif command == "registry":
        registry(sys.argv[2])
    elif command == "inspect":
        inspect(sys.argv[2], sys.argv[3])
    elif command == "webhook":
        webhook()
    else:
        sys.exit(__doc__)
