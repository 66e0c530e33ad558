from __future__ import annotations

from collections import Counter

from flask import Blueprint, current_app, render_template, session

from quiz import play
from quiz.db import db
from quiz.models import Round, utcnow
from quiz.web.forms import DIFFICULTY_LABELS, TIMED_LABELS, StartForm

bp = Blueprint("home", __name__)


@bp.app_context_processor
def site() -> dict:
    # the header shows the nickname from the cookie: no database query on every page
    return {
        "nickname": session.get("nickname"),
        "has_endpoint": lambda name: name in current_app.view_functions,
    }


def played_daily_today(player_id: int | None) -> bool:
    if not isinstance(player_id, int):
        return False
    today = utcnow().date()
    found = db.session.execute(
        db.select(Round.id).filter_by(player_id=player_id, daily_scored_on=today).limit(1)
    ).first()
    return found is not None


@bp.get("/")
def index():
    bank = current_app.extensions["quiz_bank"]
    playable = play.playable(bank)
    topics = Counter(q.topic for q in playable)
    articles = Counter(c.source for q in playable for c in {c.source: c for c in q.sources}.values())
    sources = sorted(bank.sources.values(), key=lambda s: s.title.casefold())
    return render_template(
        "home.html",
        bank=bank,
        form=StartForm(formdata=None),
        topics=sorted(topics.items()),
        sources=[(s, articles[s.id]) for s in sources if articles[s.id]],
        difficulties=DIFFICULTY_LABELS,
        timings=TIMED_LABELS,
        round_size=current_app.config.get("ROUND_SIZE", play.ROUND_SIZE),
        time_limit=play.TIME_LIMIT_S,
        rule=play.SCORING_RULE,
        played_daily=played_daily_today(session.get("player_id")),
    )
