"""The cast: who voices whom, in cast lists, in prose and in "respectively" sentences.

"X as Y" lines (alone, in a "Starring" run, or several on a line a page broke badly),
"X joins the cast as Y", "Y (voiced by X)", "A, B and C voice D, E and F, respectively",
and who is in the cast when no role is given ("The cast includes ...", "X and Y will star in
the anime", a bulleted list of actors under a heading about the cast).
"""

from __future__ import annotations

import re

from quiz.bank.rules import Reader, Sentence, pattern
from quiz.bank.rules.cast_headings import CAST_CUE, under_cast_heading
from quiz.bank.rules.credit_roles import looks_like_role
from quiz.bank.rules.patterns import HONORIFIC, NAME, PERSON, TITLE, role_name, split_list
from quiz.bank.rules.surnames import full_name, given_elsewhere

_PEOPLE = rf"{PERSON}(?:(?:,? and |, ){PERSON})*"
# starring in a role: "stars in the series as", "is starring as", "costars as"
_STARS = r"(?:is |will )?(?:co-?)?star(?:s|ring)?(?: in the (?:anime|series|film|show))?"
_CHARACTERS = rf"{NAME}(?:(?:,? and |, ){NAME})*"
_AFTER = r"(?=$| \(|,|;|\.| and |\))"
# An actor known by one name ("MAO"), where the words around it say an actor stands there (a
# cast list's whole line "MAO as Hikari Yagami", "X joins the cast as Y"); never a pronoun.
_STAGE = r"(?!(?:He|She|They|It|This|That|The|Also)\b)[A-Z][A-Za-z'-]+"
# A stage name of initials ("M.A.O."), only where a cast list's line says an actor stands there.
_INITIALS = r"(?:[A-Z]\.){2,}"

# A capitalised word leading a sentence that is no part of a name ("Starring Rin Abe as Lena")
_NO_LEAD = r"(?!(?:Starring|Featuring|Including|Joining|With|Also|And)\b)"
# A character as fantasy names them, with an epithet: "Uhak the Silent", "Kazuki the Black Tone".
_CHARACTER = rf"{NAME}(?: the [A-Z][\w'-]+(?: [A-Z][\w'-]+)?)?"
# What the character is, before its name: "as protagonist Mash", "as the magic sword Ashugan";
# never "as well as Rin Abe", "as part of Studio X"
_WHAT = (r"(?:(?:the )?(?:(?!(?:the|as|well|of|for|at|in|from|on|with|and|or|to|by|a|an|his|her|their|its|"
         r"part|such)\b)[a-z]+ ){1,3}(?=[A-Z]))?")
