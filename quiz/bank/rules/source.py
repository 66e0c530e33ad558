"""What the show adapts and how long it runs: the manga or novel, its author, its manga
adaptation and the magazine that runs it, when each began, the show's title in the other
language (English or romanised Japanese), the number of episodes."""

from __future__ import annotations

import re

from quiz.bank.rules import Reader, Sentence, pattern, publication
from quiz.bank.rules.adapted import adapted, adapts_show
from quiz.bank.rules.other_titles import other_titles
from quiz.bank.rules.patterns import (
    MONTHS,
    NAME,
    NUMBER_WORDS,
    PERSON,
    find_dates,
    split_list,
    to_number,
)
from quiz.bank.rules.seasons import season_at
from quiz.bank.rules.source_patterns import ADAPTATION_OF, BASED_ON_KIND, BY_AUTHOR, TITLED_KIND

# words saying a series is another than the show's source
_NOT_THE_SHOWS = (r"(?:new|latest|next|other|another|previous|earlier|former|first|spin-?off|sequel|sister|"
                  r"prequel)\b")
# "Koara Kishida launched a manga adaptation of the novels in Shueisha's Ultra Jump magazine";
# "Aimoto launched Kemono Jihen in Jump SQ. in December 2016"
MANGA_LAUNCHED = pattern(
    "source.launched_manga",
    rf"(?P<a>{PERSON}|[A-Z][a-z]+) (?:launched|began|started) (?:a|the) manga adaptation(?: of [^.]*?)? "
    rf"in (?:{NAME}'s )?(?P<mag>{NAME}) magazine"
    rf"|(?P<a2>{PERSON}|[A-Z][a-z]+) launched (?:(?P<w>{NAME})|the (?:ongoing |original )?manga) in "
    rf"(?:{NAME}'s )?(?P<mag2>{NAME})"
    # "A's X manga launched in the pages of Monthly Shonen Sunday in March 2013"
    rf"|(?P<w3>{NAME}) manga (?:launched|debuted|began) in (?:the pages of )?(?:{NAME}'s )?(?P<mag3>{NAME})"
    # "X launched on the Shonen Jump+ website in April 2018", "The manga first launched on
    # Shueisha's Shonen Jump+ website": the medium said after its name
    rf"|(?:(?P<w4>{NAME})|[Tt]he (?:[a-z-]+ )?manga)(?: first)? (?:launched|debuted) (?:in|on) (?:the )?"
    rf"(?:{NAME}'s )?(?P<mag4>{NAME}) (?P<medium>website|app|magazine)\b"
    # "Segawa launched the "afterschool psychic action" series in Kadokawa's Monthly Shonen Ace
    # magazine in 2010": "the series" with its genre, never another one ("the spin-off series")
    rf"|\b[A-Z][a-z]+ launched the (?!{_NOT_THE_SHOWS})(?:\"[^\"]+\" |[a-z-]+ ){{0,2}}series in "
    rf"(?:{NAME}'s )?(?P<mag5>{NAME}) magazine\b",
    needs=(" magazine", "began", "debuted", "launched"),
)
# When the show's novels began: "Kadokawa began publishing the novels in print in Japan in May
# 2017", "Araki published the first volume under Shueisha's Dash X Bunko light novel label in
# January 2015". Only "the novels" or "the first volume": the show's own, not another series.
NOVELS_BEGAN = pattern(
    "source.novels_began",
    r"\b(?:began|started) publishing the (?P<k>(?:light )?novels)\b"
    r"|\b(?:published|released) the first (?:(?P<k2>light novel|novel) )?volume\b"
    r"(?:[^.,]*?\b(?P<k3>light novel|novel) (?:label|imprint)\b)?",
    needs=(" publishing the ", "volume"),
)
# Who draws the novels' pictures: "with illustrations by Haruyuki Morisawa"; "written and
# illustrated by X" is the author's own work, asked as the author.
ILLUSTRATOR = pattern(
    "source.illustrations_by",
    rf"\b(?P<both>written and )?illustrat(?:ions|ed) by (?P<p>{PERSON})",
    needs=("illustrat",),
)
# Who publishes the show's source in English: "Yen Press is publishing the light novels and
# their manga adaptation in English". Only "the novels" or "the manga" themselves: "the fifth
# volume of <a spinoff>" is another work.
PUBLISHED_IN_ENGLISH = pattern(
    "source.published_in_english",
    rf"(?P<p>{NAME}) (?:is publishing|publishes|will publish|has licensed|licensed) the "
    r"(?P<k>(?:light )?novels?|manga)\b(?: series)?(?: and (?:its|their) manga adaptation)? "
    r"in (?:English|North America)\b",
    needs=("is publishing", "licensed", "publishes", "will publish"),
)
# A new adaptation the article announces: "a theatrical film adaptation of X's novels is in the
# works", "the novel series has a television anime in the works", "Beastars will also be getting
# a live-action stage play adaptation".
_FORMAT = (
    r"(?:live-action |theatrical |television |TV |anime )?"
    r"(?:stage play|stage musical|film|movie|television anime|TV anime|anime film|drama|anime)"
)
NEW_ADAPTATION = pattern(
    "source.new_adaptation",
    rf"\ban? (?P<f>{_FORMAT})(?: adaptation)?\b[^.]*?\bin the works\b"
    rf"|\b(?:will (?:also )?be getting|is (?:also )?getting|gets) an? (?P<f2>{_FORMAT}) adaptation\b",
    needs=("gets", "getting", "in the works"),
)
_ABOUT_SOURCE = re.compile(r"\bthe (?:light )?(?:novel|manga) series\b")
# The words between a launch and its date: " in Jump SQ. in December 2016": a short run with
# no comma or "and", which would start another clause with its own date.
_GAP = 40


