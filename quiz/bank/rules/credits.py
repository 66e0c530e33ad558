"""Credits in prose: who directs, writes, designs or composes, said the many ways news says it.

"X ( earlier works ) is directing the anime at <studio>", "X is returning as director",
"X is in charge of series composition and scripts", "with X as producer", "The director for
the series will be X", "Music is by X", "X is writing and directing the film". The rules read
a sentence without its asides in parentheses (Sentence.bare), so earlier works between a name
and its verb do not hide the verb.
"""

from __future__ import annotations

import re

from quiz.bank.rules import Reader, Sentence, duties, pattern
from quiz.bank.rules.credit_roles import credit, shared
from quiz.bank.rules.patterns import NAME, PERSON, role_name

_WHO = rf"(?P<p>{PERSON})(?: and (?P<p2>{PERSON}))?"
# "is", "will be", "will still be", "are both", "was also": the verb's helpers in any order
_AUX = (
    r"(?:(?:both|also|still|is|are|was|were|will|be|has|have|been|returning to|returns to|return to|"
    r"set to|slated to|tapped to|lined up to) )*"
)
_ROLES = r"(?:both )?(?:the )?(?P<roles>[a-z][a-z' ]*?)"
# A role that may open on an acronym: "the ADR director", "the 3DCG supervisor"
_ROLES_ACRONYM = r"(?:both )?(?:the )?(?P<roles>(?:[A-Z0-9]{2,5} [A-Za-z]|[a-z])[a-z' ]*?)"
_END = r"(?=[.,;:]|$| (?:at|for|from|on|in|with|while|alongside|of the|to)\b| and [A-Z])"
# What a director directs: the show itself, said plainly ("the anime", "the first anime").
_WORK = (
    r"the (?:new |first |second |third |upcoming |original )?"
    r"(?:anime|film|movie|series|season|show|adaptation|title|project|production)\b"
)
_SHOW = r"(?:anime|film|movie|series|season|show)"


# A studio's name may open on a number and a hyphen ("8-Bit"), which a name does not.
_STUDIO = rf"(?:\d+-[A-Z][\w-]*|{NAME})"


def _studio(n: int) -> str:
    """ "at Studio A", "for A"; of "at A and B" only A, the lead studio (the studio of a show
    is one fact: a second would read as the articles disagreeing)."""
    return rf"(?: (?:at|for) (?:the )?(?:[Ss]tudio )?(?P<s{n}>{_STUDIO}))?"


