"""One made-up article: as the corpus reads it, for the show-name tests, or read into facts,
for the extraction rules' tests."""

from __future__ import annotations

import json
from pathlib import Path

from quiz.bank.corpus import parse_source
from quiz.bank.facts import FactBase, build_from
from quiz.bank.model import Source


def read_article(folder: Path, body: str, title: str) -> FactBase:
    text = f"---\nid: made-up\ntitle: {title}\norigin: made-up.txt\n---\n{body}"
    source = parse_source(folder / "made-up.md", text)
    return build_from({source.id: source}, {})


def article(folder: Path, title: str, body: str, extra: str = "") -> Source:
    """A news article with this headline and text (`extra`: more front matter lines)."""
    text = f"---\nid: news\ntitle: {json.dumps(title)}\norigin: news.txt\n{extra}---\n{body}\n"
    return parse_source(folder / "news.md", text)
