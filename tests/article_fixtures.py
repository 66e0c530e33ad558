"""The fixture corpus of tests/fixtures/articles/: real news articles about other shows, the
facts a fan could be asked about each, and the train/test split.

Read by the tests that keep the fixtures honest and by bench/article_quality.py, which
measures the generator on them. Layout:

    articles/<id>.md          an article in the corpus format (front matter, verbatim text)
    articles/INDEX.yaml       per article: outlet, address, where its title comes from, shapes
    articles/SPLIT.yaml       train: [ids], test: [ids]
    articles/facts/<id>.yaml  show, aliases and facts: question, answers, proof (a sentence
                              of the article, or a list of them when the fact spans lines)
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

FOLDER = Path(__file__).parent / "fixtures" / "articles"


@dataclass(frozen=True)
class Fact:
    article: str
    id: str
    question: str
    answers: tuple[str, ...]
    proofs: tuple[str, ...]


@dataclass(frozen=True)
class ArticleFacts:
    article: str
    show: str
    aliases: tuple[str, ...]
    facts: tuple[Fact, ...]

    @property
    def names(self) -> tuple[str, ...]:
        """Every name the show goes by in its article."""
        return (self.show, *self.aliases)


def _read(path: Path):
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def article_paths(folder: Path = FOLDER) -> list[Path]:
    return sorted(folder.glob("*.md"))


def index(folder: Path = FOLDER) -> dict[str, dict]:
    """INDEX.yaml by article id."""
    return {entry["id"]: entry for entry in _read(folder / "INDEX.yaml")["articles"]}


def split(folder: Path = FOLDER) -> dict[str, list[str]]:
    """SPLIT.yaml: {"train": [ids], "test": [ids]}."""
    return _read(folder / "SPLIT.yaml")


def read_facts(path: Path) -> ArticleFacts:
    data = _read(path)
    article = data["article"]
    facts = []
    for entry in data["facts"]:
        proof = entry["proof"]
        facts.append(
            Fact(
                article=article,
                id=entry["id"],
                question=entry["question"],
                answers=tuple(str(a) for a in entry["answers"]),
                proofs=tuple(proof) if isinstance(proof, list) else (proof,),
            )
        )
    return ArticleFacts(article, data["show"], tuple(data.get("aliases") or ()), tuple(facts))


def all_facts(folder: Path = FOLDER) -> dict[str, ArticleFacts]:
    """Every facts file, by the article it is about."""
    out = {}
    for path in sorted((folder / "facts").glob("*.yaml")):
        facts = read_facts(path)
        out[facts.article] = facts
    return out
