"""The measures of a bank an editor would publish, for `quiz stats --quality`.

Each has a target the tests hold: at most two questions per fact, true/false at most a
fifth of the bank with 40-60% of its statements True, a minor credit cited first from a
staff-list line by at most a tenth (the main makers are asked however an article lists
them). The draw's measures (repeats, smallest round) are in quiz.play.round_quality.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass

from quiz.bank.facts import FactBase
from quiz.bank.interest import (
    Rank,
    fact_id,
    is_least_known_credit_id,
    is_minor_credit_id,
    is_staff_line,
    rank,
)
from quiz.bank.model import Bank, Question

MAX_PER_FACT = 2
TRUEFALSE_MAX = 0.2
TRUE_BETWEEN = (0.4, 0.6)
STAFF_MAX = 0.1


@dataclass(frozen=True)
class Quality:
    questions: int
    facts: int  # distinct facts asked
    per_fact: int  # the most questions asking one fact
    types: dict[str, float]  # share of the bank per type
    truefalse: float  # share of the bank
    true: float  # share of the true/false statements that are True
    staff: float  # share of the bank asking a minor credit from a staff-list line


def measure(bank: Bank) -> Quality:
    questions = bank.questions
    total = len(questions) or 1
    per_fact = Counter(q.fact or q.id for q in questions)
    types = Counter(q.type for q in questions)
    said = [q for q in questions if q.type == "truefalse"]
    return Quality(
        questions=len(questions),
        facts=len(per_fact),
        per_fact=max(per_fact.values(), default=0),
        types={t: n / total for t, n in sorted(types.items())},
        truefalse=len(said) / total,
        true=sum(q.answer is True for q in said) / len(said) if said else 0.0,
        staff=sum(in_staff_share(q) for q in questions) / total,
    )


def in_staff_share(question: Question) -> bool:
    """A question the generator's staff share counts (select.in_staff_share): a minor credit
    asked from a "Role: Name" line, or a least-known role's however it was worded."""
    return bool(question.sources) and is_minor_credit_id(question.fact) and (
        is_least_known_credit_id(question.fact) or is_staff_line(question.sources[0].quote))


def ranking(base: FactBase) -> list[Rank]:
    """Every fact unit of the corpus, most interesting first."""
    units: dict[str, list] = defaultdict(list)
    for fact in base.facts:
        units[fact_id(fact)].append(fact)
    return sorted((rank(facts) for facts in units.values()), key=lambda r: (r.score, r.fact_id))


def report(bank: Bank, base: FactBase) -> list[str]:
    q = measure(bank)
    low, high = TRUE_BETWEEN
    types = ", ".join(f"{t} {100 * share:.0f}%" for t, share in q.types.items())
    return [
        f"Questions: {q.questions}; facts asked: {q.facts}.",
        f"Questions per fact (max): {q.per_fact} (target <= {MAX_PER_FACT}).",
        f"Share per type: {types}.",
        f"True/false: {100 * q.truefalse:.0f}% of the bank (target <= {100 * TRUEFALSE_MAX:.0f}%), "
        f"{100 * q.true:.0f}% of statements True (target {100 * low:.0f}-{100 * high:.0f}%).",
        f"Staff-list share: {100 * q.staff:.0f}% ask a minor credit from a 'Role: Name' line "
        f"(target <= {100 * STAFF_MAX:.0f}%).",
    ]


def ranking_lines(base: FactBase, bank: Bank) -> list[str]:
    """`quiz stats`: the facts by interest, why, and how many questions ask each."""
    asked = Counter(q.fact for q in bank.questions)
    lines = ["Interest ranking (most interesting first; asked by n questions):"]
    for n, row in enumerate(ranking(base), 1):
        lines.append(f"  {n}. {row.fact_id}: {row.why}; asked by {asked[row.fact_id]}")
    return lines
