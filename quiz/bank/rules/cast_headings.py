"""Whether a list an article is reading is its cast: the heading it stands under says so, or
a sentence or two before that heading in the paragraph does ("... with two new cast members.")."""

from __future__ import annotations

import re

from quiz.bank.rules import Reader

# ("voice actresses" too: "performed by all 16 voice actresses, and they are:")
_CAST_HEADING = re.compile(r"\b(?:cast|voice actors|voice actress(?:es)?|star)\b", re.I)
_STAFF_HEADING = re.compile(r"\b(?:staff|crew)\b", re.I)
# What says, a sentence or two before a list, that the list is the cast ("two new cast members")
CAST_CUE = re.compile(r"\b(?:cast|voice actors?|voice actresses)\b", re.I)
_CUE_BEFORE = 2


def under_cast_heading(reader: Reader) -> bool:
    """Whether the list being read is the cast: its heading says so ("The cast includes:"), or
    the heading only says a list follows ("The series will add the following:") and a sentence
    or two before it in the paragraph speak of the cast ("... with two new cast members.")."""
    if not reader.heading:
        return False
    if _CAST_HEADING.search(reader.heading):
        return True
    at = next((h for h in reversed(reader.sentences[: reader.current.index])
               if h.text == reader.heading), None)
    if at is None or _STAFF_HEADING.search(reader.heading):
        return False
    before = [b for b in reader.sentences[max(0, at.index - _CUE_BEFORE): at.index] if b.line == at.line]
    if any(_STAFF_HEADING.search(b.text) for b in before):
        return False  # "the cast and staff were announced": the list may be either
    return any(CAST_CUE.search(b.text) for b in before)
