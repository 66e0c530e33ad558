"""Rounds: draw questions, show one without its answer, record and score an answer, finish.

Answers arrive in the terms the player saw: indexes into the round's shuffled choices
(`Round.choice_orders`), never the choice text, so no form value, page or response names the
right answer before it is given.
"""

from __future__ import annotations

import random
import secrets
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import NamedTuple

from sqlalchemy import and_, bindparam, func, insert, select, update
from sqlalchemy.exc import IntegrityError

from quiz.bank.model import Bank, Question
from quiz.bank.names import bank_people
from quiz.db import db
from quiz.models import Answer, Player, Round, RoundProgress, utcnow
from quiz.play.draw import candidates, daily_question_ids, mixed, question_hash, shuffled_options
from quiz.play.rules import (
    POINTS,
    ROUND_SIZE,
    TIME_LIMIT_S,
    NoQuestions,
    OutOfOrder,
    RoundOver,
    grade,
    speed_bonus,
)
from quiz.prebuilt import Prebuilt, driver_transaction
from quiz.scoreboard import post_finished_round, record_finished_round


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


@dataclass(frozen=True)
class RoundState(RoundProgress):
    """A round as one row of plain values: all that showing and answering a question read.

    Reading it is a quarter of the cost of loading the ORM object (about 120 against 440
    microseconds a round on SQLite), and the question page and the answer POST read a round
    on every request. Changes go through UPDATE statements; finishing, which posts to the
    scoreboard, loads the ORM object.
    """

    id: int
    player_id: int
    kind: str
    scope: str
    difficulty: str
    timed: bool
    question_ids: list
    question_hashes: list
    choice_orders: list
    position: int
    score: int
    correct: int
    scored: bool
    daily_scored_on: date | None
    started_at: datetime
    question_shown_at: datetime | None
    finished_at: datetime | None
    time_ms: int | None


def round_state(round_id: int) -> RoundState | None:
    with driver_transaction(db.engine) as transaction:  # quiz.prebuilt: a third of the cost
        rows = _ROUND_ROW.run(transaction, {"b_round": round_id})
    return RoundState(**rows[0]) if rows else None


class StoredAnswer(NamedTuple):
    """An answer as the feedback page reads it: what `review` needs of an Answer."""

    position: int
    question_id: str
    given: object
    correct: bool
    points: int
    bonus: int
    elapsed_ms: int | None


def round_with_answer(round_id: int, position: int) -> tuple[RoundState | None, StoredAnswer | None]:
    """(the round, its answer at `position`) in one query on the driver connection, for the
    feedback page: (None, None) without such a round, (round, None) while that question is
    unanswered."""
    with driver_transaction(db.engine) as transaction:
        rows = _ROUND_WITH_ANSWER.run(transaction, {"b_round": round_id, "b_position": position})
    if not rows:
        return None, None
    values = rows[0]
    round_ = RoundState(**{column.name: values[f"round_{column.name}"] for column in _rounds.columns})
    if values["question_id"] is None:
        return round_, None
    return round_, StoredAnswer(**{name: values[name] for name in StoredAnswer._fields})


@dataclass(frozen=True)
class Verdict:
    position: int
    question_id: str
    correct: bool
    credit: float  # 0..1, the share of the question's points earned before any bonus
    points: int
    bonus: int
    given: object
    elapsed_ms: int | None
    round_finished: bool


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


def start_round(
    bank: Bank,
    player: Player | int,
    kind: str,
    scope: str,
    difficulty: str,
    timed: bool,
    now: datetime | None = None,
    size: int = ROUND_SIZE,
) -> Round:
    """Draw a round and store it; a second daily challenge on one day plays unscored."""
    now = now or utcnow()
    player_id = player if isinstance(player, int) else player.id
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
    round_ = Round(
        player_id=player_id, kind=kind, scope=scope, difficulty=difficulty, timed=bool(timed),
        question_ids=[q.id for q in drawn], question_hashes=[question_hash(q) for q in drawn],
        choice_orders=[shuffled_options(q, rng) for q in drawn], started_at=now,
    )
    if kind == "daily":
        _claim_daily(round_, player_id, now.date())
    else:
        db.session.add(round_)
        db.session.commit()
    return round_


