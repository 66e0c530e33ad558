"""Drive a server with wrk and read back its figures.

The requests come from a file (see lua/replay.lua) so that every request of a run can carry
its own cookie, CSRF token and target; the Lua script prints one JSON line that we parse.
"""

from __future__ import annotations

import json
import resource
import shutil
import subprocess
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

LUA = Path(__file__).resolve().parent / "lua" / "replay.lua"


@dataclass(frozen=True)
class Request:
    method: str
    path: str
    cookie: str = ""
    body: str = ""

    def line(self) -> str:
        for part in (self.path, self.cookie, self.body):
            if "\t" in part or "\n" in part:
                raise ValueError(f"tab or newline in a request field: {part!r}")
        return f"{self.method}\t{self.path}\t{self.cookie}\t{self.body}"


@dataclass
class Result:
    requests: int
    seconds: float
    p50_ms: float
    p90_ms: float
    p99_ms: float
    max_ms: float
    socket_errors: int
    status_errors: int  # responses outside 2xx/3xx
    exhausted: int
    statuses: dict[int, int] = field(default_factory=dict)
    cpu_ms: float | None = None  # server CPU per request (gunicorn master + workers)
    client_cpu_ms: float | None = None  # wrk's own CPU per request, its set-up included
    samples: list[str] = field(default_factory=list)  # the first failing response per wrk thread
    latency: dict[int, int] = field(default_factory=dict)  # microseconds -> responses that took it

    @property
    def rps(self) -> float:
        return self.requests / self.seconds if self.seconds else 0.0

    @classmethod
    def pooled(cls, runs: list[Result]) -> Result:
        """Several runs of one page as one: their requests over their seconds, and the
        percentiles of all their latencies together."""
        latency: Counter[int] = Counter()
        statuses: Counter[int] = Counter()
        for run in runs:
            latency.update(run.latency)
            statuses.update(run.statuses)

        def per_request(attr: str) -> float | None:
            known = [r for r in runs if getattr(r, attr) is not None and r.requests]
            spent = sum(getattr(r, attr) * r.requests for r in known)
            counted = sum(r.requests for r in known)
            return spent / counted if counted else None

        return cls(
            requests=sum(r.requests for r in runs), seconds=sum(r.seconds for r in runs),
            p50_ms=percentile(latency, 50) / 1000, p90_ms=percentile(latency, 90) / 1000,
            p99_ms=percentile(latency, 99) / 1000, max_ms=max((r.max_ms for r in runs), default=0.0),
            socket_errors=sum(r.socket_errors for r in runs),
            status_errors=sum(r.status_errors for r in runs),
            exhausted=sum(r.exhausted for r in runs), statuses=dict(statuses),
            cpu_ms=per_request("cpu_ms"), client_cpu_ms=per_request("client_cpu_ms"),
            samples=[s for r in runs for s in r.samples][:4], latency=dict(latency),
        )

    def unexpected(self, expected: set[int]) -> int:
        """Responses whose status is not one of those this page should give."""
        return sum(n for code, n in self.statuses.items() if code not in expected)


def percentile(latency: dict[int, int], p: float) -> int:
    """wrk's own percentile (stats_percentile): the smallest latency at or above rank p%."""
    total = sum(latency.values())
    if not total:
        return 0
    rank = round(p / 100 * total + 0.5)
    seen = 0
    for value in sorted(latency):
        seen += latency[value]
        if seen >= rank:
            return value
    return max(latency)


def write_requests(path: Path, requests: list[Request]) -> Path:
    path.write_text("".join(r.line() + "\n" for r in requests))
    return path


def parse(output: str) -> Result:
    line = next((ln for ln in output.splitlines() if ln.startswith("BENCH-RESULT ")), None)
    if line is None:
        raise RuntimeError(f"wrk printed no result:\n{output[-2000:]}")
    raw = json.loads(line.removeprefix("BENCH-RESULT "))
    return Result(
        requests=raw["requests"],
        seconds=raw["duration_us"] / 1e6,
        p50_ms=raw["p50_us"] / 1000,
        p90_ms=raw["p90_us"] / 1000,
        p99_ms=raw["p99_us"] / 1000,
        max_ms=raw["max_us"] / 1000,
        socket_errors=raw["connect"] + raw["read"] + raw["write"] + raw["timeout"],
        status_errors=raw["status_errors"],
        exhausted=raw["exhausted"],
        statuses={int(k): v for k, v in raw["statuses"].items()},
        samples=[ln.split(" ", 1)[1] for ln in output.splitlines() if ln.startswith("BENCH-SAMPLE ")],
        latency=_latency(output),
    )


def _latency(output: str) -> dict[int, int]:
    line = next((ln for ln in output.splitlines() if ln.startswith("BENCH-LATENCY ")), "")
    pairs = (item.split(":") for item in line.removeprefix("BENCH-LATENCY ").split(",") if item)
    return {int(value): int(count) for value, count in pairs}


def run_wrk(
    base_url: str,
    request_file: Path,
    *,
    duration: float,
    connections: int,
    threads: int = 2,
    once: bool = False,
    timeout_s: int = 5,  # bench.pages.WRK_TIMEOUT_S
) -> Result:
    """One wrk run; `once` sends each request of the file at most once (answer POSTs)."""
    wrk = shutil.which("wrk")
    if wrk is None:
        raise RuntimeError("wrk is not installed (Debian/Ubuntu: apt-get install wrk)")
    threads = max(1, min(threads, connections))
    command = [
        wrk, f"-t{threads}", f"-c{connections}", f"-d{max(1, round(duration))}s",
        f"--timeout={timeout_s}s", "-s", str(LUA), base_url,
        "--", str(request_file), "once" if once else "cycle", str(threads),
    ]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    done = subprocess.run(command, capture_output=True, text=True, timeout=duration + 60)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        raise RuntimeError(f"wrk failed ({done.returncode}):\n{done.stderr}\n{done.stdout}")
    result = parse(done.stdout)
    # wrk shares the cores with the server: what it spends is taken from the page's rate
    spent = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    result.client_cpu_ms = spent * 1000 / result.requests if result.requests else None
    return result
