"""Release: dated events, platforms and broadcast slots, trailers, interviews."""

from __future__ import annotations

import re

from quiz.bank.rules import Reader, Sentence
from quiz.bank.rules.patterns import MONTHS, NAME, find_dates, split_list

# Which event a date belongs to, told by the words around it.
_ANNOUNCE = re.compile(r"\b(?:announc\w*|unveil\w*)\b", re.I)
_TRAILER = re.compile(r"\b(?:trailer|promotional video|teaser|PV)\b.*\b(?:released|dropped|debuted|out)\b")
_PREMIERE = re.compile(
    r"\b(?:premier\w*|releas\w*|debut\w*|air|airs|airing|launch\w*|watch|stream\w*|scheduled)\b", re.I
)
_ITEM = rf"{NAME}(?:'s (?:[a-z]+ )*{NAME}(?: (?:programming )?block)?)?"
_PLATFORMS = re.compile(rf"\b(?:on|through|via) (?P<list>{_ITEM}(?:(?:,? and |, ){_ITEM})*)")
_OWNED = re.compile(rf"^(?P<owner>{NAME})'s (?:[a-z]+ )*(?P<block>{NAME})(?: (?:programming )?block)?$")
_STREAMS = re.compile(rf"(?P<p>{NAME})(?: has confirmed its plans to stream|'s global streaming)")
_REGION = re.compile(rf"(?P<p>{NAME}) (?P<r>outside of {NAME})")
_REGION_AFTER = re.compile(rf"(?P<r>outside of {NAME})[^.]*?(?P<p>{NAME}) has confirmed its plans to stream")
_ANNOUNCED_BY = re.compile(
    rf"(?P<o>{NAME}), on (?:their|its) (?P<e>{NAME}), announced|hosted by (?P<h>{NAME})"
    rf"|(?P<t>{NAME}) treated audiences to an? (?:[a-z]+ )*?trailer"
)
_TRAILER_AT = re.compile(
    rf"\b(?:trailer|promotional video|teaser)\b[^.]*? released at (?:the )?(?P<v>{NAME})"
)
_POSTED = re.compile(rf"trailer was (?:also )?posted (?:to|on) (?P<o>{NAME})'s (?P<p>{NAME}) channel")
_LASTING = re.compile(
    r"lasting (?P<d>(?:a mere |only |just )?(?:a minute|minute|one minute|\d+ (?:seconds|minutes)))"
)
_DUB = re.compile(r"(?P<lang>[A-Z][a-z]+) dub has not (?:yet )?been confirmed")
_ROUNDTABLE = re.compile(
    rf"roundtable interview (?:with (?P<o>{NAME}) )?at (?P<v>{NAME})(?: attended by (?P<a>{NAME}))?"
)


def event_of(text: str) -> str:
    """The event a sentence dates, or "" when it does not say."""
    if _ANNOUNCE.search(text):
        return "announced"
    if _TRAILER.search(text):
        return "trailer_released"
    if _PREMIERE.search(text):
        return "premiere"
    return ""


def dated_events(reader: Reader, s: Sentence) -> None:
    dates = find_dates(s.text)
    if not dates:
        return
    event = event_of(s.text)
    also = None
    if not event:  # "Months later, on July 3, 2023, fans saw ..." + "A trailer ... was released"
        also = reader.next_sentence()
        event = event_of(also.text) if also else ""
    if not event:
        return
    for _when, spelling in dates[:1] if event != "premiere" else dates:
        reader.add(event, reader.show, spelling, "date")
        if also is not None:
            reader.add(event, reader.show, spelling, "date", sentence=also)


def platforms(reader: Reader, s: Sentence) -> None:
    if not _PREMIERE.search(s.text):
        return
    for match in _PLATFORMS.finditer(s.text):
        for item in split_list(match["list"]):
            if item.split()[0] in MONTHS or item.lower() == reader.show.lower():
                continue
            owned = _OWNED.match(item)
            if owned:
                reader.add("platform", reader.show, owned["owner"], "platform")
                reader.add("block", reader.show, owned["block"], "block")
                reader.add("block_of", owned["block"], owned["owner"], "platform", "block")
            else:
                reader.add("platform", reader.show, item, "platform")
    for match in _STREAMS.finditer(s.text):
        reader.add("platform", reader.show, match["p"], "platform")
    for pattern in (_REGION, _REGION_AFTER):
        for match in pattern.finditer(s.text):
            reader.add("streams_in", match["p"], match["r"], "region", "platform")


def announcement(reader: Reader, s: Sentence) -> None:
    if not _ANNOUNCE.search(s.text):
        return
    for match in _ANNOUNCED_BY.finditer(s.text):
        reader.add("announced_by", reader.show, match["o"] or match["h"] or match["t"], "platform")
        if match["e"]:
            reader.add("announced_at", reader.show, match["e"], "event")


def trailers(reader: Reader, s: Sentence) -> None:
    for match in _TRAILER_AT.finditer(s.text):
        reader.add("trailer_venue", reader.show, match["v"], "event")
    for match in _POSTED.finditer(s.text):
        reader.add("trailer_posted_by", reader.show, match["o"], "platform", qualifier=match["p"])
    for match in _LASTING.finditer(s.text):
        reader.add("trailer_length", reader.show, match["d"], "duration")


def news(reader: Reader, s: Sentence) -> None:
    for match in _DUB.finditer(s.text):
        reader.add("dub_unconfirmed", reader.show, match["lang"], "language")
    for match in _ROUNDTABLE.finditer(s.text):
        venue = re.sub(r" \d{4}$", "", match["v"])  # "Anime NYC 2023" is the 2023 Anime NYC
        reader.add("roundtable_at", reader.show, venue, "event")
        if match["o"] or match["a"]:
            reader.add("roundtable_with", reader.show, match["o"] or match["a"], "outlet")
        said = [f for f in reader.facts if f.citations[0].quote == s.quote]
        for person in sorted({f.value for f in said if f.kind == "person"}):
            reader.add("roundtable_guest", reader.show, person, "person")


RULES = [dated_events, platforms, announcement, trailers, news]
