"""Extraction rules: each reads one sentence and states the facts it finds.

A rule is a function `rule(reader, sentence)` that calls `reader.add(...)` for every fact
the sentence states, citing the sentence. The reader walks an article in order and keeps
what pronouns need ("He has previously worked on ..." after a sentence naming a person).
Rules are grouped by subject: staff, credits, cast, music, release, source, story, studio.

Every pattern a rule matches is made with `pattern(name, regex)`, which registers it: a test
counts the sentences of the corpus each one reads, so that no rule is written for one sentence.
A pattern may declare `needs`: words one of which every text it matches holds (each a literal
the regex requires on every path, in the case it is written). A sentence holding none of them
is not searched at all: most patterns skip most sentences for the price of a substring test.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property

from quiz.bank.model import Citation, Fact, Source
from quiz.bank.rules.cut_names import cut_short, half_of_possessive
from quiz.bank.rules.cut_names import name_pattern as _name_pattern
from quiz.bank.rules.other_work import MADE, RELEASES, earlier_work, negated, only_in_other_work
from quiz.bank.rules.remembered import Remembered
from quiz.bank.rules.unsure import unsure
from quiz.bank.text import plain

_BULLET = re.compile(r"^[•·*\-–]\s*")
_SPACES = re.compile(r"[\u00a0\u2009\u202f]")
# How an article speaks of its own show without naming it.
_THE_SHOW = re.compile(
    r"\b(?:[Tt]he|[Tt]his|[Ii]ts) (?:new |upcoming )?(?:TV )?(?:anime|series|show|film|movie)\b"
    r"(?! (?:industry|fans?|studios?|news)\b)"
)
_ORDINALS = {"1": "first", "2": "second", "3": "third", "4": "fourth", "5": "fifth", "6": "sixth",
             "1st": "first", "2nd": "second", "3rd": "third", "4th": "fourth", "5th": "fifth", "6th": "sixth",
             "one": "first", "two": "second", "three": "third", "four": "fourth", "five": "fifth",
             "six": "sixth"}
SEASON = re.compile(
    r"\b(?P<w>[Ff]irst|[Ss]econd|[Tt]hird|[Ff]ourth|[Ff]ifth|[Ss]ixth) season\b"
    r"|\b[Ss]eason (?P<n>[1-6]|One|Two|Three|Four|Five|Six)\b"  # "Season 2", "Season Two"
    r"|\b(?P<o>[1-6](?:st|nd|rd|th)) [Ss]eason\b"
)
_THIS_SEASON = re.compile(r"\b(?:the|this|its) (?:new |upcoming |next )?season\b|\bnew season\b")


def season_name(found: re.Match) -> str:
    """ "second season" for "Season 2", "2nd season" or "second season"."""
    word = (found["w"] or _ORDINALS.get((found["n"] or found["o"] or "").lower(), "")).lower()
    return f"{word} season" if word in _ORDINALS.values() else ""


# "the third season of Kaguya-sama": another work's season (the show's own name is blanked first)
_OF_WORK = re.compile(r" of (?:the )?[A-Z]")


def other_work(text: str, found: re.Match) -> bool:
    """Whether a season named in `text` (the show's name blanked) is another work's."""
    return _OF_WORK.match(text, found.end()) is not None


def _own_season(text: str) -> re.Match | None:
    return next((m for m in SEASON.finditer(text) if not other_work(text, m)), None)


_LIVE_ACTION = re.compile(r"\blive-action\b", re.I)
_ASIDE = re.compile(r"\s*\([^()]*\)")
_LOOSE = re.compile(r" (?=[,.;:!?]|'s\b)")  # "Ajia-do ." and "Aimoto 's" as some outlets space them

# Every extraction pattern by name ("module.what"), filled as the rule modules are imported.
PATTERNS: dict[str, Remembered] = {}


def pattern(name: str, regex: str, flags: int = 0, needs: tuple[str, ...] = ()) -> Remembered:
    """Compile an extraction pattern and register it under a name; `needs`: words one of which
    every match holds (see the module's docstring)."""
    compiled = Remembered(re.compile(regex, flags), needs)
    if PATTERNS.setdefault(name, compiled) != compiled:
        raise ValueError(f"two extraction patterns are named {name!r}")
    return compiled


def registry() -> dict[str, re.Pattern]:
    """Every extraction pattern of every rule module."""
    all_rules()
    return dict(PATTERNS)


def bare(text: str) -> str:
    """A sentence without its asides in parentheses: "X ( Walking Meat ) is directing" reads
    as "X is directing", so a rule need not skip a list of earlier works to find the verb. An
    aside holding one of its own ("(Fruits Basket (2019))") goes whole."""
    while True:
        shorter = _ASIDE.sub("", text)
        if shorter == text:
            break
        text = shorter
    return re.sub(r"\s{2,}", " ", _LOOSE.sub("", text)).strip()


@dataclass(frozen=True)
class Sentence:
    text: str  # plain form, which the rules match
    quote: str  # the article's own words, which a citation repeats
    line: int
    index: int  # position among the article's unskipped sentences

    @cached_property
    def bare(self) -> str:
        return bare(self.text)


@dataclass
class Reader:
    """Reads one article: collects facts and the context pronouns refer to."""

    source: Source
    show: str
    known: dict[str, set[str]] = field(default_factory=dict)  # kind -> names seen in the corpus
    facts: list[Fact] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    current: Sentence | None = None
    last_person: str = ""  # the person a following "He" or "She" means
    last_characters: list[str] = field(default_factory=list)  # whom "they" means
    clip: str = ""  # the music clip the article is talking about
    spellings: tuple[str, ...] = ()  # the show's other names in this article
    heading: str = ""  # the line ending in ":" that the list being read follows
    song_kinds: dict[str, str] = field(default_factory=dict)  # artist -> "opening" or "ending"
    # names_show and season of each text asked: several rules ask them of every sentence
    asked: dict[tuple[str, str], object] = field(default_factory=dict, repr=False)

    def names_show(self, text: str) -> bool:
        """Whether a sentence speaks of the article's show: by a name of it, or as "the
        anime", "the series", "the film"... (an article speaks of no other show so)."""
        if ("show", text) not in self.asked:
            self.asked["show", text] = self._names_show(text)
        return self.asked["show", text]

    def _names_show(self, text: str) -> bool:
        if not self.show:
            return False
        if any(_name_pattern(name).search(text) for name in (self.show, *self.spellings)):
            return not self.names_other_work(text)  # "The Gekijoban X Code: White film"
        return _THE_SHOW.search(text) is not None

    def names_other_work(self, text: str) -> bool:
        """Whether a sentence names the show only inside another work's name (other_work.py)."""
        return bool(self.show) and only_in_other_work(text, (self.show, *self.spellings))

    def add(self, relation: str, subject: str, value: str, kind: str, subject_kind: str = "show",
            qualifier: str = "", sentence: Sentence | None = None) -> None:
        sentence = sentence or self.current
        subject, value = _trimmed(subject), _trimmed(value)
        if not subject or not value or sentence is None:
            return
        if subject == self.show and relation != "part_title" and self.names_other_work(sentence.text):
            return  # "The X Code: White film will be released on December 22": the film's date
        if relation in RELEASES and negated(sentence.text, value):
            return  # "It will not be available on Crunchyroll": where and when it is not shown
        if subject == self.show and relation in MADE and earlier_work(sentence, self.sentences):
            return  # "The manga inspired an event anime by MAPPA in 2020": that anime's studio
        if kind == "studio" and half_of_possessive(value, sentence.text) \
                or cut_short(value, sentence.text, company=kind in ("studio", "platform")):
            return  # half of "X's Y", or the rule stopped inside the name: half a name
        if unsure(relation, subject, value, qualifier, sentence.text):
            return  # a misspelt name, a cast pair written backwards, a guess
        citation = Citation(self.source.id, sentence.quote)
        self.facts.append(Fact(relation, subject, value, (citation,), kind, subject_kind, qualifier))

    def names(self, kind: str, text: str) -> list[str]:
        """Known names of a kind that stand in `text`, in the order they appear."""
        found = []
        for name in self.known.get(kind, ()):
            if name not in text:
                continue
            at = _name_pattern(name).search(text)
            if at:
                found.append((at.start(), -len(name), name))
        return [name for _, _, name in sorted(found)]

    def is_show(self, name: str) -> bool:
        """Whether a name is the show: the one found for the article, one known as a show, or a
        title the article repeats (a work named once is more likely another one)."""
        if name.lower() == self.show.lower() or name in (*self.spellings, *self.known.get("show", ())):
            return True
        pattern = _name_pattern(name)
        return sum(bool(pattern.search(s.text)) for s in self.sentences) >= 2

    def season(self, text: str) -> str:
        """The season a sentence speaks of ("second season", "fifth season"), "" when none or
        when the season is part of the show's own name ("Bungo Stray Dogs Season 5")."""
        if ("season", text) not in self.asked:
            self.asked["season", text] = self._season(text)
        return self.asked["season", text]

    def _season(self, text: str) -> str:
        if self.show:  # a spelling with the season ("X Season 5") still says which season
            text = text.replace(self.show, " ")
        found = _own_season(text)
        if not found:  # "the new season": the one the article is about, if it names one
            return self.main_season if _THIS_SEASON.search(text) else ""
        return season_name(found)

    @cached_property
    def main_season(self) -> str:
        """The season the article is about: the one it names most, a first season only when
        it names no other."""
        texts = [s.text.replace(self.show, " ") if self.show else s.text for s in self.sentences]
        named = Counter(season_name(m) for t in texts for m in SEASON.finditer(t) if not other_work(t, m))
        named.pop("", None)
        later = {k: v for k, v in named.items() if k != "first season"} or named
        return max(sorted(later), key=later.get) if later else ""

    @cached_property
    def live_action(self) -> bool:
        """Whether the article speaks of a live-action work: then "the film" it directs, or the
        date a plan moved, may be that work's and not the anime's."""
        return any(_LIVE_ACTION.search(s.text) for s in self.sentences)

    def previous_sentence(self) -> Sentence | None:
        at = self.current.index - 1 if self.current else -1
        return self.sentences[at] if at >= 0 else None

    def next_sentence(self) -> Sentence | None:
        """The sentence after the current one, if it stands on the same line (paragraph)."""
        at = self.current.index + 1 if self.current else len(self.sentences)
        if at < len(self.sentences) and self.sentences[at].line == self.current.line:
            return self.sentences[at]
        return None


_INITIALS = re.compile(r"(?:\b[A-Z]\.){2,}$")


def _trimmed(name: str) -> str:
    """A name without the punctuation around it, but an initialism keeps its last stop ("M.A.O.")."""
    name = name.strip(" ,")
    return name if _INITIALS.search(name) else name.strip(" ,.")


def sentences_of(source: Source) -> list[Sentence]:
    """The unskipped sentences of an article, list bullets left out of their quotes.

    A fragment (the rest of a sentence the page broke off on the line before) states nothing
    on its own, so no rule reads it.
    """
    out = []
    for segment in source.segments:
        if segment.skipped or segment.fragment:
            continue
        # a non-breaking space is a space: quotes are compared with spaces collapsed anyway
        quote = _SPACES.sub(" ", _BULLET.sub("", segment.text)).strip()
        if quote:
            out.append(Sentence(plain(quote), quote, segment.line, len(out)))
    return out


def all_rules():
    from quiz.bank.rules import cast, credit_lists, credits, music, release, source, staff, story, studio

    return [*staff.RULES, *credits.RULES, *credit_lists.RULES, *cast.RULES, *music.RULES, *release.RULES,
            *source.RULES, *story.RULES, *studio.RULES]


def read_article(source: Source, show: str, known: dict[str, set[str]],
                 spellings: tuple[str, ...] = ()) -> list[Fact]:
    """Every fact the rules find in one article, in reading order."""
    reader = Reader(source, show, known, spellings=spellings)
    reader.sentences = sentences_of(source)
    rules = all_rules()
    for sentence in reader.sentences:
        reader.current = sentence
        for rule in rules:
            rule(reader, sentence)
        _remember(reader, sentence)
    return _without_later_runs(reader.facts)


def _without_later_runs(facts: list[Fact]) -> list[Fact]:
    """An article that says the show premiered ("The show premiered in China in June 2019")
    dates its coming start ("will air ... beginning on July 7") as another run, on another
    channel or in another country, not as the premiere: that one is dropped."""
    premiered = {f.subject for f in facts if f.relation == "premiered" and not f.qualifier}
    return [f for f in facts if not (f.relation == "premiere" and not f.qualifier and f.subject in premiered)]


def _remember(reader: Reader, sentence: Sentence) -> None:
    people = reader.names("person", sentence.text)
    if people:
        reader.last_person = people[-1]
    characters = reader.names("character", sentence.text)
    if characters:
        reader.last_characters = characters
    # a list goes on under its heading while its items are short lines
    if sentence.text.endswith(":"):
        reader.heading = sentence.text
    elif len(sentence.text.split()) > 12:
        reader.heading = ""
