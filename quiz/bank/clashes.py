"""Which questions may not share a round: two that ask one fact, or one whose wording gives
away another's answer ("Rouge and Naomi are sent to Mars" beside "Who is Rouge's companion?").

Worked out once per bank: the bank is immutable, and the draw asks for every round.
"""

from __future__ import annotations

import re
from collections import defaultdict

from quiz.bank.model import Bank, Question
from quiz.bank.text import plain

MIN_ANSWER = 3  # shorter answers ("9", "TV") are found inside too many words to mean anything


def _folded(text: str) -> str:
    return plain(text).casefold()


def answers(question: Question) -> list[str]:
    """The strings that answer a question (and the words a typed one also accepts)."""
    if question.type == "truefalse" or question.type == "order":
        return []
    given = question.answer if isinstance(question.answer, list | tuple) else [question.answer]
    return [str(a) for a in [*given, *question.accept] if len(str(a)) >= MIN_ANSWER]


def shown(question: Question) -> str:
    """What a player reads as said before answering: the prompt, and the events of an order
    question. The options of a choice are not: one of four names asserts nothing."""
    items = question.choices if question.type == "order" else ()
    return plain(" | ".join([question.prompt, *items]))


# A capitalised word right before or after: the answer is part of a longer name there
# ("Rouge" inside the title "Metallic Rouge"), which names something else.
_BEFORE = re.compile(r"[A-Z][\w'-]*\s$")
_AFTER = re.compile(r"^\s[A-Z]")


def gives_away(shown_text: str, question: Question) -> bool:
    """Whether a text names the answer of a question on its own (not inside a longer name)."""
    folded = shown_text.casefold()
    for answer in answers(question):
        word = _folded(answer)
        for found in re.finditer(rf"(?<!\w){re.escape(word)}(?!\w)", folded):
            before, after = shown_text[: found.start()], shown_text[found.end():]
            if not _BEFORE.search(before) and not _AFTER.match(after):
                return True
    return False


def clashes(bank: Bank) -> dict[str, frozenset[str]]:
    """Question id -> ids of the questions it may not share a round with."""
    cached = bank.__dict__.get("_clashes_cache")
    if cached is not None:
        return cached
    out: dict[str, set[str]] = defaultdict(set)
    by_fact: dict[str, list[str]] = defaultdict(list)
    for question in bank.questions:
        by_fact[question.fact or question.id].append(question.id)
    for ids in by_fact.values():
        for qid in ids:
            out[qid].update(i for i in ids if i != qid)
    texts = {q.id: shown(q) for q in bank.questions}
    for asked in bank.questions:
        for other in bank.questions:
            if other.id != asked.id and gives_away(texts[other.id], asked):
                out[asked.id].add(other.id)
                out[other.id].add(asked.id)
    frozen = {qid: frozenset(ids) for qid, ids in out.items()}
    object.__setattr__(bank, "_clashes_cache", frozen)
    return frozen

