"""The story and its world: characters, where they come from, their mission, the setting."""

from __future__ import annotations

import re

from quiz.bank.rules import Reader, Sentence, descriptions, pattern
from quiz.bank.rules.patterns import LIST, NAME, NUMBER_WORDS, SPORTS, split_list
from quiz.bank.rules.settings import setting

_SPECIES = pattern(
    "story.species",
    rf"\b(?:an?|the) (?:[a-z]+ )?(?P<sp>android|robot|cyborg|human|alien) (?:girl|boy|woman|man)?"
    rf",? ?(?:named |known as )?(?P<c>{NAME})",
    needs=("alien", "android", "cyborg", "human", "robot"),
)
_NAMED = pattern(
    "story.named",
    rf"\b(?:girl|boy|character) named (?P<c>{NAME})|\bthe character (?P<c2>{NAME})",
    needs=(" named ", "the character "),
)
_WHAT_THEY_ARE = r"(?:[a-z-]+ ){0,2}(?:girl|boy|fangirl|fanboy|woman|man|student|teen|teenager|idol)"
# "Rouge, the main protagonist", "Iku Kasahara, the heroine", "the protagonist Subaru"; "the
# main character Gesicht", "the film's main character, Galo", "Main character Sogo Amagi lives"
# (never "main characters", nor "the main character designer")
_PROTAGONIST = pattern(
    "story.protagonist",
    rf"(?P<c>{NAME}),? the (?:main )?(?:protagonist|heroine|hero)\b"
    r"|\b(?:[Tt]he (?:(?:film|movie|anime|series|show|story|manga)'s )?"
    r"(?:(?:main )?(?:protagonist|heroine|hero)|main character)|Main character),? "
    rf"(?P<c2>{NAME})(?!\w| [A-Z])"
    r"(?!,? (?:the )?[a-z ]*(?:producer|director|writer|author|composer|creator)\b)"
    # whom the story follows, introduced by what they are: "The series follows X, a young ...",
    # "The work centers on X, a 23-year-old man", "The manga follows popular girl X, who ..."
    # (a few words saying what they are before the name: "idol fangirl "X," who")
    rf"|\b(?:story|series|manga|anime|film|plot|narrative|novels?|work)(?:, [^,]+,)? "
    rf"(?:follows|centers on|centres on) (?:the (?:story|life) of )?(?:{_WHAT_THEY_ARE} )?"
    rf"\"?(?P<c3>{NAME})(?:,\"|\",|,) (?:an?|the|who)\b",
    needs=("centers on", "centres on", "follows", "hero", "protagonist", "ain character"),
)
_AND_ANOTHER = re.compile(rf"[^.;]*?,? and (?:{NAME}), (?:an?|the|who)\b")
_COMPANION = pattern(
    "story.companion",
    rf"\b(?:her|his|their) (?:new )?(?:buddy|friend|companion|partner),? (?P<c>{NAME})",
    needs=("buddy", "companion", "friend", "partner"),
)
# Where a character comes from: "Ruju, a girl from Nairn"; "Rouge is a Nean girl"
_ORIGIN = pattern(
    "story.origin",
    rf"(?P<c>{NAME}), an? (?:girl|boy|woman|man|android) from (?P<p>{NAME})"
    rf"|(?P<c2>{NAME}) is an? (?P<p2>{NAME}) (?:girl|boy|woman|man)\b",
    needs=(" from ", " is a"),
)
# Who lives beside humans: "a world where humans and androids coexist"; "Mars, where humans
# and Neans both live"
_COEXIST = pattern(
    "story.coexist",
    r"(?:world|setting|future) where (?P<a>[a-z]+) (?:and (?P<b>[a-z]+) )?(?:coexist|co-exist)"
    r"(?: with (?P<c>[a-z]+))?"
    rf"|(?P<p>{NAME}), where (?P<a2>[a-z]+) and (?P<b2>[a-z]+) (?:both )?live",
    needs=(", where ", "exist"),
)
_MISSION_TO = pattern("story.mission_to", rf"\b(?:mission|journey) to (?P<p>{NAME})",
    needs=("journey", "mission"))
_TARGETS = pattern(
    "story.targets",
    r"\b(?:kill|murder|eliminate|stop|contend with|defeat|hunt down|the murder of) (?:the )?"
    rf"(?P<n>{NUMBER_WORDS}) (?P<what>(?:[a-z]+ )?[a-z]+s)\b",
    needs=("contend with", "defeat", "eliminate", "hunt down", "kill", "murder", "stop"),
)
_HOSTILE = pattern("story.hostile", r"\b(?:hostile to|threat to) (?P<x>the [a-z]+?)(?:'s\b|\b)",
    needs=("hostile to", "threat to"))
