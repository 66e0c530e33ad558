"""The studio: which studio makes the show, its age, its earlier works, its people."""

from __future__ import annotations

import re

from quiz.bank.rules import Reader, Sentence, pattern
from quiz.bank.rules.patterns import LIST, NAME, NUMBER_WORDS, PERSON, split_list
from quiz.bank.text import count_whole

# "Studio Bones", "Bones Studio", "animation studio Bones", "BONES, the studio behind ..."
_NAMED = pattern(
    "studio.named",
    rf"\b(?:[Ss]tudio|production company|animation studio) (?P<a>{NAME})"
    # a capitalised word after "Studio" goes on with another name ("The Jump Studio NEO stage")
    rf"|(?P<b>{NAME}) (?:Studios?|Animation Production)\b(?! (?!Co\b)[A-Z])"
    rf"|(?P<c>{NAME}), the (?:studio|company) behind",
    needs=(" behind", "Animation Production", "production company", "tudio"),
)
# "animated and produced by studio ufotable", "The production will be handled by A-1 Pictures",
# "TV Anime Adaptation by A-1 Pictures": the studio in the show's own sentence
def _studio(n: int) -> str:
    """A studio after "by": "studio ufotable" (written lower case), "Studio Orange", "A-1 Pictures"."""
    return rf"(?:(?:the )?(?:animation )?[Ss]tudio (?P<l{n}>[a-z][\w-]+\b|{NAME})|(?P<s{n}>{NAME}))"


ANIMATED_BY = pattern(
    "studio.animated_by",
    # "Animated by studio X." opening a staff list's line or a sentence, as in prose
    rf"\b(?:[Aa]nimated|[Aa]nimated and produced|[Pp]roduced and animated) by {_studio(1)}"
    rf"|\b[Pp]roduced by (?:the )?[Ss]tudio (?P<s2>{NAME})"
    # "A-1 Pictures, which previously animated <other work>, is once again animating the project",
    # "Brains Base will animate the new season"
    rf"|(?:[Ss]tudio )?(?P<s5>{NAME})(?:, which [^,]+,)? (?:is|are|will be|will)"
    r"(?: also| once again| again)? "
    r"(?:animat(?:ing|e) (?:the )?(?:new |upcoming )?(?:anime|series|film|show|season|project)"
    r"|producing the animation)\b"
    # "Shaft will serve as the film's animation studio"
    rf"|(?P<s7>{NAME}) (?:will serve|serves|is serving) as the (?:film|anime|series|show)(?:'s|') "
    r"animation studio"
    # "The animation is being produced at Zero-G", "The anime is being produced at Seven Arcs"
    rf"|^[Tt]he (?:anime|animation|series|film) (?:is|will be) (?:being )?produced at "
    rf"(?:[Ss]tudio )?(?P<s6>{NAME})",
    needs=("nimated", "animating ", "animate ", "producing the animation", "roduced by ", "produced at ",
           "animation studio"),
)
# A word that opens a sentence or clause before a studio's name, never a part of it ("Under X")
_NOT_OPENING = r"(?!(?:Under|The|With|As|In|From|By|And|But|At|For)\b)"
# Who does the show's production: "Animation production will be handled by X", "TV Anime
# Adaptation by X".
HANDLED_BY = pattern(
    "studio.production_handled_by",
    rf"\b(?:[Aa]nimation )?[Pp]roduction (?:will be |is |was )?(?:handled|done) by {_studio(3)}"
    rf"|\b[Aa]nime [Aa]daptation by {_studio(4)}",
    needs=("daptation by ", "done", "handled"),
)
# The show as the studio's own production: "The first cour of Studio Wit's (earlier works)
# production aired ...", "under Arvo Animation Studio's production, the anime released ...";
# never "the studio's production of <another work>", its committee or schedule.
OWN_PRODUCTION = pattern(
    "studio.own_production",
    rf"\b(?:[Ss]tudio (?P<s6>{NAME})|{_NOT_OPENING}(?P<s7>{NAME}) (?:Animation )?Studio)'s "
    r"(?:\([^()]*\) )?production\b(?! (?:of|for|company|committee|schedule|team|staff|line|studio)\b)",
    needs=("'s ",),
)
# How a sentence speaks of the show without its name: "the new anime", or the production the
# studio announces ("Studio 3Hz has announced the production of a new original anime")
_ABOUT_SHOW = re.compile(
    r"\b(?:this|the) (?:new )?(?:anime|project|series)\b"
    r"|\bproduction of an? (?:new )?(?:original )?(?:TV |television )?(?:anime|series)\b"
    # "this is a sci-fi thriller anime by studio X", "It is a new original anime from X"
    r"|\b(?:[Tt]his|[Ii]t) is an? (?:[\w-]+ ){0,4}(?:anime|series|film|show)\b"
)
# How old the studio is: "Bones' 25th anniversary", "For 25 years, ... has been Studio Bones"
_AGE = pattern(
    "studio.age",
    rf"(?P<s>{NAME})(?:'s| will celebrate its| celebrates its) (?P<n>\d+)(?:st|nd|rd|th) anniversary"
    rf"|\bFor (?P<n2>{NUMBER_WORDS}) years, [^.]*? has been (?P<s2>{NAME})",
    needs=(" anniversary", "For "),
)
_WORKS = pattern(
    "studio.works",
    r"\b(?:anime|works|titles|shows|series) (?:such )?as "
    r"(?:the (?P<y1>\d{4}) and (?P<y2>\d{4}) adaptations of )?"
    rf"(?P<list>{LIST})",
    needs=("as ",),
)
# A maker back with the studio: "reuniting with X for the first time in 10 years", "X has
# teamed up with <studio> after 10 years"
_REUNION = pattern(
    "studio.reunites",
    rf"(?:reuniting|reunites|reunite) with (?P<p>{PERSON}) for the first time in (?P<n>\d+) years"
    rf"|(?P<p2>{PERSON}),? (?:who [^,]+, )?has teamed up with (?P<s>{NAME}) after (?P<n2>\d+) years",
    needs=("has teamed up with ", "reunit"),
)


