"""The answer rules of each question type: answers among the choices, numbers that parse,
and `accept:` aliases that are whole answers (not a piece YAML split off or a year)."""

from __future__ import annotations

from datetime import date
from itertools import pairwise

from quiz.bank.answers import alias_part, parse_number, split_alias
from quiz.bank.files import Mapping, Sequence
from quiz.bank.validate_text import At, Checks, same_choice


class AnswerChecks(Checks):
    """`answer`, `choices`, `items` and `accept` of a question, each checked for its type."""

    def check_answer(self, item: Mapping, qtype: str | None):
        """(answer, choices, accept) of a question, each checked for its type."""
        answer = item.get("answer")
        at = item.values_at.get("answer", item.pos)
        has = "answer" in item
        if qtype == "choice":
            choices = self.text_list(item, "choices", 2)
            return self.choice_answer(answer, at, choices, has), choices, ()
        if qtype == "multi":
            choices = self.text_list(item, "choices", 2)
            return self.multi_answer(answer, at, choices, has), choices, ()
        if qtype == "truefalse":
            if has and not isinstance(answer, bool):
                self.report(at, "a truefalse answer is true or false")
            return answer, (), ()
        if qtype == "text":
            text = self.text_answer(answer, at, has)
            return text, (), self.check_accept(item, text)
        if qtype == "number":
            return self.number_answer(answer, at, has), (), self.text_list(item, "accept", 1)
        if qtype == "order":
            items = self.text_list(item, "items", 2)
            return items, items, ()
        return answer, (), ()

    def choice_answer(self, answer: object, at: At, choices: tuple[str, ...], has: bool):
        if not has:
            return None
        match = _find_choice(answer, choices)
        if match is None and choices:
            self.report(at, f"answer {answer!r} is not among the choices")
        return match

    def multi_answer(self, answer: object, at: At, choices: tuple[str, ...], has: bool):
        if not has:
            return None
        if not isinstance(answer, Sequence) or not answer:
            self.report(at, "a multi question's answer is a list of its correct choices")
            return None
        found: list[str] = []
        for value, value_at in zip(answer, answer.items_at, strict=True):
            match = _find_choice(value, choices)
            if match is None and choices:
                self.report(value_at, f"answer {value!r} is not among the choices")
            elif match in found:
                self.report(value_at, f"answer {value!r} is listed twice")
            elif match is not None:
                found.append(match)
        if choices and len(found) == len(choices):
            self.report(at, "a multi question needs at least one wrong choice")
        return tuple(found)

    def text_answer(self, answer: object, at: At, has: bool):
        if not has:
            return None
        if isinstance(answer, date):
            self.report(at, "a text answer is text: put a date in quotes, like '2024-01-11'")
            return None
        if isinstance(answer, bool) or not isinstance(answer, str | int | float):
            self.report(at, "a text answer is non-empty text")
            return None
        text = str(answer).strip()
        if not text:
            self.report(at, "a text answer is non-empty text")
        self.check_plain(text, at, "answer")
        return text

    def number_answer(self, answer: object, at: At, has: bool):
        if not has:
            return None
        value = parse_number(answer)
        if value is None:
            self.report(at, f"a number answer is a number or number words, not {answer!r}")
            return None
        # "nine" is stored as 9, so every tool sees a number
        return int(value) if value.is_integer() else value

    def check_accept(self, item: Mapping, answer: str | None) -> tuple[str, ...]:
        """A text question's aliases: each a whole right answer, never a piece of one that a
        player would be given the point for ("2023" for "March 22, 2023")."""
        aliases = self.text_list(item, "accept", 1)
        values = item.get("accept")
        if answer and aliases and isinstance(values, Sequence):
            located = [
                (str(value).strip(), at)
                for value, at in zip(values, values.items_at, strict=True)
                if isinstance(value, str | int | float) and not isinstance(value, bool)
            ]
            split = self.check_split(answer, located)
            self.check_parts(answer, [pair for pair in located if pair not in split])
        return aliases

    def check_split(self, answer: str, located: list[tuple[str, At]]) -> list[tuple[str, At]]:
        """Two aliases that are the answer once joined by a comma: the aliases split."""
        split: list[tuple[str, At]] = []
        for before, after in pairwise(located):
            if before not in split and split_alias(answer, before[0], after[0]):
                message = (
                    f"aliases {before[0]!r} and {after[0]!r} are one answer split at its comma: "
                    f"an inline list splits at every comma, so quote it: ['{before[0]}, {after[0]}']"
                )
                self.report(before[1], message)
                split += [before, after]
        return split

    def check_parts(self, answer: str, located: list[tuple[str, At]]) -> None:
        for alias, at in located:
            part = alias_part(answer, alias)
            if part:
                message = (
                    f"alias {alias!r} is only part of the answer {answer!r} ({part}): "
                    "a player typing it alone would be marked right"
                )
                self.report(at, message)


def _find_choice(value: object, choices: tuple[str, ...]) -> str | None:
    """The choice `value` names (compared like choices are), or None."""
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        return None
    text = str(value).strip()
    return next((c for c in choices if same_choice(c, text)), None)
