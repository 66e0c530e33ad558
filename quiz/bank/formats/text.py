"""Rich text from other tools (HTML, Moodle's markdown) as the plain text question files hold."""

from __future__ import annotations

import re
from html.parser import HTMLParser

from quiz.bank.text import find_html

# tags that separate words when the markup is taken away
_BREAKS = {"p", "br", "div", "li", "ul", "ol", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6"}
_MARKDOWN = [
    (re.compile(r"\[([^\]]+)\]\([^)]*\)"), r"\1"),  # [text](link)
    (re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1"), r"\2"),  # **strong**, __strong__
    (re.compile(r"(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?![\w*])"), r"\1"),  # *emphasis*
    (re.compile(r"(?<!\w)_(?=\S)(.+?)(?<=\S)_(?!\w)"), r"\1"),  # _emphasis_ (not snake_case)
    (re.compile(r"`([^`]+)`"), r"\1"),  # `code`
    (re.compile(r"^\s{0,3}(#{1,6}\s+|>\s?|[-+*]\s+)", re.MULTILINE), ""),  # heading, quote, list
    (re.compile(r"\\([\\`*_{}\[\]()#+\-.!])"), r"\1"),  # backslash escapes
]


def squash(text: str) -> str:
    """Runs of spaces and newlines as one space, none at either end."""
    return " ".join(text.split())


class _Words(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag in _BREAKS:
            self.parts.append(" ")
        elif tag == "img":  # a picture's words, when it has some, stand in for it
            alt = dict(attrs).get("alt")
            self.parts.append(f" {alt} " if alt else " ")

    def handle_endtag(self, tag):
        if tag in _BREAKS:
            self.parts.append(" ")

    def handle_data(self, data):
        self.parts.append(data)


def from_html(text: str) -> str:
    """The words of an HTML fragment: tags dropped, entities decoded."""
    words = _Words()
    words.feed(text)
    words.close()
    return squash("".join(words.parts))


def from_markdown(text: str) -> str:
    """Markdown's emphasis, links, headings and escapes taken away, the words kept."""
    for pattern, replacement in _MARKDOWN:
        text = pattern.sub(replacement, text)
    return squash(text)


def plain(text: str, markup: str) -> str:
    """`text` written in `markup` (html, markdown, moodle_auto_format, plain_text) as plain text."""
    if markup in ("html", "moodle_auto_format", "moodle"):
        return from_html(text)
    if markup == "markdown":
        return from_markdown(text)
    return squash(text)


def sentence(text: str) -> str:
    """`text` ending as a sentence does, so several can follow one another."""
    text = text.strip()
    return text if not text or text[-1] in ".!?…\"'”)" else text + "."


def with_feedback(general: str, feedback: list[tuple[str, str]]) -> str:
    """The general feedback, then each answer's own feedback after the answer it is for."""
    parts = [sentence(general)] if general else []
    parts += [f"{answer}: {sentence(why)}" for answer, why in feedback if why and why != general]
    return " ".join(parts)


# lookalikes that keep "<Space Dandy>" readable without it being taken for a tag
_LOOKALIKES = str.maketrans({"<": "\u2039", ">": "\u203a", "&": "\uff06"})


def escape_markup(text: str) -> str:
    """`text` with whatever would read as an HTML tag or entity written with lookalikes."""
    while found := find_html(text):
        text = text.replace(found, found.translate(_LOOKALIKES))
    return text


# The notes our own exports write beside each question (a GIFT `//` line, a Moodle XML
# comment): `difficulty: hard` and `source: SOURCE-ID: the quote`, read back on import.
_META = re.compile(r"^\s*(difficulty|source):\s*(.*?)\s*$", re.DOTALL)
_SOURCE = re.compile(r"^([a-z0-9][a-z0-9-]*):\s+(.+)$", re.DOTALL)


def read_meta(note: str, meta: dict) -> bool:
    """Put a `difficulty:` or `source:` note into `meta`; False for a `source:` note that
    names no source and quote (any other text is not a note, and is left alone)."""
    match = _META.match(note)
    if not match:
        return True
    key, value = match.groups()
    if key == "difficulty":
        meta["difficulty"] = value
        return True
    source = _SOURCE.match(value)
    if source:
        meta.setdefault("sources", []).append({"source": source[1], "quote": source[2]})
    return source is not None
