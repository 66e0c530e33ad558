"""Credits said by the duty someone takes on rather than by a job's title.

"X will be responsible for the main character designs", "A-1 Pictures will be responsible for
the animation of the movie"; "X is helming character designs", "X will take charge of series
composition" (a job named without its article); "X is adapting Y's original character designs
for the anime", "Y's original character designs are being adapted by A, B and C".

Only the present and the future are read: "X was responsible for the music in <work>" is
most often a career, another work's credit. A job done "in" or "for" a named work is never
read either, whatever the tense.
"""

from __future__ import annotations

import re

from quiz.bank.rules import Reader, Sentence, pattern
from quiz.bank.rules.credit_roles import FIRM, credit
from quiz.bank.rules.patterns import COMPANY_ROLES, NAME, PERSON, role_name, split_list

_END = r"(?=[.,;:]|$| (?:of|for|on|in) the (?:anime|film|movie|series|show|season|project)\b| and [A-Z])"
RESPONSIBLE = pattern(
    "credits.responsible_for",
    rf"(?<![\w'-])(?P<n>{NAME}) (?:is|are|will be|will also be|is also|are also) responsible for "
    rf"(?:the )?(?P<roles>[a-z][a-z' ]*?){_END}",
    needs=(" responsible for ",),
)
_PERSON = re.compile(PERSON)  # compiled once: re's own cache may have let it go
# A first word that opens a clause, never a name ("This studio is responsible for ...")
_NOT_A_NAME = re.compile(r"^(?:The|This|That|These|It|He|She|They|Its|Their|His|Her)\b")


def responsible(reader: Reader, s: Sentence) -> None:
    for found in RESPONSIBLE.finditer(s.bare):
        name = found["n"]
        if _NOT_A_NAME.match(name):
            continue
        person = _PERSON.fullmatch(name) is not None and not FIRM.search(name)
        for role in filter(None, re.split(r" and |, ", found["roles"])):
            # "X will be responsible for the animation": a person's job (the key animation) or a
            # studio's, the words do not say which; only a name that is no person's is a studio
            if role_name(role) in COMPANY_ROLES and person:
                continue
            credit(reader, name, role, "person" if person else "company")


_PEOPLE = rf"{PERSON}(?:(?:,? and |, ){PERSON})*"
_NOW = r"(?:is|are|will|will be|is set to|will also|will also be|is also) "
_ALONE_ROLES = r"character designs?|series composition|scripts|music"
_SHOW = r"(?:anime|series|show|film|movie)"
_DESIGNS = r"original (?:game )?character designs"
# A job named without its article, after a verb of taking it on: "X will provide character
# designs for the project", "X is helming character designs", "X will take charge of series
# composition" (what follows is the show, or the clause ends)
TAKING_ON = pattern(
    "credits.taking_on_the_job",
    rf"(?P<p>{PERSON}) {_NOW}(?:provid(?:e|ing)|helm(?:ing)?|tak(?:e|ing) charge of) "
    rf"(?P<roles>{_ALONE_ROLES})"
    rf"(?= (?:for|of|on) (?:the|this) (?:{_SHOW}|project|anime adaptation)\b|[.,;]|$| and )",
    needs=("provid", "helm", "charge of"),
)
# The animation's designs after another's: "X is adapting Y's original character designs for
# the anime", "X is adapting the original character designs by Y", "Y's original character
# designs are being adapted by A, B and C"
ADAPTING_DESIGNS = pattern(
    "credits.adapting_designs",
    rf"(?P<p>{PERSON}) {_NOW}?(?:adapting|converting) (?:(?P<o>{PERSON})'s |the ){_DESIGNS}"
    rf"(?: by (?P<o2>{PERSON}))?"
    rf"|(?P<o3>{PERSON})'s {_DESIGNS} (?:are|will be) (?:being )?(?:adapted|converted) "
    rf"(?:for (?:the )?animation )?by (?P<l>{_PEOPLE})",
    needs=("adapt", "convert"),
)


