"""Which season a date or a count belongs to, when its sentence names seasons.

A sentence may name a season that is not the one its value belongs to:
- another value's ("premiering on July 5, 2019 and also got its second season for July 2020":
  the second season is July 2020's, and July 5, 2019 is the first season's);
- another show's ("sequels like the third season of Kaguya-sama, but ... Summer Time Rendering");
- a season the sentence sets the value against ("3D animated like the first season was",
  "a different studio from its first season").
So a season is tied to the value nearest to it (one opening the sentence, before every value,
to all of them); when the value has none of its own but the sentence names one for something
else, no season is sure and nothing is asked (precision first).
"""

from __future__ import annotations

import re

from quiz.bank.rules import SEASON, Reader, other_work, season_name
from quiz.bank.rules.patterns import find_dates

_YEAR = re.compile(r"\b(?:19|20)\d\d\b")  # a year alone is a value a season may belong to
# "like the first season", "from its first season", "than the previous season"
_SET_AGAINST = re.compile(r"\b(?:like|unlike|than|from|as with|as in) (?:the|its|their)\s*$", re.I)


def _gap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, b[0] - a[1], a[0] - b[1])


def season_at(reader: Reader, text: str, value: tuple[int, int]) -> str | None:
    """The season of the value standing at `value` (start, end) in `text`: "" when the sentence
    names none (the caller's default holds; "the new season" is the article's, as Reader.season
    says), None when it names one not sure to be the value's. Other dates of the sentence are the
    other values a season may belong to."""
    blanked = text.replace(reader.show, " " * len(reader.show)) if reader.show else text
    own, elsewhere = set(), False
    anchors = [value, *_other_dates(text, value)]
    for found in SEASON.finditer(blanked):
        name = season_name(found)
        if not name:
            continue
        if other_work(blanked, found) or _SET_AGAINST.search(blanked, 0, found.start()):
            elsewhere = True
            continue
        span = found.span()
        nearest = min(anchors, key=lambda anchor: _gap(anchor, span))
        # before every value, the season is the sentence's subject ("X Season 5 is gearing up for
        # its premiere on July 12th, and ... 11 episodes"): it holds for each of them
        if nearest is value or all(span[1] <= anchor[0] for anchor in anchors):
            own.add(name)
        else:
            elsewhere = True
    if len(own) == 1:
        return own.pop()
    if own:
        return None  # two seasons next to one value: which is its, not sure
    # none named by number: "the new season" is the one the article is about
    return None if elsewhere else reader.season(text)


def _other_dates(text: str, value: tuple[int, int]) -> list[tuple[int, int]]:
    """The other dates of a sentence, a year alone among them ("the first season ended in 2023")."""
    spans = [
        (at, at + len(spelling)) for _when, spelling in find_dates(text) if (at := text.find(spelling)) >= 0
    ]
    spans += [found.span() for found in _YEAR.finditer(text)]
    return [span for span in spans if _gap(span, value) > 0]


def premiere_season(reader: Reader, text: str, spelling: str) -> str | None:
    """The season a premiere date belongs to; one naming none is the later season the article
    is about (its first season's premiere is past news)."""
    at = text.find(spelling)
    season = season_at(reader, text, (at, at + len(spelling)) if at >= 0 else (len(text), len(text)))
    if season is None:
        return None
    if season == "first season" and not SEASON.search(text):
        # "the season's October 5 premiere" in an article whose only numbered season is the first,
        # told as past news ("released its first season back in 2016"): which season, not sure
        return None
    return season or reader.main_season.replace("first season", "")
