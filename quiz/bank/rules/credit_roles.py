"""What a credit is: a role's words (a job, never a clause around one), and the credit itself,
asked of a person or, for a firm's name or a company's job, of a company."""

from __future__ import annotations

import re

from quiz.bank.rules import Reader
from quiz.bank.rules.patterns import COMPANY_ROLES, PERSON, is_agent_role, role_name

ROLE_WORDS = frozenset(
    {"design", "designs", "music", "screenplay", "script", "composition", "animation",
     "effects", "sound", "lyrics", "production", "investigation", "photography", "cooperation",
     "illustration", "illustrations"}
)

# Words a clause has around a role but a role never has: "will be the director" is no role.
_NOT_ROLE_WORDS = frozenset({"will", "be", "is", "was", "are", "the", "who", "has", "been", "also", "as",
                              # a participle goes on with what the job is drawn from ("the anime
                              # characters designs based on the original designs by X"): cut short
                              "based", "adapted", "inspired"})


# Who the show's story comes from, credited as a job of its own in staff lists and prose
_ORIGIN_ROLES = frozenset({"original work", "original story", "original creator", "original concept",
                           "original plan"})


def looks_like_role(role: str) -> bool:
    words = role.split()
    if not words or len(words) > 4 or _NOT_ROLE_WORDS & set(words):
        return False
    return bool(ROLE_WORDS & set(words)) or is_agent_role(role) or role in _ORIGIN_ROLES


# Someone who takes a job over from another ("is the chief director, replacing director X"):
# the job is theirs from the new season on, and the show's earlier seasons had X; asked of the
# whole show it is half true, so only a job said to be new ("the new character designer") is.
_REPLACING = re.compile(
    rf"\b(?:replacing|replaces|replaced|taking over (?:from |for )?|took over from|succeeding|"
    rf"instead of)(?: (?:the )?[a-z]+)* {PERSON}"
)


# A firm's name, however like a person's its words are ("Barnstorm Design Labo"): its credits
# are asked among firms, never offered beside people
FIRM = re.compile(r"^Studio |\b(?:Labo|Lab|Studios?|Pictures|Animation|Inc|Entertainment|Productions?|Records"
                   r"|Corporation|Company|Works)\.?$")


# The last of names credited together ("with Creators in Pack and LEVELS credited for animation
# production cooperation", "A and B are credited for the planning"): one alone is half the answer
_SHARED = re.compile(r"[A-Z][\w'&.-]*,? (?:and|&) $")
# "A is the director and B is credited for ...": B's clause, B's credit alone
_ONE_ALONE = re.compile(r" (?:is|was|has been) ")


def shared(text: str, start: int, end: int) -> bool:
    """Whether the name at text[start:end] is credited together with the name before it."""
    return bool(_SHARED.search(text, 0, start)) and not _ONE_ALONE.match(text, end)


def credit(reader: Reader, who: str, role_text: str, kind: str = "") -> None:
    """A credit on the show; `kind` "company" for a firm credited with a person's job."""
    role = role_name(role_text)
    if not looks_like_role(role):
        return
    if reader.current and _REPLACING.search(reader.current.bare) and not role.startswith("new "):
        return  # one season's holder of the job, not the show's
    if kind in ("", "person") and FIRM.search(who):
        kind = "company"
    kind = "studio" if role in COMPANY_ROLES else kind or "person"
    reader.add("credit", reader.show, who, kind, qualifier=role)
    if kind == "studio":
        reader.add("studio", reader.show, who, "studio")
