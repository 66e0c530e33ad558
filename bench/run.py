"""Load-test Rouge Quiz: gunicorn + a database full of history, driven by wrk.

    python bench/run.py                      # SQLite and PostgreSQL, 1x history (~10 minutes)
    python bench/run.py --quick              # smoke run: short runs on a tenth of the history
    python bench/run.py --db sqlite --growth # scoreboard and answer at 1x and 10x history

Every figure is set against a minimal Flask app (bench/hello_app.py) under the same gunicorn
settings, measured in the same run, so the targets hold on a noisy or shared machine.
"""

from __future__ import annotations

import argparse
import json
import secrets
import sys
import time
from dataclasses import asdict, dataclass
from functools import partial
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.append(str(ROOT))  # run as a script: make `bench` importable (PYTHONPATH may name another `quiz`)

from bench.filler import PostgresTarget, SqliteTarget, fill  # noqa: E402
from bench.history import Sizes  # noqa: E402
from bench.load import Request, Result, run_wrk, write_requests  # noqa: E402
from bench.pages import Baseline, Pages  # noqa: E402
from bench.plans import explain  # noqa: E402
from bench.report import Section, growth_table, growth_verdicts, table, verdicts  # noqa: E402
from bench.server import Settings, serve  # noqa: E402

OUT = ROOT / "bench" / "out"
HELLO = "bench.hello_app:app"
QUIZ = "quiz:create_app()"
FLOOR = "bench.floor_app:create()"
QUICK_SIZES = Sizes(players=1_000, rounds=10_000)  # --quick: a tenth of the history


@dataclass
class Config:
    duration: float  # seconds of each page, in `windows` windows
    warmup: float
    connections: int
    threads: int
    settings: Settings
    keep: bool
    players: int
    app_root: Path = ROOT
    py_spy: bool = False
    windows: int = 5

    @property
    def window_s(self) -> float:
        """One window of a page (and of the baseline around it); wrk counts whole seconds."""
        return max(1, round(self.duration / self.windows))

    def wrk(self, server_url: str, path: Path, seconds: float, once: bool = False) -> Result:
        return run_wrk(server_url, path, duration=seconds, connections=self.connections,
                       threads=self.threads, once=once)


def log(message: str) -> None:
    print(message, flush=True)


def quiz_env(db_url: str) -> dict[str, str]:
    # Production settings, as an operator runs it, except the per-player and per-address
    # rate limits: a load test from one address would measure the limiter saying no.
    return {
        "QUIZ_DATABASE_URL": db_url,
        "QUIZ_SECRET_KEY": secrets.token_urlsafe(48),
        "QUIZ_ENV": "production",
        "QUIZ_RATE_LIMITS": "off",
    }


def make_target(db: str, tag: str):
    if db == "sqlite":
        return SqliteTarget(OUT / f"{tag}.sqlite")
    return PostgresTarget(f"bench_rouge_{tag.replace('-', '_')}")


def run_section(cfg: Config, db: str, sizes: Sizes, label: str, only: list[str] | None) -> Section:
    """Fill a fresh database, then measure the quiz's pages with the baseline between them."""
    from quiz import load_checked_bank
    from quiz.config import PROJECT_ROOT

    tag = f"{db}-{sizes.rounds}"
    section = Section(f"{db}, {label}")
    target = make_target(db, tag)
    bank = load_checked_bank(str(PROJECT_ROOT / "questions"))
    try:
        log(f"[{db}] filling {sizes.players:,} players, {sizes.rounds:,} rounds, {sizes.answers:,} answers")
        report = fill(target, bank, sizes, progress=log)
        log(f"  filled in {report.seconds:.0f} s: {report.players:,} players, {report.rounds:,} rounds, "
            f"{report.answers:,} answers, {report.best_scores:,} best scores")
        # both servers up side by side (an idle one costs nothing): the baseline is measured
        # between the quiz's pages; the floor's server starts only for its own row
        env = quiz_env(target.url)
        floor = partial(serve, FLOOR, cfg.settings, env, OUT / f"{tag}-floor.log", app_root=cfg.app_root)
        with serve(HELLO, cfg.settings, {}, OUT / f"{tag}-hello.log") as hello, \
                serve(QUIZ, cfg.settings, env, OUT / f"{tag}-quiz.log", app_root=cfg.app_root) as server:
            baseline = Baseline(cfg, hello, write_requests(OUT / "hello.req", [Request("GET", "/")]))
            pages = Pages(cfg, server, target.url, bank, baseline, log, floor)
            section.rows = pages.run_all(only)
            section.baseline_runs = baseline.runs
            section.locked = server.count_in_log("database is locked")
            section.tracebacks = server.count_in_log("Traceback")
        section.plans = explain(target.url)
    finally:
        if not cfg.keep:
            target.drop()
    return section


