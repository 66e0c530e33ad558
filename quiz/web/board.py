"""Scoreboards and the player's own page. Read-only: every view is a GET.

A board's address is its name: /scoreboard/quick, /scoreboard/topic:music,
/scoreboard/source:<article id>, /scoreboard/daily:2024-05-01, and for timed rounds the same
with "+timed" (/scoreboard/quick+timed). The index shows the timed boards at ?timing=timed.
"""

from __future__ import annotations

from datetime import date, timedelta

from flask import Blueprint, redirect, render_template, request, session, url_for
from wtforms import Form, IntegerField, StringField
from wtforms.validators import NumberRange, Optional

from quiz import boards
from quiz.boards.player import player_summary
from quiz.caches import cached
from quiz.web.common import bank, current_player
from quiz.web.errors import error_page

bp = Blueprint("board", __name__)
bp.add_app_template_global(boards.with_timing, "with_timing")

WINDOW_LABELS = {"today": "Today", "week": "This week", "all": "All time"}


class BoardQuery(Form):
    """The query string of a board page: which window, which page."""

    window = StringField(default="all")
    page = IntegerField(
        default=1,
        validators=[Optional(), NumberRange(min=1, max=10**6, message="Pages are numbered from 1.")],
    )

    def validate_window(self, field) -> None:
        if field.data not in WINDOW_LABELS:
            field.errors.append(f"Choose one of: {', '.join(WINDOW_LABELS)}.")


class IndexQuery(Form):
    """The query string of the scoreboards index: the untimed or the timed boards."""

    timing = StringField(default="untimed")

    def validate_timing(self, field) -> None:
        if field.data not in boards.TIMINGS:
            field.errors.append(f"Choose one of: {', '.join(boards.TIMINGS)}.")


def _query_problems(query: Form) -> str:
    return "; ".join(f"{name}: {' '.join(errs)}" for name, errs in query.errors.items())


@bp.app_template_global()
def board_title(board: str) -> str:
    return boards.board_title(board, bank())


def known_board(board: str) -> bool:
    """A well-formed board the bank offers, or one that already holds scores."""
    parsed = boards.parse_board(board)
    if parsed is None:
        return False
    kind, scope = parsed
    if kind == "daily" and date.fromisoformat(scope) > boards.utc_now().date():
        return False  # tomorrow's challenge does not exist yet
    return boards.offered(board, bank()) is not None or boards.has_rows(board)


@bp.get("/scoreboard")
def index():
    query = IndexQuery(request.args)
    if not query.validate():
        return error_page(400, "That scoreboard view does not exist", _query_problems(query),
                          link=(url_for("board.index"), "All scoreboards"))
    timed = query.timing.data == "timed"
    today = boards.utc_now().date()
    key = f"{today.isoformat()}|{int(timed)}|{request.script_root}"
    shown = cached("board_index", key, lambda: _index_rows(today, timed))
    return render_template(
        "board_index.html", windows=WINDOW_LABELS, today=today.isoformat(), timings=boards.TIMINGS,
        timed=timed, timed_rule=boards.TIMED_RULE, **shown,
    )


def _index_rows(today: date, timed: bool) -> dict:
    """What the index shows, kept in the board_index cache (quiz.caches, 2 seconds): every
    untimed (or timed) board with its title, link and all-time leader (one query), and the
    past daily boards. The same for every visitor, so a crowd opening the index costs one
    build per lifetime."""
    listed = boards.index_boards(bank(), today, timed=timed)
    days = [day for day in boards.daily_days() if day != today.isoformat()]
    return {
        "boards": [(board, title, url_for("board.show", board=board)) for board, title in listed],
        "leaders": boards.leaders([board for board, _ in listed]),
        "past": [(day, url_for("board.show", board=boards.with_timing(f"daily:{day}", timed)))
                 for day in days],
    }


def _day_links(day: str) -> dict:
    """Previous and next daily boards, by date; no link into the future."""
    current = date.fromisoformat(day)
    today = boards.utc_now().date()
    earlier = current - timedelta(days=1) if current > date.min else None
    later = current + timedelta(days=1) if current < today else None
    return {"previous": earlier and earlier.isoformat(), "next": later and later.isoformat()}


