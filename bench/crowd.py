"""How many players at once: a crowd playing Rouge Quiz as people do, against gunicorn.

    python bench/crowd.py                     # SQLite and PostgreSQL, crowds of 100 up to 3,000
                                              # (2.5 minutes a crowd, up to 20 a database)
    python bench/crowd.py --db sqlite --steps 500 1000 1500
    python bench/crowd.py --quick             # smoke run: 20 and 50 players, thinking fast

Each step lets a crowd of players arrive over `--ramp` seconds and play for `--hold` more
(bench/crowd_player.py: nickname, quick rounds with thinking time, feedback, results, a
scoreboard, again); a step is served when every request of it succeeded and the 99th
percentile of their latencies is under 100 ms. The crowd grows step by step until one is
not served, or the time allowed per database runs out. The app runs with production
settings on a database filled with history (bench/filler.py), under gunicorn with
4 workers and the project's gunicorn.conf.py (bench/server.py). All traffic is to 127.0.0.1.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import resource
import signal
import sys
import time
from dataclasses import asdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.append(str(ROOT))  # run as a script: make `bench` importable

import aiohttp  # noqa: E402

from bench.crowd_player import Player, Tally, Thinking  # noqa: E402
from bench.crowd_stats import Step, page_table, percentile, step_line, summary  # noqa: E402
from bench.filler import fill  # noqa: E402
from bench.history import Sizes  # noqa: E402
from bench.run import OUT, QUICK_SIZES, QUIZ, log, make_target, quiz_env  # noqa: E402
from bench.server import Settings, serve  # noqa: E402

STEPS = [100, 250, 500, 1000, 1500, 2000, 3000]
QUICK_STEPS = [20, 50]
TARGET_SQLITE = 1000
REQUEST_TIMEOUT_S = 10.0


class LagMonitor:
    """How late the client's event loop wakes up: when it is busy, responses wait for it."""

    def __init__(self, every: float = 0.05) -> None:
        self.every = every
        self.lags: list[float] = []

    async def run(self, stop: asyncio.Event) -> None:
        loop = asyncio.get_running_loop()
        while not stop.is_set():
            before = loop.time()
            await asyncio.sleep(self.every)
            self.lags.append((loop.time() - before - self.every) * 1000)


async def play_step(base_url: str, players: int, ramp: float, hold: float, thinking: Thinking,
                    seed: int, server_cpu) -> Step:
    """`players` players arriving over `ramp` seconds, all playing until `ramp + hold`."""
    loop = asyncio.get_running_loop()
    stop, tally, lag = asyncio.Event(), Tally(), LagMonitor()
    # one connection pool for the crowd, closing idle connections before gunicorn's keep-alive
    # (2 s) does, so a request is never sent down a connection the server is closing
    connector = aiohttp.TCPConnector(limit=0, keepalive_timeout=1.0)
    timeout = aiohttp.ClientTimeout(total=REQUEST_TIMEOUT_S)
    async with aiohttp.ClientSession(connector=connector, timeout=timeout,
                                     cookie_jar=aiohttp.DummyCookieJar()) as http:

        async def arrive(index: int) -> None:
            try:  # players arrive one after another, not all in the same instant
                await asyncio.wait_for(stop.wait(), ramp * index / players)
                return
            except TimeoutError:
                pass
            player = Player(http, base_url, f"Crowd{players}-{index}", hash((seed, players, index)),
                            thinking, tally, stop)
            await player.play()

        monitor = asyncio.create_task(lag.run(stop))
        cpu, served, started = time.process_time(), server_cpu(), loop.time()
        tasks = [asyncio.create_task(arrive(i)) for i in range(players)]
        await asyncio.sleep(ramp + hold)
        stop.set()
        await asyncio.wait(tasks, timeout=REQUEST_TIMEOUT_S + 5)  # requests in flight complete
        seconds = loop.time() - started
        client = (time.process_time() - cpu) / seconds
        server = (server_cpu() - served) / seconds
        await monitor
    return Step.of(players, tally.samples, started, started + ramp, seconds,
                   rounds_finished=tally.rounds_finished, resent=tally.resent, client_cpu=client,
                   client_lag_p99_ms=percentile(lag.lags, 99), server_cpu=server,
                   load_average=os.getloadavg()[0], pace=thinking.pace())


