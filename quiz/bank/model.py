"""Plain dataclasses shared by every stage of the bank pipeline."""

from __future__ import annotations

from dataclasses import dataclass, field

QUESTION_TYPES = ("choice", "multi", "truefalse", "text", "number", "order")
DIFFICULTIES = ("easy", "medium", "hard")

# choice/text: a string; multi/order: a tuple of strings; truefalse: a bool; number: a number.
Answer = str | tuple[str, ...] | bool | int | float


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a question file, reported as ``path:line:col: message``."""

    path: str
    line: int
    col: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}:{self.col}: {self.message}"


@dataclass(frozen=True)
class Segment:
    """A sentence of a source body, with character offsets into that body."""

    start: int
    end: int
    text: str
    line: int  # 1-based line of the body the sentence starts on
    skipped: bool  # inside a passage the front matter marks `skip`
    fragment: bool = False  # the rest of a sentence the page broke off on the line before


@dataclass(frozen=True)
class Source:
    """An article of the corpus: front matter plus the verbatim body."""

    id: str
    title: str
    body: str
    origin: str
    byline: str | None = None
    publication: str | None = None
    skip: tuple[str, ...] = ()
    path: str = ""
    body_line: int = 1  # line of the file on which the body starts
    segments: tuple[Segment, ...] = ()
    show: str | None = None  # the show the article is about, when its front matter says

    def to_json(self) -> dict:
        return {
            "id": self.id,
            "title": self.title,
            "byline": self.byline,
            "publication": self.publication,
            "origin": self.origin,
        }


@dataclass(frozen=True)
class Citation:
    source: str
    quote: str


@dataclass(frozen=True)
class Question:
    id: str
    type: str
    topic: str
    difficulty: str
    prompt: str
    answer: Answer
    explanation: str
    sources: tuple[Citation, ...]
    choices: tuple[str, ...] = ()
    accept: tuple[str, ...] = ()
    path: str = ""
    line: int = 0
    rule: str = ""  # the generator rule that drafted it (relation/form); empty when hand-written
    fact: str = ""  # the fact it asks; a question file that names none asks a fact of its own

    def __hash__(self) -> int:
        # equal questions share id and prompt; hashing every field (quotes and all) each time
        # a round is drawn would cost more than the draw itself
        return hash((self.id, self.prompt))

    def to_json(self) -> dict:
        """The export shape DESIGN.md fixes, extended with `fact`; other tools depend on it."""
        return {
            "id": self.id,
            "fact": self.fact or self.id,
            "type": self.type,
            "topic": self.topic,
            "difficulty": self.difficulty,
            "prompt": self.prompt,
            "choices": list(self.choices),
            "answer": list(self.answer) if isinstance(self.answer, list | tuple) else self.answer,
            "accept": list(self.accept),
            "explanation": self.explanation,
            "sources": [{"source": c.source, "quote": c.quote} for c in self.sources],
        }


@dataclass(frozen=True)
class Fact:
    """A typed statement extracted from the corpus, with every quote that states it."""

    relation: str
    subject: str
    value: str
    citations: tuple[Citation, ...] = ()
    kind: str = ""  # entity class of the value (person, song, date, place, ...)
    subject_kind: str = ""  # entity class of the subject (show, person, character, ...)
    qualifier: str = ""  # part of what the fact says: a credit's role, a theme's kind

    @property
    def sources(self) -> tuple[str, ...]:
        """The articles stating the fact, each once."""
        return tuple(sorted({c.source for c in self.citations}))

    @property
    def corroboration(self) -> int:
        return len(self.sources)


@dataclass(frozen=True)
class Bank:
    """The whole validated bank, immutable once loaded."""

    sources: dict[str, Source] = field(default_factory=dict)
    questions: tuple[Question, ...] = ()
    problems: tuple[Problem, ...] = ()
    # ids of the questions served by the OpenTDB API and never drawn in rounds (quiz.bank.pools)
    set_aside: frozenset[str] = frozenset()

    def question(self, question_id: str) -> Question | None:
        return self._by_id.get(question_id)

    @property
    def _by_id(self) -> dict[str, Question]:
        cached = self.__dict__.get("_by_id_cache")
        if cached is None:
            cached = {q.id: q for q in self.questions}
            object.__setattr__(self, "_by_id_cache", cached)
        return cached

    @property
    def topics(self) -> list[str]:
        return sorted({q.topic for q in self.questions})
