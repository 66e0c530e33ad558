"""Where and when a story is set: "is set in the Tōkai region", "set in the year 2049", "The
anime takes place in Alicepia".

Only what the show itself is said to be set in: the sentence's subject is the show, by a name
of it or by its kind ("The anime", "The story"), never another work the article names.
"""

from __future__ import annotations

import re

from quiz.bank.rules import Reader, Sentence, pattern
from quiz.bank.rules.patterns import MONTH_WORDS, NAME, WEEKDAYS

# "set in AD 2128", "is set in the Tōkai region", "is set in Rosewood Academy", "set in the
# near-future year of 2049", "is set in the Kojima region of Okayama Prefecture in the year 2020"
SET_IN = pattern(
    "story.set_in",
    r"\bset in (?:AD|A\.D\.|the year) (?P<y>\d{3,4})"
    r"|\bset in the (?:near-future |near future |future )?year of (?P<y3>\d{3,4})"
    rf"|\bis set in (?:the )?(?P<place>{NAME})(?: (?P<what>region|city|town|academy|world|village))?"
    r"(?:[^.;]{0,50}? in the year (?P<y2>\d{3,4}))?",
    needs=("set in ",),
)
# "The anime takes place in Alicepia, ...", "The anime takes place on the planet Gift": never a
# date or a day ("will take place on October 8": an event's)
TAKES_PLACE = pattern(
    "story.takes_place_in",
    r"\b(?:takes|will take|took) place (?:in|on) (?:the (?:planet|island|city|town|kingdom|country) )?"
    rf"(?!(?:{MONTH_WORDS}|{'|'.join(WEEKDAYS)})\b)(?P<place>{NAME})",
    needs=("place in ", "place on "),
)

_GENERIC_SUBJECT = re.compile(r"\b[Tt]he (?:[a-z-]+ )*(?:anime|series|story|show|film|manga|novels?)$")
_LAST_NAME = re.compile(rf"(?P<n>{NAME})$")
_GAME = re.compile(r"\bgames?\b", re.I)


def subject_is_show(reader: Reader, before: str) -> bool:
    """What "is set in" is said of: "The anime" stands for the show; a name must be the show."""
    before = before.strip()
    if _GENERIC_SUBJECT.search(before):
        return True
    name = _LAST_NAME.search(before)
    return bool(name) and reader.is_show(name["n"])


def setting(reader: Reader, s: Sentence) -> None:
    for match in SET_IN.finditer(s.bare):
        before = s.bare[: match.start()]
        if match["y"]:  # (as the trailer of the bank's show says it: "a world set in AD 2128")
            reader.add("setting_year", reader.show, match["y"], "number")
        elif match["y3"] and not _GAME.search(before):
            reader.add("story_year", reader.show, match["y3"], "number")
        elif match["place"] and subject_is_show(reader, before):
            what = match["what"] if match["what"] in ("region", "city", "town", "village") else ""
            reader.add("setting", reader.show, f"{match['place']} {what}".strip(), "place")
            if match["y2"] and not _GAME.search(before):
                reader.add("story_year", reader.show, match["y2"], "number")
    for match in TAKES_PLACE.finditer(s.bare):
        if subject_is_show(reader, s.bare[: match.start()].removesuffix(" will").removesuffix(" also")):
            reader.add("setting", reader.show, match["place"], "place")