AS_LINE = pattern(
    "cast.x_as_y",
    # ("The dub features X as Y" as "The cast includes X as Y")
    rf"(?:^|\) |, |; |\band |\b[Ss]tarring |\bstars? |\b(?:includes?|including|featur(?:ing|es)|are|is|was) "
    rf"|\bvoices? \w+ of )"  # "features the voice talents of X as Y"
    # "Eri Kitamura (Toradora's Ami Kawashima) as Kagari": an aside on the actor's other roles
    rf"(?P<a>{_NO_LEAD}{PERSON}|^{_STAGE}(?= as {NAME}$))(?: \((?P<aside>[^()]+)\))? as "
    rf"(?:\"?{_WHAT}(?P<c>{NAME})\"?|(?P<t>the titular [a-z]+)){_AFTER}",
    needs=(" as ",),
)
# An actor and a character in prose, in any of the ways news puts it: "X joins the cast as
# (the new character) Y", "Y (voiced by X)", "Y, voiced by X,", "X voices Y", "X, the voice
# actress of Y", "A, B and C voice D, E and F, respectively", "X reprises her role as Y".
# ("features the voice of actress X, who will play Y" is a voice, not a screen actor.)
VOICES = pattern(
    "cast.actor_voices_character",
    rf"(?P<a1>{PERSON}|{_STAGE}) (?:also |has |have )?(?:joins?|joined|is cast|has been cast|was cast) "
    rf"(?:the cast (?:of (?:the (?:anime|series|film|show)|{TITLE}) )?)?as "
    rf"(?:the )?(?:new )?(?:character )?(?P<c1>{NAME})"
    # "Y, who will be voiced by X": the character first, the actor in a clause on it
    rf"|(?P<c2>{NAME}),? (?:\((?:voiced by|played by|CV:?) |(?:is|will be) voiced by |(?<=, )voiced by "
    rf"|(?<=, )who (?:is being|will be|is) voiced by )"
    rf"(?P<a2>{PERSON})"
    # (a surname alone, "Hasegawa plays Otome", only for a full name the article gave before)
    rf"|(?P<a3>{PERSON}|{_STAGE}),? (?:who )?(?:voices|plays|portrays|"
    rf"(?:will|is set to|is going to) (?:voice|play|portray)|(?:is|will be) (?:voicing|playing|portraying)|"
    # "X returning to voice Y" (a cast list's line), "X joins the cast to voice Y"
    rf"(?:(?:is |will be )?returning|returns|joins the cast) to (?:voice|play|portray)|"
    # "will play the protagonist Y", "is set to voice the lead character Y": one character, named
    rf"(?:will )?takes? on the role of|is the voice of|will be the voice of)"
    rf"(?: the role of| the (?:lead |main |titular )?(?:character|protagonist|heroine|hero))? "
    rf"(?P<c3>{_CHARACTER})"
    rf"|(?P<a4>{PERSON}), (?:the )?voice (?:actress|actor) (?:of|for) (?P<c4>{NAME})"
    rf"|(?P<a5>{_PEOPLE}),? [^.]*?\b(?:voic\w*|play\w*|star\w*)\b (?:their (?:characters|roles) |as )?"
    rf"(?P<c5>{_CHARACTERS}),? respectively"
    rf"|(?P<a6>{PERSON}) (?:returns|is returning|will return|(?:will )?reprises? (?:her|his|their) role"
    # "X stars in the series as Y, and Z costars as W", "X is starring as Y"
    rf"|{_STARS}) as (?P<c6>{NAME})",
    needs=(
        " on the role of", " respectively", "CV", "has been cast", "is cast", "is returning", "join",
        "play", "portray", "reprise", "returns", "star", "voice", "voicing", "was cast", "will return",
    ),
)
# Who is in the cast when no role is given: "The cast for the anime includes A, B and C",
# "A and B will star in the anime", "A and B will reprise their roles", "A and B will be
# lending their voices to the new season".
MEMBERS = pattern(
    "cast.members_named",
    rf"\bcast\b[^.:]*? (?:includes|include|including|will include) (?P<l1>{_PEOPLE})"
    rf"(?!\w| as\b)|(?P<l2>{_PEOPLE}) "
    # ("stars in the series as Y" names a role: who voices whom, not a bare member)
    rf"(?:(?:will )?(?:star|co-star)s? in the (?:anime|film|series|show)(?! as\b)"
    rf"|(?:will (?:be )?|are (?:set to )?)?(?:reprise|reprising|lend|lending) "
    rf"their (?:roles|voices|talents)\b)",
    needs=("include", "including", "roles", "star", "talents", "voices"),
)
# A cast list's item: "Koki Uchiyama (Shigaraki from My Hero Academia);", "Rouge: Yume Miyamoto",
# "Rouge portrayed by Yume Miyamoto" (the character first, its actor after a verb of casting)
LIST_ITEM = pattern(
    "cast.list_item",
    rf"^(?P<a>{PERSON})(?: \((?P<c>{NAME}) (?:from|in) (?P<w>{NAME})\))?;?$"
    rf"|^(?P<c2>{NAME})(?: ?[:–-] ?| (?:voiced|played|portrayed) by )"  # "Drop :Jonathan Leon" too
    rf"(?P<a2>{PERSON}|{_STAGE}|{_INITIALS})(?: \([^)]*\))?;?$",
)
# A cast list's item in the verb "is": "Tony Hale is Poupelle" (read only under a heading saying
# the list is the cast: elsewhere "X is Y" says many other things)
LIST_IS = pattern(
    "cast.list_item_is",
    rf"^(?!The\b)(?P<a>{PERSON}) is (?P<c>(?:{HONORIFIC})?{_CHARACTER}(?: the \d+(?:st|nd|rd|th))?)$",
    needs=(" is ",),
)
# In a sentence listing the cast, an actor with a name in brackets: the character ("The cast
# includes Rin Abe (Lena), Mio Sato (Juno)")
ACTOR_ASIDE = pattern(
    "cast.actor_then_character_aside",
    rf"(?P<a>{PERSON}) \((?P<c>[A-Z][a-z'-]+(?: [A-Z][a-z'-]+){{0,2}})\)(?=[,;.]|$| and )",
    needs=(" (",),
)
# Any aside after an actor: where one is no character's name, all are the actors' earlier works
_ANY_ASIDE = re.compile(r"\b[A-Z][\w'.-]*(?: [A-Z][\w'.-]*)+ \([^()]+\)")


