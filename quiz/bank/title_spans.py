"""The whole title when the name found is a part of a longer one the headline and the text
both write: "Dragon Maid" of "Miss Kobayashi's Dragon Maid", "Book of Friends" of "Natsume's
Book of Friends", "Josee" of "Josee, The Tiger, and The Fish", "School! Iruma-kun" of "Welcome
to Demon School! Iruma-kun", "Cells at Work!" of "Cells at Work! Code Black".

The patterns that read titles stop at what most titles lack: a possessive, a comma, a "!"
inside the title, a small word such as "with" or "to". The headline holds the title whole, and
so does the text when it names the show again; a run of the headline's words that holds the
name and that the text writes word for word, capitalised as a title is, is the title. Its
added words must say more than what kind of work it is or what the news is ("Manga", "New
Trailer", "Season 3"), hold none of the headline's verbs and no company's or platform's name
("Netflix's Beastars" is no title), nor be a season's own name the text puts after "season"
("its fourth season Haikyu!! To The Top"), which a question asks of as the show's. The
headline repeated as the text's first line is no writing of it: the caller passes the text
without it.
"""

from __future__ import annotations

import re

from quiz.bank.industry import is_industry
from quiz.bank.name_uses import without_owner
from quiz.bank.titles import PLAIN, VERBS, capitalised

_WORD = re.compile(r"[^\W_]+")
_LONGEST = 12  # words: no title runs longer, and a longer run is a headline's sentence
# Words that name a part, an edition or a piece of a work, or what the news is about it, not a
# title's own words: a run ending or starting with one is the headline's sentence or an arc's name.
_NEWS = PLAIN | frozenset({
    "arc", "hen", "saga", "chapter", "part", "edition", "version", "special", "specials", "ova",
    "recap", "compilation", "remake", "sequel", "spinoff", "prequel", "collection", "soundtrack",
    "live", "action", "concert", "stage", "play", "musical", "collab", "cafe", "event",
    "exhibition", "review", "interview", "preview", "premiere", "finale", "op", "ed", "pv", "cm",
    "visual", "teaser", "promo", "video", "key", "us", "uk", "japan", "north", "america"})
# A season, part or number closing a run: the show's instalment, not its title.
_INSTALMENT = re.compile(r"(?:\b(?:season|part|vol|volume|cour|episode)\b|\d)", re.I)


def spanned(name: str, text: str, headline: str) -> str:
    """The longest run of the headline's words around the name that the text writes as a
    title; else the name."""
    words = headline.split()
    at = _where(name, words)
    if at is None:
        return name
    start, end = at
    best = name
    for a in range(start, -1, -1):
        for b in range(end, min(len(words), a + _LONGEST) + 1):
            if (a, b) == (start, end):
                continue
            run = " ".join(words[a:b]).strip(" ,:;\"'\u201c\u201d\u2018\u2019()[]")
            spelled = _titled(run, name, text) if len(run) > len(best) else ""
            best = spelled or best
    return best


def _where(name: str, words: list[str]) -> tuple[int, int] | None:
    """Where the name's words stand among the headline's, as (first, after last), if they do."""
    target = _WORD.findall(name.lower())
    if not target:
        return None
    keys = [_WORD.findall(w.lower()) for w in words]
    for a in range(len(words)):
        got, b = [], a
        while b < len(words) and len(got) < len(target):
            got += keys[b]
            b += 1
        if got == target:
            return a, b
    return None


def _titled(run: str, name: str, text: str) -> str:
    """The text's spelling of a run around the name that is a title: the text writes it so,
    capitalised, and its added words say more than plain ones, with no verb, company or
    instalment; else ""."""
    edges = _WORD.findall(run)
    added = _added(edges, _WORD.findall(name))
    if not added or set(added) <= _NEWS or set(added) & VERBS or without_owner(run) != run:
        return ""  # "Kumiko Saiki's Kageki Shojo!!": a person's possessive opens no title
    if edges[0].lower() in _NEWS - {"the", "a", "an"} or edges[-1].lower() in _NEWS \
            or _INSTALMENT.search(" ".join(added)) or any(is_industry(w) for w in _owners(run)):
        return ""
    spelled = next((spelled for spelled in _written(run, text) if capitalised(spelled)), "")
    # "its fourth season Haikyu!! To The Top": a season's own name, asked of as the show's
    season = re.compile(rf"\bseason,? (?:titled |called |named )?[\"\u201c]?{re.escape(spelled)}", re.I)
    return "" if spelled and season.search(text) else spelled


