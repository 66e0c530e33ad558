"""Sentences of one line of an article, found by pysbd and corrected where news text fools it.

An article's own line breaks are hard boundaries: a sentence never runs on to the next line,
because a citation is quoted from one line. Within a line pysbd finds the boundaries, then:

* a stop glued to the next sentence ("the anime.In other news") is a boundary;
* a piece starting in lower case continues the sentence before it ("Jump SQ. in December"), as
  does one after a company's "Bros.", "Inc.", "Co.", "Ltd." or "Corp." ("Warner Bros. Japan
  has released") unless a word that opens sentences follows;
* the "!" of a title ("Kill la Kill!", "Love Live!") ends no sentence when the article shows
  the title is spelled so (see `title_bangs`), nor when what follows it is too short to be a
  sentence ("in their Win! Sunday magazine.": see `_TITLE_TAIL`);
* a page's date stamp before the first sentence ("Jan 5, 2021 —", " date 2020-07-02 ") is not
  part of it, and a line that begins by repeating the end of the line before it (a list the
  page wrapped twice) starts after the repeat.

Every piece is a span of the line, so quotes stay verbatim substrings of the article.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

import pysbd

# Boundaries pysbd misses: a stop with no space before a capitalised word ("anime.In", not
# "U.S." nor "Twitter.com"), and a stop inside closing quotes before the next sentence
# ("titled “Crimson Lightning.” 10GAUGE produced").
_GLUED = re.compile(
    r"(?<=[a-z]{2}[.?!])(?=[A-Z][a-z])|(?<=[.?!][\"'\u201d\u2019])\s+(?=[\"\u201c\u2018]?[A-Z0-9])"
)
_MONTH = (r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?")
# A dateline in front of the text: "Jan 5, 2021 —", "5 January 2021 -", "date 2020-07-02".
_DATELINE = re.compile(
    rf"^\s*(?:date \d{{4}}-\d{{2}}(?:-\d{{2}})?\s+"
    rf"|(?:{_MONTH} \d{{1,2}},? \d{{4}}|\d{{1,2}} {_MONTH},? \d{{4}})\s*[\u2014\u2013-]+\s+)"
)
# A capitalised word ending in "!": a candidate for the end of a title.
# A stop before a capitalised word, a boundary when a word of three letters or more ends there
# (pysbd keeps a quoted passage of several sentences whole; "Apr. 25", "Jump SQ. in", "Dr. X"
# are no boundaries).
_STOP = re.compile(r"(?<=[.?!])\s+(?=[A-Z][a-z\s])")
_LOWER_WORD = re.compile(r"(?<![\w.])[A-Za-z][a-z]{2,}[.?!]$")
# A company's name may go on after its abbreviation ("Warner Bros. Japan"), unless a word that
# opens sentences follows ("... by Warner Bros. It opens in 2017").
_COMPANY_ENDS = frozenset({"Bros.", "Inc.", "Co.", "Ltd.", "Corp."})
_OPENERS = frozenset({"The", "It", "Its", "This", "These", "That", "There", "They", "He", "She", "We",
                      "I", "A", "An", "In", "On", "At", "As", "But", "And", "So", "For", "With"})
_ABBREVIATIONS = frozenset({"vs.", "etc.", "approx.", "no.", "vol.", "ep.", "feat.", "ft.", "eps."})
# What only pysbd decides well: quotes, brackets, ellipses; and where a line splits without it.
_TRICKY = re.compile(r"[\"\u201c][^\"\u201d]*[.!?]|\u2018[^\u2019]*[.!?]|'[^']*[.!?][^']*'"
                     r"|[(\[][^)\]]*[.!?]|\u2026|\.\.")
_CLOSING = {'"': '"\u201d', "\u201c": '"\u201d', "\u2018": "\u2019", "(": ")]", "[": ")]"}
_ANY_STOP = re.compile(r"[.!?]")
_CLEAR_END = re.compile(r"(?:[a-z]{3}|\d{2}[a-z]?|[a-z]\d{1,2}|\d{3})[.!?]+(?: [A-Z][a-z]| ?$)")
_LINE_END = re.compile(r"[.!?]+\s*$")
_CLEAR_SPLIT = re.compile(r"(?<=[.!?]) (?=[A-Z])")
_BANG_WORD = re.compile(r"(?<![\w&])([A-Z][\w&'\-]*)(!+)")
_WORDS = re.compile(r"\S+")
# A piece of one to three words ending at a stop, the first capitalised: the rest of a title
# with a "!" inside ("Good! Afternoon."), not a sentence of its own after "Netflix!" (those
# begin "It ...", "The weebs ...", "Not only ..." and run on).
_TITLE_TAIL = re.compile(r"[A-Z][\w'\-]*(?: [\w'\-]+){0,2}[.!?]*[\"\u201d\u2019]?$")


@lru_cache(maxsize=1)
def _segmenter() -> pysbd.Segmenter:
    return pysbd.Segmenter(language="en", clean=False)


def title_bangs(text: str) -> frozenset[str]:
    """Words whose "!" belongs to a title, as the article spells them ("Kill!", "Guns!!").

    A capitalised word with "!" is part of a title when the article writes it so twice or
    more (a sentence's "Sunday!" is seldom repeated), or once with the sentence going on
    after it ("Love Live! Sunshine!! , Ghost in the Shell").
    """
    seen: Counter[str] = Counter()
    inside: set[str] = set()
    for match in _BANG_WORD.finditer(text):
        word = match.group(0)
        seen[word] += 1
        after = text[match.end():match.end() + 3]
        if re.match(r"\s*[,;:)]|\s+[a-z]|\s*'s\b", after):
            inside.add(word)
    return frozenset(inside | {word for word, count in seen.items() if count >= 2})


@lru_cache(maxsize=8192)  # a bank is read again and again (tests, check, generate)
def split_line(line: str, bangs: frozenset[str] = frozenset(), start: int = 0) -> list[tuple[int, int]]:
    """(start, end) of each sentence of one line from `start` on, stripped of spaces and of
    a leading dateline."""
    start = max(start, _after_dateline(line))
    if not line[start:].strip():
        return []
    spans = _pysbd_spans(line, start)
    spans = [piece for span in spans for piece in _split_glued(line, span)]
    spans = [piece for span in spans for piece in _split_quoted(line, span)]
    return _join_continuations(line, spans, bangs)


def echo_length(line: str, previous: str) -> int:
    """How many characters at the start of `line` repeat the end of `previous` (0 if none).

    A page that wraps a list twice prints a line's tail again at the start of the next
    ("... as Kabane Kusaka (lower center)" / "as Kabane Kusaka (lower center) Junichi ...").
    Only a repeat of three words or more that starts in lower case counts.
    """
    words = [m for m in _WORDS.finditer(line)]
    if not words or not words[0].group(0)[:1].islower():
        return 0
    tail = previous.split()
    best = 0
    for count in range(3, min(len(words), len(tail)) + 1):
        if [w.group(0) for w in words[:count]] == tail[-count:]:
            best = words[count - 1].end()
    return best


def _after_dateline(line: str) -> int:
    match = _DATELINE.match(line)
    return match.end() if match else 0


def _pysbd_spans(line: str, start: int) -> list[tuple[int, int]]:
    """The sentences of the line from `start` on: pysbd's where it has something to decide."""
    text = line[start:]
    if not re.search(r"[.!?]\S*\s", text):
        return [_strip(line, start, len(line))]
    plain_prose = _plain_prose(text)
    if plain_prose is not None:
        return [(start + a, start + b) for a, b in plain_prose]
    spans = []
    for a, b in _clear_pieces(text):
        piece = _plain_prose(text[a:b])
        if piece is None:
            spans += _by_pysbd(line, start + a, start + b)
        else:
            spans += [(start + a + c, start + a + d) for c, d in piece]
    return spans


def _clear_pieces(text: str) -> list[tuple[int, int]]:
    """The text cut where a sentence plainly ends, outside the places only pysbd decides well
    (quotes or brackets with a stop inside, an ellipsis): pysbd's cost grows with the text it
    is given, and most of a line it is needed for is plain prose."""
    pieces, at, free = [], 0, 0
    for tricky in [*_TRICKY.finditer(text), None]:
        limit = tricky.start() if tricky else len(text)
        if limit >= free:
            for match in _CLEAR_SPLIT.finditer(text, free, limit):
                stops = len(text[:match.start()].rstrip(".!?"))  # where the run of stops begins
                if stops >= 3 and _CLEAR_END.match(text, stops - 3):
                    pieces.append((at, match.start()))
                    at = match.end()
        if tricky:
            free = max(free, _closed(text, tricky))
    pieces.append((at, len(text)))
    return pieces


def _closed(text: str, tricky: re.Match) -> int:
    """Where the quotes or brackets a tricky place opened close (the text's end if never)."""
    closing = _CLOSING.get(tricky.group(0)[0])
    if closing is None or tricky.group(0)[0] == "'":  # an ellipsis; a quote matched whole
        return tricky.end()
    found = [at for at in (text.find(mark, tricky.end()) for mark in closing) if at != -1]
    return min(found) + 1 if found else len(text)


def _by_pysbd(line: str, start: int, end: int) -> list[tuple[int, int]]:
    """pysbd's sentences of line[start:end], located in the line; one span if they cannot be."""
    spans, cursor = [], start
    # the processor's sentences, not segment()'s: segment() then finds each one in the text
    # with a regular expression compiled for that sentence, as this loop does with str.find
    for piece in _segmenter().processor(line[start:end]).process():
        piece = piece.strip()
        if not piece:
            continue
        at = line.find(piece, cursor, end)
        if at == -1:  # pysbd changed the text: keep the piece whole rather than guess
            return [_strip(line, start, end)]
        spans.append((at, at + len(piece)))
        cursor = at + len(piece)
    return spans or [_strip(line, start, end)]


def _plain_prose(text: str) -> list[tuple[int, int]] | None:
    """The sentences of a line pysbd has nothing to decide in, found without it (it costs a
    few milliseconds a line); None when the line needs it.

    Such a line holds no stop inside quotes or brackets and no ellipsis, and each of its stops
    ends a word of three letters or more or a number and comes before a capitalised word or
    the line's end.
    """
    if _TRICKY.search(text):
        return None
    stops = list(_ANY_STOP.finditer(text))
    if not all(_CLEAR_END.match(text, m.start() - 3 if m.start() >= 3 else 0) or
               _LINE_END.match(text, m.start()) for m in stops):
        return None
    spans, at = [], 0
    for match in _CLEAR_SPLIT.finditer(text):
        spans.append(_strip(text, at, match.start() + 1))
        at = match.end()
    spans.append(_strip(text, at, len(text)))
    return [span for span in spans if span[1] > span[0]]


def _strip(line: str, start: int, end: int) -> tuple[int, int]:
    piece = line[start:end]
    lead = len(piece) - len(piece.lstrip())
    return start + lead, start + len(piece.rstrip())


def _split_glued(line: str, span: tuple[int, int]) -> list[tuple[int, int]]:
    start, end = span
    pieces, at = [], start
    for match in _GLUED.finditer(line[start:end]):
        pieces.append((at, start + match.start()))
        at = start + match.end()
    pieces.append((at, end))
    return [(a, b) for a, b in pieces if b > a]


def _split_quoted(line: str, span: tuple[int, int]) -> list[tuple[int, int]]:
    """Sentences pysbd left together inside quotation marks, split after a lower-case word."""
    start, end = span
    if not re.search(r"[\"\u201c\u201d]", line[start:end]):
        return [span]
    pieces, at = [], start
    for match in _STOP.finditer(line[start:end]):
        cut = start + match.start()
        word = _LOWER_WORD.search(line[at:cut])
        if word and word.group(0) not in _ABBREVIATIONS:
            pieces.append((at, cut))
            at = start + match.end()
    pieces.append((at, end))
    return pieces


def _join_continuations(line: str, spans: list[tuple[int, int]], bangs) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for start, end in spans:
        if out and _continues(line, out[-1], (start, end), bangs):
            out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out


def _continues(line: str, before: tuple[int, int], piece: tuple[int, int], bangs) -> bool:
    """Whether `piece` goes on with the sentence `before` rather than being a new one."""
    start, end = piece
    first = line[start:start + 1]
    if first.islower():
        return True
    previous = line[before[0]:before[1]]
    last_word = previous.rsplit(None, 1)[-1] if previous.strip() else ""
    if last_word in _COMPANY_ENDS and line[start:end].split(None, 1)[0] not in _OPENERS:
        return True  # "Warner Bros. Japan has released": a company's name goes on
    if not last_word.endswith("!"):
        return False
    bare = last_word.lstrip("(\"'\u201c")
    return bare in bangs or (bare[:1].isupper() and _TITLE_TAIL.match(line[start:end]) is not None)
