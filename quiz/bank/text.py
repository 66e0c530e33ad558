"""Text normalisation shared by quote matching and answer matching."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Curly quotes, primes and dashes authors paste from articles, mapped to their plain forms.
_PLAIN = str.maketrans(
    {
        "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
        "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
        "\u2013": "-", "\u2014": "-", "\u2212": "-", "\u30fb": "\u30fb",
    }
)
_SPACES = re.compile(r"\s+")
# Letters of names as whole pattern pieces: CAPITAL_LETTER + SMALL_LETTER+ is a capitalised
# word of a name. Case is told apart within Latin-1 ("É", "é"); a letter beyond it (the macrons
# of romanised Japanese, "Ōta", "Yūichi"; carons, ogoneks; other scripts) counts as either.
# Each is a negated class over Latin-1 only because Python's compiler builds a 65,536-entry
# table for every class that lists a character beyond Latin-1: the extraction patterns hold
# thousands of these classes, and listing the five macron vowels in them cost every
# `quiz generate` about 0.4 s of compiling.
# Never under re.IGNORECASE, which would fold the small letters a capital excludes into capitals:
# scope it to the words that need it, "(?i:anime|manga)".
_NOT_LETTERS = r"\u00aa\u00b2\u00b3\u00b5\u00b9\u00ba\u00bc-\u00be"  # ª ² ³ µ ¹ º ¼ ½ ¾: word characters
CAPITAL_LETTER = rf"[^\W\d_a-z\u00df-\u00ff{_NOT_LETTERS}]"
SMALL_LETTER = rf"[^\W\d_A-Z\u00c0-\u00d6\u00d8-\u00de{_NOT_LETTERS}]"
LETTER = rf"[^\W\d_{_NOT_LETTERS}]"
CAPITAL_OR_DIGIT = rf"[^\W_a-z\u00df-\u00ff{_NOT_LETTERS}]"
LETTER_OR_DIGIT = rf"[^\W_{_NOT_LETTERS}]"
# A tag starts right after "<" ("a < b and c > d" is not one); questions/schema.json repeats this.
_HTML = re.compile(
    r"<!--|</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>|&(?:[A-Za-z]+|#[0-9]+|#x[0-9A-Fa-f]+);"
)


def plain_char(ch: str) -> str:
    """NFKC form of one character with straight quotes; any space becomes one blank."""
    out = unicodedata.normalize("NFKC", ch).translate(_PLAIN)
    return " " if out.isspace() else out


@lru_cache(maxsize=16384)  # the same quotes and names are compared again and again
def plain(text: str) -> str:
    """NFKC, straight quotes, collapsed spaces: the form quotes are compared in."""
    return _SPACES.sub(" ", unicodedata.normalize("NFKC", text).translate(_PLAIN)).strip()


@lru_cache(maxsize=16384)
def fold(text: str) -> str:
    """`plain`, lower case, without accents or macrons: "Yūichi" and "Yuichi" compare equal."""
    if text.isascii():  # the same answer: ASCII has no accents and normalises to itself
        return _SPACES.sub(" ", text).strip().lower()
    text = unicodedata.normalize("NFKD", plain(text).casefold())
    return "".join(ch for ch in text if not unicodedata.combining(ch))


_WORDS = re.compile(r"[^\W_]+")


def folded_words(text: str, drop: frozenset[str] = frozenset()) -> str:
    """The text's words, folded, between spaces (but those in `drop`): a title is named in a
    headline whatever its punctuation or case ("Re: Zero" / "Re:Zero", "Bear Punch!" / "Bear
    Punch") when `folded_words(title)` is in `folded_words(headline)`."""
    return " " + " ".join(w for w in _WORDS.findall(fold(text)) if w not in drop) + " "


def plain_with_map(text: str) -> tuple[str, list[int]]:
    """`plain(text)` (without the final strip) plus, per output character, its index in `text`.

    Lets a quote found in the normalised text be highlighted in the original one.
    """
    out: list[str] = []
    index: list[int] = []
    for i, ch in enumerate(text):
        for piece in plain_char(ch):
            if piece == " " and out and out[-1] == " ":
                continue
            out.append(piece)
            index.append(i)
    return "".join(out), index


def find_html(text: str) -> str | None:
    """The first HTML tag or entity in `text`, if any (question text is plain text only)."""
    match = _HTML.search(text)
    return match.group(0) if match else None


def whole_starts(text: str, part: str, not_before: str = ""):
    """Where `part` stands in `text` with no letter, digit or "_" touching it on either side
    (nor, just before it, a character of `not_before`), one place after another, none
    overlapping (what `(?<!\\w)part(?!\\w)` finds), found without compiling a pattern per part."""
    at = text.find(part)
    while at != -1:
        end = at + len(part)
        before = text[at - 1] if at else ""
        if not (before and (_word_char(before) or before in not_before)) \
                and not (end < len(text) and _word_char(text[end])):
            yield at
            at = text.find(part, end)
        else:
            at = text.find(part, at + 1)


def has_whole(text: str, part: str) -> bool:
    return next(whole_starts(text, part), None) is not None


def count_whole(text: str, part: str) -> int:
    return sum(1 for _ in whole_starts(text, part))


def _word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"
