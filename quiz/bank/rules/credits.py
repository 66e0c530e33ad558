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
_AUX = (
    r"(?:(?:both|also|still|is|are|was|were|will|be|has|have|been|returning to|returns to|return to|"
    r"set to|slated to) )*"
)
_ROLES = r"(?:both )?(?:the )?(?P<roles>[a-z][a-z' ]*?)"
_END = r"(?=[.,;:]|$| (?:at|for|from|on|in|with|while|alongside|of the|to)\b| and [A-Z])"
# What a director directs: the show itself, said plainly ("the anime", "the first anime").
_WORK = (
    r"the (?:new |first |second |third |upcoming |original )?"
    r"(?:anime|film|movie|series|season|show|adaptation)\b"
)
_SHOW = r"(?:anime|film|movie|series|season|show)"


def _studio(n: int) -> str:
    return rf"(?: (?:at|for) (?:the )?(?:[Ss]tudio )?(?P<s{n}>{NAME}))?"


# "X ( works ) is directing the anime at <studio>", "X and Y both directed the first anime",
# "X will direct.", "<show> is directed by X at <studio>"
DIRECTING = pattern(
    "credits.directing",
    rf"{_WHO} {_AUX}(?:directing|directed|direct|directs)"
    rf"(?: (?:{_WORK}|(?P<show>{NAME}))|(?=[.,;]|$)){_studio(1)}"
    rf"|(?P<show2>{NAME}|[Tt]he {_SHOW})(?:,| is| was| will be| is being) directed by "
    rf"(?P<p3>{PERSON}){_studio(2)}",
)
# "X is returning as director from the previous season for <studio>"
RETURNING = pattern(
    "credits.returning_as",
    rf"{_WHO} {_AUX}(?:returning|back|return|returns) as {_ROLES}{_END}"
    rf"(?: from the (?:previous|first|last) (?:season|series))?{_studio(1)}",
)
IN_CHARGE = pattern(
    "credits.in_charge_of",
    rf"{_WHO} {_AUX}(?:in charge of|credited (?:as|for|with)|serv(?:e|es|ing) as|act(?:s|ing)? as|"
    rf"handl(?:e|es|ing)|works? on) {_ROLES}{_END}",
)
WITH_AS = pattern("credits.with_as", rf"\bwith {_WHO} as {_ROLES}{_END}")
MAKING = pattern(
    "credits.making_the",
    rf"{_WHO} {_AUX}(?:provid(?:e|es|ing)|compos(?:e|es|ing)|wr(?:ite|ites|iting|ote)|creat(?:e|es|ing)|"
    rf"design(?:s|ing)?) the {_ROLES}{_END}",
)
BE_THE = pattern(
    "credits.will_be_the",
    rf"{_WHO}(?:, who [^,]+,)? {_AUX}(?:is|was|will be|serves as) the {_ROLES}"
    rf"(?: (?:of|for|on) the {_SHOW})?{_END}",
)
# The role first: "X, producer of the series", "The director for the series will be X", "the
# music for the series will be composed by X"
ROLE_OF_SHOW = pattern(
    "credits.role_of_the_show",
    rf"(?P<p>{PERSON}), (?:the )?(?P<roles>[a-z][a-z ]*?) (?:of|for|on) the {_SHOW}\b"
    rf"|\b[Tt]he (?P<roles2>[a-z][a-z ]*?) (?:for|of|on) the {_SHOW} (?:will be|is|was) "
    rf"(?:(?:provided|composed|handled|written|done) by )?(?P<p3>{PERSON})",
)
# What a verb's object means as a role: "designing the characters" is the character design.
_OBJECTS = {"characters": "character design", "character": "character design", "music": "music"}


def _people(match: re.Match) -> list[str]:
    groups = match.groupdict()
    return [groups[n] for n in ("p", "p2", "p3") if groups.get(n)]


def _roles(text: str) -> list[str]:
    """ "series composition and scripts" -> two roles; "series' composition and serves as chief
    supervisor" -> the composition and the chief supervisor."""
    parts = re.split(r" and (?:serves as |is |as )?|, ", text)
    return [_OBJECTS.get(r.strip(), r.strip()) for r in parts if r.strip()]


def _about_show(reader: Reader, name: str | None) -> bool:
    if not name or name[:1].islower() or name.split()[0] == "The" and len(name.split()) == 2:
        return True  # "directing", "the anime", "The film"
    return reader.is_show(name)


def _group(found: re.Match, *names: str) -> str | None:
    return next((found[n] for n in names if found.groupdict().get(n)), None)


def directors(reader: Reader, s: Sentence) -> None:
    for found in DIRECTING.finditer(s.bare):
        if not _about_show(reader, _group(found, "show", "show2")):
            continue  # "X directed <another work>": a career, not this show's credit
        for person in _people(found):
            credit(reader, person, "director")
        studio = _group(found, "s1", "s2")
        if studio:
            reader.add("studio", reader.show, studio, "studio")


def prose_roles(reader: Reader, s: Sentence) -> None:
    for rule in (RETURNING, IN_CHARGE, WITH_AS, MAKING, BE_THE, ROLE_OF_SHOW):
        for found in rule.finditer(s.bare):
            roles = _roles(_group(found, "roles", "roles2") or "")
            for person in _people(found):
                for role in roles:
                    credit(reader, person, role)
            studio = _group(found, "s1")
            if studio and "director" in roles:
                reader.add("studio", reader.show, studio, "studio")


RULES = [directors, prose_roles]
