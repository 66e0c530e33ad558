"""What `quiz check` warns about and `quiz stats` counts in the authors' review of drafts."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from quiz.bank.model import Bank, Question
from quiz.bank.review import (
    APPROVED,
    CHANGED,
    EDITED,
    REJECTED,
    UNREVIEWED,
    Decision,
    article_of,
    is_draft,
    load,
    review_path,
    status,
)


def rule_of(question: Question) -> str:
    """The generator rule that drafted the question, as its file records it."""
    return getattr(question, "rule", "") or "(no rule recorded)"


@dataclass
class Tally:
    drafts: int = 0
    statuses: Counter = field(default_factory=Counter)
    reasons: Counter = field(default_factory=Counter)

    def add(self, name: str, reason: str = "") -> None:
        self.drafts += 1
        self.statuses[name] += 1
        if reason:
            self.reasons[reason] += 1

    @property
    def share_approved(self) -> int:
        return round(100 * self.statuses[APPROVED] / self.drafts) if self.drafts else 0


def tallies(bank: Bank, decisions: dict[str, Decision]) -> tuple[dict[str, Tally], dict[str, Counter]]:
    """(per article: its drafts' review, per generator rule: its drafts' rejection reasons)."""
    articles: dict[str, Tally] = defaultdict(Tally)
    rules: dict[str, Counter] = defaultdict(Counter)
    for question in bank.questions:
        if not is_draft(question):
            continue
        name = status(question, decisions)
        reason = decisions[question.id].reason if name == REJECTED else ""
        articles[article_of(question)].add(name, reason)
        if reason:
            rules[rule_of(question)][reason] += 1
    return dict(sorted(articles.items())), dict(sorted(rules.items()))


def review_stats(questions_dir: Path, bank: Bank) -> list[str]:
    """`quiz stats`'s review section; a malformed review file counts as none (`quiz check`
    reports it)."""
    decisions, _ = load(review_path(questions_dir))
    return ["", *stats_lines(bank, decisions)]


def stats_lines(bank: Bank, decisions: dict[str, Decision]) -> list[str]:
    """The review section of `quiz stats`."""
    articles, rules = tallies(bank, decisions)
    lines = ["Review of the drafts per article (questions/review.yaml):"]
    for source, tally in articles.items():
        counted = tally.statuses
        lines.append(
            f"  {source}: {tally.drafts} drafts, {counted[APPROVED]} approved, "
            f"{counted[REJECTED]} rejected{_reasons(tally.reasons)}, {counted[EDITED]} edited, "
            f"{counted[UNREVIEWED] + counted[CHANGED]} not yet reviewed"
            f"{f' ({counted[CHANGED]} changed since review)' if counted[CHANGED] else ''}, "
            f"{tally.share_approved}% approved"
        )
    lines += ["", "Rejection reasons per generator rule:"]
    if not rules:
        lines.append("  none yet")
    for rule, reasons in sorted(rules.items(), key=lambda item: (-item[1].total(), item[0])):
        lines.append(f"  {rule}: {reasons.total()} rejected{_reasons(reasons)}")
    return lines


def _reasons(reasons: Counter) -> str:
    if not reasons:
        return ""
    ranked = sorted(reasons.items(), key=lambda r: (-r[1], r[0]))
    return " (" + ", ".join(f"{n} {reason}" for reason, n in ranked) + ")"
