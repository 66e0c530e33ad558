"""Open Trivia DB's API response: `{"response_code": 0, "results": [...]}`.

Export escapes text as the API's default encoding does (PHP's htmlentities with ENT_QUOTES:
`&quot;`, `&#039;`, `&amp;`, `&eacute;`, ...). Import reads all four encodings the API offers
(its `encode=` parameter): that default, `url3986`, `urlLegacy` and `base64`, told apart from
the text itself unless named. Only choice questions with exactly four choices ("multiple",
always one right and three wrong answers there) and truefalse ("boolean") questions exist
there; other questions are counted as skipped on export.
"""

from __future__ import annotations

import base64
import binascii
import html
import json
import re
import urllib.parse
import zlib
from html.entities import codepoint2name

from quiz.bank.formats import Draft, ExportResult, LineProblem, ParseResult
from quiz.bank.model import DIFFICULTIES, Bank, Question

WRONG_ANSWERS = 3  # a "multiple" question always has three
ENCODINGS = ("auto", "default", "url3986", "urlLegacy", "base64")
_BASE64_TYPES = {base64.b64encode(t.encode()).decode() for t in ("multiple", "boolean")}
_PERCENT = re.compile(r"%[0-9A-Fa-f]{2}")

CATEGORY = "Entertainment: Japanese Anime & Manga"
RESPONSE_CODES = {
    1: "no results",
    2: "invalid parameter",
    3: "session token not found",
    4: "session token has returned all questions",
    5: "rate limit exceeded",
}


def escape(text: str) -> str:
    """As htmlentities(ENT_QUOTES | ENT_HTML401): named entities where HTML 4 has them."""
    out = []
    for ch in text:
        if ch == "'":
            out.append("&#039;")
        elif ord(ch) in codepoint2name:
            out.append(f"&{codepoint2name[ord(ch)]};")
        else:
            out.append(ch)
    return "".join(out)


def _result(q: Question) -> dict:
    if q.type == "truefalse":
        kind, right = "boolean", "True" if q.answer else "False"
        wrong = ["False" if q.answer else "True"]
    else:
        kind, right = "multiple", escape(q.answer)
        wrong = [escape(c) for c in q.choices if c != q.answer]
    return {
        "type": kind,
        "difficulty": q.difficulty,
        "category": escape(CATEGORY),
        "question": escape(q.prompt),
        "correct_answer": right,
        "incorrect_answers": wrong,
    }


def export(bank: Bank) -> ExportResult:
    result = ExportResult("")
    results = []
    for q in bank.questions:
        if q.type == "choice" and len(q.choices) != WRONG_ANSWERS + 1:
            result.skipped[f"choice without exactly {WRONG_ANSWERS + 1} choices"] += 1
        elif q.type in ("choice", "truefalse"):
            results.append(_result(q))
        else:
            result.skipped[q.type] += 1
    data = {"response_code": 0, "results": results}
    result.text = json.dumps(data, separators=(",", ":")) + "\n"
    return result


# ---------------------------------------------------------------- import


class Located(dict):
    """A JSON object that remembers its line and the line of each value."""

    line: int
    lines: dict


class LocatedList(list):
    """A JSON array that remembers the line of each item."""

    lines: list[int]


class _Walker:
    """Re-reads valid JSON to learn where each object and value starts (json.loads forgets)."""

    def __init__(self, text: str):
        self.text = text
        self.decoder = json.JSONDecoder()

    def line(self, at: int) -> int:
        return self.text.count("\n", 0, at) + 1

    def space(self, at: int) -> int:
        while at < len(self.text) and self.text[at] in " \t\r\n":
            at += 1
        return at

    def value(self, at: int):
        at = self.space(at)
        if self.text[at] == "{":
            obj = Located()
            obj.line, obj.lines = self.line(at), {}
            at = self.space(at + 1)
            while self.text[at] != "}":
                key, at = self.decoder.raw_decode(self.text, self.space(at))
                at = self.space(self.space(at) + 1)  # past the ':'
                obj.lines[key] = self.line(at)
                obj[key], at = self.value(at)
                at = self.space(at)
                at = self.space(at + 1) if self.text[at] == "," else at
            return obj, at + 1
        if self.text[at] == "[":
            items = LocatedList()
            items.lines = []
            at = self.space(at + 1)
            while self.text[at] != "]":
                items.lines.append(self.line(at))
                item, at = self.value(at)
                items.append(item)
                at = self.space(at)
                at = self.space(at + 1) if self.text[at] == "," else at
            return items, at + 1
        return self.decoder.raw_decode(self.text, at)


def _text(value) -> str | None:
    return " ".join(value.split()) if isinstance(value, str) else None


def _strings(item) -> list[str]:
    if isinstance(item, dict):
        return [s for value in item.values() for s in _strings(value)]
    if isinstance(item, list):
        return [s for value in item for s in _strings(value)]
    return [item] if isinstance(item, str) else []


