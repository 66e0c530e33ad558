"""Our own JSON export: `{"sources": [...], "questions": [...]}`.

Other tools depend on this shape (DESIGN.md): extend it, never rename a key.
"""

from __future__ import annotations

import json

from quiz.bank.answers import parse_number
from quiz.bank.formats import ExportResult, number_value
from quiz.bank.model import Bank, Question


def question_json(question: Question) -> dict:
    data = question.to_json()
    if question.type == "number":
        # a number answer may be written as words in YAML ("nine"); the export is always a number
        data["answer"] = number_value(parse_number(question.answer))
    return data


def export(bank: Bank) -> ExportResult:
    data = {
        "sources": [bank.sources[sid].to_json() for sid in sorted(bank.sources)],
        "questions": [question_json(q) for q in bank.questions],
    }
    return ExportResult(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
