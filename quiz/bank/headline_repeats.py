"""A name the headline gives and the text repeats, with no cue that calls it a title: the show,
unless the name is of a kind a headline and a text repeat as readily. A company, a studio, a
platform is none (industry.py, through name_uses.not_a_show); so is a person, told by the shape
of the text around the name (`person_shaped`); so is a part of a longer name the text always
writes whole, the headline's word beside it ("Fake" of "Fate/strange Fake", "North" of "North
America"), unless that word says what of the work the news is about ("X OP"); so is a phrase
the text writes in lower case too ("Box Office").
"""

from __future__ import annotations

import re

from quiz.bank.headline_checks import ROLE
from quiz.bank.rules.patterns import PERSON
from quiz.bank.text import CAPITAL_LETTER, count_whole, plain, whole_starts
from quiz.bank.title_mentions import spoken_of_as_work

_PERSON = re.compile(PERSON)
# What follows a title a headline credits a person for: a possessive, the rest of a list it
# ends, the role and the person ("Gantz, Inuyashiki Creator Hiroya Oku"); one pattern for
# every name, which each headline's names are then looked up in with str.find
_CREDIT = re.compile(rf"(?:['\u2019]s?)?(?:,? (?:and )?\S+){{0,4}}? (?i:{ROLE}) ({PERSON})")
# What a person does in a sentence whose subject they are: says or makes a thing, plays a
# part, joins a cast, dies ("X was tapped to play", "X passed away").
_SAYS = (r"(?:said|says|explained|explains|added|adds|commented|comments|told|tells|stated|noted"
         r"|recalled|directed|directs|wrote|writes|composed|voices|voiced|designed|drew|was tapped"
         r"|will play|plays|played|joins|joined|is joining|has been added|passed away)")
# A line of an interview: the speaker's name, a colon, what they said ("Yamamoto: Well, ...").
_SPEAKER = r"(?m)^{n}:"
_WORD = re.compile(r"[^\s]+")
# What a headline calls a song, before or after its name.
_SONG_WORDS = r"[Ss]ingle|[Ss]ong|[Aa]lbum|[Tt]rack|[Tt]heme|MV"
_MARKS = ",:;!?.'\"\u2018\u2019\u201c\u201d()"


def taken_as_show(group: tuple[str, ...], headline: str, rest: str, body: str) -> bool:
    """Whether a name of the group, which the headline gives and the text names twice, is the
    show: the text speaks of it as a work (title_mentions.py), or repeats it beyond the
    headline's copy and nothing tells it is of another kind (`repeated`)."""
    return spoken_of_as_work(group, rest) or repeated(group, headline, rest, body)


def repeated(group: tuple[str, ...], headline: str, rest: str, body: str) -> bool:
    """Whether a name of the group, which the headline gives, is named twice in the text beyond
    the headline's own copy at its top (`body` holds it; `rest` is the text without it, when
    the sentences kept it whole) and is no person's, no part of a longer name, no phrase the
    text writes in lower case too and not the work of a person the headline credits ("X
    Creator Jun Sato Says He Is Making an Anime")."""
    # as the sentences spell it: straight quotes and dashes ("Don’t Toy with Me – 03")
    text = " ".join(body.split()).replace(plain(headline), "", 1)
    return any(count_whole(text, n) >= 2 and not person_shaped(n, headline, rest)
               and not always_beside(n, headline, rest) and not common(n, rest)
               and not credits_a_person(n, headline, rest) and not a_song(n, headline)
               for n in group)


def a_song(name: str, headline: str) -> bool:
    """Whether a headline calls a name a song's ("New Single 'Paper Moon'", "X Opening Theme")."""
    return name in headline and re.search(_song(name), headline) is not None


def _song(name: str) -> str:
    return rf"\b(?:{_SONG_WORDS})\W+{re.escape(name)}\b|\b{re.escape(name)}\W+(?:{_SONG_WORDS})\b"