_SECRET = pattern("story.secret", r"\b(?:secret operation|top[- ]secret)\b",
    needs=("secret",))
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
    needs=("echoes of ", "inspiration from "),
)
_ORIGINAL = pattern(
    "story.original",
    r"\boriginal (?:(?:TV|television) )?(?:anime|property|title)\b|\banime-original\b"
    r"|\b(?:not|isn't) based on an existing",
    needs=(" based on an existing", "anime-original", "original "),
)
_NEW_ONE = re.compile(r"\b(?:(?:a|an|its) new|this) original\b")
_DESCRIBED = pattern(
    "story.described",
    rf"(?:shows|by|introduces) (?P<c>{NAME}), the (?P<d>[^,]+?),(?P<rest>[^.]*)",
    needs=(", the ",),
)
# A character introduced by what they are: "Kamui, the leader of Tenjin Goshui, is closing in",
# "Arnest Flaming, a girl who boasts the top record in the academy". Only a noun that names a
# person stands there; "a girl from Nairn" is where she comes from (the origin rule's).
_PERSON_NOUNS = (
    "girl|boy|woman|man|leader|son|daughter|father|mother|student|captain|hero|heroine|"
    "detective|investigator|soldier|knight|princess|prince|king|queen|brother|sister|teacher|"
    "agent|warrior|witch|heir|ruler|commander"
)
_APPOSITIVE = pattern(
    "story.appositive",
    rf"(?P<c>{NAME}), (?:the|an?) (?P<d>(?:[a-z'-]+ ){{0,3}}(?:{_PERSON_NOUNS})\b(?! from\b)[^,.;]*?)"
    r"(?<! who)(?<! that)(?<! which)(?=,|\.|;| and |$)",  # "a student who, after ...": a clause goes on
    needs=(
        "agent", "boy", "brother", "captain", "daughter", "detective", "father", "girl", "heir", "hero",
        "investigator", "king", "knight", "leader", "man", "mother", "prince", "queen", "ruler", "sister",
        "soldier", "son", "student", "teacher", "warrior", "witch",
    ),
)
# The same, the name last: "a mysterious but cheerful new student named Blade", "an odd-looking
# man from Tokyo who goes by the name "Inugami"", "a young boy ... called "Dorotabō.""
_DESCRIBED_NAMED = pattern(
    "story.described_then_named",
    rf"\b(?:an?|the) (?P<d>(?:[a-z'-]+ ){{0,4}}(?:{_PERSON_NOUNS})\b[^,.;\"]*?) "
    rf"(?:named|called|who goes by the name|known as) \"?(?P<c>{NAME})",
    needs=("called", "known as", "named", "who goes by the name"),
)
_PERSON_NOUN = re.compile(rf"\b(?:{_PERSON_NOUNS})\b")
# "directed by Kei Sato, the director for X and Y": a credit, the description a staff role
_MAKERS_ROLE = re.compile(
    r"(?:same |acclaimed |famed |veteran |[a-z]+-winning )?(?:series |chief |art |sound |music |character )?"
    r"(?:director|studio|composer|(?:script)?writer|designer|producer|author|illustrator|animator|creator)\b"
)
_FEW_WORDS = 3  # "an android girl named Rouge": too little to tell one character by
_SAYING = re.compile(r"^ (?:saying|declaring) (?P<x>they [^.]+?)\.?$")


def characters(reader: Reader, s: Sentence) -> None:
    for match in _SPECIES.finditer(s.text):
        reader.add("species", match["c"], match["sp"], "species", "character")
    for match in _NAMED.finditer(s.text):
        reader.add("named", reader.show, match["c"] or match["c2"], "character")
    for match in _PROTAGONIST.finditer(s.text):
        if match["c3"] and _AND_ANOTHER.match(s.text, match.end()):
            continue  # "follows Haruka, a pitcher, and Kei, a catcher": two leads, neither the one
        lead = match["c"] or match["c2"] or _full_name(reader, match["c3"])
        reader.add("protagonist", reader.show, lead, "character")
    for match in _COMPANION.finditer(s.text):
        before = reader.names("character", s.text[: match.start()])
        lead = before[0] if before else next(iter(reader.last_characters), "")
        if lead and lead != match["c"]:
            reader.add("companion", lead, match["c"], "character", "character")
    for match in _ORIGIN.finditer(s.text):
        reader.add("origin", match["c"] or match["c2"], match["p"] or match["p2"], "place", "character")
    for match in _DESCRIBED.finditer(s.text):
        if _maker(reader, match["c"]) or _MAKERS_ROLE.match(match["d"]):
            continue  # "Produced by Studio Orange, the same studio that ...": no character
        reader.add("description", match["c"], match["d"], "description", "character")
        said = _SAYING.match(match["rest"])
        if said:
            reader.add("says", match["c"], said["x"], "line", "character")


