"""The whole title when the name found is only its end: "Index" of "A Certain Magical Index",
"Archenemies" of "The Magical Girl and the Evil Lieutenant Used to Be Archenemies", "Magic
Tablet" of "Ancien and the Magic Tablet", "Supremacy" of "Anime Supremacy".

A capitalised-word pattern stops at a word no title pattern joins ("and the", a lower-case "be"
in one spelling, "Anime" read as the work's word), so the name it reads may be the last words of
a title; title_parts.py widens such a name only where the text never writes it alone, and
every question would name the piece. Where the headline holds a longer name word for word that
ends in the found one, and the text writes that longer name too (as a title the text calls one,
or as a run of capitalised words whose other words are more than "New Anime"), the longer name
is the title. So is a name the headline quotes whole when the name found is its start
("The Fragrant Flower Blooms" of 'The Fragrant Flower Blooms with Dignity', where no pattern
joins "with"), if the text writes the quoted name too.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from quiz.bank.rules.patterns import SPORTS
from quiz.bank.text import count_whole
from quiz.bank.title_parts import RUN
from quiz.bank.titles import PLAIN, VERBS, capitalised, in_headline

_WORDS = re.compile(r"[^\W_]+")
# A name in quotes in a headline; never one a possessive's apostrophe opens or closes.
_QUOTED = re.compile(r"(?<!\w)[\"\u201c\u2018'](?P<q>[^\"\u201c\u201d\u2018\u2019']+?)"
                     r"[\"\u201d\u2019'](?!\w)")
_YEAR = re.compile(r"(?:19|20)\d\d")
# a small word a title joins its words with, lower case before the name in a headline
# ("Ascendance of a Bookworm"); an article alone may be the headline's ("Netflix the Terminator")
_JOINED = re.compile(r"(?P<w>[A-Z][\w'-]*) (?:of|no|to|ga|wa|wo)(?: an?| the)? $")


def whole_title(name: str, known: Iterable[str], body: str, headline: str) -> str:
    """The longest name ending in `name` that the headline holds and the text writes: one of
    the names the text calls titles (`known`), or a run of capitalised words of the text with a
    word that says more than what kind of work it is; else the name itself."""
    if not name:
        return name
    runs = {m[0].rstrip(":") for m in RUN.finditer(body) if m[0].endswith(name)}
    longer = [n for n in set(known) | runs if _ends_in(n, name) and in_headline(n, headline)
              and count_whole(body, n) and capitalised(n) and _says_more(n, name, n in known)]
    return max(longer, key=len, default=name)


def quoted_whole(name: str, body: str, headline: str) -> str:
    """The name the headline quotes when the name found is its start and a word more, and the
    text writes the quoted name word for word; else the name."""
    for quoted in _QUOTED.finditer(headline):
        whole = quoted["q"].strip()
        if name and whole.startswith(name + " ") and count_whole(body, whole):
            return whole
    return name


def _ends_in(long: str, name: str) -> bool:
    return long != name and long.endswith(" " + name)


def _says_more(run: str, name: str, titled: bool) -> bool:
    """Whether the words a longer name adds before the name are more than "The" ("The X": the
    name as the text writes it at a sentence's start) or a year and, unless the text calls the longer
    name a title (`titled`: "Anime Supremacy"), more than plain ones ("New Anime X"); and no
    headline's verb."""
    # nor a year ("the 2020 Doraemon film"), which dates the work and names none
    added = {w.lower() for w in _WORDS.findall(run[:-len(name)])
             if not _YEAR.fullmatch(w)} - {"the", "a", "an"}
    if added & VERBS:  # "Myuk Sings The Promised Neverland": a headline's sentence, no title
        return False
    return bool(added if titled else added - PLAIN)


def cut_from_headline(name: str, body: str, headline: str) -> bool:
    """Whether the name found is the end of a longer title the headline writes and the text
    never does ("Bookworm" of "Ascendance of a Bookworm", "Kongming" of "Review: Ya Boy
    Kongming!"): the text's shorter name may be a character's or a part, so no name is sure."""
    at = headline.find(name)
    joined = _JOINED.search(headline, 0, max(at, 0)) if name else None
    if joined is None:
        return False  # other words before a title may be the headline's own ("Netflix Adds X")
    whole = headline[joined.start():at + len(name)]
    return _says_more(whole, name, False) and not count_whole(body, whole)


# A sport capitalised after a title ("KyoAni's Tsurune Archery", "The TSURUNE ARCHERY Anime")
_SPORT_TAIL = re.compile(rf" (?P<s>(?i:{SPORTS}))$")


def without_sport(name: str, body: str) -> str:
    """The title without a sport the text writes after it as a word of its own, where the text
    speaks of the sport in lower case ("the upcoming archery anime") and writes the title
    without it too ("Tsurune: Kazemai ..."); never a title that ends in a possessive or a small
    word without it ("Kuroko's Basketball", "The Prince of Tennis")."""
    found = _SPORT_TAIL.search(name)
    if not found or not found["s"][:1].isupper() or f" {found['s'].lower()} " not in body:
        return name
    short = name[:found.start()]
    last = short.split()[-1].lower() if short.split() else ""
    if last.endswith(("'s", "\u2019s")) or last in PLAIN:
        return name
    if count_whole(body, short) <= count_whole(body, name):
        return name
    return short
