"""The rules of play: points, partial credit, the speed bonus, and what a player's answer means."""

from __future__ import annotations

from quiz.bank.answers import typed_answer_right
from quiz.bank.model import DIFFICULTIES, QUESTION_TYPES, Question
from quiz.bank.names import People

KINDS = ("quick", "topic", "source", "daily")
DIFFICULTY_CHOICES = ("any", *DIFFICULTIES)
PLAYABLE_TYPES = QUESTION_TYPES  # every type has a form in the browser and a shape in the API
ROUND_SIZE = 10
POINTS = 100  # a fully right answer
SPEED_BONUS = 50  # at most, in timed rounds, for an instant right answer
TIME_LIMIT_S = 30  # timed rounds: the bonus shrinks to nothing over this many seconds
MAX_TEXT = 200  # longest typed answer kept
SCORING_RULE = (
    f"A right answer scores {POINTS} points. Multiple-answer questions give partial credit: "
    f"right picks minus wrong picks, never below zero, as a share of the right answers. "
    f"Ordering questions give the share of items in the right place. In timed rounds a "
    f"right answer also earns up to {SPEED_BONUS} bonus points, shrinking to nothing over "
    f"{TIME_LIMIT_S} seconds, timed by the server from when the question was shown."
)


class PlayError(ValueError):
    """A request the rules refuse; the message is for the player."""


class NoQuestions(PlayError):
    pass


class OutOfOrder(PlayError):
    pass


class RoundOver(PlayError):
    pass


class BadAnswer(PlayError):
    pass


class DailyOpen(PlayError):
    """The player's daily challenge of the day is still open: it is finished before another
    attempt starts, so a practice attempt never shows the scored one's answers."""

    def __init__(self, round_id: int) -> None:
        super().__init__("Your daily challenge is still open: finish it before starting another.")
        self.round_id = round_id


def _index(value: object, count: int) -> int:
    if isinstance(value, bool):
        raise BadAnswer("Pick one of the choices.")
    try:
        index = int(value)
    except (TypeError, ValueError):
        raise BadAnswer("Pick one of the choices.") from None
    if not 0 <= index < count:
        raise BadAnswer("Pick one of the choices.")
    return index


def _indexes(value: object, count: int) -> list[int]:
    if not isinstance(value, list | tuple):
        raise BadAnswer("Pick from the choices.")
    return [_index(v, count) for v in value]


def grade(
    question: Question, order: list[int], given: object, people: People | None = None
) -> tuple[object, float, bool]:
    """(the answer as stored, credit 0..1, fully right) for `given`, in the order shown.

    `given` is an index into the shown choices for choice, a list of them for multi, for
    order the shown item's index per place (first place first), True/False for truefalse,
    the typed text for text and number. `people` (the bank's) lets a surname alone answer a
    "Who ...?" question when it names one person. BadAnswer says what is missing or malformed.
    """
    kind = question.type
    if kind == "choice":
        picked = question.choices[order[_index(given, len(order))]]
        return picked, float(picked == question.answer), picked == question.answer
    if kind == "multi":
        picks = {question.choices[order[i]] for i in _indexes(given, len(order))}
        if not picks:
            raise BadAnswer("Pick at least one answer.")
        right = set(question.answer)
        credit = max(0, len(picks & right) - len(picks - right)) / len(right)
        stored = [c for c in question.choices if c in picks]
        return stored, credit, picks == right
    if kind == "order":
        places = _indexes(given, len(order))
        if sorted(places) != list(range(len(order))):
            raise BadAnswer("Put each item in exactly one place.")
        items = [question.choices[order[i]] for i in places]
        hits = sum(a == b for a, b in zip(items, question.answer, strict=True))
        return items, hits / len(items), hits == len(items)
    if kind == "truefalse":
        if not isinstance(given, bool):
            raise BadAnswer("Answer true or false.")
        return given, float(given == question.answer), given == question.answer
    text = str(given if given is not None else "").strip()[:MAX_TEXT]
    if not text:
        raise BadAnswer("Type an answer.")
    right = typed_answer_right(question, text, people)
    return text, float(right), right


def speed_bonus(credit: float, elapsed_ms: int | None) -> int:
    """Timed rounds: up to SPEED_BONUS for a right answer, scaled by credit and time left."""
    if not credit or elapsed_ms is None:
        return 0
    left = max(0.0, 1 - elapsed_ms / (TIME_LIMIT_S * 1000))
    return round(SPEED_BONUS * credit * left)


def answer_text(value: object) -> str | list[str]:
    """An answer (the bank's or the player's) as words for a page."""
    if isinstance(value, bool):
        return "True" if value else "False"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, list | tuple):
        return [str(v) for v in value]
    return "" if value is None else str(value)
