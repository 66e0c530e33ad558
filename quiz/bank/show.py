"""The show an article is about, found from the article as a whole.

An author may name it in the front matter (`show:`). Otherwise every name the article puts
where a title stands is a candidate: "the TV anime of X", "the anime X", "X manga", "titled
X", "X will premiere", "the second season of X", "X" in quotes or *X* in italics. A
candidate gains from each such place, from standing in the headline and from being named
again in the text; a name used as a platform ("streaming on Netflix", "Netflix's official
Twitter account"), a person ("singer Myuk", "X joins the cast") or a company ("Studio X",
"A-1 Pictures") is none. A translation in brackets after a title ("Kemono Jihen (Monster
Incidents)") is another spelling of it. A name the headline alone gives, with no place in the
text that says it is a title, is never taken: when nothing is sure, the show is "" and the
article asks nothing that needs its name.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from functools import lru_cache

from rapidfuzz import fuzz

from quiz.bank.model import Source
from quiz.bank.rules import sentences_of
from quiz.bank.rules.patterns import MONTHS, NAME, PERSON, TITLE
from quiz.bank.text import fold

_T = rf"[\"*_]?(?P<n>{TITLE})[\"*_]?"
_OWNER = rf"(?:(?:{PERSON}|{NAME})(?: and {PERSON})? ?'s )?"
_WORK = r"(?:anime|manga|light novels?|novels?|movie|film)"
# Up to three words between "anime" and "titled", none saying a song is titled so.
_FILLER = r"(?:(?!song|theme|single|opening|ending|track|episode)[a-z]+ ){0,3}?"
# Where an article names a title, and how much each place says.
_CUES = (
    (3, re.compile(rf"\b(?:TV|television) anime(?: adaptation| series)? of (?:the )?{_OWNER}{_T}")),
    (3, re.compile(rf"\b(?:anime|manga|light novel|novel|animated film|anime film)"
                   rf"(?: series| film| adaptation)? {_T}")),
    (3, re.compile(rf"\b(?:anime|series|film|manga),? {_T}(?=[,.])")),
    (3, re.compile(rf"\b(?i:anime|series|film|movie|adaptations?|title) {_FILLER}"
                   rf"(?:will be |is |was )?(?:titled|called|named|entitled) {_T}")),
    (3, re.compile(rf"{_T} (?:will |is set to |is scheduled to |is slated to |is gearing up )?"
                   r"(?:premieres?|airs|be released|be premiering|be streaming|be airing"
                   r"|begin streaming|is directed by|is produced by|is slated|is scheduled|is set for"
                   r"|for its premiere|(?:will )?(?:hits?|opens?|open) (?:in )?(?:Japanese )?"
                   r"(?:theaters|theatres|cinemas))\b(?! (?:the|it|its|all|new|every|episodes?)\b)")),
    (2, re.compile(rf"{_T}(?: ?\([^)]*\))? (?:(?:TV |television )?anime|{_WORK})\b")),
    (3, re.compile(rf"{_T}, (?:the|an?) (?:[a-z]+ ){{0,3}}?(?:anime|adaptation|series|film|movie)\b")),
    (2, re.compile(rf"\b(?:season|seasons|sequel|episodes?) of (?:the )?{_T}(?! ?'s)")),
    (2, re.compile(rf"\badaptation of (?:the )?{_OWNER}{_T}(?! ?'s)")),
    (2, re.compile(rf"{_T}(?<= Season \d)")),
    (2, re.compile(rf"\b(?:dub|simulcast|trailer|teaser|promo|promotional video|PV|key visual|cast|staff)"
                   rf" (?:for|of) (?:the )?(?:[a-z]+ ){{0,2}}?{_T}(?! ?'s)")),
    (2, re.compile(rf"{_T}(?:'s)? (?:new |official |first |second |third |final |main )*"
                   r"(?:trailer|teaser|key visual|PV|promotional video)\b")),
    (2, re.compile(rf"\bupcoming {_T}")),
    (1, re.compile(rf"\"(?P<n>{TITLE})\"|\*(?P<i>{TITLE})\*|(?<!\w)_(?P<u>{TITLE})_(?!\w)")),
)
# Words before a quoted title that make it a song's, not the show's.
_SONG = re.compile(r"\b(?:song|songs|theme|single|track|album|OP|ED|titled|entitled)\W*$", re.I)
# A name used as a platform or a company account: what streams something ("Crunchyroll
# will be streaming the anime"), not what is streamed ("Beastars will be streaming on ...").
_PLATFORM = (
    r"\b(?:stream\w*|air\w*|releas\w*|available|premier\w*|broadcast\w*|hits?|exclusive\w*)"
    r" (?:\w+ ){{0,3}}?(?:on|via|through) {n}\b",
    r"\b{n}'s (?:official |worldwide )?(?:Twitter|YouTube|website|service|listings|account|channel)",
    r"\b{n} (?:will (?:be )?|is |has been |began |begins )?stream(?:s|ed|ing)? "
    r"(?:the|it|its|all|new|every|episodes?)\b",
    r"\b{n} (?:has|have) confirmed (?:that )?(?:they|it) will (?:be )?stream",
)
# A name used as a person's: a performer, an actor, a member of the staff.
_PERSON_USE = (
    r"\b(?:[Ss]inger(?:-songwriter)?|[Aa]rtist|[Aa]ctress|[Aa]ctor|[Dd]irector|[Cc]omposer|[Pp]roducer"
    r"|[Ww]riter|[Aa]uthor|[Cc]reator|[Ii]llustrator|[Mm]angaka|[Aa]nimator) {n}\b",
    r"\b{n} (?:joins|will join|stars|will star|voices|will voice|sings|will sing|performs|will perform"
    r"|directs|is directing|will direct|will be directing)\b",
    r"\b(?:sung|performed|voiced|directed|written|composed|illustrated|drawn|created) by {n}\b",
    r"\b{n} ?'s (?:new |latest |first )?(?:song|single|album|music|vocals|voice)\b",
)
# A name used as a place's.
_PLACE_USE = (r"\b(?:in|outside(?: of)?|across|throughout|around|based in) {n}\b",)
# A name that announces things: a studio, a publisher, a platform.
_ANNOUNCER_USE = (r"\b{n} (?:has |have )?(?:announced|revealed|confirmed|unveiled|posted|shared|teased)\b",)
# A name used as a company's.
_COMPANY = re.compile(r"^Studio |\b(?:Pictures|Animation|Studios?|Inc|Entertainment|Productions?"
                      r"|Records|Corporation|Company|Works)$")
# Words around a title that are not part of it, or that no title is made of alone.
_GENERIC = frozenset({"the", "anime", "tv", "series", "season", "film", "movie", "manga", "staff",
                      "cast", "new", "official", "part", "winter", "spring", "summer", "fall",
                      "autumn", "trailer", "teaser", "pv", "visual", "key", "video", "promotional",
                      "episode", "episodes", "opening", "ending", "theme", "song", "first", "second",
                      "third", "final", "chapter", "cour", "volume", "premiere", "dub", "english",
                      "japanese", "simulcast", "it", "this", "its", "novel", "novels", "light",
                      *(m.lower() for m in MONTHS)})
# Words a headline capitalises that name nothing on their own.
_HEADLINE_WORDS = frozenset({"a", "an", "and", "of", "for", "with", "by", "in", "on", "to", "at", "as",
                             "from", "after", "how", "many", "why", "what", "when", "where", "who",
                             "is", "are", "was", "will", "gets", "get", "reveals", "announces",
                             "confirms", "more", "date", "release", "news", "here", "that"})
_TAIL = re.compile(
    r"(?:,? (?:Season \d+|Part \d+|\d+(?:st|nd|rd|th) Season|Anime|TV|Manga|Series)"
    rf"| (?:in|on) (?:{'|'.join(MONTHS)}|Winter|Spring|Summer|Fall|Autumn|Japan)\b.*)+$"
)
_BRACKET = re.compile(rf"(?P<a>{TITLE})\"? ?\( ?(?P<b>{TITLE}) ?\)")
_WORD = re.compile(r"[^\W_]+")
_TITLE = re.compile(TITLE)
# What starts a subtitle after a title: "Sword Art Online: Alicization", "Demon Slayer The Movie".
_SUBTITLE = re.compile(r":| [-\u2013\u2014] ?| The (?:Movie|Film)\b")
SURE = 3  # cue weight a name needs
REPEATED = 3  # mentions that make a name of the headline the show without a cue


def find_show(source: Source) -> tuple[str, list[str]]:
    """The show an article is about ("" when unsure), and the other spellings it uses for it."""
    texts = [s.text for s in sentences_of(source)]
    if source.show:
        return source.show, _near(source.show, _candidates(texts)[0])
    cues, alias = _candidates(texts)
    body = "\n".join(texts)
    title = _words(source.title)
    # the headline repeated in the text is no mention of its words
    rest = "\n".join(t for t in texts if abs(len(t) - len(source.title)) > 12 or _words(t) != title)
    from_headline = set(filter(None, map(_clean, _headline_names(source.title, rest)))) - set(cues)
    for name in from_headline:
        cues[name] += 0  # a candidate, with no place in the text that says it is a title
    scores = {}
    for group in _groups(cues, alias):
        cue = sum(cues[n] for n in group)
        headline = any(_words(n) in title for n in group)
        mentions = sum(len(_compiled(r"(?<!\w){n}(?!\w)", n).findall(body)) for n in group)
        # a title the headline names needs one place in the text, or to be named again and
        # again; one it does not name must be named twice, once as a title
        sure = cue >= SURE - headline or (headline and mentions >= REPEATED)
        if not sure or (not headline and mentions < 2) or _not_a_show(group, body, cue):
            continue
        scores[group] = cue + 2 * headline + min(mentions, 4)
    if not scores:
        return "", []
    ranked = sorted(scores, key=lambda g: -scores[g])
    if len(ranked) > 1 and scores[ranked[1]] == scores[ranked[0]]:
        return "", []  # two titles as likely: the article may be about either
    best = ranked[0]
    shown = _display(best, title, cues)
    name = _extend(shown, source.title, body)
    # a headline's run is no spelling; nor, once extended ("Digimon Adventure tri"), the
    # shorter name, which is the earlier show
    others = (set(best) - (from_headline - set(alias))) | set(_near(name, cues)) | _seasons(name, body)
    return name, sorted(n for n in others if n != name and not (name != shown and name.startswith(n)))


def _headline_names(headline: str, body: str) -> list[str]:
    """The longest runs of headline words the text names too, capitalised, as the text spells
    them ("Netflix Confirms Beastars Release Date": "Netflix", "Beastars")."""
    words, lower = headline.split(), body.lower()
    found, i = [], 0
    while i < len(words):
        for j in range(min(len(words), i + 8), i, -1):
            span = " ".join(words[i:j]).strip(" ,:;!?\"\u201c\u201d'")
            named = {w.lower() for w in _WORD.findall(span)}
            if not named or named <= _GENERIC | _HEADLINE_WORDS:
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
        if whole and _TITLE.fullmatch(body[at:end]):
            return body[at:end]
        at = lower.find(span, at + 1)
    return ""


def _seasons(name: str, body: str) -> set[str]:
    """The show's name with a season, as the text writes it ("Bungo Stray Dogs Season 5")."""
    season = rf"(?<!\w){re.escape(name)} (?:Season \d+|\d+(?:st|nd|rd|th) Season)\b"
    return set(re.findall(season, body))


