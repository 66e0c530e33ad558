"""Names in answers: which answers name a person or a studio, and the people of a bank.

A question file does not say what kind of thing its answer is, so the question tells: a
"Who ...?" question answered by a full name ("Tomoyo Kurosawa") asks for a person; a
question that asks "which studio" (or whose aliases say "Studio") asks for a studio. The
bank's people are the full names that answer, or are offered for, its "Who ...?" questions.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from typing import Protocol

from rapidfuzz.distance import Levenshtein

from quiz.bank.text import CAPITAL_LETTER, LETTER, SMALL_LETTER

PERSON, STUDIO = "person", "studio"

_WHO = re.compile(r"\bwho(?:m|se)?\b", re.IGNORECASE)
_STUDIO_ASKED = re.compile(r"\b(?:which|what)\s+(?:\w+\s+)?studio\b", re.IGNORECASE)
_STUDIO_WORD = re.compile(r"\bstudio\b", re.IGNORECASE)
# One capitalised word of a name: "Tomoyo", "Yu-ka", "O'Neill", "Shin'ichirō", "Kōda"; not
# "TV", "NYC" or "10GAUGE".
_NAME_WORD = re.compile(rf"{CAPITAL_LETTER}{SMALL_LETTER}+(?:[-'\u2019]{LETTER}{SMALL_LETTER}*)*")
_WORD = re.compile(r"\w+")


class AskedQuestion(Protocol):
    type: str
    prompt: str
    answer: object
    accept: tuple[str, ...]
    choices: tuple[str, ...]


def full_name(text: str) -> bool:
    """Whether `text` looks like a person's full name: two or three capitalised words."""
    words = text.split()
    return 2 <= len(words) <= 3 and all(_NAME_WORD.fullmatch(word) for word in words)


def answer_kind(prompt: str, answer: str, accept: Iterable[str] = ()) -> str:
    """PERSON, STUDIO or "" (any other answer), as the question shows it."""
    names = (answer, *accept)
    if _STUDIO_ASKED.search(prompt) or any(_STUDIO_WORD.search(name) for name in names):
        return STUDIO
    if _WHO.search(prompt) and any(full_name(name) for name in names):
        return PERSON
    return ""


def studio_forms(name: str) -> list[str]:
    """"Bones", "Studio Bones" and "Bones Studio" for any of them; nothing for "Studio" alone."""
    bare = " ".join(_STUDIO_WORD.sub(" ", name).split())
    if not bare:
        return []
    return [bare, f"Studio {bare}", f"{bare} Studio"]


def _key(name: str) -> str:
    return " ".join(_WORD.findall(name.casefold()))


class People:
    """The people a bank names, to tell whether a surname alone names exactly one of them.

    One question's answer and aliases are one person ("Motonobu Hori", "Monotobu Hori"), and
    so is every question that names them the same way. Built on first use: most answers
    never need it.
    """

    def __init__(self, questions: Iterable[AskedQuestion]):
        self._questions = questions

    @functools.cached_property
    def _index(self) -> tuple[dict[str, frozenset[str]], dict[str, str]]:
        """(each word of a name -> the people whose names have it, each name -> its person);
        a person is known by one of their names."""
        parent: dict[str, str] = {}

        def root(name: str) -> str:
            while parent.setdefault(name, name) != name:
                name = parent[name]
            return name

        for names in self._names():
            keys = [_key(name) for name in names]
            for key in keys[1:]:
                parent[root(key)] = root(keys[0])
            for key in keys:
                root(key)
        by_word: dict[str, set[str]] = {}
        for key in parent:
            for word in key.split():
                by_word.setdefault(word, set()).add(root(key))
        people = {key: root(key) for key in parent}
        return {word: frozenset(ones) for word, ones in by_word.items()}, people

    def _names(self) -> Iterable[list[str]]:
        """Groups of names of one person: a question's answer and aliases; each choice."""
        for question in self._questions:
            if question.type not in ("text", "choice", "multi") or not _WHO.search(question.prompt):
                continue
            if question.type == "text":
                own = [n for n in (str(question.answer), *question.accept) if full_name(n)]
                if own:
                    yield own
            yield from ([choice] for choice in question.choices if full_name(choice))

    def by_surname(self, guess: str, name: str) -> bool:
        """Whether `guess` (normalised) is the surname of `name` alone, and no one else's name;
        a small typo is forgiven when it is no other name of the bank."""
        if " " in guess or not guess:
            return False
        by_word, people = self._index
        key = _key(name)
        surname = key.split()[-1]
        if by_word.get(surname) != {people.get(key)}:
            return False  # the surname names several people, or the bank knows no such name
        if guess in by_word:
            return guess == surname
        edits = 1 if len(surname) >= 5 else 0
        return edits > 0 and Levenshtein.distance(guess, surname, score_cutoff=edits) <= edits


_KNOWN: dict[int, tuple[object, People]] = {}


def bank_people(questions: tuple[AskedQuestion, ...]) -> People:
    """The people of this bank's questions, made once per bank: the tuple is immutable and
    held here with its People, so its id cannot be reused while it is remembered."""
    held = _KNOWN.get(id(questions))
    if held is None or held[0] is not questions:
        if len(_KNOWN) >= 8:  # tests and reloads make banks; keep the last few only
            _KNOWN.clear()
        held = _KNOWN[id(questions)] = (questions, People(questions))
    return held[1]