# "The anime will have 12 30-minute episodes", "running for 11 Episodes in total", "the 12
# episode first season", "There will be 12 episodes.", "The anime aired ... and has 13 episodes"
EPISODES = pattern(
    "source.episode_count",
    rf"\b(?:will have|[Tt]here will be|(?<=and )(?:has|have)|(?<=[Tt]he anime )has|"
    rf"(?:is |will be )?(?:running|run) for|ran for|consists? of|total of|with|"
    rf"(?:slated|set|scheduled) for) (?P<n>{NUMBER_WORDS})(?: \d+-minute)? [Ee]pisodes\b"
    rf"|\bthe (?P<n2>{NUMBER_WORDS})[- ]episode (?P<season>first|second|third|final) season\b"
    rf"|\b[Tt]he (?P<n3>{NUMBER_WORDS})[- ]episode (?:anime|series|show)\b",
    needs=("episode ", "pisodes"),
)


def _kind(text: str) -> str:
    kind = re.sub(r" series$", "", text.lower())
    return kind[:-1] if kind.endswith("s") else kind


def _plural(kind: str) -> str:
    """The kind of work as its volumes are spoken of: "light novels", but "manga" (English
    takes the Japanese word's plural unchanged)."""
    return kind if kind.endswith(("s", "manga")) else f"{kind}s"


def source_work(reader: Reader, s: Sentence) -> None:
    """The work the show adapts, its kind and its authors."""
    for rule in (ADAPTATION_OF, BY_AUTHOR):
        for found in rule.finditer(s.bare):
            if rule is ADAPTATION_OF and not adapted(reader, found, s.bare):
                continue
            groups = found.groupdict()
            if groups.get("k4") and not reader.names_show(s.text[: found.start()]):
                continue  # "X is a manga written by Y" of another work than the show
            if groups.get("w5") and not reader.is_show(groups["w5"]):
                continue  # "the manga Y by Z": another work than the show
            if groups.get("k6") and not adapts_show(reader, s.bare, found):
                continue
            kind = _kind(next(groups[k] for k in ("k", "k2", "k3", "k4", "k5", "k6") if groups.get(k)))
            if kind != "book":  # a book may be a novel or not: no kind of work to ask
                reader.add("source_kind", reader.show, kind, "source_kind")
            authors = next(groups[a] for a in ("a", "a2", "a3", "a4", "a5", "a6") if groups.get(a))
            for author in split_list(authors):
                if not _illustrator_only(reader, author):
                    reader.add("source_author", reader.show, author, "person", qualifier=kind)
            if groups.get("y5") and kind == "manga":  # "the 2003 manga X": the year it began
                reader.add("manga_launched", reader.show, groups["y5"], "date", qualifier="manga")


