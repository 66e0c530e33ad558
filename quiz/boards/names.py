"""How boards, periods and windows are named; plain functions, no database.

A board is what a round was played for: "quick", "topic:<topic>", "source:<id>" or
"daily:<YYYY-MM-DD>", and how: a timed round's board ends in "+timed" ("quick+timed"), so
the speed bonus only ever ranks timed rounds against each other. Periods are "all",
"day:<YYYY-MM-DD>" and "week:<YYYY-Www>", in UTC with ISO weeks; the windows today / week /
all show one period each.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime

from quiz.bank.topics import topic_title

WINDOWS = ("today", "week", "all")
TIE_RULE = "Higher score first; on equal scores, less time first; then whoever finished first."

TIMED = "+timed"
TIMINGS = {"untimed": "Untimed", "timed": "Timed"}  # each board's two variants, as pages name them
TIMED_RULE = ("Timed and untimed rounds rank on separate boards: the speed bonus only ever "
              "ranks a timed round against other timed rounds.")

_BOARD = re.compile(r"^(quick)$|^(topic|source):(.+)$|^(daily):(\d{4}-\d{2}-\d{2})$")


def board_of(kind: str, scope: str, timed: bool = False) -> str:
    """The board a round counts for: by what it was played for, and whether it was timed."""
    base = "quick" if kind == "quick" else f"{kind}:{scope}"
    return base + TIMED if timed else base


def is_timed(board: str) -> bool:
    return board.endswith(TIMED)


def with_timing(board: str, timed: bool) -> str:
    """The untimed or the timed variant of a board."""
    base = board.removesuffix(TIMED)
    return base + TIMED if timed else base


def parse_board(board: str) -> tuple[str, str] | None:
    """(kind, scope) of a well-formed board name, timed or not, else None."""
    match = _BOARD.match(board.removesuffix(TIMED))
    if not match:
        return None
    if match.group(1):
        return "quick", ""
    if match.group(2):
        return match.group(2), match.group(3)
    try:
        date.fromisoformat(match.group(5))
    except ValueError:
        return None
    return "daily", match.group(5)


def offered(board: str, bank) -> tuple[str, str] | None:
    """(kind, scope) of a board the bank offers: quick, any day's daily challenge, one of its
    topics or articles; None for anything else."""
    parsed = parse_board(board)
    if parsed is None:
        return None
    kind, scope = parsed
    if kind == "topic" and scope not in bank.topics or kind == "source" and scope not in bank.sources:
        return None
    return parsed


def periods_for(moment: datetime) -> tuple[str, str, str]:
    """The periods a result finished at `moment` (UTC) counts for."""
    iso = moment.isocalendar()
    return "all", f"day:{moment.date().isoformat()}", f"week:{iso.year}-W{iso.week:02d}"


def window_period(window: str, now: datetime | None = None) -> str:
    """The stored period a window shows now: today's day, this ISO week, or all time."""
    all_, day, week = periods_for(now or utc_now())
    return {"today": day, "week": week, "all": all_}[window]


def utc_now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def board_title(board: str, bank) -> str:
    """A board's name for people: the article's title rather than its id."""
    parsed = parse_board(board)
    if parsed is None:
        return board
    return _base_title(*parsed, bank) + (" (timed)" if is_timed(board) else "")


def _base_title(kind: str, scope: str, bank) -> str:
    if kind == "topic":
        return f"Topic: {topic_title(scope)}"  # as the start page names it
    if kind == "source":
        source = bank.sources.get(scope)
        return f"Article: {source.title if source else scope}"
    if kind == "daily":
        return f"Daily challenge, {scope}"
    return "Quick round"


def index_boards(bank, today: date | None = None, timed: bool = False) -> list[tuple[str, str]]:
    """(board, title) of every untimed (or every timed) board a player can play for now, in
    the order the index shows."""
    today = today or utc_now().date()
    boards = ["quick"] + [f"topic:{t}" for t in bank.topics] + [f"source:{s}" for s in sorted(bank.sources)]
    boards.append(f"daily:{today.isoformat()}")
    return [(with_timing(board, timed), board_title(with_timing(board, timed), bank)) for board in boards]
