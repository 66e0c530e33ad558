"""`quiz stats`: how much of the corpus the bank covers, how well facts are corroborated,
and where the articles disagree."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass

from quiz.bank.conflicts import Conflict, find_conflicts
from quiz.bank.corpus import located_citations
from quiz.bank.facts import FactBase
from quiz.bank.model import Bank, Question
from quiz.bank.quality import ranking_lines
from quiz.bank.relations import RELATIONS, TOPICS

QUOTES_PER_SIDE = 2


@dataclass(frozen=True)
class ArticleCoverage:
    source: str
    sentences: int  # unskipped sentences
    cited: int  # of those, cited by at least one question
    facts: int  # facts stated by the article
    questions: int  # questions citing the article

    @property
    def percent(self) -> int:
        return round(100 * self.cited / self.sentences) if self.sentences else 0


@dataclass(frozen=True)
class TopicCoverage:
    topic: str
    facts: int
    generated: int
    curated: int
    types: dict[str, int]


def is_generated(question: Question) -> bool:
    return question.id.startswith("g-")


def article_coverage(base: FactBase, bank: Bank) -> list[ArticleCoverage]:
    cited: dict[str, set[int]] = defaultdict(set)  # source -> segment starts
    citing, located = located_citations(bank)
    for citation, source, (start, end, _) in located:
        cited[citation.source].update(
            seg.start for seg in source.segments if seg.start < end and start < seg.end
        )
    stated = Counter(s for fact in base.facts for s in fact.sources)
    out = []
    for sid, source in sorted(base.sources.items()):
        open_segments = [seg for seg in source.segments if not seg.skipped]
        hit = sum(seg.start in cited[sid] for seg in open_segments)
        out.append(ArticleCoverage(sid, len(open_segments), hit, stated[sid], citing[sid]))
    return out


def topic_coverage(base: FactBase, bank: Bank) -> list[TopicCoverage]:
    facts = Counter(RELATIONS[f.relation].topic for f in base.facts if f.relation in RELATIONS)
    made: dict[str, Counter] = defaultdict(Counter)
    types: dict[str, Counter] = defaultdict(Counter)
    for question in bank.questions:
        made[question.topic]["generated" if is_generated(question) else "curated"] += 1
        types[question.topic][question.type] += 1
    topics = sorted(set(facts) | set(made), key=lambda t: (TOPICS.index(t) if t in TOPICS else 99, t))
    return [
        TopicCoverage(t, facts[t], made[t]["generated"], made[t]["curated"], dict(sorted(types[t].items())))
        for t in topics
    ]


def report(base: FactBase, bank: Bank) -> list[str]:
    """The lines `quiz stats` prints."""
    generated = sum(is_generated(q) for q in bank.questions)
    lines = [
        f"Bank: {len(bank.questions)} questions ({generated} generated, "
        f"{len(bank.questions) - generated} curated), {len(base.facts)} facts "
        f"from {len(base.sources)} articles.",
        "",
        "Coverage per article (sentences cited by at least one question):",
    ]
    for row in article_coverage(base, bank):
        lines.append(f"  {row.source}: {row.cited}/{row.sentences} sentences ({row.percent}%), "
                     f"{row.facts} facts, {row.questions} questions cite it")
    lines += ["", "Coverage per topic:"]
    for row in topic_coverage(base, bank):
        kinds = ", ".join(f"{n} {t}" for t, n in row.types.items())
        lines.append(f"  {row.topic}: {row.facts} facts, {row.generated} generated + {row.curated} "
                     f"curated questions ({kinds})")
    lines += ["", *corroboration(base), "", *conflict_lines(find_conflicts(base))]
    return [*lines, "", *ranking_lines(base, bank)]


def corroboration(base: FactBase) -> list[str]:
    counts = Counter(f.corroboration for f in base.facts)
    spread = ", ".join(f"{counts[n]} by {n}" for n in sorted(counts))
    lines = [f"Corroboration (facts stated by n articles): {spread}."]
    best = sorted(base.facts, key=lambda f: (-f.corroboration, f.relation, f.subject, f.value))
    for fact in [f for f in best if f.corroboration >= 3]:
        role = f" [{fact.qualifier}]" if fact.qualifier else ""
        lines.append(f"  {fact.corroboration} articles: {RELATIONS[fact.relation].label}{role}: "
                     f"{fact.subject} -> {fact.value}")
    return lines


def conflict_lines(conflicts: list[Conflict]) -> list[str]:
    lines = [f"Conflicts: {len(conflicts)} (no question takes a side)."]
    for conflict in conflicts:
        lines.append(f"  {conflict.kind}: {conflict.describe()}")
        for side in conflict.sides:
            for citation in side.citations[:QUOTES_PER_SIDE]:
                lines.append(f"    {side.label} -- {citation.source}: {citation.quote}")
            more = len(side.citations) - QUOTES_PER_SIDE
            if more > 0:
                lines.append(f"    {side.label} -- and {more} more quote{'s' * (more != 1)}")
    return lines
