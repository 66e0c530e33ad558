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
_PROTAGONIST = pattern(
    "story.protagonist",
    rf"(?P<c>{NAME}), the main (?:protagonist|character|heroine|hero)",
)
_COMPANION = pattern(
    "story.companion",
    rf"\b(?:her|his|their) (?:new )?(?:buddy|friend|companion|partner),? (?P<c>{NAME})",
)
_FROM = pattern("story.from", rf"(?P<c>{NAME}), an? (?:girl|boy|woman|man|android) from (?P<p>{NAME})")
_IS_A = pattern("story.is_a", rf"(?P<c>{NAME}) is an? (?P<p>{NAME}) (?:girl|boy|woman|man)\b")
_WHERE_LIVE = pattern(
    "story.where_live",
    rf"(?P<p>{NAME}), where (?P<a>[a-z]+) and (?P<b>[a-z]+) (?:both )?live",
)
_COEXIST = pattern(
    "story.coexist",
    r"(?:world|setting|future) where (?P<a>[a-z]+) (?:and (?P<b>[a-z]+) )?(?:coexist|co-exist)"
    r"(?: with (?P<c>[a-z]+))?"
)
_SET_IN = pattern("story.set_in", r"set in (?:AD|A\.D\.|the year) (?P<y>\d{3,4})")
_COLONIZED = pattern("story.colonized", rf"(?:has|have) colonized(?: and terraformed)? (?P<p>{NAME})")
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
_INSPIRED = pattern("story.inspired", rf"inspiration from (?:the likes of )?(?P<list>{LIST})")
_ECHOES = pattern(
    "story.echoes",
    rf"echoes of (?:the )?(?:[a-z]+ )?(?P<w>{NAME})(?: series)?, (?:particularly )?in its (?P<q>[a-z ]+)"
)
_THEMES = pattern("story.themes", r"themes of (?P<a>[a-z]+) and (?P<b>[a-z]+)")
_ORIGINAL = pattern(
    "story.original",
    r"\boriginal (?:anime|property|title)\b|\banime-original\b|\b(?:not|isn't) based on an existing"
)
_TAGLINE = pattern("story.tagline", r"tagline[^:]*: [\"'](?P<t>[^\"]+?)[\"']\.?$")
_CLAD = pattern(
    "story.clad",
    r"concept image[^.]*? shows the character (?P<c>[A-Z]\w+) clad in (?P<x>[a-z ]+)",
)
_SEEN = pattern("story.seen", rf"(?P<c>{NAME})[^.]*? seen eating (?P<x>[a-z]+)")
_FIGHT = pattern("story.fight", rf"(?P<c>{NAME}) starts a fight with (?P<x>an? [a-z]+)")
_SCENE_CUES = ("clad in", "seen eating", "starts a fight", "transforms into", "transformation")
_POWER = pattern("story.power", rf"(?P<c>{NAME}) possess(?:es|ing) an? (?:[a-z]+ )?transformation")
_TRANSFORMS = pattern(
    "story.transforms",
    rf"(?P<c>{NAME}|The protagonist) (?:then )?transforms into (?P<x>an? [a-z]+)",
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
        reader.add("protagonist", reader.show, match["c"], "character")
    for match in _COMPANION.finditer(s.text):
        before = reader.names("character", s.text[: match.start()])
        lead = before[0] if before else next(iter(reader.last_characters), "")
        if lead and lead != match["c"]:
            reader.add("companion", lead, match["c"], "character", "character")
    for rule in (_FROM, _IS_A):
        for match in rule.finditer(s.text):
            reader.add("origin", match["c"], match["p"], "place", "character")
    for match in _DESCRIBED.finditer(s.text):
        reader.add("description", match["c"], match["d"], "description", "character")
        said = _SAYING.match(match["rest"])
        if said:
            reader.add("says", match["c"], said["x"], "line", "character")


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


def scenes(reader: Reader, s: Sentence) -> None:
    if not any(cue in s.text for cue in _SCENE_CUES):
        return  # the scene patterns scan from every name: skip sentences that cannot match
    for match in _CLAD.finditer(s.text):
        reader.add("concept_image", match["c"], match["x"], "outfit", "character")
    for match in _SEEN.finditer(s.text):
        reader.add("seen_eating", match["c"], match["x"], "food", "character")
    for match in _FIGHT.finditer(s.text):
        reader.add("fights", match["c"], match["x"], "being", "character")
    for match in _TRANSFORMS.finditer(s.text):
        hero = match["c"]
        if hero == "The protagonist":
            leads = [f.value for f in reader.facts if f.relation == "protagonist"]
            hero = leads[-1] if leads else next(iter(reader.last_characters), "")
        reader.add("transforms_into", hero, match["x"], "being", "character")
    for match in _POWER.finditer(s.text):
        reader.add("transformation", match["c"], "transformation", "flag", "character")


def world(reader: Reader, s: Sentence) -> None:
    for match in _WHERE_LIVE.finditer(s.text):
        reader.add("lives_in", match["p"], _other(match["a"], match["b"]), "being", "place")
    for match in _COEXIST.finditer(s.text):
        reader.add("coexist", reader.show, _other(match["a"], match["b"] or match["c"]), "being")
    for match in _SET_IN.finditer(s.text):
        reader.add("setting_year", reader.show, match["y"], "number")
    for match in _COLONIZED.finditer(s.text):
        reader.add("colonized", reader.show, match["p"], "place")
    for match in _GENRES.finditer(s.text):
        reader.add("genre", reader.show, match["g"].lower().replace("-", " ").replace("sci fi", "sci-fi"),
                   "genre")
    for match in _INSPIRED.finditer(s.text):
        for work in split_list(match["list"]):
            reader.add("inspired_by", reader.show, work, "work")
    for match in _ECHOES.finditer(s.text):
        reader.add("echoes", reader.show, match["w"], "work", qualifier=match["q"].strip())
    for match in _THEMES.finditer(s.text):
        for theme in (match["a"], match["b"]):
            reader.add("theme_of", reader.show, theme, "idea")
    if _ORIGINAL.search(s.text):
        reader.add("original", reader.show, "original", "flag")
    for match in _TAGLINE.finditer(s.text):
        reader.add("tagline", reader.show, match["t"], "line")


def _other(a: str, b: str | None) -> str:
    """Who lives beside humans: "humans and androids" -> "androids"."""
    if b is None:
        return a
    return b if a == "humans" else a


RULES = [characters, mission, scenes, world]
