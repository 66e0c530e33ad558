"""The text rules of the question format: non-empty plain text, lists of distinct texts.

`Checks` is the base of the validator's rule sets: it holds the file's problems and the
rules every field of text shares. `validate.FileChecker` puts the rule sets together.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from rapidfuzz import process

from quiz.bank.answers import normalize
from quiz.bank.files import Mapping, Sequence
from quiz.bank.model import Problem, Source
from quiz.bank.text import find_html

At = tuple[int, int]
# What a duplicate in each list is called in messages.
_LIST_ITEM = {"choices": "choice", "items": "item", "accept": "alias"}


class Checks:
    """The problems of one parsed question file, and the rules of its texts."""

    def __init__(
        self,
        path: str,
        sources: dict[str, Source],
        seen: dict[str, str],
        broken: frozenset[str] = frozenset(),
    ):
        self.path = path
        self.sources = sources
        self.seen = seen  # question id -> "path:line" of its first definition
        self.broken = broken  # ids of source files that exist but could not be loaded
        self.problems: list[Problem] = []

    def report(self, at: At, message: str) -> None:
        self.problems.append(Problem(self.path, at[0], at[1], message))

    def text_field(self, item: Mapping, key: str) -> str:
        if key not in item:
            return ""
        value = item[key]
        if not isinstance(value, str) or not value.strip():
            self.report(item.values_at[key], f"{key!r} must be non-empty text")
            return ""
        self.check_plain(value, item.values_at[key], key)
        return value.strip()

    def check_plain(self, value: str, at: At, what: str) -> None:
        tag = find_html(value)
        if tag:
            self.report(at, f"{what} contains HTML {tag!r}: question text is plain text only")

    def text_list(self, item: Mapping, key: str, minimum: int) -> tuple[str, ...]:
        """A list of distinct texts (distinct once case and punctuation are ignored)."""
        if key not in item:
            return ()
        values = item[key]
        if not isinstance(values, Sequence) or len(values) < minimum:
            items = "item" if minimum == 1 else "items"
            self.report(item.values_at[key], f"{key!r} must be a list of at least {minimum} {items}")
            return ()
        out: list[str] = []
        for value, at in zip(values, values.items_at, strict=True):
            text = self.list_text(value, at, key)
            if text is None:
                continue
            earlier = next((e for e in out if same_choice(e, text)), None)
            if earlier is not None:
                what = _LIST_ITEM.get(key, key)
                message = (
                    f"duplicate {what} {text!r}: same as {earlier!r} "
                    "once case and punctuation are ignored"
                )
                self.report(at, message)
            out.append(text)
        return tuple(out)

    def list_text(self, value: object, at: At, key: str) -> str | None:
        if isinstance(value, bool):
            self.report(at, f"each of {key!r} must be text; put true/false in quotes")
            return None
        if not isinstance(value, str | int | float) or not str(value).strip():
            self.report(at, f"each of {key!r} must be non-empty text")
            return None
        text = str(value).strip()
        self.check_plain(text, at, f"an item of {key!r}")
        return text


@lru_cache(maxsize=65536)
def _choice_form(text: str) -> str:
    # punctuation-only choices ("~", "=", "#") normalise to nothing: compare them as written
    return normalize(text) or " ".join(text.split())


def same_choice(a: str, b: str) -> bool:
    """answers.same_choice, remembering each text's form: a bank repeats its choices."""
    return _choice_form(a) == _choice_form(b)


def suggest(word: object, options: Iterable[str]) -> str:
    best = process.extractOne(str(word), list(options), score_cutoff=75)
    return f" (did you mean {best[0]!r}?)" if best else ""


def short(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return repr(text if len(text) <= limit else text[: limit - 1] + "…")
