"""A name that is only a part of a longer title the text writes: "Titan" of "Attack on
Titan", "Kaguya" of "Kaguya-sama: Love is War", "Slime" of "That Time I Got Reincarnated as
a Slime". A capitalised-word pattern stops at the small words some titles hold ("on", "is",
"as a"), so the name it reads is a piece of the title, and every question would name that
piece. Where the text never writes the name alone, but always inside a run of capitalised
words, the name is no title of its own: the title is the longest part of those runs that the
headline names too and that the text writes twice or more; where the headline names none,
and the text writes the name inside one same longer title every time, which part is the
show's name is not sure, and the name is dropped. A headline that writes that one run with
other small words in it ("Ascendance of a Bookworm" for the text's "Ascendance of Bookworm")
names the whole title, as the headline spells it.
"""

from __future__ import annotations

import re
from collections import Counter

from quiz.bank.text import CAPITAL_OR_DIGIT, count_whole, fold, whole_starts
from quiz.bank.titles import in_headline

# A capitalised word or a number, with its hyphens ("Kaguya-sama") and a colon ending it
# ("Kaguya-sama: Love is War"); an apostrophe only inside a word ("Sen'ya"), never "'s".
_WORD = rf"{CAPITAL_OR_DIGIT}[\w\-]*(?:'(?!s\b)\w+)*:?"
# The small words a title holds between its capitalised ones.
_SMALL = frozenset({"a", "an", "the", "on", "in", "of", "to", "at", "for", "with", "from", "as", "is",
                    "and", "or", "x", "no", "wa", "ga", "wo", "ni", "de"})
_LINK = f"(?:{'|'.join(sorted(_SMALL))})"
RUN = re.compile(rf"(?<![\w\-']){_WORD}(?: (?:{_LINK} )*{_WORD})*")
_CAPITALISED = re.compile(rf"{CAPITAL_OR_DIGIT}")
_ARTICLE = re.compile(r"^(?:The|An?) ")
# Words a run may hold around a title that say what it is, not what it is called.
_WORK = frozenset({"tv", "television", "anime", "manga", "series", "season", "film", "movie", "novel",
                   "novels", "light", "cour", "part", "trailer", "pv", "official", "new", "original",
                   "upcoming", "op", "ed", "ost"})  # "X OP": its opening theme
REPEATED = 2  # times the text writes the longer title
_WORDS = re.compile(r"[^\W_]+")


def widen_parts(cues: Counter[str], body: str, headline: str) -> None:
    """Move the cues of each name the text writes only inside longer runs of capitalised
    words to the longest part of those runs the headline names and the text repeats; forget
    the name when there is none and those runs are one same title, repeated."""
    runs = [(m.start(), m.end()) for m in RUN.finditer(body)]
    for name in [n for n in cues if count_whole(body, n)]:
        around = _runs_around(name, body, runs)
        if not around or any(_ARTICLE.sub("", run) == _ARTICLE.sub("", name) for run in around):
            continue  # the text writes the name alone somewhere ("The" aside): it may be a title
        wholes = [w for run in set(around) for w in _parts(run, name, headline)
                  if in_headline(w, headline) and count_whole(body, w) >= REPEATED]
        if wholes:
            whole = _with_marks(max(wholes, key=len), body)
            cues[whole] += cues.pop(name)
        elif len(set(around)) == 1 and _spelled_otherwise(around[0], headline):
            cues[_spelled_otherwise(around[0], headline)] += cues.pop(name)
        elif len(set(around)) == 1 and count_whole(body, around[0]) >= REPEATED:
            del cues[name]


def _spelled_otherwise(run: str, headline: str) -> str:
    """The headline's spelling of the run when it writes the run's words in their order with
    other small words between them ("Ascendance of a Bookworm" for the text's "Ascendance of
    Bookworm"): the run is the title, the name only its end; else ""."""
    tokens = headline.split()
    words = _big(run)
    if len(words) < 2 or in_headline(run, headline):
        return ""
    for i in range(len(tokens)):
        for j in range(i + len(words), min(len(tokens), i + 2 * len(words) + 2) + 1):
            spelling = " ".join(tokens[i:j]).strip(" ,:;\"'\u201c\u201d\u2018\u2019")
            if _big(spelling) == words and _big(tokens[i]) == words[:1] and _big(tokens[j - 1]) == words[-1:]:
                return spelling
    return ""


def _big(text: str) -> list[str]:
    """A text's words but the small ones a title holds, folded."""
    return [w for w in _WORDS.findall(fold(text)) if w not in _SMALL]


def _with_marks(title: str, body: str) -> str:
    """The title with the "!" or "?" the text writes after it every time ("Tomo-chan is a
    Girl!"), which a run of words leaves out."""
    marks = {re.match(r"[!?]*", body[at + len(title):])[0] for at in whole_starts(body, title)}
    return title + marks.pop() if len(marks) == 1 else title


def _runs_around(name: str, body: str, runs: list[tuple[int, int]]) -> list[str]:
    """The run of capitalised words holding each place the text writes the name ("" where
    no run holds it whole)."""
    out = []
    for at in whole_starts(body, name):
        end = at + len(name)
        span = next(((s, e) for s, e in runs if s <= at and end <= e), None)
        out.append(_bare(body[span[0]:span[1]].rstrip(":").split(" ")) if span else "")
    return out if all(out) else []


def _bare(words: list[str]) -> str:
    """A run without the plain words around it ("Shaman King TV", "TV Anime X", "X Season 2")."""
    def plain_end(words: list[str]) -> bool:  # "X TV", "X Season 2"; not "X: The Movie"
        last = words[-2:-1] + words[-1:] if words[-1].isdigit() else words[-1:]
        return last[0].lower() in _WORK and words[-len(last) - 1:-len(last)] != ["The"]
    while len(words) > 1 and plain_end(words):
        words = words[:-2] if words[-1].isdigit() else words[:-1]
    while words and words[0].lower() in _WORK:
        words = words[1:]
    return " ".join(words)


def _parts(run: str, name: str, headline: str) -> list[str]:
    """The parts of a run longer than the name that hold it, from a capitalised word to one,
    with no word the headline holds left out of them in the run: where the headline lacks a
    word of the run ("time got reincarnated slime" for "That Time I Got Reincarnated as a
    Slime"), the part it holds is no title ("Got Reincarnated as a Slime")."""
    words = run.split(" ")
    named = set(_WORDS.findall(fold(headline)))
    found = []
    for i in range(len(words)):
        for j in range(i + 1, len(words) + 1):
            part = " ".join(words[i:j]).rstrip(":")
            left_out = set(_WORDS.findall(fold(" ".join(words[:i] + words[j:])))) - _SMALL
            if len(part) > len(name) and count_whole(part, name) and _CAPITALISED.match(words[i]) \
                    and _CAPITALISED.match(words[j - 1]) and not left_out & named:
                found.append(part)
    return found
