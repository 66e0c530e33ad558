"""Players, started rounds and valid answer forms for the play benchmarks.

Everything goes through the running server the way a browser would (nickname form, start
form, question pages with their CSRF token), so cookies, tokens and form fields are the
app's own. Only the bulk is copied in SQL: a player's started round is cloned many times
before being played, so each clone can take the same ten answer bodies. A round belongs to
the session that started it, so each clone keeps its player's cookie.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import urlencode, urlsplit

from sqlalchemy import create_engine, inspect, text

from bench.browser import Browser, csrf_token, fill_form, read_forms
from bench.load import Request

ROUND_PATH = re.compile(r"/rounds/(\d+)$")


@dataclass
class Player:
    index: int
    id: int
    cookie: str
    template_round: int = 0
    bodies: list[str] = field(default_factory=list)  # the url-encoded answer body per position


def _expect(status: int, wanted: tuple[int, ...], what: str, page: str) -> None:
    if status not in wanted:
        raise RuntimeError(f"{what}: HTTP {status}, expected {wanted}\n{page[:1500]}")


def sign_up(browser, index: int, engine) -> Player:
    """Pick a nickname through the form; `browser` is a Browser or a TestBrowser."""
    status, _, page = browser.request("GET", "/nickname")
    _expect(status, (200,), "GET /nickname", page)
    nickname = f"Bench{index:03d}"
    status, _, page = browser.request(
        "POST", "/nickname", {"nickname": nickname, "next": "", "csrf_token": csrf_token(page)}
    )
    _expect(status, (302, 303), "POST /nickname", page)
    with engine.connect() as conn:
        player_id = conn.execute(
            text("SELECT id FROM player WHERE nickname_key = :k"), {"k": nickname.casefold()}
        ).scalar_one()
    return Player(index, player_id, "")


def start_round(browser) -> int:
    status, _, page = browser.request("GET", "/nickname")  # also shows (and so drops) the flash
    _expect(status, (200,), "GET /nickname", page)
    form = {"kind": "quick", "scope": "", "difficulty": "any", "timed": "0", "csrf_token": csrf_token(page)}
    status, headers, page = browser.request("POST", "/play", form)
    _expect(status, (302, 303), "POST /play", page)
    match = ROUND_PATH.search(urlsplit(headers.get("Location", "")).path)
    if not match:
        raise RuntimeError(f"POST /play redirected to {headers.get('Location')!r}, not to a round")
    return int(match.group(1))


def play_through(browser, round_id: int, size: int, before_answer=None) -> list[str]:
    """Answer every question of a round through its pages; the bodies posted, per position.

    `before_answer(position)` runs when a question is on screen, before it is answered.
    """
    bodies = []
    for position in range(size):
        status, _, page = browser.request("GET", f"/rounds/{round_id}")
        _expect(status, (200,), f"GET /rounds/{round_id} (question {position + 1})", page)
        if before_answer is not None:
            before_answer(position)
        forms = [f for f in read_forms(page) if f["action"].endswith(f"/rounds/{round_id}")]
        if not forms:
            raise RuntimeError(f"no answer form in /rounds/{round_id}:\n{page[:1500]}")
        body = fill_form(forms[0]["fields"])
        status, headers, page = browser.request("POST", f"/rounds/{round_id}", body)
        _expect(status, (302, 303), f"POST /rounds/{round_id} (question {position + 1})", page)
        if "/feedback/" not in headers.get("Location", ""):
            raise RuntimeError(f"answer redirected to {headers.get('Location')!r}, not to feedback")
        bodies.append(urlencode(body, doseq=True))
    return bodies


def clone_round(engine, round_id: int, copies: int) -> list[int]:
    """Copies of a started round (same player, questions and shuffles), in one statement."""
    columns = [c["name"] for c in inspect(engine).get_columns("round") if c["name"] != "id"]
    names = ", ".join(f'"{c}"' for c in columns)
    picked = ", ".join(f'r."{c}"' for c in columns)
    if engine.dialect.name == "postgresql":
        series = "generate_series(1, :n) AS s(i)"
        prefix = ""
    else:
        series = "n"
        prefix = "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < :n) "
    with engine.begin() as conn:
        before = conn.execute(text('SELECT coalesce(max(id), 0) FROM "round"')).scalar_one()
        conn.execute(
            text(f'{prefix}INSERT INTO "round" ({names}) SELECT {picked} FROM "round" r, {series} '
                 f"WHERE r.id = :rid ORDER BY i"),
            {"n": copies, "rid": round_id},
        )
        rows = conn.execute(
            text('SELECT id FROM "round" WHERE id > :before AND player_id = '
                 '(SELECT player_id FROM "round" WHERE id = :rid) ORDER BY id'),
            {"before": before, "rid": round_id},
        )
        return [row[0] for row in rows]


def clone_round_in(db_url: str, round_id: int, copies: int) -> list[int]:
    engine = create_engine(db_url)
    try:
        return clone_round(engine, round_id, copies)
    finally:
        engine.dispose()


@dataclass
class Prepared:
    players: list[Player]
    question_rounds: dict[int, list[int]]  # player index -> clones for the question-page run
    answer_rounds: dict[int, list[int]]  # player index -> fresh clones for the answer run
    round_size: int
    # player index -> position -> clones caught at that question (earlier ones answered):
    # they let the answer run start rounds part-way, so that finishes are spread evenly
    partial: dict[int, dict[int, list[int]]] = field(default_factory=dict)


def prepare(base_url: str, db_url: str, players: int, question_rounds: int, answer_rounds: int,
            partial_rounds: int = 0, round_size: int = 10) -> Prepared:
    """`players` players, each with its share of the clones asked for.

    `partial_rounds` clones are caught at each position of a round (see Prepared.partial).
    """
    engine = create_engine(db_url)

    def share(total: int) -> int:
        return -(-total // players)

    try:
        prep = Prepared([], {}, {}, round_size)
        for index in range(players):
            browser = Browser(base_url)
            player = sign_up(browser, index, engine)
            player.template_round = start_round(browser)
            clones = clone_round(engine, player.template_round, share(question_rounds) + share(answer_rounds))
            prep.question_rounds[index] = clones[:share(question_rounds)]
            prep.answer_rounds[index] = clones[share(question_rounds):]
            caught = prep.partial[index] = {}

            def catch(position: int, template=player.template_round, caught=caught) -> None:
                if position and partial_rounds:
                    caught[position] = clone_round(engine, template, share(partial_rounds))

            player.bodies = play_through(browser, player.template_round, round_size, catch)
            # the cookie as the last page left it: flashes shown, nothing pending in it
            player.cookie = browser.cookie_header()
            browser.close()
            prep.players.append(player)
        return prep
    finally:
        engine.dispose()


# --- request lists for wrk ----------------------------------------------------------------


def interleave(per_thread: list[list[Request]]) -> list[Request]:
    """One list whose line i goes to wrk thread i % n (see lua/replay.lua)."""
    length = min(len(lst) for lst in per_thread)
    return [lst[i] for i in range(length) for lst in per_thread]


def round_robin(players: list[Player], rounds: dict[int, list[int]]) -> list[tuple[Player, int]]:
    """(player, round) pairs taking players in turn, so neighbouring requests differ in player."""
    longest = max(len(rounds[p.index]) for p in players)
    return [(p, rounds[p.index][i]) for i in range(longest) for p in players if i < len(rounds[p.index])]


def question_requests(prep: Prepared, threads: int) -> list[Request]:
    """First views of fresh rounds: each GET starts a question's clock (a write), as in play."""
    owned = round_robin(prep.players, prep.question_rounds)
    return [Request("GET", f"/rounds/{rid}", p.cookie) for p, rid in owned]


