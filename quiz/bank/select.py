"""From every draft the facts allow to the few an editor would publish: one or two per fact.

The builders in ask.py and ask_groups.py make every question each fact allows. Here each
draft is given the fact it asks, drafts that cannot be fair are dropped (three options, a
statement that can only be true, a disputed name stated as fact), and each fact keeps its
best draft, and a second of another type and difficulty only when it is among the most
interesting. Then the bank-wide measures are held: true/false at most a fifth of the bank
and balanced between True and False, staff-list credits at most a tenth.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable

from quiz.bank.ask import Draft, mentions
from quiz.bank.difficulty import difficulty
from quiz.bank.interest import SAME_AS, Rank, fact_id, is_minor_credit, is_staff_line, rank, slug, tier
from quiz.bank.relations import RELATIONS

CHOICES = 4  # options of a choice question, never fewer
TRUEFALSE_SHARE = 0.2
STAFF_SHARE = 0.1
LEAST_KNOWN = 4  # the tier of a staff credit neither main nor well known (interest.py)
SECOND_BELOW = 1.0  # facts scoring below this (tier 1, said by two articles) get a second question
MAX_TYPED_WORDS = 4  # longer answers are chosen, not typed
# Facts about another work an article names in passing (a cast member's best-known role in
# another show): a question on one is about that other show, and its one option from the
# show it names gives it away.
ABOUT_OTHER_WORKS = frozenset({"known_role"})
# a recording studio's engineers ("ADR engineer", "mix engineer"): credits no fan asks about
_ENGINEER = re.compile(r"\bengineer\b", re.I)
# Best first: the types that ask a fact most plainly.
TYPE_ORDER = {"choice": 0, "multi": 1, "number": 2, "order": 3, "text": 4, "truefalse": 5}


def fact_of(draft: Draft) -> str:
    """The fact a draft asks: the unit of its first fact, or of the group it was built from."""
    if draft.key[0] == "order":
        return slug("order", *draft.key[1:])
    return fact_id(draft.facts[0])


def fair(draft: Draft, disputed: set[str]) -> bool:
    """Whether a draft can be published as it is."""
    if draft.facts[0].relation in ABOUT_OTHER_WORKS:
        return False
    if ranks([draft]).tier == 4 and all(is_staff_line(c.quote) for c in draft.facts[0].citations):
        return False  # a minor credit only a staff list gives: filler, not a question
    if draft.key[0] == "credit" and _ENGINEER.search(draft.facts[0].qualifier):
        return False  # trivia of the recording booth, asked in prose or in a list
    if draft.type == "choice" and len(draft.choices) != CHOICES:
        return False
    if draft.type == "multi" and len(draft.choices) < CHOICES:
        return False
    if draft.type == "text" and len(str(draft.answer).split()) > MAX_TYPED_WORDS:
        return False
    if draft.type == "truefalse" and not fair_statement(draft):
        return False
    if draft.key[0] == "credit" and draft.key[1] == "role" and draft.type == "multi":
        return False  # several of one person's credits: each is asked as its own fact
    if draft.key[-1] == "disputed":
        return True  # the one question that asks a disagreement as what it is
    if draft.type != "truefalse" and any(mentions(draft.prompt, [a]) for a in map(str, _answers(draft))):
        return False  # the answer is in the question ("the protagonist of Metallic Rouge": Rouge)
    words = [draft.prompt, draft.explanation, *map(str, _answers(draft)), *draft.choices]
    return not any(mentions(text, disputed) for text in words)


def fair_statement(draft: Draft) -> bool:
    """A true statement only where the relation could be false; a false one that swaps in
    a value of the same relation and kind."""
    relation = RELATIONS[draft.facts[0].relation]
    if draft.answer is True:
        return relation.closed or bool(relation.negate)
    if len(draft.facts) > 1:
        first, other = draft.facts[0], draft.facts[1]
        return other.relation == first.relation and other.kind == first.kind
    return True


def _answers(draft: Draft) -> Iterable:
    return draft.answer if isinstance(draft.answer, tuple) else (draft.answer,)


def preference(draft: Draft) -> tuple:
    """Lower is better: plain types first, questions about the value before the subject."""
    asks_subject = draft.key[-1] in ("who", "role") or draft.key[1:2] == ("role",)
    first = draft.facts[0]
    reworded = (first.relation, first.qualifier) in SAME_AS  # "credited with animation production"
    return TYPE_ORDER[draft.type], asks_subject, reworded, -draft.corroboration, draft.key


def _bare(value: object) -> str:
    return re.sub(r"^(?:an?|the) ", "", str(value).casefold())


def subject_values(drafts: list[Draft]) -> dict[tuple[str, str], set[str]]:
    """(subject, value without "a"/"the") -> the facts that give the subject that value."""
    out: dict[tuple[str, str], set[str]] = defaultdict(set)
    for draft in drafts:
        for fact in draft.facts:
            out[(fact.subject, _bare(fact.value))].add(fact_id(fact))
    return out


def echoed(draft: Draft, values: dict[tuple[str, str], set[str]]) -> bool:
    """Whether the answer is what another fact of the same subject already says ("an android"
    transforming into "an android"): such a question is trivial or muddled."""
    fact = draft.facts[0]
    if isinstance(draft.answer, bool | tuple) or draft.answer != fact.value or fact.value[:1].isupper():
        return False  # a name may rightly answer several facts (a broadcaster that also streams)
    return bool(values.get((fact.subject, _bare(fact.value)), set()) - {fact_id(fact)})


def choose(drafts: list[Draft], disputed: set[str], taken: set[str]) -> list[Draft]:
    """One or two drafts per fact not already asked by a curated question."""
    by_fact: dict[str, list[Draft]] = defaultdict(list)
    values = subject_values(drafts)
    for draft in drafts:
        draft.fact = fact_of(draft)
        if draft.fact not in taken and fair(draft, disputed) and not echoed(draft, values):
            by_fact[draft.fact].append(draft)
    out = []
    for _fact, options in sorted(by_fact.items()):
        ranked = sorted(options, key=preference)
        best = ranked[0]
        out.append(best)
        if ranks(options).score < SECOND_BELOW:
            second = next((d for d in ranked[1:] if d.type != best.type
                           and difficulty(d, ranks([d])) != difficulty(best, ranks([best]))), None)
            if second is not None:
                out.append(second)
    return once_per_sentence(out)


def once_per_sentence(chosen: list[Draft]) -> list[Draft]:
    """No two facts asked for the same answer from the same sentence ("X is in charge of
    series composition and scripts" is one credit to a player): the role the sentence
    names first is kept, the other facts' questions go."""
    asked: dict[tuple[str, str], str] = {}
    for draft in sorted(chosen, key=_mention_order):
        if not isinstance(draft.answer, str) or not draft.citations:
            continue
        asked.setdefault((_normal(draft.answer), _normal(draft.citations[0].quote)), draft.fact)
    return [d for d in chosen if not isinstance(d.answer, str) or not d.citations
            or asked[(_normal(d.answer), _normal(d.citations[0].quote))] == d.fact]


def _normal(text: str) -> str:
    return " ".join(text.casefold().split())


def _mention_order(draft: Draft) -> tuple:
    """Where the sentence names what the draft asks about (the first word of its role), then
    the usual preference: "character designer and chief animation director" keeps the first."""
    quote = _normal(draft.citations[0].quote) if draft.citations else ""
    words = [w for w in re.findall(r"[a-z]+", draft.facts[0].qualifier.casefold()) if len(w) > 2]
    place = quote.find(words[0].removesuffix("s")) if words else -1
    return (place if place >= 0 else len(quote)), preference(draft)


def ranks(drafts: list[Draft]) -> Rank:
    return rank([f for d in drafts for f in d.facts[:1]])


def in_staff_share(draft: Draft) -> bool:
    """A draft the staff-list share counts: a credit below the main makers that a "Role: Name"
    line gives, or one of the least-known roles however it is worded (the director or the
    music is what a fan asks first; a dub's mix engineer is no more interesting in prose)."""
    fact = draft.facts[0]
    return bool(draft.citations) and is_minor_credit(fact) and (
        tier(fact) == LEAST_KNOWN or is_staff_line(draft.citations[0].quote))


def hold_shares(chosen: list[Draft], curated: int, curated_staff: int,
                curated_said: tuple[int, int] | list[int] = (0, 0)) -> list[Draft]:
    """Drop the least interesting drafts until true/false and staff-list shares are held,
    counting the hand-written questions in (`curated_said`: their True and False statements)."""
    keep = sorted(chosen, key=lambda d: (ranks([d]).score, preference(d)))
    keep = _cap(keep, lambda d: d.type == "truefalse", TRUEFALSE_SHARE, curated, sum(curated_said))
    keep = _balance(keep, *curated_said)
    keep = _cap(keep, in_staff_share, STAFF_SHARE, curated, curated_staff)
    return keep


def _cap(drafts: list[Draft], counts, share: float, others: int, others_counted: int) -> list[Draft]:
    """Keep the drafts in order; drop one that counts once the share would be passed."""
    kept, counted = [], others_counted
    total = others + len(drafts)
    for draft in drafts:
        if counts(draft):
            if counted + 1 > share * total:
                total -= 1
                continue
            counted += 1
        kept.append(draft)
    return kept


def _balance(drafts: list[Draft], true_before: int = 0, false_before: int = 0) -> list[Draft]:
    """Between 40% and 60% of the statements True: the least interesting of the larger side go."""
    said = [d for d in drafts if d.type == "truefalse"]
    true = [d for d in said if d.answer is True]
    false = [d for d in said if d.answer is False]

    def share(side: list, before: int) -> float:
        total = len(true) + len(false) + true_before + false_before
        return (len(side) + before) / total if total else 0.0

    while true and share(true, true_before) > 0.6:
        true.pop()
    while false and share(false, false_before) > 0.6:
        false.pop()
    kept = {id(d) for d in true + false}
    return [d for d in drafts if d.type != "truefalse" or id(d) in kept]
