"""The runs of a headline's words the text names too, as the text spells them: the candidates
for the show that the headline gives (see show.py), whatever the text calls them."""

from __future__ import annotations

import re

from quiz.bank.rules.patterns import TITLE
from quiz.bank.title_spans import cut_title

_WORD = re.compile(r"[^\W_]+")
_NUMBERED = re.compile(rf"(?:\d+(?:st|nd|rd|th) )?{TITLE}")  # "20th Century Boys": no "Century Boys"


def headline_names(headline: str, body: str, plain: frozenset[str]) -> list[str]:
    """The longest runs of headline words the text names too, capitalised, as the text spells
    them ("Netflix Confirms Beastars Release Date": "Netflix", "Beastars"); a run of `plain` words
    alone names nothing."""
    words, lower = headline.split(), body.lower()
    found, i = [], 0
    while i < len(words):
        for j in range(min(len(words), i + 8), i, -1):
            span = " ".join(words[i:j]).strip(" ,:;!?\"\u201c\u201d'")
            named = {w.lower() for w in _WORD.findall(span)}
            if not named or named <= plain:
                continue
            spelling = _spelled(span.lower(), lower, body)
            if spelling:
                found.append(spelling)
                i = j - 1
                break
        i += 1
    return found


def _spelled(span: str, lower: str, body: str) -> str:
    """How the text spells a run of words it holds as a whole title, "" if it holds none."""
    at = lower.find(span)
    while at != -1:
        end = at + len(span)
        whole = (at == 0 or not lower[at - 1].isalnum()) and (end == len(lower) or not lower[end].isalnum())
        found = body[at:end] if _NUMBERED.fullmatch(body[at:end]) else cut_title(body, at, end)
        if whole and found:
            return found
        at = lower.find(span, at + 1)
    return ""
