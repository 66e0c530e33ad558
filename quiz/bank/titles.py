"""Where a headline's own structure says a title stands.

News headlines name their show next to a word that says what it is: "Kemono Jihen Anime
Reveals More Cast", "Bungo Stray Dogs Season 5: How Many Episodes", "My New Boss Is Goofy
Manga Gets TV Anime", "Project Anima Announces Staff & Cast For New Anime SACKS&GUNS!!".
Where the title starts is decided by the article's text when it names the title too (the
longest run of those headline words it writes as a title), else by the headline's own
verbs ("Myuk Sings The Promised Neverland Anime": not a singer's name).

A title the text never writes is only a last resort (`unrepeated`): some outlets' stored pages
lose every linked name, so that the headline is the only place the show is named. A
translation in brackets before the work is a title the brackets bound ("Sono Bisque Doll wa
Koi wo Suru (My Dress-Up Darling) Season 2").

Some pages keep no headline, only the words of their address ("dead mount death play anime
reveals theme song artists"): no capital says where a name stands and small words may be
gone ("march comes like lion"). There a title is the address's words from its start to the
work and the verb after it, and a title the text writes is in the headline when its words
other than small ones are.
"""

from __future__ import annotations

import re
from functools import lru_cache

from quiz.bank.name_uses import COMPANY
from quiz.bank.rules.patterns import PERSON, TITLE
from quiz.bank.text import fold, folded_words
from quiz.bank.title_forms import SEASON_NUMBER

# What follows a title in a headline: the kind of work, its season, its dub ("work"), or
# what is shown of it ("X's 5th Promo Video", "X Voice Cast"): the latter marks a title only
# where the text writes it too.
MARKER = re.compile(
    r"(?:'s)? (?:(?P<work>(?:TV |Television )?Anime|Manga|Film|Movie|(?:Light )?Novels?"
    rf"|Season {SEASON_NUMBER}|(?:\d+(?:st|nd|rd|th)|Second|Third|Fourth|Fifth|Final) Season"
    r"|(?:English )?Dub|Sequel"
    r"|Live-Action)|(?:(?:New|Official|Final|First|Full|English|Voice|\d+(?:st|nd|rd|th)) )*"
    r"(?:Trailer|Teaser|Key Visual|PV|Promo|Cast|Staff|Release Date|Premiere Date|Episodes?))\b",
    re.IGNORECASE,
)
# What comes before a title that ends the headline: "New Anime SACKS&GUNS!!", "original anime
# X", a review's kind ("First Look: X"); not any "Anime" of a title-case headline.
_LEAD = re.compile(r"(?:\b(?:[Nn]ew|[Oo]riginal|[Uu]pcoming|TV|[Tt]elevision) [Aa]nime|\banime),? "
                   r"[\"\u201c]?(?=[^\W\d_])|\b(?:Review|First Look|First Impressions|Impressions): ")
_END = re.compile(r"[,\"\u201d]| - ")
_TRANSLATION = re.compile(r" ?\((?P<b>[^()]+)\)\s*$")
# A title in quotes: a mark of a title only where the text writes it too, since a headline
# quotes songs and sayings as well; never after a word saying a song is quoted.
_QUOTED = re.compile(
    r"(?<!\w)[\"\u201c\u2018'](?P<q>[^\"\u201c\u201d\u2018\u2019']+?)[\"\u201d\u2019'](?!\w)")
_SONG = re.compile(r"\b(?:song|songs|theme|single|track|album|OP|ED|titled|says?|said)\W*$", re.IGNORECASE)
# A headline's verbs: no title runs across one ("Myuk Sings ...", "... Gets TV Anime").
VERBS = frozenset({
    "announces", "announced", "reveals", "revealed", "confirms", "confirmed", "gets", "get",
    "sings", "performs", "joins", "stars", "adds", "streams", "licenses", "delays", "delayed",
    "listed", "launches", "launch", "ends", "returns", "premieres", "airs", "teases", "unveils",
    "casts", "hits", "inspires", "posts", "shares", "releases", "opens", "debuts", "drops", "will",
})
# Words that say what a headline is about without naming it, at a title's start or alone.
PLAIN = frozenset({"anime", "tv", "television", "series", "season", "film", "movie", "manga",
                    "novel", "novels", "light", "new", "original", "upcoming", "fantasy", "summer",
                    "winter", "spring", "fall", "autumn", "adaptation", "project", "staff", "cast",
                    "the", "a", "an", "more", "first", "second", "final", "with", "to", "for",
                    "by", "from", "as", "at", "after", "and", "of", "in", "on", "or", "full",
                    "official", "opening", "ending", "theme", "song", "trailer", "date", "release",
                    "dub", "english", "japanese", "episode", "episodes", "movies", "films",
                    "shows", "projects", "productions", "features", "titles", "shoujo", "shojo",
                    "shonen", "shounen", "seinen", "josei", "romance", "comedy", "horror", "isekai"})
