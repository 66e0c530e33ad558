"""Profile one page in-process: CPU time per request and where it goes.

    python bench/profile_page.py question            # pyinstrument tree, 1x history on SQLite
    python bench/profile_page.py answer --cprofile   # cProfile, sorted by own time
    PROFILE_SORT=cumulative PROFILE_ROWS=80 python bench/profile_page.py answer --cprofile
    python bench/profile_page.py scoreboard --db-url postgresql+psycopg://postgres@127.0.0.1/bench_x
    python bench/profile_page.py question --instructions --requests 30  # callgrind: noise-free A/B

Flask's test client sets up the same flows as bench/run.py (nickname form, start form, the
question's own answer form); then each measured request goes straight to the WSGI app with an
environ built beforehand, without gunicorn, wrk or the test client, so the figure is the
app's own cost (the garbage collector frozen after warming up, as in a gunicorn worker).
Without --db-url, a SQLite database with 1x history is filled once in bench/out/ and reused.
CPU time (not wall time) is printed because the machine may be shared. --instructions counts
the instructions the requests execute instead (valgrind's callgrind, switched on only around
them): slow, but the same on a busy machine as on a quiet one, so two versions of the code
compare exactly.
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.append(str(ROOT))  # make `bench` importable

from bench import prepare as prep_mod  # noqa: E402
from bench.browser import TestBrowser, fill_form, read_forms  # noqa: E402

PAGES = ["floor", "home", "article", "scoreboard", "scoreboard-me", "scoreboards", "question", "answer",
         "feedback", "results", "hello"]


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


def request_plan(page: str, app, db_url: str, n: int):
    """(the WSGI app, its Cookie header, n requests as (method, path, form or None)) for the
    page; fresh rounds are prepared beforehand."""
    if page == "hello":
        from bench.hello_app import app as hello

        return hello, "", [("GET", "/", None)] * n
    if page == "scoreboard":  # anonymous
        return app, "", [("GET", "/scoreboard/quick?window=all", None)] * n
    if page == "scoreboards":  # the index: every board's leader
        return app, "", [("GET", "/scoreboard", None)] * n
    if page == "floor":  # bench/floor_app.py's empty view, added before the app's first request
        from bench.floor_app import EMPTY

        app.add_url_rule(EMPTY, "bench_empty", lambda: "Hello, World!")
    flow = Flow(app, db_url)
    if page == "floor":
        requests = [("GET", EMPTY, None)] * n
    elif page == "home":
        requests = [("GET", "/", None)] * n
    elif page == "article":
        ids = sorted(app.extensions["quiz_bank"].sources)
        requests = [("GET", f"/sources/{ids[i % len(ids)]}", None) for i in range(n)]
    elif page == "scoreboard-me":
        flow.played_round()
        requests = [("GET", "/scoreboard/quick?window=all", None)] * n
    elif page == "feedback":
        rid = flow.played_round()
        requests = [("GET", f"/rounds/{rid}/feedback/{i % 10}", None) for i in range(n)]
    elif page == "results":  # a finished round's page: every answer with its citations
        requests = [("GET", f"/rounds/{flow.played_round()}/results", None)] * n
    else:
        template = flow.fresh_round()
        clones = prep_mod.clone_round_in(db_url, template, n)  # fresh rounds, in one statement
        if page == "question":
            requests = [("GET", f"/rounds/{clone}", None) for clone in clones]
        else:
            body = flow.answer_body(template)  # valid for the first question of every clone
            requests = [("POST", f"/rounds/{clone}", body) for clone in clones]
    flow.browser.request("GET", "/")  # shows any flashed message, which a later page would render
    name = app.config["SESSION_COOKIE_NAME"]
    return app, f"{name}={flow.browser.client.get_cookie(name).value}", requests


def request_maker(page: str, app, db_url: str, n: int):
    """A function i -> one request of the page, straight to the WSGI app.

    Each request's environ is built beforehand, so the time measured is the app's, not the
    test client's (building a request, keeping cookies and wrapping the response took a
    third of a question page's time). Returns (that function, the statuses seen so far)."""
    from werkzeug.test import EnvironBuilder

    wsgi_app, cookie, requests = request_plan(page, app, db_url, n)
    headers = {"Cookie": cookie} if cookie else {}
    environs = []
    for method, path, form in requests:
        builder = EnvironBuilder(path=path, method=method, data=form, headers=headers)
        environs.append(builder.get_environ())
        builder.close()
    statuses: Counter = Counter()

    def start_response(status, response_headers, exc_info=None):
        statuses[status] += 1

    def one(i: int) -> None:
        body = wsgi_app(environs[i], start_response)
        for _ in body:
            pass
        if hasattr(body, "close"):
            body.close()

    return one, statuses


UNDER_CALLGRIND = "PROFILE_PAGE_UNDER_CALLGRIND"


def count_instructions(page: str, args: list[str], n: int) -> int:
    """Run this script again under callgrind, instrumentation off until the requests begin."""
    import subprocess

    out = ROOT / "bench" / "out" / f"callgrind-{page}.out"
    done = subprocess.run(
        ["valgrind", "--tool=callgrind", "--instr-atstart=no", f"--callgrind-out-file={out}",
         sys.executable, __file__, *args],
        env={**os.environ, UNDER_CALLGRIND: "1"}, capture_output=True, text=True,
    )
    found = [line for line in done.stderr.splitlines() if "Collected :" in line]
    if done.returncode or not found:
        print(done.stderr[-3000:], file=sys.stderr)
        return 1
    total = int(found[-1].split()[-1].replace(",", ""))
    print(f"{page}: {total / n:,.0f} instructions per request, {n} requests, in-process (callgrind)")
    return 0


def counted(timed, n: int, statuses: Counter) -> int:
    import subprocess

    def instrument(state: str) -> None:
        subprocess.run(["callgrind_control", "-i", state, str(os.getpid())], check=True, capture_output=True)

    instrument("on")
    for i in range(n):
        timed(i)
    instrument("off")
    failed = {status: count for status, count in statuses.items() if status[:1] not in "23"}
    if failed:
        print(f"the page did not answer as it should: {dict(statuses)}", file=sys.stderr)
    return 1 if failed else 0


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
    parser.add_argument("--instructions", action="store_true",
                        help="instructions per request, counted by callgrind (needs valgrind)")
    args = parser.parse_args(argv)
    if args.instructions and not os.environ.get(UNDER_CALLGRIND):
        return count_instructions(args.page, sys.argv[1:], args.requests)

    from quiz import create_app

    db_url = database(args.db_url, args.scale)
    app = create_app({"SQLALCHEMY_DATABASE_URI": db_url, "SECRET_KEY": "profile-" + "x" * 40,
                      "RATE_LIMITS": "off"})
    n = args.requests
    timed, statuses = request_maker(args.page, app, db_url, 2 * n + 20)
    for i in range(10):  # warm: templates compiled, statement caches filled
        timed(2 * n + 10 + i)
    gc.collect()
    gc.freeze()  # as gunicorn.conf.py does in each worker once the app is loaded
    if args.instructions:  # under callgrind: count these n requests only
        return counted(timed, n, statuses)
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
    failed = {status: count for status, count in statuses.items() if status[:1] not in "23"}
    if failed:  # a page that answers 404 or 500 is cheap and would be measured as fast
        print(f"the page did not answer as it should: {dict(statuses)}", file=sys.stderr)
        return 1
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
