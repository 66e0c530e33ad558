"""Result tables and PASS/FAIL verdicts. Every target is a ratio to the baseline of the same run."""

from __future__ import annotations

from dataclasses import dataclass, field
from statistics import median

from bench.load import Result

P99_LIMIT_MS = 100.0
# page -> minimum requests/s as a share of the baseline's (SQLite, 2 cores, 32 connections)
RATIO_TARGETS = {
    "question": 0.30,
    "answer": 0.20,
    "scoreboard": 0.50,
    "scoreboards": 0.30,
    "article": 0.50,
}


@dataclass
class Row:
    name: str
    what: str  # the request, for the table
    result: Result | None = None
    expected: tuple[int, ...] = (200,)
    note: str = ""  # why a row has no result, or what else was checked
    extra_errors: int = 0  # failures the harness saw itself (e.g. answers not written)
    baseline_rps: float | None = None  # the baseline measured around this page
    ratios: list[float] = field(default_factory=list)  # per window: req/s over the baseline's around it
    cpu_ratios: list[float] = field(default_factory=list)  # per window: baseline cpu ms over the page's
    warmup_statuses: dict[int, int] = field(default_factory=dict)

    @property
    def errors(self) -> int:
        if self.result is None:
            return 0
        r = self.result
        return r.socket_errors + r.status_errors + self.extra_errors

    @property
    def unexpected(self) -> int:
        return self.result.unexpected(set(self.expected)) if self.result else 0


@dataclass
class Section:
    """One database's run: the baseline (measured before and after) and the quiz's pages."""

    db: str
    baseline_runs: list[Result] = field(default_factory=list)
    rows: list[Row] = field(default_factory=list)
    locked: int = 0  # "database is locked" in the server log
    tracebacks: int = 0
    plans: dict[str, list[str]] = field(default_factory=dict)  # the scoreboard's query plans

    @property
    def baseline_rps(self) -> float:
        runs = [r.rps for r in self.baseline_runs]
        return sum(runs) / len(runs) if runs else 0.0

    def ratio(self, row: Row) -> float | None:
        """The median of the page's windows, each against the baseline just before and after
        it: a window caught in a slow stretch of the machine moves the median little."""
        return median(row.ratios) if row.result is not None and row.ratios else None

    def cpu_ratio(self, row: Row) -> float | None:
        """Baseline CPU per request over the page's (the median of the windows'): the ratio
        the page would reach if the server had the cores to itself (it ignores wrk's and the
        database server's share)."""
        return median(row.cpu_ratios) if row.result is not None and row.cpu_ratios else None

    def row(self, name: str) -> Row | None:
        return next((r for r in self.rows if r.name == name), None)


def _fmt(value: float | None, digits: int = 1) -> str:
    return "-" if value is None else f"{value:.{digits}f}"


COLUMNS = (("req/s", 8), ("p50 ms", 8), ("p99 ms", 8), ("ratio", 7), ("windows", 11), ("cpu ms", 8),
           ("cpu ratio", 10), ("errors", 7), ("other", 6))


def _line(name: str, values: list[str], what: str) -> str:
    cells = "".join(f"{v:>{w}}" for v, (_, w) in zip(values, COLUMNS, strict=True))
    return f"{name:<16}{cells}  {what}"


def table(section: Section) -> str:
    head = _line("page", [c for c, _ in COLUMNS], "request")
    lines = [f"== {section.db} ==", head, "-" * len(head)]
    runs = section.baseline_runs
    if runs:
        cpu = [r.cpu_ms for r in runs if r.cpu_ms]
        errors = sum(r.socket_errors + r.status_errors for r in runs)
        rps = [r.rps for r in runs]
        lines.append(_line("hello (baseline)", [
            f"{section.baseline_rps:.0f}", _fmt(sum(r.p50_ms for r in runs) / len(runs)),
            _fmt(max(r.p99_ms for r in runs)), "1.00", "", _fmt(sum(cpu) / len(cpu) if cpu else None, 2),
            "1.00", str(errors), str(sum(r.unexpected({200}) for r in runs)),
        ], f"GET / of bench/hello_app.py: mean of {len(runs)} windows around the pages' "
           f"({min(rps):.0f} to {max(rps):.0f} req/s)"))
    for row in section.rows:
        r = row.result
        if r is None:
            lines.append(_line(row.name, ["-"] * len(COLUMNS), f"{row.what}: {row.note}"))
            continue
        spread = f"{min(row.ratios):.2f}-{max(row.ratios):.2f}" if row.ratios else "-"
        lines.append(_line(row.name, [
            f"{r.rps:.0f}", _fmt(r.p50_ms), _fmt(r.p99_ms), _fmt(section.ratio(row), 2), spread,
            _fmt(r.cpu_ms, 2), _fmt(section.cpu_ratio(row), 2), str(row.errors), str(row.unexpected),
        ], row.what + (f"  [{row.note}]" if row.note else "")))
    lines.append(f"server log: {section.locked} \"database is locked\", {section.tracebacks} tracebacks")
    lines.append(
        "ratio: the median over the page's windows of its req/s over the baseline's just before and after\n"
        "the window; windows: the lowest and highest window's ratio; p50, p99: of all the windows'\n"
        "requests together; cpu ms: server CPU per request; cpu ratio: the median of baseline cpu ms over\n"
        "the page's (the ratio on idle cores); errors: socket errors + responses outside 2xx/3xx (+ answers\n"
        "not written); other: another status than the page should give")
    return "\n".join(lines)


