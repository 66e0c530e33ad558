"""Reading Moodle XML, with a parser hardened against entity attacks (defusedxml).

Moodle's multichoice (single or several answers), truefalse, shortanswer, numerical and
ordering questions become choice, multi, truefalse, text, number and order questions; the
category becomes the topic; the general feedback and every answer's own feedback become the
explanation. What cannot be kept exactly (partial credit, a tolerance, other weights) is said
in a note per question; other question types are skipped with a note.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import XMLParser

from quiz.bank.formats import Draft, LineProblem, ParseResult, multi_weights, number_text, topic_slug
from quiz.bank.formats.numbers import number_range
from quiz.bank.formats.text import plain, read_meta, squash, with_feedback

_UNESCAPE = re.compile(r"\\(.)")
# Moodle's own words for its combined feedback: nothing of the author's is lost without them
COMBINED_FEEDBACK = {
    "correctfeedback": "Your answer is correct.",
    "partiallycorrectfeedback": "Your answer is partially correct.",
    "incorrectfeedback": "Your answer is incorrect.",
}


class _Located:
    """An ElementTree builder that also remembers the line each element starts on."""

    def __init__(self):
        self.builder = ET.TreeBuilder(insert_comments=True)
        self.lines: dict[ET.Element, int] = {}
        self.parser = XMLParser(target=self)  # refuses entity declarations and external ones

    def start(self, tag, attrs):
        element = self.builder.start(tag, attrs)
        self.lines[element] = self.parser.parser.CurrentLineNumber
        return element

    def comment(self, text):
        element = self.builder.comment(text)
        self.lines[element] = self.parser.parser.CurrentLineNumber
        return element

    def end(self, tag):
        return self.builder.end(tag)

    def data(self, data):
        self.builder.data(data)

    def close(self):
        return self.builder.close()


@dataclass
class _Answer:
    fraction: float
    text: str
    feedback: str


def _rich(element: ET.Element | None, default: str = "html") -> str:
    if element is None:
        return ""
    return plain(element.findtext("text") or "", element.get("format", default))


def _label(answer: str, kind: str) -> str:
    """What an answer's own feedback is introduced by in the explanation."""
    if answer == "*":
        return "Any other answer"
    return answer.capitalize() if kind == "truefalse" else answer


