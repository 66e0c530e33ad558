"""The cast: who voices whom, in cast lists, in prose and in "respectively" sentences.

"X as Y" lines (alone, in a "Starring" run, or several on a line a page broke badly),
"X joins the cast as Y", "Y (voiced by X)", "A, B and C voice D, E and F, respectively",
and who is in the cast when no role is given ("The cast includes ...", "X and Y will star in
the anime", a bulleted list of actors under a heading about the cast).
"""

from __future__ import annotations

import re

from quiz.bank.rules import Reader, Sentence, pattern
from quiz.bank.rules.patterns import NAME, PERSON, split_list

_PEOPLE = rf"{PERSON}(?:(?:,? and |, ){PERSON})*"
_CHARACTERS = rf"{NAME}(?:(?:,? and |, ){NAME})*"
_AFTER = r"(?=$| \(|,|;|\.| and |\))"

AS_LINE = pattern(
    "cast.x_as_y", rf"(?:^|\) |, |; |\band |\b[Ss]tarring |\bstars? )(?P<a>{PERSON}) as (?P<c>{NAME}){_AFTER}"
)
JOINS_AS = pattern(
    "cast.joins_as",
    rf"(?P<a>{PERSON}) (?:also )?joins? (?:the cast )?as (?:the )?(?:new )?(?:character )?(?P<c>{NAME})",
)
VOICED_BY = pattern(
    "cast.voiced_by",
    rf"(?P<c>{NAME}),? (?:\((?:voiced by|played by|CV:?) |(?:is|will be) voiced by )(?P<a>{PERSON})"
)
VOICES = pattern(
    "cast.voices",
    rf"(?P<a>{PERSON}) (?:voices|will voice|plays|will play|is voicing) (?P<c>{NAME})",
)
# "Marina Inoue, the voice actress of Iku Kasahara"
VOICE_OF = pattern(
    "cast.voice_actor_of", rf"(?P<a>{PERSON}), (?:the )?voice (?:actress|actor) (?:of|for) (?P<c>{NAME})"
)
RESPECTIVELY = pattern(
    "cast.respectively",
    rf"(?P<a>{_PEOPLE}),? [^.]*?\b(?:voic\w*|play\w*|star\w*)\b (?:their (?:characters|roles) |as )?"
    rf"(?P<c>{_CHARACTERS}),? respectively",
)
INCLUDES = pattern(
    "cast.includes", rf"\bcast\b[^.:]*? (?:includes|include|including|will include) (?P<list>{_PEOPLE})"
)
WILL_STAR = pattern(
    "cast.will_star", rf"(?P<list>{_PEOPLE}) (?:will )?(?:star|co-star)s? in the (?:anime|film|series|show)"
)
# A cast list's item: "Koki Uchiyama (Shigaraki from My Hero Academia);"
LIST_ITEM = pattern(
    "cast.list_item",
    rf"^(?P<a>{PERSON})(?: \((?P<c>{NAME}) (?:from|in) (?P<w>{NAME})\))?;?$",
)
_CAST_HEADING = re.compile(r"\b(?:cast|voice actors|star)\b", re.I)


def _voices(reader: Reader, actor: str, character: str) -> None:
    # "in the cast" only from lists that give no role: with a role, "Who voices X?" asks it
    reader.add("cast", character, actor, "person", "character")


def roles(reader: Reader, s: Sentence) -> None:
    for rule in (AS_LINE, JOINS_AS, VOICES, VOICE_OF):
        for found in rule.finditer(s.text):
            _voices(reader, found["a"], found["c"])
    for found in VOICED_BY.finditer(s.text):
        _voices(reader, found["a"], found["c"])
    for found in RESPECTIVELY.finditer(s.bare):
        actors, characters = split_list(found["a"]), split_list(found["c"])
        if len(actors) == len(characters) > 1:
            for actor, character in zip(actors, characters, strict=True):
                _voices(reader, actor, character)


def members(reader: Reader, s: Sentence) -> None:
    for rule in (INCLUDES, WILL_STAR):
        for found in rule.finditer(s.bare):
            for actor in split_list(found["list"]):
                reader.add("cast_member", reader.show, actor, "person")
    if reader.heading and _CAST_HEADING.search(reader.heading):
        found = LIST_ITEM.match(s.text)
        if found:
            reader.add("cast_member", reader.show, found["a"], "person")
            if found["c"]:
                reader.add("known_role", found["a"], found["c"], "role", "person", qualifier=found["w"])


RULES = [roles, members]
