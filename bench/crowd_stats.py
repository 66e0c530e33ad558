"""The crowd benchmark's figures: latency per page, each step's verdict, the largest crowd served."""

from __future__ import annotations

import math
import os
from dataclasses import dataclass, field

from bench.crowd_player import Sample

P99_LIMIT_MS = 100.0
PAGES = ["nickname", "nickname POST", "home", "start POST", "question", "answer POST", "feedback",
         "article", "results", "scoreboard", "scoreboards"]
ALL = "all"
# Above these the load generator itself may be what is slow: a latency then counts the time
# a response waited for the client's event loop, not only the server's.
CLIENT_CPU_LIMIT = 0.8  # of one core
CLIENT_LAG_LIMIT_MS = 20.0


def percentile(values: list[float], p: float) -> float:
    """Nearest rank: the smallest value with at least p% of the values at or below it."""
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[max(0, math.ceil(p / 100 * len(ordered)) - 1)]


@dataclass
class Figures:
    count: int
    errors: int
    p50_ms: float
    p99_ms: float
    max_ms: float

    @classmethod
    def of(cls, samples: list[Sample]) -> Figures:
        times = [s.ms for s in samples]
        return cls(len(samples), sum(not s.ok for s in samples), percentile(times, 50), percentile(times, 99),
                   max(times, default=0.0))

    @property
    def passed(self) -> bool:
        return self.errors == 0 and self.p99_ms < P99_LIMIT_MS


@dataclass
class Step:
    """One crowd size: its figures per page, over the whole step and once all had arrived."""

    players: int
    seconds: float
    pages: dict[str, Figures]
    steady: Figures  # the requests sent once every player had arrived
    rounds_finished: int = 0
    resent: int = 0  # requests sent again after the server closed an idle connection
    client_cpu: float = 0.0  # the load generator's CPU, in cores
    client_lag_p99_ms: float = 0.0  # how late its event loop woke up
    server_cpu: float = 0.0  # gunicorn's master and workers, in cores
    load_average: float = 0.0  # the machine's, over the last minute, at the step's end
    pace: float = 0.0  # requests per second of a player kept waiting by no page (Thinking.pace)
    first_errors: list[str] = field(default_factory=list)

    @classmethod
    def of(cls, players: int, samples: list[Sample], started: float, arrived: float, seconds: float,
           **measured) -> Step:
        by_page = {page: [s for s in samples if s.page == page] for page in PAGES}
        pages = {page: Figures.of(found) for page, found in by_page.items() if found}
        pages[ALL] = Figures.of(samples)
        steady = Figures.of([s for s in samples if s.started >= arrived])
        failed = [s for s in samples if not s.ok][:5]
        first_errors = [f"{s.page} at {s.started - started:.1f} s: {s.detail}" for s in failed]
        return cls(players, seconds, pages, steady, first_errors=first_errors, **measured)

    @property
    def passed(self) -> bool:
        return self.pages[ALL].passed and self.steady.passed

    @property
    def requests_per_s(self) -> float:
        return self.pages[ALL].count / self.seconds if self.seconds else 0.0

    @property
    def cpu_per_request_ms(self) -> float:
        return 1000 * self.server_cpu / self.requests_per_s if self.requests_per_s else 0.0

    @property
    def cpu_ceiling(self) -> int:
        """The crowd whose server CPU would fill every core of this machine, at this step's
        cost per request and players at full pace: capacity as CPU allows it, whatever else
        shares the cores (players kept waiting send less, so their own rate would flatter it)."""
        if not self.cpu_per_request_ms or not self.pace:
            return 0
        return round((os.cpu_count() or 1) * 1000 / (self.cpu_per_request_ms * self.pace))

    @property
    def client_bound(self) -> bool:
        return self.client_cpu > CLIENT_CPU_LIMIT or self.client_lag_p99_ms > CLIENT_LAG_LIMIT_MS

    def page_passed(self, page: str) -> bool:
        figures = self.pages.get(page)
        return figures is None or figures.passed


def largest(steps: list[Step], page: str | None = None) -> int:
    """The largest crowd served with p99 under the limit and no errors, it and every smaller
    crowd (of the whole step, or of one page); 0 when even the smallest was not."""
    served = 0
    for step in sorted(steps, key=lambda s: s.players):
        if not (step.passed if page is None else step.page_passed(page)):
            break
        served = step.players
    return served


def step_line(step: Step) -> str:
    whole = step.pages[ALL]
    verdict = "served" if step.passed else "NOT served"
    line = (f"  {step.players:>5} players: {verdict}; "
            f"{whole.count:,} requests ({step.requests_per_s:.0f}/s), "
            f"p50 {whole.p50_ms:.1f} ms, p99 {whole.p99_ms:.1f} ms (all arrived: {step.steady.p99_ms:.1f}), "
            f"max {whole.max_ms:.0f} ms, errors {whole.errors} ({step.resent} resent); "
            f"{step.rounds_finished} rounds finished; "
            f"server {step.server_cpu:.2f} cores, client {step.client_cpu:.2f} cores "
            f"(event loop late by {step.client_lag_p99_ms:.1f} ms at p99), "
            f"load average {step.load_average:.1f}; "
            f"server CPU {step.cpu_per_request_ms:.2f} ms per request: at {step.pace:.2f} requests/s "
            f"a player, all {os.cpu_count()} cores busy at ~{step.cpu_ceiling:,} players")
    if step.client_cpu > CLIENT_CPU_LIMIT:
        line += "\n    the load generator was near its limit: these latencies may be partly its own"
    elif step.client_bound:
        line += ("\n    the client waited for a core (the machine is busy): these latencies include such "
                 "waits, the server's too")
    return line + "".join(f"\n    error: {e}" for e in step.first_errors)


def page_table(steps: list[Step]) -> str:
    """p99 per page (ms) at each crowd size; `!` marks a page with errors or p99 over the limit."""
    pages = [p for p in [*PAGES, ALL] if any(p in s.pages for s in steps)]
    width = max(map(len, pages)) + 2
    lines = [" " * width + "".join(f"{s.players:>10}" for s in steps)]
    for page in pages:
        cells = []
        for step in steps:
            figures = step.pages.get(page)
            mark = "" if figures is None or figures.passed else "!"
            cells.append(f"{'-' if figures is None else f'{figures.p99_ms:.1f}{mark}':>10}")
        lines.append(f"{page:<{width}}" + "".join(cells))
    return "\n".join(lines)


def summary(db: str, steps: list[Step]) -> str:
    per_page = ", ".join(f"{page} {largest(steps, page):,}" for page in PAGES
                         if any(page in s.pages for s in steps))
    biggest = max(steps, key=lambda s: s.players, default=None)
    tried = biggest.players if biggest else 0
    ceiling = biggest.cpu_ceiling if biggest else 0
    return (f"{db}: largest crowd served (p99 < {P99_LIMIT_MS:.0f} ms, no errors): "
            f"{largest(steps):,} players "
            f"(largest tried {tried:,}; at its CPU per request, every core busy at ~{ceiling:,})"
            f"\n  per page: {per_page}")
