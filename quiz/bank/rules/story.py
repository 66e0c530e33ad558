"""The story and its world: characters, where they come from, their mission, the setting."""

from __future__ import annotations

import re

from quiz.bank.rules import Reader, Sentence, pattern
from quiz.bank.rules.patterns import LIST, NAME, NUMBER_WORDS, split_list

_SPECIES = pattern(
    "story.species",
    rf"\b(?:an?|the) (?:[a-z]+ )?(?P<sp>android|robot|cyborg|human|alien) (?:girl|boy|woman|man)?"
    rf",? ?(?:named |known as )?(?P<c>{NAME})"
)
_NAMED = pattern(
    "story.named",
    rf"\b(?:girl|boy|character) named (?P<c>{NAME})|\bthe character (?P<c2>{NAME})",
)
# "Rouge, the main protagonist", "Iku Kasahara, the heroine", "the protagonist Subaru"
_PROTAGONIST = pattern(
    "story.protagonist",
    rf"(?P<c>{NAME}),? the (?:main )?(?:protagonist|heroine|hero)\b"
    rf"|\b[Tt]he (?:main )?(?:protagonist|heroine|hero),? (?P<c2>{NAME})(?!\w| [A-Z])"
    r"(?!,? (?:the )?[a-z ]*(?:producer|director|writer|author|composer|creator)\b)",
)
_COMPANION = pattern(
    "story.companion",
    rf"\b(?:her|his|their) (?:new )?(?:buddy|friend|companion|partner),? (?P<c>{NAME})",
)
# Where a character comes from: "Ruju, a girl from Nairn"; "Rouge is a Nean girl"
_ORIGIN = pattern(
    "story.origin",
    rf"(?P<c>{NAME}), an? (?:girl|boy|woman|man|android) from (?P<p>{NAME})"
    rf"|(?P<c2>{NAME}) is an? (?P<p2>{NAME}) (?:girl|boy|woman|man)\b",
)
# Who lives beside humans: "a world where humans and androids coexist"; "Mars, where humans
# and Neans both live"
_COEXIST = pattern(
    "story.coexist",
    r"(?:world|setting|future) where (?P<a>[a-z]+) (?:and (?P<b>[a-z]+) )?(?:coexist|co-exist)"
    r"(?: with (?P<c>[a-z]+))?"
    rf"|(?P<p>{NAME}), where (?P<a2>[a-z]+) and (?P<b2>[a-z]+) (?:both )?live",
)
# Where and when the story is set: "set in AD 2128", "is set in the Tōkai region", "is set in
# Rosewood Academy"
_SET_IN = pattern(
    "story.set_in",
    r"\bset in (?:AD|A\.D\.|the year) (?P<y>\d{3,4})"
    rf"|\bis set in (?:the )?(?P<place>{NAME})(?: (?P<what>region|city|town|academy|world|village))?",
)
_MISSION_TO = pattern("story.mission_to", rf"\b(?:mission|journey) to (?P<p>{NAME})")
_TARGETS = pattern(
    "story.targets",
    r"\b(?:kill|murder|eliminate|stop|contend with|defeat|hunt down|the murder of) (?:the )?"
    rf"(?P<n>{NUMBER_WORDS}) (?P<what>(?:[a-z]+ )?[a-z]+s)\b"
)
_HOSTILE = pattern("story.hostile", r"\b(?:hostile to|threat to) (?P<x>the [a-z]+?)(?:'s\b|\b)")
_SECRET = pattern("story.secret", r"\b(?:secret operation|top[- ]secret)\b")
# "mecha costume" and "mecha designs" describe a look, not the genre
_GENRES = pattern(
    "story.genres",
    r"\b(?P<g>tech[- ]noir|mecha|sci-fi|fantasy|cyberpunk)\b(?! (?:costume|designs?))", re.I,
)
# Works a show draws on: "inspiration from the likes of A and B", "echoes of the Evangelion
# series, particularly in its mecha designs"
_INFLUENCES = pattern(
    "story.influences",
    rf"inspiration from (?:the likes of )?(?P<list>{LIST})"
    rf"|echoes of (?:the )?(?:[a-z]+ )?(?P<w>{NAME})(?: series)?, (?:particularly )?in its (?P<q>[a-z ]+)",
)
_ORIGINAL = pattern(
    "story.original",
    r"\boriginal (?:anime|property|title)\b|\banime-original\b|\b(?:not|isn't) based on an existing"
)
_DESCRIBED = pattern(
    "story.described",
    rf"(?:shows|by|introduces) (?P<c>{NAME}), the (?P<d>[^,]+?),(?P<rest>[^.]*)",
)
_SAYING = re.compile(r"^ (?:saying|declaring) (?P<x>they [^.]+?)\.?$")


