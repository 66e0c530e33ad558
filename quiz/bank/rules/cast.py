"""The cast: who voices whom, in cast lists, in prose and in "respectively" sentences.

"X as Y" lines (alone, in a "Starring" run, or several on a line a page broke badly),
"X joins the cast as Y", "Y (voiced by X)", "A, B and C voice D, E and F, respectively",
and who is in the cast when no role is given ("The cast includes ...", "X and Y will star in
the anime", a bulleted list of actors under a heading about the cast).
"""

from __future__ import annotations

import re

from quiz.bank.rules import Reader, Sentence, pattern
from quiz.bank.rules.patterns import NAME, PERSON, role_name, split_list
from quiz.bank.rules.staff import looks_like_role

_PEOPLE = rf"{PERSON}(?:(?:,? and |, ){PERSON})*"
_CHARACTERS = rf"{NAME}(?:(?:,? and |, ){NAME})*"
_AFTER = r"(?=$| \(|,|;|\.| and |\))"

AS_LINE = pattern(
    "cast.x_as_y", rf"(?:^|\) |, |; |\band |\b[Ss]tarring |\bstars? )(?P<a>{PERSON}) as (?P<c>{NAME}){_AFTER}"
)
# An actor and a character in prose, in any of the ways news puts it: "X joins the cast as
# (the new character) Y", "Y (voiced by X)", "Y will be voiced by X", "X voices Y", "X, the voice
# actress of Y", "A, B and C voice D, E and F, respectively".
VOICES = pattern(
    "cast.actor_voices_character",
    rf"(?P<a1>{PERSON}) (?:also )?(?:joins?|joined|is cast|has been cast|was cast) (?:the cast )?as "
    rf"(?:the )?(?:new )?(?:character )?(?P<c1>{NAME})"
    rf"|(?P<c2>{NAME}),? (?:\((?:voiced by|played by|CV:?) |(?:is|will be) voiced by )(?P<a2>{PERSON})"
    rf"|(?P<a3>{PERSON}) (?:voices|will voice|plays|will play|is voicing|is playing|will be voicing|"
    rf"will be playing)(?: the role of)? (?P<c3>{NAME})"
    rf"|(?P<a4>{PERSON}), (?:the )?voice (?:actress|actor) (?:of|for) (?P<c4>{NAME})"
    rf"|(?P<a5>{_PEOPLE}),? [^.]*?\b(?:voic\w*|play\w*|star\w*)\b (?:their (?:characters|roles) |as )?"
    rf"(?P<c5>{_CHARACTERS}),? respectively",
)
# Who is in the cast when no role is given: "The cast for the anime includes A, B and C",
# "A and B will star in the anime".
MEMBERS = pattern(
    "cast.members_named",
    rf"\bcast\b[^.:]*? (?:includes|include|including|will include) (?P<l1>{_PEOPLE})"
    rf"|(?P<l2>{_PEOPLE}) (?:will )?(?:star|co-star)s? in the (?:anime|film|series|show)",
)
# A cast list's item: "Koki Uchiyama (Shigaraki from My Hero Academia);", "Rouge: Yume Miyamoto"
LIST_ITEM = pattern(
    "cast.list_item",
    rf"^(?P<a>{PERSON})(?: \((?P<c>{NAME}) (?:from|in) (?P<w>{NAME})\))?;?$"
    rf"|^(?P<c2>{NAME}) ?[:–-] (?P<a2>{PERSON})(?: \([^)]*\))?;?$",
)
_CAST_HEADING = re.compile(r"\b(?:cast|voice actors|star)\b", re.I)


_IN_WORK = re.compile(r" (?:in|of|from) (?:the )?(?P<work>.+)$")


def _voices(reader: Reader, actor: str, character: str) -> None:
    # "the voice actress of Iku Kasahara in the Library War": the character, not the show
    work = _IN_WORK.search(character)
    if work and reader.is_show(work["work"]):
        character = character[: work.start()]
    # "in the cast" only from lists that give no role: with a role, "Who voices X?" asks it
    reader.add("cast", character, actor, "person", "character")


def _pair(found: re.Match) -> tuple[str, str, int]:
    """The actor and character of whichever wording matched, and which one it was."""
    n = next(i for i in range(1, 6) if found[f"a{i}"])
    return found[f"a{n}"], found[f"c{n}"], n


def roles(reader: Reader, s: Sentence) -> None:
    for found in AS_LINE.finditer(s.text):
        _voices(reader, found["a"], found["c"])
    # "Y (voiced by X)" needs the aside; a "respectively" list reads better without them
    found_in = [*VOICES.finditer(s.text), *VOICES.finditer(s.bare)]
    for found in found_in:
        actor, character, wording = _pair(found)
        if wording < 5:
            _voices(reader, actor, character)
            continue
        actors, characters = split_list(actor), split_list(character)
        if len(actors) == len(characters) > 1:
            for one, other in zip(actors, characters, strict=True):
                _voices(reader, one, other)


def members(reader: Reader, s: Sentence) -> None:
    for found in MEMBERS.finditer(s.bare):
        for actor in split_list(found["l1"] or found["l2"]):
            reader.add("cast_member", reader.show, actor, "person")
    if reader.heading and _CAST_HEADING.search(reader.heading):
        found = LIST_ITEM.match(s.text)
        if found and found["a2"]:
            if not looks_like_role(role_name(found["c2"])):  # "Director: X" under "Staff and cast:"
                _voices(reader, found["a2"], found["c2"])
        elif found:
            reader.add("cast_member", reader.show, found["a"], "person")
            if found["c"]:
                reader.add("known_role", found["a"], found["c"], "role", "person", qualifier=found["w"])


RULES = [roles, members]