def print_section(section: Section, targets: bool) -> list:
    log("")
    log(table(section))
    found = verdicts(section)
    if targets:
        for verdict in found:
            log(str(verdict))
    return found


def save(sections: list[Section], extra: dict) -> Path:
    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / f"results-{time.strftime('%Y%m%d-%H%M%S')}.json"
    data = {"sections": [_lean(asdict(s)) for s in sections], **extra}
    path.write_text(json.dumps(data, indent=1, default=str))
    return path


def _lean(value):
    """The saved figures without every latency wrk kept (the percentiles are saved)."""
    if isinstance(value, dict):
        return {k: _lean(v) for k, v in value.items() if k != "latency"}
    if isinstance(value, list):
        return [_lean(v) for v in value]
    return value


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    dbs = ["sqlite", "postgres"] if args.db == "both" else [args.db]
    duration = args.duration or (3 if args.quick else 15)
    if args.windows is None:
        args.windows = 1 if args.quick else 5
    if args.windows < 1:
        raise SystemExit("--windows must be at least 1")
    cfg = Config(
        duration=duration, warmup=1 if args.quick else 2, connections=args.connections,
        threads=args.wrk_threads, keep=args.keep, players=min(args.connections, 16),
        app_root=Path(args.app_root).resolve() if args.app_root else ROOT, py_spy=args.py_spy,
        windows=args.windows,
        settings=Settings(workers=args.workers, worker_class=args.worker_class, threads=args.threads),
    )
    OUT.mkdir(parents=True, exist_ok=True)
    started = time.monotonic()
    log(f"gunicorn: {' '.join(cfg.settings.args())} (and gunicorn.conf.py); wrk: {cfg.threads} threads, "
        f"{cfg.connections} connections, {cfg.windows} windows of {cfg.window_s:.0f} s per page, "
        f"each between two of the baseline (+{cfg.warmup:.0f} s warm-up)")
    sections, failed = [], False
    if args.growth:
        only = ["scoreboard", "scoreboard-me", "answer"]
        for db in dbs:
            small = run_section(cfg, db, Sizes.at_scale(1), "1x history", only)
            large = run_section(cfg, db, Sizes.at_scale(10), "10x history", only)
            sections += [small, large]
            for section in (small, large):
                print_section(section, targets=False)
            log("")
            log(growth_table(db, small, large, ("1x", "10x")))
            for verdict in growth_verdicts(small, large):
                log(str(verdict))
                failed |= not verdict.passed
            log_plans(db, large)
    else:
        sizes = QUICK_SIZES if args.quick and not args.scale else Sizes.at_scale(args.scale or 1)
        label = f"{sizes.rounds:,} rounds / {sizes.answers:,} answers"
        for db in dbs:
            section = run_section(cfg, db, sizes, label, args.only)
            sections.append(section)
            # the targets are set for SQLite; PostgreSQL's verdicts are printed for comparison
            found = print_section(section, targets=True)
            if db == "sqlite":
                failed |= not all(v.passed for v in found)
    path = save(sections, {"argv": sys.argv[1:], "minutes": (time.monotonic() - started) / 60})
    log(f"\nresults saved to {path.relative_to(ROOT)}; total {(time.monotonic() - started) / 60:.1f} min")
    return 1 if failed else 0


def log_plans(db: str, section: Section) -> None:
    plans = section.plans
    if plans:
        log(f"\nquery plans on {db} at 10x history (an index read, not a scan):")
        for name, plan in plans.items():
            log(f"  {name}:\n    " + "\n    ".join(plan))


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--db", choices=["sqlite", "postgres", "both"], default="both")
    parser.add_argument("--duration", type=float, help="seconds per page (default 15; --quick: 3)")
    parser.add_argument("--windows", type=int, default=None,
                        help="windows a page's seconds are cut into, the baseline measured between "
                             "them (default 5; --quick: 1)")
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument("--scale", type=int, choices=[1, 10], help="history size: 1 = 100,000 rounds")
    parser.add_argument("--quick", action="store_true", help="smoke run: 3 s per page, 10,000 rounds")
    parser.add_argument("--growth", action="store_true", help="scoreboard and answer at 1x and 10x history")
    parser.add_argument("--only", nargs="+", help="measure only these pages (names as in the table)")
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--worker-class", choices=["gthread", "sync"], default="gthread")
    parser.add_argument("--threads", type=int, default=1, help="threads per gthread worker (see RESULTS.md)")
    parser.add_argument("--wrk-threads", type=int, default=2)
    parser.add_argument("--keep", action="store_true", help="keep the databases (bench/out/, bench_rouge_*)")
    parser.add_argument("--app-root", help="serve the quiz from another checkout (to measure a change)")
    parser.add_argument("--py-spy", action="store_true",
                        help="sample one worker with py-spy during each page: bench/out/spy-<page>.txt")
    return parser.parse_args(argv)


if __name__ == "__main__":
    sys.exit(main())