def _claim_daily(round_: Round, player_id: int, day: date) -> None:
    # The unique (player, daily_scored_on) constraint decides, even when two starts race.
    taken = db.session.execute(
        db.select(Round.id).filter_by(player_id=player_id, daily_scored_on=day).limit(1)
    ).first()
    round_.scored = taken is None
    round_.daily_scored_on = day if taken is None else None
    db.session.add(round_)
    try:
        db.session.commit()
    except IntegrityError:
        db.session.rollback()
        round_.scored, round_.daily_scored_on = False, None
        db.session.add(round_)
        db.session.commit()


# --- playing ---------------------------------------------------------------------------


# Built once, on the tables rather than the ORM classes: composing an ORM statement on every
# request costs more than running it. The play pages write with these; the rest of the
# module keeps the ORM.
_rounds = Round.__table__
_ROUND_ROW = Prebuilt(select(*_rounds.columns).where(_rounds.c.id == bindparam("b_round")))
_answers = Answer.__table__
_ROUND_WITH_ANSWER = Prebuilt(
    select(
        *(column.label(f"round_{column.name}") for column in _rounds.columns),
        *(_answers.c[name] for name in ("position", "question_id", "given", "correct", "points",
                                        "bonus", "elapsed_ms")),
    )
    .outerjoin(_answers, and_(_answers.c.round_id == _rounds.c.id,
                              _answers.c.position == bindparam("b_position")))
    .where(_rounds.c.id == bindparam("b_round"))
)
_START_CLOCK = (
    update(_rounds)
    .where(_rounds.c.id == bindparam("b_round"), _rounds.c.position == bindparam("b_position"),
           _rounds.c.question_shown_at.is_(None))
    .values(question_shown_at=bindparam("b_shown_at"))
)


# Showing a question as one statement: the owner's unfinished round, its clock started
# unless it already runs (COALESCE keeps the earliest time when two tabs open it at once),
# returned as it now is. Where the database cannot return rows from an UPDATE, None.
_SHOW = Prebuilt(
    update(_rounds)
    .where(_rounds.c.id == bindparam("b_round"), _rounds.c.player_id == bindparam("b_player"),
           _rounds.c.finished_at.is_(None))
    .values(question_shown_at=func.coalesce(
        _rounds.c.question_shown_at, bindparam("b_shown_at", type_=_rounds.c.question_shown_at.type)
    ))
    .returning(*(_rounds.c[name] for name in ("id", "timed", "question_ids", "choice_orders", "position",
                                              "score", "question_shown_at", "finished_at")))
)


@dataclass(frozen=True)
class ShownRound(RoundProgress):
    """What showing a question reads of its round (see `question_view`): only these columns
    come back from the UPDATE, the fewer values to convert on the busiest page."""

    id: int
    timed: bool
    question_ids: list
    choice_orders: list
    position: int
    score: int
    question_shown_at: datetime | None
    finished_at: datetime | None


def show_question(
    bank: Bank, round_id: int, player_id: int | None, now: datetime | None = None
) -> QuestionView | None:
    """The question player `player_id` answers next in round `round_id`, its clock started.

    The same as `current_question(bank, round_state(round_id))` for the round's owner, in one
    statement instead of a read and a write, in its own short transaction on the driver
    connection (quiz.prebuilt): the question page is the most requested page of a game.
    None when it is not that player's unfinished round (or the database cannot do it in
    one statement): the caller then reads the round and goes the long way, which also
    tells a finished round from somebody else's.
    """
    engine = db.engine
    if not isinstance(player_id, int) or not engine.dialect.update_returning:
        return None
    with driver_transaction(engine) as transaction:
        rows = _SHOW.run(transaction, {"b_round": round_id, "b_player": player_id,
                                       "b_shown_at": now or utcnow()})
    return question_view(bank, ShownRound(**rows[0])) if rows else None


def current_question(
    bank: Bank, round_: Round | RoundState, now: datetime | None = None
) -> QuestionView | None:
    """The question to answer next, without its answer; None once the round is over.

    Showing a question starts its clock (`Round.question_shown_at`): the speed bonus is
    measured from then, a reload does not restart it, and an answer to a question never
    shown earns no bonus.
    """
    if round_.finished or round_.position >= round_.size:
        return None
    if round_.question_shown_at is not None:
        return question_view(bank, round_)
    shown_at = now or utcnow()
    view = replace(question_view(bank, round_), shown_at=shown_at)  # before the commit expires the round
    # One UPDATE, not an ORM flush (a third of the page's cost); "still unshown" in the WHERE
    # keeps the earliest time when two tabs open the question at once.
    db.session.execute(
        _START_CLOCK, {"b_round": round_.id, "b_position": round_.position, "b_shown_at": shown_at}
    )
    db.session.commit()
    return view


