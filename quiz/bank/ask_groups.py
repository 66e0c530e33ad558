"""Questions built from several facts: all values of a subject, roles, time order, disputes."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import replace

from quiz.bank.ask import Asker, Draft, cite, mentions
from quiz.bank.conflicts import Conflict
from quiz.bank.distractors import shuffled
from quiz.bank.model import Citation, Fact
from quiz.bank.phrasing import role_label, sentence
from quiz.bank.relations import RELATIONS
from quiz.bank.rules.patterns import parse_when

NUMBERS = {2: "two", 3: "three", 4: "four", 5: "five", 6: "six"}


def cover(facts: list[Fact], names: dict[str, tuple[str, ...]], limit: int = 4) -> tuple[Citation, ...]:
    """Quotes that between them name as many of the answers as they can, fewest first."""
    cites: list[Citation] = []
    for fact in facts:
        cites.extend(c for c in fact.citations if c not in cites)
    left, out = set(names), []
    while left and len(out) < limit:
        best = max(cites, key=lambda c: (sum(mentions(c.quote, names[a]) for a in left), -cites.index(c)))
        found = {a for a in left if mentions(best.quote, names[a])}
        if not found:
            break
        out.append(best)
        left -= found
    return tuple(out)


_LEADING = frozenset({"Which", "What", "Where", "Who", "Whom", "Whose", "When", "How", "In", "On", "At"})


def lower_first(text: str) -> str:
    """A question going on after "According to ...,": "Where does ..." -> "where does ..."."""
    first, _, rest = text.partition(" ")
    return f"{first.lower()} {rest}" if first in _LEADING else text


class GroupAsker:
    def __init__(self, asker: Asker):
        self.one = asker
        self.base = asker.base

    def draft(self, key, qtype, topic, facts, **fields) -> Draft:
        return Draft(key=key, type=qtype, topic=topic, facts=tuple(facts), **fields)

    def multi(self, facts: list[Fact]) -> list[Draft]:
        """Every value of one subject at once ("Which two people share ...")."""
        first = facts[0]
        relation = RELATIONS[first.relation]
        values = [f.value for f in facts]
        if not relation.ask_all or not 2 <= len(values) <= 5:
            return []
        prompt = self.one.say.fill(relation.ask_all, first, n=NUMBERS[len(values)])
        truths = set().union(*(self.one.pick.true_values(f) for f in facts))
        wrong = self.one.pick.pick(first.kind, values, truths, repr(first) + "all", 2, topic=relation.topic,
                                   relation=first.relation, subject=first.subject)
        names = {v: self.one.spellings(first.kind, v) for v in values}
        citations = cover(facts, names)
        if not prompt or not wrong or not citations:
            return []
        key = (first.relation, first.qualifier, first.subject, "all")
        return [self.draft(key, "multi", relation.topic, facts, prompt=prompt, answer=tuple(values),
                           choices=tuple(shuffled(repr(first), [*values, *wrong])),
                           explanation=self.together(facts), citations=citations)]

    def any_of(self, facts: list[Fact]) -> list[Draft]:
        """Name any one of a subject's values, typed: a cast an article lists without roles has
        no other actors to offer as wrong choices (its show's articles name only its own cast),
        so it is asked with every actor the articles name in the cast accepted."""
        first = facts[0]
        relation = RELATIONS[first.relation]
        prompt = self.one.say.fill(relation.ask_any, first) if relation.ask_any else None
        citations = cite([first], self.one.spellings(first.kind, first.value))
        if not prompt or not citations:
            return []
        voices = [f.value for f in self.base.of("cast") if self.base.show_of(f) == first.subject]
        named = [f.value for f in facts] + voices  # who voices one of its characters is in the cast too
        named = list(dict.fromkeys(named))
        accept = [s for v in named for s in self.one.spellings(first.kind, v) if s != first.value]
        listed = ", ".join(named[:-1]) + " and " + named[-1] if len(named) > 1 else named[0]
        key = (first.relation, first.qualifier, first.subject, "any")
        why = sentence(f"The articles list {listed} in the cast of {first.subject}.")
        return [self.draft(key, "text", relation.topic, facts, prompt=prompt, answer=first.value,
                           accept=tuple(dict.fromkeys(accept)), citations=citations, explanation=why)]

    def together(self, facts: list[Fact]) -> str:
        """Every value in one sentence: "Bones made A, B and C.", not one sentence each."""
        values = [f.value for f in facts]
        listed = ", ".join(values[:-1]) + " and " + values[-1]
        return self.one.explain(replace(facts[0], value=listed))

    def pairs(self, facts: list[Fact]) -> list[Draft]:
        """For a subject with two values: name one, ask the other."""
        relation = RELATIONS[facts[0].relation]
        if not relation.ask_pair or len(facts) != 2:
            return []
        out = []
        for fact, other in (facts, facts[::-1]):
            if fact.kind == "number" and int(fact.value) < int(other.value):
                continue  # "in 2003 and again in which year?" asks the later one only
            if fact.kind == "number":
                template = relation.ask_pair.replace("{other}", other.value)
                out.extend(self.one.number(fact, template, fact.value, "pair"))
                continue
            prompt = self.one.say.fill(relation.ask_pair, fact, other=other.value)
            citations = cite([fact], self.one.spellings(fact.kind, fact.value), turn=2)
            if prompt and citations:
                out.append(self.one.draft(fact, "pair", type="text", prompt=prompt, answer=fact.value,
                                          accept=self.one.accept(fact.kind, fact.value),
                                          explanation=self.one.explain(fact), citations=citations))
        return out

    def roles(self, credits: list[Fact]) -> list[Draft]:
        """What one person is credited with: a choice of roles, or all of them when several."""
        first = credits[0]
        show, person = first.subject, first.value
        held = sorted({f.qualifier for f in credits})
        labels = [role_label(r) for r in held]
        wrong = [role_label(r) for r in self.one.pick.roles(set(held), repr(first) + "roles")]
        topic = RELATIONS["credit"].topic
        key = ("credit", "role", person)
        if len(held) == 1:
            citations = cite(credits, held)
            if len(wrong) < 2 or not citations:
                return []
            prompt = f"What is {person} credited with on {show}?"
            return [self.draft(key, "choice", topic, credits, prompt=prompt, answer=labels[0],
                               choices=tuple(shuffled(person, [labels[0], *wrong])),
                               explanation=self.one.explain(first), citations=citations)]
        citations = cover(credits, {label: (role,) for label, role in zip(labels, held, strict=True)})
        if not wrong or not citations or len(held) > 5:
            return []
        prompt = f"Which {NUMBERS[len(held)]} credits does {person} hold on {show}?"
        return [self.draft(key, "multi", topic, credits, prompt=prompt, answer=tuple(labels),
                           choices=tuple(shuffled(person, [*labels, *wrong[:2]])),
                           explanation=" ".join(self.one.explain(f) for f in credits),
                           citations=citations)]

    def order(self, show: str) -> list[Draft]:
        """Dated events of a show, to put in time order; only when no two dates overlap."""
        events = []
        for name, relation in RELATIONS.items():
            if not relation.event:
                continue
            dated = [(parse_when(f.value), f) for f in self.base.of(name, show)]
            dated = [(w, f) for w, f in dated if w and w.span()]
            if not dated:
                continue
            when, fact = min(dated, key=lambda wf: wf[0].span()[1].toordinal() - wf[0].span()[0].toordinal())
            label = self.one.say.fill(relation.event, fact)
            quote = cite([fact], self.one.spellings("date", fact.value))
            if label and quote:
                events.append((when.span(), label, fact, quote[0]))
        events.sort(key=lambda e: e[0])
        if len(events) < 3 or any(a[0][1] >= b[0][0] for a, b in zip(events, events[1:], strict=False)):
            return []
        items = tuple(label for _, label, _, _ in events)
        why = " ".join(f"{n}. {label} ({fact.value})." for n, (_, label, fact, _) in enumerate(events, 1))
        return [self.draft(("order", show), "order", RELATIONS["premiere"].topic, [e[2] for e in events],
                           prompt=f"Put these {show} events in the order they happened, earliest first.",
                           answer=items, choices=items, explanation=why,
                           citations=tuple(e[3] for e in events))]

    def tagline(self, fact: Fact) -> list[Draft]:
        """Fill in the name a tagline holds: "Battle girl ___'s fight begins now"."""
        for entity in self.base.entities.all("character"):
            for spelling in entity.spellings:
                at = re.search(rf"(?<!\w){re.escape(spelling)}(?!\w)", fact.value)
                if not at:
                    continue
                blanked = fact.value[: at.start()] + "___" + fact.value[at.end():]
                prompt = f"Fill in the blank in the tagline of the {fact.subject} trailer: \"{blanked}\"."
                return [self.one.draft(fact, "blank", type="text", prompt=prompt, answer=entity.name,
                                       accept=tuple(s for s in entity.spellings if s != entity.name),
                                       explanation=self.one.explain(fact), citations=cite([fact]))]
        return []

    def disagreement(self, conflict: Conflict) -> list[Draft]:
        """A dispute asked once, as what it is: either answer an article gives is right."""
        facts = {f.value: f for f in self.base.of(conflict.relation, conflict.subject)}
        values = [v for side in conflict.sides for v in side.values if v in facts]
        relation = RELATIONS[conflict.relation]
        asked = self.one.say.fill(relation.ask, facts[values[0]]) if values and relation.ask else None
        if len(values) != 2 or not asked:
            return []
        if len({c.source for side in conflict.sides for c in side.citations}) < 2:
            return []  # one article does not contradict itself: one of the two readings is wrong
        sides = " ".join(
            f"{self.one.say.article(side.citations[0].source)[:1].upper()}"
            f"{self.one.say.article(side.citations[0].source)[1:]} says "
            f"{self.statement(conflict, side.values, side.citations[0], facts)[:-1]}."
            for side in conflict.sides
        )
        accept = [s for v in values for s in self.one.spellings(facts[v].kind, v) if s != values[0]]
        key = (conflict.relation, conflict.subject, "disputed")
        prompt = f"The articles disagree, so either answer they give counts: {lower_first(asked)}"
        return [self.draft(key, "text", relation.topic, [facts[v] for v in values], harder=1, prompt=prompt,
                           answer=values[0], accept=tuple(dict.fromkeys(accept)),
                           explanation=f"{sides} No other article settles it.",
                           citations=tuple(side.citations[0] for side in conflict.sides))]

    def statement(self, conflict: Conflict, values, citation: Citation, facts) -> str:
        """One side of a dispute as a sentence."""
        first = facts[values[0]]
        template = RELATIONS[conflict.relation].state
        return self.one.say.fill(template, first, value=" and ".join(values)) or ""

    def years(self, facts: list[Fact]) -> list[Draft]:
        """In which year: one question per year, citing every date in that year."""
        relation = RELATIONS[facts[0].relation]
        by_year = defaultdict(list)
        for fact in facts:
            when = parse_when(fact.value)
            if when and when.year:
                by_year[when.year].append(fact)
        if not relation.ask_year or len(by_year) != 1:
            return []  # two different years would be a dispute, asked elsewhere
        year, dated = next(iter(by_year.items()))
        prompt = self.one.say.fill(relation.ask_year, dated[0])
        citations = cite(dated, [str(year)], turn=1)
        if not prompt or not citations:
            return []
        why = self.one.explain(dated[0])
        key = (relation.name, dated[0].subject, "year")
        return [self.draft(key, "number", relation.topic, dated, prompt=prompt, answer=year,
                           explanation=why, citations=citations)]
