"""The daily challenge's rule: the first attempt of a day is scored, later ones are practice,
and a player has at most one attempt of the day open."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from quiz.database import db
from quiz.models import Player, Round
from quiz.play.rules import DailyOpen

_rounds = Round.__table__


def claim_daily(round_: Round, player_id: int, day: date) -> None:
    """The first daily attempt of the day is scored, later ones are practice; DailyOpen while
    another attempt of the day is unfinished."""
    taken = played_daily_on(player_id, day)
    round_.scored = not taken
    round_.daily_scored_on = None if taken else day
    try:
        _store_only_open_daily(round_, player_id, day)
    except IntegrityError:  # the unique (player, daily_scored_on) constraint: a start raced this one
        db.session.rollback()
        round_.scored, round_.daily_scored_on = False, None
        _store_only_open_daily(round_, player_id, day)


def _store_only_open_daily(round_: Round, player_id: int, day: date) -> None:
    # One player's daily starts one at a time, each seeing the ones before it: on PostgreSQL
    # by locking the player's row (before the INSERT, whose foreign-key lock would deadlock
    # with another start's), on SQLite by the INSERT's write lock (quiz.sqlite_writes).
    db.session.execute(select(Player.id).where(Player.id == player_id).with_for_update())
    db.session.add(round_)
    db.session.flush()
    other = db.session.execute(
        select(_rounds.c.id).where(
            _rounds.c.player_id == player_id, _rounds.c.kind == "daily",
            _rounds.c.scope == day.isoformat(), _rounds.c.finished_at.is_(None), _rounds.c.id != round_.id,
        ).limit(1)
    ).scalar()
    if other is not None:
        db.session.rollback()
        raise DailyOpen(other)
    db.session.commit()


def played_daily_on(player_id: int | None, day: date) -> bool:
    """Whether the player has started the scored daily challenge of `day`."""
    if not isinstance(player_id, int):
        return False
    found = db.session.execute(
        select(_rounds.c.id).where(_rounds.c.player_id == player_id, _rounds.c.daily_scored_on == day)
        .limit(1)
    ).first()
    return found is not None
