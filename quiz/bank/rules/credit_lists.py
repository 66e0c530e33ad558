"""Credits said in a run after one verb: "X is directing, with Y doing series composition, Z as
series director, and W handling character designs"; "the anime is being written by X and directed
by Y"; "the show comes from director X".

A "with" clause often credits several people in one list, each with their job, and the rule of
credits.py reads only its first item; the items after it are read here, one after another from
where the one before ended, so that a list is never read from its middle.
"""

from __future__ import annotations

import re

from quiz.bank.rules import Reader, Sentence, pattern
from quiz.bank.rules.credit_roles import credit
from quiz.bank.rules.credits import WITH_AS, about_show
from quiz.bank.rules.patterns import NAME, PERSON

# how one item of a "with" list gives a job: "Y as series director", "Z doing the music"
_GIVES = r"(?:as|doing|handling|providing|in charge of)"
_ROLE = r"(?:the )?(?P<roles>[a-z][a-z' ]*?)"
_END = r"(?=[.,;]|$| and [A-Z])"
# the item after one a list has read: ", Y as series director", ", and W handling the music"
WITH_NEXT = pattern(
    "credits.with_list_next",
    rf",? (?:and )?(?P<p>{PERSON}) {_GIVES} {_ROLE}{_END}",
    needs=(" as ", " doing ", " handling ", " providing ", " in charge of "),
)
# "with Y doing character designs": the opening item, in the verb credits.WITH_AS does not know
WITH_DOING = pattern(
    "credits.with_doing",
    rf"\bwith (?P<p>{PERSON}) doing {_ROLE}{_END}",
    needs=("with ",),
)
_SHOW = r"(?:anime|film|movie|series|show)"
# "The anime is being written by X and directed by Y" ("The X anime—which is being ...": the
# text is plain, its dashes hyphens), "The series was produced by <studio> and
# directed by Y", "The series was an adaptation by <studio> and directed by Y": the second half
# of a pair of makers, the first of whom another rule reads
AND_DIRECTED = pattern(
    "credits.and_directed_by",
    rf"(?P<show>{NAME}|\b[Tt]he {_SHOW}|\b[Tt]he {NAME} {_SHOW})(?:-which|, which)? "
    rf"(?:is being|is|was|will be) (?:(?:written|produced|animated|created)|an adaptation) by "
    rf"[^,.;]{{2,40}}? and directed by (?P<p>{PERSON})",
    needs=(" and directed by ",),
)
# "The show comes from director X", "the first original film from writer/director X": the show
# named by its kind, then the director it comes from (never "Y, an anime film from director X",
# where the film is Y, named before)
FROM_DIRECTOR = pattern(
    "credits.from_director",
    rf"\b(?:[Tt]he|[Tt]his|[Ii]ts) (?:[a-z-]+ ){{0,3}}?{_SHOW} (?:comes )?from (?:writer/)?director "
    rf"(?P<p>{PERSON})(?![\w'’])",
    needs=("from director ", "from writer/director "),
)


def with_lists(reader: Reader, s: Sentence) -> None:
    text = s.bare
    for opening in (*WITH_AS.finditer(text), *WITH_DOING.finditer(text)):
        if opening.re is WITH_DOING.compiled:
            credit(reader, opening["p"], opening["roles"])
        at = opening.end()
        while (item := WITH_NEXT.match(text, at)) is not None:
            credit(reader, item["p"], item["roles"])
            at = item.end()


_THE_KIND = re.compile(rf"^[Tt]he (.+) {_SHOW}$")


def paired_directors(reader: Reader, s: Sentence) -> None:
    for found in AND_DIRECTED.finditer(s.bare):
        if about_show(reader, _THE_KIND.sub(r"\1", found["show"])):  # "The X anime": X
            credit(reader, found["p"], "director")
    if reader.names_show(s.bare) and not reader.live_action:
        for found in FROM_DIRECTOR.finditer(s.bare):
            credit(reader, found["p"], "director")


RULES = [with_lists, paired_directors]