# A company that licenses or distributes the show, or its president speaking: no sign that it
# makes the show ("GKIDS has acquired North American distribution rights", "GKIDS President X said").
_DEALS = r"(?:,? (?:has |have |will |also )?(?:acquir|licens|distribut)\w*|'?s? [Pp]resident\b)"


# "Studio Doga Kobo will be in charge of the anime adaptation", "CloverWorks, the studio known for
# Spy X Family, is in charge of the animation side of things", "MMT Technology Co., Ltd was in
# charge of animation production"; a person may be in charge of an animation's production too,
# so the name must be marked a company: "Studio", "the studio" beside it or "Co., Ltd" after it
IN_CHARGE = pattern(
    "studio.in_charge",
    rf"(?P<studio>\b[Ss]tudio )?(?P<s>{NAME})(?P<ltd>\.,? Ltd\.?)?"
    r"(?:, (?P<the>the (?:animation )?studio)[^,]*,)? "
    r"(?:is|are|was|were|will be) (?:also )?in charge of (?:the )?"
    r"(?:anime adaptation|animation production|animation side|animation of the (?:anime|series|film|show))\b",
    needs=(" in charge of ",),
)


def in_charge(reader: Reader, s: Sentence) -> None:
    for found in IN_CHARGE.finditer(s.bare):
        # "MMT Technology Co., Ltd" is asked as MMT Technology, as "Studio X" is X: a legal
        # suffix among names without one would give the answer away
        name = found["s"].removesuffix(" Co") if found["ltd"] else found["s"]
        if found["studio"] or found["ltd"] or found["the"]:
            reader.add("studio", reader.show, name, "studio")


# A capitalised word before "Studio X" (capitalised: "Anime studio X" is one) that opens no
# clause: "Studio" is inside a longer name
# ("The Jump Studio NEO stage"), not a studio's
_NAME_GOES_ON = re.compile(r"\b(?!(?:At|By|With|In|From|And|But|For|Under|As|On|Of|The)\b)[A-Z][\w-]* $")


def studios_named(reader: Reader, text: str) -> list[str]:
    """The studios a sentence names: by a studio pattern, else a studio known from elsewhere."""
    named = [_as_written(reader, m) for m in _NAMED.finditer(text)
             if not (m[0].startswith("Studio ") and _NAME_GOES_ON.search(text, 0, m.start()))]
    return named or reader.names("studio", text)


def _as_written(reader: Reader, match: re.Match) -> str:
    """A studio's name as the article writes it: "Wit Studio" whole, unless the article also
    writes the name alone ("Wit Studio ... Wit's staff"). "Studio X" stays X: prose puts
    "Studio" before any studio's name ("Studio MAPPA"), and one offered so among names
    without it would give the answer away."""
    name = match["a"] or match["b"] or match["c"]
    whole = match[0]
    if not whole.endswith((" Studio", " Studios")):
        return name
    alone = count_whole(reader.source.body, name) > count_whole(reader.source.body, whole)
    return name if alone else whole


def _mentions_show(reader: Reader, text: str) -> bool:
    shows = reader.known.get("show", set()) | {reader.show}
    return any(name in text for name in shows) or bool(_ABOUT_SHOW.search(text))


# A studio taking over from another ("X will animate the new season instead of Y"): one
# season's studio, not the show's
_TAKING_OVER = re.compile(r"\b(?:instead of|replacing|replaces|taking over from|took over from|succeeding)\b")


def animated_by(reader: Reader, s: Sentence) -> None:
    if _TAKING_OVER.search(s.text):
        return
    for rule in (ANIMATED_BY, HANDLED_BY, OWN_PRODUCTION):
        for found in rule.finditer(s.text):
            name = next(v for k, v in found.groupdict().items() if v)
            reader.add("studio", reader.show, name, "studio")


def studio(reader: Reader, s: Sentence) -> None:
    studios = studios_named(reader, s.text)
    if not studios:
        return
    if _mentions_show(reader, s.text):
        for name in studios:
            if not re.search(rf"(?<!\w){re.escape(name)}{_DEALS}", s.text):
                reader.add("studio", reader.show, name, "studio")
    for match in _AGE.finditer(s.text):
        name = re.sub(r"^Studio ", "", match["s"] or match["s2"])
        reader.add("anniversary", name, match["n"] or match["n2"], "number", "studio")
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
        reader.add("reunion_years", match["p"] or match["p2"], match["n"] or match["n2"], "number", "person")


RULES = [studio, animated_by, in_charge, reunion]
