"""Checks of the benchmark harness itself: python -m pytest bench/test_harness.py

The load figures are only as good as the data and the requests behind them: every answer
POST must be valid when it is sent, and the history must be what the app would have written.
"""

from __future__ import annotations

import shutil
import threading
from collections import defaultdict
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from bench.browser import fill_form, read_forms
from bench.history import Catalogue, History, Sizes
from bench.load import Request, Result, percentile, run_wrk, write_requests
from bench.prepare import Player, Prepared, answer_requests, window_shares
from bench.report import Row, Section

QUESTIONS = Path(__file__).resolve().parent.parent / "questions"


@pytest.fixture(scope="module")
def bank():
    from quiz.bank import load_bank

    return load_bank(QUESTIONS)


def _prepared(players: int = 4, fresh: int = 60, caught: int = 6) -> Prepared:
    made = [Player(i, 100 + i, f"c={i}", 0, [f"position={k}" for k in range(10)]) for i in range(players)]
    rounds = {i: list(range(1000 * i, 1000 * i + fresh)) for i in range(players)}
    partial = {
        i: {pos: [90_000 + 1000 * i + 10 * pos + j for j in range(caught)] for pos in range(1, 10)}
        for i in range(players)
    }
    return Prepared(made, {}, rounds, 10, partial)


