"""The runs of a headline's words the text names too, as the text spells them: the candidates
for the show that the headline gives (see show.py), whatever the text calls them; and how a
headline names a title short: without its subtitle, by a quoted part of it, or by its end when
the text never writes it whole, or by its opening words."""

from __future__ import annotations

import re

from quiz.bank.rules.patterns import TITLE
from quiz.bank.text import count_whole, folded_words
from quiz.bank.title_spans import cut_title
from quiz.bank.titles import in_headline

_WORD = re.compile(r"[^\W_]+")
_NUMBERED = re.compile(rf"(?:\d+(?:st|nd|rd|th) )?{TITLE}")  # "20th Century Boys": no "Century Boys"


def headline_names(headline: str, body: str, plain: frozenset[str]) -> list[str]:
    """The longest runs of headline words the text names too, capitalised, as the text spells
    them ("Netflix Confirms Beastars Release Date": "Netflix", "Beastars"); a run of `plain` words
    alone names nothing."""
    words, lower = headline.split(), body.lower()
    found, i = [], 0
    while i < len(words):
        for j in range(min(len(words), i + 8), i, -1):
            span = " ".join(words[i:j]).strip(" ,:;!?\"\u201c\u201d'")
            named = {w.lower() for w in _WORD.findall(span)}
            if not named or named <= plain:
                continue
            spelling = _spelled(span.lower(), lower, body)
            if spelling:
                found.append(spelling)
                i = j - 1
                break
        i += 1
    return found


def _spelled(span: str, lower: str, body: str) -> str:
    """How the text spells a run of words it holds as a whole title, "" if it holds none."""
    at = lower.find(span)
    while at != -1:
        end = at + len(span)
        whole = (at == 0 or not lower[at - 1].isalnum()) and (end == len(lower) or not lower[end].isalnum())
        found = body[at:end] if _NUMBERED.fullmatch(body[at:end]) else cut_title(body, at, end)
        if whole and found:
            return found
        at = lower.find(span, at + 1)
    return ""


def main_title_in(name: str, headline: str, plain: frozenset[str]) -> bool:
    """Whether the headline names a title by its part before the subtitle, as headlines shorten
    one ("Junji Ito Maniac's Intro" for "Junji Ito Maniac: Japanese Tales of the Macabre"): two
    words or more, not all `plain`."""
    main = name.split(": ")[0] if ": " in name else ""
    return len(main.split()) > 1 and not {w.lower() for w in _WORD.findall(main)} <= plain \
        and in_headline(main, headline)


def opening_in(name: str, headline: str, plain: frozenset[str], named: list[str], strong: bool,
               body: str) -> bool:
    """Whether the headline names a title short: without its article ("Gymnastics Samurai Anime" for
    "The Gymnastics Samurai"), or, where the text calls it a title `strong`ly ("the anime X"), by
    its opening words, as headlines shorten a long one ("The Angel Next Door' Anime Greenlit" for
    "The Angel Next Door Spoils Me Rotten", "Uzaki-chan Still Wants to Hang Out" for "Uzaki-chan
    Wants to Hang Out!"): its first two words after "the", "a" or "an", the first no plain word,
    and none of the `named` titles the headline writes whole holds them ("My Hero Academia S2"
    names no "My Hero Academy"), nor does the text write them as a name of their own ("X is a TV
    anime" beside "a movie titled X -Recap-": the headline's X is that one, the longer another
    work; `body` is the text without the headline's copy at its top, which is no such use)."""
    words, spelled = folded_words(name).split(), name.split()
    if words[:1] in (["the"], ["a"], ["an"]):
        words, spelled = words[1:], spelled[1:]
        if len(words) > 1 and in_headline(" ".join(words), headline):
            return True
    opening = f" {' '.join(words[:2])} "
    short = " ".join(spelled[:2])  # those words as the text spells them
    return strong and len(words) > 1 and words[0] not in plain and opening in folded_words(headline) \
        and not any(opening in folded_words(other) for other in named if other != name) \
        and count_whole(body, short) <= count_whole(body, name)


def quoted_inside(name: str, headline: str, plain: frozenset[str]) -> bool:
    """Whether the headline quotes a short form the title holds ('Second "Madoka Magica" Movie'
    for "Puella Magi Madoka Magica the Movie Part II"): its quotes bound a title, and a work the
    text names with that title in it is the one the headline means."""
    return any(q != name and not {w.lower() for w in _WORD.findall(q)} <= plain and in_headline(q, name)
               for q in (m["q"].strip() for m in _HEADLINE_QUOTE.finditer(headline)))


_HEADLINE_QUOTE = re.compile(r"(?<!\w)[\"\u201c\u2018'](?P<q>[^\"\u201c\u201d\u2018\u2019']+?)"
                             r"[\"\u201d\u2019'](?!\w)")


def without_ends(cues: dict[str, int], marked: set[str], runs: set[str], unwritten: list[str]) -> set[str]:
    """The marked names but the ends of a title the headline bounds and the text never writes
    whole ("Kongming" of "Review: Ya Boy Kongming! Season One", where the text names the hero
    Kongming): no title of their own; their cues go too."""
    cut = {n for n in [*marked, *runs] for u in unwritten
           if n != u and folded_words(u).endswith(folded_words(n))}
    for name in cut:
        cues.pop(name, None)
    return marked - cut
