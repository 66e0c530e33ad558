"""Question files come out of the quicker emitter exactly as PyYAML's own emitter writes them:
the same quoting, the same folding at the line width, for prose, names with macrons, titles
with indicators in them and odd strings alike."""

from __future__ import annotations

import random

import yaml

from quiz.bank.files import _Dumper, _represent_list, dump_questions


class _PyYamlOwn(yaml.SafeDumper):
    """The bank's dumper without the quicker scalars."""

    def increase_indent(self, flow=False, indentless=False):
        return super().increase_indent(flow, False)


_PyYamlOwn.add_representer(list, _represent_list)


def _both(doc: dict) -> tuple[str, str]:
    options = dict(sort_keys=False, allow_unicode=True, width=100, default_flow_style=False)
    return yaml.dump(doc, Dumper=_Dumper, **options), yaml.dump(doc, Dumper=_PyYamlOwn, **options)


MADE_UP = [
    "Who sings the opening theme, \"Blue Hour\", of Hoshi no Umi?",
    "Ryōta Aoki directs the series at Studio Kōbō; Mei Tanaka writes it: episodes air in April.",
    "Answer: yes", "ends with a colon:", "a #hashtag and a # comment", "key: value", "[bracketed]",
    "- a dash", "-dash", "...dots", "---", "'quoted'", "\"double\"", " leading", "trailing ",
    "two  spaces  between", "tab\there", "line\nbreak", "", "é", "ō", "No", "yes", "123", "1.5",
    "null", "~", "@handle", "50% off", "a|b", "a > b", "Kill la Kill!", "Re:Zero", "Hmm?",
    "x" * 120, ("word " * 40).strip(), ("a, b: c " * 20).strip(), "\u00a0nbsp", "bom\ufeff",
]


def test_made_up_scalars_as_values_keys_and_list_items():
    for text in MADE_UP:
        doc = {"topic": text, "questions": [{"id": "q", "prompt": text, "choices": [text, "other"],
                                              "sources": [{"source": "s", "quote": text}]}], text: 1}
        quick, own = _both(doc)
        assert quick == own, text


def test_random_strings_of_awkward_characters():
    pieces = list(" ,:#?-[]{}!&*|>'\"%@`.\t\nxyzABé’ō\u00a0\u2028\x85") + ["word", "  ", "Name Surname"]
    draw = random.Random(7)
    for _ in range(3000):
        text = "".join(draw.choice(pieces) for _ in range(draw.randint(1, 50)))
        quick, own = _both({"questions": [{"quote": text * draw.randint(1, 5), "k": [text]}], text: text})
        assert quick == own, repr(text)


def test_a_question_file_folds_long_quotes_at_the_width():
    quote = "The studio announced that " + "the long-awaited second season " * 6 + "premieres in July."
    text = dump_questions("music", [{"id": "g-x", "sources": [{"source": "a", "quote": quote}]}])
    assert max(len(line) for line in text.splitlines()) < 120
    assert text.endswith(_both({"topic": "music", "questions": [
        {"id": "g-x", "sources": [{"source": "a", "quote": quote}]}]})[1])
