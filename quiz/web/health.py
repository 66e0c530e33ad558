"""GET /healthz for load balancers and operators, and the 503 page when the database is away.

A database that is down, full or unreachable is an outage, not a bug: players get a 503
page asking them to retry (never a traceback), the log gets the detail, and the next request
tries again, so the app recovers by itself once the database is back.
"""

from __future__ import annotations

from flask import Blueprint, current_app, jsonify, render_template
from sqlalchemy import exc

from quiz.database import db
from quiz.models import Heartbeat, Player, utcnow
from quiz.web.common import bank
from quiz.web.errors import UNAVAILABLE, forget_failed_transaction

bp = Blueprint("health", __name__)


# words in the driver's message -> what /healthz reports (the message itself may name
# hosts and users, so it goes to the log only)
REASONS = (
    ("disk is full", "disk full"),
    ("disk i/o", "disk error"),
    ("readonly", "read-only"),
    ("read-only", "read-only"),
    ("locked", "locked"),
    ("no such table", "schema missing: run `quiz db upgrade`"),
    ("does not exist", "schema missing: run `quiz db upgrade`"),
    ("unable to open", "unreachable"),
    ("connect", "unreachable"),
    ("timeout", "unreachable"),
    ("timed out", "unreachable"),
)


def reason(error: Exception) -> str:
    text = str(getattr(error, "orig", None) or error).lower()
    for words, said in REASONS:
        if words in text:
            return said
    return f"error: {type(error).__name__}"


def heartbeat() -> None:
    """Rewrite the heartbeat row and commit: a database that reads but cannot write (disk
    full, read-only) fails here, as players' answers would."""
    beat = db.session.get(Heartbeat, 1)
    if beat is None:
        db.session.add(Heartbeat(id=1))
    else:
        beat.beat_at = utcnow()
    try:
        db.session.commit()
    except exc.IntegrityError:  # another worker wrote the first beat at the same moment
        db.session.rollback()


def database_status() -> str:
    try:
        # a real table, so a database without the schema is reported too
        db.session.execute(db.select(Player.id).limit(1))
        heartbeat()
    except (*UNAVAILABLE, exc.ProgrammingError, exc.InternalError) as error:
        current_app.logger.warning("health check: database %s: %s", reason(error), error)
        forget_failed_transaction()
        return reason(error)
    return "ok"


@bp.get("/healthz")
def healthz():
    database = database_status()
    ok = database == "ok"
    body = {
        "status": "ok" if ok else "error",
        "database": database,
        "bank": {"questions": len(bank().questions)},
    }
    # a cached "ok" would hide an outage from whoever polls
    return jsonify(body), 200 if ok else 503, {"Cache-Control": "no-store"}


@bp.app_errorhandler(exc.OperationalError)
@bp.app_errorhandler(exc.InterfaceError)
@bp.app_errorhandler(exc.TimeoutError)
def database_unavailable(error):
    current_app.logger.error("database unavailable (%s): %s", reason(error), error)
    forget_failed_transaction()
    headers = {"Retry-After": "30"}
    try:
        return render_template("503.html"), 503, headers
    except Exception:  # the page must not fail because a template needs the database
        return "The quiz is unavailable for a moment; please try again shortly.", 503, headers
