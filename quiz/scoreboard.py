"""Scoreboards: best scores kept in the finishing transaction, ranks and windows read off an index.

A board is what a round was played for: "quick", "topic:<topic>", "source:<id>" or
"daily:<YYYY-MM-DD>". Each board has three windows, each stored as a period of BestScore:
"all", "day:<YYYY-MM-DD>" and "week:<YYYY-Www>" (UTC, ISO weeks). A player holds one row per
board and period, replaced only by a result that ranks better, so reading the top of a board
never looks at rounds. How boards and periods are named is in quiz.scoreboard_names.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from datetime import datetime
from types import SimpleNamespace

from sqlalchemy import and_, bindparam, false, func, or_, update
from sqlalchemy.dialects import postgresql, sqlite

from quiz.database import db
from quiz.kept import kept
from quiz.models import BestScore, Player, Round
from quiz.prebuilt import DriverTransaction, Prebuilt, driver_transaction
from quiz.scoreboard_names import (
    TIE_RULE,
    WINDOWS,
    board_of,
    board_title,
    index_boards,
    parse_board,
    periods_for,
    utc_now,
    window_period,
)

__all__ = [
    "PAGE_SIZE", "TIE_RULE", "WINDOWS", "BoardPage", "Entry", "board_of", "board_page", "board_title",
    "cached_rank", "count_query", "daily_days", "has_rows", "index_boards", "leader", "parse_board",
    "periods_for", "player_entry", "rank_of", "rank_query", "record_finished_round", "set_hidden",
    "top_query", "utc_now", "window_period",
]

PAGE_SIZE = 20
_DIALECT_INSERTS = {"sqlite": sqlite.insert, "postgresql": postgresql.insert}


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


# --- writing -----------------------------------------------------------------------------


def round_time_ms(round_: Round) -> int:
    """Time the round took: the play flow's own measure, else start to finish."""
    if round_.time_ms is not None:
        return max(0, round_.time_ms)
    elapsed = round_.finished_at - round_.started_at
    return max(0, int(elapsed.total_seconds() * 1000))


def _ranks_better(new, old):
    """SQL: row `new` ranks strictly better than row `old` (the board order)."""
    return or_(
        new.score > old.score,
        and_(new.score == old.score, new.time_ms < old.time_ms),
        and_(new.score == old.score, new.time_ms == old.time_ms, new.finished_at < old.finished_at),
    )


def record_finished_round(round_: Round) -> None:
    """Upsert the round's result into its board, in the caller's transaction (never commits).

    One INSERT ... ON CONFLICT DO UPDATE ... WHERE <ranks better> per round: the database
    decides under its own row lock, so concurrent finishes cannot lose a better score.
    Unscored rounds (a second daily attempt) and unfinished ones never reach a board.
    """
    db.session.flush()  # the round's id and column defaults (scored), before the score row
    if round_.finished_at is None or not round_.scored:
        return
    hidden = db.session.execute(_HIDDEN.statement, {"player_id": round_.player_id}).scalar_one()
    upsert = _upsert(db.session.get_bind().dialect.name)
    db.session.execute(upsert, score_rows(round_, hidden))


def post_finished_round(transaction: DriverTransaction, round_) -> None:
    """`record_finished_round` for a round finished on the driver connection (quiz.prebuilt),
    in that transaction: the same rows, the same upsert. `round_` is a finished RoundState."""
    if round_.finished_at is None or not round_.scored:
        return
    hidden = _HIDDEN.run(transaction, {"player_id": round_.player_id})[0]["hidden"]
    _prebuilt_upsert(transaction.dialect.name).run_many(transaction, score_rows(round_, hidden))


def score_rows(round_, hidden: bool) -> list[dict]:
    """The round's best-score rows, one per period it counts for."""
    row = {
        "hidden": hidden,
        "board": board_of(round_.kind, round_.scope),
        "player_id": round_.player_id,
        "round_id": round_.id,
        "score": round_.score,
        "time_ms": round_time_ms(round_),
        "finished_at": round_.finished_at,
    }
    return [{**row, "period": period} for period in periods_for(round_.finished_at)]


