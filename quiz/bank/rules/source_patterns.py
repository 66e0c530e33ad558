"""The patterns that say whose work the show adapts and what kind of work it is ("Shō
Aimoto's Kemono Jihen manga", "based on a light novel by Kawahara Reki"); source.py reads
what they find."""

from __future__ import annotations

from quiz.bank.rules import pattern
from quiz.bank.rules.patterns import NAME, PERSON, TITLE


def _kind_of(n: str = "") -> str:
    """The kind of work adapted: "light novels", "manga series", "Novel"."""
    return (rf"(?P<k{n}>[Ll]ight [Nn]ovels?(?: series)?|[Nn]ovels?(?: series)?|[Mm]anga(?: series)?|"
            r"web novels?|book)")


# what the author is, said before the name: "author and illustrator X's manga"
_ROLE = r"(?:(?:author|creator|artist|mangaka|writer)(?: and (?:illustrator|artist))? )"
# up to three lowercase words before the kind ("legendary", "shoujo romance", "popular original"),
# never one saying it is another of the author's works ("new", "latest", "other", "first")
# (a genre may keep its long vowel: "shōjo")
_EPITHETS = (r"(?:(?!(?:new|latest|next|other|another|previous|earlier|former|first|last|second|"
             r"recent|debut|spin-?off|one-shot|short)\b)[a-zāēīōū][a-zāēīōū-]* ){1,3}?")


def _authors(n: str = "") -> str:
    return rf"(?P<a{n}>{PERSON}(?: and {PERSON})?)"


# The author's work by kind: "the television anime of Shō Aimoto's Kemono Jihen (Monster
# Incidents) manga", "an anime adaptation of Paru Itagaki's original manga series", "Shin Araki's
# 12th Eiyū Kyōshitsu light novel volume", "X's manga of the same name", "the adaptation of
# author and illustrator X's popular original manga series of the same name", "X's shoujo romance
# manga series, <the show>,"
ADAPTATION_OF = pattern(
    "source.adaptation_of_authors_work",
    rf"(?P<of>\b(?:(?:anime|adaptation|series|film|films|movie) of|adapted from|based on|adaptation for) "
    rf"{_ROLE}?)?{_authors()}'s? "
    # (a word of praise may come before a genre: "ongoing shōjo manga", "best-selling shonen manga")
    rf"(?:(?:original|popular|hit|ongoing|best-selling|award-winning|\d+(?:st|nd|rd|th)) )?(?:{_EPITHETS})??"
    # "Blue Lock soccer manga": a genre word may stand between the title and the kind, hyphened
    # too ("X four-panel manga", "X boys-love manga")
    rf"(?:(?P<w>{NAME}!*) (?:(?!light |web )[a-z0-9]+(?:-[a-z]+)* )?)?{_kind_of()}"
    r"\b(?P<same>,? of the same name)?",
    needs=("anga", "book", "ight ", "ovel"),
)
# A nationality or genre before the kind: "a Chinese web novel", "the shounen manga"
_ORIGINS = r"(?:(?:Chinese|Korean|Japanese|shounen|shonen|shoujo|shojo|seinen|josei|sports) )?"
# a run of volumes said as a series, its genre words before the kind: "the series of gourmet
# fantasy light novels", "a series of fantasy light novels"
_SERIES_OF = rf"(?:series of (?:{_EPITHETS})?)?"
# "based on a light novel by Kawahara Reki", "based on the novels of Tappei Nagatsuki", "The
# manga series, written and illustrated by Ai Morinaga,"
BY_AUTHOR = pattern(
    "source.work_by_author",
    # "based on the shounen manga by X", "based on the light novel series written by X", "based
    # on the manga of the same name by X"
    rf"\bbased on (?:an?|the|his|her) {_SERIES_OF}(?:(?:original|popular|hit) )?{_ORIGINS}{_kind_of()} "
    r"(?:series )?"
    rf"(?:of the same name )?(?:(?:written|created|drawn)(?: and illustrated)? )?(?:by|of) {_authors()}"
    rf"|\b[Tt]he (?:original )?{_kind_of('2')},? (?:written|created|drawn)(?: and illustrated)? "
    rf"by {_authors('2')}"
    # "the original manga by X": "original" says it is the show's source
    rf"|\b[Tt]he original {_kind_of('3')} by {_authors('3')}"
    # "<the show> is a light novel series written by X": the show's own source, said of its name
    rf"|\b(?:is|was) an? (?:(?:Japanese|popular|hit) )?{_kind_of('4')},? (?:written|created)"
    rf"(?: and illustrated)? by {_authors('4')}"
    # "The 2003 sci-fi thriller manga X by A and B": the title said, with the year it began
    rf"|\b[Tt]he (?:(?P<y5>\d{{4}}) )?(?:[a-z][\w-]* ){{0,4}}?{_kind_of('5')} (?P<w5>{TITLE}) "
    rf"by {_authors('5')}"
    # "the anime adaptation of the Japanese manga series written and illustrated by X", "the
    # adaptation of the popular manga series created by X": source.py checks that the sentence
    # speaks of the show, and that no other work's title follows
    rf"|\badaptation of (?:an?|the) (?:{_EPITHETS})?{_ORIGINS}{_kind_of('6')}(?: series)?,? "
    rf"(?:written|created|drawn)(?: and illustrated)? by {_authors('6')}",
    needs=(" by ", "based on ", "created", "drawn", "he original ", "written"),
)
# The kind of work the show adapts, said of the show, whoever wrote it: "The science-fiction anime
# is based on a Chinese web novel by <a name in Chinese script>", "The series is based on the
# manga created by X" (source.py checks that the words before "is" name the show). Never "the
# manga's stories" (a part of the work) nor "isn't based on" (no "is" before "based").
BASED_ON_KIND = pattern(
    "source.show_based_on_kind",
    rf"\b(?:is|was) (?:originally )?based on (?:an?|the) {_SERIES_OF}(?:(?:original|popular|hit) )?{_ORIGINS}"
    rf"{_kind_of()}(?![\w'])",
    needs=("based on ",),
)
# The show's own title before the kind, no author named: "a TV anime series based on the X
# manga", "the anime adaptation of the X light novels" (source.py checks that X is the show)
TITLED_KIND = pattern(
    "source.based_on_titled_kind",
    rf"\b(?:based on|adaptation of|adapted from) the (?P<w>{TITLE}) (?:(?!light |web )[a-z]+ )?"
    rf"{_kind_of()}\b(?! adaptation| artist| author| magazine| volume|'s)",
    needs=("anga", "ight ", "ovel"),
)
