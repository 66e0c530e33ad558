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
from concurrent.futures import ProcessPoolExecutor
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
    def __init__(self, index: int, crowd: Crowd):
        self.index, self.crowd = index, crowd
        self.arrived: dict[int, float] = {}  # question position -> wall-clock time it arrived
        self.final_score: int | None = None
        self.ended = asyncio.Event()

    async def on_state(self, state: dict) -> None:
        arrived = time.time()  # one clock for every process on this machine
        if state["state"] == "question" and state["position"] not in self.arrived:
            self.arrived[state["position"]] = arrived
            asyncio.get_running_loop().create_task(self.answer(state))

    async def on_you(self, you: dict) -> None:
        self.final_score = you.get("score")
        if self.crowd.over:
            self.ended.set()

    async def on_over(self, state: dict) -> None:
        if state["state"] == "ended":
            self.crowd.over = True

    async def answer(self, state: dict) -> None:
        await asyncio.sleep(self.crowd.rng.uniform(0.5, 4.0))  # reading and tapping
        choice = self.crowd.rng.randrange(len(state["options"]))
        picked = {"position": state["position"], "choice": choice}
        reply = await self.client.call("answer", picked, timeout=60)
        if reply.get("ok"):
            self.crowd.accepted[state["position"]] += 1
        else:
            self.crowd.refused.append(reply.get("message"))

    async def join(self, http, base: str, pin: str, room_id: int, run: str) -> None:
        browser = Browser(http, base)
        nickname = f"r{run} p{self.index}"
        status, location, page = await browser.post_form("/join", {"pin": pin, "nickname": nickname})
        if status != 302:
            raise RuntimeError(f"player {self.index} could not join: {status} {page[:300]}")

        async def on_state(state):
            await self.on_over(state)
            await self.on_state(state)

        self.client = await connect(browser, room_id, "player", {"state": on_state, "you": self.on_you})


class Crowd:
    """One process's share of the players: real phones are separate machines, and one Python
    process would measure its own event loop draining 500 sockets."""

    def __init__(self, questions: int, seed: int):
        self.rng = random.Random(seed)
        self.accepted = [0] * questions
        self.refused: list[str] = []
        self.over = False


def crowd_process(base: str, pin: str, room_id: int, run: str, indexes: list[int], questions: int,
                  seconds: int, seed: int) -> dict:
    return asyncio.run(_crowd(base, pin, room_id, run, indexes, questions, seconds, seed))


async def _crowd(base, pin, room_id, run, indexes, questions, seconds, seed) -> dict:
    import aiohttp

    crowd = Crowd(questions, seed)
    players = [Player(i, crowd) for i in indexes]
    async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=0)) as http:
        for batch in range(0, len(players), 25):  # a hall of phones scanning a QR code, not all at once
            await asyncio.gather(*(p.join(http, base, pin, room_id, run) for p in players[batch:batch + 25]))
        await asyncio.wait_for(asyncio.gather(*(p.ended.wait() for p in players)),
                               timeout=questions * (seconds + 30) + 600)
        for player in players:
            await player.client.disconnect()
        await asyncio.sleep(0.5)  # the clients' own connections close before the loop does
    return {"arrived": {p.index: p.arrived for p in players},
            "finals": {p.index: p.final_score for p in players},
            "accepted": crowd.accepted, "refused": crowd.refused}


class Host:
    def __init__(self, players: int):
        self.players = players
        self.joined: set[str] = set()
        self.everyone = asyncio.Event()
        self.revealed = asyncio.Event()
        self.log: list[tuple] = []  # what the big screen was sent, when

    async def on_state(self, state: dict) -> None:
        self.log.append((time.time(), state["state"], state.get("number"), state.get("answered")))
        if state["state"] in ("reveal", "ended"):
            self.revealed.set()

    async def on_joined(self, message: dict) -> None:
        self.joined.add(message["nickname"])
        if len(self.joined) >= self.players:
            self.everyone.set()


