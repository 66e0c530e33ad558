"""The new work an article is about when no title of its headline is the show.

"X Creator to Launch New Manga Series" names X only for a person's credit (see
headline_checks.credited), and "Mangaka Reveals His Next Project Y" names Y once: the
article is about the new work, which the text names where it says what that work is called
("the upcoming manga series is titled Y", "his new manga, allegedly entitled Y") or, having
spoken of it, "Its title is Y". That title is the show when the text so names one and no
other, and the headline speaks of a new work (not of several: a round-up) or names it; a
creator teasing an untitled series gives none, and the article asks nothing.
"""

from __future__ import annotations

import re

from quiz.bank.headline_checks import NEW_WORK
from quiz.bank.name_uses import COMPANY, not_a_show
from quiz.bank.rules.patterns import TITLE
from quiz.bank.rules.remembered import Remembered
from quiz.bank.text import fold
from quiz.bank.title_forms import NUMBER_WORDS
from quiz.bank.titles import in_headline

_T = rf"[\"'*_\u201c]?(?P<n>{TITLE})"
# What a new work is: never a song of it ("the new anime's opening song is titled").
_KIND = r"(?:manga|series|anime|project|work|film|movie|novel|game|one-shot)"
# Where the text says what the new work is called; an adverb may stand before the verb
# ("allegedly entitled", "tentatively titled").
NAMING = (
    Remembered(re.compile(rf"\b(?:[Nn]ew|[Uu]pcoming|[Nn]ext|[Ll]atest) (?:[a-z\-]+ ){{0,2}}?{_KIND}"
                          rf"(?: series)?,? (?:(?:is|will be|was) )?(?:[a-z]+ly )?"
                          rf"(?:titled|entitled|called|named) {_T}"),
               needs=("titled", "called", "named")),
    Remembered(re.compile(rf"\b[Ii]ts (?:official )?title is {_T}"), needs=("title is",)),
)
# A headline counting new works ("Netflix Reveals 16 New Anime"): a round-up, whichever one
# the text names.
_COUNTED = re.compile(rf"\b(?:\d+|{'|'.join(NUMBER_WORDS[1:])}|several|many) (?:[a-z]+ )?new\b")


def new_work(headline: str, texts: list[str], body: str) -> str:
    """The one title the text gives a new work, where the headline speaks of a new work or
    names that title; no person's, company's or platform's name; else ""."""
    names = {m["n"].strip(" .,:") for text in texts for cue in NAMING for m in cue.finditer(text)}
    if len(names) != 1:
        return ""  # none, or two works each called something: which one is the article's?
    name = names.pop()
    words = " ".join(re.findall(r"[^\W_]+", fold(headline)))
    if not (re.search(NEW_WORK, words) or in_headline(name, headline)) or _COUNTED.search(words):
        return ""
    return "" if COMPANY.search(name) or not_a_show((name,), body, 1) else name
