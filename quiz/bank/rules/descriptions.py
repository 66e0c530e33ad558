"""Whether a description read beside a character's name is sure to be theirs and to read
whole in a question ("Which character of X is <description>?").

A description is asked as it stands, so one the sentence leaves unsure asks nothing: a clause
the comma began ("At Rosewood Academy, a student was killed": a place, and no description), a
pronoun for someone the question leaves out ("the quiet boy in her class"), a second person
before the name ("a boy who learns that the king is a girl named X": X is the girl), or a
description cut before its end ("the third-year student and team captain").
"""

from __future__ import annotations

import re

# A verb that makes the words after the comma a clause, unless a relative pronoun opens it
# ("a student who is killed" is a description, "a student was killed" a sentence)
_CLAUSE_VERB = re.compile(r"^(?:(?!\b(?:who|that|which|whose)\b).)*?\b(?:was|were|is|are|has|had|have)\b")
_HE = frozenset({"boy", "man", "son", "father", "brother", "prince", "king", "hero", "heir"})
_SHE = frozenset({"girl", "woman", "daughter", "mother", "sister", "princess", "queen", "heroine", "witch"})
_HIS = re.compile(r"\b(?:he|his|him|himself)\b")
_HER = re.compile(r"\b(?:she|her|hers|herself)\b")
# the work the sentence speaks of, which the question names already ("a woman in this anime")
_IN_THIS_WORK = re.compile(r",? (?:in|of) (?:this|the) (?:anime|series|show|film|movie|story|manga)$")


def trimmed(description: str) -> str:
    """The description without the work it is in: the question names the show."""
    return _IN_THIS_WORK.sub("", description)


def unsure(description: str, nouns: re.Pattern, after: str, named_last: bool) -> bool:
    """Whether a description (`nouns`: the nouns for a person; `after`: the sentence's words
    after it; `named_last`: the name follows it) may be another's, or reads wrong alone."""
    if _CLAUSE_VERB.search(description):
        return True
    heads = nouns.findall(description)
    if heads and _other_gender(heads[0], description):
        return True
    if named_last and len(heads) > 1 and re.search(rf"\b(?:an?|the) (?:[\w'-]+ ){{0,4}}{heads[-1]}\b",
                                                   description[description.find(heads[0]) + len(heads[0]):]):
        return True  # "a boy that finds the king is a girl named X": X is the girl
    return re.match(r" and [a-z]", after) is not None  # "the student and team captain": cut short


def _other_gender(head: str, description: str) -> bool:
    """A pronoun for someone of the other gender than the one described: another person, whom
    the question would leave out ("the gloomy boy in her class")."""
    return (head in _HE and _HER.search(description) is not None) or \
        (head in _SHE and _HIS.search(description) is not None)
