"""Rules about facts across the whole bank: the fact is the unit a question asks.

At most two questions ask one fact, and where a hand-written question asks a fact, no
generated one does (an author's question replaces the machine's).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping

from quiz.bank.model import Problem, Question

MAX_PER_FACT = 2
GENERATED_PREFIX = "g-"
FACT_PATTERN = re.compile(r"^[a-z0-9][a-z0-9-]{0,79}$")


def fact_of(item: Mapping, question_id: str | None) -> str:
    """The fact a question file item names; one that names none asks a fact of its own."""
    fact = item.get("fact")
    return str(fact) if isinstance(fact, str) and fact.strip() else str(question_id or "")


def check_facts(questions: Iterable[Question], report: Iterable[Question] | None = None) -> list[Problem]:
    """Problems with how the questions share facts, reported on the questions in `report`
    (default: all of them)."""
    questions = list(questions)
    report = None if report is None else list(report)
    by_fact: dict[str, list[Question]] = defaultdict(list)
    for question in questions:
        by_fact[question.fact or question.id].append(question)
    wanted = None if report is None else {id(q) for q in report}
    problems = [
        Problem(q.path, q.line, 5, f"fact {q.fact!r} must be a lower-case slug like 'credit-director-show'")
        for q in (questions if report is None else report) if q.fact and not FACT_PATTERN.match(q.fact)
    ]
    for fact, asking in sorted(by_fact.items()):
        curated = [q for q in asking if not q.id.startswith(GENERATED_PREFIX)]
        for n, question in enumerate(asking):
            if wanted is not None and id(question) not in wanted:
                continue
            if curated and question.id.startswith(GENERATED_PREFIX):
                message = (f"fact {fact!r} is asked by the hand-written question {curated[0].id!r}: "
                           "run `quiz generate` so no generated question asks it too")
            elif n >= MAX_PER_FACT:
                others = ", ".join(q.id for q in asking[:MAX_PER_FACT])
                message = (f"fact {fact!r} is already asked by {others}: "
                           f"at most {MAX_PER_FACT} questions per fact")
            else:
                continue
            problems.append(Problem(question.path, question.line, 5, message))
    return problems