def _illustrator_only(reader: Reader, name: str) -> bool:
    """Whether the article says a person named with the author only illustrated the work ("A and
    B's light novel series" beside "written by A and illustrated by B"): no author of it."""
    return any(found["p"] == name and not found["both"]
               for t in reader.sentences if name in t.text for found in ILLUSTRATOR.finditer(t.bare))


# The show as a sentence's subject, named by a generic noun: "The science-fiction fantasy anime"
_THE_SHOW_SUBJECT = re.compile(r"^(?:The|This) (?:[\w-]+ ){0,3}(?:anime|series|film|movie|show)$")


def based_on_kind(reader: Reader, s: Sentence) -> None:
    """The kind of work the show adapts, when the sentence's subject is the show itself."""
    for found in BASED_ON_KIND.finditer(s.bare):
        subject = s.bare[: found.start()].strip(' ,"')
        if _THE_SHOW_SUBJECT.match(subject) or subject and reader.is_show(subject.strip('"')):
            reader.add("source_kind", reader.show, _kind(found["k"]), "source_kind")


def titled_kind(reader: Reader, s: Sentence) -> None:
    """The kind of work the show adapts, said with the show's own title ("based on the X manga");
    another title there is another work (an earlier adaptation of the studio, a spin-off)."""
    for found in TITLED_KIND.finditer(s.bare):
        if found["k"] != "book" and _is_title(reader, found["w"]):
            reader.add("source_kind", reader.show, _kind(found["k"]), "source_kind")


def _is_title(reader: Reader, name: str) -> bool:
    return any(n and name.lower() == n.lower() for n in (reader.show, *reader.spellings))


def launches(reader: Reader, s: Sentence) -> None:
    """The manga launched, the original's or an adaptation's, its magazine and its date."""
    for found in MANGA_LAUNCHED.finditer(s.bare):
        if found["mag2"] or found["mag3"] or found["mag4"] or found["mag5"]:  # the original manga
            title = found["w"] or found["w3"] or found["w4"]
            group = next(g for g in ("mag2", "mag3", "mag4", "mag5") if found[g])
            name = _DATED_NAME.sub("", found[group])  # "Monthly Shonen Sunday in March 2013"
            if not title or reader.is_show(title):
                _launched_in(reader, s.bare[found.end(group):], name)
                _dated(reader, s.bare, found.start(group) + len(name), "manga_launched", "manga")
            continue
        if not _author_named_before(reader, found["a"]):
            reader.add("manga_artist", reader.show, found["a"], "person")
        reader.add("manga_magazine", reader.show, found["mag"], "magazine")
        _dated(reader, s.bare, found.end(), "manga_launched", "manga adaptation")


# a manga service, not a magazine: "in Shogakukan's Manga ONE app", "on the Shonen Jump+ website"
_SERVICE = re.compile(r" (?P<medium>website|app)\b")


def _launched_in(reader: Reader, after: str, name: str) -> None:
    """Where the manga launched: a magazine, or a website or an app, asked as what it is."""
    service = _SERVICE.match(after)
    if service:
        reader.add("manga_site", reader.show, name, "manga_site", qualifier=service["medium"])
    else:
        reader.add("manga_magazine", reader.show, name, "magazine")


