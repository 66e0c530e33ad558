"""Authors' decisions on the generator's drafts: `questions/review.yaml`.

One line per reviewed draft, sorted by id, so a review reads and diffs like a checklist:

    decisions:
      g-studio-metallic-rouge-bones-choice: {decision: approved, hash: 1f0c2a9e4b7d}
      g-credit-director-true: {decision: rejected, reason: trivial, hash: 8d41e07c5a33}

The hash is of the draft's content as a player meets it (prompt, answer, choices, sources,
...), not of its id or bookkeeping keys, so a draft the generator rewrites after a review
comes back as "changed since review" while a regenerated but identical one keeps its decision.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path

from quiz.bank.files import Mapping, read_yaml
from quiz.bank.model import Bank, Problem, Question
from quiz.bank.validate import ID_PATTERN

FILE_NAME = "review.yaml"
APPROVED, REJECTED, EDITED = "approved", "rejected", "edited"
DECISIONS = (APPROVED, REJECTED, EDITED)
CHANGED, UNREVIEWED = "changed", "unreviewed"  # statuses a draft has without a valid decision
REASONS = ("wrong", "trivial", "awkward", "duplicate", "disputed")
PLAY_MODES = ("reviewed", "all")
_HASH = re.compile(r"^[0-9a-f]{8,64}$")
_FIELDS = ("decision", "reason", "curated", "hash")
HEADER = (
    "# Authors' decisions on the drafts in questions/generated/, written by `quiz review`.\n"
    "# decision: approved | rejected (with a reason: wrong, trivial, awkward, duplicate,\n"
    "# disputed) | edited (copied into questions/curated/ as `curated`). hash: the draft's\n"
    "# content when it was reviewed; a draft that changes since comes back for review.\n"
)


@dataclass(frozen=True)
class Decision:
    decision: str
    hash: str
    reason: str = ""
    curated: str = ""  # id of the curated copy an edit made
    line: int = 0  # where the entry stands in review.yaml, for warnings

    def to_line(self, qid: str) -> str:
        parts = [f"decision: {self.decision}"]
        if self.reason:
            parts.append(f"reason: {self.reason}")
        if self.curated:
            parts.append(f"curated: {self.curated}")
        parts.append(f"hash: '{self.hash}'")  # quoted: an all-digit hash would read as a number
        return f"  {qid}: {{{', '.join(parts)}}}"


def content_hash(question: Question) -> str:
    """A short hash of what a player sees and what proves it; ids and bookkeeping left out."""
    answer = question.answer
    content = {
        "type": question.type,
        "difficulty": question.difficulty,
        "prompt": question.prompt,
        "answer": list(answer) if isinstance(answer, tuple) else answer,
        "choices": list(question.choices),
        "accept": list(question.accept),
        "explanation": question.explanation,
        "sources": [[c.source, c.quote] for c in question.sources],
    }
    text = json.dumps(content, sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]


def is_draft(question: Question) -> bool:
    """Whether the question was written by `quiz generate` (it lives in generated/)."""
    return Path(question.path).parent.name == "generated"


def article_of(question: Question) -> str:
    """The article a draft is reviewed under: its first citation, the one holding the answer."""
    return question.sources[0].source if question.sources else ""


def status(question: Question, decisions: dict[str, Decision]) -> str:
    decision = decisions.get(question.id)
    if decision is None:
        return UNREVIEWED
    if decision.hash != content_hash(question):
        return CHANGED
    return decision.decision


def pending(status_name: str) -> bool:
    """Whether a draft still waits for an author."""
    return status_name in (UNREVIEWED, CHANGED)


# -- the file ---------------------------------------------------------------------------


def review_path(questions_dir: Path | str) -> Path:
    return Path(questions_dir) / FILE_NAME


def dump(decisions: dict[str, Decision]) -> str:
    lines = [d.to_line(qid) for qid, d in sorted(decisions.items())]
    return HEADER + "decisions:" + ("\n" if lines else " {}\n") + "".join(f"{line}\n" for line in lines)


def save(path: Path, decisions: dict[str, Decision]) -> None:
    """Write the file whole or not at all: a crash never leaves half a review."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, tmp = tempfile.mkstemp(prefix=".review-", suffix=".tmp", dir=path.parent)
    with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as out:
        out.write(dump(decisions))
    os.replace(tmp, path)


def load(path: Path) -> tuple[dict[str, Decision], list[Problem]]:
    """The decisions in `path` (none when it is missing) and every problem with the file."""
    if not path.is_file():
        return {}, []
    data = path.read_bytes()
    text = data.decode("utf-8", errors="replace")
    if all(not line.strip() or line.lstrip().startswith("#") for line in text.splitlines()):
        return {}, []  # an empty review is a valid one
    doc, problems = read_yaml(path, data)
    if problems:
        return {}, problems
    reader = _Reader(str(path))
    return reader.read(doc), reader.problems