def test_answers_go_in_order_far_apart_and_finish_from_the_start():
    threads, slots = 2, 20
    requests = answer_requests(_prepared(), threads, slots)
    seen: dict[str, list[tuple[int, int, int]]] = defaultdict(list)  # path -> (line, thread, position)
    for line, request in enumerate(requests):
        seen[request.path].append((line, line % threads, int(request.body.split("=")[1])))
    finishes = 0
    for visits in seen.values():
        positions = [p for _, _, p in visits]
        assert positions == list(range(positions[0], positions[0] + len(positions)))  # in order, once
        assert len({t for _, t, _ in visits}) == 1  # one wrk thread per round
        gaps = [(b - a) // threads for (a, _, _), (b, _, _) in zip(visits, visits[1:], strict=False)]
        assert all(gap >= slots for gap in gaps)
        finishes += positions[-1] == 9
    first_pass = requests[: slots * threads]
    assert sum(r.body.endswith("=9") for r in first_pass) >= slots * threads // 10  # staggered starts
    assert finishes >= len(seen) // 2


def test_each_window_answers_rounds_of_its_own_in_order():
    threads, windows = 2, 3
    shares = window_shares(_prepared(fresh=90, caught=9), windows)
    owner: dict[str, int] = {}
    for k, share in enumerate(shares):
        requests = answer_requests(share, threads, slots=10)
        assert len(requests) > 100
        positions: dict[str, list[int]] = defaultdict(list)
        for request in requests:
            assert owner.setdefault(request.path, k) == k  # no round in two windows
            positions[request.path].append(int(request.body.split("=")[1]))
        for seen in positions.values():
            assert seen == list(range(seen[0], seen[0] + len(seen)))  # in order, once each
        assert any(r.body.endswith("=9") for r in requests[: 10 * threads])  # finishes from the start


def _run(rps: float, latency: dict[int, int], cpu_ms: float = 1.0) -> Result:
    requests = sum(latency.values())
    return Result(requests=requests, seconds=requests / rps, p50_ms=percentile(latency, 50) / 1000,
                  p90_ms=0, p99_ms=percentile(latency, 99) / 1000, max_ms=max(latency) / 1000,
                  socket_errors=0, status_errors=0, exhausted=0, statuses={200: requests}, cpu_ms=cpu_ms,
                  latency=latency)


def test_windows_pool_into_one_latency_distribution():
    fast = _run(1000, {1_000: 990, 2_000: 10})  # p99 2 ms alone
    slow = _run(500, {50_000: 99, 150_000: 1})  # p99 50 ms alone
    pooled = Result.pooled([fast, slow])
    assert pooled.requests == 1100
    assert pooled.seconds == 1.2
    assert pooled.p50_ms == 1.0
    assert pooled.p99_ms == 50.0  # the 1,089th fastest of 1,100: one of the slow window's
    assert pooled.max_ms == 150.0
    assert pooled.statuses == {200: 1100}


def test_a_page_ratio_is_the_median_of_its_windows():
    row = Row("answer", "POST", Result.pooled([_run(300, {1: 300})]), ratios=[0.31, 0.18, 0.27, 0.26, 0.29],
              cpu_ratios=[0.3, 0.2, 0.25])
    section = Section("sqlite", baseline_runs=[_run(1000, {1: 1000})], rows=[row])
    assert section.ratio(row) == 0.27  # one window in a slow stretch does not decide it
    assert section.cpu_ratio(row) == 0.25


def test_history_is_what_the_app_would_have_stored(bank):
    history = History(Catalogue.of(bank), Sizes(players=40, rounds=400))
    list(history.players())
    best: dict = {}
    daily: set = set()
    from bench.history import ANSWER_COLUMNS, ROUND_COLUMNS

    score_at = ROUND_COLUMNS.index("score")
    for round_row, answers in history.rounds_and_answers():
        row = dict(zip(ROUND_COLUMNS, round_row, strict=True))
        assert len(answers) == 10
        assert row["score"] == sum(a[ANSWER_COLUMNS.index("points")] for a in answers)
        assert row["time_ms"] == sum(a[ANSWER_COLUMNS.index("elapsed_ms")] for a in answers)
        assert row["finished_at"] == answers[-1][ANSWER_COLUMNS.index("answered_at")]
        if row["kind"] == "daily" and row["scored"]:
            assert (row["player_id"], row["scope"]) not in daily  # one scored daily per day
            daily.add((row["player_id"], row["scope"]))
        if row["scored"]:
            board = "quick" if row["kind"] == "quick" else f"{row['kind']}:{row['scope']}"
            key = (-round_row[score_at], row["time_ms"], row["finished_at"])
            if key < best.get((board, row["player_id"]), (1,)):
                best[(board, row["player_id"])] = key
    alltime = {(b[1], b[3]): b for b in history.best_scores() if b[2] == "all"}
    assert set(alltime) == set(best)
    for (board, player), key in best.items():
        row = alltime[(board, player)]
        assert (-row[5], row[6], row[7]) == key


def test_a_filled_form_is_valid_for_each_question_type():
    page = """<form method="post" action="/rounds/7">
      <input type="hidden" name="csrf_token" value="tok"><input type="hidden" name="position" value="3">
      <input type="radio" name="choice" value="2"><input type="radio" name="choice" value="0">
      <select name="place_0"><option value="">Choose</option><option value="0">a</option>
        <option value="1">b</option></select>
      <select name="place_1"><option value="">Choose</option><option value="0">a</option>
        <option value="1">b</option></select>
      <input type="text" name="text"></form>"""
    body = fill_form(read_forms(page)[0]["fields"])
    assert body == {"csrf_token": ["tok"], "position": ["3"], "choice": ["2"],
                    "place_0": ["0"], "place_1": ["1"], "text": ["42"]}


class _Counting(BaseHTTPRequestHandler):
    """Answers 200 to every GET and notes its path."""

    protocol_version = "HTTP/1.1"  # keep-alive, as gunicorn's gthread workers
    seen: list[str]

    def do_GET(self):
        self.seen.append(self.path)
        self.send_response(200)
        self.send_header("Content-Length", "2")
        self.end_headers()
        self.wfile.write(b"ok")

    def log_message(self, *args):
        pass


def _replay(tmp_path, lines: list[Request], **wrk_args) -> tuple[list[str], object]:
    """Replay `lines` through wrk against a counting server: (the paths it saw, wrk's result)."""
    seen: list[str] = []
    handler = type("Count", (_Counting,), {"seen": seen})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        listed = write_requests(tmp_path / "lines.req", lines)
        result = run_wrk(f"http://127.0.0.1:{server.server_port}", listed, **wrk_args)
    finally:
        server.shutdown()
    return [path for path in seen if path.startswith("/line/")], result


needs_wrk = pytest.mark.skipif(shutil.which("wrk") is None,
                               reason="wrk is not installed (apt-get install wrk)")


@needs_wrk
def test_wrk_sends_every_line_of_a_once_file_exactly_once(tmp_path):
    """wrk calls request() once before the run to check it: that call must not use up a
    line, or the first answer of some round is never posted (and its next ones are refused)."""
    lines = [Request("GET", f"/line/{i}") for i in range(40)]
    sent, result = _replay(tmp_path, lines, duration=2, connections=4, threads=2, once=True)
    assert sorted(sent) == sorted(r.path for r in lines)  # each one, once
    # a thread whose share runs out stops at once: answers to its other connections still in
    # flight then (one per connection but the one asking) go uncounted
    assert result.statuses.get(200, 0) >= len(lines) - (4 // 2 - 1) * 2
    assert result.client_cpu_ms is not None


@needs_wrk
@pytest.mark.parametrize("count", [1, 3])
def test_wrk_cycles_over_every_line_with_every_thread_busy(tmp_path, count):
    """Cycle mode: the threads share the lines out, and with fewer lines than threads each
    thread replays them all (the baseline is a file of one line)."""
    lines = [Request("GET", f"/line/{i}") for i in range(count)]
    sent, result = _replay(tmp_path, lines, duration=1, connections=4, threads=4)
    assert set(sent) == {r.path for r in lines}
    assert result.requests > 4 * count


def test_growth_is_judged_against_the_baseline_around_each_size():
    from bench.report import growth_verdicts

    def section(baseline_cpu: float, page_cpu: float) -> Section:
        row = Row("answer", "POST", _run(300, {1: 300}, page_cpu), cpu_ratios=[baseline_cpu / page_cpu])
        return Section("sqlite", baseline_runs=[_run(1000, {1: 1000}, baseline_cpu)], rows=[row])

    # the machine a third slower during the 10x section: the page costs a third more, as
    # the baseline does, so the history did not make it slower
    [same] = growth_verdicts(section(0.30, 1.10), section(0.40, 1.47))
    assert same.passed, same
    [slower] = growth_verdicts(section(0.30, 1.10), section(0.30, 1.47))
    assert not slower.passed, slower


# --- the crowd benchmark (bench/crowd.py) -------------------------------------------------


def _samples(page: str, times: list[float], started: float = 0.0, failed: int = 0):
    from bench.crowd_player import Sample

    spread = 5.0 / len(times)  # over five seconds
    return [Sample(page, started + i * spread, ms, i < len(times) - failed) for i, ms in enumerate(times)]


def _step(players: int, pages: dict[str, list[float]], late_ms: float = 5.0, failed_page: str = ""):
    from bench.crowd_stats import Step

    samples = [s for page, times in pages.items() for s in _samples(page, times, failed=page == failed_page)]
    # once every player has arrived (from 10 s on), two requests in a hundred take `late_ms`
    samples += _samples("question", [5.0] * 98 + [late_ms] * 2, started=10.0)
    return Step.of(players, samples, started=0.0, arrived=10.0, seconds=20.0)


def test_a_crowd_is_served_only_with_no_errors_and_p99_under_100_ms():
    fast = {"question": [5.0] * 200, "answer POST": [8.0] * 200}
    assert _step(100, fast).passed
    assert not _step(100, fast, failed_page="answer POST").passed  # one error is enough
    assert not _step(100, {"question": [5.0] * 97 + [100.0] * 3}).passed  # p99 of 100 ms is not under
    # slow only once everyone has arrived: the whole step's p99 hides it, the steady part's does not
    slow_late = _step(100, {"question": [5.0] * 2000}, late_ms=150.0)
    assert slow_late.pages["all"].p99_ms < 100 and not slow_late.passed


def test_the_largest_crowd_served_stops_at_the_first_crowd_not_served():
    from bench.crowd_stats import largest

    ok = {"question": [5.0] * 200, "results": [20.0] * 200}
    slow_results = {"question": [5.0] * 200, "results": [150.0] * 200}
    steps = [_step(100, ok), _step(250, ok), _step(500, slow_results), _step(1000, ok)]
    assert largest(steps) == 250  # 1,000 passing after 500 failed is luck, not capacity
    assert largest(steps, "question") == 1000
    assert largest(steps, "results") == 250
    assert largest([_step(100, slow_results)]) == 0


def test_a_crowd_plays_whole_rounds_through_the_apps_own_forms(tmp_path, bank):
    """A few players thinking fast against the app in-process: every page they reach answers
    as it should, they finish rounds, and each answer they post is stored."""
    import asyncio
    import contextlib
    import io

    from flask_migrate import upgrade
    from sqlalchemy import create_engine, text
    from werkzeug.serving import make_server

    from bench.crowd import play_step
    from bench.crowd_player import Thinking
    from quiz import create_app

    url = f"sqlite:///{tmp_path / 'crowd.sqlite'}"
    app = create_app({"SQLALCHEMY_DATABASE_URI": url, "BANK": bank, "SECRET_KEY": "crowd-harness-" * 4,
                      "RATE_LIMITS": "off"})
    with app.app_context(), contextlib.redirect_stderr(io.StringIO()):
        upgrade()
    server = make_server("127.0.0.1", 0, app, threaded=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        step = asyncio.run(play_step(f"http://127.0.0.1:{server.server_port}", 3, ramp=0.3, hold=10.0,
                                     thinking=Thinking(scale=0.002), seed=1, server_cpu=lambda: 0.0))
    finally:
        server.shutdown()
    assert step.pages["all"].errors == 0, step.first_errors
    assert step.rounds_finished >= 3
    visited = set(step.pages)
    assert {"nickname", "nickname POST", "home", "start POST", "question", "answer POST", "feedback",
            "results"} <= visited
    assert visited & {"scoreboard", "scoreboards"}
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            stored = conn.execute(text("SELECT count(*) FROM answer")).scalar_one()
            named = text("SELECT count(*) FROM player WHERE nickname LIKE 'Crowd3-%'")
            players = conn.execute(named).scalar_one()
    finally:
        engine.dispose()
    assert stored == step.pages["answer POST"].count
    assert players == 3
