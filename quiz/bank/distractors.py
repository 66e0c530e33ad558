"""Wrong choices: from the answer's own class, never another true answer, never a near spelling.

Generation hands this a single show's facts (quiz.bank.per_show), so wrong choices come from
the show's own articles; where those name too few of a kind (one studio, two platforms),
a fixed list of well-known names of that kind lends the rest, the same for every show, so
that no show's choices depend on which other articles the bank holds.

The order is fixed by a hash of the question and the candidate, so a question keeps its
choices from one run to the next while different questions draw different ones.
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from functools import lru_cache

from rapidfuzz import fuzz

from quiz.bank.answers import normalize
from quiz.bank.facts import FactBase
from quiz.bank.industry import is_company
from quiz.bank.model import Fact
from quiz.bank.relations import RELATIONS, VOCABULARY
from quiz.bank.rules.patterns import When, find_dates, parse_when, role_family
from quiz.bank.text import has_whole

NEAR = 75
CAST_TOPIC = "characters-cast"
# Where a class has few names, a neighbouring class lends some (a singer may be any person).
NEIGHBOURS = {"artist": ("person",), "company": ("studio",), "outlet": ("platform",)}
# Well-known names for the relations that ask them, by relation (a studio for the studio
# behind a show, a platform for where it is shown, not for who announced it). Drawn only
# after the show's own names, and never a name its articles mention anywhere (an unread
# "also streams on Hulu" must not make Hulu a wrong choice).
COMMON = {
    "studio": ("Madhouse", "MAPPA", "Production I.G", "Sunrise", "Kyoto Animation", "Toei Animation",
               "A-1 Pictures", "Wit Studio", "J.C.Staff", "Shaft", "Trigger", "ufotable"),
    # streaming services and channels: a question offers those of its answer's kind (on_tv)
    "platform": ("Crunchyroll", "Netflix", "HIDIVE", "Hulu", "Amazon Prime Video", "Disney+",
                 "Tokyo MX", "TV Tokyo", "Fuji TV", "NHK", "TBS", "BS11"),
    "first_channel": ("Tokyo MX", "TV Tokyo", "Fuji TV", "NHK", "TBS", "BS11", "AT-X", "MBS", "Nippon TV",
                      "TV Asahi"),
}
# Programming blocks, which channels air anime in: neither a channel nor a streaming service,
# so a block offered beside lent services is a wrong option of another kind ("Toonami" beside
# Disney+ and HIDIVE, "Noitamina" beside Netflix and Hulu). A name the show's articles call a
# block ("the X programming block") is one too.
BLOCKS = ("Toonami", "Noitamina", "Animeism", "Super Animeism", "+Ultra", "NUMAnimation", "AnichU",
          "IMAnimation")
_BLOCK_AFTER = r"(?:'s)? (?:anime |programming |late-night )?block\b"


_EMPLOYER = re.compile(r"((?:[^\s']+ ){0,3}[^\s']+?) ?(?:'s|’s) [^\W\d_]+ [^\W\d_]+ (?:is|was|will)\b")
# Its end alone, which every match holds: a text without it is not searched from every place.
_EMPLOYS = re.compile(r"(?:'s|’s) [^\W\d_]+ [^\W\d_]+ (?:is|was|will)\b")
# A television channel, not a streaming service: "Fuji TV", "NHK", "BS11", "AT-X".
_TV = re.compile(r"\bTV\b|Television|Broadcasting|^(?:NHK|TBS|MBS|BS\d*|AT-X|Tokyo MX|ABC|CBC)\b")


def on_tv(name: str) -> bool:
    return _TV.search(name) is not None or name in COMMON["first_channel"]


@lru_cache(maxsize=8192)
def _normal(text: str) -> str:
    return normalize(text)


@lru_cache(maxsize=65536)
def near(a: str, b: str) -> bool:
    """Same or nearly the same spelling, or one name inside the other ("Rouge", "Rouge Redmaster")."""
    na, nb = _normal(a), _normal(b)
    if na == nb:
        return True
    if not na or not nb:
        return False
    # normalized names are words between single spaces: whole words are found with the spaces
    if f" {na} " in f" {nb} " or f" {nb} " in f" {na} ":
        return True
    return fuzz.ratio(na, nb) >= NEAR


def stable_key(seed: str, item: object) -> str:
    return hashlib.sha256(f"{seed}|{item}".encode()).hexdigest()


def shuffled(seed: str, items) -> list[str]:
    """A stable order that differs from question to question."""
    return sorted(set(items), key=lambda item: stable_key(seed, item))


class Distractors:
    def __init__(self, base: FactBase):
        self.base = base
        pools: dict[str, set[str]] = defaultdict(set)
        # the topics a name is named in: a wrong choice comes from the question's own topic,
        # so that a broadcaster is not offered among social networks
        self.topics: dict[str, set[str]] = defaultdict(set)
        for fact in base.facts:
            pools[fact.kind].add(fact.value)
            pools[fact.subject_kind].add(fact.subject)
            if fact.relation in RELATIONS:
                self.topics[fact.value].add(RELATIONS[fact.relation].topic)
        for kind, words in VOCABULARY.items():
            pools[kind].update(words)
        self.pools = {kind: sorted(names) for kind, names in pools.items()}
        self.said = "\n".join(source.body for source in base.sources.values()).casefold()
        self.unsaid: dict[str, list[str]] = {}
        self.employers: set[str] | None = None

    def common(self, relation: str) -> list[str]:
        """The fixed names for a relation that the articles at hand never mention."""
        if relation not in self.unsaid:
            # a whole-word test without a pattern compiled per name: the corpus is long and
            # the names many, and compiling cost more than searching
            self.unsaid[relation] = [
                name for name in COMMON.get(relation, ()) if not has_whole(self.said, name.casefold())]
        return self.unsaid[relation]

    def true_values(self, fact: Fact) -> set[str]:
        """Every value that also answers a question about this fact's subject."""
        relation = RELATIONS.get(fact.relation)
        group = relation.group if relation else ""
        out = set()
        for other in self.base.facts:
            if other.subject != fact.subject:
                continue
            same = other.relation == fact.relation and _same_slot(fact, other)
            if same or (group and other.relation in RELATIONS and RELATIONS[other.relation].group == group):
                out.add(other.value)
        if relation:
            out.update(f.value for f in self.base.facts if f.relation in relation.avoid)
        if fact.relation == "cast_member":  # whoever voices one of the show's characters is in its cast
            out.update(f.value for f in self.base.of("cast") if self.base.show_of(f) == fact.subject)
        if group == "career":
            out.update(self._in_quotes(fact, group))
        if fact.kind == "source_kind":  # "started off as a web novel": also true, maybe
            out.update(self._written(fact, VOCABULARY["source_kind"]))
        return out | {fact.subject}

    def _written(self, fact: Fact, words: tuple[str, ...]) -> set[str]:
        """The words the fact's own articles write: a kind of work the article names beside the
        one it adapts may be the same work's other form, so never a sure wrong choice."""
        bodies = [self.base.sources[c.source].body.casefold() for c in fact.citations
                  if c.source in self.base.sources]
        return {word for word in words if any(has_whole(body, word) for body in bodies)}

    def _in_quotes(self, fact: Fact, group: str) -> set[str]:
        """Works the fact's own sentences name in the same breath: a list of someone's
        earlier works may credit a role the rules did not read ("episode animation director
        on X"), and X would otherwise be offered as a work they never did."""
        quotes = [_normal(c.quote) for c in fact.citations]
        return {other.value for other in self.base.facts
                if other.relation in RELATIONS and RELATIONS[other.relation].group == group
                and any(_normal(other.value) in quote for quote in quotes)}

    def rivals(self, fact: Fact) -> tuple[str, ...]:
        """Values the same relation has for other subjects: the likeliest wrong choices."""
        return tuple(f.value for f in self.base.of(fact.relation) if f.kind == fact.kind)

    def pick(self, kind: str, answers: list[str], exclude: set[str], seed: str, n: int = 3,
             prefer: tuple[str, ...] = (), topic: str = "", relation: str = "",
             subject: str = "") -> list[str]:
        """Up to n wrong choices; names that answer the same relation elsewhere come first
        (another voice actor for a voice actor), then the rest of the class, then the
        well-known names the relation has in COMMON, where it lends them for this subject."""
        spellings = [s for a in answers for s in self.base.entities.spellings(kind, a)] + answers
        blocked = exclude | set(answers)
        found: list[str] = []
        actors = any(self.acts(a) for a in answers)
        company = kind == "person" and any(self.employs(a) for a in answers)
        ranked = [*shuffled(seed, prefer)]
        for pool_kind in (kind, *NEIGHBOURS.get(kind, ())):
            ranked += shuffled(seed, self.pools.get(pool_kind, ()))
        if self.lends(relation, subject):
            ranked += shuffled(seed, self.common(relation))
        for name in ranked:
            if len(found) == n:
                break
            if name in blocked or any(near(name, s) for s in [*spellings, *found, *blocked]):
                continue
            if topic and kind != "person" and self.topics.get(name) and topic not in self.topics[name]:
                continue
            if relation == "platform" and self.medium(name) != self.medium(answers[0]):
                continue  # a channel or a block among streaming services, or a service among channels
            if kind == "person" and self.employs(name) != company:
                continue  # a company among people ("Elements Garden's Noriyasu Agematsu"), or the reverse
            if kind == "person" and topic == CAST_TOPIC and name not in prefer and not self.acts(name):
                continue  # a voice actor for a voice actor: a director among them gives it away
            if kind == "person" and topic != CAST_TOPIC and self.acts(name) and not actors:
                continue  # and staff for staff: a voice actor among directors is not one
            found.append(name)
        return found

    def lends(self, relation: str, subject: str) -> bool:
        """Whether the well-known names may stand as wrong choices for this subject. Not where a
        show is shown once its articles tell it has premiered: they name where one release
        runs (a dub starting on Crunchyroll, a rerun on Toonami), and a show already out may
        well be on the lent services too, which nothing then vouches are wrong; unless an
        article says it streams there alone ("streaming in Japan exclusively on Amazon Prime Video")."""
        if relation != "platform" or not subject or not self.base.of("premiered", subject):
            return True
        return any("exclusive" in quote.casefold() or "exclusively" in quote.casefold()
                   for fact in self.base.of("platform", subject) for quote in _quotes(fact))

    def medium(self, name: str) -> str:
        """A platform's kind: a programming block, a channel or a streaming service."""
        if name in BLOCKS or re.search(re.escape(name.casefold()) + _BLOCK_AFTER, self.said):
            return "block"
        return "channel" if on_tv(name) else "service"

    def employs(self, name: str) -> bool:
        """Whether the articles write the name as a person's employer ("Elements Garden's
        Noriyasu Agematsu is ..."), or it is a well-known company of the industry (a label
        credited for the music, "Music: Flying Dog"): a company, though credited as people are."""
        if is_company(name):
            return True
        if self.employers is None:  # every owner of such a person, its last one to four words
            found = _EMPLOYER.finditer(self.said) if _EMPLOYS.search(self.said) else ()
            self.employers = {" ".join(words[i:]) for match in found
                              for words in [match[1].split()] for i in range(len(words))}
        return name.casefold() in self.employers

    def acts(self, name: str) -> bool:
        """Whether the articles name this person in the cast (the characters-cast topic)."""
        return CAST_TOPIC in self.topics.get(name, ())

    def dates(self, answer: str, truths: list[str], seed: str, n: int = 3,
              written: tuple[When, ...] = ()) -> list[str]:
        """Dates near the answer, at its precision, none agreeing with a date of the corpus nor
        with one the fact's articles write (`written`: "its world premiere screening on November
        17" makes "November 2023" a fair answer to "when does it premiere").

        Made rather than borrowed: another event's date (the announcement offered as the
        premiere) would be a right answer to a different question, not a plausible wrong one.
        """
        wanted = parse_when(answer)
        if wanted is None or wanted.precision not in ("day", "month") or wanted.year is None:
            return []
        said = [w for w in map(parse_when, [*truths, *self.corpus_dates()]) if w is not None] + list(written)
        shown = []
        for months in (-3, -2, -1, 1, 2, 3, 12, -12):
            index = wanted.year * 12 + wanted.month - 1 + months
            when = type(wanted)(index // 12, index % 12 + 1, min(wanted.day, 28) if wanted.day else None)
            if not any(when.agrees(t) for t in said):
                shown.append(when.display)
        return shuffled(seed, shown)[:n]

    def seasons(self, answer: str, truths: list[str], seed: str, n: int = 3) -> list[str]:
        """The other seasons of the answer's year (or, for a season alone, the other seasons),
        none agreeing with a date of the corpus; never "Autumn" beside "Fall"."""
        wanted = parse_when(answer)
        if wanted is None or not wanted.season:
            return []
        said = [w for w in map(parse_when, [*truths, *self.corpus_dates()]) if w is not None and w.year]
        same = {wanted.season} | ({"fall", "autumn"} if wanted.season in ("fall", "autumn") else set())
        shown = []
        for season in ("winter", "spring", "summer", "fall"):
            when = type(wanted)(wanted.year, season=season)
            if season not in same and not (wanted.year and any(when.agrees(t) for t in said)):
                shown.append(when.display)
        return shuffled(seed, shown)[:n]

    def written_dates(self, fact: Fact) -> tuple[When, ...]:
        """Every date the articles citing a fact write, whatever event each dates."""
        bodies = [self.base.sources[s].body for s in sorted({c.source for c in fact.citations})
                  if s in self.base.sources]
        return tuple(when for body in bodies for when, _ in find_dates(body))

    def corpus_dates(self) -> list[str]:
        return [f.value for f in self.base.facts if f.kind == "date"]

    def roles(self, held: set[str], seed: str, n: int = 3) -> list[str]:
        """Other roles of the same show, none in a family of a role the person holds."""
        family = set().union(*(role_family(r) for r in held)) if held else set()
        roles = {f.qualifier for f in self.base.of("credit") if f.kind == "person"}
        found: list[str] = []
        for role in shuffled(seed, roles - family):
            if len(found) < n and not any(near(role, other) for other in [*held, *found]):
                found.append(role)
        return found


def _quotes(fact: Fact) -> list[str]:
    return [citation.quote for citation in fact.citations]


def _same_slot(fact: Fact, other: Fact) -> bool:
    if fact.relation == "credit":
        return other.qualifier in role_family(fact.qualifier)
    if fact.relation == "cast":  # who voices the character in any dub is never a wrong answer
        return True
    return other.qualifier == fact.qualifier
