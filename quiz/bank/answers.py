"""Answer normalisation and matching: what counts as the same answer.

Typed answers are forgiving where people are sloppy (case, punctuation, spacing, curly
quotes, a leading "the", small typos in long names, number words and ordinals, date
spellings, "Studio X" for a studio, a person's names in either order or a surname that names
one person of the bank) and strict where a typo changes the answer (numbers are never fuzzy).
"""

from __future__ import annotations

import functools
import re
from datetime import date, datetime

from rapidfuzz.distance import Levenshtein

from quiz.bank.model import Question
from quiz.bank.names import PERSON, STUDIO, People, answer_kind, full_name, studio_forms
from quiz.bank.text import plain

_NOT_WORD = re.compile(r"[^\w]+")
_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
_SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000}
_DATE_FORMATS = ("%Y-%m-%d", "%B %d %Y", "%b %d %Y", "%d %B %Y", "%d %b %Y", "%d/%m/%Y")
_DAY_FORMATS = ("%B %d", "%b %d", "%d %B", "%d %b")
_MONTH_FORMATS = ("%B %Y", "%b %Y")
_ORDINAL = re.compile(r"\b(\d{1,2})(st|nd|rd|th)\b")
# Words and commas a date may have that no format needs: "the 22nd of March, 2023".
_DATE_FILLER = re.compile(r"\b(?:the|of)\b|,", re.IGNORECASE)
_DIGITS = re.compile(r"\d+")


def normalize(text: str) -> str:
    """Lower case, no punctuation, single spaces, no leading "the"."""
    words = _NOT_WORD.sub(" ", plain(str(text)).casefold()).split()
    if len(words) > 1 and words[0] == "the":
        words = words[1:]
    return " ".join(words)


def parse_number(text: str | int | float) -> float | None:
    """Digits ("1,000", "9", "2.5") or English number words ("nine", "twenty-five")."""
    if isinstance(text, bool):
        return None
    if isinstance(text, int | float):
        return float(text)
    if not isinstance(text, str):
        return None  # a list or a mapping in a YAML file is no number
    cleaned = plain(text).casefold().replace(",", "").strip()
    try:
        return float(cleaned)
    except ValueError:
        pass
    words = [w for w in re.split(r"[\s-]+", cleaned) if w and w != "and"]
    if not words:
        return None
    total = current = 0
    for word in words:
        if word in _UNITS:
            current += _UNITS[word]
        elif word in _TENS:
            current += _TENS[word]
        elif word == "hundred":
            current = (current or 1) * 100
        elif word in _SCALES:
            total += (current or 1) * _SCALES[word]
            current = 0
        else:
            return None
    return float(total + current)


@functools.lru_cache(maxsize=4096)  # answers and typed guesses repeat; a miss costs ~0.1 ms
def _date_text(text: str) -> str:
    cleaned = _ORDINAL.sub(r"\1", plain(str(text)).replace(".", ""))
    return " ".join(_DATE_FILLER.sub(" ", cleaned).split())


def parse_partial_date(text: str) -> tuple[str, int, int] | None:
    """A day without its year ("July 6th", "6 July": ("day", 7, 6)) or a month of a year
    ("Apr. 2020": ("month", 2020, 4)), as news articles often date things; None otherwise."""
    cleaned = _date_text(text)
    if not _DIGITS.search(cleaned):
        return None
    for fmt in _DAY_FORMATS:  # a leap year, so that February 29 is a day too
        try:
            day = datetime.strptime(f"{cleaned} 2000", f"{fmt} %Y")
        except ValueError:
            continue
        return ("day", day.month, day.day)
    for fmt in _MONTH_FORMATS:
        try:
            month = datetime.strptime(cleaned, fmt)
        except ValueError:
            continue
        return ("month", month.year, month.month)
    return None


def parse_date(text: str) -> date | None:
    """A date in any of the usual spellings: 2024-01-11, January 11, 2024, 11 Jan 2024, ..."""
    cleaned = _date_text(text)
    if not _DIGITS.search(cleaned):  # every spelling has a day or a year in digits
        return None
    # strptime keeps only five compiled formats, fewer than these: each try may compile one
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(cleaned, fmt).date()
        except ValueError:
            continue
    return None


def allowed_edits(target: str) -> int:
    """Typos forgiven: none under 5 characters, one from 5, two from 10."""
    if len(target) >= 10:
        return 2
    return 1 if len(target) >= 5 else 0


