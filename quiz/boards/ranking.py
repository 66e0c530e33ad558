"""Reading the boards: a page of a board, a player's row and rank, the leaders, read off an index.

Each board has three windows, each stored as a period of BestScore (quiz.boards.names); a
player holds one row per board and period, replaced only by a result that ranks better
(quiz.boards.record), so reading the top of a board never looks at rounds.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from datetime import datetime
from types import SimpleNamespace

from sqlalchemy import Row, and_, bindparam, false, func, literal, select, union_all

from quiz.boards.names import board_of, window_period
from quiz.boards.record import ranks_better
from quiz.caches import cached, forget
from quiz.database import db
from quiz.models import BestScore, Player

PAGE_SIZE = 20


@dataclass(frozen=True)
class Entry:
    rank: int
    player_id: int
    nickname: str
    score: int
    time_ms: int
    finished_at: datetime

    @property
    def finished_iso(self) -> str:
        return self.finished_at.isoformat()

    @property
    def finished_text(self) -> str:  # as the boards print it, UTC to the minute
        return self.finished_at.strftime("%Y-%m-%d %H:%M")


@dataclass(frozen=True)
class BoardPage:
    board: str
    window: str
    period: str
    page: int
    pages: int
    total: int
    entries: list[Entry]
    me: Entry | None  # the current player's row, wherever it is on the board


def _visible(board: str, period: str):
    """The index prefix of a board's visible rows: (board, period, hidden = false)."""
    # `= false`, not `IS false`: only an equality is an index condition on PostgreSQL
    return and_(BestScore.board == board, BestScore.period == period, BestScore.hidden == false())


def _visible_rows(board: str, period: str):
    # plain columns, not BestScore objects: twenty rows a page, nothing for the Session to track
    return (
        db.select(
            BestScore.board, BestScore.period, BestScore.player_id, BestScore.score,
            BestScore.time_ms, BestScore.finished_at, Player.nickname,
        )
        .join(Player, Player.id == BestScore.player_id)
        .where(_visible(board, period))
    )


def _in_board_order(select):
    # The same columns and directions as the ix_best_rank index: no sort step.
    return select.order_by(
        BestScore.score.desc(), BestScore.time_ms, BestScore.finished_at, BestScore.player_id
    )


def top_query(board: str, period: str, limit: int = PAGE_SIZE, offset: int = 0):
    """The statement that lists a board: exposed so tests can read its query plan."""
    return _in_board_order(_visible_rows(board, period)).limit(limit).offset(offset)


def rank_query(board: str, period: str, score: int, time_ms: int, finished_at: datetime):
    """Count of visible rows ranking strictly better: a bounded index range, score >= score."""
    row = SimpleNamespace(score=score, time_ms=time_ms, finished_at=finished_at)
    return (
        db.select(func.count())
        .select_from(BestScore)
        .where(_visible(board, period), BestScore.score >= score, ranks_better(BestScore, row))
    )


# Built once with the values as parameters; each run is then a cached compiled statement.
_TOP = top_query(*(bindparam(name) for name in ("board", "period", "limit", "offset")))
_RANK = rank_query(*(bindparam(name) for name in ("board", "period", "score", "time_ms", "finished_at")))
# columns, not the mapped class: one row of plain values, nothing for the Session to track
_PLAYER_ROW = (
    db.select(*BestScore.__table__.c, Player.nickname)
    .join(Player, Player.id == BestScore.player_id)
    .where(_visible(bindparam("board"), bindparam("period")), BestScore.player_id == bindparam("player_id"))
)


def _rank_of_row(best) -> int:  # a BestScore, or a row of its columns
    values = {"board": best.board, "period": best.period, "score": best.score,
              "time_ms": best.time_ms, "finished_at": best.finished_at}
    return db.session.execute(_RANK, values).scalar_one() + 1


def cached_rank(best: BestScore) -> int:
    """_rank_of_row, kept in the player_rank cache (quiz.caches). `best` is a BestScore, or a
    row of its columns.

    The count visits every row that ranks better (rank 5,000: 5,000 index entries) on each
    view of a board or of /me. The key is the row itself, so a player who has just improved
    has a new key and sees the new rank at once; only other players' moves show a few
    seconds late.
    """
    key = f"{best.board}|{best.period}|{best.score}|{best.time_ms}|{best.finished_at.isoformat()}"
    return cached("player_rank", key, lambda: _rank_of_row(best))


def _entry(best, nickname: str, rank: int) -> Entry:  # best: a BestScore, or a row of its columns
    return Entry(rank, best.player_id, nickname, best.score, best.time_ms, best.finished_at)


def player_entry(board: str, period: str, player_id: int) -> Entry | None:
    """A visible player's row and rank on a board, or None."""
    values = {"board": board, "period": period, "player_id": player_id}
    best = db.session.execute(_PLAYER_ROW, values).first()
    return None if best is None else _entry(best, best.nickname, cached_rank(best))