# "X ( works ) is directing the anime at <studio>", "X and Y both directed the first anime",
# "X will direct.", "<show> is directed by X at <studio>"
DIRECTING = pattern(
    "credits.directing",
    # ("X, who will be directing the new season for <studio>": a clause on X, never "X, who directed")
    rf"{_WHO}(?:, who(?= (?:is|will)\b))? {_AUX}(?:(?:writing|wrote|writes|write) and )?"
    rf"(?:directing|directed|direct|directs)"
    rf"(?: (?:{_WORK}|(?P<show>{NAME}))|(?=[.,;]|$| and | at )){_studio(1)}"
    rf"|(?P<show2>{NAME}|[Tt]he (?:new |upcoming |original )?{_SHOW})(?: adaptation| adaption)?"
    rf"(?:,| is| was| will be| is being)"
    rf"(?: written and)? directed by "
    rf"(?P<p3>{PERSON}){_studio(2)}",
    needs=("direct",),
)
# "X is returning as director from the previous season for <studio>", "X is also returning to
# the anime as its character designer", "X will continue as the script supervisor"
RETURNING = pattern(
    "credits.returning_as",
    rf"{_WHO} {_AUX}(?:(?:returning|back|return|returns)(?: to the (?:anime|series|show|film))?"
    rf"|continu(?:e|es|ing)) (?:as|for) (?:its )?{_ROLES}{_END}"
    rf"(?: from the (?:previous|first|last) (?:season|series))?{_studio(1)}",
    needs=("back", "return", "continu"),
)
IN_CHARGE = pattern(
    "credits.in_charge_of",
    rf"{_WHO} {_AUX}(?:in charge of|credited (?:as|for|with)|serv(?:e|es|ing) as|act(?:s|ing)? as|"
    rf"handl(?:e|es|ing)|works? on) {_ROLES}{_END}",
    needs=("act", "credited ", "handl", "in charge of", "serv", "work"),
)
# "with X as producer", "with X providing character designs", "with X handling the music"
WITH_AS = pattern(
    "credits.with_as",
    rf"\bwith {_WHO} (?:as|providing|handling|in charge of) {_ROLES}{_END}",
    needs=("with ",),
)
MAKING = pattern(
    "credits.making_the",
    rf"{_WHO} {_AUX}(?P<sup>(?:supervising|overseeing) and )?"
    # (a score is penned or scored: "X will pen the score", "X will score the show's soundtrack")
    rf"(?:provid(?:e|es|ing)|compos(?:e|es|ing)|wr(?:ite|ites|iting|ote)|creat(?:e|es|ing)|"
    rf"design(?:s|ing)?|pen(?:s|ning)?|scor(?:e|es|ing))(?P<sup2> and (?:supervising|overseeing))? "
    rf"the {_ROLES}{_END}",
    needs=("compos", "creat", "design", "pen", "provid", "scor", "wr"),
)
BE_THE = pattern(
    "credits.will_be_the",
    rf"{_WHO}(?:, who [^,]+,)? {_AUX}"
    rf"(?:(?:is|was|will be|serves as|are|were) the {_ROLES_ACRONYM}"
    # several people share a job said in the plural: "X and Y are also character designers"
    rf"|(?:are|were) (?:also |both )?(?P<roles2>[a-z][a-z' ]*?(?:er|or)s))"
    rf"(?: (?:of|for|on) the {_SHOW})?{_END}",
)
# Anyone credited with a role, a person or a firm: "K&K Design is credited for character
# designs", "Kaori Sato was credited as both character designer and chief animation director".
CREDITED = pattern(
    "credits.name_credited",
    rf"(?P<n>{NAME}) {_AUX}credited (?:for|with|as) {_ROLES}{_END}",
    needs=("credited ",),
)
# A role said by its verb: "X is also back to supervise the series scripts", "X returns to
# direct", "X is returning to compose the music".
BACK_TO = pattern(
    "credits.back_to_verb",
    rf"{_WHO} {_AUX}(?:back|returning|returns?) to (?P<verb>supervise|oversee|write|direct|compose|design)"
    rf"(?: the {_ROLES})?{_END}{_studio(1)}",
    needs=("back", "return"),
)
# Who supervises a series' scripts is its series composition writer.
_VERB_ROLES = {"direct": "director", "supervise": "series composition", "oversee": "series composition"}
# The role first: "X, producer of the series", "The director for the series will be X", "the
# music for the series will be composed by X", "The director for this project is X"
ROLE_OF_SHOW = pattern(
    "credits.role_of_the_show",
    rf"(?P<p>{PERSON}), (?:the )?(?P<roles>[a-z][a-z ]*?) (?:of|for|on) the {_SHOW}\b"
    rf"|\b[Tt]he (?P<roles2>[a-z][a-z ]*?) (?:for|of|on) (?:the|this) (?:{_SHOW}|project) (?:will be|is|was) "
    rf"(?:(?:provided|composed|handled|written|done) by )?(?P<p3>{PERSON})",
    needs=("anime", "film", "movie", "season", "series", "show", "project"),
)
# The show's role, then who holds it: "the anime's director, X", "the film's music composer X";
# never "the 2003 anime's director" or "the first season's", another work than this one
SHOWS_ROLE = pattern(
    "credits.shows_role_then_name",
    rf"\b[Tt]he {_SHOW}(?:'s|') (?P<roles>[a-z]+(?: [a-z]+){{0,3}}),? (?P<p>{PERSON})(?![\w'])",
    needs=("'",),
)
# The role named first, the person after "by": "Music is by X", "Character designs are by X",
# "The music will be composed by X", "..., with scripts by X"
ROLE_BY = pattern(
    "credits.role_by_name",
    rf"(?:^(?:[Tt]he )?|\bwith (?:the )?)"
    rf"(?P<roles>(?![Ll]yrics\b)[A-Za-z][a-z]+(?: (?!(?:is|are|will|was|were|by)\b)[a-z]+){{0,2}}) "
    rf"(?:(?:is|are|will be|was|were) )?"
    rf"(?:(?:composed|provided|handled|written|done|designed|overseen|supervised) )?by {_WHO}{_END}",
    needs=("by ",),
)
_A_SONG = re.compile(r"\b(?:song|theme|single|track)\b")
# What a verb's object means as a role: "designing the characters" is the character design.
_OBJECTS = {"characters": "character design", "character": "character design", "music": "music",
            "score": "music", "soundtrack": "music"}  # the show's score is its music


