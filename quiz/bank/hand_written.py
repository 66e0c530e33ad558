"""What the hand-written questions of questions/curated/ already ask, which the generated
ones count in: the facts they take, and their share of staff lines and true/false answers."""

from __future__ import annotations

from pathlib import Path

import yaml

from quiz.bank.interest import is_staff_line

try:  # libyaml: the same safe loading, several times faster
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _Loader

CURATED = "curated"


class Curated:
    """What the hand-written questions already ask: their facts and how many cite a staff list."""

    def __init__(self, questions_dir: Path | str | None = None):
        self.facts: set[str] = set()
        self.questions = self.staff = 0
        self.said = [0, 0]  # true/false statements: how many True, how many False
        self.items: list[dict] = []
        folder = Path(questions_dir) / CURATED if questions_dir else None
        for path in sorted(folder.glob("*.y*ml")) if folder and folder.is_dir() else []:
            try:
                doc = yaml.load(path.read_text(encoding="utf-8"), Loader=_Loader)
            except (yaml.YAMLError, UnicodeDecodeError):
                continue  # `quiz check` says what is wrong with it
            for item in (doc or {}).get("questions") or [] if isinstance(doc, dict) else []:
                if isinstance(item, dict):
                    self.add(item)

    def add(self, item: dict) -> None:
        self.items.append(item)
        self.questions += 1
        if item.get("fact"):
            self.facts.add(str(item["fact"]))
        self.staff += is_staff_line(str(_first_citation(item).get("quote", "")))
        if item.get("type") == "truefalse" and isinstance(item.get("answer"), bool):
            self.said[0 if item["answer"] else 1] += 1


    def about(self, source_ids: set[str]) -> Curated:
        """The hand-written questions whose first quote comes from one of these articles (one
        show's), for that show's shares; every curated fact stays taken."""
        part = Curated()
        for item in self.items:
            if _first_citation(item).get("source") in source_ids:
                part.add(item)
        part.facts = self.facts
        return part


def _first_citation(item: dict) -> dict:
    sources = item.get("sources") or [{}]
    first = sources[0] if isinstance(sources, list) else {}
    return first if isinstance(first, dict) else {}