# An author owning the title ("Ken Ogawa's Paper Moon Manga"): where the title starts.
OWNER = rf"(?P<owner>{PERSON}) ?['\u2019]s"
_OWNER = re.compile(rf"(?:.* )?{OWNER}")
LONGEST = 16  # words in the longest title looked for ("BOFURI: I Don't Want to Get Hurt, ...")
_TITLE = re.compile(TITLE)
_WORD = re.compile(r"[^\W_]+")


def headline_runs(headline: str) -> list[tuple[list[str], bool, str]]:
    """Each run of words the headline's structure marks as a title, as candidate titles from
    the longest to the shortest; whether the longest starts where a title can start (the
    headline's start, a verb, "Anime"); and the person owning it, if one does ("Ken Ogawa's
    Paper Moon Manga"): the words before a marker ("X Anime", "X Season 2", "X's English
    Dub") and the words after "Anime" at the headline's end."""
    runs = []
    for marker in MARKER.finditer(headline):
        before = headline[:marker.start()]
        bracket = _TRANSLATION.search(before)
        if bracket:  # "X (Y) Season 2": Y, a translation, is a title the brackets bound
            before = before[:bracket.start()]
            if marker["work"] and len(bracket["b"].split()) > 1 and _titled(bracket["b"]) \
                    and before and _titled(before.split()[-1]):
                runs.append(([bracket["b"]], True, ""))
        words = before.split()
        first = max(0, len(words) - LONGEST)  # a run cut there starts nowhere sure
        starts = [i for i in range(first, len(words)) if _titled(_bare(" ".join(words[i:])))]
        owner = _OWNER.fullmatch(" ".join(words[:starts[0]])) if starts and starts[0] else None
        bounded = bool(starts) and bool(marker["work"]) and (
            starts[0] == 0 or _bare(words[starts[0] - 1]).lower() in VERBS)
        runs.append(([_bare(" ".join(words[i:])) for i in starts], bounded,
                     owner["owner"] if owner and marker["work"] else ""))
    leads = list(_LEAD.finditer(headline))
    if leads:  # the last one: the title is what ends the headline
        tail = _END.split(headline[leads[-1].end():])[0].split()[:LONGEST]
        runs.append(([c for c in (_bare(" ".join(tail[:j])) for j in range(len(tail), 0, -1))
                      if _titled(c)], True, ""))
    for quoted in _QUOTED.finditer(headline):
        if not _SONG.search(headline[:quoted.start()]) and _titled(quoted["q"].strip()):
            runs.append(([quoted["q"].strip()], False, ""))
    return runs


def _bare(words: str) -> str:
    return words.strip(" ,:;\"\u201c\u201d")


def _titled(name: str) -> bool:
    """Whether a run can be a title: written as one, no headline verb in it, not plain words."""
    words = [w.lower() for w in _WORD.findall(name)]
    return (bool(words) and bool(_TITLE.fullmatch(name.rstrip("-"))) and not VERBS.intersection(words)
            and words[0] not in PLAIN - {"the"} and words[-1] not in PLAIN)


def written(name: str, body: str, alone: bool = True) -> str:
    """How the text writes a title it holds word for word, whatever the case, accents or
    punctuation ("SACKS&GUNS!!" -> "Sacks&Guns!!", "Eiyu Kyoshitsu" -> "Eiyū Kyōshitsu"),
    "" when the text holds it nowhere as a title (`alone`: as a whole title, not inside a
    longer name)."""
    wanted = tuple(fold(w) for w in _WORD.findall(name))
    spans, folded = _words_of(body)
    tail = re.search(r"[!?\-]+$", name)
    for i in range(len(spans) - len(wanted) + 1) if wanted else ():
        start, end = spans[i][0], spans[i + len(wanted) - 1][1]
        if folded[i:i + len(wanted)] != wanted or (alone and not _alone(body, spans, i, i + len(wanted))):
            continue
        spelling = body[start:end]
        if tail and body.startswith(tail[0], end):
            spelling += tail[0]
        if _TITLE.fullmatch(spelling.rstrip("-")):
            return spelling
    return ""


