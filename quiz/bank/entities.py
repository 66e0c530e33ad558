"""Entities: the spellings of one thing grouped under one canonical name.

Two sources of knowledge: `questions/aliases.yaml`, where authors write a canonical name and
its other spellings per kind of thing, and matching that needs no author:

* the same words once case, punctuation and generic words ("Studio", "Project") are dropped
  ("Studio Bones", "BONES", "Bones Studio");
* near spellings (rapidfuzz ratio >= 82: "RahXephone", "Monotobu Hori");
* a lone given name or surname standing for the one full name that has it ("Izubuchi",
  "Naomi" for "Naomi Orthmann").

Dates and numbers group by meaning: "the 22nd of March, 2023" is "March 22, 2023", "nine" is 9.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml
from rapidfuzz import fuzz

from quiz.bank.answers import normalize
from quiz.bank.model import Citation, Problem
from quiz.bank.rules.patterns import parse_when, to_number
from quiz.bank.text import fold, has_whole, plain

FUZZY_MIN = 82
# Words that do not tell two names of a kind apart.
GENERIC = {
    "studio": frozenset({"studio", "studios", "animation", "production", "company", "inc"}),
    "work": frozenset({"project"}),
}
# Kinds whose names are matched by spelling; the rest (phrases, flags) only by their words.
FUZZY_KINDS = frozenset(
    {"person", "studio", "work", "character", "show", "platform", "event", "company", "artist",
     "song", "place", "outlet", "block", "channel"}
)
NAME_KINDS = frozenset({"person", "character"})


@lru_cache(maxsize=8192)  # pure; each name's key is asked again by every pass over a show's names
def key(kind: str, name: str) -> str:
    """What two spellings of one thing share."""
    if kind == "date":
        when = parse_when(name)
        return when.display if when else normalize(name)
    if kind == "number":
        number = to_number(name)
        return str(number) if number is not None else normalize(name)
    if kind in NAME_KINDS:
        return person_key(name)
    words = normalize(name).split()
    generic = GENERIC.get(kind, frozenset())
    kept = [w for w in words if w not in generic]
    return " ".join(kept or words)


def person_key(name: str) -> str:
    """What every spelling of one person's name shares: no accents, macrons or apostrophes,
    long vowels written once, the words in any order ("Umehara Yuuichiro" is "Yūichirō
    Umehara", "Shin'ichirō" is "Shinichiro")."""
    text = re.sub(r"['\u2019-]", "", fold(name))
    text = re.sub(r"(?<=[ou])u|(?<=o)o", "", re.sub(r"[^\w\s]", " ", text))
    return " ".join(sorted(text.split()))


def load_aliases(path: Path) -> tuple[dict[str, dict[str, list[str]]], list[Problem]]:
    """Read aliases.yaml: `kind: {Canonical name: [other spelling, ...]}`; a missing file is empty."""
    if not path.exists():
        return {}, []
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        mark = getattr(exc, "problem_mark", None)
        return {}, [Problem(str(path), mark.line + 1 if mark else 1, 1, f"bad YAML: {exc}")]
    problems, out = [], {}
    if not isinstance(data, dict):
        return {}, [Problem(str(path), 1, 1, "aliases.yaml maps kinds to {canonical: [aliases]}")]
    for kind, names in sorted(data.items(), key=lambda item: str(item[0])):
        if not isinstance(names, dict):
            problems.append(Problem(str(path), 1, 1, f"kind {kind!r} must map names to alias lists"))
            continue
        out[str(kind)] = {}
        for canonical, aliases in names.items():
            if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
                message = f"aliases of {canonical!r} must be a list of names"
                problems.append(Problem(str(path), 1, 1, message))
                continue
            out[str(kind)][str(canonical)] = list(aliases)
    return out, problems


@dataclass(frozen=True)
class Entity:
    kind: str
    name: str  # canonical
    spellings: tuple[str, ...]  # the canonical name first, then every other form seen
    declared: bool = False  # named in aliases.yaml


@dataclass
class Entities:
    """Collects the names the rules found, then groups them (call `build` once all are in)."""

    aliases: dict[str, dict[str, list[str]]] = field(default_factory=dict)
    mentions: dict[tuple[str, str], list[Citation]] = field(default_factory=lambda: defaultdict(list))
    _of: dict[tuple[str, str], Entity] = field(default_factory=dict)

    def add(self, kind: str, surface: str, citation: Citation | None = None) -> None:
        cites = self.mentions[(kind, surface)]
        if citation is not None and citation not in cites:
            cites.append(citation)

    def build(self) -> Entities:
        by_kind: dict[str, set[str]] = defaultdict(set)
        for kind, surface in self.mentions:
            by_kind[kind].add(surface)
        for kind, names in self.aliases.items():
            for canonical, others in names.items():
                by_kind[kind].update([canonical, *others])
        self._of = {}
        for kind in sorted(by_kind):
            for entity in self._cluster(kind, sorted(by_kind[kind])):
                for spelling in entity.spellings:
                    self._of[(kind, spelling)] = entity
        return self

    def entity(self, kind: str, surface: str) -> Entity:
        found = self._of.get((kind, surface))
        return found or Entity(kind, surface, (surface,))

    def canonical(self, kind: str, surface: str) -> str:
        return self.entity(kind, surface).name

    def spellings(self, kind: str, name: str) -> tuple[str, ...]:
        return self.entity(kind, name).spellings

    def all(self, kind: str | None = None) -> list[Entity]:
        seen = {id(e): e for (k, _), e in self._of.items() if kind is None or k == kind}
        return sorted(seen.values(), key=lambda e: (e.kind, e.name))

    def citations(self, kind: str, spelling: str) -> list[Citation]:
        return list(self.mentions.get((kind, spelling), ()))

    # -- grouping ---------------------------------------------------------------------------

    def _cluster(self, kind: str, names: list[str]) -> list[Entity]:
        parent = {name: name for name in names}

        def root(name: str) -> str:
            while parent[name] != name:
                parent[name] = parent[parent[name]]
                name = parent[name]
            return name

        def join(a: str, b: str) -> None:
            ra, rb = root(a), root(b)
            if ra != rb:
                parent[max(ra, rb)] = min(ra, rb)

        declared = self.aliases.get(kind, {})
        by_key: dict[str, str] = {}
        for name in names:
            k = key(kind, name)
            if k in by_key:
                join(by_key[k], name)
            by_key.setdefault(k, name)
        for canonical, others in declared.items():
            for other in others:
                join(canonical, other)
        if kind in FUZZY_KINDS:
            self._join_near(kind, names, declared, root, join)
        if kind in NAME_KINDS:
            self._join_short_names(kind, names, root, join)
        groups: dict[str, list[str]] = defaultdict(list)
        for name in names:
            groups[root(name)].append(name)
        return [self._entity(kind, group, declared) for group in groups.values()]

    def _join_near(self, kind, names, declared, root, join) -> None:
        keys = {name: key(kind, name) for name in names}
        digits = {name: _digits(k) for name, k in keys.items()}  # once per name, not per pair
        for i, a in enumerate(names):
            for b in names[i + 1 :]:
                if root(a) == root(b) or (a in declared and b in declared):
                    continue
                ka, kb = keys[a], keys[b]
                if min(len(ka), len(kb)) < 5 or digits[a] != digits[b]:
                    continue
                if fuzz.ratio(ka, kb) >= FUZZY_MIN and not self._kin(kind, a, b):
                    join(a, b)

    def _kin(self, kind: str, a: str, b: str) -> bool:
        """Two characters of one family ("Ryōma Echizen", "Ryōga Echizen"): one family name, the
        given names apart, and one article naming both (an article spells its own cast one way)."""
        wa, wb = a.split(), b.split()
        if kind != "character" or len(wa) != 2 or len(wb) != 2:
            return False
        if not (wa[0] == wb[0]) ^ (wa[1] == wb[1]):
            return False
        cited = [{c.source for c in self.mentions.get((kind, name), ())} for name in (a, b)]
        return bool(cited[0] & cited[1])

    def _join_short_names(self, kind, names, root, join) -> None:
        for short in names:
            if len(short.split()) != 1:
                continue
            word = normalize(short)
            owners = {
                root(full) for full in names
                if len(full.split()) > 1 and word in (normalize(full).split()[0], normalize(full).split()[-1])
            }
            if len(owners) == 1:
                join(short, owners.pop())

    def _entity(self, kind: str, group: list[str], declared: dict[str, list[str]]) -> Entity:
        named = [name for name in group if name in declared]
        if named:
            return Entity(kind, named[0], _ordered(named[0], group), True)
        if kind in ("date", "number"):
            canonical = key(kind, group[0])
            return Entity(kind, canonical, _ordered(canonical, [*group, canonical]))

        def weight(name: str):
            cites = [c for c in self.mentions.get((kind, name), []) if _names(c.quote, name)]
            sources = {c.source for c in cites}
            # most articles, then most sentences; then people by full name, characters by the
            # short name stories call them by ("Naomi", not "Naomi Orthmann")
            words = len(name.split()) if kind == "character" else -len(name.split())
            return (-len(sources), -len(cites), words, name)

        canonical = min(group, key=weight)
        return Entity(kind, canonical, _ordered(canonical, group))


def _ordered(first: str, names: list[str]) -> tuple[str, ...]:
    return (first, *sorted(set(names) - {first}))


def _digits(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())


def spelling_differences(entities: Entities) -> list[tuple[Entity, dict[str, list[Citation]]]]:
    """Things the articles spell differently: spelling -> the quotes that use it.

    Case, punctuation and generic words are no difference, nor is a short form of a name
    ("Izubuchi" for "Yutaka Izubuchi", "Naomi" for "Naomi Orthmann").
    """
    out = []
    for entity in entities.all():
        if entity.kind not in FUZZY_KINDS:
            continue
        forms: dict[str, list[Citation]] = {}
        for spelling in entity.spellings:
            cites = [c for c in entities.citations(entity.kind, spelling) if _names(c.quote, spelling)]
            if cites and not _short_form(spelling, entity.spellings):
                forms.setdefault(key(entity.kind, spelling), []).extend(cites)
        if len(forms) > 1:
            named = {_display(entity, k): sorted(set(c), key=_cite_order) for k, c in forms.items()}
            out.append((entity, dict(sorted(named.items()))))
    return out


def _short_form(name: str, spellings: tuple[str, ...]) -> bool:
    """A one-word surname of a longer spelling, or a longer spelling of a one-word given name."""
    words = normalize(name).split()
    for other in spellings:
        others = normalize(other).split()
        if len(words) == 1 and len(others) > 1 and words[0] == others[-1]:
            return True
        if len(others) == 1 and len(words) > 1 and words[0] == others[0]:
            return True
    return False


def _display(entity: Entity, spelling_key: str) -> str:
    return next(s for s in entity.spellings if key(entity.kind, s) == spelling_key)


def _cite_order(citation: Citation) -> tuple[str, str]:
    return citation.source, citation.quote


def _names(quote: str, spelling: str) -> bool:
    """Whether a quote spells the name so (a quote may name someone only as "she")."""
    # has_whole finds what `(?<!\w)spelling(?!\w)` would, without compiling a pattern per name
    if not spelling:
        return re.search(r"(?<!\w)(?!\w)", plain(quote)) is not None
    return has_whole(plain(quote), spelling)
