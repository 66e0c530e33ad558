"""What the show adapts and how long it runs: the manga or novel, its author, its manga
adaptation and the magazine that runs it, the number of episodes."""

from __future__ import annotations

import re

from quiz.bank.rules import Reader, Sentence, pattern
from quiz.bank.rules.patterns import NAME, NUMBER_WORDS, PERSON, split_list, to_number

_KIND = r"(?P<k>[Ll]ight [Nn]ovels?(?: series)?|[Nn]ovels?(?: series)?|[Mm]anga(?: series)?|web novels?)"
_AUTHORS = rf"(?P<a>{PERSON}(?: and {PERSON})?)"
# "the television anime of Shō Aimoto's Kemono Jihen (Monster Incidents) manga", "an anime
# adaptation of Paru Itagaki's original manga series", "Inui's Novel called Sakugan"
ADAPTATION_OF = pattern(
    "source.adaptation_of_authors_work",
    rf"\b(?:anime|adaptation|series|film|films|movie) of {_AUTHORS}'s? (?:(?:original|popular|hit) )?"
    rf"(?:(?P<w>{NAME}) )?{_KIND}\b",
)
# "based on a light novel by Kawahara Reki", "based on the novels of Tappei Nagatsuki"
BASED_ON = pattern(
    "source.based_on_by",
    rf"\bbased on (?:an?|the|his|her) (?:(?:original|popular|hit) )?{_KIND} (?:series )?(?:by|of) {_AUTHORS}",
)
# "The manga series, written and illustrated by Ai Morinaga,"
WRITTEN_BY = pattern(
    "source.kind_written_by",
    rf"\b[Tt]he (?:original )?{_KIND},? (?:written|created|drawn)(?: and illustrated)? by {_AUTHORS}",
)
# "Koara Kishida launched a manga adaptation of the novels in Shueisha's Ultra Jump magazine"
MANGA_LAUNCHED = pattern(
    "source.launched_manga_adaptation",
    rf"(?P<a>{PERSON}|[A-Z][a-z]+) (?:launched|began|started) (?:a|the) manga adaptation(?: of [^.]*?)? "
    rf"in (?:(?P<pub>{NAME})'s )?(?P<mag>{NAME}) magazine",
)
# "The anime will have 12 30-minute episodes", "running for 11 Episodes in total"
EPISODES = pattern(
    "source.episode_count",
    rf"\b(?:will have|(?:is |will be )?(?:running|run) for|consists? of|total of|with) (?P<n>{NUMBER_WORDS})"
    r"(?: (?P<len>\d+)-minute)? [Ee]pisodes\b",
)
# "the 12 episode first season"
SEASON_EPISODES = pattern(
    "source.season_of_n_episodes",
    rf"\bthe (?P<n>{NUMBER_WORDS})[- ]episode (?P<season>first|second|third|final) season\b",
)


def _kind(text: str) -> str:
    kind = re.sub(r" series$", "", text.lower())
    return kind[:-1] if kind.endswith("s") else kind


def source_work(reader: Reader, s: Sentence) -> None:
    for rule in (ADAPTATION_OF, BASED_ON, WRITTEN_BY):
        for found in rule.finditer(s.bare):
            kind = _kind(found["k"])
            reader.add("source_kind", reader.show, kind, "source_kind")
            for author in split_list(found["a"]):
                reader.add("source_author", reader.show, author, "person", qualifier=kind)
    for found in MANGA_LAUNCHED.finditer(s.bare):
        if len(found["a"].split()) > 1:  # a surname alone is the author, named before
            reader.add("manga_artist", reader.show, found["a"], "person")
        reader.add("manga_magazine", reader.show, found["mag"], "magazine")


def episodes(reader: Reader, s: Sentence) -> None:
    for found in EPISODES.finditer(s.bare):
        count = to_number(found["n"])
        if count and count > 1:
            reader.add("episodes", reader.show, str(count), "number")
    for found in SEASON_EPISODES.finditer(s.bare):
        count = to_number(found["n"])
        if count and count > 1:
            reader.add("episodes", reader.show, str(count), "number", qualifier=f"{found['season']} season")


RULES = [source_work, episodes]
