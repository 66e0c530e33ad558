"""A live room of 500: real Socket.IO clients join one room and play 10 questions.

    python bench/room_load.py                      # 500 players, 10 questions, PostgreSQL
    python bench/room_load.py --db sqlite --players 100 --questions 3

The app runs as docs/OPERATIONS.md says for a crowd (gunicorn, one gthread worker with a
thread per connection, the project's gunicorn.conf.py, production settings, rate limits off).
Every player is an asyncio task in this process: it joins over HTTP (the /join form, its
CSRF token and the session cookie), opens a WebSocket with python-socketio's client, and
taps an option 0.5 to 4 s after each question arrives. The host is one more client, which
presses "next" as soon as the previous question is revealed.

It prints, per question, the delay from the host sending "next" to each player receiving
the question (p50, p99, max; one clock, since every client is in this process), the answers
the server accepted, and whether the leaderboard equals a recomputation from the stored picks
and times, and each phone's final score equals it too. Exit status 1 if any check fails.
"""

from __future__ import annotations

import argparse
import asyncio
import html
import json
import random
import re
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.filler import PostgresTarget, migrate  # noqa: E402
from bench.run import OUT, quiz_env  # noqa: E402
from bench.server import Settings, serve  # noqa: E402

TOKEN = re.compile(r'name="csrf_token"[^>]*value="([^"]+)"|value="([^"]+)"[^>]*name="csrf_token"')
TARGET_P99_S = 1.0


class Browser:
    """One person's HTTP client, keeping the session cookie by hand: production cookies are
    Secure and this runs over plain HTTP on loopback."""

    def __init__(self, http, base: str):
        self.http, self.base, self.cookie = http, base, ""

    async def request(self, method: str, path: str, **kw):
        headers = {"Cookie": self.cookie} if self.cookie else {}
        async with self.http.request(method, self.base + path, headers=headers, allow_redirects=False,
                                     **kw) as response:
            if "session" in response.cookies:
                self.cookie = f"session={response.cookies['session'].value}"
            return response.status, response.headers.get("Location", ""), await response.text()

    async def post_form(self, path: str, data: dict):
        _, _, page = await self.request("GET", path)
        match = TOKEN.search(page)
        return await self.request("POST", path, data={"csrf_token": match.group(1) or match.group(2), **data})


async def connect(browser: Browser, room_id: int, role: str, handlers: dict):
    import socketio

    client = socketio.AsyncClient(reconnection=False)
    for name, handler in handlers.items():
        client.on(name, handler)
    await client.connect(browser.base, headers={"Cookie": browser.cookie}, transports=["websocket"],
                         auth={"room": room_id, "role": role}, wait_timeout=60)
    return client


class Player:
    def __init__(self, index: int, game: Game):
        self.index, self.game = index, game
        self.seen: set[int] = set()
        self.final_score: int | None = None
        self.accepted = 0

    async def on_state(self, state: dict) -> None:
        arrived = time.monotonic()
        if state["state"] == "question" and state["position"] not in self.seen:
            self.seen.add(state["position"])
            self.game.delays[state["position"]].append(arrived - self.game.sent[state["position"]])
            asyncio.get_running_loop().create_task(self.answer(state))

    async def on_you(self, you: dict) -> None:
        self.final_score = you.get("score")

    async def answer(self, state: dict) -> None:
        await asyncio.sleep(self.game.rng.uniform(0.5, 4.0))  # reading and tapping
        reply = await self.client.call("answer", {"position": state["position"],
                                                  "choice": self.game.rng.randrange(len(state["options"]))},
                                       timeout=60)
        if reply.get("ok"):
            self.accepted += 1
            self.game.accepted[state["position"]] += 1
        else:
            self.game.refused.append(reply.get("message"))

    async def join(self, http, base: str, pin: str, room_id: int, run: str) -> None:
        browser = Browser(http, base)
        nickname = f"r{run} p{self.index}"
        status, location, page = await browser.post_form("/join", {"pin": pin, "nickname": nickname})
        if status != 302:
            raise RuntimeError(f"player {self.index} could not join: {status} {page[:300]}")
        self.client = await connect(browser, room_id, "player", {"state": self.on_state, "you": self.on_you})


class Game:
    def __init__(self, questions: int, seed: int):
        self.rng = random.Random(seed)
        self.sent = [0.0] * questions
        self.delays: list[list[float]] = [[] for _ in range(questions)]
        self.accepted = [0] * questions
        self.refused: list[str] = []
        self.revealed = asyncio.Event()
        self.state: dict = {}

    async def on_host_state(self, state: dict) -> None:
        self.state = state
        if state["state"] in ("reveal", "ended"):
            self.revealed.set()


