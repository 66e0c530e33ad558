"""Count the SQL statements and transactions one request of a play page issues.

    python bench/statements.py                  # question, answer, feedback, results on SQLite
    python bench/statements.py answer --show    # and the statements themselves
    python bench/statements.py --db-url postgresql+psycopg://postgres@127.0.0.1/bench_x

The pages are prepared as bench/profile_page.py prepares them (a signed-up player, fresh
rounds cloned in SQL); then a few requests of each go straight to the WSGI app while
SQLAlchemy's engine events count what reaches the database. Counts, unlike timings, are
the same on a busy machine as on a quiet one.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.append(str(ROOT))  # make `bench` importable

from bench.profile_page import Flow, database, request_maker  # noqa: E402

PAGES = ["question", "answer", "last-answer", "feedback", "results"]


class Tally:
    """Statements and transactions seen on an engine while switched on."""

    def __init__(self, engine) -> None:
        from sqlalchemy import event

        self.on = False
        self.counts: Counter = Counter()
        self.seen: list[str] = []
        event.listen(engine, "before_cursor_execute", self._statement)
        event.listen(engine, "commit", lambda conn: self._count("commits"))
        event.listen(engine, "rollback", lambda conn: self._count("rollbacks"))

    def _count(self, what: str) -> None:
        if self.on:
            self.counts[what] += 1

    def _statement(self, conn, cursor, statement, parameters, context, executemany) -> None:
        if self.on:
            self.counts["statements"] += 1
            self.seen.append(" ".join(statement.split())[:160])


def results_maker(app, db_url: str, n: int):
    """Requests of the results page of one played round, through the test client's cookie."""
    from werkzeug.test import EnvironBuilder

    flow = Flow(app, db_url)
    round_id = flow.played_round()
    flow.browser.request("GET", "/")  # shows the flashed messages
    name = app.config["SESSION_COOKIE_NAME"]
    cookie = f"{name}={flow.browser.client.get_cookie(name).value}"
    environ = EnvironBuilder(path=f"/rounds/{round_id}/results", headers={"Cookie": cookie}).get_environ()
    statuses: Counter = Counter()

    def start_response(status, headers, exc_info=None):
        statuses[status] += 1

    def one(i: int) -> None:
        body = app(dict(environ), start_response)
        for _ in body:
            pass
        if hasattr(body, "close"):
            body.close()

    return one, statuses


def last_answers(app, db_url: str, n: int, tally: Tally) -> Counter:
    """The answer that finishes a round (its board rows too), for n rounds played to their
    last question beforehand; only that answer is counted."""
    from bench.prepare import play_through

    flow = Flow(app, db_url)
    statuses: Counter = Counter()
    for _ in range(n):
        round_id = flow.fresh_round()
        play_through(flow.browser, round_id, 9)
        body = flow.answer_body(round_id)
        tally.on = True
        status, _, _ = flow.browser.request("POST", f"/rounds/{round_id}", body)
        tally.on = False
        statuses[status] += 1
    return statuses


def count_page(app, db_url: str, page: str, n: int, show: bool) -> None:
    from quiz.database import db

    if page == "last-answer":
        with app.app_context():
            tally = Tally(db.engine)
        statuses = last_answers(app, db_url, n, tally)
        report(page, tally, n, statuses, show)
        return
    if page == "results":
        one, statuses = results_maker(app, db_url, n + 2)
    else:
        one, statuses = request_maker(page, app, db_url, n + 2)
    with app.app_context():
        tally = Tally(db.engine)
    one(n + 1)  # warm: the first request of a page may fill caches
    tally.on = True
    for i in range(n):
        one(i)
    tally.on = False
    report(page, tally, n, statuses, show)


def report(page: str, tally: Tally, n: int, statuses: Counter, show: bool) -> None:
    per = {what: tally.counts[what] / n for what in ("statements", "commits", "rollbacks")}
    print(f"{page}: {per['statements']:.1f} statements, {per['commits']:.1f} commits, "
          f"{per['rollbacks']:.1f} rollbacks per request ({n} requests, statuses {dict(statuses)})")
    if show:
        for statement, count in Counter(tally.seen).most_common():
            print(f"  {count / n:4.1f} x {statement}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("pages", nargs="*", help=f"any of {', '.join(PAGES)} (all by default)")
    parser.add_argument("--db-url")
    parser.add_argument("--requests", type=int, default=10)
    parser.add_argument("--show", action="store_true", help="print each statement and how often it ran")
    args = parser.parse_args(argv)
    unknown = [page for page in args.pages if page not in PAGES]
    if unknown:
        parser.error(f"unknown page {unknown[0]!r}: choose from {', '.join(PAGES)}")

    from quiz import create_app

    db_url = database(args.db_url, 1)
    app = create_app({"SQLALCHEMY_DATABASE_URI": db_url, "SECRET_KEY": "statements-" + "x" * 40,
                      "RATE_LIMITS": "off"})
    for page in args.pages or PAGES:
        count_page(app, db_url, page, args.requests, args.show)
    return 0


if __name__ == "__main__":
    sys.exit(main())
