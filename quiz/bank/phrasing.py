"""Filling a relation's templates: the phrases a prompt needs beside the fact itself.

A template may name {show}, {studio}, {companion}, {song}, {credit}, ...; each is looked up
in the other facts. When a lookup finds nothing the template cannot be used, and `fill`
returns None rather than a prompt with a hole in it.
"""

from __future__ import annotations

import re
import string
from functools import lru_cache

from quiz.bank.facts import FactBase
from quiz.bank.model import Fact
from quiz.bank.rules.patterns import is_agent_role, parse_when

# Roles whose natural wording is a verb phrase rather than "is credited with ...".
ROLE_PREDICATES = {
    "music": "composes the music for",
    "screenplay": "wrote the screenplay for",
    "script": "wrote the script for",
    "character design": "designs the characters of",
    # the designs the show's own were adapted from, often by the source's illustrator
    "original character design": "drew the original character designs for",
    "series composition": "handles the series composition of",
    # who first planned an original work ("is credited with the original plan")
    "original plan": "is credited with the original plan of",
}


class Missing(LookupError):
    """A template names a phrase the facts do not give."""


def credit_predicate(role: str) -> str:
    if role in ROLE_PREDICATES:
        return ROLE_PREDICATES[role]
    if is_agent_role(role):
        return f"is the {role} {'on' if ' of ' in role else 'of'}"
    return f"is credited with {role} on"


def role_label(role: str) -> str:
    """A role as a choice: "Art director", "3DCG supervisor"."""
    return role[:1].upper() + role[1:]


def with_article(text: str) -> str:
    if re.match(r"(?:a|an|the) ", text):
        return text
    return ("an " if text[:1].lower() in "aeiou" else "a ") + text


def ordinal(number: str) -> str:
    n = int(number)
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


# Kinds of names whose own spelling a sentence keeps at its start ("ufotable" is no typo).
NAME_KINDS = frozenset({"person", "studio", "company", "artist", "platform", "outlet", "channel"})


def sentence(text: str, keep_case: bool = False) -> str:
    """Capitalised (unless it starts with a name spelled in lower case), "Bones's" written
    "Bones'", and no full stop after a title's own "!" or "?" ("worked on Love Live!")."""
    text = re.sub(r"(?<=\ws)'s\b", "'", text)
    text = re.sub(r"(?<=[!?])\.$", "", text)
    return text if keep_case else text[:1].upper() + text[1:]


def with_the(place: str) -> str:
    """ "the Tōkai region", but "Rosewood Academy": a common noun at the end takes "the"."""
    return f"the {place}" if place.split()[-1].islower() else place


_SEASON = re.compile(r"^(?P<season>\w+ season)\b ?(?P<rest>.*)$")


def split_season(qualifier: str) -> tuple[str, str]:
    """ "second season opening" -> ("second season", "opening"); "opening" -> ("", "opening")."""
    found = _SEASON.match(qualifier)
    return (found["season"], found["rest"]) if found else ("", qualifier)


def season_subject(fact: Fact) -> str:
    """ "the second season of The Promised Neverland", or the show when no season is said."""
    season = split_season(fact.qualifier)[0]
    return f"the {season} of {fact.subject}" if season else fact.subject


def theme_kind(qualifier: str) -> str:
    """ "opening theme", "insert song", or "theme song" when the article does not say which."""
    kind = split_season(qualifier)[1]
    if kind == "insert":
        return "insert song"
    return f"{kind} theme" if kind else "theme song"


def count_words(number: str) -> str:
    """Small numbers in words, as prose writes them: "nine artificial humans"."""
    words = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
             "eleven", "twelve")
    n = int(number)
    return words[n] if 0 <= n < len(words) else number


