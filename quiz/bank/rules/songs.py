"""Songs an article names as songs ("her new single "X."", "the ending theme "X""): a name the
text gives a song is no show, and the release it dates ("X" will be released on October 12) is
the record's, not the show's premiere."""

from __future__ import annotations

import re

# A name in quotes after a word that makes it a song's
SONG_NAMED = re.compile(r'\b(?:[Ss]ongs?|[Tt]heme|[Ss]ingle|[Tt]rack|OP|ED) "([^"\n]{1,60}?)[.,!?]?"')
_QUOTED_FIRST = re.compile(r'^"([^"\n]{1,60}?)[.,!?]?"')


def squeezed(name: str) -> str:
    return re.sub(r"\W+", "", name).casefold()  # "LOVE & MOON" and "LOVE&MOON" are one name


def songs_named(text: str) -> set[str]:
    """The names `text` calls songs, squeezed."""
    return {squeezed(m[1]) for m in SONG_NAMED.finditer(text)}


def song_released(reader, text: str) -> bool:
    """Whether a sentence opens on a name the article calls a song: what it dates is the record's."""
    first = _QUOTED_FIRST.match(text)
    if not first:
        return False
    if ("songs", "") not in reader.asked:
        reader.asked["songs", ""] = songs_named("\n".join(s.text for s in reader.sentences))
    return squeezed(first[1]) in reader.asked["songs", ""]
