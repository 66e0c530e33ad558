"""Finding a name as whole words without a pattern compiled per name: the same answers as the
patterns they replace, names with "!", accents and apostrophes included."""

from __future__ import annotations

import re

import pytest

from quiz.bank.name_uses import uses
from quiz.bank.text import has_whole

TEXTS = [
    "The Kill la Kill anime returns; Killer Bee is no Kill.",
    "Sacks&Guns!! airs in April, and Sacks&Guns!!s is a typo.",
    "Netflix's official account said Netflix will stream it on Netflix.",
    "Yūichi Nakamura (Jujutsu Kaisen, Gintama) voices Yūichi.",
    "x_Kill Kill1 Kill-la",
]
NAMES = ["Kill", "Kill la Kill", "Sacks&Guns!!", "Netflix", "Yūichi Nakamura", "Yūichi", "Guns!!"]
PATTERNS = [
    r"(?<!\w){n}(?!\w)",
    r"\b{n}\b",
    r"\b{n}'s (?:official )?(?:account|website)",
    r"\b(?:stream\w*) (?:\w+ ){{0,3}}?(?:on|via) {n}\b",
    r"\b{n} ?\( ?[^(),]+, [^()]+\)",
]


@pytest.mark.parametrize("pattern", PATTERNS)
def test_a_name_is_found_where_its_own_pattern_finds_it(pattern):
    for text in TEXTS:
        for name in NAMES:
            expected = re.compile(pattern.format(n=re.escape(name))).findall(text)
            assert len(uses(pattern, name, text)) == len(expected), (pattern, name, text)


def test_whole_words_are_found_as_the_pattern_finds_them():
    for text in TEXTS:
        for name in NAMES:
            expected = bool(re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text))
            assert has_whole(text, name) is expected, (name, text)
