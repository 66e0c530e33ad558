"""A surname standing for a full name the article gave before: news names a person in full
once, then by the surname alone ("... Ikumi Hasegawa and Nao Toyama. Hasegawa plays Otome").
"""

from __future__ import annotations

import re

from quiz.bank.rules import Reader

# a given name before the surname: one capitalised word, never one that opens a clause or
# a title before a name ("Actress Hasegawa", "The Hasegawa")
_GIVEN = re.compile(r"(?:^|(?<=[\s(\"“]))([A-Z][a-zé'’-]+) $")
_NOT_GIVEN = frozenset({
    "The", "A", "An", "And", "Or", "But", "With", "By", "As", "Of", "In", "On", "At", "For", "From",
    "Actor", "Actress", "Singer", "Director", "Author", "Artist", "Composer", "Producer", "Writer",
    "Mr", "Ms", "Mrs", "Dr", "Star", "Voice", "Cast", "Also", "While", "When", "Then", "Both",
})


def full_name(reader: Reader, surname: str) -> str:
    """The one full name ending in `surname` in the sentences read so far; "" when there is
    none, or more than one (two Suzukis: which one the surname means is not sure)."""
    found: set[str] = set()
    sentences = reader.sentences[: reader.current.index + 1] if reader.current else reader.sentences
    for sentence in sentences:
        text = sentence.text
        at = text.find(" " + surname)
        while at != -1:
            end = at + 1 + len(surname)
            if end == len(text) or not (text[end].isalnum() or text[end] in "-'’"):
                given = _GIVEN.search(text, 0, at + 1)
                if given and given[1] not in _NOT_GIVEN:
                    found.add(f"{given[1]} {surname}")
            at = text.find(" " + surname, at + 1)
    return found.pop() if len(found) == 1 else ""


_GIVEN_NAME = re.compile(r"\b[A-Z][a-z]+ $")


def given_elsewhere(reader: Reader, name: str) -> bool:
    """Whether the articles write a one-word name after a given name anywhere ("Nao Toyama"),
    read or not yet: a surname `full_name` could not settle, which the line alone cannot prove."""
    for sentence in reader.sentences:
        at = sentence.text.find(f" {name}")
        while at != -1:
            end = at + len(name) + 1
            if _GIVEN_NAME.search(sentence.text, 0, at + 1) and not sentence.text[end:end + 1].isalnum():
                return True
            at = sentence.text.find(f" {name}", end)
    return False
