"""Quicker scalars for PyYAML's emitter, writing the same text as the emitter's own.

PyYAML's pure-Python emitter looks at each character of each scalar twice in Python: once to
choose its style (`analyze_scalar`), once to fold it at the line width (`write_plain`). Most
scalars of a question file are one line of printable prose, for which both answers take a few
regular expressions: which indicators it holds, where its words and spaces are. Anything else
(an empty scalar, a line break, a character YAML escapes, a space or an indicator at its
start) goes the emitter's own way. libyaml's emitter would be quicker still, but it writes a
list under its key without the indent authors use (see files.py), so it would change the files.
"""

from __future__ import annotations

import re

from yaml.emitter import ScalarAnalysis

# One line of characters YAML prints as they are (with allow_unicode): no control character,
# no line break (\x85, \u2028, \u2029), no surrogate, no byte-order mark.
_PRINTABLE_LINE = re.compile(
    "[\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd\U00010000-\U0010fffe]+"
)
# A first character the emitter reads as an indicator, or a space: left to it.
_AWKWARD_START = frozenset(" #,[]{}&*!|>'\"%@`?:-.")
# Indicators inside a scalar: any of these keeps it out of flow context unquoted ...
_FLOW_INDICATOR = re.compile(r"[,?\[\]{}:]| #")
# ... and these out of block context too (": " or a last ":", and " #", start a comment).
_BLOCK_INDICATOR = re.compile(r":(?: |$)| #")
_WORDS_AND_SPACES = re.compile(r" +|[^ ]+")


def _simple(scalar: str) -> bool:
    """One printable line with no space at either end and no indicator as its first character."""
    return (scalar[0] not in _AWKWARD_START and scalar[-1] != " "
            and _PRINTABLE_LINE.fullmatch(scalar) is not None)


class QuickScalars:
    """Mixed in before a PyYAML Dumper: `analyze_scalar` and `write_plain` with a short way
    for one-line printable scalars."""

    def analyze_scalar(self, scalar):
        if not scalar or not self.allow_unicode or not _simple(scalar):
            return super().analyze_scalar(scalar)
        return ScalarAnalysis(
            scalar=scalar, empty=False, multiline=False,
            allow_flow_plain=_FLOW_INDICATOR.search(scalar) is None,
            allow_block_plain=_BLOCK_INDICATOR.search(scalar) is None,
            allow_single_quoted=True, allow_double_quoted=True, allow_block=True,
        )

    def write_plain(self, text, split=True):
        if self.encoding or not text or _PRINTABLE_LINE.fullmatch(text) is None:
            return super().write_plain(text, split)
        if self.root_context:
            self.open_ended = True
        if not self.whitespace:
            self.stream.write(" ")
            self.column += 1
        self.whitespace = self.indention = False
        for piece in _WORDS_AND_SPACES.findall(text):
            # a single space past the width is where the line folds; longer runs stay
            if piece == " " and split and self.column > self.best_width:
                self.write_indent()
                self.whitespace = self.indention = False
            else:
                self.stream.write(piece)
                self.column += len(piece)
