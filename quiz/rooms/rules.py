"""The rules of a live room, pure functions of their arguments: the PIN, the options a
question shows, whether a pick is right, and the points it earns."""

from __future__ import annotations

import secrets

from quiz.bank.model import Question

# One tap answers these on a phone; typed, ordered and multiple-answer questions would need a
# keyboard or a second step while the clock runs, so rooms skip them when drawing.
ROOM_TYPES = ("choice", "truefalse")
PIN_DIGITS = 6
BASE_POINTS = 500  # a right answer
SPEED_POINTS = 500  # at most, for an instant right answer
SECONDS_CHOICES = (10, 15, 20, 30, 45, 60)
SIZE_CHOICES = (5, 10, 15, 20)
TRUE_FALSE = ("True", "False")
TOP = 5  # places on the big screen's leaderboard between questions
SCORING_RULE = (
    f"A right answer scores {BASE_POINTS} points plus up to {SPEED_POINTS} more for speed, "
    f"shrinking evenly to nothing when the countdown ends. The server times every answer "
    f"from the moment it sent the question; an answer after the countdown does not count, "
    f"and a wrong answer scores nothing."
)


class RoomError(ValueError):
    """A request the room's rules refuse; the message is for the person who sent it."""


class LateAnswer(RoomError):
    pass


class AlreadyAnswered(RoomError):
    pass


def new_pin() -> str:
    """Six digits, never starting with 0 (so it reads the same typed as a number)."""
    return str(10 ** (PIN_DIGITS - 1) + secrets.randbelow(9 * 10 ** (PIN_DIGITS - 1)))


def options(question: Question, order: list[int]) -> list[str]:
    """The options as shown: the choices in the room's shuffled order, or True and False."""
    if question.type == "truefalse":
        return list(TRUE_FALSE)
    return [question.choices[i] for i in order]


def right_option(question: Question, order: list[int]) -> int:
    """The index of the right answer among the options as shown."""
    if question.type == "truefalse":
        return 0 if question.answer else 1
    return [question.choices[i] for i in order].index(question.answer)


def points(correct: bool, elapsed_ms: int, limit_ms: int) -> int:
    """What an answer earns: nothing if wrong, else the base and the share of time left."""
    if not correct:
        return 0
    left = min(1.0, max(0.0, 1 - elapsed_ms / limit_ms))
    return BASE_POINTS + round(SPEED_POINTS * left)