@dataclass
class Verdict:
    name: str
    passed: bool
    detail: str

    def __str__(self) -> str:
        return f"{'PASS' if self.passed else 'FAIL'}  {self.name}: {self.detail}"


def verdicts(section: Section) -> list[Verdict]:
    out: list[Verdict] = []
    for name, minimum in RATIO_TARGETS.items():
        row = section.row(name)
        ratio = section.ratio(row) if row else None
        if ratio is None:
            out.append(Verdict(f"{name} >= {minimum:.2f} x baseline", False, "not measured"))
        else:
            out.append(Verdict(f"{name} >= {minimum:.2f} x baseline", ratio >= minimum, f"{ratio:.2f}"))
    measured = [row for row in section.rows if row.result is not None]
    slow = [f"{row.name} {row.result.p99_ms:.0f} ms" for row in measured if row.result.p99_ms >= P99_LIMIT_MS]
    out.append(Verdict(f"p99 < {P99_LIMIT_MS:.0f} ms on every page", not slow and bool(measured),
                       ", ".join(slow) or "all under"))
    errors = sum(row.errors + row.unexpected for row in measured)
    out.append(Verdict("zero errors", errors == 0, f"{errors}"))
    out.append(Verdict('zero "database is locked"', section.locked == 0, f"{section.locked}"))
    return out


def growth_table(db: str, small: Section, large: Section, sizes: tuple[str, str]) -> str:
    head = (f"{'page':<16}{'req/s ' + sizes[0]:>11}{'req/s ' + sizes[1]:>11}{'ratio ' + sizes[0]:>10}"
            f"{'ratio ' + sizes[1]:>10}{'cpu ms ' + sizes[0]:>11}{'cpu ms ' + sizes[1]:>11}{'cpu x':>7}"
            f"{'rel x':>7}{'p99 ' + sizes[0]:>10}{'p99 ' + sizes[1]:>10}")
    lines = [f"== growth, {db} ==", head, "-" * len(head)]
    for row in small.rows:
        other = large.row(row.name)
        if row.result is None or other is None or other.result is None:
            continue
        a, b = row.result, other.result
        grow = b.cpu_ms / a.cpu_ms if a.cpu_ms and b.cpu_ms else None
        lines.append(f"{row.name:<16}{a.rps:>11.0f}{b.rps:>11.0f}{_fmt(small.ratio(row), 2):>10}"
                     f"{_fmt(large.ratio(other), 2):>10}{_fmt(a.cpu_ms, 2):>11}{_fmt(b.cpu_ms, 2):>11}"
                     f"{_fmt(grow, 2):>7}{_fmt(relative_growth(small, row, large, other), 2):>7}"
                     f"{a.p99_ms:>8.0f}ms{b.p99_ms:>8.0f}ms")
    lines.append(f"{'hello (baseline)':<16}{small.baseline_rps:>11.0f}{large.baseline_rps:>11.0f}")
    lines.append("cpu x: server CPU per request at 10x over 1x; rel x: the same, each measured against the\n"
                 "baseline windows around it (cpu ratio at 1x over cpu ratio at 10x): the machine's speed,\n"
                 "which drifts between the two sections, cancels out; the verdicts use it")
    return "\n".join(lines)


FLAT_CPU = 1.25  # 10x the history may cost at most 25% more CPU per request


def relative_growth(small: Section, row: Row, large: Section, other: Row) -> float | None:
    """The page's CPU per request at 10x over 1x, each against the baseline around it."""
    before, after = small.cpu_ratio(row), large.cpu_ratio(other)
    return before / after if before and after else None


def growth_verdicts(small: Section, large: Section) -> list[Verdict]:
    out = []
    for row in small.rows:
        other = large.row(row.name)
        if row.result is None or other is None or other.result is None:
            continue
        # CPU per request against the baseline's: the machine's speed moves requests/s and,
        # by as much as a third between two sections, CPU per request; not their ratio
        grow = relative_growth(small, row, large, other)
        if grow is None:
            continue
        out.append(Verdict(f"{row.name} flat at 10x history (cpu/request x{FLAT_CPU:.2f} at most)",
                           grow <= FLAT_CPU, f"x{grow:.2f}"))
    return out