_IN_WORK = re.compile(r" (?:in|of|from) (?:the )?(?P<work>.+)$")
# "X voices Yuna in the English dub": the dub's language is no part of the character's name
_IN_LANGUAGE = re.compile(r" in the (?:English|Japanese|French|German|Spanish|Italian|Chinese|Korean)$")


# A sentence about actors on screen ("the live-action film", "actress Keiko Kitagawa will
# play"): "Who voices X?" would ask a voice nobody gave.
_ON_SCREEN = re.compile(
    r"\blive-action\b|(?<!voice )(?<!voice of )\b(?:actor|actress|actors|actresses)\b", re.I
)
_NEAR = 3  # the cast lines read around one with an aside


# two to four capitalised words, initials included ("Christopher R. Sabat"), then " and " at
# the end of the text searched: one pattern for every actor, whose places are found with
# str.find; a word boundary must follow the actor
_SOMEONE = r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){1,3}"
_SOMEONE_AND = re.compile(rf"(?<!\bas )(?<![\w.]){_SOMEONE} and $")
_EDGE = re.compile(r"\b")


def _shares_role(text: str, actor: str) -> bool:
    """Whether the actor is the second of two people before one role ("A and B as Tsubasa",
    "A and B will portray Popuko", "A and B join the cast as X and Y"): which of them plays
    the role is not sure. Not "X as Aira Shiratori and B as Jiji", where a character comes first."""
    return any(_EDGE.match(text, at + len(actor)) and _person_before(text, at)
               for at in _after(text, " and ", actor))


# the capitalised words before " and ", all of them: "as Fay Theo Filth and " is a character's
# three words, which "Theo Filth and " alone would take for a person
_WORDS_AND = re.compile(r"(?:[A-Z][\w'’.-]* )+and $")


def _person_before(text: str, at: int) -> bool:
    """Whether a person's name, not a character's after "as", stands before the " and " ending at `at`."""
    found = _SOMEONE_AND.search(text, 0, at)
    if not found:
        return False
    words = _WORDS_AND.search(text, 0, at)
    return not (words and text[:words.start()].endswith("as "))


def _after(text: str, before: str, name: str):
    """Where `name` starts just after `before`, place after place (overlapping ones too)."""
    at = text.find(before + name)
    while at != -1:
        yield at + len(before)
        at = text.find(before + name, at + 1)


def _voices(reader: Reader, actor: str, character: str) -> None:
    if reader.current is not None and _ON_SCREEN.search(reader.current.text):
        return
    # "the voice actress of Iku Kasahara in the Library War": the character, not the show
    work = _IN_WORK.search(character)
    if work and reader.is_show(work["work"]):
        character = character[: work.start()]
    character = _IN_LANGUAGE.sub("", character)
    if looks_like_role(role_name(character)):
        return  # "X returns as Director": a credit, not a character
    if " " not in actor and given_elsewhere(reader, actor):
        return  # "Toyama joins as Y" after "Nao Toyama": the line alone would not prove the name
    # "in the cast" only from lists that give no role: with a role, "Who voices X?" asks it
    reader.add("cast", character, actor, "person", "character", qualifier=_dub(reader))


# An English dub's cast, said in the line or in the heading of its list ("English Language Dub
# Cast", "the English cast includes:"): its voices are the dub's, not the show's own.
_DUB = re.compile(r"\b(?:English|dub|dubbed|dubbing)\b", re.I)
_LANGUAGE = re.compile(r"\b(?:English|Japanese|French|German|Spanish|Portuguese|Italian|Korean|Chinese)\b")
_ITEM = re.compile(r"^[^.!?]{0,60}(?::| as )[^.!?]{0,60}$")


def _dub(reader: Reader) -> str:
    """The dub a cast line gives ("English dub", "Japanese dub"), said in the line or in the
    heading of the list it stands in; "" for the show's own cast."""
    said = reader.current.text
    if not _DUB.search(said):  # the list's heading or cue: the first line back that is no item
        earlier = reversed(reader.sentences[max(0, reader.current.index - 30):reader.current.index])
        said = next((b.text for b in earlier
                     if not (_ITEM.match(b.text) or LIST_IS.match(b.text)) or b.text.endswith(":")), "")
    if not _DUB.search(said):
        return "English dub" if _beside_the_japanese_list(reader, said) else ""
    language = _LANGUAGE.search(said)
    return f"{language[0] if language else 'English'} dub"


