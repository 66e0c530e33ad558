"""How fair drawn rounds are, measured by drawing many: `quiz stats --quality` prints it.

A round repeats when it holds two questions of one fact, or one whose wording answers
another; the draw is meant to make that never happen. The smallest round is the fewest
questions any choice the home page offers (kind, topic or article, difficulty) can start.
"""

from __future__ import annotations

import random
from collections import Counter
from dataclasses import dataclass

from quiz.bank.clashes import clashes
from quiz.bank.model import Bank
from quiz.play.draw import candidates, clash, daily_question_ids, mixed
from quiz.play.rules import DIFFICULTY_CHOICES, ROUND_SIZE, PlayError

ROUNDS = 10_000


@dataclass(frozen=True)
class RepeatRate:
    kind: str
    difficulty: str
    rounds: int
    repeated: int  # rounds holding a clashing pair

    @property
    def rate(self) -> float:
        return self.repeated / self.rounds if self.rounds else 0.0


def choices(bank: Bank) -> list[tuple[str, str, str]]:
    """Every (kind, scope, difficulty) the home page offers that has questions."""
    scopes = [("quick", "")] + [("topic", t) for t in bank.topics]
    scopes += [("source", s) for s in sorted(bank.sources)]
    out = []
    for kind, scope in scopes:
        for difficulty in DIFFICULTY_CHOICES:
            try:
                candidates(bank, kind, scope, difficulty)
            except PlayError:
                continue
            out.append((kind, scope, difficulty))
    return out


def repeats(bank: Bank, rounds: int = ROUNDS, seed: int = 0,
            kinds: tuple[str, ...] = ("quick", "topic", "source", "daily")) -> list[RepeatRate]:
    """Rounds with a repeat, per kind and difficulty, the scope drawn at random each round."""
    rng = random.Random(seed)
    offered = choices(bank)
    out = []
    for kind in [k for k in ("quick", "topic", "source") if k in kinds]:
        for difficulty in DIFFICULTY_CHOICES:
            scopes = [s for k, s, d in offered if k == kind and d == difficulty]
            if not scopes:
                continue
            pools = {scope: candidates(bank, kind, scope, difficulty) for scope in scopes}
            bad = 0
            for _ in range(rounds):
                bad += repeated(bank, mixed(pools[rng.choice(scopes)], ROUND_SIZE, rng))
            out.append(RepeatRate(kind, difficulty, rounds, bad))
    if "daily" not in kinds:
        return out
    by_id = {q.id: q for q in bank.questions}
    days = [daily_question_ids(bank, f"day-{n}") for n in range(rounds // 10)]
    bad = sum(repeated(bank, [by_id[i] for i in ids]) for ids in days)
    out.append(RepeatRate("daily", "any", len(days), bad))
    return out


def repeated(bank: Bank, drawn) -> bool:
    """Whether a round holds two questions of one fact, or one that gives another away."""
    apart = clashes(bank)
    ids = [q.id for q in drawn]
    return any(apart.get(qid, frozenset()) & set(ids) for qid in ids)


def round_sized_parts(questions) -> list[list]:
    """The questions split into groups one round may hold (no two of one fact, none giving
    another away): a round per group plays every question of a bank."""
    parts: list[list] = []
    for question in questions:
        part = next((p for p in parts if not any(clash(question, other) for other in p)), None)
        if part is None:
            parts.append(part := [])
        part.append(question)
    return parts


def smallest_rounds(bank: Bank, tries: int = 50, seed: int = 0) -> Counter:
    """(kind, scope, difficulty) -> the fewest questions a round of that choice started with."""
    rng = random.Random(seed)
    out: Counter = Counter()
    for kind, scope, difficulty in choices(bank):
        pool = candidates(bank, kind, scope, difficulty)
        out[(kind, scope, difficulty)] = min(len(mixed(pool, ROUND_SIZE, rng)) for _ in range(tries))
    return out


def report(bank: Bank, rounds: int = ROUNDS) -> list[str]:
    lines = [f"Repeated facts over {rounds} drawn rounds per kind and difficulty (target 0):"]
    for row in repeats(bank, rounds):
        lines.append(f"  {row.kind} / {row.difficulty}: {row.repeated} of {row.rounds} rounds "
                     f"({100 * row.rate:.1f}%)")
    sizes = smallest_rounds(bank)
    (kind, scope, difficulty), fewest = min(sizes.items(), key=lambda item: (item[1], item[0]))
    where = f"{kind}{' ' + scope if scope else ''}, {difficulty}"
    noun = "question" if fewest == 1 else "questions"
    lines.append(f"Smallest round a home-page choice starts: {fewest} {noun} ({where}).")
    return lines