@lru_cache(maxsize=64)
def _words_of(body: str) -> tuple[tuple[tuple[int, int], ...], tuple[str, ...]]:
    """The text's words (where each stands, and folded), made once per article."""
    words = list(_WORD.finditer(body))
    return tuple(w.span() for w in words), tuple(fold(w[0]) for w in words)


def _alone(body: str, spans, i: int, j: int) -> bool:
    """Whether the text's words i..j-1 are no part of a longer name: no capitalised word just
    before or after them ("World" in "Kadokawa World Entertainment" is not a title)."""
    def named_with(other: int, near: int) -> bool:  # a capitalised word, spaces between
        gap = body[min(spans[other][1], spans[near][1]):max(spans[other][0], spans[near][0])]
        return not gap.strip(" \t") and body[spans[other][0]].isupper()
    return not (i > 0 and named_with(i - 1, i)) and not (j < len(spans) and named_with(j, j - 1))


def headline_titles(headline: str, body: str) -> tuple[list[str], list[str]]:
    """(titles the headline marks and the text writes, as the text writes them; titles the
    headline marks that the text never writes)."""
    written_ones, unwritten = [], []
    address = address_title(headline, body)
    spelled = written(address, body)
    if address and not spelled:
        unwritten.append(address)
    elif spelled and capitalised(spelled):
        written_ones.append(spelled)  # as a title, with capitals ("award-winning" is none)
    # an address capitalises its first word only: its runs are address_marked's (address_marks.py)
    for run, bounded, owner in ([] if is_address(headline) else headline_runs(headline)):
        spelled = next(filter(None, (written(c, body) for c in run)), "")
        # an owner the text names as one ("Ken Ogawa 's manga") is where the title starts
        owned = bool(owner) and not COMPANY.search(owner) and _owns(owner, body)
        if spelled:
            written_ones.append(spelled)
        elif run and (bounded or owned) and not is_address(headline):  # its capital says nothing
            unwritten.append(run[0])
    return written_ones, unwritten


def _owns(owner: str, body: str) -> bool:
    """Whether the text names a person as owning something ("Ken Ogawa 's manga")."""
    return re.search(rf"(?<!\w){re.escape(owner)} ?['\u2019]s\b", body) is not None


def unrepeated(name: str, body: str) -> bool:
    """Whether no part of a title the headline alone names is in the text either: a text
    naming "Shin Araki" under the headline "Shin Araki Eiyu Kyoshitsu Fantasy Light Novels"
    says the run holds an author's name, so where the title starts is not sure."""
    words = _WORD.findall(name)
    pairs = [f"{a} {b}" for a, b in zip(words, words[1:], strict=False) if a[0].isupper() and b[0].isupper()]
    return not any(written(pair, body, alone=False) for pair in pairs)


# What ends a list's words before its last item ("A, B, and C manga").
LISTED = re.compile(r"(?:,|\b(?:and|or)) $")
# A word of a sentence saying that what stands before it is a work ("X anime", "X manga").
_WORK_AFTER = re.compile(r" (?:TV |[Tt]elevision )?(?:anime|manga|light novels?|novels?|series|film|movie)\b")
_CLOSING = re.compile(r"[!?]+")
# Genres written as two hyphened words before the work ("boys-love manga"), as "shoujo" is one.
_GENRES = frozenset({"boys love", "girls love", "shoujo ai", "shounen ai", "shojo ai", "shonen ai"})


def shared_titles(headline: str, texts: list[str]) -> list[str]:
    """Titles a sentence calls a work that the headline names word for word, as the sentence
    writes them: the longest run of words before "anime" ("manga", ...) that the headline
    holds in the same order, from a capitalised word on. It finds titles no capitalised-word
    pattern reads ("The 8th son? Are you kidding me? anime" under "The 8th Son Are You
    Kidding Me Anime English Dub", "Anyway, I'm Falling in Love With You manga")."""
    heads = " " + " ".join(fold(w) for w in _WORD.findall(headline)) + " "
    found = []
    for text in texts:
        spans, folded = _words_of(text)
        for work in _WORK_AFTER.finditer(text):
            j = sum(1 for span in spans if span[1] <= work.start())
            i = j
            while i > 0 and f" {' '.join(folded[i - 1:j])} " in heads:
                i -= 1
            name = _run(text, spans, folded, i, j)
            if name:
                found.append(name)
    return found


