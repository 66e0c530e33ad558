"""The daily challenge's rule: the first attempt of a day is scored, later ones are practice,
and a player has at most one attempt of the day open."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Row, insert, select
from sqlalchemy.exc import IntegrityError

from quiz.database import db
from quiz.models import Player, Round
from quiz.play.rules import DailyOpen
from quiz.play.sql import run

_rounds = Round.__table__
# a new round, returned as the row its INSERT stored (every round starts this way)
STORE_ROUND = insert(_rounds).returning(*_rounds.c)


def claim_daily(values: dict, day: date) -> Row:
    """Store the daily round `values` describe: the first attempt of the day scored, later
    ones practice; DailyOpen while another attempt of the day is unfinished."""
    player_id = values["player_id"]
    taken = played_daily_on(player_id, day)
    try:
        return _store_only_open_daily({**values, "scored": not taken,
                                       "daily_scored_on": None if taken else day}, day)
    except IntegrityError:  # the unique (player, daily_scored_on) constraint: a start raced this one
        db.session.rollback()
        return _store_only_open_daily({**values, "scored": False, "daily_scored_on": None}, day)


def _store_only_open_daily(values: dict, day: date) -> Row:
    # One player's daily starts one at a time, each seeing the ones before it: on PostgreSQL
    # by locking the player's row (before the INSERT, whose foreign-key lock would deadlock
    # with another start's), on SQLite by the INSERT's write lock (quiz.sqlite_writes).
    player_id = values["player_id"]
    db.session.execute(select(Player.id).where(Player.id == player_id).with_for_update())
    round_ = run(STORE_ROUND, values).one()
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
    return round_


def played_daily_on(player_id: int | None, day: date) -> bool:
    """Whether the player has started the scored daily challenge of `day`."""
    if not isinstance(player_id, int):
        return False
    found = db.session.execute(
        select(_rounds.c.id).where(_rounds.c.player_id == player_id, _rounds.c.daily_scored_on == day)
        .limit(1)
    ).first()
    return found is not None
