"""What a headline says of a name beyond marking it a title: that a name and the words
before it make one title with "and" in it ("Comic Artist and His Assistants Manga"), that
it names a title only as a person's credit, the article being about their new work or their
death ("Former X Director Reveals New Anime Project", "X's Oshii Mamoru Announces New Anime",
"X Voice Actor Jun Sato Passes Away"), or that it names two of the works a round-up lists, or
counts them ("Netflix Announces Three Original Anime Series").
"""

from __future__ import annotations

import re

from quiz.bank.rules.patterns import PERSON, TITLE
from quiz.bank.text import CAPITAL_LETTER, count_whole, fold
from quiz.bank.titles import in_headline

_WORD = re.compile(r"[^\W_]+")
_TITLE = re.compile(TITLE)
# Who a title credits a person as, in a headline.
ROLE = (r"(?:director|creator|author|mangaka|writer|artist|illustrator|composer|producer|studio|staff"
         r"|actor|actress|voice actor|voice actress|seiyuu|singer)s?")
# A headline's verbs that introduce what a person does next.
_VERB = (r"(?:announces|reveals|teases|launches|unveils|starts|begins|debuts|pens|is making|making"
         r"|(?:is )?(?:to|set(?: to)?) (?:launch|start|begin|debut|pen|make|reveal|unveil))")
# A person's death, which an obituary's headline is about.
_GONE = r"\b(?:passes away|passed away|dies|died|has died)\b"
# A new work, which the headline is about; not what is new of a work ("New Anime Visual").
# Up to two words may name its kind or where it runs ("New Shonen Jump Series", "New Long Form
# Manga"), none of them what is new of a work.
_OF_A_WORK = (r"(?:visual|key|trailer|teaser|pv|promo|video|cast|staff|episode|season|song|theme|ad"
              r"|commercial|arc|chapter)s?\b")
NEW_WORK = (rf"\bnew (?:(?!{_OF_A_WORK})[a-z]+ ){{0,2}}?(?:anime|manga|project|series|work|title"
             rf"|one shot|animation|film|movie)\b(?! {_OF_A_WORK})")
# What follows a title in a headline's words when it is a person's credit: a role, after a
# list of titles maybe ("'Dragon Ball', 'One Piece' Voice Actor"); or, the possessive's "s"
# maybe lost in an address ("rookies masanori morita teases", of "Rookies'"), a person's two
# or three words and a verb.
_ROLE_AFTER = re.compile(rf"(?: s)?(?: (?:,|and)(?: [a-z0-9]+){{1,4}}?)* {ROLE}\b")
_PERSON_AFTER = re.compile(rf"(?: ?s)? (?:[a-z]+ ){{2,3}}{_VERB}\b")
_NEWS = re.compile(rf"{NEW_WORK}|{_GONE}")


def credited(name: str, headline: str, titles: tuple[str, ...] = ()) -> bool:
    """Whether a headline names a title only for a person's credit while it speaks of a new
    work, of the person's death or of another of the article's `titles` after the credit: the
    title then a role ("Former X Director", "X Creator's", "X Voice Actor Jun Sato Passes
    Away", "X Creator Jun Sato's Y Manga Gets Anime"), or the title's possessive and a
    person's two or three words then a verb ("X's Jun Sato Announces")."""
    words = " ".join(re.findall(r"[^\W_]+|,", fold(headline)))  # commas kept: they part a list
    title = " ".join(_WORD.findall(fold(name)))
    if not title:
        return False
    role = _after_title(words, title, _ROLE_AFTER)
    if not _NEWS.search(words):
        after = words[role.end():] if role else ""  # the credit's person, then their work
        return any(in_headline(t, after) for t in titles if t != name)
    return role is not None or _after_title(words, title, _PERSON_AFTER) is not None


def _after_title(words: str, title: str, after: re.Pattern) -> re.Match | None:
    """The first match of `after` right after the title, where the title starts a word of
    `words`: what `(?:^| )title` then `after` finds, with no pattern compiled per title."""
    at = words.find(title)
    while at >= 0:
        found = after.match(words, at + len(title)) if at == 0 or words[at - 1] == " " else None
        if found:
            return found
        at = words.find(title, at + 1)
    return None


def join_and(cues: dict[str, int], body: str, headline: str) -> None:
    """Make one title of a name and the capitalised words and "and" before it, when the
    headline holds them as one ("Comic Artist and His Assistants Manga") and the text writes
    neither part but with the other, twice or more: a title with "and" in it, which no
    capitalised-word pattern reads whole. Lists ("Gantz and Inuyashiki") name a part alone."""
    def count(name: str) -> int:
        return count_whole(body, name)
    for name in [n for n in cues if count(n) >= 2 and f"and {n}" in body]:
        before = re.search(rf"((?:{CAPITAL_LETTER}[\w'\-]* )+)and {re.escape(name)}(?!\w)", body)
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


# A line of the text that opens with a title: a caption under an image ("The Boy and the
# Heron"), or an item of a list with what it says of it ("Dragon Pilot: 21st September").
_ITEM = re.compile(rf"(?P<t>{TITLE})(?: ?:.*)?")


_PERSON = re.compile(PERSON)
# A headline counting the works it is about ("Netflix Announces Three Original Anime Series",
# "5 new anime series premiering in January"): a round-up, not one show's news. The number
# opens the headline or follows a verb or a small word, never a title ("Mob Psycho 100 Anime").
_COUNTED = re.compile(
    r"(?i)(?:^|\b(?:announces|announced|reveals|unveils|confirms|adds|lists|top|of|the|these|all|with|and)\s)"
    r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|dozen)\s(?:new\s|more\s|original\s)?(?:anime\s)?"
    r"(?:series|shows|titles|films|movies|projects|anime|works)\b")


def counts_works(headline: str) -> bool:
    """Whether the headline counts the works it is about: a round-up."""
    return _COUNTED.search(headline) is not None


def listed(best: tuple[str, ...], lines: list[str], headline: str) -> bool:
    """Whether a line of the text opens with a title of two words or more the headline names
    besides the best one (neither inside the other): the headline names two of the works the
    article lists or shows one by one, a round-up ("New X Film Debuts at No.1, Y Drops to
    No.6", "Netflix Reveals Premiere Dates for X, Y and More"), not one show's news."""
    text = "\n".join(lines)
    for line in lines:
        item = _ITEM.fullmatch(line.strip())
        title = item["t"] if item else ""
        if len(title.split()) > 1 and in_headline(title, headline) and not _a_person(title, text) \
                and not any(in_headline(title, b) or in_headline(b, title) for b in best):
            return True
    return False


def _a_person(name: str, text: str) -> bool:
    """Whether a line's name is a person's, a photo's caption: two words, the last of which the
    text also writes alone ("Megumi Hayashibara" ... "Hayashibara is going to play")."""
    family = name.split()[-1]
    return _PERSON.fullmatch(name) is not None and count_whole(text, family) > count_whole(text, name)