def _plain_end(text: str, spans, folded, i: int, j: int) -> int:
    """How many of the words ending the run i..j-1 are a plain word ("shoujo", "TV"): one, two
    for a genre of two hyphened words ("Given boys-love manga"), or none."""
    if folded[j - 1] in PLAIN:
        return 1
    pair = j - 1 > i and " ".join(folded[j - 2:j]) in _GENRES
    return 2 if pair and text[spans[j - 2][1]:spans[j - 1][0]] == "-" else 0


def _run(text: str, spans, folded, i: int, j: int) -> str:
    """The sentence's words i..j-1 from the first capitalised one, without the plain words
    ending them ("shoujo", "TV"), with the "!" or "?" closing them; "" when only plain words
    or a headline's verb are left."""
    while i < j and (not text[spans[i][0]].isupper() or folded[i] in VERBS | PLAIN - {"the"}):
        i += 1
    while j > i and (cut := _plain_end(text, spans, folded, i, j)):
        j -= cut
    named = [k for k in range(i, j) if folded[k] not in PLAIN and not folded[k].isdigit()]
    owner = j > i and text[spans[j - 1][0] - 1] in "'\u2019"  # "Ken Ogawa 's manga": whose it is
    # the last of a list ("A, B, and C manga"): the work word is each one's, none is the show
    listed = i < j and LISTED.search(text, max(0, spans[i][0] - 5), spans[i][0])
    if not named or not text[spans[named[0]][0]].isalnum() or text[spans[named[0]][0]].islower() \
            or owner or listed or set(folded[i:j]) & VERBS:
        return ""
    closing = _CLOSING.match(text, spans[j - 1][1])
    return text[spans[i][0]:closing.end() if closing else spans[j - 1][1]]


# Words an address keeps in lower case, or drops ("march-comes-like-lion-manga").
_SMALL = frozenset({"a", "an", "the", "as", "of", "in", "on", "to", "at", "for", "and", "or", "by",
                    "with", "from", "x", "wa", "no", "ga", "wo", "ni", "de", "is"})
_HONORIFIC = frozenset({"kun", "san", "chan", "sama", "senpai", "sensei"})  # "Tanaka-kun"
_DROPPED = frozenset({"i", "that"})  # "time-got-reincarnated-slime" drops them too
# An address's words from the start to a work and its verb ("dead mount death play anime
# reveals ...", "... as a slime season 2 confirms ..."): the title, if one starts the address.
_ADDRESS_WORK = re.compile(r" (?:tv anime|anime|manga|season \d+|\d+(?:st|nd|rd|th) season)"
                           rf"(?: [a-z]+){{0,2}}? (?:{'|'.join(sorted(VERBS))})\b")
_ADDRESS_VERB = re.compile(rf" (?:{'|'.join(sorted(VERBS))})\b")


def capitalised(spelled: str) -> bool:
    """Whether the text writes a name as a title: each word capitalised or a number, but the
    small words and honorifics ("Tanaka-kun", "Kaguya-sama: Love is War")."""
    return all(w[:1].isupper() or w[:1].isdigit() or w.rstrip(":") in _SMALL | _HONORIFIC
               for w in re.split(r"[\s\-]+", spelled))


def is_address(headline: str) -> bool:
    """Whether a headline is the words of the page's address, no capital after its first
    letter: their case says nothing, and small words may be gone."""
    return len(headline.split()) >= 4 and not any(c.isupper() for c in headline[1:])


def address_title(headline: str, body: str = "") -> str:
    """The title an address's words start with, in title case ("Dead Mount Death Play"): the
    words before its first work and the verb after it, or before its first verb where the text
    too writes them after "the anime" or "season of" ("edens zero reveals": "the anime edens
    zero"), none of them a verb; else ""."""
    lower = headline.lower() if is_address(headline) else ""
    work, verb = _ADDRESS_WORK.search(lower), _ADDRESS_VERB.search(lower)
    words = lower[:(work or verb).start()].split() if work or verb else []
    if not work and not re.search(rf"\b(?:anime|season of) {re.escape(' '.join(words))}\b", body, re.I):
        words = []
    if len(words) < 2 or VERBS.intersection(words) or words[0] in PLAIN or words[-1] in PLAIN:
        return ""  # one word of an address may be any word the headline starts with
    return " ".join(w if i and w in _SMALL else w[:1].upper() + w[1:] for i, w in enumerate(words))


def in_headline(name: str, headline: str) -> bool:
    """Whether a headline names a title, whatever its punctuation or case; an address's words
    may lack its small words ("march comes like lion": "March Comes in Like a Lion")."""
    drop = _SMALL | _DROPPED if is_address(headline) else frozenset()
    key = folded_words(name, drop)
    return key.strip() != "" and key in folded_words(headline, drop)
