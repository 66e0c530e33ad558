"""Rounds: start one, show its next question, record and score an answer, finish it.

The HTML pages and the JSON API both play through these functions, on `db.session`; a round
is the `Round` model, or a row of its columns as the pages read it (`read_round`). Writes are
single statements through the session whose WHERE clauses say what must still hold (the
question still unanswered, the round still open), so two requests racing on one round cannot
both win: the loser's transaction is rolled back whole.

Answers arrive in the terms the player saw: indexes into the round's shuffled choices
(`Round.choice_orders`), never the choice text, so no form value, page or response names the
right answer before it is given.
"""

from __future__ import annotations

import random
import secrets
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Row, bindparam, func, insert, select, update
from sqlalchemy.exc import IntegrityError

from quiz import metrics
from quiz.bank.model import Bank
from quiz.bank.names import bank_people
from quiz.boards import record_finished_round
from quiz.database import db
from quiz.models import Answer, Player, Round, utcnow
from quiz.play.daily import claim_daily
from quiz.play.draw import (
    candidates,
    daily_question_ids,
    mixed,
    order_fits,
    question_hash,
    shuffled_options,
)
from quiz.play.questions import QuestionView, question_view
from quiz.play.review import stored_answer
from quiz.play.rules import (
    POINTS,
    ROUND_SIZE,
    NoQuestions,
    OutOfOrder,
    RoundOver,
    grade,
    speed_bonus,
)

_rounds = Round.__table__


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
        claim_daily(round_, player_id, now.date())
    else:
        db.session.add(round_)
        db.session.commit()
    return round_


# --- showing -----------------------------------------------------------------------------

# Statements built once with their values as parameters: composing one cost as much as
# running it, on the pages a game requests most.
_OWNED_OPEN = (_rounds.c.id == bindparam("b_round"), _rounds.c.player_id == bindparam("b_player"),
               _rounds.c.finished_at.is_(None))
_START_CLOCK = update(_rounds).where(*_OWNED_OPEN).values(question_shown_at=func.coalesce(
    _rounds.c.question_shown_at, bindparam("b_shown_at", type_=_rounds.c.question_shown_at.type)))
# what showing a question reads of its round
_SHOWN = [_rounds.c[name] for name in ("id", "timed", "question_ids", "choice_orders", "position",
                                       "score", "question_shown_at", "finished_at")]
_SHOW = _START_CLOCK.returning(*_SHOWN)
_SHOWN_ROUND = select(*_SHOWN).where(*_OWNED_OPEN)
_READ = select(*_rounds.c).where(_rounds.c.id == bindparam("b_round"))


def read_round(round_id: int) -> Row | None:
    """Round `round_id` as a row of its columns, or None: one SELECT and no ORM object to
    build and track (loading a `Round` cost three times as much). The functions here read
    only columns, so they take such a row or a `Round` alike."""
    return db.session.execute(_READ, {"b_round": round_id}).first()


def show_question(
    bank: Bank, round_id: int, player_id: int | None, now: datetime | None = None
) -> QuestionView | None:
    """The question player `player_id` answers next in round `round_id`, its clock started.

    Showing a question starts its clock (`Round.question_shown_at`): the speed bonus is
    measured from then, a reload does not restart it (COALESCE keeps the earliest time when
    two tabs open it at once), and an answer to a question never shown earns no bonus.
    None when it is not that player's unfinished round: the caller then loads the round to
    tell a finished round from somebody else's.
    """
    if not isinstance(player_id, int):
        return None
    values = {"b_round": round_id, "b_player": player_id, "b_shown_at": now or utcnow()}
    if db.session.get_bind().dialect.update_returning:  # one statement: the busiest page of a game
        row = db.session.execute(_SHOW, values).first()
    else:
        started = db.session.execute(_START_CLOCK, values).rowcount
        row = db.session.execute(_SHOWN_ROUND, values).first() if started else None
    db.session.commit()
    return None if row is None else question_view(bank, row)


# --- answering ---------------------------------------------------------------------------


def stored_verdict(round_: Round | Row, position: int) -> Verdict | None:
    answer = stored_answer(round_, position)
    if answer is None:
        return None
    return Verdict(
        position=answer.position, question_id=answer.question_id, correct=answer.correct,
        credit=(answer.points - answer.bonus) / POINTS, points=answer.points, bonus=answer.bonus,
        given=answer.given, elapsed_ms=answer.elapsed_ms, round_finished=round_.finished_at is not None,
    )


