"""Moodle XML, Moodle's own exchange format: `<quiz>` holding `<question type="...">` elements.

Every type has a Moodle form: choice and multi as multichoice (single or several answers,
weighted so Moodle scores as this app does), truefalse, text as shortanswer, number as
numerical, order as Moodle's ordering question (graded by absolute position, as here). Topics
become categories (`$course$/top/<topic>`); the explanation is the general feedback. The id
is the question's name and ID number; the difficulty and the citations ride along in XML
comments, which Moodle ignores and our import reads back. Reading is in moodle_read.
"""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as ET

from quiz.bank.answers import parse_number
from quiz.bank.formats import ExportResult, multi_weights, number_text
from quiz.bank.formats.moodle_read import (
    COMBINED_FEEDBACK,
    parse,  # noqa: F401  (the format's reader)
)
from quiz.bank.model import Bank, Question

CATEGORY_ROOT = "$course$/top"


def _text(parent: ET.Element, tag: str, text: str, markup: str | None = "html") -> ET.Element:
    """`<tag format="html"><text>...</text></tag>`; HTML-escaped so Moodle shows it as written."""
    element = ET.SubElement(parent, tag, {"format": markup} if markup else {})
    ET.SubElement(element, "text").text = html.escape(text, quote=False) if markup == "html" else text
    return element


def _answer(parent: ET.Element, fraction: str, text: str, markup: str = "html") -> ET.Element:
    answer = _text(parent, "answer", text, markup)
    answer.set("fraction", fraction)
    _text(answer, "feedback", "")
    return answer


def _settings(question: ET.Element, **values: str) -> None:
    for tag, value in values.items():
        ET.SubElement(question, tag).text = value


def _combined_feedback(question: ET.Element) -> None:
    for tag, text in COMBINED_FEEDBACK.items():
        _text(question, tag, text)
    ET.SubElement(question, "shownumcorrect")


def _choices(element: ET.Element, q: Question) -> None:
    single = q.type == "choice"
    _settings(element, single=str(single).lower(), shuffleanswers="true", answernumbering="abc",
              showstandardinstruction="0")
    _combined_feedback(element)
    right, wrong = ("100", "0") if single else multi_weights(len(q.answer))
    for choice in q.choices:
        is_right = choice == q.answer if single else choice in q.answer
        _answer(element, right if is_right else wrong, choice)


def _answers(element: ET.Element, q: Question) -> None:
    if q.type == "truefalse":
        for value in (True, False):
            _answer(element, "100" if q.answer is value else "0", str(value).lower(), "moodle_auto_format")
    elif q.type == "text":
        _settings(element, usecase="0")
        for text in (q.answer, *q.accept):
            _answer(element, "100", text, "moodle_auto_format")
    elif q.type == "number":
        numbers = [parse_number(a) for a in (q.answer, *q.accept)]
        for number in dict.fromkeys(n for n in numbers if n is not None):  # words: same number
            answer = _answer(element, "100", number_text(number), "moodle_auto_format")
            _settings(answer, tolerance="0")
    elif q.type == "order":
        _settings(element, layouttype="VERTICAL", selecttype="ALL", selectcount="0",
                  gradingtype="ABSOLUTE_POSITION", showgrading="SHOW", numberingstyle="none")
        _combined_feedback(element)
        for place, item in enumerate(q.answer, start=1):
            _answer(element, str(place), item)
    else:
        _choices(element, q)


MOODLE_TYPES = {"choice": "multichoice", "multi": "multichoice", "truefalse": "truefalse",
                "text": "shortanswer", "number": "numerical", "order": "ordering"}


def comment_safe(text: str) -> str:
    """`text` for an XML comment, which cannot hold "--": backslash-escaped, read back exactly."""
    return re.sub(r"-(?=-)", r"-\\", text.replace("\\", "\\\\"))


def export_question(quiz: ET.Element, q: Question) -> None:
    quiz.append(ET.Comment(f" difficulty: {q.difficulty} "))
    for citation in q.sources:
        quote = comment_safe(" ".join(citation.quote.split()))
        quiz.append(ET.Comment(f" source: {citation.source}: {quote} "))
    element = ET.SubElement(quiz, "question", {"type": MOODLE_TYPES[q.type]})
    _text(element, "name", q.id, None)
    _text(element, "questiontext", q.prompt)
    _text(element, "generalfeedback", q.explanation)
    _settings(element, defaultgrade="1", penalty="0.3333333", hidden="0", idnumber=q.id)
    _answers(element, q)


def export(bank: Bank) -> ExportResult:
    quiz = ET.Element("quiz")
    quiz.append(ET.Comment(f" Rouge Quiz question bank: {len(bank.questions)} question(s) "))
    topic = None
    for q in bank.questions:
        if q.topic != topic:
            topic = q.topic
            category = ET.SubElement(quiz, "question", {"type": "category"})
            _text(category, "category", f"{CATEGORY_ROOT}/{topic}", None)
        export_question(quiz, q)
    ET.indent(quiz)
    text = ET.tostring(quiz, encoding="unicode", xml_declaration=False)
    return ExportResult('<?xml version="1.0" encoding="UTF-8"?>\n' + text + "\n")