class Phrases:
    def __init__(self, base: FactBase):
        self.base = base
        self.shows: dict[Fact, str] = {}  # a fact's show, asked for by nearly every template

    def fill(self, template: str, fact: Fact, **given: str) -> str | None:
        """The template with every field filled, or None when a lookup finds nothing."""
        fields = _fields(template)
        try:
            values = {name: given[name] if name in given else self.lookup(name, fact) for name in fields}
        except Missing:
            return None
        if _ARTICLE_FIRST.match(values.get("subject") or ""):  # not "a A Galaxy Next Door trailer"
            template = _A_SUBJECT_NOUN.sub(r"\1 \2 for {subject}", template)
        if (values.get("subject") or "").startswith("The "):
            # nor "the The Blue Orchestra manga": the title's own article stands for the template's
            template = _THE_SUBJECT.sub("{subject}", template)
        first = _LEADING_FIELD.match(template)
        leads = {"value": (fact.kind, fact.value), "subject": (fact.subject_kind, fact.subject)}
        kind, name = leads.get(first["field"], ("", "")) if first else ("", "")
        text = sentence(template.format(**values), kind in NAME_KINDS and values.get(first["field"]) == name)
        return None if self.repeats_show(text, fact) else text

    def show(self, fact: Fact) -> str:
        if fact not in self.shows:
            self.shows[fact] = self.base.show_of(fact)
        return self.shows[fact]

    def repeats_show(self, text: str, fact: Fact) -> bool:
        """Whether a filled template names the show twice ("in the Library War in Library
        War": a title that is also a word of the story): no editor would print it."""
        show = self.show(fact)
        if not show or text.casefold().count(show.casefold()) < 2:
            return False
        return len(re.findall(rf"(?<!\w){re.escape(show.casefold())}(?!\w)", text.casefold())) > 1

    def lookup(self, name: str, fact: Fact) -> str:
        if name in _OWN_FIELDS:
            return _must(getattr(fact, name))
        if name == "show":
            return _must(self.show(fact))
        if name not in _DERIVED:
            raise Missing(name)
        return _must(_DERIVED[name](self, fact))

    def song(self, title: str, fact: Fact | None = None) -> str:
        """'the opening theme "X"', and its show's name when `fact` is given ('... for Y'): a
        song's title alone ("1", "Winner") may be any show's; '"X"' for a song no theme names."""
        # the theme that says most: "for the second season of X", a season's song is not the show's
        themes = sorted((t for t in self.base.of("theme") if t.value == title),
                        key=lambda t: (not split_season(t.qualifier)[0], t.qualifier))
        if not themes:
            return f"\"{title}\""
        owner = f" for {season_subject(themes[0])}" if fact else ""
        return f"the {theme_kind(themes[0].qualifier)} \"{title}\"{owner}"

    def in_show(self, fact: Fact) -> str:
        """ "in the English dub of X" for a dub's voice (its qualifier), "in X" for the show's own."""
        show = _must(self.show(fact))
        return f"in the {fact.qualifier} of {show}" if fact.qualifier else f"in {show}"

    def who(self, fact: Fact) -> str:
        if fact.kind in ("studio", "company"):
            return "Which studio"
        holders = [f for f in self.base.of(fact.relation, fact.subject) if f.qualifier == fact.qualifier]
        return "Which of these people" if len(holders) > 1 else "Who"

    @staticmethod
    def on_date(value: str) -> str:
        when = parse_when(value)
        return f"on {value}" if when and when.precision == "day" else f"in {value}"

    def article(self, source_id: str) -> str:
        return f"the article \"{self.base.sources[source_id].title}\""


_OWN_FIELDS = frozenset({"subject", "value", "qualifier"})
_LEADING_FIELD = re.compile(r"^\{(?P<field>\w+)\}")
# a title opening with an article after "a": "a {subject} trailer" reads "a trailer for {subject}"
_ARTICLE_FIRST = re.compile(r"^(?:A|An|The) ")
_A_SUBJECT_NOUN = re.compile(r"\b([Aa]) \{subject\} (\w+)")
_THE_SUBJECT = re.compile(r"\b[Tt]he \{subject\}")
# Phrases looked up in the other facts, by the name a template gives them.
_DERIVED = {
    "studio": lambda say, fact: say.base.value("studio", say.show(fact)),
    "announcer": lambda say, fact: say.base.value("announced_by", fact.subject),
    "companion": lambda say, fact: say.base.value("companion", fact.subject),
    "target": lambda say, fact: say.base.value("mission_target", fact.subject),
    "broadcaster": lambda say, fact: say.base.value("block_of", fact.value),
    "venue": lambda say, fact: say.base.value("roundtable_at", fact.subject),
    "full": lambda say, fact: say.base.value("full_name", fact.subject) or fact.subject,
    "song": lambda say, fact: say.song(fact.subject),
    "song_for": lambda say, fact: say.song(fact.subject, fact),
    "credit": lambda say, fact: credit_predicate(fact.qualifier),
    "who": lambda say, fact: say.who(fact),
    "a_value": lambda say, fact: with_article(fact.value),
    "ordinal": lambda say, fact: ordinal(fact.value),
    "count": lambda say, fact: count_words(fact.value),
    "on_value": lambda say, fact: Phrases.on_date(fact.value),
    "theme_kind": lambda say, fact: theme_kind(fact.qualifier),
    "the_value": lambda say, fact: with_the(fact.value),
    "season_subject": lambda say, fact: season_subject(fact),
    "in_show": lambda say, fact: say.in_show(fact),
}


@lru_cache(maxsize=1024)
def _fields(template: str) -> frozenset[str]:
    return frozenset(name for _, name, _, _ in string.Formatter().parse(template) if name)


def _must(value: str | None) -> str:
    if not value:
        raise Missing("value")
    return value


def one_mark(prompt: str) -> str:
    """A question ending in a title that ends in "?" takes no second one ("Who directs Are You
    Kidding Me?", not "...Me??"), as English style writes it."""
    return prompt[:-1] if prompt.endswith("??") else prompt
