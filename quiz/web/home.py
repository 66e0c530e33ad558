from __future__ import annotations

from collections import Counter, namedtuple

from flask import Blueprint, current_app, render_template, request, session, url_for

from quiz import play
from quiz.bank.model import Bank
from quiz.bank.topics import topic_title
from quiz.models import utcnow
from quiz.web.common import app_memo, bank, bank_memo
from quiz.web.forms import DIFFICULTY_LABELS, TIMED_LABELS

bp = Blueprint("home", __name__)
bp.add_app_template_global(topic_title, "topic_title")

# What the scoreboards do with timed rounds, said where the player chooses one.
BOARD_RULE = ("Timed and untimed rounds rank on separate scoreboards, so taking your time costs "
              "nothing: the speed bonus only ranks a timed round against other timed rounds.")


# The links every page prints (header, footer, stylesheet, icon, script): name -> url_for's
# arguments. Their url_for calls were three quarters of the header's cost, and the links
# cannot change while the app runs, except for the prefix it is mounted under (SCRIPT_NAME),
# so they are made once and remade only when that prefix changes.
SITE_LINKS = {
    "home": ("home.index", {}),
    "sources": ("sources.index", {}),
    "boards": ("board.index", {}),
    "me": ("board.me", {}),
    "nickname": ("play.nickname", {}),
    "play": ("play.start", {}),  # the form that starts a round (home, article pages)
    "style": ("static", {"filename": "style.css"}),
    "favicon": ("static", {"filename": "favicon.svg"}),
    "play_js": ("static", {"filename": "play.js"}),
}


# Attributes, not dict keys: Jinja reads `links.home` as an attribute first, and a dict's
# missing attribute raised and caught an exception for every link on every page.
SiteLinks = namedtuple("SiteLinks", SITE_LINKS)


def site_links() -> SiteLinks:
    return app_memo("site_links", request.script_root, lambda: SiteLinks(**{
        name: url_for(endpoint, **values) for name, (endpoint, values) in SITE_LINKS.items()
    }))


def has_endpoint(name: str) -> bool:
    return name in current_app.view_functions


@bp.app_context_processor
def site() -> dict:
    # the header shows the nickname from the cookie: no database query on every page
    return {"nickname": session.get("nickname"), "has_endpoint": has_endpoint, "links": site_links()}


@bp.get("/")
def index():
    played_daily = play.played_daily_on(session.get("player_id"), utcnow().date())
    topics, sources, levels, total = bank_memo("home_counts", bank_counts)
    round_size = current_app.config.get("ROUND_SIZE", play.ROUND_SIZE)
    return render_template(
        "home.html",
        bank=bank(),
        topics=topics,
        sources=sources,
        levels=levels,
        quick_size=min(round_size, total),
        difficulties=DIFFICULTY_LABELS,
        timings=TIMED_LABELS,
        round_size=round_size,
        time_limit=play.TIME_LIMIT_S,
        rule=play.SCORING_RULE,
        board_rule=BOARD_RULE,
        played_daily=played_daily,
    )


def bank_counts(bank: Bank) -> tuple[list, list, list, int]:
    """(topic, questions) pairs, (source, questions) pairs for the articles that have any,
    (difficulty, questions) pairs, and how many questions can be played in all."""
    playable = play.playable(bank)
    topics = Counter(q.topic for q in playable)
    levels = Counter(q.difficulty for q in playable)
    # a question citing an article twice counts once for it
    articles = Counter(source for q in playable for source in dict.fromkeys(c.source for c in q.sources))
    sources = sorted(bank.sources.values(), key=lambda s: s.title.casefold())
    ordered_levels = [(level, levels[level]) for level in DIFFICULTY_LABELS if levels[level]]
    return (sorted(topics.items()), [(s, articles[s.id]) for s in sources if articles[s.id]],
            ordered_levels, len(playable))