def detect(results: list) -> str:
    """The API's encoding of `results`, from what its text looks like."""
    types = {item.get("type") for item in results if isinstance(item, dict)}
    if types and types <= _BASE64_TYPES:
        return "base64"
    texts = [s for item in results for s in _strings(item)]
    # URL-encoded text has no spaces (they become + or %20); plain text nearly always has some
    if any(_PERCENT.search(t) for t in texts) and not any(" " in t for t in texts):
        return "urlLegacy" if any("+" in t for t in texts) else "url3986"
    return "default"


def _base64(text: str) -> str:
    return base64.b64decode(text, validate=True).decode("utf-8")


DECODERS = {
    "default": html.unescape,
    "url3986": urllib.parse.unquote,
    "urlLegacy": urllib.parse.unquote_plus,
    "base64": _base64,
}


def decode(value, decoder):
    """Every string inside `value` decoded, keeping the lines the walker noted."""
    if isinstance(value, dict):
        for key in value:
            value[key] = decode(value[key], decoder)
    elif isinstance(value, list):
        value[:] = [decode(v, decoder) for v in value]
    elif isinstance(value, str):
        value = decoder(value)
    return value


class _Reader:
    def __init__(self, path: str):
        self.path = path
        self.out = ParseResult()

    def problem(self, line: int, message: str) -> None:
        self.out.problems.append(LineProblem(self.path, line, message))

    def result(self, item, line: int) -> None:
        if not isinstance(item, Located):
            return self.problem(line, "each result is an object with type, question, correct_answer, ...")
        before = len(self.out.problems)
        for key in ("type", "question", "correct_answer", "incorrect_answers"):
            if key not in item:
                self.problem(item.line, f"missing field {key!r}")
        kind = item.get("type")
        if "type" in item and kind not in ("multiple", "boolean"):
            self.problem(item.lines["type"], f"type must be 'multiple' or 'boolean', not {kind!r}")
        difficulty = item.get("difficulty", "medium")
        if difficulty not in DIFFICULTIES:
            message = f"difficulty must be easy, medium or hard, not {difficulty!r}"
            self.problem(item.lines["difficulty"], message)
        prompt, right = _text(item.get("question")), _text(item.get("correct_answer"))
        for key, value in (("question", prompt), ("correct_answer", right)):
            if key in item and not value:
                self.problem(item.lines[key], f"{key!r} must be non-empty text")
        wrong = item.get("incorrect_answers")
        texts = [_text(w) for w in wrong] if isinstance(wrong, list) else None
        if "incorrect_answers" in item and (not texts or not all(texts)):
            message = "'incorrect_answers' must be a list of at least one text"
            self.problem(item.lines["incorrect_answers"], message)
        if kind == "boolean" and right is not None and right not in ("True", "False"):
            message = f"a boolean question's correct_answer is 'True' or 'False', not {right!r}"
            self.problem(item.lines["correct_answer"], message)
        if len(self.out.problems) > before:
            return None
        self.out.drafts.append(self.draft(item, kind, difficulty, prompt, right, texts))

    @staticmethod
    def draft(item: Located, kind, difficulty, prompt, right, wrong) -> Draft:
        if kind == "boolean":
            return Draft(item.line, "truefalse", prompt, right == "True", difficulty=difficulty)
        # OpenTDB lists the right answer apart; put it at a stable place among the wrong ones
        choices = list(wrong)
        choices.insert(zlib.crc32(prompt.encode()) % (len(wrong) + 1), right)
        return Draft(item.line, "choice", prompt, right, tuple(choices), difficulty=difficulty)


def parse(text: str, path: str, encoding: str = "auto") -> ParseResult:
    reader = _Reader(path)
    text = text.lstrip("\ufeff")
    try:
        json.loads(text)
    except json.JSONDecodeError as exc:
        reader.problem(exc.lineno, f"not valid JSON: {exc.msg} (column {exc.colno})")
        return reader.out
    data, _ = _Walker(text).value(0)
    results = data.get("results") if isinstance(data, Located) else None
    if not isinstance(results, list):
        reader.problem(1, "expected an Open Trivia DB response: an object with \"results\": [...]")
        return reader.out
    code = data.get("response_code", 0)
    if code != 0:
        reason = RESPONSE_CODES.get(code, "unknown code")
        message = f"response_code {code} ({reason}): the response holds no questions"
        reader.problem(data.lines["response_code"], message)
        return reader.out
    encoding = detect(results) if encoding == "auto" else encoding
    for item, line in zip(results, results.lines, strict=True):
        try:
            decode(item, DECODERS[encoding])
        except (binascii.Error, UnicodeDecodeError, ValueError):
            reader.problem(line, f"cannot decode this result as {encoding} (--encoding names "
                                 "the API's encode= parameter)")
            continue
        reader.result(item, line)
    return reader.out
