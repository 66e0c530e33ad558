"""A show that is a film: said so beside its name ("X, a theatrical anime film") or before it
("a feature film called X")."""

from __future__ import annotations

import re

from quiz.bank.rules import Reader, Sentence, pattern

# A film's format beside its title: "Penguin Highway, a theatrical anime film based on ...",
# "Hirune Hime: ..., an upcoming original anime movie by director X"; not "a new film" (another
# film of the franchise the title names) nor a film's project or festival
FILM_FORMAT = pattern(
    "release.film_format",
    r", an? (?:(?:upcoming|original|theatrical|feature(?:-length)?|animated|anime|Japanese) )*"
    r"(?:film|movie)\b"
    r"(?! (?:adaptation|project|series|franchise|festival|studio|company)\b)",
    needs=(" film", " movie"),
)


# "a brand-new feature film called Tenki no Ko (Weathering With You)", "a Japanese anime film titled
# X": the title after it is the film's (film_format checks it is the show's, and no longer title)
FILM_CALLED = pattern(
    "release.film_called",
    r"\ban? (?:[\w-]+ ){0,3}?(?:film|movie) (?:called|titled|entitled|named) \"?",
    needs=(" film ", " movie "),
)
_TITLE_END = re.compile(r"\"?(?:[,.;:)]|$| (?!-)[a-z(])")


def film_format(reader: Reader, s: Sentence) -> None:
    """The show called a film right after its own name (the title of another work may stand
    there), or before it ("a feature film called X", "... called Y (X)")."""
    names = [name for name in (reader.show, *reader.spellings) if name]
    for found in FILM_FORMAT.finditer(s.bare):
        before = s.bare[: found.start()].rstrip()
        if any(before.endswith(name) for name in names):
            reader.add("work_format", reader.show, "film", "work_format")
    for found in FILM_CALLED.finditer(s.text):  # (the text with its asides: the title may be one)
        title = s.text[found.end():].split(" (", 1)  # "Tenki no Ko (Weathering With You)"
        after = [title[0], *(title[1:] and [title[1].split(")", 1)[0]])]
        if any(t.startswith(n) and _TITLE_END.match(t, len(n)) for t in after for n in names):
            reader.add("work_format", reader.show, "film", "work_format")
