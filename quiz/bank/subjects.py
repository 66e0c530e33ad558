"""Articles about something other than one show, though a show-like name leads them: a round-up
naming several shows side by side ("new episodes of X, Y, Z and W are delayed"; "both X and our
new series Y"), or a person the text then calls by the family name alone ("Tetsurô Araki ...
Araki's works"), as one does a person and never a title.
"""

from __future__ import annotations

import re

from quiz.bank.rules.patterns import PERSON, TITLE
from quiz.bank.text import CAPITAL_LETTER, count_whole
from quiz.bank.titles import in_headline

_TITLE = re.compile(TITLE)
_PERSON = re.compile(PERSON)
# How a text speaks of a person it has named.
_PRONOUN = re.compile(r"\b(?:[Hh]e|[Ss]he|him|her|his)\b")
# What follows a family name that stands alone as a subject or an owner.
_AS_SUBJECT = r"(?:['\u2019]s\b| (?:has|had|is|was|says|said|explains|explained|told|adds|added)\b)"
# What stands between two titles of a list: a comma, "and", "or", and up to three small words
# that say what the next one is ("both X and our new series Y", "X and the much-awaited Y").
_BETWEEN = re.compile(r" ?,(?: (?:and|or))? | (?:and|or) (?:[a-z][\w\-]* ){0,3}")


def side_by_side(best: tuple[str, ...], body: str, headline: str) -> bool:
    """Whether the text lists a spelling of the best title next to another title it names as
    often, twice or more, and the headline names the other too or neither: the article is
    about the shows it lists, not one of them (a headline naming the best alone is about it:
    "Kill la Kill, Promare" of a studio's credits)."""
    lead = any(in_headline(b, headline) for b in best)
    found = [(m.start(), m.end(), m.group()) for m in _TITLE.finditer(body)]
    for (_, end, one), (start, _, two) in zip(found, found[1:], strict=False):
        if not _BETWEEN.fullmatch(body[end:start]) or (one in best) == (two in best):
            continue
        other, mine = (two, one) if one in best else (one, two)
        if any(b in other or other in b for b in best):
            continue
        if count_whole(body, other) >= max(2, count_whole(body, mine)) \
                and in_headline(other, headline) >= lead:
            return True
    return False


def called_by_family_name(group: tuple[str, ...], body: str) -> bool:
    """Whether a name of the group is a person's family name, or a person's two words, that
    the text writes after the given name and also alone as a sentence's subject or an owner
    ("Tetsurô Araki ... Araki's works", "Araki has been"), and speaks of as "he" or "she": as
    one writes a person, never a title ("Online" of "Sword Art Online" is no subject)."""
    if not _PRONOUN.search(body):
        return False
    for name in group:
        family = name.split()[-1]
        given = re.findall(rf"\b({CAPITAL_LETTER}\S*) {re.escape(family)}\b", body)
        if len(name.split()) > 2 or not any(_PERSON.fullmatch(f"{g} {family}") for g in given):
            continue
        said = re.findall(rf"(?:(\S+) )?(?<![\w\-]){re.escape(family)}{_AS_SUBJECT}", body)
        if sum(before not in given for before in said) >= 2:  # "Araki has", not "Tetsurô Araki has"
            return True
    return False
