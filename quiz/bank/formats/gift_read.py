"""Reading GIFT as Moodle does. Per-answer (`~wrong#why`), true/false (`{T#if wrong#if right}`),
numeric and general (`####...`) feedback all go into the explanation; `[html]` and `[markdown]`
text becomes plain text alike everywhere in a question; `$CATEGORY:` gives the topic. What
cannot be kept exactly (partial credit, a tolerance, other weights) is noted per question.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from quiz.bank.formats import Draft, LineProblem, ParseResult, multi_weights, number_text, topic_slug
from quiz.bank.formats.numbers import number_range, number_spec, spoken
from quiz.bank.formats.text import plain, read_meta, with_feedback

SPECIAL = "\\~=#{}:"
# While parsing, escaped characters stand in for themselves as private-use characters, so
# `\=` in a choice is never mistaken for the start of an answer.
_PROTECT = {ch: chr(0xE000 + i) for i, ch in enumerate(SPECIAL + "n")}
_RESTORE = {v: ("\n" if k == "n" else k) for k, v in _PROTECT.items()}
_ESCAPE = re.compile(r"\\([\\~=#{}:n])")
_WEIGHT = re.compile(r"%(-?\d+(?:\.\d+)?)%")  # used with .match(): anchored where it starts
_TRUE_FALSE = re.compile(r"^(T|TRUE|F|FALSE)\s*(#.*)?$", re.IGNORECASE | re.DOTALL)
_MARKUP = re.compile(r"\s*\[(html|moodle|plain|markdown)\]", re.IGNORECASE)  # .match() anchors


def _protect(text: str) -> str:
    return _ESCAPE.sub(lambda m: _PROTECT[m.group(1)], text)


def _restore(text: str, markup: str = "") -> str:
    """Escapes put back, then the text format's markup taken away (or spaces squashed)."""
    return plain("".join(_RESTORE.get(ch, ch) for ch in text), markup)