# A job written before a name at a sentence's start, capitalised there: "Illustrator Mio Sato"
_JOB_FIRST = re.compile(
    r"^(?:Novelist|Illustrator|Artist|Author|Mangaka|Creator|Writer|Director|Composer|Designer|"
    r"Producer|Singer(?:-songwriter)?) (?=\S+ \S)"
)


# A verb for one after a pair of names: "The director is X and Y is providing the designs",
# where X closes the clause before and only Y does what the verb says
_ONE_DOES = re.compile(r" (?:(?:also|still|now) )*(?:is|was|has)\b")


def _people(match: re.Match) -> list[str]:
    groups = match.groupdict()
    one_does = groups.get("p2") and _ONE_DOES.match(match.string, match.end("p2"))
    names = ("p2", "p3") if one_does else ("p", "p2", "p3")
    return [_JOB_FIRST.sub("", groups[n]) for n in names if groups.get(n)]


# "the anime's music": the show's own role, the same as "the music"
_OWN = re.compile(r"^(?:anime|series|film|movie|show)(?:'s|') ")


def _roles(text: str) -> list[str]:
    """ "series composition and scripts" -> two roles; "series' composition and serves as chief
    supervisor" -> the composition and the chief supervisor."""
    parts = [r.strip() for r in re.split(r" and (?:serves as |is |as )?|, ", _OWN.sub("", text))]
    return [_OBJECTS.get(r, r) for r in parts if r]


def about_show(reader: Reader, name: str | None) -> bool:
    """Whether what a credit is said of is the show: a kind ("the anime") or one of its names."""
    if not name or name[:1].islower() or name.split()[0] == "The" and len(name.split()) == 2:
        return True  # "directing", "the anime", "The film"
    return reader.is_show(name)


# How an article names what streams or airs the show ("premieres on Netflix", "streaming via X")
_ON_PLATFORM = (
    r"\b(?:stream\w*|air\w*|premier\w*|broadcast\w*|available|releas\w*) (?:\w+ ){{0,3}}?(?:on|via) {n}\b"
)


def used_as_platform(name: str, body: str) -> bool:
    return re.search(_ON_PLATFORM.format(n=re.escape(name)), body) is not None


def _add_studios(reader: Reader, found: re.Match) -> None:
    """The studio a director's clause names: "directing the anime at <studio>"; never a
    service the article streams the show on ("directing the anime for Netflix")."""
    body = " ".join(s.text for s in reader.sentences)
    for n in ("s1", "s2"):
        if found.groupdict().get(n) and not used_as_platform(found[n], body):
            reader.add("studio", reader.show, found[n], "studio")


def _group(found: re.Match, *names: str) -> str | None:
    return next((found[n] for n in names if found.groupdict().get(n)), None)


# Jobs only an artist holds: a one-word name credited with one is a pen name ("Fuzichoco"),
# never a firm ("Which studio drew ...?"); or a surname the article writes in full elsewhere
# ("Inagawa" after "Jun Inagawa"), which the sentence would not prove: then nothing is asked.
_ARTIST_ROLES = frozenset({"original character design"})


def _surname(reader: Reader, name: str) -> bool:
    written = re.compile(rf"\b[A-Z][a-z]+ {re.escape(name)}\b")
    return " " not in name and any(written.search(s.text) for s in reader.sentences)


