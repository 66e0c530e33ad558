"""A real gunicorn server in a subprocess, for tests that need several worker processes."""

from __future__ import annotations

import contextlib
import os
import re
import signal
import socket
import subprocess
import sys
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

import requests

from quiz.config import PROJECT_ROOT

PG_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/test"
REDIS_URL = "redis://127.0.0.1:6379/0"
# gunicorn.conf.py's post_worker_init line, once a worker has loaded the app
READY = re.compile(r"\[(\d+)\] \[INFO\] Worker ready: (\d+) objects")
_CSRF = re.compile(r'name="csrf_token"[^>]*value="([^"]+)"|value="([^"]+)"[^>]*name="csrf_token"')


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def reachable(host: str, port: int) -> bool:
    try:
        socket.create_connection((host, port), timeout=1).close()
    except OSError:
        return False
    return True


def redis_up() -> bool:
    return reachable("127.0.0.1", 6379)


def postgres_up() -> bool:
    return reachable("127.0.0.1", 5432)


def base_env(database_url: str, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("QUIZ_", "FLASK_"))}
    env.update(
        QUIZ_DATABASE_URL=database_url,
        QUIZ_SECRET_KEY="live-server-secret-" + uuid.uuid4().hex,
        QUIZ_RATE_LIMITS="off",
    )
    env.update(extra)
    return env


def upgrade_database(env: dict[str, str]) -> None:
    """Create the schema the way an operator does before starting gunicorn."""
    done = subprocess.run(
        [sys.executable, "-c", "from quiz.cli import main; main()", "db", "upgrade"],
        cwd=PROJECT_ROOT, env=env, capture_output=True, text=True, timeout=120,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def fresh_postgres_database() -> str:
    """A new empty database on the local server, so runs never see each other's data."""
    import psycopg

    name = "quiz_t_" + uuid.uuid4().hex[:12]
    with psycopg.connect("postgresql://postgres@127.0.0.1:5432/test", autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    return name


def drop_postgres_database(name: str) -> None:
    import psycopg

    with psycopg.connect("postgresql://postgres@127.0.0.1:5432/test", autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@dataclass
class Server:
    url: str
    log: Path
    process: subprocess.Popen

    def log_text(self) -> str:
        return self.log.read_text(errors="replace")

    def ready_workers(self) -> list[tuple[str, str]]:
        """(pid, objects frozen) of every worker that has loaded the app, replaced ones too."""
        return READY.findall(self.log_text())

    def wait_until_ready(self, workers: int, timeout: float = 60) -> None:
        """Wait until `workers` worker processes in all have loaded the app. Each worker
        listens on its own socket (reuse_port) before it loads the app, so a connection the
        kernel deals to a booting worker waits for the load: on a loaded machine, for longer
        than a request's time-out."""
        deadline = time.monotonic() + timeout
        while len({pid for pid, _ in self.ready_workers()}) < workers:
            if self.process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"{workers} workers were not ready:\n{self.log_text()[-3000:]}")
            time.sleep(0.1)


@contextlib.contextmanager
def gunicorn(env: dict[str, str], log: Path, workers: int = 4, timeout: float = 60):
    """Serve 'quiz:create_app()' with `workers` processes on a free loopback port."""
    port = free_port()
    cmd = [
        sys.executable, "-m", "gunicorn", "quiz:create_app()",
        "-w", str(workers), "-b", f"127.0.0.1:{port}",
        # access lines "<pid> METHOD /path status", so a test can see which worker served what
        "--access-logfile", "-", "--access-logformat", "%(p)s %(m)s %(U)s %(s)s",
        "--error-logfile", "-", "--capture-output",
        "--graceful-timeout", "5",
    ]
    with open(log, "wb") as out:
        process = subprocess.Popen(cmd, cwd=PROJECT_ROOT, env=env, stdout=out, stderr=out)
    server = Server(f"http://127.0.0.1:{port}", log, process)
    try:
        _wait_until_serving(server, timeout)
        server.wait_until_ready(workers, timeout)
        yield server
    finally:
        stop(process)


def stop(process: subprocess.Popen) -> None:
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def _wait_until_serving(server: Server, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.process.poll() is not None:
            raise RuntimeError(f"gunicorn exited {server.process.returncode}:\n{server.log_text()}")
        try:
            requests.get(server.url + "/healthz", timeout=5)
            return
        except requests.RequestException:  # not listening yet, or workers still booting
            time.sleep(0.2)
    raise RuntimeError(f"gunicorn did not answer within {timeout}s:\n{server.log_text()}")


def csrf_token(html: str) -> str:
    match = _CSRF.search(html)
    assert match, "no csrf_token field in the page"
    return match.group(1) or match.group(2)


def answer_data(html: str, position: int, role: int) -> dict:
    """A valid answer to the question page `html`; role 0 and role 1 give different answers."""
    names = set(re.findall(r'name="(choice|picks|truth|text|place_\d+)"', html))
    data: dict = {"csrf_token": csrf_token(html), "position": str(position)}
    if "choice" in names:
        data["choice"] = str(role)
    elif "picks" in names:
        data["picks"] = ["0", "1"][: role + 1]
    elif "truth" in names:
        data["truth"] = ("true", "false")[role]
    elif "text" in names:
        data["text"] = ("Yu-ka", "not this")[role]
    places = sorted((n for n in names if n.startswith("place_")), key=lambda n: int(n[6:]))
    order = list(range(len(places)))
    for place, item in zip(places, order if role == 0 else order[::-1], strict=True):
        data[place] = str(item)
    return data
