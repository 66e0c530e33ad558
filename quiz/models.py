"""What players do, in the database. The bank itself lives in files and memory."""

from __future__ import annotations

import secrets
from datetime import UTC, date, datetime

from sqlalchemy import JSON, BigInteger, ForeignKey, Index, String, UniqueConstraint, false
from sqlalchemy.orm import Mapped, mapped_column, relationship

from quiz.database import db


def utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def new_secret() -> str:
    return secrets.token_urlsafe(32)  # 43 characters


class Player(db.Model):
    id: Mapped[int] = mapped_column(primary_key=True)
    nickname: Mapped[str] = mapped_column(String(24))
    # case-folded nickname: unique, so "Rouge" and "rouge" cannot both exist
    nickname_key: Mapped[str] = mapped_column(String(24))
    hidden: Mapped[bool] = mapped_column(default=False)  # moderated off the boards, data kept
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    # carried by the player's private sign-in link; a new one revokes every link given before
    signin_secret: Mapped[str | None] = mapped_column(String(43), default=None)
    # what the player's browser sessions and API tokens prove they know (quiz.players): a new
    # one signs out every browser and revokes every token. NULL (never set) signs in nobody.
    session_secret: Mapped[str | None] = mapped_column(String(43), default=new_secret)

    rounds: Mapped[list[Round]] = relationship(back_populates="player")

    __table_args__ = (UniqueConstraint("nickname_key", name="uq_player_nickname_key"),)


