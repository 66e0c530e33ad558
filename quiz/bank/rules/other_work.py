"""What a sentence says that is not the show's. Another work whose name holds the show's: a
film's, an OVA's or a special's ("The Gekijoban X Code: White film will be released on December
22", "the first of the anime films is titled "X Part 1: Shodo""); a sentence naming the show only
so dates and credits that work. And a place or a date the sentence denies ("It will not be
available on Crunchyroll", "the fourth episode will not air on the following Sunday, July 28").
"""

from __future__ import annotations

import re
from itertools import takewhile

from quiz.bank.rules.cut_names import name_pattern

# What an earlier work's sentence must not give the show; what a denial takes back.
MADE = frozenset({"credit", "studio", "premiere", "premiered", "episodes"})
RELEASES = frozenset({"platform", "premiere", "premiered", "channel", "first_channel", "release_abroad"})

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


# An earlier adaptation the text recalls ("The manga inspired an event anime adaptation by MAPPA
# in October 2020", "previously adapted into a Studio DEEN produced TV anime in 2006"): its
# studio, staff and dates are that work's; so are the credits told in the past after it in the
# same paragraph ("Parako Shinohara directed the anime").
_EARLIER = re.compile(r"\b(?:inspired|spawned|received|was (?:previously |also |first )?adapted into)\b"
                      r"[^.;]*?\b(?:anime|adaptation|series|film|OVA|special)\b")
_BEFORE_NOW = re.compile(r"\bin (?:[A-Z][a-z]+ )?(?:19|20)\d\d\b"
                         r"|\b(?:previously|already|earlier|originally)\b")
_NOT_YET = re.compile(r"\b(?:will|upcoming|new|premieres|airs)\b")
_PAST_CREDIT = re.compile(r"\b(?:directed|wrote|composed|designed|produced|animated|scripted|penned)\b")


def earlier_work(sentence, sentences: list) -> bool:
    """Whether a sentence recalls an earlier adaptation, or tells a credit in the past after one
    in its paragraph (`sentences`: the article's, of which the ones before it on its line)."""
    if recalls_earlier(sentence.text):
        return True
    before = takewhile(lambda s: s.line == sentence.line, reversed(sentences[:sentence.index]))
    return past_credit(sentence.text) and any(recalls_earlier(s.text) for s in before)


def recalls_earlier(text: str) -> bool:
    """Whether a sentence recalls an earlier adaptation of the work."""
    return bool(_EARLIER.search(text) and _BEFORE_NOW.search(text)) and not _NOT_YET.search(text)


def past_credit(text: str) -> bool:
    """Whether a sentence tells a credit in the past ("X directed the anime")."""
    return _PAST_CREDIT.search(text) is not None
