"""The review walk: drafts article by article, what is left to do, and recording a decision.

A Desk is a snapshot of the bank and of review.yaml, taken for every page: the author may
regenerate or edit files while the review page is open. The bank is loaded again only when
one of its files changed (a page then costs a few stat calls, not a whole check).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from quiz.bank import curate
from quiz.bank.load import load_bank
from quiz.bank.model import Bank, Problem, Question, Source
from quiz.bank.review import (
    EDITED,
    REASONS,
    REJECTED,
    Decision,
    article_of,
    content_hash,
    is_draft,
    load,
    pending,
    review_path,
    save,
    status,
)


def _signature(questions_dir: Path) -> tuple:
    """Every file the bank is read from, with its size and time of change."""
    files = sorted(p for folder in ("sources", "curated", "generated")
                   for p in (questions_dir / folder).rglob("*") if p.is_file())
    return tuple((str(p), stat.st_mtime_ns, stat.st_size) for p in files for stat in [p.stat()])


@dataclass(frozen=True)
class Progress:
    source: Source
    drafts: int
    reviewed: int

    @property
    def left(self) -> int:
        return self.drafts - self.reviewed


@dataclass
class Desk:
    questions_dir: Path
    bank: Bank
    decisions: dict[str, Decision]
    problems: list[Problem]

    @classmethod
    def open(cls, questions_dir: Path | str, cache: dict | None = None) -> Desk:
        """The bank as it stands on disk; with a cache, loaded again only when a file changed."""
        questions_dir = Path(questions_dir)
        seen = _signature(questions_dir)
        if cache is not None and cache.get("signature") == seen:
            bank = cache["bank"]
        else:
            bank = load_bank(questions_dir)
            if cache is not None:
                cache.update(signature=seen, bank=bank)
        decisions, problems = load(review_path(questions_dir))
        return cls(questions_dir, bank, decisions, list(bank.problems) + problems)

    # -- reading ----------------------------------------------------------------------------

    def drafts(self, article: str | None = None) -> list[Question]:
        """Drafts in walking order: by article, then as the generated files list them."""
        found = [q for q in self.bank.questions if is_draft(q)]
        if article is not None:
            return [q for q in found if article_of(q) == article]
        order = {sid: n for n, sid in enumerate(sorted(self.bank.sources))}
        return sorted(found, key=lambda q: order.get(article_of(q), len(order)))

    def draft(self, qid: str) -> Question | None:
        question = self.bank.question(qid)
        return question if question is not None and is_draft(question) else None

    def status(self, question: Question) -> str:
        return status(question, self.decisions)

    def progress(self) -> list[Progress]:
        out = []
        for sid, source in sorted(self.bank.sources.items()):
            drafts = self.drafts(sid)
            done = sum(not pending(self.status(q)) for q in drafts)
            out.append(Progress(source, len(drafts), done))
        return out

    def article_progress(self, article: str) -> Progress:
        return next(p for p in self.progress() if p.source.id == article)

    def next_pending(self, after: Question | None = None) -> Question | None:
        """The next draft waiting for a decision: later in the same article first, then the
        rest of that article, then the other articles in order."""
        drafts = self.drafts()
        ids = [q.id for q in drafts]
        if after is not None and after.id in ids:
            at = ids.index(after.id)
            ordered = drafts[at + 1:] + drafts[:at]
            ordered.sort(key=lambda q: article_of(q) != article_of(after))  # stable: same article first
        else:
            ordered = drafts
        return next((q for q in ordered if pending(self.status(q))), None)

    # -- deciding ---------------------------------------------------------------------------

    def decide(self, question: Question, decision: str, reason: str = "", curated: str = "") -> None:
        if decision == REJECTED and reason not in REASONS:
            raise ValueError(f"a rejection needs a reason: one of {', '.join(REASONS)}")
        self.decisions[question.id] = Decision(decision, content_hash(question),
                                               reason if decision == REJECTED else "", curated)
        save(review_path(self.questions_dir), self.decisions)

    def edit(self, question: Question) -> tuple[Path, str]:
        """Copy the draft into curated/ and record it as edited: (the file, the copy's id)."""
        taken = {q.id for q in self.bank.questions} | {d.curated for d in self.decisions.values()}
        path, qid = curate.copy_draft(self.questions_dir, question, taken)
        self.decide(question, EDITED, curated=qid)
        return path, qid