def _full_name(reader: Reader, name: str) -> str:
    """A character by the full name the articles give them elsewhere ("Kyoko Hori" for "Hori"),
    so that a lead named short does not shorten the name every other fact asks by."""
    longer = [known for known in reader.known.get("character", ()) if known.endswith(f" {name}")]
    return longer[0] if len(set(longer)) == 1 else name


def introduced(reader: Reader, s: Sentence) -> None:
    found = [*((m, False) for m in _APPOSITIVE.finditer(s.text)),
             *((m, True) for m in _DESCRIBED_NAMED.finditer(s.text) if len(m["d"].split()) >= _FEW_WORDS)]
    for match, named_last in found:
        if descriptions.unsure(match["d"], _PERSON_NOUN, s.text[match.end("d"):], named_last):
            continue
        if not _maker(reader, match["c"]) and not _named_otherwise(reader, match["c"]):
            character = _whole_name(reader, s.text, match)
            reader.add("description", character, descriptions.trimmed(match["d"]), "description", "character")


def _whole_name(reader: Reader, text: str, match: re.Match) -> str:
    """The character a description follows, by the whole name the articles give it: "Kazuki
    the Black Tone, a soldier ..." describes Kazuki the Black Tone, not "Black Tone"."""
    name = match["c"]
    longer = [known for known in reader.names("character", text) if known.endswith(f" {name}")
              and text.rfind(known, 0, match.end("c")) == match.end("c") - len(known)]
    return max(longer, key=len, default=name)


def _named_otherwise(reader: Reader, name: str) -> bool:
    """A name the articles know as something else than a character: a show, a place, a
    platform, an artist."""
    return any(name in names for kind, names in reader.known.items() if kind not in ("character", "lead"))


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
    for match in _GENRES.finditer(s.text):
        reader.add("genre", reader.show, match["g"].lower().replace("-", " ").replace("sci fi", "sci-fi"),
                   "genre")
    for match in _INFLUENCES.finditer(s.text):
        if match["w"]:
            reader.add("echoes", reader.show, match["w"], "work", qualifier=match["q"].strip())
        for work in split_list(match["list"] or ""):
            reader.add("inspired_by", reader.show, work, "work")
    # of the show: named, "this original anime", or the new one announced (not another work called
    # original in passing)
    if _ORIGINAL.search(s.text) and (reader.names_show(s.text) or _NEW_ONE.search(s.text)):
        reader.add("original", reader.show, "original", "flag")


def _other(a: str, b: str | None) -> str:
    """Who lives beside humans: "humans and androids" -> "androids"."""
    if b is None:
        return a
    return b if a == "humans" else a


# The sport a show is about, said beside its title or its own noun: "Eko Mikawa's Bōkyaku
# Battery baseball manga", "popular football anime Blue Lock", "the upcoming archery anime"
SPORT = pattern(
    "story.sport",
    rf"(?P<w>{NAME}!*) (?P<s>{SPORTS}) (?:manga|anime|series|light novels?|novels?)\b"
    rf"|(?:^|\b[Pp]opular |\b[Nn]ew )(?P<s2>(?i:{SPORTS})) anime,? (?P<w2>{NAME})"
    rf"|\b(?:the|this) (?:upcoming|new) (?P<s3>{SPORTS}) (?:anime|series)\b",
    needs=(" anime", " manga", " novel", " series"),
)


_DETERMINER = re.compile(r"(?:The|A|An|This|That|Its|Their|His|Her)$")


def sport(reader: Reader, s: Sentence) -> None:
    """The sport, when the title beside it is the show's (or the noun is the show's own)."""
    for found in SPORT.finditer(s.bare):
        title = found["w"] or found["w2"]
        if title is not None and _DETERMINER.match(title):
            continue  # "The baseball manga Major": the noun's article, no title
        if title is None or reader.is_show(title):
            reader.add("sport", reader.show, (found["s"] or found["s2"] or found["s3"]).lower(), "sport")


RULES = [characters, introduced, mission, world, setting, sport]