def text_matches(
    given: str,
    answer: str,
    accept: tuple[str, ...] | list[str] = (),
    kind: str = "",
    people: People | None = None,
) -> bool:
    """Whether a typed answer equals the answer or one of its `accept` aliases.

    `kind` (from `answer_kind`) adds the forms a person's or a studio's name may take;
    `people`, the bank's, lets a surname alone stand for the one person who has it.
    """
    guess = normalize(given)
    if not guess:
        return False
    given_date = parse_date(given)
    given_partial = parse_partial_date(given)
    given_number = parse_number(given)
    targets = [str(answer), *map(str, accept)]
    for target in _forms(targets, kind):
        if guess == normalize(target):
            return True
        # Dates and numbers are exact: "January 12" is another day, "eighty" is not "eight".
        wanted_date = parse_date(target)
        if wanted_date is not None:
            if given_date == wanted_date:
                return True
            continue
        # "July 6th" is "July 6", "Apr. 2020" is "April 2020"; a misspelt month goes on to
        # the typo check below, another day never matches
        wanted_partial = parse_partial_date(target)
        if wanted_partial is not None and given_partial is not None:
            if given_partial == wanted_partial:
                return True
            continue
        wanted_number = parse_number(target)
        if wanted_number is not None:
            if given_number == wanted_number or guess in number_words(wanted_number):
                return True
            continue
        if _near(guess, normalize(target)):
            return True
    if kind == PERSON and people is not None:
        return any(people.by_surname(guess, name) for name in targets if full_name(name))
    return False


def _forms(targets: list[str], kind: str):
    """Each target, then the other ways its kind of name is written."""
    for target in targets:
        yield target
        if kind == STUDIO:
            yield from studio_forms(target)
        elif kind == PERSON and full_name(target):
            yield " ".join(reversed(target.split()))  # "Kurosawa Tomoyo", as in Japanese


def _near(guess: str, wanted: str) -> bool:
    """A small typo in the letters; the digits inside a name ("Noid 262") must all agree."""
    if _DIGITS.findall(guess) != _DIGITS.findall(wanted):
        return False
    edits = allowed_edits(wanted)
    return edits > 0 and Levenshtein.distance(guess, wanted, score_cutoff=edits) <= edits


@functools.lru_cache(maxsize=1024)
def number_words(value: float) -> frozenset[str]:
    """A whole number's ordinal spellings, normalised: {"25th", "twenty fifth"}; and its
    cardinal words, for what `parse_number` cannot read ("two thousand, one hundred")."""
    if not value.is_integer() or abs(value) >= 10**9:
        return frozenset()
    from num2words import num2words  # imported on first use: `quiz generate` spells no number

    number = int(value)
    spellings = [num2words(number), num2words(number, to="ordinal_num")]
    if number >= 0:
        spellings.append(num2words(number, to="ordinal"))
    return frozenset(normalize(s) for s in spellings)


def number_matches(given: str, answer: int | float | str) -> bool:
    """A number answer: digits, words or an ordinal ("25th"), exactly equal; never fuzzy."""
    wanted = parse_number(answer)
    if wanted is None:
        return False
    got = parse_number(given)
    return got == wanted if got is not None else normalize(given) in number_words(wanted)


def typed_answer_right(question: Question, given: str, people: People | None = None) -> bool:
    """Whether `given`, typed for a text or number question, is right (`people`: the bank's)."""
    accept = question.accept
    if question.type == "number":
        return number_matches(given, question.answer) or any(
            number_matches(given, alias) or normalize(given) == normalize(alias) for alias in accept
        )
    answer = str(question.answer)
    kind = answer_kind(question.prompt, answer, accept)
    return text_matches(given, answer, accept, kind, people)


def split_alias(answer: str, first: str, second: str) -> bool:
    """Whether two aliases are one answer that an inline YAML list split at its comma."""
    joined = f"{first}, {second}"
    wanted = parse_date(answer)
    if wanted is not None and parse_date(joined) == wanted:
        return True
    return normalize(joined) == normalize(answer)


def alias_part(answer: str, alias: str) -> str | None:
    """Which part of a date answer an alias is alone (its year, its day and month), or None."""
    wanted = parse_date(answer)
    if wanted is None or parse_date(alias) is not None:
        return None
    number = parse_number(alias)
    if number == wanted.year:
        return "its year"
    if number == wanted.day:
        return "its day"
    if parse_date(f"{alias} {wanted.year}") == wanted:
        return "its day and month"
    return None


def same_choice(a: str, b: str) -> bool:
    """Two choices are the same when they normalise alike (used to refuse duplicates)."""
    # punctuation-only choices ("~", "=", "#") normalise to nothing: compare them as written
    return (normalize(a) or " ".join(a.split())) == (normalize(b) or " ".join(b.split()))
