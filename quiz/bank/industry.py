"""Names of the anime industry (industry.yaml): studios, distributors, publishers, magazines,
services, networks, labels and music units, game makers, events and outlets. A headline names
them as readily as the show and the text repeats them as often, so such a name is never the
show an article is about, whatever place the text gives it.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import yaml

from quiz.bank.text import fold

_FILE = Path(__file__).with_name("industry.yaml")


def key(name: str) -> str:
    """A name as compared: folded, lower case, its letters and digits only, a possessive and a
    closing dot gone ("Warner Bros." is "WARNER BROS", "Netflix's" is "Netflix", "Disney+"
    keeps its plus, which is all that tells it from "Disney")."""
    text = fold(name).lower().replace("\u2019", "'")
    text = text[:-2] if text.endswith("'s") else text
    return " ".join("".join(c if c.isalnum() or c == "+" else " " for c in text).split())


@lru_cache(maxsize=1)
def _names() -> frozenset[str]:
    data = yaml.safe_load(_FILE.read_text(encoding="utf-8")) or {}
    return frozenset(key(str(name)) for kind in data.values() for name in kind)


def is_industry(name: str) -> bool:
    """Whether a name is one of the industry's well-known names, in any case or punctuation."""
    return key(name) in _names()
