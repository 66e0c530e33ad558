"""Every rule of the question format, each broken one reported as a Problem at its line.

The rules here are the format's definition (questions/README.md explains them to authors,
questions/schema.json repeats the shape for editors).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from rapidfuzz import process

from quiz.bank.answers import normalize, parse_number, same_choice
from quiz.bank.corpus import locate
from quiz.bank.files import Mapping, Sequence
from quiz.bank.model import DIFFICULTIES, QUESTION_TYPES, Citation, Problem, Question, Source
from quiz.bank.text import find_html

ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9-]{0,79}$")
TOPIC_PATTERN = re.compile(r"^[a-z0-9][a-z0-9-]{0,39}$")
FILE_FIELDS = ("topic", "questions")
COMMON_FIELDS = ("id", "type", "difficulty", "prompt", "explanation", "sources", "topic")
TYPE_FIELDS = {
    "choice": ("answer", "choices"),
    "multi": ("answer", "choices"),
    "truefalse": ("answer",),
    "text": ("answer", "accept"),
    "number": ("answer", "accept"),
    "order": ("items",),
}
REQUIRED = {
    "choice": ("answer", "choices"),
    "multi": ("answer", "choices"),
    "truefalse": ("answer",),
    "text": ("answer",),
    "number": ("answer",),
    "order": ("items",),
}
ALL_FIELDS = sorted(set(COMMON_FIELDS).union(*TYPE_FIELDS.values()))


class FileChecker:
    """Checks one parsed question file against the corpus and the ids seen so far."""

    def __init__(self, path: str, sources: dict[str, Source], seen: dict[str, str]):
        self.path = path
        self.sources = sources
        self.seen = seen  # question id -> "path:line" of its first definition
        self.problems: list[Problem] = []

    def report(self, at: tuple[int, int], message: str) -> None:
        self.problems.append(Problem(self.path, at[0], at[1], message))

    def check(self, doc: object) -> list[Question]:
        if not isinstance(doc, Mapping):
            self.report(getattr(doc, "pos", (1, 1)), "a question file is a mapping with 'topic:' and 'questions:'")
            return []
        for key in doc:
            if key not in FILE_FIELDS:
                self.report(doc.keys_at[key], f"unknown top-level field {key!r}{_suggest(key, FILE_FIELDS)}")
        topic = doc.get("topic")
        if "topic" not in doc:
            self.report(doc.pos, "missing field 'topic'")
        elif not isinstance(topic, str) or not TOPIC_PATTERN.match(topic):
            self.report(doc.values_at["topic"], "topic must be a lower-case slug like 'music'")
            topic = None
        items = doc.get("questions")
        if "questions" not in doc:
            self.report(doc.pos, "missing field 'questions'")
            return []
        if not isinstance(items, Sequence):
            self.report(doc.values_at["questions"], "'questions' must be a list")
            return []
        questions = []
        for item, at in zip(items, items.items_at, strict=True):
            question = self.check_question(item, at, topic)
            if question is not None:
                questions.append(question)
        return questions

    def check_question(self, item: object, at: tuple[int, int], topic: str | None) -> Question | None:
        if not isinstance(item, Mapping):
            self.report(at, "each question is a mapping of fields (id, type, prompt, ...)")
            return None
        before = len(self.problems)
        qid = self.check_id(item, at)
        qtype = item.get("type")
        if "type" not in item:
            self.report(at, "missing field 'type'")
        elif qtype not in QUESTION_TYPES:
            self.report(item.values_at["type"], f"unknown type {qtype!r}; expected one of {', '.join(QUESTION_TYPES)}")
            qtype = None
        allowed = COMMON_FIELDS + TYPE_FIELDS.get(qtype, tuple(ALL_FIELDS))
        for key in item:
            if key not in allowed:
                hint = f" for a {qtype} question" if qtype and key in ALL_FIELDS else _suggest(key, ALL_FIELDS)
                self.report(item.keys_at[key], f"unknown field {key!r}{hint}")
        for key in ("prompt", "explanation") + (REQUIRED.get(qtype, ())):
            if key not in item:
                self.report(at, f"missing field {key!r}" + (f" (a {qtype} question needs it)" if key not in ("prompt", "explanation") else ""))
        prompt = self.text_field(item, "prompt")
        explanation = self.text_field(item, "explanation")
        difficulty = item.get("difficulty", "medium")
        if difficulty not in DIFFICULTIES:
            self.report(item.values_at["difficulty"], f"difficulty must be one of {', '.join(DIFFICULTIES)}")
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
            accept=accept, path=self.path, line=at[0],
        )

    def check_id(self, item: Mapping, at: tuple[int, int]) -> str | None:
        if "id" not in item:
            self.report(at, "missing field 'id'")
            return None
        qid = item["id"]
        where = item.values_at["id"]
        if not isinstance(qid, str) or not ID_PATTERN.match(qid):
            self.report(where, f"id {qid!r} must be a lower-case slug (a-z, 0-9, '-')")
            return None
        if qid in self.seen:
            self.report(where, f"duplicate id {qid!r}: already used at {self.seen[qid]}")
            return None
        self.seen[qid] = f"{self.path}:{where[0]}"
        return qid

    def text_field(self, item: Mapping, key: str) -> str:
        value = item.get(key)
        if key not in item:
            return ""
        if not isinstance(value, str) or not value.strip():
            self.report(item.values_at[key], f"{key!r} must be non-empty text")
            return ""
        self.check_plain(value, item.values_at[key], key)
        return value.strip()

    def check_plain(self, value: str, at: tuple[int, int], what: str) -> None:
        tag = find_html(value)
        if tag:
            self.report(at, f"{what} contains HTML {tag!r}: question text is plain text only")

    def text_list(self, item: Mapping, key: str, minimum: int) -> tuple[str, ...]:
        values = item.get(key)
        if key not in item:
            return ()
        if not isinstance(values, Sequence) or len(values) < minimum:
            self.report(item.values_at[key], f"{key!r} must be a list of at least {minimum} items")
            return ()
        out = []
        for value, at in zip(values, values.items_at, strict=True):
            if isinstance(value, bool) or not isinstance(value, str | int | float) or not str(value).strip():
                self.report(at, f"each of {key!r} must be non-empty text")
                continue
            text = str(value).strip()
            self.check_plain(text, at, f"an item of {key!r}")
            for earlier in out:
                if same_choice(earlier, text):
                    self.report(at, f"duplicate {key[:-1] if key.endswith('s') else key} {text!r}: same as {earlier!r} once case and punctuation are ignored")
                    break
            out.append(text)
        return tuple(out)

    def check_answer(self, item: Mapping, qtype: str | None):
        answer = item.get("answer")
        answer_at = item.values_at.get("answer", item.pos)
        choices: tuple[str, ...] = ()
        accept: tuple[str, ...] = ()
        if qtype in ("choice", "multi"):
            choices = self.text_list(item, "choices", 2)
            wanted = answer if qtype == "multi" else [answer]
            if qtype == "multi" and not isinstance(answer, Sequence | list):
                if "answer" in item:
                    self.report(answer_at, "a multi question's answer is a list of its correct choices")
                return None, choices, accept
            found = []
            for value in wanted or []:
                text = str(value).strip() if isinstance(value, str | int | float) and not isinstance(value, bool) else None
                match = next((c for c in choices if text is not None and same_choice(c, text)), None)
                if match is None and choices and "answer" in item:
                    self.report(answer_at, f"answer {value!r} is not among the choices")
                elif match:
                    found.append(match)
            if qtype == "multi" and choices and found and len(found) == len(choices):
                self.report(answer_at, "a multi question needs at least one wrong choice")
            answer = tuple(found) if qtype == "multi" else (found[0] if found else None)
        elif qtype == "truefalse":
            if "answer" in item and not isinstance(answer, bool):
                self.report(answer_at, "a truefalse answer is true or false")
        elif qtype == "text":
            if "answer" in item and (isinstance(answer, bool) or not isinstance(answer, str | int | float)):
                self.report(answer_at, "a text answer is text")
            elif "answer" in item:
                answer = str(answer).strip()
                self.check_plain(answer, answer_at, "answer")
            accept = self.text_list(item, "accept", 1)
        elif qtype == "number":
            if "answer" in item and parse_number(answer) is None:
                self.report(answer_at, f"a number answer is a number or number words, not {answer!r}")
            accept = self.text_list(item, "accept", 1)
        elif qtype == "order":
            choices = self.text_list(item, "items", 2)
            answer = choices
        return answer, choices, accept

    def check_sources(self, item: Mapping, at: tuple[int, int]) -> tuple[Citation, ...]:
        if "sources" not in item:
            self.report(at, "missing field 'sources': every question cites at least one quote")
            return ()
        cites = item["sources"]
        if not isinstance(cites, Sequence) or not cites:
            self.report(item.values_at["sources"], "'sources' must list at least one {source, quote}")
            return ()
        out = []
        for cite, cite_at in zip(cites, cites.items_at, strict=True):
            if not isinstance(cite, Mapping) or not {"source", "quote"} <= set(cite):
                self.report(cite_at, "each source is a mapping with 'source' and 'quote'")
                continue
            for key in cite:
                if key not in ("source", "quote"):
                    self.report(cite.keys_at[key], f"unknown field {key!r} in a source")
            sid, quote = cite["source"], cite["quote"]
            source = self.sources.get(sid) if isinstance(sid, str) else None
            if source is None:
                known = ", ".join(sorted(self.sources)) or "none"
                self.report(cite.values_at["source"], f"unknown source {sid!r}{_suggest(str(sid), list(self.sources))}; known: {known}")
                continue
            if not isinstance(quote, str) or not quote.strip():
                self.report(cite.values_at["quote"], "quote must be non-empty text")
                continue
            self.check_plain(quote, cite.values_at["quote"], "quote")
            place = locate(source, quote)
            if place is None:
                self.report(cite.values_at["quote"], f"quote not found in source {sid!r}: {_short(quote)}")
            elif place[2]:
                self.report(cite.values_at["quote"], f"quote is inside a passage source {sid!r} marks skip (boilerplate or off-topic); cite the article itself")
            else:
                out.append(Citation(sid, quote.strip()))
        return tuple(out)


def _suggest(word: str, options: Iterable[str]) -> str:
    best = process.extractOne(word, list(options), score_cutoff=75)
    return f" (did you mean {best[0]!r}?)" if best else ""


def _short(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return repr(text if len(text) <= limit else text[: limit - 1] + "…")


def normalized_answer(question: Question) -> str:
    """The answer in its comparison form (used by tests and the generator)."""
    return normalize(str(question.answer))