def _added(words: list[str], name: list[str]) -> list[str]:
    """The run's words but the name's, lower case."""
    lower, target = [w.lower() for w in words], [w.lower() for w in name]
    for at in range(len(lower) - len(target) + 1):
        if lower[at:at + len(target)] == target:
            return lower[:at] + lower[at + len(target):]
    return lower


def _owners(run: str) -> list[str]:
    """The names a run's possessives give ("Netflix" of "Netflix's Beastars"), and its words."""
    return re.findall(r"([^\s'\u2019]+)['\u2019]s\b", run) + run.split()


def _written(run: str, text: str) -> list[str]:
    """How the text spells the run, whole: its words in order, whatever the punctuation between
    them, in the same case, with no capitalised word running on before or after it ("Last" of
    "Last Game")."""
    words, marks = _WORD.findall(run), re.search(r"[!?]*$", run)[0]  # "Koe Girl!" keeps its "!"
    spelling = r"[\W_]{1,3}".join(map(re.escape, words))
    if run.isupper():  # a headline in capitals says nothing of the title's case: the text's does
        spelling = f"(?i:{spelling})"
    elif not all(word in text for word in words):
        return []  # the pattern needs every word: not compiled for a run the text lacks
    pattern = (r"(?<![\w'\u2019])" + spelling
               + rf"(?:{re.escape(marks)})?(?![\w'\u2019])(?!:? [A-Z])")
    return [m[0] for m in re.finditer(pattern, text)
            if not _RUNS_ON.search(text, max(0, m.start() - 30), m.start())
            and not ("," in m[0] and _LIST.match(text, m.end()))]  # "A, B, and C" lists three


_LIST = re.compile(r",? (?:and|or|&) [A-Z\d]|, [A-Z\d]")
_RUNS_ON = re.compile(r"(?<![\w'\u2019])[A-Z][\w'\u2019]*:? $")


def cut_title(body: str, start: int, end: int) -> str:
    """The text's words from `start` to `end`, with the "!" or "?" closing them, when they are
    a title the reading patterns cut (see `spelled_whole`); else ""."""
    run = body[start:end]
    if "," in run and _LIST.match(body, end):
        return ""  # "Kettle Days, Paper Moon, and Silver Tide": a list goes on, no title
    return run + re.match(r"[!?]*", body[end:])[0] if spelled_whole(run) else ""


def spelled_whole(run: str) -> bool:
    """Whether a run of the text's words is a title's spelling that the reading patterns cut:
    capitalised, from a capitalised word to a capitalised word or its closing marks, holding a
    possessive, a comma, an apostrophe or a "!" inside ("Love Live! Superstar!!", "Don't Toy
    with Me, Miss Nagatoro", "Ore, Tsushima"), with no headline's verb."""
    words = _WORD.findall(run)
    inner = run.rstrip("!?")
    # never ending in a small word ("X on ICE the") or an ordinal ("X 3rd" of "X 3rd season"),
    # nor owned by a person ("Kumiko Saiki's X" is hers), nor opening with a possessive ("Saiki's
    # X": title_starts.py reads those, with the text's other uses of the owner)
    if re.match(r"[^\s']+['\u2019]s ", run):
        return False
    return len(words) >= 2 and bool(_CUT.search(inner)) and capitalised(run) \
        and run[:1].isupper() and inner[-1:].isalnum() and not {w.lower() for w in words} & VERBS \
        and (words[-1][:1].isupper() or words[-1][:1].isdigit()) \
        and not re.fullmatch(r"\d+(?:st|nd|rd|th)", words[-1]) and without_owner(run) == run


_CUT = re.compile(r"['\u2019]s? |[,!] |\w['\u2019]\w")