class Round(db.Model):
    __table_args__ = (
        # one scored daily challenge per player per UTC day; NULL (any other round) repeats freely
        UniqueConstraint("player_id", "daily_scored_on", name="uq_round_player_daily"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    player_id: Mapped[int] = mapped_column(ForeignKey("player.id", name="fk_round_player"), index=True)
    kind: Mapped[str] = mapped_column(String(16))  # quick | topic | source | daily
    scope: Mapped[str] = mapped_column(String(80), default="")  # topic, source id or date
    difficulty: Mapped[str] = mapped_column(String(8), default="any")
    timed: Mapped[bool] = mapped_column(default=False)
    # the questions drawn, with each one's content hash, so old rounds stay readable
    question_ids: Mapped[list] = mapped_column(JSON)
    question_hashes: Mapped[list] = mapped_column(JSON)
    # per question, the shuffled order its choices (or order items) are shown in: the form's
    # values are indexes into this list, so a value never names a choice
    choice_orders: Mapped[list] = mapped_column(JSON)
    position: Mapped[int] = mapped_column(default=0)  # index of the next question to answer
    score: Mapped[int] = mapped_column(default=0)
    correct: Mapped[int] = mapped_column(default=0)
    scored: Mapped[bool] = mapped_column(default=True)  # a repeat daily attempt plays unscored
    daily_scored_on: Mapped[date | None] = mapped_column(default=None)
    started_at: Mapped[datetime] = mapped_column(default=utcnow)
    question_shown_at: Mapped[datetime | None] = mapped_column(default=None)
    finished_at: Mapped[datetime | None] = mapped_column(default=None)
    # milliseconds: 64-bit, since a question may stay open for weeks (2^31 ms is 24.8 days)
    time_ms: Mapped[int | None] = mapped_column(BigInteger, default=None)

    player: Mapped[Player] = relationship(back_populates="rounds")
    answers: Mapped[list[Answer]] = relationship(back_populates="round", order_by="Answer.position")

    @property
    def size(self) -> int:
        return len(self.question_ids)

    @property
    def finished(self) -> bool:
        return self.finished_at is not None



class Answer(db.Model):
    __table_args__ = (
        # one answer per question per round: a replayed or double-clicked POST cannot add another
        UniqueConstraint("round_id", "position", name="uq_answer_round_position"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("round.id", name="fk_answer_round"))
    position: Mapped[int]
    question_id: Mapped[str] = mapped_column(String(80))
    given: Mapped[object] = mapped_column(JSON)  # what the player chose or typed, as text
    correct: Mapped[bool]
    points: Mapped[int]  # everything this answer earned, speed bonus included
    bonus: Mapped[int] = mapped_column(default=0)  # the speed-bonus part of `points`
    elapsed_ms: Mapped[int | None] = mapped_column(BigInteger, default=None)
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
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    board: Mapped[str] = mapped_column(String(100))
    period: Mapped[str] = mapped_column(String(16))
    player_id: Mapped[int] = mapped_column(ForeignKey("player.id", name="fk_best_player"), index=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("round.id", name="fk_best_round"))
    score: Mapped[int]
    time_ms: Mapped[int] = mapped_column(BigInteger)
    finished_at: Mapped[datetime]
    # a copy of Player.hidden (kept by quiz.boards.record.set_hidden), so a board's size and a
    # player's rank are counted inside the index, without visiting every player
    hidden: Mapped[bool] = mapped_column(default=False, server_default=false())


# In board order (score descending, then time, then who finished first), so a board's top
# rows and a player's rank are read straight off the index, with no sort.
Index(
    "ix_best_rank",
    BestScore.board,
    BestScore.period,
    BestScore.hidden,
    BestScore.score.desc(),
    BestScore.time_ms,
    BestScore.finished_at,
    BestScore.player_id,
)


class TriviaToken(db.Model):
    """An OpenTDB session token: which questions it has already served."""

    __tablename__ = "trivia_token"
    __table_args__ = (UniqueConstraint("token", name="uq_trivia_token_token"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    token: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    used_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)


class TriviaTokenQuestion(db.Model):
    """A question a token has served; the primary key stops a question being served twice."""

    __tablename__ = "trivia_token_question"

    token_id: Mapped[int] = mapped_column(
        ForeignKey("trivia_token.id", name="fk_trivia_token_question_token"), primary_key=True
    )
    question_id: Mapped[str] = mapped_column(String(80), primary_key=True)


class Heartbeat(db.Model):
    """One row that GET /healthz rewrites: proof that the database still takes writes (a
    full disk or a read-only volume still answers reads)."""

    id: Mapped[int] = mapped_column(primary_key=True)
    beat_at: Mapped[datetime] = mapped_column(default=utcnow)


# --- live rooms (quiz.rooms): one host, a room of players, one question at a time ---------------


class Room(db.Model):
    """A live game: its questions, where the game is, and the server's clock for the question."""

    __table_args__ = (UniqueConstraint("pin", name="uq_room_pin"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    pin: Mapped[str] = mapped_column(String(6))
    kind: Mapped[str] = mapped_column(String(16))  # quick | topic | source | daily
    scope: Mapped[str] = mapped_column(String(80), default="")
    difficulty: Mapped[str] = mapped_column(String(8), default="any")
    seconds: Mapped[int]  # to answer each question
    question_ids: Mapped[list] = mapped_column(JSON)
    choice_orders: Mapped[list] = mapped_column(JSON)  # per question, the shown order of choices
    state: Mapped[str] = mapped_column(String(8), default="lobby")  # lobby|question|reveal|ended
    position: Mapped[int] = mapped_column(default=-1)  # the question shown or last shown
    # epoch milliseconds, 64-bit: when the question was sent, and when answering closes
    sent_ms: Mapped[int | None] = mapped_column(BigInteger, default=None)
    deadline_ms: Mapped[int | None] = mapped_column(BigInteger, default=None)
    paused_left_ms: Mapped[int | None] = mapped_column(BigInteger, default=None)  # set while paused
    skipped: Mapped[list] = mapped_column(JSON, default=list)  # positions the host skipped
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    ended_at: Mapped[datetime | None] = mapped_column(default=None)


class RoomPlayer(db.Model):
    __tablename__ = "room_player"
    __table_args__ = (UniqueConstraint("room_id", "player_id", name="uq_room_player"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    room_id: Mapped[int] = mapped_column(ForeignKey("room.id", name="fk_room_player_room"))
    player_id: Mapped[int] = mapped_column(ForeignKey("player.id", name="fk_room_player_player"))
    joined_at: Mapped[datetime] = mapped_column(default=utcnow)

    player: Mapped[Player] = relationship()


class RoomAnswer(db.Model):
    __tablename__ = "room_answer"
    __table_args__ = (
        # one answer per player per question: a second tap or a replayed event adds nothing
        UniqueConstraint("room_id", "room_player_id", "position", name="uq_room_answer"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    room_id: Mapped[int] = mapped_column(ForeignKey("room.id", name="fk_room_answer_room"))
    room_player_id: Mapped[int] = mapped_column(ForeignKey("room_player.id", name="fk_room_answer_player"))
    position: Mapped[int]
    question_id: Mapped[str] = mapped_column(String(80))
    choice: Mapped[int]  # index into the shown options
    correct: Mapped[bool]
    elapsed_ms: Mapped[int] = mapped_column(BigInteger)  # from sent to answered, by the server
    points: Mapped[int]
    answered_at: Mapped[datetime] = mapped_column(default=utcnow)
