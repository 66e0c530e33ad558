"""What the show adapts and how long it runs: the manga or novel, its author, its manga
adaptation and the magazine that runs it, the number of episodes."""

from __future__ import annotations

import re

from quiz.bank.rules import Reader, Sentence, pattern
from quiz.bank.rules.patterns import NAME, NUMBER_WORDS, PERSON, split_list, to_number


def _kind_of(n: str = "") -> str:
    """The kind of work adapted: "light novels", "manga series", "Novel"."""
    return (rf"(?P<k{n}>[Ll]ight [Nn]ovels?(?: series)?|[Nn]ovels?(?: series)?|[Mm]anga(?: series)?|"
            r"web novels?)")


def _authors(n: str = "") -> str:
    return rf"(?P<a{n}>{PERSON}(?: and {PERSON})?)"


# The author's work by kind: "the television anime of Shō Aimoto's Kemono Jihen (Monster
# Incidents) manga", "an anime adaptation of Paru Itagaki's original manga series", "Shin Araki's
# 12th Eiyū Kyōshitsu light novel volume", "X's manga of the same name"
ADAPTATION_OF = pattern(
    "source.adaptation_of_authors_work",
    rf"(?P<of>\b(?:anime|adaptation|series|film|films|movie) of )?{_authors()}'s? "
    rf"(?:(?:original|popular|hit|ongoing|best-selling|\d+(?:st|nd|rd|th)) )?(?:(?P<w>{NAME}) )?{_kind_of()}"
    r"\b(?P<same>,? of the same name)?",
)
# "based on a light novel by Kawahara Reki", "based on the novels of Tappei Nagatsuki", "The
# manga series, written and illustrated by Ai Morinaga,"
BY_AUTHOR = pattern(
    "source.work_by_author",
    rf"\bbased on (?:an?|the|his|her) (?:(?:original|popular|hit) )?{_kind_of()} (?:series )?"
    rf"(?:by|of) {_authors()}"
    rf"|\b[Tt]he (?:original )?{_kind_of('2')},? (?:written|created|drawn)(?: and illustrated)? "
    rf"by {_authors('2')}",
)
# "Koara Kishida launched a manga adaptation of the novels in Shueisha's Ultra Jump magazine";
# "Aimoto launched Kemono Jihen in Jump SQ. in December 2016"
MANGA_LAUNCHED = pattern(
    "source.launched_manga",
    rf"(?P<a>{PERSON}|[A-Z][a-z]+) (?:launched|began|started) (?:a|the) manga adaptation(?: of [^.]*?)? "
    rf"in (?:{NAME}'s )?(?P<mag>{NAME}) magazine"
    rf"|(?P<a2>{PERSON}|[A-Z][a-z]+) launched (?:(?P<w>{NAME})|the manga) in (?:{NAME}'s )?(?P<mag2>{NAME})",
)
# "The anime will have 12 30-minute episodes", "running for 11 Episodes in total", "the 12
# episode first season"
EPISODES = pattern(
    "source.episode_count",
    rf"\b(?:will have|(?:is |will be )?(?:running|run) for|consists? of|total of|with) (?P<n>{NUMBER_WORDS})"
    r"(?: \d+-minute)? [Ee]pisodes\b"
    rf"|\bthe (?P<n2>{NUMBER_WORDS})[- ]episode (?P<season>first|second|third|final) season\b",
)


def _kind(text: str) -> str:
    kind = re.sub(r" series$", "", text.lower())
    return kind[:-1] if kind.endswith("s") else kind


def _adapted(reader: Reader, found: re.Match) -> bool:
    """The author's work is the show's source: the show's own title, or "the anime of X's
    manga", or "X's manga of the same name" (else it may be another of the author's works)."""
    if found["w"]:
        return reader.is_show(found["w"])
    return bool(found["of"] or found["same"])


def source_work(reader: Reader, s: Sentence) -> None:
    for rule in (ADAPTATION_OF, BY_AUTHOR):
        for found in rule.finditer(s.bare):
            if rule is ADAPTATION_OF and not _adapted(reader, found):
                continue
            kind = _kind(found["k"] or found.groupdict().get("k2"))
            reader.add("source_kind", reader.show, kind, "source_kind")
            for author in split_list(found["a"] or found.groupdict().get("a2")):
                reader.add("source_author", reader.show, author, "person", qualifier=kind)
    for found in MANGA_LAUNCHED.finditer(s.bare):
        if found["mag2"]:  # the original manga, launched under the show's own name
            if not found["w"] or reader.is_show(found["w"]):
                reader.add("manga_magazine", reader.show, found["mag2"], "magazine")
            continue
        if len(found["a"].split()) > 1:  # a surname alone is the author, named before
            reader.add("manga_artist", reader.show, found["a"], "person")
        reader.add("manga_magazine", reader.show, found["mag"], "magazine")


def episodes(reader: Reader, s: Sentence) -> None:
    for found in EPISODES.finditer(s.bare):
        count = to_number(found["n"] or found["n2"])
        season = f"{found['season']} season" if found["season"] else reader.season(s.text)
        if count and count > 1:
            reader.add("episodes", reader.show, str(count), "number", qualifier=season)


RULES = [source_work, episodes]
