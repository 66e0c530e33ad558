"""The show's title in the other language, given beside it in parentheses: its English title
after a romanised Japanese one, or the other way round."""

from __future__ import annotations

import re

from quiz.bank.rules import Reader, Sentence, pattern
from quiz.bank.rules.patterns import TITLE

# The show's title with its other title in parentheses: "Shō Aimoto's Kemono Jihen (Monster
# Incidents) manga", "Hiro Arikawa's Library War (Toshokan Sensō) light novels", "the manga
# series "Atarashii Joushi wa Do Tennen" (My New Boss Is Goofy)".
ALSO_TITLED = pattern(
    "source.also_titled",
    rf'"?(?P<a>{TITLE})"? \( ?"?(?P<b>{TITLE})"? ?\)',
    needs=(" (",),
)
# The other title said so after the show's: "Isekai Shokudo (known in English as Restaurant to
# Another World)", "X, also known as Y"; other_titles reads it right after a name of the show
KNOWN_AS = pattern(
    "source.known_as",
    rf',? \(?(?:also )?known (?:in English |internationally |in the West )?as "?(?P<t>{TITLE})',
    needs=("known ",),
)
# A word of romanised Japanese: syllables of a consonant (or none) and a vowel, a syllabic "n",
# a doubled consonant ("Kemono", "Kyōshitsu", "Tennen"). English words rarely are ("Monster",
# "Classroom", "War" are not).
_ROMAJI_WORD = re.compile(
    r"(?:(?:[kgsztdnhbpmr]y?|ch|sh|ts|j|f|w|y)?[aeiouāīūēō]|n|[kstp](?=[kstpc]))+"
)


def language(title: str) -> str:
    """ "japanese" when every word of a title reads as romanised Japanese, "english" when most
    do not, "" when it is not clear (a title of short words, or of both kinds)."""
    words = [w for w in _words(title) if len(w) > 1]
    if not any(len(w) >= 4 for w in words):
        return ""  # "TV", "Do Re": too short to tell
    japanese = sum(bool(_ROMAJI_WORD.fullmatch(w)) for w in words)
    if japanese == len(words):
        return "japanese"
    return "english" if japanese * 2 < len(words) else ""


def other_titles(reader: Reader, s: Sentence) -> None:
    """The show's title in the other language, when one title is English and the other
    romanised Japanese; a title in parentheses that is neither says nothing sure."""
    for found in ALSO_TITLED.finditer(s.text):
        titles = [found["a"], found["b"]]
        if not reader.show or reader.show not in titles or titles[0] == titles[1]:
            continue  # another work's two titles ("Library Wars: Love & War (...)")
        _other_title(reader, titles[1 - titles.index(reader.show)])
    at = s.text.find(reader.show) if reader.show and "known " in s.text else -1
    while at >= 0:
        found = KNOWN_AS.match(s.text, at + len(reader.show))
        if found:  # "X, also known as Y in English": the title ends before the language
            _other_title(reader, found["t"].removesuffix(" in English"))
        at = s.text.find(reader.show, at + 1)


def _other_title(reader: Reader, other: str) -> None:
    """The show's title in the other language, when one is English and the other romanised Japanese."""
    if len(other.split()) < 2 or _known_otherwise(reader, other):
        return  # "Beastars (Netflix)": a service, a studio or a person, not a title
    # a name both titles keep ("Yatogame-chan Kansatsu Nikki (Yatogame-chan Observation Diary)",
    # "Recorder to Randoseru (Recorder and Backpack)") is of neither language: the other words tell
    shared = set(_words(reader.show)) & set(_words(other))
    pair = language(_without(reader.show, shared)), language(_without(other, shared))
    if pair == ("japanese", "english") and not _FOREIGN.search(other):
        reader.add("english_title", reader.show, other, "title")
    elif pair == ("english", "japanese"):
        reader.add("japanese_title", reader.show, other, "title")


# A title in Latin, French or another European tongue is no English one, though its words are
# no Japanese either: "Bibliotheca Mystica de Dantalian", "Le Chevalier"
_FOREIGN = re.compile(r"\b(?:de|du|des|la|le|les|der|die|das|von|el|del|di)\b", re.I)


def _words(title: str) -> list[str]:
    return re.findall(r"[^\W\d_]+", title.casefold())


def _without(title: str, words: set[str]) -> str:
    return " ".join(w for w in _words(title) if w not in words)


def _known_otherwise(reader: Reader, name: str) -> bool:
    return any(name in names for kind, names in reader.known.items() if kind not in ("show", "title"))