# The director said by the helm: "X is at the helm for this one", "with X at the helm of the project
# as director", "putting X at the helm of this project as the director", "X is helming the project
# at <studio>"; a clause between dashes may stand after the name ("X—who directed Y—is at the
# helm", the dashes plain hyphens in the text read). Never a past helm ("was at the helm of",
# "has helmed"), most often another work's.
_WORK = r"(?:the|this) (?:new )?(?:project|series|anime|show|film|movie|adaptation|production|one)"
_HELM_END = r"(?=[.,;:]|$| (?:at|with|and|while)\b)"
AT_THE_HELM = pattern(
    "credits.at_the_helm",
    rf"(?:(?P<p>{PERSON})(?:-who [^.]*?-| ){_NOW}(?:at the helm(?: (?:of|for) {_WORK})?|helming {_WORK})"
    rf"|\b(?:[Ww]ith|putting|puts) (?P<p2>{PERSON}) at the helm(?: (?:of|for) {_WORK})?)"
    rf"(?: as (?:the |its )?director)?{_HELM_END}(?: at (?:[Ss]tudio )?(?P<s>{NAME}))?",
    needs=("helm",),
)


# Who oversees the series' scripts composes the series: "X ( works ) is overseeing the series
# scripts", "X is supervising the series scripts", "with X supervising scripts"; never one
# episode's script ("overseeing the script of episode 3")
OVERSEEING_SCRIPTS = pattern(
    "credits.overseeing_scripts",
    rf"(?:(?P<p>{PERSON}) {_NOW}|\bwith (?P<p2>{PERSON}) )(?:supervising|overseeing) (?:the )?"
    r"(?:(?:series|anime|show)(?:'s|')? )?scripts?(?=[.,;:]|$| and | for the (?:anime|series|show)\b)",
    needs=("supervising", "overseeing"),
)
_DUB = re.compile(r"\b(?:dub|dubbed|dubbing)\b", re.I)


def dub_news(reader: Reader) -> bool:
    """Whether the headline is about a dub: who directs "the adaptation" or helms "the project"
    there may be the dub's director."""
    return bool(_DUB.search(reader.source.title))


# The show made "into" or "debuted" as an anime directed by someone: "X will adapt the series into
# a 24-episode anime directed by Y", "the project debuted a short anime directed by Y"; a work
# the sentence only mentions ("a film directed by Y") may be another's, so the verb must make it
DIRECTED_ANIME = pattern(
    "credits.made_into_anime_directed_by",
    r"\b(?:into|debut(?:ed|s)?|premier(?:ed|es)|(?:is|are) getting|gets|will get) (?:a|an) "
    rf"(?:[\w-]+ ){{0,3}}?(?:anime|series|film|movie|adaptation) directed by "
    rf"(?:[a-z]+ ){{0,3}}(?P<p>{PERSON})",
    needs=("directed by",),
)


def directed_anime(reader: Reader, s: Sentence) -> None:
    for found in DIRECTED_ANIME.finditer(s.bare):
        if reader.live_action and re.search(r"\b(?:film|movie|series)\b", found[0]):
            continue  # an article that speaks of a live-action work: the film may be that one
        credit(reader, found["p"], "director")


def overseeing_scripts(reader: Reader, s: Sentence) -> None:
    for found in OVERSEEING_SCRIPTS.finditer(s.bare):
        credit(reader, found["p"] or found["p2"], "series composition")


def at_the_helm(reader: Reader, s: Sentence) -> None:
    for found in AT_THE_HELM.finditer(s.bare):
        if not found["s"] and dub_news(reader):
            continue  # a dub's news: who helms "the project" without a studio may be the dub's director
        credit(reader, found["p"] or found["p2"], "director")
        if found["s"]:
            reader.add("studio", reader.show, found["s"], "studio")


def taking_on(reader: Reader, s: Sentence) -> None:
    for found in TAKING_ON.finditer(s.bare):
        credit(reader, found["p"], found["roles"])


def adapting_designs(reader: Reader, s: Sentence) -> None:
    for found in ADAPTING_DESIGNS.finditer(s.bare):
        adapters = split_list(found["l"]) if found["l"] else [found["p"]]
        for person in adapters:
            credit(reader, person, "character design")
        original = found["o"] or found["o2"] or found["o3"]
        if original:
            credit(reader, original, "original character design")


RULES = [responsible, taking_on, adapting_designs, at_the_helm, overseeing_scripts, directed_anime]