def question_view(bank: Bank, round_: Round | RoundState | ShownRound) -> QuestionView | None:
    """The next question as the player sees it, with no side effect."""
    if round_.finished or round_.position >= round_.size:
        return None
    position = round_.position
    question = bank.question(round_.question_ids[position])
    common = {
        "round_id": round_.id, "position": position, "total": round_.size, "score": round_.score,
        "timed": round_.timed, "time_limit_s": TIME_LIMIT_S if round_.timed else None,
        "shown_at": round_.question_shown_at,
    }
    if question is None:
        return QuestionView(
            id=round_.question_ids[position], type="withdrawn", topic="", difficulty="",
            prompt="This question has been withdrawn from the bank.", options=(),
            withdrawn=True, **common,
        )
    order = round_.choice_orders[position]
    return QuestionView(
        id=question.id, type=question.type, topic=question.topic,
        difficulty=question.difficulty, prompt=question.prompt,
        options=tuple(question.choices[i] for i in order), **common,
    )


def stored_verdict(round_: Round | RoundState, position: int) -> Verdict | None:
    answer = db.session.execute(
        db.select(Answer).filter_by(round_id=round_.id, position=position)
    ).scalar_one_or_none()
    return None if answer is None else _verdict(answer, round_)


def _verdict(answer: Answer, round_: Round | RoundState, credit: float | None = None) -> Verdict:
    if credit is None:  # a stored answer: its credit from its base points
        credit = (answer.points - answer.bonus) / POINTS
    return Verdict(
        position=answer.position, question_id=answer.question_id, correct=answer.correct,
        credit=credit, points=answer.points, bonus=answer.bonus, given=answer.given,
        elapsed_ms=answer.elapsed_ms, round_finished=round_.finished,
    )


def record_answer(
    bank: Bank, round_: Round | RoundState, position: int, given: object, now: datetime | None = None
) -> Verdict:
    """Score an answer to the question at `position` and move the round on.

    `given` is what the player picked, in the order they were shown: an index for choice,
    a list of indexes for multi, for order the shown item's index per place (first place
    first), True/False for truefalse, the typed text for text and number. Replaying an
    answered position changes nothing and returns the stored verdict.
    """
    now = now or utcnow()
    if position < round_.position:  # questions go in order, so an earlier one is answered
        stored = stored_verdict(round_, position)
        if stored is not None:
            return stored
    if round_.finished:
        raise RoundOver("This round is over: see the results.")
    if position != round_.position:
        raise OutOfOrder(f"Answer question {round_.position + 1} first: questions go in order.")
    question = bank.question(round_.question_ids[position])
    order = round_.choice_orders[position]
    given_value, credit, correct = (
        grade(question, order, given, bank_people(bank.questions)) if question else (None, 0.0, False)
    )
    elapsed_ms = None
    if round_.question_shown_at is not None:
        elapsed_ms = max(0, int((now - round_.question_shown_at).total_seconds() * 1000))
    bonus = speed_bonus(credit, elapsed_ms) if round_.timed else 0
    points = round(POINTS * credit) + bonus
    values = {
        "round_id": round_.id, "position": position, "question_id": round_.question_ids[position],
        "given": given_value, "correct": correct, "points": points, "bonus": bonus,
        "elapsed_ms": elapsed_ms, "answered_at": now,
    }
    finishes = position + 1 >= round_.size
    moved = {"b_round": round_.id, "b_position": position, "b_points": points,
             "b_correct": int(correct), "b_elapsed": elapsed_ms or 0, "b_now": now}
    try:
        # the unique (round, position) constraint decides a double POST
        if isinstance(round_, Round) or (finishes and not db.engine.dialect.update_returning):
            _record_in_session(round_, values, moved, finishes)
        else:
            _record_on_driver(round_, values, moved, finishes)
    except IntegrityError:
        db.session.rollback()
        stored = stored_verdict(round_, position)
        if stored is None:
            raise
        return stored
    return Verdict(
        position=position, question_id=values["question_id"], correct=correct, credit=credit,
        points=points, bonus=bonus, given=given_value, elapsed_ms=elapsed_ms, round_finished=finishes,
    )