async def play(base: str, players: int, questions: int, seconds: int, seed: int) -> dict:
    import aiohttp

    game = Game(questions, seed)
    run = f"{random.randrange(10**6):06d}"
    connector = aiohttp.TCPConnector(limit=0)
    async with aiohttp.ClientSession(connector=connector) as http:
        host = Browser(http, base)
        status, location, page = await host.post_form("/host", {"round": "quick", "difficulty": "any",
                                                             "size": str(questions), "seconds": str(seconds)})
        if status != 302:
            raise RuntimeError(f"the room could not be made: {status} {location} {page[-2500:]}")
        room_id = int(location.rsplit("/", 1)[1])
        _, _, page = await host.request("GET", f"/host/{room_id}")
        pin = json.loads(html.unescape(re.search(r'data-state="([^"]*)"', page).group(1)))["pin"]
        started = time.monotonic()
        crowd = [Player(i, game) for i in range(players)]
        for batch in range(0, players, 50):  # 50 at a time, as a hall of phones scanning a QR code
            await asyncio.gather(*(p.join(http, base, pin, room_id, run) for p in crowd[batch:batch + 50]))
        joined_s = time.monotonic() - started
        screen = await connect(host, room_id, "host", {"state": game.on_host_state})
        for position in range(questions):
            game.revealed.clear()
            game.sent[position] = time.monotonic()
            reply = await screen.call("control", {"room": room_id, "action": "next"}, timeout=60)
            if not reply.get("ok"):
                raise RuntimeError(f"next refused at question {position + 1}: {reply}")
            await asyncio.wait_for(game.revealed.wait(), timeout=seconds + 30)
        await screen.call("control", {"room": room_id, "action": "next"}, timeout=60)  # the podium
        await asyncio.sleep(2)  # the last "you" messages
        finals = {p.index: p.final_score for p in crowd}
        for client in [screen, *(p.client for p in crowd)]:
            await client.disconnect()
    return {"room_id": room_id, "joined_s": joined_s, "game": game, "finals": finals, "run": run}


def check(url: str, bank, room_id: int, finals: dict[int, int | None], run: str) -> dict:
    """The leaderboard from stored points against a recomputation, and against the phones."""
    from quiz import create_app, rooms
    from quiz.database import db
    from quiz.models import Room

    app = create_app({"SQLALCHEMY_DATABASE_URI": url, "BANK": bank, "SECRET_KEY": "bench"})
    with app.app_context():
        room = db.session.get(Room, room_id)
        board = rooms.leaderboard(room)
        stored = {s.room_player_id: s.score for s in board}
        told = {s.room_player_id: finals.get(int(s.nickname.rsplit("p", 1)[1])) for s in board}
        answers = [rooms.answered_count(room_id, p) for p in range(len(room.question_ids))]
        result = {"board_equals_recomputation": stored == rooms.recomputed(bank, room),
                  "phones_told_their_score": told == stored, "stored_answers": answers,
                  "state": room.state}
        db.engine.dispose()
    return result


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))] if ordered else float("nan")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--players", type=int, default=500)
    parser.add_argument("--questions", type=int, default=10)
    parser.add_argument("--seconds", type=int, default=20)
    parser.add_argument("--db", choices=("postgres", "sqlite"), default="postgres")
    parser.add_argument("--threads", type=int, default=0,
                        help="gunicorn threads (default: 2 per player + 50)")
    parser.add_argument("--seed", type=int, default=26)
    args = parser.parse_args()

    from quiz import load_checked_bank
    from quiz.config import PROJECT_ROOT

    bank = load_checked_bank(str(PROJECT_ROOT / "questions"))
    OUT.mkdir(parents=True, exist_ok=True)
    target = PostgresTarget("bench_rouge_rooms") if args.db == "postgres" else None
    if target:
        target.create()
        url = target.url
    else:
        (OUT / "rooms.sqlite").unlink(missing_ok=True)
        url = f"sqlite:///{OUT / 'rooms.sqlite'}"
    try:
        migrate(url, bank)
        settings = Settings(workers=1, worker_class="gthread", threads=args.threads or 2 * args.players + 50)
        with serve("quiz:create_app()", settings, quiz_env(url), OUT / f"rooms-{args.db}.log") as server:
            outcome = asyncio.run(play(server.url, args.players, args.questions, args.seconds, args.seed))
            cpu = server.cpu_seconds()
        checks = check(url, bank, outcome["room_id"], outcome["finals"], outcome["run"])
    finally:
        if target:
            target.drop()
    return report(args, outcome, checks, cpu)


def report(args, outcome: dict, checks: dict, cpu: float) -> int:
    game = outcome["game"]
    print(f"room of {args.players} players, {args.questions} questions of {args.seconds} s, {args.db}, "
          f"gunicorn 1 gthread worker; joined in {outcome['joined_s']:.1f} s; server CPU {cpu:.1f} s")
    print("question  received  delay p50  delay p99  delay max  answers accepted  stored")
    worst = 0.0
    for position, delays in enumerate(game.delays):
        p99 = percentile(delays, 0.99)
        worst = max(worst, p99)
        print(f"{position + 1:>8}  {len(delays):>8}  {1000 * statistics.median(delays):>7.0f} ms"
              f"  {1000 * p99:>7.0f} ms  {1000 * max(delays):>7.0f} ms"
              f"  {game.accepted[position]:>8}/{args.players}  {checks['stored_answers'][position]:>6}")
    everyone = all(len(d) == args.players for d in game.delays)
    all_answers = all(a == args.players for a in game.accepted) and \
        all(s == args.players for s in checks["stored_answers"])
    print(f"every player received every question: {everyone}")
    print(f"99th percentile delay under {TARGET_P99_S:.0f} s on every question: {worst < TARGET_P99_S} "
          f"(worst {1000 * worst:.0f} ms)")
    print(f"{args.players} of {args.players} answers recorded on every question: {all_answers}"
          + (f" (refused: {game.refused[:3]})" if game.refused else ""))
    print(f"leaderboard equals a recomputation from the stored picks and times: "
          f"{checks['board_equals_recomputation']}")
    print(f"every phone was told the score the leaderboard holds: {checks['phones_told_their_score']}")
    ok = everyone and worst < TARGET_P99_S and all_answers and checks["board_equals_recomputation"] \
        and checks["phones_told_their_score"] and checks["state"] == "ended"
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