@dataclass
class _Answer:
    marker: str  # "=" or "~"
    weight: float | None
    text: str
    feedback: str = ""


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
        general = _restore(general, self.markup)
        body = body.strip()
        if not body:
            return self.note("skipped: an essay question ({}) has no answer to check")
        if body.startswith("#"):
            return self.number(body[1:], general, at)
        if "~" not in body and "->" in body:
            return self.note("skipped: matching questions (a -> b) have no Rouge Quiz form")
        if "~" not in body and _TRUE_FALSE.match(body):
            return self.true_false(_TRUE_FALSE.match(body), general)
        answers = self.split_answers(body, at)
        if answers is None:
            return None
        draft = self.choice(answers, at) if "~" in body else self.short_answer(answers, at)
        if draft is not None:
            draft.explanation = with_feedback(general, [(a.text, a.feedback) for a in answers])
        return draft

    def true_false(self, match: re.Match, general: str) -> Draft:
        value = match.group(1).upper() in ("T", "TRUE")
        # as Moodle reads {T#if wrong#if right}: the first is for the wrong pick
        wrong, _, right = (match.group(2) or "").removeprefix("#").partition("#")
        feedback = [(str(not value), _restore(wrong, self.markup)),
                    (str(value), _restore(right, self.markup))]
        return Draft(0, "truefalse", "", value, explanation=with_feedback(general, feedback))

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
            text, _, why = rest.partition("#")
            text = _restore(text, self.markup)
            if not text:
                self.problem(at, f"an empty answer after {part[0]!r}")
                return None
            weight = float(weight.group(1)) if weight else None
            answers.append(_Answer(part[0], weight, text, _restore(why, self.markup)))
        return answers

    def partial(self, answers: list[_Answer]) -> None:
        # some credit, not full: Moodle gives part of the points for these, this app none
        partial = [f"{a.text!r} ({number_text(a.weight)}%)" for a in answers if 0 < (a.weight or 0) < 100]
        if partial:
            self.note(f"partial credit not kept, these count as wrong: {', '.join(partial)}")

    def choice(self, answers: list[_Answer], at: int) -> Draft | None:
        choices = tuple(a.text for a in answers)
        right = [a for a in answers if a.marker == "=" and a.weight in (None, 100)]
        if len(right) > 1:
            return self.problem(at, "more than one '=' answer: a choice question has one right "
                                    "answer (for several, weight them: ~%50%A ~%50%B ~%-50%C)")
        if right:
            self.partial(answers)
            return Draft(0, "choice", "", right[0].text, choices)
        weighted = [a for a in answers if a.weight is not None and a.weight > 0]
        if not weighted:
            return self.problem(at, "no right answer: mark it with '=' (or several with ~%50%)")
        # as in Moodle: without '=', weighted answers make a multiple-answer question
        share = float(multi_weights(len(weighted))[0])
        if any(abs((a.weight or 0) - (share if a in weighted else -share)) > 0.01 for a in answers):
            self.note(f"weights other than ~%{number_text(share)}% per right and "
                      f"~%-{number_text(share)}% per wrong answer: picks may score differently here")
        return Draft(0, "multi", "", tuple(a.text for a in weighted), choices)

    def short_answer(self, answers: list[_Answer], at: int) -> Draft | None:
        right = [a for a in answers if a.weight in (None, 100)]
        if not right:
            return self.problem(at, "no answer with full credit: mark one with '='")
        self.partial(answers)
        texts = tuple(a.text for a in right)
        return Draft(0, "text", "", texts[0], accept=texts[1:])

    def number(self, body: str, general: str, at: int) -> Draft | None:
        """`{#3}`, `{#3:2}`, `{#1..5}`, `{#=3:0 =%50%3:2#why ~#why}`, `{#3 ~#why}`, as Moodle reads them."""
        parts = [p for p in re.split(r"(?=[=~])", body.strip()) if p.strip()]
        right, feedback, numbers = [], [], []
        for part in parts:
            marker = part[0] if part[0] in "=~" else "="
            spec = part[1:] if part[0] in "=~" else part
            weight = _WEIGHT.match(spec.lstrip())
            spec = spec.lstrip()[weight.end() :] if weight else spec
            spec, _, why = spec.partition("#")
            spec = _restore(spec)
            feedback.append((spoken(spec), _restore(why, self.markup)))
            if marker == "~" or not spec:
                continue  # a wrong answer, there for its feedback
            try:
                value = number_spec(spec)
            except ValueError as exc:
                return self.problem(at, str(exc))
            if weight and float(weight.group(1)) < 100:
                self.note(f"partial credit not kept for {spec!r} ({weight.group(1)}%)")
            else:
                right.append(spec)
                numbers.append(value)
        if not numbers:
            return self.problem(at, "no number answer with full credit")
        answer, accept = numbers[0][0], []
        for value, low, high in numbers:
            accept += [number_text(value)] if value != answer else []
            more, lost = number_range(value, low, high)
            accept += more
            if lost:
                self.note(lost)
        accept = [a for a in dict.fromkeys(accept) if a != number_text(answer)]
        answer = int(answer) if answer.is_integer() else answer
        explanation = with_feedback(general, feedback)
        return Draft(0, "number", "", answer, accept=tuple(accept), explanation=explanation)


def _read_meta(path: str, number: int, line: str, meta: dict, out: ParseResult) -> None:
    if not read_meta(line.strip().removeprefix("//"), meta):
        message = "a '// source:' comment reads '// source: SOURCE-ID: the quote'"
        out.problems.append(LineProblem(path, number, message))


def parse(text: str, path: str) -> ParseResult:
    out = ParseResult()
    lines: list[tuple[int, str]] = []
    meta: dict = {}
    category = None
    numbered = list(enumerate(text.lstrip("\ufeff").splitlines(), start=1))
    for number, line in [*numbered, (len(numbered) + 1, "")]:
        stripped = line.strip()
        if stripped.startswith("//"):
            _read_meta(path, number, line, meta, out)
        elif stripped.startswith("$CATEGORY:"):
            category = topic_slug(stripped.removeprefix("$CATEGORY:"))  # the topic from here on
        elif stripped:
            lines.append((number, line))
        elif lines:  # a blank line ends a question
            draft = _Block(path, lines, meta, out).parse()
            if draft is not None:
                draft.topic = category
                out.drafts.append(draft)
            lines, meta = [], {}
    return out