class _Reader:
    def __init__(self, path: str):
        self.path = path
        self.problems: list[Problem] = []

    def report(self, at: tuple[int, int], message: str) -> None:
        self.problems.append(Problem(self.path, at[0], at[1], message))

    def read(self, doc: object) -> dict[str, Decision]:
        if not isinstance(doc, Mapping) or "decisions" not in doc:
            self.report(getattr(doc, "pos", (1, 1)), "a review file is a mapping with 'decisions:'")
            return {}
        for key in doc:
            if key != "decisions":
                self.report(doc.keys_at[key], f"unknown top-level field {key!r}; expected 'decisions'")
        entries = doc["decisions"]
        if entries is None:
            return {}
        if not isinstance(entries, Mapping):
            self.report(doc.values_at["decisions"], "'decisions' maps each draft's id to its decision")
            return {}
        out = {}
        for qid, entry in entries.items():
            decision = self.entry(qid, entry, entries.keys_at[qid], entries.values_at[qid])
            if decision is not None:
                out[qid] = decision
        return out

    def entry(self, qid: object, entry: object, key_at, at) -> Decision | None:
        before = len(self.problems)
        if not isinstance(qid, str) or not ID_PATTERN.match(qid):
            self.report(key_at, f"{qid!r} is not a question id (a lower-case slug)")
        if not isinstance(entry, Mapping):
            self.report(at, "each decision is a mapping like {decision: approved, hash: ...}")
            return None
        for key in entry:
            if key not in _FIELDS:
                expected = ", ".join(_FIELDS)
                self.report(entry.keys_at[key], f"unknown field {key!r}; expected one of {expected}")
        decision = entry.get("decision")
        if decision not in DECISIONS:
            where = entry.values_at.get("decision", at)
            self.report(where, f"decision must be one of {', '.join(DECISIONS)}")
        reason = entry.get("reason", "")
        if decision == REJECTED and reason not in REASONS:
            where = entry.values_at.get("reason", at)
            self.report(where, f"a rejection needs a reason: one of {', '.join(REASONS)}")
        elif decision != REJECTED and "reason" in entry:
            self.report(entry.keys_at["reason"], "only a rejected draft has a reason")
        curated = entry.get("curated", "")
        if curated and (decision != EDITED or not isinstance(curated, str) or not ID_PATTERN.match(curated)):
            self.report(entry.values_at["curated"], "'curated' is the id of an edited draft's curated copy")
        digest = entry.get("hash")
        if not isinstance(digest, str) or not _HASH.match(digest):
            self.report(entry.values_at.get("hash", at), "hash must be the hex digest `quiz review` wrote")
        if len(self.problems) > before:
            return None
        return Decision(decision, digest, reason or "", curated or "", key_at[0])


# -- what is played ---------------------------------------------------------------------


def play_mode(setting: str | None, questions_dir: Path | str) -> str:
    """`reviewed` or `all`. Unset: `reviewed` once a review file exists, so a bank whose
    drafts nobody has reviewed yet still plays them."""
    if not setting:
        return "reviewed" if review_path(questions_dir).is_file() else "all"
    if setting not in PLAY_MODES:
        raise ValueError(f"QUIZ_PLAY={setting!r}: expected one of {', '.join(PLAY_MODES)}")
    return setting


def played(bank: Bank, decisions: dict[str, Decision]) -> Bank:
    """The bank players meet: curated questions and the drafts approved as they stand."""
    kept = tuple(q for q in bank.questions if not is_draft(q) or status(q, decisions) == APPROVED)
    return Bank(sources=bank.sources, questions=kept, problems=bank.problems)


# -- what `quiz check` says -------------------------------------------------------------


def check_review(questions_dir: Path | str, questions: list[Question]) -> tuple[list[Problem], list[Problem]]:
    """(problems with review.yaml, warnings about what it says) for the whole bank."""
    path = review_path(questions_dir)
    decisions, problems = load(path)
    return problems, warnings(questions, decisions, str(path))


def warnings(questions: list[Question] | tuple[Question, ...], decisions: dict[str, Decision],
             review_file: str) -> list[Problem]:
    """Review entries whose draft is gone, and drafts changed since their review.

    An edited draft that is gone is expected (the generator stops drafting a curated fact),
    so it is only worth a warning when its curated copy is gone too.
    """
    ids = {q.id for q in questions}
    out = []
    for qid, decision in sorted(decisions.items()):
        if qid in ids or (decision.decision == EDITED and decision.curated in ids):
            continue
        out.append(Problem(review_file, decision.line, 3,
                           f"warning: the review of {qid!r} names a question the bank no longer has; "
                           "delete the line"))
    for question in questions:
        if is_draft(question) and status(question, decisions) == CHANGED:
            was = decisions[question.id].decision
            out.append(Problem(question.path, question.line, 5,
                               f"warning: {question.id!r} changed since it was {was}; "
                               "review it again with `quiz review`"))
    return out
