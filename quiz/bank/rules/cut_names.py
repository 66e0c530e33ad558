"""Names the rules cut short: a pattern that stops inside a name gives a wrong answer
("J" of "J.C. Staff", "Base" of "Brain's Base"), so a name said only that way is not sure."""

from __future__ import annotations

import re
from functools import lru_cache

from quiz.bank.rules.remembered import WholeName

_POSSESSIVE = re.compile(r"'s [A-Z]")
# a stop inside a name: "J.C. Staff", "Production I.G", not a sentence's last stop
_STOP_INSIDE = re.compile(r"\.[^\W_]")
# a company's word written in lower case after its name ("A-1 pictures"), or a one-letter
# lower-case word before it ("d Anime Store"): a capitalised-word pattern leaves them out
_LOWER_TAIL = re.compile(r" (?:pictures|animation|entertainment)\b")  # not "X studios": the studios of X
_LOWER_HEAD = re.compile(r"(?<![\w.])[a-z] $")


@lru_cache(maxsize=4096)
def name_pattern(name: str) -> WholeName | re.Pattern:
    r"""Where a name stands as itself: `(?<![\w+])name(?!\w)`, found without compiling it."""
    return WholeName(name) if name else re.compile(r"(?<![\w+])(?!\w)")


def half_of_possessive(name: str, text: str) -> bool:
    """Whether a name stands only as half of "X's Y" ("Brain" or "Base" of "Brain's Base")."""
    for found in name_pattern(name).finditer(text):
        after_possessive = text[max(0, found.start() - 3):found.start()] == "'s "
        if not after_possessive and not _POSSESSIVE.match(text, found.end()):
            return False
    return True


def cut_short(name: str, text: str, company: bool = False) -> bool:
    """Whether every time the text writes the name it goes on: a stop and a letter follow it
    ("J" of "J.C. Staff"; "Production I" of "Production I.G"), or, for a company's name
    (`company`), a part written in lower case stands beside it ("A-1 pictures", "d Anime Store")."""
    found = list(name_pattern(name).finditer(text))
    return bool(found) and all(
        _STOP_INSIDE.match(text, at.end())
        or company and (_LOWER_TAIL.match(text, at.end())
                        or _LOWER_HEAD.search(text, max(0, at.start() - 3), at.start()))
        for at in found)

