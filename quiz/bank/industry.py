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
# libyaml where PyYAML has it: the list is read by every process that finds shows
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def key(name: str) -> str:
    """A name as compared: folded, lower case, its letters and digits only, a possessive and a
    closing dot gone ("Warner Bros." is "WARNER BROS", "Netflix's" is "Netflix", "Disney+"
    keeps its plus, which is all that tells it from "Disney")."""
    text = fold(name).lower().replace("\u2019", "'")
    text = text[:-2] if text.endswith("'s") else text
    return " ".join("".join(c if c.isalnum() or c == "+" else " " for c in text).split())


# The kind of names that are people or groups of them, not companies.
ARTISTS = "music_artists"


@lru_cache(maxsize=1)
def _by_kind() -> dict[str, frozenset[str]]:
    data = yaml.load(_FILE.read_text(encoding="utf-8"), Loader=_LOADER) or {}
    return {kind: frozenset(key(str(name)) for name in names) for kind, names in data.items()}


@lru_cache(maxsize=1)
def _names() -> frozenset[str]:
    return frozenset().union(*_by_kind().values())


@lru_cache(maxsize=1)
def _companies() -> frozenset[str]:
    return frozenset().union(*(names for kind, names in _by_kind().items() if kind != ARTISTS))


def is_industry(name: str) -> bool:
    """Whether a name is one of the industry's well-known names, in any case or punctuation."""
    return key(name) in _names()


def is_company(name: str) -> bool:
    """Whether a name is a well-known company of the industry (a studio, a label, a
    publisher...), not a singer or a band."""
    return key(name) in _companies()
