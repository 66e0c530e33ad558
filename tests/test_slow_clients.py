"""Slow clients against the documented deployment: nginx (docs/nginx-rouge-quiz.conf) in front
of gunicorn with 4 gthread workers of 1 thread (docs/OPERATIONS.md).

The attack: connections that send their request one header byte every few seconds. A gunicorn
worker that has started reading such a request waits for it, and with one per worker the site
stops answering. nginx reads whole requests before passing them on, so it must not.
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import threading
import time
from contextlib import contextmanager
from pathlib import Path

import pytest
import requests
from live_server import base_env, free_port, gunicorn, upgrade_database

from quiz.config import PROJECT_ROOT

SITE = PROJECT_ROOT / "docs" / "nginx-rouge-quiz.conf"
NGINX = shutil.which("nginx") or next((p for p in ("/usr/sbin/nginx",) if Path(p).exists()), None)
SLOW_CONNECTIONS = 32  # several per worker: the kernel deals connections out among 4 workers' sockets
BYTE_EVERY_S = 2.0
ATTACK = b"GET / HTTP/1.1\r\nHost: quiz\r\nUser-Agent: " + b"s" * 200

pytestmark = pytest.mark.skipif(NGINX is None, reason="nginx is not installed (apt-get install nginx-light)")


@contextmanager
def nginx(folder: Path, listen: int, upstream: int):
    """The documented site on `listen`, proxying to gunicorn on `upstream`, run unprivileged."""
    site = SITE.read_text()
    for documented, here in (("listen 80;", f"listen 127.0.0.1:{listen};"),
                             ("server 127.0.0.1:8000;", f"server 127.0.0.1:{upstream};")):
        assert documented in site, f"{SITE.name} no longer says {documented!r}: update this test"
        site = site.replace(documented, here)
    (folder / "site.conf").write_text(site)
    temp = "\n".join(f"    {kind}_temp_path {folder / kind};" for kind in
                     ("client_body", "proxy", "fastcgi", "uwsgi", "scgi"))
    (folder / "nginx.conf").write_text(
        f"daemon off;\nmaster_process off;\npid {folder / 'nginx.pid'};\nerror_log {folder / 'error.log'};\n"
        f"events {{ worker_connections 1024; }}\n"
        f"http {{\n    access_log off;\n{temp}\n    include {folder / 'site.conf'};\n}}\n"
    )
    process = subprocess.Popen([NGINX, "-p", str(folder), "-c", str(folder / "nginx.conf"),
                                "-e", str(folder / "error.log")],
                               stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 10
        while not _listening(listen):
            assert process.poll() is None, (folder / "error.log").read_text(errors="replace")
            assert time.monotonic() < deadline, "nginx did not start listening"
            time.sleep(0.1)
        yield f"http://127.0.0.1:{listen}"
    finally:
        process.terminate()
        process.wait(10)


def _listening(port: int) -> bool:
    try:
        socket.create_connection(("127.0.0.1", port), timeout=1).close()
    except OSError:
        return False
    return True


class SlowClients:
    """Connections that each send their request one byte every BYTE_EVERY_S seconds."""

    def __init__(self, port: int, count: int) -> None:
        self.sockets = [socket.create_connection(("127.0.0.1", port), timeout=5) for _ in range(count)]
        self.sent = 0  # bytes each connection has sent so far
        self.dropped = 0  # connections the server closed on them
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._trickle, daemon=True)

    def _trickle(self) -> None:
        while not self.stop.is_set() and self.sent < len(ATTACK):
            for sock in self.sockets:
                try:
                    sock.send(ATTACK[self.sent:self.sent + 1])
                except OSError:
                    self.dropped += 1
            self.sent += 1
            self.stop.wait(BYTE_EVERY_S)

    def __enter__(self) -> SlowClients:
        self.thread.start()
        time.sleep(1)  # the first byte is in: a worker that reads it now waits for the rest
        return self

    def __exit__(self, *exc) -> None:
        self.stop.set()
        self.thread.join()
        for sock in self.sockets:
            sock.close()


def _timed_get(url: str, timeout: float) -> float | None:
    """Seconds a fresh connection takes to get a 200 for the home page; None if it does not."""
    started = time.monotonic()
    try:
        response = requests.get(url + "/", timeout=timeout, headers={"Connection": "close"})
    except requests.RequestException:
        return None
    return time.monotonic() - started if response.status_code == 200 else None


def test_slow_clients_do_not_stall_the_site_behind_the_documented_proxy(tmp_path):
    env = base_env(f"sqlite:///{tmp_path / 'quiz.sqlite'}", QUIZ_PROXIES="1",
                   GUNICORN_CMD_ARGS="--worker-class gthread --threads 1")
    upgrade_database(env)
    (tmp_path / "nginx").mkdir()
    with gunicorn(env, tmp_path / "gunicorn.log", workers=4) as app, \
            nginx(tmp_path / "nginx", free_port(), int(app.url.rsplit(":", 1)[1])) as site:
        assert _timed_get(site, 10) is not None  # the proxy serves the app

        times = []
        with SlowClients(int(site.rsplit(":", 1)[1]), SLOW_CONNECTIONS) as attack:
            while attack.sent < 4:  # players keep coming for the attack's first six seconds
                times.append(_timed_get(site, 5))
                time.sleep(0.2)
            assert attack.dropped == 0  # every slow connection was still trickling meanwhile
        assert None not in times, times
        assert max(times) < 2.0, times  # answered as usual, not after the attack gives up

        # the same attack straight at gunicorn, as without the proxy: the site stalls
        with SlowClients(int(app.url.rsplit(":", 1)[1]), SLOW_CONNECTIONS):
            assert _timed_get(app.url, 3) is None
