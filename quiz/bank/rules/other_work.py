"""What a sentence says that is not the show's. Another work whose name holds the show's: a
film's, an OVA's or a special's ("The Gekijoban X Code: White film will be released on December
22", "the first of the anime films is titled "X Part 1: Shodo""); a sentence naming the show only
so dates and credits that work. And a place or a date the sentence denies ("It will not be
available on Crunchyroll", "the fourth episode will not air on the following Sunday, July 28").
"""

from __future__ import annotations

import re

from quiz.bank.rules.cut_names import name_pattern

# After the show's name, more of a title and a film's or a special's word ("X Code: White film",
# "X the Movie", "X Extra Part OVA").
_OTHER_WORK = re.compile(r"(?::| -)? (?:(?:[A-Z][\w'!?.:-]*|the|of|and|in) ){0,6}?"
                         r"(?:[Ff]ilm|[Mm]ovie|OVA|OAD|[Ss]pecial)\b")
# Or more of a title after it ("X Part 1: Shodo") where the sentence speaks of a film or an OVA;
# never a word that says what the show's own name is followed by ("X Season 2", "X Anime").
_LONGER = re.compile(r"(?::|\s-)?\s?(?:Part \d|(?!(?:Season|Anime|TV|Manga|Series|Official|Director"
                     r"|Staff|Cast|Episode|Creator|Author|Studio)\b)[A-Z][a-z]+)")
_A_WORK = re.compile(r"\b(?:films?|movies?|OVAs?|OADs?|original video anime)\b")


def only_in_other_work(text: str, names: tuple[str, ...]) -> bool:
    """Whether every place `text` names the show (any of `names`) is inside another work's name."""
    found = [m for name in names for m in name_pattern(name).finditer(text)]
    work = _A_WORK.search(text) is not None
    return bool(found) and all(_OTHER_WORK.match(text, m.end()) or (work and _LONGER.match(text, m.end()))
                               for m in found)


# a denial of showing or dating, before what it denies
_DENIED = re.compile(r"\b(?:not|n't|never)\b(?: be)? (?:available|stream|air|premiere|release|broadcast)\w*")


def negated(text: str, value: str) -> bool:
    """Whether the sentence denies what it says of `value`: a denial stands before it."""
    denial = _DENIED.search(text)
    at = text.find(value)
    return denial is not None and at != -1 and denial.start() < at
