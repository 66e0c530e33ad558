"""Running the play service's Core statements."""

from __future__ import annotations

from sqlalchemy import CursorResult, Executable

from quiz.database import db


def run(statement: Executable, values: dict) -> CursorResult:
    """A Core statement (one that loads no ORM objects) on the session's own connection, in
    its transaction: db.session.execute would pass it through the ORM's layer first, which
    costs about a fifth of such a statement, on the requests a game makes most."""
    return db.session.connection().execute(statement, values)
