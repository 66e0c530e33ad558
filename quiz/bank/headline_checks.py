"""What a headline says of a name beyond marking it a title: that a name and the words
before it make one title with "and" in it ("Comic Artist and His Assistants Manga"), or that
it names a title only as a person's credit, the article being about their new work or their
death ("Former X Director Reveals New Anime Project", "X's Oshii Mamoru Announces New Anime",
"X Voice Actor Jun Sato Passes Away").
"""

from __future__ import annotations

import re

from quiz.bank.rules.patterns import TITLE
from quiz.bank.text import UPPER, count_whole, fold
from quiz.bank.titles import in_headline

_WORD = re.compile(r"[^\W_]+")
_TITLE = re.compile(TITLE)
# Who a title credits a person as, in a headline.
_ROLE = (r"(?:director|creator|author|mangaka|writer|artist|composer|producer|studio|staff|actor"
         r"|actress|voice actor|voice actress|seiyuu|singer)s?")
# A headline's verbs that introduce what a person does next.
_VERB = r"(?:announces|reveals|teases|launches|unveils|starts|begins|debuts|pens|is making|making)"
# A person's death, which an obituary's headline is about.
_GONE = r"\b(?:passes away|passed away|dies|died|has died)\b"
# A new work, which the headline is about; not what is new of a work ("New Anime Visual").
_NEW_WORK = (r"\bnew (?:original )?(?:tv )?(?:anime|manga|project|series|work|title|one shot"
             r"|animation|film|movie)\b(?! (?:visual|key|trailer|teaser|pv|promo|video|cast|staff"
             r"|episode|season|song|theme|ad|commercial|arc|chapter)s?\b)")


def credited(name: str, headline: str, titles: tuple[str, ...] = ()) -> bool:
    """Whether a headline names a title only for a person's credit while it speaks of a new
    work, of the person's death or of another of the article's `titles` after the credit: the
    title then a role ("Former X Director", "X Creator's", "X Voice Actor Jun Sato Passes
    Away", "X Creator Jun Sato's Y Manga Gets Anime"), or the title's possessive and a
    person's two or three words then a verb ("X's Jun Sato Announces")."""
    words = " ".join(re.findall(r"[^\W_]+|,", fold(headline)))  # commas kept: they part a list
    title = re.escape(" ".join(_WORD.findall(fold(name))))
    if not title:
        return False
    # the role may follow a list of titles: "'Dragon Ball', 'One Piece' Voice Actor"
    role = re.search(rf"(?:^| ){title}(?: s)?(?: (?:,|and)(?: [a-z0-9]+){{1,4}}?)* {_ROLE}\b", words)
    if not (re.search(_NEW_WORK, words) or re.search(_GONE, words)):
        after = words[role.end():] if role else ""  # the credit's person, then their work
        return any(in_headline(t, after) for t in titles if t != name)
    person = rf"(?:^| ){title} ?s (?:[a-z]+ ){{2,3}}{_VERB}\b"
    return role is not None or re.search(person, words) is not None


def join_and(cues: dict[str, int], body: str, headline: str) -> None:
    """Make one title of a name and the capitalised words and "and" before it, when the
    headline holds them as one ("Comic Artist and His Assistants Manga") and the text writes
    neither part but with the other, twice or more: a title with "and" in it, which no
    capitalised-word pattern reads whole. Lists ("Gantz and Inuyashiki") name a part alone."""
    def count(name: str) -> int:
        return count_whole(body, name)
    for name in [n for n in cues if count(n) >= 2]:
        before = re.search(rf"((?:[{UPPER}][\w'\-]* )+)and {re.escape(name)}(?!\w)", body)
        words = before[1].split() if before else []
        wholes = (f"{' '.join(words[k:])} and {name}" for k in range(len(words)))
        whole = next((w for w in wholes if in_headline(w, headline)), "")
        if whole and count(whole) == count(name) == count(whole.split(" and ")[0]):
            cues[whole] = cues.get(whole, 0) + cues.pop(name)


def captions(texts: list[str], headline: str, runs: list[str]) -> list[str]:
    """Lines of the text that are a title alone and that the headline holds word for word
    ("The Boy and the Heron" under an image, where a stored page lost the links of every
    sentence naming it): a caption names the work the article shows, unless the headline
    shares another run of two words or more with the text (`runs`), as a round-up of two
    films does, or a person's name the text kept: which one the article is about is not sure."""
    found = [t.strip() for t in texts if _TITLE.fullmatch(t.strip()) and len(t.split()) > 1
             and in_headline(t, headline)]
    others = [r for r in runs if len(r.split()) > 1 and r not in found]
    return [] if others else found
