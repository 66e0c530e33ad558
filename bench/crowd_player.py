"""One player of the crowd benchmark, playing through the pages as a person does.

A player picks a nickname, starts a quick round, reads each question and thinks before
answering, reads the feedback (now and then the cited article too), then the results and
a scoreboard, and plays again, until the step of the crowd they belong to ends. Forms,
CSRF tokens and cookies are the app's own, sent back as a browser sends them; redirects are
followed by a request of their own, so each page is timed on its own.
"""

from __future__ import annotations

import asyncio
import contextlib
import html
import random
import re
from dataclasses import dataclass, field
from urllib.parse import urlencode, urlsplit

import aiohttp

from bench.browser import csrf_token, fill_form, read_forms

SOURCE_LINK = re.compile(r'href="(/sources/[^"#?]+)')
BOARD_LINK = re.compile(r'href="(/scoreboard/[^"#]+)')
REDIRECT = (302, 303)


@dataclass(frozen=True)
class Thinking:
    """Seconds a person spends on each kind of page before the next click (uniform between
    the two bounds; `scale` shrinks them all, for the harness's own checks)."""

    nickname: tuple[float, float] = (2.0, 6.0)  # typing a nickname
    home: tuple[float, float] = (1.0, 4.0)  # choosing a round
    question: tuple[float, float] = (3.0, 10.0)  # reading and answering
    feedback: tuple[float, float] = (1.5, 5.0)
    article: tuple[float, float] = (4.0, 10.0)
    results: tuple[float, float] = (3.0, 8.0)
    board: tuple[float, float] = (2.0, 6.0)
    article_share: float = 0.15  # feedback pages after which the cited article is opened
    index_share: float = 0.3  # players who look at the list of boards rather than their own
    rank_links: bool = False  # follow the results page's link to their rank's page of the board
    scale: float = 1.0

    def pace(self, round_size: int = 10) -> float:
        """Requests a player sends per second when no page keeps them waiting, on average."""
        def mean(span: tuple[float, float]) -> float:
            return sum(span) / 2

        per_question = mean(self.question) + mean(self.feedback) + self.article_share * mean(self.article)
        seconds = round_size * per_question + mean(self.results) + mean(self.board)
        requests = round_size * (3 + self.article_share) + 3  # start, results, a board
        return requests / (seconds * self.scale)


@dataclass
class Sample:
    page: str
    started: float  # seconds on the event loop's clock
    ms: float
    ok: bool
    detail: str = ""


@dataclass
class Tally:
    """Every request of a crowd, and the rounds its players finished."""

    samples: list[Sample] = field(default_factory=list)
    rounds_finished: int = 0
    resent: int = 0  # requests sent again on a new connection (Player.send)


class Failed(Exception):
    """A request that went wrong: recorded, and the player leaves, as a person at an error page."""


