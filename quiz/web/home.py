from __future__ import annotations

from collections import Counter

from flask import Blueprint, current_app, render_template, session

from quiz import play
from quiz.bank.model import Bank
from quiz.models import utcnow
from quiz.web.common import bank, bank_memo
from quiz.web.forms import DIFFICULTY_LABELS, TIMED_LABELS

bp = Blueprint("home", __name__)


@bp.app_context_processor
def site() -> dict:
    # the header shows the nickname from the cookie: no database query on every page
    return {
        "nickname": session.get("nickname"),
        "has_endpoint": lambda name: name in current_app.view_functions,
    }


@bp.get("/")
def index():
    played_daily = play.played_daily_on(session.get("player_id"), utcnow().date())
    topics, sources = bank_memo("home_counts", bank_counts)
    return render_template(
        "home.html",
        bank=bank(),
        topics=topics,
        sources=sources,
        difficulties=DIFFICULTY_LABELS,
        timings=TIMED_LABELS,
        round_size=current_app.config.get("ROUND_SIZE", play.ROUND_SIZE),
        time_limit=play.TIME_LIMIT_S,
        rule=play.SCORING_RULE,
        played_daily=played_daily,
    )


def bank_counts(bank: Bank) -> tuple[list, list]:
    """(topic, questions) pairs, and (source, questions) pairs for the articles that have any."""
    playable = play.playable(bank)
    topics = Counter(q.topic for q in playable)
    # a question citing an article twice counts once for it
    articles = Counter(source for q in playable for source in dict.fromkeys(c.source for c in q.sources))
    sources = sorted(bank.sources.values(), key=lambda s: s.title.casefold())
    return sorted(topics.items()), [(s, articles[s.id]) for s in sources if articles[s.id]]
