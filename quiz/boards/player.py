"""One player's own record: rounds played, best scores and ranks, accuracy, questions missed."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import case, func

from quiz.bank.model import Bank, Question
from quiz.boards.ranking import cached_rank
from quiz.database import db
from quiz.models import Answer, BestScore, Player, Round

MISSED_SHOWN = 10


@dataclass(frozen=True)
class Best:
    board: str
    score: int
    time_ms: int
    finished_at: datetime
    rank: int | None  # None while the player is hidden from the boards


@dataclass(frozen=True)
class Accuracy:
    topic: str | None  # None: questions since withdrawn from the bank
    answered: int
    right: int

    @property
    def percent(self) -> int:
        return round(100 * self.right / self.answered) if self.answered else 0


@dataclass(frozen=True)
class Missed:
    question_id: str
    question: Question | None  # None once the bank no longer has it
    missed: int
    answered: int


@dataclass(frozen=True)
class Summary:
    player: Player
    rounds_played: int
    answered: int
    right: int
    best: list[Best]
    topics: list[Accuracy]
    missed: list[Missed]


def rounds_played(player_id: int) -> int:
    return db.session.execute(
        db.select(func.count()).select_from(Round)
        .where(Round.player_id == player_id, Round.finished_at.is_not(None))
    ).scalar_one()


def best_scores(player: Player) -> list[Best]:
    """All-time bests per board: quiz boards first, then daily challenges, newest first."""
    rows = db.session.execute(
        db.select(BestScore).where(BestScore.player_id == player.id, BestScore.period == "all")
    ).scalars().all()
    rows.sort(key=lambda b: b.board)
    rows = [b for b in rows if not b.board.startswith("daily:")] + sorted(
        (b for b in rows if b.board.startswith("daily:")), key=lambda b: b.board, reverse=True
    )
    # the rows are in hand: each rank is one count (kept a few seconds), not a query per board
    return [
        Best(best.board, best.score, best.time_ms, best.finished_at,
             None if player.hidden or best.hidden else cached_rank(best))
        for best in rows
    ]


def answer_counts(player_id: int) -> list[tuple[str, int, int]]:
    """(question id, times answered, times right) over every round the player played."""
    right = func.sum(case((Answer.correct, 1), else_=0))
    return [
        (qid, answered, int(right_ or 0))
        for qid, answered, right_ in db.session.execute(
            db.select(Answer.question_id, func.count(Answer.id), right)
            .join(Round, Round.id == Answer.round_id)
            .where(Round.player_id == player_id)
            .group_by(Answer.question_id)
        ).all()
    ]


def topic_accuracy(bank: Bank, counts: list[tuple[str, int, int]]) -> list[Accuracy]:
    totals: dict[str | None, list[int]] = {}
    for qid, answered, right in counts:
        question = bank.question(qid)
        total = totals.setdefault(question.topic if question else None, [0, 0])
        total[0] += answered
        total[1] += right
    # named topics alphabetically, withdrawn questions last
    order = sorted(totals, key=lambda t: (t is None, t or ""))
    return [Accuracy(topic, *totals[topic]) for topic in order]


def most_missed(bank: Bank, counts: list[tuple[str, int, int]], limit: int = MISSED_SHOWN) -> list[Missed]:
    missed = [(answered - right, answered, qid) for qid, answered, right in counts if answered > right]
    missed.sort(key=lambda m: (-m[0], m[2]))
    return [Missed(qid, bank.question(qid), n, answered) for n, answered, qid in missed[:limit]]


def player_summary(bank: Bank, player: Player) -> Summary:
    counts = answer_counts(player.id)
    return Summary(
        player=player,
        rounds_played=rounds_played(player.id),
        answered=sum(c[1] for c in counts),
        right=sum(c[2] for c in counts),
        best=best_scores(player),
        topics=topic_accuracy(bank, counts),
        missed=most_missed(bank, counts),
    )
