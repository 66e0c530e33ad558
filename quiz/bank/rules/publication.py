"""The show's source in print: the magazine its manga runs in, how many volumes it spans and
who publishes it.

These are said of "the manga", "the series" or "it" as often as of the title, so a rule asks
that the sentence (or the one before it, in the same paragraph) speaks of the printed work.
"""

from __future__ import annotations

import re

from quiz.bank.rules import Reader, Sentence, pattern
from quiz.bank.rules.patterns import NAME, NUMBER_WORDS, find_dates, to_number

# A magazine is named as one ("Kodansha's "Bessatsu Friend" magazine") or by the words its
# titles are made of: how often it comes out or whom it is for ("Monthly Shonen Sunday",
# "Weekly Shōnen Jump", "Young Animal").
_MAGAZINE_WORD = r"(?:Weekly|Monthly|Bimonthly|Bessatsu|Young|Shonen|Shōnen|Shojo|Shōjo|Seinen)"
_MAGAZINE = (
    rf"(?:{NAME}'s )?(?:\"(?P<q>{NAME})\" magazine|(?P<m>{NAME}) magazine"
    rf"|(?P<w>{_MAGAZINE_WORD} {NAME}))"
)
# "has been serialized in Kodansha's "Bessatsu Friend" magazine since 2019", "ends on July 6
# in Monthly Shonen Magazine", "runs in Weekly Shonen Jump"
SERIALIZED_IN = pattern(
    "publication.serialized_in",
    # ("began serialization in X", "entered serialization in 1988 in X": the noun as the verb)
    r"\b(?:serialized|serialised|(?P<began>began|begun|entered|started) (?:its )?serialization|"
    r"runs|running|ran|ends|ended|concludes|continues)\b[^.,;]*? "
    rf"in (?:the pages of )?{_MAGAZINE}",
    needs=(
        " magazine", "Bessatsu", "Bimonthly", "Monthly", "Seinen", "Shojo", "Shonen", "Shōjo", "Shōnen",
        "Weekly", "Young",
    ),
)
# The magazine as the subject: "Ichijinsha's Monthly Comic Rex magazine publishes the manga",
# "Their Comic Earth Star magazine began serializing the manga five months ago"
MAGAZINE_RUNS = pattern(
    "publication.magazine_runs_the_manga",
    rf"(?:(?P<p>{NAME})'s |(?:[Tt]heir|[Ii]ts|[Tt]he) )?(?:\"(?P<q>{NAME})\"|(?P<m>{NAME})) magazine "
    r"(?:(?P<began>began|started) |is |has been |also |currently )*"
    r"(?:publish|serializ|serialis)(?:es|ing|e) the manga\b",
    needs=(" the manga",),
)
# "has been serialized in pixiv Comic since 2017", "serialized in "Weekly Shonen Jump" since 2020":
# what a manga has run in since a date, whatever the words of its name
SERIALIZED_SINCE = pattern(
    "publication.serialized_since",
    # (a brand may open in lower case: "pixiv Comic")
    rf"\b(?:serialized|serialised) in (?:{NAME}'s )?\"?(?P<s>(?:(?!(?:the|a|an|its|his|her|their)\b)[a-z]+ )?"
    rf"{NAME})\"?(?: magazine)? since (?=\S)",
    needs=(" since ",),
)
# "The series currently spans fourteen collected volumes", "with six tankobon volumes
# currently available"; not "the first three volumes" an adaptation covers
VOLUMES = pattern(
    "publication.volume_count",
    rf"\b(?:spans?|spanning|has|had|with|numbers|totals|in) (?:(?:currently|now|so far) )?"
    rf"(?P<n>{NUMBER_WORDS}) (?:(?:collected|compiled|tankobon|tankōbon|published|book) )*volumes\b",
    needs=("volumes",),
)
_ADAPTS = re.compile(r"\b(?:adapt\w*|cover\w*|first|last)\b")
# "spans fourteen volumes, with volume 15 due to ship on October 11": a count about to be stale
_NEXT_VOLUME = re.compile(r"\b[Vv]olume (\d+)\b")
# "(published by Kadokawa Bunko)", "the four original light novel volumes that were first
# published by ASCII Media Works"
PUBLISHED_BY = pattern(
    "publication.published_by",
    rf"\b(?P<first>first |originally )?published by (?P<p>{NAME})",
    needs=("published by ",),
)
# an edition abroad is another publisher's: "published in English by Yen Press"
_ABROAD = re.compile(r"\b(?:English|North America|overseas|internationally)\b")
_PRINTED = re.compile(r"\b(?P<k>manga|light novels?|novels?|book)\b")
# the show's source spoken of without its name, after a sentence that names it
_THE_SOURCE = re.compile(r"^It\b|\b[Tt]he (?:original )?(?:manga |light novel |novel )?series\b")
# how each question names the work: "the X manga", "the X light novels", "the X book"
_WORK = {"manga": "manga", "light novel": "light novels", "novel": "novels", "book": "book"}
_SERIES = {"manga": "manga", "light novel": "light novel series", "novel": "novel series"}


