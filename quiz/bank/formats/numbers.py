"""Moodle's number answers (`3`, `3:2` with a tolerance, `1..5` a range) in this app's terms:
answers here are exact numbers, with other numbers as accepted answers."""

from __future__ import annotations

import re

from quiz.bank.formats import number_text

_RANGE = re.compile(r"^(-?[\d.]+)\.\.(-?[\d.]+)$")


WHOLE_NUMBERS_KEPT = 21  # a range of at most this many whole numbers is kept as accepted answers


def number_range(value: float, low: float, high: float) -> tuple[tuple[str, ...], str | None]:
    """Accepted aliases, and a note on what is lost, for a number right anywhere in low..high.

    Answers here are exact: a range of whole numbers becomes those numbers as accepted answers
    (Moodle would also take the fractions between them); any other range keeps `value` only.
    """
    if low == high:
        return (), None
    span = f"{number_text(round(low, 9))}..{number_text(round(high, 9))}"  # 3.142, not 3.1420000000000003
    if low.is_integer() and high.is_integer() and high - low < WHOLE_NUMBERS_KEPT:
        others = [number_text(n) for n in range(int(low), int(high) + 1) if n != value]
        return tuple(others), f"the range {span} is kept as its whole numbers only"
    return (), f"the range {span} is not kept: only {number_text(value)} counts as right here"


def to_float(text: str) -> float | None:
    try:
        return float(text.strip())
    except ValueError:
        return None


def number_spec(spec: str) -> tuple[float, float, float]:
    """(the answer, the lowest and highest right number) of `3`, `3:2` or `1..5`.

    ValueError says what is wrong. A range's answer is its middle, or its lowest number when
    the middle of a range of whole numbers is not one.
    """
    span = _RANGE.match(spec.strip())
    if span:
        low, high = to_float(span[1]), to_float(span[2])
        if low is None or high is None or low > high:
            raise ValueError(f"{spec.strip()!r} is not a number range (low..high)")
        middle = (low + high) / 2
        whole = low.is_integer() and high.is_integer()
        return (middle if middle.is_integer() or not whole else low), low, high
    value, _, tolerance = spec.partition(":")
    number, margin = to_float(value), to_float(tolerance or "0")
    if number is None:
        raise ValueError(f"{value.strip()!r} is not a number")
    if margin is None:
        raise ValueError(f"tolerance {tolerance.strip()!r} is not a number")
    return number, number - abs(margin), number + abs(margin)


def spoken(spec: str) -> str:
    """A number answer as an explanation names it: "9 ± 2", "1 to 5", "Any other answer"."""
    value, _, margin = spec.strip().partition(":")
    if not value:
        return "Any other answer"
    if ".." in value:
        return value.replace("..", " to ")
    return f"{value} ± {margin}" if margin and to_float(margin) else value
