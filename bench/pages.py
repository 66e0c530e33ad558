"""The pages measured, each as a list of requests for wrk, and how each run is checked."""

from __future__ import annotations

import http.client
import math
import re
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path
from urllib.parse import urlsplit

from sqlalchemy import create_engine, text

from bench import prepare as prep_mod
from bench.floor_app import EMPTY
from bench.load import Request, Result, write_requests
from bench.report import Row

ORDER = ["floor", "home", "article", "scoreboard", "scoreboard-me", "scoreboards", "question", "answer",
         "feedback"]
BOARD = "/scoreboard/quick?window=all"
WRK_TIMEOUT_S = 5  # wrk counts a slower response as an error (load.run_wrk)
WARM_SLOTS = 64


def probe(base_url: str, request: Request) -> int:
    """The status one request gets (to tell "page not built yet" from a slow page)."""
    parts = urlsplit(base_url)
    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
    try:
        headers = {"Cookie": request.cookie} if request.cookie else {}
        conn.request(request.method, request.path, headers=headers)
        response = conn.getresponse()
        response.read()
        return response.status
    finally:
        conn.close()


def count_answers(db_url: str) -> int:
    engine = create_engine(db_url)
    try:
        with engine.connect() as conn:
            return conn.execute(text("SELECT count(*) FROM answer")).scalar_one()
    finally:
        engine.dispose()


def measured(cfg, server, path, seconds: float, once: bool = False, name: str | None = None) -> Result:
    """One wrk run, with the server's CPU time per request; with --py-spy, one worker of the
    quiz (a page with a `name`) is sampled meanwhile into bench/out/spy-<name>.txt."""
    spy = spy_on(server, seconds, path.parent / f"spy-{name}.txt") if cfg.py_spy and name else None
    cpu = server.cpu_seconds()
    result = cfg.wrk(server.url, path, seconds, once=once)
    if result.requests:
        result.cpu_ms = (server.cpu_seconds() - cpu) * 1000 / result.requests
    if spy is not None:
        spy.wait(timeout=seconds + 30)
    return result


