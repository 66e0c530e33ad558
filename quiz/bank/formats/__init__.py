"""Import and export formats: JSON (ours), GIFT (Moodle), Aiken and Open Trivia DB.

Every exporter turns a Bank into text plus a count of the questions the format cannot carry;
every parser turns text into Drafts (questions not yet given an id, topic or citation) plus
the problems found, each at the line of the input it concerns.
"""

from __future__ import annotations

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

    def to_yaml(self) -> dict:
        """The question as a curated file lists it (id, type, ..., sources)."""
        out: dict = {"id": self.id, "type": self.type, "difficulty": self.difficulty}
        out["prompt"] = self.prompt
        out["answer"] = list(self.answer) if isinstance(self.answer, tuple) else self.answer
        if self.choices:
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


def _formats() -> dict:
    from quiz.bank.formats import aiken, gift, opentdb
    from quiz.bank.formats import json as json_format

    return {"json": json_format, "gift": gift, "aiken": aiken, "opentdb": opentdb}


EXPORT_FORMATS = ("json", "gift", "aiken", "opentdb")
IMPORT_FORMATS = ("gift", "aiken", "opentdb")


def export_bank(bank, fmt: str) -> ExportResult:
    """The whole bank in format `fmt` (one of EXPORT_FORMATS)."""
    return _formats()[fmt].export(bank)


def parse(text: str, path: str, fmt: str) -> ParseResult:
    """Drafts read from `text` in format `fmt` (one of IMPORT_FORMATS)."""
    return _formats()[fmt].parse(text, path)