# Built once: composing the upsert cost more than running it, on every finished round.
# FOR SHARE (PostgreSQL): a concurrent `board hide` waits for this round, or this round
# for it, so a new score row never carries a stale copy of the flag
_HIDDEN = Prebuilt(
    db.select(Player.hidden).where(Player.id == bindparam("player_id")).with_for_update(read=True)
)
_SCORE_COLUMNS = ("board", "period", "player_id", "round_id", "score", "time_ms", "finished_at", "hidden")


@functools.cache
def _upsert(dialect: str, named: bool = False):
    """INSERT one board row ... ON CONFLICT (board, period, player) DO UPDATE WHERE it ranks better.

    `named`: with a bindparam for each value, as quiz.prebuilt runs statements."""
    table = BestScore.__table__
    stmt = _DIALECT_INSERTS[dialect](table)
    if named:
        stmt = stmt.values({name: bindparam(name) for name in _SCORE_COLUMNS})
    return stmt.on_conflict_do_update(
        index_elements=[table.c.board, table.c.period, table.c.player_id],
        set_={name: stmt.excluded[name] for name in ("round_id", "score", "time_ms", "finished_at")},
        where=_ranks_better(stmt.excluded, table.c),
    )


@functools.cache
def _prebuilt_upsert(dialect: str) -> Prebuilt:
    return Prebuilt(_upsert(dialect, named=True))


def set_hidden(nickname: str, hidden: bool) -> Player:
    """Hide a player from every board, or show them again; their rounds and scores are kept.

    Raises LookupError for an unknown nickname. The caller commits.
    """
    from quiz.play import PlayError, clean_nickname  # here: quiz.play imports this module

    unknown = LookupError(f"no player with the nickname {nickname!r}")
    try:
        key = clean_nickname(nickname)[1]  # the same case-folded key the nickname form stores
    except PlayError:
        raise unknown from None
    player = db.session.execute(db.select(Player).where(Player.nickname_key == key)).scalar_one_or_none()
    if player is None:
        raise unknown
    player.hidden = hidden
    db.session.execute(update(BestScore).where(BestScore.player_id == player.id).values(hidden=hidden))
    return player


# --- reading -----------------------------------------------------------------------------


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
    better = or_(
        BestScore.score > score,
        and_(BestScore.score == score, BestScore.time_ms < time_ms),
        and_(BestScore.score == score, BestScore.time_ms == time_ms, BestScore.finished_at < finished_at),
    )
    return (
        db.select(func.count())
        .select_from(BestScore)
        .where(_visible(board, period), BestScore.score >= score, better)
    )


# Built once, with the values as parameters: composing these statements costs as much as
# running them, and they run on every board page a player views.
_TOP = Prebuilt(top_query(*(bindparam(name) for name in ("board", "period", "limit", "offset"))))
_RANK = rank_query(*(bindparam(name) for name in ("board", "period", "score", "time_ms", "finished_at")))
# columns, not the mapped class: one row of plain values, nothing for the Session to track
_PLAYER_ROW = Prebuilt(
    db.select(*BestScore.__table__.c, Player.nickname)
    .join(Player, Player.id == BestScore.player_id)
    .where(_visible(bindparam("board"), bindparam("period")), BestScore.player_id == bindparam("player_id"))
)
RANK_CACHE_SIZE = 10_000  # ranks kept at most; expired ones are dropped when it fills up


def _rank_of_row(best) -> int:  # a BestScore, or a row of its columns
    values = {"board": best.board, "period": best.period, "score": best.score,
              "time_ms": best.time_ms, "finished_at": best.finished_at}
    return db.session.execute(_RANK, values).scalar_one() + 1