def record_answer(
    bank: Bank, round_: Round | Row, position: int, given: object, now: datetime | None = None
) -> Verdict:
    """Score the answer to question `position` and move the round on; the last one finishes it.

    `given` is what the player picked in the order shown: an index for choice, a list of
    indexes for multi, for order the shown item's index per place (first place first),
    True/False for truefalse, the typed text for text and number. Replaying an answered
    position changes nothing and returns the stored verdict.
    """
    now = now or utcnow()
    if position < round_.position:  # questions go in order, so an earlier one is answered
        stored = stored_verdict(round_, position)
        if stored is not None:
            return stored
    _check_next(round_, position)
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
    verdict = Verdict(
        position=position, question_id=round_.question_ids[position], correct=correct,
        credit=credit, points=round(POINTS * credit) + bonus, bonus=bonus, given=given_value,
        elapsed_ms=elapsed_ms, round_finished=position + 1 >= len(round_.question_ids),
    )
    try:
        _store(round_, verdict, now)
    except IntegrityError:  # the unique (round, position) constraint decides a double POST
        db.session.rollback()
        stored = stored_verdict(_read_again(round_), position)
        if stored is None:
            raise
        return stored
    metrics.answer_recorded(verdict.correct)
    if verdict.round_finished:
        metrics.round_finished(round_.kind)
    return verdict


def _store(round_: Round | Row, verdict: Verdict, now: datetime) -> None:
    """The answer, the round's move and, for the last answer, its finish and scoreboard rows:
    one transaction, committed whole or not at all."""
    db.session.execute(_RECORD, {
        "round_id": round_.id, "position": verdict.position, "question_id": verdict.question_id,
        "given": verdict.given, "correct": verdict.correct, "points": verdict.points,
        "bonus": verdict.bonus, "elapsed_ms": verdict.elapsed_ms, "answered_at": now,
    })
    moved = db.session.execute(_MOVE_ON, {
        "b_round": round_.id, "b_position": verdict.position, "b_points": verdict.points,
        "b_correct": int(verdict.correct), "b_elapsed": verdict.elapsed_ms or 0,
        "b_finished_at": now if verdict.round_finished else None,
    }).rowcount
    if not moved:  # finished or answered meanwhile: this answer comes too late
        db.session.rollback()
        current = _read_again(round_)
        if current.finished_at is not None:
            raise RoundOver("This round is over: see the results.")
        raise OutOfOrder(f"Answer question {current.position + 1} first: questions go in order.")
    if verdict.round_finished:  # its board rows, from the round as the UPDATE left it
        record_finished_round(_read_again(round_))
    db.session.commit()


def _check_next(round_: Round | Row, position: int) -> None:
    """Refuse an answer to anything but the round's next question."""
    if round_.finished_at is not None:
        raise RoundOver("This round is over: see the results.")
    if position != round_.position:
        raise OutOfOrder(f"Answer question {round_.position + 1} first: questions go in order.")


def _read_again(round_: Round | Row) -> Round:
    """The round as the database holds it now, as a `Round` (the same object if it is one)."""
    return db.session.get(Round, round_.id, populate_existing=True)


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


# --- finishing ---------------------------------------------------------------------------


def finish_round(bank: Bank, round_: Round, now: datetime | None = None) -> Round:
    """End the round (unanswered questions score nothing) and post it to its board.

    Only while nobody answers meanwhile: the round is closed at the position it was read at,
    so an answer racing the finish either lands first (and the finish reads the round again)
    or finds the round closed and is refused.
    """
    now = now or utcnow()
    while not round_.finished:
        closed = db.session.execute(
            update(_rounds)
            .where(_rounds.c.id == round_.id, _rounds.c.position == round_.position,
                   _rounds.c.finished_at.is_(None))
            .values(finished_at=now, time_ms=func.coalesce(_rounds.c.time_ms, 0), question_shown_at=None)
        ).rowcount
        if not closed:
            db.session.rollback()  # expires the round: the loop reads it afresh
            continue
        db.session.expire(round_)
        record_finished_round(round_)
        db.session.commit()
        metrics.round_finished(round_.kind)
    return round_
