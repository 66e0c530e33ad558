"""What a stored page breaks in its sentences: an embedded tweet's link debris, the brackets and
quotes left where linked names were lost, and a photo's credit run into its caption. Such a
sentence is no proof a question may quote (quiz.bank.corpus marks it so)."""

from __future__ import annotations

import re

# What a page keeps of an embedded tweet: "//t.co/QK5 pic.twitter.com/Uf — name (@name)"
_TWEET_DEBRIS = re.compile(r"\bt\.co/\w|\bpic\.twitter\.com/\w")


def _garbled(sentence: str) -> bool:
    """A sentence the page broke: the linked names it lost left two closing brackets or more
    with none opened ("returning for the) is returning to direct the anime at, and) is"), a
    caption's title kept its closing quote only ("Silver Tide” anime announced by Studio X")."""
    return _stray(sentence, "(", ")") >= 2 or (
        "\u201d" in sentence and _STRAY_QUOTE.match(sentence) is not None)


# A photo's credit run into its caption, no part of it: "Violet Evergarden Official Site Key visual
# art for ..." ("Image Credit: X")
_CREDIT_LINE = re.compile(r"^(?:\S+ ){0,6}?(?:Official (?:Site|Website)|Image Credit:?) [A-Z]")


# a closing quote after words with no opening quote before it, no stop closing a quoted passage
_STRAY_QUOTE = re.compile(r"^[^\u201c\u201d]*[^\u201c\u201d.!?,\s]\u201d")


def _stray(sentence: str, opening: str, closing: str) -> int:
    """How many closing brackets a sentence has with none open before them."""
    depth = stray = 0
    for char in sentence:
        if char == opening:
            depth += 1
        elif char == closing:
            stray, depth = (stray + 1, depth) if depth == 0 else (stray, depth - 1)
    return stray


def unquotable(sentence: str) -> bool:
    """Whether a sentence keeps a tweet's debris or was broken by the page (see above)."""
    return _TWEET_DEBRIS.search(sentence) is not None or _garbled(sentence)


# A photo's file name run into the line after it, no part of it either: a lower-case slug of
# hyphened words ("idol-jihenThe MAGES property ...", "drifters-anime-header-001-20161012Christopher
# Bevins is directing") or a caption ending in a dated number ("Headshot 001 - 20160321We have").
_FILE_NAME = re.compile(r"^(?:[a-z0-9]+(?:[-_][a-z0-9]+)+|(?:\S+ ){0,6}?\S*\d{6,})(?=[A-Z][a-z])")


def after_credit(line: str, start: int, end: int) -> int:
    """Where a sentence of the line starts once a photo's credit or file name before its caption
    is left out."""
    credit = _CREDIT_LINE.match(line, start, end)
    if credit:
        return credit.end() - 1
    name = _FILE_NAME.match(line, start, end)
    return name.end() if name else start
