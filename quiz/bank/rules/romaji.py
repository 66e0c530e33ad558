"""Japanese names an article misspells by a dropped letter ("Yosuke Kurod" for Kuroda,
"Chkara Sakura" for Chikara, "Kent Itou" for Kento): every word of a romanised Japanese name is
made of the syllables romaji has, so a name whose other words are romaji and whose one odd
word becomes romaji with one vowel put back is a typo the rules would copy into an answer."""

from __future__ import annotations

import re
import unicodedata

# one romaji syllable: a consonant (doubled, palatal "ky", or "sh", "ch", "ts") and a vowel,
# the syllabic n, an m before b/p/m ("Homma"), or a long o written "oh"/"ow" ("Ohtsuka", "Yoh")
_NAME = re.compile(
    r"(?:(?:[kgsztdnhbpmrwfjvy]y?|sh|ch|ts|kk|ss|tt|pp|tch|cch|ssh)?[aeiou]"
    r"|n(?![aeiouy])|m(?=[bpm])|(?<=o)[hw](?![aeiouy]))+")
_WORD = re.compile(r"[A-Z][^\W\d_]+(?:['’\-][^\W\d_]+)*")
_PARTS = re.compile(r"['’\-]")
_VOWELS = re.compile(r"[aeiou]+")


def _folded(word: str) -> str:
    """ "Yōsuke" -> "yosuke": macrons and accents go, as romanisations drop them."""
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c)).lower()


def romaji(word: str) -> bool:
    return all(_NAME.fullmatch(part) for part in _PARTS.split(_folded(word)) if part)


def _vowel_short(word: str) -> bool:
    """Whether one vowel put back anywhere makes the word romaji ("Kurod" -> "Kuroda")."""
    folded = _folded(word)
    return any(_NAME.fullmatch(folded[:at] + vowel + folded[at:])
               for at in range(len(folded) + 1) for vowel in "aeiou")


def misspelt(name: str) -> bool:
    """Whether a person's name reads as a romanised Japanese name with one letter dropped from
    one word: the other words romaji, the odd one romaji once a vowel is put back. A Western name
    has more than one odd word ("Kent Williams"), one no single vowel mends ("Mark Ishii") or
    no word of two syllables beside it ("Dan Ross")."""
    words = name.split()
    if len(words) < 2 or not all(_WORD.fullmatch(word) for word in words):
        return False
    odd = [word for word in words if not romaji(word)]
    # the romaji words sound Japanese only past one syllable: "Dan" of "Dan Ross" is English too
    return len(odd) == 1 and _vowel_short(odd[0]) \
        and all(len(_VOWELS.findall(_folded(word))) >= 2 for word in words if word != odd[0])


def japanese(name: str) -> bool:
    """Whether a name reads as a romanised Japanese full name: two words or more, each romaji
    of two syllables or more ("Eriko Matsui"; not "Mia Cyrus", nor "Ken Ito")."""
    words = name.split()
    return len(words) >= 2 and all(_WORD.fullmatch(word) and romaji(word)
                                   and len(_VOWELS.findall(_folded(word))) >= 2 for word in words)
