"""Finishing a round: after its last answer, or before it (unanswered questions score
nothing). Either way one UPDATE closes the round if it still stands as it was read, and the
round as that UPDATE left it goes to its board in the same transaction."""

from __future__ import annotations

from datetime import datetime
from functools import lru_cache

from sqlalchemy import Row, Update, bindparam, func, select, update

from quiz import metrics
from quiz.bank.model import Bank
from quiz.boards import record_finished_round
from quiz.database import db
from quiz.models import Round, utcnow
from quiz.play.sql import run

_rounds = Round.__table__
_READ = select(*_rounds.c).where(_rounds.c.id == bindparam("b_round"))
# closes the round at the position it was read at, if nobody answered or finished it meanwhile
_CLOSE = (
    update(_rounds)
    .where(_rounds.c.id == bindparam("b_round"), _rounds.c.position == bindparam("b_position"),
           _rounds.c.finished_at.is_(None))
    .values(finished_at=bindparam("b_finished_at", type_=_rounds.c.finished_at.type),
            time_ms=func.coalesce(_rounds.c.time_ms, 0), question_shown_at=None)
)


def read_again(round_id: int) -> Row:
    """The round as the database holds it now (after a race was lost)."""
    return run(_READ, {"b_round": round_id}).first()


@lru_cache(maxsize=8)  # the few closing statements are module constants: each built once
def _returning_round(statement: Update) -> Update:
    return statement.returning(*_rounds.c)


def close(statement: Update, values: dict) -> Row | None:
    """Run `statement`, an UPDATE of one round (`b_round`) that finishes it; the round as it
    left it (from the UPDATE itself where the database returns rows from one), or None when
    the round no longer stood as the statement required."""
    if db.session.get_bind().dialect.update_returning:
        return run(_returning_round(statement), values).first()
    return read_again(values["b_round"]) if run(statement, values).rowcount else None


def settle(finished: Row | None) -> None:
    """Commit the caller's writes, with the board rows of the round they finished, if any."""
    if finished is not None:
        record_finished_round(finished)
    db.session.commit()
    if finished is not None:
        metrics.round_finished(finished.kind)


def finish_round(bank: Bank, round_: Row, now: datetime | None = None) -> Row:
    """End the round (unanswered questions score nothing) and post it to its board.

    Only while nobody answers meanwhile: the round is closed at the position it was read at,
    so an answer racing the finish either lands first (and the finish reads the round again)
    or finds the round closed and is refused.
    """
    now = now or utcnow()
    while round_.finished_at is None:
        closed = close(_CLOSE, {"b_round": round_.id, "b_position": round_.position, "b_finished_at": now})
        if closed is None:
            db.session.rollback()
            round_ = read_again(round_.id)
            continue
        settle(closed)
        round_ = closed
    return round_
