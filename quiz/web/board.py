"""Scoreboards and the player's own page. Read-only: every view is a GET.

A board's address is its name: /scoreboard/quick, /scoreboard/topic:music,
/scoreboard/source:<article id>, /scoreboard/daily:2024-05-01, and for timed rounds the same
with "+timed" (/scoreboard/quick+timed). The index shows the timed boards at ?timing=timed.
"""

from __future__ import annotations

from datetime import date, timedelta

from flask import Blueprint, redirect, render_template, request, session, url_for
from markupsafe import Markup
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


def known_board(board: str) -> tuple[str, str] | None:
    """(kind, scope) of a well-formed board the bank offers, or of one that already holds
    scores; None for anything else."""
    parsed = boards.parse_board(board)
    if parsed is None:
        return None
    kind, scope = parsed
    if kind == "daily" and date.fromisoformat(scope) > boards.utc_now().date():
        return None  # tomorrow's challenge does not exist yet
    if boards.offered(board, bank()) is not None or boards.has_rows(board):
        return parsed
    return None


def window_and_page(args) -> tuple[str, int] | str:
    """(window, page number) a board's query string asks for, or what is wrong with it.

    A first page in a window (how every link names a board) has one parameter, one of three
    names: a dict lookup checks it. Anything else goes through BoardQuery, for its messages;
    building and validating that form cost a fifth of a board page."""
    if args.keys() <= {"window"} and args.get("window", "all") in WINDOW_LABELS:
        return args.get("window", "all"), 1
    query = BoardQuery(args)
    if not query.validate():
        return _query_problems(query)
    return query.window.data, query.page.data or 1


@bp.get("/scoreboard")
def index():
    # a bare /scoreboard (most visits) has nothing to validate: the untimed boards
    query = IndexQuery(request.args) if request.args else None
    if query is not None and not query.validate():
        return error_page(400, "That scoreboard view does not exist", _query_problems(query),
                          link=(url_for("board.index"), "All scoreboards"))
    timed = query is not None and query.timing.data == "timed"
    today = boards.utc_now().date()
    key = f"{today.isoformat()}|{int(timed)}|{request.script_root}"
    content = cached("board_index", key, lambda: _index_content(today, timed))
    return render_template("board_index.html", content=content)


def _index_content(today: date, timed: bool) -> Markup:
    """The index below the site header, kept in the board_index cache (quiz.caches, 2
    seconds) as the HTML it renders to: the same for every visitor, so a crowd opening the
    index costs one query and one rendering of its hundreds of rows per lifetime, and each
    page only adds the header (nickname, messages) around it."""
    return Markup(render_template(
        "_board_index_content.html", windows=WINDOW_LABELS, today=today.isoformat(),
        timings=boards.TIMINGS, timed=timed, timed_rule=boards.TIMED_RULE, **_index_rows(today, timed),
    ))


def _index_rows(today: date, timed: bool) -> dict:
    """Every untimed (or timed) board with its title, link and all-time leader (one query),
    and the past daily boards."""
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
    parsed = known_board(board)
    if parsed is None:
        return error_page(404, "No such scoreboard", f"There is no scoreboard called {board!r}.",
                          link=(url_for("board.index"), "All scoreboards"))
    asked = window_and_page(request.args)
    if isinstance(asked, str):
        return error_page(400, "That scoreboard view does not exist", asked,
                          link=(url_for("board.show", board=board), "This board, all time"))
    kind, scope = parsed
    window, number = asked
    if kind == "daily":
        window = "all"  # a daily board is its own day
    player_id = session.get("player_id")
    if isinstance(player_id, int):
        return _players_view(board, window, kind, scope, number, player_id)
    if player_id is not None:
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
