"""Credits in prose: who directs, writes, designs or composes, said the many ways news says it.

"X ( earlier works ) is directing the anime at <studio>", "X is returning as director",
"X is in charge of series composition and scripts", "with X as producer", "The director for
the series will be X". The rules read a sentence without its asides in parentheses
(Sentence.bare), so earlier works between a name and its verb do not hide the verb.
"""

from __future__ import annotations

import re

from quiz.bank.rules import Reader, Sentence, pattern
from quiz.bank.rules.patterns import NAME, PERSON
from quiz.bank.rules.staff import credit

_WHO = rf"(?P<p>{PERSON})(?: and (?P<p2>{PERSON}))?"
# "is", "will be", "will still be", "are both", "was also": the verb's helpers in any order
_AUX = r"(?:(?:both|also|still|is|are|was|were|will|be|has|have|been) )*"
_ROLES = r"(?:both )?(?:the )?(?P<roles>[a-z][a-z ]*?)"
_END = r"(?=[.,;:]|$| (?:at|for|from|on|in|with|while|alongside|of the|to)\b| and [A-Z])"
# What a director directs: the show itself, said plainly ("the anime", "the first anime").
_WORK = (
    r"the (?:new |first |second |third |upcoming |original )?"
    r"(?:anime|film|movie|series|season|show|adaptation)\b"
)
_STUDIO = rf"(?: (?:at|for) (?:the )?(?:[Ss]tudio )?(?P<s>{NAME}))?"

DIRECTING = pattern(
    "credits.directing",
    rf"{_WHO} {_AUX}(?:directing|directed|direct|directs)"
    rf"(?: (?:{_WORK}|(?P<show>{NAME}))|(?=[.,;]|$)){_STUDIO}",
)
DIRECTED_BY = pattern(
    "credits.directed_by",
    rf"(?P<show>{NAME}|[Tt]he (?:anime|film|movie|series|season)) (?:is|was|will be) directed by "
    rf"(?P<p>{PERSON}){_STUDIO}",
)
RETURNING = pattern(
    "credits.returning_as", rf"{_WHO} {_AUX}(?:returning|back|return|returns) as {_ROLES}{_END}{_STUDIO}"
)
IN_CHARGE = pattern(
    "credits.in_charge_of",
    rf"{_WHO} {_AUX}(?:in charge of|credited (?:as|for|with)|serv(?:e|es|ing) as|act(?:s|ing)? as|"
    rf"handl(?:e|es|ing)) {_ROLES}{_END}",
)
WITH_AS = pattern("credits.with_as", rf"\bwith {_WHO} as {_ROLES}{_END}")
MAKING = pattern(
    "credits.making_the",
    rf"{_WHO} {_AUX}(?:provid(?:e|es|ing)|compos(?:e|es|ing)|writ(?:e|es|ing)|creat(?:e|es|ing)|"
    rf"design(?:s|ing)?) the {_ROLES}{_END}",
)
BE_THE = pattern(
    "credits.will_be_the",
    rf"{_WHO}(?:, who [^,]+,)? {_AUX}(?:is|was|will be|serves as) the {_ROLES}"
    rf"(?: (?:of|for|on) the (?:series|anime|show|film))?{_END}",
)
# "Sho Tanaka, producer of the series"
APPOSITION = pattern(
    "credits.name_comma_role_of",
    rf"(?P<p>{PERSON}), (?:the )?(?P<roles>[a-z][a-z ]*?) (?:of|for|on) the (?:series|anime|show|film)\b",
)
THE_ROLE_IS = pattern(
    "credits.the_role_is",
    rf"\b[Tt]he (?P<roles>[a-z][a-z ]*?) (?:for|of|on) the (?:series|anime|show|film|season) "
    rf"(?:will be|is|was) (?P<p>{PERSON})",
)
# What a verb's object means as a role: "designing the characters" is the character design.
_OBJECTS = {"characters": "character design", "character": "character design", "music": "music"}


def _people(match: re.Match) -> list[str]:
    return [p for p in (match["p"], match.groupdict().get("p2")) if p]


def _roles(text: str) -> list[str]:
    return [_OBJECTS.get(r.strip(), r.strip()) for r in re.split(r" and |, ", text) if r.strip()]


def _about_show(reader: Reader, name: str | None) -> bool:
    if not name or name[:1].islower() or name.split()[0] == "The" and len(name.split()) == 2:
        return True  # "directing", "the anime", "The film"
    return reader.is_show(name)


def directors(reader: Reader, s: Sentence) -> None:
    for found in (*DIRECTING.finditer(s.bare), *DIRECTED_BY.finditer(s.bare)):
        if not _about_show(reader, found.groupdict().get("show")):
            continue  # "X directed <another work>": a career, not this show's credit
        for person in _people(found):
            credit(reader, person, "director")
        if found["s"]:
            reader.add("studio", reader.show, found["s"], "studio")


def prose_roles(reader: Reader, s: Sentence) -> None:
    for rule in (RETURNING, IN_CHARGE, WITH_AS, MAKING, BE_THE, APPOSITION, THE_ROLE_IS):
        for found in rule.finditer(s.bare):
            roles = _roles(found["roles"])
            for person in _people(found):
                for role in roles:
                    credit(reader, person, role)
            if found.groupdict().get("s") and "director" in roles:
                reader.add("studio", reader.show, found["s"], "studio")


RULES = [directors, prose_roles]