def answer_requests(prep: Prepared, threads: int, slots: int = 256) -> list[Request]:
    """Answers to the answer clones, each (round, position) once, in the order rounds allow.

    Each wrk thread keeps `slots` rounds on the go and takes them in turn, one answer each:
    between two answers to one round it sends `slots` - 1 others, so the previous answer
    has long been recorded when the next is posted. Slot k starts on a round caught at
    position k mod 10 (Prepared.partial), so one answer in ten finishes a round (and posts a
    best score) from the first second, as with players who started at different times. A
    slot that completes its round takes a fresh one; the list ends when a slot runs dry.
    """
    fresh = round_robin(prep.players, prep.answer_rounds)
    partial = {
        pos: [(p, rid) for p in prep.players for rid in prep.partial.get(p.index, {}).get(pos, [])]
        for pos in range(1, prep.round_size)
    }
    per_thread = []
    for t in range(threads):
        pool = fresh[t::threads]
        starts = {pos: pairs[t::threads] for pos, pairs in partial.items()}
        per_thread.append(_slot_sequence(pool, starts, slots, prep.round_size))
    return interleave(per_thread)


def window_shares(prep: Prepared, windows: int) -> list[Prepared]:
    """The answer clones dealt out to `windows` windows, no round in two: a window cut
    short leaves its rounds part-answered, and the next window must not post to those."""
    return [
        Prepared(
            prep.players, {}, {p: ids[k::windows] for p, ids in prep.answer_rounds.items()}, prep.round_size,
            {p: {pos: ids[k::windows] for pos, ids in caught.items()} for p, caught in prep.partial.items()},
        )
        for k in range(windows)
    ]


def _slot_sequence(pool: list, starts: dict[int, list], slots: int, size: int) -> list[Request]:
    fresh = iter(pool)
    current = []  # per slot: [player, round id, next position]
    for k in range(slots):
        caught = starts.get(k % size)
        if caught:
            current.append([*caught.pop(), k % size])
            continue
        player, rid = next(fresh, (None, None))
        if player is None:
            break
        current.append([player, rid, 0])
    out: list[Request] = []
    while current:
        for slot in current:
            player, rid, position = slot
            out.append(Request("POST", f"/rounds/{rid}", player.cookie, player.bodies[position]))
            if position + 1 < size:
                slot[2] = position + 1
                continue
            player, rid = next(fresh, (None, None))
            if player is None:
                return out  # a slot ran dry: stop before the gaps between answers shrink
            slot[0], slot[1], slot[2] = player, rid, 0
    return out


def feedback_requests(db_url: str, prep: Prepared, limit: int = 20_000) -> list[Request]:
    """Feedback pages of answers the answer run recorded (and the played template rounds)."""
    cookies = {p.id: p.cookie for p in prep.players}
    first = min(p.template_round for p in prep.players)
    engine = create_engine(db_url)
    try:
        with engine.connect() as conn:
            rows = conn.execute(
                text('SELECT a.round_id, a.position, r.player_id FROM answer a JOIN "round" r '
                     "ON r.id = a.round_id WHERE a.round_id >= :first ORDER BY a.id DESC LIMIT :n"),
                {"first": first, "n": limit},
            ).all()
    finally:
        engine.dispose()
    return [
        Request("GET", f"/rounds/{rid}/feedback/{pos}", cookies[pid])
        for rid, pos, pid in rows if pid in cookies
    ]
