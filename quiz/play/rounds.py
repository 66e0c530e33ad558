"""Rounds: start one, record and score an answer.

The HTML pages and the JSON API both play through these functions, on `db.session`, and a
round is one type throughout: a row of the `round` table's columns (`Row`), as `start_round`
returns it and quiz.play.owned reads it. Writes are single statements through the session
whose WHERE clauses say what must still hold (the question still unanswered, the round still
open), so two requests racing on one round cannot both win: the loser's transaction is
rolled back whole.

Answers arrive in the terms the player saw: indexes into the round's shuffled choices
(`Round.choice_orders`), never the choice text, so no form value, page or response names the
right answer before it is given.
"""

from __future__ import annotations

import random
import secrets
from datetime import datetime

from sqlalchemy import Row, bindparam, func, insert, update
from sqlalchemy.exc import IntegrityError

from quiz import metrics
from quiz.bank.model import Bank
from quiz.bank.names import bank_people
from quiz.database import db
from quiz.models import Answer, Round, utcnow
from quiz.play.daily import STORE_ROUND, claim_daily
from quiz.play.draw import (
    candidates,
    daily_question_ids,
    mixed,
    order_fits,
    question_hash,
    shuffled_options,
)
from quiz.play.finish import close, read_again, settle
from quiz.play.review import Review, review_of, review_position
from quiz.play.rules import (
    POINTS,
    ROUND_SIZE,
    NoQuestions,
    OutOfOrder,
    RoundOver,
    grade,
    speed_bonus,
)
from quiz.play.sql import run

_rounds = Round.__table__


def start_round(
    bank: Bank,
    player_id: int,
    kind: str,
    scope: str,
    difficulty: str,
    timed: bool,
    now: datetime | None = None,
    size: int = ROUND_SIZE,
) -> Row:
    """Draw a round for player `player_id` and store it; a second daily challenge on one day
    plays unscored."""
    now = now or utcnow()
    scope = scope or ""
    rng = random.Random(secrets.randbits(64))  # each round its own draw and shuffle
    if kind == "daily":
        scope, difficulty = now.date().isoformat(), "any"
        ids = daily_question_ids(bank, scope, size)
        if not ids:
            raise NoQuestions("The daily challenge needs questions in the bank.")
        drawn = [bank.question(qid) for qid in ids]
    else:
        if kind == "quick":
            scope = ""
        drawn = mixed(candidates(bank, kind, scope, difficulty), size, rng)
    values = {
        "player_id": player_id, "kind": kind, "scope": scope, "difficulty": difficulty,
        "timed": bool(timed), "question_ids": [q.id for q in drawn],
        "question_hashes": [question_hash(q) for q in drawn],
        "choice_orders": [shuffled_options(q, rng) for q in drawn], "started_at": now,
    }
    if kind == "daily":
        return claim_daily(values, now.date())
    round_ = run(STORE_ROUND, values).one()
    db.session.commit()
    return round_


def record_answer(
    bank: Bank, round_: Row, position: int, given: object, now: datetime | None = None
) -> Review:
    """Score the answer to question `position` and move the round on; the last one finishes it.

    `given` is what the player picked in the order shown: an index for choice, a list of
    indexes for multi, for order the shown item's index per place (first place first),
    True/False for truefalse, the typed text for text and number. Replaying an answered
    position changes nothing and returns the stored answer's review.
    """
    now = now or utcnow()
    if position < round_.position:  # questions go in order, so an earlier one is answered
        stored = review_position(bank, round_, position)
        if stored is not None:
            return stored
    _check_next(round_, position)
    answer = _scored(bank, round_, position, given, now)
    try:
        _store(round_, answer, now)
    except IntegrityError:  # the unique (round, position) constraint decides a double POST
        db.session.rollback()
        stored = review_position(bank, round_, position)
        if stored is None:
            raise
        return stored
    metrics.answer_recorded(answer["correct"])
    fields = {name: answer[name] for name in ("given", "correct", "points", "bonus", "elapsed_ms")}
    return review_of(bank, round_, position, answer["question_id"], **fields)


def _scored(bank: Bank, round_: Row, position: int, given: object, now: datetime) -> dict:
    """The answer's row: what was given, as graded, its points and its thinking time."""
    question = bank.question(round_.question_ids[position])
    order = round_.choice_orders[position]
    if question is not None and not order_fits(question, order):
        question = None  # withdrawn from this round, as question_view showed it
    given_value, credit, correct = (
        grade(question, order, given, bank_people(bank.questions)) if question else (None, 0.0, False)
    )
    elapsed_ms = None
    if round_.question_shown_at is not None:
        elapsed_ms = max(0, int((now - round_.question_shown_at).total_seconds() * 1000))
    bonus = speed_bonus(credit, elapsed_ms) if round_.timed else 0
    return {
        "round_id": round_.id, "position": position, "question_id": round_.question_ids[position],
        "given": given_value, "correct": correct, "points": round(POINTS * credit) + bonus,
        "bonus": bonus, "elapsed_ms": elapsed_ms, "answered_at": now,
    }


def _store(round_: Row, answer: dict, now: datetime) -> None:
    """The answer, the round's move and, for the last answer, its finish and scoreboard rows:
    one transaction, committed whole or not at all."""
    run(_RECORD, answer)
    values = {
        "b_round": round_.id, "b_position": answer["position"], "b_points": answer["points"],
        "b_correct": int(answer["correct"]), "b_elapsed": answer["elapsed_ms"] or 0,
        "b_finished_at": None,
    }
    finished = None
    if answer["position"] + 1 >= len(round_.question_ids):  # the last answer finishes the round
        values["b_finished_at"] = now
        finished = close(_MOVE_ON, values)
        moved = finished is not None
    else:
        moved = run(_MOVE_ON, values).rowcount > 0
    if not moved:  # finished or answered meanwhile: this answer comes too late
        db.session.rollback()
        current = read_again(round_.id)
        if current.finished_at is not None:
            raise RoundOver("This round is over: see the results.")
        raise OutOfOrder(f"Answer question {current.position + 1} first: questions go in order.")
    settle(finished)


def _check_next(round_: Row, position: int) -> None:
    """Refuse an answer to anything but the round's next question."""
    if round_.finished_at is not None:
        raise RoundOver("This round is over: see the results.")
    if position != round_.position:
        raise OutOfOrder(f"Answer question {round_.position + 1} first: questions go in order.")


_RECORD = insert(Answer.__table__).values({
    name: bindparam(name) for name in ("round_id", "position", "question_id", "given", "correct",
                                       "points", "bonus", "elapsed_ms", "answered_at")
})
# The answer moves its round on, if nothing else has (the position is still the answer's,
# the round still open). Its time is thinking time, each question from shown to answered;
# reading the feedback never counts.
_MOVE_ON = (
    update(_rounds)
    .where(_rounds.c.id == bindparam("b_round"), _rounds.c.position == bindparam("b_position"),
           _rounds.c.finished_at.is_(None))
    .values(
        position=_rounds.c.position + 1,
        score=_rounds.c.score + bindparam("b_points"),
        correct=_rounds.c.correct + bindparam("b_correct"),
        time_ms=func.coalesce(_rounds.c.time_ms, 0) + bindparam("b_elapsed"),
        question_shown_at=None,
        finished_at=bindparam("b_finished_at", type_=_rounds.c.finished_at.type),
    )
)
