"""Questions from one fact, or from the facts of one subject: every type a fact allows.

Each builder returns Drafts; generate.py gives them ids and difficulty and writes them.
A question cites the quotes of the facts it is built from, the first of which holds the
answer (or one of its spellings); true/false and order questions cite their statements.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from quiz.bank.answers import normalize
from quiz.bank.distractors import Distractors, near, shuffled, stable_key
from quiz.bank.entities import key
from quiz.bank.facts import FactBase
from quiz.bank.model import Citation, Fact
from quiz.bank.phrasing import Phrases
from quiz.bank.relations import RELATIONS, Relation
from quiz.bank.rules.patterns import parse_when
from quiz.bank.text import has_whole, plain

MAX_CITATIONS = 3
# Kinds whose other spellings an explanation mentions.
SPELLED_KINDS = frozenset({"person", "character", "work", "song", "artist"})


@dataclass
class Draft:
    key: tuple[str, ...]  # parts of the id, most general first
    type: str
    topic: str
    prompt: str
    answer: object
    explanation: str
    citations: tuple[Citation, ...]
    choices: tuple[str, ...] = ()
    accept: tuple[str, ...] = ()
    facts: tuple[Fact, ...] = ()
    harder: int = 0  # added to the difficulty score (disputed facts)
    fact: str = ""  # the fact unit it asks, set when drafts are chosen

    @property
    def corroboration(self) -> int:
        return len({c.source for f in self.facts for c in f.citations})


@lru_cache(maxsize=8192)
def folded(text: str) -> str:
    return plain(text).casefold()


def mentions(quote: str, names) -> bool:
    """Whether a quote holds one of the names as whole words (case and quotes ignored)."""
    text = folded(quote)
    for name in names:
        wanted = folded(str(name))
        if wanted and has_whole(text, wanted):
            return True
    return False




def cite(facts, names=None, turn: int = 0, limit: int = MAX_CITATIONS) -> tuple[Citation, ...]:
    """Up to `limit` quotes, one per article first; with names, the first one must hold a name.

    `turn` rotates which quotes come first, so that the questions about one fact between
    them cite every sentence that states it.
    """
    # sets beside the lists: a fact stated often has dozens of quotes, compared field by field
    cites: list[Citation] = []
    seen: set[Citation] = set()
    for fact in facts:
        for citation in fact.citations:
            if citation not in seen:
                seen.add(citation)
                cites.append(citation)
    hits = [c for c in cites if names is None or mentions(c.quote, names)]
    if not hits:
        return ()
    hits = hits[turn % len(hits):] + hits[: turn % len(hits)]
    first = set(hits)
    cites = hits + [c for c in cites if c not in first]
    out: list[Citation] = []
    sources: set[str] = set()
    for citation in cites:
        if citation.source not in sources:
            sources.add(citation.source)
            out.append(citation)
    chosen = set(out)
    out += [c for c in cites if c not in chosen]
    return tuple(out[:limit])


class Asker:
    def __init__(self, base: FactBase):
        self.base = base
        self.say = Phrases(base)
        self.pick = Distractors(base)
        self.seeds: dict[Fact, str] = {}

    def seed(self, fact: Fact) -> str:
        """A fact as the seed of a stable order: written out once, not once per comparison."""
        if fact not in self.seeds:
            self.seeds[fact] = repr(fact)
        return self.seeds[fact]

    def spellings(self, kind: str, name: str) -> tuple[str, ...]:
        return self.base.entities.spellings(kind, name)

    def accept(self, kind: str, name: str) -> tuple[str, ...]:
        """Typed answers that count: other spellings, and the answer without "a"/"the"."""
        out = [s for s in self.spellings(kind, name) if normalize(s) != normalize(name)]
        bare = re.sub(r"^(?:an?|the) ", "", name)
        if normalize(bare) != normalize(name):
            out.append(bare)
        return tuple(dict.fromkeys(out))

    def draft(self, fact: Fact, kind: str, **fields) -> Draft:
        relation = RELATIONS[fact.relation]
        key = (fact.relation, fact.qualifier, fact.subject, fact.value, kind)
        return Draft(key=key, type=fields.pop("type", kind), topic=relation.topic, facts=(fact,), **fields)

    # -- about the value ------------------------------------------------------------------

    def value_questions(self, fact: Fact) -> list[Draft]:
        relation = RELATIONS[fact.relation]
        if not relation.ask:
            return []
        if fact.kind == "number":
            return self.number(fact, relation.ask, fact.value)
        if fact.kind == "date":
            return self.date(fact, relation)
        out = []
        names = self.spellings(fact.kind, fact.value)
        if fact.kind == "source_kind":  # "based on the novels of X" proves "a novel"
            names = (*names, *(f"{name}s" for name in names))
        prompt = self.say.fill(relation.ask, fact)
        citations = cite([fact], names)
        if not prompt or not citations:
            return []
        explanation = self.explain(fact)
        truths = self.pick.true_values(fact)
        alone = len(self.values(fact)) <= 1
        if not alone and prompt.startswith("Who "):
            # several people share it (two lyricists): "who" would ask for all of them; among
            # the choices, where the others never stand, one person is the answer
            prompt = "Which of these people " + prompt[len("Who "):]
        if relation.choice:
            wrong = self.pick.pick(fact.kind, [fact.value], truths, repr(fact), 3, self.pick.rivals(fact),
                                   relation.topic, fact.relation, fact.subject)
            if len(wrong) >= 2:
                choices = tuple(shuffled(repr(fact), [fact.value, *wrong]))
                out.append(self.draft(fact, "choice", prompt=prompt, answer=fact.value, choices=choices,
                                      explanation=explanation, citations=citations))
        if relation.text and alone and "Which of these" not in prompt:
            out.append(self.draft(fact, "text", prompt=prompt, answer=fact.value, explanation=explanation,
                                  citations=cite([fact], names, turn=1),
                                  accept=self.accept(fact.kind, fact.value)))
        return out

    def values(self, fact: Fact) -> list[str]:
        return [f.value for f in self.base.of(fact.relation, fact.subject) if f.qualifier == fact.qualifier]

    def number(self, fact: Fact, template: str, value: str, key: str = "number") -> list[Draft]:
        prompt = self.say.fill(template, fact)
        names = self.spellings("number", value) if fact.kind == "number" else (value,)
        citations = cite([fact], names)
        if not prompt or not citations:
            return []
        words = tuple(n for n in names if not n.isdigit() and n != value)
        draft = self.draft(fact, key, type="number", prompt=prompt, answer=int(value), accept=words,
                           explanation=self.explain(fact), citations=citations)
        return [draft]

    def date(self, fact: Fact, relation: Relation) -> list[Draft]:
        when = parse_when(fact.value)
        if when is None:
            return []
        out = []
        names = self.spellings("date", fact.value)
        prompt = self.say.fill(relation.ask, fact)
        citations = cite([fact], names)
        if prompt and when.precision == "month":
            prompt = re.sub(r"^(?:On what date|When)", "In which month and year", prompt)
        if prompt and citations and when.precision in ("day", "month"):
            truths = [f.value for f in self.base.of(fact.relation, fact.subject)]
            wrong = self.pick.dates(fact.value, truths, repr(fact), written=self.pick.written_dates(fact))
            if len(wrong) >= 2:
                choices = tuple(shuffled(repr(fact), [fact.value, *wrong]))
                out.append(self.draft(fact, "choice", prompt=prompt, answer=fact.value, choices=choices,
                                      explanation=self.explain(fact), citations=citations))
            if when.precision == "day":
                out.append(self.draft(fact, "text", prompt=prompt, answer=fact.value,
                                      explanation=self.explain(fact), citations=cite([fact], names, turn=1)))
        if prompt and citations and when.precision == "season" and when.year is None:  # "this summer"
            out += self.season(fact, re.sub(r"^(?:On what date|When)", "In which season", prompt), citations)
        return out

    def season(self, fact: Fact, prompt: str, citations) -> list[Draft]:
        """A season asked among the other seasons."""
        truths = [f.value for f in self.base.of(fact.relation, fact.subject)]
        wrong = self.pick.seasons(fact.value, truths, repr(fact))
        if len(wrong) < 2:
            return []
        choices = tuple(shuffled(repr(fact), [fact.value, *wrong]))
        return [self.draft(fact, "choice", prompt=prompt, answer=fact.value, choices=choices,
                           explanation=self.explain(fact), citations=citations)]

    # -- about the subject ----------------------------------------------------------------

    def subject_questions(self, fact: Fact) -> list[Draft]:
        relation = RELATIONS[fact.relation]
        prompt = self.say.fill(relation.ask_subject, fact) if relation.ask_subject else None
        citations = cite([fact], self.spellings(fact.subject_kind, fact.subject), turn=2)
        if not prompt or not citations:
            return []
        same = self.base.of(fact.relation)
        holders = {f.subject for f in same if f.value == fact.value}
        rivals = tuple(f.subject for f in self.base.of(fact.relation))
        wrong = self.pick.pick(fact.subject_kind, [fact.subject], holders | {fact.value}, repr(fact) + "s", 3,
                               rivals, relation.topic)
        explanation = self.explain(fact)
        if len(wrong) >= 2:
            choices = tuple(shuffled(repr(fact), [fact.subject, *wrong]))
            return [self.draft(fact, "who", type="choice", prompt=prompt, answer=fact.subject,
                               choices=choices, explanation=explanation, citations=citations)]
        accept = self.accept(fact.subject_kind, fact.subject)
        return [self.draft(fact, "who", type="text", prompt=prompt, answer=fact.subject, accept=accept,
                           explanation=explanation, citations=citations)]

    # -- true or false --------------------------------------------------------------------

    def explain(self, fact: Fact, **given: str) -> str:
        text = self.say.fill(RELATIONS[fact.relation].state, fact, **given) or ""
        return text + self.spelling_note(fact)

    def spelling_note(self, fact: Fact) -> str:
        """When the answer is spelled otherwise in a cited quote, say so: the player may have
        read it that way."""
        if fact.kind not in SPELLED_KINDS:
            return ""
        name = fact.value
        others = [s for s in self.spellings(fact.kind, name)[1:]
                  if len(s.split()) == len(name.split()) and key(fact.kind, s) != key(fact.kind, name)]
        for other in others:
            sources = {c.source for c in fact.citations if mentions(c.quote, [other])}
            if sources:
                who = "The article spells" if len(sources) == 1 else "Some articles spell"
                return f" {who} it \"{other}\"."
        return ""

    def truths(self, fact: Fact) -> list[Draft]:
        relation = RELATIONS[fact.relation]
        statement = self.say.fill(relation.state, fact)
        citations = cite([fact], turn=3, limit=MAX_CITATIONS + 1)
        if not statement or not citations:
            return []
        out = [self.draft(fact, "true", type="truefalse", prompt=statement, answer=True,
                          explanation=f"True. {self.explain(fact)}", citations=citations)]
        if relation.negate:
            denial = self.say.fill(relation.negate, fact)
            if denial:
                out.append(self.draft(fact, "false", type="truefalse", prompt=denial, answer=False,
                                      explanation=f"False. {self.explain(fact)}", citations=citations))
        return out

    def falsehood(self, fact: Fact) -> list[Draft]:
        """A false statement: the fact with the value of another fact swapped in."""
        relation = RELATIONS[fact.relation]
        if not relation.closed:
            return []
        truths = self.pick.true_values(fact) | {fact.subject}
        same = [f for f in self.base.facts if f.relation == fact.relation and f.kind == fact.kind]
        others = [f for f in self.base.facts if f.kind == fact.kind and f.relation != fact.relation]
        seed = repr(fact)
        for pool in (same, others if relation.single else []):
            for other in sorted(pool, key=lambda f: stable_key(seed, self.seed(f))):
                if other.value in truths or any(near(other.value, t) for t in truths):
                    continue
                statement = self.say.fill(relation.state, fact, value=other.value)
                if not statement:
                    continue
                why = f"False. {self.explain(fact)} {self.explain(other)}"
                citations = cite([fact, other])
                draft = self.draft(fact, "false", type="truefalse", prompt=statement, answer=False,
                                   explanation=why, citations=citations)
                draft.facts = (fact, other)
                return [draft]
        return []
