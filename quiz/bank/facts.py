"""Facts: what the corpus states, typed, canonical, with every quote that states it.

The rules read each article twice: the first pass finds names (people, characters,
studios); the second knows them, so it can tell who "He" or "they" is and which studio a
sentence speaks of. Names then go through the entities stage, so that a fact stated by
several articles, in several spellings, is one fact citing all of them.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from quiz.bank.corpus import load_sources
from quiz.bank.entities import Entities, load_aliases
from quiz.bank.model import Citation, Fact, Problem, Source
from quiz.bank.rules import read_article, sentences_of
from quiz.bank.show import find_show


@dataclass
class FactBase:
    """The canonical facts of a corpus, and what generation and `quiz stats` need beside them."""

    sources: dict[str, Source]
    facts: list[Fact]
    entities: Entities
    shows: dict[str, str]  # source id -> the show it is about
    raw: list[Fact] = field(default_factory=list)  # one per sentence, canonical names
    problems: list[Problem] = field(default_factory=list)

    def of(self, relation: str, subject: str | None = None) -> list[Fact]:
        return [f for f in self.facts if f.relation == relation and subject in (None, f.subject)]

    def value(self, relation: str, subject: str) -> str | None:
        """The best-attested value of a relation for a subject."""
        found = sorted(self.of(relation, subject), key=lambda f: (-f.corroboration, f.value))
        return found[0].value if found else None

    def show_of(self, fact: Fact) -> str:
        counts = Counter(self.shows[s] for s in fact.sources if s in self.shows)
        return min(counts, key=lambda show: (-counts[show], show)) if counts else ""


def build(questions_dir: Path | str) -> FactBase:
    """Read the corpus and aliases.yaml of a questions folder into canonical facts."""
    folder = Path(questions_dir)
    sources, problems = load_sources(folder / "sources")
    aliases, alias_problems = load_aliases(folder / "aliases.yaml")
    return build_from(sources, aliases, problems + alias_problems)


def build_from(sources: dict[str, Source], aliases: dict, problems: list[Problem] | None = None,
               found: dict[str, tuple[str, list[str]]] | None = None) -> FactBase:
    """`found`: each article's show (find_show), when the caller has found them already."""
    shows = {sid: found[sid] if found else find_show(source) for sid, source in sorted(sources.items())}
    names = {n for show, others in shows.values() for n in (show, *others) if n}
    known: dict[str, set[str]] = {"show": names}
    first = _read_all(sources, shows, known)
    entities = _entities(first, shows, aliases, sources)
    known = _known(first, entities, known)
    raw = _read_all(sources, shows, known)
    entities = _entities(raw, shows, aliases, sources)
    canonical = [_canonical(f, entities) for f in raw]
    show_names = {sid: entities.canonical("show", show) for sid, (show, _) in shows.items()}
    return FactBase(sources, merge(canonical), entities, show_names, canonical, problems or [])


def _read_all(sources, shows, known) -> list[Fact]:
    facts = []
    for sid in sorted(sources):
        show, others = shows[sid]
        facts.extend(read_article(sources[sid], show, known, tuple(others)))
    return facts


def _entities(facts: list[Fact], shows, aliases, sources: dict[str, Source]) -> Entities:
    entities = Entities(aliases)
    for sid, (show, others) in shows.items():
        sentences = sentences_of(sources[sid])  # once per article, not once per name
        for name in filter(None, (show, *others)):
            entities.add("show", name)
            for sentence in sentences:
                if name in sentence.text:
                    entities.add("show", name, Citation(sid, sentence.quote))
    for fact in facts:
        cite = fact.citations[0]
        entities.add(fact.subject_kind, fact.subject, cite)
        entities.add(fact.kind, fact.value, cite)
    return entities.build()


def _known(facts: list[Fact], entities: Entities, known: dict[str, set[str]]) -> dict[str, set[str]]:
    """Every spelling of every name the first pass found, by kind, for the second pass."""
    out: dict[str, set[str]] = defaultdict(set, {k: set(v) for k, v in known.items()})
    for fact in facts:
        for kind, name in ((fact.subject_kind, fact.subject), (fact.kind, fact.value)):
            out[kind].update(entities.spellings(kind, name))
        if fact.relation == "protagonist":
            out["lead"].update(entities.spellings("character", fact.value))
    return dict(out)


def _canonical(fact: Fact, entities: Entities) -> Fact:
    return Fact(
        fact.relation, entities.canonical(fact.subject_kind, fact.subject),
        entities.canonical(fact.kind, fact.value), fact.citations, fact.kind, fact.subject_kind,
        fact.qualifier,
    )


def merge(facts: list[Fact]) -> list[Fact]:
    """One fact per (relation, subject, qualifier, value), citing every sentence that states it."""
    cites: dict[tuple, list[Citation]] = defaultdict(list)
    first: dict[tuple, Fact] = {}
    for fact in facts:
        k = (fact.relation, fact.subject, fact.qualifier, fact.value)
        first.setdefault(k, fact)
        for citation in fact.citations:
            if citation not in cites[k]:
                cites[k].append(citation)
    out = []
    for k in sorted(first):
        fact = first[k]
        ordered = tuple(sorted(cites[k], key=lambda c: (c.source, c.quote)))
        out.append(Fact(fact.relation, fact.subject, fact.value, ordered, fact.kind,
                        fact.subject_kind, fact.qualifier))
    return out


def fact_table(base: FactBase) -> list[str]:
    """The lines `quiz facts` prints: each fact, then every article and quote stating it."""
    from quiz.bank.relations import RELATIONS

    lines = []
    order = {name: i for i, name in enumerate(RELATIONS)}
    def place(fact: Fact) -> tuple:
        return order.get(fact.relation, 99), fact.subject, fact.qualifier, fact.value

    for fact in sorted(base.facts, key=place):
        relation = RELATIONS[fact.relation].label if fact.relation in RELATIONS else fact.relation
        role = f" [{fact.qualifier}]" if fact.qualifier else ""
        lines.append(f"{relation}{role}: {fact.subject} -> {fact.value}  "
                     f"({fact.corroboration} article{'s' * (fact.corroboration != 1)})")
        for citation in fact.citations:
            lines.append(f"    {citation.source}: {citation.quote}")
    return lines
