"""An extraction pattern that keeps what it found, and skips texts it cannot match; and a
name found where it stands as itself, without a pattern compiled per name."""

from __future__ import annotations

import re

from quiz.bank.text import whole_starts


class Remembered:
    """An extraction pattern that keeps what it found in the sentences it last read.

    The rules read every article twice (see quiz.bank.facts: the second pass knows the
    names the first found), and a sentence's matches are the same both times: the second
    pass gets them back instead of running the pattern again. What is kept is bounded and
    is only ever the pattern's own answer for that exact text.
    """

    KEEP = 4096  # texts remembered per pattern; an article has a few dozen sentences

    def __init__(self, compiled: re.Pattern, needs: tuple[str, ...] = ()):
        self.compiled = compiled
        self.pattern, self.flags = compiled.pattern, compiled.flags
        self.needs = needs  # words one of which any text it matches holds; () when none is sure
        self.found: dict[tuple, object] = {}

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Remembered) and other.compiled == self.compiled

    def __hash__(self) -> int:
        return hash(self.compiled)

    def could_match(self, text: str) -> bool:
        """False when the text holds none of the words every match holds."""
        return not self.needs or any(word in text for word in self.needs)

    def _recall(self, how: str, text: str, *where: int):
        # could_match, spelled out: this runs for every rule on every sentence
        for word in self.needs:
            if word in text:
                break
        else:
            if self.needs:  # none of the words: what the pattern would say, unsearched
                return () if how == "finditer" else None
        key = (how, text, *where)
        if key not in self.found:
            if len(self.found) >= self.KEEP:
                self.found.clear()
            found = getattr(self.compiled, how)(text, *where)
            self.found[key] = tuple(found) if how == "finditer" else found
        return self.found[key]

    def finditer(self, text: str, *where: int):
        # _recall spelled out once more for the call the rules make most (nine in ten): a
        # call less for every pattern on every sentence
        for word in self.needs:
            if word in text:
                break
        else:
            if self.needs:
                return iter(())
        key = ("finditer", text, *where)
        found = self.found.get(key)
        if found is None:
            if len(self.found) >= self.KEEP:
                self.found.clear()
            found = self.found[key] = tuple(self.compiled.finditer(text, *where))
        return iter(found)

    def search(self, text: str, *where: int):
        return self._recall("search", text, *where)

    def match(self, text: str, *where: int):
        return self._recall("match", text, *where)

    def fullmatch(self, text: str, *where: int):
        return self._recall("fullmatch", text, *where)

    def __getattr__(self, name: str):  # sub, findall, groupindex...: as the compiled pattern
        return getattr(self.compiled, name)


class WholeName:
    r"""What `(?<![\w+])name(?!\w)` finds, found with str.find: the rules look for hundreds of
    names, and compiling a pattern for each cost more than the search. A place counts when no
    letter, digit, "_" or "+" stands just before the name and no letter, digit or "_" after."""

    __slots__ = ("name",)

    def __init__(self, name: str):
        self.name = name

    def finditer(self, text: str):
        size = len(self.name)
        return (Place(at, at + size) for at in whole_starts(text, self.name, not_before="+"))

    def search(self, text: str) -> Place | None:
        return next(self.finditer(text), None)


class Place:
    """Where a name stands: as much of a match as the rules ask of it."""

    __slots__ = ("at", "stop")

    def __init__(self, at: int, stop: int):
        self.at, self.stop = at, stop

    def start(self) -> int:
        return self.at

    def end(self) -> int:
        return self.stop

