"""How hard a question is: how obscure its fact is, and how it is asked.

An obscure fact (a detail of one article, a minor credit) is hard whatever the type; a fact
every article repeats is easy to choose and harder to type.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from quiz.bank.ask import Draft
    from quiz.bank.interest import Rank

# How much the way of asking adds: recognising is easier than recalling.
TYPE_WEIGHT = {"truefalse": -0.5, "choice": 0.0, "multi": 1.0, "order": 1.0, "number": 1.5, "text": 2.0}
EASY_UNDER = 1.5
HARD_FROM = 2.5


def difficulty(draft: Draft, rank: Rank) -> str:
    score = rank.score + TYPE_WEIGHT[draft.type] + draft.harder
    return "easy" if score < EASY_UNDER else "hard" if score >= HARD_FROM else "medium"
