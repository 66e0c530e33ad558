"""Synthetic play history: players, finished rounds, their answers and the best scores they earn.

Rows are plain tuples in the column order of the *_COLUMNS lists, with timestamps already
formatted the way SQLAlchemy stores them on SQLite (PostgreSQL reads the same text), so one
generator feeds both SQLite's executemany and PostgreSQL's COPY. Deterministic for a seed.
Best scores are computed with the scoreboard's own rules (board_of, periods_for), so the
boards read exactly what the app would have written while those rounds were played.
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from quiz.bank.model import Bank, Question
from quiz.boards.names import board_of, periods_for
from quiz.models import utcnow
from quiz.play import POINTS, ROUND_SIZE, question_hash
from quiz.play.draw import shuffled_options

PLAYERS_PER_SCALE = 10_000
ROUNDS_PER_SCALE = 100_000
HISTORY_DAYS = 90
# share of rounds per kind: most players press "quick"
KIND_WEIGHTS = {"quick": 0.6, "topic": 0.2, "source": 0.1, "daily": 0.1}
HIDDEN_SHARE = 0.005  # players moderated off the boards

PLAYER_COLUMNS = ["id", "nickname", "nickname_key", "hidden", "created_at"]
ROUND_COLUMNS = [
    "id", "player_id", "kind", "scope", "difficulty", "timed", "question_ids", "question_hashes",
    "choice_orders", "position", "score", "correct", "scored", "daily_scored_on", "started_at",
    "question_shown_at", "finished_at", "time_ms",
]
ANSWER_COLUMNS = [
    "id", "round_id", "position", "question_id", "given", "correct", "points", "bonus",
    "elapsed_ms", "answered_at",
]
# `hidden`: the player's flag, copied onto the board rows (newer schemas)
BEST_COLUMNS = ["id", "board", "period", "player_id", "round_id", "score", "time_ms", "finished_at", "hidden"]


def stamp(moment: datetime) -> str:
    """A timestamp as SQLAlchemy writes DateTime on SQLite (always with microseconds)."""
    return moment.isoformat(" ", "microseconds")


DAY_MS = 86_400_000


class Clock:
    """Timestamps as integer milliseconds since midnight of `first`, formatted cheaply."""

    def __init__(self, first: date, days: int) -> None:
        dates = [first + timedelta(days=n) for n in range(days)]
        self.days = [d.isoformat() for d in dates]
        # what a result finished that day counts for (all time, the day, the ISO week)
        self.periods = [periods_for(datetime.combine(d, time())) for d in dates]
        self._hms = [f" {s // 3600:02d}:{s // 60 % 60:02d}:{s % 60:02d}" for s in range(86_400)]
        self._ms = [f".{ms:03d}000" for ms in range(1000)]

    def stamp(self, ms: int) -> str:
        """Like stamp(datetime): 'YYYY-MM-DD HH:MM:SS.ffffff'."""
        return self.days[ms // DAY_MS] + self._hms[ms // 1000 % 86_400] + self._ms[ms % 1000]


@dataclass(frozen=True)
class Sizes:
    players: int
    rounds: int

    @classmethod
    def at_scale(cls, scale: int) -> Sizes:
        return cls(PLAYERS_PER_SCALE * scale, ROUNDS_PER_SCALE * scale)

    @property
    def answers(self) -> int:
        return self.rounds * ROUND_SIZE


@dataclass(frozen=True)
class Outcome:
    """One way a question can be answered: the stored `given` (JSON text) and its grade."""

    given: str
    correct: bool
    points: int


def outcomes(question: Question) -> list[Outcome]:
    """A right answer and a wrong one, stored as the play service stores them."""
    right = question.answer
    if isinstance(right, tuple):
        right = list(right)
    if question.type == "truefalse":
        wrong: object = not right
    elif question.type in ("choice",):
        wrong = next(c for c in question.choices if c != question.answer)
    elif question.type in ("multi", "order"):
        wrong = list(reversed(right)) if question.type == "order" else list(question.choices[:1])
    else:
        wrong = "no idea"
    return [
        Outcome(json.dumps(right), True, POINTS),
        Outcome(json.dumps(wrong), False, 0),
    ]


@dataclass(frozen=True)
class Draw:
    """A round's questions with their JSON columns, precomputed: the generator reuses draws."""

    questions: tuple[Question, ...]
    ids_json: str
    hashes_json: str
    orders_json: str


DRAWS_PER_POOL = 256


@dataclass
class Catalogue:
    """What the generator draws from: the bank's questions per board, precomputed once."""

    questions: list[Question]
    answers: dict[str, list[Outcome]]
    draws: dict[tuple[str, str], list[Draw]]  # (kind, scope) -> draws; scope "" for quick/daily

    @classmethod
    def of(cls, bank: Bank, seed: int = 7) -> Catalogue:
        questions = list(bank.questions)
        if len(questions) < ROUND_SIZE:
            raise RuntimeError(f"the bank has {len(questions)} questions; a round needs {ROUND_SIZE}")
        pools: dict[tuple[str, str], list[Question]] = {("quick", ""): questions}
        for q in questions:
            pools.setdefault(("topic", q.topic), []).append(q)
            for source in {c.source for c in q.sources}:
                pools.setdefault(("source", source), []).append(q)
        rng = random.Random(seed)
        hashes = {q.id: question_hash(q) for q in questions}
        draws = {
            key: [_draw(pool, hashes, rng) for _ in range(DRAWS_PER_POOL)]
            for key, pool in sorted(pools.items())
            # only scopes with a full round's worth, so every round has ROUND_SIZE answers
            if len(pool) >= ROUND_SIZE
        }
        return cls(questions, {q.id: outcomes(q) for q in questions}, draws)

    def scopes(self, kind: str) -> list[str]:
        return [scope for k, scope in self.draws if k == kind]


