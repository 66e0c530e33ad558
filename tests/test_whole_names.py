"""The rules find a name where it stands as itself (`(?<![\\w+])name(?!\\w)`) without compiling
a pattern per name, and find exactly the places that pattern finds."""

from __future__ import annotations

import random
import re

from quiz.bank.rules.remembered import WholeName

NAMES = ["Rouge", "Naomi", "Ajia-do", "A-1 Pictures", "Re:Zero", "Kill la Kill!", "Yūichi", "C++", "+Ultra"]
TEXTS = [
    "Rouge and Naomi meet Rouge's rival.", "Rouges are not Rouge.", "Noir+Rouge stays, but +Rouge not.",
    "Studio A-1 Pictures (A-1 Pictures) animates it.", "Re:Zero, Re:Zeros, and Re:Zero!", "Kill la Kill!!",
    "Yūichi and Yūichiro", "C++ and C++11 and xC++", "+Ultra and ++Ultra", "", "Naomi_Rouge Naomi",
]


def _regex(name: str) -> re.Pattern:
    return re.compile(rf"(?<![\w+]){re.escape(name)}(?!\w)")


def _spans(finder, text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in finder.finditer(text)]


def test_made_up_names_in_made_up_sentences():
    for name in NAMES:
        for text in TEXTS:
            assert _spans(WholeName(name), text) == _spans(_regex(name), text), (name, text)
            assert (WholeName(name).search(text) is None) == (_regex(name).search(text) is None)


def test_random_names_and_texts():
    pieces = list("ab +_.'-é1 ") + ["ab", "Ab", "a+b", "+"]
    draw = random.Random(5)
    for _ in range(5000):
        name = "".join(draw.choice(pieces) for _ in range(draw.randint(1, 4)))
        text = "".join(draw.choice(pieces) for _ in range(draw.randint(0, 30)))
        assert _spans(WholeName(name), text) == _spans(_regex(name), text), (name, text)
