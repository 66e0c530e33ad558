"""What a fact is called, and how much a fan would want to be asked about it.

A fact, as a unit of the bank, is one relation of one subject: "the director of the show",
"the platforms that show it", "where the heroine comes from". Its values may be several
(two set designers, four platforms) and it may be asked in two ways, but never more.

Interest is a tier by what the fact is about (the show, its story and cast and its main
makers first; staff-list credits such as set design or 3DCG last), moved up a little when
several articles state it, since what every article repeats is what fans have heard of.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from quiz.bank.model import Fact
from quiz.bank.text import fold

# Relations by tier; 1 is what every fan of the show would know or want to.
TIERS: dict[str, int] = {
    "studio": 1, "protagonist": 1, "companion": 1, "species": 1, "premiere": 1, "premiered": 1, "platform": 1,
    "mission_to": 1, "coexist": 1, "original": 1, "cast": 1, "theme": 1, "performer": 1,
    "genre": 1, "setting_year": 1, "mission_count": 1, "cast_member": 1, "theme_artist": 1,
    "source_author": 1, "source_kind": 1, "episodes": 1, "sport": 1,
    "earlier_premiere": 2, "manga_artist": 2, "manga_magazine": 2, "manga_site": 2, "setting": 2,
    "anime_season": 2, "story_year": 2,
    "announced": 2, "announced_by": 2, "block": 2, "targets_hostile_to": 2, "full_name": 2,
    "origin": 2, "inspired_by": 2, "studio_work": 2, "worked_on": 2, "known_for": 2,
    "anniversary": 2, "roundtable_guest": 2, "reunion_years": 2, "description": 2, "order": 2,
    "lives_in": 2, "first_channel": 2, "run_ended": 2, "run_ends": 2, "serialized_in": 2, "volumes": 2,
    "publisher": 2, "first_publisher": 2, "planned_premiere": 2, "work_format": 2,
    "composer": 3, "lyricist": 3, "trailer_released": 3, "announced_at": 3, "roundtable_at": 3,
    "says": 3, "echoes": 3, "adapted_in": 3, "president": 3, "streams_in": 3,
    "secret_mission": 3, "known_role": 3,
}
# Credits a fan knows (and asks about) before the rest of a staff list.
MAIN_ROLES = frozenset({
    "director", "chief director", "series composition", "screenplay", "script",
    "character design", "music", "animation production", "original work", "original story",
    "original plan",
})
KNOWN_ROLES = frozenset({
    "producer", "sound director", "mechanical design", "art director", "original character design",
})
TIER_REASON = {
    1: "the show, its story, main cast and main makers",
    2: "the world, the makers' careers and the announcement",
    3: "a detail of one article",
    4: "a minor staff-list credit",
}
# A staff-list line: "Role: Name", "Role, Role: Name, Name".
STAFF_LINE = re.compile(r"^[A-Za-z0-9][\w ,/&'()-]{0,60}: [^.!?]{1,80}$")


def tier(fact: Fact) -> int:
    if fact.relation == "credit":
        return 1 if fact.qualifier in MAIN_ROLES else 3 if fact.qualifier in KNOWN_ROLES else 4
    return TIERS.get(fact.relation, 3)


@dataclass(frozen=True)
class Rank:
    fact_id: str
    tier: int
    articles: int  # how many articles state it
    score: float  # lower is more interesting

    @property
    def why(self) -> str:
        said = f"{self.articles} article{'s' * (self.articles != 1)}"
        return f"tier {self.tier} ({TIER_REASON[self.tier]}), stated by {said}"


def rank(facts: list[Fact]) -> Rank:
    """The interest of a fact unit, from the facts (values) it holds."""
    articles = len({s for f in facts for s in f.sources})
    level = min(tier(f) for f in facts)
    # each further article that states it brings it a third of a tier closer to the top
    return Rank(fact_id(facts[0]), level, articles, level - min(articles - 1, 3) / 3)


@lru_cache(maxsize=65536)  # fact ids are asked for again and again while drafting
def slug(*parts: str) -> str:
    # folded, so a name's macrons and accents keep their letters ("Kazumi Kōda": kazumi-koda)
    text = "-".join(p for p in parts if p)
    text = text.lower() if text.isascii() else fold(text)
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")[:80].rstrip("-")


# Credits that say what another relation says: the company credited with animation
# production is the studio behind the show, one fact however it is worded.
SAME_AS = {("credit", role): "studio" for role in ("animation production", "animation", "production")}


def fact_id(fact: Fact) -> str:
    """The id of the fact unit a fact belongs to: relation, qualifier, subject."""
    if (fact.relation, fact.qualifier) in SAME_AS:
        return slug(SAME_AS[(fact.relation, fact.qualifier)], fact.subject)
    return slug(fact.relation.replace("_", "-"), fact.qualifier, fact.subject)


# fact ids of the main makers' credits (fact_id: "credit-<role>-<subject>")
_MAIN_CREDIT_IDS = tuple(slug("credit", role) + "-" for role in sorted(MAIN_ROLES))


def is_minor_credit(fact: Fact) -> bool:
    """A credit below the main makers: what the staff-list share holds down."""
    return fact.relation == "credit" and fact.qualifier not in MAIN_ROLES


def is_minor_credit_id(fact: str) -> bool:
    """is_minor_credit, read from a question's fact id."""
    return fact.startswith("credit-") and not fact.startswith(_MAIN_CREDIT_IDS)


_KNOWN_CREDIT_IDS = tuple(slug("credit", role) + "-" for role in sorted(KNOWN_ROLES))


def is_least_known_credit_id(fact: str) -> bool:
    """A credit of tier 4 (neither a main maker's nor a well-known role's), from its fact id."""
    return is_minor_credit_id(fact) and not fact.startswith(_KNOWN_CREDIT_IDS)


def is_staff_line(quote: str) -> bool:
    return STAFF_LINE.match(quote.strip()) is not None
