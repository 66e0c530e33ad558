"""Dates said of a release abroad, which are not the show's premiere at home."""

from __future__ import annotations

from quiz.bank.rules import pattern
from quiz.bank.rules.patterns import MONTH_WORDS, NAME

# A date said of a release abroad: "streaming outside of Japan on March 13th", "on July 6th
# outside of Japan". It dates when the rest of the world gets the show, not its premiere.
_REGION_WORDS = rf"outside (?:of )?(?:the )?{NAME}|overseas|internationally"
_A_DAY = rf"(?:{MONTH_WORDS}) \d{{1,2}}(?:st|nd|rd|th)?(?:,? \d{{4}})?"  # "Oct. 9" too
ABROAD = pattern(
    "release.dated_abroad",
    rf"\b(?P<r>{_REGION_WORDS}) (?:on|from|in) (?P<d>{_A_DAY})\b"
    rf"|\b(?:on|from) (?P<d2>{_A_DAY}) (?P<r2>{_REGION_WORDS})\b",
    needs=("internationally", "outside ", "overseas"),
)


def abroad_dates(text: str) -> dict[str, str]:
    """Date spelling -> the region it is said of, for each date tied to a release abroad."""
    return {m["d"] or m["d2"]: m["r"] or m["r2"] for m in ABROAD.finditer(text)}


def only_abroad(text: str, spelling: str, abroad: dict[str, str]) -> bool:
    """Whether every mention of a date is one tied to a region abroad (the same day may also be
    the release at home: "release in Japan on July 6th ... July 6th outside of Japan")."""
    if spelling not in abroad:
        return False
    return text.count(spelling) <= sum(1 for m in ABROAD.finditer(text) if spelling in (m["d"], m["d2"]))