class _Reader:
    def __init__(self, path: str):
        self.path = path
        self.out = ParseResult()
        self.lines: dict[ET.Element, int] = {}
        self.line = 1  # of the question being read

    def problem(self, message: str, line: int | None = None) -> None:
        self.out.problems.append(LineProblem(self.path, line or self.line, message))

    def note(self, message: str) -> None:
        self.out.notes.append(LineProblem(self.path, self.line, message))

    def tree(self, text: str) -> ET.Element | None:
        located = _Located()
        try:
            located.parser.feed(text)
            root = located.parser.close()
        except ET.ParseError as exc:
            line, column = exc.position
            reason = str(exc).split(":")[0]
            self.problem(f"not well-formed XML: {reason} (column {column + 1})", line)
            return None
        except DefusedXmlException:
            self.problem("the file declares XML entities or a DTD, which are refused: "
                         "Moodle never writes them")
            return None
        self.lines = located.lines
        return root

    def read(self, root: ET.Element) -> None:
        questions = [root] if root.tag == "question" else list(root)
        if root.tag not in ("quiz", "question"):
            return self.problem(f"expected Moodle XML: a <quiz> element, not <{root.tag}>")
        meta: dict = {}
        topic = None
        for element in questions:
            self.line = self.lines.get(element, 1)
            if element.tag is ET.Comment:
                # the quote was backslash-escaped, as a comment cannot hold "--"
                read_meta(_UNESCAPE.sub(r"\1", element.text or ""), meta)
            elif element.tag == "question" and element.get("type") == "category":
                topic = topic_slug(element.findtext("category/text") or "")
            elif element.tag == "question":
                draft = self.question(element, element.get("type", ""))
                if draft is not None:
                    draft.topic = topic
                    draft.difficulty = meta.get("difficulty", draft.difficulty)
                    draft.sources = meta.get("sources", [])
                    self.out.drafts.append(draft)
                meta = {}

    def answers(self, element: ET.Element, rich: bool) -> list[_Answer] | None:
        out = []
        for answer in element.findall("answer"):
            try:
                fraction = float(answer.get("fraction", "0"))
            except ValueError:
                line = self.lines.get(answer)
                return self.problem(f"fraction {answer.get('fraction')!r} is not a number", line)
            text = _rich(answer, "moodle_auto_format") if rich else squash(answer.findtext("text") or "")
            out.append(_Answer(fraction, text, _rich(answer.find("feedback"))))
        return out

    def question(self, element: ET.Element, kind: str) -> Draft | None:
        read = {"multichoice": self.multichoice, "truefalse": self.truefalse,
                "shortanswer": self.shortanswer, "numerical": self.numerical,
                "ordering": self.ordering}.get(kind)
        if read is None:
            return self.note(f"skipped: Moodle's {kind or 'untyped'} questions have no Rouge Quiz form")
        prompt = _rich(element.find("questiontext"))
        if not prompt:
            return self.problem("the question has no text (<questiontext>)")
        answers = self.answers(element, rich=kind in ("multichoice", "ordering", "truefalse"))
        if answers is None:
            return None
        if not answers:
            return self.problem(f"a {kind} question needs <answer> elements")
        if kind == "ordering":  # each item's place is its fraction: 1, 2, 3, ...
            answers.sort(key=lambda a: a.fraction)
        draft = read(element, answers)
        if draft is not None:
            general = _rich(element.find("generalfeedback"))
            feedback = [(_label(a.text, kind), a.feedback) for a in answers]
            draft.explanation = with_feedback(general, feedback)
            draft.prompt, draft.line = prompt, self.line
            name = squash(element.findtext("name/text") or "")
            draft.id = squash(element.findtext("idnumber") or "") or name or None
            self.not_kept(element)
        return draft

    def not_kept(self, element: ET.Element) -> None:
        """A note naming what the author wrote that has no place here."""
        lost = [tag for tag, words in COMBINED_FEEDBACK.items()
                if _rich(element.find(tag)) not in ("", words)]
        lost += ["hints"] if any(_rich(hint) for hint in element.findall("hint")) else []
        lost += ["pictures and files"] if element.find(".//file") is not None else []
        if lost:
            self.note(f"not kept: {', '.join(lost)}")

    def multichoice(self, element: ET.Element, answers: list[_Answer]) -> Draft | None:
        choices = tuple(a.text for a in answers)
        if (element.findtext("single") or "true").strip().lower() in ("true", "1"):
            right = [a for a in answers if a.fraction >= 100]
            if len(right) != 1:
                count = "no answer" if not right else "several answers"
                return self.problem(f"{count} with fraction 100: a choice question has one right answer")
            partial = [f"{a.text!r} ({number_text(a.fraction)}%)" for a in answers if 0 < a.fraction < 100]
            if partial:
                self.note(f"partial credit not kept, these count as wrong: {', '.join(partial)}")
            return Draft(0, "choice", "", right[0].text, choices)
        right = [a for a in answers if a.fraction > 0]
        if not right:
            return self.problem("no answer has a positive fraction: mark the right ones")
        ours = multi_weights(len(right))
        share = float(ours[0])
        if any(abs(a.fraction - (share if a.fraction > 0 else -share)) > 0.01 for a in answers):
            self.note(f"Moodle's weights differ from the scoring here ({ours[0]}% per right pick, "
                      f"{ours[1]}% per wrong pick): the same picks may score differently")
        return Draft(0, "multi", "", tuple(a.text for a in right), choices)

    def truefalse(self, element: ET.Element, answers: list[_Answer]) -> Draft | None:
        right = [a.text.lower() for a in answers if a.fraction >= 100]
        if len(right) != 1 or right[0] not in ("true", "false"):
            return self.problem("a truefalse question has one answer 'true' or 'false' with fraction 100")
        return Draft(0, "truefalse", "", right[0] == "true")

    def shortanswer(self, element: ET.Element, answers: list[_Answer]) -> Draft | None:
        right = [a.text for a in answers if a.fraction >= 100 and a.text]
        if not right:
            return self.problem("no answer with fraction 100")
        partial = [f"{a.text!r} ({number_text(a.fraction)}%)" for a in answers if 0 < a.fraction < 100]
        if partial:
            self.note(f"partial credit not kept, these count as wrong: {', '.join(partial)}")
        if (element.findtext("usecase") or "0").strip() == "1":
            self.note("case-sensitive matching not kept: answers are matched ignoring case here")
        if any("*" in text for text in right):
            self.note("'*' is a wildcard in Moodle and a plain character here")
        return Draft(0, "text", "", right[0], accept=tuple(right[1:]))

    def numerical(self, element: ET.Element, answers: list[_Answer]) -> Draft | None:
        # "*" is Moodle's "any other answer", there for its feedback
        right = [(a, e) for a, e in zip(answers, element.findall("answer"), strict=True)
                 if a.fraction >= 100 and a.text != "*"]
        if not right:
            return self.problem("no number answer with fraction 100")
        accept: list[str] = []
        first = None
        for answer, answer_element in right:
            try:
                value = float(answer.text)
                tolerance = abs(float(answer_element.findtext("tolerance") or 0))
            except ValueError:
                return self.problem(f"{answer.text!r} is not a number")
            first = value if first is None else first
            if value != first:
                accept.append(number_text(value))
            more, lost = number_range(value, value - tolerance, value + tolerance)
            accept += [m for m in more if m not in accept]
            if lost:
                self.note(lost)
        partial = [a.text for a in answers if 0 < a.fraction < 100]
        if partial:
            self.note(f"partial credit not kept for {', '.join(partial)}")
        answer = int(first) if first.is_integer() else first
        accept = [a for a in dict.fromkeys(accept) if a != number_text(first)]
        return Draft(0, "number", "", answer, accept=tuple(accept))

    def ordering(self, element: ET.Element, answers: list[_Answer]) -> Draft | None:
        items = tuple(a.text for a in answers)
        if len(items) < 2:
            return self.problem("an ordering question needs at least 2 items")
        grading = (element.findtext("gradingtype") or "ABSOLUTE_POSITION").strip().upper()
        if grading not in ("ABSOLUTE_POSITION", "0"):
            self.note(f"graded by {grading} in Moodle; here by the share of items in the right place")
        if (element.findtext("selecttype") or "ALL").strip().upper() not in ("ALL", "0"):
            self.note("Moodle showed a subset of the items; here every item is shown")
        return Draft(0, "order", "", items, items)


def parse(text: str, path: str) -> ParseResult:
    reader = _Reader(path)
    root = reader.tree(text.lstrip("\ufeff"))
    if root is not None:
        reader.read(root)
    return reader.out