def credits_a_person(name: str, headline: str, body: str) -> bool:
    """Whether the headline names the name, or a list it ends, for the credit of a person the
    text then speaks of as one ("X Creator Jun Sato Says ..." and "Jun Sato said"): the
    article is about the person, the title only their credit."""
    credit = next(filter(None, (_CREDIT.match(headline, at + len(name))
                                for at in whole_starts(headline, name))), None)
    words = credit[1].split() if credit else []  # the run may take the verb after ("Jun Sato Says")
    return any(person_shaped(" ".join(words[:k]), headline, body) for k in range(2, len(words) + 1))


def common(name: str, body: str) -> bool:
    """Whether the text also writes the name in lower case ("the box office", "an adventure"):
    a phrase a headline capitalises, where a title keeps its capitals."""
    return name != name.lower() and count_whole(body, name.lower()) > 0


def person_shaped(name: str, headline: str, body: str) -> bool:
    """Whether a name reads as a person's: two or three capitalised words, or the family name
    of such a run the headline or the text writes ("Yuusuke Yamamoto ... Yamamoto:"), that the
    text uses as the subject of saying or doing ("X said", "X directed", "X passed away") by the
    whole name or the last word alone, or whose last word heads an interview's lines; or whose
    last word the text writes with an honorific of a grown person ("-san", "-sensei")."""
    words = name.split()
    if len(words) > 3:
        return False
    family = re.escape(words[-1])
    if f"{words[-1]}-" in body and re.search(rf"(?<![\w\-]){family}-(?:san|sensei)\b", body):
        return True  # "Kitagawa-san", "Miyazaki-sensei": a person, as an interview writes one
    whole = len(words) > 1 and _PERSON.fullmatch(name)
    both = f"{headline}\n{body}"
    given = re.findall(rf"\b({CAPITAL_LETTER}\S*) {re.escape(name)}\b", both) if f" {name}" in both else []
    if not whole and not (len(words) == 1 and any(_PERSON.fullmatch(f"{g} {name}") for g in given)):
        return False
    # an interview heads a speaker's lines with the family name alone; a title's subtitle
    # follows a colon too ("Dragon Pilot: 21st September" of a schedule)
    return (f"{words[-1]}:" in body and re.search(_SPEAKER.format(n=family), body) is not None) \
        or any(said in body and re.search(rf"\b{re.escape(said)},? {_SAYS}\b", body)
               for said in {name, words[-1]})


def always_beside(name: str, headline: str, body: str) -> bool:
    """Whether every time the text names the name, the word beside it in the headline stands
    beside it too, on the same side ("Fate/strange Fake" each time for "Fake"): the headline's
    run is a part of a longer name, which its case or punctuation kept whole."""
    at = headline.lower().find(name.lower())  # a headline may change the case ("To North America")
    if at < 0:
        return False
    before = _WORD.findall(headline[:at])
    after = _WORD.findall(headline[at + len(name):])
    n = re.escape(name)
    for word, pattern in ((_bare(before[-1]) if before else "", rf"(\S+) {n}(?!\w)"),
                          (_bare(after[0]) if after else "", rf"(?<!\w){n} (\S+)")):
        found = re.findall(pattern, body) if name in body else []  # each pattern needs it
        if word and word not in _OF_A_WORK and len(found) >= count_whole(body, name) \
                and all(_bare(f).startswith(word) for f in found):
            return True
    return False


# Words that say what of a work the news is about ("X OP theme song video", "X anime"): the
# text writing one beside the name every time makes it no part of a longer name.
_OF_A_WORK = frozenset({"op", "ed", "pv", "ost", "anime", "manga", "trailer", "teaser", "season",
                        "movie", "film", "series", "tv", "dub", "episode", "visual", "theme",
                        "opening", "ending", "song", "soundtrack"})


def _bare(word: str) -> str:
    """A word without the quotes and marks around it, in lower case."""
    return word.strip(_MARKS).lower()
