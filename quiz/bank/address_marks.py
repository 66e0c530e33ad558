"""Titles an address's words mark by what follows them, as a title-case headline's do.

A page that keeps only its address gives words with no capitals ("the promised neverland
season 2 opening ending", "my hero academia season 3 new trailer anime"): the words before a
season, a kind of work or a dub are a title where the text writes them as one, with capitals,
and where they start the address or follow one of its verbs or "for", so that the run is
bounded on both sides; after "for", the address's end bounds it too ("tv anime adaptation
announced for shikkaku mon no saikyou kenja", "piano rock band perform ending for major 2nd
anime"). Where the text lost the name, nothing is marked: where the title starts is then
not sure (see titles.address_title for that last resort).
A title-case headline bounds a title after a marker and "for" the same way, at its end, a
closing quote or a kind of work ("Funimation Reveals Dub Cast, Staff for Shadows House", "New
US Trailer for 'Lonely Castle in the Mirror' Anime Theatrical Debut").
An episode review's headline is a title and the episode's number ("X Limit Break – 01", "X – 03 –
The Episode's Title"): the title's opening words the text writes are the show's.
"""

from __future__ import annotations

import re

from quiz.bank.rules.patterns import MONTHS
from quiz.bank.text import plain
from quiz.bank.titles import LONGEST, MARKER, PLAIN, VERBS, capitalised, is_address, written

# A marker and "for" in a title-case headline, then the run of words up to the headline's end,
# a closing quote or a kind of work, which bound it.
_FOR = re.compile(r"(?<=\w)(?:,? [A-Z]\w*)? [Ff]or [\"\u201c\u2018']?(?P<t>[^\"\u201c\u201d\u2018\u2019]+?)"
                  r"(?:[\"\u201d\u2019']? (?:Anime|Manga|Film|Movie|Series)\b.*|[\"\u201d\u2019']?$)")


def address_marked(headline: str, body: str) -> list[str]:
    """The titles an address's words put before a marker, as the text writes them."""
    if not is_address(headline):
        return []
    found = []
    # the address's end bounds a run after "for" as a marker does ("... announced for x y z")
    ends = [m.start() for m in MARKER.finditer(headline)] + [len(headline)]
    for end in ends:
        words = headline[:end].lower().split()
        # each run starts the address or follows a verb or "for" ("ending for x y anime"): its
        # first word is sure; one the address's end bounds, only after "for"
        marked = end < len(headline)
        starts = [i for i in range(len(words)) if (i and words[i - 1] == "for")
                  or (marked and (i == 0 or words[i - 1] in VERBS))]
        for i in starts:
            run = words[i:]
            # one word may be any word an address starts with ("legendary anime voice actor")
            if not 1 < len(run) <= LONGEST or VERBS.intersection(run) or run[0] in PLAIN - {"the"} \
                    or run[-1] in PLAIN:
                continue
            spelled = written(" ".join(run), body)
            if spelled and capitalised(spelled):  # written as a title
                found.append(spelled)
                break
    return found


def for_marked(headline: str, body: str) -> list[str]:
    """The title a title-case headline puts after a marker and "for", as the text writes it."""
    if is_address(headline):
        return []
    found = []
    for marker in MARKER.finditer(headline):
        after = _FOR.match(headline, marker.end())
        words = after["t"].split() if after else []
        if words and not VERBS.intersection(w.lower() for w in words) and words[0].lower() not in PLAIN \
                and words[0] not in MONTHS:  # a date ("Premiere Date for April 1")
            spelled = written(" ".join(words), body)
            if spelled and capitalised(spelled):
                found.append(spelled)
    return found


# A title, a dash and an episode's number, maybe a dash and the episode's own title after it.
_EPISODE = re.compile(r"(?P<t>[^\W\d_].*?) - (?:Episode )?\d{1,3}(?: - .+)?")


def episode_marked(headline: str, body: str) -> list[str]:
    """The title an episode review's headline opens with ("X Limit Break - 01"): its longest
    opening run of two words or more that the text writes as a title, as the text writes it."""
    review = _EPISODE.fullmatch(plain(headline))
    words = review["t"].split() if review else []
    for end in range(len(words), 1, -1):
        named = [w for w in words[:end] if w.isalpha() and w.lower() not in PLAIN]
        if len(named) < 2 or VERBS.intersection(w.lower() for w in words[:end]):
            continue  # "Top 10 - 05", "Anime Reviews - 05": no title's words
        spelled = written(" ".join(words[:end]), body)
        if spelled and capitalised(spelled):
            return [spelled]
    return []
