"""questions/schema.json: the editors' copy of the format, kept in step with the validator."""

from __future__ import annotations

import json
import textwrap

import pytest
import yaml
from jsonschema import Draft202012Validator

from quiz.bank.corpus import load_sources
from quiz.bank.files import read_yaml
from quiz.bank.load import bank_files
from quiz.bank.model import DIFFICULTIES, QUESTION_TYPES
from quiz.bank.text import find_html
from quiz.bank.validate import (
    ALL_FIELDS,
    ID_PATTERN,
    REQUIRED,
    TOPIC_PATTERN,
    TYPE_FIELDS,
    FileChecker,
)
from quiz.config import PROJECT_ROOT

QUESTIONS = PROJECT_ROOT / "questions"
SCHEMA = json.loads((QUESTIONS / "schema.json").read_text(encoding="utf-8"))
VALIDATOR = Draft202012Validator(SCHEMA)
QUESTION = SCHEMA["$defs"]["question"]


def schema_errors(doc) -> list[str]:
    return [error.message for error in VALIDATOR.iter_errors(doc)]


def validator_problems(text: str) -> list[str]:
    """What `quiz check` says about the same text."""
    sources, _ = load_sources(QUESTIONS / "sources")
    doc, problems = read_yaml("example.yaml", text.encode("utf-8"))
    checker = FileChecker("example.yaml", sources, {})
    if doc is not None:
        checker.check(doc)
    return [p.message for p in problems + checker.problems]


