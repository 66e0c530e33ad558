"""Drawing a round's questions: which ones, in what order, and how their choices are shuffled.

Pure functions of the bank (no database), so the daily challenge is the same for everyone.
"""

from __future__ import annotations

import hashlib
import json
import random
from collections import defaultdict
from datetime import date
from functools import lru_cache

from quiz.bank.clashes import gives_away, shown
from quiz.bank.model import Bank, Question
from quiz.play.rules import (
    DIFFICULTY_CHOICES,
    KINDS,
    PLAYABLE_TYPES,
    ROUND_SIZE,
    NoQuestions,
    PlayError,
)


@lru_cache(maxsize=1 << 12)
def question_hash(question: Question) -> str:
    """A short fingerprint of a question's content, stored with the round.

    Memoised per question: questions are immutable and equal only when their content is,
    and each review of an answer compares this fingerprint (ten on a results page).
    """
    text = json.dumps(question.to_json(), sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def playable(bank: Bank) -> list[Question]:
    # questions set aside for the OpenTDB API have their answers published: never drawn
    return [q for q in bank.questions if q.type in PLAYABLE_TYPES and q.id not in bank.set_aside]


def daily_question_ids(bank: Bank, day: date | str, size: int = ROUND_SIZE) -> list[str]:
    """The day's challenge: the same questions in the same order for every player."""
    day = day.isoformat() if isinstance(day, date) else day

    def rank(question_id: str) -> str:
        return hashlib.sha256(f"{day}:{question_id}".encode()).hexdigest()

    ranked = sorted(playable(bank), key=lambda q: rank(q.id))
    return [q.id for q in fitting(ranked, size)]


@lru_cache(maxsize=1 << 16)
def clash(a: Question, b: Question) -> bool:
    """Whether two questions may not share a round: one fact, or one gives the other away.

    Memoised per pair: questions are immutable, and a round asks about the same pairs often.
    """
    if (a.fact or a.id) == (b.fact or b.id):
        return True
    return gives_away(shown(a), b) or gives_away(shown(b), a)


def fitting(ordered: list[Question], size: int) -> list[Question]:
    """The first `size` questions of an order, skipping any that clashes with one taken."""
    taken: list[Question] = []
    for question in ordered:
        if len(taken) == size:
            break
        if not any(clash(question, other) for other in taken):
            taken.append(question)
    return taken


def candidates(bank: Bank, kind: str, scope: str, difficulty: str) -> list[Question]:
    """The questions a round of this kind may draw from; PlayError when the request is wrong."""
    if kind not in KINDS:
        raise PlayError(f"Unknown kind of round {kind!r}: choose one of {', '.join(KINDS)}.")
    if difficulty not in DIFFICULTY_CHOICES:
        raise PlayError(f"Unknown difficulty {difficulty!r}: choose {', '.join(DIFFICULTY_CHOICES)}.")
    pool = playable(bank)
    if kind == "topic":
        if scope not in bank.topics:
            raise PlayError(f"There is no topic {scope!r}.")
        pool = [q for q in pool if q.topic == scope]
    elif kind == "source":
        if scope not in bank.sources:
            raise PlayError(f"There is no article {scope!r}.")
        pool = [q for q in pool if any(c.source == scope for c in q.sources)]
    if difficulty != "any":
        pool = [q for q in pool if q.difficulty == difficulty]
    if not pool:
        raise NoQuestions("No questions match that choice yet: try another topic or difficulty.")
    return pool


def mixed(pool: list[Question], size: int, rng: random.Random) -> list[Question]:
    """Up to `size` questions, taking topics in turn so a quick round is mixed, never two of
    one fact nor one whose wording answers another."""
    by_topic: dict[str, list[Question]] = defaultdict(list)
    for question in pool:
        by_topic[question.topic].append(question)
    queues = list(by_topic.values())
    for queue in queues:
        rng.shuffle(queue)
    rng.shuffle(queues)
    turns: list[Question] = []  # topics in turn, each topic's questions in random order
    while any(queues):
        for queue in queues:
            if queue:
                turns.append(queue.pop())
    drawn = fitting(turns, size)
    rng.shuffle(drawn)
    return drawn


def _option_count(question: Question) -> int:
    return len(question.choices) if question.type in ("choice", "multi", "order") else 0


def shuffled_options(question: Question, rng: random.Random) -> list[int]:
    """The order a question's choices (or order items) are shown in this round."""
    count = _option_count(question)
    return rng.sample(range(count), count)


def order_fits(question: Question, order: list[int]) -> bool:
    """Whether a round's stored order still fits the question as the bank has it now. A
    question edited since the round drew it to another number of choices (a wrong choice
    removed) no longer does: that round then treats it as withdrawn, so it scores nothing."""
    return sorted(order) == list(range(_option_count(question)))
