"""Every rule of the question format, each broken one reported as a Problem at its line.

The rules here are the format's definition (questions/README.md explains them to authors,
questions/schema.json repeats the shape for editors). This module checks a file and its
questions' fields; the rules of texts, answers and citations are in `validate_text`,
`validate_answers` and `validate_sources`.
"""

from __future__ import annotations

import re

from quiz.bank.answers import normalize
from quiz.bank.fact_rules import fact_of
from quiz.bank.files import Mapping, Sequence
from quiz.bank.model import DIFFICULTIES, QUESTION_TYPES, Question
from quiz.bank.validate_answers import AnswerChecks
from quiz.bank.validate_sources import SourceChecks
from quiz.bank.validate_text import At, suggest

ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9-]{0,79}$")
TOPIC_PATTERN = re.compile(r"^[a-z0-9][a-z0-9-]{0,39}$")
FILE_FIELDS = ("topic", "questions")
COMMON_FIELDS = ("id", "fact", "type", "difficulty", "prompt", "explanation", "sources", "topic", "rule")
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


class FileChecker(AnswerChecks, SourceChecks):
    """Checks one parsed question file against the corpus and the ids seen so far."""

    # -- the file -------------------------------------------------------------------------

    def check(self, doc: object) -> list[Question]:
        if not isinstance(doc, Mapping):
            where = getattr(doc, "pos", (1, 1))
            self.report(where, "a question file is a mapping with 'topic:' and 'questions:'")
            return []
        for key in doc:
            if key not in FILE_FIELDS:
                hint = suggest(key, FILE_FIELDS)
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
        rule = self.text_field(item, "rule")
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
            accept=accept, path=self.path, line=at[0], rule=rule, fact=fact_of(item, qid),
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
                hint = f" for a {qtype} question" if known else suggest(key, ALL_FIELDS)
                self.report(item.keys_at[key], f"unknown field {key!r}{hint}")
        for key in ("prompt", "explanation"):
            if key not in item:
                self.report(at, f"missing field {key!r}")
        for key in REQUIRED.get(qtype, ()):
            if key not in item:
                self.report(at, f"missing field {key!r} (a {qtype} question needs it)")


def normalized_answer(question: Question) -> str:
    """The answer in its comparison form (used by tests and the generator)."""
    return normalize(str(question.answer))