def test_the_schema_is_valid_draft_2020_12():
    assert SCHEMA["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    Draft202012Validator.check_schema(SCHEMA)


def test_enums_and_patterns_match_the_validator():
    props = QUESTION["properties"]
    assert tuple(props["type"]["enum"]) == QUESTION_TYPES
    assert tuple(props["difficulty"]["enum"]) == DIFFICULTIES
    assert props["id"]["pattern"] == ID_PATTERN.pattern
    assert SCHEMA["$defs"]["topic"]["pattern"] == TOPIC_PATTERN.pattern
    assert set(props) == set(ALL_FIELDS)
    assert set(QUESTION["required"]) == {"id", "type", "prompt", "explanation", "sources"}


@pytest.mark.parametrize("qtype", QUESTION_TYPES)
def test_each_type_requires_and_allows_the_fields_the_validator_does(qtype):
    rule = next(r for r in QUESTION["allOf"] if r["if"]["properties"]["type"]["const"] == qtype)
    then = rule["then"]
    assert tuple(then["required"]) == REQUIRED[qtype]
    specific = set().union(*TYPE_FIELDS.values())
    refused = {name for name, sub in then["properties"].items() if sub is False}
    assert refused == specific - set(TYPE_FIELDS[qtype])


QUESTION_FILES = bank_files(QUESTIONS)


def test_there_are_question_files_to_validate():
    assert len(QUESTION_FILES) >= 6


@pytest.mark.parametrize(
    "path", QUESTION_FILES, ids=lambda p: f"{p.parent.name}/{p.name}"
)
def test_every_question_file_of_the_bank_validates(path):
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# yaml-language-server: $schema=../schema.json\n")
    assert schema_errors(yaml.safe_load(text)) == []


GOOD = """\
topic: music
questions:
  - id: c-example
    type: choice
    difficulty: easy
    prompt: Who sings the ending theme "Scarlet"?
    answer: Dazbee
    choices: [Dazbee, Yu-ka, Taisei Iwasaki, Yume Miyamoto]
    explanation: The ending theme is "Scarlet", sung by Dazbee.
    sources:
      - source: official-trailer-ruju-naomi
        quote: Dazbee sings the ending theme, Scarlet.
"""


def test_a_good_file_passes_both_the_schema_and_the_validator():
    assert schema_errors(yaml.safe_load(GOOD)) == []
    assert validator_problems(GOOD) == []


# Each broken file: (what is wrong, the text to replace in GOOD, its replacement).
BROKEN = {
    "unknown type": ("type: choice", "type: pick"),
    "difficulty out of range": ("difficulty: easy", "difficulty: trivial"),
    "id not a slug": ("id: c-example", "id: C Example"),
    "missing answer": ("    answer: Dazbee\n", ""),
    "missing sources": (
        "    sources:\n      - source: official-trailer-ruju-naomi\n"
        "        quote: Dazbee sings the ending theme, Scarlet.\n",
        "",
    ),
    "empty sources": (
        "    sources:\n      - source: official-trailer-ruju-naomi\n"
        "        quote: Dazbee sings the ending theme, Scarlet.\n",
        "    sources: []\n",
    ),
    "one choice only": (
        "choices: [Dazbee, Yu-ka, Taisei Iwasaki, Yume Miyamoto]", "choices: [Dazbee]"
    ),
    "accept on a choice question": ("    answer: Dazbee\n", "    answer: Dazbee\n    accept: [Daz]\n"),
    "unknown field": ("    difficulty: easy\n", "    difficulty: easy\n    hint: sings\n"),
    "HTML in the prompt": (
        'prompt: Who sings the ending theme "Scarlet"?',
        "prompt: Who sings the <b>ending</b> theme?",
    ),
    "truefalse with choices and a text answer": (
        "type: choice", "type: truefalse"
    ),
    "unknown top-level field": ("topic: music\n", "topic: music\nauthor: me\n"),
    "topic not a slug": ("topic: music", "topic: Music Stuff"),
    "source without a quote": ("        quote: Dazbee sings the ending theme, Scarlet.\n", ""),
}


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_a_broken_file_fails_the_schema_and_the_validator(case):
    old, new = BROKEN[case]
    assert old in GOOD
    text = GOOD.replace(old, new, 1)
    assert schema_errors(yaml.safe_load(text)), f"the schema accepts: {case}"
    assert validator_problems(text), f"quiz check accepts: {case}"


@pytest.mark.parametrize(
    "extra",
    [
        "type: number\n    answer: nine",
        "type: number\n    answer: 2128",
        "type: text\n    answer: Nairn\n    accept: [Nairn town]",
        "type: truefalse\n    answer: true",
        "type: order\n    items: [first, second]",
        "type: multi\n    answer: [Dazbee]\n    choices: [Dazbee, Yu-ka]",
    ],
)
def test_every_type_has_a_shape_both_accept(extra):
    text = textwrap.dedent(
        """\
        topic: music
        questions:
          - id: c-shape
            prompt: Which?
            explanation: Because.
            sources:
              - source: official-trailer-ruju-naomi
                quote: Dazbee sings the ending theme, Scarlet.
        """
    ).replace("  - id: c-shape\n", f"  - id: c-shape\n    {extra}\n")
    assert schema_errors(yaml.safe_load(text)) == []
    assert validator_problems(text) == []


@pytest.mark.parametrize(
    "extra",
    [
        "type: number\n    answer: [1, 2]",
        "type: text\n    answer: Nairn\n    choices: [Nairn, Mars]",
        "type: order\n    items: [only one]",
        "type: order\n    items: [a, b]\n    answer: a",
        "type: multi\n    answer: []\n    choices: [Dazbee, Yu-ka]",
        "type: truefalse\n    answer: maybe",
    ],
)
def test_wrong_shapes_per_type_fail_both(extra):
    text = GOOD.replace("    type: choice\n", "").replace("    answer: Dazbee\n", "")
    text = text.replace("    choices: [Dazbee, Yu-ka, Taisei Iwasaki, Yume Miyamoto]\n", "")
    text = text.replace("  - id: c-example\n", f"  - id: c-example\n    {extra}\n")
    assert schema_errors(yaml.safe_load(text))
    assert validator_problems(text)


@pytest.mark.parametrize(
    "text",
    [
        "Who sings <b>Scarlet</b>?",
        "A line<br/>break",
        'See <a href="x">here</a>',
        "Carole &amp; Tuesday",
        "a hidden <!-- note",
        "Carole & Tuesday",
        "Is 2 < 3 and Dazbee < Yu-ka > Rouge?",
        "I <3 Rouge",
    ],
)
def test_the_schema_and_the_validator_agree_on_what_is_html(text):
    plain_text = {"$defs": SCHEMA["$defs"], "$ref": "#/$defs/plainText"}
    in_schema = not Draft202012Validator(plain_text).is_valid(text)
    assert in_schema == (find_html(text) is not None)
