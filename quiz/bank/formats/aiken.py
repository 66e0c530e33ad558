"""The Aiken format: a question line, lettered options, then `ANSWER: <letter>`.

```
Who performs the opening theme "Rouge"?
A. Yu-ka
B. Dazbee
ANSWER: A
```

It carries single-answer choice questions only (no ids, no feedback); every other type is
counted as skipped on export. Text is plain text: "<Space Dandy>" is kept as written, with
lookalike angle brackets so it is not taken for HTML.
"""

from __future__ import annotations

import re
import string
from dataclasses import dataclass, field

from quiz.bank.formats import Draft, ExportResult, LineProblem, ParseResult
from quiz.bank.model import Bank

_OPTION = re.compile(r"^([A-Z])[.)]\s*(\S.*)$")  # as in Moodle, "A.Bones" needs no space
_ANSWER = re.compile(r"^ANSWER\s*:\s*(.*)$", re.IGNORECASE)
LETTERS = string.ascii_uppercase


def _line(text: str) -> str:
    return " ".join(text.split())


def export(bank: Bank) -> ExportResult:
    result = ExportResult("")
    parts = []
    for q in bank.questions:
        if q.type != "choice" or len(q.choices) > len(LETTERS):
            result.skipped[q.type] += 1
            continue
        options = [f"{LETTERS[i]}. {_line(c)}" for i, c in enumerate(q.choices)]
        answer = LETTERS[q.choices.index(q.answer)]
        parts.append("\n".join([_line(q.prompt), *options, f"ANSWER: {answer}"]) + "\n")
    result.text = "\n".join(parts)
    return result


@dataclass
class _Open:
    """The question being read: its line, text and options so far."""

    line: int
    prompt: str
    options: list[tuple[str, str, int]] = field(default_factory=list)  # letter, text, line


class _Reader:
    def __init__(self, path: str):
        self.path = path
        self.out = ParseResult()
        self.current: _Open | None = None

    def problem(self, line: int, message: str) -> None:
        self.out.problems.append(LineProblem(self.path, line, message))

    def unfinished(self) -> None:
        if self.current is not None:
            self.problem(self.current.line, "missing 'ANSWER:' line after this question's options")
            self.current = None

    def read(self, number: int, line: str) -> None:
        text = line.strip()
        if not text:
            return
        answer, option = _ANSWER.match(text), _OPTION.match(text)
        if answer:
            self.finish(number, answer.group(1).strip())
        elif option and self.current is not None:
            self.current.options.append((option[1], option[2].strip(), number))
        elif option:
            self.problem(number, f"option '{option[1]}.' has no question line before it")
        elif self.current is not None and not self.current.options:
            self.current.prompt += " " + text  # a question written over several lines
        else:
            self.unfinished()
            self.current = _Open(number, text)

    def finish(self, number: int, letter: str) -> None:
        current, self.current = self.current, None
        if current is None:
            return self.problem(number, "'ANSWER:' line without a question before it")
        if len(current.options) < 2:
            return self.problem(current.line, "a question needs at least 2 options (A. ..., B. ...)")
        texts: dict[str, str] = {}
        for option_letter, text, line in current.options:
            if option_letter in texts:
                return self.problem(line, f"option letter '{option_letter}' is used twice")
            texts[option_letter] = text
        # as Moodle does, the first letter counts: "ANSWER: A. Bones" is A
        if not re.match(r"[A-Za-z]\b", letter):
            return self.problem(number, f"'ANSWER:' is followed by one option letter, not {letter!r}")
        letter = letter[0]
        if letter.upper() not in texts:
            letters = ", ".join(texts)
            return self.problem(number, f"ANSWER: {letter} names no option (options: {letters})")
        choices = tuple(texts.values())
        self.out.drafts.append(Draft(current.line, "choice", current.prompt, texts[letter.upper()], choices))


def parse(text: str, path: str) -> ParseResult:
    reader = _Reader(path)
    for number, line in enumerate(text.lstrip("\ufeff").splitlines(), start=1):
        reader.read(number, line)
    reader.unfinished()
    return reader.out