class Player:
    def __init__(self, http: aiohttp.ClientSession, base_url: str, nickname: str, seed: int,
                 thinking: Thinking, tally: Tally, stop: asyncio.Event) -> None:
        self.http, self.base_url, self.nickname = http, base_url, nickname
        self.rng = random.Random(seed)
        self.thinking, self.tally, self.stop = thinking, tally, stop
        self.cookies: dict[str, str] = {}

    async def play(self) -> None:
        with contextlib.suppress(Failed):  # already counted as an error of its page
            await self._play()

    async def _play(self) -> None:
        page = await self.get("nickname", "/nickname")
        if not await self.think(self.thinking.nickname):
            return
        form = {"nickname": self.nickname, "next": "", "csrf_token": csrf_token(page)}
        location = await self.post("nickname POST", "/nickname", form)
        page = await self.get("home", location)
        if not await self.think(self.thinking.home):
            return
        start = self.start_form(page)
        while True:
            round_path = await self.post("start POST", "/play", start)
            page = await self.play_round(round_path)
            if page is None:
                return
            start = self.start_form(page)  # "Play again" on the results page
            rank_link = BOARD_LINK.search(page)
            if not await self.think(self.thinking.results):
                return
            if self.thinking.rank_links and rank_link:  # "You are #N on the scoreboard"
                await self.get("scoreboard", html.unescape(rank_link.group(1)), keep=False)
            elif self.rng.random() < self.thinking.index_share:
                await self.get("scoreboards", "/scoreboard", keep=False)
            else:  # the board their round counts for: its top, and their own row
                await self.get("scoreboard", "/scoreboard/quick", keep=False)
            if not await self.think(self.thinking.board):
                return

    async def play_round(self, round_path: str) -> str | None:
        """Answer every question of the round; the results page, or None if the step ended."""
        while True:
            page = await self.get("question", round_path)
            if not await self.think(self.thinking.question):
                return None
            forms = [f for f in read_forms(page) if f["action"].endswith(round_path)]
            if not forms:
                self.fail("question", f"no answer form in {round_path}")
            feedback = await self.post("answer POST", round_path, fill_form(forms[0]["fields"]))
            page = await self.get("feedback", feedback)
            if not await self.think(self.thinking.feedback):
                return None
            source = SOURCE_LINK.search(page)
            if source and self.rng.random() < self.thinking.article_share:
                await self.get("article", source.group(1), keep=False)
                if not await self.think(self.thinking.article):
                    return None
            if "/results" in page and "Next question" not in page:
                self.tally.rounds_finished += 1
                return await self.get("results", round_path + "/results")

    async def think(self, span: tuple[float, float]) -> bool:
        """Wait as a person would; False when the step ends meanwhile."""
        seconds = self.rng.uniform(*span) * self.thinking.scale
        try:
            await asyncio.wait_for(self.stop.wait(), seconds)
        except TimeoutError:
            return True
        return False

    async def get(self, page: str, path: str, keep: bool = True) -> str:
        _, _, body = await self.request(page, "GET", path, None, (200,), keep)
        return body

    async def post(self, page: str, path: str, form: dict) -> str:
        """Submit a form; where its redirect leads."""
        _, headers, _ = await self.request(page, "POST", path, form, REDIRECT, keep=False)
        return urlsplit(headers.get("Location", "")).path

    async def request(self, page: str, method: str, path: str, form: dict | None, expect: tuple[int, ...],
                      keep: bool) -> tuple[int, dict, str]:
        headers = {"Cookie": "; ".join(f"{k}={v}" for k, v in self.cookies.items())} if self.cookies else {}
        data = None
        if form is not None:
            data = urlencode(form, doseq=True)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        loop = asyncio.get_running_loop()
        started = loop.time()
        try:
            status, got, body = await self.send(method, path, data, headers)
        except (aiohttp.ClientError, TimeoutError) as exc:
            self.record(page, started, loop.time(), False, f"{type(exc).__name__}: {exc}"[:200])
            raise Failed from None
        cookies = got.getall("Set-Cookie", [])
        ok = status in expect
        self.record(page, started, loop.time(), ok, "" if ok else f"HTTP {status} for {method} {path}")
        if not ok:
            raise Failed
        for value in cookies:  # what a browser keeps: name=value, sent back to this host
            name, _, rest = value.partition("=")
            self.cookies[name.strip()] = rest.split(";", 1)[0]
        # only the pages the player reads a form or a link from are decoded
        return status, dict(got), body.decode("utf-8", "replace") if keep else ""

    async def send(self, method: str, path: str, data: str | None, headers: dict):
        """One request, sent again once if the connection was closed or reset before an answer
        came: a kept-alive connection the server was closing as the request went out. Browsers
        resend then too, and the player waits for both (the latency counts from the first)."""
        for attempt in (1, 2):
            try:
                async with self.http.request(method, self.base_url + path, data=data, headers=headers,
                                             allow_redirects=False) as response:
                    return response.status, response.headers, await response.read()
            except (aiohttp.ServerDisconnectedError, aiohttp.ClientOSError) as exc:
                if isinstance(exc, aiohttp.ClientConnectorError):
                    raise  # no connection at all: nothing to resend on
                if attempt == 2:
                    raise
                self.tally.resent += 1
        raise AssertionError("unreachable")

    def record(self, page: str, started: float, ended: float, ok: bool, detail: str) -> None:
        self.tally.samples.append(Sample(page, started, (ended - started) * 1000, ok, detail))

    def fail(self, page: str, detail: str) -> None:
        loop = asyncio.get_running_loop()
        self.record(page, loop.time(), loop.time(), False, detail)
        raise Failed

    def start_form(self, page: str) -> dict:
        """The first form that starts a round (the home page's quick round, or "Play again")."""
        for form in read_forms(page):
            if form["action"].endswith("/play"):
                return fill_form(form["fields"])
        self.fail("start POST", "no form starting a round in the page")
