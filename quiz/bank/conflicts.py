"""Where the articles disagree: a value, a list of claims, or the spelling of a name.

A conflict is reported with every side and the quotes behind it; generation never asks a
question that would make one side the only truth.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from quiz.bank.entities import spelling_differences
from quiz.bank.facts import FactBase
from quiz.bank.model import Citation
from quiz.bank.relations import RELATIONS
from quiz.bank.rules.patterns import parse_when


@dataclass(frozen=True)
class Side:
    values: tuple[str, ...]
    citations: tuple[Citation, ...]

    @property
    def label(self) -> str:
        return " and ".join(self.values)


@dataclass(frozen=True)
class Conflict:
    kind: str  # "value": different values; "claims": different lists; "spelling": one name
    relation: str
    subject: str
    sides: tuple[Side, ...]

    def describe(self) -> str:
        if self.kind == "spelling":
            return f"{self.subject} is spelled: " + " / ".join(s.label for s in self.sides)
        label = RELATIONS[self.relation].label if self.relation in RELATIONS else self.relation
        return f"{self.subject} {label}: " + " / ".join(s.label for s in self.sides)


def find_conflicts(base: FactBase) -> list[Conflict]:
    return [*disputes(base), *_spellings(base)]


def disputes(base: FactBase) -> list[Conflict]:
    """The conflicts over values and claims, without the spellings (which generation does
    not ask, and which take the longest to find)."""
    return [*_value_conflicts(base), *_claim_conflicts(base)]


def conflicted(base: FactBase) -> set[tuple[str, str]]:
    """(relation, subject) pairs whose values the articles dispute."""
    return {(c.relation, c.subject) for c in disputes(base)}


def _value_conflicts(base: FactBase) -> list[Conflict]:
    groups = defaultdict(list)
    for fact in base.facts:
        if fact.relation in RELATIONS and RELATIONS[fact.relation].single:
            groups[(fact.relation, fact.subject, fact.qualifier)].append(fact)
    out = []
    for (relation, subject, _), facts in sorted(groups.items()):
        if len(facts) < 2 or _agree([f.value for f in facts], facts[0].kind):
            continue
        sides = tuple(Side((f.value,), f.citations) for f in facts)
        out.append(Conflict("value", relation, subject, sides))
    return out


def _agree(values: list[str], kind: str) -> bool:
    if kind != "date":
        return len(set(values)) == 1
    whens = [parse_when(v) for v in values]
    return all(a and b and a.agrees(b) for a in whens for b in whens)


def _claim_conflicts(base: FactBase) -> list[Conflict]:
    """Each article of a `claims` relation lists what it claims; articles whose lists share
    nothing disagree. Two lists within one article add up: they never conflict."""
    said: dict[tuple[str, str], dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    cites: dict[tuple[str, str, str], list[Citation]] = defaultdict(list)
    for fact in base.raw:
        if fact.relation in RELATIONS and RELATIONS[fact.relation].claims:
            source = fact.citations[0].source
            said[(fact.relation, fact.subject)][source].add(fact.value)
            cites[(fact.relation, fact.subject, source)].append(fact.citations[0])
    out = []
    for (relation, subject), claims in sorted(said.items()):
        lists = {source: tuple(sorted(values)) for source, values in claims.items()}
        apart = any(not set(a) & set(b) for a in lists.values() for b in lists.values())
        if len(set(lists.values())) > 1 and apart:
            sides = tuple(Side(v, tuple(sorted(set(cites[(relation, subject, s)]), key=_order)))
                          for s, v in sorted(lists.items(), key=lambda item: item[1]))
            out.append(Conflict("claims", relation, subject, sides))
    return out


def _spellings(base: FactBase) -> list[Conflict]:
    out = []
    for entity, forms in spelling_differences(base.entities):
        sides = tuple(Side((spelling,), tuple(cites)) for spelling, cites in forms.items())
        out.append(Conflict("spelling", entity.kind, entity.name, sides))
    return out


def _order(citation: Citation) -> tuple[str, str]:
    return citation.source, citation.quote