def credited(reader: Reader, s: Sentence) -> None:
    for found in CREDITED.finditer(s.bare):
        if shared(s.bare, found.start("n"), found.end("n")):
            continue
        name = _JOB_FIRST.sub("", found["n"])
        # a firm is asked among firms, never offered beside people
        kind = "person" if re.fullmatch(PERSON, name) else "company"
        for role in _roles(found["roles"]):
            if role_name(role) not in _ARTIST_ROLES:
                credit(reader, name, role, kind)
            elif not _surname(reader, name):
                credit(reader, name, role, "person")


def back_to(reader: Reader, s: Sentence) -> None:
    for found in BACK_TO.finditer(s.bare):
        verb, roles = found["verb"], _roles(found["roles"] or "")
        if verb in _VERB_ROLES and (verb == "direct" or any("script" in r for r in roles)):
            roles = [_VERB_ROLES[verb]]
        elif verb in ("supervise", "oversee"):
            continue  # supervising something else than the scripts: not sure which credit
        for person in _people(found):
            for role in roles:
                credit(reader, person, role)
        if verb == "direct":
            _add_studios(reader, found)  # "X returns to direct the film at <studio>"


# "the film" in an article that speaks of a live-action film is that film, not the anime
_A_FILM = re.compile(r"\b(?:film|movie)\b")


def directors(reader: Reader, s: Sentence) -> None:
    for found in DIRECTING.finditer(s.bare):
        if not about_show(reader, _group(found, "show", "show2")):
            continue  # "X directed <another work>": a career, not this show's credit
        if reader.live_action and _A_FILM.search(found.group(0)):
            continue  # "X is directing the film" of a live-action film: not the anime's director
        if found.group(0).endswith("the adaptation") and duties.dub_news(reader):
            continue  # a dub's news: "X is directing the adaptation" is the dub's ADR director
        for person in _people(found):
            credit(reader, person, "director")
        _add_studios(reader, found)


# a job held over a dub's voice cast, not over the show: "X will be the director of the following
# voice cast:", "the director for the English dub"
_OF_THE_CAST = re.compile(r" (?:of|for) the (?:following |English |new )*(?:voice cast|cast|dub)\b")


# A name after "the" is a title's end or a thing's, no person: "worked on K-ON! and Liz and the
# Blue Bird will serve as the scriptwriter" (the writer is the sentence's subject before it)
_NOT_THE_HOLDER = re.compile(r"\bthe $")
# A verb after the name: it opens a clause of its own, the role before the comma another's
_CLAUSE_GOES_ON = re.compile(r" (?:is|are|was|were|will|has|have|[a-z]+ing)\b")


def prose_roles(reader: Reader, s: Sentence) -> None:
    for rule in (RETURNING, IN_CHARGE, WITH_AS, MAKING, BE_THE, ROLE_OF_SHOW, SHOWS_ROLE, ROLE_BY):
        for found in rule.finditer(s.bare):
            if _OF_THE_CAST.match(s.bare, found.end()) or _NOT_THE_HOLDER.search(s.bare, 0, found.start("p")):
                continue
            if rule is SHOWS_ROLE and "," in found[0] and _CLAUSE_GOES_ON.match(s.bare, found.end()):
                continue  # "overseeing the series' scripts, X designing the characters": X's own clause
            if rule is ROLE_BY and _A_SONG.search(s.bare, 0, found.start()):
                continue  # "the ending theme "Y", with music by X": the song's maker
            roles = _roles(_group(found, "roles", "roles2") or "")
            supervises = found.groupdict().get("sup") or found.groupdict().get("sup2")
            if supervises and any("script" in r for r in roles):
                roles.append("series composition")  # who supervises the scripts composes the series
            for person in _people(found):
                for role in roles:
                    credit(reader, person, role)
            if "director" in roles:
                _add_studios(reader, found)


# (a job said by the duty taken on, "will be responsible for", "is helming": duties.py)
RULES = [directors, prose_roles, back_to, credited, *duties.RULES]