async def play(base: str, players: int, questions: int, seconds: int, seed: int, procs: int) -> dict:
    import aiohttp

    run = f"{random.randrange(10**6):06d}"
    sent = [0.0] * questions
    async with aiohttp.ClientSession() as http:
        host = Browser(http, base)
        status, location, page = await host.post_form("/host", {"round": "quick", "difficulty": "any",
                                                             "size": str(questions), "seconds": str(seconds)})
        if status != 302:
            raise RuntimeError(f"the room could not be made: {status} {location} {page[-2500:]}")
        room_id = int(location.rsplit("/", 1)[1])
        _, _, page = await host.request("GET", f"/host/{room_id}")
        pin = json.loads(html.unescape(re.search(r'data-state="([^"]*)"', page).group(1)))["pin"]
        watch = Host(players)
        screen = await connect(host, room_id, "host", {"state": watch.on_state, "joined": watch.on_joined})
        started = time.monotonic()
        loop = asyncio.get_running_loop()
        with ProcessPoolExecutor(procs) as pool:
            shares = [loop.run_in_executor(pool, crowd_process, base, pin, room_id, run,
                                           list(range(players))[k::procs], questions, seconds, seed + k)
                      for k in range(procs)]
            await asyncio.wait_for(watch.everyone.wait(), timeout=300)
            joined_s = time.monotonic() - started
            for position in range(questions):
                watch.revealed.clear()
                sent[position] = time.time()
                reply = await screen.call("control", {"room": room_id, "action": "next"}, timeout=60)
                if not reply.get("ok"):
                    raise RuntimeError(f"next refused at question {position + 1}: {reply}")
                # as the big screen does: ask for the reveal when the countdown ends (the last
                # answer closes the question before that, when every answer is in)
                try:
                    await asyncio.wait_for(watch.revealed.wait(), timeout=seconds + 0.5)
                except TimeoutError:
                    await screen.call("control", {"room": room_id, "action": "reveal"}, timeout=60)
                    await asyncio.wait_for(watch.revealed.wait(), timeout=30)
            await screen.call("control", {"room": room_id, "action": "next"}, timeout=60)  # the podium
            results = await asyncio.gather(*shares)
        await screen.disconnect()
    delays = [[r["arrived"][i][q] - sent[q] for r in results for i in r["arrived"] if q in r["arrived"][i]]
              for q in range(questions)]
    return {"room_id": room_id, "joined_s": joined_s, "delays": delays, "run": run,
            "finals": {i: s for r in results for i, s in r["finals"].items()},
            "accepted": [sum(r["accepted"][q] for r in results) for q in range(questions)],
            "refused": [m for r in results for m in r["refused"]], "host_log": watch.log, "sent": sent}


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
    parser.add_argument("--procs", type=int, default=4, help="client processes sharing the players")
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
            outcome = asyncio.run(play(server.url, args.players, args.questions, args.seconds, args.seed,
                                       args.procs))
            cpu = server.cpu_seconds()
        checks = check(url, bank, outcome["room_id"], outcome["finals"], outcome["run"])
    finally:
        if target:
            target.drop()
    return report(args, outcome, checks, cpu)


def report(args, outcome: dict, checks: dict, cpu: float) -> int:
    print(f"room of {args.players} players ({args.procs} client processes), {args.questions} questions "
          f"of {args.seconds} s, {args.db}, gunicorn 1 gthread worker; all joined in "
          f"{outcome['joined_s']:.1f} s; server CPU {cpu:.1f} s")
    print("question | received | delay p50 | delay p99 | delay max | answers accepted | stored")
    worst = 0.0
    for position, delays in enumerate(outcome["delays"]):
        p99 = percentile(delays, 0.99)
        worst = max(worst, p99)
        print(f"Q{position + 1:<7} | {len(delays):>8} | {1000 * statistics.median(delays):>6.0f} ms"
              f" | {1000 * p99:>6.0f} ms | {1000 * max(delays):>6.0f} ms"
              f" | {outcome['accepted'][position]:>12}/{args.players}"
              f" | {checks['stored_answers'][position]:>6}")
    everyone = all(len(d) == args.players for d in outcome["delays"])
    all_answers = all(a == args.players for a in outcome["accepted"]) and \
        all(s == args.players for s in checks["stored_answers"])
    refused = outcome["refused"]
    print(f"every player received every question: {everyone}")
    print(f"99th percentile delay under {TARGET_P99_S:.0f} s on every question: {worst < TARGET_P99_S} "
          f"(worst {1000 * worst:.0f} ms)")
    print(f"{args.players} of {args.players} answers recorded on every question: {all_answers}"
          + (f" (refused: {refused[:3]})" if refused else ""))
    print(f"leaderboard equals a recomputation from the stored picks and times: "
          f"{checks['board_equals_recomputation']}")
    print(f"every phone was told the score the leaderboard holds: {checks['phones_told_their_score']}")
    ok = everyone and worst < TARGET_P99_S and all_answers and checks["board_equals_recomputation"] \
        and checks["phones_told_their_score"] and checks["state"] == "ended"
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