def novels(reader: Reader, s: Sentence) -> None:
    """The novels' illustrator, their English publisher and when their first volume came out."""
    for found in ILLUSTRATOR.finditer(s.bare):
        kinds = [f.value for f in reader.facts if f.relation == "source_kind"]
        if kinds and not found["both"]:  # the kind of work drawn for, when the article says it
            reader.add("illustrator", reader.show, found["p"], "person", qualifier=_plural(kinds[-1]))
    for found in PUBLISHED_IN_ENGLISH.finditer(s.bare):
        kind = _plural(found["k"])
        reader.add("english_publisher", reader.show, found["p"], "publisher", qualifier=kind)
    began = tuple(NOVELS_BEGAN.finditer(s.bare))  # seldom any: the paragraph is read only then
    for found in began if began and not _other_series_before(reader, s) else ():
        kind = found["k"] or f"{found['k2'] or found['k3'] or _novel_kind(reader)}s"
        _dated(reader, s.bare, found.end(), "novels_began", kind.lower())


_SERIES = re.compile(rf"(?P<t>{NAME}) (?:light novel|novel|manga) series")
# a name that ran on into the date after it: "in Monthly Shonen Sunday in March 2013"
_DATED_NAME = re.compile(rf" in (?:{'|'.join(MONTHS)})\b.*$")


def new_adaptation(reader: Reader, s: Sentence) -> None:
    """The adaptation announced, when the sentence speaks of the show or of its source."""
    if not (reader.names_show(s.text) or _ABOUT_SOURCE.search(s.text)):
        return
    for found in NEW_ADAPTATION.finditer(s.bare):
        kind = (found["f"] or found["f2"]).lower().replace("tv anime", "television anime")
        reader.add("adaptation", reader.show, kind, "format")


def _other_series_before(reader: Reader, s: Sentence) -> bool:
    """Whether "the novels" may mean another series the paragraph has just named ("Araki
    previously wrote the GJ Club light novel series. ... began publishing the novels")."""
    before = reader.previous_sentence()
    texts = [s.bare, *([before.bare] if before is not None and before.line == s.line else [])]
    return any(not reader.is_show(m["t"]) for text in texts for m in _SERIES.finditer(text))


def _author_named_before(reader: Reader, name: str) -> bool:
    """A one-word name that ends a known person's ("Aimoto") is that author named again; any
    other one-word name ("Okama") is a pen name of its own."""
    if " " in name:
        return False
    return any(p.endswith(f" {name}") for p in reader.known.get("person", ()))


def _novel_kind(reader: Reader) -> str:
    """The kind of novel the article says the show adapts ("light novel"), else "novel"."""
    kinds = [f.value for f in reader.facts if f.relation == "source_kind" and "novel" in f.value]
    return kinds[-1] if kinds else "novel"


# a year alone: "launched the ongoing manga in Shogakukan's Manga ONE app in 2017"
_YEAR = re.compile(r"\bin (\d{4})\b")


def _dated(reader: Reader, text: str, end: int, relation: str, qualifier: str) -> None:
    """The date right after a launch ("... in Jump SQ. in December 2016"), if one follows."""
    year = _YEAR.search(text, end)
    spellings = [spelling for _when, spelling in find_dates(text[end:])] or ([year[1]] if year else [])
    for spelling in spellings:
        gap = text[end:].find(spelling)
        between = text[end:end + gap]
        if gap <= _GAP and "," not in between and " and " not in between:
            reader.add(relation, reader.show, spelling, "date", qualifier=qualifier)
        return


# A count said of one part of the show ("The season aired ... with 25 episodes", "the first cour
# aired for 12 episodes"): the whole show's only when the sentence says which season it is.
_A_PART = re.compile(r"\b(?:season|cour)\b", re.I)


def episodes(reader: Reader, s: Sentence) -> None:
    for found in EPISODES.finditer(s.bare):
        count = to_number(found["n"] or found["n2"] or found["n3"])
        season = f"{found['season']} season" if found["season"] else season_at(reader, s.bare, found.span())
        if season is None:
            continue  # the sentence's season is another value's (a later date's): not sure
        if not season and _A_PART.search(s.bare):
            continue  # one season's or cour's count, which one not said: not the show's
        if count and count > 1:
            reader.add("episodes", reader.show, str(count), "number", qualifier=season)


RULES = [
    source_work, based_on_kind, titled_kind, launches, novels, other_titles, new_adaptation, episodes,
    *publication.RULES,
]
