"""What players do, in the database. The bank itself lives in files and memory."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import JSON, ForeignKey, Index, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from quiz.db import db


def utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


class Player(db.Model):
    id: Mapped[int] = mapped_column(primary_key=True)
    nickname: Mapped[str] = mapped_column(String(24))
    # lower-cased nickname: unique, so "Rouge" and "rouge" cannot both exist
    nickname_key: Mapped[str] = mapped_column(String(24), unique=True)
    hidden: Mapped[bool] = mapped_column(default=False)  # moderated off the boards, data kept
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    rounds: Mapped[list[Round]] = relationship(back_populates="player")


class Round(db.Model):
    id: Mapped[int] = mapped_column(primary_key=True)
    player_id: Mapped[int] = mapped_column(ForeignKey("player.id"), index=True)
    kind: Mapped[str] = mapped_column(String(16))  # quick | topic | source | daily
    scope: Mapped[str] = mapped_column(String(80), default="")  # topic, source id or date
    difficulty: Mapped[str] = mapped_column(String(8), default="any")
    timed: Mapped[bool] = mapped_column(default=False)
    # the questions drawn, with each one's content hash, so old rounds stay readable
    question_ids: Mapped[list] = mapped_column(JSON)
    question_hashes: Mapped[list] = mapped_column(JSON)
    choice_orders: Mapped[list] = mapped_column(JSON)  # shuffled choices per question
    position: Mapped[int] = mapped_column(default=0)  # index of the next question to answer
    score: Mapped[int] = mapped_column(default=0)
    correct: Mapped[int] = mapped_column(default=0)
    scored: Mapped[bool] = mapped_column(default=True)  # a repeat daily attempt plays unscored
    started_at: Mapped[datetime] = mapped_column(default=utcnow)
    question_shown_at: Mapped[datetime | None] = mapped_column(default=None)
    finished_at: Mapped[datetime | None] = mapped_column(default=None)
    time_ms: Mapped[int | None] = mapped_column(default=None)

    player: Mapped[Player] = relationship(back_populates="rounds")
    answers: Mapped[list[Answer]] = relationship(back_populates="round", order_by="Answer.position")


class Answer(db.Model):
    __table_args__ = (
        # one answer per question per round: a replayed or double-clicked POST cannot add another
        UniqueConstraint("round_id", "position", name="uq_answer_round_position"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("round.id"))
    position: Mapped[int]
    question_id: Mapped[str] = mapped_column(String(80), index=True)
    given: Mapped[object] = mapped_column(JSON)
    correct: Mapped[bool]
    points: Mapped[int]
    elapsed_ms: Mapped[int | None] = mapped_column(default=None)
    answered_at: Mapped[datetime] = mapped_column(default=utcnow)

    round: Mapped[Round] = relationship(back_populates="answers")


class BestScore(db.Model):
    """A player's best finished round per board and period, kept in the round's transaction.

    `board` is "quick", "topic:<topic>", "source:<id>" or "daily:<YYYY-MM-DD>"; `period` is
    "all", "day:<YYYY-MM-DD>" or "week:<YYYY-Www>". Reading the top of a board is then an
    index range scan, whatever the number of rounds.
    """

    __table_args__ = (
        UniqueConstraint("board", "period", "player_id", name="uq_best_board_period_player"),
        Index("ix_best_rank", "board", "period", "score", "time_ms", "finished_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    board: Mapped[str] = mapped_column(String(100))
    period: Mapped[str] = mapped_column(String(16))
    player_id: Mapped[int] = mapped_column(ForeignKey("player.id"), index=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("round.id"))
    score: Mapped[int]
    time_ms: Mapped[int]
    finished_at: Mapped[datetime]
