"""Nickname keys that treat lookalike letters as one: "Nаomi" with a Cyrillic а is "naomi".

Unicode lists the characters that look alike across scripts (its confusables data, kept by
the confusable_homoglyphs library). Each letter that has a Latin or common lookalike is
replaced by it, then the whole is case-folded: two nicknames that a player would read as the
same get the same key, and the key is what the unique index holds.
"""

from __future__ import annotations

from confusable_homoglyphs import categories, confusables

PREFERRED = ("LATIN", "COMMON")


def _lookalike(item: dict) -> str | None:
    """The single Latin or common character this confusable character looks like, if any."""
    for glyph in item["homoglyphs"]:
        char = glyph["c"]
        if len(char) == 1 and categories.alias(char) in PREFERRED:
            return char
    return None


def nickname_key(nickname: str) -> str:
    """The key two lookalike nicknames share (the nickname is NFKC-normalised already)."""
    found = confusables.is_confusable(nickname, greedy=True, preferred_aliases=[a.lower() for a in PREFERRED])
    swaps = {item["character"]: char for item in found or () if (char := _lookalike(item))}
    return "".join(swaps.get(char, char) for char in nickname).casefold()
