from __future__ import annotations

from collections import Counter

from flask import Blueprint, current_app, render_template, session

from quiz import play
from quiz.bank.model import Bank
from quiz.models import utcnow
from quiz.web import page_cache
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
    bank = current_app.extensions["quiz_bank"]
    played_daily = play.played_daily_on(session.get("player_id"), utcnow().date())
    return page_cache.per_visitor(
        "home", bank, played_daily,
        lambda csrf, nickname: _render_home(bank, csrf, nickname, played_daily),
    )


def bank_counts(bank: Bank) -> tuple[list, list]:
    """(topic, questions) pairs, and (source, questions) pairs for the articles that have any."""
    playable = play.playable(bank)
    topics = Counter(q.topic for q in playable)
    # a question citing an article twice counts once for it
    articles = Counter(source for q in playable for source in dict.fromkeys(c.source for c in q.sources))
    sources = sorted(bank.sources.values(), key=lambda s: s.title.casefold())
    return sorted(topics.items()), [(s, articles[s.id]) for s in sources if articles[s.id]]


def _render_home(bank: Bank, csrf: str, nickname: str | None, played_daily: bool) -> str:
    topics, sources = bank_counts(bank)
    return render_template(
        "home.html",
        bank=bank,
        csrf=csrf,
        nickname=nickname,
        topics=topics,
        sources=sources,
        difficulties=DIFFICULTY_LABELS,
        timings=TIMED_LABELS,
        round_size=current_app.config.get("ROUND_SIZE", play.ROUND_SIZE),
        time_limit=play.TIME_LIMIT_S,
        rule=play.SCORING_RULE,
        played_daily=played_daily,
    )