def _candidates(texts: list[str]) -> tuple[Counter[str], dict[str, str]]:
    """Cue weight per title spelling, and bracketed spellings -> the spelling they follow."""
    cues: Counter[str] = Counter()
    alias: dict[str, str] = {}
    for text in texts:
        for weight, cue in _CUES:
            for match in cue.finditer(text):
                name = _clean(next(g for g in match.groups() if g))
                if weight == 1 and _SONG.search(text[:match.start()]):
                    continue
                if name:
                    cues[name] += weight
        for match in _BRACKET.finditer(text):
            a, b = _clean(match["a"]), _clean(match["b"])
            if a and b and a != b:
                alias[b] = a
    return cues, alias


def _clean(name: str) -> str:
    """A title without the words around it ("Season 5", "anime", "in January")."""
    name = re.sub(r"\s+-$", "", _TAIL.sub("", name.strip(" .,:")).strip(" .,:"))
    words = [w for w in re.split(r"\W+", name.lower()) if w and not w.isdigit()]
    return "" if not words or set(words) <= _GENERIC else name


def _groups(cues: Counter[str], alias: dict[str, str]) -> list[tuple[str, ...]]:
    """Candidates grouped with their bracketed translations and their forms with a subtitle
    ("Sword Art Online" with "Sword Art Online: Alicization")."""
    names = sorted(set(cues) | {b for b, a in alias.items() if a in cues})
    parent = {n: n for n in names}

    def root(n: str) -> str:
        while parent[n] != n:
            n = parent[n]
        return n

    for b, a in alias.items():
        if a in parent and b in parent:
            parent[root(b)] = root(a)
    for short in names:
        for long in names:
            if long != short and long.startswith(short) and _SUBTITLE.match(long, len(short)):
                parent[root(long)] = root(short)
    members: dict[str, list[str]] = defaultdict(list)
    for n in names:
        members[root(n)].append(n)
    return [tuple(sorted(group)) for group in members.values()]


