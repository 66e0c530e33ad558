"""Posting a finished round to its board: one best-score row per board and period, kept by an
upsert in the round's own transaction; hiding a player from every board."""

from __future__ import annotations

from sqlalchemy import Row, and_, or_, update
from sqlalchemy.dialects import postgresql, sqlite

from quiz.boards.names import WINDOWS, board_of, periods_for
from quiz.caches import forget, forget_all
from quiz.database import db
from quiz.models import BestScore, Player
from quiz.players import NicknameError, clean_nickname

_DIALECT_INSERTS = {"sqlite": sqlite.insert, "postgresql": postgresql.insert}


def round_time_ms(round_: Row) -> int:
    """Time the round took: the play flow's own measure, else start to finish."""
    if round_.time_ms is not None:
        return max(0, round_.time_ms)
    elapsed = round_.finished_at - round_.started_at
    return max(0, int(elapsed.total_seconds() * 1000))


def ranks_better(new, old):
    """SQL: row `new` ranks strictly better than row `old` (the board order, TIE_RULE)."""
    return or_(
        new.score > old.score,
        and_(new.score == old.score, new.time_ms < old.time_ms),
        and_(new.score == old.score, new.time_ms == old.time_ms, new.finished_at < old.finished_at),
    )


def record_finished_round(round_: Row) -> None:
    """Upsert the round's result into its board, in the caller's transaction (never commits).

    One INSERT ... ON CONFLICT DO UPDATE ... WHERE <ranks better> per period: the database
    decides under its own row lock, so concurrent finishes cannot lose a better score.
    Unscored rounds (a second daily attempt) and unfinished ones never reach a board.
    """
    db.session.flush()  # the round's id and column defaults (scored), before the score row
    if round_.finished_at is None or not round_.scored:
        return
    # FOR SHARE (PostgreSQL): a concurrent `board hide` waits for this round, or this round
    # for it, so a new score row never carries a stale copy of the flag
    hidden = db.session.execute(
        db.select(Player.hidden).where(Player.id == round_.player_id).with_for_update(read=True)
    ).scalar_one()
    rows = score_rows(round_, hidden)
    db.session.execute(_upsert(db.session.get_bind().dialect.name), rows)
    forget_board(rows[0]["board"], [row["period"] for row in rows])


def forget_board(board: str, periods) -> None:
    """Forget the kept size and first page of a board that is changing, in this process (and
    in Redis, for every process): whoever changed it sees it at once."""
    forget("board_count", *(f"{board}|{period}" for period in periods))
    forget("board_page", *(f"{board}|{window}" for window in WINDOWS))


def score_rows(round_: Row, hidden: bool) -> list[dict]:
    """The round's best-score rows, one per period it counts for."""
    row = {
        "hidden": hidden,
        "board": board_of(round_.kind, round_.scope, round_.timed),
        "player_id": round_.player_id,
        "round_id": round_.id,
        "score": round_.score,
        "time_ms": round_time_ms(round_),
        "finished_at": round_.finished_at,
    }
    return [{**row, "period": period} for period in periods_for(round_.finished_at)]


def _upsert(dialect: str):
    """INSERT a board row ... ON CONFLICT (board, period, player) DO UPDATE WHERE it ranks better."""
    table = BestScore.__table__
    stmt = _DIALECT_INSERTS[dialect](table)
    return stmt.on_conflict_do_update(
        index_elements=[table.c.board, table.c.period, table.c.player_id],
        set_={name: stmt.excluded[name] for name in ("round_id", "score", "time_ms", "finished_at")},
        where=ranks_better(stmt.excluded, table.c),
    )


def set_hidden(nickname: str, hidden: bool) -> Player:
    """Hide a player from every board, or show them again; their rounds and scores are kept.

    Raises LookupError for an unknown nickname. The caller commits.
    """
    unknown = LookupError(f"no player with the nickname {nickname!r}")
    try:
        key = clean_nickname(nickname)[1]  # the same case-folded key the nickname form stores
    except NicknameError:
        raise unknown from None
    player = db.session.execute(db.select(Player).where(Player.nickname_key == key)).scalar_one_or_none()
    if player is None:
        raise unknown
    player.hidden = hidden
    db.session.execute(update(BestScore).where(BestScore.player_id == player.id).values(hidden=hidden))
    forget_all()  # every board and rank the player was counted in: rare enough to start afresh
    return player
