"""Answered questions as the feedback and results pages show them, with the bank's texts."""

from __future__ import annotations

from dataclasses import dataclass

from quiz.bank.model import Bank, Question
from quiz.database import db
from quiz.models import Answer, Round
from quiz.play.draw import question_hash


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


def review(bank: Bank, round_: Round, answer: Answer) -> Review:
    question = bank.question(answer.question_id)
    drawn_hash = round_.question_hashes[answer.position]
    return Review(
        position=answer.position, question=question,
        changed=question is not None and question_hash(question) != drawn_hash,
        given=answer.given, correct=answer.correct, points=answer.points, bonus=answer.bonus,
        elapsed_ms=answer.elapsed_ms,
    )


def stored_answer(round_: Round, position: int) -> Answer | None:
    return db.session.execute(
        db.select(Answer).filter_by(round_id=round_.id, position=position)
    ).scalar_one_or_none()


def review_position(bank: Bank, round_: Round, position: int) -> Review | None:
    answer = stored_answer(round_, position)
    return None if answer is None else review(bank, round_, answer)


def review_round(bank: Bank, round_: Round) -> list[Review]:
    return [review(bank, round_, answer) for answer in round_.answers]