def spy_on(server, seconds: float, out: Path) -> subprocess.Popen | None:
    """py-spy sampling one gunicorn worker (as raw folded stacks, only the thread holding the
    interpreter lock: waits on locks and sockets left out),
    for the length of a run: where that page's CPU goes under the real load."""
    workers = server.worker_pids()
    if not workers or shutil.which("py-spy") is None:
        return None
    return subprocess.Popen(
        ["py-spy", "record", "--pid", str(workers[0]), "--duration", str(max(1, int(seconds) - 1)),
         "--rate", "400", "--gil", "--format", "raw", "--output", str(out), "--nonblocking"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )


class Baseline:
    """The hello app, measured between the quiz's pages: each page runs in short windows,
    each set against the baseline windows just before and just after it, so that the
    machine's speed, which drifts by a fifth from one five-second stretch to the next on a
    shared host, is nearly the same on both sides of every ratio."""

    def __init__(self, cfg, server, path) -> None:
        self.cfg, self.server, self.path = cfg, server, path
        self.runs: list[Result] = []
        cfg.wrk(server.url, path, cfg.warmup)

    def measure(self) -> Result:
        self.runs.append(measured(self.cfg, self.server, self.path, self.cfg.window_s))
        return self.runs[-1]


class Pages:
    def __init__(self, cfg, server, db_url: str, bank, baseline: Baseline, log: Callable[[str], None],
                 floor=None):
        self.cfg, self.server, self.db_url, self.bank, self.log = cfg, server, db_url, bank, log
        self.baseline = baseline
        self.floor = floor  # a context manager serving bench/floor_app.py, or None
        self.out = server.log_path.parent
        self.tag = server.log_path.stem
        # no page outruns the baseline: enough fresh rounds for that in each window (and a
        # second to spare), plus the warm-up
        first = max(200.0, baseline.runs[-1].rps if baseline.runs else baseline.measure().rps)
        self.capacity = math.ceil(first * (cfg.window_s + 1))  # per window
        self.warm_capacity = math.ceil(first * (cfg.warmup + 1))
        # Rounds each wrk thread answers side by side (prepare.answer_requests): two answers
        # to one round are this many requests apart, more than a thread can send in the
        # slowest response wrk accepts, so an answer never overtakes the previous one. Past
        # a window's capacity, every answer of the window goes to a round of its own.
        slots = max(512, math.ceil(first / cfg.threads * WRK_TIMEOUT_S))
        self.answer_slots = min(slots, math.ceil(self.capacity / cfg.threads))
        self.prep: prep_mod.Prepared | None = None

    # --- running ------------------------------------------------------------------------

    def run_all(self, only: list[str] | None) -> list[Row]:
        wanted = [name for name in ORDER if not only or name in only]
        self.log(f"  preparing {self.cfg.players} players and their rounds through the app")
        self.prep = self._prepare(wanted)
        rows = []
        for name in wanted:
            try:
                row = getattr(self, "page_" + name.replace("-", "_"))()
            except Exception as exc:  # one broken page must not lose the others' figures
                row = Row(name, name, None, note=f"failed: {type(exc).__name__}: {exc}"[:300])
            rows.append(row)
            if row.result is None:
                self.log(f"  {name}: {row.note}")
            else:
                r = row.result
                ratios = " ".join(f"{x:.2f}" for x in row.ratios)
                self.log(f"  {name}: {r.rps:.0f} req/s (baseline {row.baseline_rps:.0f}), "
                         f"ratio per window {ratios}, "
                         f"p50 {r.p50_ms:.1f} ms, p99 {r.p99_ms:.1f} ms, cpu {r.cpu_ms or 0:.2f} ms/req "
                         f"(wrk {r.client_cpu_ms or 0:.2f}), "
                         f"errors {row.errors}, statuses {r.statuses}")
                for sample in r.samples:
                    self.log(f"    first failure: {_page_text(sample)}")
        return rows

    def _prepare(self, wanted: list[str]) -> prep_mod.Prepared:
        windows = self.cfg.windows
        questions = windows * self.capacity + self.warm_capacity if "question" in wanted else 0
        # answer clones: each window's share (prepare.answer_requests), plus a set for the warm-up
        answers = partial = 0
        if "answer" in wanted:
            slots = self.answer_slots * self.cfg.threads
            # fresh rounds: one in ten slots starts on one, and one for each round a window finishes
            per_window = math.ceil(self.capacity / 10) + math.ceil(slots / 10) + 16 * self.cfg.threads
            answers = windows * per_window
            answers += 2 * WARM_SLOTS * self.cfg.threads
            partial = windows * math.ceil(slots / 10)
        return prep_mod.prepare(self.server.url, self.db_url, self.cfg.players, questions, answers, partial)

    def _windows(self, name: str, what: str, windows: list[list[Request]], expected=(200,),
                 once: bool = False, warmup: list[Request] | None = None) -> Row:
        """Warm the page up, then measure it in `cfg.windows` windows, the baseline before,
        between and after them: B P B P ... P B. `windows` holds each window's requests, or
        one list for all (pages that can be read again)."""
        if warmup is None and not once:
            warmup = windows[0]
        warm = None
        if warmup:
            path = write_requests(self.out / f"{self.tag}-{name}-warmup.req", warmup)
            warm = self.cfg.wrk(self.server.url, path, self.cfg.warmup, once=once)
        paths = [write_requests(self.out / f"{self.tag}-{name}-{k}.req", requests)
                 for k, requests in enumerate(windows)]
        runs, ratios, cpu_ratios = [], [], []
        around = [self.baseline.measure()]
        for k in range(self.cfg.windows):
            # py-spy, when asked for, samples the first window
            run = measured(self.cfg, self.server, paths[k % len(paths)], self.cfg.window_s, once=once,
                           name=name if k == 0 else None)
            before, after = around[-1], self.baseline.measure()
            around.append(after)
            runs.append(run)
            ratios.append(run.rps / ((before.rps + after.rps) / 2))
            if run.cpu_ms and before.cpu_ms and after.cpu_ms:
                cpu_ratios.append((before.cpu_ms + after.cpu_ms) / 2 / run.cpu_ms)
        return Row(name, what, Result.pooled(runs), expected, ratios=ratios, cpu_ratios=cpu_ratios,
                   warmup_statuses=warm.statuses if warm else {},
                   baseline_rps=sum(b.rps for b in around) / len(around))

    def _cycle(self, name: str, what: str, requests: list[Request], expected=(200,)) -> Row:
        status = probe(self.server.url, requests[0])
        if status not in expected:
            note = f"not available: HTTP {status} for {requests[0].path}"
            return Row(name, what, None, expected, note=note)
        return self._windows(name, what, [requests], expected)

    def _cookies(self) -> list[str]:
        return [p.cookie for p in self.prep.players]

    # --- the pages ------------------------------------------------------------------------

    def page_floor(self) -> Row:
        if self.floor is None:
            return Row("floor", "GET /__bench/empty", None, note="not served")
        requests = [Request("GET", EMPTY, c) for c in self._cookies()]
        with self.floor() as floor_server:
            quiz_server, self.server = self.server, floor_server
            try:
                return self._cycle("floor", "empty view in the quiz app, a player's cookie", requests)
            finally:
                self.server = quiz_server

    def page_home(self) -> Row:
        return self._cycle("home", "GET /", [Request("GET", "/", c) for c in self._cookies()])

    def page_article(self) -> Row:
        ids = sorted(self.bank.sources)
        requests = [Request("GET", f"/sources/{sid}", c) for c in self._cookies() for sid in ids]
        return self._cycle("article", f"GET /sources/<id> ({len(ids)} articles)", requests)

    def page_scoreboard(self) -> Row:
        # top 20 of the board every quick round counts for: the whole history is on it
        return self._cycle("scoreboard", f"GET {BOARD} (anonymous: top 20)", [Request("GET", BOARD)])

    def page_scoreboard_me(self) -> Row:
        requests = [Request("GET", BOARD, c) for c in self._cookies()]
        return self._cycle("scoreboard-me", f"GET {BOARD} (a player: top 20 + own rank)", requests)

    def page_scoreboards(self) -> Row:
        # every board's leader: the index of all boards
        requests = [Request("GET", "/scoreboard", c) for c in self._cookies()]
        return self._cycle("scoreboards", "GET /scoreboard (every board's leader)", requests)

    def page_question(self) -> Row:
        requests = prep_mod.question_requests(self.prep, self.cfg.threads)
        warm, rest = requests[:self.warm_capacity], requests[self.warm_capacity:]
        windows = [rest[k * self.capacity:(k + 1) * self.capacity] for k in range(self.cfg.windows)]
        row = self._windows("question", "GET /rounds/<id>", windows, once=True, warmup=warm)
        row.note = self._exhausted(row.result, "first view of each question (starts its clock: a write)")
        return row

    def _answer_lists(self) -> tuple[list[Request], list[list[Request]]]:
        """(warm-up, each window's) answer POSTs, each on rounds of its own: a window cut
        short leaves its rounds part-answered, and the next must not post to those."""
        kept, warm = _split_rounds(self.prep.answer_rounds, 2 * WARM_SLOTS * self.cfg.threads)
        players, size = self.prep.players, self.prep.round_size
        warmup = prep_mod.answer_requests(prep_mod.Prepared(players, {}, warm, size), self.cfg.threads,
                                          WARM_SLOTS)
        run = prep_mod.Prepared(players, {}, kept, size, self.prep.partial)
        # no more than a window can send (no page outruns the baseline): every line is
        # formatted by wrk before the run; threads' lines alternate, so each keeps the head
        # of its own sequence
        return warmup, [
            prep_mod.answer_requests(share, self.cfg.threads, self.answer_slots)[:self.capacity]
            for share in prep_mod.window_shares(run, self.cfg.windows)
        ]

    def page_answer(self) -> Row:
        warmup, windows = self._answer_lists()
        before = count_answers(self.db_url)
        row = self._windows("answer", "POST /rounds/<id> (CSRF, form, commit)", windows, (302, 303),
                            once=True, warmup=warmup)
        written = count_answers(self.db_url) - before
        # every redirect, the warm-up's too, says an answer was stored
        redirected = sum(statuses.get(code, 0) for statuses in (row.warmup_statuses, row.result.statuses)
                         for code in (302, 303))
        missing = max(0, redirected - written)  # a redirect without a stored answer
        note = f"{written} answers written, {missing} redirects without one"
        row.note, row.extra_errors = self._exhausted(row.result, note), missing
        return row

    def page_feedback(self) -> Row:
        requests = prep_mod.feedback_requests(self.db_url, self.prep)
        if not requests:
            return Row("feedback", "GET /rounds/<id>/feedback/<pos>", None, note="no answered questions")
        return self._cycle("feedback", "GET /rounds/<id>/feedback/<pos>", requests)

    def _exhausted(self, result: Result, note: str) -> str:
        if result.exhausted:
            return note + "; ran out of prepared rounds: the rate is a lower bound"
        return note


def _page_text(sample: str) -> str:
    """An error page cut down to its words: enough to tell why a request failed."""
    words = re.sub(r"<(script|style)[^>]*>.*?</\1>", " ", sample, flags=re.S)
    words = re.sub(r"<[^>]+>", " ", words)
    return " ".join(words.split())[:300]


def _split_rounds(rounds: dict[int, list[int]], warm_total: int) -> tuple[dict, dict]:
    """(measured, warm-up) clones per player: the warm-up takes the first few of each player."""
    per_player = max(1, math.ceil(warm_total / max(1, len(rounds))))
    kept = {p: ids[per_player:] for p, ids in rounds.items()}
    warm = {p: ids[:per_player] for p, ids in rounds.items()}
    return kept, warm