def _record_on_driver(round_: RoundState, values: dict, moved: dict, finishes: bool) -> None:
    """The answer and the round's move, and for the last answer its finish and scoreboard
    rows, in one transaction on the driver connection (quiz.prebuilt): a third of the ORM's
    cost, and the answer POST is most of a game's writes."""
    with driver_transaction(db.engine) as transaction:
        _RECORD.run(transaction, values)
        if not finishes:
            _ADVANCE.run(transaction, moved)
            return
        finished = _FINISH.run(transaction, moved)
        if not finished:  # finished meanwhile (the unique answer row rules out a double POST)
            raise RoundOver("This round is over: see the results.")
        post_finished_round(transaction, RoundState(**finished[0]))


def _record_in_session(round_: Round | RoundState, values: dict, moved: dict, finishes: bool) -> None:
    """The same through the ORM session: for a caller that holds the ORM round (the API), whose
    object the commit refreshes, and where the database cannot return the finished row."""
    db.session.execute(_RECORD.statement, values)
    if not finishes:
        db.session.execute(_ADVANCE.statement, moved)
    else:
        mapped = round_ if isinstance(round_, Round) else db.session.get(Round, round_.id)
        mapped.position = values["position"] + 1
        mapped.score += values["points"]
        mapped.correct += int(values["correct"])
        mapped.time_ms = (mapped.time_ms or 0) + (values["elapsed_ms"] or 0)
        _finish(mapped, values["answered_at"])
    db.session.commit()


# An answer moves the round on to its next question; its time is thinking time, each
# question from shown to answered.
_MOVED_ON = {
    "position": _rounds.c.position + 1,
    "score": _rounds.c.score + bindparam("b_points"),
    "correct": _rounds.c.correct + bindparam("b_correct"),
    "time_ms": func.coalesce(_rounds.c.time_ms, 0) + bindparam("b_elapsed"),
    "question_shown_at": None,
}
_ADVANCE = Prebuilt(
    update(_rounds)
    .where(_rounds.c.id == bindparam("b_round"), _rounds.c.position == bindparam("b_position"))
    .values(**_MOVED_ON)
)
_ANSWER_VALUES = ("round_id", "position", "question_id", "given", "correct", "points", "bonus",
                  "elapsed_ms", "answered_at")
# The last answer finishes the round: its time is all thinking time (reading the feedback
# never counts), and it is returned for the scoreboard.
_FINISH = Prebuilt(
    update(_rounds)
    .where(_rounds.c.id == bindparam("b_round"), _rounds.c.position == bindparam("b_position"),
           _rounds.c.finished_at.is_(None))
    .values(**_MOVED_ON, finished_at=bindparam("b_now"))
    .returning(*_rounds.columns)
)
_RECORD = Prebuilt(insert(_answers).values({name: bindparam(name) for name in _ANSWER_VALUES}))


def finish_round(bank: Bank, round_: Round, now: datetime | None = None) -> Round:
    """End the round (unanswered questions score nothing) and post it to its board."""
    if not round_.finished:
        _finish(round_, now or utcnow())
        db.session.commit()
    return round_


def _finish(round_: Round, now: datetime) -> None:
    round_.finished_at = now
    round_.time_ms = round_.time_ms or 0  # reading the feedback pages never counts
    round_.question_shown_at = None
    record_finished_round(round_)  # in this same transaction


# --- reviewing -------------------------------------------------------------------------


def review(bank: Bank, round_: Round | RoundState, answer: Answer) -> Review:
    question = bank.question(answer.question_id)
    drawn_hash = round_.question_hashes[answer.position]
    return Review(
        position=answer.position, question=question,
        changed=question is not None and question_hash(question) != drawn_hash,
        given=answer.given, correct=answer.correct, points=answer.points, bonus=answer.bonus,
        elapsed_ms=answer.elapsed_ms,
    )


def review_position(bank: Bank, round_: Round, position: int) -> Review | None:
    answer = db.session.execute(
        db.select(Answer).filter_by(round_id=round_.id, position=position)
    ).scalar_one_or_none()
    return None if answer is None else review(bank, round_, answer)


def review_round(bank: Bank, round_: Round) -> list[Review]:
    return [review(bank, round_, answer) for answer in round_.answers]
