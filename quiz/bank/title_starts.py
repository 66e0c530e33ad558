"""Where a title starts when it opens with an article or a possessive ("A Returner's Magic
Should Be Special", "The Wizard's Quiet Garden"): a capitalised-word pattern stops at "'s"
and a headline's plain words drop "A", so the name found is the title's tail ("Magic Should
Be Special"), which names no show. The article makes the title whole when the text
capitalises it mid-sentence ("the second season of A Returner's Magic"), which English
prose does for a title's own article only, and writes the name after it every time.
A title may open with a possessive and no article ("Hell's Paradise", "Akebi's Sailor
Uniform"): the owner is part of it when the text writes the name after it every time and
never writes the owner alone, as it would a studio's or a platform's ("Netflix's X ... on
Netflix"); with the capitalised word before the owner when the text writes it there every time
and the headline holds it too ("Miss Kobayashi's Dragon Maid"). A pattern may stop at the
possessive too ("World" of "World's End Harem"): the words after it are part of the title when
the text writes them after it every time.
"""

from __future__ import annotations

import re

from quiz.bank.text import CAPITAL_LETTER, whole_starts
from quiz.bank.titles import in_headline

# What may stand before a title's tail: "A" or "An", with a possessive or not ("A Returner's
# ", "A "), or "The" with a possessive ("The Wizard's "); at most two words own the tail.
_OWN_WORD = rf"{CAPITAL_LETTER}[\w\-]*"
_HEAD = re.compile(rf"(?P<art>\b(?:An?|The)) (?P<own>{_OWN_WORD}(?: {_OWN_WORD})?'s )?$")
# a one-word owner, with no article before it (which the article's own case above reads)
_OWNER = re.compile(rf"(?<![\w'\u2019])(?<!\bAn )(?<!\bA )(?<!\bThe )(?P<own>{_OWN_WORD})['\u2019]s $")


def widened(name: str, body: str, headline: str) -> str:
    """The name with the article and possessive the text writes before it every time, when
    the article is capitalised mid-sentence once at least and the headline holds the whole;
    "" for a tail always written after an article and a possessive, which is not sure to be
    the title or where it starts; else the name."""
    owned = _owned(name, body, headline)
    if owned == name:
        owned = _owning(name, body, headline)
    if owned != name:
        return owned
    heads, inside = set(), False
    for at in whole_starts(body, name):
        head = _HEAD.search(body, max(0, at - 40), at)
        if not head or (head["art"] == "The" and not head["own"]):
            return name  # once without it: the name stands alone, or "The" is prose's
        heads.add(head[0])
        before = body[:head.start()].rstrip(" ")
        inside |= bool(before) and before[-1] not in ".!?:\n\"'"  # mid-sentence
    whole = f"{next(iter(heads))}{name}" if len(heads) == 1 else ""
    if whole and inside and in_headline(whole, headline):
        return whole
    # a tail the text never writes without "A X's" before it is part of a title: unsure
    return "" if heads and all(re.search(r"'s $", h) for h in heads) else name


def _owned(name: str, body: str, headline: str) -> str:
    """The name with the one-word possessive the text writes before it every time, when the
    text never writes that word alone and the headline holds the whole; else the name."""
    owners = [m["own"] if m else "" for at in whole_starts(body, name)
              for m in [_OWNER.search(body, max(0, at - 30), at)]]
    if not owners or len(set(owners)) != 1 or not owners[0]:
        return name
    whole = f"{owners[0]}'s {name}"
    # "Netflix's X ... on Netflix"; not "King Kairu", another name that opens with the word
    alone = len(_alone(owners[0]).findall(body)) > len(owners)
    if alone or not in_headline(whole, headline):
        return name
    # a title's owner may be a title and a name ("Miss Kobayashi's Dragon Maid"): the word
    # the text writes before the owner every time, when the headline holds it there too
    befores = {m["by"] if m else "" for at in whole_starts(body, name)
               for m in [_BY.search(body, max(0, at - 60), at - len(owners[0]) - 3)]}
    fuller = f"{befores.pop()} {whole}" if len(befores) == 1 else ""
    return fuller if fuller.strip() != whole and in_headline(fuller, headline) else whole


# a capitalised word right before a one-word owner
_BY = re.compile(rf"(?<![\w'\u2019])(?P<by>{_OWN_WORD}) $")


# the capitalised words after a name's possessive ("World" + "'s End Harem")
_OWNS = re.compile(rf"['\u2019]s((?: {CAPITAL_LETTER}[\w\-]*)+)")


def _owning(name: str, body: str, headline: str) -> str:
    """The name with its possessive and the capitalised words the text writes after them every
    time, when the headline holds the whole ("World's End Harem"); else the name."""
    tails = [found[1] if found else "" for at in whole_starts(body, name)
             for found in [_OWNS.match(body, at + len(name))]]
    if not tails or len(set(tails)) != 1 or not tails[0]:
        return name
    whole = f"{name}'s{tails[0]}"
    return whole if in_headline(whole, headline) else name


def _alone(word: str) -> re.Pattern:
    """The word as a name of its own: not the first word of a longer capitalised name."""
    return re.compile(rf"(?<![\w'\u2019]){re.escape(word)}(?![\w\-])(?! {CAPITAL_LETTER})")