def _display(group: tuple[str, ...], title: str, cues: Counter[str]) -> str:
    """The longest spelling the headline uses that the text writes as a title, else the
    longest the headline uses, else the longest."""
    in_title = [n for n in group if _words(n) in title]
    return max(in_title or group, key=lambda n: (cues[n] > 0, len(n), n))


def _extend(name: str, title: str, body: str) -> str:
    """The name with the lower-case word the headline and the text put after it ("tri.")."""
    after = re.search(rf"(?<!\w){re.escape(name)} (?P<w>[a-z][\w.]*)", title)
    if after and body.count(f"{name} {after['w']}") >= 2:
        return f"{name} {after['w']}".rstrip(".")
    return name


def _words(text: str) -> str:
    """The words of a title, folded, between spaces: a headline names a title whatever its
    punctuation ("Re: Zero" / "Re:Zero", "Bear Punch!" / "Bear Punch") when `_words(title)`
    is in `_words(headline)`."""
    return " " + " ".join(_WORD.findall(fold(text))) + " "


def _not_a_show(group: tuple[str, ...], body: str, cue: int) -> bool:
    """Whether the article uses a name of the group as a platform's, a person's or a company's
    (once is enough: precision before recall), or, for a name no place in the text calls a
    title, as a place's ("outside of Japan") or as one that announces ("MAPPA announced")."""
    uses = _PLATFORM + _PERSON_USE + (() if cue else _PLACE_USE + _ANNOUNCER_USE)
    return any(_COMPANY.search(name) or any(_compiled(p, name).search(body) for p in uses)
               for name in group)


@lru_cache(maxsize=4096)
def _compiled(pattern: str, name: str) -> re.Pattern:
    """A pattern about one name ({n} in it), compiled once."""
    return re.compile(pattern.format(n=re.escape(name)))


def _near(name: str, cues) -> list[str]:
    """Other spellings of the show: titles spelled almost the same ("Metallic Rogue")."""
    return sorted(n for n in cues if n != name and fuzz.ratio(n.lower(), name.lower()) >= 85)