def _beside_the_japanese_list(reader: Reader, heading: str) -> bool:
    """Whether a list of voices headed in no language ("the following voice cast:") stands in an
    article whose headline speaks of a dub, beside another list headed as the Japanese cast:
    the one not said to be Japanese is the dub's."""
    if not heading.endswith(":") or _LANGUAGE.search(heading) or not _DUB.search(reader.source.title):
        return False
    return any(b.text.endswith(":") and "Japanese" in b.text and CAST_CUE.search(b.text)
               for b in reader.sentences)


def _listed_on_screen(reader: Reader) -> bool:
    """Whether the lines around a cast line with an aside speak of live action or of screen
    actors: a live-action film's list, whose asides say "live-action" on some lines only."""
    at = reader.current.index
    return any(_ON_SCREEN.search(s.text) for s in reader.sentences[max(0, at - _NEAR): at + _NEAR + 1])


def _pair(found: re.Match) -> tuple[str, str, int]:
    """The actor and character of whichever wording matched, and which one it was."""
    n = next(i for i in range(1, 7) if found[f"a{i}"])
    return found[f"a{n}"], found[f"c{n}"], n


def roles(reader: Reader, s: Sentence) -> None:
    for found in AS_LINE.finditer(s.text):
        if _shares_role(s.bare, found["a"]) or (found["aside"] and _listed_on_screen(reader)):
            continue
        # "X as the titular uncle": the one character the show is named after
        _voices(reader, found["a"], found["c"] or found["t"])
    # "Y (voiced by X)" needs the aside; a "respectively" list reads better without them
    found_in = [*VOICES.finditer(s.text), *VOICES.finditer(s.bare)]
    for found in found_in:
        actor, character, wording = _pair(found)
        if " " not in actor:  # a surname standing for a full name given before, or a stage name
            actor = full_name(reader, actor) or ("" if wording == 3 else actor)
            if wording == 3 and _ELSEWHERE.search(character):
                continue  # "Ikeda voices Y in the Ensemble Stars! franchise": maybe another work
        if actor and wording != 5:
            if not _shares_role(s.bare, actor):
                _voices(reader, actor, character)
            continue
        actors, characters = split_list(actor), split_list(character)
        if len(actors) == len(characters) > 1:
            for one, other in zip(actors, characters, strict=True):
                _voices(reader, one, other)


_ELSEWHERE = re.compile(r" in (?:the )?[A-Z]")


def members(reader: Reader, s: Sentence) -> None:
    for found in MEMBERS.finditer(s.bare):
        paired = {m["a"]: m["c"] for m in ACTOR_ASIDE.finditer(s.text)} if found["l1"] else {}
        if len(paired) < len(_ANY_ASIDE.findall(s.text)):
            continue  # "A (Demon Slayer), B (Bleach: Thousand Year Blood War)": their works, not
            # roles; stars named for their fame, in a cast the sentence may not mean the show's own
        for actor in split_list(found["l1"] or found["l2"]):
            if actor in paired:
                _voices(reader, actor, paired[actor])
            else:
                reader.add("cast_member", reader.show, actor, "person")
    if under_cast_heading(reader):
        found = LIST_ITEM.match(s.text)
        if (named := LIST_IS.match(s.text)) and not looks_like_role(role_name(named["c"])):
            _voices(reader, named["a"], named["c"])
        if found and found["a2"]:
            if not looks_like_role(role_name(found["c2"])):  # "Director: X" under "Staff and cast:"
                _voices(reader, found["a2"], found["c2"])
        elif found and not _among_roles(reader):
            reader.add("cast_member", reader.show, found["a"], "person")
            if found["c"]:
                reader.add("known_role", found["a"], found["c"], "role", "person", qualifier=found["w"])


def _among_roles(reader: Reader) -> bool:
    """Whether a bare name stands between lines giving each actor a role ("X as Y"): there it
    heads a group of them (a unit, "Twinkle Bell"), as a list of actors alone would not."""
    at = reader.current.index
    around = reader.sentences[max(0, at - 1): at] + reader.sentences[at + 1: at + 2]
    return any(AS_LINE.search(s.text) for s in around)


RULES = [roles, members]