def cached_rank(best: BestScore) -> int:
    """_rank_of_row, kept per process for PLAYER_RANK_TTL_S seconds (10; 0 when testing).
    `best` is a BestScore, or a row of its columns.

    The count visits every row that ranks better (rank 5,000: 5,000 index entries) on each
    view of a board or of /me. The key is the row itself, so a player who has just improved
    has a new key and sees the new rank at once; only other players' moves show a few
    seconds late.
    """
    key = (best.board, best.period, best.score, best.time_ms, best.finished_at)
    return kept("quiz_player_ranks", key, "PLAYER_RANK_TTL_S", 10, lambda: _rank_of_row(best),
                max_entries=RANK_CACHE_SIZE)


def _entry(best, nickname: str, rank: int) -> Entry:  # best: a BestScore, or a row of its columns
    return Entry(rank, best.player_id, nickname, best.score, best.time_ms, best.finished_at)


def player_entry(board: str, period: str, player_id: int) -> Entry | None:
    """A visible player's row and rank on a board, or None."""
    values = {"board": board, "period": period, "player_id": player_id}
    with driver_transaction(db.engine) as transaction:  # quiz.prebuilt: read on every board view
        found = _PLAYER_ROW.run(transaction, values)
    if not found:
        return None
    best = SimpleNamespace(**found[0])
    return _entry(best, best.nickname, cached_rank(best))


def count_visible(board: str, period: str) -> int:
    return db.session.execute(count_query(board, period)).scalar_one()


def count_query(board: str, period: str):
    """The number of visible rows on a board: counted inside the index."""
    return db.select(func.count()).select_from(BestScore).where(_visible(board, period))


def cached_count(board: str, period: str) -> int:
    """count_visible, kept per process for BOARD_COUNT_TTL_S seconds (10; 0 when testing).

    Counting visits every row of the board (10,000 players: 10,000 index entries) on every
    page view; the size only moves as new players finish, and it is shown only as "page 3
    of 500", so a few seconds late is fine.
    """
    return kept("quiz_board_counts", (board, period), "BOARD_COUNT_TTL_S", 10,
                lambda: count_visible(board, period))


def board_page(
    board: str, window: str = "all", page: int = 1, player_id: int | None = None, now: datetime | None = None
) -> BoardPage:
    """One page of a board in a window, ranks included, and the given player's own row."""
    period = window_period(window, now)
    total = cached_count(board, period)
    pages = max(1, -(-total // PAGE_SIZE))
    offset = (page - 1) * PAGE_SIZE
    values = {"board": board, "period": period, "limit": PAGE_SIZE, "offset": offset}
    rows = []
    if page <= pages:
        with driver_transaction(db.engine) as transaction:  # quiz.prebuilt: read on every view
            rows = [SimpleNamespace(**row) for row in _TOP.run(transaction, values)]
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


def leader(board: str, period: str = "all") -> Entry | None:
    """The first visible row of a board: one index probe."""
    found = db.session.execute(top_query(board, period, limit=1)).first()
    return None if found is None else _entry(found, found.nickname, 1)


def rank_of(round_: Round) -> tuple[str, int] | None:
    """(board, rank) of the round's player on the all-time board the round counted for.

    None when the round never reaches a board: unfinished, unscored, or a hidden player.
    """
    if round_.finished_at is None or not round_.scored:
        return None
    board = board_of(round_.kind, round_.scope)
    entry = player_entry(board, "all", round_.player_id)
    return None if entry is None else (board, entry.rank)


def daily_days(limit: int = 30) -> list[str]:
    """The most recent UTC dates that have a daily-challenge board, newest first."""
    # A range on the indexed board column ("daily;" is the next string after every "daily:...").
    boards = db.session.execute(
        db.select(BestScore.board)
        .where(BestScore.board >= "daily:", BestScore.board < "daily;", BestScore.period == "all")
        .distinct()
        .order_by(BestScore.board.desc())
        .limit(limit)
    ).scalars()
    return [board.removeprefix("daily:") for board in boards]


def has_rows(board: str) -> bool:
    return db.session.execute(
        db.select(BestScore.id).where(BestScore.board == board).limit(1)
    ).first() is not None
