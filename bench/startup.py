"""Start-up and memory: import time, bank load + validation time, a worker's resident memory.

    python bench/startup.py [--repeat 5]

Each measurement runs in a fresh interpreter (a warm one would hide the import cost), and
the median of the repeats is printed. The worker's RSS is read from a real gunicorn worker
after it has loaded the bank and served a few pages.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import statistics
import subprocess
import sys
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.append(str(ROOT))  # make `bench` importable

from bench.server import Settings, serve  # noqa: E402

BANK_TARGET_S = 1.0

# Runs in a fresh interpreter; prints one JSON line.
PROBE = r"""
import json, time
t0 = time.perf_counter()
import flask, flask_sqlalchemy, flask_wtf, flask_migrate, flask_limiter  # the framework
t1 = time.perf_counter()
from quiz import load_checked_bank
from quiz.config import PROJECT_ROOT
bank = load_checked_bank(str(PROJECT_ROOT / "questions"))
t2 = time.perf_counter()
from quiz import create_app
app = create_app({"BANK": bank, "SQLALCHEMY_DATABASE_URI": "sqlite://"})  # imports the app's modules
t3 = time.perf_counter()
rss = int(next(l for l in open("/proc/self/status") if l.startswith("VmRSS")).split()[1])
print(json.dumps({"framework": t1 - t0, "bank": t2 - t1, "create_app": t3 - t2,
                  "questions": len(bank.questions), "sources": len(bank.sources), "rss_kib": rss}))
"""


def probe_once() -> dict:
    done = subprocess.run([sys.executable, "-c", PROBE], cwd=ROOT, capture_output=True, text=True)
    if done.returncode != 0:
        raise RuntimeError(f"the start-up probe failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def rss_kib(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS"):
            return int(line.split()[1])
    return 0


def worker_rss(secret: str) -> list[int]:
    """RSS of each worker of a real gunicorn (2 workers) after serving some pages."""
    env = {"QUIZ_DATABASE_URL": "sqlite:///" + str(ROOT / "bench" / "out" / "startup.sqlite"),
           "QUIZ_SECRET_KEY": secret}
    _migrate(env["QUIZ_DATABASE_URL"])
    settings = Settings(workers=2, worker_class="gthread", threads=4)
    with serve("quiz:create_app()", settings, env, ROOT / "bench" / "out" / "startup-quiz.log") as server:
        for path in ["/", "/sources", "/nickname"] * 10:
            with contextlib.suppress(OSError):  # a page still being built does not matter here
                urllib.request.urlopen(server.url + path, timeout=10).read()
        pid = server.process.pid
        children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
        return [rss_kib(int(pid)) for pid in children]


def _migrate(url: str) -> None:
    from bench.filler import SqliteTarget, migrate
    from quiz import load_checked_bank
    from quiz.config import PROJECT_ROOT

    target = SqliteTarget(Path(url.removeprefix("sqlite:///")))
    target.create()
    migrate(url, load_checked_bank(str(PROJECT_ROOT / "questions")))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="start-up time and memory")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)
    runs = [probe_once() for _ in range(args.repeat)]

    def median(key: str) -> float:
        return statistics.median(run[key] for run in runs)

    first = runs[0]
    print(f"bank: {first['questions']} questions from {first['sources']} articles; "
          f"median of {args.repeat} fresh interpreters")
    print(f"  import Flask and its extensions  {median('framework'):6.3f} s")
    print(f"  load and validate the bank       {median('bank'):6.3f} s  (quiz.bank imports included)")
    print(f"  create_app, the bank given       {median('create_app'):6.3f} s  (imports the views, forms...)")
    total = median("framework") + median("bank") + median("create_app")
    print(f"  total, process start to app      {total:6.3f} s")
    print(f"  RSS of that process              {median('rss_kib') / 1024:6.1f} MiB")
    import secrets

    workers = worker_rss(secrets.token_urlsafe(48))
    print(f"  RSS of gunicorn workers          {', '.join(f'{kib / 1024:.1f}' for kib in workers)} MiB "
          "(bank loaded, a few pages served)")
    bank_ok = median("bank") < BANK_TARGET_S
    print(f"{'PASS' if bank_ok else 'FAIL'}  load and validate the bank < {BANK_TARGET_S:.0f} s: "
          f"{median('bank'):.3f} s")
    return 0 if bank_ok else 1


if __name__ == "__main__":
    sys.exit(main())
