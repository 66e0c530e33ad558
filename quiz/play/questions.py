"""A round's next question as the player sees it: prompt and shuffled options, never the answer."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Row

from quiz.bank.model import Bank
from quiz.play.draw import order_fits
from quiz.play.rules import TIME_LIMIT_S


@dataclass(frozen=True)
class QuestionView:
    """A question as the player sees it: never the answer."""

    round_id: int
    position: int  # 0-based; `number` is what the page says
    total: int
    id: str
    type: str
    topic: str
    difficulty: str
    prompt: str
    options: tuple[str, ...]  # choices or order items, in this round's shuffled order
    timed: bool
    time_limit_s: int | None
    score: int = 0  # the round's score so far
    shown_at: datetime | None = None  # when the question was first shown (the clock's start)
    withdrawn: bool = False  # the bank no longer has the question: any answer skips it

    @property
    def number(self) -> int:
        return self.position + 1


def question_view(bank: Bank, round_: Row) -> QuestionView | None:
    """The next question of `round_` (a row of its columns), with no side effect;
    None once the round is over."""
    position = round_.position
    if round_.finished_at is not None or position >= len(round_.question_ids):
        return None
    question = bank.question(round_.question_ids[position])
    order = round_.choice_orders[position]
    if question is not None and not order_fits(question, order):
        question = None  # edited to other choices since the round drew it: withdrawn here
    common = {
        "round_id": round_.id, "position": position, "total": len(round_.question_ids),
        "score": round_.score, "timed": round_.timed,
        "time_limit_s": TIME_LIMIT_S if round_.timed else None, "shown_at": round_.question_shown_at,
    }
    if question is None:
        return QuestionView(
            id=round_.question_ids[position], type="withdrawn", topic="", difficulty="",
            prompt="This question has been withdrawn from the bank.", options=(),
            withdrawn=True, **common,
        )
    return QuestionView(
        id=question.id, type=question.type, topic=question.topic,
        difficulty=question.difficulty, prompt=question.prompt,
        options=tuple(question.choices[i] for i in order), **common,
    )
