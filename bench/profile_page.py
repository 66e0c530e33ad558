"""Profile one page in-process: CPU time per request and where it goes.

    python bench/profile_page.py question            # pyinstrument tree, 1x history on SQLite
    python bench/profile_page.py answer --cprofile   # cProfile, sorted by own time
    PROFILE_SORT=cumulative PROFILE_ROWS=80 python bench/profile_page.py answer --cprofile
    python bench/profile_page.py scoreboard --db-url postgresql+psycopg://postgres@127.0.0.1/bench_x

The Flask test client drives the same flows as bench/run.py (nickname form, start form, the
question's own answer form), without gunicorn or wrk, so the figure is the app's own cost.
Without --db-url, a SQLite database with 1x history is filled once in bench/out/ and reused.
CPU time (not wall time) is printed because the machine may be shared.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.append(str(ROOT))  # make `bench` importable

from bench import prepare as prep_mod  # noqa: E402
from bench.browser import TestBrowser, fill_form, read_forms  # noqa: E402

PAGES = ["home", "article", "scoreboard", "scoreboard-me", "question", "answer", "feedback", "hello"]


def database(url: str | None, scale: int) -> str:
    if url:
        return url
    from bench.filler import SqliteTarget, fill
    from bench.history import Sizes
    from quiz import load_checked_bank
    from quiz.config import PROJECT_ROOT

    path = ROOT / "bench" / "out" / f"profile-{scale}x.sqlite"
    if not path.exists():
        print(f"filling {path.relative_to(ROOT)} (once)")
        fill(SqliteTarget(path), load_checked_bank(str(PROJECT_ROOT / "questions")), Sizes.at_scale(scale))
    return f"sqlite:///{path}"


class Flow:
    """A signed-up player and a supply of fresh rounds, through the test client."""

    def __init__(self, app, db_url: str) -> None:
        from sqlalchemy import create_engine

        self.browser = TestBrowser(app)
        engine = create_engine(db_url)
        self.player = prep_mod.sign_up(self.browser, int(time.time() * 1000) % 10**9, engine)
        engine.dispose()

    def fresh_round(self) -> int:
        return prep_mod.start_round(self.browser)

    def played_round(self) -> int:
        round_id = self.fresh_round()
        prep_mod.play_through(self.browser, round_id, 10)
        return round_id

    def answer_body(self, round_id: int) -> dict:
        status, _, page = self.browser.request("GET", f"/rounds/{round_id}")
        forms = [f for f in read_forms(page) if f["action"].endswith(f"/rounds/{round_id}")]
        return fill_form(forms[0]["fields"])


def request_maker(page: str, app, db_url: str, n: int):
    """A function i -> one request of the page (fresh rounds prepared beforehand)."""
    if page == "hello":
        from bench.hello_app import app as hello

        client = hello.test_client()
        return lambda i: client.get("/")
    flow = Flow(app, db_url)
    get = flow.browser.client.get
    if page == "home":
        return lambda i: get("/")
    if page == "article":
        ids = sorted(app.extensions["quiz_bank"].sources)
        return lambda i: get(f"/sources/{ids[i % len(ids)]}")
    if page == "scoreboard":
        anonymous = app.test_client()
        return lambda i: anonymous.get("/scoreboard/quick?window=all")
    if page == "scoreboard-me":
        flow.played_round()
        return lambda i: get("/scoreboard/quick?window=all")
    if page == "feedback":
        rid = flow.played_round()
        return lambda i: get(f"/rounds/{rid}/feedback/{i % 10}")
    template = flow.fresh_round()
    clones = prep_mod.clone_round_in(db_url, template, n)  # fresh rounds, in one statement
    if page == "question":
        return lambda i: get(f"/rounds/{clones[i]}")
    body = flow.answer_body(template)  # valid for the first question of every clone
    return lambda i: flow.browser.client.post(f"/rounds/{clones[i]}", data=body)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("page", choices=PAGES)
    parser.add_argument("--db-url")
    parser.add_argument("--scale", type=int, default=1, choices=[1, 10])
    parser.add_argument("--requests", type=int, default=300)
    parser.add_argument("--cprofile", action="store_true", help="cProfile instead of pyinstrument")
    parser.add_argument("--no-profile", action="store_true", help="only the CPU time per request")
    args = parser.parse_args(argv)

    from quiz import create_app

    db_url = database(args.db_url, args.scale)
    app = create_app({"SQLALCHEMY_DATABASE_URI": db_url, "SECRET_KEY": "profile-" + "x" * 40,
                      "RATE_LIMITS": "off"})
    n = args.requests
    timed = request_maker(args.page, app, db_url, 2 * n + 20)
    for i in range(10):  # warm: templates compiled, statement caches filled
        timed(2 * n + 10 + i)
    # best and median of five batches: on a shared machine one batch can be twice another
    batch, per_request = max(1, n // 5), []
    for start in range(0, batch * 5, batch):
        cpu = time.process_time()
        for i in range(start, start + batch):
            timed(i)
        per_request.append((time.process_time() - cpu) / batch * 1000)
    per_request.sort()
    print(f"{args.page}: {per_request[0]:.3f} ms CPU per request at best, {per_request[2]:.3f} "
          f"median, five batches of {batch} requests, in-process")
    if args.no_profile:
        return 0
    if args.cprofile:
        import cProfile
        import pstats

        profiler = cProfile.Profile()
        profiler.enable()
        for i in range(n, 2 * n):
            timed(i)
        profiler.disable()
        order, rows = os.environ.get("PROFILE_SORT", "tottime"), int(os.environ.get("PROFILE_ROWS", "30"))
        pstats.Stats(profiler).sort_stats(order).print_stats(rows)
    else:
        from pyinstrument import Profiler

        profiler = Profiler(interval=0.0002)
        profiler.start()
        for i in range(n, 2 * n):
            timed(i)
        profiler.stop()
        print(profiler.output_text(unicode=False, color=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
