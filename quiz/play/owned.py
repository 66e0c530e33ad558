"""A player's own round, read, shown or reviewed for whoever proves they started it.

A page or an API call says who is asking with a `Claim`: the player id that its session
cookie or bearer token names and the proof it carries (quiz.players.proof), both as they came.
Each function here reads the round together with its owner's session secret and checks the
claim against that secret in the same statement, so proving the player and reading the round
cost one statement, and a new secret (signing out everywhere) ends every session and token at
once. When the claim does not hold they answer None and change nothing: the caller says why
(a 404, a 401, a cookie forgotten).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Row, and_, bindparam, func, select, update

from quiz import players
from quiz.bank.model import Bank
from quiz.database import db
from quiz.models import Answer, Player, Round, utcnow
from quiz.play.questions import QuestionView, question_view
from quiz.play.review import Review, review_of
from quiz.play.sql import run

_rounds, _players, _answers = Round.__table__, Player.__table__, Answer.__table__


@dataclass(frozen=True)
class Claim:
    """Who asks for a round: the player id a session cookie or an API token names and the
    proof it carries, unchecked, and what that proof is for (players.SESSION or
    players.API_TOKEN: a cookie's proof is no token's)."""

    player_id: object
    proof: object
    purpose: str

    def proven_by(self, row: Row) -> bool:
        """Whether the secret read in `row` (its `session_secret`) proves this claim."""
        return players.proves(row, self.purpose, self.proof)

    def owns(self, row: Row | None) -> bool:
        return row is not None and row.player_id == self.player_id and self.proven_by(row)


# The owner's secret beside the round's columns, named as the player's own column, so that
# quiz.players.proves can check a proof against the row itself.
_SECRET = (select(_players.c.session_secret).where(_players.c.id == _rounds.c.player_id)
           .scalar_subquery().label("session_secret"))
# Statements built once with their values as parameters: composing one cost as much as
# running it, on the pages a game requests most.
_ROUND = select(*_rounds.c, _SECRET).where(_rounds.c.id == bindparam("b_round"))
_OWNED_OPEN = (_rounds.c.id == bindparam("b_round"), _rounds.c.player_id == bindparam("b_player"),
               _rounds.c.finished_at.is_(None))
_START_CLOCK = update(_rounds).where(*_OWNED_OPEN).values(question_shown_at=func.coalesce(
    _rounds.c.question_shown_at, bindparam("b_shown_at", type_=_rounds.c.question_shown_at.type)))
# what showing a question reads of its round
_SHOWN = [_rounds.c[name] for name in ("id", "timed", "question_ids", "choice_orders", "position",
                                        "score", "question_shown_at", "finished_at")]
_SHOW = _START_CLOCK.returning(*_SHOWN, _SECRET)
_SHOWN_ROUND = select(*_SHOWN).where(*_OWNED_OPEN)
# the answer to one position beside its round (all None while it is unanswered)
_ANSWER_FIELDS = ("question_id", "given", "correct", "points", "bonus", "elapsed_ms")
_ROUND_AND_ANSWER = (
    select(*_rounds.c, _SECRET, *(_answers.c[name].label(f"answer_{name}") for name in _ANSWER_FIELDS))
    .outerjoin(_answers, and_(_answers.c.round_id == _rounds.c.id,
                              _answers.c.position == bindparam("b_position")))
    .where(_rounds.c.id == bindparam("b_round"))
)


def read_round(round_id: int, claim: Claim) -> Row | None:
    """Round `round_id` as a row of its columns (no ORM object to build and track), if the
    claim proves its owner; else None."""
    if not isinstance(claim.player_id, int):
        return None
    row = run(_ROUND, {"b_round": round_id}).first()
    return row if claim.owns(row) else None


def show_question(
    bank: Bank, round_id: int, claim: Claim, now: datetime | None = None
) -> QuestionView | None:
    """The question the claim's player answers next in round `round_id`, its clock started.

    Showing a question starts its clock (`Round.question_shown_at`): the speed bonus is
    measured from then, a reload does not restart it (COALESCE keeps the earliest time when
    two tabs open it at once), and an answer to a question never shown earns no bonus.
    None, with no clock started, when the claim does not prove the owner of an unfinished
    round: the caller reads the round to tell a finished round from somebody else's.
    """
    if not isinstance(claim.player_id, int):
        return None
    values = {"b_round": round_id, "b_player": claim.player_id, "b_shown_at": now or utcnow()}
    if db.session.get_bind().dialect.update_returning:  # one statement: the busiest page of a game
        row = run(_SHOW, values).first()
        proven = row is not None and claim.proven_by(row)
    else:  # the claim checked by a read first
        proven = read_round(round_id, claim) is not None and run(_START_CLOCK, values).rowcount > 0
        row = run(_SHOWN_ROUND, values).first() if proven else None
    if not proven:
        db.session.rollback()  # not this claim's round, or over: its clock stays as it was
        return None
    db.session.commit()
    return question_view(bank, row)


def review_answer(
    bank: Bank, round_id: int, position: int, claim: Claim
) -> tuple[Row, Review | None] | None:
    """(the round, the review of its answer to `position`, or None while unanswered), in one
    read; None when the claim does not prove the round's owner."""
    if not isinstance(claim.player_id, int):
        return None
    row = run(_ROUND_AND_ANSWER, {"b_round": round_id, "b_position": position}).first()
    if not claim.owns(row):
        return None
    if row.answer_question_id is None:
        return row, None
    return row, review_of(
        bank, row, position, row.answer_question_id, given=row.answer_given, correct=row.answer_correct,
        points=row.answer_points, bonus=row.answer_bonus, elapsed_ms=row.answer_elapsed_ms,
    )
