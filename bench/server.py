"""Start an app under gunicorn on a free loopback port, wait until it answers, stop it cleanly."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Settings:
    """The gunicorn settings shared by the baseline and the quiz, so their ratio is fair."""

    workers: int = 4
    worker_class: str = "gthread"
    threads: int = 1

    def args(self) -> list[str]:
        args = ["--workers", str(self.workers), "--worker-class", self.worker_class]
        if self.worker_class == "gthread":
            args += ["--threads", str(self.threads)]
        if _has_setting("control_socket_disable"):
            # gunicorn >= 24 opens one control socket per user by default: runs side by side
            # (or beside another gunicorn) would fight over it
            args.append("--no-control-socket")
        # no access log: writing one line per request would be measured as part of the app
        return args + ["--backlog", "2048", "--timeout", "60", "--graceful-timeout", "10"]


def _has_setting(name: str) -> bool:
    from gunicorn.config import KNOWN_SETTINGS

    return any(setting.name == name for setting in KNOWN_SETTINGS)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class Server:
    url: str
    process: subprocess.Popen
    log_path: Path

    def log_text(self) -> str:
        return self.log_path.read_text(errors="replace") if self.log_path.exists() else ""

    def count_in_log(self, needle: str) -> int:
        return self.log_text().count(needle)

    def worker_pids(self) -> list[int]:
        pid = self.process.pid
        children = Path(f"/proc/{pid}/task/{pid}/children")
        return list(map(int, children.read_text().split())) if children.exists() else []

    def cpu_seconds(self) -> float:
        """CPU time used so far by gunicorn's master and workers: unlike requests/s, it does
        not change when other programs compete for the cores."""
        return sum(_cpu_of(p) for p in [self.process.pid, *self.worker_pids()])


TICKS = os.sysconf("SC_CLK_TCK")


def _cpu_of(pid: int) -> float:
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / TICKS  # utime + stime


def _answers(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=2) as response:
            return response.status < 500
    except urllib.error.HTTPError as exc:
        return exc.code < 500
    except OSError:
        return False


def _wait_ready(server: Server, workers: int, timeout: float) -> None:
    # Ready when every worker has booted (workers load the app after gunicorn logs "Booting")
    # and a run of requests all succeed, so the first measured second is not a cold start.
    deadline = time.monotonic() + timeout
    streak = 0
    while time.monotonic() < deadline:
        if server.process.poll() is not None:
            code = server.process.returncode
            raise RuntimeError(f"gunicorn exited with {code}:\n{server.log_text()[-3000:]}")
        booted = server.count_in_log("Booting worker")
        streak = streak + 1 if booted >= workers and _answers(server.url + "/") else 0
        if streak >= 2 * workers:
            return
        time.sleep(0.05 if streak else 0.2)
    raise RuntimeError(f"gunicorn not ready after {timeout:.0f} s:\n{server.log_text()[-3000:]}")


def stop(process: subprocess.Popen, timeout: float = 15) -> None:
    """SIGTERM (graceful: workers finish their request), then SIGKILL if it hangs."""
    if process.poll() is not None:
        return
    process.send_signal(signal.SIGTERM)
    try:
        process.wait(timeout)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(5)


@contextmanager
def serve(app_spec: str, settings: Settings, env: dict[str, str], log_path: Path, ready_timeout: float = 60,
          app_root: Path = ROOT):
    """Run `gunicorn app_spec` until the with-block ends; yields a Server.

    `app_root` is the checkout whose `quiz` package is served (another one than this, to
    measure a proposed change side by side).
    """
    port = free_port()
    command = [sys.executable, "-m", "gunicorn", *settings.args(), "--bind", f"127.0.0.1:{port}", app_spec]
    log_path.parent.mkdir(parents=True, exist_ok=True)
    with open(log_path, "wb") as log:
        # app_root's `quiz` first, then this checkout's `bench` (bench/floor_app.py)
        path = os.pathsep.join(filter(None, [str(app_root), str(ROOT), os.environ.get("PYTHONPATH")]))
        process = subprocess.Popen(
            command, cwd=app_root, env={**os.environ, "PYTHONPATH": path, **env},
            stdout=log, stderr=subprocess.STDOUT,
        )
    server = Server(f"http://127.0.0.1:{port}", process, log_path)
    try:
        _wait_ready(server, settings.workers, ready_timeout)
        yield server
    finally:
        stop(process)