def characters(reader: Reader, s: Sentence) -> None:
    for match in _SPECIES.finditer(s.text):
        reader.add("species", match["c"], match["sp"], "species", "character")
    for match in _NAMED.finditer(s.text):
        reader.add("named", reader.show, match["c"] or match["c2"], "character")
    for match in _PROTAGONIST.finditer(s.text):
        reader.add("protagonist", reader.show, match["c"] or match["c2"], "character")
    for match in _COMPANION.finditer(s.text):
        before = reader.names("character", s.text[: match.start()])
        lead = before[0] if before else next(iter(reader.last_characters), "")
        if lead and lead != match["c"]:
            reader.add("companion", lead, match["c"], "character", "character")
    for match in _ORIGIN.finditer(s.text):
        reader.add("origin", match["c"] or match["c2"], match["p"] or match["p2"], "place", "character")
    for match in _DESCRIBED.finditer(s.text):
        if _maker(reader, match["c"]):
            continue  # "Produced by Studio Orange, the same studio that ...": no character
        reader.add("description", match["c"], match["d"], "description", "character")
        said = _SAYING.match(match["rest"])
        if said:
            reader.add("says", match["c"], said["x"], "line", "character")


def _maker(reader: Reader, name: str) -> bool:
    """A studio or a person the articles credit, not a character of the story."""
    known = reader.known
    return name.startswith("Studio ") or name in known.get("studio", ()) or name in known.get("person", ())


def _hero(reader: Reader, s: Sentence) -> str:
    """Whom a mission sentence is about: the lead among the characters it names (or the last
    sentence named), else the first of them."""
    named = reader.names("character", s.text) or reader.last_characters
    leads = [name for name in named if name in reader.known.get("lead", ())]
    return (leads or named or [""])[0]


def mission(reader: Reader, s: Sentence) -> None:
    hero = _hero(reader, s)
    if not hero:
        return
    for match in _MISSION_TO.finditer(s.text):
        reader.add("mission_to", hero, match["p"], "place", "character")
    for match in _TARGETS.finditer(s.text):
        reader.add("mission_count", hero, match["n"], "number", "character")
        reader.add("mission_target", hero, match["what"], "group", "character")
    for match in _HOSTILE.finditer(s.text):
        reader.add("targets_hostile_to", hero, match["x"], "group", "character")
    if _SECRET.search(s.text):
        reader.add("secret_mission", hero, "secret", "flag", "character")


def world(reader: Reader, s: Sentence) -> None:
    for match in _COEXIST.finditer(s.text):
        if match["p"]:
            reader.add("lives_in", match["p"], _other(match["a2"], match["b2"]), "being", "place")
        else:
            reader.add("coexist", reader.show, _other(match["a"], match["b"] or match["c"]), "being")
    for match in _SET_IN.finditer(s.bare):
        if match["y"]:
            reader.add("setting_year", reader.show, match["y"], "number")
        elif _subject_is_show(reader, s.bare[: match.start()]):
            what = match["what"] if match["what"] in ("region", "city", "town", "village") else ""
            place = f"{match['place']} {what}".strip()
            reader.add("setting", reader.show, place, "place")
    for match in _GENRES.finditer(s.text):
        reader.add("genre", reader.show, match["g"].lower().replace("-", " ").replace("sci fi", "sci-fi"),
                   "genre")
    for match in _INFLUENCES.finditer(s.text):
        if match["w"]:
            reader.add("echoes", reader.show, match["w"], "work", qualifier=match["q"].strip())
        for work in split_list(match["list"] or ""):
            reader.add("inspired_by", reader.show, work, "work")
    if _ORIGINAL.search(s.text):
        reader.add("original", reader.show, "original", "flag")


_GENERIC_SUBJECT = re.compile(r"\b[Tt]he (?:[a-z-]+ )*(?:anime|series|story|show|film|manga|novels?)$")
_LAST_NAME = re.compile(rf"(?P<n>{NAME})$")


def _subject_is_show(reader: Reader, before: str) -> bool:
    """What "is set in" is said of: "The anime" stands for the show; a name must be the show."""
    before = before.strip()
    if _GENERIC_SUBJECT.search(before):
        return True
    name = _LAST_NAME.search(before)
    return bool(name) and reader.is_show(name["n"])


def _other(a: str, b: str | None) -> str:
    """Who lives beside humans: "humans and androids" -> "androids"."""
    if b is None:
        return a
    return b if a == "humans" else a


RULES = [characters, mission, world]
