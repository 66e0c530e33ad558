"""A round as the play service takes it: a row of the round table's columns, read in the
current app context (as a request of its own would read it)."""

from __future__ import annotations

from sqlalchemy import Row, select

from quiz.database import db
from quiz.models import Round


def round_row(round_id: int) -> Row:
    rounds = Round.__table__
    return db.session.execute(select(*rounds.c).where(rounds.c.id == round_id)).one()
