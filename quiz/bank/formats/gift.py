"""Moodle's GIFT format: `::id::prompt {=right ~wrong ####explanation}`.

Export writes every type GIFT can express (choice, multi with % weights that make Moodle score
as this app does, truefalse, text as short answer with alternatives, number); order questions
have no GIFT form and are counted as skipped. Each topic starts with a `$CATEGORY:` line; the
difficulty and the citations ride along in `//` comment lines, which Moodle ignores and our
import reads back. Reading is in gift_read.
"""

from __future__ import annotations

from quiz.bank.answers import parse_number
from quiz.bank.formats import ExportResult, multi_weights, number_text
from quiz.bank.formats.gift_read import (
    SPECIAL,
    parse,  # noqa: F401  (the format's reader)
)
from quiz.bank.model import Bank, Question

CATEGORY_ROOT = "$course$/top"


def escape(text: str) -> str:
    """Text safe inside GIFT: the special characters `\\ ~ = # { } :` and newlines escaped."""
    out = "".join("\\" + ch if ch in SPECIAL else ch for ch in text)
    return out.replace("\n", "\\n")


def _answer_block(q: Question) -> str:
    general = f"####{escape(q.explanation)}" if q.explanation else ""
    if q.type == "truefalse":
        return "{" + ("TRUE" if q.answer else "FALSE") + general + "}"
    if q.type == "number":
        return "{#" + number_text(parse_number(q.answer)) + general + "}"
    if q.type == "choice":
        lines = [("=" if c == q.answer else "~") + escape(c) for c in q.choices]
    elif q.type == "multi":
        right, wrong = multi_weights(len(q.answer))  # Moodle then scores every pick as here
        lines = [f"~%{right if c in q.answer else wrong}%" + escape(c) for c in q.choices]
    else:  # text: every accepted spelling is a right answer
        lines = ["=" + escape(a) for a in (q.answer, *q.accept)]
    if general:
        lines.append(general)
    return "{\n" + "\n".join(lines) + "\n}"


def export_question(q: Question) -> str:
    comments = [f"// difficulty: {q.difficulty}"]
    comments += [f"// source: {c.source}: {' '.join(c.quote.split())}" for c in q.sources]
    return "\n".join(comments) + f"\n::{q.id}::{escape(q.prompt)} " + _answer_block(q) + "\n"


def export(bank: Bank) -> ExportResult:
    result = ExportResult("")
    parts = [f"// Rouge Quiz question bank: {len(bank.questions)} question(s)\n"]
    topic = None
    for q in bank.questions:
        if q.type == "order":
            result.skipped[q.type] += 1
            continue
        if q.topic != topic:
            topic = q.topic
            parts.append(f"$CATEGORY: {CATEGORY_ROOT}/{topic}\n")
        parts.append(export_question(q))
    result.text = "\n".join(parts)
    return result
