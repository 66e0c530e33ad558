"""Import and export formats: JSON (ours), Moodle XML, GIFT, Aiken and Open Trivia DB.

Every exporter turns a Bank into text plus a count of the questions the format cannot carry;
every parser turns text into Drafts (questions not yet given an id, topic or citation) plus
the problems found, each at the line of the input it concerns.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from quiz.bank.model import Answer


@dataclass(frozen=True)
class LineProblem:
    """Something wrong (or worth saying) about an input file, as ``path:line: message``."""

    path: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message}"


@dataclass
class Draft:
    """A question read from another format, in the curated file's terms."""

    line: int
    type: str
    prompt: str
    answer: Answer
    choices: tuple[str, ...] = ()
    accept: tuple[str, ...] = ()
    explanation: str = ""
    difficulty: str = "medium"
    id: str | None = None
    sources: list[dict] = field(default_factory=list)
    topic: str | None = None  # the format's category, when it has one

    def to_yaml(self, file_topic: str | None = None) -> dict:
        """The question as a curated file lists it (id, type, ..., sources)."""
        out: dict = {"id": self.id, "type": self.type, "difficulty": self.difficulty}
        if self.topic and self.topic != file_topic:
            out["topic"] = self.topic
        out["prompt"] = self.prompt
        if self.type == "order":
            out["items"] = list(self.answer)
        else:
            out["answer"] = list(self.answer) if isinstance(self.answer, tuple) else self.answer
        if self.choices and self.type != "order":
            out["choices"] = list(self.choices)
        if self.accept:
            out["accept"] = list(self.accept)
        out["explanation"] = self.explanation
        if self.sources:
            out["sources"] = [dict(s) for s in self.sources]
        return out


@dataclass
class ExportResult:
    text: str
    skipped: Counter = field(default_factory=Counter)  # question type -> how many left out

    def note(self, fmt: str) -> str | None:
        """The stderr line naming what the format left out, or None."""
        total = sum(self.skipped.values())
        if not total:
            return None
        detail = ", ".join(f"{n} {kind}" for kind, n in sorted(self.skipped.items()))
        return f"{fmt}: skipped {total} question(s) the format cannot carry ({detail})"


@dataclass
class ParseResult:
    drafts: list[Draft] = field(default_factory=list)
    problems: list[LineProblem] = field(default_factory=list)
    notes: list[LineProblem] = field(default_factory=list)  # skipped, not wrong


def number_text(value) -> str:
    """A number as people write it: 9, not 9.0."""
    number = float(value)
    return str(int(number)) if number.is_integer() else repr(number)


def number_value(value) -> int | float:
    number = float(value)
    return int(number) if number.is_integer() else number


def multi_weights(right: int) -> tuple[str, str]:
    """Moodle's % weights of a right and a wrong choice, for `right` right answers.

    Here a multi question scores (right picks - wrong picks) / right answers, never below
    zero; Moodle adds the weights of the picks and keeps the sum between 0 and 100%. So a
    right pick weighs 100/R % and a wrong one -100/R %, written to Moodle's five decimals.
    """
    share = f"{100 / right:.5f}".rstrip("0").rstrip(".")
    return share, "-" + share


def topic_slug(category: str) -> str | None:
    """A Moodle category path's last part as a topic: "$course$/top/Music" -> "music"."""
    parts = [p for p in category.strip().split("/") if p.strip()]
    parts = [p for p in parts if not (p.startswith("$") and p.endswith("$"))]
    if not parts or parts[-1].strip().lower() in ("top", "default") or parts[-1].startswith("Default for"):
        return None
    slug = "-".join(re.findall(r"[a-z0-9]+", parts[-1].lower()))[:40].strip("-")
    return slug or None


def _formats() -> dict:
    from quiz.bank.formats import aiken, gift, moodle, opentdb
    from quiz.bank.formats import json as json_format

    return {"json": json_format, "moodle": moodle, "gift": gift, "aiken": aiken, "opentdb": opentdb}


EXPORT_FORMATS = ("json", "moodle", "gift", "aiken", "opentdb")
IMPORT_FORMATS = ("moodle", "gift", "aiken", "opentdb")
ALIASES = {"xml": "moodle"}  # Moodle calls its format "Moodle XML"; either name is taken


def export_bank(bank, fmt: str) -> ExportResult:
    """The whole bank in format `fmt` (one of EXPORT_FORMATS)."""
    return _formats()[ALIASES.get(fmt, fmt)].export(bank)


def parse(text: str, path: str, fmt: str, **options) -> ParseResult:
    """Drafts read from `text` in format `fmt` (one of IMPORT_FORMATS)."""
    return _formats()[ALIASES.get(fmt, fmt)].parse(text, path, **options)
