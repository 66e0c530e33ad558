"""The studio: which studio makes the show, its age, its earlier works, its people."""

from __future__ import annotations

import re

from quiz.bank.rules import Reader, Sentence
from quiz.bank.rules.patterns import LIST, NAME, NUMBER_WORDS, PERSON, split_list

# "Studio Bones", "Bones Studio", "animation studio Bones", "BONES, the studio behind ..."
_NAMED = re.compile(
    rf"\b(?:[Ss]tudio|production company|animation studio) (?P<a>{NAME})"
    rf"|(?P<b>{NAME}) (?:Studios?|Animation Production)\b"
    rf"|(?P<c>{NAME}), the (?:studio|company) behind"
)
_ABOUT_SHOW = re.compile(r"\b(?:this|the) (?:new )?(?:anime|project|series)\b")
_ANNIVERSARY = re.compile(
    rf"(?P<s>{NAME})(?:'s| will celebrate its| celebrates its) (?P<n>\d+)(?:st|nd|rd|th) anniversary"
)
_YEARS = re.compile(rf"\bFor (?P<n>{NUMBER_WORDS}) years, [^.]*? has been (?P<s>{NAME})")
_COUNTRY = re.compile(rf"one of the (?:[a-z]+ )*studios in (?P<c>{NAME}) (?:has been|is) (?P<s>{NAME})")
_WORKS = re.compile(
    r"\b(?:anime|works|titles|shows|series) (?:such )?as "
    r"(?:the (?P<y1>\d{4}) and (?P<y2>\d{4}) adaptations of )?"
    rf"(?P<list>{LIST})"
)
_REUNION = re.compile(
    rf"(?:reuniting|reunites|reunite) with (?P<p>{PERSON}) for the first time in (?P<n>\d+) years"
    rf"(?: since (?P<w>{NAME}))?"
)
_TEAMED = re.compile(
    rf"(?P<p>{PERSON}),? (?:who [^,]+, )?has teamed up with (?P<s>{NAME}) after (?P<n>\d+) years"
)


def studios_named(reader: Reader, text: str) -> list[str]:
    """The studios a sentence names: by a studio pattern, else a studio known from elsewhere."""
    named = [m["a"] or m["b"] or m["c"] for m in _NAMED.finditer(text)]
    return named or reader.names("studio", text)


def _mentions_show(reader: Reader, text: str) -> bool:
    shows = reader.known.get("show", set()) | {reader.show}
    return any(name in text for name in shows) or bool(_ABOUT_SHOW.search(text))


def studio(reader: Reader, s: Sentence) -> None:
    studios = studios_named(reader, s.text)
    if not studios:
        return
    if _mentions_show(reader, s.text):
        for name in studios:
            reader.add("studio", reader.show, name, "studio")
    for match in _ANNIVERSARY.finditer(s.text):
        name = re.sub(r"^Studio ", "", match["s"])
        reader.add("anniversary", name, match["n"], "number", "studio")
    for match in _YEARS.finditer(s.text):
        reader.add("anniversary", match["s"], match["n"], "number", "studio")
    for match in _COUNTRY.finditer(s.text):
        reader.add("based_in", match["s"], match["c"], "place", "studio")
    for match in _WORKS.finditer(s.text):
        owner = studios[0]
        works = [w for w in split_list(match["list"]) if w not in studios]
        for work in works:
            reader.add("studio_work", owner, work, "work", "studio")
        for year in (match["y1"], match["y2"]):
            if year and works:
                reader.add("adapted_in", works[0], year, "number", "work", qualifier=owner)


def reunion(reader: Reader, s: Sentence) -> None:
    for match in _REUNION.finditer(s.text):
        reader.add("reunion_years", match["p"], match["n"], "number", "person")
        if match["w"]:
            reader.add("reunion_since", match["p"], match["w"], "work", "person")
    for match in _TEAMED.finditer(s.text):
        reader.add("reunion_years", match["p"], match["n"], "number", "person")


RULES = [studio, reunion]
