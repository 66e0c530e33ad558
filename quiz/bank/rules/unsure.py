"""Facts a sentence states but cannot vouch for: a name the article misspells, a pairing
it writes the wrong way round, a statement it hedges. Asked, each would teach a wrong answer."""

from __future__ import annotations

import re

from quiz.bank.rules.romaji import japanese, misspelt, romaji

# a dub's cast and crew are mostly Western names, which the romaji test does not fit
_DUB = re.compile(r"\b(?:dub|dubbed|dubbing|English|ADR|engineer)\b", re.I)
# the Japanese staff and cast an article credits: the names a misspelling there would teach
_JAPANESE_CREDITS = frozenset({"cast", "cast_member", "credit"})
# a guess, not news: "trailers which likely belong to X's novel", "X is rumored to get an
# anime"; "X is likely best known as" only weighs a fame the sentence then states
_HEDGE = re.compile(r"\b(?:likely(?! best known)|rumou?red|speculat\w*|unconfirmed)\b", re.I)


def unsure(relation: str, subject: str, value: str, qualifier: str, text: str) -> bool:
    """Whether a fact the sentence `text` states is one to leave unasked."""
    return (_HEDGE.search(text) is not None
            or (relation in _JAPANESE_CREDITS and _japanese_cast(qualifier, text) and misspelt(value))
            or (relation == "cast" and _japanese_cast(qualifier, text) and reversed_pair(subject, value)))


def _japanese_cast(qualifier: str, text: str) -> bool:
    """Whether a credit is the Japanese production's: a dub's (`qualifier` "English dub", or a
    sentence naming one) has Western names, which romaji does not fit."""
    return not _DUB.search(qualifier) and not _DUB.search(text)


def reversed_pair(character: str, actor: str) -> bool:
    """Whether a Japanese cast line reads the wrong way round ("Mia Cyrus as Eriko Matsui"): the
    "character" a Japanese person's full name, the "actor" a full name with a word no romaji."""
    words = actor.split()  # a one-word stage name ("Lynn") is no Western full name
    return japanese(character) and len(words) >= 2 and not all(romaji(word) for word in words)
