"""The forms one title takes in an article: with its season ("Bungo Stray Dogs Season 5",
"Seraph of the End Season Two"), spelled almost the same ("Metallic Rogue"), with the word a
headline puts after it ("Digimon Adventure tri."), or as two spellings a slash joins ("Owari
no Seraph/Seraph of the End": the original and the translated title, side by side); and the
candidates of an article grouped by title, with their translations and subtitled forms.
"""

from __future__ import annotations

import re
from collections import defaultdict

from rapidfuzz import fuzz

from quiz.bank.text import count_whole

_WORDS = re.compile(r"[^\W_]+")
# What starts a subtitle after a title: "Sword Art Online: Alicization", "Demon Slayer The Movie".
SUBTITLE = re.compile(r":| [-\u2013\u2014] ?| The (?:Movie|Film)\b")
# A season's number, in figures or in words ("Season 2", "Season Two").
NUMBER_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
SEASON_NUMBER = rf"(?:\d+|(?i:{'|'.join(NUMBER_WORDS)})\b)"
SEASON = rf"(?:Season {SEASON_NUMBER}|\d+(?:st|nd|rd|th) Season\b)"
# A title ending in its season ("Attack on Titan Season Two"): one look-behind per spelling,
# since each must be of one width.
_BEHIND = (r"(?<= Season \d)", *(f"(?<= Season {w.title()})" for w in NUMBER_WORDS))
ENDS_IN_SEASON = f"(?:{'|'.join(_BEHIND)})"


def extended(name: str, title: str, body: str) -> str:
    """The name with the lower-case word the headline and the text put after it ("tri."),
    when the text writes that word nowhere else: a word of prose ("has", "gets") stands
    apart from the title too."""
    after = f"{name} " in title and re.search(rf"(?<!\w){re.escape(name)} (?P<w>[a-z][\w.]*)", title)
    if not after:
        return name
    word = after["w"].rstrip(".")
    joined = count_whole(body, f"{name} {word}")
    if joined >= 2 and count_whole(body, word) == joined:
        return f"{name} {word}"
    return name


def with_comma(name: str, title: str, body: str) -> str:
    """The name with the comma and the capitalised words the headline puts after it ("Sore,
    Sunawachi Sketch", "Anoyo no Subete wa, Obakegumi!"), where the text writes them so too,
    never as a list goes on ("Naruto, Bleach, and One Piece" names three)."""
    after = f"{name}, " in title and re.search(
        rf"(?<!\w){re.escape(name)}, (?P<w>[A-Z][\w'\-]*(?: [A-Z][\w'\-]*)*!*)", title)
    if not after:
        return name
    whole = f"{name}, {after['w']}"
    places = [m.end() for m in re.finditer(rf"(?<!\w){re.escape(whole)}(?!\w)", body)]
    listed = any(re.match(r"(?:,|,? and|,? or|,? &) [A-Z\d]", body[at:at + 8]) for at in places)
    return whole if places and not listed else name


def with_seasons(name: str, body: str) -> set[str]:
    """The show's name with a season, as the text writes it ("Bungo Stray Dogs Season 5")."""
    if f"{name} " not in body or "Season" not in body:  # needed by every match: no compiling
        return set()
    return set(re.findall(rf"(?<!\w){re.escape(name)} {SEASON}", body))


def near_spellings(name: str, names) -> list[str]:
    """Other spellings of a title: names spelled almost the same ("Metallic Rogue")."""
    return sorted(n for n in names if n != name and fuzz.ratio(n.lower(), name.lower()) >= 85)


def subtitled(long: str, short: str) -> bool:
    """Whether `long` is `short` with a subtitle ("I★CHU: Halfway Through The Idol")."""
    return long.startswith(short) and SUBTITLE.match(long, len(short)) is not None


def slashed(name: str) -> tuple[str, str] | None:
    """The two spellings of a title a slash joins, each of two words or more ("Shingeki no
    Kyojin/Attack on Titan"); None for one title holding a slash after a single word, as
    some do ("Fate/Zero", "Fate/Grand Order"), or a name with no slash."""
    parts = name.split("/")
    if len(parts) != 2 or any(len(p.split()) < 2 for p in parts):
        return None
    return parts[0].strip(), parts[1].strip()


def groups(cues: dict[str, int], alias: dict[str, str]) -> list[tuple[str, ...]]:
    """Candidates grouped with their bracketed translations and their forms with a subtitle
    ("Sword Art Online" with "Sword Art Online: Alicization"), and its spellings with the same
words ("Kageki Shojo!!", "Kageki Shojo")."""
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
            # one title spelled with its closing marks or without ("Kageki Shojo!!")
            if long != short and (subtitled(long, short) or _WORDS.findall(long) == _WORDS.findall(short)):
                parent[root(long)] = root(short)
    members: dict[str, list[str]] = defaultdict(list)
    for n in names:
        members[root(n)].append(n)
    return [tuple(sorted(group)) for group in members.values()]


def longer(best: tuple[str, ...], named: dict, plain: frozenset) -> tuple[str, ...]:
    """The one title in the headline and named again (`named`: group -> the text's cues, whether
    the headline names it, its mentions) that is the best and more words: "Trigun Stampede" of
    "Trigun", "Fate/stay night" of "Fate", the article's own work, the shorter an earlier one's."""
    more = [g for g in named if g != best and named[g][1] and named[g][2] >= 2 and goes_on(g, best, plain)]
    return more[0] if len(more) == 1 else best


def goes_on(long: tuple[str, ...], short: tuple[str, ...], plain: frozenset) -> bool:
    """Whether a name of `long` is one of `short` and a capitalised word, or a slash and more;
    not a number ("The Promised Neverland 2") nor a plain word (`plain`: "X Release Date")."""
    def one(a: str, b: str) -> bool:
        after = a[len(b) + 1:].split(" ")[0]
        return a.startswith(f"{b}/") or (a.startswith(f"{b} ") and after[:1].isupper()
                                          and after.lower() not in plain)
    return any(one(a, b) for a in long for b in short)