def count_visible(board: str, period: str) -> int:
    return db.session.execute(count_query(board, period)).scalar_one()


def count_query(board: str, period: str):
    """The number of visible rows on a board: counted inside the index."""
    return db.select(func.count()).select_from(BestScore).where(_visible(board, period))


def cached_count(board: str, period: str) -> int:
    """count_visible, kept in the board_count cache (quiz.caches).

    Counting visits every row of the board (10,000 players: 10,000 index entries) on every
    page view; the size only moves as new players finish, and it is shown only as "page 3
    of 500", so a few seconds late is fine.
    """
    return cached("board_count", f"{board}|{period}", lambda: count_visible(board, period))


def board_page(
    board: str, window: str = "all", page: int = 1, player_id: int | None = None, now: datetime | None = None
) -> BoardPage:
    """One page of a board in a window, ranks included, and the given player's own row."""
    period = window_period(window, now)
    total = cached_count(board, period)
    if page > _pages(total):
        # the kept size may be a few seconds old while a link (a new rank) already points
        # past it: count afresh, and keep that, before calling the page missing
        forget("board_count", f"{board}|{period}")
        total = cached_count(board, period)
    pages = _pages(total)
    offset = (page - 1) * PAGE_SIZE
    values = {"board": board, "period": period, "limit": PAGE_SIZE, "offset": offset}
    rows = db.session.execute(_TOP, values).all() if page <= pages else []
    entries: list[Entry] = []
    for index, best in enumerate(rows):
        key = (best.score, best.time_ms, best.finished_at)
        if not entries and offset == 0:
            rank = 1  # the top row: nobody ranks better
        elif not entries:
            rank = _rank_of_row(best)  # may tie with the last row of the previous page
        elif key == (entries[-1].score, entries[-1].time_ms, entries[-1].finished_at):
            rank = entries[-1].rank  # equal in every respect: equal rank
        else:
            rank = offset + index + 1
        entries.append(_entry(best, best.nickname, rank))
    me = player_entry(board, period, player_id) if player_id is not None else None
    return BoardPage(board, window, period, page, pages, total, entries, me)


def _pages(total: int) -> int:
    return max(1, -(-total // PAGE_SIZE))


def leaders(boards: list[str], period: str = "all") -> dict[str, Entry]:
    """The first visible row of each board, in one query: one index probe per board."""
    if not boards:
        return {}
    values = {"period": period, **{f"board_{i}": board for i, board in enumerate(boards)}}
    found = db.session.execute(_leaders_query(len(boards)), values).all()
    return {row.board: _entry(row, row.nickname, 1) for row in found}


@functools.lru_cache(maxsize=8)
def _leaders_query(count: int):
    """UNION ALL of each board's top row, built once per number of boards: composing it
    cost more than running it."""
    period = bindparam("period")
    tops = [top_query(bindparam(f"board_{i}"), period, limit=1).subquery().select() for i in range(count)]
    return union_all(*tops)


def rank_of(round_: Row) -> tuple[str, int] | None:
    """(board, rank) of the round's player (a row of the round's columns) on the all-time board
    the round counted for.

    None when the round never reaches a board: unfinished, unscored, or a hidden player.
    """
    if round_.finished_at is None or not round_.scored:
        return None
    board = board_of(round_.kind, round_.scope, round_.timed)
    entry = player_entry(board, "all", round_.player_id)
    return None if entry is None else (board, entry.rank)


def daily_days(limit: int = 30) -> list[str]:
    """The most recent UTC dates that have a daily-challenge board (untimed or timed), newest
    first."""
    boards = db.session.execute(_DAILY_BOARDS, {"limit": limit}).scalars()
    return [board[len("daily:"):_DAILY_LENGTH] for board in boards]


_DAILY_LENGTH = len("daily:YYYY-MM-DD")


def _daily_boards():
    """The newest daily boards, each found by one index probe for the greatest board name
    below the last one found (a skip scan), rather than reading every row of every day.

    A day's timed board ("daily:<day>+timed") sorts right after its untimed one, so each
    probe looks below the day itself: one row per day, whichever boards it has.
    """
    daily = (BestScore.board >= "daily:", BestScore.board < "daily;")  # "daily;" follows "daily:..."
    days = select(func.max(BestScore.board).label("board"), literal(1).label("n")).where(*daily)
    days = days.cte("days", recursive=True)
    day = func.substr(days.c.board, 1, _DAILY_LENGTH)
    below = select(func.max(BestScore.board)).where(daily[0], BestScore.board < day)
    days = days.union_all(
        select(below.scalar_subquery(), days.c.n + 1).where(days.c.board.is_not(None),
                                                          days.c.n < bindparam("limit"))
    )
    return select(days.c.board).where(days.c.board.is_not(None)).order_by(days.c.n)


_DAILY_BOARDS = _daily_boards()


def has_rows(board: str) -> bool:
    return db.session.execute(
        db.select(BestScore.id).where(BestScore.board == board).limit(1)
    ).first() is not None
