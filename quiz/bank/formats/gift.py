"""Moodle's GIFT format: `::id::prompt {=right ~wrong ####explanation}`.

Export writes every type GIFT can express (choice, multi with % weights, truefalse, text as
short answer with alternatives, number); order questions have no GIFT form and are counted
as skipped. The difficulty and the citations ride along in `//` comment lines, which Moodle
ignores and our import reads back.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from quiz.bank.answers import parse_number
from quiz.bank.formats import Draft, ExportResult, LineProblem, ParseResult, multi_weights, number_text
from quiz.bank.model import Bank, Question

_SPECIAL = "\\~=#{}:"
# While parsing, escaped characters stand in for themselves as private-use characters, so
# `\=` in a choice is never mistaken for the start of an answer.
_PROTECT = {ch: chr(0xE000 + i) for i, ch in enumerate(_SPECIAL + "n")}
_RESTORE = {v: ("\n" if k == "n" else k) for k, v in _PROTECT.items()}
_ESCAPE = re.compile(r"\\([\\~=#{}:n])")
_META = re.compile(r"^//\s*(difficulty|source):\s*(.*?)\s*$")
_SOURCE = re.compile(r"^([a-z0-9][a-z0-9-]*):\s+(.+)$")
_WEIGHT = re.compile(r"%(-?\d+(?:\.\d+)?)%")  # used with .match(): anchored where it starts
_TRUE_FALSE = re.compile(r"^(T|TRUE|F|FALSE)\s*(#.*)?$", re.IGNORECASE | re.DOTALL)
_MARKUP = re.compile(r"\s*\[(html|moodle|plain|markdown)\]", re.IGNORECASE)  # .match() anchors


def escape(text: str) -> str:
    """Text safe inside GIFT: the special characters `\\ ~ = # { } :` and newlines escaped."""
    out = "".join("\\" + ch if ch in _SPECIAL else ch for ch in text)
    return out.replace("\n", "\\n")


# ---------------------------------------------------------------- export


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
    for q in bank.questions:
        if q.type == "order":
            result.skipped[q.type] += 1
            continue
        parts.append(export_question(q))
    result.text = "\n".join(parts)
    return result


# ---------------------------------------------------------------- import


def _protect(text: str) -> str:
    return _ESCAPE.sub(lambda m: _PROTECT[m.group(1)], text)


def _restore(text: str, markup: str = "") -> str:
    out = "".join(_RESTORE.get(ch, ch) for ch in text)
    if markup == "html":
        out = html.unescape(out)
    return " ".join(out.split())


@dataclass
class _Answer:
    marker: str  # "=" or "~"
    weight: float | None
    text: str


class _Block:
    """One question's lines (comments removed), reporting problems at the input's lines."""

    def __init__(self, path: str, lines: list[tuple[int, str]], meta: dict, out: ParseResult):
        self.path = path
        self.numbers = [n for n, _ in lines]
        self.text = _protect("\n".join(t for _, t in lines))
        self.meta = meta
        self.out = out
        self.markup = ""

    def line(self, offset: int = 0) -> int:
        return self.numbers[self.text.count("\n", 0, max(offset, 0))]

    def problem(self, offset: int, message: str) -> None:
        self.out.problems.append(LineProblem(self.path, self.line(offset), message))

    def note(self, message: str) -> None:
        self.out.notes.append(LineProblem(self.path, self.line(), message))

    def parse(self) -> Draft | None:
        text, start, title = self.text, 0, None
        if text.lstrip().startswith("::"):
            open_at = text.index("::")
            close_at = text.find("::", open_at + 2)
            if close_at == -1:
                return self.problem(open_at, "the title '::' is never closed by another '::'")
            title = _restore(text[open_at + 2 : close_at])
            start = close_at + 2
        markup = _MARKUP.match(text, start)
        if markup:
            self.markup = markup.group(1).lower()
            start = markup.end()
        opening = text.find("{", start)
        stray = text.find("}", start, opening if opening != -1 else len(text))
        if stray != -1:
            return self.problem(stray, "'}' without an opening '{': write a literal brace as '\\}'")
        if opening == -1:
            return self.note("skipped: no { } answer block (a description, not a question)")
        closing = text.find("}", opening)
        if closing == -1:
            return self.problem(opening, "the answer block '{' is never closed by '}'")
        inner = text[opening + 1 : closing]
        if "{" in inner:
            at = opening + 1 + inner.index("{")
            return self.problem(at, "'{' inside an answer block: write a literal brace as '\\{'")
        tail = text[closing + 1 :]
        if "{" in tail or "}" in tail:
            at = closing + 1 + min(i for i in (tail.find("{"), tail.find("}")) if i != -1)
            return self.problem(
                at, "a second answer block: separate questions with a blank line"
            )
        prompt = _restore(text[start:opening], self.markup)
        if tail.strip():  # a missing-word question: the blank stands where the answers were
            prompt = f"{prompt} _____ {_restore(tail, self.markup)}".strip()
        if not prompt:
            return self.problem(opening, "the question has no text before its answer block")
        draft = self.answers(inner, opening + 1)
        if draft is not None:
            draft.prompt, draft.id, draft.line = prompt, title, self.line()
            self.apply_meta(draft)
        return draft

    def apply_meta(self, draft: Draft) -> None:
        draft.difficulty = self.meta.get("difficulty", draft.difficulty)
        draft.sources = self.meta.get("sources", [])

    def answers(self, inner: str, at: int) -> Draft | None:
        body, _, general = inner.partition("####")
        explanation = _restore(general, self.markup)
        body = body.strip()
        if not body:
            return self.note("skipped: an essay question ({}) has no answer to check")
        if body.startswith("#"):
            return self.number(body[1:], explanation, at)
        if "~" not in body and "->" in body:
            return self.note("skipped: matching questions (a -> b) have no Rouge Quiz form")
        if "~" not in body and _TRUE_FALSE.match(body):
            value = _TRUE_FALSE.match(body).group(1).upper() in ("T", "TRUE")
            return Draft(0, "truefalse", "", value, explanation=explanation)
        answers = self.split_answers(body, at)
        if answers is None:
            return None
        if "~" in body:
            return self.choice(answers, explanation, at)
        return self.short_answer(answers, explanation, at)

    def split_answers(self, body: str, at: int) -> list[_Answer] | None:
        parts = re.split(r"(?=[=~])", body)
        if parts[0].strip():
            self.problem(at, f"cannot read the answers {_restore(body)!r}: each answer starts "
                             "with '=' (right) or '~' (wrong); or write T, F or #number")
            return None
        answers = []
        for part in parts[1:]:
            weight = _WEIGHT.match(part, 1)
            rest = part[weight.end() :] if weight else part[1:]
            text = _restore(rest.split("#", 1)[0], self.markup)
            if not text:
                self.problem(at, f"an empty answer after {part[0]!r}")
                return None
            answers.append(_Answer(part[0], float(weight.group(1)) if weight else None, text))
        return answers

    def choice(self, answers: list[_Answer], explanation: str, at: int) -> Draft | None:
        choices = tuple(a.text for a in answers)
        right = [a for a in answers if a.marker == "="]
        if len(right) > 1:
            return self.problem(at, "more than one '=' answer: a choice question has one right "
                                    "answer (for several, weight them: ~%50%A ~%50%B ~%-100%C)")
        partial = [a for a in answers if a.weight is not None and 0 < a.weight < 100]
        if right and (partial or right[0].weight not in (None, 100)):
            return self.problem(at, "partial credit (%N% beside '=') cannot be imported: "
                                    "a choice question has one right answer")
        if right:
            return Draft(0, "choice", "", right[0].text, choices, explanation=explanation)
        weighted = [a.text for a in answers if a.weight is not None and a.weight > 0]
        if not weighted:
            return self.problem(at, "no right answer: mark it with '=' (or several with ~%50%)")
        # as in Moodle: without '=', weighted answers make a multiple-answer question
        return Draft(0, "multi", "", tuple(weighted), choices, explanation=explanation)

    def short_answer(self, answers: list[_Answer], explanation: str, at: int) -> Draft | None:
        if any(a.weight not in (None, 100) for a in answers):
            return self.problem(at, "partial credit (=%N%) cannot be imported: every "
                                    "alternative of a short answer counts as right")
        texts = tuple(a.text for a in answers)
        return Draft(0, "text", "", texts[0], accept=texts[1:], explanation=explanation)

    def number(self, body: str, explanation: str, at: int) -> Draft | None:
        alternatives = [p for p in re.split(r"(?=[=])", body.strip()) if p.strip()]
        if len(alternatives) > 1:
            return self.problem(at, "several number answers: only one exact answer can be imported")
        spec = alternatives[0].lstrip("=") if alternatives else ""
        weight = _WEIGHT.match(spec)
        spec = _restore((spec[weight.end() :] if weight else spec).split("#", 1)[0])
        if ".." in spec:
            return self.problem(at, f"a number range ({spec!r}) cannot be imported: "
                                    "number answers are exact")
        value, _, tolerance = spec.partition(":")
        number = _float(value)
        if number is None:
            return self.problem(at, f"{value!r} is not a number")
        if tolerance and _float(tolerance) != 0:
            return self.problem(at, f"a tolerance (':{tolerance}') cannot be imported: "
                                    "number answers are exact")
        answer = int(number) if number.is_integer() else number
        return Draft(0, "number", "", answer, explanation=explanation)


def _float(text: str) -> float | None:
    try:
        return float(text.strip())
    except ValueError:
        return None


def _read_meta(path: str, number: int, line: str, meta: dict, out: ParseResult) -> None:
    match = _META.match(line.strip())
    if not match:
        return
    key, value = match.groups()
    if key == "difficulty":
        meta["difficulty"] = value
        return
    source = _SOURCE.match(value)
    if not source:
        message = "a '// source:' comment reads '// source: SOURCE-ID: the quote'"
        out.problems.append(LineProblem(path, number, message))
        return
    meta.setdefault("sources", []).append({"source": source[1], "quote": source[2]})


def parse(text: str, path: str) -> ParseResult:
    out = ParseResult()
    lines: list[tuple[int, str]] = []
    meta: dict = {}
    numbered = list(enumerate(text.lstrip("\ufeff").splitlines(), start=1))
    for number, line in [*numbered, (len(numbered) + 1, "")]:
        stripped = line.strip()
        if stripped.startswith("//"):
            _read_meta(path, number, line, meta, out)
        elif stripped.startswith("$CATEGORY:"):
            continue  # Moodle's question-bank category: our topic comes from --topic
        elif stripped:
            lines.append((number, line))
        elif lines:  # a blank line ends a question
            draft = _Block(path, lines, meta, out).parse()
            if draft is not None:
                out.drafts.append(draft)
            lines, meta = [], {}
    return out