@bp.get("/scoreboard/")
def index_slash():
    """/scoreboard/ is the list of boards too."""
    return redirect(url_for("board.index"), 308)


@bp.get("/scoreboard/<path:board>")
def show(board: str):
    if not known_board(board):
        return error_page(404, "No such scoreboard", f"There is no scoreboard called {board!r}.",
                          link=(url_for("board.index"), "All scoreboards"))
    query = BoardQuery(request.args)
    if not query.validate():
        return error_page(400, "That scoreboard view does not exist", _query_problems(query),
                          link=(url_for("board.show", board=board), "This board, all time"))
    kind, scope = boards.parse_board(board)
    window = "all" if kind == "daily" else query.window.data  # a daily board is its own day
    number = query.page.data or 1
    if isinstance(session.get("player_id"), int):
        return _players_view(board, window, kind, scope, number, session["player_id"])
    current_player()  # forgets a malformed player id in the cookie, as the play pages do
    if number == 1 and not session.get("_flashes") and _recent_enough(kind, scope):
        return _anonymous_first_page(board, window, kind, scope)
    return _visitors_view(board, window, kind, scope, number)


def _players_view(board: str, window: str, kind: str, scope: str, number: int, player_id: int):
    """A player's view of a board, their own row and rank on top. That row proves the player
    exists and is shown on the boards, so the Player itself is only loaded without one: to
    tell "hidden by a moderator" from "not on this board yet" (or forget a stale id)."""
    page = boards.board_page(board, window, number, player_id)
    return _board_response(board, window, kind, scope, page, None if page.me else current_player())


def _recent_enough(kind: str, scope: str) -> bool:
    """Whether to keep the board's first page: not every past day's daily board, since a
    client names the day, and thousands of days would fill the cache with pages nobody
    asks for twice."""
    return kind != "daily" or date.fromisoformat(scope) >= boards.utc_now().date() - timedelta(days=7)


def _anonymous_first_page(board: str, window: str, kind: str, scope: str):
    """The first page as a visitor without a nickname sees it, kept in the board_page cache
    (quiz.caches, 2 seconds): a room of people refreshing a board costs one rendering every
    two seconds, not one per refresh. Players always get a fresh page."""
    return cached("board_page", f"{board}|{window}", lambda: _visitors_view(board, window, kind, scope, 1))


def _visitors_view(board: str, window: str, kind: str, scope: str, number: int):
    page = boards.board_page(board, window, number)
    return _board_response(board, window, kind, scope, page, None)


def _board_response(board: str, window: str, kind: str, scope: str, page: boards.BoardPage, player):
    if page.page > page.pages:
        return error_page(404, "No such page", f"This board has {page.pages} page(s).",
                          link=(url_for("board.show", board=board, window=window), "First page"))
    return render_template(
        "board.html", page=page, title=board_title(board), kind=kind,
        windows=WINDOW_LABELS, rule=boards.TIE_RULE, player=player,
        days=_day_links(scope) if kind == "daily" else None,
        past_days=boards.daily_days() if kind == "daily" else [],
        page_size=boards.PAGE_SIZE, timings=boards.TIMINGS, timed=boards.is_timed(board),
        timed_rule=boards.TIMED_RULE,
    )


@bp.get("/me")
def me():
    player = current_player()
    if player is None:
        return render_template("me.html", summary=None)
    return render_template("me.html", summary=player_summary(bank(), player))


@bp.app_template_global()
def board_rank(round_) -> tuple[str, int] | None:
    """For the results page: (board, rank) of the round's player, or None."""
    return boards.rank_of(round_)


@bp.app_template_global()
def board_page_of(rank: int) -> int:
    """The page of a board a rank is on."""
    return (rank - 1) // boards.PAGE_SIZE + 1


@bp.app_template_filter("seconds")
def seconds(time_ms: int | None) -> str:
    return "-" if time_ms is None else f"{time_ms / 1000:.1f} s"
