"""One made-up article read into facts, for the extraction rules' tests."""

from __future__ import annotations

from pathlib import Path

from quiz.bank.corpus import parse_source
from quiz.bank.facts import FactBase, build_from


def read_article(folder: Path, body: str, title: str) -> FactBase:
    text = f"---\nid: made-up\ntitle: {title}\norigin: made-up.txt\n---\n{body}"
    source = parse_source(folder / "made-up.md", text)
    return build_from({source.id: source}, {})
