"""Credits said as a responsibility: "X will be responsible for the main character designs",
"A-1 Pictures will be responsible for the animation of the movie".

Only the present and the future are read: "X was responsible for the music in <work>" is
most often a career, another work's credit. A job done "in" or "for" a named work is never
read either, whatever the tense.
"""

from __future__ import annotations

import re

from quiz.bank.rules import Reader, Sentence, pattern
from quiz.bank.rules.patterns import COMPANY_ROLES, NAME, PERSON, role_name
from quiz.bank.rules.staff import FIRM, credit

_END = r"(?=[.,;:]|$| (?:of|for|on|in) the (?:anime|film|movie|series|show|season|project)\b| and [A-Z])"
RESPONSIBLE = pattern(
    "credits.responsible_for",
    rf"(?<![\w'-])(?P<n>{NAME}) (?:is|are|will be|will also be|is also|are also) responsible for "
    rf"(?:the )?(?P<roles>[a-z][a-z' ]*?){_END}",
    needs=(" responsible for ",),
)
# A first word that opens a clause, never a name ("This studio is responsible for ...")
_NOT_A_NAME = re.compile(r"^(?:The|This|That|These|It|He|She|They|Its|Their|His|Her)\b")


def responsible(reader: Reader, s: Sentence) -> None:
    for found in RESPONSIBLE.finditer(s.bare):
        name = found["n"]
        if _NOT_A_NAME.match(name):
            continue
        person = re.fullmatch(PERSON, name) is not None and not FIRM.search(name)
        for role in filter(None, re.split(r" and |, ", found["roles"])):
            # "X will be responsible for the animation": a person's job (the key animation) or a
            # studio's, the words do not say which; only a name that is no person's is a studio
            if role_name(role) in COMPANY_ROLES and person:
                continue
            credit(reader, name, role, "person" if person else "company")


RULES = [responsible]
