"""Two pools that share no answer: questions for rounds, questions for the OpenTDB API.

The OpenTDB-compatible API hands out every question with its correct answer, so a question
it serves must never be drawn in a round: a bot would read the answer there and play it on a
board. Nor may a question that gives the same answer away: questions that cite the same
sentence or ask the same prompt (a choice and a text question about one fact) form one group,
and a group with a question the API serves is set aside whole.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from quiz.bank.model import Bank, Question


def set_aside(bank: Bank, served: Callable[[Question], bool]) -> Bank:
    """The bank with every group holding a question that `served` accepts set aside for
    the OpenTDB API: rounds never draw those questions."""
    aside = {
        question.id
        for group in _groups(bank.questions)
        if any(served(q) for q in group)
        for question in group
    }
    return dataclasses.replace(bank, set_aside=frozenset(aside))


def _groups(questions: tuple[Question, ...]) -> list[list[Question]]:
    """Questions joined when they cite one sentence or ask one prompt (union-find)."""
    parent = list(range(len(questions)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    first_with: dict[tuple, int] = {}
    for index, question in enumerate(questions):
        keys = [("prompt", " ".join(question.prompt.casefold().split()))]
        keys += [("quote", c.source, " ".join(c.quote.split())) for c in question.sources]
        for key in keys:
            other = first_with.setdefault(key, index)
            parent[root(index)] = root(other)
    groups: dict[int, list[Question]] = {}
    for index, question in enumerate(questions):
        groups.setdefault(root(index), []).append(question)
    return list(groups.values())
