"""Answered questions as the feedback and results pages show them, with the bank's texts."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Row, bindparam, select

from quiz.bank.model import Bank, Question
from quiz.models import Answer
from quiz.play.draw import question_hash
from quiz.play.sql import run


@dataclass(frozen=True)
class Review:
    """One answered question with everything the feedback and results pages show."""

    position: int
    question: Question | None  # None once withdrawn from the bank
    changed: bool  # edited in the bank since the round drew it
    given: object
    correct: bool
    points: int
    bonus: int
    elapsed_ms: int | None

    @property
    def number(self) -> int:
        return self.position + 1


def review(bank: Bank, round_: Row, answer: Row) -> Review:
    return review_of(bank, round_, answer.position, answer.question_id, given=answer.given,
                     correct=answer.correct, points=answer.points, bonus=answer.bonus,
                     elapsed_ms=answer.elapsed_ms)


def review_of(bank: Bank, round_: Row, position: int, question_id: str, **answered) -> Review:
    """The review of the answer to `position`, from the answer's fields (given, correct,
    points, bonus, elapsed_ms) however they were read."""
    question = bank.question(question_id)
    drawn_hash = round_.question_hashes[position]
    return Review(
        position=position, question=question,
        changed=question is not None and question_hash(question) != drawn_hash, **answered,
    )


# columns, not Answer objects: rows of plain values, nothing for the Session to track
_answers = Answer.__table__
_ANSWERS = (select(*_answers.c).where(_answers.c.round_id == bindparam("round_id"))
            .order_by(_answers.c.position))
_ANSWER = _ANSWERS.where(_answers.c.position == bindparam("position"))


def stored_answer(round_: Row, position: int) -> Row | None:
    """The answer to question `position` of the round, as a row of Answer's columns."""
    return run(_ANSWER, {"round_id": round_.id, "position": position}).first()


def review_position(bank: Bank, round_: Row, position: int) -> Review | None:
    answer = stored_answer(round_, position)
    return None if answer is None else review(bank, round_, answer)


def review_round(bank: Bank, round_: Row) -> list[Review]:
    answers = run(_ANSWERS, {"round_id": round_.id})
    return [review(bank, round_, answer) for answer in answers]