def _draw(pool: list[Question], hashes: dict[str, str], rng: random.Random) -> Draw:
    drawn = rng.sample(pool, ROUND_SIZE)
    return Draw(
        tuple(drawn),
        json.dumps([q.id for q in drawn]),
        json.dumps([hashes[q.id] for q in drawn]),
        json.dumps([shuffled_options(q, rng) for q in drawn]),
    )


@dataclass
class History:
    """Generates the rows; keeps each player's best result per board and period as it goes."""

    catalogue: Catalogue
    sizes: Sizes
    seed: int = 20240110
    end: datetime = field(default_factory=lambda: utcnow().replace(microsecond=0))
    # (board, period, player_id) -> (sort key, round_id, score, time_ms, finished_at)
    best: dict[tuple[str, str, int], tuple] = field(default_factory=dict)
    hidden: set[int] = field(default_factory=set)  # players moderated off the boards

    def players(self) -> Iterator[tuple]:
        rng = random.Random(self.seed)
        start = self.end - timedelta(days=HISTORY_DAYS + 30)
        for pid in range(1, self.sizes.players + 1):
            nickname = f"Player{pid:07d}"
            joined = start + timedelta(seconds=rng.randrange(30 * 86400))
            hidden = rng.random() < HIDDEN_SHARE
            if hidden:
                self.hidden.add(pid)
            yield (pid, nickname, nickname.lower(), hidden, stamp(joined))

    def rounds_and_answers(self) -> Iterator[tuple[tuple, list[tuple]]]:
        """(round row, its answer rows) for every round, oldest first.

        The hot loop of the filler (10,000,000 answers at --scale 10): times are integer
        milliseconds since the first day, formatted from precomputed pieces, because datetime
        arithmetic and formatting per answer would cost more than everything else together.
        """
        rng = random.Random(self.seed + 1)
        rand = rng.random
        clock = Clock(self.end.date() - timedelta(days=HISTORY_DAYS), HISTORY_DAYS + 2)
        kinds, weights = list(KIND_WEIGHTS), list(KIND_WEIGHTS.values())
        scopes = {kind: self.catalogue.scopes(kind) for kind in kinds}
        answers_of = self.catalogue.answers
        n_players, n_rounds = self.sizes.players, self.sizes.rounds
        step_ms = HISTORY_DAYS * DAY_MS / n_rounds
        daily_taken: set[tuple[int, str]] = set()
        answer_id = 0
        for rid in range(1, n_rounds + 1):
            player_id = 1 + int(rand() * n_players)
            started = int(step_ms * (rid - 1) + rand() * 1000)
            kind = rng.choices(kinds, weights)[0]
            if kind in ("topic", "source") and not scopes[kind]:
                kind = "quick"
            scope = rng.choice(scopes[kind]) if kind in ("topic", "source") else ""
            if kind == "daily":
                scope = clock.days[started // DAY_MS]
            draws = self.catalogue.draws[(kind, scope) if kind in ("topic", "source") else ("quick", "")]
            draw = draws[int(rand() * len(draws))]
            answers, score, correct, time_ms, moment = [], 0, 0, 0, started
            for position, question in enumerate(draw.questions):
                outcome = answers_of[question.id][rand() < 0.4]  # about 60% right
                elapsed = 2_000 + int(rand() * 23_000)
                moment += elapsed + 3_000  # + reading the feedback
                answer_id += 1
                answers.append((
                    answer_id, rid, position, question.id, outcome.given, outcome.correct,
                    outcome.points, 0, elapsed, clock.stamp(moment),
                ))
                score += outcome.points
                correct += outcome.correct
                time_ms += elapsed
            scored, daily_on = True, None
            if kind == "daily":  # one scored daily challenge per player and day
                scored = (player_id, scope) not in daily_taken
                daily_taken.add((player_id, scope))
                daily_on = scope if scored else None
            finished = clock.stamp(moment)
            round_row = (
                rid, player_id, kind, scope, "any", False, draw.ids_json, draw.hashes_json,
                draw.orders_json, ROUND_SIZE, score, correct, scored, daily_on, clock.stamp(started),
                None, finished, time_ms,
            )
            if scored:
                held = ((-score, time_ms, finished), rid, score, time_ms, finished)
                for period in clock.periods[moment // DAY_MS]:
                    self._keep_best((board_of(kind, scope), period, player_id), held)
            yield round_row, answers

    def _keep_best(self, slot: tuple[str, str, int], held: tuple) -> None:
        # held[0] is the board order as a key: higher score, then less time, then earlier
        kept = self.best.get(slot)
        if kept is None or held[0] < kept[0]:
            self.best[slot] = held

    def best_scores(self) -> Iterator[tuple]:
        for best_id, ((board, period, player_id), held) in enumerate(sorted(self.best.items()), 1):
            _, rid, score, time_ms, finished = held
            yield (best_id, board, period, player_id, rid, score, time_ms, finished, player_id in self.hidden)
