"""Explanations that add to the answer: what the articles say around the fact.

An explanation that only repeats the statement ("True. Naomi is Rouge's companion.") tells
the player nothing new. After the answer, a player wants what the same sentence goes on to
say (the pair's secret mission), or more about what the answer names (the producer is also
the studio's president).
"""

from __future__ import annotations

from quiz.bank.ask import Draft, mentions
from quiz.bank.facts import FactBase
from quiz.bank.interest import fact_id, tier
from quiz.bank.model import Fact
from quiz.bank.phrasing import Phrases
from quiz.bank.relations import RELATIONS

MAX_TIER = 3  # a minor staff credit is no context worth reading
# A fact that says less than the one asked, about the same answer: after "X voices Y in the
# show", "X is in the cast of the show" tells the player nothing.
IMPLIED_BY = {"cast": "cast_member"}


def neighbours(fact: Fact, base: FactBase) -> list[Fact]:
    """Facts stated by the same sentences first (what the article says around this one),
    then facts about what the answer names (the studio's country, the singer's other song),
    then the answer elsewhere (the clip's composer also scores the series)."""
    quotes = set(fact.citations)
    # the show is named around every fact of it, so sharing it says nothing
    names = {fact.subject, fact.value} - set(base.shows.values())

    def closeness(other: Fact) -> int | None:
        if quotes & set(other.citations) and names & {other.subject, other.value}:
            return 0
        if other.subject == fact.value:
            return 1
        if other.value == fact.value and other.subject != fact.subject:
            return 2
        return None

    near = [(closeness(f), f) for f in base.facts if f.relation in RELATIONS and RELATIONS[f.relation].state
            and fact_id(f) != fact_id(fact) and tier(f) <= MAX_TIER]
    # facts differing only in their role are ordered by it, never compared as objects
    ranked = sorted(((c, tier(f), -f.corroboration, f.relation, f.subject, f.value, f.qualifier, f)
                     for c, f in near if c is not None), key=lambda row: row[:-1])
    return [row[-1] for row in ranked]


def context(draft: Draft, base: FactBase, say: Phrases, disputed: set[str]) -> str:
    """One sentence about a neighbouring fact that the explanation does not already hold."""
    asked = {fact_id(f) for f in draft.facts}
    for other in neighbours(draft.facts[0], base):
        if fact_id(other) in asked or _implied(other, draft.facts[0]):
            continue
        sentence = say.fill(RELATIONS[other.relation].state, other)
        if sentence and sentence not in draft.explanation and not mentions(sentence, disputed):
            return sentence
    return ""


def _implied(other: Fact, asked: Fact) -> bool:
    return IMPLIED_BY.get(asked.relation) == other.relation and other.value == asked.value


def enrich(drafts: list[Draft], base: FactBase, disputed: set[str]) -> list[Draft]:
    say = Phrases(base)
    for draft in drafts:
        more = context(draft, base, say, disputed)
        if draft.type == "truefalse" and draft.answer is True and more:
            draft.explanation = f"True. {more}"  # the statement itself is on the screen already
        elif more:
            draft.explanation = f"{draft.explanation} {more}"
    return drafts
