"""The text without its headline: a stored page often opens with the headline again, which
names nothing the text says of the show. A sentence splitter may cut it at its "?" or "!"
("IS IT WRONG TO TRY TO PICK UP GIRLS IN A DUNGEON?: New Release Date For Season 3
Announced" is two sentences), so a run of up to three sentences whose words together are the
headline's goes too; read alone, its last piece would be a title the text writes ("New
Release Date For Season 3").
"""

from __future__ import annotations

from quiz.bank.text import folded_words

_PIECES = 3


def without_headline(texts: list[str], headline: str) -> list[str]:
    """The sentences but those that, alone or with the next one or two, are the headline."""
    title = _words(headline)
    if not title:
        return texts
    words = [_words(t) for t in texts]
    drop: set[int] = set()
    for at in range(len(texts)):
        joined: list[str] = []
        for end in range(at, min(len(texts), at + _PIECES)):
            joined += words[end]
            if joined == title:
                drop.update(range(at, end + 1))
                break
            if joined != title[:len(joined)]:
                break
    return [t for i, t in enumerate(texts) if i not in drop]


def _words(text: str) -> list[str]:
    return folded_words(text).split()
