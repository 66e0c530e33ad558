"""Copy a draft into questions/curated/ for an author to fix, and check an edited file.

An edited draft goes into `curated/<article>.yaml` (one file per article, where its first
citation stands) under a `c-` id, with its `fact:` when it has one: a curated fact is never
drafted again, and the copy is the author's to change. Edits are checked with the rules of
`quiz check` before they are written, so the file on disk stays valid.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from quiz.bank.corpus import load_sources
from quiz.bank.fact_rules import GENERATED_PREFIX, check_facts
from quiz.bank.files import dump_questions, read_yaml
from quiz.bank.load import bank_files, check_files
from quiz.bank.model import Problem, Question
from quiz.bank.review import article_of
from quiz.bank.validate import FileChecker

FOLDER = "curated"
HEADER = "# Drafts an author copied from questions/generated/ with `quiz review` and fixed by hand.\n"


def curated_path(questions_dir: Path | str, question: Question) -> Path:
    return Path(questions_dir) / FOLDER / f"{article_of(question)}.yaml"


def curated_id(draft_id: str, taken: set[str]) -> str:
    """`g-foo` -> `c-foo` (or `c-foo-2`, ... when taken)."""
    stem = "c-" + (draft_id[2:] if draft_id.startswith("g-") else draft_id)
    stem = stem[:76].rstrip("-")
    qid, n = stem, 2
    while qid in taken:
        qid, n = f"{stem}-{n}", n + 1
    return qid


def as_yaml(question: Question, qid: str, topic: str) -> dict:
    """The question as a curated file holds it: the draft's content, its fact, a new id."""
    out: dict = {"id": qid}
    fact = getattr(question, "fact", None)  # the generator's fact key, when drafts carry one
    if fact:
        out["fact"] = fact
    if question.topic != topic:
        out["topic"] = question.topic
    out.update(type=question.type, difficulty=question.difficulty, prompt=question.prompt)
    if question.type == "order":
        out["items"] = list(question.answer)
    else:
        answer = question.answer
        out["answer"] = list(answer) if isinstance(answer, tuple) else answer
    if question.choices and question.type != "order":
        out["choices"] = list(question.choices)
    if question.accept:
        out["accept"] = list(question.accept)
    out["explanation"] = question.explanation
    out["sources"] = [{"source": c.source, "quote": c.quote} for c in question.sources]
    return out


def copy_draft(questions_dir: Path | str, question: Question, taken: set[str]) -> tuple[Path, str]:
    """Append the draft to its article's curated file; (that file, the copy's id)."""
    path = curated_path(questions_dir, question)
    qid = curated_id(question.id, taken)
    if path.is_file():
        text = path.read_text(encoding="utf-8")
        doc, _ = read_yaml(path)
        topic = doc.get("topic", question.topic) if isinstance(doc, dict) else question.topic
        item = dump_questions(topic, [as_yaml(question, qid, topic)]).split("questions:\n", 1)[1]
        text = text.rstrip("\n") + "\n\n" + item
    else:
        text = dump_questions(question.topic, [as_yaml(question, qid, question.topic)], HEADER)
    write_text(path, text)
    return path, qid


def line_of(text: str, qid: str) -> int:
    """The line on which `id: qid` stands, 1 when it is not there."""
    for number, line in enumerate(text.splitlines(), 1):
        if line.strip() in (f"- id: {qid}", f"id: {qid}"):
            return number
    return 1


def check_text(questions_dir: Path | str, path: Path, text: str) -> list[Problem]:
    """What `quiz check path` would report if the file held `text`."""
    questions_dir = Path(questions_dir)
    sources, problems = load_sources(questions_dir / "sources")
    seen: dict[str, str] = {}
    others = [p for p in bank_files(questions_dir) if p.resolve() != path.resolve()]
    known, _ = check_files(others, sources, seen)  # only to learn the ids and facts taken
    doc, read_problems = read_yaml(path, text.encode("utf-8"))
    if doc is None:
        return problems + read_problems
    checker = FileChecker(str(path), sources, seen)
    questions = checker.check(doc)
    return problems + read_problems + checker.problems + check_facts(
        [*staying(known, questions), *questions], report=questions
    )


def staying(known: list[Question], curated: list[Question]) -> list[Question]:
    """The rest of the bank once `quiz generate` has run: a draft asking a fact the curated
    questions ask is the one an edit replaces, and the generator stops drafting it."""
    asked = {q.fact or q.id for q in curated}
    return [q for q in known if not (q.id.startswith(GENERATED_PREFIX) and (q.fact or q.id) in asked)]


def write_text(path: Path, text: str) -> None:
    """Replace the file whole, so an editor or the bank never reads half of it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, tmp = tempfile.mkstemp(prefix=".edit-", suffix=".tmp", dir=path.parent)
    with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as out:
        out.write(text if text.endswith("\n") else text + "\n")
    os.replace(tmp, path)
