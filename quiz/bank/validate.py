"""Every rule of the question format, each broken one reported as a Problem at its line.

The rules here are the format's definition (questions/README.md explains them to authors,
questions/schema.json repeats the shape for editors).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date
from functools import lru_cache

from rapidfuzz import process

from quiz.bank.answers import normalize, parse_number
from quiz.bank.corpus import locate
from quiz.bank.fact_rules import fact_of
from quiz.bank.files import Mapping, Sequence
from quiz.bank.model import DIFFICULTIES, QUESTION_TYPES, Citation, Problem, Question, Source
from quiz.bank.text import find_html

ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9-]{0,79}$")
TOPIC_PATTERN = re.compile(r"^[a-z0-9][a-z0-9-]{0,39}$")
FILE_FIELDS = ("topic", "questions")
COMMON_FIELDS = ("id", "fact", "type", "difficulty", "prompt", "explanation", "sources", "topic")
# Fields each type may have beyond the common ones ...
TYPE_FIELDS = {
    "choice": ("answer", "choices"),
    "multi": ("answer", "choices"),
    "truefalse": ("answer",),
    "text": ("answer", "accept"),
    "number": ("answer", "accept"),
    "order": ("items",),
}
# ... and those it must have.
REQUIRED = {
    "choice": ("answer", "choices"),
    "multi": ("answer", "choices"),
    "truefalse": ("answer",),
    "text": ("answer",),
    "number": ("answer",),
    "order": ("items",),
}
ALL_FIELDS = sorted(set(COMMON_FIELDS).union(*TYPE_FIELDS.values()))
# What a duplicate in each list is called in messages.
_LIST_ITEM = {"choices": "choice", "items": "item", "accept": "alias"}

At = tuple[int, int]


class FileChecker:
    """Checks one parsed question file against the corpus and the ids seen so far."""

    def __init__(
        self,
        path: str,
        sources: dict[str, Source],
        seen: dict[str, str],
        broken: frozenset[str] = frozenset(),
    ):
        self.path = path
        self.sources = sources
        self.seen = seen  # question id -> "path:line" of its first definition
        self.broken = broken  # ids of source files that exist but could not be loaded
        self.problems: list[Problem] = []

    def report(self, at: At, message: str) -> None:
        self.problems.append(Problem(self.path, at[0], at[1], message))

    # -- the file -------------------------------------------------------------------------

    def check(self, doc: object) -> list[Question]:
        if not isinstance(doc, Mapping):
            where = getattr(doc, "pos", (1, 1))
            self.report(where, "a question file is a mapping with 'topic:' and 'questions:'")
            return []
        for key in doc:
            if key not in FILE_FIELDS:
                hint = _suggest(key, FILE_FIELDS)
                self.report(doc.keys_at[key], f"unknown top-level field {key!r}{hint}")
        topic = self.check_topic(doc)
        items = doc.get("questions")
        if "questions" not in doc:
            self.report(doc.pos, "missing field 'questions'")
            return []
        if not isinstance(items, Sequence):
            self.report(doc.values_at["questions"], "'questions' must be a list")
            return []
        if not items:
            self.report(doc.values_at["questions"], "'questions' is empty: list at least one")
            return []
        questions = []
        for item, at in zip(items, items.items_at, strict=True):
            question = self.check_question(item, at, topic)
            if question is not None:
                questions.append(question)
        return questions

    def check_topic(self, doc: Mapping) -> str | None:
        if "topic" not in doc:
            self.report(doc.pos, "missing field 'topic'")
            return None
        topic = doc["topic"]
        if not isinstance(topic, str) or not TOPIC_PATTERN.match(topic):
            self.report(doc.values_at["topic"], "topic must be a lower-case slug like 'music'")
            return None
        return topic

    # -- one question ---------------------------------------------------------------------

    def check_question(self, item: object, at: At, topic: str | None) -> Question | None:
        if not isinstance(item, Mapping):
            self.report(at, "each question is a mapping of fields (id, type, prompt, ...)")
            return None
        before = len(self.problems)
        qid = self.check_id(item, at)
        qtype = self.check_type(item, at)
        self.check_fields(item, at, qtype)
        prompt = self.text_field(item, "prompt")
        explanation = self.text_field(item, "explanation")
        difficulty = item.get("difficulty", "medium")
        if difficulty not in DIFFICULTIES:
            where = item.values_at["difficulty"]
            self.report(where, f"difficulty must be one of {', '.join(DIFFICULTIES)}")
        own_topic = item.get("topic", topic)
        if "topic" in item and (not isinstance(own_topic, str) or not TOPIC_PATTERN.match(own_topic)):
            self.report(item.values_at["topic"], "topic must be a lower-case slug like 'music'")
        answer, choices, accept = self.check_answer(item, qtype)
        citations = self.check_sources(item, at)
        if len(self.problems) > before or qid is None or qtype is None:
            return None
        return Question(
            id=qid, type=qtype, topic=own_topic, difficulty=difficulty, prompt=prompt,
            answer=answer, explanation=explanation, sources=citations, choices=choices,
            accept=accept, path=self.path, line=at[0], fact=fact_of(item, qid),
        )

    def check_id(self, item: Mapping, at: At) -> str | None:
        if "id" not in item:
            self.report(at, "missing field 'id'")
            return None
        qid = item["id"]
        where = item.values_at["id"]
        if not isinstance(qid, str) or not ID_PATTERN.match(qid):
            message = f"id {qid!r} must be a lower-case slug (a-z, 0-9, '-'; at most 80 characters)"
            self.report(where, message)
            return None
        if qid in self.seen:
            self.report(where, f"duplicate id {qid!r}: already used at {self.seen[qid]}")
            return None
        self.seen[qid] = f"{self.path}:{where[0]}"
        return qid

    def check_type(self, item: Mapping, at: At) -> str | None:
        if "type" not in item:
            self.report(at, "missing field 'type'")
            return None
        qtype = item["type"]
        if isinstance(qtype, str) and qtype in QUESTION_TYPES:
            return qtype
        expected = ", ".join(QUESTION_TYPES)
        self.report(item.values_at["type"], f"unknown type {qtype!r}; expected one of {expected}")
        return None

    def check_fields(self, item: Mapping, at: At, qtype: str | None) -> None:
        """No field the type does not use; every field it needs."""
        # with an unknown type, any field some type uses is let through
        allowed = COMMON_FIELDS + TYPE_FIELDS.get(qtype, tuple(ALL_FIELDS))
        for key in item:
            if key not in allowed:
                known = qtype and key in ALL_FIELDS
                hint = f" for a {qtype} question" if known else _suggest(key, ALL_FIELDS)
                self.report(item.keys_at[key], f"unknown field {key!r}{hint}")
        for key in ("prompt", "explanation"):
            if key not in item:
                self.report(at, f"missing field {key!r}")
        for key in REQUIRED.get(qtype, ()):
            if key not in item:
                self.report(at, f"missing field {key!r} (a {qtype} question needs it)")

    # -- text -----------------------------------------------------------------------------

    def text_field(self, item: Mapping, key: str) -> str:
        if key not in item:
            return ""
        value = item[key]
        if not isinstance(value, str) or not value.strip():
            self.report(item.values_at[key], f"{key!r} must be non-empty text")
            return ""
        self.check_plain(value, item.values_at[key], key)
        return value.strip()

    def check_plain(self, value: str, at: At, what: str) -> None:
        tag = find_html(value)
        if tag:
            self.report(at, f"{what} contains HTML {tag!r}: question text is plain text only")

    def text_list(self, item: Mapping, key: str, minimum: int) -> tuple[str, ...]:
        """A list of distinct texts (distinct once case and punctuation are ignored)."""
        if key not in item:
            return ()
        values = item[key]
        if not isinstance(values, Sequence) or len(values) < minimum:
            items = "item" if minimum == 1 else "items"
            self.report(item.values_at[key], f"{key!r} must be a list of at least {minimum} {items}")
            return ()
        out: list[str] = []
        for value, at in zip(values, values.items_at, strict=True):
            text = self.list_text(value, at, key)
            if text is None:
                continue
            earlier = next((e for e in out if _same_choice(e, text)), None)
            if earlier is not None:
                what = _LIST_ITEM.get(key, key)
                message = (
                    f"duplicate {what} {text!r}: same as {earlier!r} "
                    "once case and punctuation are ignored"
                )
                self.report(at, message)
            out.append(text)
        return tuple(out)

    def list_text(self, value: object, at: At, key: str) -> str | None:
        if isinstance(value, bool):
            # YAML 1.1 reads a bare yes, no, on, off, true or false as a truth value
            self.report(at, f"each of {key!r} must be text; put yes/no/true/false in quotes")
            return None
        if not isinstance(value, str | int | float) or not str(value).strip():
            self.report(at, f"each of {key!r} must be non-empty text")
            return None
        text = str(value).strip()
        self.check_plain(text, at, f"an item of {key!r}")
        return text

    # -- answers --------------------------------------------------------------------------

    def check_answer(self, item: Mapping, qtype: str | None):
        """(answer, choices, accept) of a question, each checked for its type."""
        answer = item.get("answer")
        at = item.values_at.get("answer", item.pos)
        has = "answer" in item
        if qtype == "choice":
            choices = self.text_list(item, "choices", 2)
            return self.choice_answer(answer, at, choices, has), choices, ()
        if qtype == "multi":
            choices = self.text_list(item, "choices", 2)
            return self.multi_answer(answer, at, choices, has), choices, ()
        if qtype == "truefalse":
            if has and not isinstance(answer, bool):
                self.report(at, "a truefalse answer is true or false")
            return answer, (), ()
        if qtype == "text":
            return self.text_answer(answer, at, has), (), self.text_list(item, "accept", 1)
        if qtype == "number":
            return self.number_answer(answer, at, has), (), self.text_list(item, "accept", 1)
        if qtype == "order":
            items = self.text_list(item, "items", 2)
            return items, items, ()
        return answer, (), ()

    def choice_answer(self, answer: object, at: At, choices: tuple[str, ...], has: bool):
        if not has:
            return None
        match = _find_choice(answer, choices)
        if match is None and choices:
            self.report(at, f"answer {answer!r} is not among the choices")
        return match

    def multi_answer(self, answer: object, at: At, choices: tuple[str, ...], has: bool):
        if not has:
            return None
        if not isinstance(answer, Sequence) or not answer:
            self.report(at, "a multi question's answer is a list of its correct choices")
            return None
        found: list[str] = []
        for value, value_at in zip(answer, answer.items_at, strict=True):
            match = _find_choice(value, choices)
            if match is None and choices:
                self.report(value_at, f"answer {value!r} is not among the choices")
            elif match in found:
                self.report(value_at, f"answer {value!r} is listed twice")
            elif match is not None:
                found.append(match)
        if choices and len(found) == len(choices):
            self.report(at, "a multi question needs at least one wrong choice")
        return tuple(found)

    def text_answer(self, answer: object, at: At, has: bool):
        if not has:
            return None
        if isinstance(answer, date):
            self.report(at, "a text answer is text: put a date in quotes, like '2024-01-11'")
            return None
        if isinstance(answer, bool) or not isinstance(answer, str | int | float):
            self.report(at, "a text answer is non-empty text")
            return None
        text = str(answer).strip()
        if not text:
            self.report(at, "a text answer is non-empty text")
        self.check_plain(text, at, "answer")
        return text

    def number_answer(self, answer: object, at: At, has: bool):
        if not has:
            return None
        value = parse_number(answer)
        if value is None:
            self.report(at, f"a number answer is a number or number words, not {answer!r}")
            return None
        # "nine" is stored as 9, so every tool sees a number
        return int(value) if value.is_integer() else value

    # -- citations ------------------------------------------------------------------------

    def check_sources(self, item: Mapping, at: At) -> tuple[Citation, ...]:
        if "sources" not in item:
            self.report(at, "missing field 'sources': every question cites at least one quote")
            return ()
        cites = item["sources"]
        if not isinstance(cites, Sequence) or not cites:
            self.report(item.values_at["sources"], "'sources' must list at least one {source, quote}")
            return ()
        out = []
        for cite, cite_at in zip(cites, cites.items_at, strict=True):
            citation = self.check_citation(cite, cite_at)
            if citation is not None:
                out.append(citation)
        return tuple(out)

    def check_citation(self, cite: object, at: At) -> Citation | None:
        if not isinstance(cite, Mapping) or not {"source", "quote"} <= set(cite):
            self.report(at, "each source is a mapping with 'source' and 'quote'")
            return None
        for key in cite:
            if key not in ("source", "quote"):
                self.report(cite.keys_at[key], f"unknown field {key!r} in a source")
        sid, quote = cite["source"], cite["quote"]
        source = self.sources.get(sid) if isinstance(sid, str) else None
        if source is None and sid in self.broken:
            message = f"source {sid!r} could not be loaded: fix the problem reported for its file"
            self.report(cite.values_at["source"], message)
            return None
        if source is None:
            known = ", ".join(sorted(self.sources)) or "none"
            hint = _suggest(sid, self.sources)
            self.report(cite.values_at["source"], f"unknown source {sid!r}{hint}; known: {known}")
            return None
        quote_at = cite.values_at["quote"]
        if not isinstance(quote, str) or not quote.strip():
            self.report(quote_at, "quote must be non-empty text")
            return None
        self.check_plain(quote, quote_at, "quote")
        place = locate(source, quote)
        if place is None:
            self.report(quote_at, f"quote not found in source {sid!r}: {_short(quote)}")
            return None
        if place[2]:
            message = (
                f"quote is inside a passage source {sid!r} marks skip "
                "(boilerplate or off-topic); cite the article itself"
            )
            self.report(quote_at, message)
            return None
        return Citation(sid, quote.strip())


@lru_cache(maxsize=65536)
def _choice_form(text: str) -> str:
    return normalize(text)


def _same_choice(a: str, b: str) -> bool:
    """answers.same_choice, remembering each text's form: a bank repeats its choices."""
    return _choice_form(a) == _choice_form(b)


def _find_choice(value: object, choices: tuple[str, ...]) -> str | None:
    """The choice `value` names (compared like choices are), or None."""
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        return None
    text = str(value).strip()
    return next((c for c in choices if _same_choice(c, text)), None)


def _suggest(word: object, options: Iterable[str]) -> str:
    best = process.extractOne(str(word), list(options), score_cutoff=75)
    return f" (did you mean {best[0]!r}?)" if best else ""


def _short(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return repr(text if len(text) <= limit else text[: limit - 1] + "…")


def normalized_answer(question: Question) -> str:
    """The answer in its comparison form (used by tests and the generator)."""
    return normalize(str(question.answer))