def run_database(db: str, args: argparse.Namespace, thinking: Thinking) -> list[Step]:
    """Fill a fresh database, serve the app on it, and grow the crowd until it is not served."""
    from quiz import load_checked_bank
    from quiz.config import PROJECT_ROOT

    sizes = QUICK_SIZES if args.quick else Sizes.at_scale(1)
    target = make_target(db, f"crowd-{db}")
    steps: list[Step] = []
    try:
        bank = load_checked_bank(str(PROJECT_ROOT / "questions"))
        log(f"[{db}] filling {sizes.players:,} players, {sizes.rounds:,} rounds of history")
        fill(target, bank, sizes, progress=log)
        settings = Settings(workers=args.workers, threads=args.threads)
        deadline = time.monotonic() + args.minutes * 60
        with serve(QUIZ, settings, quiz_env(target.url), OUT / f"crowd-{db}.log") as server:
            log(f"[{db}] gunicorn {' '.join(settings.args())} on {server.url}; "
                f"each step: arrivals over {args.ramp:.0f} s, then {args.hold:.0f} s all together")
            for players in args.steps:
                if time.monotonic() + args.ramp + args.hold + 30 > deadline:
                    log(f"  stopping: {args.minutes} minutes for {db} are used up")
                    break
                step = asyncio.run(play_step(server.url, players, args.ramp, args.hold, thinking,
                                             args.seed, server.cpu_seconds))
                steps.append(step)
                log(step_line(step))
                if not step.passed:
                    break
            tracebacks = server.count_in_log("Traceback")
        if tracebacks:
            log(f"  the server logged {tracebacks} tracebacks: see {server.log_path}")
    finally:
        target.drop()
    return steps


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    # stopped with SIGTERM (or SIGINT where the shell ignores it), it still stops gunicorn and
    # drops its database on the way out
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    if args.quick:
        args.steps = args.steps or QUICK_STEPS
        # thinking a tenth as long, so that every page, results and boards too, is visited
        args.ramp, args.hold, args.think_scale = 3.0, 12.0, min(args.think_scale, 0.1)
    args.steps = sorted(args.steps or STEPS)
    _allow_open_files(max(args.steps) * 2 + 256)
    thinking = Thinking(scale=args.think_scale, rank_links=args.rank_links)
    OUT.mkdir(parents=True, exist_ok=True)
    dbs = ["sqlite", "postgres"] if args.db == "both" else [args.db]
    results: dict[str, list[Step]] = {}
    for db in dbs:
        results[db] = run_database(db, args, thinking)
    log("")
    failed = False
    for db, steps in results.items():
        log(summary(db, steps))
        log("p99 per page (ms) by crowd size (! = errors, or p99 over 100 ms):")
        log(page_table(steps))
        if any(s.client_bound for s in steps):
            log("  (in some steps the client was busy or waited for a core: see their lines above)")
    if "sqlite" in results and not args.quick:
        served = max((s.players for s in results["sqlite"] if s.passed), default=0)
        failed = served < TARGET_SQLITE
        log(f"target: at least {TARGET_SQLITE:,} players at once on SQLite: {'FAIL' if failed else 'PASS'}")
    path = OUT / f"crowd-{time.strftime('%Y%m%d-%H%M%S')}.json"
    saved = {db: [asdict(s) for s in steps] for db, steps in results.items()}
    path.write_text(json.dumps({"argv": sys.argv[1:], "results": saved}, indent=1))
    log(f"figures saved to {path.relative_to(ROOT)}")
    return 1 if failed else 0


def _allow_open_files(wanted: int) -> None:
    """One socket per player in flight: raise the soft limit on open files up to the hard one."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft != resource.RLIM_INFINITY and soft < wanted:
        limit = wanted if hard == resource.RLIM_INFINITY else min(wanted, hard)
        resource.setrlimit(resource.RLIMIT_NOFILE, (limit, hard))


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", choices=["sqlite", "postgres", "both"], default="both")
    parser.add_argument("--steps", type=int, nargs="+", help=f"crowd sizes (default {STEPS})")
    parser.add_argument("--ramp", type=float, default=20.0, help="seconds over which a crowd arrives")
    # a round of ten questions takes a player about 110 s (Thinking.pace): long enough for most
    # of the crowd to reach the results page and a scoreboard
    parser.add_argument("--hold", type=float, default=120.0, help="seconds it then plays, all arrived")
    parser.add_argument("--minutes", type=float, default=20.0, help="time allowed per database")
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--threads", type=int, default=1, help="threads per gthread worker")
    parser.add_argument("--seed", type=int, default=1, help="seeds every player's thinking times")
    parser.add_argument("--think-scale", type=float, default=1.0, help="shrink (<1) or stretch thinking")
    parser.add_argument("--rank-links", action="store_true",
                        help="players open the results page's link to their rank on the board, not the "
                             "board's first page")
    parser.add_argument("--quick", action="store_true", help="smoke run: 20 and 50 fast players")
    return parser.parse_args(argv)


if __name__ == "__main__":
    sys.exit(main())