def _printed_kind(reader: Reader, s: Sentence) -> str:
    """The kind of printed work ("manga", "light novel") a sentence speaks of, when it is the
    show's: the sentence names the show and the kind, or its author's ("Takayama's manga" after
    "an adaptation of Shinobu Takayama's manga"), or speaks of "the series" / "it" right after a
    sentence of its paragraph that does."""
    kind = _PRINTED.search(s.text)
    if kind and (reader.names_show(s.text) or _authors_work(reader, s.text, kind.start())):
        return _singular(kind["k"])
    before = reader.previous_sentence()
    if before is None or before.line != s.line or not _THE_SOURCE.search(s.text):
        return ""
    kind = _PRINTED.search(before.text)
    if kind and (reader.names_show(before.text) or _THE_SOURCE.search(before.text)):
        return _singular(kind["k"])
    return ""


def _authors_work(reader: Reader, text: str, at: int) -> bool:
    """Whether the kind at `at` is owned by the show's source author, named whole or by surname."""
    authors = {f.value for f in reader.facts if f.relation == "source_author"}
    return any(text[:at].endswith((f"{name}'s ", f"{name.split()[-1]}'s ")) for name in authors)


def _singular(kind: str) -> str:
    return kind[:-1] if kind.endswith("s") else kind


def magazine(reader: Reader, s: Sentence) -> None:
    if _printed_kind(reader, s) != "manga":
        return
    for found in SERIALIZED_IN.finditer(s.bare):
        name = found["q"] or found["m"] or found["w"]
        if found["began"]:  # "began serialization in X magazine in 2008": where and when it began,
            reader.add("manga_magazine", reader.show, name, "magazine")  # not where it runs now
            _launched(reader, s.bare, found.end())
        else:
            reader.add("serialized_in", reader.show, name, "magazine")
    for found in SERIALIZED_SINCE.finditer(s.bare):
        reader.add("serialized_in", reader.show, found["s"], "magazine")
        _launched(reader, s.bare, found.end())


def magazine_runs(reader: Reader, s: Sentence) -> None:
    """ "X's Y magazine publishes the manga": "the manga" of an article whose show adapts a manga
    is that manga; the magazine's publisher is the manga's."""
    adapts_manga = any(f.relation == "source_kind" and f.value == "manga" for f in reader.facts)
    if not adapts_manga and _printed_kind(reader, s) != "manga":
        return
    for found in MAGAZINE_RUNS.finditer(s.bare):
        name = found["q"] or found["m"]
        reader.add("manga_magazine" if found["began"] else "serialized_in", reader.show, name, "magazine")
        if found["p"]:
            reader.add("publisher", reader.show, found["p"], "publisher", qualifier="manga")


_YEAR = re.compile(r"\b(?:19|20)\d\d\b")  # a year alone: "since 2017"
_LAUNCH_GAP = 12  # "in 2008", "in August 2018": the date must follow at once, in the same clause


def _launched(reader: Reader, text: str, end: int) -> None:
    """The date right after where a manga began ("... magazine in 2008", "since August 2018")."""
    dates = [spelling for _when, spelling in find_dates(text[end:])] or _YEAR.findall(text, end)
    if dates:
        spelling = dates[0]
        gap = text[end:].find(spelling)
        if 0 <= gap <= _LAUNCH_GAP and "," not in text[end:end + gap]:
            reader.add("manga_launched", reader.show, spelling, "date", qualifier="manga")


def volumes(reader: Reader, s: Sentence) -> None:
    kind = _printed_kind(reader, s)
    if not kind or _ADAPTS.search(s.bare):
        return
    for found in VOLUMES.finditer(s.bare):
        count = to_number(found["n"])
        later = any(int(m[1]) > count for m in _NEXT_VOLUME.finditer(s.bare)) if count else False
        if count and count > 1 and kind in _SERIES and not later:
            reader.add("volumes", reader.show, found["n"], "number", qualifier=_SERIES[kind])  # as spelled


def publisher(reader: Reader, s: Sentence) -> None:
    """Who publishes the show's source: a sentence naming it ("Original work: X by Y
    (published by Z)") or its "original" volumes."""
    if not (reader.names_show(s.text) or re.search(r"\boriginal\b", s.text)) or _ABROAD.search(s.text):
        return
    kind = _source_kind(reader)
    said = _PRINTED.search(s.text)
    if said and _singular(said["k"]) != kind:
        return  # "the manga adaptation, published by X" of novels: another work's publisher
    for found in PUBLISHED_BY.finditer(s.text) if kind else ():
        relation = "first_publisher" if found["first"] else "publisher"
        reader.add(relation, reader.show, found["p"], "publisher", qualifier=_WORK.get(kind, kind))


def _source_kind(reader: Reader) -> str:
    kinds = [f.qualifier for f in reader.facts if f.relation == "source_author" and f.qualifier]
    return _singular(kinds[-1]) if kinds else ""


RULES = [magazine, magazine_runs, volumes, publisher]
