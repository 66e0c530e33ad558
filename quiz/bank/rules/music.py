"""Songs: theme songs and their singers, music clips and who made them."""

from __future__ import annotations

import re

from quiz.bank.rules import Reader, Sentence
from quiz.bank.rules.patterns import LIST, NAME, PERSON, split_list

_TITLE = rf"(?:titled |called )?(?:\"(?P<t1>[^\"]+?)\.?\"|(?P<t2>{NAME}))"
_KIND = r"(?P<k>opening|ending|insert)"
# "the opening theme, Rouge, by Yu-ka"
_THEME_BY = re.compile(
    rf"[Tt]he {_KIND} theme(?: song)?,? {_TITLE},? (?:is )?(?:performed |sung )?by (?P<a>{NAME})"
)
# "Dazbee sings the ending theme, Scarlet."
_SINGS = re.compile(
    rf"(?P<a>{NAME}) (?:sings|performs|will sing|will perform) the {_KIND} theme(?: song)?,? {_TITLE}"
)
# "The opening theme is "Blue Hour" by Kaori Sato."
_THEME_IS = re.compile(rf"[Tt]he {_KIND} theme(?: song)? (?:is|will be) {_TITLE} by (?P<a>{NAME})")
_CLIP = re.compile(
    rf"(?:official (?P<where>{LIST}) for the [a-z ]+ posted a )?(?:special )?music (?:clip|video) "
    rf"for (?P<s>{NAME}), titled \"(?P<t>[^\"]+?)\.?\""
)
_WROTE = re.compile(
    rf"(?P<p>{PERSON}) (?P<w1>composed the music|wrote the lyrics)"
    r"(?: and (?P<w2>composed the music|wrote the lyrics))? for \"(?P<t>[^\"]+?)\.?\""
)
_CLIP_BY = re.compile(rf"(?P<o>{NAME}) produced the (?:clip|video)")
_CLIP_ANIMATION = re.compile(rf"(?P<o>{NAME}) (?:was|is) in charge of the animation")
_STYLE = re.compile(
    rf"(?P<p>{PERSON})'s music, which (?:seemed|seems) to be based on (?P<x>[A-Z][\w ]+?)(?=,|\.|$)"
)
_MAKERS = {"composed the music": "composer", "wrote the lyrics": "lyricist"}


def _title(match: re.Match) -> str:
    return match["t1"] or match["t2"]


def themes(reader: Reader, s: Sentence) -> None:
    for pattern in (_THEME_BY, _SINGS, _THEME_IS):
        for match in pattern.finditer(s.text):
            kind, title = match["k"].lower(), _title(match)
            reader.add("theme", reader.show, title, "song", qualifier=kind)
            reader.add("performer", title, match["a"], "artist", "song")


def clips(reader: Reader, s: Sentence) -> None:
    for match in _CLIP.finditer(s.text):
        reader.clip = match["t"]
        reader.add("music_clip", reader.show, match["t"], "song")
        for where in split_list(match["where"] or ""):
            reader.add("clip_posted_on", match["t"], where, "platform", "song")
    for match in _WROTE.finditer(s.text):
        for work in (match["w1"], match["w2"]):
            if work:
                reader.add(_MAKERS[work], match["t"], match["p"], "person", "song")
    if reader.clip and "clip" in s.text:
        for match in _CLIP_BY.finditer(s.text):
            reader.add("clip_producer", reader.clip, match["o"], "company", "song")
        for match in _CLIP_ANIMATION.finditer(s.text):
            reader.add("clip_animation", reader.clip, match["o"], "studio", "song")
    for match in _STYLE.finditer(s.text):
        reader.add("music_style", match["p"], match["x"], "style", "person")


RULES = [themes, clips]
