"""Whether an author's work a sentence names is the show's source, or another of the author's
works (an earlier series, a live-action adaptation, another show of a round-up)."""

from __future__ import annotations

import re

from quiz.bank.rules import Reader

_LIVE_ACTION = re.compile(r"\blive-action (?:[a-z]+ )?$", re.I)


def adapted(reader: Reader, found: re.Match, text: str) -> bool:
    """The author's work is the show's source: the show's own title, or "the anime of X's
    manga", or "X's manga of the same name", or "X's romance manga series, <the show>,", or
    "X's action light novel series <the show> is getting an anime" (else it may be another of
    the author's works)."""
    if found["w"]:
        return reader.is_show(found["w"])
    if _LIVE_ACTION.search(text[: found.start()]):
        return False  # "the live-action adaptation of X's drama manga": another work than the anime
    at = _TITLE_NEXT.match(text, found.end()).end()
    titled = any(n and text.startswith(n, at) and not _RUNS_ON.match(text, at + len(n))
                 for n in (reader.show, *reader.spellings))
    return bool(found["of"] or found["same"] or titled)


# the work's title right after its kind: ", <title>", " <title>", " "<title>""; a title that runs
# on past the show's name is another work's ("X's manga series <the show> Wan!", a spin-off)
_TITLE_NEXT = re.compile(r",? \"?|")
_RUNS_ON = re.compile(r"\w| [A-Z0-9]")


# a title after the author: "the adaptation of the manga series created by X, <title>,"
_TITLE_AFTER = re.compile(r",? \"?[A-Z0-9]")


def adapts_show(reader: Reader, text: str, found: re.Match) -> bool:
    """Whether "the adaptation of the manga by X" is the show's: the sentence speaks of the show,
    and names no other work after the author (a round-up's "..., Other Title, will premiere")."""
    if not reader.names_show(text) or _LIVE_ACTION.search(text[: found.start()]):
        return False
    after = _TITLE_AFTER.match(text, found.end())
    return not after or any(text.startswith(n, after.end() - 1) for n in (reader.show, *reader.spellings))
